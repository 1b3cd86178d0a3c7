package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// joinParagraphs normalises each paragraph, drops the empty ones and joins
// the rest with one blank line, the Article.Text format.
func joinParagraphs(paras []string) string {
	var b strings.Builder
	for _, p := range paras {
		p = normalizeLine(p)
		if p == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(p)
	}
	return b.String()
}

// normalizeLine collapses every run of white space to one space, drops
// control and invisible characters and puts the text in NFC, so equal
// words compare equal downstream.
func normalizeLine(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case dropRune(r):
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	out := b.String()
	if !isNFC(out) {
		out = norm.NFC.String(out)
	}
	return out
}

// dropRune reports control characters and the invisible ones that only
// split words: soft hyphen, zero-width space, word joiner, BOM.
func dropRune(r rune) bool {
	switch r {
	case '\u00ad', '\u200b', '\u2060', '\ufeff':
		return true
	}
	return r < 0x20 || 0x7f <= r && r < 0xa0
}

// isNFC is a fast path: ASCII is always NFC, and most pages are close to it.
func isNFC(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return norm.NFC.IsNormalString(s)
		}
	}
	return true
}
