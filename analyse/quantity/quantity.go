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
	if kind != bExact && (p.word(j) == "a" || p.word(j) == "an") {
		if c, _ := p.currencyBefore(j + 1); c != "" {
			j++ // "up to a $150 credit": the bound is the amount's
		}
	}
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
	// A range ("3,000 to 4,000", "between 20 and 30", "$3bn-$4bn", "40% to
	// 70%") and what is counted: a share, an amount, a duration or a noun.
	high, k, u, ranged := p.rangeAndUnit(&n, start, kind, cur)
	q := parallax.Quantity{Value: n.value}
	if kind == bRange && !ranged {
		kind, start = bExact, n.start
	}
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

// rangeAndUnit reads what follows the number: the upper end of a range,
// if any, and the unit. It returns the upper end (the number itself when
// there is no range), the token after the range's second figure, the unit
// and whether a range was read. A range's scale word scales n.
func (p *parser) rangeAndUnit(n *num, start, kind int, cur string) (high float64, k int, u unitInfo, ranged bool) {
	k, high = n.end, n.value
	change := p.changeFrom(start)
	if h, end, ok := p.rangeEnd(n, k, kind == bRange); ok {
		high = n.value // scaled by the second figure's scale: "rose from 3 to 4 million"
		if !change && !p.changeBy(start, n.value, h) {
			high, k, ranged = h, end, true
		}
	}
	u = p.unit(*n, k, cur)
	if !ranged && !change {
		if h, end, ok := p.shareRange(*n, u, kind == bRange); ok && !p.changeBy(start, n.value, h) {
			high, u.end, ranged = h, end, true
		}
	}
	return high, k, u, ranged
}

// changeFrom reports whether "from" before token start follows a change
// verb in the same clause ("rose from 3,000 to 4,000", "raising the rate
// from 21% to 26.5%"): the two figures are a change, read one by one.
func (p *parser) changeFrom(start int) bool {
	if p.word(start-1) != "from" {
		return false
	}
	for m := start - 2; m >= 0 && m >= start-7 && p.toks[m].kind == tWord; m-- {
		if changeVerbs[p.toks[m].low] {
			return true
		}
	}
	return false
}

// changeBy reports whether two figures joined by "to" right after a change
// verb are a change and the level it reached, not a range: "claims fell
// 34,000 to 444,000". A range's ends are of one size ("rose 3 to 4
// percent"), so only a second figure over three times the first is read so.
func (p *parser) changeBy(start int, lo, hi float64) bool {
	verb := p.word(start - 1)
	if verb == "by" {
		verb = p.word(start - 2)
	}
	return changeVerbs[verb] && hi > 3*lo
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
// "US$", "A$", "$US", "€", "USD".
func (p *parser) currencyBefore(j int) (string, int) {
	if j >= len(p.toks) {
		return "", j
	}
	t := p.toks[j]
	if t.kind == tPunct {
		if c, ok := currencySymbols[t.text]; ok {
			// "$US1 million", "$A5": the country letters follow the sign.
			if t.text == "$" && p.tok(j+2).kind == tNum && !p.tok(j+1).space {
				if code, ok := p.dollarCountry(j + 1); ok {
					return code, j + 2
				}
			}
			return c, j + 1
		}
	}
	if t.kind == tWord && j+1 < len(p.toks) {
		nx := p.toks[j+1]
		if nx.text == "$" && !nx.space {
			if code, ok := p.dollarCountry(j); ok {
				return code, j + 2 // "A$2.9 million", "NZ$5bn"
			}
		}
		if nx.kind == tNum && currencyCodes[t.low] {
			return strings.ToUpper(t.low), j + 1 // "USD 40 million", "USD3m"
		}
		if t.cap && (nx.kind == tNum || nx.text == ".") && currencyWords[t.low] != "" {
			if nx.kind == tNum {
				return currencyWords[t.low], j + 1 // "Rs 500"
			}
			if !nx.space && p.tok(j+2).kind == tNum {
				return currencyWords[t.low], j + 2 // "Rs. 500"
			}
		}
	}
	return "", j
}

// dollarCountry returns the currency of the country letters at token i
// written with "$": capitals ("A", "NZ", "U.S."), so that the article "a"
// before a sign is not read as one.
func (p *parser) dollarCountry(i int) (string, bool) {
	t := p.tok(i)
	if t.kind != tWord || !t.cap || len(t.text) > 1 && !isAcronym(t.text) && t.low != "u.s." {
		return "", false
	}
	code, ok := dollarCountries[t.low]
	return code, ok
}

// rangeEnd reads the upper end of a range after the number: "to 4,000",
// "-30", "and 30" after "between". A second figure no larger than the
// first ("187 to 41", a vote) is no range. On success it scales n by the
// second figure's scale word when n has none ("3 to 4 million").
func (p *parser) rangeEnd(n *num, k int, between bool) (float64, int, bool) {
	if k+1 >= len(p.toks) || n.vague || n.share {
		return 0, 0, false
	}
	if !p.rangeWord(k, between) {
		return 0, 0, false
	}
	j := k + 1
	money := false
	if c, next := p.currencyBefore(j); c != "" {
		j, money = next, true // "$3bn to $4bn", "A$3bn to A$4bn", "EUR 3bn to EUR 4bn"
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

// rangeWord reports whether token k joins the two ends of a range: "and"
// after "between", else "to" or a dash.
func (p *parser) rangeWord(k int, between bool) bool {
	t := p.tok(k)
	switch {
	case between:
		return t.kind == tWord && (t.low == "and" || p.lang != nil && t.low == p.lang.and)
	case t.kind == tWord:
		return t.low == "to" || p.lang != nil && t.low == p.lang.to
	}
	return t.kind == tPunct && (t.text == "–" || t.text == "—" || t.text == "-" && !t.space && !p.tok(k+1).space)
}

// shareRange reads the upper end of a range whose two figures each carry
// the share's unit: "40% to 70%", "between 40 per cent and 70 per cent",
// "40%-70%". As in rangeEnd, a second figure no larger than the first is
// a tally ("43 percent to 41 percent"), and so is a pair after a name
// ("trails Mirov 38% to 55%"): the two are read one by one.
func (p *parser) shareRange(n num, u unitInfo, between bool) (float64, int, bool) {
	k := u.end
	if !u.share || n.vague || n.share || !p.rangeWord(k, between) || p.afterName(n.start) {
		return 0, 0, false
	}
	m, ok := p.parseNumber(k+1, false)
	if !ok || m.one || m.share || m.vague || m.words != n.words || m.value <= n.value || p.trap(m, false) > 0 {
		return 0, 0, false
	}
	v, ok := p.percent(m.end)
	if !ok || v.unit != u.unit {
		return 0, 0, false
	}
	return m.value, v.end, true
}

// afterName reports whether a capitalised word that is no hedge or
// function word stands right before token i: a name, as in a poll score.
func (p *parser) afterName(i int) bool {
	pv := p.tok(i - 1)
	return pv.kind == tWord && pv.cap && !p.titleCase && !p.capWord(pv.low) && !months[pv.low]
}

// unscaled is the number as written before its scale word.
func (m num) unscaled(p *parser) float64 {
	if m.words {
		return m.wordsUnscaled(p)
	}
	v, _ := p.digits(p.toks[m.start].text)
	if v == 0 {
		return m.value
	}
	return v
}

// wordsUnscaled is a number in words before its one scale word, which ends
// it ("three" of "three million", "twenty-five" of "twenty-five thousand");
// a number with no scale word or several is returned whole.
func (m num) wordsUnscaled(p *parser) float64 {
	last := p.tok(m.end - 1).low
	s, ok := p.scale(last)
	if !ok || s == 0 || len(last) <= 2 {
		return m.value
	}
	for k := m.start; k < m.end-1; k++ {
		if _, ok := p.scale(p.toks[k].low); ok && p.toks[k].kind == tWord {
			return m.value // "two thousand five hundred"
		}
	}
	return m.value / s
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
