package extract

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/internal/language"
)

// trafilaturaOptions are the go-trafilatura settings for the article body.
var trafilaturaOptions = trafilatura.Options{
	ExcludeComments: true, // reader comments are not the article
	Deduplicate:     true, // repeated blocks (teasers, pull quotes) once only
	// FavorRecall scored best on AEB (F1 0.963 against 0.961 balanced and
	// 0.951 FavorPrecision, before dropHeadline) at the same speed, with
	// higher precision too.
	Focus: trafilatura.FavorRecall,
	// Trafilatura's own fallback (it runs readability and dom-distiller and
	// compares) scored lower on AEB than trafilatura alone plus readability
	// only when the body is short (F1 0.953 against 0.965), at 133 against
	// 169 pages/s on one core.
	EnableFallback: false,
	// Dates come from pageDate, which reads metadata only; go-htmldate
	// also scans running text and drops the time of day.
	HtmlDateMode: trafilatura.Disabled,
}

// extractHTML extracts the article from a web page: trafilatura first,
// readability when trafilatura finds too little. The page is parsed once;
// both libraries work on the parsed tree.
func (e *Extractor) extractHTML(doc parallax.Document) (*parallax.Article, error) {
	root, err := html.Parse(bytes.NewReader(doc.Body))
	if err != nil {
		return nil, parallax.Errorf(parallax.EINVALID, "parse html: %v", err)
	}
	prune(root)
	pageURL := parseURL(doc.Meta.URL)
	a := &parallax.Article{}

	// Trafilatura keeps the tree as it was (it works on clones), so the
	// fallback below can still use it.
	opts := trafilaturaOptions
	opts.OriginalURL = pageURL
	res, terr := trafilatura.ExtractDocument(root, opts)
	if terr == nil {
		a.Text = joinParagraphs(paragraphs(res.ContentNode))
		setPageMeta(a, res.Metadata)
	}
	if t := pageDate(root); !t.IsZero() {
		a.Published, a.PublishedFrom = t, "metadata"
	}
	// Provisional: applyMeta prefers the language detected in the body.
	a.Language = declaredLanguage(root)

	if utf8.RuneCountInString(a.Text) < e.minTextLen {
		e.readabilityFallback(a, root, pageURL)
	}
	a.Text = dropHeadline(a.Text, a.Title, doc.Meta.Title)
	if !hasProse(a.Text) {
		// What is left is menus, link lists or a notice: when a page has
		// no article the libraries still return whatever text they found.
		a.Text = ""
	}
	return a, nil
}

// dropHeadline removes a first paragraph that repeats the title: the
// title is a field of its own, as in textclean's results, and a headline
// in the body would read as the article's first sentence. On AEB this
// raises precision from 0.948 to 0.953 at the same recall.
func dropHeadline(text string, titles ...string) string {
	// A section label ("Defence", "World news") often sits above the
	// headline: skip up to two short lines before looking for it.
	rest := text
	for range maxKickers + 1 {
		first, after, ok := strings.Cut(rest, "\n\n")
		if !ok {
			return text
		}
		for _, t := range titles {
			if t != "" && strings.EqualFold(first, normalizeLine(t)) {
				return after
			}
		}
		if utf8.RuneCountInString(first) > maxKickerLen || strings.ContainsAny(first, ".!?") {
			return text
		}
		rest = after
	}
	return text
}

// A kicker is a section label above a headline: at most maxKickers of
// them, each at most maxKickerLen characters with no sentence end.
const (
	maxKickers   = 2
	maxKickerLen = 40
)

// minProseLen is the length, in characters, of the shortest paragraph
// that counts as article prose.
const minProseLen = 80

// hasProse reports whether text holds at least one paragraph that reads
// like prose: long enough and with a sentence end in it. Navigation, link
// lists and headings rarely have both.
func hasProse(text string) bool {
	for p := range strings.SplitSeq(text, "\n\n") {
		if utf8.RuneCountInString(p) >= minProseLen && strings.ContainsAny(p, ".!?。！？…") {
			return true
		}
	}
	return false
}

// readabilityFallback replaces a's body with readability's when that is
// longer, and fills metadata trafilatura could not give. It may change
// root.
func (e *Extractor) readabilityFallback(a *parallax.Article, root *html.Node, pageURL *url.URL) {
	parser := readability.NewParser()
	art, err := parser.ParseAndMutate(root, pageURL)
	if err != nil || art.Node == nil {
		return
	}
	text := joinParagraphs(paragraphs(art.Node))
	if utf8.RuneCountInString(text) <= utf8.RuneCountInString(a.Text) {
		return
	}
	a.Text = text
	fill(&a.Title, normalizeLine(art.Title()))
	fill(&a.Author, normalizeLine(art.Byline()))
	fill(&a.Outlet, normalizeLine(art.SiteName()))
	if a.Published.IsZero() {
		if t, err := art.PublishedTime(); err == nil && !t.IsZero() {
			a.Published, a.PublishedFrom = t, "metadata"
		}
	}
}

// setPageMeta copies what trafilatura read from the page's metadata.
func setPageMeta(a *parallax.Article, m trafilatura.Metadata) {
	a.Title = normalizeLine(m.Title)
	a.Author = normalizeLine(m.Author)
	a.Outlet = normalizeLine(m.Sitename)
	a.URL = m.URL
}

func fill(dst *string, v string) {
	if *dst == "" {
		*dst = v
	}
}

// declaredLanguage returns the two-letter language the page declares on
// its html element, or "".
func declaredLanguage(root *html.Node) string {
	for n := root.FirstChild; n != nil; n = n.NextSibling {
		if n.Type != html.ElementNode || n.DataAtom != atom.Html {
			continue
		}
		for _, at := range n.Attr {
			if at.Key == "lang" || at.Key == "xml:lang" {
				return language.Code(at.Val)
			}
		}
	}
	return ""
}

// parseURL returns the URL, or nil when there is none or it is not
// absolute.
func parseURL(raw string) *url.URL {
	if raw == "" {
		return nil
	}
	u, err := url.Parse(raw)
	if err != nil || !u.IsAbs() {
		return nil
	}
	return u
}

// Trafilatura is the go-trafilatura baseline: the library as its README
// shows it (Extract on the raw page), with comments excluded and its own
// readability/dom-distiller fallback on, as the go-trafilatura command line
// runs by default. It returns the library's plain-text output unchanged.
func Trafilatura(page []byte, pageURL string) (string, error) {
	res, err := trafilatura.Extract(bytes.NewReader(page), trafilatura.Options{
		OriginalURL:     parseURL(pageURL),
		EnableFallback:  true,
		ExcludeComments: true,
	})
	if err != nil {
		return "", fmt.Errorf("trafilatura: %w", err)
	}
	return res.ContentText, nil
}

// Readability is the readeck go-readability baseline: the library as its
// README shows it (FromReader on the raw page, default parser), rendered
// as text with its own RenderText.
func Readability(page []byte, pageURL string) (string, error) {
	art, err := readability.FromReader(bytes.NewReader(page), parseURL(pageURL))
	if err != nil {
		return "", fmt.Errorf("readability: %w", err)
	}
	var b strings.Builder
	if err := art.RenderText(&b); err != nil {
		return "", fmt.Errorf("readability: %w", err)
	}
	return b.String(), nil
}
