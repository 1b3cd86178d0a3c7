package timeline

import (
	"strconv"
	"strings"
	"time"

	parallax "github.com/parallax-news/parallax"
)

// anchorThreshold is the content-word cosine above which a sentence of an
// undated article reports the same happening as a dated one. It is higher
// than sameThreshold: here the match sets a date, not just a grouping.
const anchorThreshold = 0.35

// mainThreshold replaces anchorThreshold for sentences dated on the
// story's main day, the day most dated articles report: a story is about
// that happening, so any shared content word will do.
const mainThreshold = 0.1

// maxLag is how long after a happening its past-tense report can be
// published and still name it by weekday.
const maxLag = 7 * 24 * time.Hour

// Anchor returns the publication date to assume for an undated article of
// a story, when the story's dated articles pin it down, and false
// otherwise. An article with a publication date is its own anchor.
//
// Two things pin it down, tried in order:
//
//   - The article reports a past happening that a dated article dates: a
//     sentence with an underspecified date ("on Saturday", XXXX-WXX-6; "18
//     October", XXXX-10-18) is close in content words to a sentence of a
//     dated article whose resolved date D fits it (the same weekday, or the
//     same month and day) and lies at or before that article's publication.
//     The article was then published no earlier than D; when it reports
//     several such happenings, the latest one, provided they all lie within
//     a week. The anchor is that day. For the story's main day (reported by
//     the most dated articles, at least two) a weaker match is enough.
//   - The story's dated articles all fall on one calendar day: that day.
//
// Otherwise, and whenever the clues disagree, it returns false: a year is
// never invented. The time returned is midnight UTC of the anchor day.
func Anchor(a *parallax.Article, story []*parallax.Article) (time.Time, bool) {
	if !a.Published.IsZero() {
		return a.Published, true
	}
	var dated []*parallax.Article
	for _, o := range story {
		if o != a && o.ID != a.ID && !o.Published.IsZero() {
			dated = append(dated, o)
		}
	}
	if len(dated) == 0 {
		return time.Time{}, false
	}
	d, ok, conflict := byEvent(a, dated)
	switch {
	case conflict:
		return time.Time{}, false
	case ok:
		return d, true
	}
	return oneDay(dated)
}

// datedSentence is a day-dated sentence of a dated article.
type datedSentence struct {
	day       time.Time
	published time.Time // the article's publication day
	vec       vector
}

// byEvent anchors a on the dates of the happenings it shares with the
// dated articles. conflict is set when the happenings it matches lie more
// than a week apart, too far for one publication date.
func byEvent(a *parallax.Article, dated []*parallax.Article) (d time.Time, ok, conflict bool) {
	var known []datedSentence
	reports := map[time.Time]map[string]bool{}
	for _, o := range dated {
		for _, h := range happenings(o) {
			if h.date.gran != Day {
				continue
			}
			known = append(known, datedSentence{h.date.start, dayOf(o.Published), h.vec})
			if o.DuplicateOf == "" {
				if reports[h.date.start] == nil {
					reports[h.date.start] = map[string]bool{}
				}
				reports[h.date.start][o.ID] = true
			}
		}
	}
	main, hasMain := mainDay(reports)
	var days []time.Time
	for _, e := range a.Times {
		if e.Type != "DATE" {
			continue
		}
		fits, ok := pattern(e.Value)
		if !ok {
			continue
		}
		sp := sentenceOf(a, e.Span)
		v := bag(a.Text[sp.Start:sp.End])
		var best *datedSentence
		bestSim := 0.0
		for i, k := range known {
			if !fits(k.day) || k.day.After(k.published) || k.published.Sub(k.day) > maxLag {
				continue
			}
			min := anchorThreshold
			if hasMain && k.day.Equal(main) {
				min = mainThreshold
			}
			if sim := cosine(v, k.vec); sim >= min && sim >= bestSim {
				best, bestSim = &known[i], sim
			}
		}
		if best != nil {
			days = append(days, best.day)
		}
	}
	if len(days) == 0 {
		return time.Time{}, false, false
	}
	first, last := days[0], days[0]
	for _, d := range days {
		if d.Before(first) {
			first = d
		}
		if d.After(last) {
			last = d
		}
	}
	if last.Sub(first) > maxLag {
		return time.Time{}, false, true
	}
	return last, true, false
}

// mainDay returns the day reported by the most articles, when at least two
// report it and no other day is reported as often.
func mainDay(reports map[time.Time]map[string]bool) (time.Time, bool) {
	var best time.Time
	n, tie := 0, false
	for d, ids := range reports {
		switch {
		case len(ids) > n:
			best, n, tie = d, len(ids), false
		case len(ids) == n:
			tie = true
		}
	}
	return best, n >= 2 && !tie
}

// pattern reads an underspecified day value, "XXXX-WXX-6" (a weekday) or
// "XXXX-10-18" (a day without its year), as a test on concrete days.
func pattern(v string) (func(time.Time) bool, bool) {
	if len(v) > 10 && v[10] == 'T' {
		v = v[:10]
	}
	switch {
	case strings.HasPrefix(v, "XXXX-WXX-") && len(v) == 10:
		n, err := strconv.Atoi(v[9:])
		if err != nil || n < 1 || n > 7 {
			return nil, false
		}
		wd := time.Weekday(n % 7) // TIMEX3 counts Monday as 1, Sunday as 7
		return func(t time.Time) bool { return t.Weekday() == wd }, true
	case strings.HasPrefix(v, "XXXX-") && len(v) == 10 && v[7] == '-':
		m, ok1 := digits(v[5:7])
		d, ok2 := digits(v[8:])
		if !ok1 || !ok2 {
			return nil, false
		}
		return func(t time.Time) bool { return int(t.Month()) == m && t.Day() == d }, true
	}
	return nil, false
}

// oneDay returns the publication day of the dated articles when they all
// share it.
func oneDay(dated []*parallax.Article) (time.Time, bool) {
	d := dayOf(dated[0].Published)
	for _, o := range dated[1:] {
		if !dayOf(o.Published).Equal(d) {
			return time.Time{}, false
		}
	}
	return d, true
}
