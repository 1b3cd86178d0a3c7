package report

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	parallax "github.com/parallax-news/parallax"
)

// writeMarkdown writes the report as a Markdown document: a title and
// summary, the stories when there are any, a section per article, then the
// failed inputs and the notes. Lines are not wrapped; Markdown renderers
// reflow paragraphs.
func writeMarkdown(buf *bytes.Buffer, r *Report, opt Options) {
	buf.WriteString("# Parallax report\n\n")
	buf.WriteString(mdEscape(strings.Join(summary(r), itemSep)) + "\n")
	refs := newStoryRefs(r.Stories)
	// Articles are sections of their own, or subsections of "Articles"
	// when the stories come first.
	heading := "\n## "
	if len(r.Stories) > 0 {
		mdStories(buf, r, refs)
		buf.WriteString("\n## Articles\n")
		heading = "\n### "
	}
	for _, a := range r.Articles {
		buf.WriteString(heading + mdEscape(title(a)) + "\n\n")
		buf.WriteString(mdMeta(a, false, mdMarks(a, refs, "")) + "\n")
		if a.DuplicateOf != "" && !opt.Full {
			buf.WriteString("\n*" + mdEscape(copyOmitted) + "*\n")
			continue
		}
		mdExcerpt(buf, lead(a, opt.Full), opt.Full)
	}
	if len(r.Failures) > 0 {
		buf.WriteString("\n## Failed inputs\n\n")
		for _, f := range r.Failures {
			code, msg := failure(f)
			fmt.Fprintf(buf, "- %s: %s (%s)\n", codeSpan(f.Source), mdEscape(msg), code)
		}
	}
	if len(r.Notes) > 0 {
		buf.WriteString("\n## Notes\n\n")
		for _, n := range r.Notes {
			buf.WriteString("- " + mdEscape(collapse(n)) + "\n")
		}
	}
}

// mdExcerpt writes an excerpt: whole texts as paragraphs, leads quoted.
func mdExcerpt(buf *bytes.Buffer, ex excerpt, full bool) {
	if full {
		mdParagraphs(buf, ex.paras)
	} else {
		mdQuote(buf, ex.paras)
	}
	if ex.more > 0 {
		buf.WriteString("\n*" + moreParagraphs(ex.more) + "*\n")
	}
}

// mdStories writes the stories section: per story a numbered heading, its
// counts and outlets, a list of its articles, its timeline and the related
// stories.
func mdStories(buf *bytes.Buffer, r *Report, refs storyRefs) {
	buf.WriteString("\n## Stories\n")
	byID := indexArticles(r.Articles)
	titles := storyTitles(r.Stories)
	for i, s := range r.Stories {
		fmt.Fprintf(buf, "\n### %d. %s\n\n", i+1, mdEscape(storyTitle(s.Title)))
		buf.WriteString(mdStoryMeta(s, byID, maxOutlets) + "\n")
		n := sourceNamer{byID: byID}
		mdReconciled(buf, "####", s, n)
		if len(s.Facts) > 0 {
			// A heading, so the list of articles is not read as part of
			// the facts list above it.
			buf.WriteString("\n#### Articles\n")
		}
		buf.WriteString("\n")
		for _, id := range s.Articles {
			buf.WriteString("- " + mdStoryArticle(id, byID[id]) + "\n")
		}
		mdTimeline(buf, "####", s.Timeline, byID)
		mdReconciledAfter(buf, "####", s, n)
		if rel := relatedNames(s, titles, refs, mdEscape, codeSpan); len(rel) > 0 {
			buf.WriteString("\nRelated: " + strings.Join(rel, "; ") + "\n")
		}
	}
}

// mdStoryMeta is a story's counts, dates and id, then its outlets after a
// hard break.
func mdStoryMeta(s *parallax.Story, byID map[string]*parallax.Article, limit int) string {
	items := storyCounts(s, byID)
	for i := range items {
		items[i] = mdEscape(items[i])
	}
	meta := strings.Join(append(items, "id "+codeSpan(s.ID)), itemSep)
	if len(s.Outlets) > 0 {
		var names []string
		for _, o := range outletNames(s.Outlets, limit) {
			names = append(names, mdEscape(o))
		}
		meta += "\\\n" + strings.Join(names, itemSep)
	}
	return meta
}

// mdStoryArticle is one list item of a story: the title in bold, then
// "outlet · date · id" and the copy mark; the bare id for an article the
// report does not hold.
func mdStoryArticle(id string, a *parallax.Article) string {
	if a == nil {
		return "id " + codeSpan(id) + " *(not in this report)*"
	}
	items := []string{
		mdEscape(orUnknown(a.Outlet, "outlet")),
		orUnknown(formatTime(a.Published), "date"),
		"id " + codeSpan(a.ID),
	}
	if a.DuplicateOf != "" {
		items = append(items, mdCopyNote(a))
	}
	return "**" + mdEscape(title(a)) + "** — " + strings.Join(items, itemSep)
}

// mdMarks are the Markdown of an article's story and copy marks. In a
// report the story is named by its number (refs); in the view of story
// viewed, only an article since moved to another story says so.
func mdMarks(a *parallax.Article, refs storyRefs, viewed string) []string {
	var marks []string
	switch {
	case a.Story == "" || a.Story == viewed:
	case viewed != "":
		marks = append(marks, "now in story "+codeSpan(a.Story))
	case refs[a.Story] > 0:
		marks = append(marks, mdEscape(refs.name(a.Story)))
	default:
		marks = append(marks, "story "+codeSpan(a.Story))
	}
	if a.DuplicateOf != "" {
		marks = append(marks, mdCopyNote(a))
	}
	return marks
}

// mdCopyNote is copyNote with the id as code.
func mdCopyNote(a *parallax.Article) string {
	note := copyNote(a)
	rest := strings.TrimPrefix(note, "copy of "+a.DuplicateOf)
	return "copy of " + codeSpan(a.DuplicateOf) + mdEscape(rest)
}

// writeMarkdownStory writes the single-story view as Markdown.
func writeMarkdownStory(buf *bytes.Buffer, s *parallax.Story, articles []*parallax.Article, related []*parallax.Story, opt Options) {
	byID := indexArticles(articles)
	buf.WriteString("# " + mdEscape(storyTitle(s.Title)) + "\n\n")
	buf.WriteString(mdStoryMeta(s, byID, 0) + "\n")
	n := sourceNamer{byID: byID}
	mdReconciled(buf, "##", s, n)
	if len(articles) > 0 {
		buf.WriteString("\n## Articles\n")
	}
	for _, a := range articles {
		buf.WriteString("\n### " + mdEscape(title(a)) + "\n\n")
		buf.WriteString(mdMeta(a, false, mdMarks(a, nil, s.ID)) + "\n")
		mdExcerpt(buf, lead(a, opt.Full), opt.Full)
	}
	mdTimeline(buf, "##", s.Timeline, byID)
	mdReconciledAfter(buf, "##", s, n)
	if missing := missingArticles(s, byID); len(missing) > 0 {
		buf.WriteString("\n## Not found\n\n")
		for _, id := range missing {
			buf.WriteString("- id " + codeSpan(id) + "\n")
		}
	}
	if len(related) > 0 {
		buf.WriteString("\n## Related stories\n\n")
		for _, r := range related {
			items := storyCounts(r, nil)
			for i := range items {
				items[i] = mdEscape(items[i])
			}
			items = append(items, "id "+codeSpan(r.ID))
			buf.WriteString("- **" + mdEscape(storyTitle(r.Title)) + "** — " + strings.Join(items, itemSep) + "\n")
		}
	}
}

// writeMarkdownArticle writes the single-article view as Markdown.
func writeMarkdownArticle(buf *bytes.Buffer, a *parallax.Article) {
	buf.WriteString("# " + mdEscape(title(a)) + "\n\n")
	buf.WriteString(mdMeta(a, true, mdMarks(a, nil, "")) + "\n")
	mdParagraphs(buf, lead(a, true).paras)
	if len(a.Removed) > 0 {
		buf.WriteString("\n## Removed as boilerplate\n\n")
		for _, p := range a.Removed {
			buf.WriteString("- " + mdEscape(collapse(p)) + "\n")
		}
	}
	if len(a.Extra) > 0 {
		buf.WriteString("\n## Extra fields\n\n")
		for _, k := range sortedKeys(a.Extra) {
			buf.WriteString("- " + codeSpan(k) + ": " + codeSpan(compactJSON(a.Extra[k])) + "\n")
		}
	}
}

// mdMeta is the metadata of a as two lines joined by a hard break: the same
// items as the text format, with the source and id as code and the URL as
// a link, and marks (Markdown: story, copy) after them. The article view adds
// when the article was ingested.
func mdMeta(a *parallax.Article, view bool, marks []string) string {
	first := []string{
		"**" + mdEscape(orUnknown(a.Outlet, "outlet")) + "**",
		orUnknown(formatTime(a.Published), "date"),
		mdEscape(orUnknown(a.Language, "language")),
	}
	switch {
	case strings.Contains(a.Source, "://"):
		first = append(first, mdLink(a.Source))
	case a.Source != "":
		first = append(first, codeSpan(a.Source))
	}
	var second []string
	if a.Author != "" {
		second = append(second, "by "+mdEscape(a.Author))
	}
	if a.URL != "" && a.URL != a.Source {
		second = append(second, mdLink(a.URL))
	}
	if a.ID != "" {
		second = append(second, "id "+codeSpan(a.ID))
	}
	if a.Revision > 1 {
		second = append(second, "revision "+strconv.Itoa(a.Revision))
	}
	if view && !a.Ingested.IsZero() {
		second = append(second, "ingested "+formatTime(a.Ingested))
	}
	if !view && len(a.Removed) > 0 {
		second = append(second, plural(len(a.Removed), "boilerplate paragraph removed", "boilerplate paragraphs removed"))
	}
	second = append(second, marks...)
	s := strings.Join(first, itemSep)
	if len(second) > 0 {
		s += "\\\n" + strings.Join(second, itemSep)
	}
	return s
}

// mdParagraphs writes paragraphs as plain Markdown paragraphs.
func mdParagraphs(buf *bytes.Buffer, paras []string) {
	for _, p := range paras {
		buf.WriteString("\n" + mdParagraph(p) + "\n")
	}
}

// mdQuote writes paragraphs as one block quote.
func mdQuote(buf *bytes.Buffer, paras []string) {
	for i, p := range paras {
		if i == 0 {
			buf.WriteString("\n")
		} else {
			buf.WriteString(">\n")
		}
		buf.WriteString("> " + mdParagraph(p) + "\n")
	}
}

// mdSpecial are the characters that can start inline Markdown (emphasis,
// code, links, HTML, strikethrough, tables, closing ATX sequences).
const mdSpecial = "\\`*_[]<>#~|"

// mdEscape backslash-escapes the characters of s that Markdown could read
// as markup, so that text from the web renders as the text it is.
// It also collapses white space: every use is within one line.
func mdEscape(s string) string {
	var b strings.Builder
	for _, r := range collapse(s) {
		if strings.ContainsRune(mdSpecial, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// mdParagraph escapes a one-line paragraph, including a start that would
// make it a list item, a thematic break or a setext underline.
func mdParagraph(s string) string {
	e := mdEscape(s)
	if e == "" {
		return e
	}
	if strings.ContainsRune("-+=", rune(e[0])) {
		return "\\" + e
	}
	// An ordered list marker is 1 to 9 digits then "." or ")".
	i := 0
	for i < len(e) && e[i] >= '0' && e[i] <= '9' {
		i++
	}
	if i >= 1 && i <= 9 && i < len(e) && (e[i] == '.' || e[i] == ')') {
		return e[:i] + "\\" + e[i:]
	}
	return e
}

// codeSpan returns s as inline code, with a backtick fence longer than any
// run of backticks inside it.
func codeSpan(s string) string {
	s = collapse(s)
	longest, run := 0, 0
	for _, r := range s {
		if r == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", longest+1)
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") {
		s = " " + s + " "
	}
	return fence + s + fence
}

// mdLink returns url as an autolink, or as code when it holds characters an
// autolink cannot.
func mdLink(url string) string {
	if strings.Contains(url, "://") && !strings.ContainsAny(url, " <>\t\n") {
		return "<" + url + ">"
	}
	return codeSpan(url)
}
