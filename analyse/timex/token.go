package timex

// token is a word, a run of digits (possibly with a suffix: "22nd",
// "1990s") or a single punctuation character, with its byte offsets.
type token struct {
	start, end int
	w          string // lower-cased (ASCII only, so offsets are kept)
	upper      bool   // first letter upper case in the text
	num        int    // value when w is all digits, else -1
	digits     int    // number of leading digits
	spaceAfter bool   // whitespace (or the end) follows
}

// tokenize splits text into tokens. Letters and digits form runs; every
// other non-space byte (or multi-byte rune) is a token of its own.
func tokenize(text string) []token {
	toks := make([]token, 0, len(text)/5)
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == ' ' || c == '\n' || c == '\t' || c == '\r':
			i++
			continue
		case isAlnum(c):
			j := i
			for j < len(text) && isAlnum(text[j]) {
				j++
			}
			toks = append(toks, newWord(text, i, j))
			i = j
		default:
			j := i + 1
			if c >= 0x80 { // a whole UTF-8 rune
				for j < len(text) && text[j]&0xC0 == 0x80 {
					j++
				}
			}
			w := text[i:j]
			if w == "\u2019" { // typographic apostrophe reads as '
				w = "'"
			}
			toks = append(toks, token{start: i, end: j, w: w, num: -1})
			i = j
		}
		if n := len(toks); n > 0 {
			e := toks[n-1].end
			toks[n-1].spaceAfter = e >= len(text) || isSpace(text[e])
		}
	}
	return toks
}

func newWord(text string, i, j int) token {
	raw := text[i:j]
	t := token{start: i, end: j, num: -1, upper: raw[0] >= 'A' && raw[0] <= 'Z'}
	lower := true
	for k := 0; k < len(raw); k++ {
		if raw[k] >= 'A' && raw[k] <= 'Z' {
			lower = false
			break
		}
	}
	if lower {
		t.w = raw
	} else {
		b := []byte(raw)
		for k, c := range b {
			if c >= 'A' && c <= 'Z' {
				b[k] = c + 'a' - 'A'
			}
		}
		t.w = string(b)
	}
	n := 0
	for t.digits < len(raw) && raw[t.digits] >= '0' && raw[t.digits] <= '9' {
		if t.digits < 9 {
			n = n*10 + int(raw[t.digits]-'0')
		}
		t.digits++
	}
	if t.digits == len(raw) {
		t.num = n
	}
	return t
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// leadingNum is the value of the leading digits of w ("22nd" → 22).
func leadingNum(w string) int {
	n := 0
	for i := 0; i < len(w) && w[i] >= '0' && w[i] <= '9'; i++ {
		n = n*10 + int(w[i]-'0')
	}
	return n
}
