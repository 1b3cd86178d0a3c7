package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"

	parallax "github.com/parallax-news/parallax"
)

// Version is the version of the JSON document. It changes only on a
// breaking change, which we avoid: new information arrives as new fields.
const Version = 1

// Generator is the value of the document's "generator" field.
const Generator = "parallax"

// The types below are the JSON document; docs/json.md describes every field.
// Field order is output order. Rules that keep the shape predictable for
// readers in any language:
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
	}
	for _, a := range r.Articles {
		d.Articles = append(d.Articles, NewArticleJSON(a))
	}
	for _, f := range r.Failures {
		d.Errors = append(d.Errors, NewErrorJSON(f))
	}
	d.Notes = append(d.Notes, r.Notes...)
	return d
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
	}
	for _, s := range a.Sentences {
		j.Sentences = append(j.Sentences, SpanJSON{Start: s.Start, End: s.End})
	}
	for k, v := range a.Extra {
		j.Extra[k] = v
	}
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
