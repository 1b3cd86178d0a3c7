package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// shape maps letters to X/x, digits to d and keeps other runes.
func shape(w string) string {
	var b strings.Builder
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			b.WriteByte('X')
		case unicode.IsLower(r):
			b.WriteByte('x')
		case unicode.IsDigit(r):
			b.WriteByte('d')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// shortShape collapses repeated runes of a shape: "Xxxxx" → "Xx".
func shortShape(s string) string {
	var b strings.Builder
	var last rune = -1
	for _, r := range s {
		if r != last {
			b.WriteRune(r)
		}
		last = r
	}
	return b.String()
}

func capPattern(w string) string {
	r, _ := utf8.DecodeRuneInString(w)
	upper, lower, digit, other := 0, 0, 0, 0
	for _, c := range w {
		switch {
		case unicode.IsUpper(c):
			upper++
		case unicode.IsLower(c):
			lower++
		case unicode.IsDigit(c):
			digit++
		default:
			other++
		}
	}
	switch {
	case upper > 0 && lower == 0 && digit == 0:
		return "allcaps"
	case unicode.IsUpper(r) && upper == 1:
		return "initcap"
	case unicode.IsUpper(r):
		return "mixedcap"
	case upper > 0:
		return "innercap"
	case digit > 0 && lower == 0 && upper == 0:
		return "num"
	case digit > 0:
		return "alnum"
	case lower > 0:
		return "lower"
	}
	return "punct"
}

// isCapsSentence reports whether the sentence is a headline in capitals.
func isCapsSentence(tokens []string) bool {
	letters, upper := 0, 0
	for _, t := range tokens {
		for _, r := range t {
			if unicode.IsLetter(r) {
				letters++
				if unicode.IsUpper(r) {
					upper++
				}
			}
		}
	}
	return letters >= 4 && upper == letters
}

func prefix(w string, n int) (string, bool) {
	if utf8.RuneCountInString(w) < n {
		return "", false
	}
	i := 0
	for k := range n {
		_, s := utf8.DecodeRuneInString(w[i:])
		i += s
		_ = k
	}
	return w[:i], true
}

func suffix(w string, n int) (string, bool) {
	if utf8.RuneCountInString(w) < n {
		return "", false
	}
	i := len(w)
	for range n {
		_, s := utf8.DecodeLastRuneInString(w[:i])
		i -= s
	}
	return w[i:], true
}

// normDigits replaces digits with 0 so numbers share features.
func normDigits(w string) string {
	if !strings.ContainsAny(w, "0123456789") {
		return w
	}
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return '0'
		}
		return r
	}, w)
}

// Features returns the feature strings of every token of a sentence.
func Features(tokens []string) [][]string {
	n := len(tokens)
	lower := make([]string, n)
	shapes := make([]string, n)
	for i, t := range tokens {
		lower[i] = normDigits(strings.ToLower(t))
		shapes[i] = shortShape(shape(t))
	}
	gaz := loadGazetteer().match(lower)
	caps := isCapsSentence(tokens)
	capsFlag := "0"
	if caps {
		capsFlag = "1"
	}
	word := func(i int) string {
		switch {
		case i < 0:
			return "<s>"
		case i >= n:
			return "</s>"
		}
		return lower[i]
	}
	shp := func(i int) string {
		switch {
		case i < 0:
			return "<s>"
		case i >= n:
			return "</s>"
		}
		return shapes[i]
	}
	out := make([][]string, n)
	for i, t := range tokens {
		f := make([]string, 0, 48)
		lw := lower[i]
		cp := capPattern(t)
		f = append(f,
			"b",
			"w="+normDigits(t),
			"lw="+lw,
			"sh="+shape(normDigits(t)),
			"ssh="+shapes[i],
			"cp="+cp,
			"cp|caps="+cp+"|"+capsFlag,
			"w-1="+word(i-1),
			"w-2="+word(i-2),
			"w+1="+word(i+1),
			"w+2="+word(i+2),
			"w-1|w="+word(i-1)+"|"+lw,
			"w|w+1="+lw+"|"+word(i+1),
			"sh-1="+shp(i-1),
			"sh-2="+shp(i-2),
			"sh+1="+shp(i+1),
			"sh+2="+shp(i+2),
			"sh-1|sh="+shp(i-1)+"|"+shapes[i],
			"sh|sh+1="+shapes[i]+"|"+shp(i+1),
			"w-1|cp="+word(i-1)+"|"+cp,
			"w+1|cp="+word(i+1)+"|"+cp,
			"w-2|w-1="+word(i-2)+"|"+word(i-1),
			"w+1|w+2="+word(i+1)+"|"+word(i+2),
			"w-1|w+1="+word(i-1)+"|"+word(i+1),
			"sh-1|sh|sh+1="+shp(i-1)+"|"+shapes[i]+"|"+shp(i+1),
		)
		if !caps {
			f = append(f, "wc="+normDigits(t))
		}
		for k := 1; k <= 4; k++ {
			if p, ok := prefix(lw, k); ok {
				f = append(f, "p"+string(rune('0'+k))+"="+p)
			}
			if s, ok := suffix(lw, k); ok {
				f = append(f, "s"+string(rune('0'+k))+"="+s)
			}
		}
		switch {
		case i == 0:
			f = append(f, "pos=first", "first|cp="+cp)
		case i == n-1:
			f = append(f, "pos=last")
		}
		if strings.Contains(t, "-") {
			f = append(f, "hyphen")
		}
		for _, g := range gaz[i] {
			f = append(f, "g="+g, "g|cp="+g+"|"+cp)
		}
		if i > 0 {
			for _, g := range gaz[i-1] {
				f = append(f, "g-1="+g)
			}
		}
		if i+1 < n {
			for _, g := range gaz[i+1] {
				f = append(f, "g+1="+g)
			}
		}
		out[i] = f
	}
	return out
}
