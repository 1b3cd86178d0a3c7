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
const DefaultSHA256 = "39dd8647efb64db33d5de1f7578e1a1cee9fd491c730a3bf03ccd3c74dbb424d"

var loadDefault = sync.OnceValues(func() (*Model, error) {
	return Load(bytes.NewReader(defaultModel))
})

// Default returns the embedded model trained on PolNeAR train, decoded
// once.
func Default() (*Model, error) { return loadDefault() }
