package entity_test

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/analyse/entity"
)

func mustDefault(tb testing.TB) *entity.Model {
	tb.Helper()
	m, err := entity.Default()
	if err != nil {
		tb.Fatal(err)
	}
	return m
}

func TestDefaultTagsSentence(t *testing.T) {
	m := mustDefault(t)
	tokens := strings.Fields("US Defense Secretary Mark Esper visited Baghdad on Monday .")
	tags := m.Tag(tokens)
	got := map[string]string{}
	for _, c := range entity.Chunks(tags) {
		got[strings.Join(tokens[c.Start:c.End], " ")] = c.Type
	}
	if got["Mark Esper"] != "PER" {
		t.Errorf("Mark Esper=%q, want PER (tags %v)", got["Mark Esper"], tags)
	}
	if got["Baghdad"] != "LOC" {
		t.Errorf("Baghdad=%q, want LOC (tags %v)", got["Baghdad"], tags)
	}
	if typ := got["US"]; typ != "LOC" && typ != "MISC" {
		t.Errorf("US=%q, want LOC or MISC (tags %v)", typ, tags)
	}
	for _, tok := range []string{"visited", "on", "Monday", "."} {
		if i := slices.Index(tokens, tok); tags[i] != "O" {
			t.Errorf("%s tagged %s, want O", tok, tags[i])
		}
	}
}

func TestManifestMatchesModel(t *testing.T) {
	b, err := os.ReadFile("model/manifest.json")
	if err != nil {
		t.Fatal(err)
	}
	var man struct {
		SHA256 string `json:"sha256"`
		File   string `json:"file"`
	}
	if err := json.Unmarshal(b, &man); err != nil {
		t.Fatal(err)
	}
	model, err := os.ReadFile("model/" + man.File)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(model)
	if got, want := hex.EncodeToString(sum[:]), man.SHA256; got != want {
		t.Errorf("model sha256=%s, manifest says %s", got, want)
	}
	if got, want := entity.DefaultSHA256, man.SHA256; got != want {
		t.Errorf("DefaultSHA256=%s, manifest says %s", got, want)
	}
}
