package timestamp_test

import (
	"testing"
	"time"

	"github.com/parallax-news/parallax/internal/timestamp"
)

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		raw  string
		want time.Time // zero: rejected
	}{
		{"2019-10-21T15:15:00-04:00", time.Date(2019, 10, 21, 19, 15, 0, 0, time.UTC)},
		{"2019-10-21", time.Date(2019, 10, 21, 0, 0, 0, 0, time.UTC)},
		{"2019-10-21T15:15:00", time.Date(2019, 10, 21, 15, 15, 0, 0, time.UTC)},
		// A zone abbreviation has its real offset, not UTC's.
		{"Mon, 21 Oct 2019 15:15:00 EDT", time.Date(2019, 10, 21, 19, 15, 0, 0, time.UTC)},
		{"Mon, 21 Oct 2019 15:15:00 GMT", time.Date(2019, 10, 21, 15, 15, 0, 0, time.UTC)},
		{"Mon, 21 Oct 2019 15:15:00 +0200", time.Date(2019, 10, 21, 13, 15, 0, 0, time.UTC)},
		{"1571670900", time.Date(2019, 10, 21, 15, 15, 0, 0, time.UTC)},
		{"yesterday", time.Time{}},
		{"", time.Time{}},
	} {
		got, ok := timestamp.Parse(tc.raw)
		if ok != !tc.want.IsZero() || (ok && !got.Equal(tc.want)) {
			t.Errorf("Parse(%q) = %v, %v; want %v", tc.raw, got, ok, tc.want)
		}
	}
}
