package report

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	parallax "github.com/parallax-news/parallax"
)

// writeMarkdown writes the report as a Markdown document: a title and
// summary, a section per article, then the failed inputs and the notes.
// Lines are not wrapped; Markdown renderers reflow paragraphs.
func writeMarkdown(buf *bytes.Buffer, r *Report, opt Options) {
	buf.WriteString("# Parallax report\n\n")
	buf.WriteString(mdEscape(strings.Join(summary(r), itemSep)) + "\n")
	for _, a := range r.Articles {
		buf.WriteString("\n## " + mdEscape(title(a)) + "\n\n")
		buf.WriteString(mdMeta(a, false) + "\n")
		ex := lead(a, opt.Full)
		if opt.Full {
			mdParagraphs(buf, ex.paras)
		} else {
			mdQuote(buf, ex.paras)
		}
		if ex.more > 0 {
			buf.WriteString("\n*" + moreParagraphs(ex.more) + "*\n")
		}
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

// writeMarkdownArticle writes the single-article view as Markdown.
func writeMarkdownArticle(buf *bytes.Buffer, a *parallax.Article) {
	buf.WriteString("# " + mdEscape(title(a)) + "\n\n")
	buf.WriteString(mdMeta(a, true) + "\n")
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
// a link. The article view adds when the article was ingested.
func mdMeta(a *parallax.Article, view bool) string {
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
