package reconcile

import (
	"strings"

	parallax "github.com/parallax-news/parallax"
)

// Who said it: two sources putting the same words in different mouths is
// a finding only when each source itself names its speaker. A speaker
// reached through "he said", "the officer said" or no attribution at all
// is the quote finder's guess from the sentences before, and on real news
// that guess is the most common source of a false "who said" (the
// actress's rep read as the actress, a company read as its researcher).

// attribution returns the attribution an article writes for the statement
// holding wording w: the article's quote whose span covers it.
func (st *story) attribution(w parallax.Wording) (parallax.Quote, bool) {
	d := st.byID[w.Article]
	if d == nil {
		return parallax.Quote{}, false
	}
	for _, q := range d.a.Quotes {
		if q.Span.Start <= w.Span.Start && w.Span.End <= q.Span.End {
			return q, true
		}
	}
	return parallax.Quote{}, false
}

// namesSpeaker reports whether an article's own attribution names the
// speaker it is resolved to: "Reyk told reporters", "a spokesman for the
// prime minister said"; not "he said", "the officer said" (resolved from
// the sentences before) nor a quote with no attribution in sight.
func namesSpeaker(q parallax.Quote, speaker string) bool {
	text := strings.TrimSpace(q.SpeakerText)
	if text == "" || pronouns[strings.ToLower(text)] {
		return false
	}
	if strings.EqualFold(trimArticle(text), trimArticle(speaker)) {
		return true
	}
	written := nameTokens(text)
	for _, n := range nameTokens(speaker) {
		for _, x := range written {
			if n == x {
				return true
			}
		}
	}
	return false
}

func trimArticle(s string) string {
	f := strings.Fields(s)
	if len(f) > 1 && stopwords[strings.ToLower(f[0])] {
		f = f[1:]
	}
	return strings.Join(f, " ")
}

// namesOther reports whether the sentence of wording w names one of the
// speaker's names: "said Zadan and Meron jointly" puts the words in both
// mouths, so neither source contradicts the other.
func (st *story) namesOther(w parallax.Wording, speaker string) bool {
	d := st.byID[w.Article]
	if d == nil {
		return false
	}
	s := d.sentenceAt(w.Span.Start)
	if s < 0 {
		return false
	}
	sp := d.a.Sentences[s]
	text := d.a.Text[sp.Start:sp.End]
	for _, n := range nameTokens(speaker) {
		for _, x := range nameTokens(text) {
			if n == x {
				return true
			}
		}
	}
	return false
}

// sameOffice reports whether a speaker given only by office ("Reid's
// rep", "a spokesman for the minister") holds the office written with the
// other, named speaker ("the actress's rep Jack Ketsoyan"): then the two
// may well be one person.
func sameOffice(office string, named parallax.Quote) bool {
	head := officeHead(office)
	if head == "" {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(named.Role + " " + named.SpeakerText)) {
		if strings.Trim(w, ",.()") == head {
			return true
		}
	}
	return false
}

// officeHead returns the office noun of a speaker named by office: the
// last word before "for", "of" or "to" ("spokesman" in "a spokesman for
// Prime Minister Castor", "rep" in "Reid's rep"); "" when the speaker is
// named.
func officeHead(s string) string {
	if len(nameTokens(s)) > 0 && !strings.Contains(s, "'s ") && !strings.Contains(s, "’s ") {
		// "Reid's rep" names Reid but is Reid's representative.
		low := strings.ToLower(s)
		if !strings.Contains(low, " for ") && !strings.Contains(low, " of ") {
			return ""
		}
	}
	f := strings.Fields(strings.ToLower(s))
	head := ""
	for _, w := range f {
		if w == "for" || w == "of" || w == "to" {
			break
		}
		head = strings.Trim(w, ",.")
	}
	return head
}

// sharedContent counts the content words two wordings share: "as
// quickly as possible" is a stock phrase anyone may use, "eleven years of
// solidarity" is someone's words.
func sharedContent(a, b []string) int {
	n := 0
	for _, p := range lcs(a, b) {
		if w := a[p[0]]; !stopwords[w] {
			n++
		}
	}
	return n
}

// surelyOthers reports whether two sources that put the same words in
// different mouths each name their speaker, neither names the other's,
// and neither speaker may be the other's office.
func (st *story) surelyOthers(sa, sb string, wa, wb parallax.Wording) bool {
	qa, oka := st.attribution(wa)
	qb, okb := st.attribution(wb)
	if !oka || !okb || !namesSpeaker(qa, sa) || !namesSpeaker(qb, sb) {
		return false
	}
	if st.namesOther(wa, sb) || st.namesOther(wb, sa) {
		return false
	}
	return !sameOffice(sa, qb) && !sameOffice(sb, qa)
}
