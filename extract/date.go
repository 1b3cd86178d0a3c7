package extract

import (
	"encoding/json"
	"sort"
	"strings"
	"time"

	"golang.org/x/net/html"

	"github.com/parallax-news/parallax/internal/timestamp"
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
	t, ok := timestamp.Parse(raw)
	if !ok {
		return time.Time{}, false
	}
	if y := t.Year(); y < 1990 || y > 2100 {
		return time.Time{}, false
	}
	return t, true
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
