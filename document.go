package parallax

import (
	"encoding/json"
	"time"
)

// Format says how the body of a Document is to be read.
type Format string

// Formats a source can hand to extraction.
const (
	FormatHTML Format = "html" // a web page: boilerplate is removed by DOM-based extraction
	FormatText Format = "text" // plain article text as scraped from the web: noisy, cleaned by paragraph rules
)

// Document is one raw input item produced by a source, before extraction:
// a saved page, a text file, one JSONL record, one WARC response record, one
// fetched URL or one feed item.
type Document struct {
	// Source is the input as the user gave it: a path or URL, with "#N"
	// appended for the Nth record (1-based) of a JSONL, WARC or feed file.
	Source string
	// Format says whether Body is HTML or plain text.
	Format Format
	// Body is the raw content, valid UTF-8 once a source has handed it over.
	Body []byte
	// Meta is what the container already says about the article (JSONL
	// fields, feed item fields, the URL it was fetched from). Extraction
	// prefers it over what it finds in the body.
	Meta Meta
}

// Meta is article metadata known before extraction. Empty fields are unknown.
type Meta struct {
	ID        string    // caller-chosen article id (JSONL "id"); used as the article's id everywhere
	URL       string    // canonical URL of the article page
	Outlet    string    // publishing outlet ("Reuters", "example-news.com")
	Title     string    // headline
	Author    string    // byline
	Language  string    // ISO 639-1 code
	Published time.Time // publication time; zero when unknown
	// Extra holds the fields of a JSONL record that Parallax does not
	// interpret, kept verbatim.
	Extra map[string]json.RawMessage
}
