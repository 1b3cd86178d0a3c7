package manifest_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/parallax-news/parallax/internal/manifest"
)

func TestCheck(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "m.bin"), []byte("weights"), 0o644); err != nil {
		t.Fatal(err)
	}
	// The sha256 of "weights".
	const sum = "9a129038d9a00aed0cf6a7ea059ca50a813449061ab87848cf1a13eafdf33b2c"
	for _, c := range []struct {
		name, manifest, embedded string
		ok                       bool
	}{
		{"matching", `{"file": "m.bin", "sha256": "` + sum + `", "bytes": 7}`, sum, true},
		{"no size", `{"file": "m.bin", "sha256": "` + sum + `"}`, sum, true},
		{"other file", `{"file": "m.bin", "sha256": "00` + sum[2:] + `", "bytes": 7}`, "00" + sum[2:], false},
		{"other embedded", `{"file": "m.bin", "sha256": "` + sum + `", "bytes": 7}`, "00" + sum[2:], false},
		{"wrong size", `{"file": "m.bin", "sha256": "` + sum + `", "bytes": 8}`, sum, false},
		{"missing file", `{"file": "x.bin", "sha256": "` + sum + `"}`, sum, false},
		{"bad json", `{"file": `, sum, false},
	} {
		if err := os.WriteFile(filepath.Join(dir, "manifest.json"), []byte(c.manifest), 0o644); err != nil {
			t.Fatal(err)
		}
		err := manifest.Check(dir, c.embedded)
		if (err == nil) != c.ok {
			t.Errorf("%s: Check = %v, want ok %v", c.name, err, c.ok)
		}
	}
}

func TestCheckDependencies(t *testing.T) {
	dir := t.TempDir()
	write := func(s string) {
		if err := os.WriteFile(filepath.Join(dir, "manifest.json"), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(`{"file": "m.bin", "depends_on": {"internal/postag": "aa"}}`)
	if err := manifest.CheckDependencies(dir, map[string]string{"internal/postag": "aa"}); err != nil {
		t.Errorf("matching dependency: %v", err)
	}
	if err := manifest.CheckDependencies(dir, map[string]string{"internal/postag": "bb"}); err == nil {
		t.Error("a retrained dependency passed")
	}
	if err := manifest.CheckDependencies(dir, map[string]string{"internal/postag": "aa", "internal/wordcluster": "cc"}); err == nil {
		t.Error("an unrecorded dependency passed")
	}
	if err := manifest.CheckDependencies(dir, nil); err == nil {
		t.Error("a recorded dependency the test does not know passed")
	}
}
