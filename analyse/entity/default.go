package entity

import (
	"bytes"
	_ "embed"
	"sync"
)

// The shipped model; see model/manifest.json for how it was trained.
//
//go:embed model/ner.bin.gz
var defaultModel []byte

// DefaultSHA256 is the sha256 of the embedded model file, as recorded in
// model/manifest.json.
const DefaultSHA256 = "c22d13778c7d0e340438a8d66450bf314e9f1725e1fa635d4841cd9b31717a5c"

var loadDefault = sync.OnceValues(func() (*Model, error) {
	return Load(bytes.NewReader(defaultModel))
})

// Default returns the embedded CoNLL-2003 English model, decoded once.
func Default() (*Model, error) { return loadDefault() }
