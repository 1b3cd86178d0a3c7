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

var loadDefault = sync.OnceValues(func() (*Model, error) {
	return Load(bytes.NewReader(defaultModel))
})

// Default returns the embedded model trained on PolNeAR train, decoded
// once.
func Default() (*Model, error) { return loadDefault() }
