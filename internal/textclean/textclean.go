package textclean

import (
	"strings"
	"time"
)

// Result is a cleaned text and what was learnt from it.
type Result struct {
	Title         string    // from the first heading-like line; "" when none
	Body          string    // the article paragraphs, joined by "\n\n"
	Removed       []string  // paragraphs dropped as boilerplate, in order
	Published     time.Time // from a dateline; zero when none
	PublishedFrom string    // "dateline" when Published is set
}

// Clean splits text into paragraphs and keeps the article ones. The input
// may separate paragraphs by blank lines or put one paragraph on each line;
// white space inside a paragraph is collapsed and every other character is
// kept. The title is returned apart and not repeated in Body.
func Clean(text string) Result {
	ps, lang := analyse(text)
	bodyStart := -1
	for i, p := range ps {
		if p.class == good {
			bodyStart = i
			break
		}
	}
	title := findTitle(ps, bodyStart)
	var res Result
	titleKey := ""
	if title >= 0 {
		res.Title = ps[title].text
		titleKey = ps[title].low
	}
	if d, ok := findDateline(ps, bodyStart, title, lang); ok {
		res.Published, res.PublishedFrom = d, "dateline"
	}
	var body strings.Builder
	body.Grow(len(text))
	for i, p := range ps {
		switch {
		case i == title:
		case p.class == good && (titleKey == "" || p.low != titleKey):
			if body.Len() > 0 {
				body.WriteString("\n\n")
			}
			body.WriteString(p.text)
		default:
			res.Removed = append(res.Removed, p.text)
		}
	}
	res.Body = body.String()
	return res
}

// analyse splits text into paragraphs and classifies them; lang is the
// index in langs of the text's language, -1 when unknown.
func analyse(text string) (ps []*para, lang int) {
	raw := splitParagraphs(text)
	// One array for the paragraphs and one for their tokens.
	arr := make([]para, len(raw))
	buf := make([]token, 0, strings.Count(text, " ")+len(raw)+16)
	ps = make([]*para, len(raw))
	for i, s := range raw {
		p := &arr[i]
		p.toks = buf
		p.measure(s)
		buf = p.toks[len(p.toks):]
		ps[i] = p
	}
	lang = detectLanguage(ps)
	counts := make(map[string]int, len(ps))
	for _, p := range ps {
		p.countStop(lang)
		counts[p.low]++
	}
	seen := make(map[string]bool, len(ps))
	for _, p := range ps {
		p.rep = counts[p.low]
		p.recognise(lang)
		if p.kind == kindNone && p.rep > 1 {
			// Repeated lines are boilerplate; a repeated paragraph of prose
			// (a pull quote, a doubled scrape) keeps its first occurrence.
			if !(p.sentence && p.runes >= lengthLow) || seen[p.low] {
				p.kind = kindRepeated
			}
		}
		seen[p.low] = true
	}
	markCaptions(ps)
	for _, p := range ps {
		p.cf = p.classifyContextFree(lang)
	}
	markComments(ps)
	revise(ps)
	return ps, lang
}

// markCaptions marks the paragraph just before a credit line as its
// caption when it reads like one: a single sentence without quotation
// marks, short of a full paragraph.
func markCaptions(ps []*para) {
	for i := 1; i < len(ps); i++ {
		c, prev := ps[i], ps[i-1]
		if c.kind == kindCredit && c.creditOnly() && prev.kind == kindNone &&
			prev.runes < lengthHigh && prev.sentences() <= 1 && !strings.ContainsAny(prev.text, "\"“”«»„") {
			prev.kind = kindCaption
		}
	}
}

// Dateline search: how far past the first body paragraph a date may be
// taken from, and how far into a body paragraph a dateline's date may end.
const (
	datelineParas = 2
	datelineReach = 100
	maxHeaderLine = 200 // longest pre-body line searched for a date
	maxHeader     = 25  // pre-body paragraphs searched, from the body back
)

// findDateline returns the publication date from a dateline or byline near
// the top: a short line before the body (preferring those after the title
// and publication over update dates), or the opening of one of the first
// body paragraphs ("KESTREL RIDGE, Oct. 21, 2019 — …").
func findDateline(ps []*para, bodyStart, title, lang int) (time.Time, bool) {
	monthFirst := lang == 0 // English
	type cand struct {
		t    time.Time
		rank int // lower is better
	}
	var best *cand
	consider := func(i int, t time.Time, updated bool) {
		rank := 0
		if title >= 0 && i < title {
			rank += 2
		}
		if updated {
			rank++
		}
		if best == nil || rank < best.rank {
			best = &cand{t: t, rank: rank}
		}
	}
	end := bodyStart
	if end < 0 {
		end = min(len(ps), 10)
	}
	for i := max(0, end-maxHeader); i < end; i++ {
		p := ps[i]
		if !p.hasYear || p.runes > maxHeaderLine || !datelineKind(p.kind) {
			continue
		}
		if d, ok := findDate(p.text, monthFirst); ok {
			consider(i, d.t, p.hasWord(updateWords))
		}
	}
	if best == nil && bodyStart >= 0 {
		for i := bodyStart; i < len(ps) && i <= bodyStart+datelineParas; i++ {
			p := ps[i]
			if !p.hasYear || !datelineKind(p.kind) {
				continue
			}
			d, ok := findDate(p.text, monthFirst)
			if ok && (p.kind == kindDate || d.end <= datelineReach && opensBody(p.text[d.end:])) {
				consider(i, d.t, p.hasWord(updateWords))
				break
			}
		}
	}
	if best == nil {
		return time.Time{}, false
	}
	return best.t, true
}

// datelineKind: kinds of paragraph a dateline may be read from; never
// widgets, credits, notices or comments.
func datelineKind(k kind) bool {
	switch k {
	case kindNone, kindDate, kindMenu, kindRepeated:
		return true
	}
	return false
}

// opensBody reports whether rest, the text after a date, is the dash or
// colon that ends a dateline.
func opensBody(rest string) bool {
	rest = strings.TrimLeft(rest, " ,)")
	for _, d := range []string{"—", "–", "-", ":", "(", "/"} {
		if strings.HasPrefix(rest, d) {
			return true
		}
	}
	return false
}

// hasWord reports whether one of the paragraph's words is in set.
func (p *para) hasWord(set map[string]bool) bool {
	for _, t := range p.toks {
		if set[t.low] {
			return true
		}
	}
	return false
}
