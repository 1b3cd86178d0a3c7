// Package manifest checks an embedded model against the manifest.json
// written beside it: that the file the manifest names is the one shipped
// (sha256 and size) and the one the package embeds (its DefaultSHA256),
// and that the models it was trained on top of are the ones embedded.
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
	// DependsOn gives, by package, the sha256 of each embedded model
	// whose output this model was trained on (the tags or clusters its
	// features read): retraining that one alone would change this
	// model's inputs under it.
	DependsOn map[string]string `json:"depends_on"`
}

// Check reads dir/manifest.json and returns an error unless the model
// file it names has its sha256 and size (when given) and embedded, the
// sha256 the package says it embeds, equals it.
func Check(dir, embedded string) error {
	m, err := read(dir)
	if err != nil {
		return err
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

// CheckDependencies returns an error unless the manifest in dir names
// exactly the packages of embedded as its dependencies, each with the
// sha256 that package embeds now.
func CheckDependencies(dir string, embedded map[string]string) error {
	m, err := read(dir)
	if err != nil {
		return err
	}
	for pkg, sum := range embedded {
		switch got, ok := m.DependsOn[pkg]; {
		case !ok:
			return fmt.Errorf("the manifest does not record which %s model this one was trained with", pkg)
		case got != sum:
			return fmt.Errorf("trained with the %s model %s, but %s is embedded: retrain this one", pkg, got, sum)
		}
	}
	if len(m.DependsOn) != len(embedded) {
		return fmt.Errorf("the manifest records %d dependencies, the test %d", len(m.DependsOn), len(embedded))
	}
	return nil
}

func read(dir string) (Manifest, error) {
	path := filepath.Join(dir, "manifest.json")
	b, err := os.ReadFile(path)
	if err != nil {
		return Manifest{}, err
	}
	var m Manifest
	if err := json.Unmarshal(b, &m); err != nil {
		return Manifest{}, fmt.Errorf("%s: %w", path, err)
	}
	return m, nil
}
