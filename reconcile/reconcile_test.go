package reconcile_test

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/analyse/quantity"
	"github.com/parallax-news/parallax/analyse/sentence"
	"github.com/parallax-news/parallax/analyse/timex"
	"github.com/parallax-news/parallax/internal/cputime"
	"github.com/parallax-news/parallax/reconcile"
)

// saturday is the publication day of the invented articles below.
var saturday = time.Date(2025, 3, 15, 18, 0, 0, 0, time.UTC)

// article builds an analysed article of an invented outlet.
func article(id, outlet, text string) *parallax.Article {
	a := &parallax.Article{ID: id, Outlet: outlet, Text: text, Published: saturday, Language: "en"}
	a.Sentences = sentence.Split(text)
	a.Quantities = quantity.Find(text, a.Sentences)
	a.Times = timex.Find(text, a.Published)
	return a
}

// run reconciles the articles as one story.
func run(as ...*parallax.Article) *parallax.Story {
	s := &parallax.Story{ID: "s1"}
	for _, a := range as {
		s.Articles = append(s.Articles, a.ID)
	}
	reconcile.Story(s, as)
	return s
}

// facts returns the facts of a kind and status.
func facts(s *parallax.Story, kind, status string) []parallax.Fact {
	var out []parallax.Fact
	for _, f := range s.Facts {
		if f.Kind == kind && (status == "" || f.Status == status) {
			out = append(out, f)
		}
	}
	return out
}

// withValue returns the first quantity fact one of whose values starts
// with v.
func withValue(t *testing.T, s *parallax.Story, v string) parallax.Fact {
	t.Helper()
	for _, f := range s.Facts {
		for _, fv := range f.Values {
			if strings.HasPrefix(fv.Value, v) {
				return f
			}
		}
	}
	t.Fatalf("no fact with value %q in %+v", v, s.Facts)
	return parallax.Fact{}
}

func TestQuantityDiffer(t *testing.T) {
	s := run(
		article("a", "Northgate Wire", "Ruvania will pull 1,200 troops out of Ostmark within three weeks, Defence Minister Lea Brandt said on Saturday."),
		article("b", "Harbour Times", "Defence Minister Lea Brandt said Ruvania would pull 900 troops out of Ostmark, without giving a date."),
	)
	f := withValue(t, s, "1200")
	if f.Status != parallax.Differ || len(f.Values) != 2 {
		t.Fatalf("fact = %+v, want differ with two values", f)
	}
	if !strings.Contains(f.Note, "900") || !strings.Contains(f.Note, "1200") {
		t.Errorf("note %q does not name both values", f.Note)
	}
	if s.Facts[0].Status != parallax.Differ {
		t.Errorf("first fact is %s, want the disagreement first", s.Facts[0].Status)
	}
}

func TestApproximation(t *testing.T) {
	tests := []struct {
		a, b, want string
	}{
		// About 2,000 is read as 1,900–2,100 (5%, half of its rounding step 1,000 is more).
		{"about 2,000 protesters", "some 2,050 protesters", parallax.Agree},
		// About 5,200 is rounded to the hundred: 5,150–5,250; exactly 5,000 is outside.
		{"exactly 5,000 protesters", "about 5,200 protesters", parallax.Differ},
		{"more than 5,000 protesters", "5,000 protesters", parallax.Differ},
		{"more than 5,000 protesters", "about 5,200 protesters", parallax.Agree},
		// A figure in millions is rounded to its digits: 2.45–2.55 million.
		{"more than 2.5 million protesters", "2.5 million protesters", parallax.Agree},
		{"2.5 million protesters", "2.7 million protesters", parallax.Differ},
	}
	for _, tt := range tests {
		s := run(
			article("a", "Northgate Wire", "Police said "+tt.a+" gathered in Harbour Square in Ostmark on Saturday to oppose the port law."),
			article("b", "Harbour Times", "In Ostmark, "+tt.b+" gathered in Harbour Square on Saturday against the port law, police said."),
		)
		fs := facts(s, parallax.FactQuantity, "")
		if len(fs) != 1 {
			t.Errorf("%s / %s: %d facts, want 1: %+v", tt.a, tt.b, len(fs), fs)
			continue
		}
		if fs[0].Status != tt.want {
			t.Errorf("%s / %s: %s, want %s (%s)", tt.a, tt.b, fs[0].Status, tt.want, fs[0].Note)
		}
		if tt.want == parallax.Agree && strings.Contains(tt.a+tt.b, "about") && !strings.Contains(fs[0].Note, "read as") {
			t.Errorf("%s / %s: note %q does not say which tolerance decided", tt.a, tt.b, fs[0].Note)
		}
	}
}

// TestQualifiedByOtherFigures checks that sums for deals of different
// lengths are not one sum.
func TestQualifiedByOtherFigures(t *testing.T) {
	s := run(
		article("a", "Northgate Wire", "Kell United have offered Brandt a five-year contract worth 40 million marks, the club said."),
		article("b", "Harbour Times", "Ostmark Rovers offered Brandt a six-year contract worth 52 million marks, the club said."),
	)
	if fs := facts(s, parallax.FactQuantity, parallax.Differ); len(fs) > 0 {
		t.Errorf("invented disagreements: %+v", fs)
	}
}

// TestMootFigures checks that a denied figure and a figure its sentence
// counts twice are nobody's rival value.
func TestMootFigures(t *testing.T) {
	s := run(
		article("a", "Northgate Wire", "Kell United have offered Brandt a contract of six years, the club said on Saturday."),
		article("b", "Harbour Times", "None of the clubs chasing Brandt has offered a contract of more than six years, the club said on Saturday."),
		article("c", "Ostmark Daily", "The gunman shot three guards at the Kell depot, killing two, police said."),
		article("d", "Kell Courier", "The gunman shot and killed two guards at the Kell depot, police said."),
	)
	if fs := facts(s, parallax.FactQuantity, parallax.Differ); len(fs) > 0 {
		t.Errorf("invented disagreements: %+v", fs)
	}
	s = run(
		article("a", "Northgate Wire", "The gunman shot four guards at the Kell depot, police said."),
		article("b", "Harbour Times", "The gunman shot three guards at the Kell depot, police said."),
	)
	if fs := facts(s, parallax.FactQuantity, parallax.Differ); len(fs) != 1 {
		t.Errorf("disagreements = %+v, want one: four or three guards shot", fs)
	}
}

// TestSameFigureWrittenTwice checks that a figure converted in
// parentheses is not a second value, and that a compound duration is
// read whole.
func TestSameFigureWrittenTwice(t *testing.T) {
	s := run(
		article("a", "Northgate Wire", "The fire caused damage estimated at $US2 million ($2.9 million) to the Kell town hall, the mayor said."),
		article("b", "Harbour Times", "The mayor said the fire caused damage estimated at $2 million to the Kell town hall."),
		article("c", "Ostmark Daily", "Brandt scored the winning goal with 4 minutes 48 seconds remaining in the final at Kell."),
		article("d", "Kell Courier", "Brandt scored the winning goal with just under five minutes remaining in the final at Kell."),
	)
	if fs := facts(s, parallax.FactQuantity, parallax.Differ); len(fs) > 0 {
		t.Errorf("invented disagreements: %+v", fs)
	}
	if f := withValue(t, s, "0.0033 days"); f.Status != parallax.Agree || f.Values[0].Text != "4 minutes 48 seconds" {
		t.Errorf("time left: %+v, want agree", f)
	}
}

func TestCopiesCountOnce(t *testing.T) {
	text := "Ruvania will pull 1,200 troops out of Ostmark, Defence Minister Lea Brandt said on Saturday."
	orig := article("a", "Northgate Wire", text)
	cp := article("b", "Harbour Times", text)
	cp.DuplicateOf = "a"
	s := run(orig, cp)
	f := withValue(t, s, "1200")
	if f.Status != parallax.Single || f.Values[0].Sources != 1 || len(f.Values[0].Articles) != 2 {
		t.Errorf("fact = %+v, want single with one source and both articles", f)
	}
}

func TestRelayIsNotConfirmation(t *testing.T) {
	s := run(
		article("a", "Northgate Wire", "About 300 military advisers will stay at Kell Air Base, Brandt told Northgate Wire."),
		article("b", "Harbour Times", "Brandt told the Northgate Wire news agency that about 300 military advisers would stay at Kell Air Base."),
	)
	f := withValue(t, s, "about 300")
	if f.Status != parallax.Single {
		t.Errorf("status = %s, want single: a relayed figure confirms nothing", f.Status)
	}
	if !strings.Contains(f.Note, "relays Northgate Wire") {
		t.Errorf("note = %q, want the relay named", f.Note)
	}
	if got := f.Values[0].Via; got != "" {
		t.Errorf("value Via = %q, want empty: only one of its articles relays", got)
	}
}

func TestDifferentMeasuresNotCompared(t *testing.T) {
	s := run(
		article("a", "Northgate Wire", "Ruvania will withdraw all 5,000 of its troops from Ostmark. The first contingent of 1,000 troops will leave Camp Verd in the coming days."),
		article("b", "Harbour Times", "A first contingent of 1,000 soldiers leaves Camp Verd soon. In all, some 5,000 soldiers will be withdrawn from Ostmark."),
		article("c", "Ostmark Daily", "Twenty-seven ships were waiting off Kell on Saturday morning. By Monday, 41 ships waited off Kell, the port said."),
		article("d", "Kell Courier", "More than 40 ships were waiting off Kell on Monday morning as the strike went on."),
	)
	if fs := facts(s, parallax.FactQuantity, parallax.Differ); len(fs) > 0 {
		t.Errorf("invented disagreements: %+v", fs)
	}
	if f := withValue(t, s, "1000"); f.Status != parallax.Agree {
		t.Errorf("first contingent: %s, want agree", f.Status)
	}
}

// TestOwnDayIsNoEventDate checks that acts dated by each article's own
// "today" on different days are not one act dated differently.
func TestOwnDayIsNoEventDate(t *testing.T) {
	s := run(
		article("a", "Northgate Wire", "Kell Ferries announced today (14 March 2025) that the northern route had reopened."),
		article("b", "Harbour Times", "Kell Ferries announced today (20 March 2025) that all its routes had reopened."),
	)
	if fs := facts(s, parallax.FactDate, parallax.Differ); len(fs) > 0 {
		t.Errorf("invented disagreements: %+v", fs)
	}
}

func TestDates(t *testing.T) {
	s := run(
		article("a", "Northgate Wire", "Ruvania will leave Ostmark, Defence Minister Lea Brandt announced on Saturday."),
		article("b", "Harbour Times", "Ruvania is leaving Ostmark, Defence Minister Lea Brandt announced on March 13th."),
		article("c", "Ostmark Daily", "Defence Minister Lea Brandt announced on Saturday that Ruvania would leave Ostmark."),
	)
	fs := facts(s, parallax.FactDate, "")
	if len(fs) != 1 || fs[0].Status != parallax.Differ {
		t.Fatalf("date facts = %+v, want one differ", fs)
	}
	if got := fs[0].Values[0].Value; got != "2025-03-15" {
		t.Errorf("first value = %s, want 2025-03-15 (two sources)", got)
	}
	s = run(
		article("a", "Northgate Wire", "Ruvania will leave Ostmark, Defence Minister Lea Brandt announced on Saturday."),
		article("b", "Harbour Times", "Ruvania is leaving Ostmark, Defence Minister Lea Brandt announced on March 14th."),
	)
	if fs := facts(s, parallax.FactDate, parallax.Differ); len(fs) != 1 || !strings.Contains(fs[0].Note, "one day apart") {
		t.Errorf("one day apart: %+v, want differ noted as one day apart", fs)
	}
}

func TestQuoteFacts(t *testing.T) {
	tests := []struct {
		a, b, want, note string
	}{
		{"We have completed our mission in Ostmark, and our soldiers will come home", "We have fulfilled our mission in Ostmark, and our soldiers will come home", parallax.Differ, `"completed"`},
		{"regrettable but not unexpected", "regrettable and unexpected", parallax.Differ, `"regrettable but not unexpected"`},
		{"We have completed our mission in Ostmark, and our soldiers will come home", "We have completed our mission in Ostmark", parallax.Agree, ""},
		{"through the pandemic and through the floods. They will not accept it", "through the pandemic and the floods, and they will not accept it", parallax.Agree, ""},
		// A negation moved within the sentence, an inflection, a number in words: the same words.
		{"I feel that on the pitch we weren't playing the football that we want to play", "I didn't feel that on the pitch we were playing the football that we wanted to play", parallax.Agree, ""},
		{"By reversing this 11th hour rule we keep the river open", "By reversing this eleventh-hour rule we keep the river open", parallax.Agree, ""},
		{"I feel that on the pitch we weren't playing the football that we want to play", "I feel that on the pitch we were playing the football that we want to play", parallax.Differ, `weren't playing`},
	}
	for _, tt := range tests {
		a := article("a", "Northgate Wire", `"`+tt.a+`," Brandt said.`)
		b := article("b", "Harbour Times", `"`+tt.b+`," Brandt told reporters.`)
		s := &parallax.Story{ID: "s", Articles: []string{"a", "b"}, Quotes: []parallax.StoryQuote{{
			Speaker: "Lea Brandt", Text: tt.a, Kind: parallax.Direct, Articles: []string{"a", "b"},
			Wordings: []parallax.Wording{
				{Article: "a", Text: tt.a, Span: parallax.Span{Start: 1, End: 1 + len(tt.a)}},
				{Article: "b", Text: tt.b, Span: parallax.Span{Start: 1, End: 1 + len(tt.b)}},
			},
		}}}
		reconcile.Story(s, []*parallax.Article{a, b})
		fs := facts(s, parallax.FactQuote, "")
		if len(fs) == 0 {
			t.Errorf("%q / %q: no quote fact", tt.a, tt.b)
			continue
		}
		if fs[0].Status != tt.want || !strings.Contains(fs[0].Note, tt.note) {
			t.Errorf("%q / %q: %s %q, want %s noting %s", tt.a, tt.b, fs[0].Status, fs[0].Note, tt.want, tt.note)
		}
	}
}

func TestClaimPolarity(t *testing.T) {
	s := run(
		article("a", "Northgate Wire", "The assembly passed the resolution on the port law. It is not legally binding on the government of Ostmark."),
		article("b", "Harbour Times", "The resolution on the port law is not binding on the government, officials in Ostmark said."),
		article("c", "Ostmark Daily", "The resolution on the port law is binding, and the government of Ostmark must obey it."),
	)
	fs := facts(s, parallax.FactClaim, parallax.Differ)
	if len(fs) != 1 {
		t.Fatalf("claims = %+v, want one differ", s.Facts)
	}
	if got := fs[0].Values[0].Sources; got != 2 {
		t.Errorf("negated value has %d sources, want 2", got)
	}
}

func TestCoverage(t *testing.T) {
	s := run(
		article("a", "Northgate Wire", "About 3,400 workers walked out at the port of Kell on Monday. The union wants 9 percent."),
		article("b", "Harbour Times", "Some 3,400 dockworkers walked out at the port of Kell on Monday. The union wants 9 percent."),
		article("c", "Ostmark Daily", "The union at the port of Kell wants 9 percent. The mayor said 600 lorries a day use the port."),
	)
	byOutlet := map[string]parallax.Coverage{}
	for _, c := range s.Coverage {
		byOutlet[c.Outlet] = c
	}
	if c := byOutlet["Ostmark Daily"]; c.Unique != 1 || len(c.Missing) != 1 || c.Facts != 1 {
		t.Errorf("Ostmark Daily coverage = %+v, want 1 fact, 1 unique, 1 missing", c)
	}
	if c := byOutlet["Northgate Wire"]; c.Facts != 2 || c.Share != 1 || len(c.Missing) != 0 {
		t.Errorf("Northgate Wire coverage = %+v, want 2 facts, share 1, nothing missing", c)
	}
	if len(s.Unique) != 1 || !strings.Contains(s.Unique[0].Text, "600 lorries") {
		t.Errorf("unique = %+v, want the lorries sentence", s.Unique)
	}
}

func TestDeterministic(t *testing.T) {
	as := []*parallax.Article{
		article("a", "Northgate Wire", "Ruvania will withdraw all 5,000 of its troops from Ostmark, Brandt said on Saturday. The first contingent of 1,000 troops will leave soon."),
		article("b", "Harbour Times", "About 5,200 soldiers will be withdrawn from Ostmark, Brandt said on Saturday. A first contingent of 700 soldiers will leave soon."),
		article("c", "Ostmark Daily", "More than 5,000 soldiers will be withdrawn from Ostmark, starting with a first contingent of 1,000."),
	}
	first := run(as...)
	for i := 0; i < 5; i++ {
		shuffled := slices.Clone(as)
		rand.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		got := run(shuffled...)
		if !reflect.DeepEqual(got.Facts, first.Facts) || !reflect.DeepEqual(got.Coverage, first.Coverage) {
			t.Fatalf("facts depend on article order:\n%+v\nvs\n%+v", got.Facts, first.Facts)
		}
	}
}

// BenchmarkStory200 reconciles a story of 200 synthetic articles built
// from invented sentences with varied numbers (goal: < 200 ms on one
// core). Run: go test ./reconcile -bench Story200 -cpu 1
func BenchmarkStory200(b *testing.B) {
	as := synthetic(200)
	b.ReportAllocs()
	start := cputime.Process()
	for b.Loop() {
		s := &parallax.Story{ID: "s"}
		reconcile.Story(s, as)
	}
	// CPU time per story too: wall time is noisy on a shared machine.
	b.ReportMetric(float64((cputime.Process()-start).Milliseconds())/float64(b.N), "cpu-ms/op")
}

// synthetic builds n articles about one invented event, each a dozen
// sentences from templates with figures that sometimes differ.
func synthetic(n int) []*parallax.Article {
	r := rand.New(rand.NewPCG(7, 11))
	templates := []string{
		"Ruvania will withdraw %d troops from Ostmark within %d weeks, Defence Minister Lea Brandt said on Saturday.",
		"The first contingent of %d soldiers will leave Camp Verd in the coming days.",
		"About %d military advisers will stay at Kell Air Base until the end of the year.",
		"A poll published last month found that %d percent of voters backed the withdrawal.",
		"The operation will cost an estimated %d million marks, according to the ministry.",
		"Police said about %d people gathered in Harbour Square on Sunday.",
		"The assembly voted by %d votes to %d on the motion.",
		"Some %d workers walked out at the port of Kell on Monday morning.",
		"The union is demanding a %d percent pay rise; the employer has offered %d percent.",
		"Ruvania has lost %d soldiers in Ostmark since the mission began.",
		"Officials said %d ships were waiting off the coast on Tuesday.",
		"The mayor said the convoy of %d trucks would travel at night.",
	}
	base := [][]int{{5000, 4}, {1000}, {300}, {64}, {210}, {2000}, {187, 41}, {3400}, {9, 4}, {37}, {27}, {48}}
	outlets := []string{"Northgate Wire", "Harbour Times", "Ostmark Daily", "Kell Courier", "Verd Post"}
	as := make([]*parallax.Article, n)
	for i := range as {
		var b strings.Builder
		for k, tpl := range templates {
			args := make([]any, len(base[k]))
			for j, v := range base[k] {
				if r.IntN(5) == 0 {
					v += r.IntN(v/5 + 2)
				}
				args[j] = v
			}
			fmt.Fprintf(&b, tpl+" ", args...)
			if k%4 == 3 {
				b.WriteString("\n\n")
			}
		}
		as[i] = article(fmt.Sprintf("a%03d", i), outlets[i%len(outlets)], b.String())
	}
	return as
}

func TestSpeakerDiffers(t *testing.T) {
	a := article("a", "Northgate Wire", `"We thank Ruvania for twelve years of friendship," Foreign Minister Ivo Dalk told reporters.`)
	b := article("b", "Harbour Times", `A spokesman for the prime minister thanked Ruvania for "twelve years of friendship".`)
	c := article("c", "Ostmark Daily", `"Twelve years of work are over," said Ivo Dalk.`)
	span := func(a *parallax.Article, s string) parallax.Wording {
		i := strings.Index(a.Text, s)
		return parallax.Wording{Article: a.ID, Text: s, Span: parallax.Span{Start: i, End: i + len(s)}}
	}
	attribute(a, "We thank Ruvania for twelve years of friendship", "Foreign Minister Ivo Dalk")
	attribute(b, "thanked Ruvania for \"twelve years of friendship\"", "A spokesman for the prime minister")
	attribute(c, "Twelve years of work are over", "Ivo Dalk")
	s := &parallax.Story{ID: "s", Articles: []string{"a", "b", "c"}, Quotes: []parallax.StoryQuote{
		{Speaker: "Ivo Dalk", Kind: parallax.Direct, Articles: []string{"a", "c"}, Wordings: []parallax.Wording{
			span(a, "We thank Ruvania for twelve years of friendship"), span(c, "Twelve years of work are over")}},
		{Speaker: "a spokesman for the prime minister", Kind: parallax.Direct, Articles: []string{"b"}, Wordings: []parallax.Wording{
			span(b, "twelve years of friendship")}},
	}}
	reconcile.Story(s, []*parallax.Article{a, b, c})
	var who []parallax.Fact
	for _, f := range facts(s, parallax.FactQuote, parallax.Differ) {
		if strings.HasPrefix(f.Key, "who said") {
			who = append(who, f)
		}
	}
	if len(who) != 1 {
		t.Fatalf("who-said facts = %+v, want one", who)
	}
	if !strings.Contains(who[0].Note, "Ivo Dalk") || !strings.Contains(who[0].Note, "spokesman") {
		t.Errorf("note = %q, want both speakers", who[0].Note)
	}
}

// attribute adds to a the quote finder's attribution of text to the
// speaker as written in the article.
func attribute(a *parallax.Article, text, speakerText string) {
	i := strings.Index(a.Text, text)
	j := strings.Index(a.Text, speakerText)
	a.Quotes = append(a.Quotes, parallax.Quote{Speaker: speakerText, SpeakerText: speakerText, Text: text, Kind: parallax.Direct,
		Span: parallax.Span{Start: i, End: i + len(text)}, SpeakerSpan: parallax.Span{Start: j, End: j + len(speakerText)}})
}

// TestOddInput checks that broken or empty analysis does not stop a story
// from being reconciled.
func TestOddInput(t *testing.T) {
	empty := &parallax.Article{ID: "e", Outlet: "Kell Courier"}
	odd := article("o", "Harbour Times", "About 300 advisers stay.")
	odd.Sentences = nil
	odd.Quantities = append(odd.Quantities, parallax.Quantity{Text: "x", Unit: "adviser", Span: parallax.Span{Start: 90, End: 99}})
	odd.Times = append(odd.Times, parallax.TimeExpr{Text: "y", Type: "DATE", Value: "2025-03-15", Span: parallax.Span{Start: 50, End: 60}})
	s := &parallax.Story{ID: "s", Quotes: []parallax.StoryQuote{{Speaker: "X", Wordings: []parallax.Wording{
		{Article: "o", Text: "About", Span: parallax.Span{Start: 0, End: 5}},
		{Article: "missing", Text: "About", Span: parallax.Span{Start: 0, End: 5}},
		{Article: "o", Text: "", Span: parallax.Span{Start: 24, End: 24}},
	}}}}
	reconcile.Story(s, []*parallax.Article{empty, odd, odd})
	reconcile.Story(&parallax.Story{ID: "none"}, nil)
	if len(s.Coverage) != 2 {
		t.Errorf("coverage = %+v, want one line per outlet", s.Coverage)
	}
}

// TestNilArticleSkipped: a nil among the articles is skipped, as the other
// story-level stages skip it, and the rest is reconciled.
func TestNilArticleSkipped(t *testing.T) {
	s := &parallax.Story{ID: "s1"}
	reconcile.Story(s, []*parallax.Article{
		nil,
		article("a", "Northgate Wire", "Ruvania will pull 1,200 troops out of Ostmark, Defence Minister Lea Brandt said on Saturday."),
		article("b", "Harbour Times", "Defence Minister Lea Brandt said Ruvania would pull 900 troops out of Ostmark."),
	})
	if len(facts(s, parallax.FactQuantity, parallax.Differ)) == 0 {
		t.Errorf("facts = %+v, want the troop figures to differ", s.Facts)
	}
}
