package attribution

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word or punctuation mark of a paragraph with its byte offsets
// in the article's text.
type token struct {
	text       string
	start, end int
}

// paragraphs returns the byte ranges of the paragraphs of text: runs of
// lines between blank lines.
func paragraphs(text string) [][2]int {
	var out [][2]int
	start := -1
	lineStart := 0
	for lineStart <= len(text) {
		lineEnd := strings.IndexByte(text[lineStart:], '\n')
		if lineEnd < 0 {
			lineEnd = len(text)
		} else {
			lineEnd += lineStart
		}
		blank := strings.TrimSpace(text[lineStart:lineEnd]) == ""
		switch {
		case blank && start >= 0:
			out = append(out, [2]int{start, lineStart})
			start = -1
		case !blank && start < 0:
			start = lineStart
		}
		lineStart = lineEnd + 1
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(text)})
	}
	return out
}

// tokenize appends the tokens of text[start:end] to toks: words (letters
// and digits, with inner apostrophes, hyphens and periods: "O’Malley",
// "U.S.", "follow-up") and every other non-space character alone. The
// clitics "’s" and "n’t" are split off their word.
func tokenize(text string, start, end int, toks []token) []token {
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		switch {
		case unicode.IsSpace(r):
			i += n
		case isWord(r):
			j := wordEnd(text, i, end)
			toks = appendWord(text, i, j, toks)
			i = j
		default:
			toks = append(toks, token{text[i : i+n], i, i + n})
			i += n
		}
	}
	return toks
}

func isWord(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }

// wordEnd returns the end of the word starting at i: word characters, and
// joiners (apostrophes, hyphens, periods, commas in numbers) between them;
// a period after a single letter ("U.S.", "J.") stays with the word.
func wordEnd(text string, i, end int) int {
	j := i
	for j < end {
		r, n := utf8.DecodeRuneInString(text[j:end])
		if isWord(r) {
			j += n
			continue
		}
		if r == '\'' || r == '’' || r == '-' || r == '.' || r == ',' {
			if next, _ := utf8.DecodeRuneInString(text[j+n : end]); j+n < end && isWord(next) {
				if r == ',' && !(isDigitByte(text[j-1]) && isDigitByte(text[j+n])) {
					break
				}
				j += n
				continue
			}
			if r == '.' && j-i <= 3 && strings.Contains(text[i:j], ".") {
				j += n // "U.S." keeps its final period
			} else if r == '.' && j-i == 1 && unicode.IsUpper(rune(text[i])) {
				j += n // an initial
			}
		}
		break
	}
	return j
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

// appendWord appends text[i:j], splitting a final "’s"/"'s" or "n’t"/"n't".
func appendWord(text string, i, j int, toks []token) []token {
	w := text[i:j]
	for _, c := range []string{"n’t", "n't", "’s", "'s"} {
		if len(w) > len(c) && strings.EqualFold(w[len(w)-len(c):], c) {
			k := j - len(c)
			return append(toks, token{text[i:k], i, k}, token{text[k:j], k, j})
		}
	}
	return append(toks, token{w, i, j})
}
