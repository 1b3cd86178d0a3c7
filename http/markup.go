package http

import (
	"sort"
	"strings"
	"unicode/utf8"

	parallax "github.com/parallax-news/parallax"
)

// segment is a run of an article's text, plain (Kind "") or marked as a
// quantity, a time or an entity. The template escapes Text and Title:
// article text is never trusted as markup.
type segment struct {
	Text  string
	Kind  string // "", "quantity", "time" or "entity entity-person" (-organization, -location, -misc): the mark's classes
	Title string // the normalised value or entity type shown on hover
}

// mark is a span of the text to highlight.
type mark struct {
	span  parallax.Span
	kind  string
	title string
}

// markup splits a's text into paragraphs of segments, with its quantities,
// time expressions and entities marked. Spans that are out of range, not on
// character boundaries or inside an earlier mark are skipped, so a bad
// span can neither break the page nor cut a character in two.
func markup(a *parallax.Article) [][]segment {
	marks := articleMarks(a)
	var paras [][]segment
	var cur []segment
	plain := func(s string) {
		for i, part := range strings.Split(s, "\n\n") {
			if i > 0 {
				paras, cur = appendPara(paras, cur), nil
			}
			if part = strings.Trim(part, "\n"); part != "" {
				cur = append(cur, segment{Text: part})
			}
		}
	}
	pos := 0
	for _, m := range marks {
		plain(a.Text[pos:m.span.Start])
		cur = append(cur, segment{Text: a.Text[m.span.Start:m.span.End], Kind: m.kind, Title: m.title})
		pos = m.span.End
	}
	plain(a.Text[pos:])
	return appendPara(paras, cur)
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
	for _, e := range a.Entities {
		ms = append(ms, mark{e.Span, entityClass(e.Type), e.Type})
	}
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].span.Start != ms[j].span.Start {
			return ms[i].span.Start < ms[j].span.Start
		}
		return ms[i].span.End > ms[j].span.End
	})
	out := ms[:0]
	end := 0
	for _, m := range ms {
		if !validSpan(a.Text, m.span) || m.span.Start < end {
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
