package quantity_test

import (
	"math/rand/v2"
	"strings"
	"testing"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/analyse/quantity"
	"github.com/parallax-news/parallax/analyse/sentence"
)

// Benchmarks over a fixed invented article of about 5 KB, the size of a
// news story. Run with
//
//	go test -run '^$' -bench Find -benchmem ./analyse/quantity
//
// articles/s is the figure the goal (≥ 500/s with time expressions)
// is stated in.

// benchParagraphs is invented news text with numbers at a realistic
// density, traps included.
var benchParagraphs = []string{
	`ORSENBURG, Oct 18 (Harbour Wire) - Veltrava will withdraw all 5,000 of its troops from Kessaria within four weeks, ending a deployment that began eleven years ago, Defence Minister Ana Varela said on Saturday.`,
	`The first contingent of 1,000 troops will leave Camp Halvard in Kessaria's northern Dravo province in the coming days. At the height of the deployment, in 2016, some 8,400 soldiers were stationed in the country.`,
	`Around 300 military advisers will stay at Ostrel Air Base until the end of 2026. The mission has cost an estimated 210 million marks, and the opposition puts the total at more than 4 billion marks.`,
	`A poll published on September 22, 2025 found that 64 percent of Veltravans backed the withdrawal, against 22 percent. Two-thirds of those under 30 said the troops should have left years earlier.`,
	`Readers can call the newsroom on +44 20 7946 0958 or write to 10 Harbour Street. Page 2 of 5. The ministry's F-16 jets and a Boeing 737 will fly the last 700 soldiers home at 3:15 pm on Friday.`,
	`Between 20 and 30 lorries an hour crossed the border, down from about 600 a day, and the port expects $3bn to $4bn in losses. Nearly 190 deputies backed a five-day ceasefire; fewer than 100 voted against.`,
}

func benchText() string {
	var b strings.Builder
	for b.Len() < 5_000 {
		for _, p := range benchParagraphs {
			b.WriteString(p)
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

func BenchmarkFind(b *testing.B) {
	text := benchText()
	spans := sentence.Split(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n = len(quantity.Find(text, spans))
	}
	b.ReportMetric(float64(n), "quantities")
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkFindLang reads the benchmark text as French, where every table
// of lang.go is consulted, to show what a language costs.
func BenchmarkFindLang(b *testing.B) {
	text := benchText()
	spans := sentence.Split(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		quantity.FindLang(text, spans, "fr")
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// TestFindProperties checks invariants on the benchmark text and on random
// cuts and splices of it: spans in bounds and in order, Text equal to the
// spanned bytes, Low ≤ Value ≤ High, whatever the sentence spans say.
func TestFindProperties(t *testing.T) {
	text := benchText()
	checkSpans(t, "bench", text, quantity.Find(text, sentence.Split(text)))
	checkSpans(t, "bench nil", text, quantity.Find(text, nil))
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 500 {
		a, b := r.IntN(len(text)), r.IntN(len(text))
		s := text[min(a, b):max(a, b)]
		if i%2 == 1 {
			s = s + " " + text[r.IntN(len(text)):]
		}
		spans := sentence.Split(s)
		if i%5 == 0 && len(spans) > 0 {
			// Spans out of bounds or reversed must not panic.
			spans = append(spans, parallax.Span{Start: len(s) - 1, End: len(s) + 10}, parallax.Span{Start: 5, End: 2})
		}
		checkSpans(t, "random", s, quantity.Find(s, spans))
	}
}

// FuzzFind feeds arbitrary text; Find must not panic and its spans must hold.
func FuzzFind(f *testing.F) {
	for _, p := range benchParagraphs {
		f.Add(p)
	}
	f.Add("$ 3 - - 4 bn % between and 5 to")
	f.Add("Environ 5 000 soldats, 1.250,5 millions d'euros, il y a 3 jours, 14. März")
	f.Fuzz(func(t *testing.T, s string) {
		checkSpans(t, "fuzz", s, quantity.Find(s, nil))
		checkSpans(t, "fuzz fr", s, quantity.FindLang(s, nil, "fr"))
		checkSpans(t, "fuzz de", s, quantity.FindLang(s, nil, "de"))
	})
}
