// Package wordform holds the forms of a word both perceptron taggers read
// as features: digits normalised, lower-cased, with allocation-free paths
// for ASCII words, the common case in news text. Changing any of them
// changes the features of the shipped models: their tests compare the
// fast paths with the general ones.
package wordform

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// NormDigits replaces every ASCII digit with 0, so that numbers of one
// shape share their features: "1998" and "2019" are both "0000".
func NormDigits(w string) string {
	if !strings.ContainsAny(w, "0123456789") {
		return w
	}
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return '0'
		}
		return r
	}, w)
}

// IsASCII says whether w is all ASCII, so the Append functions apply.
func IsASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// AppendLower appends NormDigits(strings.ToLower(w)) to b for an ASCII
// w, without allocating.
func AppendLower(b []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c >= '0' && c <= '9':
			c = '0'
		}
		b = append(b, c)
	}
	return b
}

// AppendShape appends the shape of w to b: upper-case letters as X,
// lower-case as x, digits as d, other runes as they are, repeats
// collapsed ("McCain" → "XxXx", "1996-08-22" → "d-d-d"). Only the first
// max runes are read (0: all of them). ASCII words take a path that does
// not decode runes.
func AppendShape(b []byte, w string, max int) []byte {
	if IsASCII(w) {
		return appendShapeASCII(b, w, max)
	}
	return appendShapeRunes(b, w, max)
}

func appendShapeASCII(b []byte, w string, max int) []byte {
	if max > 0 && len(w) > max {
		w = w[:max]
	}
	last := byte(0)
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
		if i == 0 || c != last {
			b = append(b, c)
		}
		last = c
	}
	return b
}

func appendShapeRunes(b []byte, w string, max int) []byte {
	last, n := rune(-1), 0
	for _, r := range w {
		if n++; max > 0 && n > max {
			break
		}
		c := r
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		}
		if c != last {
			b = utf8.AppendRune(b, c)
		}
		last = c
	}
	return b
}
