package timex

import (
	"strconv"
	"time"

	parallax "github.com/parallax-news/parallax"
)

// The TIMEX3 types.
const (
	Date     = "DATE"
	Time     = "TIME"
	Duration = "DURATION"
	Set      = "SET"
)

// Find returns the time expressions of text in order of their offsets,
// normalised as TIMEX3 and anchored on dct, the document creation or
// publication time. When dct is zero, relative expressions get
// underspecified values ("XXXX-10-22", "XXXX-WXX-5", "PAST_REF"): no year
// is invented. Find does no I/O and is safe for concurrent use.
func Find(text string, dct time.Time) []parallax.TimeExpr {
	s := &scanner{text: text, toks: tokenize(text), known: !dct.IsZero()}
	if s.known {
		s.dct = time.Date(dct.Year(), dct.Month(), dct.Day(), 0, 0, 0, 0, time.UTC)
	}
	var out []parallax.TimeExpr
	for i := 0; i < len(s.toks); {
		m := s.match(i)
		if m.n == 0 {
			i++
			continue
		}
		sp := parallax.Span{Start: s.toks[i+m.skip].start, End: s.toks[i+m.n-1].end}
		out = append(out, parallax.TimeExpr{Text: text[sp.Start:sp.End], Type: m.typ, Value: m.val, Span: sp})
		if m.typ == Date && len(m.val) == 10 && m.val[0] != 'X' {
			s.lastDay, s.lastDayAt = m.val, i+m.n
		}
		i += m.n
	}
	return out
}

// scanner holds one text's tokens and what the expressions found so far
// tell about the ones to come.
type scanner struct {
	text  string
	toks  []token
	dct   time.Time // midnight UTC of the DCT's calendar day
	known bool      // whether the DCT is known

	quarter   string // the last quarter mentioned ("1989-Q3"), for "the quarter"
	lastDay   string // the last full date found, for a following time of day
	lastDayAt int    // the token after it
}

// match is an expression of n tokens; the first skip of them (a
// preposition the rule needed to see) are not part of its text.
type match struct {
	n, skip  int
	typ, val string
}

// rule tries to read an expression starting at token i.
type rule func(s *scanner, i int) match

var rules = []rule{
	(*scanner).numericDate,
	(*scanner).monthDate,
	(*scanner).dayMonth,
	(*scanner).weekday,
	(*scanner).relative,
	(*scanner).relativeUnit,
	(*scanner).quarterExpr,
	(*scanner).duration,
	(*scanner).set,
	(*scanner).year,
	(*scanner).clock,
	(*scanner).holiday,
	(*scanner).vagueDuration,
}

// partOf reads "the end of November", "the beginning of 1990", "the
// middle of this week": the span grows, the value is the whole's.
func (s *scanner) partOf(i int) match {
	switch s.w(i + 1) {
	case "end", "beginning", "start", "middle":
	default:
		return match{}
	}
	if s.w(i) != "the" || s.w(i+2) != "of" || i+3 >= len(s.toks) {
		return match{}
	}
	m := s.match(i + 3)
	if m.n == 0 || m.skip > 0 || m.typ != Date {
		return match{}
	}
	return match{n: m.n + 3, typ: m.typ, val: m.val}
}

// match returns the longest expression starting at token i.
func (s *scanner) match(i int) match {
	t := &s.toks[i]
	if t.digits == 0 && !starters[t.w] {
		return match{}
	}
	var best match
	for _, r := range rules {
		if m := r(s, i); m.n > best.n {
			best = m
		}
	}
	if t.w == "the" {
		if m := s.partOf(i); m.n > best.n {
			best = m
		}
	}
	return best
}

// w is the lower-cased word at i, or "" past the end.
func (s *scanner) w(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.toks[i].w
}

// joined reports whether tokens i and i+1 touch ("five-day", "3:15").
func (s *scanner) joined(i int) bool {
	return i >= 0 && i+1 < len(s.toks) && !s.toks[i].spaceAfter
}

// hyphen reports whether i is a hyphen joining the tokens either side.
func (s *scanner) hyphen(i int) bool {
	return s.w(i) == "-" && s.joined(i-1) && s.joined(i)
}

// num is the value of a token of digits only, or -1.
func (s *scanner) num(i int) int {
	if i < 0 || i >= len(s.toks) {
		return -1
	}
	return s.toks[i].num
}

// year4 is a four-digit year at i, or -1.
func (s *scanner) year4(i int) int {
	if n := s.num(i); n >= 1000 && n <= 2099 && s.toks[i].digits == 4 {
		return n
	}
	return -1
}

// day is a day of the month at i ("22", "22nd"), or -1.
func (s *scanner) day(i int) int {
	if i >= len(s.toks) {
		return -1
	}
	t := s.toks[i]
	if t.digits == 0 || t.digits > 2 {
		return -1
	}
	if t.num < 0 {
		suf := t.w[t.digits:]
		if suf != "st" && suf != "nd" && suf != "rd" && suf != "th" {
			return -1
		}
	}
	if d := leadingNum(t.w); d >= 1 && d <= 31 {
		return d
	}
	return -1
}

// number reads a count at i: digits, a number word ("five", "twenty-one",
// "a few"), returning its value (-1 unspecified) and token length.
func (s *scanner) number(i int) (v, n int) {
	if i >= len(s.toks) {
		return 0, 0
	}
	t := s.toks[i]
	if t.num > 0 {
		if s.w(i+1) == "," && s.joined(i) && s.joined(i+1) {
			return 0, 0 // "2,019": thousands are counts of troops, not of days
		}
		return t.num, 1
	}
	v, ok := numberWords[t.w]
	if !ok {
		return 0, 0
	}
	switch {
	case (t.w == "a" || t.w == "an") && (s.w(i+1) == "few" || s.w(i+1) == "couple"):
		n, v := 2, -1
		if s.w(i+1) == "couple" {
			v = 2
		}
		if s.w(i+2) == "of" {
			n = 3
		}
		return v, n
	case v >= 20 && v < 100 && s.hyphen(i+1):
		if u, ok := numberWords[s.w(i+2)]; ok && u > 0 && u < 10 {
			return v + u, 3
		}
	case v >= 20 && v < 100:
		if u, ok := numberWords[s.w(i+1)]; ok && u > 0 && u < 10 && s.w(i+1) != "a" && s.w(i+1) != "an" {
			return v + u, 2 // "twenty four hours"
		}
	case t.w == "couple" && s.w(i+1) == "of":
		return 2, 2
	}
	return v, 1
}

// future reports whether the clause before token i speaks of the future:
// a future marker ("will", "'ll", "scheduled") comes before any past one.
// A plan or invitation followed by "to" ("invited both sides to meet …
// on Thursday", "called them to talks on Thursday") and a present perfect
// before "on" ("has called a vote on Thursday", which English cannot say
// of a past day) and a warning of something ("warned of storms on
// Thursday") also point forward; "since" always points back.
func (s *scanner) future(i int) bool {
	if s.w(i-1) == "since" {
		return false
	}
	to := false // a "to" lies between the word looked at and the expression
	for j := i - 1; j >= 0 && j >= i-lookBack; j-- {
		w := s.w(j)
		switch {
		case w == "." || w == ";" || w == "?" || w == "!":
			return false
		case w == "to":
			to = true
			if pw := s.w(j - 1); pw == "is" || pw == "are" {
				return true // "the minister is to visit on Thursday"
			}
		case w == "going":
			if s.w(j+1) == "to" {
				return true
			}
		case w == "ll" || w == "won":
			if s.w(j-1) == "'" || w == "won" && s.w(j+1) == "'" {
				return true
			}
		case w == "as" && (s.w(j+1) == "early" || s.w(j+1) == "soon") && s.w(j+2) == "as":
			return true // "as early as Tuesday"
		case w == "set" && (s.w(j+1) == "to" || s.w(j+1) == "for"):
			return !s.pastPlan(j)
		case futureMarkers[w]:
			return !s.pastPlan(j) // "had been scheduled", "was expected"
		case intentVerbs[w] && to:
			return true
		case warnVerbs[w] && s.w(j+1) == "of":
			return true // "warned of further storms on Thursday"
		case pastMarkers[w]:
			return s.perfect(j) && s.w(i-1) == "on"
		}
	}
	return false
}

// lookBack is how many tokens before an expression future reads.
const lookBack = 20

// pastPlan reports whether the future marker at j is itself in the past:
// "had been scheduled", "was expected".
func (s *scanner) pastPlan(j int) bool {
	for k := j - 1; k >= j-2 && k >= 0; k-- {
		if pw := s.w(k); pw == "had" || pw == "was" || pw == "were" {
			return true
		}
	}
	return false
}

// perfect reports whether the verb at j is a present perfect: "has
// announced", "have said".
func (s *scanner) perfect(j int) bool {
	pw := s.w(j - 1)
	return pw == "has" || pw == "have" || pw == "ve" && s.w(j-2) == "'"
}

// dayOrX is the DCT shifted by days, or an unknown day.
func (s *scanner) dayOrX(days int) string {
	if !s.known {
		return "XXXX-XX-XX"
	}
	return dateValue(s.dct.AddDate(0, 0, days))
}

func itoa(n int) string {
	if n < 0 {
		return "X"
	}
	return strconv.Itoa(n)
}

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}
