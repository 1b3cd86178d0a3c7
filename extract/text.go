package extract

import (
	"strings"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/internal/textclean"
)

// extractText cleans plain text scraped from the web. The paragraph rules
// live in textclean; here the result only becomes an Article.
func extractText(doc parallax.Document) *parallax.Article {
	res := textclean.Clean(string(doc.Body))
	a := &parallax.Article{
		Title:   normalizeLine(res.Title),
		Text:    joinParagraphs(strings.Split(res.Body, "\n\n")),
		Removed: res.Removed,
	}
	if !res.Published.IsZero() {
		a.Published, a.PublishedFrom = res.Published, res.PublishedFrom
		if a.PublishedFrom == "" {
			a.PublishedFrom = "dateline"
		}
	}
	return a
}
