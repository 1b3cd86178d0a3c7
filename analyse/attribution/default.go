package attribution

import (
	"bytes"
	_ "embed"
	"sync"
)

// The shipped model; see model/manifest.json for how it was trained.
//
//go:embed model/attribution.bin.gz
var defaultModel []byte

// DefaultSHA256 is the sha256 of the embedded model file, as recorded in
// model/manifest.json.
const DefaultSHA256 = "0dfee58f4569a2d26962ea5b40f38c497c7849778ca9a5df19e1d8306653b0c0"

var loadDefault = sync.OnceValues(func() (*Model, error) {
	return Load(bytes.NewReader(defaultModel))
})

// Default returns the embedded model trained on PolNeAR train, decoded
// once.
func Default() (*Model, error) { return loadDefault() }
