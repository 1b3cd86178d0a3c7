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
const DefaultSHA256 = "849662aa7b5375efce61d4a8d5d5758af9fa18ea58f58f15d87c2e61891162de"

var loadDefault = sync.OnceValues(func() (*Model, error) {
	return Load(bytes.NewReader(defaultModel))
})

// Default returns the embedded CoNLL-2003 English model, decoded once.
func Default() (*Model, error) { return loadDefault() }
