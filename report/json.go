package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"time"

	parallax "github.com/parallax-news/parallax"
)

// Version is the version of the JSON document. It changes only on a
// breaking change, which we avoid: new information arrives as new fields.
const Version = 1

// Generator is the value of the document's "generator" field.
const Generator = "parallax"

// The types below are the JSON document; docs/json.md describes every field.
// Field order is output order; fields added later go after the existing
// ones of their object, never between them. Rules that keep the shape
// predictable for readers in any language:
//   - every field is always present (no omitempty);
//   - strings are "" when unknown, arrays [] and objects {} when empty;
//   - only times are null, when unknown; they are RFC 3339 strings otherwise.

// DocumentJSON is the JSON document of a whole report.
type DocumentJSON struct {
	Version   int           `json:"version"`
	Generator string        `json:"generator"`
	Generated *string       `json:"generated"`
	Articles  []ArticleJSON `json:"articles"`
	Errors    []ErrorJSON   `json:"errors"`
	Notes     []string      `json:"notes"`
	// Stories was added in version 1, after the fields above.
	Stories []StoryJSON `json:"stories"`
}

// StoryJSON is the JSON shape of one story, in a document's "stories" and
// in the single-story view.
type StoryJSON struct {
	ID        string   `json:"id"`
	Title     string   `json:"title"`
	Articles  []string `json:"articles"`
	Outlets   []string `json:"outlets"`
	FirstSeen *string  `json:"first_seen"`
	LastSeen  *string  `json:"last_seen"`
	Related   []string `json:"related"`
	// Size is the number of articles; Sources the number of them that
	// are independent, copies of one text counting once (see Sources).
	Size    int `json:"size"`
	Sources int `json:"sources"`
	// Timeline was added in version 1, after the fields above.
	Timeline []TimelineEntryJSON `json:"timeline"`
	// What reconciling the story found, added in version 1 after the
	// fields above: [] until the story is reconciled.
	Quotes   []StoryQuoteJSON  `json:"quotes"`
	Speakers []SpeakerJSON     `json:"speakers"`
	Entities []StoryEntityJSON `json:"entities"`
	Facts    []FactJSON        `json:"facts"`
	Unique   []UniqueJSON      `json:"unique"`
	Coverage []CoverageJSON    `json:"coverage"`
}

// TimelineEntryJSON is the JSON shape of one dated happening of a story.
type TimelineEntryJSON struct {
	Date        string   `json:"date"`
	Granularity string   `json:"granularity"`
	Summary     string   `json:"summary"`
	Actor       string   `json:"actor"`
	Articles    []string `json:"articles"`
	// Dates was added in version 1, after the fields above: the dates
	// the entry's sources give when they disagree, [] when they agree.
	Dates []TimelineDateJSON `json:"dates"`
}

// TimelineDateJSON is the JSON shape of one of the dates the sources of a
// timeline entry give it.
type TimelineDateJSON struct {
	Date     string   `json:"date"`
	Articles []string `json:"articles"`
}

// StoryViewJSON is the single-story view: the story, its articles and
// the stories related to it.
type StoryViewJSON struct {
	Story    StoryJSON     `json:"story"`
	Articles []ArticleJSON `json:"articles"`
	Related  []StoryJSON   `json:"related"`
}

// ArticleJSON is the JSON shape of one article, in a document's "articles"
// and on its own in the single-article view.
type ArticleJSON struct {
	ID            string     `json:"id"`
	Source        string     `json:"source"`
	Outlet        string     `json:"outlet"`
	URL           string     `json:"url"`
	Title         string     `json:"title"`
	Author        string     `json:"author"`
	Published     *string    `json:"published"`
	PublishedFrom string     `json:"published_from"`
	Language      string     `json:"language"`
	Text          string     `json:"text"`
	Sentences     []SpanJSON `json:"sentences"`
	Revision      int        `json:"revision"`
	Ingested      *string    `json:"ingested"`
	Removed       []string   `json:"removed"`
	// Extra holds the fields of the input record Parallax does not
	// interpret, as the JSON values it read.
	Extra map[string]json.RawMessage `json:"extra"`
	// The story assignment, added in version 1 after the fields above.
	Story       string  `json:"story"`
	DuplicateOf string  `json:"duplicate_of"`
	Overlap     float64 `json:"overlap"`
	// What the analysis found in the text, added in version 1.
	Quantities []QuantityJSON `json:"quantities"`
	Times      []TimeJSON     `json:"times"`
	// The named entities of the text, added in version 1 after the
	// fields above.
	Entities []EntityJSON `json:"entities"`
	// The attributions of the text, added in version 1 after the fields
	// above.
	Quotes []QuoteJSON `json:"quotes"`
}

// QuantityJSON is the JSON shape of a quantity an article states. Low and
// High are null when the wording leaves that side open ("more than 300").
type QuantityJSON struct {
	Text      string   `json:"text"`
	Value     float64  `json:"value"`
	Low       *float64 `json:"low"`
	High      *float64 `json:"high"`
	Unit      string   `json:"unit"`
	Counted   string   `json:"counted"`
	Modifiers []string `json:"modifiers"`
	Holder    string   `json:"holder"`
	Approx    bool     `json:"approx"`
	Start     int      `json:"start"`
	End       int      `json:"end"`
}

// TimeJSON is the JSON shape of a time expression, a TimeML TIMEX3.
type TimeJSON struct {
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// EntityJSON is the JSON shape of a named entity an article mentions.
type EntityJSON struct {
	Text  string `json:"text"`
	Type  string `json:"type"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	// Entity (the canonical id) and Role were added in version 1 after
	// the fields above; "" when unresolved or when no title is written.
	Entity string `json:"entity"`
	Role   string `json:"role"`
}

// finite returns &f, or nil for an infinite or NaN number, which JSON
// cannot hold.
func finite(f float64) *float64 {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return nil
	}
	return &f
}

// SpanJSON is a half-open range [start, end) of byte offsets into an
// article's UTF-8 text. It is its own type, not parallax.Span, so that the
// public shape cannot change with the domain type.
type SpanJSON struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// ErrorJSON is one failed input.
type ErrorJSON struct {
	Source  string `json:"source"`
	Code    string `json:"code"`
	Message string `json:"message"`
}

// NewDocumentJSON builds the JSON document of r.
func NewDocumentJSON(r *Report) DocumentJSON {
	d := DocumentJSON{
		Version:   Version,
		Generator: Generator,
		Generated: jsonTime(r.Generated),
		Articles:  make([]ArticleJSON, 0, len(r.Articles)),
		Errors:    make([]ErrorJSON, 0, len(r.Failures)),
		Notes:     make([]string, 0, len(r.Notes)),
		Stories:   make([]StoryJSON, 0, len(r.Stories)),
	}
	for _, a := range r.Articles {
		d.Articles = append(d.Articles, NewArticleJSON(a))
	}
	for _, f := range r.Failures {
		d.Errors = append(d.Errors, NewErrorJSON(f))
	}
	d.Notes = append(d.Notes, r.Notes...)
	byID := indexArticles(r.Articles)
	for _, s := range r.Stories {
		d.Stories = append(d.Stories, newStoryJSON(s, byID))
	}
	return d
}

// NewStoryJSON builds the JSON shape of s. articles are the articles at
// hand, in any order and possibly more than the story's: they decide which
// of the story's articles are copies for the "sources" count (see Sources).
func NewStoryJSON(s *parallax.Story, articles []*parallax.Article) StoryJSON {
	return newStoryJSON(s, indexArticles(articles))
}

// newStoryJSON is NewStoryJSON with the articles already indexed, so that a
// document with many stories indexes its articles once.
func newStoryJSON(s *parallax.Story, byID map[string]*parallax.Article) StoryJSON {
	return StoryJSON{
		ID:        s.ID,
		Title:     s.Title,
		Articles:  append([]string{}, s.Articles...),
		Outlets:   append([]string{}, s.Outlets...),
		FirstSeen: jsonTime(s.FirstSeen),
		LastSeen:  jsonTime(s.LastSeen),
		Related:   append([]string{}, s.Related...),
		Size:      len(s.Articles),
		Sources:   sources(s, byID),
		Timeline:  newTimelineJSON(s.Timeline),
		Quotes:    newStoryQuotesJSON(s.Quotes),
		Speakers:  newSpeakersJSON(s.Speakers),
		Entities:  newStoryEntitiesJSON(s.Entities),
		Facts:     newFactsJSON(s.Facts),
		Unique:    newUniqueJSON(s.Unique),
		Coverage:  newCoverageJSON(s.Coverage),
	}
}

// newTimelineJSON builds the JSON shape of a timeline: [] when there is
// none, and [] for an entry without articles or dates.
func newTimelineJSON(tl []parallax.TimelineEntry) []TimelineEntryJSON {
	out := make([]TimelineEntryJSON, 0, len(tl))
	for _, e := range tl {
		out = append(out, TimelineEntryJSON{
			Date: e.Date, Granularity: e.Granularity, Summary: e.Summary, Actor: e.Actor,
			Articles: append([]string{}, e.Articles...),
			Dates:    newTimelineDatesJSON(e.Dates),
		})
	}
	return out
}

// newTimelineDatesJSON builds the JSON shape of an entry's dates: [] when
// its sources agree, and [] for a date without articles.
func newTimelineDatesJSON(ds []parallax.TimelineDate) []TimelineDateJSON {
	out := make([]TimelineDateJSON, 0, len(ds))
	for _, d := range ds {
		out = append(out, TimelineDateJSON{Date: d.Date, Articles: append([]string{}, d.Articles...)})
	}
	return out
}

// NewStoryViewJSON builds the single-story view of s: its articles as
// given and the related stories. The related stories' articles are not at
// hand, so their "sources" equals their "size".
func NewStoryViewJSON(s *parallax.Story, articles []*parallax.Article, related []*parallax.Story) StoryViewJSON {
	v := StoryViewJSON{
		Story:    NewStoryJSON(s, articles),
		Articles: make([]ArticleJSON, 0, len(articles)),
		Related:  make([]StoryJSON, 0, len(related)),
	}
	for _, a := range articles {
		v.Articles = append(v.Articles, NewArticleJSON(a))
	}
	for _, r := range related {
		v.Related = append(v.Related, newStoryJSON(r, nil))
	}
	return v
}

// NewArticleJSON builds the JSON shape of a. Nil slices and maps become
// empty ones so that readers never see null where a list is documented.
func NewArticleJSON(a *parallax.Article) ArticleJSON {
	j := ArticleJSON{
		ID:            a.ID,
		Source:        a.Source,
		Outlet:        a.Outlet,
		URL:           a.URL,
		Title:         a.Title,
		Author:        a.Author,
		Published:     jsonTime(a.Published),
		PublishedFrom: a.PublishedFrom,
		Language:      a.Language,
		Text:          a.Text,
		Sentences:     make([]SpanJSON, 0, len(a.Sentences)),
		Revision:      a.Revision,
		Ingested:      jsonTime(a.Ingested),
		Removed:       append([]string{}, a.Removed...),
		Extra:         make(map[string]json.RawMessage, len(a.Extra)),
		Story:         a.Story,
		DuplicateOf:   a.DuplicateOf,
		Overlap:       a.Overlap,
	}
	// JSON has no NaN or infinity; a report must not fail over one bad
	// estimate.
	if math.IsNaN(j.Overlap) || math.IsInf(j.Overlap, 0) {
		j.Overlap = 0
	}
	for _, s := range a.Sentences {
		j.Sentences = append(j.Sentences, SpanJSON{Start: s.Start, End: s.End})
	}
	for k, v := range a.Extra {
		j.Extra[k] = v
	}
	j.Quantities = make([]QuantityJSON, 0, len(a.Quantities))
	for _, q := range a.Quantities {
		value := q.Value
		if math.IsNaN(value) || math.IsInf(value, 0) {
			value = 0
		}
		j.Quantities = append(j.Quantities, QuantityJSON{
			Text: q.Text, Value: value, Low: finite(q.Low), High: finite(q.High), Unit: q.Unit,
			Counted: q.Counted, Modifiers: append([]string{}, q.Modifiers...), Holder: q.Holder,
			Approx: q.Approx, Start: q.Span.Start, End: q.Span.End,
		})
	}
	j.Times = make([]TimeJSON, 0, len(a.Times))
	for _, t := range a.Times {
		j.Times = append(j.Times, TimeJSON{Text: t.Text, Type: t.Type, Value: t.Value, Start: t.Span.Start, End: t.Span.End})
	}
	j.Entities = make([]EntityJSON, 0, len(a.Entities))
	for _, e := range a.Entities {
		j.Entities = append(j.Entities, EntityJSON{Text: e.Text, Type: e.Type, Start: e.Span.Start, End: e.Span.End,
			Entity: e.ID, Role: e.Role})
	}
	j.Quotes = newQuotesJSON(a.Quotes)
	return j
}

// NewErrorJSON builds the JSON shape of a failed input.
func NewErrorJSON(f *parallax.InputError) ErrorJSON {
	code, msg := failure(f)
	return ErrorJSON{Source: f.Source, Code: code, Message: msg}
}

// failure returns the code and the readable reason of a failed input.
func failure(f *parallax.InputError) (code, message string) {
	if f.Err == nil {
		// A failure without a cause is a bug upstream; still report it.
		return parallax.EINTERNAL, "unknown error"
	}
	return parallax.ErrorCode(f.Err), parallax.ErrorMessage(f.Err)
}

// jsonTime formats t as RFC 3339 keeping its offset, or nil when t is zero.
func jsonTime(t time.Time) *string {
	if t.IsZero() {
		return nil
	}
	s := t.Format(time.RFC3339)
	return &s
}

// encodeJSON writes v indented (see indentJSON), one document followed by a
// newline. HTML escaping is off: the output is data, not a page, and "<"
// must stay "<".
func encodeJSON(buf *bytes.Buffer, v any) error {
	var compact bytes.Buffer
	enc := json.NewEncoder(&compact)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("encode json: %w", err)
	}
	indentJSON(buf, bytes.TrimSuffix(compact.Bytes(), []byte("\n")))
	return nil
}
