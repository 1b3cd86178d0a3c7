package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A cword is a word of the text around a mention, with its offsets and
// whether punctuation stands right before or after it.
type cword struct {
	text         string // without surrounding punctuation
	start, end   int
	punctBefore  bool
	punctAfter   bool
	commaAfter   bool
	sentenceEnds bool // a full stop, "?" or "!" follows
}

// contextWords splits text[from:to] into words at spaces, taking quotes,
// brackets and sentence punctuation off them and marking where they were.
func contextWords(text string, from, to int) []cword {
	var out []cword
	for _, f := range fieldsIndex(text[from:to]) {
		s, e := from+f[0], from+f[1]
		w := cword{start: s, end: e}
		for w.start < w.end {
			r, n := utf8.DecodeRuneInString(text[w.start:w.end])
			if !isOpening(r) && r != '(' {
				break
			}
			w.punctBefore = true
			w.start += n
		}
		for w.start < w.end {
			r, n := utf8.DecodeLastRuneInString(text[w.start:w.end])
			if r == '.' && keepsPeriod(text[w.start:w.end]) {
				break
			}
			if !isClosing(r) && r != '.' {
				break
			}
			w.punctAfter = true
			w.commaAfter = w.commaAfter || r == ','
			w.sentenceEnds = w.sentenceEnds || r == '.' || r == '?' || r == '!'
			w.end -= n
		}
		if w.start >= w.end {
			// A dash or a lone mark: a boundary for the word before.
			if len(out) > 0 {
				out[len(out)-1].punctAfter = true
			}
			continue
		}
		w.text = text[w.start:w.end]
		out = append(out, w)
	}
	return out
}

// fieldsIndex returns the byte ranges of the space-separated fields of s.
func fieldsIndex(s string) [][2]int {
	var out [][2]int
	start := -1
	for i, r := range s {
		if unicode.IsSpace(r) {
			if start >= 0 {
				out = append(out, [2]int{start, i})
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(s)})
	}
	return out
}

// isCap reports whether w starts with an upper-case letter.
func isCap(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// isPossessive reports whether w ends in "'s" ("Kessaria's").
func isPossessive(w string) bool { return trimPossessive(w) != w }

// isHead reports whether w is a title head ("Minister", "Gen.").
func isHead(w string) bool { return titleHeads[strings.ToLower(w)] }

// isTitleWord reports whether w may stand inside a title before its head:
// a head, a modifier, a capitalised word ("Defence", "US") or a
// possessive ("Kessaria's").
func isTitleWord(w string) bool {
	lw := strings.ToLower(w)
	if titleHeads[lw] || titleModifiers[lw] {
		return true
	}
	if determiners[lw] || leadingStops[lw] || verbCues[lw] || honorifics[lw] {
		return false
	}
	return isCap(w) || isPossessive(w)
}

// A role is a title found with a person's name: its text and where it
// starts, and the honorific written with the name ("Ms"), if any.
type role struct {
	text      string
	start     int // offset of the title before the name; -1 when none
	honorific string
	honStart  int
}

// roleOf reads the title and apposition around the name at text[start:end]:
// "US Defense Secretary Mark Esper", "Ms Varela", "the mayor of Tessin, Mr
// Anton Greve", "Henrik Alsop, chief executive of Harrowgate Terminals,".
func roleOf(text string, start, end int) role {
	r := role{start: -1, honStart: -1}
	// The 240 bytes before the name, cut at a line break: searching only
	// them keeps long texts without line breaks linear.
	from := max(0, start-240)
	if nl := strings.LastIndexByte(text[from:start], '\n'); nl >= 0 {
		from += nl + 1
	}
	ws := contextWords(text, from, start)
	if n := len(ws); n > 0 && !ws[n-1].punctAfter && honorifics[strings.ToLower(ws[n-1].text)] {
		r.honorific, r.honStart = ws[n-1].text, ws[n-1].start
		ws = ws[:n-1]
	}
	var parts []string
	if i := directTitle(ws); i >= 0 {
		r.start = ws[i].start
		parts = append(parts, text[ws[i].start:ws[len(ws)-1].end])
	} else if i, j := appositionBefore(ws); i >= 0 {
		r.start = ws[i].start
		parts = append(parts, text[ws[i].start:ws[j].end])
	}
	if s := appositionAfter(text, end); s != "" {
		parts = append(parts, s)
	}
	r.text = strings.Join(parts, ", ")
	return r
}

// directTitle returns the index of the first word of the title that
// ends ws right before a name ("… told Defence Minister"), or -1.
func directTitle(ws []cword) int {
	n := len(ws)
	if n > 0 && !ws[n-1].punctAfter && !isHead(ws[n-1].text) {
		n = domainStart(ws)
	}
	if n == 0 || ws[n-1].punctAfter || !isHead(ws[n-1].text) {
		return -1
	}
	i := n - 1
	for i > 0 && !ws[i].punctBefore && !ws[i-1].punctAfter && isTitleWord(ws[i-1].text) {
		i--
	}
	return i
}

// domainStart returns where a title's domain ("of Defence", "for Foreign
// Affairs") that ends ws begins — the head before it then ends the
// title's words — or len(ws) when ws ends in no domain: one to three
// capitalised words after "of" or "for", with a title head before.
func domainStart(ws []cword) int {
	n := len(ws)
	for k := n - 1; k >= 1 && k >= n-4; k-- {
		w := strings.ToLower(ws[k].text)
		if (w == "of" || w == "for") && k < n-1 && isHead(ws[k-1].text) && !ws[k-1].punctAfter {
			return k
		}
		if ws[k].punctAfter && k < n-1 || ws[k].text == "" || !unicode.IsUpper([]rune(ws[k].text)[0]) {
			return n
		}
	}
	return n
}

// appositionBefore finds "the mayor of Tessin," ending ws right before a
// name: the words of the title as [i, j] (j the word with the comma), or
// -1, -1.
func appositionBefore(ws []cword) (int, int) {
	n := len(ws)
	if n == 0 || !ws[n-1].commaAfter {
		return -1, -1
	}
	// The clause runs back to the previous punctuation.
	k := n - 1
	for k > 0 && !ws[k-1].punctAfter && !ws[k].punctBefore {
		k--
	}
	seg := ws[k:n]
	for h, w := range seg {
		if !isHead(w.text) || !plainTail(seg[h+1:]) {
			continue
		}
		i := h
		for i > 0 && isTitleWord(seg[i-1].text) {
			i--
		}
		if i > 0 && !opensTitle(seg[i-1].text) {
			return -1, -1 // "Asked whether she had spoken to outgoing Mayor Dobbs since the election, X laughed": a clause
		}
		return k + i, n - 1
	}
	return -1, -1
}

// opensTitle reports whether w may stand right before a title in an
// apposition: a determiner or a possessive ("the", "Kessaria's"), not a
// clause's word ("spoken to outgoing Mayor …").
func opensTitle(w string) bool {
	lw := strings.ToLower(w)
	return determiners[lw] || strings.HasSuffix(lw, "'s") || strings.HasSuffix(lw, "’s")
}

// plainTail reports whether the words after a title head can be its
// complement ("of the Veltravan defence staff"): no verb or relative.
func plainTail(ws []cword) bool {
	for _, w := range ws {
		if verbCues[strings.ToLower(w.text)] {
			return false
		}
	}
	return true
}

// appositionAfter returns the title in ", chief executive of Harrowgate
// Terminals," right after a name at end, or "".
func appositionAfter(text string, end int) string {
	rest := text[end:]
	if !strings.HasPrefix(rest, ",") {
		return ""
	}
	lineEnd := strings.IndexByte(rest, '\n')
	if lineEnd < 0 {
		lineEnd = len(rest)
	}
	ws := contextWords(text, end+1, end+min(lineEnd, 240))
	// The apposition runs to the next punctuation.
	k := 0
	for k < len(ws) && !ws[k].punctAfter {
		k++
	}
	if k == len(ws) || k > 14 {
		return ""
	}
	seg := ws[:k+1]
	if determiners[strings.ToLower(seg[0].text)] {
		seg = seg[1:]
	}
	for h, w := range seg {
		if !isTitleWord(w.text) {
			return ""
		}
		if isHead(w.text) {
			if !plainTail(seg[h+1:]) {
				return ""
			}
			return text[seg[0].start:seg[len(seg)-1].end]
		}
	}
	return ""
}
