// Package manifest checks an embedded model against the manifest.json
// written beside it: that the file the manifest names is the one shipped
// (sha256 and size) and the one the package embeds (its DefaultSHA256).
// Every trained model keeps such a manifest, so that a retrained model
// cannot ship without its record of how it was made.
package manifest

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
)

// Manifest is the part of a model's manifest.json that Check reads.
type Manifest struct {
	File   string `json:"file"`
	SHA256 string `json:"sha256"`
	Bytes  int    `json:"bytes"`
}

// Check reads dir/manifest.json and returns an error unless the model
// file it names has its sha256 and size (when given) and embedded, the
// sha256 the package says it embeds, equals it.
func Check(dir, embedded string) error {
	b, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		return err
	}
	var m Manifest
	if err := json.Unmarshal(b, &m); err != nil {
		return fmt.Errorf("%s: %w", filepath.Join(dir, "manifest.json"), err)
	}
	model, err := os.ReadFile(filepath.Join(dir, m.File))
	if err != nil {
		return err
	}
	sum := sha256.Sum256(model)
	switch got := hex.EncodeToString(sum[:]); {
	case got != m.SHA256:
		return fmt.Errorf("%s has sha256 %s, its manifest says %s", m.File, got, m.SHA256)
	case embedded != m.SHA256:
		return fmt.Errorf("the package embeds sha256 %s, the manifest says %s", embedded, m.SHA256)
	case m.Bytes != 0 && m.Bytes != len(model):
		return fmt.Errorf("%s is %d bytes, its manifest says %d", m.File, len(model), m.Bytes)
	}
	return nil
}
