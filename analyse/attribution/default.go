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
const DefaultSHA256 = "6182330fabc1e722c69e1ed846b48a193041786905867655c892e89f60001665"

var loadDefault = sync.OnceValues(func() (*Model, error) {
	return Load(bytes.NewReader(defaultModel))
})

// Default returns the embedded model trained on PolNeAR train, decoded
// once.
func Default() (*Model, error) { return loadDefault() }
