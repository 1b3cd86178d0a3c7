package source

import (
	"bytes"
	"context"
	"mime"

	"github.com/mmcdole/gofeed"
	parallax "github.com/parallax-news/parallax"
)

// fetchedArg is what one URL argument turned out to be: a page (or a
// failure) in res, or a feed whose items are still to be fetched.
type fetchedArg struct {
	res  Result
	src  string
	feed *gofeed.Feed
	base string // the feed's final URL, against which item links resolve
}

// urls reads a run of URL arguments. The arguments are fetched
// concurrently; their results, feed items included, come in argument order.
func (r *reader) urls(ctx context.Context, args []string, out emitFunc) bool {
	return ordered(ctx, len(args), r.window(),
		func(ctx context.Context, i int) fetchedArg { return r.fetchArg(ctx, args[i]) },
		func(a fetchedArg) bool {
			if a.feed != nil {
				return r.feedItems(ctx, a.src, a.feed, a.base, true, out)
			}
			return out(a.res)
		})
}

// window is how many fetches may run ahead of the consumer.
func (r *reader) window() int { return 2 * r.opt.Concurrency }

// fetchArg fetches one URL argument and tells a page from a feed.
func (r *reader) fetchArg(ctx context.Context, u string) fetchedArg {
	f, err := r.fetch.get(ctx, u)
	if err != nil {
		return fetchedArg{res: fail(u, err)}
	}
	if len(bytes.TrimSpace(f.body)) == 0 {
		return fetchedArg{res: fail(u, parallax.Errorf(parallax.EFETCH, "empty response"))}
	}
	mt, _, _ := mime.ParseMediaType(f.contentType)
	if isFeedType(mt) || isFeedXML(bytes.TrimSpace(f.body)) {
		feed, err := parseFeed(f.body)
		if err == nil {
			return fetchedArg{src: u, feed: feed, base: f.url}
		}
		// XHTML is sometimes served as XML: only then is it a page.
		if !looksHTML(bytes.TrimSpace(f.body)) {
			return fetchedArg{res: fail(u, parallax.Errorf(parallax.EINVALID, "invalid feed: %v", err))}
		}
	}
	doc, err := pageDocument(u, f)
	if err != nil {
		return fetchedArg{res: fail(u, err)}
	}
	return fetchedArg{res: Result{Doc: doc}}
}

// pageDocument makes the Document of a fetched page: HTML, or plain text
// when served as such.
func pageDocument(src string, f *fetched) (parallax.Document, error) {
	doc := parallax.Document{Source: src, Meta: parallax.Meta{URL: f.url}}
	mt, _, _ := mime.ParseMediaType(f.contentType)
	switch {
	case isHTML(f.contentType, f.body):
		doc.Format, doc.Body = parallax.FormatHTML, htmlToUTF8(f.body, f.contentType)
	case mt == "text/plain":
		text, err := textWithCharset(f.body, f.contentType)
		if err != nil {
			return doc, err
		}
		doc.Format, doc.Body = parallax.FormatText, text
	default:
		return doc, parallax.Errorf(parallax.EINVALID, "unsupported content type %q", mt)
	}
	return doc, nil
}

// isFeedType reports whether a media type is one feeds are served as.
func isFeedType(mt string) bool {
	switch mt {
	case "application/rss+xml", "application/atom+xml", "application/rdf+xml",
		"application/xml", "text/xml", "application/feed+json":
		return true
	}
	return false
}
