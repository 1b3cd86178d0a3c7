package timeline

import (
	"fmt"
	"strconv"
	"time"
)

// Granularities of an entry's date.
const (
	Day   = "day"
	Week  = "week"
	Month = "month"
	Year  = "year"
)

// period is a concrete date at some granularity: the days [start, end].
type period struct {
	gran       string
	start, end time.Time // midnight UTC of the first and last day
}

// value returns the TIMEX3 value of the period at its granularity.
func (p period) value() string {
	switch p.gran {
	case Day:
		return p.start.Format("2006-01-02")
	case Week:
		y, w := p.start.ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w)
	case Month:
		return p.start.Format("2006-01")
	default:
		return p.start.Format("2006")
	}
}

// rank orders granularities from fine to coarse.
func (p period) rank() int {
	switch p.gran {
	case Day:
		return 0
	case Week:
		return 1
	case Month:
		return 2
	}
	return 3
}

// contains reports whether q lies within p.
func (p period) contains(q period) bool {
	return !q.start.Before(p.start) && !q.end.After(p.end)
}

// overlaps reports whether p and the days [from, to] share a day.
func (p period) overlaps(from, to time.Time) bool {
	return !p.end.Before(from) && !p.start.After(to)
}

// parsePeriod reads a concrete TIMEX3 date or date-time value: "2025",
// "2025-10", "2025-10-18", "2025-W42", "2025-10-18T06:00". Anything with an
// unknown part (X), a reference word, a season, quarter or decade is not a
// date a timeline can place, and gives false.
func parsePeriod(v string) (period, bool) {
	if len(v) > 10 && v[10] == 'T' {
		v = v[:10] // a date-time is placed on its day
	}
	switch {
	case len(v) == 4:
		y, ok := digits(v)
		if !ok {
			return period{}, false
		}
		s := day(y, 1, 1)
		return period{Year, s, s.AddDate(1, 0, -1)}, true
	case len(v) == 7 && v[4] == '-':
		y, ok1 := digits(v[:4])
		m, ok2 := digits(v[5:])
		if !ok1 || !ok2 || m < 1 || m > 12 {
			return period{}, false
		}
		s := day(y, m, 1)
		return period{Month, s, s.AddDate(0, 1, -1)}, true
	case len(v) == 8 && v[4] == '-' && v[5] == 'W':
		y, ok1 := digits(v[:4])
		w, ok2 := digits(v[6:])
		if !ok1 || !ok2 || w < 1 || w > 53 {
			return period{}, false
		}
		s := isoWeekStart(y, w)
		return period{Week, s, s.AddDate(0, 0, 6)}, true
	case len(v) == 10 && v[4] == '-' && v[7] == '-':
		t, err := time.Parse("2006-01-02", v)
		if err != nil {
			return period{}, false
		}
		return period{Day, t, t}, true
	}
	return period{}, false
}

// digits parses a run of ASCII digits.
func digits(s string) (int, bool) {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

func day(y, m, d int) time.Time {
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
}

// isoWeekStart returns the Monday of ISO week w of year y.
func isoWeekStart(y, w int) time.Time {
	// 4 January is always in week 1.
	jan4 := day(y, 1, 4)
	mon := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
	return mon.AddDate(0, 0, 7*(w-1))
}

// dayOf returns midnight UTC of the calendar day of t as written (in its
// own zone), so that a story dated in local time stays on its local day.
func dayOf(t time.Time) time.Time {
	return day(t.Year(), int(t.Month()), t.Day())
}
