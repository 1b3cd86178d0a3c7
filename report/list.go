package report

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"

	parallax "github.com/parallax-news/parallax"
)

// WriteStoryList renders a listing of stories (used by `parallax
// stories`): per story its title, size, outlets and dates, its id, and how
// many of its facts its sources dispute, establish or owe to one outlet,
// with its number of quoted statements — what a reader scans to pick a
// story, without its articles, which the listing does not read. Text and
// Markdown only; an unknown format is an *parallax.Error with code
// EINVALID.
func WriteStoryList(w io.Writer, format string, stories []*parallax.Story, opt Options) error {
	var buf bytes.Buffer
	switch format {
	case FormatText:
		writeTextList(&buf, stories, opt)
	case FormatMarkdown:
		writeMarkdownList(&buf, stories)
	default:
		return unknownFormat(format)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("write stories: %w", err)
	}
	return nil
}

func writeTextList(buf *bytes.Buffer, stories []*parallax.Story, opt Options) {
	t := newTextWriter(buf, opt)
	t.line(t.st.bold(fmt.Sprintf("Stories (%d)", len(stories))))
	digits := len(strconv.Itoa(len(stories)))
	for i, s := range stories {
		t.blank()
		num := fmt.Sprintf("%*d. ", digits, i+1)
		indent := strings.Repeat(" ", len(num))
		t.block(t.st.bold(num), indent, storyTitle(s.Title), t.st.bold)
		t.items(indent, append(listCounts(s), "id "+s.ID), plain)
		if f := findingCounts(s); len(f) > 0 {
			t.items(indent, f, plain)
		}
		t.items(indent, outletNames(s.Outlets, maxOutlets), t.st.dim)
	}
}

func writeMarkdownList(buf *bytes.Buffer, stories []*parallax.Story) {
	fmt.Fprintf(buf, "# Stories (%d)\n\n", len(stories))
	if len(stories) == 0 {
		return
	}
	buf.WriteString("| # | story | articles | outlets | dates | disputed | established | one outlet | quotes | id |\n")
	buf.WriteString("|---|---|---|---|---|---|---|---|---|---|\n")
	for i, s := range stories {
		n := verdictCounts(s)
		fmt.Fprintf(buf, "| %d | %s | %d | %d | %s | %d | %d | %d | %d | `%s` |\n", i+1,
			strings.ReplaceAll(mdEscape(storyTitle(s.Title)), "|", `\|`), len(s.Articles), len(s.Outlets),
			storySpan(s), n[parallax.Differ], n[parallax.Agree], n[parallax.Single], len(s.Quotes), s.ID)
	}
}

// listCounts is storyCounts without the independent sources, which need
// the articles.
func listCounts(s *parallax.Story) []string {
	items := []string{plural(len(s.Articles), "article", "articles")}
	if len(s.Outlets) > 0 {
		items = append(items, plural(len(s.Outlets), "outlet", "outlets"))
	}
	return append(items, storySpan(s))
}

// findingCounts says how many facts a story's sources dispute, establish
// or owe to one outlet, and how many statements it quotes; nothing for a
// story not reconciled.
func findingCounts(s *parallax.Story) []string {
	if len(s.Facts) == 0 && len(s.Quotes) == 0 {
		return nil
	}
	n := verdictCounts(s)
	var items []string
	if d := n[parallax.Differ]; d > 0 {
		items = append(items, plural(d, "disagreement", "disagreements"))
	}
	items = append(items, fmt.Sprintf("%d established", n[parallax.Agree]),
		fmt.Sprintf("%d from one outlet", n[parallax.Single]),
		plural(len(s.Quotes), "quoted statement", "quoted statements"))
	return items
}

func verdictCounts(s *parallax.Story) map[string]int {
	n := map[string]int{}
	for _, f := range s.Facts {
		n[f.Status]++
	}
	return n
}
