package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// pruneTags hold no article text and no metadata, and every extractor
// drops them first. Dropping them once, right after parsing, keeps them out
// of the trees trafilatura clones three times and searches over and over
// (on AEB a few per cent fewer bytes allocated).
var pruneTags = map[string]bool{
	"script": true, "style": true, "svg": true, "noscript": true,
}

// prune removes comments and pruneTags elements from the tree under n,
// keeping JSON-LD scripts, which carry metadata (and sometimes the body).
func prune(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if droppable(c) {
			n.RemoveChild(c)
		} else if c.FirstChild != nil {
			prune(c)
		}
		c = next
	}
}

func droppable(n *html.Node) bool {
	switch n.Type {
	case html.CommentNode:
		return true
	case html.ElementNode:
		if !pruneTags[n.Data] {
			return false
		}
		return n.Data != "script" || !isJSONLD(n)
	}
	return false
}

func isJSONLD(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key == "type" {
			return strings.EqualFold(strings.TrimSpace(a.Val), "application/ld+json")
		}
	}
	return false
}
