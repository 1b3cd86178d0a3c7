package timex

import (
	"fmt"
	"time"
)

// Values are written with these helpers so that an unknown DCT gives X
// digits rather than an invented year.

func dateValue(t time.Time) string { return t.Format("2006-01-02") }

func monthValue(t time.Time) string { return t.Format("2006-01") }

func yearValue(y int) string { return fmt.Sprintf("%04d", y) }

func weekValue(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

// isoDay is the ISO 8601 day number: Monday 1 … Sunday 7.
func isoDay(d time.Weekday) int {
	if d == time.Sunday {
		return 7
	}
	return int(d)
}

// direction says where a relative expression points from the DCT.
type direction int

const (
	onOrBefore direction = iota // the default for news: "Friday" is the latest Friday
	onOrAfter                   // future tense: "will meet Thursday"
	before                      // "last Friday"
	after                       // "next Friday"
)

// weekdayDate is the date of weekday wd seen from dct in direction dir.
func weekdayDate(dct time.Time, wd time.Weekday, dir direction) time.Time {
	diff := int(wd) - int(dct.Weekday())
	switch dir {
	case onOrBefore:
		if diff > 0 {
			diff -= 7
		}
	case before:
		if diff >= 0 {
			diff -= 7
		}
	case onOrAfter:
		if diff < 0 {
			diff += 7
		}
	case after:
		if diff <= 0 {
			diff += 7
		}
	}
	return dct.AddDate(0, 0, diff)
}

// monthYear picks the year of a month (and day; 0 for the whole month)
// written without one. News mostly reports what has happened: the latest
// occurrence up to about ten weeks after the DCT (so that "January" read
// in late October is the coming one), unless the sentence speaks of
// the future, when it is the first one from a few weeks before the DCT on.
func monthYear(dct time.Time, month, day int, future bool) int {
	y := dct.Year()
	if day == 0 {
		day = 1
	}
	at := func(y int) time.Time { return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC) }
	if future {
		if at(y).Before(dct.AddDate(0, 0, -20)) {
			return y + 1
		}
		return y
	}
	limit := dct.AddDate(0, 0, 75)
	for _, c := range []int{y + 1, y} {
		if !at(c).After(limit) {
			return c
		}
	}
	return y - 1
}

func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// seasonYear is the year of season s ("SP", "SU", "FA", "WI") for "last"
// (-1), "this" (0) or "next" (+1) seen from dct.
func seasonYear(dct time.Time, s string, rel int) int {
	start := map[string]time.Month{"SP": 3, "SU": 6, "FA": 9, "WI": 12}[s]
	y := dct.Year()
	switch rel {
	case -1:
		// The latest such season that has begun and is not the current one.
		if dct.Month() < start+3 && !(s == "WI" && dct.Month() <= 2) {
			y--
		}
		if s == "WI" && dct.Month() <= 2 {
			y -= 2
		}
	case 1:
		if dct.Month() >= start {
			y++
		}
	default:
		if s == "WI" && dct.Month() <= 2 {
			y--
		}
	}
	return y
}

// quarterOf is the calendar quarter (1–4) of t.
func quarterOf(t time.Time) int { return (int(t.Month())-1)/3 + 1 }
