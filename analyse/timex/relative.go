package timex

import "time"

// relWords are one-word expressions relative to the DCT.
var relWords = map[string]bool{
	"now": true, "currently": true, "current": true, "recently": true, "recent": true,
	"soon": true, "nowadays": true, "today": true, "yesterday": true, "tomorrow": true,
	"tonight": true, "future": true, "present": true, "formerly": true, "lately": true,
}

// relative reads "now", "today", "yesterday morning", "last night",
// "this morning", "the future", "the past", "recently".
func (s *scanner) relative(i int) match {
	w := s.w(i)
	switch w {
	case "right", "late", "early", "sometime":
		// "right now", "late yesterday", "sometime next year": the word
		// joins the span of what follows.
		var m match
		switch w {
		case "right":
			if s.w(i+1) == "now" {
				m = match{n: 1, typ: Date, val: "PRESENT_REF"}
			}
		case "sometime":
			m = s.relativeUnit(i + 1)
		default:
			if m = s.relative(i + 1); len(m.val) != 10 {
				m = match{}
			}
		}
		if m.n == 0 {
			return match{}
		}
		return match{n: m.n + 1, typ: m.typ, val: m.val}
	case "now", "nowadays":
		if s.w(i+1) == "that" && w == "now" {
			return match{}
		}
		return match{n: 1, typ: Date, val: "PRESENT_REF"}
	case "currently", "current":
		return match{n: 1, typ: Date, val: "PRESENT_REF"}
	case "recently", "recent", "lately":
		return match{n: 1, typ: Date, val: "PAST_REF"}
	case "formerly":
		return match{n: 1, typ: Date, val: "PAST_REF"}
	case "soon":
		if s.w(i+1) == "as" || s.w(i-1) == "as" {
			return match{}
		}
		return match{n: 1, typ: Date, val: "FUTURE_REF"}
	case "today", "yesterday", "tomorrow":
		off := map[string]int{"today": 0, "yesterday": -1, "tomorrow": 1}[w]
		if p, ok := partsOfDay[s.w(i+1)]; ok {
			return match{n: 2, typ: Time, val: s.dayOrX(off) + "T" + p}
		}
		return match{n: 1, typ: Date, val: s.dayOrX(off)}
	case "tonight":
		return match{n: 1, typ: Time, val: s.dayOrX(0) + "TNI"}
	case "this", "last":
		if p, ok := partsOfDay[s.w(i+1)]; ok && (w == "this" || p == "NI") {
			off := 0
			if w == "last" {
				off = -1
			}
			return match{n: 2, typ: Time, val: s.dayOrX(off) + "T" + p}
		}
	case "the":
		switch s.w(i + 1) {
		case "future":
			return match{n: 2, typ: Date, val: "FUTURE_REF"}
		case "near", "distant", "foreseeable":
			if s.w(i+2) == "future" {
				return match{n: 3, typ: Date, val: "FUTURE_REF"}
			}
		case "past":
			return match{n: 2, typ: Date, val: "PAST_REF"}
		case "present":
			return match{n: 2, typ: Date, val: "PRESENT_REF"}
		case "current":
			k := i + 2
			if s.w(k) == "fiscal" {
				k++
			}
			if s.w(k) == "year" && s.known {
				return match{n: k + 1 - i, typ: Date, val: yearValue(s.dct.Year())}
			}
		}
	case "present":
		if s.w(i-1) == "at" {
			return match{n: 1, typ: Date, val: "PRESENT_REF"}
		}
	}
	return match{}
}

// relativeUnit reads "[early|late|earlier|later] last/this/next
// week/month/year/weekend/season", "the weekend", "the coming weeks",
// "recent years", "a year ago" and "year-earlier".
func (s *scanner) relativeUnit(i int) match {
	j := i
	if w := s.w(j); w == "early" || w == "late" || w == "earlier" || w == "later" || w == "mid" {
		j++
	}
	if m := s.seasonYear(i, j); m.n > 0 {
		return m
	}
	switch w := s.w(j); w {
	case "last", "this", "next", "past", "previous", "current", "coming":
		if w == "past" || w == "current" || w == "coming" || w == "previous" {
			// Only after "the": "the past week" is handled as a duration.
			return match{}
		}
		rel := map[string]int{"last": -1, "this": 0, "next": 1}[w]
		u := s.w(j + 1)
		if sea, ok := seasons[u]; ok {
			if !s.known {
				return match{n: j + 2 - i, typ: Date, val: "XXXX-" + sea}
			}
			return match{n: j + 2 - i, typ: Date, val: yearValue(seasonYear(s.dct, sea, rel)) + "-" + sea}
		}
		if j+1 < len(s.toks) && s.toks[j+1].upper {
			return match{} // a title: ABC's "This Week"
		}
		if v := s.unitValue(u, rel); v != "" {
			return match{n: j + 2 - i, typ: Date, val: v}
		}
	case "the":
		switch s.w(j + 1) {
		case "weekend":
			rel := -1
			if s.future(i) {
				rel = 1
			}
			return match{n: j + 2 - i, typ: Date, val: s.unitValue("weekend", rel)}
		case "coming", "next", "past", "last":
			if u, ok := units[s.w(j+2)]; ok && u.plural && !u.clock {
				val := "PAST_REF"
				if s.w(j+1) == "coming" || s.w(j+1) == "next" {
					val = "FUTURE_REF"
				}
				return match{n: j + 3 - i, typ: Date, val: val}
			}
		}
	case "recent":
		if u, ok := units[s.w(j+1)]; ok && u.plural && !u.clock {
			return match{n: j + 2 - i, typ: Duration, val: durValue(-1, u)}
		}
	case "a", "one":
		// "a year ago", "a year earlier": a year before the last quarter
		// or the DCT.
		if s.w(j+1) == "year" && (s.w(j+2) == "ago" || s.w(j+2) == "earlier") && j == i {
			return match{n: 3, typ: Date, val: s.yearEarlier()}
		}
	case "year":
		if s.hyphen(j+1) && (s.w(j+2) == "earlier" || s.w(j+2) == "ago") && j == i {
			if s.w(j+3) == "quarter" || s.w(j+3) == "period" {
				return match{}
			}
			return match{n: 3, typ: Date, val: s.yearEarlier()}
		}
	}
	return match{}
}

// yearEarlier is the value of "a year earlier": the last quarter
// mentioned a year back, or the year before the DCT.
func (s *scanner) yearEarlier() string {
	if s.quarter != "" && s.quarter[0] != 'X' {
		y := (int(s.quarter[0]-'0')*1000 + int(s.quarter[1]-'0')*100 + int(s.quarter[2]-'0')*10 + int(s.quarter[3]-'0')) - 1
		return yearValue(y) + s.quarter[4:]
	}
	if !s.known {
		return "XXXX"
	}
	return yearValue(s.dct.Year() - 1)
}

// unitValue is the value of last (-1), this (0) or next (+1) week, month,
// year, weekend, decade or century.
func (s *scanner) unitValue(u string, rel int) string {
	if !s.known {
		switch u {
		case "week":
			return "XXXX-WXX"
		case "weekend":
			return "XXXX-WXX-WE"
		case "month":
			return "XXXX-XX"
		case "year":
			return "XXXX"
		}
		return ""
	}
	d := s.dct
	switch u {
	case "week":
		return weekValue(d.AddDate(0, 0, 7*rel))
	case "weekend":
		dir := before
		if rel > 0 {
			dir = onOrAfter
		}
		if rel == 0 || d.Weekday() == time.Saturday || d.Weekday() == time.Sunday {
			return weekValue(d) + "-WE"
		}
		return weekValue(weekdayDate(d, time.Saturday, dir)) + "-WE"
	case "month":
		return monthValue(time.Date(d.Year(), d.Month()+time.Month(rel), 1, 0, 0, 0, 0, time.UTC))
	case "year":
		return yearValue(d.Year() + rel)
	case "decade":
		return yearValue(d.Year() + 10*rel)[:3]
	case "quarter":
		q := quarterOf(d) + rel
		y := d.Year()
		if q < 1 {
			q, y = 4, y-1
		} else if q > 4 {
			q, y = 1, y+1
		}
		return yearValue(y) + "-Q" + itoa(q)
	}
	return ""
}

// quarterExpr reads quarters and halves: "the third quarter [of 1989]",
// "third-quarter", "the latest quarter", "the quarter", "the year-earlier
// quarter", "the first half".
func (s *scanner) quarterExpr(i int) match {
	j := i
	the := s.w(j) == "the"
	if the {
		j++
	}
	ord, kind := 0, ""
	year := -1
	if y := s.year4(j); y > 0 && (the || s.w(j+1) == "'") {
		year, j = y, j+1 // "the 1988 quarter", "1988's second quarter"
	} else if y := s.yearPhrase(j); y > 0 && s.w(j+2) == "'" && s.w(j+3) == "s" {
		year, j = y, j+2 // "next year's first quarter"
	}
	if year > 0 && s.w(j) == "'" && s.w(j+1) == "s" {
		j += 2
	}
	if w := s.w(j); the && (w == "comparable" || w == "corresponding") {
		j++
	}
	yearAgo := false
	if s.w(j) == "year" && s.hyphen(j+1) && (s.w(j+2) == "earlier" || s.w(j+2) == "ago") && ordinals[s.w(j+3)] > 0 {
		yearAgo, j = true, j+3 // "the year-ago third quarter"
	}
	if s.w(j) == "fiscal" && (ordinals[s.w(j+1)] > 0 || s.hyphen(j+1) && ordinals[s.w(j+2)] > 0) {
		j++ // "the fiscal first quarter"
		if s.hyphen(j) {
			j++
		}
	}
	switch w := s.w(j); {
	case ordinals[w] > 0:
		ord, kind = ordinals[w], "ord"
		j++
	case w == "latest" || w == "last" || w == "past" || w == "previous" || w == "current" ||
		w == "this" || w == "same" || w == "fiscal":
		if !the && w != "last" && w != "this" {
			return match{}
		}
		kind = w
		j++
	case w == "year" && s.hyphen(j+1) && (s.w(j+2) == "earlier" || s.w(j+2) == "ago"):
		kind = "year-earlier"
		j += 3
	}
	if s.hyphen(j) {
		j++
	}
	half := false
	switch s.w(j) {
	case "quarter":
	case "half":
		half = ord > 0 && ord <= 2
		if !half {
			return match{}
		}
	case "period":
		if kind != "year-earlier" && kind != "latest" && year < 0 {
			return match{}
		}
	default:
		return match{}
	}
	j++
	if kind == "" && !the && year < 0 {
		return match{}
	}
	if year > 0 {
		if kind == "" {
			kind = "year"
		}
	} else if s.w(j) == "of" && s.year4(j+1) > 0 {
		year, j = s.year4(j+1), j+2
	} else if s.w(j) == "of" && s.w(j+1) == "fiscal" && s.year4(j+2) > 0 {
		year, j = s.year4(j+2), j+3
	} else if y := s.year4(j); y > 0 {
		year, j = y, j+1
	} else if y := s.year4(i - 1); y > 0 && (kind == "ord" || kind == "fiscal") {
		year = y
	}
	if half {
		return match{n: j - i, typ: Date, val: s.yearOrX(year, ord*6-5) + "-H" + itoa(ord)}
	}
	skip := 0
	if the && kind == "ord" && s.hyphen(j-2) && j == i+4 {
		skip = 1 // "the third-quarter loss": the article is the noun's
	}
	var val string
	switch kind {
	case "ord":
		val = s.yearOrX(year, ord*3-2) + "-Q" + itoa(ord)
		if yearAgo {
			val = yearValue(leadingNum(val)-1) + val[4:]
			if !s.known && year < 0 {
				val = "XXXX" + val[4:]
			}
			return match{n: j - i, typ: Date, val: val}
		}
	case "year": // "the 1988 quarter": the quarter spoken of, in that year
		q := "QX"
		if len(s.quarter) == 7 {
			q = s.quarter[5:]
		} else if s.known {
			q = "Q" + itoa(quarterOf(s.dct.AddDate(0, -3, 0)))
		}
		return match{n: j - i, typ: Date, val: yearValue(year) + "-" + q}
	case "year-earlier":
		if s.quarter == "" {
			return match{n: j - i, typ: Date, val: s.yearEarlier() + "-QX"}
		}
		return match{n: j - i, typ: Date, val: s.yearEarlier()}
	case "current", "this":
		val = s.unitValue("quarter", 0)
	default: // "the quarter": the one spoken of; "the latest quarter": the last
		if s.quarter != "" && kind == "" {
			val = s.quarter
		} else {
			val = s.unitValue("quarter", -1)
		}
	}
	if val == "" {
		val = "XXXX-QX"
	}
	if year > 0 && kind != "ord" {
		val = yearValue(year) + val[4:]
	}
	s.quarter = val
	return match{n: j - i, skip: skip, typ: Date, val: val}
}

// yearOrX is the year given, or the year of the quarter or half that
// starts in month startMonth, seen from the DCT: the latest one begun
// unless the sentence speaks of the future.
func (s *scanner) yearOrX(year, startMonth int) string {
	if year > 0 {
		return yearValue(year)
	}
	if !s.known {
		return "XXXX"
	}
	y := s.dct.Year()
	if startMonth > int(s.dct.Month()) {
		y--
	}
	return yearValue(y)
}

// durationPrefixes before a count make a duration of it ("the past two
// months"); the words belong to the span.
var durationPrefixes = map[string]bool{
	"past": true, "last": true, "next": true, "first": true, "coming": true,
	"previous": true, "final": true, "following": true, "latest": true,
}

// duration reads "four weeks", "11 years", "a five-day ceasefire" (P5D),
// "the past two months", "more than three years", "several days", and,
// with "ago", "earlier" or "later", dates: "two days earlier".
func (s *scanner) duration(i int) match {
	j := i
	switch s.w(j) {
	case "more", "less":
		if s.w(j+1) != "than" {
			return match{}
		}
		j += 2
	case "at":
		if s.w(j+1) != "least" && s.w(j+1) != "most" {
			return match{}
		}
		j += 2
	case "up":
		if s.w(j+1) != "to" {
			return match{}
		}
		j += 2
	default:
		if durationMods[s.w(j)] {
			j++
		}
	}
	prefixed := false
	if s.w(j) == "the" && durationPrefixes[s.w(j+1)] {
		j, prefixed = j+2, true
	} else if durationPrefixes[s.w(j)] && s.w(j) != "first" && s.w(j) != "final" {
		j, prefixed = j+1, true
	}
	if s.w(j) == "the" && !prefixed {
		// "the nine months": the article belongs to the span.
		if _, ok := numberWords[s.w(j+1)]; !ok && s.num(j+1) < 0 || s.w(j+1) == "a" || s.w(j+1) == "an" {
			return match{}
		}
		j++
	}
	n, k := s.number(j)
	if k == 0 {
		if !prefixed {
			return match{}
		}
		n = 1 // "the past week", "the next year"
		if u, ok := units[s.w(j)]; !ok || u.plural {
			if ok && u.plural {
				n = -1
			} else {
				return match{}
			}
		}
	}
	if (s.w(j) == "a" || s.w(j) == "an" || s.w(j) == "some") && k == 1 && s.w(j-1) == "the" {
		return match{}
	}
	j += k
	adjectival := s.hyphen(j)
	if adjectival {
		j++
	}
	u, ok := units[s.w(j)]
	if !ok || adjectival && u.plural || u.code == "Q" && n != -1 && !prefixed && !adjectival {
		return match{}
	}
	if adjectival && s.hyphen(j+1) && s.w(j+2) == "old" || u.code == "Y" && s.w(j+1) == "old" {
		return match{} // an age: "a 6-year-old boy", "52 years old"
	}
	if (s.w(i) == "a" || s.w(i) == "an") && i+1 == j && i > 0 && s.rate(i-1) {
		return match{} // a rate: "$1.76 a year", "700 seats a week"
	}
	if !u.plural && (n < 2 || !s.toks[j-1].upper && s.num(j-1) >= 0) && n != 1 && !adjectival {
		return match{} // "two day visit" passes, "several day" does not
	}
	if s.w(j-k) == "some" && s.w(j) == "time" {
		return match{}
	}
	j++
	// Sets: "once a week", "twice a year", "three times a day".
	if w := s.w(i - 1); (s.w(i) == "a" || s.w(i) == "an") && j == i+2 && (w == "once" || w == "twice" || w == "times" || w == "per") {
		return match{n: 2, typ: Set, val: durValue(1, u)}
	}
	switch s.w(j) {
	case "ago", "earlier", "later", "before", "after", "hence":
		if prefixed || adjectival || s.w(j) == "before" || s.w(j) == "after" {
			break
		}
		sign := -1
		if s.w(j) == "later" || s.w(j) == "hence" {
			sign = 1
		}
		return match{n: j + 1 - i, typ: Date, val: s.shifted(n, u, sign)}
	}
	if adjectival && s.w(i) == "the" && !prefixed {
		return match{n: j - i, skip: 1, typ: Duration, val: durValue(n, u)} // "the eight-year war"
	}
	return match{n: j - i, typ: Duration, val: durValue(n, u)}
}

// vagueDuration reads a bare plural unit after "for", "within" or "in":
// "for years" (PXY), "within weeks" (PXW).
func (s *scanner) vagueDuration(i int) match {
	u, ok := units[s.w(i)]
	if !ok || !u.plural || u.clock || u.code == "Q" {
		return match{}
	}
	switch s.w(i - 1) {
	case "for", "within", "in":
		if s.w(i+1) == "of" || s.w(i+1) == "'" {
			return match{} // "for years of service", "in weeks' time"
		}
		return match{n: 1, typ: Duration, val: durValue(-1, u)}
	}
	return match{}
}

// rate reports whether token k, just before "a week", makes it a rate
// rather than a duration: a number or a counted noun.
func (s *scanner) rate(k int) bool {
	t := s.toks[k]
	if t.digits > 0 {
		return true
	}
	if u, ok := units[t.w]; ok && u.plural {
		return true // "24 hours a day"
	}
	return countNoun(t)
}

// durValue is the ISO 8601 duration of n units (n < 0: unspecified).
func durValue(n int, u unit) string {
	// TimeBank writes decades and centuries in years: P10Y, P100Y.
	if u.code == "DE" || u.code == "CE" {
		if n < 0 {
			return "PXY"
		}
		return "P" + itoa(n*map[string]int{"DE": 10, "CE": 100}[u.code]) + "Y"
	}
	if u.clock {
		return "PT" + itoa(n) + u.code
	}
	return "P" + itoa(n) + u.code
}

// shifted is the date n units before (sign -1) or after the DCT, at the
// unit's granularity: "two days ago" a day, "three years ago" a year.
func (s *scanner) shifted(n int, u unit, sign int) string {
	if n < 0 {
		if sign < 0 {
			return "PAST_REF"
		}
		return "FUTURE_REF"
	}
	if !s.known {
		switch u.code {
		case "D":
			return "XXXX-XX-XX"
		case "W":
			return "XXXX-WXX"
		case "M":
			return "XXXX-XX"
		}
		return "XXXX"
	}
	n *= sign
	d := s.dct
	switch {
	case u.clock:
		return dateValue(d)
	case u.code == "D":
		return dateValue(d.AddDate(0, 0, n))
	case u.code == "W":
		return weekValue(d.AddDate(0, 0, 7*n))
	case u.code == "M":
		return monthValue(time.Date(d.Year(), d.Month()+time.Month(n), 1, 0, 0, 0, 0, time.UTC))
	case u.code == "Q":
		return s.unitValue("quarter", n)
	case u.code == "DE":
		return yearValue(d.Year() + 10*n)[:3]
	case u.code == "CE":
		return yearValue(d.Year() + 100*n)[:2]
	}
	return yearValue(d.Year() + n)
}

// set reads "every Monday", "every two weeks", "each year", "daily",
// "weekly", "twice a year" (the "a year" part is read by duration).
func (s *scanner) set(i int) match {
	switch w := s.w(i); w {
	case "every", "each":
		j := i + 1
		if s.w(j) == "other" {
			j++
		}
		if wd, ok := weekdays[s.w(j)]; ok {
			return match{n: j + 1 - i, typ: Set, val: "XXXX-WXX-" + itoa(isoDay(wd))}
		}
		if m, k, abbr := s.monthAt(j); k > 0 && !abbr {
			return match{n: j + k - i, typ: Set, val: "XXXX-" + pad2(m)}
		}
		if p, ok := partsOfDay[s.w(j)]; ok {
			return match{n: j + 1 - i, typ: Set, val: "XXXX-XX-XXT" + p}
		}
		n, k := s.number(j)
		if k == 0 || s.w(j) == "a" {
			n = 1
		}
		if u, ok := units[s.w(j+k)]; ok && (u.plural == (k > 0 && n != 1)) {
			if s.w(i+1) == "other" {
				n = 2
			}
			return match{n: j + k + 1 - i, typ: Set, val: durValue(n, u)}
		}
	case "daily", "weekly", "monthly", "annually", "yearly", "hourly", "nightly":
		if s.toks[i].upper && i > 0 && s.w(i-1) != "." {
			return match{} // "China Daily"
		}
		return match{n: 1, typ: Set, val: map[string]string{
			"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
			"yearly": "P1Y", "hourly": "PT1H", "nightly": "P1D"}[w]}
	}
	return match{}
}

// seasonYear reads "summer 2018" and "the winter of 2019" at j.
func (s *scanner) seasonYear(i, j int) match {
	if s.w(j) == "the" {
		j++
	}
	sea, ok := seasons[s.w(j)]
	if !ok {
		return match{}
	}
	if y := s.year4(j + 1); y > 0 {
		return match{n: j + 2 - i, typ: Date, val: yearValue(y) + "-" + sea}
	}
	if s.w(j+1) == "of" && s.year4(j+2) > 0 {
		return match{n: j + 3 - i, typ: Date, val: yearValue(s.year4(j+2)) + "-" + sea}
	}
	return match{}
}
