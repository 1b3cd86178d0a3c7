package attribution

import (
	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/internal/perceptron"
)

// Attribution is one attribution relation found in a text: byte spans of
// its source ("the senator"), cue ("said") and content (what was said or
// thought). A part may be split — a quote broken by its cue has two
// content segments — or absent (a cue with no named source).
type Attribution struct {
	Source  []parallax.Span
	Cue     []parallax.Span
	Content []parallax.Span
}

// Model is a trained attribution tagger: two perceptrons, stacked. The
// first tags tokens from lexical, quotation and sentence features; the
// second sees the same features and, around each token, the first's tags
// and where its cues are, so it can place sources and content relative
// to the cue they belong to.
type Model struct {
	first, second *perceptron.Model
}

// Token labels: BILOU over the three roles.
const (
	roleSource  = "SRC"
	roleCue     = "CUE"
	roleContent = "CON"
	outside     = "O"
)

// Find returns the attributions of text, in order of their cues.
func (m *Model) Find(text string) []Attribution {
	var out []Attribution
	var toks []token
	var first, second featureSet // reused from paragraph to paragraph
	// A quotation left open at the end of a paragraph goes on in the next
	// one when that opens with a quote mark: content found there before
	// any cue is the open attribution's (last, an index into out).
	last, open := -1, false
	for _, pr := range paragraphs(text) {
		toks = tokenize(text, pr[0], pr[1], toks[:0])
		if len(toks) == 0 {
			continue
		}
		p := newParagraph(toks)
		continues := open && p.quote[0] == "open" && last >= 0
		open = p.quote[len(toks)-1] == "in" || p.quote[len(toks)-1] == "open"
		f, keep := p.features(&first)
		tags := m.first.Predict(f)
		if allOutside(tags) {
			// Nothing for the second pass to place: it learnt to see
			// attributions through the first pass's tags.
			last = -1
			continue
		}
		tags = m.second.Predict(p.stackFeatures(keep, tags, &second))
		found, lead := group(p, tags)
		if continues && len(lead) > 0 {
			out[last].Content = append(out[last].Content, lead...)
		} else {
			last = -1
		}
		out = append(out, found...)
		for i := len(out) - 1; i >= len(out)-len(found); i-- {
			if len(out[i].Content) > 0 {
				last = i
				break
			}
		}
	}
	return out
}

func allOutside(tags []string) bool {
	for _, t := range tags {
		if t != outside {
			return false
		}
	}
	return true
}
