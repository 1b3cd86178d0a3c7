package entity_test

import (
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/analyse/entity"
	"github.com/parallax-news/parallax/analyse/sentence"
	"github.com/parallax-news/parallax/internal/demo"
)

// loadDemo extracts the demo corpus, splits sentences and finds the
// entities, naming each article by its key.
func loadDemo(t testing.TB) map[string]*parallax.Article {
	t.Helper()
	out, err := demo.Extract(filepath.Join("..", "..", "examples"))
	if errors.Is(err, demo.ErrMissing) {
		t.Skip(err)
	}
	if err != nil {
		t.Fatal(err)
	}
	for key, a := range out {
		a.ID = key
		a.Sentences = sentence.Split(a.Text)
		if a.Entities, err = entity.Find(a.Text, a.Sentences); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

func demoStory(arts map[string]*parallax.Article, event string) []*parallax.Article {
	var out []*parallax.Article
	for _, k := range demo.Events[event] {
		out = append(out, arts[k])
	}
	return out
}

func findEntity(ents []parallax.StoryEntity, id string) *parallax.StoryEntity {
	for i := range ents {
		if ents[i].ID == id {
			return &ents[i]
		}
	}
	return nil
}

func TestDemoStoryEntities(t *testing.T) {
	arts := loadDemo(t)
	e1, ids := entity.StoryWithIDs(demoStory(arts, "E1"))
	if testing.Verbose() {
		for _, e := range e1 {
			t.Logf("%-36s %-14s %q aliases=%q roles=%q country=%q articles=%v", e.ID, e.Type, e.Name, e.Aliases, e.Roles, e.Country, e.Articles)
		}
	}
	varela := findEntity(e1, "person:ana-varela")
	if varela == nil {
		t.Fatalf("no person:ana-varela in E1: %+v", e1)
	}
	if got, want := varela.Name, "Ana Varela"; got != want {
		t.Errorf("Varela name=%q, want %q", got, want)
	}
	for _, alias := range []string{"Varela", "Mrs Ana Varela"} {
		if !slices.Contains(varela.Aliases, alias) {
			t.Errorf("Varela aliases %q lack %q", varela.Aliases, alias)
		}
	}
	if !slices.Contains(varela.Roles, "Defence Minister") {
		t.Errorf("Varela roles %q lack Defence Minister", varela.Roles)
	}
	if got, want := varela.Country, "Veltrava"; got != want {
		t.Errorf("Varela country=%q, want %q", got, want)
	}
	if got, want := len(varela.Articles), 6; got != want {
		t.Errorf("Varela in %d articles (%v), want %d", got, varela.Articles, want)
	}
	for _, place := range []struct{ id, demonym, country string }{
		{"location:kessaria", "Kessarian", "Kessaria"},
		{"location:veltrava", "Veltravan", "Veltrava"},
	} {
		e := findEntity(e1, place.id)
		if e == nil {
			t.Errorf("no %s in E1", place.id)
			continue
		}
		if !slices.Contains(e.Aliases, place.demonym) {
			t.Errorf("%s aliases %q lack %q", place.id, e.Aliases, place.demonym)
		}
		if e.Country != place.country {
			t.Errorf("%s country=%q, want %q", place.id, e.Country, place.country)
		}
	}
	if e := findEntity(e1, "location:camp-halvard"); e == nil || e.Country != "Kessaria" {
		t.Errorf("Camp Halvard: %+v, want a place in Kessaria", e)
	}
	if e := findEntity(e1, "location:lumira"); e == nil || e.Country != "Kessaria" {
		t.Errorf("Lumira: %+v, want a place in Kessaria", e)
	}
	// Every id an article uses maps to a story entity.
	for _, a := range demoStory(arts, "E1") {
		for _, m := range a.Entities {
			if findEntity(e1, ids[m.ID]) == nil {
				t.Errorf("%s: %q id %s maps to %q, not a story entity", a.ID, m.Text, m.ID, ids[m.ID])
			}
		}
	}

	if e := findEntity(e1, "location:orsenburg"); e == nil || e.Country != "Veltrava" {
		t.Errorf("Orsenburg: %+v, want a place in Veltrava", e)
	}

	e2 := entity.Story(demoStory(arts, "E2"))
	if testing.Verbose() {
		for _, e := range e2 {
			t.Logf("%-36s %-14s %q aliases=%q roles=%q country=%q articles=%v", e.ID, e.Type, e.Name, e.Aliases, e.Roles, e.Country, e.Articles)
		}
	}
	if reyk := findEntity(e2, "person:tomas-reyk"); reyk == nil || !slices.Contains(reyk.Roles, "Foreign Minister") {
		t.Errorf("Tomas Reyk in E2: %+v, want the role Foreign Minister", reyk)
	}
	if dost := findEntity(e2, "person:mirela-dost"); dost == nil || len(dost.Articles) != 5 {
		t.Errorf("Mirela Dost in E2: %+v, want her in all 5 articles", dost)
	}

	e3 := entity.Story(demoStory(arts, "E3"))
	if testing.Verbose() {
		for _, e := range e3 {
			t.Logf("%-36s %-14s %q aliases=%q roles=%q country=%q articles=%v", e.ID, e.Type, e.Name, e.Aliases, e.Roles, e.Country, e.Articles)
		}
	}
	for _, want := range []struct{ id, alias string }{
		{"organization:harrowgate-terminals", "Harrowgate"},
		{"organization:brennick-dockworkers-union", "BDU"},
		{"location:brennick", ""},
	} {
		e := findEntity(e3, want.id)
		if e == nil {
			t.Errorf("no %s in E3", want.id)
			continue
		}
		if want.alias != "" && !slices.Contains(e.Aliases, want.alias) {
			t.Errorf("%s aliases %q lack %q", want.id, e.Aliases, want.alias)
		}
	}
	if alsop := findEntity(e3, "person:henrik-alsop"); alsop == nil || !slices.ContainsFunc(alsop.Roles, func(r string) bool { return strings.Contains(r, "chief executive") }) {
		t.Errorf("Henrik Alsop: %+v, want the chief executive role", alsop)
	}
}
