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
const DefaultSHA256 = "c735bd966de1e81e35dd8a1f673c98c63cf1b0ae5fe7fad6a476fdf74410ad3c"

var loadDefault = sync.OnceValues(func() (*Model, error) {
	return Load(bytes.NewReader(defaultModel))
})

// Default returns the embedded model trained on PolNeAR train, decoded
// once.
func Default() (*Model, error) { return loadDefault() }
