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

// writeText writes the terminal report: a header, one numbered entry per
// article in the given order, then the failed inputs and the notes.
func writeText(buf *bytes.Buffer, r *Report, opt Options) {
	t := newTextWriter(buf, opt)
	t.line(t.st.bold("Parallax report"))
	t.items("", summary(r), plain)
	t.rule()
	if len(r.Articles) == 0 {
		t.blank()
		t.line("No articles.")
	}
	// Right-align the numbers so that titles line up past entry 9.
	digits := len(strconv.Itoa(len(r.Articles)))
	for i, a := range r.Articles {
		t.blank()
		num := fmt.Sprintf("%*d. ", digits, i+1)
		t.entry(t.st.bold(num), strings.Repeat(" ", len(num)), a, opt.Full)
	}
	t.failures(r.Failures)
	t.notes(r.Notes)
}

// entry writes one article of the report: title, metadata, excerpt.
func (t *textWriter) entry(num, indent string, a *parallax.Article, full bool) {
	t.block(num, indent, title(a), t.st.bold)
	t.items(indent, metaItems(a), plain)
	details := detailItems(a)
	if n := len(a.Removed); n > 0 {
		details = append(details, plural(n, "boilerplate paragraph removed", "boilerplate paragraphs removed"))
	}
	t.items(indent, details, t.st.dim)

	ex := lead(a, full)
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
