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
const DefaultSHA256 = "0d5394e3e96ed5e3f29b6a9e8ff64ce5822fd0b1705f5eb899e0ad32c235888b"

var loadDefault = sync.OnceValues(func() (*Model, error) {
	return Load(bytes.NewReader(defaultModel))
})

// Default returns the embedded CoNLL-2003 English model, decoded once.
func Default() (*Model, error) { return loadDefault() }
