package timex

import "time"

// numericDate reads dates in digits: "2019-10-22", "22/10/2019",
// "10/22/2019", optionally followed by a clock time ("12/05/1998 09:42:00").
func (s *scanner) numericDate(i int) match {
	var y, m, d, n int
	switch sep := s.w(i + 1); {
	case s.year4(i) > 0 && (sep == "-" || sep == "/") && s.joined(i) && s.joined(i+1) &&
		s.w(i+3) == sep && s.joined(i+2) && s.joined(i+3):
		y, m, d, n = s.year4(i), s.num(i+2), s.num(i+4), 5
		if s.toks[min(i+4, len(s.toks)-1)].digits > 2 {
			return match{}
		}
	case sep == "/" && s.joined(i) && s.joined(i+1) && s.w(i+3) == "/" && s.joined(i+2) && s.joined(i+3):
		a, b := s.num(i), s.num(i+2)
		y = s.year4(i + 4)
		if y < 0 {
			if c := s.num(i + 4); c >= 0 && s.toks[i+4].digits == 2 {
				y = 1900 + c
				if c < 50 {
					y = 2000 + c
				}
			}
		}
		m, d, n = a, b, 5
		if a > 12 { // only a day can exceed 12: 22/10/2019
			m, d = b, a
		}
	default:
		return match{}
	}
	if y < 0 || m < 1 || m > 12 || d < 1 || d > 31 {
		return match{}
	}
	val := yearValue(y) + "-" + pad2(m) + "-" + pad2(d)
	if hh, mm, k := s.hhmm(i + n); k > 0 {
		return match{n: n + k, typ: Time, val: val + "T" + pad2(hh) + ":" + pad2(mm)}
	}
	return match{n: n, typ: Date, val: val}
}

// hhmm reads "09:42" or "09:42:00" at i.
func (s *scanner) hhmm(i int) (hh, mm, n int) {
	hh, mm = s.num(i), s.num(i+2)
	if hh < 0 || hh > 24 || s.w(i+1) != ":" || !s.joined(i) || !s.joined(i+1) ||
		mm < 0 || mm > 59 || s.toks[i+2].digits != 2 {
		return 0, 0, 0
	}
	n = 3
	if s.w(i+3) == ":" && s.joined(i+2) && s.joined(i+3) && s.num(i+4) >= 0 {
		n = 5
	}
	return hh, mm, n
}

// monthAt reads a month name at i (with the full stop of an
// abbreviation), returning the month, the tokens read and whether it was
// abbreviated. Month names must be capitalised.
func (s *scanner) monthAt(i int) (m, n int, abbr bool) {
	if i >= len(s.toks) || !s.toks[i].upper {
		return 0, 0, false
	}
	w := s.w(i)
	m, ok := months[w]
	if !ok {
		return 0, 0, false
	}
	n = 1
	abbr = abbrevMonth(w)
	if abbr && s.w(i+1) == "." && s.joined(i) {
		n = 2
	}
	return m, n, abbr
}

// monthPrep are the words before which a bare "May" or "March" is a month.
var monthPrep = map[string]bool{
	"in": true, "since": true, "until": true, "by": true, "of": true, "during": true,
	"from": true, "through": true, "before": true, "after": true, "last": true, "next": true,
	"this": true, "early": true, "late": true, "mid": true, "between": true, "till": true,
	"to": true, "and": true, "or": true, "-": true,
}

// monthDate reads "[early|late|mid-] [last|next|this] Oct. 22[nd][, 2019]",
// "December 2018", "May of 2018" and a bare month.
func (s *scanner) monthDate(i int) match {
	j, rel := i, ""
	mod := s.w(j) == "early" || s.w(j) == "late" || s.w(j) == "mid"
	if mod {
		j++
		if s.w(j) == "-" {
			j++
		}
	}
	if w := s.w(j); w == "last" || w == "next" || w == "this" {
		rel, j = w, j+1
	}
	m, k, abbr := s.monthAt(j)
	if k == 0 {
		return match{}
	}
	j += k
	day, year := 0, -1
	if d := s.day(j); d > 0 && rel == "" {
		day, j = d, j+1
		if s.w(j) == "," && s.year4(j+1) > 0 {
			year, j = s.year4(j+1), j+2
		} else if y := s.year4(j); y > 0 {
			year, j = y, j+1
		}
	} else if y := s.year4(j); y > 0 && rel == "" {
		year, j = y, j+1
	} else if y, n := s.spokenYear(j); n > 0 && rel == "" && s.w(j) != "the" {
		year, j = y, j+n // "January nineteen ninety-seven"
	} else if s.w(j) == "of" && s.year4(j+1) > 0 && rel == "" {
		year, j = s.year4(j+1), j+2
	} else if v := s.yearPhrase(j); v > 0 && rel == "" {
		year, j = v, j+2 // "June last year"
	} else if abbr {
		return match{}
	} else if w := s.w(j - k); (w == "may" || w == "march") && !mod && rel == "" && !monthPrep[s.w(i-1)] {
		return match{} // the verbs
	}
	return match{n: j - i, typ: Date, val: s.monthValue(i, m, day, year, rel)}
}

// monthValue resolves a month (and day) whose year may be implicit.
func (s *scanner) monthValue(i, m, day, year int, rel string) string {
	suffix := "-" + pad2(m)
	if day > 0 {
		suffix += "-" + pad2(day)
	}
	if year > 0 {
		return yearValue(year) + suffix
	}
	if !s.known {
		return "XXXX" + suffix
	}
	y := s.dct.Year()
	cur := int(s.dct.Month())
	switch rel {
	case "last":
		if m >= cur {
			y--
		}
	case "next":
		if m <= cur {
			y++
		}
	case "this":
	default:
		y = monthYear(s.dct, m, day, s.future(i))
	}
	return yearValue(y) + suffix
}

// dayMonth reads "22 October 2019", "22nd of October" and "the 22nd of
// October".
func (s *scanner) dayMonth(i int) match {
	j := i
	if s.w(j) == "the" {
		j++
	}
	d := s.day(j)
	if d < 0 {
		return match{}
	}
	j++
	if s.w(j) == "of" {
		j++
	} else if j == i+2 {
		return match{} // "the 22 October" is not how dates are written
	}
	m, k, _ := s.monthAt(j)
	if k == 0 {
		return match{}
	}
	j += k
	year := -1
	if y := s.year4(j); y > 0 {
		year, j = y, j+1
	} else if s.w(j) == "," && s.year4(j+1) > 0 {
		year, j = s.year4(j+1), j+2
	}
	return match{n: j - i, typ: Date, val: s.monthValue(i, m, d, year, "")}
}

// weekday reads "[last|next|this] Friday [morning]".
func (s *scanner) weekday(i int) match {
	j, rel := i, ""
	if w := s.w(j); w == "last" || w == "next" || w == "this" || w == "coming" || w == "past" {
		rel, j = w, j+1
	}
	wd, ok := weekdays[s.w(j)]
	if !ok || rel == "" && !s.toks[j].upper {
		return match{}
	}
	j++
	// "Saturday, April 25", "Friday Oct. 13": the date says which one.
	k := j
	if s.w(k) == "," {
		k++
	}
	if m := s.monthDate(k); m.n > 0 && len(m.val) == 10 {
		return match{n: k + m.n - i, typ: Date, val: m.val}
	}
	// "Friday night" is a DATE, and TimeBank mostly gives it the day's
	// value: the part of the day stays in the span only.
	if _, ok := partsOfDay[s.w(j)]; ok {
		j++
	}
	val := "XXXX-WXX-" + itoa(isoDay(wd))
	if s.known {
		dir := onOrBefore
		switch {
		case rel == "last" || rel == "past":
			dir = before
		case rel == "next":
			dir = after
		case rel == "coming" || s.future(i) || s.w(i-1) == "for" && !s.pastPlan(i-1):
			// "a warning for Thursday": a day something is for is to come.
			dir = onOrAfter
		}
		val = dateValue(weekdayDate(s.dct, wd, dir))
	}
	return match{n: j - i, typ: Date, val: val}
}

// year reads a year ("1990", "fiscal 1989") or a decade ("the 1990s",
// "the '90s", "mid-1990s"), but not counts: "2,019 troops", "$2000",
// "about 1500 people".
func (s *scanner) year(i int) match {
	j := i
	if s.w(j) == "the" {
		j++
	}
	mod := false
	if w := s.w(j); w == "early" || w == "late" || w == "mid" {
		mod, j = true, j+1
		if s.w(j) == "-" {
			j++
		}
	}
	// Decades: "1990s", "'90s".
	if j < len(s.toks) {
		t := s.toks[j]
		if t.digits == 4 && t.w[4:] == "s" && t.w[3] == '0' {
			return match{n: j + 1 - i, typ: Date, val: t.w[:3]}
		}
		if t.w == "'" && j+1 < len(s.toks) && s.joined(j) {
			u := s.toks[j+1]
			if u.digits == 2 && u.w[2:] == "s" && u.w[1] == '0' {
				c := "19"
				if u.w[0] < '3' {
					c = "20"
				}
				return match{n: j + 2 - i, typ: Date, val: c + u.w[:1]}
			}
		}
	}
	if y, n := s.spokenYear(i); n > 0 {
		return match{n: n, typ: Date, val: yearValue(y)}
	}
	if s.w(i) == "the" || mod && s.w(i) != "fiscal" {
		if y := s.year4(j); y > 0 && mod {
			return s.plainYear(i, j, y)
		}
		return match{}
	}
	if s.w(i) == "fiscal" {
		j = i + 1
		if s.w(j) == "year" {
			j++
		}
	}
	y := s.year4(j)
	if y < 1500 {
		return match{}
	}
	return s.plainYear(i, j, y)
}

// spokenYear reads a year in words, as broadcast transcripts write them:
// "nineteen ninety-six" (three or four tokens), "the year two thousand".
func (s *scanner) spokenYear(i int) (year, n int) {
	if s.w(i) == "the" && s.w(i+1) == "year" && s.w(i+2) == "two" && s.w(i+3) == "thousand" {
		return 2000, 4
	}
	if s.w(i) != "nineteen" {
		return 0, 0
	}
	tens := numberWords[s.w(i+1)]
	if tens < 20 || tens > 90 || tens%10 != 0 {
		return 0, 0
	}
	if s.hyphen(i + 2) {
		if u := numberWords[s.w(i+3)]; u > 0 && u < 10 && s.w(i+3) != "a" && s.w(i+3) != "an" {
			return 1900 + tens + u, 4
		}
	}
	return 1900 + tens, 2
}

// plainYear checks the surroundings of a four-digit number at j.
func (s *scanner) plainYear(i, j, y int) match {
	prev, next := s.w(i-1), s.w(j+1)
	if countingWords[prev] || next == "%" || next == "percent" ||
		(prev == "," || prev == ".") && s.joined(i-1) || // 2,019 or 3.2019
		(next == "," || next == ".") && s.joined(j) && s.num(j+2) >= 0 {
		return match{}
	}
	if j+1 < len(s.toks) && countNoun(s.toks[j+1]) {
		return match{}
	}
	return match{n: j + 1 - i, typ: Date, val: yearValue(y)}
}

// countNoun reports whether t is likely the plural noun counted by a
// number before it ("1500 people"): a lower-case word ending in s that is
// not a common verb.
func countNoun(t token) bool {
	w := t.w
	if t.upper || len(w) < 4 || w[len(w)-1] != 's' || w[len(w)-2] == 's' {
		return false
	}
	switch w {
	case "was", "has", "does", "goes", "says", "sees", "gets", "makes", "takes", "comes",
		"marks", "shows", "brings", "looks", "seems", "remains", "became", "saw", "plans":
		return false
	}
	return true
}

// clock reads times of day: "3:15 p.m.", "10 a.m.", "noon", "at 14:30".
func (s *scanner) clock(i int) match {
	var hh, mm, n int
	switch w := s.w(i); {
	case w == "noon" || w == "midday":
		if s.w(i-1) == "high" {
			return match{}
		}
		hh, n = 12, 1
	case w == "midnight":
		hh, n = 24, 1
	default:
		hh = s.num(i)
		if hh < 0 || hh > 24 || s.toks[i].digits > 2 {
			return match{}
		}
		n = 1
		if h, m, k := s.hhmm(i); k > 0 {
			hh, mm, n = h, m, k
		}
		pm, k := s.meridiem(i + n)
		switch {
		case k > 0 && hh <= 12:
			if pm && hh < 12 {
				hh += 12
			} else if !pm && hh == 12 {
				hh = 0
			}
			n += k
		case n > 1 && monthPrep[s.w(i-1)] || n > 1 && s.w(i-1) == "at":
		default:
			return match{}
		}
	}
	// "10 p.m. EDT Wednesday", "noon Thursday": the day that follows is
	// the time's; otherwise a date just before it in the sentence.
	if zones[s.w(i+n)] && s.toks[i+n].upper {
		n++
	}
	day := s.dayOrX(0)
	if s.lastDay != "" && i-s.lastDayAt <= 8 && !s.sentenceBreak(s.lastDayAt, i) {
		day = s.lastDay
	}
	k := i + n
	if s.w(k) == "," {
		k++
	}
	if m := s.monthDate(k); m.n > 0 && len(m.val) == 10 {
		day, n = m.val, k+m.n-i
	} else if m := s.weekday(i + n); m.n > 0 && m.typ == Date && len(m.val) == 10 {
		day, n = m.val, n+m.n
	} else if m := s.relative(i + n); m.n == 1 && m.typ == Date && len(m.val) == 10 {
		day, n = m.val, n+1
	} else if d, k := s.onDay(i + n); k > 0 {
		day, n = d, n+k
	}
	return match{n: n, typ: Time, val: day + "T" + pad2(hh) + ":" + pad2(mm)}
}

// onDay reads "on Monday", "on October 22" or "on the 22nd of October"
// after a clock time: "shortly before midnight on Monday" is Monday's
// midnight, "00:47 on Tuesday" Tuesday's, whatever the DCT. It returns
// the day and the tokens read, or 0.
func (s *scanner) onDay(i int) (string, int) {
	if s.w(i) != "on" {
		return "", 0
	}
	for _, r := range []rule{(*scanner).weekday, (*scanner).monthDate, (*scanner).dayMonth} {
		if m := r(s, i+1); m.n > 0 && m.typ == Date && len(m.val) == 10 {
			return m.val, m.n + 1
		}
	}
	return "", 0
}

// meridiem reads "a.m.", "p.m.", "am", "pm" at i.
func (s *scanner) meridiem(i int) (pm bool, n int) {
	switch s.w(i) {
	case "am":
		return false, 1
	case "pm":
		return true, 1
	case "a", "p":
		if s.w(i+1) == "." && s.w(i+2) == "m" && s.joined(i) && s.joined(i+1) {
			n = 3
			if s.w(i+3) == "." && s.joined(i+2) {
				n = 4
			}
			return s.w(i) == "p", n
		}
	}
	return false, 0
}

// holiday reads a few fixed holidays: Christmas, New Year's Day,
// Thanksgiving.
func (s *scanner) holiday(i int) match {
	if !s.toks[i].upper {
		return match{}
	}
	m, d, n := 0, 0, 0
	switch s.w(i) {
	case "christmas":
		m, d, n = 12, 25, 1
		if s.w(i+1) == "eve" {
			d, n = 24, 2
		} else if s.w(i+1) == "day" {
			n = 2
		}
	case "new":
		if s.w(i+1) == "year" && s.w(i+2) == "'" && s.w(i+3) == "s" {
			switch s.w(i + 4) {
			case "day":
				m, d, n = 1, 1, 5
			case "eve":
				m, d, n = 12, 31, 5
			}
		}
	case "thanksgiving":
		m, n = 11, 1
		if s.w(i+1) == "day" {
			n = 2
		}
	}
	if n == 0 {
		return match{}
	}
	if !s.known {
		if d == 0 {
			return match{n: n, typ: Date, val: "XXXX-11-XX"}
		}
		return match{n: n, typ: Date, val: "XXXX-" + pad2(m) + "-" + pad2(d)}
	}
	y := monthYear(s.dct, m, max(d, 1), s.future(i))
	if d == 0 { // the fourth Thursday of November
		first := time.Date(y, 11, 1, 0, 0, 0, 0, time.UTC)
		d = 1 + (int(time.Thursday)-int(first.Weekday())+7)%7 + 21
	}
	return match{n: n, typ: Date, val: yearValue(y) + "-" + pad2(m) + "-" + pad2(d)}
}

// zones are time zones written after a clock time.
var zones = map[string]bool{
	"edt": true, "est": true, "cdt": true, "cst": true, "mdt": true, "mst": true, "pdt": true,
	"pst": true, "gmt": true, "utc": true, "bst": true, "cet": true, "cest": true,
}

// sentenceBreak reports whether a sentence ends between tokens a and b.
func (s *scanner) sentenceBreak(a, b int) bool {
	for k := a; k < b && k < len(s.toks); k++ {
		if w := s.w(k); w == "." || w == "?" || w == "!" {
			return true
		}
	}
	return false
}

// yearPhrase is the year of "last year", "this year" or "next year" at i,
// or 0.
func (s *scanner) yearPhrase(i int) int {
	if !s.known || s.w(i+1) != "year" {
		return 0
	}
	switch s.w(i) {
	case "last":
		return s.dct.Year() - 1
	case "this":
		return s.dct.Year()
	case "next":
		return s.dct.Year() + 1
	}
	return 0
}
