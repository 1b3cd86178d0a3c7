package source_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/source"
)

// warcRec is one record for buildWARC.
type warcRec struct {
	typ         string
	uri         string
	contentType string
	block       []byte
}

func warcResponse(uri string, httpMessage []byte) warcRec {
	return warcRec{"response", uri, "application/http; msgtype=response", httpMessage}
}

// encodeWARCRecord writes one record in WARC/version format.
func encodeWARCRecord(version string, n int, rec warcRec) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "WARC/%s\r\n", version)
	fmt.Fprintf(&b, "WARC-Type: %s\r\n", rec.typ)
	fmt.Fprintf(&b, "WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-%012d>\r\n", n)
	b.WriteString("WARC-Date: 2024-03-05T10:00:00Z\r\n")
	if rec.uri != "" {
		fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", rec.uri)
	}
	if rec.contentType != "" {
		fmt.Fprintf(&b, "Content-Type: %s\r\n", rec.contentType)
	}
	fmt.Fprintf(&b, "Content-Length: %d\r\n\r\n", len(rec.block))
	b.Write(rec.block)
	b.WriteString("\r\n\r\n")
	return b.Bytes()
}

// buildWARC writes records as an uncompressed WARC file.
func buildWARC(tb testing.TB, version string, recs ...warcRec) []byte {
	tb.Helper()
	var b bytes.Buffer
	for i, rec := range recs {
		b.Write(encodeWARCRecord(version, i+1, rec))
	}
	return b.Bytes()
}

// buildWARCGz writes records as a .warc.gz: one gzip member per record.
func buildWARCGz(tb testing.TB, version string, recs ...warcRec) []byte {
	tb.Helper()
	var b bytes.Buffer
	for i, rec := range recs {
		b.Write(Gzip(tb, encodeWARCRecord(version, i+1, rec)))
	}
	return b.Bytes()
}

// httpMessage writes an HTTP response with a status line, headers and body.
func httpMessage(status string, headers []string, body []byte) []byte {
	var b bytes.Buffer
	b.WriteString("HTTP/1.1 " + status + "\r\n")
	for _, h := range headers {
		b.WriteString(h + "\r\n")
	}
	b.WriteString("\r\n")
	b.Write(body)
	return b.Bytes()
}

// htmlResponse is a plain 200 response carrying page.
func htmlResponse(page string) []byte {
	return httpMessage("200 OK", []string{"Content-Type: text/html; charset=utf-8", fmt.Sprintf("Content-Length: %d", len(page))}, []byte(page))
}

// chunkedGzipResponse is a 200 response with page gzip-encoded and sent in
// chunks.
func chunkedGzipResponse(tb testing.TB, page string) []byte {
	zipped := Gzip(tb, []byte(page))
	var body bytes.Buffer
	for len(zipped) > 0 {
		n := min(len(zipped), 40)
		fmt.Fprintf(&body, "%x\r\n", n)
		body.Write(zipped[:n])
		body.WriteString("\r\n")
		zipped = zipped[n:]
	}
	body.WriteString("0\r\n\r\n")
	return httpMessage("200 OK", []string{"Content-Type: text/html", "Transfer-Encoding: chunked", "Content-Encoding: gzip"}, body.Bytes())
}

// sampleWARC is a crawl with two usable pages among records to skip.
func sampleWARC(tb testing.TB) []warcRec {
	return []warcRec{
		{"warcinfo", "", "application/warc-fields", []byte("software: invented-crawler/1.0\r\nformat: WARC File Format 1.1\r\n")},
		{"request", "http://courier.example/pier", "application/http; msgtype=request", []byte("GET /pier HTTP/1.1\r\nHost: courier.example\r\n\r\n")},
		warcResponse("http://courier.example/pier", htmlResponse(ArticleHTML("Ferry pier to close", storyText))),
		warcResponse("http://courier.example/logo.png", httpMessage("200 OK", []string{"Content-Type: image/png", "Content-Length: 4"}, []byte("\x89PNG"))),
		warcResponse("http://courier.example/old", httpMessage("301 Moved Permanently", []string{"Location: /pier", "Content-Length: 0"}, nil)),
		{"metadata", "http://courier.example/pier", "application/warc-fields", []byte("outlinks: http://courier.example/\r\n")},
		warcResponse("http://post.example/flood", chunkedGzipResponse(tb, ArticleHTML("Flood in Orsova Minor", longStory))),
		{"revisit", "http://courier.example/pier", "application/http; msgtype=response", []byte("HTTP/1.1 200 OK\r\n\r\n")},
	}
}

func TestReadWARC(t *testing.T) {
	tests := []struct {
		name    string
		file    string
		content []byte
	}{
		{"1.0", "crawl.warc", buildWARC(t, "1.0", sampleWARC(t)...)},
		{"1.1", "crawl.warc", buildWARC(t, "1.1", sampleWARC(t)...)},
		{"1.1 gzip", "crawl.warc.gz", buildWARCGz(t, "1.1", sampleWARC(t)...)},
		{"1.0 gzip one member", "crawl.warc.gz", Gzip(t, buildWARC(t, "1.0", sampleWARC(t)...))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := WriteFile(t, t.TempDir(), tt.file, tt.content)
			results := MustRead(t, source.Options{}, path)
			AssertLines(t, Summary(results), []string{"doc " + path + "#3 html", "doc " + path + "#7 html"})
			docs := Docs(results)
			for i, want := range []struct{ url, text string }{
				{"http://courier.example/pier", "harbour council of Veldmark"},
				{"http://post.example/flood", "Orsova Minor woke"},
			} {
				if got := docs[i].Meta.URL; got != want.url {
					t.Errorf("doc %d: URL = %q, want %q", i, got, want.url)
				}
				if !bytes.Contains(docs[i].Body, []byte(want.text)) {
					t.Errorf("doc %d: body %.100q lacks %q", i, docs[i].Body, want.text)
				}
				if !docs[i].Meta.Published.IsZero() {
					t.Errorf("doc %d: Published = %v, want zero (WARC-Date is crawl time)", i, docs[i].Meta.Published)
				}
			}
		})
	}
}

// TestReadWARCOddities covers what real crawls contain: bracketed target
// URIs, payloads stored already de-chunked, HTML resource records.
func TestReadWARCOddities(t *testing.T) {
	page := ArticleHTML("Pier", storyText)
	dechunked := httpMessage("200 OK", []string{"Content-Type: text/html", "Transfer-Encoding: chunked"}, []byte(page))
	path := WriteFile(t, t.TempDir(), "odd.warc", buildWARC(t, "1.0",
		warcResponse("<http://courier.example/a>", htmlResponse(page)),
		warcResponse("http://courier.example/b", dechunked),
		warcRec{"resource", "file:///archive/c.html", "text/html", []byte(page)},
		warcResponse("http://courier.example/d", httpMessage("200 OK", []string{"Content-Encoding: br"}, []byte("\x1b\x00"))),
	))
	results := MustRead(t, source.Options{}, path)
	AssertLines(t, Summary(results), []string{
		"doc " + path + "#1 html",
		"doc " + path + "#2 html",
		"doc " + path + "#3 html",
		"err " + path + `#4: record 4: unsupported content encoding "br"`,
	})
	docs := Docs(results)
	if got := docs[0].Meta.URL; got != "http://courier.example/a" {
		t.Errorf("URL = %q, want the brackets dropped", got)
	}
	if !bytes.Equal(docs[1].Body, []byte(page)) {
		t.Errorf("de-chunked body = %.80q, want the page", docs[1].Body)
	}
}

func TestReadWARCBroken(t *testing.T) {
	recs := []warcRec{
		warcResponse("http://courier.example/1", htmlResponse(ArticleHTML("One", storyText))),
		warcResponse("http://courier.example/2", htmlResponse(ArticleHTML("Two", storyText))),
		warcResponse("http://courier.example/3", htmlResponse(ArticleHTML("Three", longStory))),
	}
	plain := buildWARC(t, "1.1", recs...)
	third := len(buildWARC(t, "1.1", recs[:2]...))
	gz := buildWARCGz(t, "1.1", recs...)
	gzThird := len(buildWARCGz(t, "1.1", recs[:2]...))

	tests := []struct {
		name    string
		file    string
		content []byte
		want    []string // "PATH" stands for the file's path
	}{
		{"truncated", "cut.warc", plain[:third+100], []string{
			"doc PATH#1 html", "doc PATH#2 html", fmt.Sprintf("err PATH#3: truncated WARC record at offset %d", third)}},
		{"truncated in block", "cut.warc", plain[:len(plain)-50], []string{
			"doc PATH#1 html", "doc PATH#2 html", fmt.Sprintf("err PATH#3: truncated WARC record at offset %d", third)}},
		{"truncated gzip", "cut.warc.gz", gz[:gzThird+60], []string{
			"doc PATH#1 html", "doc PATH#2 html", fmt.Sprintf("err PATH#3: truncated gzip stream at offset %d of the decompressed WARC", third)}},
		{"no html", "meta.warc", buildWARC(t, "1.0", sampleWARC(t)[:2]...), []string{
			"err PATH: no HTML response records"}},
		{"not warc", "fake.warc", []byte("GIF89a not a crawl at all\n"), []string{
			`err PATH: invalid WARC record at offset 0: unsupported version line "GIF89a not a crawl at all"`}},
		{"no length", "nolen.warc", []byte("WARC/1.1\r\nWARC-Type: response\r\n\r\n"), []string{
			"err PATH: invalid WARC record at offset 0: no valid Content-Length"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := WriteFile(t, t.TempDir(), tt.file, tt.content)
			want := make([]string, len(tt.want))
			for i, w := range tt.want {
				want[i] = strings.ReplaceAll(w, "PATH", path)
			}
			AssertLines(t, Summary(MustRead(t, source.Options{}, path)), want)
		})
	}
}

// TestReadWARCRecordLimit skips a record over MaxBytes without losing the
// records after it.
func TestReadWARCRecordLimit(t *testing.T) {
	big := ArticleHTML("Big", strings.Repeat(longStory, 10))
	path := WriteFile(t, t.TempDir(), "big.warc", buildWARC(t, "1.1",
		warcResponse("http://courier.example/big", htmlResponse(big)),
		warcResponse("http://courier.example/small", htmlResponse(ArticleHTML("Small", "Short."))),
	))
	AssertLines(t, Summary(MustRead(t, source.Options{MaxBytes: 2048}, path)), []string{
		"err " + path + "#1: record 1: over the 2 KiB limit",
		"doc " + path + "#2 html",
	})
}
