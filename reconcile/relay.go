package reconcile

import (
	"regexp"
	"strings"

	parallax "github.com/parallax-news/parallax"
)

// source sets where a mention's value comes from: the outlet or agency
// the article relays it from, the person it attributes it to, and so the
// independent source it counts as. A relayed value counts with the source
// it relays, never as a confirmation of it.
func (st *story) source(m *mention) {
	m.group = m.d.group
	m.origin = m.d.a.Outlet
	if o := st.byID[m.group]; o != nil {
		m.origin = o.a.Outlet
	}
	m.via = st.relay(m.d, m.sent)
	if m.via != "" {
		if o := st.outletDoc(m.via); o != nil {
			m.group = o.group
		} else {
			m.group = "via:" + fold(m.via)
		}
	}
	m.by = attribution(m.d, m.span)
	if m.by == "" {
		m.by = st.accordingTo(m.d, m.sent)
	}
	if m.by != "" && st.isPress(m.by) && !sameOutlet(m.by, m.d.a.Outlet) {
		// Words a quote finder gives to an outlet or agency are relayed.
		if m.via == "" {
			m.via = m.by
			if o := st.outletDoc(m.by); o != nil {
				m.group = o.group
			} else {
				m.group = "via:" + fold(m.by)
			}
		}
		m.by = ""
	}
}

// Relay cues: a name of an outlet or agency the article's words come from.
var (
	toldRe      = regexp.MustCompile(`\btold (?:the )?((?:[A-Z][\w'’-]*\s?){1,4})`)
	accordingRe = regexp.MustCompile(`\b[Aa]ccording to (?:the )?((?:[A-Z][\w'’-]*\s?){1,4})`)
	reportedRe  = regexp.MustCompile(`((?:[A-Z][\w'’-]*\s){1,4})(?:(?:news )?agency )?(?:reported|reports|has reported)\b`)
	agencyRe    = regexp.MustCompile(`,\s+the (?:news )?agency (?:said|reported)`)
)

// agencies are news agencies known by name; any name ending in "news
// agency", "agency", "wire" or "press" is taken as one too.
var agencies = setOf(`reuters afp ap dpa xinhua bloomberg tass interfax ansa efe kyodo upi`)

// relay returns the outlet or agency sentence s of d relays, or "".
func (st *story) relay(d *doc, s int) string {
	if v, ok := d.relays[s]; ok {
		return v
	}
	v := st.findRelay(d, s)
	if d.relays == nil {
		d.relays = map[int]string{}
	}
	d.relays[s] = v
	return v
}

func (st *story) findRelay(d *doc, s int) string {
	sp := d.sents[s].span
	text := d.a.Text[sp.Start:sp.End]
	if !strings.Contains(text, "told") && !strings.Contains(text, "ccording") && !strings.Contains(text, "report") && !strings.Contains(text, "agency") {
		return "" // no cue: spare the expressions
	}
	for _, re := range []*regexp.Regexp{toldRe, accordingRe, reportedRe} {
		for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
			name := strings.TrimSpace(text[m[2]:m[3]])
			after := strings.ToLower(text[m[3]:min(len(text), m[3]+20)])
			if strings.HasPrefix(after, "news agency") || strings.HasPrefix(after, "agency") {
				name += " news agency"
			}
			if st.isPress(name) && !sameOutlet(name, d.a.Outlet) {
				return strings.TrimSuffix(name, " news agency")
			}
		}
	}
	if agencyRe.MatchString(text) && !st.isPress(d.a.Outlet) {
		return "a news agency"
	}
	return ""
}

// isPress reports whether name is an outlet of the story or a news agency.
func (st *story) isPress(name string) bool {
	f := fold(name)
	if f == "" {
		return false
	}
	if st.outletDoc(name) != nil {
		return true
	}
	for _, suffix := range []string{"news agency", "agency", " wire", " press"} {
		if strings.HasSuffix(f, suffix) {
			return true
		}
	}
	return agencies[strings.Fields(f)[0]]
}

// outletDoc returns the first article of the story whose outlet is name.
func (st *story) outletDoc(name string) *doc {
	f := strings.TrimSuffix(fold(name), " news agency")
	if f == "" {
		return nil
	}
	for _, d := range st.docs {
		if sameOutlet(f, d.a.Outlet) {
			return d
		}
	}
	return nil
}

// sameOutlet reports whether a name names an outlet: one contains the
// other ("Meridian Wire", "the Meridian Wire news agency"; "NWB", "NWB
// News – World").
func sameOutlet(name, outlet string) bool {
	a, b := strings.TrimSuffix(fold(name), " news agency"), fold(outlet)
	if a == "" || b == "" {
		return false
	}
	return a == b || strings.HasPrefix(b, a+" ") || strings.HasPrefix(a, b+" ")
}

// fold lower-cases a name, drops a leading "the" and collapses spaces.
func fold(s string) string {
	f := strings.Join(strings.Fields(strings.ToLower(s)), " ")
	return strings.TrimPrefix(f, "the ")
}

// attribution returns who the article attributes the words at span to:
// the speaker of a quote that holds them.
func attribution(d *doc, span parallax.Span) string {
	for _, q := range d.a.Quotes {
		if q.Span.Start <= span.Start && span.End <= q.Span.End {
			if q.Speaker != "" && q.Speaker != parallax.UnknownSpeaker {
				return q.Speaker
			}
			return q.Unnamed() // "officials"; not "he", no one out of its sentence
		}
	}
	return ""
}

// accordingTo returns the source a sentence names with "according to",
// when it is not an outlet (that is a relay).
func (st *story) accordingTo(d *doc, s int) string {
	sp := d.sents[s].span
	text := d.a.Text[sp.Start:sp.End]
	if !strings.Contains(text, "ccording") {
		return ""
	}
	if m := accordingRe.FindStringSubmatch(text); m != nil && !st.isPress(m[1]) {
		return strings.TrimSpace(m[1])
	}
	return ""
}
