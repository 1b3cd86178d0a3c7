package extract_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/extract"
	"github.com/parallax-news/parallax/internal/textclean"
)

// expectation is a testdata/<page>/expected.json. Absent fields are not
// checked; present ones must match exactly ("" included).
type expectation struct {
	Meta *struct {
		URL string `json:"url"`
	} `json:"meta"`
	Error         string   `json:"error"`
	Title         *string  `json:"title"`
	Author        *string  `json:"author"`
	Outlet        *string  `json:"outlet"`
	Published     *string  `json:"published"` // RFC 3339, "" for none
	PublishedFrom *string  `json:"publishedFrom"`
	Language      *string  `json:"language"`
	URL           *string  `json:"url"`
	Contains      []string `json:"contains"` // whole paragraphs of the body
	Excludes      []string `json:"excludes"` // text that must not be in the body
}

// TestExtractPages runs every page under testdata against its
// expected.json.
func TestExtractPages(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join("testdata", "*", "source.html"))
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no test pages found: %v", err)
	}
	ex := extract.New(extract.Options{})
	for _, src := range dirs {
		dir := filepath.Dir(src)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			body := readFile(t, src)
			var want expectation
			if err := json.Unmarshal(readFile(t, filepath.Join(dir, "expected.json")), &want); err != nil {
				t.Fatalf("parse expected.json: %v", err)
			}
			doc := parallax.Document{Source: src, Format: parallax.FormatHTML, Body: body}
			if want.Meta != nil {
				doc.Meta.URL = want.Meta.URL
			}

			a, err := ex.Extract(doc)
			if want.Error != "" {
				if got := parallax.ErrorCode(err); got != want.Error {
					t.Fatalf("Extract error code = %q (%v), want %q", got, err, want.Error)
				}
				return
			}
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			checkArticle(t, a, want)
		})
	}
}

func checkArticle(t *testing.T, a *parallax.Article, want expectation) {
	t.Helper()
	checkField(t, "Title", a.Title, want.Title)
	checkField(t, "Author", a.Author, want.Author)
	checkField(t, "Outlet", a.Outlet, want.Outlet)
	checkField(t, "PublishedFrom", a.PublishedFrom, want.PublishedFrom)
	checkField(t, "Language", a.Language, want.Language)
	checkField(t, "URL", a.URL, want.URL)
	if want.Published != nil {
		checkTime(t, a.Published, *want.Published)
	}

	paras := make(map[string]bool)
	for _, p := range strings.Split(a.Text, "\n\n") {
		paras[p] = true
	}
	for _, p := range want.Contains {
		if !paras[p] {
			t.Errorf("body lacks paragraph %q\nbody:\n%s", p, a.Text)
		}
	}
	for _, s := range want.Excludes {
		if strings.Contains(a.Text, s) {
			t.Errorf("body holds boilerplate %q", s)
		}
	}
	checkFormat(t, a.Text)
}

func checkField(t *testing.T, name, got string, want *string) {
	t.Helper()
	if want != nil && got != *want {
		t.Errorf("%s = %q, want %q", name, got, *want)
	}
}

func checkTime(t *testing.T, got time.Time, want string) {
	t.Helper()
	if want == "" {
		if !got.IsZero() {
			t.Errorf("Published = %v, want none", got)
		}
		return
	}
	w, err := time.Parse(time.RFC3339, want)
	if err != nil {
		t.Fatalf("bad expected time %q: %v", want, err)
	}
	if !got.Equal(w) {
		t.Errorf("Published = %v, want %v", got, w)
	}
}

// checkFormat asserts the Article.Text format: paragraphs separated by
// exactly one blank line, no surrounding or doubled white space, no
// control characters.
func checkFormat(t *testing.T, text string) {
	t.Helper()
	if text != strings.TrimSpace(text) {
		t.Errorf("body has surrounding white space")
	}
	if strings.Contains(text, "\n\n\n") {
		t.Errorf("body has more than one blank line between paragraphs")
	}
	for _, p := range strings.Split(text, "\n\n") {
		if p == "" || strings.Contains(p, "\n") || strings.Contains(p, "  ") || p != strings.TrimSpace(p) {
			t.Errorf("paragraph not normalised: %q", p)
		}
	}
	for _, r := range text {
		if r < 0x20 && r != '\n' || r == 0x7f {
			t.Errorf("body holds control character %U", r)
		}
	}
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	return b
}

// TestExtractMetaWins checks that what the source knows overrides what
// the page says.
func TestExtractMetaWins(t *testing.T) {
	published := time.Date(2024, 3, 15, 6, 0, 0, 0, time.UTC)
	meta := parallax.Meta{
		URL:       "https://feeds.example/item/42",
		Outlet:    "Courier Wire",
		Title:     "Bridge closure confirmed",
		Author:    "Desk Editor",
		Language:  "de",
		Published: published,
	}
	doc := parallax.Document{
		Source: "feed.xml#1",
		Format: parallax.FormatHTML,
		Body:   readFile(t, filepath.Join("testdata", "news-boilerplate", "source.html")),
		Meta:   meta,
	}
	a, err := extract.New(extract.Options{}).Extract(doc)
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	for _, c := range []struct{ name, got, want string }{
		{"Source", a.Source, "feed.xml#1"},
		{"URL", a.URL, meta.URL},
		{"Outlet", a.Outlet, meta.Outlet},
		{"Title", a.Title, meta.Title},
		{"Author", a.Author, meta.Author},
		{"Language", a.Language, meta.Language},
		{"PublishedFrom", a.PublishedFrom, "record"},
	} {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.name, c.got, c.want)
		}
	}
	if !a.Published.Equal(published) {
		t.Errorf("Published = %v, want %v", a.Published, published)
	}
	if a.ID != "" || a.Revision != 0 || a.Sentences != nil {
		t.Errorf("Extract set ID/Revision/Sentences: %q %d %v", a.ID, a.Revision, a.Sentences)
	}
}

// TestExtractReadabilityFallback forces the fallback (no trafilatura
// result is long enough) and checks the body is readability's.
func TestExtractReadabilityFallback(t *testing.T) {
	// On this page readability keeps the figure caption, which trafilatura
	// drops, so the two results can be told apart.
	page := readFile(t, filepath.Join("testdata", "figure-caption", "source.html"))
	const pageURL = "https://www.northcape-gazette.example/keeper"
	const caption = "Agnar Holmfrid on the gallery of the Skerry Point light"
	doc := parallax.Document{Format: parallax.FormatHTML, Body: page, Meta: parallax.Meta{URL: pageURL}}

	normal, err := extract.New(extract.Options{}).Extract(doc)
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	fallback, err := extract.New(extract.Options{MinTextLen: 1 << 20}).Extract(doc)
	if err != nil {
		t.Fatalf("Extract with fallback: %v", err)
	}
	raw, err := extract.Readability(page, pageURL)
	if err != nil {
		t.Fatalf("Readability: %v", err)
	}

	if got, want := words(fallback.Text), words(raw); got != want {
		t.Errorf("fallback body is not readability's:\n got %q\nwant %q", got, want)
	}
	if strings.Contains(normal.Text, caption) || !strings.Contains(fallback.Text, caption) {
		t.Errorf("caption in trafilatura's body: %v, in the fallback's: %v; want false, true",
			strings.Contains(normal.Text, caption), strings.Contains(fallback.Text, caption))
	}
	if !strings.Contains(fallback.Text, "checked by boat once a week") {
		t.Errorf("fallback body lacks the article: %q", fallback.Text)
	}
	checkFormat(t, fallback.Text)
}

func words(s string) string { return strings.Join(strings.Fields(s), " ") }

// TestExtractText checks that plain text goes through textclean and keeps
// the source's metadata.
func TestExtractText(t *testing.T) {
	body := "Ferry timetable changes in Velmora\n\n" +
		"The harbour ferry will run every twenty minutes from the first of May, the operator said on Friday, " +
		"replacing the hourly service that commuters have complained about for years. The change comes as the " +
		"old bridge closes for three months of repairs and thousands of people look for another way across.\n\n" +
		"Passengers with monthly passes will not pay extra while the bridge is closed, and the operator said it " +
		"would add a second boat at peak times if the queues on the pier grew longer than expected during the first week.\n\n" +
		"Cyclists will be allowed to take their bicycles on board free of charge, although the operator warned that " +
		"space on the lower deck is limited and asked riders to travel outside the morning rush where they can.\n\n" +
		"Share this article\n\nRead more: Council votes for new cycle lanes"
	doc := parallax.Document{
		Source: "notes.txt",
		Format: parallax.FormatText,
		Body:   []byte(body),
		Meta:   parallax.Meta{Title: "Ferry timetable", URL: "https://www.harbour-news.example/ferry"},
	}
	a, err := extract.New(extract.Options{}).Extract(doc)
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	clean := textclean.Clean(body)
	if got, want := words(a.Text), words(clean.Body); got != want {
		t.Errorf("Text = %q, want textclean's body %q", got, want)
	}
	if got, want := len(a.Removed), len(clean.Removed); got != want {
		t.Errorf("len(Removed) = %d, want %d", got, want)
	}
	if got, want := a.Title, "Ferry timetable"; got != want {
		t.Errorf("Title = %q, want %q (Meta wins)", got, want)
	}
	if got, want := a.Outlet, "harbour-news.example"; got != want {
		t.Errorf("Outlet = %q, want %q (URL host)", got, want)
	}
	if !strings.Contains(a.Text, "every twenty minutes from the first of May") {
		t.Errorf("Text lost the article: %q", a.Text)
	}
	checkFormat(t, a.Text)
}

// TestExtractErrors covers the inputs that hold no article or no text.
func TestExtractErrors(t *testing.T) {
	for _, tc := range []struct {
		name   string
		format parallax.Format
		body   string
		code   string
	}{
		{"invalid utf-8", parallax.FormatHTML, "<p>caf\xe9 au lait</p>", parallax.EINVALID},
		{"binary", parallax.FormatText, "GIF89a\x00\x01\x02", parallax.EINVALID},
		{"unknown format", "pdf", "%PDF-1.7", parallax.EINVALID},
		{"empty html", parallax.FormatHTML, "", parallax.ENOARTICLE},
		{"empty text", parallax.FormatText, " \n\n \t", parallax.ENOARTICLE},
		{"markup only", parallax.FormatHTML, "<html><body><div><span></span></div></body></html>", parallax.ENOARTICLE},
		{"menu only", parallax.FormatHTML, "<html><body><ul><li><a href=/a>Home</a></li><li><a href=/b>World news</a></li><li><a href=/c>Sport</a></li></ul></body></html>", parallax.ENOARTICLE},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := extract.New(extract.Options{}).Extract(parallax.Document{Format: tc.format, Body: []byte(tc.body)})
			if got := parallax.ErrorCode(err); got != tc.code {
				t.Errorf("error code = %q (%v), want %q", got, err, tc.code)
			}
		})
	}
}

// TestExtractNormalises checks control characters, white space, Unicode
// normalisation and paragraph breaks in an HTML body.
func TestExtractNormalises(t *testing.T) {
	page := "<html><body><article>" +
		"<p>The new cafe\u0301 on Quay\u00a0Street  opened\ton Monday\u0007 morning, its owner said, after a winter of delays.</p>" +
		"<p>Its terrace seats forty people.<br>Dogs are welcome, and the kitchen stays open until late every evening.</p>" +
		"</article></body></html>"
	a, err := extract.New(extract.Options{}).Extract(parallax.Document{Body: []byte(page)})
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	want := "The new caf\u00e9 on Quay Street opened on Monday morning, its owner said, after a winter of delays.\n\n" +
		"Its terrace seats forty people.\n\n" +
		"Dogs are welcome, and the kitchen stays open until late every evening."
	if a.Text != want {
		t.Errorf("Text =\n%q\nwant\n%q", a.Text, want)
	}
}

// TestExtractConcurrent uses one Extractor from several goroutines.
func TestExtractConcurrent(t *testing.T) {
	page := readFile(t, filepath.Join("testdata", "news-boilerplate", "source.html"))
	ex := extract.New(extract.Options{})
	want, err := ex.Extract(parallax.Document{Format: parallax.FormatHTML, Body: page})
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			a, err := ex.Extract(parallax.Document{Format: parallax.FormatHTML, Body: page})
			if err != nil || a.Text != want.Text {
				t.Errorf("concurrent Extract differs (err %v)", err)
			}
		}()
	}
	wg.Wait()
}
