package entity_test

import (
	parallax "github.com/parallax-news/parallax"
	"slices"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/analyse/entity"
	"github.com/parallax-news/parallax/internal/manifest"
	"github.com/parallax-news/parallax/internal/wordcluster"
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
	// The tagger may read "US Defense" as an organisation; resolution
	// makes the start of a person's title its country.
	text := strings.Join(tokens, " ")
	ents, err := entity.Find(text, []parallax.Span{{Start: 0, End: len(text)}})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range ents {
		if e.Text == "US" && (e.Type == "LOCATION" || e.Type == "MISC") {
			found = true
		}
		if strings.Contains(e.Text, "Defense") {
			t.Errorf("title word in an entity: %+v", e)
		}
	}
	if !found {
		t.Errorf("US is not a place among %+v (tags %v)", ents, tags)
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
	if err := manifest.CheckDependencies("model", map[string]string{"internal/wordcluster": wordcluster.DefaultSHA256}); err != nil {
		t.Error(err)
	}
}

// A title with its domain ("Minister of Defence") before a name is the
// person's role, whatever the tagger made of the domain word.
func TestTitleWithDomainIsRole(t *testing.T) {
	for _, c := range []struct{ text, name, role string }{
		{`"The advisers will leave in March," Minister of Defence Ana Varela said.`, "Ana Varela", "Minister of Defence"},
		{`Secretary of State Karel Dunst said the talks would resume.`, "Karel Dunst", "Secretary of State"},
	} {
		ents, err := entity.Find(c.text, []parallax.Span{{Start: 0, End: len(c.text)}})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, e := range ents {
			if e.Text == c.name && e.Type == "PERSON" && e.Role == c.role {
				found = true
			}
			if e.Type != "PERSON" && strings.Contains(e.Text, c.name) {
				t.Errorf("%q: %s %q holds the name", c.text, e.Type, e.Text)
			}
		}
		if !found {
			t.Errorf("%q: no person %q with role %q in %+v", c.text, c.name, c.role, ents)
		}
	}
}
