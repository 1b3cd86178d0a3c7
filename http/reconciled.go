package http

import (
	"net/url"
	"sort"
	"strconv"
	"strings"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/report"
)

// reconciledView is what the story page shows of a reconciled story: its
// facts as a table with the outlets as columns, the disagreements on their
// own, the quotes by speaker, and what each outlet alone reports. Every
// item links to the sentence behind it in its article.
type reconciledView struct {
	Outlets       []string
	Disagreements []factRow
	Facts         []factRow
	Speakers      []speakerQuotes
	Unique        []outletDetails
	Coverage      []parallax.Coverage
	Actors        []parallax.StoryEntity
}

// factRow is one fact: its verdict, its values with their sources, and a
// cell per outlet column.
type factRow struct {
	Kind, Key, Status, Note string
	Values                  []valueView
	Cells                   []factCell // in the order of reconciledView.Outlets
}

type valueView struct {
	Text, Attributed, Via string
	Sources               []sourceLink
}

// factCell is what one outlet gives for a fact; empty Text when it gives
// nothing.
type factCell struct {
	Text, Href, Status string
}

// sourceLink names an article by its outlet and links to a sentence of it.
type sourceLink struct {
	Outlet, Href, Text string
}

type speakerQuotes struct {
	Name, Role string
	Quotes     []quoteView
}

type quoteView struct {
	Text, Kind string
	Sources    []sourceLink // each outlet's wording, linked
	Said       string       // how the articles describe an unnamed speaker
}

type outletDetails struct {
	Outlet  string
	Details []sourceLink
}

// newReconciledView builds the view of s from its stored articles.
func newReconciledView(s *parallax.Story, byID map[string]*parallax.Article) reconciledView {
	v := reconciledView{Outlets: s.Outlets, Coverage: s.Coverage}
	col := map[string]int{}
	for i, o := range v.Outlets {
		col[o] = i
	}
	for _, f := range s.Facts {
		row := newFactRow(f, byID, col, len(v.Outlets))
		if f.Status == parallax.Differ {
			v.Disagreements = append(v.Disagreements, row)
		}
		v.Facts = append(v.Facts, row)
	}
	v.Speakers = speakerViews(s, byID)
	v.Unique = uniqueViews(s.Unique, byID)
	for _, e := range s.Entities {
		if e.Type != "MISC" && len(v.Actors) < 12 {
			v.Actors = append(v.Actors, e)
		}
	}
	return v
}

func newFactRow(f parallax.Fact, byID map[string]*parallax.Article, col map[string]int, outlets int) factRow {
	row := factRow{Kind: f.Kind, Key: f.Key, Status: f.Status, Note: f.Note, Cells: make([]factCell, outlets)}
	for _, val := range f.Values {
		vv := valueView{Text: val.Text, Attributed: val.Attributed, Via: val.Via}
		words := map[string]parallax.Wording{}
		for _, w := range val.Wordings {
			words[w.Article] = w
		}
		for _, id := range val.Articles {
			w, ok := words[id]
			if !ok {
				w = parallax.Wording{Article: id, Text: val.Text, Span: parallax.Span{Start: -1}}
			}
			link := newSourceLink(w, byID)
			vv.Sources = append(vv.Sources, link)
			if i, ok := col[link.Outlet]; ok && row.Cells[i].Text == "" {
				row.Cells[i] = factCell{Text: w.Text, Href: link.Href, Status: f.Status}
			}
		}
		row.Values = append(row.Values, vv)
	}
	return row
}

// newSourceLink links to the sentence of w's article holding w, or to
// the article when the sentence is unknown.
func newSourceLink(w parallax.Wording, byID map[string]*parallax.Article) sourceLink {
	link := sourceLink{Outlet: w.Article, Href: "/articles/" + url.PathEscape(w.Article), Text: w.Text}
	a := byID[w.Article]
	if a == nil {
		return link
	}
	if a.Outlet != "" {
		link.Outlet = a.Outlet
	}
	if start, ok := sentenceAt(a.Sentences, w.Span.Start); ok {
		link.Href += "#o" + strconv.Itoa(start)
	}
	return link
}

// sentenceAt returns the start of the sentence holding offset i.
func sentenceAt(sentences []parallax.Span, i int) (int, bool) {
	if i < 0 {
		return 0, false
	}
	k := sort.Search(len(sentences), func(k int) bool { return sentences[k].End > i })
	if k < len(sentences) && sentences[k].Start <= i {
		return sentences[k].Start, true
	}
	return 0, false
}

func speakerViews(s *parallax.Story, byID map[string]*parallax.Article) []speakerQuotes {
	roles := map[string]string{}
	for _, sp := range s.Speakers {
		if len(sp.Roles) > 0 {
			roles[sp.Name] = sp.Roles[0]
		}
	}
	var out []speakerQuotes
	at := map[string]int{}
	for _, q := range s.Quotes {
		i, ok := at[q.Speaker]
		if !ok {
			i = len(out)
			at[q.Speaker] = i
			out = append(out, speakerQuotes{Name: q.Speaker, Role: roles[q.Speaker]})
		}
		qv := quoteView{Text: q.Text, Kind: q.Kind, Said: strings.Join(report.UnnamedSpeakers(q, byID), "; ")}
		for _, w := range q.Wordings {
			qv.Sources = append(qv.Sources, newSourceLink(w, byID))
		}
		out[i].Quotes = append(out[i].Quotes, qv)
	}
	return out
}

func uniqueViews(us []parallax.Unique, byID map[string]*parallax.Article) []outletDetails {
	var out []outletDetails
	at := map[string]int{}
	for _, u := range us {
		link := newSourceLink(parallax.Wording{Article: u.Article, Text: u.Text, Span: u.Span}, byID)
		i, ok := at[link.Outlet]
		if !ok {
			i = len(out)
			at[link.Outlet] = i
			out = append(out, outletDetails{Outlet: link.Outlet})
		}
		out[i].Details = append(out[i].Details, link)
	}
	return out
}
