package attribution

import (
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/parallax-news/parallax/eval"
	"github.com/parallax-news/parallax/internal/wordform"
)

// The ASCII fast paths of paragraph.words must give what the general
// functions give.
func TestASCIIFormsMatchGeneral(t *testing.T) {
	for _, w := range []string{"", "a", "Kessaria", "KESSARIA", "U.S.", "5,200", "1990s", "follow-up",
		"McDonald", "'s", "n't", `"`, "aaaBBB111", "Q3-2019"} {
		if got, want := string(wordform.AppendLower(nil, w)), wordform.NormDigits(strings.ToLower(quoteNorm.Replace(w))); got != want {
			t.Errorf("lower(%q)=%q, want %q", w, got, want)
		}
	}
}

// A paragraph reset for new tokens must read as a new one: nothing of
// the longer paragraph before it may remain.
func TestParagraphReset(t *testing.T) {
	texts := []string{
		`“We are ready,” Aldo Pech told reporters. “The ferries will sail.” He said nothing else. Then the port closed, officials said.`,
		`Talia Varn SAID that 3,000 troops would stay.`,
		`Officials said.`,
	}
	var reused paragraph
	for _, text := range texts {
		toks := tokenize(text, 0, len(text), nil)
		hints := hintRoles(len(text), eval.RuleAttributions(text), nil)
		fresh := newParagraph(toks, hints)
		reused.reset(toks, hints)
		for _, c := range []struct {
			name      string
			got, want any
		}{
			{"lower", reused.lower, fresh.lower}, {"shape", reused.shape, fresh.shape},
			{"lex", reused.lex, fresh.lex}, {"quote", reused.quote, fresh.quote},
			{"sent", reused.sent, fresh.sent}, {"lexAt", reused.lexAt, fresh.lexAt},
			{"pos", reused.pos, fresh.pos}, {"hint", reused.hint, fresh.hint},
		} {
			if !reflect.DeepEqual(c.got, c.want) {
				t.Errorf("%q: reset %s=%v, fresh %v", text, c.name, c.got, c.want)
			}
		}
	}
}

// Find reuses pooled scratch space: finding in parallel must give what
// finding one text at a time gives, and the decoder's tags what Predict
// gives over the training code's feature strings.
func TestFindConcurrent(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"Interior Minister Talia Varn said on Monday that the Orvenian border would reopen within a week.",
		"“We are ready,” Aldo Pech, the port’s director, told reporters. “The ferries will sail.”\n\nThe harbour was quiet.",
		"According to the ministry, 3,000 troops remain. Officials believe the talks will fail, a spokesman said.",
		"Nothing was said.",
	}
	want := make([][]Attribution, len(texts))
	for i, text := range texts {
		want[i] = m.Find(text, eval.RuleAttributions(text))
	}
	if len(want[0]) == 0 || len(want[1]) == 0 {
		t.Fatalf("no attributions found: %v", want)
	}
	got := make([][]Attribution, len(texts)*4)
	var wg sync.WaitGroup
	for i := range got {
		wg.Go(func() { got[i] = m.Find(texts[i%len(texts)], eval.RuleAttributions(texts[i%len(texts)])) })
	}
	wg.Wait()
	for i := range got {
		if !reflect.DeepEqual(got[i], want[i%len(texts)]) {
			t.Errorf("parallel Find of text %d=%v, want %v", i%len(texts), got[i], want[i%len(texts)])
		}
	}
	// The decoder against Predict, paragraph by paragraph.
	var sc scratch
	for _, text := range texts {
		for _, pr := range paragraphs(text) {
			p := newParagraph(tokenize(text, pr[0], pr[1], nil), hintRoles(len(text), eval.RuleAttributions(text), nil))
			all, keep := p.features(&featureSet{})
			wantFirst := m.first.Predict(all)
			if gotFirst := sc.tagFirst(m, p); !reflect.DeepEqual(gotFirst, wantFirst) {
				t.Errorf("first pass %v, Predict %v", gotFirst, wantFirst)
			}
			wantSecond := m.second.Predict(p.stackFeatures(keep, wantFirst, &featureSet{}))
			if gotSecond := sc.tagSecond(m, p, append([]string(nil), wantFirst...)); !reflect.DeepEqual(gotSecond, wantSecond) {
				t.Errorf("second pass %v, Predict %v", gotSecond, wantSecond)
			}
		}
	}
}
