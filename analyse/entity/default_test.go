package entity_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/analyse/entity"
	"github.com/parallax-news/parallax/internal/manifest"
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
	if err := manifest.Check("model", entity.DefaultSHA256); err != nil {
		t.Error(err)
	}
}
