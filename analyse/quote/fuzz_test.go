package quote_test

import (
	"testing"
	"time"
	"unicode/utf8"

	"github.com/parallax-news/parallax/analyse/quote"
	"github.com/parallax-news/parallax/analyse/sentence"
)

// checkSpans asserts Find's invariants on any text: spans inside the
// text, Text equal to its span, quotes in order of offsets.
func checkSpans(t *testing.T, text string) {
	t.Helper()
	for _, lang := range []string{"", "fr", "es", "de"} {
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
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		done := make(chan bool)
		go func() {
			for _, lang := range []string{"", "fr", "es", "de"} {
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
