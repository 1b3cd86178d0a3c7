package report_test

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/report"
	"golang.org/x/text/width"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden renders the sample report (and the article and story views)
// in every format and compares with testdata. Run `go test ./report
// -update` after an intended change and review the diff.
func TestGolden(t *testing.T) {
	const (
		sample    = iota
		noStories // the sample as it was before stories: the output must not change
		article   // the single-article view of nordwacht
		story     // the single-story view of the bridge story
	)
	tests := []struct {
		file   string
		format string
		opt    report.Options
		view   int
	}{
		{file: "report.txt", format: report.FormatText},
		{file: "report-color.txt", format: report.FormatText, opt: report.Options{Color: true}},
		{file: "report-full-60.txt", format: report.FormatText, opt: report.Options{Full: true, Width: 60}},
		{file: "report.md", format: report.FormatMarkdown},
		{file: "report-full.md", format: report.FormatMarkdown, opt: report.Options{Full: true}},
		{file: "report.json", format: report.FormatJSON},
		{file: "report-nostories.txt", format: report.FormatText, view: noStories},
		{file: "report-nostories.md", format: report.FormatMarkdown, view: noStories},
		{file: "article.txt", format: report.FormatText, view: article},
		{file: "article.md", format: report.FormatMarkdown, view: article},
		{file: "article.json", format: report.FormatJSON, view: article},
		{file: "story.txt", format: report.FormatText, view: story},
		{file: "story-color.txt", format: report.FormatText, opt: report.Options{Color: true}, view: story},
		{file: "story.md", format: report.FormatMarkdown, view: story},
		{file: "story.json", format: report.FormatJSON, view: story},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			var buf bytes.Buffer
			var err error
			switch tt.view {
			case sample:
				err = report.Write(&buf, tt.format, sampleReport(), tt.opt)
			case noStories:
				err = report.Write(&buf, tt.format, noStoriesReport(), tt.opt)
			case article:
				err = report.WriteArticle(&buf, tt.format, assign(nordwacht())[0], tt.opt)
			case story:
				s, articles, related := storyViewFixture()
				err = report.WriteStory(&buf, tt.format, s, articles, related, tt.opt)
			}
			if err != nil {
				t.Fatal(err)
			}
			checkGolden(t, filepath.Join("testdata", tt.file), buf.Bytes())
		})
	}
}

// storyViewFixture is what `parallax story` shows for the bridge story:
// its articles as the store returns them by id, one of them missing, and
// the related costs story.
func storyViewFixture() (*parallax.Story, []*parallax.Article, []*parallax.Story) {
	ss := stories()
	s := ss[0]
	s.Articles = append(s.Articles, "u1f2e3d4c5b6a")
	return s, assign(herald(), wire(), nordwacht()), ss[1:]
}

func checkGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden file (run with -update to create it): %v", err)
	}
	if bytes.Equal(got, want) {
		return
	}
	gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := 0; i < max(len(gl), len(wl)); i++ {
		var g, w string
		if i < len(gl) {
			g = gl[i]
		}
		if i < len(wl) {
			w = wl[i]
		}
		if g != w {
			t.Fatalf("%s differs at line %d:\ngot:  %q\nwant: %q\n(run with -update if the change is intended)", path, i+1, g, w)
		}
	}
}

func TestUnknownFormat(t *testing.T) {
	for _, format := range []string{"", "xml", "JSON", "md"} {
		t.Run(format, func(t *testing.T) {
			var buf bytes.Buffer
			err := report.Write(&buf, format, sampleReport(), report.Options{})
			if got, want := parallax.ErrorCode(err), parallax.EINVALID; got != want {
				t.Fatalf("Write: ErrorCode=%q, want %q (err %v)", got, want, err)
			}
			err = report.WriteArticle(&buf, format, herald(), report.Options{})
			if got, want := parallax.ErrorCode(err), parallax.EINVALID; got != want {
				t.Fatalf("WriteArticle: ErrorCode=%q, want %q (err %v)", got, want, err)
			}
			if buf.Len() != 0 {
				t.Fatalf("wrote %d bytes for an unknown format", buf.Len())
			}
		})
	}
}

func TestWriteArticleNil(t *testing.T) {
	err := report.WriteArticle(&bytes.Buffer{}, report.FormatText, nil, report.Options{})
	if got, want := parallax.ErrorCode(err), parallax.EINVALID; got != want {
		t.Fatalf("ErrorCode=%q, want %q", got, want)
	}
}

// TestEmptyReport checks that every format copes with a nil or empty report.
func TestEmptyReport(t *testing.T) {
	for _, format := range report.Formats() {
		for _, r := range []*report.Report{nil, {}} {
			var buf bytes.Buffer
			if err := report.Write(&buf, format, r, report.Options{}); err != nil {
				t.Fatalf("%s: %v", format, err)
			}
			if buf.Len() == 0 {
				t.Fatalf("%s: empty output", format)
			}
		}
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteError(t *testing.T) {
	err := report.Write(failingWriter{}, report.FormatText, sampleReport(), report.Options{})
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Fatalf("err=%v, want the writer's error", err)
	}
}

// TestWrap checks that text lines fit the width, except a line holding a
// single word too long for any line (a URL), and that wrapping loses no
// word of the text.
func TestWrap(t *testing.T) {
	for _, cols := range []int{report.MinWidth, 33, 40, 60, 100} {
		var buf bytes.Buffer
		err := report.Write(&buf, report.FormatText, sampleReport(), report.Options{Width: cols, Full: true})
		if err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		wrapped := false
		for _, line := range strings.Split(out, "\n") {
			n := utf8.RuneCountInString(line)
			if n > cols && !oneLongWord(line, cols) {
				t.Errorf("width %d: line of %d columns: %q", cols, n, line)
			}
			if n > cols-10 && n <= cols {
				wrapped = true
			}
		}
		if !wrapped {
			t.Errorf("width %d: no line comes near the width", cols)
		}
		flat := strings.Join(strings.Fields(out), " ")
		for _, a := range sampleReport().Articles {
			for _, p := range strings.Split(a.Text, "\n\n") {
				if !strings.Contains(flat, p) {
					t.Errorf("width %d: paragraph lost or altered: %q", cols, p)
				}
			}
		}
	}
}

// oneLongWord reports whether line is a word too long for any line at its
// indent, perhaps after a list marker such as "✗". The deepest indent is 7
// columns: an article under a story, "1. [4] ".
func oneLongWord(line string, cols int) bool {
	f := strings.Fields(line)
	return len(f) > 0 && len(f) <= 2 && utf8.RuneCountInString(f[len(f)-1]) > cols-8
}

func TestWrapDefaultWidth(t *testing.T) {
	var buf bytes.Buffer
	if err := report.Write(&buf, report.FormatText, sampleReport(), report.Options{}); err != nil {
		t.Fatal(err)
	}
	longest := 0
	for _, line := range strings.Split(buf.String(), "\n") {
		if strings.Contains(strings.TrimSpace(line), " ") {
			longest = max(longest, utf8.RuneCountInString(line))
		}
	}
	if longest > report.DefaultWidth || longest < report.DefaultWidth-10 {
		t.Fatalf("longest line=%d columns, want close to %d", longest, report.DefaultWidth)
	}
}

// TestWrapWide checks Japanese text, which has no spaces and two-column
// characters: lines fit and never start with closing punctuation.
func TestWrapWide(t *testing.T) {
	a := &parallax.Article{
		ID:       "jp1",
		Title:    "港の橋、二年ぶりに再開通",
		Outlet:   "架空新報",
		Language: "ja",
		Text:     "架空の町ケルマーの港湾橋は月曜日の朝、当初の予定より十一か月遅れた改修工事を終えて再び開通した。市の交通局によると、午前六時にバスの運行が再開され、その後まもなく最初の自転車が通行を許された。",
	}
	const cols = 30
	var buf bytes.Buffer
	if err := report.WriteArticle(&buf, report.FormatText, a, report.Options{Width: cols}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(buf.String(), "\n"), "\n")
	if len(lines) < 6 {
		t.Fatalf("got %d lines, want the text wrapped over several:\n%s", len(lines), buf.String())
	}
	for _, line := range lines {
		if got := columns(line); got > cols {
			t.Errorf("line of %d columns > %d: %q", got, cols, line)
		}
		if strings.HasPrefix(line, "。") || strings.HasPrefix(line, "、") {
			t.Errorf("line starts with closing punctuation: %q", line)
		}
	}
	if flat := strings.Join(strings.Fields(buf.String()), ""); !strings.Contains(flat, a.Text) {
		t.Errorf("text lost or altered in:\n%s", buf.String())
	}
}

func columns(s string) int {
	n := 0
	for _, r := range s {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}

// TestColor checks that escape codes appear only when asked for.
func TestColor(t *testing.T) {
	for _, format := range report.Formats() {
		for _, color := range []bool{false, true} {
			var buf bytes.Buffer
			if err := report.Write(&buf, format, sampleReport(), report.Options{Color: color}); err != nil {
				t.Fatal(err)
			}
			// Only the terminal format is ever styled.
			want := color && format == report.FormatText
			if got := strings.Contains(buf.String(), "\x1b["); got != want {
				t.Errorf("%s, Color=%v: has escape codes=%v, want %v", format, color, got, want)
			}
			buf.Reset()
			if err := report.WriteArticle(&buf, format, nordwacht(), report.Options{Color: color}); err != nil {
				t.Fatal(err)
			}
			if got := strings.Contains(buf.String(), "\x1b["); got != want {
				t.Errorf("article %s, Color=%v: has escape codes=%v, want %v", format, color, got, want)
			}
			buf.Reset()
			st, articles, related := storyViewFixture()
			if err := report.WriteStory(&buf, format, st, articles, related, report.Options{Color: color}); err != nil {
				t.Fatal(err)
			}
			if got := strings.Contains(buf.String(), "\x1b["); got != want {
				t.Errorf("story %s, Color=%v: has escape codes=%v, want %v", format, color, got, want)
			}
		}
	}
}

// TestExcerpt checks the lead excerpt: the first paragraphs, cut at a
// sentence end, with a count of what is left out; Full shows all.
func TestExcerpt(t *testing.T) {
	a := herald()
	paras := strings.Split(a.Text, "\n\n")
	r := &report.Report{Articles: []*parallax.Article{a}}
	flat := func(opt report.Options, format string) string {
		var buf bytes.Buffer
		if err := report.Write(&buf, format, r, opt); err != nil {
			t.Fatal(err)
		}
		return strings.Join(strings.Fields(buf.String()), " ")
	}
	for _, format := range []string{report.FormatText, report.FormatMarkdown} {
		short := flat(report.Options{}, format)
		secondCut := "Officials said the work replaced 214 steel cables and the whole deck surface. The final bill came to 38.5 million crowns, well above the 27 million approved by the council in 2017. …"
		for _, want := range []string{paras[0], secondCut, "(3 more paragraphs)"} {
			if !strings.Contains(short, want) {
				t.Errorf("%s excerpt lacks %q:\n%s", format, want, short)
			}
		}
		for _, absent := range []string{"Deputy mayor", "Residents", "Ferry"} {
			if strings.Contains(short, absent) {
				t.Errorf("%s excerpt holds %q, beyond the lead", format, absent)
			}
		}
		full := flat(report.Options{Full: true}, format)
		if !strings.Contains(full, paras[4]) || strings.Contains(full, "more paragraph") {
			t.Errorf("%s with Full: not the whole text:\n%s", format, full)
		}
	}
}

// TestDates checks how times are shown: a date alone at midnight, else
// with the time and zone; "date unknown" when zero.
func TestDates(t *testing.T) {
	tests := []struct {
		published time.Time
		want      string
	}{
		{time.Time{}, "date unknown"},
		{time.Date(2019, 10, 21, 0, 0, 0, 0, time.UTC), "2019-10-21 · en"},
		{time.Date(2019, 10, 21, 9, 30, 0, 0, time.UTC), "2019-10-21 09:30 UTC · en"},
		{time.Date(2019, 10, 21, 14, 5, 0, 0, time.FixedZone("", 2*3600)), "2019-10-21 14:05 UTC+02:00"},
		{time.Date(2019, 10, 21, 14, 5, 0, 0, time.FixedZone("", -(3*3600+1800))), "2019-10-21 14:05 UTC-03:30"},
		{time.Date(2019, 10, 21, 14, 5, 0, 0, time.FixedZone("CEST", 2*3600)), "2019-10-21 14:05 CEST"},
	}
	for _, tt := range tests {
		a := &parallax.Article{Title: "T", Outlet: "O", Language: "en", Text: "x", Published: tt.published}
		var buf bytes.Buffer
		if err := report.WriteArticle(&buf, report.FormatText, a, report.Options{Width: 200}); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(buf.String(), "O · "+tt.want) {
			t.Errorf("Published=%v: got\n%s\nwant it to hold %q", tt.published, buf.String(), tt.want)
		}
	}
}

// TestMarkdownEscape checks that titles and paragraphs from the web render
// as text, not markup.
func TestMarkdownEscape(t *testing.T) {
	tests := []struct {
		title, text        string
		wantTitle, wantPar string
	}{
		{"*Exclusive*: costs [update]", "Plain words.", `# \*Exclusive\*: costs \[update\]`, "Plain words."},
		{"Bridge #2 <b>bold</b>", "1. Cable work", `# Bridge \#2 \<b\>bold\</b\>`, `1\. Cable work`},
		{"snake_case and `code`", "- a dash", "# snake\\_case and \\`code\\`", `\- a dash`},
		{"a | b ~~c~~", "2019 was the year", `# a \| b \~\~c\~\~`, "2019 was the year"},
		{"back\\slash", "+ plus and 12) item", `# back\\slash`, `\+ plus and 12) item`},
		{"Plain", "12) item", "# Plain", `12\) item`},
		{"Plain", "= equals", "# Plain", `\= equals`},
	}
	for _, tt := range tests {
		a := &parallax.Article{Title: tt.title, Text: tt.text}
		var buf bytes.Buffer
		if err := report.WriteArticle(&buf, report.FormatMarkdown, a, report.Options{}); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(buf.String(), "\n")
		if got := lines[0]; got != tt.wantTitle {
			t.Errorf("title %q: got %q, want %q", tt.title, got, tt.wantTitle)
		}
		found := false
		for _, l := range lines {
			found = found || l == tt.wantPar
		}
		if !found {
			t.Errorf("text %q: no line %q in\n%s", tt.text, tt.wantPar, buf.String())
		}
	}
}

// TestControlCharacters checks that escape sequences inside text from the
// web never reach the output of the human-readable formats.
func TestControlCharacters(t *testing.T) {
	a := &parallax.Article{
		ID:     "c1",
		Source: "evil.html",
		Title:  "Bridge\x1b[2J reopens",
		Outlet: "Evil\x07 Times",
		Text:   "The bridge \x1b]0;owned\x07reopened.\n\nSecond\x00 paragraph.",
	}
	a.Story, a.DuplicateOf = "s\x1b[31m1", "orig\x07"
	st := &parallax.Story{ID: "s\x1b[31m1", Title: "Bridge\x1b[2J reopens", Articles: []string{"c1", "gone\x1b[0m"},
		Outlets: []string{"Evil\x07 Times"}, Related: []string{"\x1b]0;x\x07"}}
	r := &report.Report{Articles: []*parallax.Article{a}, Stories: []*parallax.Story{st}}
	for _, format := range []string{report.FormatText, report.FormatMarkdown} {
		var buf bytes.Buffer
		if err := report.Write(&buf, format, r, report.Options{Full: true}); err != nil {
			t.Fatal(err)
		}
		if err := report.WriteArticle(&buf, format, a, report.Options{}); err != nil {
			t.Fatal(err)
		}
		if err := report.WriteStory(&buf, format, st, r.Articles, r.Stories, report.Options{}); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		if strings.ContainsAny(out, "\x1b\x07\x00") {
			t.Errorf("%s: control characters in output:\n%q", format, out)
		}
		for _, want := range []string{"2J reopens", "ownedreopened.", "Second paragraph."} {
			if !strings.Contains(out, want) {
				t.Errorf("%s: no %q in\n%s", format, want, out)
			}
		}
	}
}

// TestExcerptCut checks where a paragraph too long for the lead is cut:
// at a word when no sentence end fits, and anywhere in a script written
// without spaces.
func TestExcerptCut(t *testing.T) {
	var words []string
	for i := range 200 {
		words = append(words, fmt.Sprintf("w%03d", i))
	}
	english := strings.Join(words, " ") + "."
	japanese := strings.Repeat("橋が再開通した", 120)
	tests := []struct {
		name      string
		text      string
		sentences []parallax.Span
		wantRunes int // runes of the excerpt before " …"
	}{
		{"no sentences", english, nil, 599},                                                 // 120 words of 4 runes and 119 spaces
		{"one long sentence", english, []parallax.Span{{Start: 0, End: len(english)}}, 599}, // no sentence end fits
		{"no spaces", japanese, nil, 600},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &parallax.Article{Title: "T", Text: tt.text, Sentences: tt.sentences}
			var buf bytes.Buffer
			if err := report.Write(&buf, report.FormatMarkdown, &report.Report{Articles: []*parallax.Article{a}}, report.Options{}); err != nil {
				t.Fatal(err)
			}
			var quote string
			for _, line := range strings.Split(buf.String(), "\n") {
				if strings.HasPrefix(line, "> ") {
					quote = strings.TrimPrefix(line, "> ")
				}
			}
			shown, ok := strings.CutSuffix(quote, " …")
			if !ok {
				t.Fatalf("excerpt %q does not end in \" …\"", quote)
			}
			if !strings.HasPrefix(tt.text, shown) {
				t.Fatalf("excerpt %q is not a prefix of the text", shown)
			}
			if got := utf8.RuneCountInString(shown); got != tt.wantRunes {
				t.Errorf("excerpt of %d runes, want %d", got, tt.wantRunes)
			}
		})
	}
}

// TestExcerptKicker checks that short paragraphs (a kicker) do not use up
// the lead and that a paragraph repeating the title is left out of it.
func TestExcerptKicker(t *testing.T) {
	long := func(n int) string {
		return fmt.Sprintf("Paragraph %d tells the story at some length, with enough words to count as running text rather than a heading.", n)
	}
	a := &parallax.Article{
		Title: "Troops to come home",
		Text:  strings.Join([]string{"Defence", "Troops to come home", long(1), long(2), long(3)}, "\n\n"),
	}
	var buf bytes.Buffer
	if err := report.Write(&buf, report.FormatText, &report.Report{Articles: []*parallax.Article{a}}, report.Options{Width: 200}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{"   Defence\n", long(1), long(2), "(1 more paragraph)"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in\n%s", want, out)
		}
	}
	if got := strings.Count(out, "Troops to come home"); got != 1 {
		t.Errorf("title appears %d times, want once (as the heading):\n%s", got, out)
	}
	if strings.Contains(out, long(3)) {
		t.Errorf("third long paragraph shown in the lead:\n%s", out)
	}
}

func TestSummary(t *testing.T) {
	known := &parallax.Article{ID: "a", Outlet: "Harbour Times", Text: "x"}
	other := &parallax.Article{ID: "b", Outlet: "Nordwacht", Text: "x"}
	unknown := &parallax.Article{ID: "c", Text: "x"}
	failed := &parallax.InputError{Source: "x.html", Err: parallax.Errorf(parallax.ENOARTICLE, "no article text found")}
	tests := []struct {
		r    *report.Report
		want string
	}{
		{&report.Report{}, "0 articles\n"},
		{&report.Report{Articles: []*parallax.Article{known}}, "1 article from 1 outlet\n"},
		{&report.Report{Articles: []*parallax.Article{known, known, other, unknown}}, "4 articles from 2 outlets\n"},
		{&report.Report{Articles: []*parallax.Article{unknown, unknown}}, "2 articles\n"},
		{&report.Report{Failures: []*parallax.InputError{failed}}, "0 articles · 1 input failed\n"},
		{&report.Report{Generated: generated, Articles: []*parallax.Article{known}, Failures: []*parallax.InputError{failed, failed}},
			"1 article from 1 outlet · 2 inputs failed · generated 2019-10-22 08:30 UTC\n"},
	}
	for _, tt := range tests {
		var buf bytes.Buffer
		if err := report.Write(&buf, report.FormatText, tt.r, report.Options{Width: 200}); err != nil {
			t.Fatal(err)
		}
		if got := strings.SplitAfterN(buf.String(), "\n", 3)[1]; got != tt.want {
			t.Errorf("summary=%q, want %q", got, tt.want)
		}
	}
}
