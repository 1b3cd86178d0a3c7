package timeline_test

import (
	"reflect"
	"testing"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/timeline"
)

func TestBuildDatesDisagree(t *testing.T) {
	a := article(t, "a", "2025-10-18T15:00:00Z", announceA)
	b := article(t, "b", "2025-10-19T08:00:00Z", announceB)
	c := article(t, "c", "2025-10-21T06:00:00Z", announceC)
	// A copy of c is listed with c's date, and is no source of it.
	cc := article(t, "c-copy", "2025-10-21T07:00:00Z", announceC)
	cc.DuplicateOf = "c"
	tl := timeline.Build(nil, []*parallax.Article{cc, c, b, a})
	got := entriesOn(tl, "2025-10-18")
	if len(got) != 1 {
		dump(t, tl)
		t.Fatalf("%d entries on 2025-10-18, want 1", len(got))
	}
	want := []parallax.TimelineDate{
		{Date: "2025-10-18", Articles: []string{"a", "b"}},
		{Date: "2025-10-19", Articles: []string{"c", "c-copy"}},
	}
	if !reflect.DeepEqual(got[0].Dates, want) {
		t.Errorf("Dates = %+v, want %+v", got[0].Dates, want)
	}
}

func TestBuildDatesTieEarlierFirst(t *testing.T) {
	tl := timeline.Build(nil, []*parallax.Article{
		article(t, "c", "2025-10-21T06:00:00Z", announceC),
		article(t, "a", "2025-10-18T15:00:00Z", announceA),
	})
	if len(tl) != 1 {
		dump(t, tl)
		t.Fatalf("%d entries, want 1", len(tl))
	}
	want := []parallax.TimelineDate{
		{Date: "2025-10-18", Articles: []string{"a"}},
		{Date: "2025-10-19", Articles: []string{"c"}},
	}
	if tl[0].Date != "2025-10-18" || !reflect.DeepEqual(tl[0].Dates, want) {
		t.Errorf("entry %s Dates = %+v, want on 2025-10-18 %+v", tl[0].Date, tl[0].Dates, want)
	}
}

func TestBuildDatesAgree(t *testing.T) {
	a := article(t, "a", "2025-10-18T15:00:00Z", announceA)
	cp := article(t, "copy", "2025-10-18T16:00:00Z", announceA)
	cp.DuplicateOf = "a"
	tl := timeline.Build(nil, []*parallax.Article{
		a, cp,
		article(t, "b", "2025-10-19T08:00:00Z", announceB),
		article(t, "d", "2025-10-18T16:00:00Z", floodD),
	})
	if len(tl) == 0 {
		t.Fatal("no entries")
	}
	for _, e := range tl {
		if e.Dates != nil {
			t.Errorf("entry %s %v: Dates = %+v, want none when the sources agree", e.Date, e.Articles, e.Dates)
		}
	}
}
