package quantity

import "strings"

// unitInfo is what follows a number: its unit, the counted noun and the
// words that qualify it.
type unitInfo struct {
	unit      string // canonical unit; for a duration, its ISO 8601 designator
	counted   string // head noun as written
	modifiers []string
	end       int  // token after the unit or noun phrase
	duration  bool // a time unit: "four weeks", "five-day"
	money     bool
	share     bool
	noun      bool // a counted noun was found
	reject    bool // a time point or an age, not a quantity
}

// unit reads what follows the number ending at token k.
func (p *parser) unit(n num, k int, cur string) unitInfo {
	if n.share {
		return unitInfo{unit: "percent", end: k, share: true}
	}
	if n.one && p.toks[n.start].low != "one" && p.tok(k).kind == tPunct {
		return unitInfo{end: k} // "A $300 fee": an article before an amount
	}
	if u, ok := p.percent(k); ok {
		return u
	}
	if p.lang != nil && cur == "" && n.scaled && p.lang.of != "" && p.word(k) == p.lang.of {
		k++ // "5 millones de euros", "1,2 million de personnes"
	}
	if u, ok := p.money(k, cur); ok {
		return u
	}
	if u, ok := p.duration(k); ok || u.reject {
		return u
	}
	if n.one && p.toks[n.start].low != "one" {
		return unitInfo{end: k} // "a" counts only time: "within a month"
	}
	if u, ok := p.compound(k); ok {
		return u
	}
	if u, ok := p.nounPhrase(k, false); ok {
		return u
	}
	return unitInfo{end: k}
}

// percent reads "%", "percent", "per cent", "percentage points".
func (p *parser) percent(k int) (unitInfo, bool) {
	switch {
	case k >= len(p.toks):
	case p.toks[k].text == "%":
		return unitInfo{unit: "percent", end: k + 1, share: true}, true
	case p.word(k) == "per" && p.word(k+1) == "cent":
		return unitInfo{unit: "percent", end: k + 2, share: true}, true
	case p.word(k) == "percentage" && (p.word(k+1) == "points" || p.word(k+1) == "point"):
		return unitInfo{unit: "percentage point", end: k + 2, share: true}, true
	case p.word(k) == "percent" || p.word(k) == "pct" || p.toks[k].text == "pc": // "2.5 pc", as British papers write it
		return unitInfo{unit: "percent", end: k + 1, share: true}, true
	case p.lang != nil:
		for _, ws := range p.lang.percent {
			if p.matches(k, ws) {
				return unitInfo{unit: "percent", end: k + len(ws), share: true}, true
			}
		}
	}
	return unitInfo{}, false
}

// money reads the currency of an amount: a symbol or code before the
// number, or a symbol, code or currency name after it ("210 million marks").
func (p *parser) money(k int, cur string) (unitInfo, bool) {
	if cur != "" {
		return unitInfo{unit: cur, end: k, money: true}, true
	}
	if k >= len(p.toks) {
		return unitInfo{}, false
	}
	t := p.toks[k]
	if t.kind == tPunct {
		if c, ok := currencySymbols[t.text]; ok {
			return unitInfo{unit: c, end: k + 1, money: true}, true
		}
		return unitInfo{}, false
	}
	if c, ok := currencyNouns[t.low]; ok && t.kind == tWord {
		return unitInfo{unit: c, counted: t.text, end: k + 1, money: true}, true
	}
	if w, ok := p.elided(t.low); ok && t.kind == tWord {
		if c, ok := currencyNouns[w]; ok {
			return unitInfo{unit: c, counted: t.text, end: k + 1, money: true}, true // "d'euros"
		}
	}
	if currencyCodes[t.low] && t.kind == tWord && t.cap {
		return unitInfo{unit: strings.ToUpper(t.low), end: k + 1, money: true}, true
	}
	return unitInfo{}, false
}

// duration reads a time unit after the number, alone ("four weeks") or
// joined ("five-day"). A unit followed by "ago", "earlier" or "later" is a
// point in time, and "45-year-old" an age: both are rejected.
func (p *parser) duration(k int) (unitInfo, bool) {
	w := k
	if p.joined(k) {
		w = k + 1
	}
	d, ok := durations[p.word(w)]
	if !ok && p.lang != nil {
		d, ok = p.lang.durations[p.word(w)]
	}
	if !ok || p.toks[w].cap && (p.lang == nil || !p.lang.capNouns) {
		return unitInfo{}, false
	}
	end := w + 1
	if relativeAfter[p.word(end)] || (p.joined(end) && p.word(end+1) == "old") || p.word(end) == "read" ||
		p.lang != nil && p.lang.agoAfter[p.word(end)] {
		// "two days ago", "45-year-old", "3 min read".
		return unitInfo{end: end + 2, reject: true}, false
	}
	return unitInfo{unit: d, counted: p.toks[w].text, end: end, duration: true}, true
}

// joined reports whether token k is a hyphen glued to the words around it.
func (p *parser) joined(k int) bool {
	return k+1 < len(p.toks) && p.toks[k].kind == tPunct && p.toks[k].text == "-" &&
		!p.toks[k].space && !p.toks[k+1].space && p.toks[k+1].kind == tWord
}

// compound reads a measure joined to its number: "240-seat", and
// "5,000-strong force" where the noun follows.
func (p *parser) compound(k int) (unitInfo, bool) {
	if !p.joined(k) {
		return unitInfo{}, false
	}
	w := p.toks[k+1]
	if w.low == "strong" {
		if u, ok := p.nounPhrase(k+2, true); ok {
			return u, true
		}
	}
	u, ok := p.canonicalUnit(w.low)
	if !ok {
		u = singular(w.low)
	}
	return unitInfo{unit: u, counted: w.text, end: k + 2, noun: true}, true
}

// nounPhrase reads the counted noun after a number and the words that
// qualify it: "5,000 US troops", "5,000 of its troops", "300 military
// advisers". single accepts a singular head ("5,000-strong force"). Without a tagger, the head is the first plural-looking or
// known noun within four words; function words and common verbs end the
// search.
func (p *parser) nounPhrase(k int, single bool) (unitInfo, bool) {
	if p.word(k) == "of" && determiners[p.word(k+1)] {
		k += 2
	}
	type span struct{ s, e int } // token range of one (possibly hyphenated) word
	var words []span
	head := -1
	if w := p.word(k); (w == "more" || w == "fewer" || w == "additional" || w == "extra") && !p.isStop(p.word(k+1)) && p.tok(k+1).kind == tWord {
		words = append(words, span{k, k + 1}) // "3,000 more troops"
		k++
	}
	for m := k; m < len(p.toks) && len(words) < 4; m++ {
		t := p.toks[m]
		if len(words) > 0 && p.joined(m) && m == words[len(words)-1].e {
			words[len(words)-1].e = m + 2
			m++
			if p.isHead(p.toks[m]) {
				head = len(words) - 1
				break
			}
			continue
		}
		if t.kind != tWord || (!t.cap && p.isStop(t.low)) || (t.cap && months[t.low]) || hasPossessive(t.low) || p.lang != nil && p.lang.months[t.low] {
			break
		}
		if _, num := p.numberWord(t.low); num {
			break
		}
		words = append(words, span{m, m + 1})
		if p.isHead(t) {
			head = len(words) - 1
			break
		}
	}
	if head < 0 && (len(words) == 1 || single && len(words) > 0) && singularNoun(p.toks[words[0].s]) &&
		!pastVerbs[p.toks[words[0].s].low] { // "claims for the week to Oct. 9 fell"
		head = 0
	}
	if head < 0 {
		return unitInfo{}, false
	}
	text := func(s span) string { return p.text[p.toks[s.s].s:p.toks[s.e-1].e] }
	h := words[head]
	counted := text(h)
	key := lower(counted)
	var mods []string
	for _, w := range words[:head] {
		mods = append(mods, text(w))
	}
	// Two-word units: "service members", "military personnel".
	if len(mods) > 0 {
		two := lower(mods[len(mods)-1]) + " " + key
		if _, ok := p.canonicalUnit(two); ok {
			counted = mods[len(mods)-1] + " " + counted
			key, mods = two, mods[:len(mods)-1]
		}
	}
	unit, ok := p.canonicalUnit(key)
	if !ok {
		unit = singular(key)
	}
	if irr, ok := irregular[key]; ok {
		unit = irr
	}
	return unitInfo{unit: unit, counted: counted, modifiers: mods, end: h.e, noun: true}, true
}

// isHead reports whether a word can end a counted noun phrase: a known
// unit noun or a plural.
func (p *parser) isHead(t token) bool {
	if _, ok := p.canonicalUnit(t.low); ok {
		return true
	}
	if p.lang != nil {
		// German capitalises its nouns: the first one is the head.
		if p.lang.capNouns && t.cap && t.kind == tWord && !p.lang.stop[t.low] && !isAcronym(t.text) {
			return true
		}
		if p.lang.stop[t.low] {
			return false
		}
	}
	return looksPlural(t)
}

// looksPlural guesses a plural noun from its ending.
func looksPlural(t token) bool {
	w := t.low
	if t.kind != tWord || len(w) < 3 || w[len(w)-1] != 's' || isAcronym(t.text) || stopNoun[w] {
		return false
	}
	for _, suf := range []string{"ss", "us", "is", "ous", "'s"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	return !nonPlural[w]
}

// nonPlural are words ending in "s" that are no plural noun.
var nonPlural = set("news", "has", "was", "does", "goes", "says", "its", "this", "thus",
	"whereas", "perhaps", "always", "sometimes", "towards", "afterwards", "besides", "unless",
	"series", "means", "species")

// singularNoun accepts a lone word after a count of one or a compound unit:
// a lower-case word that does not look like a verb or adverb.
func singularNoun(t token) bool {
	w := t.low
	if t.cap || len(w) < 3 {
		return false
	}
	for _, suf := range []string{"ed", "ing", "ly"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	return true
}

// isAcronym reports whether w is written in capitals ("US", "NATO").
func isAcronym(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'a' && c <= 'z' {
			return false
		}
	}
	return true
}

// irregular plurals and their singulars.
var irregular = map[string]string{
	"men": "man", "women": "woman", "children": "child", "police": "police",
	"staff": "staff", "sheep": "sheep", "cattle": "cattle", "feet": "foot", "teeth": "tooth",
}

// singular turns an English plural into its singular, for units of nouns
// without a canonical unit: "advisers" → "adviser", "lorries" → "lorry".
func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "sses"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}

// holder finds the place or owner of what is counted: a possessive before
// the quantity ("Iraq's 5,000 troops") or a place after it, up to the next
// punctuation or number ("troops in Iraq", "troops from Kessaria"). A
// place after "leave" is used when no preposition gives one.
func (p *parser) holder(start, end int, u unitInfo) string {
	if u.money || u.share || u.duration {
		return ""
	}
	if start > 0 {
		if t := p.toks[start-1]; t.kind == tWord && t.cap && strings.HasSuffix(t.low, "'s") {
			s := t.s
			for m := start - 2; m >= 0 && p.toks[m].kind == tWord && p.toks[m].cap && !capOK[p.toks[m].low]; m-- {
				s = p.toks[m].s
			}
			return strings.TrimSuffix(strings.TrimSuffix(p.text[s:t.e], "'s"), "’s")
		}
	}
	fallback := ""
	for m := end; m < len(p.toks) && m < end+12; m++ {
		t := p.toks[m]
		if t.kind == tNum || (t.kind == tPunct && t.text != "-") {
			break
		}
		if t.cap && !(p.titleCase && holderPreps[t.low]) {
			continue
		}
		if originVerbs[t.low] {
			break // "helicopters bought from Veltrava": an origin, not a holder
		}
		if holderPreps[t.low] || p.lang != nil && p.lang.preps[t.low] {
			if name := p.properName(m + 1); name != "" {
				return name
			}
		}
		if fallback == "" && leaveVerbs[t.low] {
			fallback = p.properName(m + 1)
		}
	}
	return fallback
}

// originVerbs make the place after them a source, not a holder.
var originVerbs = set("bought", "purchased", "imported", "acquired", "borrowed", "received",
	"sent", "flown", "shipped", "donated", "supplied", "delivered")

// leaveVerbs take the place the counted people are in as their object.
var leaveVerbs = set("leave", "leaving", "left", "quit", "quitting", "evacuate", "evacuated")

// properName reads the capitalised name at m ("the" skipped), up to a
// possessive: "Kessaria" in "Kessaria's northern province".
func (p *parser) properName(m int) string {
	if p.word(m) == "the" && !p.toks[m].cap {
		m++
	}
	if m >= len(p.toks) || !p.toks[m].cap || p.toks[m].kind != tWord || notPlaces[p.toks[m].low] {
		return ""
	}
	s, e := p.toks[m].s, p.toks[m].e
	for ; m < len(p.toks) && p.toks[m].kind == tWord; m++ {
		if !p.toks[m].cap {
			// "Port of Brennick", "Republic of Kessaria".
			if p.toks[m].low != "of" || !p.tok(m+1).cap || p.tok(m+1).kind != tWord {
				break
			}
			continue
		}
		e = p.toks[m].e
		if w := p.toks[m].text; strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			return strings.TrimSuffix(strings.TrimSuffix(p.text[s:e], "'s"), "’s")
		}
	}
	return p.text[s:e]
}

// fillElided gives a bare count the unit of a counted quantity in the same
// sentence when the noun is left out: "a first batch of 1,000", "300 of them".
func (p *parser) fillElided() {
	for i := range p.found {
		f := &p.found[i]
		if f.q.Unit != "" || f.q.Counted != "" {
			continue
		}
		collective := p.word(f.start-1) == "of" && collectives[p.word(f.start-2)]
		partitive := p.word(f.end) == "of" && (p.word(f.end+1) == "them" || p.word(f.end+1) == "those")
		if !collective && !partitive {
			continue
		}
		if d := p.donor(i); d >= 0 {
			f.q.Unit = p.found[d].q.Unit
			if f.q.Holder == "" {
				f.q.Holder = p.found[d].q.Holder
			}
		}
	}
}

// donor returns the nearest quantity of the sentence, before i first, that
// counts a noun; -1 when none.
func (p *parser) donor(i int) int {
	ok := func(j int) bool {
		q := p.found[j].q
		return q.Counted != "" && q.Unit != "percent" && !strings.HasPrefix(q.Unit, "P") && !isCurrency(q.Unit)
	}
	for j := i - 1; j >= 0; j-- {
		if ok(j) {
			return j
		}
	}
	for j := i + 1; j < len(p.found); j++ {
		if ok(j) {
			return j
		}
	}
	return -1
}

// isCurrency reports whether a unit is a currency.
func isCurrency(u string) bool {
	for _, c := range currencyNouns {
		if c == u {
			return true
		}
	}
	return len(u) == 3 && u == strings.ToUpper(u)
}
