package attribution

import (
	"slices"
	"strconv"
	"strings"
)

func bucket(d int) string {
	switch {
	case d <= 3:
		return strconv.Itoa(d)
	case d <= 6:
		return "4-6"
	case d <= 12:
		return "7-12"
	case d <= 25:
		return "13-25"
	}
	return "26+"
}

// featureSet collects the feature strings of a paragraph's tokens in one
// buffer, so that a paragraph costs a few allocations, not one per
// feature. A featureSet may be reset and reused for the next paragraph
// once the previous one's features are no longer needed.
type featureSet struct {
	buf  []byte
	ends []int // end of each feature in buf
	// tok[i] is the index in ends of token i's first feature; keep marks
	// the features the second pass keeps.
	tok  []int
	keep []bool
	// What strings returns, kept for reuse.
	flat, kept  []string
	all, second [][]string
}

// reset empties fs for a paragraph of n tokens.
func (fs *featureSet) reset(n int) {
	fs.buf, fs.ends, fs.keep = fs.buf[:0], fs.ends[:0], fs.keep[:0]
	fs.tok = slices.Grow(fs.tok[:0], n)[:n]
}

// add appends one feature, the concatenation of parts.
func (fs *featureSet) add(second bool, parts ...string) {
	for _, s := range parts {
		fs.buf = append(fs.buf, s...)
	}
	fs.ends = append(fs.ends, len(fs.buf))
	fs.keep = append(fs.keep, second)
}

// features returns the range of indices of token i's features, of n.
func (fs *featureSet) features(i, n int) (lo, hi int) {
	lo, hi = fs.tok[i], len(fs.ends)
	if i+1 < n {
		hi = fs.tok[i+1]
	}
	return lo, hi
}

// feature returns feature k.
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

// buildFeatures sets fs to the first pass's features of p's tokens.
func (p *paragraph) buildFeatures(fs *featureSet) {
	n := len(p.toks)
	word := func(i int) string {
		switch {
		case i < 0:
			return "<p>"
		case i >= n:
			return "</p>"
		}
		return p.lower[i]
	}
	lexc := func(i int) string {
		if i < 0 || i >= n || p.lex[i] == "" {
			return "-"
		}
		return p.lex[i]
	}
	paraQuote := n > 0 && p.quote[0] == "open"
	fs.reset(n)
	for i := range p.toks {
		fs.tok[i] = len(fs.ends)
		w, q, lx := p.lower[i], p.quote[i], lexc(i)
		sh := p.shape[i]
		fs.add(true, "b")
		fs.add(true, "w=", w)
		fs.add(false, "lem=", lemma(w))
		fs.add(true, "sh=", sh)
		fs.add(true, "w-1=", word(i-1))
		fs.add(true, "w+1=", word(i+1))
		fs.add(true, "w-1|w=", word(i-1), "|", w)
		fs.add(true, "w|w+1=", w, "|", word(i+1))
		fs.add(true, "lex=", lx)
		fs.add(true, "q=", q)
		fs.add(true, "q|lex=", q, "|", lx)
		if paraQuote {
			fs.add(true, "pq|q=", q)
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
	prev, next := "<", ">"
	if i > 0 {
		prev = p.hint[i-1]
	}
	if i+1 < len(p.toks) {
		next = p.hint[i+1]
	}
	h := p.hint[i]
	fs.add(true, "rr=", h)
	fs.add(false, "rr-1|rr=", prev, "|", h)
	fs.add(false, "rr|rr+1=", h, "|", next)
	fs.add(false, "rr|pos=", h, "|", p.pos[i])
	fs.add(false, "rr|lex=", h, "|", p.lex[i])
}

// posFeatures adds the parts of speech around token i.
func (p *paragraph) posFeatures(i int, fs *featureSet) {
	n := len(p.toks)
	pos := func(k int) string {
		if k < 0 || k >= n {
			return "-"
		}
		return p.pos[k]
	}
	t, t1, tn := pos(i), pos(i-1), pos(i+1)
	fs.add(true, "pos=", t)
	fs.add(true, "pos-1=", t1)
	fs.add(true, "pos+1=", tn)
	fs.add(true, "pos-1|pos=", t1, "|", t)
	fs.add(true, "pos|pos+1=", t, "|", tn)
	fs.add(true, "pos|lex=", t, "|", p.lex[i])
}

// sentenceFeatures adds where token i stands in its sentence and towards
// the sentence's nearest lexicon word (the likely cue).
func (p *paragraph) sentenceFeatures(i int, fs *featureSet) {
	s := p.sent[i]
	fs.add(true, "spos=", bucket(i-p.sentStart[s]))
	if i+1 >= len(p.toks) || p.sent[i+1] != s {
		fs.add(true, "slast")
	}
	// The nearest lexicon word other than this one.
	best := -1
	for _, j := range p.lexAt[s] {
		if j != i && (best < 0 || abs(j-i) < abs(best-i)) {
			best = j
		}
	}
	q := p.quote[i]
	if best < 0 {
		fs.add(true, "rel=none")
		fs.add(true, "rel|q=none|", q)
		fs.add(false, "rel=none|nlex=", strconv.Itoa(min(len(p.lexAt[s]), 2)))
		return
	}
	dir := "after"
	lo, hi := best, i
	if i < best {
		dir, lo, hi = "before", i, best
	}
	sep := "none"
	switch {
	case p.within(tallyQuote, lo, hi):
		sep = "quote"
	case p.within(tallyComma, lo, hi):
		sep = "comma"
	}
	that := "false"
	if dir == "after" && p.within(tallyThat, lo, hi) {
		that = "true"
	}
	d := bucket(hi - lo)
	fs.add(true, "rel=", dir)
	fs.add(true, "rel|d=", dir, "|", d)
	fs.add(true, "rel|sep=", dir, "|", sep)
	fs.add(true, "rel|q=", dir, "|", q)
	fs.add(false, "rel|cls=", dir, "|", p.lex[best])
	fs.add(false, "rel|lw=", dir, "|", p.lower[best])
	fs.add(true, "rel|that=", dir, "|", that)
	fs.add(false, "rel|w=", dir, "|", p.lower[i])
	fs.add(false, "rel|sep|q=", dir, "|", sep, "|", q)
	fs.add(true, "rel|pos=", dir, "|", p.pos[i])
	np, verb := p.between(lo, hi)
	fs.add(true, "rel|np=", dir, "|", strconv.FormatBool(np))
	fs.add(true, "rel|verb=", dir, "|", strconv.FormatBool(verb))
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
	tag := func(i int) string {
		if i < 0 || i >= n {
			return "-"
		}
		return tags[i]
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
		fs.tok[i] = len(fs.ends)
		fs.add(true, "t=", tag(i))
		fs.add(true, "t-1=", tag(i-1))
		fs.add(true, "t+1=", tag(i+1))
		fs.add(true, "t-2=", tag(i-2))
		fs.add(true, "t+2=", tag(i+2))
		fs.add(true, "t-1|t=", tag(i-1), "|", tag(i))
		fs.add(true, "t|t+1=", tag(i), "|", tag(i+1))
		fs.add(true, "t|w=", tag(i), "|", p.lower[i])
		fs.add(true, "t-3=", tag(i-3))
		fs.add(true, "t+3=", tag(i+3))
		fs.add(true, "t-1|t|t+1=", tag(i-1), "|", tag(i), "|", tag(i+1))
		fs.add(true, "t|q=", tag(i), "|", p.quote[i])
		p.cueFeatures(i, tag(i), cues, fs)
	}
}

// cueFeatures add where token i (tagged tag by the first pass) stands
// towards the nearest first-pass cue: in its sentence or not, before or
// after, how far, and what lies between (a comma, a quote mark, a full
// stop).
func (p *paragraph) cueFeatures(i int, tag string, cues []chunk, fs *featureSet) {
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
		fs.add(true, "pc=none")
		return
	}
	c := cues[best]
	dir := "in"
	lo, hi := i, i
	switch {
	case i < c.start:
		dir, hi = "before", c.start
	case i >= c.end:
		dir, lo = "after", c.end-1
	}
	same := "other"
	if p.sent[c.start] == p.sent[i] {
		same = "same"
	}
	sep := "none"
	switch {
	case p.within(tallyQuote, lo, hi):
		sep = "quote"
	case p.within(tallyStop, lo, hi):
		sep = "stop"
	case p.within(tallyComma, lo, hi):
		sep = "comma"
	}
	d := bucket(bestD)
	fs.add(true, "pc=", dir, "|", same)
	fs.add(true, "pc|d=", dir, "|", same, "|", d)
	fs.add(true, "pc|sep=", dir, "|", sep)
	fs.add(true, "pc|q=", dir, "|", same, "|", p.quote[i])
	fs.add(true, "pc|cw=", dir, "|", p.lower[c.start])
	fs.add(true, "pc|sep|d=", dir, "|", sep, "|", d)
	fs.add(true, "pc|t=", dir, "|", same, "|", tag)
}
