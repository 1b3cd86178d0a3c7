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
	qs := quote.Find(text, sentence.Split(text), nil)
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
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		done := make(chan bool)
		go func() {
			quote.Find(s, sentence.Split(s), nil)
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
