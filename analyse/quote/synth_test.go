package quote_test

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	parallax "github.com/parallax-news/parallax"
)

// longUnpunctuated returns about n bytes of invented text without a full
// stop: reporting verbs before and after their statements, "according
// to", role nouns, and quote marks opened and never closed, as text with
// its punctuation lost reads.
func longUnpunctuated(n int) string {
	unit := `Varela said “the council would meet again and Dost told reporters that the budget was late but the minister added that nothing had changed ` +
		`and the port would stay closed for the winter, Dost said and according to Varela the talks would go on until the spring `
	return strings.Repeat(unit, n/len(unit)+1)
}

// synthWords returns an invented vocabulary: syllable words, the common
// ones first.
func synthWords(n int) []string {
	syl := []string{"ka", "lo", "ven", "dra", "mis", "tor", "el", "ba", "run", "sa", "pel", "or", "ti", "gan", "nu"}
	words := make([]string, n)
	for i := range words {
		var sb strings.Builder
		for j, k := 0, i+1; k > 0 || j < 2; j++ {
			sb.WriteString(syl[k%len(syl)])
			k /= len(syl)
		}
		words[i] = sb.String()
	}
	return words
}

// bigStory returns a story of n invented articles with q quotes each.
// Statements are drawn from a pool with a Zipf law over their words, so
// that common words are shared by many; each article reports a few
// statements of the pool (a word changed, or the end cut) and some of its
// own, from 60 speakers and some unknown.
func bigStory(n, q int) []*parallax.Article {
	rng := rand.New(rand.NewPCG(7, 14))
	words := synthWords(3000)
	zipf := rand.NewZipf(rng, 1.1, 2, uint64(len(words)-1))
	sentence := func() string {
		f := make([]string, 8+rng.IntN(18))
		for i := range f {
			f[i] = words[zipf.Uint64()]
		}
		return strings.Join(f, " ")
	}
	speakers := make([]string, 60)
	for i := range speakers {
		speakers[i] = "Ana " + strings.ToUpper(words[200+i][:1]) + words[200+i][1:]
	}
	pool := make([]string, n*q/4)
	for i := range pool {
		pool[i] = sentence()
	}
	start := time.Date(2025, 10, 1, 0, 0, 0, 0, time.UTC)
	arts := make([]*parallax.Article, n)
	for ai := range arts {
		a := &parallax.Article{ID: fmt.Sprintf("a%03d", ai), Outlet: fmt.Sprintf("Outlet %d", ai%25), Published: start.Add(time.Duration(ai) * time.Hour)}
		var text strings.Builder
		for qi := 0; qi < q; qi++ {
			si := rng.IntN(len(pool) * 2)
			s := sentence()
			if si < len(pool) {
				s = vary(rng, pool[si], words)
			}
			speaker := parallax.UnknownSpeaker
			if si%7 != 0 {
				speaker = speakers[si%len(speakers)]
			}
			off := text.Len()
			text.WriteString(s + "\n")
			a.Quotes = append(a.Quotes, parallax.Quote{Speaker: speaker, SpeakerText: speaker, Cue: "said", Text: s, Kind: parallax.Direct,
				Span: parallax.Span{Start: off, End: off + len(s)}})
		}
		a.Text = text.String()
		arts[ai] = a
	}
	return arts
}

// vary rewords a statement as another outlet might: a word changed, or
// the end cut.
func vary(rng *rand.Rand, s string, words []string) string {
	f := strings.Fields(s)
	switch rng.IntN(3) {
	case 0:
		f[rng.IntN(len(f))] = words[rng.IntN(len(words))]
	case 1:
		f = f[:len(f)*2/3+1]
	}
	return strings.Join(f, " ")
}
