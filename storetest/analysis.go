package storetest

import (
	"context"
	"math"
	"testing"

	parallax "github.com/parallax-news/parallax"
)

// analysed is an article with what the analysis stages find in it,
// including a quantity with no upper bound.
func analysed() *parallax.Article {
	a := &parallax.Article{ID: "an1", Title: "Garrison to shrink",
		Text: "About 5,200 troops will leave within four weeks, and more than 300 will stay, the ministry said on Saturday in Kessaria, Reuters reported."}
	a.Quantities = []parallax.Quantity{
		{Text: "About 5,200 troops", Value: 5200, Low: 4680, High: 5720, Unit: "personnel", Counted: "troops",
			Approx: true, Span: parallax.Span{Start: 0, End: 18}},
		{Text: "four weeks", Value: 4, Low: 4, High: 4, Unit: "P4W", Span: parallax.Span{Start: 38, End: 48}},
		{Text: "more than 300", Value: 300, Low: 300, High: math.Inf(1), Modifiers: []string{"US"},
			Holder: "Kessaria", Span: parallax.Span{Start: 54, End: 67}},
	}
	a.Times = []parallax.TimeExpr{
		{Text: "within four weeks", Type: "DURATION", Value: "P4W", Span: parallax.Span{Start: 31, End: 48}},
		{Text: "on Saturday", Type: "DATE", Value: "2019-10-19", Span: parallax.Span{Start: 94, End: 105}},
	}
	a.Entities = []parallax.Entity{
		{Text: "Kessaria", Type: "LOCATION", ID: "location:kessaria", Span: parallax.Span{Start: 111, End: 119}},
		{Text: "Reuters", Type: "ORGANIZATION", Span: parallax.Span{Start: 121, End: 128}},
	}
	a.Quotes = []parallax.Quote{
		{Speaker: "the ministry", SpeakerText: "the ministry", Cue: "said",
			Text: "About 5,200 troops will leave within four weeks, and more than 300 will stay",
			Kind: parallax.Indirect, Span: parallax.Span{Start: 0, End: 72},
			SpeakerSpan: parallax.Span{Start: 74, End: 86}, CueSpan: parallax.Span{Start: 87, End: 91}},
	}
	return a
}

// testAnalysisRoundTrip: quantities (an unbounded High included), time
// expressions and entities come back as saved.
func testAnalysisRoundTrip(t *testing.T, s parallax.Store) {
	ctx := context.Background()
	a := analysed()
	if _, err := s.SaveArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	got, err := s.Article(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	CheckArticle(t, got, a)
}

// testReanalysedInPlace: the same text analysed anew is no new revision,
// but its new findings replace the old.
func testReanalysedInPlace(t *testing.T, s parallax.Store) {
	ctx := context.Background()
	a := analysed()
	if _, err := s.SaveArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	b := analysed()
	b.Quantities = b.Quantities[:1]
	b.Times = nil
	b.Entities = b.Entities[:1]
	status, err := s.SaveArticle(ctx, b)
	if err != nil || status != parallax.SaveUnchanged || b.Revision != 1 {
		t.Fatalf("SaveArticle = %q, %v, revision %d; want unchanged, revision 1", status, err, b.Revision)
	}
	got, err := s.Article(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Quantities) != 1 || len(got.Times) != 0 || len(got.Entities) != 1 {
		t.Errorf("after re-analysis: %d quantities, %d times, %d entities; want 1, 0 and 1",
			len(got.Quantities), len(got.Times), len(got.Entities))
	}
}
