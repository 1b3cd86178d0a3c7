package quote

import (
	"strings"
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
// quotes, guillemets (« »), low-high quotes („ “) and, as British papers
// write them, single curly quotes (‘ ’) are paired; quotes
// nested inside another kind are part of the outer content. A paragraph
// (a line) that opens a quote and does not close it ends the part there.
// It also returns the side of every mark it paired, by offset.
func pairMarks(text string) ([]part, map[int]byte) {
	var parts []part
	marks := map[int]byte{}
	// running is the index of a part left unclosed at a line's end with no
	// quote mark opening the next line, and lines the lines since: text
	// split one sentence per line may close it a line or two later.
	running, lines := -1, 0
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
		running = -1
		inside = true
	}
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == '\'' && doubleApostrophe(text, i) {
			r, n = '"', 2 // ''…'': two apostrophes stand for a quote mark
		}
		switch r {
		case '\n':
			lines++
			if inside {
				closePart(i, false)
				running, lines = -1, 0
				if next := nextNonSpace(text, i); next < len(text) && isOpener(text, next) && len(parts) > 0 && parts[len(parts)-1].close == -1 {
					parts[len(parts)-1].continues = true
				} else if len(parts) > 0 && parts[len(parts)-1].close == -1 {
					running = len(parts) - 1
				}
			}
			if lines > 2 {
				running = -1
			}
		case '"':
			switch {
			case !inside && running >= 0 && closesRun(text, i, n):
				parts = runOn(text, parts, running, i, marks)
				running = -1
			case !inside:
				open(i, n, r)
			case style == '«':
				// nested in guillemets: content
			case restarts(text, i, n) && !framesAfter(text, i+n):
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
			} else if !inside && running >= 0 && closesRun(text, i, n) {
				parts = runOn(text, parts, running, i, marks)
				running = -1
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
		case '‘':
			if !inside && running < 0 && opensSingle(text, i, n) {
				open(i, n, r) // British papers quote in single marks: ‘Nobody goes into teaching …’
			}
		case '’':
			if inside && style == '‘' && closesSingle(text, i, n) {
				closePart(i, true)
			}
		}
		i += n
	}
	if inside {
		closePart(len(text), false)
	}
	return parts, marks
}

// opensSingle reports whether the single mark ‘ at i opens a quotation:
// it starts a word after a space, a line's start, a colon or a bracket,
// and a closing mark follows on its line.
func opensSingle(text string, i, n int) bool {
	if i+n >= len(text) || unicode.IsSpace(rune(text[i+n])) || unicode.IsDigit(rune(text[i+n])) || elided(text[i+n:]) {
		return false // not "‘90s", "‘bout"
	}
	if i > 0 {
		prev, _ := utf8.DecodeLastRuneInString(text[:i])
		if !unicode.IsSpace(prev) && prev != ':' && prev != '(' && prev != '—' && prev != '–' {
			return false
		}
	}
	// a closing mark on its line, before any double mark: not an elision
	// ("‘bout", "‘em") that leaves a quotation open over the next one
	for j := i + n; j < len(text) && j < i+maxSingle && text[j] != '\n'; {
		r, m := utf8.DecodeRuneInString(text[j:])
		switch {
		case r == '"' || r == '“' || r == '”':
			return false
		case r == '’' && closesSingle(text, j, m):
			return true
		}
		j += m
	}
	return false
}

// maxSingle bounds how far a single opening mark looks for its closing
// one: a quotation on one line, not a scan of a whole line per mark.
const maxSingle = 2000

// closesSingle reports whether the mark ’ at i closes a single-mark
// quotation rather than standing for an apostrophe ("They’re", "don’t")
// or a plural possessive ("the teachers’ leaders", "Parents’ anger"):
// no letter follows it, nor, after an s, a space and a lower-case word.
func closesSingle(text string, i, n int) bool {
	if i+n >= len(text) {
		return true
	}
	next, _ := utf8.DecodeRuneInString(text[i+n:])
	if unicode.IsLetter(next) || unicode.IsDigit(next) {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	if (prev == 's' || prev == 'S') && next == ' ' && i+n+1 < len(text) {
		after, _ := utf8.DecodeRuneInString(text[i+n+1:])
		return !unicode.IsLower(after)
	}
	return true
}

// elided reports whether text opens with a word whose start an
// apostrophe stands for: "‘bout", "‘cause", "‘em".
func elided(text string) bool {
	end := strings.IndexFunc(text, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(text)
	}
	switch strings.ToLower(text[:end]) {
	case "bout", "cause", "cos", "em", "til", "till", "tis", "twas", "n", "round", "kay", "ere":
		return true
	}
	return false
}

// closesRun reports whether the straight mark at i, the only one on its
// line, closes a quotation left open lines before: an attribution frame
// follows it ("…, "Varela said.").
func closesRun(text string, i, n int) bool {
	ls := strings.LastIndexByte(text[:i], '\n') + 1
	le := strings.IndexByte(text[i:], '\n')
	if le < 0 {
		le = len(text) - i
	}
	line := text[ls : i+le]
	if strings.Count(line, "\"")+strings.Count(line, "“")+strings.Count(line, "”") != 1 {
		return false
	}
	return text[i] != '"' || framesAfter(text, i+n)
}

// runOn closes the part at index run, left open at its line's end, with
// the mark at i: the lines between become parts of the same quotation.
func runOn(text string, parts []part, run, i int, marks map[int]byte) []part {
	for ls := parts[run].ce; ls < i; {
		ls = nextNonSpace(text, ls)
		le := strings.IndexByte(text[ls:], '\n')
		closed := le < 0 || ls+le > i
		if closed {
			le = i - ls
		}
		p := part{open: ls, openEnd: ls, close: -1}
		p.cs, p.ce = trimContent(text, ls, ls+le)
		if closed {
			p.close = i
			marks[i] = 'c'
		}
		if p.ce > p.cs {
			parts[len(parts)-1].continues = true
			parts = append(parts, p)
		}
		ls += le
		if closed {
			break
		}
	}
	return parts
}

// framesAfter reports whether the words after offset i up to the next
// punctuation read as an attribution frame: a few words ending in a
// speech verb ("Sixers chairman Ed Snider said") or opening with one
// ("said Snider").
func framesAfter(text string, i int) bool {
	end := i
	for end < len(text) && end-i < 80 && !strings.ContainsRune(".,!?;:\n\"“”", rune(text[end])) {
		end++
	}
	f := strings.Fields(text[i:end])
	if len(f) == 0 || len(f) > 7 {
		return false
	}
	if len(f) < 2 {
		return false
	}
	// "said Snider", "Snider said", "she told ABC News", "Epstein said
	// last week": a speech verb opens the frame or follows its first words
	_, pron := pronouns[strings.ToLower(f[0])]
	for j, w := range f {
		if cues[strings.ToLower(w)] == cueSpeech {
			return j == 0 || j == len(f)-1 || j < 4 && (pron || unicode.IsUpper([]rune(f[0])[0]))
		}
	}
	return false
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
	return r == '"' || r == '“' || r == '«' || r == '„' || r == '‘' && opensSingle(text, i, len("‘")) || r == '\'' && doubleApostrophe(text, i)
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

// doubleApostrophe reports whether text[i:] opens with exactly two
// apostrophes, as some newspapers and their archives write a straight
// double quote mark (”Yes,” she said).
func doubleApostrophe(text string, i int) bool {
	return i+1 < len(text) && text[i+1] == '\'' && (i+2 == len(text) || text[i+2] != '\'') && (i == 0 || text[i-1] != '\'')
}
