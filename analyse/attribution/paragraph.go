package attribution

import (
	"slices"

	"github.com/parallax-news/parallax/internal/postag"
	"github.com/parallax-news/parallax/internal/wordform"
	"strings"
	"unicode"
	"unicode/utf8"
)

// paragraph is a tokenised paragraph with what the features look at.
type paragraph struct {
	toks  []token
	lower []string // lower-cased, digits as 0, typographic quotes as ASCII
	shape []string // shape of each token (see shape)
	lex   []string // lexicon class of each token, "" when none
	quote []string // "open", "close" (quote marks), "in" or "out"
	// sent numbers each token's sentence as the features read it: a
	// new one after every ".", "!" or "?" before a capital, "Mr." and
	// "Sen." included. sentence numbers the sentences as written, for
	// grouping: "Mr. Trump said" is one. The features keep the cruder
	// breaks because the model reads them better: retrained on the
	// written sentences, it lost 0.7 source F1 on held-out training
	// articles (three seeds each), though the grouping gains 1.5 from
	// them.
	sent, sentence []int
	// lexAt lists, per sentence (as sent numbers them), the positions
	// of lexicon words; sentStart holds where each sentence starts.
	lexAt     [][]int
	sentStart []int
	// pos is each token's part of speech (internal/postag), tagged
	// sentence by sentence; sentWords is scratch space for a sentence's
	// words.
	pos, sentWords []string
	// tally counts tokens of a few kinds up to each position (see
	// markTally).
	tally [][tallyKinds]int32
	// hint is each token's role in the hints Find was given ("S"ource,
	// "C"ue, con"T"ent, "-"), read from the hint roles of the text.
	hint []string
	// parts holds what the features read of each token as parts (see
	// part), to be hashed from.
	parts []tokenParts
	// arena holds lower and shape end to end before they become one
	// string; ends marks where each of them ends, two per token.
	arena []byte
	ends  []int
}

var quoteNorm = strings.NewReplacer("“", `"`, "”", `"`, "«", `"`, "»", `"`, "‘", "'", "’", "'", "„", `"`)

func newParagraph(toks []token, hints []byte) *paragraph {
	p := new(paragraph)
	p.reset(toks, hints)
	// Training keeps every paragraph: not the scratch space too.
	p.arena, p.ends = nil, nil
	return p
}

// reset sets p to the paragraph of toks, reusing p's space; hints are
// the hint roles of the text's bytes (see hintRoles), nil for none.
func (p *paragraph) reset(toks []token, hints []byte) {
	n := len(toks)
	p.toks = toks
	grow := func(ss []string) []string { return slices.Grow(ss[:0], n)[:n] }
	p.lower, p.shape, p.lex, p.quote = grow(p.lower), grow(p.shape), grow(p.lex), grow(p.quote)
	p.sent = slices.Grow(p.sent[:0], n)[:n]
	p.sentence = slices.Grow(p.sentence[:0], n)[:n]
	p.words()
	for i := range toks {
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
	p.markPOS()
	p.markTally()
	p.markHints(hints)
	p.markParts()
}

// tokenParts are the strings of one token that features are made of.
type tokenParts struct {
	lower, shape, lex, quote, pos, hint part
}

// markParts sets the parts of each token.
func (p *paragraph) markParts() {
	p.parts = slices.Grow(p.parts[:0], len(p.toks))[:len(p.toks)]
	for i := range p.toks {
		p.parts[i] = tokenParts{
			lower: newPart(p.lower[i]), shape: newPart(p.shape[i]), lex: newPart(p.lex[i]),
			quote: newPart(p.quote[i]), pos: newPart(p.pos[i]), hint: newPart(p.hint[i]),
		}
	}
}

// markPOS tags the parts of speech of each sentence.
func (p *paragraph) markPOS() {
	t := postag.MustDefault()
	p.pos = p.pos[:0]
	for i := 0; i < len(p.toks); {
		j := i
		p.sentWords = p.sentWords[:0]
		for ; j < len(p.toks) && p.sent[j] == p.sent[i]; j++ {
			p.sentWords = append(p.sentWords, p.toks[j].text)
		}
		p.pos = t.Tag(p.sentWords, p.pos)
		i = j
	}
}

// words sets the lower-cased form and the shape of every token, as
// substrings of one string.
func (p *paragraph) words() {
	p.arena, p.ends = p.arena[:0], p.ends[:0]
	for _, t := range p.toks {
		if wordform.IsASCII(t.text) {
			// No typographic quotes to replace, no Unicode case rules.
			p.arena = wordform.AppendLower(p.arena, t.text)
		} else {
			p.arena = append(p.arena, wordform.NormDigits(strings.ToLower(quoteNorm.Replace(t.text)))...)
		}
		p.ends = append(p.ends, len(p.arena))
		p.arena = wordform.AppendShape(p.arena, t.text, 0)
		p.ends = append(p.ends, len(p.arena))
	}
	all := string(p.arena)
	start := 0
	for i := range p.toks {
		e := p.ends[2*i : 2*i+2]
		p.lower[i], p.shape[i] = all[start:e[0]], all[e[0]:e[1]]
		start = e[1]
	}
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

// markSentences numbers sentences (see sent and sentence): one ends
// after ".", "!" or "?" (and any closing quote mark) before a capital, a
// quote mark or the end; a written one not at the period of a title's
// abbreviation.
func (p *paragraph) markSentences() {
	s, written := 0, 0
	p.lexAt, p.sentStart = p.lexAt[:0], append(p.sentStart[:0], 0)
	p.nextSentence()
	for i := range p.toks {
		p.sent[i], p.sentence[i] = s, written
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
		p.sentStart = append(p.sentStart, i+1)
		p.nextSentence()
		if w != "." || i == 0 || !p.titleAbbreviation(i-1) {
			written++ // "Mr. Trump", "Sen. Graham": a name follows
		}
	}
}

// titleAbbreviation reports whether token k is a title's abbreviation
// ("Sen", "Rep"), capitalised as titles are ("reps" are repetitions).
func (p *paragraph) titleAbbreviation(k int) bool {
	t := p.toks[k].text
	return titleAbbreviations[p.lower[k]] && t != "" && t[0] >= 'A' && t[0] <= 'Z'
}

// nextSentence appends an empty list to lexAt, reusing the space one of
// an earlier paragraph left there.
func (p *paragraph) nextSentence() {
	k := len(p.lexAt)
	if k == cap(p.lexAt) {
		p.lexAt = append(p.lexAt, nil)
		return
	}
	p.lexAt = p.lexAt[:k+1]
	p.lexAt[k] = p.lexAt[k][:0]
}
