package quantity

// trap recognises a number that is no quantity: a date, a time of day, a
// year, a phone number, an address, a page counter or label, a model name
// or an ordinal. It returns the token to resume from, past the whole
// expression, or 0 when the number may be a quantity.
func (p *parser) trap(n num, money bool) int {
	t := p.toks[n.start]
	if t.kind == tWord {
		return p.wordTrap(n)
	}
	if t.kind != tNum {
		return 0
	}
	if skip := p.glued(n, money); skip > 0 {
		return skip
	}
	if skip := p.clock(n); skip > 0 {
		return skip
	}
	if skip := p.date(n); skip > 0 {
		return skip
	}
	if skip := p.joinedNumbers(n); skip > 0 {
		return skip
	}
	if skip := p.phone(n); skip > 0 {
		return skip
	}
	if skip := p.label(n, money); skip > 0 {
		return skip
	}
	if skip := p.address(n); skip > 0 {
		return skip
	}
	if skip := p.identifier(n, money); skip > 0 {
		return skip
	}
	if skip := p.age(n); skip > 0 {
		return skip
	}
	return p.year(n, money)
}

// wordTrap rejects "one of the most…", "no one", "the one".
func (p *parser) wordTrap(n num) int {
	if !n.one || p.toks[n.start].low != "one" {
		return 0
	}
	switch p.word(n.start - 1) {
	case "no", "the", "this", "that", "any", "every", "each", "which", "no-one", "someone", "anyone":
		return n.end
	}
	if w := p.word(n.end); w == "of" || w == "another" || w == "who" || w == "which" || w == "that" {
		return n.end
	}
	return 0
}

// tok returns token i, or a blank token out of range.
func (p *parser) tok(i int) token {
	if i < 0 || i >= len(p.toks) {
		return token{kind: -1, space: true}
	}
	return p.toks[i]
}

// glued rejects digits glued to letters: "A320", "F-16", "COVID-19",
// "2nd", "1990s", "10am", "4G"; scales and units may be glued ("3bn", "5km").
func (p *parser) glued(n num, money bool) int {
	t, pv := p.toks[n.start], p.tok(n.start-1)
	if money && pv.kind == tWord && (!pv.space && p.tok(n.start-2).text == "$" || currencyCodes[pv.low] || currencyWords[pv.low] != "") {
		pv = token{kind: -1} // "$US1", "USD3m", "Rs500": the currency, no model name
	}
	if !t.space && (pv.kind == tWord || pv.text == "_") {
		return n.end // "A320", "wsj_1006"
	}
	if !t.space && pv.text == "-" && !pv.space && p.tok(n.start-2).kind == tWord {
		return n.end
	}
	if pv2 := p.tok(n.start - 2); !t.space && pv.text == "-" && !pv.space && pv2.kind == tNum && !pv2.space && p.tok(n.start-3).kind == tWord {
		return n.end // "A350-900"
	}
	nx := p.tok(n.start + 1)
	if nx.kind != tWord || nx.space {
		return 0
	}
	if _, ok := scales[nx.low]; ok || n.scaled {
		return 0
	}
	if _, ok := canonical[nx.low]; ok {
		return 0
	}
	if _, ok := durations[nx.low]; ok {
		return 0
	}
	return n.start + 2
}

// clock rejects times of day: "3:15 pm", "06:00", "3 p.m.", "0600 GMT".
func (p *parser) clock(n num) int {
	nx := p.tok(n.start + 1)
	if nx.text == ":" && !nx.space && p.tok(n.start+2).kind == tNum && !p.tok(n.start+2).space {
		end := n.start + 3
		if c := p.tok(end); c.text == ":" && !c.space && p.tok(end+1).kind == tNum {
			end += 2 // seconds: "03:44:53"
		}
		if clockWords[p.word(end)] {
			end++
		}
		return end
	}
	if nx.kind == tWord && clockWords[nx.low] {
		return n.start + 2
	}
	// "at 6.30": hours and minutes with a dot.
	if txt := p.toks[n.start].text; p.word(n.start-1) == "at" && len(txt) >= 4 && txt[len(txt)-3] == '.' && n.value < 24 && !n.scaled {
		return n.end
	}
	return 0
}

// date rejects the day or year of a date: "October 22, 2019", "Oct. 22",
// "22 October 2019", "the 22nd of October".
func (p *parser) date(n num) int {
	pv := p.tok(n.start - 1)
	if pv.text == "." {
		pv = p.tok(n.start - 2)
	}
	end := 0
	if pv.kind == tWord && pv.cap && months[pv.low] {
		end = n.start + 1
	} else if m := n.start + 1; p.word(m) == "of" && p.tok(m+1).cap && months[p.word(m+1)] ||
		p.lang != nil && p.word(m) == p.lang.of && p.isMonth(m+1) {
		end = m + 2 // "the 22nd of October", "14 de marzo"
	} else if p.isMonth(m) {
		end = m + 1 // "22 October", "14 mars"
	} else if p.lang != nil && p.tok(m).text == "." && !p.tok(m).space && p.isMonth(m+1) {
		end = m + 2 // "14. März"
	}
	if end == 0 {
		return 0
	}
	// Swallow the year that follows: ", 2019" or " 2019".
	if p.tok(end).text == "." && p.tok(end).kind == tPunct && p.tok(end+1).kind == tNum {
		end++
	}
	if p.tok(end).text == "," {
		if y := p.tok(end + 1); y.kind == tNum && len(y.text) == 4 {
			return end + 2
		}
	}
	if y := p.tok(end); y.kind == tNum && len(y.text) == 4 {
		return end + 1
	}
	return end
}

// joinedNumbers rejects numbers joined by "/" ("22/10/2019", "1/3",
// "24/7") and by "-" in threes ("2019-10-22") or into phone-like strings
// ("555-0199") and year spans ("2014-15"). Two short numbers joined by a
// hyphen stay, as a range ("20-30").
func (p *parser) joinedNumbers(n num) int {
	sep := p.tok(n.start + 1)
	if sep.kind != tPunct || sep.space || (sep.text != "/" && sep.text != "-") {
		return 0
	}
	groups, digits, end := 1, countDigits(p.toks[n.start].text), n.start+1
	for m := n.start + 1; m+1 < len(p.toks); m += 2 {
		s, d := p.toks[m], p.toks[m+1]
		if s.kind != tPunct || s.text != sep.text || s.space || d.kind != tNum || d.space {
			break
		}
		groups++
		digits += countDigits(d.text)
		end = m + 2
	}
	if groups == 1 {
		return 0
	}
	if sep.text == "/" || groups >= 3 || digits >= 7 || (n.plain && n.digits == 4 && n.value >= 1500 && n.value <= 2100) {
		return end
	}
	return 0
}

// phone rejects phone numbers: "+44 20 7946 0958", "(555) 123-4567",
// "020 7946 0958", and runs of three or more bare numbers.
func (p *parser) phone(n num) int {
	t, pv := p.toks[n.start], p.tok(n.start-1)
	lead := (pv.text == "+" && !t.space) ||
		(pv.text == "(" && p.tok(n.start+1).text == ")" && len(t.text) == 3) ||
		(len(t.text) > 1 && t.text[0] == '0' && t.text[1] != '.' && t.text[1] != ',')
	end, groups := n.start+1, 1
	for m := n.start + 1; m < len(p.toks); m++ {
		s := p.toks[m]
		if s.kind == tNum && !n.scaled {
			groups++
			end = m + 1
			continue
		}
		if s.kind == tPunct && (s.text == "-" || s.text == "." || s.text == ")" || s.text == "(") && p.tok(m+1).kind == tNum {
			continue
		}
		break
	}
	if lead || groups >= 3 {
		return end
	}
	return 0
}

// label rejects numbers that name rather than count: "page 2 of 5",
// "Section 5", "No. 10", "Flight 370", "§ 12", "#3", and model names after
// a capitalised word: "Boeing 737", "Windows 10".
func (p *parser) label(n num, money bool) int {
	pv := p.tok(n.start - 1)
	dotted := pv.text == "."
	if dotted {
		pv = p.tok(n.start - 2)
	}
	isLabel := pv.kind == tWord && labels[pv.low] ||
		p.word(n.end) == "of" && (p.word(n.end+1) == "your" || p.word(n.end+1) == "my") // "2 of your 3 free articles"
	if pv.kind == tPunct && (pv.text == "#" || pv.text == "§" || pv.text == "№") {
		isLabel = true
	}
	// Another language's sentence may open on a verb: "Llegaron 1.250 personas".
	opener := p.lang != nil && n.start == 1
	// A share after a name is a score, not a model: "leads Mirov 43 percent".
	if !isLabel && !money && !dotted && !p.titleCase && !opener && pv.kind == tWord && pv.cap && !p.capWord(pv.low) &&
		!months[pv.low] && !hasPossessive(pv.low) && !isAcronym(pv.text) && !p.shareAfter(n.end) {
		isLabel = true
	}
	if !isLabel {
		return 0
	}
	end := n.end
	if d := p.tok(end); (d.text == "-" || d.text == "–") && p.tok(end+1).kind == tNum {
		end += 2 // "pages 12-14"
	}
	if p.word(end) == "of" && p.tok(end+1).kind == tNum {
		end += 2 // "page 2 of 5"
	} else if p.word(end) == "of" && p.tok(end+2).kind == tNum {
		end += 3 // "2 of your 3"
	}
	return end
}

// shareAfter reports whether a percent sign or word follows token k.
func (p *parser) shareAfter(k int) bool {
	_, ok := p.percent(k)
	return ok
}

// hasPossessive reports whether a lower-case word ends in "'s".
func hasPossessive(w string) bool {
	return len(w) > 2 && w[len(w)-2:] == "'s"
}

// address rejects street numbers: "10 Downing Street", "1600 Pennsylvania
// Avenue NW".
func (p *parser) address(n num) int {
	if n.scaled {
		return 0
	}
	m := n.start + 1
	names := 0
	for ; m < len(p.toks) && m < n.start+5; m++ {
		t := p.toks[m]
		if t.kind != tWord || !t.cap {
			return 0
		}
		if streets[t.low] && names > 0 {
			return m + 1
		}
		names++
	}
	return 0
}

// year rejects a year used as a date: "in 2019", "since 2003", "2016,".
// A four-digit figure is a count only with a currency, a scale, a percent
// sign or a plural noun after it, and no date word before it.
func (p *parser) year(n num, money bool) int {
	if !n.plain || n.digits != 4 || n.value < 1500 || n.value > 2100 || money || n.scaled {
		return 0
	}
	if yearLead[p.word(n.start-1)] {
		return n.end
	}
	nx := p.tok(n.end)
	if nx.text == "%" || p.word(n.end) == "percent" {
		return 0
	}
	if nx.kind == tWord && !nx.cap && p.isHead(nx) {
		return 0
	}
	return n.end
}

// identifier rejects long digit strings written without separators
// ("19980216", "80386"): English news groups the digits of a count, so
// five or more bare digits name a document, a product or a code, unless a
// currency, percent sign or counted noun follows.
func (p *parser) identifier(n num, money bool) int {
	if !n.plain || n.digits < 5 || money || n.scaled {
		return 0
	}
	nx := p.tok(n.end)
	if nx.text == "%" || nx.kind == tWord && p.isHead(nx) {
		return 0
	}
	return n.end
}

// age rejects the age given after a name between commas: "Linda Sanders,
// 35, had finished".
func (p *parser) age(n num) int {
	name, comma := p.tok(n.start-2), p.tok(n.start-1)
	after := p.tok(n.end)
	if comma.text != "," || name.kind != tWord || !name.cap || capOK[name.low] || months[name.low] ||
		(after.text != "," && after.text != ")" && after.text != ".") || !n.plain || n.value >= 120 {
		return 0
	}
	return n.end
}
