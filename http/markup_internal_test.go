package http

import (
	"reflect"
	"testing"

	parallax "github.com/parallax-news/parallax"
)

func TestMarkup(t *testing.T) {
	const text = "Some 300 troops left on Monday.\n\nThe café closed in 2019."
	q := func(s, e int) parallax.Quantity {
		return parallax.Quantity{Value: 300, Unit: "troops", Span: parallax.Span{Start: s, End: e}}
	}
	tm := func(s, e int, v string) parallax.TimeExpr {
		return parallax.TimeExpr{Value: v, Span: parallax.Span{Start: s, End: e}}
	}
	ent := func(s, e int, typ string) parallax.Entity {
		return parallax.Entity{Type: typ, Span: parallax.Span{Start: s, End: e}}
	}
	tests := []struct {
		name     string
		qs       []parallax.Quantity
		times    []parallax.TimeExpr
		entities []parallax.Entity
		want     [][]segment
	}{
		{
			name: "plain paragraphs",
			want: [][]segment{{{Text: "Some 300 troops left on Monday."}}, {{Text: "The café closed in 2019."}}},
		},
		{
			name:  "marks in order",
			qs:    []parallax.Quantity{q(0, 15)},
			times: []parallax.TimeExpr{tm(24, 30, "2025-10-20"), tm(53, 57, "2019")},
			want: [][]segment{
				{{Text: "Some 300 troops", Kind: "quantity", Title: "300 troops"}, {Text: " left on "},
					{Text: "Monday", Kind: "time", Title: "2025-10-20"}, {Text: "."}},
				{{Text: "The café closed in "}, {Text: "2019", Kind: "time", Title: "2019"}, {Text: "."}},
			},
		},
		{
			name:  "inner overlap skipped",
			qs:    []parallax.Quantity{q(5, 15)},
			times: []parallax.TimeExpr{tm(0, 15, "X"), tm(10, 20, "Y")},
			want: [][]segment{
				{{Text: "Some 300 troops", Kind: "time", Title: "X"}, {Text: " left on Monday."}},
				{{Text: "The café closed in 2019."}},
			},
		},
		{
			name:     "entities marked, overlaps skipped",
			times:    []parallax.TimeExpr{tm(24, 30, "2025-10-20")},
			entities: []parallax.Entity{ent(24, 30, "MISC"), ent(37, 42, "ORGANIZATION"), ent(0, 4, "odd type")},
			want: [][]segment{
				{{Text: "Some", Kind: "entity", Title: "odd type"}, {Text: " 300 troops left on "},
					{Text: "Monday", Kind: "time", Title: "2025-10-20"}, {Text: "."}},
				{{Text: "The "}, {Text: "café", Kind: "entity entity-organization", Title: "ORGANIZATION"}, {Text: " closed in 2019."}},
			},
		},
		{
			name: "bad spans skipped",
			// 41 is inside "é"; 100 is out of range; 9 ≥ 5 is empty.
			times: []parallax.TimeExpr{tm(41, 45, "cut"), tm(40, 100, "far"), tm(9, 5, "back")},
			want:  [][]segment{{{Text: "Some 300 troops left on Monday."}}, {{Text: "The café closed in 2019."}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &parallax.Article{Text: text, Quantities: tt.qs, Times: tt.times, Entities: tt.entities}
			if got := markup(a); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("markup=%+v\nwant   %+v", got, tt.want)
			}
		})
	}
}

func TestSnippet(t *testing.T) {
	tests := []struct {
		in   string
		want []segment
	}{
		{"", nil},
		{"no match", []segment{{Text: "no match"}}},
		{"all 5,000 [troops] left [today]", []segment{{Text: "all 5,000 "}, {Text: "troops", Kind: "match"}, {Text: " left "}, {Text: "today", Kind: "match"}}},
		{"[a]", []segment{{Text: "a", Kind: "match"}}},
		{"open [bracket", []segment{{Text: "open [bracket"}}},
	}
	for _, tt := range tests {
		if got := snippet(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("snippet(%q)=%+v, want %+v", tt.in, got, tt.want)
		}
	}
}

// TestMarkupQuotes: a quote spanning a paragraph break labels every run
// inside it, marks inside it stay marked, its speaker is marked, and each
// sentence start gets an anchor.
func TestMarkupQuotes(t *testing.T) {
	const text = "\"We leave 300 troops.\n\nThat is all,\" Varela said. Rain fell."
	a := &parallax.Article{
		Text:       text,
		Sentences:  []parallax.Span{{Start: 0, End: 21}, {Start: 23, End: 49}, {Start: 50, End: 60}},
		Quantities: []parallax.Quantity{{Value: 300, Unit: "troops", Span: parallax.Span{Start: 10, End: 20}}},
		Quotes: []parallax.Quote{{Speaker: "Ana Varela", Kind: parallax.Direct,
			Span: parallax.Span{Start: 1, End: 35}, SpeakerSpan: parallax.Span{Start: 37, End: 43}}},
	}
	const who = "Ana Varela (direct)"
	want := [][]segment{
		{{Text: "\"", Anchor: "o0"}, {Text: "We leave ", Quote: who},
			{Text: "300 troops", Kind: "quantity", Title: "300 troops", Quote: who}, {Text: ".", Quote: who}},
		{{Text: "That is all,", Quote: who, Anchor: "o23"}, {Text: "\" "},
			{Text: "Varela", Kind: "speaker", Title: "speaker: Ana Varela"}, {Text: " said. "}, {Text: "Rain fell.", Anchor: "o50"}},
	}
	if got := markup(a); !reflect.DeepEqual(got, want) {
		t.Errorf("markup=%+v\nwant   %+v", got, want)
	}
}

func TestClip(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"We have completed our mission in Kessaria, and", 20, "We have completed…"},
		{"Prüfungsergebnisse", 5, "Prüfu…"},
	}
	for _, tt := range tests {
		if got := clip(tt.in, tt.n); got != tt.want {
			t.Errorf("clip(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}
