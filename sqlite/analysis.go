package sqlite

import (
	"encoding/json"
	"math"

	parallax "github.com/parallax-news/parallax"
)

// analysisJSON is how the analysis column holds what the analysis stages
// found in an article's text. Fields are only ever added, so older rows
// still decode.
type analysisJSON struct {
	Quantities []quantityJSON `json:"quantities,omitempty"`
	Times      []timeJSON     `json:"times,omitempty"`
	Entities   []entityJSON   `json:"entities,omitempty"`
	Quotes     []quoteJSON    `json:"quotes,omitempty"`
}

// quantityJSON is a parallax.Quantity with an unbounded High as null:
// JSON has no infinity.
type quantityJSON struct {
	Text      string   `json:"text"`
	Value     float64  `json:"value"`
	Low       *float64 `json:"low"`
	High      *float64 `json:"high"`
	Unit      string   `json:"unit,omitempty"`
	Counted   string   `json:"counted,omitempty"`
	Modifiers []string `json:"modifiers,omitempty"`
	Holder    string   `json:"holder,omitempty"`
	Approx    bool     `json:"approx,omitempty"`
	Start     int      `json:"start"`
	End       int      `json:"end"`
}

type timeJSON struct {
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

type entityJSON struct {
	Text   string `json:"text"`
	Type   string `json:"type"`
	Entity string `json:"entity,omitempty"`
	Role   string `json:"role,omitempty"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
}

// quoteJSON is a parallax.Quote with its spans as offset pairs.
type quoteJSON struct {
	Speaker     string `json:"speaker"`
	SpeakerText string `json:"speaker_text,omitempty"`
	Role        string `json:"role,omitempty"`
	Cue         string `json:"cue,omitempty"`
	Text        string `json:"text"`
	Kind        string `json:"kind"`
	Entity      string `json:"entity,omitempty"`
	Span        [2]int `json:"span"`
	SpeakerSpan [2]int `json:"speaker_span"`
	CueSpan     [2]int `json:"cue_span"`
}

func pair(s parallax.Span) [2]int   { return [2]int{s.Start, s.End} }
func unpair(p [2]int) parallax.Span { return parallax.Span{Start: p[0], End: p[1]} }

// finite returns &f, or nil for an infinite or NaN bound.
func finite(f float64) *float64 {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return nil
	}
	return &f
}

// bound reads back a bound written by finite: nil is unbounded.
func bound(f *float64, unbounded float64) float64 {
	if f == nil {
		return unbounded
	}
	return *f
}

// encodeAnalysis returns the analysis column of a.
func encodeAnalysis(a *parallax.Article) (string, error) {
	var v analysisJSON
	for _, q := range a.Quantities {
		v.Quantities = append(v.Quantities, quantityJSON{
			Text: q.Text, Value: q.Value, Low: finite(q.Low), High: finite(q.High), Unit: q.Unit,
			Counted: q.Counted, Modifiers: q.Modifiers, Holder: q.Holder, Approx: q.Approx,
			Start: q.Span.Start, End: q.Span.End,
		})
	}
	for _, t := range a.Times {
		v.Times = append(v.Times, timeJSON{Text: t.Text, Type: t.Type, Value: t.Value, Start: t.Span.Start, End: t.Span.End})
	}
	for _, e := range a.Entities {
		v.Entities = append(v.Entities, entityJSON{Text: e.Text, Type: e.Type, Entity: e.ID, Role: e.Role,
			Start: e.Span.Start, End: e.Span.End})
	}
	for _, q := range a.Quotes {
		v.Quotes = append(v.Quotes, quoteJSON{Speaker: q.Speaker, SpeakerText: q.SpeakerText, Role: q.Role,
			Cue: q.Cue, Text: q.Text, Kind: q.Kind, Entity: q.Entity,
			Span: pair(q.Span), SpeakerSpan: pair(q.SpeakerSpan), CueSpan: pair(q.CueSpan)})
	}
	b, err := json.Marshal(v)
	return string(b), err
}

// decodeAnalysis fills a's analysis fields from the analysis column.
func decodeAnalysis(a *parallax.Article, column string) error {
	var v analysisJSON
	if err := json.Unmarshal([]byte(column), &v); err != nil {
		return err
	}
	for _, q := range v.Quantities {
		a.Quantities = append(a.Quantities, parallax.Quantity{
			Text: q.Text, Value: q.Value, Low: bound(q.Low, math.Inf(-1)), High: bound(q.High, math.Inf(1)),
			Unit: q.Unit, Counted: q.Counted, Modifiers: q.Modifiers, Holder: q.Holder, Approx: q.Approx,
			Span: parallax.Span{Start: q.Start, End: q.End},
		})
	}
	for _, t := range v.Times {
		a.Times = append(a.Times, parallax.TimeExpr{Text: t.Text, Type: t.Type, Value: t.Value,
			Span: parallax.Span{Start: t.Start, End: t.End}})
	}
	for _, e := range v.Entities {
		a.Entities = append(a.Entities, parallax.Entity{Text: e.Text, Type: e.Type, ID: e.Entity, Role: e.Role,
			Span: parallax.Span{Start: e.Start, End: e.End}})
	}
	for _, q := range v.Quotes {
		a.Quotes = append(a.Quotes, parallax.Quote{Speaker: q.Speaker, SpeakerText: q.SpeakerText, Role: q.Role,
			Cue: q.Cue, Text: q.Text, Kind: q.Kind, Entity: q.Entity,
			Span: unpair(q.Span), SpeakerSpan: unpair(q.SpeakerSpan), CueSpan: unpair(q.CueSpan)})
	}
	return nil
}
