package attribution

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// paragraph is a tokenised paragraph with what the features look at.
type paragraph struct {
	toks  []token
	lower []string // lower-cased, digits as 0, typographic quotes as ASCII
	lex   []string // lexicon class of each token, "" when none
	quote []string // "open", "close" (quote marks), "in" or "out"
	sent  []int    // sentence number of each token
	// lexAt lists, per sentence, the positions of lexicon words.
	lexAt [][]int
}

var quoteNorm = strings.NewReplacer("“", `"`, "”", `"`, "«", `"`, "»", `"`, "‘", "'", "’", "'", "„", `"`)

func newParagraph(toks []token) *paragraph {
	n := len(toks)
	p := &paragraph{toks: toks, lower: make([]string, n), lex: make([]string, n),
		quote: make([]string, n), sent: make([]int, n)}
	for i, t := range toks {
		p.lower[i] = normDigits(strings.ToLower(quoteNorm.Replace(t.text)))
		p.lex[i] = lexicon[p.lower[i]]
	}
	// "according to" is a cue only with its "to".
	for i := range toks {
		if p.lex[i] == lexPrep && (i+1 >= n || p.lower[i+1] != "to") {
			p.lex[i] = ""
		}
	}
	p.markQuotes()
	p.markSentences()
	return p
}

// markQuotes tracks double quote marks: curly ones say which way they
// face; a straight one closes an open quotation and opens otherwise.
func (p *paragraph) markQuotes() {
	in := false
	for i, t := range p.toks {
		switch t.text {
		case "“", "«", "„":
			p.quote[i], in = "open", true
		case "”", "»":
			p.quote[i], in = "close", false
		case `"`:
			if in {
				p.quote[i], in = "close", false
			} else {
				p.quote[i], in = "open", true
			}
		default:
			p.quote[i] = "out"
			if in {
				p.quote[i] = "in"
			}
		}
	}
}

// markSentences numbers sentences: one ends after ".", "!" or "?"
// (and any closing quote mark) before a capital, a quote mark or the end.
func (p *paragraph) markSentences() {
	s := 0
	p.lexAt = [][]int{nil}
	for i := range p.toks {
		p.sent[i] = s
		if p.lex[i] != "" {
			p.lexAt[s] = append(p.lexAt[s], i)
		}
		w := p.lower[i]
		if w != "." && w != "!" && w != "?" && !(p.quote[i] == "close" && i > 0 && strings.ContainsAny(p.lower[i-1], ".!?")) {
			continue
		}
		if i+1 < len(p.toks) && p.quote[i+1] == "close" {
			continue
		}
		if i+1 < len(p.toks) {
			r, _ := utf8.DecodeRuneInString(p.toks[i+1].text)
			if !unicode.IsUpper(r) && p.quote[i+1] != "open" {
				continue
			}
		}
		s++
		p.lexAt = append(p.lexAt, nil)
	}
}
