package textclean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// para is one paragraph of the input with the features the classifier
// reads. Everything is computed once, in measure.
type para struct {
	text  string
	low   string // text lower-cased
	runes int
	// size is the length the length thresholds compare: runes, with each
	// Han or kana character counted three times, since a text without
	// spaces packs about a word into two of them.
	size int
	toks []token

	words, nums int // tokens with a letter; numeric tokens
	cjk         int // Han and kana characters
	stop        int // stop words of the document's language
	caps        int // words starting with an upper-case letter
	cue         int // interface words (share, reply, cookies, …)
	strongCue   int // interface words that hardly occur in prose
	commentCue  int // comment-widget words (reply, newest, guest, …)
	seps        int // menu separators standing alone: | • · » › >
	currency    int // currency signs and codes
	urlRunes    int // runes in URLs and e-mail addresses

	sentence    bool // ends with sentence punctuation
	startsUpper bool // starts with an upper-case letter, digit or quote
	hasYear     bool // holds a four-digit number: worth a date parse

	kind  kind  // what a rule recognised it as; kindNone for prose
	rep   int   // how many paragraphs of the text have the same text
	cf    class // context-free class
	class class // class after context revision
}

// token is one whitespace-separated word of a paragraph, lower-cased and
// stripped of surrounding punctuation.
type token struct {
	low    string
	word   bool   // holds a letter
	num    bool   // digits, possibly with separators
	upper  bool   // first letter upper-case
	colon  bool   // the word was followed directly by a colon
	open   bool   // the word followed an opening bracket
	period bool   // the word ended a sentence
	year   bool   // holds a run of exactly four digits
	cue    uint8  // cue bits (cues.go)
	stop   uint8  // the languages whose stop word it is, one bit each
	orig   string // as written
}

// splitParagraphs cuts text into paragraphs. Blank lines always separate
// paragraphs; within a block, each line is its own paragraph unless it looks
// like a hard-wrapped continuation of the line before. Internal whitespace is
// collapsed, other characters are kept.
func splitParagraphs(text string) []string {
	var out, block []string
	flush := func() {
		out = appendBlock(out, block)
		block = block[:0]
	}
	for len(text) > 0 {
		// Lines end at "\n", "\r\n" or a lone "\r" (old Mac files); a
		// "\r\n" is one line end, not a blank line between two lines.
		line := text
		if i := strings.IndexAny(text, "\r\n"); i >= 0 {
			crlf := text[i] == '\r' && i+1 < len(text) && text[i+1] == '\n'
			line, text = text[:i], text[i+1:]
			if crlf {
				text = text[1:]
			}
		} else {
			text = ""
		}
		line = collapseSpace(line)
		if line == "" {
			flush()
			continue
		}
		block = append(block, line)
	}
	flush()
	return out
}

// appendBlock appends the paragraphs of one blank-line-delimited block.
func appendBlock(out, lines []string) []string {
	if len(lines) == 0 {
		return out
	}
	// A block counts as hard-wrapped when at least two of its lines (not
	// counting the last) fill most of the widest one, as wrapped prose does;
	// widget lists and line-per-paragraph text do not.
	width, full := 0, 0
	lens := make([]int, len(lines))
	for i, l := range lines {
		lens[i] = utf8.RuneCountInString(l)
		width = max(width, lens[i])
	}
	for i := 0; i < len(lines)-1; i++ {
		if lens[i]*4 >= width*3 {
			full++
		}
	}
	wrapped := width >= 50 && width <= 200 && full >= 2
	start := 0 // first line of the paragraph being built
	for i := 1; i <= len(lines); i++ {
		if i < len(lines) && continues(lines[i-1], lines[i], wrapped && lens[i-1]*4 >= width*3) {
			continue
		}
		out = append(out, strings.Join(lines[start:i], " "))
		start = i
	}
	return out
}

// continues reports whether next continues the sentence that prev broke
// off: prev does not end a sentence and either the block is wrapped prose
// with prev a full line, or next starts in lower case after a line of
// several words.
func continues(prev, next string, fullWrappedLine bool) bool {
	if endsSentence(prev) || strings.HasSuffix(prev, ":") {
		return false
	}
	if fullWrappedLine {
		return true
	}
	r, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLower(r) && strings.Count(prev, " ") >= 3
}

// collapseSpace trims s and turns every run of white space into one space.
func collapseSpace(s string) string {
	prevSpace := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) { // U+00A0 and the like
				return strings.Join(strings.Fields(s), " ")
			}
			i += size - 1
			prevSpace = false
		case c == ' ' && !prevSpace:
			prevSpace = true
		case c == ' ', c == '\t', c == '\v', c == '\f':
			// Leading or doubled spaces, tabs: take the slow path.
			return strings.Join(strings.Fields(s), " ")
		default:
			prevSpace = false
		}
	}
	if prevSpace && s != "" {
		return strings.Join(strings.Fields(s), " ")
	}
	return s
}

// endsSentence reports whether s ends with sentence punctuation, possibly
// followed by closing quotes or brackets.
func endsSentence(s string) bool {
	for len(s) > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		switch r {
		case '"', '\'', '”', '’', '»', '«', ')', ']', '*':
			s = s[:len(s)-size]
			continue
		case '.', '!', '?', '…', '。', '！', '？':
			return true
		}
		return false
	}
	return false
}

// measure computes the features of one paragraph into p. Tokens are
// appended to p.toks, which the caller may set to an empty slice with spare
// capacity to share one array among paragraphs. Stop words are counted
// later, once the document's language is known.
func (p *para) measure(text string) {
	p.text = text
	// Fields are cut from text by byte offsets; their lower-case forms can
	// be cut from p.low at the same offsets when lower-casing keeps the
	// length of every rune, as it does for nearly all text.
	aligned := true
	for i := 0; i < len(text); {
		if text[i] < utf8.RuneSelf {
			p.runes++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		p.runes++
		if utf8.RuneLen(unicode.ToLower(r)) != size {
			aligned = false
		}
		if r >= 0x3040 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r)) {
			p.cjk++
		}
	}
	p.size = p.runes + 2*p.cjk
	p.sentence = endsSentence(text)
	first, _ := utf8.DecodeRuneInString(text)
	p.startsUpper = unicode.IsUpper(first) || unicode.IsDigit(first) || strings.ContainsRune(`"'“‘«„`, first)
	p.low = strings.ToLower(text)
	// Paragraphs arrive with white space collapsed to single spaces.
	start := -1
	for i := 0; i < len(text); i++ {
		if text[i] == ' ' {
			if start >= 0 {
				p.addField(text[start:i], aligned, start)
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		p.addField(text[start:], aligned, start)
	}
	for i := range p.toks {
		t := &p.toks[i]
		if t.word {
			p.words++
			if t.upper {
				p.caps++
			}
		} else if t.num {
			p.nums++
		}
		p.hasYear = p.hasYear || t.year
		c := t.cue
		if c&(cueWeak|cueStrong|cueComment) != 0 {
			p.cue++
		}
		if c&cueStrong != 0 {
			p.strongCue++
		}
		if c&cueComment != 0 {
			p.commentCue++
		}
	}
}

// addField tokenises one whitespace-separated field: surrounding punctuation
// is stripped (currency signs and menu separators are counted on the way),
// URLs are measured, and French or Italian elisions (l'armée) split in two.
func (p *para) addField(field string, aligned bool, offset int) {
	if isURL(field) {
		p.urlRunes += utf8.RuneCountInString(field)
		return
	}
	colon := strings.HasSuffix(field, ":") || strings.HasSuffix(field, ":)")
	open := field[0] == '(' || field[0] == '['
	core := p.trimPunct(field)
	lowOf := func(s string) string {
		if !aligned {
			return strings.ToLower(s)
		}
		// s is a substring of field, itself at offset in text.
		i := offset + strings.Index(field, s)
		return p.low[i : i+len(s)]
	}
	if core == "" {
		if field == ":" && len(p.toks) > 0 {
			// French spacing: "Photo : Jean Dumas".
			p.toks[len(p.toks)-1].colon = true
		}
		if len(field) <= 3 && strings.ContainsAny(field, "|•·»›>/") {
			p.seps++
		}
		return
	}
	if isCurrencyCode(core) {
		p.currency++
	}
	if i, size := elision(core); i > 0 {
		rest := core[i+size:]
		if utf8.RuneCountInString(rest) >= 2 && isLowerWord(core[:i]) {
			p.toks = append(p.toks, newToken(core[:i], lowOf(core[:i]), false, open), newToken(rest, lowOf(rest), colon, false))
			return
		}
	}
	t := newToken(core, lowOf(core), colon, open)
	t.period = endsSentence(field)
	p.toks = append(p.toks, t)
}

// elision returns the position and size of an apostrophe within the first
// five bytes of s, or 0.
func elision(s string) (int, int) {
	for i := 1; i < len(s) && i <= 4; i++ {
		switch {
		case s[i] == '\'':
			return i, 1
		case strings.HasPrefix(s[i:], "’"):
			return i, len("’")
		}
	}
	return 0, 0
}

// trimPunct strips punctuation and symbols from both ends of field,
// counting currency signs.
func (p *para) trimPunct(field string) string {
	start, end := 0, len(field)
	for start < end {
		r, size := rune(field[start]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(field[start:])
		}
		if !p.isTrim(r) {
			break
		}
		start += size
	}
	for end > start {
		r, size := rune(field[end-1]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeLastRuneInString(field[start:end])
		}
		if !p.isTrim(r) {
			break
		}
		end -= size
	}
	return field[start:end]
}

// isTrim reports whether r is punctuation or a symbol, counting currency
// signs.
func (p *para) isTrim(r rune) bool {
	if r < utf8.RuneSelf {
		switch {
		case r == '$':
			p.currency++
			return true
		case 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z', '0' <= r && r <= '9':
			return false
		}
		return r > ' ' && r != 0x7f
	}
	if unicode.Is(unicode.Sc, r) {
		p.currency++
		return true
	}
	return unicode.IsPunct(r) || unicode.IsSymbol(r)
}

// newToken makes a token of a trimmed field, looking it up in the lexicon.
func newToken(s, low string, colon, open bool) token {
	t := token{orig: s, low: low, colon: colon, open: open}
	digits, run := 0, 0
	for i, r := range s {
		if r >= '0' && r <= '9' {
			digits++
			run++
			continue
		}
		t.year = t.year || run == 4
		run = 0
		if !t.word && (r < utf8.RuneSelf && ('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') || unicode.IsLetter(r)) {
			t.upper = i == 0 && (r < utf8.RuneSelf && 'A' <= r && r <= 'Z' || unicode.IsUpper(r))
			t.word = true
		}
	}
	t.year = t.year || run == 4
	t.num = !t.word && digits > 0
	if t.word {
		key := t.low
		if strings.Contains(key, "’") { // don’t as don't
			key = strings.ReplaceAll(key, "’", "'")
		}
		e := lexicon[key]
		t.cue, t.stop = e.cue, e.stop
	}
	return t
}

func isLowerWord(s string) bool {
	for _, r := range s {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

func isURL(f string) bool {
	return strings.Contains(f, "://") || strings.HasPrefix(f, "www.") ||
		(strings.IndexByte(f, '@') > 0 && strings.IndexByte(f, '.') > 0)
}

func isCurrencyCode(s string) bool {
	switch s {
	case "USD", "EUR", "GBP", "CHF", "CAD", "AUD", "RUB", "JPY", "SEK", "NOK", "DKK", "PLN":
		return true
	}
	return false
}

// countStop counts the stop words of language lang (an index in langs).
func (p *para) countStop(lang int) {
	p.stop = 0
	if lang < 0 {
		return
	}
	bit := uint8(1) << lang
	for _, t := range p.toks {
		if t.stop&bit != 0 {
			p.stop++
		}
	}
}

// density is the share of the paragraph's words that are stop words.
func (p *para) density() float64 {
	if p.words == 0 {
		return 0
	}
	return float64(p.stop) / float64(p.words)
}
