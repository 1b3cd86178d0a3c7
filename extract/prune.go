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

// prune removes comments, pruneTags elements and boilerplate containers
// (see boilerplateBlock) from the tree under n, keeping JSON-LD scripts,
// which carry metadata (and sometimes the body).
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
		if pruneTags[n.Data] {
			return n.Data != "script" || !isJSONLD(n)
		}
		return boilerplateBlock(n)
	}
	return false
}

// containerTags are the elements a boilerplate block comes in. Inline
// elements and the article's own paragraphs are never judged by class.
var containerTags = map[string]bool{
	"div": true, "section": true, "aside": true, "ol": true, "ul": true,
	"form": true, "footer": true, "iframe": true,
}

// boilerplateBlock says whether n is a container that, by its class or id,
// holds reader comments, or is a short advertisement, paywall or
// subscription prompt. Trafilatura drops comment sections only in its
// precision mode, which loses article text elsewhere, and keeps ad labels
// and meter notices that sit inside the article's container. These naming
// conventions are shared by the CMSs and comment systems news sites run
// on, not by one site. Sites also wrap the whole metered body in a
// "paywall" or "meteredContent" block, so prompts count only while short.
func boilerplateBlock(n *html.Node) bool {
	if !containerTags[n.Data] {
		return false
	}
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		for _, tok := range strings.Fields(strings.ToLower(a.Val)) {
			switch classify(tok) {
			case comments:
				return true
			case prompt:
				return textLen(n, maxPromptLen) < maxPromptLen
			}
		}
	}
	return false
}

// maxPromptLen is the most text, in bytes, an ad label, meter notice or
// newsletter box holds; a longer block is taken to wrap the article.
const maxPromptLen = 400

type blockKind int

const (
	other blockKind = iota
	comments
	prompt
)

func classify(tok string) blockKind {
	switch {
	case strings.Contains(tok, "commentary"): // opinion pieces, not reader comments
		return other
	case commentToken(tok), strings.Contains(tok, "disqus"),
		tok == "respond", tok == "discussion":
		return comments
	case tok == "ad", tok == "ads", strings.HasPrefix(tok, "ad-"), strings.HasPrefix(tok, "ads-"),
		strings.HasPrefix(tok, "advert"), strings.Contains(tok, "-ad-"), strings.HasSuffix(tok, "-ad"),
		strings.HasPrefix(tok, "gpt-ad"),
		strings.Contains(tok, "paywall"), strings.Contains(tok, "regwall"),
		strings.HasPrefix(tok, "meter"), strings.Contains(tok, "newsletter"):
		return prompt
	}
	return other
}

// commentParts are the words that, after "comment(s)-", name a block of
// reader comments ("comments-area", "comment-list") rather than a state
// of the page ("comments-open", WordPress's class on the article itself).
var commentParts = map[string]bool{
	"list": true, "area": true, "section": true, "container": true, "wrapper": true,
	"wrap": true, "thread": true, "threads": true, "block": true, "box": true,
	"form": true, "respond": true, "widget": true, "module": true, "holder": true,
	"content": true, "panel": true, "stream": true, "root": true, "app": true,
}

// commentToken says whether a class or id token names a reader-comment
// block: "comments", "comment-list", "article__comments", "user_comments".
func commentToken(tok string) bool {
	tok = strings.NewReplacer("_", "-").Replace(tok)
	for _, stem := range []string{"comments", "comment"} {
		switch {
		case tok == stem, strings.HasSuffix(tok, "-"+stem):
			return true
		case strings.HasPrefix(tok, stem+"-"):
			return commentParts[strings.TrimPrefix(tok, stem+"-")]
		}
	}
	return false
}

// textLen counts the bytes of text under n, stopping once it reaches max.
func textLen(n *html.Node, max int) int {
	total := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && total < max; c = c.NextSibling {
			if c.Type == html.TextNode {
				total += len(strings.TrimSpace(c.Data))
			} else {
				walk(c)
			}
		}
	}
	walk(n)
	return total
}

func isJSONLD(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key == "type" {
			return strings.EqualFold(strings.TrimSpace(a.Val), "application/ld+json")
		}
	}
	return false
}
