package reconcile_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/reconcile"
)

// claimFacts returns the claim facts of a story whose key contains key.
func claimFacts(s *parallax.Story, key string) []parallax.Fact {
	var out []parallax.Fact
	for _, f := range facts(s, parallax.FactClaim, "") {
		if strings.Contains(f.Key, key) {
			out = append(out, f)
		}
	}
	return out
}

func TestStateClaims(t *testing.T) {
	s := run(
		article("a", "Northgate Wire", "The truce between Ruvania and Ostmark in the Drava valley is holding, officials said on Saturday."),
		article("b", "Harbour Times", "The truce is largely holding, with only isolated shots overnight."),
		article("c", "Ostmark Daily", "Two days after the signing in Kell, the truce has collapsed."),
	)
	fs := claimFacts(s, "truce")
	if len(fs) != 1 || fs[0].Status != parallax.Differ {
		t.Fatalf("truce claims = %+v, want one differ", fs)
	}
	got := map[string]int{}
	for _, v := range fs[0].Values {
		got[v.Value] = v.Sources
	}
	if got["holding"] != 2 || got["collapsed"] != 1 {
		t.Errorf("values = %v, want holding ×2 and collapsed ×1", got)
	}

	// One article on both sides is a contrast, and a state said of
	// something else is no rival.
	s = run(
		article("a", "Northgate Wire", "The truce is holding in the north, but in the south the truce has collapsed."),
		article("b", "Harbour Times", "The border crossing at Kell has collapsed under the weight of lorries."),
		article("c", "Ostmark Daily", "The truce is holding."),
	)
	if fs := claimFacts(s, "truce"); len(fs) != 0 {
		t.Errorf("claims = %+v, want none", fs)
	}
}

func TestDeadlineClaims(t *testing.T) {
	s := run(
		article("a", "Northgate Wire", "Ruvania will withdraw its 900 troops from Ostmark within three weeks, Defence Minister Lea Brandt said."),
		article("b", "Harbour Times", "Lea Brandt said the troops would be withdrawn from Ostmark, but she gave no time limit for the withdrawal."),
		article("c", "Kell Courier", "Brandt said the withdrawal of the troops would be completed within a month."),
	)
	fs := claimFacts(s, "deadline")
	if len(fs) != 1 || fs[0].Status != parallax.Differ {
		t.Fatalf("deadline claims = %+v, want one differ", fs)
	}
	values := map[string]bool{}
	for _, v := range fs[0].Values {
		values[v.Value] = true
	}
	if !values["no deadline given"] || !values["within three weeks"] || !values["within a month"] {
		t.Errorf("values = %v, want both deadlines and none given", values)
	}
	if strings.Contains(fs[0].Note, "deadlines given agree") {
		t.Errorf("note = %q: three weeks and a month do not agree", fs[0].Note)
	}
	if !strings.Contains(fs[0].Key, "withdrawal") {
		t.Errorf("key = %q, want it to name the withdrawal", fs[0].Key)
	}

	// A deadline of something else is no rival.
	s = run(
		article("a", "Northgate Wire", "The harbour authority will publish its accounts within three weeks."),
		article("b", "Harbour Times", "Lea Brandt did not say when the last soldier would leave Ostmark."),
	)
	if fs := claimFacts(s, "deadline"); len(fs) != 0 {
		t.Errorf("claims = %+v, want none", fs)
	}
}

func TestOpenEndedClaims(t *testing.T) {
	s := run(
		article("a", "Northgate Wire", "About 2,000 railway workers began an open-ended strike on Monday."),
		article("b", "Harbour Times", "The union called a 48-hour stoppage, which could be extended if talks fail."),
	)
	fs := claimFacts(s, "length")
	if len(fs) != 1 || fs[0].Status != parallax.Differ {
		t.Fatalf("length claims = %+v, want one differ", fs)
	}
	if !strings.Contains(fs[0].Note, "extended") {
		t.Errorf("note = %q, want it to say the stoppage may be extended", fs[0].Note)
	}
}

func TestRevisedFigure(t *testing.T) {
	day1 := article("a", "Northgate Wire", "Floods swept through Kell overnight, leaving 40 people missing, the rescue service said.")
	day2 := article("b", "Northgate Wire", "Rescuers found several families in shelters, and the number of missing fell to 22, the rescue service said.")
	day2.Published = saturday.Add(24 * time.Hour)
	s := run(day1, day2)
	f := withValue(t, s, "22")
	if f.Status != parallax.Differ || !strings.HasPrefix(f.Note, "revised") {
		t.Fatalf("fact = %+v, want a differ noted as revised", f)
	}
	if !strings.Contains(f.Note, "2025-03-15") || !strings.Contains(f.Note, "2025-03-16") {
		t.Errorf("note = %q, want both dates", f.Note)
	}
}

// TestListedFigures checks that figures of a list (a box score) and
// figures counting a part are not rivals.
func TestListedFigures(t *testing.T) {
	s := run(
		article("a", "Northgate Wire", "Ivo Dalk has 548 rushing yards, 28 receptions and 258 receiving yards this season."),
		article("b", "Harbour Times", "Since week 11, Dalk has 498 rushing yards, 12 receptions and 176 receiving yards."),
		article("c", "Kell Courier", "Three climbers were taken to the Kell hospital after the avalanche."),
		article("d", "Ostmark Daily", "Two other climbers were taken to the Kell hospital after the avalanche."),
	)
	if fs := facts(s, parallax.FactQuantity, parallax.Differ); len(fs) != 0 {
		t.Errorf("disagreements = %+v, want none", fs)
	}
}

// TestReadableKeys checks that keys name what facts are about without
// repeating their kind.
func TestReadableKeys(t *testing.T) {
	s := run(
		article("a", "Northgate Wire", "The first contingent of 1,000 troops will leave Camp Halvard on Monday, Lea Brandt said."),
		article("b", "Harbour Times", "The first contingent of 700 troops will leave Camp Halvard on Monday, Lea Brandt said."),
	)
	f := withValue(t, s, "1000")
	if !strings.HasPrefix(f.Key, "troops — ") || !strings.Contains(f.Key, "first contingent") {
		t.Errorf("key = %q, want troops — … first contingent", f.Key)
	}
	for _, f := range s.Facts {
		if k := f.Key; strings.HasPrefix(k, f.Kind+":") {
			t.Errorf("key %q repeats the kind", k)
		}
	}
}

// TestQuoteSpelling checks that quote wordings differing only in
// apostrophes, spelling or a function word agree.
func TestQuoteSpelling(t *testing.T) {
	a := article("a", "Northgate Wire", `"I’m proud of this neighbourhood and its people," Mayor Ivo Dalk said.`)
	b := article("b", "Harbour Times", `"I'm proud of the neighborhood and its people," Mayor Ivo Dalk said.`)
	c := article("c", "Kell Courier", `"I'm ashamed of the neighborhood and its people," Mayor Ivo Dalk said.`)
	span := func(a *parallax.Article, s string) parallax.Wording {
		i := strings.Index(a.Text, s)
		return parallax.Wording{Article: a.ID, Text: s, Span: parallax.Span{Start: i, End: i + len(s)}}
	}
	quote := func(ws ...parallax.Wording) *parallax.Story {
		var ids []string
		for _, w := range ws {
			ids = append(ids, w.Article)
		}
		return &parallax.Story{ID: "s", Quotes: []parallax.StoryQuote{{Speaker: "Ivo Dalk", Kind: parallax.Direct, Articles: ids, Wordings: ws}}}
	}
	s := quote(span(a, "I’m proud of this neighbourhood and its people"), span(b, "I'm proud of the neighborhood and its people"))
	runStory(s, a, b)
	if fs := facts(s, parallax.FactQuote, ""); len(fs) != 1 || fs[0].Status != parallax.Agree {
		t.Errorf("quote facts = %+v, want one agree", fs)
	}
	s = quote(span(b, "I'm proud of the neighborhood and its people"), span(c, "I'm ashamed of the neighborhood and its people"))
	runStory(s, b, c)
	if fs := facts(s, parallax.FactQuote, ""); len(fs) != 1 || fs[0].Status != parallax.Differ {
		t.Errorf("quote facts = %+v, want one differ", fs)
	}
}

// runStory reconciles a prepared story.
func runStory(s *parallax.Story, as ...*parallax.Article) {
	for _, a := range as {
		s.Articles = append(s.Articles, a.ID)
	}
	reconcile.Story(s, as)
}

// TestWhoSaidMerged checks that words put in three mouths are one fact.
func TestWhoSaidMerged(t *testing.T) {
	text := "We thank Ruvania for twelve years of friendship and loyalty"
	as := []*parallax.Article{
		article("a", "Northgate Wire", `"`+text+`," Foreign Minister Ivo Dalk told reporters.`),
		article("b", "Harbour Times", `"`+text+`," Prime Minister Mara Voss said.`),
		article("c", "Kell Courier", `"`+text+`," said Defence Minister Olek Brandt.`),
	}
	names := []string{"Ivo Dalk", "Mara Voss", "Olek Brandt"}
	s := &parallax.Story{ID: "s"}
	for i, a := range as {
		attribute(a, text, names[i])
		k := strings.Index(a.Text, text)
		s.Quotes = append(s.Quotes, parallax.StoryQuote{Speaker: names[i], Kind: parallax.Direct, Articles: []string{a.ID},
			Wordings: []parallax.Wording{{Article: a.ID, Text: text, Span: parallax.Span{Start: k, End: k + len(text)}}}})
	}
	runStory(s, as...)
	var who []parallax.Fact
	for _, f := range facts(s, parallax.FactQuote, parallax.Differ) {
		if strings.HasPrefix(f.Key, "who said") {
			who = append(who, f)
		}
	}
	if len(who) != 1 || len(who[0].Values) != 3 {
		t.Fatalf("who-said facts = %+v, want one with three speakers", who)
	}
}

// TestActDates checks that an actor's act dated a day apart by two
// sources differs, and that a page's "Last updated" line is no event.
func TestActDates(t *testing.T) {
	s := run(
		article("a", "Northgate Wire", "The Drava river burst its banks shortly before midnight on Monday, flooding the lower town of Kell."),
		article("b", "Harbour Times", "The Drava river overflowed in the early hours of Tuesday and devastated the lower part of Kell."),
		article("c", "Kell Courier", "Last updated 13:26 14/03/2025. The Drava river burst its banks shortly before midnight on Monday."),
		article("d", "Ostmark Daily", "Last updated 09:10 15/03/2025. Rescuers searched the lower town of Kell."),
	)
	fs := facts(s, parallax.FactDate, parallax.Differ)
	if len(fs) != 1 || !strings.Contains(fs[0].Note, "one day apart") {
		t.Fatalf("date disagreements = %+v, want one, one day apart", fs)
	}
	for _, f := range s.Facts {
		if strings.Contains(f.Key, "updated") {
			t.Errorf("fact %q dates the page", f.Key)
		}
	}
}

// TestWhoSaidNeedsNamedSpeakers checks that the same words in different
// mouths differ only when each source names its speaker itself, neither
// names the other, neither may be the other's office, and the words are
// more than a stock phrase.
func TestWhoSaidNeedsNamedSpeakers(t *testing.T) {
	type side struct{ text, quote, speaker, written string }
	cases := []struct {
		name string
		a, b side
		want int
	}{
		{"both named", side{`"We thank Ruvania for twelve years of friendship," Foreign Minister Ivo Dalk told reporters.`, "We thank Ruvania for twelve years of friendship", "Ivo Dalk", "Ivo Dalk"},
			side{`"We thank Ruvania for twelve years of friendship," said Mara Voss.`, "We thank Ruvania for twelve years of friendship", "Mara Voss", "Mara Voss"}, 1},
		{"pronoun", side{`"We thank Ruvania for twelve years of friendship," Foreign Minister Ivo Dalk told reporters.`, "We thank Ruvania for twelve years of friendship", "Ivo Dalk", "Ivo Dalk"},
			side{`Mara Voss arrived late. "We thank Ruvania for twelve years of friendship," he said.`, "We thank Ruvania for twelve years of friendship", "Mara Voss", "he"}, 0},
		{"joint statement", side{`"We thank Ruvania for twelve years of friendship," Foreign Minister Ivo Dalk told reporters.`, "We thank Ruvania for twelve years of friendship", "Ivo Dalk", "Ivo Dalk"},
			side{`"We thank Ruvania for twelve years of friendship," Voss and Dalk said in a joint statement.`, "We thank Ruvania for twelve years of friendship", "Mara Voss", "Voss"}, 0},
		{"office", side{`"We ask you to respect the family's privacy at this time," the singer's rep Ivo Dalk told the magazine.`, "We ask you to respect the family's privacy at this time", "Ivo Dalk", "the singer's rep Ivo Dalk"},
			side{`"We ask you to respect the family's privacy at this time," Voss's rep said.`, "We ask you to respect the family's privacy at this time", "Voss's rep", "Voss's rep"}, 0},
		{"stock phrase", side{`Ivo Dalk urged ministers to act "as quickly as possible".`, "as quickly as possible", "Ivo Dalk", "Ivo Dalk"},
			side{`"The ferries must sail again as quickly as possible," said Mara Voss.`, "The ferries must sail again as quickly as possible", "Mara Voss", "Mara Voss"}, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := &parallax.Story{ID: "s"}
			var as []*parallax.Article
			for i, sd := range []side{c.a, c.b} {
				a := article(fmt.Sprintf("a%d", i), fmt.Sprintf("Outlet %d", i), sd.text)
				attribute(a, sd.quote, sd.written)
				a.Quotes[0].Speaker = sd.speaker
				k := strings.Index(a.Text, sd.quote)
				s.Quotes = append(s.Quotes, parallax.StoryQuote{Speaker: sd.speaker, Kind: parallax.Direct, Articles: []string{a.ID},
					Wordings: []parallax.Wording{{Article: a.ID, Text: sd.quote, Span: parallax.Span{Start: k, End: k + len(sd.quote)}}}})
				as = append(as, a)
			}
			runStory(s, as...)
			var who []parallax.Fact
			for _, f := range facts(s, parallax.FactQuote, parallax.Differ) {
				if strings.HasPrefix(f.Key, "who said") {
					who = append(who, f)
				}
			}
			if len(who) != c.want {
				t.Errorf("who-said facts = %+v, want %d", who, c.want)
			}
		})
	}
}
