package parallax

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"strings"
	"time"
)

// Article is one cleaned news article: the body text with boilerplate
// removed, and its metadata.
type Article struct {
	// ID identifies the article everywhere in the output: the id given in
	// a JSONL record, otherwise derived from its URL, otherwise from its
	// text (see ArticleID).
	ID     string
	Source string // the input as given (path, URL, "path#N")
	Outlet string
	URL    string
	Title  string
	Author string
	// Published is the publication time taken from metadata or a dateline;
	// zero when unknown, never guessed.
	Published time.Time
	// PublishedFrom says where Published came from: "record" (JSONL or
	// feed), "metadata" (page metadata), "dateline"; empty when unknown.
	PublishedFrom string
	Language      string // ISO 639-1 code; empty when undetected
	Text          string // the cleaned article body, paragraphs separated by "\n\n"
	// Sentences are byte offsets of the sentences of Text.
	Sentences []Span
	// Removed lists the paragraphs dropped as boilerplate, in order, so a
	// reader can check what extraction threw away.
	Removed []string
	Extra   map[string]json.RawMessage
	// Revision counts the versions of this article the store has seen;
	// 1 for the first.
	Revision int
	// Ingested is when the store first saw this revision.
	Ingested time.Time

	// Story is the id of the story the article belongs to; empty until
	// stories are assigned.
	Story string
	// DuplicateOf is the id of an earlier article this one copies (a wire
	// reprint, a syndicated or lightly edited version); empty when none.
	// A copy counts as one independent source with the article it copies.
	DuplicateOf string
	// Overlap is the estimated share (0–1) of this article's text found
	// in DuplicateOf; 0 when DuplicateOf is empty.
	Overlap float64

	// Quantities, Times and Entities are what the analysis finds in Text,
	// in order of their offsets.
	Quantities []Quantity
	Times      []TimeExpr
	Entities   []Entity
	// Quotes are the statements the article attributes to someone, in
	// order of their offsets.
	Quotes []Quote
}

// Span is a half-open byte range [Start, End) in an Article's Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// ContentHash is a digest of what makes two versions of an article
// different: its title and text. Whitespace differences are ignored.
func (a *Article) ContentHash() string {
	h := sha256.New()
	h.Write([]byte(strings.Join(strings.Fields(a.Title), " ")))
	h.Write([]byte{0})
	h.Write([]byte(strings.Join(strings.Fields(a.Text), " ")))
	return hex.EncodeToString(h.Sum(nil))
}

// ArticleID returns the id an article is known by: the explicit id when one
// is given, otherwise a digest of its URL (so a changed page at the same URL
// stays one article with a new revision), otherwise a digest of its content
// (so the same text ingested twice is one article).
func ArticleID(explicit, url, contentHash string) string {
	switch {
	case explicit != "":
		return explicit
	case url != "":
		return "u" + shortHash(NormalizeURL(url))
	default:
		return "c" + shortHash(contentHash)
	}
}

func shortHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:6])
}

// NormalizeURL reduces a URL to the form used for identity: scheme and host
// lower-cased, fragment and trailing slash dropped.
func NormalizeURL(u string) string {
	u = strings.TrimSpace(u)
	if i := strings.IndexByte(u, '#'); i >= 0 {
		u = u[:i]
	}
	if i := strings.Index(u, "://"); i >= 0 {
		rest := u[i+3:]
		host, path := rest, ""
		if j := strings.IndexByte(rest, '/'); j >= 0 {
			host, path = rest[:j], rest[j:]
		}
		u = strings.ToLower(u[:i]) + "://" + strings.ToLower(host) + path
	}
	return strings.TrimSuffix(u, "/")
}
