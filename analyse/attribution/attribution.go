package attribution

import (
	"sync"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/internal/perceptron"
)

// Attribution is one attribution relation found in a text.
type Attribution = parallax.Attribution

// Model is a trained attribution tagger: two perceptrons, stacked. The
// first tags tokens from lexical, quotation and sentence features; the
// second sees the same features and, around each token, the first's tags
// and where its cues are, so it can place sources and content relative
// to the cue they belong to.
type Model struct {
	first, second *perceptron.Model
	// secondOf maps the first's feature ids to the second's, so that the
	// second pass reads the features the first looked up without looking
	// them up again.
	secondOf []int32
	// pieces says both perceptrons take features by the hashes of their
	// pieces (see featureSet.hashing): true unless perceptron.HashPieces
	// refused, which is vanishingly rare.
	pieces bool
}

// newModel makes a Model of its two perceptrons, decoding only label
// sequences that BILOU allows: a chunk opened and left unclosed, or a
// chunk's inside with no beginning, is no tagging of spans.
func newModel(first, second *perceptron.Model) *Model {
	first.Restrict(perceptron.BILOU)
	second.Restrict(perceptron.BILOU)
	pieces := perceptron.HashPieces(first, second)
	return &Model{first: first, second: second, secondOf: second.IDsOf(first), pieces: pieces}
}

// Token labels: BILOU over the three roles.
const (
	roleSource  = "SRC"
	roleCue     = "CUE"
	roleContent = "CON"
	outside     = "O"
)

// Find returns the attributions of text, in order of their cues, reading
// hints, the attributions Parallax's quote rules give the text (see
// hintRoles; nil reads as a text where they find nothing). It is
// safe for concurrent use.
func (m *Model) Find(text string, hints []Attribution) []Attribution {
	var out []Attribution
	sc := scratches.Get().(*scratch)
	defer scratches.Put(sc)
	// A quotation left open at the end of a paragraph goes on in the next
	// one when that opens with a quote mark: content found there before
	// any cue is the open attribution's (last, an index into out).
	last, open := -1, false
	sc.hints = hintRoles(len(text), hints, sc.hints)
	for _, pr := range paragraphs(text) {
		sc.toks = tokenize(text, pr[0], pr[1], sc.toks[:0])
		if len(sc.toks) == 0 {
			continue
		}
		p := &sc.p
		p.reset(sc.toks, sc.hints)
		continues := open && p.quote[0] == "open" && last >= 0
		open = p.quote[len(p.toks)-1] == "in" || p.quote[len(p.toks)-1] == "open"
		tags := sc.tagFirst(m, p)
		if allOutside(tags) {
			// Nothing for the second pass to place: it learnt to see
			// attributions through the first pass's tags.
			last = -1
			continue
		}
		tags = sc.tagSecond(m, p, tags)
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

// scratch is the reusable space of one Find call, pooled so that finding
// allocates little.
type scratch struct {
	toks          []token
	p             paragraph
	first, second featureSet
	d             perceptron.Decoder
	firstIDs      []int32 // the first pass's feature ids, in sc.first's order
	tags          []string
	hints         []byte // the hint role of each byte of the text
}

var scratches = sync.Pool{New: func() any { return new(scratch) }}

// tagFirst returns the first pass's tags of p's tokens, valid until the
// next tagFirst or tagSecond.
func (sc *scratch) tagFirst(m *Model, p *paragraph) []string {
	n := len(p.toks)
	sc.first.hashing = m.pieces
	p.buildFeatures(&sc.first)
	sc.d.Reset(m.first)
	for i := range n {
		sc.d.Next()
		sc.first.addToken(&sc.d, i, n)
	}
	tags := sc.labels(m.first, sc.d.Decode())
	sc.firstIDs = append(sc.firstIDs[:0], sc.d.IDs()...)
	return tags
}

// tagSecond returns the second pass's tags of p's tokens given the first
// pass's (whose features and ids must still be in sc): each token's
// share of the first pass's features, then the stacked ones, in the
// order training encodes them (item.stackFeatures; paragraph.stackFeatures
// is the same as strings, the reference the tests check this against).
// A feature the first model knows is added by its id in the second; only
// those it lacks are looked up again.
func (sc *scratch) tagSecond(m *Model, p *paragraph, tags []string) []string {
	n := len(p.toks)
	sc.second.hashing = m.pieces
	p.buildStack(tags, &sc.second)
	sc.d.Reset(m.second)
	for i := range n {
		sc.d.Next()
		lo, hi := sc.first.features(i, n)
		for k := lo; k < hi; k++ {
			switch {
			case !sc.first.keep[k]: // a first-pass feature the second does not read
			case sc.firstIDs[k] >= 0:
				sc.d.AddID(m.secondOf[sc.firstIDs[k]])
			default:
				sc.first.addTo(&sc.d, k)
			}
		}
		sc.second.addToken(&sc.d, i, n)
	}
	return sc.labels(m.second, sc.d.Decode())
}

// labels returns the names of the label indices best, in sc.tags.
func (sc *scratch) labels(m *perceptron.Model, best []int) []string {
	sc.tags = sc.tags[:0]
	for _, l := range best {
		sc.tags = append(sc.tags, m.Labels[l])
	}
	return sc.tags
}

func allOutside(tags []string) bool {
	for _, t := range tags {
		if t != outside {
			return false
		}
	}
	return true
}
