package entity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/wordcluster"
	"github.com/parallax-news/parallax/internal/wordform"
)

// shape maps letters to X/x, digits to d and keeps other runes.
func shape(w string) string {
	var b strings.Builder
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			b.WriteByte('X')
		case unicode.IsLower(r):
			b.WriteByte('x')
		case unicode.IsDigit(r):
			b.WriteByte('d')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// shortShape collapses repeated runes of a shape: "Xxxxx" → "Xx".
func shortShape(s string) string {
	var b strings.Builder
	var last rune = -1
	for _, r := range s {
		if r != last {
			b.WriteRune(r)
		}
		last = r
	}
	return b.String()
}

func capPattern(w string) string {
	r, _ := utf8.DecodeRuneInString(w)
	upper, lower, digit, other := 0, 0, 0, 0
	for _, c := range w {
		switch {
		case unicode.IsUpper(c):
			upper++
		case unicode.IsLower(c):
			lower++
		case unicode.IsDigit(c):
			digit++
		default:
			other++
		}
	}
	switch {
	case upper > 0 && lower == 0 && digit == 0:
		return "allcaps"
	case unicode.IsUpper(r) && upper == 1:
		return "initcap"
	case unicode.IsUpper(r):
		return "mixedcap"
	case upper > 0:
		return "innercap"
	case digit > 0 && lower == 0 && upper == 0:
		return "num"
	case digit > 0:
		return "alnum"
	case lower > 0:
		return "lower"
	}
	return "punct"
}

// isCapsSentence reports whether the sentence is a headline in capitals.
func isCapsSentence(tokens []string) bool {
	letters, upper := 0, 0
	for _, t := range tokens {
		for _, r := range t {
			if unicode.IsLetter(r) {
				letters++
				if unicode.IsUpper(r) {
					upper++
				}
			}
		}
	}
	return letters >= 4 && upper == letters
}

func prefix(w string, n int) (string, bool) {
	if utf8.RuneCountInString(w) < n {
		return "", false
	}
	i := 0
	for k := range n {
		_, s := utf8.DecodeRuneInString(w[i:])
		i += s
		_ = k
	}
	return w[:i], true
}

func suffix(w string, n int) (string, bool) {
	if utf8.RuneCountInString(w) < n {
		return "", false
	}
	i := len(w)
	for range n {
		_, s := utf8.DecodeLastRuneInString(w[:i])
		i -= s
	}
	return w[i:], true
}

// Features returns the feature strings of every token of a sentence.
func Features(tokens []string) [][]string {
	var s featureBuf
	s.build(tokens)
	return s.strings()
}

// featureBuf holds the features of a sentence's tokens as bytes, end to end
// in one buffer, and what they are built from, so that a sentence costs a
// few allocations, not one per feature. It is reused from sentence to
// sentence.
type featureBuf struct {
	buf  []byte
	ends []int // end of each feature in buf
	tok  []int // index in ends of each token's first feature
	// Per token: lower-cased with digits as 0, digits as 0, shape and
	// short shape, as substrings of one string built in arena.
	arena                        []byte
	offs                         []int // end of each form in arena, four per token
	lower, digits, shapes, short []string
	coarse, fine                 []string // word clusters
	gaz                          [][]string
	key                          []byte // gazetteer look-ups
}

// add appends one feature, the concatenation of parts.
func (s *featureBuf) add(parts ...string) {
	for _, p := range parts {
		s.buf = append(s.buf, p...)
	}
	s.ends = append(s.ends, len(s.buf))
}

// features returns the range of indices of token i's features.
func (s *featureBuf) features(i int) (lo, hi int) {
	lo, hi = s.tok[i], len(s.ends)
	if i+1 < len(s.tok) {
		hi = s.tok[i+1]
	}
	return lo, hi
}

// feature returns feature k.
func (s *featureBuf) feature(k int) []byte {
	lo := 0
	if k > 0 {
		lo = s.ends[k-1]
	}
	return s.buf[lo:s.ends[k]]
}

// strings returns the features by token, as substrings of one string.
func (s *featureBuf) strings() [][]string {
	all := string(s.buf)
	flat := make([]string, len(s.ends))
	start := 0
	for k, e := range s.ends {
		flat[k] = all[start:e]
		start = e
	}
	out := make([][]string, len(s.tok))
	for i := range s.tok {
		lo, hi := s.features(i)
		out[i] = flat[lo:hi:hi]
	}
	return out
}

// Feature names with a digit, by the digit.
var (
	prefixNames = [...]string{"", "p1=", "p2=", "p3=", "p4="}
	suffixNames = [...]string{"", "s1=", "s2=", "s3=", "s4="}
)

// build sets s to the features of tokens.
func (s *featureBuf) build(tokens []string) {
	n := len(tokens)
	s.words(tokens)
	s.clusters()
	lower, short := s.lower, s.short
	s.gaz, s.key = loadGazetteer().matchInto(lower, s.gaz, s.key)
	gaz := s.gaz
	caps := isCapsSentence(tokens)
	capsFlag := "0"
	if caps {
		capsFlag = "1"
	}
	word := func(i int) string {
		switch {
		case i < 0:
			return "<s>"
		case i >= n:
			return "</s>"
		}
		return lower[i]
	}
	fineAt := func(i int) string {
		if i < 0 || i >= n {
			return "-"
		}
		return s.fine[i]
	}
	shp := func(i int) string {
		switch {
		case i < 0:
			return "<s>"
		case i >= n:
			return "</s>"
		}
		return short[i]
	}
	s.buf, s.ends = s.buf[:0], s.ends[:0]
	s.tok = slices.Grow(s.tok[:0], n)[:n]
	for i, t := range tokens {
		s.tok[i] = len(s.ends)
		lw, wd := lower[i], s.digits[i]
		cp := capPattern(t)
		s.add("b")
		s.add("w=", wd)
		s.add("lw=", lw)
		s.add("sh=", s.shapes[i])
		s.add("ssh=", short[i])
		s.add("cp=", cp)
		s.add("cp|caps=", cp, "|", capsFlag)
		s.add("w-1=", word(i-1))
		s.add("w-2=", word(i-2))
		s.add("w+1=", word(i+1))
		s.add("w+2=", word(i+2))
		s.add("w-1|w=", word(i-1), "|", lw)
		s.add("w|w+1=", lw, "|", word(i+1))
		s.add("sh-1=", shp(i-1))
		s.add("sh-2=", shp(i-2))
		s.add("sh+1=", shp(i+1))
		s.add("sh+2=", shp(i+2))
		s.add("sh-1|sh=", shp(i-1), "|", short[i])
		s.add("sh|sh+1=", short[i], "|", shp(i+1))
		s.add("w-1|cp=", word(i-1), "|", cp)
		s.add("w+1|cp=", word(i+1), "|", cp)
		s.add("w-2|w-1=", word(i-2), "|", word(i-1))
		s.add("w+1|w+2=", word(i+1), "|", word(i+2))
		s.add("w-1|w+1=", word(i-1), "|", word(i+1))
		s.add("sh-1|sh|sh+1=", shp(i-1), "|", short[i], "|", shp(i+1))
		if !caps {
			s.add("wc=", wd)
		}
		for k := 1; k <= 4; k++ {
			if p, ok := prefix(lw, k); ok {
				s.add(prefixNames[k], p)
			}
			if x, ok := suffix(lw, k); ok {
				s.add(suffixNames[k], x)
			}
		}
		switch {
		case i == 0:
			s.add("pos=first")
			s.add("first|cp=", cp)
		case i == n-1:
			s.add("pos=last")
		}
		if strings.Contains(t, "-") {
			s.add("hyphen")
		}
		// Word clusters: a name or title never seen in training is
		// tagged like the words used as it is.
		s.add("cf=", s.fine[i])
		s.add("cc=", s.coarse[i])
		s.add("cf|cp=", s.fine[i], "|", cp)
		s.add("cf-1=", fineAt(i-1))
		s.add("cf+1=", fineAt(i+1))
		for _, g := range gaz[i] {
			s.add("g=", g)
			s.add("g|cp=", g, "|", cp)
		}
		if i > 0 {
			for _, g := range gaz[i-1] {
				s.add("g-1=", g)
			}
		}
		if i+1 < n {
			for _, g := range gaz[i+1] {
				s.add("g+1=", g)
			}
		}
	}
}

// clusters sets the coarse and fine word clusters of each token.
func (s *featureBuf) clusters() {
	c := wordcluster.MustDefault()
	s.coarse, s.fine = s.coarse[:0], s.fine[:0]
	for _, w := range s.lower {
		co, fi := c.OfNormal(w)
		s.coarse, s.fine = append(s.coarse, co), append(s.fine, fi)
	}
}

// words sets the per-token forms the features use: lower-cased with
// digits as 0, digits as 0, shape (of the digits-as-0 form), and the
// shape with repeats collapsed.
func (s *featureBuf) words(tokens []string) {
	s.arena, s.offs = s.arena[:0], s.offs[:0]
	for _, t := range tokens {
		if !wordform.IsASCII(t) {
			// Rare: the general functions, with their Unicode rules.
			for _, f := range [...]string{wordform.NormDigits(strings.ToLower(t)), wordform.NormDigits(t), shape(wordform.NormDigits(t)), shortShape(shape(t))} {
				s.arena = append(s.arena, f...)
				s.offs = append(s.offs, len(s.arena))
			}
			continue
		}
		s.arena = wordform.AppendLower(s.arena, t)
		s.offs = append(s.offs, len(s.arena))
		s.arena = appendASCIIDigits(s.arena, t)
		s.offs = append(s.offs, len(s.arena))
		lo := len(s.arena)
		s.arena = appendASCIIShape(s.arena, t)
		s.offs = append(s.offs, len(s.arena))
		s.arena = appendShort(s.arena, s.arena[lo:])
		s.offs = append(s.offs, len(s.arena))
	}
	all := string(s.arena)
	n := len(tokens)
	grow := func(ss []string) []string { return slices.Grow(ss[:0], n)[:n] }
	s.lower, s.digits, s.shapes, s.short = grow(s.lower), grow(s.digits), grow(s.shapes), grow(s.short)
	start := 0
	for i := range n {
		e := s.offs[4*i : 4*i+4]
		s.lower[i], s.digits[i], s.shapes[i], s.short[i] = all[start:e[0]], all[e[0]:e[1]], all[e[1]:e[2]], all[e[2]:e[3]]
		start = e[3]
	}
}

// appendASCIIDigits appends wordform.NormDigits(w) for ASCII w.
func appendASCIIDigits(b []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= '0' && c <= '9' {
			c = '0'
		}
		b = append(b, c)
	}
	return b
}

// appendASCIIShape appends shape(w) for ASCII w (which is also
// shape(wordform.NormDigits(w))).
func appendASCIIShape(b []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c = 'X'
		case c >= 'a' && c <= 'z':
			c = 'x'
		case c >= '0' && c <= '9':
			c = 'd'
		}
		b = append(b, c)
	}
	return b
}

// appendShort appends shortShape of the ASCII shape sh, which may be the
// tail of b itself: appending writes past it.
func appendShort(b, sh []byte) []byte {
	last := -1
	for i := 0; i < len(sh); i++ {
		if c := int(sh[i]); c != last {
			b = append(b, sh[i])
			last = c
		}
	}
	return b
}
