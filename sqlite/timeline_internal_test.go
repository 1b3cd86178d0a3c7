package sqlite

import (
	"reflect"
	"strings"
	"testing"

	parallax "github.com/parallax-news/parallax"
)

// TestTimelineDatesStored checks the stored form of an entry's dates:
// left out when the sources agree, so that rows written before dates
// existed read the same, and kept when they disagree.
func TestTimelineDatesStored(t *testing.T) {
	agree := []parallax.TimelineEntry{{Date: "2024-03-09", Granularity: "day", Summary: "Closed.", Articles: []string{"a1"}}}
	raw := encodeTimeline(agree)
	if strings.Contains(raw, `"dates"`) {
		t.Errorf("entry whose sources agree stored as %s, want no \"dates\"", raw)
	}
	old := `[{"date":"2024-03-09","granularity":"day","summary":"Closed.","actor":"","articles":["a1"]}]`
	if got, err := decodeTimeline(old); err != nil || !reflect.DeepEqual(got, agree) {
		t.Errorf("old row read as %#v, %v; want %#v", got, err, agree)
	}

	disagree := []parallax.TimelineEntry{{Date: "2024-03-09", Granularity: "day", Summary: "Closed.", Articles: []string{"a1", "a2"},
		Dates: []parallax.TimelineDate{{Date: "2024-03-09", Articles: []string{"a1"}}, {Date: "2024-03-10", Articles: []string{"a2"}}}}}
	raw = encodeTimeline(disagree)
	if !strings.Contains(raw, `"dates":[{"date":"2024-03-09","articles":["a1"]},{"date":"2024-03-10","articles":["a2"]}]`) {
		t.Errorf("disagreement stored as %s", raw)
	}
	if got, err := decodeTimeline(raw); err != nil || !reflect.DeepEqual(got, disagree) {
		t.Errorf("disagreement read back as %#v, %v; want %#v", got, err, disagree)
	}
}
