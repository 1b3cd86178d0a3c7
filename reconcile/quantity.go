package reconcile

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	parallax "github.com/parallax-news/parallax"
)

// quantityFacts lines up the figures of the story's articles.
func (st *story) quantityFacts() []parallax.Fact {
	ms := st.quantityMentions()
	var out []parallax.Fact
	for _, g := range cluster(ms, quantityThresholds, quantityCompatible) {
		if f, ok := st.fact(parallax.FactQuantity, g, quantityCompatible); ok {
			out = append(out, f)
		}
	}
	return out
}

// quantityMentions turns every quantity with a unit, and every vote tally,
// into a mention.
func (st *story) quantityMentions() []*mention {
	var ms []*mention
	units := map[string]bool{}
	for _, d := range st.docs {
		for _, q := range d.a.Quantities {
			if q.Unit != "" {
				units[unitClass(q.Unit)] = true
			}
		}
	}
	for _, d := range st.docs {
		ms = append(ms, st.tallies(d)...)
		ms = append(ms, st.durations(d)...)
		for _, q := range d.a.Quantities {
			if q.Span.End > len(d.a.Text) || q.Span.Start >= q.Span.End || conversion(d.a.Text, q.Span.Start) || compoundTail(d.a.Text, q.Span.Start) {
				continue
			}
			revised := false
			if q.Unit == "" {
				// "the number of missing fell to 18": what is counted comes
				// before, and the figure replaces an earlier one.
				if q.Unit, q.Counted = changedCount(d.a.Text, q.Span.Start); q.Unit == "" {
					continue
				}
				revised = true
			}
			s := d.sentenceAt(q.Span.Start)
			if s < 0 {
				continue
			}
			m := &mention{d: d, sent: s, span: q.Span, text: q.Text, counted: q.Counted, revised: revised}
			m.bucket = bucketOf(unitClass(q.Unit), units)
			if v := st.votedAfter(d, q.Span.End); v != "" && m.bucket == "people" {
				m.bucket = v // "41 deputies voted against" is a tally
			}
			bounds(m, q)
			if m.bucket == "duration" {
				compound(m)
			}
			counted := stem(strings.ToLower(q.Counted))
			if revised {
				counted = "" // "missing" in "number of missing" is context, as in "31 people missing"
			}
			m.vec = st.context(d, s, q.Span.Start, q.Span.End, func(w word) bool {
				return w.norm == counted
			})
			m.when = st.clauseDate(d, s, q.Span)
			m.names = st.clauseNames(d, s, q.Span)
			for _, mod := range q.Modifiers {
				if r, _ := utf8.DecodeRuneInString(mod); unicode.IsUpper(r) {
					m.caps = append(m.caps, strings.ToLower(mod))
				}
			}
			m.quals = clauseQualifiers(d, s, q.Span)
			m.part = partOf(d.a.Text, q)
			m.moot = denied(d, s, q.Span) || countedTwice(d, s, q.Span) || habitual(d, s)
			m.of = modified(d, s, q)
			m.holder = possessor(d, s, q.Span)
			m.subject = subjectName(d, s, q.Span)
			m.besides = possessives(d, s, q.Span, m.holder)
			if q.Counted != "" && m.bucket != "duration" && !strings.HasPrefix(m.bucket, "votes") {
				// Outcomes are of counted things (people killed, injured);
				// a sum of money a chamber voted is no count of voters,
				// and a tally ("41 deputies voted against") is read as one.
				m.measure, m.anyMeasure = measureOf(d, s, q.Span, measureWords)
			} else if m.bucket == "percent" {
				m.measure, m.anyMeasure = measureOf(d, s, q.Span, answerWords)
			}
			m.whole = wholeOrShare(d, s, q.Span)
			m.moment = momentOf(d, s)
			if m.bucket != "duration" {
				m.period = periodOf(d, s, q.Span)
			}
			st.source(m)
			ms = append(ms, m)
		}
	}
	markDense(ms)
	for _, m := range ms {
		if m.bucket == "duration" {
			m.anchor = anchorOf(m)
		}
	}
	return ms
}

// denseFigures is how many figures of a sentence make it a list: "548
// rushing yards, 28 receptions and 258 receiving yards".
const denseFigures = 3

// markDense marks the counts and amounts of sentences listing many; vote
// tallies, which come as a set ("187 votes to 41, with 12 abstentions"),
// durations and shares (a strike's demand "of 9 percent over one year")
// are not counted.
func markDense(ms []*mention) {
	type place struct {
		d    *doc
		sent int
	}
	listable := func(m *mention) bool {
		return !strings.HasPrefix(m.bucket, "votes") && m.bucket != "duration" && m.bucket != "percent"
	}
	n := map[place]int{}
	for _, m := range ms {
		if listable(m) {
			n[place{m.d, m.sent}]++
		}
	}
	for _, m := range ms {
		m.dense = listable(m) && n[place{m.d, m.sent}] >= denseFigures
	}
}

// partOf reports whether a quantity counts only some of what it names:
// "two other victims", "three more", "an additional 500 troops".
func partOf(text string, q parallax.Quantity) bool {
	// After the number: "two other victims", "three more" (not "more
	// than 3,000", a bound).
	fields := strings.Fields(strings.ToLower(q.Text))
	for i, w := range fields {
		if i > 0 && (partWords[w] || w == "more") && (i+1 == len(fields) || fields[i+1] != "than") {
			return true
		}
	}
	before := strings.Fields(strings.ToLower(text[max(0, q.Span.Start-16):q.Span.Start]))
	return len(before) > 0 && partWords[before[len(before)-1]]
}

// modified returns the noun a figure written as one hyphenated modifier
// qualifies: "line" in "the 20-yard line"; "" for a figure that is itself
// the measure ("20 yards").
func modified(d *doc, s int, q parallax.Quantity) string {
	if strings.ContainsAny(q.Text, " ") || !strings.Contains(q.Text, "-") {
		return ""
	}
	for _, w := range d.sents[s].words {
		if w.start >= q.Span.End {
			if isContent(w.norm) && !w.capital {
				return w.norm
			}
			return ""
		}
	}
	return ""
}

var partWords = setOf(`other additional another further extra`)

// anchorOf returns the event a duration is counted from or to, when its
// words say ("five months after the conviction", "two years before the
// vote"): the first content word after "after" or "before" (or "ago",
// "later", "earlier" alone). "" for a plain length ("served four months").
func anchorOf(m *mention) string {
	ws := m.d.sents[m.sent].words
	for i, w := range ws {
		if w.start < m.span.End {
			continue
		}
		switch strings.ToLower(w.raw) {
		case "after", "before", "since", "until":
			for _, x := range ws[i+1:] {
				if isContent(x.norm) {
					return x.norm
				}
			}
			return "?"
		case "ago", "later", "earlier":
			return "@" + strings.ToLower(w.raw)
		}
		return ""
	}
	return ""
}

// unitClass puts the units one measure may be counted in together:
// durations of any length, a crowd of people or of protesters, ships and
// vessels.
func unitClass(u string) string {
	switch {
	case strings.HasPrefix(u, "P") && len(u) > 1 && (unicode.IsDigit(rune(u[1])) || u[1] == 'T'):
		return "duration"
	case crowd[u]:
		return "people"
	case dead[u]:
		return "dead"
	case u == "vessel" || u == "boat":
		return "ship"
	}
	return u
}

// changeRe finds a count given as a change, right before its figure:
// "the number of missing fell to", "the death toll stood at".
var changeRe = regexp.MustCompile(`(?i)\b(?:(?:number|count|tally) of (?:the )?(\w+)|(\w+) toll)\b[^.;:]{0,40}?\b(?:fell|dropped|rose|climbed|jumped|stood|stands|reached|risen|fallen|increased|decreased|was revised|has been revised)(?: \w+)? (?:to|at)\s*$`)

// changedCount returns the unit and counted word of a figure without a
// unit that changes a count ("the number of missing fell to 18"), or "".
func changedCount(text string, start int) (unit, counted string) {
	before := text[max(0, start-90):start]
	m := changeRe.FindStringSubmatch(before)
	if m == nil {
		return "", ""
	}
	w := strings.ToLower(m[1] + m[2])
	switch {
	case dead[stem(w)] || w == "death" || w == "killed":
		return "dead", w
	case counts[w]:
		return "people", w
	}
	return "", ""
}

// counts are the participles news counts people by.
var counts = setOf(`missing injured wounded evacuated displaced arrested homeless detained people`)

var dead = setOf(`dead death fatality victim body`)

var crowd = setOf(`people person protester demonstrator supporter patriot marcher citizen resident deputy lawmaker`)

// bucketOf compares a compound unit with its head when the story has both:
// "dockworker" with "worker".
func bucketOf(u string, units map[string]bool) string {
	best := u
	for v := range units {
		if len(v) >= 5 && v != u && strings.HasSuffix(u, v) && (best == u || len(v) > len(best) || len(v) == len(best) && v < best) {
			best = v // the longest head, so that the choice does not depend on map order
		}
	}
	return best
}

// bounds sets the interval a quantity's wording allows for the verdict.
// An approximate figure is read to half its rounding step and at most 5%:
// "about 5,200" is 5,150–5,250, "roughly 5,000" 4,750–5,250.
func bounds(m *mention, q parallax.Quantity) {
	lo, hi, v := q.Low, q.High, q.Value
	scale := 1.0
	if unitClass(q.Unit) == "duration" {
		scale = days(q.Unit, q.Value)
		lo, hi, v = lo*scale, hi*scale, v*scale
	}
	lower := strings.ToLower(q.Text)
	m.fig = v
	switch {
	case math.IsInf(hi, 1):
		m.low, m.high = lo, hi
		m.label = "≥" + num(lo)
		if !strings.Contains(lower, "at least") && !strings.Contains(lower, "no fewer") {
			m.low = lo * (1 + 1e-9) // "more than 5,000" excludes 5,000
			m.label = ">" + num(lo)
		}
	case lo == 0 && hi > 0 && hi == v:
		m.low, m.high = 0, hi
		if strings.Contains(lower, "fewer") || strings.Contains(lower, "less") || strings.Contains(lower, "under") {
			m.high = hi * (1 - 1e-9)
			m.label = "<" + num(hi)
		} else {
			m.label = "≤" + num(hi)
		}
	case q.Approx && !strings.ContainsAny(q.Text, "0123456789"):
		m.low, m.high = lo, hi // "several hundred": as vague as it says
		m.label = num(lo) + "–" + num(hi)
	case q.Approx:
		tol := math.Min(0.05*v, step(q.Value)*scale/2)
		m.low, m.high = math.Max(lo, v-tol), math.Min(hi, v+tol)
		if m.high < m.low || hi == lo {
			m.low, m.high = v-tol, v+tol
		}
		m.label = "about " + num(v)
		m.tol = fmt.Sprintf("%q read as %s–%s", q.Text, num(m.low), num(m.high))
	case lo != hi:
		m.low, m.high = lo, hi
		m.label = num(lo) + "–" + num(hi)
	case scaled(lower):
		// "2.5 million", "$1 million": a figure in millions is rounded to
		// its digits, like an approximate one; but what rounds to 23
		// million does not round to 22, so the ends are left out.
		tol := math.Min(0.05*v, step(q.Value)*scale/2)
		m.label = num(v)
		m.tol = fmt.Sprintf("%q read as %s–%s", q.Text, num(v-tol), num(v+tol))
		m.low, m.high = v-tol*(1-1e-6), v+tol*(1-1e-6)
	default:
		m.low, m.high = v, v
		m.label = num(v)
	}
	if unitClass(q.Unit) == "duration" {
		m.label += " days"
	} else if m.counted != "" {
		m.label += " " + strings.ToLower(m.counted)
	} else {
		m.label += " " + q.Unit
	}
}

// step is the rounding step of a figure: 100 for 5,200, 1,000 for 5,000,
// 0.1 for 4.5.
func step(v float64) float64 {
	if v <= 0 {
		return 1
	}
	if v != math.Trunc(v) {
		s := 1.0
		for i := 0; i < 6 && v*s != math.Trunc(v*s); i++ {
			s *= 10
		}
		return 1 / s
	}
	s := 1.0
	for n := int64(v); n%10 == 0 && n > 0; n /= 10 {
		s *= 10
	}
	return s
}

// days is the length in days of one unit of an ISO 8601 duration unit
// given for value: "P4W" for 4 → 7; months count 30.
func days(unit string, value float64) float64 {
	if value == 0 {
		return 1
	}
	switch {
	case strings.HasPrefix(unit, "PT"):
		switch unit[len(unit)-1] {
		case 'H':
			return 1.0 / 24
		case 'M':
			return 1.0 / 1440
		}
		return 1.0 / 86400
	case strings.HasSuffix(unit, "W"):
		return 7
	case strings.HasSuffix(unit, "M"):
		return 30
	case strings.HasSuffix(unit, "Y"):
		return 365
	}
	return 1
}

// quantityCompatible reports whether two figures may both be true: their
// intervals overlap. A month is read as 28 to 31 days.
func quantityCompatible(a, b *mention) bool {
	alo, ahi, blo, bhi := a.low, a.high, b.low, b.high
	if a.bucket == "duration" {
		alo, ahi = monthSlack(a, alo, ahi)
		blo, bhi = monthSlack(b, blo, bhi)
	}
	return alo <= bhi && blo <= ahi
}

func monthSlack(m *mention, lo, hi float64) (float64, float64) {
	if strings.Contains(strings.ToLower(m.text), "month") {
		return lo * 28 / 30, hi * 31 / 30
	}
	return lo, hi
}

// tallyRe finds a vote tally: "187 votes to 41", "187 voix contre 41".
var tallyRe = regexp.MustCompile(`(\d(?:[\d,.]*\d)?)\s+(?:votes?\s+|voix\s+)?(?:to|against|contre|-|–)\s+(\d(?:[\d,.]*\d)?)`)

var voteRe = regexp.MustCompile(`(?i)\bvot|\bvoix\b|\bballot`)

// tallies reads the vote tallies of d as two figures: votes for and
// votes against.
func (st *story) tallies(d *doc) []*mention {
	var ms []*mention
	for s, sn := range d.sents {
		text := d.a.Text[sn.span.Start:sn.span.End]
		if !strings.Contains(text, "ot") && !strings.Contains(text, "oix") && !strings.Contains(text, "allot") || !voteRe.MatchString(text) {
			continue
		}
		for _, loc := range tallyRe.FindAllStringSubmatchIndex(text, -1) {
			for k, bucket := range []string{"votes for", "votes against"} {
				start, end := sn.span.Start+loc[2+2*k], sn.span.Start+loc[3+2*k]
				v, err := strconv.ParseFloat(strings.ReplaceAll(d.a.Text[start:end], ",", ""), 64)
				if err != nil {
					continue
				}
				m := &mention{d: d, sent: s, span: parallax.Span{Start: start, End: end},
					text: d.a.Text[start:end], bucket: bucket, low: v, high: v, fig: v, label: num(v) + " " + bucket}
				m.vec = st.context(d, s, sn.span.Start+loc[0], sn.span.Start+loc[1], nil)
				st.source(m)
				ms = append(ms, m)
			}
		}
	}
	return ms
}

// votedAfter returns the tally a count of people is part of when the words
// after it say how they voted: "41 deputies voted against".
func (st *story) votedAfter(d *doc, off int) string {
	rest := strings.ToLower(d.a.Text[off:min(len(d.a.Text), off+40)])
	rest = strings.TrimSpace(rest)
	switch {
	case strings.HasPrefix(rest, "voted against"):
		return "votes against"
	case strings.HasPrefix(rest, "voted for") || strings.HasPrefix(rest, "voted in favour"):
		return "votes for"
	}
	return ""
}

// clauseDate returns the day a figure's own clause dates it to ("19 ships
// on Tuesday afternoon"), not counting the date of the statement that
// reports it ("said on Saturday that ...").
func (st *story) clauseDate(d *doc, s int, span parallax.Span) string {
	ws := d.sents[s].words
	clause := -1
	for _, w := range ws {
		if w.end > span.Start && w.start < span.End {
			clause = w.comma
			break
		}
	}
	for _, t := range d.a.Times {
		if t.Type != "DATE" || !isDay(t.Value) || t.Span.Start < d.sents[s].span.Start || t.Span.End > d.sents[s].span.End {
			continue
		}
		for i, w := range ws {
			if w.start < t.Span.Start || w.comma != clause {
				continue
			}
			if !reportedAt(ws, i) {
				return t.Value
			}
			break
		}
	}
	return ""
}

// reportedAt reports whether the time expression starting at word i dates
// a statement: a reporting verb comes right before it ("said on Saturday").
func reportedAt(ws []word, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch ws[k].norm {
		case "@say":
			return true
		case "on", "this", "last", "late", "early":
			continue
		}
		return false
	}
	return false
}

// isDay reports whether a TIMEX3 value is a calendar day: "2025-10-18".
func isDay(v string) bool {
	return len(v) == 10 && v[4] == '-' && v[7] == '-' && v[0] >= '0' && v[0] <= '9'
}

// num writes a figure plainly: 5000, 4.5.
func num(v float64) string {
	if math.IsInf(v, 0) {
		return "∞"
	}
	return strconv.FormatFloat(math.Round(v*1e4)/1e4, 'f', -1, 64)
}

// durationRe reads a TIMEX3 duration of whole days, weeks, months or years.
var durationRe = regexp.MustCompile(`^P(\d+)([DWMY])$`)

// durations turns the durations the time expressions find and the
// quantities do not ("a month to leave") into figures in days.
func (st *story) durations(d *doc) []*mention {
	var ms []*mention
	for _, t := range d.a.Times {
		sub := durationRe.FindStringSubmatch(t.Value)
		if t.Type != "DURATION" || sub == nil || t.Span.Start < 0 || t.Span.End > len(d.a.Text) || t.Span.Start >= t.Span.End || overlapsQuantity(d.a, t.Span) {
			continue
		}
		s := d.sentenceAt(t.Span.Start)
		if s < 0 {
			continue
		}
		if compoundTail(d.a.Text, t.Span.Start) {
			continue
		}
		n, _ := strconv.ParseFloat(sub[1], 64)
		v := n * days("P"+sub[2], n)
		m := &mention{d: d, sent: s, span: t.Span, text: t.Text, bucket: "duration", counted: lastWord(t.Text),
			low: v, high: v, fig: v, label: num(v) + " days"}
		compound(m)
		if strings.HasSuffix(strings.ToLower(strings.TrimSpace(d.a.Text[max(0, t.Span.Start-7):t.Span.Start])), "within") {
			m.low, m.label = 0, "≤"+m.label
		}
		m.vec = st.context(d, s, t.Span.Start, t.Span.End, nil)
		m.when = st.clauseDate(d, s, t.Span)
		st.source(m)
		ms = append(ms, m)
	}
	return ms
}

// overlapsQuantity reports whether a span overlaps one of a's quantities.
func overlapsQuantity(a *parallax.Article, sp parallax.Span) bool {
	for _, q := range a.Quantities {
		if q.Span.Start < sp.End && sp.Start < q.Span.End {
			return true
		}
	}
	return false
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.ToLower(f[len(f)-1])
}

// scaled reports whether a figure is written with a scale word: "2.5
// million", "$4bn".
func scaled(lower string) bool {
	for _, w := range strings.Fields(lower) {
		switch strings.Trim(w, ".,") {
		case "million", "billion", "trillion", "mn", "bn":
			return true
		}
	}
	return false
}

// conversion reports whether the figure at off converts the one before
// it into another unit or currency, in parentheses right after it:
// "1,150 kilometres (700 miles)", "$US1 million ($1.52 million)". It is
// the same figure, not a second one.
func conversion(text string, off int) bool {
	if strings.IndexByte(text[max(0, off-8):off], '(') < 0 {
		return false
	}
	return conversionRe.MatchString(text[max(0, off-32):off])
}

// conversionRe finds a figure, perhaps with its unit or scale word, and
// an opening parenthesis: "1,150 kilometres (", "$US1 million (US".
var conversionRe = regexp.MustCompile(`\d(?:[\d,.]*\d)?\s*(?:[\p{L}%]+\s*){0,2}\(\s*(?:about|around|some|roughly|or|US|A|C)?\s*$`)

// unitDays is the length in days of the time units of compound durations.
var unitDays = map[string]float64{"second": 1.0 / 86400, "minute": 1.0 / 1440, "hour": 1.0 / 24, "day": 1, "week": 7}

// compoundRe finds the smaller part of a compound duration after its
// first: "4 minutes[ 48 seconds]", "2 hours[ and 30 minutes]".
var compoundRe = regexp.MustCompile(`^,?\s+(?:and\s+)?(\d+(?:\.\d+)?)\s+(second|minute|hour|day|week)s?\b`)

// compound adds to a duration the smaller part written after it: "4
// minutes 48 seconds" is not "4 minutes", and is "just under five
// minutes".
func compound(m *mention) {
	text := m.d.a.Text
	after := text[m.span.End:min(len(text), m.span.End+24)]
	if !strings.ContainsAny(after, "0123456789") {
		return
	}
	sub := compoundRe.FindStringSubmatch(after)
	if sub == nil {
		return
	}
	unit := strings.TrimSuffix(lastWord(m.text), "s")
	whole, ok := unitDays[unit]
	part := unitDays[sub[2]]
	if !ok || part >= whole {
		return
	}
	n, _ := strconv.ParseFloat(sub[1], 64)
	m.low += n * part
	m.high += n * part
	m.fig += n * part
	m.label = num(m.fig) + " days"
	m.span.End += len(sub[0])
	m.text = text[m.span.Start:m.span.End]
}

// compoundTailRe finds the end of a duration's first part: "4 minutes ".
var compoundTailRe = regexp.MustCompile(`\d\s+(?:minute|hour|day|week)s?,?\s+(?:and\s+)?$`)

// compoundTail reports whether the figure at off is the smaller part of a
// compound duration ("48 seconds" in "4 minutes 48 seconds"), read with
// its first part.
func compoundTail(text string, off int) bool {
	before := text[max(0, off-24):off]
	if !strings.Contains(before, "minute") && !strings.Contains(before, "hour") && !strings.Contains(before, "day") && !strings.Contains(before, "week") {
		return false
	}
	return compoundTailRe.MatchString(before)
}

// clauseQualifiers returns the figures written as modifiers in the clause
// of span, other than the figure itself, with the number as digits:
// "7-year" for "a seven-year deal". Two sums of money for deals of
// different lengths are two deals.
func clauseQualifiers(d *doc, s int, span parallax.Span) []string {
	ws := d.sents[s].words
	clause := -1
	for _, w := range ws {
		if w.end > span.Start && w.start < span.End {
			clause = w.semi
			break
		}
	}
	var out []string
	for _, w := range ws {
		if w.semi != clause || w.start < span.End && w.end > span.Start || strings.IndexByte(w.raw, '-') < 0 {
			continue
		}
		n, rest, ok := strings.Cut(strings.ToLower(w.raw), "-")
		if !ok || rest == "" || strings.Contains(rest, "-") || !unicode.IsLetter(rune(rest[0])) {
			continue
		}
		if v, ok := numerals[n]; ok {
			n = v
		}
		if _, err := strconv.Atoi(n); err == nil {
			out = append(out, n+"-"+stem(rest))
		}
	}
	return out
}

// denied reports whether the clause of a figure denies it: a negation
// before it in its clause ("has not offered 300 million"), or a sentence
// opening with "none" or "no one" ("None of the teams has offered more
// than eight years"). "Not more than", "no fewer than" are bounds.
func denied(d *doc, s int, span parallax.Span) bool {
	ws := d.sents[s].words
	if len(ws) > 0 {
		if first := ws[0].norm; first == "none" || first == "nobody" || first == "neither" {
			return true
		}
	}
	clause := -1
	for _, w := range ws {
		if w.end > span.Start && w.start < span.End {
			clause = w.comma
			break
		}
	}
	for i, w := range ws {
		if w.start >= span.Start {
			break
		}
		if w.comma != clause {
			continue
		}
		l := strings.ReplaceAll(w.norm, "’", "'") // lower-cased; negations are not stemmed
		if !predicateNegations[l] && !strings.HasSuffix(l, "n't") {
			continue
		}
		if i+1 < len(ws) && (ws[i+1].norm == "more" || ws[i+1].norm == "less" || ws[i+1].norm == "fewer" || ws[i+1].start >= span.Start) {
			continue // "not more than 300", "not 300" (a correction, read as a bound)
		}
		return true
	}
	return false
}

// countedTwice reports whether the sentence of a figure counts the same
// thing again after it with a bare number ("shot three co-workers,
// killing two"; "played for 11 seasons and coached for seven"): the
// sentence tells two measures apart, and another source's figure may be
// either.
func countedTwice(d *doc, s int, span parallax.Span) bool {
	ws := d.sents[s].words
	text := d.a.Text
	clause := -1
	for i, w := range ws {
		if w.start < span.End {
			clause = w.comma
			continue
		}
		if i == 0 || w.comma > clause+1 {
			return false
		}
		if prev := ws[i-1].norm; prev == "to" || prev == "from" || prev == "and" || prev == "or" || prev == "between" {
			continue // "from 65 to 125": a range, not a second count
		}
		l := w.norm // number words are not stemmed
		if v := numerals[l]; !smallNumber(v) && !smallNumber(l) || l == "one" {
			continue // not a count; "second" is an ordinal
		}
		if w.end < len(text) && (text[w.end] == ':' || text[w.end] == '%') || w.start > 0 && text[w.start-1] == ':' || inTime(d.a, w.start) {
			continue // "4:43 to play", "59%"
		}
		if i+1 == len(ws) || ws[i+1].comma != w.comma || stopwords[ws[i+1].norm] {
			return true // no noun after it: the noun counted before
		}
	}
	return false
}

// smallNumber reports whether a word is a number of one to three digits.
func smallNumber(w string) bool {
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// inTime reports whether offset off falls in one of a's time expressions.
func inTime(a *parallax.Article, off int) bool {
	for _, t := range a.Times {
		if t.Span.Start <= off && off < t.Span.End {
			return true
		}
	}
	return false
}
