package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockTags start a new paragraph. Extracted content comes back as a small
// HTML tree (p, h1–h6, li, blockquote, table rows …); each of these is one
// paragraph of the article text, inline markup runs on inside it.
var blockTags = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Br: true, atom.Dd: true, atom.Details: true, atom.Div: true, atom.Dl: true,
	atom.Dt: true, atom.Figcaption: true, atom.Figure: true, atom.Footer: true,
	atom.Form: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Header: true, atom.Hr: true, atom.Li: true,
	atom.Main: true, atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true,
	atom.Table: true, atom.Tbody: true, atom.Thead: true, atom.Tfoot: true,
	atom.Tr: true, atom.Ul: true, atom.Body: true, atom.Html: true,
}

// cellTags are table cells: kept on their row's line, set apart by a space.
var cellTags = map[atom.Atom]bool{atom.Td: true, atom.Th: true}

// skipTags never hold article text.
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Head: true, atom.Svg: true, atom.Math: true, atom.Iframe: true,
	atom.Button: true, atom.Select: true, atom.Textarea: true,
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
		if skipTags[n.DataAtom] || n.Namespace != "" {
			return
		}
	case html.DocumentNode:
	default:
		return
	}

	block := blockTags[n.DataAtom]
	if block {
		r.flush()
	} else if cellTags[n.DataAtom] {
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
