package extract

import (
	"encoding/json"
	"sort"
	"strconv"
	"strings"
	"time"

	"golang.org/x/net/html"
)

// Publication dates come from the page's metadata only: meta tags, JSON-LD
// and elements marked up as the publication date. Unlike go-htmldate (off
// in trafilaturaOptions) this never reads dates out of running text, where
// a date may be anything, and it keeps the time of day and the zone the
// page gives.

// Ranks of the date sources, best first.
const (
	rankOGMeta   = iota // article:published_time and its Open Graph kin
	rankJSONLD          // JSON-LD datePublished
	rankItemprop        // an element with itemprop=datePublished
	rankMeta            // other meta names that mean the publication date
	rankTime            // <time pubdate>
	rankNone
)

// dateMetaRanks maps lower-cased meta property/name/itemprop values to
// their rank. The names are those go-htmldate reads as the original
// publication date, less the loose ones ("date", "meta", "timestamp").
var dateMetaRanks = map[string]int{
	"article:published_time": rankOGMeta, "og:article:published_time": rankOGMeta,
	"og:published_time": rankOGMeta, "article:published": rankOGMeta,
	"datepublished":     rankItemprop,
	"article.published": rankMeta, "article:published_date": rankMeta,
	"article:publicationdate": rankMeta, "article_date_original": rankMeta,
	"bt:pubdate": rankMeta, "citation_publication_date": rankMeta,
	"cxenseparse:recs:publishtime": rankMeta, "date_published": rankMeta,
	"dc.date": rankMeta, "dc.date.issued": rankMeta, "dc.date.created": rankMeta,
	"dc.date.publication": rankMeta, "dcterms.created": rankMeta,
	"dcterms.issued": rankMeta, "dcterms.date": rankMeta, "dc:date": rankMeta,
	"og:pubdate": rankMeta, "og:datepublished": rankMeta, "og:publish_date": rankMeta,
	"originalpublicationdate": rankMeta, "parsely-pub-date": rankMeta,
	"pubdate": rankMeta, "publishdate": rankMeta, "publish_date": rankMeta,
	"publish-date": rankMeta, "published-date": rankMeta, "published_date": rankMeta,
	"published_time": rankMeta, "publication_date": rankMeta,
	"rnews:datepublished": rankMeta, "sailthru.date": rankMeta,
	"shareaholic:article_published_time": rankMeta, "vr:published_time": rankMeta,
}

// dateLayouts are the forms dates take in page metadata.
var dateLayouts = []string{
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

// pageDate returns the publication date the page's metadata gives, or
// the zero time.
func pageDate(root *html.Node) time.Time {
	best, bestRank := time.Time{}, rankNone
	offer := func(raw string, rank int) {
		if rank >= bestRank {
			return
		}
		if t, ok := parseDate(raw); ok {
			best, bestRank = t, rank
		}
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && bestRank > rankOGMeta; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch {
			case c.Data == "script":
				if isJSONLD(c) && c.FirstChild != nil {
					offer(jsonLDDate(c.FirstChild.Data), rankJSONLD)
				}
				continue
			case c.Data == "meta":
				key, content := metaKeyContent(c)
				if r, ok := dateMetaRanks[key]; ok {
					offer(content, r)
				}
				continue
			}
			if v := attr(c, "itemprop"); strings.EqualFold(v, "datePublished") {
				offer(firstAttr(c, "datetime", "content"), rankItemprop)
			} else if c.Data == "time" && hasAttr(c, "pubdate") {
				offer(attr(c, "datetime"), rankTime)
			}
			walk(c)
		}
	}
	walk(root)
	return best
}

// parseDate reads a metadata date. Years outside 1990–2100 are taken for
// junk (placeholders, epoch zero).
func parseDate(raw string) (time.Time, bool) {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return time.Time{}, false
	}
	var t time.Time
	var err error
	for _, layout := range dateLayouts {
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
	t = fixZone(t)
	if y := t.Year(); y < 1990 || y > 2100 {
		return time.Time{}, false
	}
	return t, true
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

// jsonLDDate returns the first datePublished (else dateCreated) in a
// JSON-LD block, searching nested objects and @graph lists.
func jsonLDDate(src string) string {
	var v any
	if err := json.Unmarshal([]byte(src), &v); err != nil {
		// Hand-written JSON-LD is often invalid (trailing commas); the
		// date is still there to read.
		return scanJSONString(src, "datePublished")
	}
	if d := findJSONKey(v, "datePublished"); d != "" {
		return d
	}
	return findJSONKey(v, "dateCreated")
}

func findJSONKey(v any, key string) string {
	switch v := v.(type) {
	case map[string]any:
		if s, ok := v[key].(string); ok && s != "" {
			return s
		}
		// Map order is random; sorted keys make the pick deterministic.
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if s := findJSONKey(v[k], key); s != "" {
				return s
			}
		}
	case []any:
		for _, c := range v {
			if s := findJSONKey(c, key); s != "" {
				return s
			}
		}
	}
	return ""
}

// scanJSONString finds "key": "value" in text that is not valid JSON and
// returns the value, or "".
func scanJSONString(src, key string) string {
	i := strings.Index(src, `"`+key+`"`)
	if i < 0 {
		return ""
	}
	rest := strings.TrimLeft(src[i+len(key)+2:], " \t\r\n")
	if !strings.HasPrefix(rest, ":") {
		return ""
	}
	rest = strings.TrimLeft(rest[1:], " \t\r\n")
	if !strings.HasPrefix(rest, `"`) {
		return ""
	}
	rest = rest[1:]
	if j := strings.IndexByte(rest, '"'); j >= 0 {
		return rest[:j]
	}
	return ""
}

// metaKeyContent returns the lower-cased property, name or itemprop of a
// meta element and its content.
func metaKeyContent(n *html.Node) (key, content string) {
	for _, a := range n.Attr {
		switch a.Key {
		case "property", "name", "itemprop":
			if key == "" {
				key = strings.ToLower(strings.TrimSpace(a.Val))
			}
		case "content":
			content = a.Val
		}
	}
	return key, content
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func firstAttr(n *html.Node, keys ...string) string {
	for _, k := range keys {
		if v := attr(n, k); v != "" {
			return v
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}
