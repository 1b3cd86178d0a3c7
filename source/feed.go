package source

import (
	"bytes"
	"context"
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"
	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/internal/language"
)

// substantialContent is how many characters of text a feed item must carry
// for its content to stand in for the article page.
const substantialContent = 500

// parseFeed parses an RSS, Atom or JSON feed.
func parseFeed(body []byte) (*gofeed.Feed, error) {
	return gofeed.NewParser().Parse(bytes.NewReader(body))
}

// feedFile reads the items of a feed saved as a file.
func (r *reader) feedFile(ctx context.Context, src string, body []byte, out emitFunc) bool {
	feed, err := parseFeed(body)
	if err != nil {
		return out(fail(src, parallax.Errorf(parallax.EINVALID, "invalid feed: %v", err)))
	}
	return r.feedItems(ctx, src, feed, "", false, out)
}

// feedItems yields one document per item of feed, in feed order, fetching
// the items' pages concurrently. remote says the feed itself was fetched,
// from base.
func (r *reader) feedItems(ctx context.Context, src string, feed *gofeed.Feed, base string, remote bool, out emitFunc) bool {
	if len(feed.Items) == 0 {
		return out(fail(src, parallax.Errorf(parallax.EINVALID, "feed has no items")))
	}
	if base == "" {
		base = feed.Link // a saved feed's links resolve against its site
	}
	return ordered(ctx, len(feed.Items), r.window(),
		func(ctx context.Context, i int) Result {
			return r.feedItem(ctx, fmt.Sprintf("%s#%d", src, i+1), feed, feed.Items[i], base, remote)
		}, out)
}

// feedItem makes the document of one feed item. The linked page is the
// article and is preferred; the item's own content stands in when there is
// no page to fetch or fetching it fails. A saved feed whose item carries
// the whole article is not fetched at all.
func (r *reader) feedItem(ctx context.Context, src string, feed *gofeed.Feed, item *gofeed.Item, base string, remote bool) Result {
	link := resolveLink(item.Link, base)
	content, substantial := itemContent(item)
	fromContent := func() Result {
		doc := parallax.Document{Source: src, Format: parallax.FormatHTML, Body: []byte(strings.ToValidUTF8(content, "\uFFFD")), Meta: itemMeta(feed, item, link)}
		// With no page to read the outlet from, the feed's title is the
		// best name for it.
		doc.Meta.Outlet = strings.TrimSpace(feed.Title)
		return Result{Doc: doc}
	}
	if !remote && substantial {
		return fromContent()
	}
	if !isURL(link) {
		if content != "" {
			return fromContent()
		}
		return fail(src, parallax.Errorf(parallax.EINVALID, "feed item has no link and no content"))
	}
	f, err := r.fetch.get(ctx, link)
	if err == nil {
		var doc parallax.Document
		if doc, err = pageDocument(src, f); err == nil {
			meta := itemMeta(feed, item, f.url)
			doc.Meta = meta
			return Result{Doc: doc}
		}
	}
	if content != "" && ctx.Err() == nil {
		return fromContent()
	}
	return fail(src, parallax.Errorf(parallax.ErrorCode(err), "%s: %s", link, parallax.ErrorMessage(err)))
}

// itemContent returns the HTML an item carries that can stand in for its
// page: content:encoded (Atom content) when present, otherwise a
// description long enough to be more than a teaser. substantial says it is
// long enough to skip fetching the page of a saved feed.
func itemContent(item *gofeed.Item) (content string, substantial bool) {
	if c := strings.TrimSpace(item.Content); c != "" {
		return c, textLength(c) >= substantialContent
	}
	if d := strings.TrimSpace(item.Description); textLength(d) >= substantialContent {
		return d, true
	}
	return "", false
}

// itemMeta is what a feed item says about its article.
func itemMeta(feed *gofeed.Feed, item *gofeed.Item, link string) parallax.Meta {
	m := parallax.Meta{URL: link, Title: strings.TrimSpace(item.Title), Language: language.Code(feed.Language)}
	switch {
	case item.PublishedParsed != nil:
		m.Published = *item.PublishedParsed
	case item.UpdatedParsed != nil:
		m.Published = *item.UpdatedParsed
	}
	var names []string
	for _, p := range item.Authors {
		if p != nil && strings.TrimSpace(p.Name) != "" {
			names = append(names, strings.TrimSpace(p.Name))
		}
	}
	m.Author = strings.Join(names, ", ")
	return m
}

// resolveLink makes an item link absolute against base; it is returned as
// it is when it cannot be.
func resolveLink(link, base string) string {
	link = strings.TrimSpace(link)
	u, err := url.Parse(link)
	if err != nil || u.IsAbs() || link == "" {
		return link
	}
	b, err := url.Parse(base)
	if err != nil || !b.IsAbs() {
		return link
	}
	return b.ResolveReference(u).String()
}

// textLength counts the characters of an HTML fragment outside its tags,
// roughly: enough to tell a teaser from an article.
func textLength(html string) int {
	n, inTag := 0, false
	for i := 0; i < len(html); {
		r, size := utf8.DecodeRuneInString(html[i:])
		i += size
		switch {
		case r == '<':
			inTag = true
		case r == '>':
			inTag = false
		case !inTag:
			n++
		}
	}
	return n
}
