package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// blockTags start a new paragraph. Extracted content comes back as a small
// HTML tree (p, h1–h6, li, blockquote, table rows …); each of these is one
// paragraph of the article text, inline markup runs on inside it. The
// tag maps are keyed by name, not atom: the libraries build their result
// trees by hand, with no DataAtom set.
var blockTags = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true,
	"br": true, "dd": true, "details": true, "div": true, "dl": true,
	"dt": true, "figcaption": true, "figure": true, "footer": true,
	"form": true, "h1": true, "h2": true, "h3": true, "h4": true,
	"h5": true, "h6": true, "header": true, "hr": true, "li": true,
	"main": true, "ol": true, "p": true, "pre": true, "section": true,
	"table": true, "tbody": true, "thead": true, "tfoot": true,
	"tr": true, "ul": true, "body": true, "html": true,
}

// cellTags are table cells: kept on their row's line, set apart by a space.
var cellTags = map[string]bool{"td": true, "th": true}

// skipTags never hold article text.
var skipTags = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true,
	"head": true, "svg": true, "math": true, "iframe": true,
	"button": true, "select": true, "textarea": true,
}

// paragraphs renders the text of n as paragraphs, one per block element.
// White space is collapsed later by joinParagraphs.
func paragraphs(n *html.Node) []string {
	if n == nil {
		return nil
	}
	var r paraRenderer
	r.walk(n)
	r.flush()
	return r.out
}

type paraRenderer struct {
	cur strings.Builder
	out []string
}

func (r *paraRenderer) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		r.cur.WriteString(n.Data)
		return
	case html.ElementNode:
		if skipTags[n.Data] || n.Namespace != "" {
			return
		}
	case html.DocumentNode:
	default:
		return
	}

	block := blockTags[n.Data]
	if block {
		r.flush()
	} else if cellTags[n.Data] {
		r.cur.WriteByte(' ')
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.walk(c)
	}
	if block {
		r.flush()
	}
}

// flush ends the current paragraph, if it holds anything but white space.
func (r *paraRenderer) flush() {
	if strings.TrimSpace(r.cur.String()) != "" {
		r.out = append(r.out, r.cur.String())
	}
	r.cur.Reset()
}
