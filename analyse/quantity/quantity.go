package quantity

import (
	"math"
	"strconv"
	"strings"

	parallax "github.com/parallax-news/parallax"
)

// Find returns the quantities stated in text, in order of their offsets,
// read as English: it is FindLang with no language.
func Find(text string, sentences []parallax.Span) []parallax.Quantity {
	return FindLang(text, sentences, "")
}

// FindLang returns the quantities stated in text, in order of their
// offsets. sentences are the sentence spans of text in order (from package
// analyse/sentence); when nil, text is read as one sentence. Spans are
// clipped to text, and a span that overlaps the one before it is read from
// where that one ended, so no quantity is reported twice.
//
// lang is the article's ISO 639-1 code (Article.Language; a region such as
// "fr-CA" is ignored). For "de", "es", "fr", "it", "nl" and "pt" digits
// follow the continental convention ("1.250" is 1250, "3,5" is 3.5, "5 000"
// is 5000) and the language's hedges, bounds, scales, percent words, time
// units and common counted nouns are read too, with the canonical units of
// their English counterparts ("soldats" and "Soldaten" → "personnel",
// "personas" → "people"). English words are read in every language. Any
// other code, and "", reads English as Find does. FindLang is a pure
// function and safe for concurrent use.
func FindLang(text string, sentences []parallax.Span, lang string) []parallax.Quantity {
	if sentences == nil {
		sentences = []parallax.Span{{Start: 0, End: len(text)}}
	}
	out := make([]parallax.Quantity, 0, len(text)/256+1)
	p := parser{text: text, toks: make([]token, 0, 64), lang: lookupLang(lang)}
	spaceGroups := p.lang != nil && p.lang.continental
	done := 0 // end of the text read so far: overlapping spans are read once
	for _, sp := range sentences {
		start, end := max(sp.Start, done), min(sp.End, len(text))
		if start >= end {
			continue
		}
		done = end
		p.toks = tokenize(text, start, end, p.toks[:0], spaceGroups)
		out = p.sentence(out)
	}
	return out
}

// parser reads the quantities of one sentence.
type parser struct {
	text  string
	toks  []token
	lang  *language // the language's tables; nil for English
	found []found   // quantities of this sentence, for elided nouns
	// titleCase marks a headline-style sentence ("Veltrava Withdraws 5,000
	// Troops"), where a capitalised word before a number names no model.
	titleCase bool
}

// found is a quantity with the token indices it covers.
type found struct {
	q          parallax.Quantity
	start, end int
}

// sentence appends the quantities of the sentence to out.
func (p *parser) sentence(out []parallax.Quantity) []parallax.Quantity {
	p.found = p.found[:0]
	p.titleCase = p.isTitleCase()
	for i := 0; i < len(p.toks); {
		f, next, ok := p.at(i)
		if ok {
			p.found = append(p.found, f)
		}
		i = max(next, i+1)
	}
	p.fillElided()
	for _, f := range p.found {
		out = append(out, f.q)
	}
	return out
}

// isTitleCase reports whether most words of four letters or more are
// capitalised, as in a headline.
func (p *parser) isTitleCase() bool {
	words, caps := 0, 0
	for _, t := range p.toks {
		if t.kind == tWord && len(t.text) >= 4 {
			words++
			if t.cap {
				caps++
			}
		}
	}
	return words >= 3 && caps*10 >= words*7
}

// at tries to read a quantity that starts at token i. It returns the token
// to go on from: past the quantity, or past a date, phone number or label
// it recognised, so that their parts are not read again.
func (p *parser) at(i int) (found, int, bool) {
	kind, j := p.prefix(i)
	cur, j := p.currencyBefore(j)
	n, ok := p.parseNumber(j, cur != "")
	if !ok {
		return found{}, i + 1, false
	}
	if skip := p.trap(n, cur != ""); skip > 0 {
		return found{}, skip, false
	}
	start := i
	if kind == bExact && cur == "" && n.start > i {
		start = n.start
	}
	q := parallax.Quantity{Value: n.value}
	k := n.end
	high := n.value
	// A range: "3,000 to 4,000", "between 20 and 30", "$3bn-$4bn".
	// After "rose from" the two figures are a change, read one by one.
	change := p.word(start-1) == "from" && changeVerbs[p.word(start-2)]
	if h, end, ok := p.rangeEnd(&n, k, kind == bRange); ok && !change {
		q.Value, high, k = n.value, h, end
	} else if kind == bRange {
		kind, start = bExact, n.start
	}
	// What is counted: a share, an amount, a duration or a noun.
	u := p.unit(n, k, cur)
	if u.reject || u.duration && (p.agoBefore(i) || u.unit == "Y" && p.ageAt(i, u.end)) {
		return found{}, max(u.end, n.end), false // "two days ago", "il y a deux jours", "de 71 años"
	}
	if u.unit == "" && u.counted == "" && p.noCount(n, start, u.end) {
		return found{}, n.end, false
	}
	if n.one && u.duration && !p.durationLed(start, kind) {
		return found{}, u.end, false
	}
	q.Unit, q.Counted, q.Modifiers = u.unit, u.counted, u.modifiers
	if u.duration {
		q.Unit = isoDuration(q.Value, u.unit)
		kind, start = p.durationKind(kind, i, start, n.start)
	}
	if u.end > k {
		k = u.end
	}
	p.bounds(&q, kind, n, high)
	q.Holder = p.holder(start, k, u)
	q.Span = parallax.Span{Start: p.toks[start].s, End: p.toks[k-1].e}
	q.Text = p.text[q.Span.Start:q.Span.End]
	return found{q: q, start: start, end: k}, k, true
}

// noCount rejects a bare number that is no count: "one" alone is a
// pronoun, a number before a name is part of it ("Two Boeing 737 jets"
// reads "Boeing 737" later), and "(5)" alone is a counter on a link or tab.
func (p *parser) noCount(n num, start, end int) bool {
	if n.one || p.tok(end).cap && p.tok(end).kind == tWord && (p.lang == nil || !p.lang.capNouns) {
		return true
	}
	return p.tok(start-1).text == "(" && p.tok(end).text == ")"
}

// durationKind adjusts the bound of a duration: "within four weeks" is at
// most four weeks, and "over eleven years" means during them, no bound. It
// returns the kind and the first token of the quantity.
func (p *parser) durationKind(kind, i, start, numStart int) (int, int) {
	if kind == bOver && p.word(i) == "over" {
		return bExact, numStart
	}
	if kind == bExact && p.word(start-1) == "within" {
		return bUnder, start - 1
	}
	return kind, start
}

// prefix matches a hedge or bound phrase at i and returns its kind and the
// token after it.
func (p *parser) prefix(i int) (int, int) {
	t := p.toks[i]
	if t.kind != tWord {
		return bExact, i
	}
	for _, pr := range prefixes[t.low] {
		if p.matches(i, pr.words) {
			return pr.kind, i + len(pr.words)
		}
	}
	if p.lang != nil {
		for _, pr := range p.lang.prefixes[t.low] {
			if p.matches(i, pr.words) {
				return pr.kind, i + len(pr.words)
			}
		}
	}
	return bExact, i
}

// matches reports whether the words at i are ws.
func (p *parser) matches(i int, ws []string) bool {
	if i < 0 {
		return false
	}
	for k, w := range ws {
		if i+k >= len(p.toks) || p.toks[i+k].low != w || p.toks[i+k].kind != tWord {
			return false
		}
	}
	return true
}

// currencyBefore reads a currency symbol or code before the number: "$",
// "US$", "€", "USD".
func (p *parser) currencyBefore(j int) (string, int) {
	if j >= len(p.toks) {
		return "", j
	}
	t := p.toks[j]
	if t.kind == tPunct {
		if c, ok := currencySymbols[t.text]; ok {
			return c, j + 1
		}
	}
	if t.kind == tWord && j+1 < len(p.toks) {
		nx := p.toks[j+1]
		if (t.low == "us" || t.low == "u.s.") && nx.text == "$" && !nx.space {
			return "USD", j + 2
		}
		if currencyCodes[t.low] && nx.kind == tNum {
			return strings.ToUpper(t.low), j + 1
		}
	}
	return "", j
}

// rangeEnd reads the upper end of a range after the number: "to 4,000",
// "-30", "and 30" after "between". A second figure no larger than the
// first ("187 to 41", a vote) is no range. On success it scales n by the
// second figure's scale word when n has none ("3 to 4 million").
func (p *parser) rangeEnd(n *num, k int, between bool) (float64, int, bool) {
	if k+1 >= len(p.toks) || n.vague || n.share {
		return 0, 0, false
	}
	t := p.toks[k]
	switch {
	case between && (t.low == "and" || p.lang != nil && t.low == p.lang.and):
	case !between && t.kind == tWord && (t.low == "to" || p.lang != nil && t.low == p.lang.to):
	case !between && t.kind == tPunct && (t.text == "–" || t.text == "—" || t.text == "-" && !t.space && !p.toks[k+1].space):
	default:
		return 0, 0, false
	}
	j := k + 1
	money := false
	if j < len(p.toks) && p.toks[j].kind == tPunct {
		if _, ok := currencySymbols[p.toks[j].text]; ok {
			j, money = j+1, true
		}
	}
	m, ok := p.parseNumber(j, money || n.scaled)
	if !ok || m.one || m.share || m.vague || (m.words != n.words) {
		return 0, 0, false
	}
	if p.trap(m, money) > 0 {
		return 0, 0, false
	}
	low := n.value
	if !n.scaled && m.scaled {
		low *= m.value / m.unscaled(p) // "3 to 4 million"
	}
	if m.value <= low {
		return 0, 0, false
	}
	n.value, n.scaled = low, n.scaled || m.scaled
	return m.value, m.end, true
}

// unscaled is the number as written before its scale word.
func (m num) unscaled(p *parser) float64 {
	if m.words {
		return m.value
	}
	v, _ := p.digits(p.toks[m.start].text)
	if v == 0 {
		return m.value
	}
	return v
}

// bounds sets Low, High and Approx from the hedge or bound kind.
func (p *parser) bounds(q *parallax.Quantity, kind int, n num, high float64) {
	lo := q.Value
	if n.vague {
		high, q.Approx = n.high, true
	}
	switch kind {
	case bAbout:
		q.Low, q.High, q.Approx = round(lo*0.9), round(high*1.1), true
	case bAlmost:
		q.Low, q.High, q.Approx = round(lo*0.9), high, true
	case bOver:
		q.Low, q.High = lo, math.Inf(1)
	case bUnder:
		q.Low, q.High = 0, high
	default:
		q.Low, q.High = lo, high
	}
}

// round trims float noise from ±10 % bounds.
func round(v float64) float64 {
	return math.Round(v*1e6) / 1e6
}

// durationLed reports whether "a" or "one" before a time unit reads as a
// duration ("within a month") rather than an indefinite ("one day, he…").
func (p *parser) durationLed(start, kind int) bool {
	return kind != bExact || durationLead[p.word(start-1)]
}

// word returns the lower-case word at i, or "" for punctuation or out of range.
func (p *parser) word(i int) string {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != tWord {
		return ""
	}
	return p.toks[i].low
}

// isoDuration writes value and a designator as an ISO 8601 duration:
// (4, "W") → "P4W", (72, "TH") → "PT72H", (2, "10Y") → "P20Y".
func isoDuration(v float64, designator string) string {
	mult := 1.0
	switch designator {
	case "10Y":
		mult, designator = 10, "Y"
	case "100Y":
		mult, designator = 100, "Y"
	}
	s := strconv.FormatFloat(v*mult, 'f', -1, 64)
	if designator[0] == 'T' {
		return "PT" + s + designator[1:]
	}
	return "P" + s + designator
}
