package sentence

import (
	"strings"
	"unicode"
	"unicode/utf8"

	parallax "github.com/parallax-news/parallax"
)

// Split returns the byte spans [Start, End) of the sentences of text, in
// order, each trimmed of surrounding whitespace. Every line break ends a
// sentence, so paragraphs ("\n\n") and one-paragraph-per-line text both
// split there. Spans never overlap and together cover every non-space
// character of text.
func Split(text string) []parallax.Span {
	s := splitter{text: text, spans: make([]parallax.Span, 0, len(text)/100+1)}
	s.run()
	if len(s.spans) == 0 {
		return nil
	}
	return s.spans
}

// splitter holds the state of one pass over a text.
type splitter struct {
	text  string
	spans []parallax.Span
	start int // byte offset where the current sentence began
}

// interesting marks the ASCII bytes the main loop must look at; every other
// ASCII byte is skipped with one table load, which keeps Split fast.
var interesting = [utf8.RuneSelf]bool{'\n': true, '.': true, '!': true, '?': true}

func (s *splitter) run() {
	text := s.text
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if !interesting[c] {
				i++
				continue
			}
			if c == '\n' {
				s.lineBreak(i, i+1)
				i++
				continue
			}
			i = s.terminator(i)
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\u2028' || r == '\u2029':
			s.lineBreak(i, i+size)
			i += size
		case isTerminator(r):
			i = s.terminator(i)
		default:
			i += size
		}
	}
	s.emit(len(text))
}

// lineBreak ends the current sentence at a hard break spanning [i, next).
func (s *splitter) lineBreak(i, next int) {
	s.emit(i)
	s.start = next
}

// terminator handles the run of sentence-ending punctuation starting at i
// and returns where scanning goes on.
func (s *splitter) terminator(i int) int {
	text := s.text
	j, run := scanRun(text, i)
	j, closed := scanClosers(text, j)
	if j >= len(text) {
		return j
	}
	// Full-width stops (CJK) need no space after them.
	if run.fullWidth {
		s.emit(j)
		s.start = j
		return j
	}
	k := skipSpace(text, j)
	if k == j || k >= len(text) || text[k] == '\n' {
		return j
	}
	r, _ := utf8.DecodeRuneInString(text[k:])
	if !opensSentence(r) {
		return j
	}
	if run.period && !closed && (isListMarker(text[s.start:i]) || continues(text, i, k)) {
		return j
	}
	s.emit(j)
	s.start = k
	return k
}

// emit records the sentence [s.start, end), trimmed; whitespace-only
// stretches produce nothing.
func (s *splitter) emit(end int) {
	start := s.start
	for start < end {
		r, size := utf8.DecodeRuneInString(s.text[start:])
		if !unicode.IsSpace(r) {
			break
		}
		start += size
	}
	for end > start {
		r, size := utf8.DecodeLastRuneInString(s.text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	if start < end {
		s.spans = append(s.spans, parallax.Span{Start: start, End: end})
	}
	s.start = end
}

// isListMarker reports whether the sentence so far, before its first full
// stop, is the number or letter of a list item ("2. The council…").
func isListMarker(before string) bool {
	before = strings.TrimLeftFunc(before, unicode.IsSpace)
	if len(before) == 0 || len(before) > 3 {
		return false
	}
	if len(before) == 1 && ('a' <= before[0] && before[0] <= 'z' || 'A' <= before[0] && before[0] <= 'Z') {
		return true
	}
	for i := 0; i < len(before); i++ {
		if before[i] < '0' || before[i] > '9' {
			return false
		}
	}
	return true
}

// run describes a stretch of terminal punctuation such as ".", "?!" or "…".
type run struct {
	period    bool // exactly one full stop: the case abbreviations can claim
	fullWidth bool // ends with a CJK stop, which needs no space after it
}

// scanRun reads the terminal punctuation starting at i.
func scanRun(text string, i int) (int, run) {
	var (
		dots, n int
		rn      run
	)
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isTerminator(r) {
			break
		}
		n++
		if r == '.' {
			dots++
		}
		rn.fullWidth = isFullWidthStop(r)
		i += size
	}
	rn.period = n == 1 && dots == 1
	return i, rn
}

// scanClosers reads the closing quotes and brackets after a terminator
// ("stay.\"" or "(sic.)") and reports whether there were any.
func scanClosers(text string, j int) (int, bool) {
	start := j
	for j < len(text) {
		// French typography puts a space before the closing guillemet.
		if k := skipSpace(text, j); k > j && strings.HasPrefix(text[k:], "»") {
			j = k
		}
		r, size := utf8.DecodeRuneInString(text[j:])
		// German „…“ closes with the left double quote; right after a
		// terminator and before a space it can only be closing.
		germanClose := r == '“' && (j+size == len(text) || skipSpace(text, j+size) > j+size)
		if !isCloser(r) && !germanClose {
			break
		}
		j += size
	}
	return j, j > start
}

// skipSpace returns the offset of the first byte at or after j that is not
// horizontal whitespace; line breaks stop it.
func skipSpace(text string, j int) int {
	for j < len(text) {
		c := text[j]
		if c < utf8.RuneSelf {
			if c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != '\v' {
				return j
			}
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[j:])
		if r == '\u2028' || r == '\u2029' || !unicode.IsSpace(r) {
			return j
		}
		j += size
	}
	return j
}

func isTerminator(r rune) bool {
	switch r {
	case '.', '!', '?', '…', '‼', '⁇', '⁈', '⁉', '؟', '।', '॥', '。', '！', '？', '｡':
		return true
	}
	return false
}

func isFullWidthStop(r rune) bool {
	return r == '。' || r == '！' || r == '？' || r == '｡'
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '}', '”', '’', '»', '›', '」', '』', '）', '〉', '》', '】':
		return true
	}
	return false
}

// isOpener reports whether r opens a quotation or parenthesis.
func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '(', '[', '{', '“', '‘', '„', '«', '‹', '¿', '¡', '「', '『', '（', '《', '【':
		return true
	}
	return false
}

// opensSentence reports whether a sentence may start with r: an upper-case
// letter, a digit, an opening mark, or a letter of a caseless script
// (Arabic, Hebrew, Devanagari, CJK), where case gives no hint.
func opensSentence(r rune) bool {
	if r < utf8.RuneSelf {
		return 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || isOpener(r)
	}
	switch {
	case unicode.IsUpper(r) || unicode.IsTitle(r) || unicode.IsDigit(r):
		return true
	case unicode.IsLower(r):
		return false
	case unicode.IsLetter(r):
		return true
	}
	return isOpener(r)
}
