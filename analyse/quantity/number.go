package quantity

import (
	"strconv"
	"strings"
)

// num is a number as written, before any unit: digits, words, a scale
// ("5.2 million"), a fraction ("two-thirds") or a vague count ("hundreds of").
type num struct {
	start, end int     // token indices [start, end)
	value      float64 // the stated value; for a fraction, the share in percent
	high       float64 // upper end of a vague count; 0 otherwise
	scaled     bool    // a scale word or suffix multiplied the value
	words      bool    // written in words
	one        bool    // the lone word "one" or "a"/"an", which often is no count
	share      bool    // a fraction, already converted to percent
	vague      bool    // "hundreds of", "a few thousand"
	plain      bool    // digits only, no separators: a candidate year or label
	digits     int     // number of digits, for years and phone numbers
}

// parseNumber reads the number at token i. money says an amount is being
// read, which makes "m" after digits mean million ("$40m").
func (p *parser) parseNumber(i int, money bool) (num, bool) {
	if i >= len(p.toks) {
		return num{}, false
	}
	t := p.toks[i]
	if t.kind == tNum {
		return p.digitNumber(i, money)
	}
	if t.kind == tWord {
		return p.wordNumber(i)
	}
	return num{}, false
}

// digitNumber reads "5,000", "5.2 million", "3bn", "$40m".
func (p *parser) digitNumber(i int, money bool) (num, bool) {
	t := p.toks[i]
	v, ok := p.digits(t.text)
	if !ok {
		return num{}, false
	}
	n := num{start: i, end: i + 1, value: v, digits: countDigits(t.text)}
	n.plain = !strings.ContainsAny(t.text, ",.")
	if f, ok := p.mixedFraction(i + 1); ok {
		n.value += f // "2 1/2 years"
		n.end, n.plain = i+4, false
		return n, true
	}
	if i+1 < len(p.toks) {
		nx := p.toks[i+1]
		if nx.kind == tWord {
			s, isScale := p.scale(nx.low)
			// "$40m" and "1.2m people" are millions; "a 40m wall" is metres.
			if !isScale && !nx.space && nx.low == "m" && (money || p.isHead(p.tok(i+2))) {
				s, isScale = 1e6, true
			}
			if isScale && (nx.space || nx.low != "hundred") {
				n.value *= s
				n.scaled = true
				n.end = i + 2
				// "3 mil millones": a language's scales multiply.
				for p.lang != nil && p.tok(n.end).kind == tWord && p.lang.scales[p.tok(n.end).low] > 0 {
					n.value *= p.lang.scales[p.tok(n.end).low]
					n.end++
				}
			}
		}
	}
	return n, true
}

// mixedFraction reads the "1/2" of "2 1/2" at token k: a small proper
// fraction after a space, not followed by another slash (a date).
func (p *parser) mixedFraction(k int) (float64, bool) {
	a, slash, b := p.tok(k), p.tok(k+1), p.tok(k+2)
	if a.kind != tNum || !a.space || slash.text != "/" || slash.space || b.kind != tNum || b.space || p.tok(k+3).text == "/" {
		return 0, false
	}
	x, okA := p.digits(a.text)
	y, okB := p.digits(b.text)
	if !okA || !okB || y < 2 || y > 16 || x >= y {
		return 0, false
	}
	return x / y, true
}

// parseDigits reads digits with thousands separators and a decimal point.
// A comma not followed by exactly three digits is read as a decimal comma
// ("5,2"), as continental outlets write it.
func parseDigits(s string) (float64, bool) {
	if strings.ContainsAny(s, "\u00a0\u202f\u2009") {
		s = spaces.Replace(s)
	}
	if strings.IndexByte(s, ',') >= 0 {
		groups := strings.Split(s, ",")
		thousands := true
		for _, g := range groups[1:] {
			d := g
			if k := strings.IndexByte(g, '.'); k >= 0 {
				d = g[:k]
			}
			if len(d) != 3 {
				thousands = false
			}
		}
		if thousands {
			s = strings.ReplaceAll(s, ",", "")
		} else if len(groups) == 2 && !strings.Contains(s, ".") {
			s = groups[0] + "." + groups[1]
		} else {
			return 0, false
		}
	}
	if strings.Count(s, ".") > 1 {
		return 0, false // "1.2.3": a section or version number
	}
	v, err := strconv.ParseFloat(s, 64)
	return v, err == nil
}

// spaces removes the thousands spaces groupSpace accepts.
var spaces = strings.NewReplacer("\u00a0", "", "\u202f", "", "\u2009", "", " ", "")

// parseContinental reads digits as German, French, Spanish, Italian,
// Portuguese and Dutch write them: "." between groups of three digits
// separates thousands ("1.250"), "," is the decimal mark ("3,5",
// "1.250,75"), spaces group thousands ("5 000"). A "." before anything but
// three digits is a decimal point ("2.5"), as English-style copy writes it.
func parseContinental(s string) (float64, bool) {
	if strings.ContainsAny(s, " \u00a0\u202f\u2009") {
		s = spaces.Replace(s)
	}
	dot, comma := strings.LastIndexByte(s, '.'), strings.LastIndexByte(s, ',')
	if dot > comma && comma >= 0 {
		return parseDigits(s) // "1,250.5": English copy
	}
	intPart, frac := s, ""
	if comma >= 0 {
		if strings.Count(s, ",") > 1 {
			return parseDigits(s) // "1,234,567"
		}
		intPart, frac = s[:comma], s[comma+1:]
	}
	if strings.IndexByte(intPart, '.') >= 0 {
		groups := strings.Split(intPart, ".")
		for _, g := range groups[1:] {
			if len(g) != 3 {
				if len(groups) == 2 && comma < 0 {
					return parseDigits(s) // "2.5"
				}
				return 0, false
			}
		}
		intPart = strings.Join(groups, "")
	}
	if frac != "" {
		intPart += "." + frac
	}
	v, err := strconv.ParseFloat(intPart, 64)
	return v, err == nil
}

func countDigits(s string) int {
	d := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			d++
		}
	}
	return d
}

// wordNumber reads numbers in words: "four", "twenty-five", "two hundred",
// "a dozen", "a thousand", "half a million", "two-thirds", "hundreds of".
func (p *parser) wordNumber(i int) (num, bool) {
	t := p.toks[i]
	switch t.low {
	case "a", "an":
		return p.articleNumber(i)
	case "half":
		return p.halfNumber(i)
	case "hundreds", "thousands", "millions", "dozens", "tens":
		return p.vagueNumber(i)
	case "several", "few":
		return p.fewNumber(i, i)
	}
	if _, ok := p.numberWord(t.low); !ok {
		return num{}, false
	}
	n := p.spelled(i)
	if f, end, ok := p.fraction(n.end); ok && n.value > 0 && n.value < 20 && !n.scaled {
		return num{start: i, end: end, value: 100 * n.value / f, words: true, share: true}, true
	}
	return n, true
}

// spelled reads a run of number words joined by hyphens, "and" and scales.
func (p *parser) spelled(i int) num {
	total, cur := 0.0, 0.0
	end := i
	scaled := false
	for k := i; k < len(p.toks); k++ {
		t := p.toks[k]
		if k > i && t.kind == tPunct && t.text == "-" && !t.space && k+1 < len(p.toks) && !p.toks[k+1].space {
			if _, ok := p.numberWord(p.toks[k+1].low); ok {
				continue
			}
			break
		}
		if t.kind != tWord {
			break
		}
		if v, ok := p.numberWord(t.low); ok {
			if t.low == "dozen" {
				cur = max(cur, 1) * 12
			} else {
				cur += v
			}
			end = k + 1
			continue
		}
		if s, ok := p.scale(t.low); ok && t.space && len(t.low) > 2 && end > i {
			if s == 100 {
				cur *= 100
			} else {
				total += cur * s
				cur = 0
			}
			scaled = true
			end = k + 1
			continue
		}
		if t.low == "and" && end == k && k+1 < len(p.toks) && scaled {
			if _, ok := p.numberWord(p.toks[k+1].low); ok {
				continue
			}
		}
		break
	}
	return num{start: i, end: end, value: total + cur, words: true, scaled: scaled,
		one: end == i+1 && p.toks[i].low == "one"}
}

// fraction reads a denominator after a numerator: "-thirds", " quarter".
func (p *parser) fraction(k int) (float64, int, bool) {
	if k < len(p.toks) && p.toks[k].kind == tPunct && p.toks[k].text == "-" && !p.toks[k].space {
		k++
	}
	if k < len(p.toks) && p.toks[k].kind == tWord {
		if f, ok := fractions[p.toks[k].low]; ok {
			return f, k + 1, true
		}
	}
	return 0, 0, false
}

// articleNumber reads "a dozen", "a thousand", "a third of", "a month".
func (p *parser) articleNumber(i int) (num, bool) {
	if i+1 >= len(p.toks) {
		return num{}, false
	}
	nx := p.toks[i+1]
	if nx.low == "dozen" {
		return num{start: i, end: i + 2, value: 12, words: true}, true
	}
	if s, ok := scales[nx.low]; ok && len(nx.low) > 2 {
		return num{start: i, end: i + 2, value: s, words: true, scaled: true}, true
	}
	if nx.low == "few" {
		return p.fewNumber(i, i+1)
	}
	if f, end, ok := p.fraction(i + 1); ok && end < len(p.toks) && p.toks[end].low == "of" {
		return num{start: i, end: end, value: 100 / f, words: true, share: true}, true
	}
	return num{start: i, end: i + 1, value: 1, words: true, one: true}, true
}

// halfNumber reads "half a million" and "half of".
func (p *parser) halfNumber(i int) (num, bool) {
	if i+2 < len(p.toks) && p.toks[i+1].low == "a" {
		if s, ok := scales[p.toks[i+2].low]; ok && len(p.toks[i+2].low) > 2 {
			return num{start: i, end: i + 3, value: s / 2, words: true, scaled: true}, true
		}
	}
	if i+1 < len(p.toks) && p.toks[i+1].low == "of" {
		return num{start: i, end: i + 1, value: 50, words: true, share: true}, true
	}
	return num{}, false
}

// vagueNumber reads "hundreds of", "thousands of", "tens of thousands of".
func (p *parser) vagueNumber(i int) (num, bool) {
	k := i
	mult := 1.0
	if p.toks[k].low == "tens" {
		if k+2 >= len(p.toks) || p.toks[k+1].low != "of" {
			return num{}, false
		}
		mult, k = 10, k+2
	}
	var s float64
	switch p.toks[k].low {
	case "hundreds":
		s = 100
	case "thousands":
		s = 1e3
	case "millions":
		s = 1e6
	case "dozens":
		s = 12
	default:
		return num{}, false
	}
	if k+1 >= len(p.toks) || p.toks[k+1].low != "of" {
		return num{}, false
	}
	s *= mult
	return num{start: i, end: k + 1, value: 2 * s, high: 10*s - 1, words: true, vague: true}, true
}

// fewNumber reads "several hundred", "a few thousand" (from at start).
func (p *parser) fewNumber(start, k int) (num, bool) {
	if k+1 >= len(p.toks) {
		return num{}, false
	}
	s, ok := scales[p.toks[k+1].low]
	if !ok || len(p.toks[k+1].low) <= 2 {
		return num{}, false
	}
	lo, hi := 2.0, 5.0
	if p.toks[k].low == "several" {
		lo, hi = 3, 9
	}
	return num{start: start, end: k + 2, value: lo * s, high: hi * s, words: true, vague: true, scaled: true}, true
}
