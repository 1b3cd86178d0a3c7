package report

import (
	"strings"
	"unicode"
	"unicode/utf8"

	parallax "github.com/parallax-news/parallax"
)

// Size of the lead excerpt shown when Options.Full is off.
const (
	leadParagraphs = 2
	leadRunes      = 600
	// A second paragraph is shown cut only if at least this much of it
	// fits; a stub of a few words reads as a glitch.
	minTailRunes = 120
	// Paragraphs shorter than this are headings, kickers or datelines
	// rather than text.
	shortRunes = 80
)

// excerpt is the part of an article's text that a report shows.
type excerpt struct {
	paras []string // whitespace collapsed; the last ends in " …" when cut
	more  int      // paragraphs not shown at all
}

// span is a byte range [start, end) of an article's Text.
type span struct{ start, end int }

// paragraphs returns the byte ranges of the paragraphs of text: runs of
// lines separated by blank lines, without surrounding white space.
func paragraphs(text string) []span {
	var out []span
	start := -1 // start of the current paragraph, -1 between paragraphs
	end := 0
	for off := 0; off < len(text); {
		nl := strings.IndexByte(text[off:], '\n')
		lineEnd := len(text)
		if nl >= 0 {
			lineEnd = off + nl
		}
		if strings.TrimSpace(text[off:lineEnd]) == "" {
			if start >= 0 {
				out = append(out, trimSpan(text, span{start, end}))
				start = -1
			}
		} else {
			if start < 0 {
				start = off
			}
			end = lineEnd
		}
		off = lineEnd + 1
	}
	if start >= 0 {
		out = append(out, trimSpan(text, span{start, end}))
	}
	return out
}

func trimSpan(text string, s span) span {
	for s.start < s.end && isSpaceByte(text[s.start]) {
		s.start++
	}
	for s.end > s.start && isSpaceByte(text[s.end-1]) {
		s.end--
	}
	return s
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\r' || b == '\n' }

// lead returns what a report shows of a: every paragraph when full is set,
// otherwise the first paragraphs up to leadParagraphs and leadRunes, cut at
// a sentence end when the sentences are known, else at a word. Short
// paragraphs (a kicker such as "Defence", a dateline) are shown but do not
// count towards leadParagraphs, and a paragraph that repeats the title is
// left out: the excerpt is there to show the start of the story.
func lead(a *parallax.Article, full bool) excerpt {
	paras := paragraphs(a.Text)
	title := collapse(a.Title)
	var ex excerpt
	budget, counted, next := leadRunes, 0, 0
	for ; next < len(paras); next++ {
		text := collapse(a.Text[paras[next].start:paras[next].end])
		if full {
			ex.paras = append(ex.paras, text)
			continue
		}
		if counted == leadParagraphs || budget <= 0 {
			break
		}
		if text == title {
			continue
		}
		n := utf8.RuneCountInString(text)
		if n <= budget {
			ex.paras = append(ex.paras, text)
			budget -= n
			if n >= shortRunes {
				counted++
			}
			continue
		}
		if len(ex.paras) > 0 && budget < minTailRunes {
			break
		}
		ex.paras = append(ex.paras, collapse(cut(a, paras[next], budget))+" …")
		budget = 0
		next++
		break
	}
	ex.more = len(paras) - next
	return ex
}

// cut returns a prefix of paragraph p of a's text that fits in budget
// runes: the longest that ends a sentence, when the sentences are known and
// it is not much shorter than the budget; otherwise the longest that ends a
// word; otherwise budget runes (scripts written without spaces).
func cut(a *parallax.Article, p span, budget int) string {
	best, bestRunes := p.start, 0
	for _, s := range a.Sentences {
		if s.End <= best || s.End > p.end {
			continue
		}
		if n := utf8.RuneCountInString(a.Text[p.start:s.End]); n <= budget {
			best, bestRunes = s.End, n
		}
	}
	if bestRunes > 0 && bestRunes >= budget/3 {
		return a.Text[p.start:best]
	}
	return wordCut(a.Text[p.start:p.end], budget)
}

// wordCut returns the longest prefix of text of at most budget runes that
// ends at a word, or budget runes when the only word end is early.
func wordCut(text string, budget int) string {
	lastSpace, spaceRunes, runes := -1, 0, 0
	for i, r := range text {
		if runes == budget {
			if lastSpace > 0 && spaceRunes >= budget/2 {
				return text[:lastSpace]
			}
			return text[:i]
		}
		if unicode.IsSpace(r) {
			lastSpace, spaceRunes = i, runes
		}
		runes++
	}
	return text
}

// collapse joins the words of s with single spaces, dropping control
// characters: line breaks inside a paragraph carry no meaning once it is
// re-wrapped, and an escape sequence in text from the web must not reach a
// terminal.
func collapse(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\t' || r == '\r':
			return ' '
		case unicode.IsControl(r):
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}
