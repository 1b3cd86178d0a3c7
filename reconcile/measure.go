package reconcile

import (
	"strings"

	parallax "github.com/parallax-news/parallax"
)

// What a figure measures beyond its unit, read from how news writes it:
// whose figure it is ("Varela's 23 points"), what happened to the people
// it counts (killed, injured, arrested), and whether it is the whole of
// which its sentence reports a part ("five of Kell United's first eight points",
// "almost all of the 2.5 million eligible").

// possessor returns the name whose possessive heads the noun phrase of the
// figure at span: "varela" in "Ana Varela's 23 points" and in "Varela's
// school record of 2,116 points". Only lower-case words and "of" may stand
// between: "Varela's team scored 23" names the team, not whose points.
func possessor(d *doc, s int, span parallax.Span) string {
	ws := d.sents[s].words
	f := firstIn(ws, span)
	if f < 0 {
		return ""
	}
	for k := f - 1; k >= 0 && k >= f-5; k-- {
		w := ws[k]
		if w.comma != ws[f].comma {
			return ""
		}
		if name, ok := possessiveName(w); ok {
			return name
		}
		l := strings.ToLower(w.raw)
		if w.capital || l != "of" && !isContent(w.norm) {
			return ""
		}
	}
	return ""
}

// possessiveName returns the folded name of a capitalised possessive word
// ("Varela's" → "varela"), not a day's ("Tuesday's vote").
func possessiveName(w word) (string, bool) {
	if !w.capital || !strings.HasSuffix(w.raw, "'s") && !strings.HasSuffix(w.raw, "’s") {
		return "", false
	}
	l := strings.ReplaceAll(strings.ToLower(w.raw), "’", "'")
	name, ok := strings.CutSuffix(l, "'s")
	if !ok || name == "" || stopwords[name] || calendarWords[name] || titles[name] {
		return "", false
	}
	return name, true
}

// firstIn returns the index of the first word overlapping span, or -1.
func firstIn(ws []word, span parallax.Span) int {
	for i, w := range ws {
		if w.end > span.Start && w.start < span.End {
			return i
		}
	}
	return -1
}

// possessives returns the possessive names of a sentence that do not head
// the figure at span: "brandt" in "It gave him 2,117 points, passing
// Olek Brandt's mark". A figure set beside someone's is not theirs.
func possessives(d *doc, s int, span parallax.Span, own string) []string {
	var out []string
	for _, w := range d.sents[s].words {
		if w.end > span.Start && w.start < span.End {
			continue
		}
		if name, ok := possessiveName(w); ok && name != own {
			out = append(out, name)
		}
	}
	return out
}

// subjectName returns the person or organisation the clause of the figure
// at span names before it, by its last word folded ("dalk" in "Ivo
// Dalk scored ... with 2,117 points"): whose figure it is, when no
// possessive says. A name followed by a verb of saying is a source
// ("Varela said 23 people"), not a holder. It needs the article's
// entities; "" without them.
func subjectName(d *doc, s int, span parallax.Span) string {
	ws := d.sents[s].words
	f := firstIn(ws, span)
	if f < 0 {
		return ""
	}
	for k := 0; k < f; k++ {
		w := ws[k]
		if w.comma != ws[f].comma || !w.capital {
			continue
		}
		e, ok := entityAt(d.a, w.start)
		if !ok || e.Type != "PERSON" && e.Type != "ORGANIZATION" {
			continue
		}
		// Skip to the entity's last word, and read what follows it.
		j := k
		for j+1 < f && ws[j+1].start < e.Span.End {
			j++
		}
		if j+1 < len(ws) && ws[j+1].norm == "@say" {
			return ""
		}
		name, _ := strings.CutSuffix(strings.ReplaceAll(strings.ToLower(ws[j].raw), "’", "'"), "'s")
		return name
	}
	return ""
}

// entityAt returns the entity of a that holds offset off.
func entityAt(a *parallax.Article, off int) (parallax.Entity, bool) {
	for _, e := range a.Entities {
		if e.Span.Start <= off && off < e.Span.End {
			return e, true
		}
	}
	return parallax.Entity{}, false
}

// otherHolder reports whether b is surely not the figure of a's possessor:
// b's own holder is someone else, or b's sentence sets the possessor's
// figure beside it ("passing Brandt's mark").
func otherHolder(a, b *mention) bool {
	if a.holder == "" {
		return false
	}
	if b.holder != "" {
		return !sameName(a.holder, b.holder)
	}
	if b.subject != "" && !sameName(a.holder, b.subject) {
		return true
	}
	for _, p := range b.besides {
		if sameName(a.holder, p) {
			return true
		}
	}
	return false
}

// measureWords are the outcomes news counts people by; a count of the
// killed is never one of the injured, however alike their sentences.
var measureWords = func() map[string]string {
	groups := map[string]string{
		"kill":     "killed kill kills killing dead died die dies death deaths fatalities",
		"injure":   "injured injure injures injuring injury injuries wounded wounding hurt hospitalised hospitalized",
		"arrest":   "arrested arrest arrests arresting detained detain detaining",
		"missing":  "missing unaccounted",
		"rescue":   "rescued",
		"eligible": "eligible registered",
		"vote":     "voted ballots ballot turnout",
	}
	return classesOf(groups)
}()

// classesOf maps each word of groups (class → words) to its class.
func classesOf(groups map[string]string) map[string]string {
	m := map[string]string{}
	for g, ws := range groups {
		for _, w := range strings.Fields(ws) {
			m[w] = g
		}
	}
	return m
}

// answerWords are the answers a poll's shares are of: 45 percent who
// back a law are not the 41 percent who want it scrapped.
var answerWords = func() map[string]string {
	groups := map[string]string{
		"support":   "back backed backs backing support supports supported supporting favour favor favoured favored favours favors approve approves approved endorse endorsed",
		"oppose":    "oppose opposes opposed opposing reject rejects rejected disapprove disapproves disapproved",
		"undecided": "undecided unsure",
	}
	return classesOf(groups)
}()

// measureNear is how many words from a figure its outcome may stand:
// "three people, a man and two women, were killed".
const measureNear = 8

// measureOf returns the class of the outcome nearest the figure at span
// in its sentence ("injure" for "12 people were injured"), "" when none
// stands near; named says whether the sentence names one at all. classes
// maps words to the outcomes they name (measureWords, answerWords).
func measureOf(d *doc, s int, span parallax.Span, classes map[string]string) (measure string, named bool) {
	ws := d.sents[s].words
	f := firstIn(ws, span)
	if f < 0 {
		return "", false
	}
	last := f
	for last+1 < len(ws) && ws[last+1].start < span.End {
		last++
	}
	best := measureNear + 1
	for i, w := range ws {
		if i >= f && i <= last {
			continue
		}
		g, ok := classes[strings.ToLower(w.raw)]
		if !ok {
			continue
		}
		named = true
		dist := f - i
		if i > last {
			dist = i - last
		}
		if dist < best {
			best, measure = dist, g
		}
	}
	return measure, named
}

// otherMeasure reports whether two figures count different outcomes: each
// names its own ("12 injured", "three killed"), or one names one and the
// other's sentence none ("as many as 20,000 people took to the streets"
// beside "12 people were injured"), unless they give the very same figure.
func otherMeasure(a, b *mention) bool {
	switch {
	case a.measure != "" && b.measure != "":
		return a.measure != b.measure
	case a.measure != "" && !b.anyMeasure, b.measure != "" && !a.anyMeasure:
		return a.fig != b.fig
	}
	return false
}

// wholeOrShare reports whether the figure at span is the whole of which
// its sentence reports a part ("five of Kell United's first eight points",
// "almost all of the 2.5 million eligible"), or is itself given as a share
// of another whole ("2.44 million people, accounting for some 88 percent
// of eligible voters"): either way, another source's figure of the same
// noun may count the other one.
func wholeOrShare(d *doc, s int, span parallax.Span) bool {
	ws := d.sents[s].words
	f, l := wordRange(ws, span)
	return f >= 0 && (partitive(ws, f) || share(d.a.Text, ws, l))
}

// wordRange returns the first and last words overlapping span, or -1s.
func wordRange(ws []word, span parallax.Span) (first, last int) {
	first, last = -1, -1
	for i, w := range ws {
		if w.end > span.Start && w.start < span.End {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	return first, last
}

// partitive reports whether the words before word f read QUANTIFIER of
// DETERMINER [word word]: "five of Kell United's first", "all of the".
func partitive(ws []word, f int) bool {
	k := f - 1
	for n := 0; n < 2 && k >= 0 && !ws[k].capital && !partDeterminers[strings.ToLower(ws[k].raw)] && ws[k].norm != "of"; n++ {
		k--
	}
	if k < 2 {
		return false
	}
	if _, ok := possessiveName(ws[k]); ok {
		for k > 2 && ws[k-1].capital { // the rest of the name: "Kell United's"
			k--
		}
	} else if !partDeterminers[strings.ToLower(ws[k].raw)] {
		return false
	}
	if strings.ToLower(ws[k-1].raw) != "of" {
		return false
	}
	q := strings.ToLower(ws[k-2].raw)
	return quantifiers[q] || numberWords[q] || numerals[q] != "" || q[0] >= '0' && q[0] <= '9'
}

var partDeterminers = setOf(`the these those his her their its our`)

var quantifiers = setOf(`all most half some many none several few majority`)

// share reports whether the words after word l give the figure as a
// percentage of something: "[accounting for] [some] 88 percent of".
func share(text string, ws []word, l int) bool {
	k := l + 1
	for n := 0; n < 3 && k < len(ws) && shareLeads[strings.ToLower(ws[k].raw)]; n++ {
		k++
	}
	if k >= len(ws) || ws[k].raw[0] < '0' || ws[k].raw[0] > '9' {
		return false
	}
	if ws[k].end < len(text) && text[ws[k].end] == '%' {
		return k+1 < len(ws) && ws[k+1].norm == "of"
	}
	next := func(i int) string {
		if k+i < len(ws) {
			return strings.ToLower(ws[k+i].raw)
		}
		return ""
	}
	return next(1) == "percent" && next(2) == "of" || next(1) == "per" && next(2) == "cent" && next(3) == "of"
}

var shareLeads = setOf(`accounting for representing making up or about some nearly almost roughly`)

// momentOf returns the moment the sentence gives its figures at when that
// is not a date: "peak" ("at one point", "at its height") or "now" ("at
// present", "currently"); "". A count that changes is reported at both.
func momentOf(d *doc, s int) string {
	ws := d.sents[s].words
	is := func(i int, ss ...string) bool {
		if i >= len(ws) {
			return false
		}
		for _, x := range ss {
			if strings.EqualFold(ws[i].raw, x) {
				return true
			}
		}
		return false
	}
	for i := range ws {
		switch {
		case is(i, "peaked"),
			is(i, "at") && is(i+1, "one") && is(i+2, "point", "stage"),
			is(i, "at") && is(i+1, "its", "the") && is(i+2, "peak", "height"):
			return "peak"
		case is(i, "currently"), is(i, "at") && is(i+1, "present"), is(i, "right") && is(i+1, "now"):
			return "now"
		}
	}
	return ""
}

// otherMoment reports whether two figures are of different moments: a
// peak ("at one point as much as 82 percent") beside the present ("at
// present 65%") or beside a figure that names no moment.
func otherMoment(a, b *mention) bool {
	return a.moment != b.moment && (a.moment == "peak" || b.moment == "peak")
}

// habitual reports whether the sentence holding a figure tells what
// usually happens ("more often than not, doesn't get the ball back to the
// 20-yard line"), not what happened: its figures are no event's.
func habitual(d *doc, s int) bool {
	for _, w := range d.sents[s].words {
		if habitWords[strings.ToLower(w.raw)] {
			return true
		}
	}
	return false
}

var habitWords = setOf(`usually often typically normally routinely habitually`)

// periodOf returns the period an amount is given for after it: a rate
// right after it ("$22 million per season" → "season", "300 people a
// day"), or a span in its clause ("$5 trillion in new spending over the
// next decade" → "decade", "in the 2022 fiscal year" → "2022 fiscal
// year"); "" for none. "A month to leave" is no rate.
func periodOf(d *doc, s int, span parallax.Span) string {
	ws := d.sents[s].words
	_, l := wordRange(ws, span)
	if l < 0 {
		return ""
	}
	low := func(i int) string {
		if i < len(ws) {
			return strings.ToLower(ws[i].raw)
		}
		return ""
	}
	if rateWords[low(l+1)] && periodNouns[stem(low(l+2))] && ws[l+1].comma == ws[l].comma {
		return stem(low(l + 2))
	}
	for k := l + 1; k < len(ws) && k <= l+8 && ws[k].comma == ws[l].comma; k++ {
		if w := low(k); w != "over" && w != "during" && w != "in" {
			continue
		}
		j := k + 1
		if low(j) == "the" {
			j++
		}
		if spanLeads[low(j)] {
			j++
		}
		n := low(j)
		if v, ok := numerals[n]; ok {
			n = v
		}
		if n != "" && n[0] >= '0' && n[0] <= '9' {
			j++
		} else {
			n = ""
		}
		switch p := low(j); {
		case p == "fiscal" && low(j+1) == "year":
			return strings.TrimSpace(n + " fiscal year")
		case p == "decade" || p == "decades" || p == "years" || p == "months" || p == "weeks":
			return strings.TrimSpace(n + " " + stem(p))
		}
	}
	return ""
}

var rateWords = setOf(`per a an each every`)

var periodNouns = setOf(`year decade month week day season quarter`)

var spanLeads = setOf(`next coming past last first`)

// otherPeriod reports whether two amounts are given for different periods,
// or only one for a period ("$5 trillion over the next decade" beside a
// "$6 trillion budget"): a sum over ten years is not a year's.
func otherPeriod(a, b *mention) bool {
	return a.period != b.period
}
