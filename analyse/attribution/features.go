package attribution

import (
	"slices"
	"strconv"
	"strings"

	"github.com/parallax-news/parallax/internal/perceptron"
)

// part is a string features are made of: the string, which training
// writes names out from, and its piece, which Find hashes them from
// (see perceptron.Hash) without writing them out.
type part struct {
	s     string
	piece perceptron.Piece
}

func newPart(s string) part { return part{s, perceptron.PieceOf(s)} }

// Parts of few values, made once.
var (
	digits                       = [...]part{newPart("0"), newPart("1"), newPart("2"), newPart("3")}
	bucket4, bucket7, bucket13   = newPart("4-6"), newPart("7-12"), newPart("13-25")
	bucket26                     = newPart("26+")
	partTrue, partFalse          = newPart("true"), newPart("false")
	partBar, partNone, partDash  = newPart("|"), newPart("none"), newPart("-")
	partStartP, partEndP         = newPart("<p>"), newPart("</p>")
	partBefore, partAfter        = newPart("before"), newPart("after")
	partIn, partSame, partOther  = newPart("in"), newPart("same"), newPart("other")
	partQuote, partComma         = newPart("quote"), newPart("comma")
	partStop, partPrev, partNext = newPart("stop"), newPart("<"), newPart(">")
)

// bucket returns a distance of d tokens as the features read it: exact
// up to 3, then in widening ranges.
func bucket(d int) part {
	switch {
	case d >= 0 && d <= 3:
		return digits[d]
	case d <= 3: // no distance is negative; written as before if one were
		return newPart(strconv.Itoa(d))
	case d <= 6:
		return bucket4
	case d <= 12:
		return bucket7
	case d <= 25:
		return bucket13
	}
	return bucket26
}

// boolPart returns b as strconv.FormatBool writes it.
func boolPart(b bool) part {
	if b {
		return partTrue
	}
	return partFalse
}

// featureSet collects the features of a paragraph's tokens: their names
// in one buffer, so that a paragraph costs a few allocations, not one
// per feature, or, when hashing, only their hashes. A featureSet may be
// reset and reused for the next paragraph once the previous one's
// features are no longer needed.
type featureSet struct {
	// hashing keeps the features' hashes, which Find's decoders take,
	// not their names, which training and Predict take: a feature of
	// three parts is then three multiplications, not a name written out
	// and hashed byte by byte.
	hashing bool
	hashes  []perceptron.Hash
	buf     []byte
	ends    []int // end of each feature in buf
	// tok[i] is the index in ends of token i's first feature; keep marks
	// the features the second pass keeps.
	tok  []int
	keep []bool
	// The parts of the first pass's tags, for buildStack.
	tags []part
	// What strings returns, kept for reuse.
	flat, kept  []string
	all, second [][]string
}

// reset empties fs for a paragraph of n tokens.
func (fs *featureSet) reset(n int) {
	fs.buf, fs.ends, fs.keep, fs.hashes = fs.buf[:0], fs.ends[:0], fs.keep[:0], fs.hashes[:0]
	fs.tok = slices.Grow(fs.tok[:0], n)[:n]
}

// add appends one feature, the concatenation of parts.
func (fs *featureSet) add(second bool, parts ...part) {
	if fs.hashing {
		h := perceptron.Hash(0).Then(parts[0].piece)
		for _, p := range parts[1:] {
			h = h.Then(p.piece)
		}
		fs.hashes = append(fs.hashes, h)
	} else {
		for _, p := range parts {
			fs.buf = append(fs.buf, p.s...)
		}
		fs.ends = append(fs.ends, len(fs.buf))
	}
	fs.keep = append(fs.keep, second)
}

// features returns the range of indices of token i's features, of n.
func (fs *featureSet) features(i, n int) (lo, hi int) {
	lo, hi = fs.tok[i], len(fs.keep)
	if i+1 < n {
		hi = fs.tok[i+1]
	}
	return lo, hi
}

// addTo adds feature k to d, by hash or by name.
func (fs *featureSet) addTo(d *perceptron.Decoder, k int) {
	if fs.hashing {
		d.AddHash(fs.hashes[k])
	} else {
		d.Add(fs.feature(k))
	}
}

// addToken adds the features of token i, of n, to d.
func (fs *featureSet) addToken(d *perceptron.Decoder, i, n int) {
	lo, hi := fs.features(i, n)
	if fs.hashing {
		d.AddHashes(fs.hashes[lo:hi])
		return
	}
	for k := lo; k < hi; k++ {
		d.Add(fs.feature(k))
	}
}

// feature returns the name of feature k, when not hashing.
func (fs *featureSet) feature(k int) []byte {
	lo := 0
	if k > 0 {
		lo = fs.ends[k-1]
	}
	return fs.buf[lo:fs.ends[k]]
}

// strings returns the features by token: all of them, and the second
// pass's share, as substrings of one string.
func (fs *featureSet) strings(n int) (all, second [][]string) {
	s := string(fs.buf)
	fs.flat = slices.Grow(fs.flat[:0], len(fs.ends))
	start := 0
	for _, e := range fs.ends {
		fs.flat = append(fs.flat, s[start:e])
		start = e
	}
	fs.kept = slices.Grow(fs.kept[:0], len(fs.flat))
	fs.all = slices.Grow(fs.all[:0], n)[:n]
	fs.second = slices.Grow(fs.second[:0], n)[:n]
	for i := range n {
		lo, hi := fs.tok[i], len(fs.flat)
		if i+1 < n {
			hi = fs.tok[i+1]
		}
		fs.all[i] = fs.flat[lo:hi:hi]
		k0 := len(fs.kept)
		for k := lo; k < hi; k++ {
			if fs.keep[k] {
				fs.kept = append(fs.kept, fs.flat[k])
			}
		}
		fs.second[i] = fs.kept[k0:len(fs.kept):len(fs.kept)]
	}
	return fs.all, fs.second
}

// features returns the feature strings of every token of p for the first
// pass, and the share of them the second pass sees.
func (p *paragraph) features(fs *featureSet) (all, second [][]string) {
	p.buildFeatures(fs)
	return fs.strings(len(p.toks))
}

// The first pass's features, by the start of their names.
var (
	fBias, fW, fLemma, fShape   = newPart("b"), newPart("w="), newPart("lem="), newPart("sh=")
	fWPrev, fWNext              = newPart("w-1="), newPart("w+1=")
	fWPrevW, fWWNext            = newPart("w-1|w="), newPart("w|w+1=")
	fLex, fQ, fQLex, fParaQ     = newPart("lex="), newPart("q="), newPart("q|lex="), newPart("pq|q=")
	fHint, fHintPrev, fHintNext = newPart("rr="), newPart("rr-1|rr="), newPart("rr|rr+1=")
	fHintPOS, fHintLex          = newPart("rr|pos="), newPart("rr|lex=")
	fPOS, fPOSPrev, fPOSNext    = newPart("pos="), newPart("pos-1="), newPart("pos+1=")
	fPOSPrevPOS, fPOSPOSNext    = newPart("pos-1|pos="), newPart("pos|pos+1=")
	fPOSLex                     = newPart("pos|lex=")
	fSentPos, fSentLast         = newPart("spos="), newPart("slast")
	fRelNone, fRelNoneQ         = newPart("rel=none"), newPart("rel|q=none|")
	fRelNoneLex                 = newPart("rel=none|nlex=")
	fRel, fRelD, fRelSep        = newPart("rel="), newPart("rel|d="), newPart("rel|sep=")
	fRelQ, fRelCls, fRelLW      = newPart("rel|q="), newPart("rel|cls="), newPart("rel|lw=")
	fRelThat, fRelW, fRelSepQ   = newPart("rel|that="), newPart("rel|w="), newPart("rel|sep|q=")
	fRelPOS, fRelNP, fRelVerb   = newPart("rel|pos="), newPart("rel|np="), newPart("rel|verb=")
)

// buildFeatures sets fs to the first pass's features of p's tokens.
func (p *paragraph) buildFeatures(fs *featureSet) {
	n := len(p.toks)
	word := func(i int) part {
		switch {
		case i < 0:
			return partStartP
		case i >= n:
			return partEndP
		}
		return p.parts[i].lower
	}
	lexc := func(i int) part {
		if i < 0 || i >= n || p.lex[i] == "" {
			return partDash
		}
		return p.parts[i].lex
	}
	paraQuote := n > 0 && p.quote[0] == "open"
	fs.reset(n)
	for i := range p.toks {
		fs.tok[i] = len(fs.keep)
		w, q, lx := p.parts[i].lower, p.parts[i].quote, lexc(i)
		sh := p.parts[i].shape
		fs.add(true, fBias)
		fs.add(true, fW, w)
		fs.add(false, fLemma, newPart(lemma(w.s)))
		fs.add(true, fShape, sh)
		fs.add(true, fWPrev, word(i-1))
		fs.add(true, fWNext, word(i+1))
		fs.add(true, fWPrevW, word(i-1), partBar, w)
		fs.add(true, fWWNext, w, partBar, word(i+1))
		fs.add(true, fLex, lx)
		fs.add(true, fQ, q)
		fs.add(true, fQLex, q, partBar, lx)
		if paraQuote {
			fs.add(true, fParaQ, q)
		}
		p.posFeatures(i, fs)
		p.hintFeatures(i, fs)
		p.sentenceFeatures(i, fs)
	}
}

// hintFeatures adds the roles the hints give token i and its
// neighbours, alone and with the token's part of speech and lexicon
// class.
func (p *paragraph) hintFeatures(i int, fs *featureSet) {
	prev, next := partPrev, partNext
	if i > 0 {
		prev = p.parts[i-1].hint
	}
	if i+1 < len(p.toks) {
		next = p.parts[i+1].hint
	}
	t := &p.parts[i]
	h := t.hint
	fs.add(true, fHint, h)
	fs.add(false, fHintPrev, prev, partBar, h)
	fs.add(false, fHintNext, h, partBar, next)
	fs.add(false, fHintPOS, h, partBar, t.pos)
	fs.add(false, fHintLex, h, partBar, t.lex)
}

// posFeatures adds the parts of speech around token i.
func (p *paragraph) posFeatures(i int, fs *featureSet) {
	n := len(p.toks)
	pos := func(k int) part {
		if k < 0 || k >= n {
			return partDash
		}
		return p.parts[k].pos
	}
	t, t1, tn := pos(i), pos(i-1), pos(i+1)
	fs.add(true, fPOS, t)
	fs.add(true, fPOSPrev, t1)
	fs.add(true, fPOSNext, tn)
	fs.add(true, fPOSPrevPOS, t1, partBar, t)
	fs.add(true, fPOSPOSNext, t, partBar, tn)
	fs.add(true, fPOSLex, t, partBar, p.parts[i].lex)
}

// sentenceFeatures adds where token i stands in its sentence and towards
// the sentence's nearest lexicon word (the likely cue).
func (p *paragraph) sentenceFeatures(i int, fs *featureSet) {
	s := p.sent[i]
	fs.add(true, fSentPos, bucket(i-p.sentStart[s]))
	if i+1 >= len(p.toks) || p.sent[i+1] != s {
		fs.add(true, fSentLast)
	}
	// The nearest lexicon word other than this one.
	best := -1
	for _, j := range p.lexAt[s] {
		if j != i && (best < 0 || abs(j-i) < abs(best-i)) {
			best = j
		}
	}
	t := &p.parts[i]
	q := t.quote
	if best < 0 {
		fs.add(true, fRelNone)
		fs.add(true, fRelNoneQ, q)
		fs.add(false, fRelNoneLex, digits[min(len(p.lexAt[s]), 2)])
		return
	}
	dir := partAfter
	lo, hi := best, i
	if i < best {
		dir, lo, hi = partBefore, i, best
	}
	sep := partNone
	switch {
	case p.within(tallyQuote, lo, hi):
		sep = partQuote
	case p.within(tallyComma, lo, hi):
		sep = partComma
	}
	that := partFalse
	if i > best && p.within(tallyThat, lo, hi) {
		that = partTrue
	}
	d := bucket(hi - lo)
	fs.add(true, fRel, dir)
	fs.add(true, fRelD, dir, partBar, d)
	fs.add(true, fRelSep, dir, partBar, sep)
	fs.add(true, fRelQ, dir, partBar, q)
	fs.add(false, fRelCls, dir, partBar, p.parts[best].lex)
	fs.add(false, fRelLW, dir, partBar, p.parts[best].lower)
	fs.add(true, fRelThat, dir, partBar, that)
	fs.add(false, fRelW, dir, partBar, t.lower)
	fs.add(false, fRelSepQ, dir, partBar, sep, partBar, q)
	fs.add(true, fRelPOS, dir, partBar, t.pos)
	np, verb := p.between(lo, hi)
	fs.add(true, fRelNP, dir, partBar, boolPart(np))
	fs.add(true, fRelVerb, dir, partBar, boolPart(verb))
}

// between reports whether the tokens strictly between lo and hi are all
// parts of a noun phrase (a source next to its reporting verb) and
// whether a verb stands between them (a clause boundary).
func (p *paragraph) between(lo, hi int) (np, verb bool) {
	return !p.within(tallyNotNP, lo, hi), p.within(tallyVerb, lo, hi)
}

// Kinds of token a paragraph's tally counts.
const (
	tallyComma = iota
	tallyQuote // a quote mark, opening or closing
	tallyStop  // ".", "?" or "!"
	tallyThat
	tallyNotNP // a part of speech not found inside noun phrases
	tallyVerb  // a verb or a modal
	tallyKinds
)

// markTally counts, for each kind, the paragraph's tokens of that kind
// before each position: what lies between a token and the cue or
// lexicon word nearest it is then read in constant time, not by walking
// the tokens between them for every token of a sentence.
func (p *paragraph) markTally() {
	n := len(p.toks)
	p.tally = slices.Grow(p.tally[:0], n+1)[:n+1]
	var c [tallyKinds]int32
	for i := range p.toks {
		p.tally[i] = c
		switch p.lower[i] {
		case ",":
			c[tallyComma]++
		case ".", "?", "!":
			c[tallyStop]++
		case "that":
			c[tallyThat]++
		}
		if q := p.quote[i]; q == "open" || q == "close" {
			c[tallyQuote]++
		}
		t := p.pos[i]
		if !nounPhrasePOS(t) {
			c[tallyNotNP]++
		}
		if strings.HasPrefix(t, "VB") || t == "MD" {
			c[tallyVerb]++
		}
	}
	p.tally[n] = c
}

// within reports whether a token strictly between lo and hi is of kind k.
func (p *paragraph) within(k, lo, hi int) bool {
	return lo+1 < hi && p.tally[hi][k] > p.tally[lo+1][k]
}

// nounPhrasePOS reports the parts of speech found inside noun phrases.
func nounPhrasePOS(t string) bool {
	switch t {
	case "DT", "JJ", "NN", "NNP", "PRP", "PRP$", "POS", "CD":
		return true
	}
	return false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// stackFeatures returns the second pass's features of p's tokens: its
// share of the first pass's (base), the first pass's tags around each
// token, and where the first pass put the nearest cue.
func (p *paragraph) stackFeatures(base [][]string, tags []string, fs *featureSet) [][]string {
	n := len(p.toks)
	p.buildStack(tags, fs)
	stack, _ := fs.strings(n)
	// Both lists of every token, end to end in fs.kept (which strings
	// left empty: all of these features are the second pass's).
	size := 0
	for i := range n {
		size += len(base[i]) + len(stack[i])
	}
	joined := slices.Grow(fs.kept[:0], size)
	for i := range n {
		lo := len(joined)
		joined = append(append(joined, base[i]...), stack[i]...)
		fs.second[i] = joined[lo:len(joined):len(joined)]
	}
	fs.kept = joined
	return fs.second
}

// buildStack sets fs to the features the second pass adds to the first
// pass's share: the first pass's tags around each token, and where it put
// the nearest cue.
func (p *paragraph) buildStack(tags []string, fs *featureSet) {
	n := len(p.toks)
	fs.tags = fs.tags[:0]
	for _, t := range tags {
		fs.tags = append(fs.tags, newPart(t))
	}
	tag := func(i int) part {
		if i < 0 || i >= n {
			return partDash
		}
		return fs.tags[i]
	}
	// Cue chunks of the first pass.
	var cues []chunk
	for _, c := range chunks(tags) {
		if c.role == roleCue {
			cues = append(cues, c)
		}
	}
	fs.reset(n)
	for i := range p.toks {
		fs.tok[i] = len(fs.keep)
		fs.add(true, sTag, tag(i))
		fs.add(true, sTagPrev, tag(i-1))
		fs.add(true, sTagNext, tag(i+1))
		fs.add(true, sTagPrev2, tag(i-2))
		fs.add(true, sTagNext2, tag(i+2))
		fs.add(true, sTagPrevTag, tag(i-1), partBar, tag(i))
		fs.add(true, sTagTagNext, tag(i), partBar, tag(i+1))
		fs.add(true, sTagW, tag(i), partBar, p.parts[i].lower)
		fs.add(true, sTagPrev3, tag(i-3))
		fs.add(true, sTagNext3, tag(i+3))
		fs.add(true, sTagAround, tag(i-1), partBar, tag(i), partBar, tag(i+1))
		fs.add(true, sTagQ, tag(i), partBar, p.parts[i].quote)
		p.cueFeatures(i, tag(i), cues, fs)
	}
}

// The second pass's own features, by the start of their names.
var (
	sTag, sTagPrev, sTagNext = newPart("t="), newPart("t-1="), newPart("t+1=")
	sTagPrev2, sTagNext2     = newPart("t-2="), newPart("t+2=")
	sTagPrev3, sTagNext3     = newPart("t-3="), newPart("t+3=")
	sTagPrevTag, sTagTagNext = newPart("t-1|t="), newPart("t|t+1=")
	sTagW, sTagQ, sTagAround = newPart("t|w="), newPart("t|q="), newPart("t-1|t|t+1=")
	sCueNone, sCue, sCueD    = newPart("pc=none"), newPart("pc="), newPart("pc|d=")
	sCueSep, sCueQ, sCueW    = newPart("pc|sep="), newPart("pc|q="), newPart("pc|cw=")
	sCueSepD, sCueTag        = newPart("pc|sep|d="), newPart("pc|t=")
)

// cueFeatures add where token i (tagged tag by the first pass) stands
// towards the nearest first-pass cue: in its sentence or not, before or
// after, how far, and what lies between (a comma, a quote mark, a full
// stop).
func (p *paragraph) cueFeatures(i int, tag part, cues []chunk, fs *featureSet) {
	best, bestD := -1, 0
	for k, c := range cues {
		d := 0
		switch {
		case i < c.start:
			d = c.start - i
		case i >= c.end:
			d = i - c.end + 1
		}
		if best < 0 || d < bestD {
			best, bestD = k, d
		}
	}
	if best < 0 {
		fs.add(true, sCueNone)
		return
	}
	c := cues[best]
	dir := partIn
	lo, hi := i, i
	switch {
	case i < c.start:
		dir, hi = partBefore, c.start
	case i >= c.end:
		dir, lo = partAfter, c.end-1
	}
	same := partOther
	if p.sent[c.start] == p.sent[i] {
		same = partSame
	}
	sep := partNone
	switch {
	case p.within(tallyQuote, lo, hi):
		sep = partQuote
	case p.within(tallyStop, lo, hi):
		sep = partStop
	case p.within(tallyComma, lo, hi):
		sep = partComma
	}
	d := bucket(bestD)
	fs.add(true, sCue, dir, partBar, same)
	fs.add(true, sCueD, dir, partBar, same, partBar, d)
	fs.add(true, sCueSep, dir, partBar, sep)
	fs.add(true, sCueQ, dir, partBar, same, partBar, p.parts[i].quote)
	fs.add(true, sCueW, dir, partBar, p.parts[c.start].lower)
	fs.add(true, sCueSepD, dir, partBar, sep, partBar, d)
	fs.add(true, sCueTag, dir, partBar, same, partBar, tag)
}
