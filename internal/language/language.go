package language

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

const (
	// maxBytes bounds how much of a text is read: a hundred words identify
	// the language of an article (lingua is right on 99% of 120-character
	// snippets), and its time grows with length: about 0.9 ms for 700
	// bytes, 1.8 ms for 2000, 2.5 ms for 3000 on one core.
	maxBytes = 700
	// minLetters is the least text worth guessing from.
	minLetters = 20
)

// Detect returns the ISO 639-1 code (lowercase, e.g. "en", "fr") of the
// language text is written in, or "" when it cannot tell (too short, low
// confidence, or a language it does not know). It is safe for concurrent
// use; the first call that needs the statistical detector loads it.
func Detect(text string) string {
	text = prefix(text, maxBytes)
	c := countScripts(text)
	if c.total < minLetters {
		return ""
	}
	if code, decided := c.decide(); decided {
		return code
	}
	return detectStatistical(text)
}

// prefix returns at most n bytes of text, cut at a character boundary.
func prefix(text string, n int) string {
	if len(text) <= n {
		return text
	}
	for n > 0 && !utf8.RuneStart(text[n]) {
		n--
	}
	return text[:n]
}

// scripts counts the letters of a text by writing system.
type scripts struct {
	total, latin, cyrillic, arabic, greek, hebrew, devanagari, hangul, kana, han int
}

func countScripts(text string) scripts {
	var c scripts
	for _, r := range text {
		if r < utf8.RuneSelf {
			// ASCII fast path: only letters count, and they are Latin.
			if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
				c.total++
				c.latin++
			}
			continue
		}
		if !unicode.IsLetter(r) {
			continue
		}
		c.total++
		switch {
		case unicode.Is(unicode.Latin, r):
			c.latin++
		case unicode.Is(unicode.Cyrillic, r):
			c.cyrillic++
		case unicode.Is(unicode.Arabic, r):
			c.arabic++
		case unicode.Is(unicode.Greek, r):
			c.greek++
		case unicode.Is(unicode.Hebrew, r):
			c.hebrew++
		case unicode.Is(unicode.Devanagari, r):
			c.devanagari++
		case unicode.Is(unicode.Hangul, r):
			c.hangul++
		case unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
			c.kana++
		case unicode.Is(unicode.Han, r):
			c.han++
		}
	}
	return c
}

// decide picks the language from the dominant script when that script
// belongs to one supported language. decided is false when the statistical
// detector must choose (Latin, Cyrillic, Arabic); code is "" with decided
// true for a script no supported language uses.
func (c scripts) decide() (code string, decided bool) {
	// Japanese mixes Han and kana, so the two count together.
	cjk := c.han + c.kana
	best, bestN := "", 0
	for _, s := range []struct {
		code string
		n    int
	}{
		{"latin", c.latin}, {"cyrillic", c.cyrillic}, {"arabic", c.arabic},
		{"el", c.greek}, {"he", c.hebrew}, {"hi", c.devanagari}, {"ko", c.hangul},
		{"cjk", cjk},
	} {
		if s.n > bestN {
			best, bestN = s.code, s.n
		}
	}
	switch {
	case bestN*2 < c.total:
		// No script holds half the letters: one this package does not
		// know (Thai, Bengali, …) dominates, or the text is a jumble.
		return "", true
	case best == "latin" || best == "cyrillic" || best == "arabic":
		return "", false
	case best != "cjk":
		return best, true
	case c.kana*10 >= cjk:
		// Japanese text is rarely under a tenth kana; Chinese has none.
		return "ja", true
	default:
		return "zh", true
	}
}

// Code reduces a language tag as pages and feeds declare it ("en-GB",
// "pt_BR", " DE ") to its ISO 639-1 code, or "" when it has none.
func Code(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	if len(tag) != 2 || tag[0] < 'a' || tag[0] > 'z' || tag[1] < 'a' || tag[1] > 'z' {
		return ""
	}
	return tag
}
