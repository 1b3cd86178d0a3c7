package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"time"

	parallax "github.com/parallax-news/parallax"
)

// This file holds what the text and Markdown formats share: the wording of
// counts, dates and metadata.

// summary is the account of a run, as items of one line: "3 articles from
// 2 outlets in 2 stories", "1 input failed", "generated 2019-10-22 08:30
// UTC".
func summary(r *Report) []string {
	s := plural(len(r.Articles), "article", "articles")
	// Only known outlets count; "from 0 outlets" would read as an error.
	if n := countOutlets(r.Articles); n > 0 {
		s += " from " + plural(n, "outlet", "outlets")
	}
	if n := len(r.Stories); n > 0 {
		s += " in " + plural(n, "story", "stories")
	}
	items := []string{s}
	if n := len(r.Failures); n > 0 {
		items = append(items, plural(n, "input failed", "inputs failed"))
	}
	if !r.Generated.IsZero() {
		items = append(items, "generated "+formatTime(r.Generated))
	}
	return items
}

// copyOmitted stands for the text of a copy in a report's excerpts: the
// article it copies shows the same text.
const copyOmitted = "(text not shown: a copy)"

// moreParagraphs says how many paragraphs an excerpt leaves out.
func moreParagraphs(n int) string {
	return "(" + plural(n, "more paragraph", "more paragraphs") + ")"
}

// countOutlets counts the distinct known outlets of articles.
func countOutlets(articles []*parallax.Article) int {
	seen := make(map[string]bool)
	for _, a := range articles {
		if a.Outlet != "" {
			seen[a.Outlet] = true
		}
	}
	return len(seen)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// formatTime shows t as a date, adding the time and zone only when it is
// not midnight: sources that give only a day yield midnight, and "00:00"
// would claim a precision they never had.
func formatTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 {
		return t.Format("2006-01-02")
	}
	return t.Format("2006-01-02 15:04 ") + zoneName(t)
}

// zoneName names t's zone: its abbreviation when it has one ("UTC",
// "CEST"), otherwise its offset ("UTC+02:00") rather than Go's "+0200".
func zoneName(t time.Time) string {
	name, offset := t.Zone()
	if name != "" && name[0] != '+' && name[0] != '-' {
		return name
	}
	if offset == 0 {
		return "UTC"
	}
	sign := '+'
	if offset < 0 {
		sign, offset = '-', -offset
	}
	return fmt.Sprintf("UTC%c%02d:%02d", sign, offset/3600, offset%3600/60)
}

// title returns a's headline, or a placeholder for untitled articles.
func title(a *parallax.Article) string {
	if a.Title == "" {
		return "(untitled)"
	}
	return a.Title
}

// orUnknown returns s, or "<what> unknown" when s is empty, so that every
// metadata line has the same items in the same places.
func orUnknown(s, what string) string {
	if s == "" {
		return what + " unknown"
	}
	return s
}

// sortedKeys returns the keys of a's extra fields in order.
func sortedKeys(extra map[string]json.RawMessage) []string {
	keys := make([]string, 0, len(extra))
	for k := range extra {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// compactJSON shows a raw JSON value on one line, or as it is when it is
// not valid JSON.
func compactJSON(raw json.RawMessage) string {
	var b bytes.Buffer
	if err := json.Compact(&b, raw); err != nil {
		return string(raw)
	}
	return b.String()
}
