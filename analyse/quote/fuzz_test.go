package quote_test

import (
	"testing"
	"time"
	"unicode/utf8"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/analyse/quote"
	"github.com/parallax-news/parallax/analyse/sentence"
)

// checkSpans asserts Find's invariants on any text: spans inside the
// text, Text equal to its span, quotes in order of offsets.
func checkSpans(t *testing.T, text string) {
	t.Helper()
	for _, lang := range []string{"", "fr", "es", "it", "pt", "de", "nl"} {
		checkSpansLang(t, text, lang)
	}
}

// checkSpansLang is checkSpans for FindLang in one language.
func checkSpansLang(t *testing.T, text, lang string) {
	t.Helper()
	qs := quote.FindLang(text, sentence.Split(text), nil, lang)
	for i, q := range qs {
		if q.Span.Start < 0 || q.Span.End > len(text) || q.Span.Start >= q.Span.End || text[q.Span.Start:q.Span.End] != q.Text {
			t.Fatalf("%q: quote %d span %v text %q", text, i, q.Span, q.Text)
		}
		if q.Speaker == "" {
			t.Fatalf("%q: quote %d has no speaker (want a name or unknown)", text, i)
		}
		if i > 0 && q.Span.Start < qs[i-1].Span.Start {
			t.Fatalf("%q: quotes out of order", text)
		}
	}
}

var oddTexts = []string{
	`"`, `""`, `" "`, `"a," said`, `said "`, `«»`, `„“`, `”“`, `"unclosed quote said Varela`,
	"\"first\n\n\"second\n\n\"third", `Varela said.`, `, said X.`, `according to`, `According to X,`,
	`"One two three," , said , "four five six"`, `He said that.`, `The statement read.`,
	"\"a b c,\" she said, \"", `"Why?" "Because," he said`, `Mr. "Quote here now" Mr.`,
	`said said said said`, `"x y z" according to the`, "“Curly ” straight\" mixed « guillemet » end",
	`Castor, who, said "a b c"`, `X, Y, Z, said W, V, "a b c"`, `, adding that`, `and says`,
	`l'`, `d'`, `L’`, `qu'il`, `-il`, `a-t-`, `-t-elle`, `dit-il`, `« a b c », a-t-elle`, `« a b c », a`,
	`selon`, `d'après`, `„a b c“, so`, `laut`, `según`, `de acuerdo con`, `« a b c », dit-`,
	`Ana a déclaré que`, `sagte, dass`, `Dijo el`, `la ministre de la`, `de la Défense Ana`,
}

func TestFindOddTexts(t *testing.T) {
	for _, s := range oddTexts {
		checkSpans(t, s)
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range oddTexts {
		f.Add(s)
	}
	f.Add(`"We have completed our mission," Defence Minister Ana Varela said, adding that the advisers would stay.`)
	f.Add("''Yes,'' she said. \n\"The vote was held.\nNobody disputed it, \"Mirela Dost said.\n“Open\nclose” he said")
	f.Add("« Nous partirons », a déclaré à la presse la ministre Bruno Le Maire. Ursula von der")
	f.Add("«No», dijo ayer a los periodistas el. Según un sondeo publicado, „Ja“, sagte am Montag in")
	f.Add("«Sì», ha detto l'ambasciatore. Secondo dell'esercito, \"Não\", disse à imprensa a ministra. Segundo")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		done := make(chan bool)
		go func() {
			for _, lang := range []string{"", "fr", "es", "it", "pt", "de", "nl"} {
				quote.FindLang(s, sentence.Split(s), nil, lang)
			}
			close(done)
		}()
		select {
		case <-done:
		case <-time.After(3 * time.Second):
			t.Fatalf("Find does not return on %q", s)
		}
		checkSpans(t, s)
	})
}

// FuzzFindWith gives FindWith attributions of any spans — empty, out of
// order, past the text, across tokens — over any text: it must not
// panic, and its statements keep Find's invariants, none of them twice.
func FuzzFindWith(f *testing.F) {
	f.Add(`Ana Varela said the plan was ready. "We leave," she said.`, uint16(0), uint16(10), uint16(11), uint16(15), uint16(16), uint16(34))
	f.Add(`"a b c," he said, "d e f"`, uint16(9), uint16(11), uint16(12), uint16(16), uint16(0), uint16(30))
	f.Add(`Police said on Tuesday that the road was closed.`, uint16(0), uint16(6), uint16(7), uint16(11), uint16(28), uint16(47))
	f.Fuzz(func(t *testing.T, s string, s0, s1, c0, c1, t0, t1 uint16) {
		if !utf8.ValidString(s) {
			return
		}
		sp := func(a, b uint16) parallax.Span {
			return parallax.Span{Start: int(a) % (len(s) + 3), End: int(b) % (len(s) + 3)}
		}
		as := []parallax.Attribution{
			{Source: []parallax.Span{sp(s0, s1)}, Cue: []parallax.Span{sp(c0, c1)}, Content: []parallax.Span{sp(t0, t1)}},
			{Cue: []parallax.Span{sp(c0, c1), sp(s0, s1)}, Content: []parallax.Span{sp(t0, t1), sp(s1, t0)}},
			{Source: []parallax.Span{sp(t0, t1)}, Cue: []parallax.Span{sp(c0, c1)}, Content: []parallax.Span{sp(s0, s1), sp(s0, s1)}},
		}
		qs := quote.FindWith(s, sentence.Split(s), nil, "en", fixed(as))
		for i, q := range qs {
			if q.Span.Start < 0 || q.Span.End > len(s) || q.Span.Start >= q.Span.End || s[q.Span.Start:q.Span.End] != q.Text {
				t.Fatalf("%q: quote %d span %v text %q", s, i, q.Span, q.Text)
			}
			if q.Speaker == "" {
				t.Fatalf("%q: quote %d has no speaker", s, i)
			}
			if i > 0 && (q.Span.Start < qs[i-1].Span.Start || q.Span == qs[i-1].Span) {
				t.Fatalf("%q: quotes out of order or twice: %v", s, qs)
			}
		}
	})
}
