// Package textclean removes what is not the article from plain text scraped
// from the web: widgets, share lines, captions, credits and reader-comment
// sections. It works on paragraph features in the spirit of jusText.
package textclean

import "time"

// Result is a cleaned text and what was learnt from it.
type Result struct {
	Title         string    // from the first heading-like line; "" when none
	Body          string    // the article paragraphs, joined by "\n\n"
	Removed       []string  // paragraphs dropped as boilerplate, in order
	Published     time.Time // from a dateline; zero when none
	PublishedFrom string    // "dateline" when Published is set
}

// Clean splits text into paragraphs and keeps the article ones.
// STUB: replaced by the real implementation.
func Clean(text string) Result {
	return Result{Body: text}
}
