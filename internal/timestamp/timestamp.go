// Package timestamp parses the machine-written timestamps of page
// metadata, feeds and JSONL records (RFC 3339 and its many near misses,
// RFC 1123, Unix seconds), giving zone abbreviations their real offsets.
// Finding a date inside prose is another problem: see textclean.
package timestamp

import (
	"strconv"
	"strings"
	"time"
)

// layouts are the forms timestamps take in page metadata, feeds and
// records.
var layouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04:05.999999999",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 Z0700",
	"2006-01-02 15:04:05 -0700 MST",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006/01/02",
	"20060102",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"January 2, 2006, 03:04 PM MST",
	"January 2, 2006 03:04 PM MST",
	"Jan 2, 2006 03:04 PM MST",
	"03:04:05 PM MST Jan 2, 2006",
	"2 Jan 2006 15:04 MST",
	"2 Jan 2006 15:04:05 MST",
	"Mon Jan 2 2006 15:04:05 MST-0700",
	"January 2, 2006",
	"Jan 2, 2006",
	"2 January 2006",
}

// zoneOffsets are the zone abbreviations news pages use, in seconds east
// of UTC. time.Parse knows an abbreviation's offset only in the local
// zone and reads the others as UTC, hours off.
var zoneOffsets = map[string]int{
	"GMT": 0, "UTC": 0, "Z": 0, "BST": 3600, "CET": 3600, "CEST": 7200,
	"EST": -5 * 3600, "EDT": -4 * 3600, "CST": -6 * 3600, "CDT": -5 * 3600,
	"MST": -7 * 3600, "MDT": -6 * 3600, "PST": -8 * 3600, "PDT": -7 * 3600,
	"IST": 5*3600 + 1800, "JST": 9 * 3600, "AEST": 10 * 3600, "AEDT": 11 * 3600,
}

// Parse reads a timestamp in one of the known layouts, or Unix seconds.
// Times without a zone are UTC.
func Parse(raw string) (time.Time, bool) {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return time.Time{}, false
	}
	var t time.Time
	var err error
	for _, layout := range layouts {
		if t, err = time.Parse(layout, raw); err == nil {
			break
		}
	}
	if err != nil {
		// Unix seconds, as some sites put in meta tags.
		sec, perr := strconv.ParseInt(raw, 10, 64)
		if perr != nil || len(raw) != 10 {
			return time.Time{}, false
		}
		t = time.Unix(sec, 0).UTC()
	}
	return fixZone(t), true
}

// fixZone gives a time parsed with a zone abbreviation the abbreviation's
// real offset.
func fixZone(t time.Time) time.Time {
	name, off := t.Zone()
	want, ok := zoneOffsets[name]
	if !ok || off == want {
		return t
	}
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(),
		t.Nanosecond(), time.FixedZone(name, want))
}
