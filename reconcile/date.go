package reconcile

import (
	"regexp"
	"strings"
	"time"

	parallax "github.com/parallax-news/parallax"
)

// dateThresholds are looser than for figures: dates are only compared
// when the same actor does the same thing ("Varela announced").
var dateThresholds = thresholds{minAgree: 0.15, minDiffer: 0.25, minMean: 0.1, maxRatio: 2, bonus: 0.15,
	minSame: 0.1, same: 0.3, minMutual: 0.25}

var actDateThresholds = thresholds{minAgree: 0.15, minDiffer: 0.25, minMean: 0.05, maxRatio: 2, bonus: 0.15,
	minSame: 0.1, same: 0.3, minMutual: 0.08}

var anonDateThresholds = thresholds{minAgree: 0.3, minDiffer: 0.45, minMean: 0.2, maxRatio: 2, bonus: 0.15,
	minSame: 0.25, same: 0.3, minMutual: 0.4}

// dateFacts lines up the days the articles give the same happening: the
// same actor and the same verb dated by several sources.
func (st *story) dateFacts() []parallax.Fact {
	var ms []*mention
	for _, d := range st.docs {
		ms = append(ms, st.dateMentions(d)...)
	}
	// Without a named actor, dates are compared on closer context.
	var named, anon []*mention
	for _, m := range ms {
		if strings.HasSuffix(m.bucket, "|") {
			anon = append(anon, m)
		} else {
			named = append(named, m)
		}
	}
	// A named actor's act other than speaking ("the Carnejo burst its
	// banks") happens once: its dates are compared on looser context, each
	// the other's closest match. Statements are made every day.
	var said, acts []*mention
	for _, m := range named {
		if strings.HasPrefix(m.bucket, "date:@say|") {
			said = append(said, m)
		} else {
			acts = append(acts, m)
		}
	}
	groups := cluster(said, dateThresholds, dateCompatible)
	groups = append(groups, cluster(acts, actDateThresholds, dateCompatible)...)
	nnamed := len(groups)
	groups = append(groups, cluster(anon, anonDateThresholds, dateCompatible)...)
	var out []parallax.Fact
	for i, g := range groups {
		if articles(g) < 2 && i >= nnamed {
			continue // one article's date of nobody's act is in its timeline, not a fact
		}
		if f, ok := st.fact(parallax.FactDate, g, dateCompatible); ok {
			f.Key = g[0].counted
			out = append(out, f)
		}
	}
	return out
}

// dateMentions returns the calendar days of d that date an action of a
// named actor: "Ana Varela announced on Saturday".
func (st *story) dateMentions(d *doc) []*mention {
	var ms []*mention
	seen := map[string]bool{} // bucket and day: "this Saturday 18 October" is one date
	for _, t := range d.a.Times {
		if t.Type == "TIME" && len(t.Value) > 10 && isDay(t.Value[:10]) && namesDay(t.Text) {
			t.Value = t.Value[:10] // "00:47 on Tuesday": the day is what sources differ on
		} else if t.Type != "DATE" || !isDay(t.Value) {
			continue
		}
		day, err := time.Parse("2006-01-02", t.Value)
		if err != nil {
			continue
		}
		s := d.sentenceAt(t.Span.Start)
		if s < 0 || ownDay(d.a.Text, t.Span.Start) {
			continue
		}
		verb, actor := event(d.sents[s].words, t.Span.Start)
		if verb == "" || actor == "" && verb == "@say" || pageVerbs[verb] {
			continue // "said on Saturday" with nobody named says too little
		}
		if k := verb + "|" + actor + "|" + t.Value; seen[k] {
			continue
		} else {
			seen[k] = true
		}
		n := float64(day.Unix() / 86400)
		m := &mention{d: d, sent: s, span: t.Span, text: t.Text, low: n, high: n, fig: n, label: t.Value,
			bucket: "date:" + verb + "|" + strings.ToLower(actor), counted: strings.TrimSpace(actor + " " + verbText(d.sents[s].words, verb))}
		m.weekday = weekdayOnly(t.Text)
		m.vec = st.context(d, s, t.Span.Start, t.Span.End, nil)
		st.source(m)
		ms = append(ms, m)
	}
	return ms
}

// event returns the verb a time expression starting at off dates ("said"
// in "said on Saturday", "signed" in "signed the agreement on Saturday")
// and the actor named before it ("Varela"), "" when none is named.
func event(ws []word, off int) (verb, actor string) {
	i := 0
	for i < len(ws) && ws[i].start < off {
		i++
	}
	k := -1
	for j := i - 1; j >= 0 && j >= i-7; j-- {
		if isVerb(ws[j]) && (j >= i-5 || ws[j].comma == ws[i-1].comma) || j > 0 && modals[strings.ToLower(ws[j-1].raw)] && !ws[j].capital && isContent(ws[j].norm) {
			k = j
			break
		}
	}
	if k < 0 {
		return "", ""
	}
	verb = ws[k].norm
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		w := ws[j]
		lw := strings.ToLower(w.raw)
		if w.capital && !stopwords[lw] && !calendarWords[lw] && !titles[lw] {
			return verb, strings.TrimSuffix(strings.TrimSuffix(w.raw, "'s"), "’s")
		}
	}
	return verb, ""
}

// isVerb reports whether a word reads as the verb of a happening: a past
// form or one of the concept verbs.
func isVerb(w word) bool {
	if w.capital {
		return false
	}
	if strings.HasPrefix(w.norm, "@") {
		return true
	}
	r := strings.ToLower(w.raw)
	return len(r) > 4 && strings.HasSuffix(r, "ed") || irregularPast[r]
}

// modals come before the verb of a happening to come: "will meet",
// "would summon".
var modals = setOf(`will would shall`)

var irregularPast = setOf(`said told met left began went took gave made held won lost struck fell rose burst broke hit
came sent set put shot fled led sank spoke wrote sold bought`)

// verbText is how the sentence writes the verb of an event.
func verbText(ws []word, norm string) string {
	for _, w := range ws {
		if w.norm == norm {
			return strings.ToLower(w.raw)
		}
	}
	return norm
}

// dateCompatible reports whether two dates agree: the same day, or the
// same weekday named by both (resolved to different weeks, which is a
// question of anchoring, not of what the sources say).
func dateCompatible(a, b *mention) bool {
	return a.low == b.low || a.weekday != "" && a.weekday == b.weekday
}

// weekdayOnly returns the weekday a time expression names when it names
// no day of the month: "on Thursday" → "thursday", "at 11:59 p.m.
// Saturday" → "saturday" (a clock time is no day).
func weekdayOnly(text string) string {
	if strings.ContainsAny(clockRe.ReplaceAllString(text, ""), "0123456789") {
		return ""
	}
	for _, w := range strings.Fields(strings.ToLower(text)) {
		if weekdays[w] {
			return w
		}
	}
	return ""
}

// clockRe finds a time of day: "11:59 p.m.", "9 am", "00:47".
var clockRe = regexp.MustCompile(`(?i)\b\d{1,2}(?::\d{2})?\s*(?:a\.?m\b\.?|p\.?m\b\.?)|\b\d{1,2}:\d{2}\b`)

// articles counts the distinct articles of a group.
func articles(g []*mention) int {
	seen := map[*doc]bool{}
	for _, m := range g {
		seen[m.d] = true
	}
	return len(seen)
}

// namesDay reports whether a time expression names its day ("00:47 on
// Tuesday", "midnight on 19 April"): a bare "midnight" is anchored on the
// publication day, which says nothing of the sources' days.
func namesDay(text string) bool {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		if calendarWords[strings.Trim(w, ".,")] {
			return true
		}
	}
	return strings.ContainsAny(text, "/") || len(strings.FieldsFunc(text, func(r rune) bool { return r < '0' || r > '9' })) > 1
}

// pageVerbs date the page, not what it reports: "Last updated 14/09/2013".
var pageVerbs = setOf(`updat post publish modifi`)

var weekdays = setOf(`monday tuesday wednesday thursday friday saturday sunday`)

var calendarWords = setOf(`monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec today yesterday tomorrow`)

// titles are words written capitalised before a name that are not the
// actor: "Mrs", "General".
var titles = setOf(`mr mrs ms dr mr. mrs. ms. dr. general gen president minister prime`)

// ownDay reports whether the date at off spells out the article's own
// "today" ("announced today (14 October)"): it dates the writing, and
// articles written on different days report different acts (a company's
// daily updates), not different dates of one act.
func ownDay(text string, off int) bool {
	before := strings.ToLower(strings.TrimRight(text[max(0, off-12):off], " ,(–—-"))
	return strings.HasSuffix(before, "today") || strings.HasSuffix(before, "tonight")
}
