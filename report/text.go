package report

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	parallax "github.com/parallax-news/parallax"
)

// ANSI styles, used only when Options.Color is set.
const (
	ansiBold  = "1"
	ansiDim   = "2"
	ansiRed   = "31"
	ansiReset = "\x1b[0m"
)

// style paints whole strings with ANSI codes, or leaves them alone.
type style struct{ on bool }

func (s style) paint(code, text string) string {
	if !s.on || text == "" {
		return text
	}
	return "\x1b[" + code + "m" + text + ansiReset
}

func (s style) bold(text string) string { return s.paint(ansiBold, text) }
func (s style) dim(text string) string  { return s.paint(ansiDim, text) }
func (s style) red(text string) string  { return s.paint(ansiRed, text) }
func plain(text string) string          { return text }

// textWriter writes wrapped, optionally styled lines. Styling is applied
// after wrapping, line by line, so escape codes never count as columns and
// never span a line break.
type textWriter struct {
	buf  *bytes.Buffer
	cols int
	st   style
}

func newTextWriter(buf *bytes.Buffer, opt Options) *textWriter {
	return &textWriter{buf: buf, cols: opt.width(), st: style{on: opt.Color}}
}

// block writes s wrapped to the width left after indent. The first line
// starts with first (which must take as many columns as indent), the others
// with indent.
func (t *textWriter) block(first, indent, s string, paint func(string) string) {
	for i, line := range wrap(s, t.cols-textWidth(indent)) {
		prefix := indent
		if i == 0 {
			prefix = first
		}
		t.buf.WriteString(prefix + paint(line) + "\n")
	}
}

// items writes a metadata line wrapped between items, each line after
// indent.
func (t *textWriter) items(indent string, items []string, paint func(string) string) {
	for _, line := range wrapItems(items, t.cols-textWidth(indent)) {
		t.buf.WriteString(indent + paint(line) + "\n")
	}
}

func (t *textWriter) line(s string) { t.buf.WriteString(s + "\n") }
func (t *textWriter) blank()        { t.buf.WriteByte('\n') }
func (t *textWriter) rule()         { t.line(t.st.dim(strings.Repeat("─", t.cols))) }

// writeText writes the terminal report: a header; when there are stories,
// each story with its articles listed by title, then the articles section;
// one numbered entry per article in the given order; then the failed
// inputs and the notes.
func writeText(buf *bytes.Buffer, r *Report, opt Options) {
	t := newTextWriter(buf, opt)
	t.line(t.st.bold("Parallax report"))
	t.items("", summary(r), plain)
	t.rule()
	refs := newStoryRefs(r.Stories)
	if len(r.Stories) > 0 {
		t.stories(r, refs)
		t.blank()
		t.rule()
		t.blank()
		t.line(t.st.bold(fmt.Sprintf("Articles (%d)", len(r.Articles))))
	}
	if len(r.Articles) == 0 {
		t.blank()
		t.line("No articles.")
	}
	// Right-align the numbers so that titles line up past entry 9.
	digits := len(strconv.Itoa(len(r.Articles)))
	for i, a := range r.Articles {
		t.blank()
		num := fmt.Sprintf("%*d. ", digits, i+1)
		t.entry(t.st.bold(num), strings.Repeat(" ", len(num)), a, entryOptions{
			full:     opt.Full,
			marks:    assignmentItems(a, refs),
			hideCopy: !opt.Full,
		})
	}
	t.failures(r.Failures)
	t.notes(r.Notes)
}

// stories writes the stories section: per story its header, one short
// entry per article (numbered as in the articles section, so that a
// reader can find its excerpt), its timeline and the related stories.
func (t *textWriter) stories(r *Report, refs storyRefs) {
	t.blank()
	t.line(t.st.bold(fmt.Sprintf("Stories (%d)", len(r.Stories))))
	byID := indexArticles(r.Articles)
	numbers := articleNumbers(r.Articles)
	titles := storyTitles(r.Stories)
	digits := len(strconv.Itoa(len(r.Stories)))
	marker := len(strconv.Itoa(len(r.Articles))) + 3 // "[12] "
	for i, s := range r.Stories {
		t.blank()
		num := fmt.Sprintf("%*d. ", digits, i+1)
		indent := strings.Repeat(" ", len(num))
		t.storyHeader(t.st.bold(num), indent, s, byID, maxOutlets)
		n := sourceNamer{byID: byID, numbers: numbers}
		t.reconciled(indent, s, n)
		t.blank()
		for _, id := range s.Articles {
			t.storyArticle(indent, marker, id, byID[id], numbers[id])
		}
		t.timeline(indent, s.Timeline, numbers)
		t.reconciledAfter(indent, s, n)
		if rel := relatedNames(s, titles, refs, plain, plain); len(rel) > 0 {
			t.blank()
			t.block(indent, indent+"  ", "related: "+strings.Join(rel, "; "), plain)
		}
	}
}

// storyHeader writes a story's title, its counts and dates, and its
// outlets (at most limit of them named, 0 for all).
func (t *textWriter) storyHeader(first, indent string, s *parallax.Story, byID map[string]*parallax.Article, limit int) {
	t.block(first, indent, storyTitle(s.Title), t.st.bold)
	t.items(indent, append(storyCounts(s, byID), "id "+s.ID), plain)
	t.items(indent, outletNames(s.Outlets, limit), t.st.dim)
}

// storyArticle writes one article of a story in the stories section: its
// number, title and "outlet · date · id", and whether it is a copy. An
// article the report does not hold shows as its id.
func (t *textWriter) storyArticle(indent string, marker int, id string, a *parallax.Article, num int) {
	pad := indent + strings.Repeat(" ", marker)
	if a == nil {
		t.block(indent+fmt.Sprintf("%-*s", marker, "•"), pad, "id "+id+" (not in this report)", t.st.dim)
		return
	}
	mark := fmt.Sprintf("%-*s", marker, "["+strconv.Itoa(num)+"]")
	t.block(indent+mark, pad, title(a), plain)
	t.items(pad, []string{orUnknown(a.Outlet, "outlet"), orUnknown(formatTime(a.Published), "date"), "id " + a.ID}, t.st.dim)
	if note := copyNote(a); note != "" {
		t.items(pad, []string{note}, plain)
	}
}

// entryOptions say how much of an article an entry shows.
type entryOptions struct {
	full     bool     // the whole text, not a lead excerpt
	marks    []string // the article's story and copy marks, one line
	hideCopy bool     // no excerpt for a copy: its original has the text
}

// entry writes one article of the report: title, metadata, excerpt.
func (t *textWriter) entry(num, indent string, a *parallax.Article, o entryOptions) {
	t.block(num, indent, title(a), t.st.bold)
	t.items(indent, metaItems(a), plain)
	details := detailItems(a)
	if n := len(a.Removed); n > 0 {
		details = append(details, plural(n, "boilerplate paragraph removed", "boilerplate paragraphs removed"))
	}
	t.items(indent, details, t.st.dim)
	t.items(indent, o.marks, plain)

	if o.hideCopy && a.DuplicateOf != "" {
		t.blank()
		t.block(indent, indent, copyOmitted, t.st.dim)
		return
	}
	ex := lead(a, o.full)
	if len(ex.paras) == 0 {
		t.blank()
		t.block(indent, indent, "(no text)", t.st.dim)
	}
	for _, p := range ex.paras {
		t.blank()
		t.block(indent, indent, p, plain)
	}
	if ex.more > 0 {
		t.blank()
		t.block(indent, indent, moreParagraphs(ex.more), t.st.dim)
	}
}

// writeTextStory writes the single-story view: the story's header with
// every outlet, each article in full metadata with its excerpt, the
// story's timeline (its articles numbered as above), the ids of articles
// not at hand, and the related stories.
func writeTextStory(buf *bytes.Buffer, s *parallax.Story, articles []*parallax.Article, related []*parallax.Story, opt Options) {
	t := newTextWriter(buf, opt)
	byID := indexArticles(articles)
	t.storyHeader("", "", s, byID, 0)
	n := sourceNamer{byID: byID, numbers: articleNumbers(articles)}
	t.reconciled("", s, n)
	t.blank()
	t.rule()
	digits := len(strconv.Itoa(len(articles)))
	for i, a := range articles {
		t.blank()
		num := fmt.Sprintf("%*d. ", digits, i+1)
		var marks []string
		if a.Story != "" && a.Story != s.ID {
			marks = append(marks, "now in story "+a.Story)
		}
		if note := copyNote(a); note != "" {
			marks = append(marks, note)
		}
		t.entry(t.st.bold(num), strings.Repeat(" ", len(num)), a, entryOptions{full: opt.Full, marks: marks})
	}
	t.timeline("", s.Timeline, n.numbers)
	t.reconciledAfter("", s, n)
	if missing := missingArticles(s, byID); len(missing) > 0 {
		t.blank()
		t.line(t.st.bold(fmt.Sprintf("Not found (%d)", len(missing))))
		for _, id := range missing {
			t.block("• ", "  ", "id "+id, plain)
		}
	}
	if len(related) > 0 {
		t.blank()
		t.line(t.st.bold(fmt.Sprintf("Related stories (%d)", len(related))))
		for _, r := range related {
			t.block("• ", "  ", storyTitle(r.Title), plain)
			t.items("  ", append(storyCounts(r, nil), "id "+r.ID), t.st.dim)
		}
	}
}

func (t *textWriter) failures(failures []*parallax.InputError) {
	if len(failures) == 0 {
		return
	}
	t.blank()
	t.line(t.st.bold(fmt.Sprintf("Failed inputs (%d)", len(failures))))
	for _, f := range failures {
		_, msg := failure(f)
		t.block(t.st.red("✗")+" ", "  ", f.Source+": "+msg, plain)
	}
}

func (t *textWriter) notes(notes []string) {
	if len(notes) == 0 {
		return
	}
	t.blank()
	t.line(t.st.bold("Notes"))
	for _, n := range notes {
		t.block("• ", "  ", n, plain)
	}
}

// writeTextArticle writes the single-article view: everything known about
// a, with its whole text.
func writeTextArticle(buf *bytes.Buffer, a *parallax.Article, opt Options) {
	t := newTextWriter(buf, opt)
	t.block("", "", title(a), t.st.bold)
	t.items("", metaItems(a), plain)
	details := detailItems(a)
	if !a.Ingested.IsZero() {
		details = append(details, "ingested "+formatTime(a.Ingested))
	}
	t.items("", details, t.st.dim)
	t.items("", assignmentItems(a, nil), plain)
	t.rule()
	for _, p := range lead(a, true).paras {
		t.blank()
		t.block("", "", p, plain)
	}
	if len(a.Removed) > 0 {
		t.blank()
		t.line(t.st.bold(fmt.Sprintf("Removed as boilerplate (%d)", len(a.Removed))))
		for _, p := range a.Removed {
			t.block("- ", "  ", p, t.st.dim)
		}
	}
	if len(a.Extra) > 0 {
		t.blank()
		t.line(t.st.bold("Extra fields"))
		for _, k := range sortedKeys(a.Extra) {
			t.block("  ", "    ", k+": "+compactJSON(a.Extra[k]), plain)
		}
	}
}

// metaItems are "outlet · date · language · source", every item always
// present so that entries can be scanned column by column.
func metaItems(a *parallax.Article) []string {
	items := []string{
		orUnknown(a.Outlet, "outlet"),
		orUnknown(formatTime(a.Published), "date"),
		orUnknown(a.Language, "language"),
	}
	if a.Source != "" {
		items = append(items, a.Source)
	}
	return items
}

// detailItems are the secondary facts about a: byline, URL (when the source
// is not already it), id (what `parallax article` takes) and revision.
func detailItems(a *parallax.Article) []string {
	var items []string
	if a.Author != "" {
		items = append(items, "by "+a.Author)
	}
	if a.URL != "" && a.URL != a.Source {
		items = append(items, a.URL)
	}
	if a.ID != "" {
		items = append(items, "id "+a.ID)
	}
	if a.Revision > 1 {
		items = append(items, "revision "+strconv.Itoa(a.Revision))
	}
	return items
}
