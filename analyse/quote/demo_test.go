package quote_test

import (
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/analyse/entity"
	"github.com/parallax-news/parallax/analyse/quote"
	"github.com/parallax-news/parallax/analyse/sentence"
	"github.com/parallax-news/parallax/internal/demo"
)

// loadDemo runs the demo corpus through extraction, sentence splitting,
// the entity tagger and Find, once for all tests, and names each article
// by its key. Tests must not change the articles.
func loadDemo(t testing.TB) map[string]*parallax.Article {
	t.Helper()
	demoOnce.Do(func() { demoArts, demoSkip, demoErr = readDemo() })
	if demoSkip != "" {
		t.Skip(demoSkip)
	}
	if demoErr != nil {
		t.Fatal(demoErr)
	}
	return demoArts
}

var (
	demoOnce sync.Once
	demoArts map[string]*parallax.Article
	demoSkip string
	demoErr  error
)

func readDemo() (map[string]*parallax.Article, string, error) {
	out, err := demo.Extract(filepath.Join("..", "..", "examples"))
	if errors.Is(err, demo.ErrMissing) {
		return nil, err.Error(), nil
	}
	if err != nil {
		return nil, "", err
	}
	for key, a := range out {
		a.ID = key
		a.Sentences = sentence.Split(a.Text)
		// as the pipeline does: entities for English text only, and the
		// article's language to read its quotes
		if a.Language == "en" || a.Language == "" {
			if a.Entities, err = entity.Find(a.Text, a.Sentences); err != nil {
				return nil, "", fmt.Errorf("entities: %w", err)
			}
		}
		a.Quotes = quote.FindLang(a.Text, a.Sentences, a.Entities, a.Language)
	}
	out["LH1"].DuplicateOf = "MW1" // the story stage's verdict, per the answer key
	return out, "", nil
}

// story returns the articles of the given keys.
func story(arts map[string]*parallax.Article, keys ...string) []*parallax.Article {
	var out []*parallax.Article
	for _, k := range keys {
		out = append(out, arts[k])
	}
	return out
}

// quoteWith returns the story quote with a wording containing word.
func quoteWith(qs []parallax.StoryQuote, word string) (parallax.StoryQuote, bool) {
	for _, q := range qs {
		for _, w := range q.Wordings {
			if strings.Contains(w.Text, word) {
				return q, true
			}
		}
	}
	return parallax.StoryQuote{}, false
}

func TestDemoGroups(t *testing.T) {
	arts := loadDemo(t)
	tests := []struct {
		name     string
		keys     []string
		word     string // in one wording of the statement
		speaker  string
		articles []string // all must carry it
		wordings []string // each must be one of its wordings' words
	}{
		{"E1-d Varela completed", []string{"MW1", "LH1", "OP1", "CL1", "FH1", "NWB1"}, "completed our mission", "Ana Varela",
			[]string{"MW1", "LH1", "OP1", "CL1", "FH1", "NWB1"}, []string{"fulfilled our mission", "is accomplished", "We have completed our mission in Kessaria"}},
		{"E2-e Varela regrettable", []string{"MW2", "LH2", "FH2", "NWB2", "CL2"}, "regrettable but", "Ana Varela",
			[]string{"MW2", "NWB2", "FH2"}, []string{"regrettable and unexpected"}},
		{"E2-f Dost soil", []string{"MW2", "LH2", "FH2", "NWB2", "CL2"}, "our soil will be defended", "Mirela Dost",
			[]string{"MW2", "FH2", "LH2", "NWB2", "CL2"}, []string{"our land will be defended", "for the people of Kessaria", "notre sol sera défendu"}},
		{"E3-e Ambry split", []string{"MW3", "BG3", "NWB3"}, "through the floods", "Rosa Ambry",
			[]string{"MW3", "BG3", "NWB3"}, []string{"and the floods. They will not accept"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs, _ := quote.Group(story(arts, tt.keys...))
			q, ok := quoteWith(qs, tt.word)
			if !ok {
				t.Fatalf("no story quote with %q", tt.word)
			}
			for _, w := range q.Wordings {
				t.Logf("%s: %q", w.Article, w.Text)
			}
			if q.Speaker != tt.speaker {
				t.Errorf("Speaker = %q, want %q", q.Speaker, tt.speaker)
			}
			for _, id := range tt.articles {
				if !slices.Contains(q.Articles, id) {
					t.Errorf("Articles = %v, want %s among them", q.Articles, id)
				}
			}
			for _, want := range tt.wordings {
				if _, ok := quoteWith([]parallax.StoryQuote{q}, want); !ok {
					t.Errorf("no wording with %q", want)
				}
			}
			if q.Kind != parallax.Direct {
				t.Errorf("Kind = %q, want direct", q.Kind)
			}
			for _, w := range q.Wordings {
				a := arts[w.Article]
				if a.Text[w.Span.Start:w.Span.End] != w.Text {
					t.Errorf("%s wording %q does not match its span", w.Article, w.Text)
				}
			}
		})
	}
}

func TestDemoSpeakers(t *testing.T) {
	arts := loadDemo(t)
	qs, speakers := quote.Group(story(arts, "MW1", "LH1", "OP1", "CL1", "FH1", "NWB1"))
	var varela *parallax.Speaker
	for i, s := range speakers {
		t.Logf("speaker %q aliases=%q roles=%q articles=%v", s.Name, s.Aliases, s.Roles, s.Articles)
		if strings.Contains(s.Name, "Varela") || slices.Contains(s.Aliases, "Varela") {
			if varela != nil {
				t.Errorf("Varela is two speakers: %q and %q", varela.Name, s.Name)
			}
			varela = &speakers[i]
		}
	}
	if varela == nil {
		t.Fatal("no speaker Varela")
	}
	if varela.Name != "Ana Varela" {
		t.Errorf("Name = %q, want Ana Varela", varela.Name)
	}
	if !slices.Contains(varela.Aliases, "Varela") {
		t.Errorf("Aliases = %q, want Varela among them", varela.Aliases)
	}
	if len(varela.Articles) != 6 {
		t.Errorf("Articles = %v, want all six", varela.Articles)
	}
	if speakers[0].Name != "Ana Varela" {
		t.Errorf("first speaker = %q, want the most quoted, Ana Varela", speakers[0].Name)
	}
	// Reyk (OP1) and Castor's spokesman (NWB1) both thank Veltrava for
	// "eleven years of solidarity": two speakers, not one statement.
	for _, q := range qs {
		if strings.Contains(q.Text, "solidarity") && len(q.Articles) > 1 {
			t.Errorf("statements of two speakers grouped: %q %v", q.Text, q.Articles)
		}
	}
}

// TestDemoFind checks speakers Find resolves in the demo articles: role
// nouns, pronouns, surnames, relative clauses and appositives. Run with
// -v to see every quote.
func TestDemoFind(t *testing.T) {
	arts := loadDemo(t)
	tests := []struct {
		key, text, speaker, speakerText string
	}{
		{"CL1", "Our mission in Kessaria is accomplished", "Ana Varela", "the minister"},
		{"NWB1", "the withdrawal would be completed within a month", "Ana Varela", "The minister"},
		{"NWB3", "Our members kept this port running through the pandemic", "Rosa Ambry", "she"},
		{"BG3", "The government cannot sit in the capital", "Tom Ellery", "he"},
		{"LH2", "think about the helicopters as well as the flags", "Elena Castor", "Castor"},
		{"LH2", "If the advisers leave in 30 days", "Tomas Reyk", "he"},
		{"LH2", "our land will be defended", "Mirela Dost", ""},
		{"OP1", "We will not put a stopwatch", "Ana Varela", "she"},
		{"OP1", "We thank Veltrava for eleven years of solidarity", "Tomas Reyk", "Reyk"},
		{"MW1", "Convoys would travel at night", "Piet Lorrin", "he"},
		{"MW3", "Our members kept this port running", "Rosa Ambry", "BDU general secretary Rosa Ambry"},
		{"CL2", "notre sol sera défendu", "Mirela Dost", "la présidente de l'Assemblée, Mirela Dost"},
		{"CL2", "regrettable mais pas inattendu", "Ana Varela", "Ana Varela"},
		{"CL2", "pendant au moins un an", "Tomas Reyk", "il"},
		{"FH1", "no nation is free", "Davor Imrik", "Davor Imrik"},
	}
	for _, tt := range tests {
		a := arts[tt.key]
		var found *parallax.Quote
		for i, q := range a.Quotes {
			if strings.Contains(q.Text, tt.text) {
				found = &a.Quotes[i]
				break
			}
		}
		if found == nil {
			t.Errorf("%s: no quote with %q", tt.key, tt.text)
			continue
		}
		if found.Speaker != tt.speaker || tt.speakerText != "" && found.SpeakerText != tt.speakerText {
			t.Errorf("%s %q: speaker %q as %q, want %q as %q", tt.key, tt.text, found.Speaker, found.SpeakerText, tt.speaker, tt.speakerText)
		}
	}
	for _, k := range []string{"MW1", "LH1", "OP1", "CL1", "FH1", "NWB1", "MW2", "LH2", "FH2", "NWB2", "CL2", "MW3", "BG3", "NWB3"} {
		for _, q := range arts[k].Quotes {
			t.Logf("%-4s %-8s %-24q [%s|%q|%q] %q", k, q.Kind, q.Speaker, q.Role, q.SpeakerText, q.Cue, q.Text)
		}
	}
}
