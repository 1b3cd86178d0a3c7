package quote

import (
	"unicode"
	"unicode/utf8"
)

// part is the text between one pair of quote marks. A quotation broken by
// its attribution ("…," he said, "…") or running over paragraphs is
// several parts.
type part struct {
	open, close int // byte offsets of the marks; close == -1 when unclosed
	openEnd     int // offset just after the opening mark
	cs, ce      int // the content, trimmed
	para        int // index of the paragraph holding the opening mark (set by the caller)
	// continues is set when the part ends its paragraph unclosed and the
	// next paragraph opens with a quote mark: one quotation goes on.
	continues bool
}

// pairMarks finds the quoted parts of text. Curly quotes, straight double
// quotes, guillemets (« ») and low-high quotes („ “) are paired; quotes
// nested inside another kind are part of the outer content. A paragraph
// (a line) that opens a quote and does not close it ends the part there.
// It also returns the side of every mark it paired, by offset.
func pairMarks(text string) ([]part, map[int]byte) {
	var parts []part
	marks := map[int]byte{}
	inside := false
	var cur part
	var style rune
	closePart := func(at int, closed bool) {
		cur.cs, cur.ce = trimContent(text, cur.openEnd, at)
		if closed {
			cur.close = at
			marks[at] = 'c'
		} else {
			cur.close = -1
		}
		if cur.ce > cur.cs {
			parts = append(parts, cur)
		}
		inside = false
	}
	open := func(at, n int, r rune) {
		cur = part{open: at, openEnd: at + n}
		marks[at] = 'o'
		style = r
		inside = true
	}
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch r {
		case '\n':
			if inside {
				closePart(i, false)
				if next := nextNonSpace(text, i); next < len(text) && isOpener(text, next) && len(parts) > 0 && parts[len(parts)-1].close == -1 {
					parts[len(parts)-1].continues = true
				}
			}
		case '"':
			switch {
			case !inside:
				open(i, n, r)
			case style == '«':
				// nested in guillemets: content
			case restarts(text, i, n):
				// a stray mark earlier: this one opens a new part
				open(i, n, r)
			default:
				closePart(i, true)
			}
		case '“':
			switch {
			case !inside:
				open(i, n, r)
			case style == '„' || style == '"' && !restarts(text, i, n):
				closePart(i, true)
			case style == '“' && restarts(text, i, n):
				open(i, n, r)
			}
		case '”':
			if inside && style != '«' {
				closePart(i, true)
			}
		case '«':
			if !inside {
				open(i, n, r)
			}
		case '»':
			if inside && style == '«' {
				closePart(i, true)
			}
		case '„':
			if !inside {
				open(i, n, r)
			}
		}
		i += n
	}
	if inside {
		closePart(len(text), false)
	}
	return parts, marks
}

// restarts reports whether the mark at i reads as an opening one (space
// before, a letter after) while a part is open: the earlier mark was
// stray.
func restarts(text string, i, n int) bool {
	if i == 0 || i+n >= len(text) {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	next, _ := utf8.DecodeRuneInString(text[i+n:])
	return unicode.IsSpace(prev) && (unicode.IsLetter(next) || unicode.IsDigit(next))
}

// isOpener reports whether text[i] starts an opening quote mark.
func isOpener(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return r == '"' || r == '“' || r == '«' || r == '„'
}

// nextNonSpace returns the offset of the first non-space byte after i.
func nextNonSpace(text string, i int) int {
	for i < len(text) && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r') {
		i++
	}
	return i
}

// trimContent trims spaces around text[s:e] and a comma at its end (the
// comma before an attribution is punctuation of the frame, not speech).
func trimContent(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) && r != ',' {
			break
		}
		e -= n
	}
	return s, e
}
