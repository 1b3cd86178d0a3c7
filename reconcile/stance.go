package reconcile

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	parallax "github.com/parallax-news/parallax"
)

// Stances are claims that disagree without one source negating the
// other's word: a state and its opposite ("the ceasefire is holding",
// "has collapsed"), a deadline and the statement that none was given
// ("within four weeks", "gave no time limit"), a fixed length and none
// ("a 72-hour stoppage", "an open-ended strike"). Each is a fact only when
// both sides are found in different sources: one side alone is no finding.

// stance is one sentence's side of a claim.
type stance struct {
	m     *mention // where it stands and which source it counts as
	side  int      // 0 or 1
	value string   // normalised: "holding", "within 28 days", "no deadline given"
}

// stanceFacts finds the three kinds of stance.
func (st *story) stanceFacts() []parallax.Fact {
	var out []parallax.Fact
	out = append(out, st.stateFacts()...)
	out = append(out, st.deadlineFacts()...)
	out = append(out, st.lengthFacts()...)
	return out
}

// newStance places a stance at span of sentence s of d, with its source.
func (st *story) newStance(d *doc, s int, span parallax.Span, side int, value string) stance {
	m := &mention{d: d, sent: s, span: span, text: d.a.Text[span.Start:span.End]}
	st.source(m)
	return stance{m: m, side: side, value: value}
}

// stanceFact builds the fact of a claim from its two sides. It is a
// disagreement when the sides come from different independent sources;
// otherwise it is no fact.
func stanceFact(key string, ss []stance, names [2]string) (parallax.Fact, bool) {
	// An article on both sides reports a contrast, not a stance.
	sides := map[*doc]int{}
	for _, s := range ss {
		sides[s.m.d] |= 1 << s.side
	}
	ss = slices.DeleteFunc(slices.Clone(ss), func(s stance) bool { return sides[s.m.d] == 3 })
	groups := [2]map[string]bool{{}, {}}
	for _, s := range ss {
		groups[s.side][s.m.group] = true
	}
	differ := false
	for g := range groups[0] {
		for h := range groups[1] {
			differ = differ || g != h
		}
	}
	if !differ {
		return parallax.Fact{}, false
	}
	f := parallax.Fact{Kind: parallax.FactClaim, Key: key, Status: parallax.Differ}
	var ms []*mention
	for _, s := range ss {
		m := *s.m
		m.label = s.value
		ms = append(ms, &m)
	}
	f.Values = values(ms)
	var parts [2][]string
	for _, v := range f.Values {
		for _, s := range ss {
			if s.value == v.Value {
				parts[s.side] = append(parts[s.side], fmt.Sprintf("%s (%s)", v.Value, outletsOf(ss, v.Value)))
				break
			}
		}
	}
	f.Note = fmt.Sprintf("%s: %s vs %s: %s", names[0], strings.Join(parts[0], ", "), names[1], strings.Join(parts[1], ", "))
	if notes := relayNotes(ms); len(notes) > 0 {
		f.Note += "; " + strings.Join(notes, "; ")
	}
	return f, true
}

// outletsOf lists the outlets giving a stance value.
func outletsOf(ss []stance, value string) string {
	var os []string
	for _, s := range ss {
		if o := s.m.d.a.Outlet; s.value == value && !slices.Contains(os, o) {
			os = append(os, o)
		}
	}
	return strings.Join(os, ", ")
}

// States and their opposites: a subject cannot be both at once. Only
// words that name a state when said with a copula ("is holding", "was
// rejected"); "failed" and "held" mean too many other things.
var statePairs = [][2]string{
	{"holding", "collapsed crumbled"},
	{"alive", "dead"},
	{"accepted", "rejected"},
	{"confirmed", "denied"},
	{"intact", "destroyed"},
	{"open", "closed shut"},
	{"guilty", "innocent"},
}

// stateWord maps a state word to its pair and side.
var stateWord = func() map[string][2]int {
	m := map[string][2]int{}
	for i, p := range statePairs {
		for side, ws := range p {
			for _, w := range strings.Fields(ws) {
				m[w] = [2]int{i, side}
			}
		}
	}
	return m
}()

// stateMention is a state said of a subject.
type stateMention struct {
	stance
	pair   int
	word   string
	subj   string          // the subject's head noun
	before map[string]bool // the content words before the predicate
}

// stateFacts pairs sentences saying opposite states of the same subject.
func (st *story) stateFacts() []parallax.Fact {
	byPair := map[int][]stateMention{}
	for _, d := range st.docs {
		for s, sn := range d.sents {
			for i, w := range sn.words {
				ps, ok := stateWord[strings.ToLower(w.raw)]
				if !ok {
					continue
				}
				_, neg, subj, ok := claimAt(sn.words, i)
				if !ok || subj == "" || pronouns[subj] {
					continue
				}
				side := ps[1]
				if neg {
					side = 1 - side // "is not holding"
				}
				before := map[string]bool{}
				for _, b := range sn.words[:i] {
					if isContent(b.norm) && !b.capital {
						before[b.norm] = true
					}
				}
				sm := stateMention{pair: ps[0], word: strings.ToLower(w.raw), subj: subj, before: before,
					stance: st.newStance(d, s, parallax.Span{Start: w.start, End: w.end}, side, stateValue(w.raw, neg))}
				byPair[ps[0]] = append(byPair[ps[0]], sm)
			}
		}
	}
	var out []parallax.Fact
	for p := range statePairs {
		ms := byPair[p]
		// The subjects: each subject said to be in one state and, by another
		// source, in the other.
		var subjects []string
		for _, m := range ms {
			if !slices.Contains(subjects, m.subj) {
				subjects = append(subjects, m.subj)
			}
		}
		slices.Sort(subjects)
		for _, subj := range subjects {
			var ss []stance
			for _, m := range ms {
				if m.subj == subj || m.before[subj] {
					ss = append(ss, m.stance)
				}
			}
			key := fmt.Sprintf("whether the %s is %s or %s", subj, firstWord(statePairs[p][0]), firstWord(statePairs[p][1]))
			if f, ok := stanceFact(key, ss, [2]string{firstWord(statePairs[p][0]), firstWord(statePairs[p][1])}); ok && !sameFinding(f, out) {
				out = append(out, f)
			}
		}
	}
	return out
}

func stateValue(raw string, neg bool) string {
	if neg {
		return "not " + strings.ToLower(raw)
	}
	return strings.ToLower(raw)
}

func firstWord(s string) string { return strings.Fields(s)[0] }

// sameFinding reports whether a fact's wordings are all those of a fact
// already found (one state said of "ceasefire" and of "valley").
func sameFinding(f parallax.Fact, fs []parallax.Fact) bool {
	return covered(f, fs)
}

// Deadlines: "within four weeks", against "gave no time limit", "did not
// say when", "did not wish to advance a precise calendar".
var (
	noDeadlineRe = regexp.MustCompile(`(?i)\b(?:gave|giving|give|set|setting|offered|with|without|there (?:is|was)) no (?:precise |firm |fixed |specific |clear )?(?:time ?limit|timetable|time-?frame|time ?line|deadline|calendar|date|schedule)\b` +
		`|\b(?:not|n't|declined to|refused to)(?: \w+){0,3}? (?:say|specify|give|set|advance|offer|provide|put forward) (?:when|a (?:precise |firm |fixed |specific |clear )?(?:calendar|timetable|date|deadline|time-?frame|time ?limit|time ?line|schedule))\b`)
)

// mayDenyDeadline is a cheap test for words noDeadlineRe needs.
func mayDenyDeadline(text string) bool {
	if !strings.Contains(text, "no") && !strings.Contains(text, "n't") && !strings.Contains(text, "declin") && !strings.Contains(text, "refus") {
		return false
	}
	for _, w := range []string{"when", "limit", "time", "deadline", "calendar", "date", "schedule"} {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}

// deadlineFacts pairs a deadline one source states with another's
// statement that none was given, about the same thing.
func (st *story) deadlineFacts() []parallax.Fact {
	var given, none []stance
	for _, d := range st.docs {
		given = append(given, st.deadlines(d)...)
		for s, sn := range d.sents {
			text := d.a.Text[sn.span.Start:sn.span.End]
			if !mayDenyDeadline(text) {
				continue // spare the expression
			}
			for _, loc := range noDeadlineRe.FindAllStringIndex(text, -1) {
				sp := parallax.Span{Start: sn.span.Start + loc[0], End: sn.span.Start + loc[1]}
				none = append(none, st.newStance(d, s, sp, 1, "no deadline given"))
			}
		}
	}
	if len(given) == 0 || len(none) == 0 {
		return nil
	}
	// Keep the statements of each side that share the other side's topic.
	topics := map[*mention]vector{}
	for _, x := range append(slices.Clone(given), none...) {
		topics[x.m] = st.topic(x.m.d, x.m.sent, "")
	}
	var ss []stance
	var topic string
	for _, side := range [][]stance{given, none} {
		for _, a := range side {
			for _, b := range append(slices.Clone(given), none...) {
				if a.side == b.side {
					continue
				}
				if w := st.deadlineTopic(a, b, topics); w != "" {
					ss = append(ss, a)
					if topic == "" {
						topic = w
					}
					break
				}
			}
		}
	}
	f, ok := stanceFact("deadline for the "+topic, ss, [2]string{"a deadline", "none"})
	if !ok {
		return nil
	}
	if note := deadlinesAgree(ss); note != "" {
		f.Note += "; " + note
	}
	return []parallax.Fact{f}
}

// deadlinesAgree says when the deadlines given are compatible: "within
// four weeks" and "within a month" (a month read as 28 to 31 days).
func deadlinesAgree(ss []stance) string {
	lo, hi := math.Inf(1), 0.0
	var vs []string
	for _, s := range ss {
		if s.side != 0 || s.m.fig <= 0 {
			continue
		}
		lo, hi = min(lo, s.m.fig), max(hi, s.m.fig)
		if !slices.Contains(vs, s.value) {
			vs = append(vs, s.value)
		}
	}
	if len(vs) < 2 || hi > lo*31/28+1e-9 {
		return ""
	}
	return "the deadlines given agree (" + strings.Join(vs, ", ") + "; a month is 28 to 31 days)"
}

// deadlines returns the deadlines d states: a duration after "within".
func (st *story) deadlines(d *doc) []stance {
	var out []stance
	seen := map[int]bool{}
	add := func(sp parallax.Span, days float64) {
		if seen[sp.Start] || sp.Start < 0 || sp.End > len(d.a.Text) || sp.Start >= sp.End {
			return
		}
		before := strings.ToLower(d.a.Text[max(0, sp.Start-7):sp.Start])
		if !strings.HasSuffix(strings.TrimSpace(before), "within") {
			return
		}
		s := d.sentenceAt(sp.Start)
		if s < 0 {
			return
		}
		seen[sp.Start] = true
		x := st.newStance(d, s, sp, 0, "within "+strings.ToLower(d.a.Text[sp.Start:sp.End]))
		x.m.fig = days
		out = append(out, x)
	}
	for _, q := range d.a.Quantities {
		if unitClass(q.Unit) == "duration" {
			add(q.Span, q.Value*days(q.Unit, q.Value))
		}
	}
	for _, t := range d.a.Times {
		if sub := durationRe.FindStringSubmatch(t.Value); t.Type == "DURATION" && sub != nil {
			n, _ := strconv.ParseFloat(sub[1], 64)
			add(t.Span, n*days("P"+sub[2], n))
		}
	}
	return out
}

// deadlineTopic returns the word a deadline and a statement that none was
// given are both about ("withdrawal"), or "": their sentences (and the
// sentence before each) share two content words, one of them a common
// word of the deadline's own clause ("will withdraw its troops within four
// weeks"), or they read much alike.
func (st *story) deadlineTopic(x, y stance, topics map[*mention]vector) string {
	a, b := x.m, y.m
	if x.side != 0 {
		a, b = b, a
	}
	ta, tb := topics[a], topics[b]
	if ta.shared(tb) < 2 {
		return ""
	}
	in := map[string]bool{}
	for _, id := range tb.ids {
		in[st.words[id]] = true
	}
	ws := a.d.sents[a.sent].words
	clause := -1
	for _, w := range ws {
		if w.end > a.span.Start && w.start < a.span.End {
			clause = w.comma
			break
		}
	}
	best := ""
	for _, w := range ws {
		if w.comma != clause || w.capital || !isContent(w.norm) || w.norm == "@say" || !in[w.norm] {
			continue
		}
		if best == "" || strings.HasPrefix(w.norm, "@") && !strings.HasPrefix(best, "@") {
			best = w.norm
		}
	}
	if best == "" && ta.cosine(tb) < 0.3 {
		return ""
	}
	if strings.HasPrefix(best, "@") {
		return displayConcept(best)
	}
	return best
}

// displayConcept names a concept readably: "@leave" → "withdrawal".
func displayConcept(c string) string {
	if w, ok := conceptNames[c]; ok {
		return w
	}
	return strings.TrimPrefix(c, "@")
}

var conceptNames = map[string]string{"@leave": "withdrawal", "@stay": "stay", "@strike": "strike", "@offer": "offer",
	"@kill": "deaths", "@gather": "protest", "@vote": "vote", "@rise": "rise", "@serve": "deployment"}

// Lengths: "an open-ended strike", "an indefinite strike" against "a
// 72-hour stoppage" (the same noun, or one of its concept).
var openEnded = setOf(`open-ended indefinite unlimited`)

// lengthFacts pairs a thing said to have no set length with the same
// thing given one.
func (st *story) lengthFacts() []parallax.Fact {
	var open, fixed []stance
	nouns := map[*mention]string{}
	for _, d := range st.docs {
		for s, sn := range d.sents {
			for i, w := range sn.words {
				if openEnded[strings.ToLower(w.raw)] && i+1 < len(sn.words) && isContent(sn.words[i+1].norm) {
					x := st.newStance(d, s, parallax.Span{Start: w.start, End: sn.words[i+1].end}, 0, "open-ended")
					nouns[x.m] = sn.words[i+1].norm
					open = append(open, x)
				}
			}
		}
		for _, q := range d.a.Quantities {
			if unitClass(q.Unit) != "duration" {
				continue
			}
			s := d.sentenceAt(q.Span.Start)
			if s < 0 {
				continue
			}
			ws := d.sents[s].words
			for i, w := range ws {
				// The duration qualifies the noun right after it: "72-hour stoppage".
				if w.start >= q.Span.End && i > 0 && ws[i-1].end >= q.Span.End-1 && ws[i-1].start < q.Span.End {
					x := st.newStance(d, s, parallax.Span{Start: q.Span.Start, End: w.end}, 1, strings.ToLower(q.Text))
					nouns[x.m] = w.norm
					fixed = append(fixed, x)
					break
				}
			}
		}
	}
	var ss []stance
	noun := ""
	for _, o := range open {
		for _, f := range fixed {
			if nouns[o.m] == nouns[f.m] {
				if noun == "" {
					noun = strings.ToLower(lastWord(o.m.text))
				}
				ss = appendStance(ss, o)
				ss = appendStance(ss, f)
			}
		}
	}
	if len(ss) == 0 {
		return nil
	}
	f, ok := stanceFact("length of the "+noun, ss, [2]string{"no set length", "a set length"})
	if !ok {
		return nil
	}
	for _, s := range ss {
		if s.side == 1 && extendable(s.m) {
			f.Note += "; " + s.m.d.a.Outlet + " says it may be extended"
			break
		}
	}
	return []parallax.Fact{f}
}

func appendStance(ss []stance, s stance) []stance {
	for _, x := range ss {
		if x.m.d == s.m.d && x.m.span == s.m.span {
			return ss
		}
	}
	return append(ss, s)
}

// extendable reports whether a set length's sentence says it may be
// extended.
func extendable(m *mention) bool {
	sp := m.d.sents[m.sent].span
	return strings.Contains(strings.ToLower(m.d.a.Text[sp.Start:sp.End]), "extended")
}
