package sentence_test

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax/analyse/sentence"
)

// Benchmarks over a fixed invented article of about 10 KB. Run with
//
//	go test -run '^$' -bench Split -benchmem ./analyse/sentence

// benchParagraphs is invented news text that exercises the abbreviation,
// quotation and number rules at a realistic density.
var benchParagraphs = []string{
	`NORVALE (Harbour Wire) — Flood barriers on the Quill River held overnight, officials said on Tuesday, after the water rose 2.4 metres above its usual level. The U.S. Army Corps of Engineers sent two teams. "We were lucky this time," said Mayor Ines Varga. "Next year we may not be."`,
	`Dr. Tomas Reil, a hydrologist at Brask University, said the barriers were built for a 1-in-50-year flood. "The climate has moved on… the design has not," he said. Sen. Ada Kross (D-Calif.) called for an inquiry on Sept. 14 and asked the Defence Ministry to explain the delay.`,
	`Shares of Halden Ltd., which built the barriers, rose 5.2 percent to $31.75 by 3 p.m. The company said it had "no comment at this stage." Its chief executive, Paul J. Ames, told analysts in January that orders were up, e.g. from port authorities in the U.K. and the Netherlands.`,
	`Residents of No. 10 Marrow Lane and other streets near the river were moved to schools, churches, etc. until Thursday. Some refused! Others asked why they had not been warned earlier? Police said 212 people were evacuated and three were treated for minor injuries.`,
	`The council will meet again at 9 a.m. Friday. Details are posted at https://norvale.example.org/floods/v2.1/update.html and questions can be sent to floods@norvale.example.org. Gov. Lena Ovik said the state would pay for repairs "in full, and fast."`,
}

func benchText() string {
	var b strings.Builder
	for b.Len() < 10_000 {
		for _, p := range benchParagraphs {
			b.WriteString(p)
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

func BenchmarkSplit(b *testing.B) {
	text := benchText()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n = len(sentence.Split(text))
	}
	b.ReportMetric(float64(n), "sentences")
}

// TestBenchText keeps the benchmark input honest: it must split into the
// sentences a reader sees.
func TestBenchText(t *testing.T) {
	for i, p := range benchParagraphs {
		got := texts(p, sentence.Split(p))
		want := []int{4, 3, 3, 4, 3}[i]
		if len(got) != want {
			t.Errorf("paragraph %d: %d sentences, want %d:\n%q", i, len(got), want, got)
		}
	}
}
