package extract

import (
	"regexp"
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
		// Provisional: applyMeta prefers the record's outlet and the URL host.
		Outlet: copyrightHolder(res.Removed),
	}
	if !res.Published.IsZero() {
		a.Published, a.PublishedFrom = res.Published, res.PublishedFrom
		if a.PublishedFrom == "" {
			a.PublishedFrom = "dateline"
		}
	}
	return a
}

// copyrightLine matches a copyright notice and captures its holder:
// "© 2025 Free Horizon. All rights reserved.", "Copyright (c) 2019-2024
// by The Harbour Voice Ltd".
var copyrightLine = regexp.MustCompile(`(?i)^\s*(?:©|\(c\)|copyright)(?:\s*(?:©|\(c\)))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?:by\s+)?([^.,;|]{2,60})`)

// copyrightHolder returns the holder named by the first copyright notice
// among the removed paragraphs: in text scraped from an outlet's page, the
// notice in its footer names the outlet. It returns "" when none does.
func copyrightHolder(removed []string) string {
	for _, p := range removed {
		m := copyrightLine.FindStringSubmatch(p)
		if m == nil {
			continue
		}
		holder := strings.TrimSpace(m[1])
		holder = strings.TrimSuffix(holder, " Ltd")
		if lower := strings.ToLower(holder); strings.HasPrefix(lower, "all rights") || holder == "" {
			continue
		}
		return holder
	}
	return ""
}
