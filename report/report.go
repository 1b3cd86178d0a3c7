package report

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"time"

	parallax "github.com/parallax-news/parallax"
)

// Report is everything one run reports.
type Report struct {
	// Generated is when the run happened. The caller sets it (from an
	// injected clock in tests); zero means unknown and is shown as such.
	Generated time.Time
	// Articles are shown in the order given: the caller decides it (input
	// order for a run, newest first for a store listing).
	Articles []*parallax.Article
	// Stories are shown in the order given, biggest first as the store
	// lists them; when there are any, the human-readable formats lead with
	// them. Their articles are looked up among Articles by id.
	Stories []*parallax.Story
	// Failures are the inputs that failed; every format lists them.
	Failures []*parallax.InputError
	// Notes are non-fatal remarks about the run, one sentence each.
	Notes []string
}

// Options tune the human-readable formats. The zero value works: plain
// text, 80 columns, lead excerpts.
type Options struct {
	// Color styles the text format with ANSI escape codes; set it only when
	// writing to a terminal.
	Color bool
	// Width is the column the text format wraps at; 0 means DefaultWidth
	// and values below MinWidth are raised to it.
	Width int
	// Full prints whole article texts in the text and Markdown reports
	// instead of a lead excerpt. The JSON document always holds whole texts.
	Full bool
}

// Format names accepted by Write, WriteArticle and WriteStory.
const (
	FormatText     = "text"     // the terminal report
	FormatMarkdown = "markdown" // a Markdown document
	FormatJSON     = "json"     // the versioned JSON document, see docs/json.md
)

// Wrap widths of the text format.
const (
	DefaultWidth = 80
	MinWidth     = 20
)

// Formats returns the format names Write accepts, the default first.
func Formats() []string {
	return []string{FormatText, FormatMarkdown, FormatJSON}
}

// Write renders r to w in the named format. An unknown format is an
// *parallax.Error with code EINVALID; a nil r is an empty report.
func Write(w io.Writer, format string, r *Report, opt Options) error {
	if r == nil {
		r = &Report{}
	}
	// Render into memory first so that a write error cannot leave half a
	// JSON document behind a successful-looking prefix.
	var buf bytes.Buffer
	switch format {
	case FormatText:
		writeText(&buf, r, opt)
	case FormatMarkdown:
		writeMarkdown(&buf, r, opt)
	case FormatJSON:
		if err := encodeJSON(&buf, NewDocumentJSON(r)); err != nil {
			return err
		}
	default:
		return unknownFormat(format)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	return nil
}

// WriteArticle renders the single-article view of a (used by `parallax
// article ID`): the whole text, every metadata field, the paragraphs removed
// as boilerplate and the extra fields. opt.Full is ignored: the view is
// always complete. In JSON it writes one ArticleJSON object. An unknown
// format or a nil article is an *parallax.Error with code EINVALID.
func WriteArticle(w io.Writer, format string, a *parallax.Article, opt Options) error {
	if a == nil {
		return parallax.Errorf(parallax.EINVALID, "no article to write")
	}
	var buf bytes.Buffer
	switch format {
	case FormatText:
		writeTextArticle(&buf, a, opt)
	case FormatMarkdown:
		writeMarkdownArticle(&buf, a)
	case FormatJSON:
		if err := encodeJSON(&buf, NewArticleJSON(a)); err != nil {
			return err
		}
	default:
		return unknownFormat(format)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("write article: %w", err)
	}
	return nil
}

func unknownFormat(format string) error {
	return parallax.Errorf(parallax.EINVALID, "unknown report format %q (want %s)",
		format, strings.Join(Formats(), ", "))
}

// width returns the effective wrap width.
func (o Options) width() int {
	switch {
	case o.Width <= 0:
		return DefaultWidth
	case o.Width < MinWidth:
		return MinWidth
	default:
		return o.Width
	}
}
