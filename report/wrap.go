package report

import (
	"strings"
	"unicode"

	"golang.org/x/text/width"
)

// wrap breaks s into lines of at most cols display columns, collapsing runs
// of white space and dropping control characters (see collapse). Lines break at spaces and between wide (East Asian)
// characters, which is where those scripts allow it. A run of narrow
// characters longer than a line, such as a URL, is kept whole on a line of
// its own: a broken URL cannot be copied.
func wrap(s string, cols int) []string {
	var (
		lines []string
		line  strings.Builder
		used  int
	)
	// place puts one unbreakable piece on the line, after a space when
	// spaced, or on a new line when it does not fit.
	place := func(piece string, spaced bool) {
		w := textWidth(piece)
		gap := 0
		if spaced && used > 0 {
			gap = 1
		}
		if used > 0 && used+gap+w > cols {
			lines = append(lines, line.String())
			line.Reset()
			used, gap = 0, 0
		}
		if gap > 0 {
			line.WriteByte(' ')
		}
		line.WriteString(piece)
		used += gap + w
	}
	for _, word := range strings.Fields(collapse(s)) {
		if !hasWide(word) {
			place(word, true) // the common case, without splitting
			continue
		}
		// Only the first segment of a word is preceded by a space.
		for i, seg := range segments(word) {
			place(seg, i == 0)
		}
	}
	if used > 0 {
		lines = append(lines, line.String())
	}
	return lines
}

func hasWide(s string) bool {
	for _, r := range s {
		if isWide(r) {
			return true
		}
	}
	return false
}

// itemSep separates the items of a metadata line.
const itemSep = " · "

// wrapItems joins items with itemSep into lines of at most cols columns,
// breaking only between items so that an item such as "id u5f1…" or a date
// is never split, unless it is wider than a line on its own.
func wrapItems(items []string, cols int) []string {
	var (
		lines []string
		line  strings.Builder
		used  int
	)
	sep := textWidth(itemSep)
	for _, it := range items {
		it = collapse(it)
		w := textWidth(it)
		if used > 0 && used+sep+w > cols {
			lines = append(lines, line.String())
			line.Reset()
			used = 0
		}
		if w > cols {
			// Too wide for any line: wrap it at its words, alone.
			lines = append(lines, wrap(it, cols)...)
			continue
		}
		if used > 0 {
			line.WriteString(itemSep)
			used += sep
		}
		line.WriteString(it)
		used += w
	}
	if used > 0 {
		lines = append(lines, line.String())
	}
	return lines
}

// segments splits a word (no spaces) at its line-break opportunities: before
// and after each wide character, except before closing punctuation and
// after opening punctuation, which stay with their neighbour.
func segments(word string) []string {
	var segs []string
	start := 0
	prev := rune(-1)
	for i, r := range word {
		if prev >= 0 && canBreak(prev, r) {
			segs = append(segs, word[start:i])
			start = i
		}
		prev = r
	}
	return append(segs, word[start:])
}

func canBreak(before, after rune) bool {
	if !isWide(before) && !isWide(after) {
		return false
	}
	if unicode.In(after, unicode.Pe, unicode.Pf, unicode.Po) {
		return false // 。、」 and the like end what precedes them
	}
	return !unicode.In(before, unicode.Ps, unicode.Pi)
}

// textWidth is the number of terminal columns s takes.
func textWidth(s string) int {
	n := 0
	for _, r := range s {
		n += runeWidth(r)
	}
	return n
}

func runeWidth(r rune) int {
	switch {
	case r < 0x300:
		return 1 // Latin: the common case, before any combining mark
	case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf):
		return 0 // combining marks and format characters take no column
	case isWide(r):
		return 2
	default:
		return 1
	}
}

func isWide(r rune) bool {
	if r < 0x1100 {
		return false // no wide character comes before Hangul Jamo
	}
	k := width.LookupRune(r).Kind()
	return k == width.EastAsianWide || k == width.EastAsianFullwidth
}
