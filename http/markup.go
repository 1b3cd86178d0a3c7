package http

import (
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	parallax "github.com/parallax-news/parallax"
)

// segment is a run of an article's text, plain (Kind "") or marked as a
// quantity, a time, an entity or a speaker, and perhaps inside a quote.
// The template escapes every field: article text is never trusted as
// markup.
type segment struct {
	Text  string
	Kind  string // "", "quantity", "time", "speaker" or "entity entity-person" (-organization, -location, -misc): the mark's classes
	Title string // the normalised value, entity type or speaker shown on hover
	// Quote, for a run inside an attributed statement, says whose it is:
	// "Ana Varela (direct)". Empty outside quotes.
	Quote string
	// Anchor is the id of a sentence starting here, "o" and its byte
	// offset, so that the story page can link to the sentence behind a
	// fact.
	Anchor string
}

// mark is a span of the text to highlight.
type mark struct {
	span  parallax.Span
	kind  string
	title string
}

// markup splits a's text into paragraphs of segments: its quantities, time
// expressions, entities and quote speakers marked, the runs inside quotes
// labelled with their speaker, and each sentence start anchored. Spans that
// are out of range, not on character boundaries or inside an earlier one
// are skipped, so a bad span can neither break the page nor cut a
// character in two.
func markup(a *parallax.Article) [][]segment {
	marks := articleMarks(a)
	quotes := quoteMarks(a)
	sentences := map[int]bool{}
	cuts := []int{0, len(a.Text)}
	for _, sp := range a.Sentences {
		if validSpan(a.Text, sp) {
			sentences[sp.Start] = true
			cuts = append(cuts, sp.Start)
		}
	}
	for _, m := range append(append([]mark{}, marks...), quotes...) {
		cuts = append(cuts, m.span.Start, m.span.End)
	}
	sort.Ints(cuts)
	w := &paraWriter{}
	for i := 0; i+1 < len(cuts); i++ {
		lo, hi := cuts[i], cuts[i+1]
		if lo == hi {
			continue
		}
		seg := segment{}
		if m, ok := covering(marks, lo); ok {
			seg.Kind, seg.Title = m.kind, m.title
		}
		if q, ok := covering(quotes, lo); ok {
			seg.Quote = q.title
		}
		if sentences[lo] {
			seg.Anchor = "o" + strconv.Itoa(lo)
		}
		w.write(a.Text[lo:hi], seg)
	}
	return w.done()
}

// paraWriter gathers segments into paragraphs, splitting runs at blank
// lines and joining a run to the one before when they look the same.
type paraWriter struct {
	paras [][]segment
	cur   []segment
}

func (w *paraWriter) write(text string, seg segment) {
	for i, part := range strings.Split(text, "\n\n") {
		if i > 0 {
			w.paras, w.cur = appendPara(w.paras, w.cur), nil
		}
		if seg.Kind == "" {
			part = strings.Trim(part, "\n")
		}
		if part == "" {
			continue
		}
		seg.Text = part
		if n := len(w.cur); n > 0 && seg.Anchor == "" && sameLook(w.cur[n-1], seg) {
			w.cur[n-1].Text += part
		} else {
			w.cur = append(w.cur, seg)
		}
		seg.Anchor = "" // the anchor goes on the first part only
	}
}

func (w *paraWriter) done() [][]segment { return appendPara(w.paras, w.cur) }

// sameLook says whether two runs render alike, so they can be one.
func sameLook(a, b segment) bool {
	return a.Kind == "" && b.Kind == "" && a.Quote == b.Quote
}

// covering returns the mark of ms (sorted, non-overlapping) that covers
// offset i.
func covering(ms []mark, i int) (mark, bool) {
	k := sort.Search(len(ms), func(k int) bool { return ms[k].span.End > i })
	if k < len(ms) && ms[k].span.Start <= i {
		return ms[k], true
	}
	return mark{}, false
}

// quoteMarks returns the valid, non-overlapping quote contents of a in
// text order, titled with their speaker and kind.
func quoteMarks(a *parallax.Article) []mark {
	var ms []mark
	for _, q := range a.Quotes {
		ms = append(ms, mark{q.Span, "quote", q.Speaker + " (" + q.Kind + ")"})
	}
	return nonOverlapping(a.Text, ms)
}

func appendPara(paras [][]segment, cur []segment) [][]segment {
	if len(cur) == 0 {
		return paras
	}
	return append(paras, cur)
}

// articleMarks returns the valid, non-overlapping marks of a in text
// order; of two overlapping marks the one starting first (the longer at
// the same start) wins.
func articleMarks(a *parallax.Article) []mark {
	var ms []mark
	for _, q := range a.Quantities {
		title := strings.TrimSpace(formatValue(q.Value) + " " + q.Unit)
		ms = append(ms, mark{q.Span, "quantity", title})
	}
	for _, t := range a.Times {
		ms = append(ms, mark{t.Span, "time", t.Value})
	}
	for _, q := range a.Quotes {
		if q.SpeakerSpan.End > q.SpeakerSpan.Start {
			ms = append(ms, mark{q.SpeakerSpan, "speaker", "speaker: " + q.Speaker})
		}
	}
	for _, e := range a.Entities {
		ms = append(ms, mark{e.Span, entityClass(e.Type), entityTitle(e)})
	}
	return nonOverlapping(a.Text, ms)
}

// entityTitle is what hovering an entity shows: its type and canonical id.
func entityTitle(e parallax.Entity) string {
	if e.ID == "" {
		return e.Type
	}
	return e.Type + " " + e.ID
}

// nonOverlapping sorts ms by start and drops the invalid ones and those
// overlapping an earlier one; of two at the same start the longer wins.
func nonOverlapping(text string, ms []mark) []mark {
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].span.Start != ms[j].span.Start {
			return ms[i].span.Start < ms[j].span.Start
		}
		return ms[i].span.End > ms[j].span.End
	})
	out := ms[:0]
	end := 0
	for _, m := range ms {
		if !validSpan(text, m.span) || m.span.Start < end {
			continue
		}
		out = append(out, m)
		end = m.span.End
	}
	return out
}

// entityClass returns the classes of an entity's mark: "entity" and, for a
// type of letters only, "entity-" and the type in lower case.
func entityClass(typ string) string {
	if typ == "" || strings.IndexFunc(typ, func(r rune) bool { return (r < 'A' || r > 'Z') && (r < 'a' || r > 'z') }) >= 0 {
		return "entity"
	}
	return "entity entity-" + strings.ToLower(typ)
}

// validSpan says whether s is a non-empty range of text on character
// boundaries.
func validSpan(text string, s parallax.Span) bool {
	if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
		return false
	}
	return utf8.RuneStart(text[s.Start]) && (s.End == len(text) || utf8.RuneStart(text[s.End]))
}

// snippet splits a search snippet into segments, the words the store
// marked with [ ] as matches (Kind "match"); the template escapes them.
func snippet(s string) []segment {
	var out []segment
	for s != "" {
		open := strings.IndexByte(s, '[')
		if open < 0 {
			break
		}
		end := strings.IndexByte(s[open:], ']')
		if end < 0 {
			break
		}
		if open > 0 {
			out = append(out, segment{Text: s[:open]})
		}
		out = append(out, segment{Text: s[open+1 : open+end], Kind: "match"})
		s = s[open+end+1:]
	}
	if s != "" {
		out = append(out, segment{Text: s})
	}
	return out
}
