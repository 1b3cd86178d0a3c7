package source_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/source"
)

// TestReadFileTypes reads one file of every supported type, plain and
// compressed, and files typed only by their content.
func TestReadFileTypes(t *testing.T) {
	page := ArticleHTML("Ferry pier to close", storyText)
	record := `{"title":"Ferry pier to close","text":"` + storyText + `"}` + "\n"
	rss := `<?xml version="1.0"?><rss version="2.0"><channel><title>Veldmark Courier</title>` +
		`<item><title>Flood in Orsova Minor</title><description>` + longStory + `</description></item>` +
		`</channel></rss>`
	atom := `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Orsova Post</title>` +
		`<entry><title>Flood in Orsova Minor</title><content type="html">&lt;p&gt;` + longStory + `&lt;/p&gt;</content></entry></feed>`

	tests := []struct {
		name    string
		content []byte
		want    []string // Summary lines, "PATH" standing for the file's path
		body    string   // a substring of the first document's body
	}{
		{"a.html", []byte(page), []string{"doc PATH html"}, "Ferry pier to close"},
		{"a.HTM", []byte(page), []string{"doc PATH html"}, "Ferry pier to close"},
		{"a.txt", []byte(storyText), []string{"doc PATH text"}, "harbour council"},
		{"a.md", []byte("# Pier\n\n" + storyText), []string{"doc PATH text"}, "# Pier"},
		{"a.html.gz", Gzip(t, []byte(page)), []string{"doc PATH html"}, "Ferry pier to close"},
		{"a.txt.gz", Gzip(t, []byte(storyText)), []string{"doc PATH text"}, "harbour council"},
		{"a.jsonl.gz", Gzip(t, []byte(record)), []string{"doc PATH#1 text"}, "harbour council"},
		{"a.json", []byte(record), []string{"doc PATH text"}, "harbour council"},
		{"feed.rss", []byte(rss), []string{"doc PATH#1 html"}, "Orsova Minor woke"},
		{"feed.atom", []byte(atom), []string{"doc PATH#1 html"}, "<p>Residents"},
		{"feed.xml.gz", Gzip(t, []byte(rss)), []string{"doc PATH#1 html"}, "Orsova Minor woke"},
		// Typed by content rather than by name.
		{"gzipped.html", Gzip(t, []byte(page)), []string{"doc PATH html"}, "Ferry pier to close"},
		{"saved-page", []byte("\n  " + page), []string{"doc PATH html"}, "Ferry pier to close"},
		{"download.bin", Gzip(t, []byte(page)), []string{"doc PATH html"}, "Ferry pier to close"},
		{"records", []byte(record), []string{"doc PATH#1 text"}, "harbour council"},
		{"notes", []byte(storyText), []string{"err PATH: unknown file type"}, ""},
		{"notes.doc", []byte(storyText), []string{`err PATH: unknown file type ".doc"`}, ""},
		{"logo.png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), []string{"err PATH: binary file, not text"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := WriteFile(t, t.TempDir(), tt.name, tt.content)
			results := MustRead(t, source.Options{}, path)
			want := make([]string, len(tt.want))
			for i, w := range tt.want {
				want[i] = strings.ReplaceAll(w, "PATH", path)
			}
			AssertLines(t, Summary(results), want)
			if tt.body != "" {
				if got := string(Docs(results)[0].Body); !strings.Contains(got, tt.body) {
					t.Fatalf("body = %.200q, want it to contain %q", got, tt.body)
				}
			}
		})
	}
}

// TestReadBadFiles checks that each bad input gives one error naming it,
// with the reason and code, and that reading goes on past it.
func TestReadBadFiles(t *testing.T) {
	truncated := Gzip(t, []byte(strings.Repeat(storyText+"\n", 40)))
	truncated = truncated[:len(truncated)/2]

	tests := []struct {
		name    string
		content []byte // nil: the file is not created
		opt     source.Options
		message string
		code    string
	}{
		{"missing.txt", nil, source.Options{}, "no such file or directory", parallax.ENOTFOUND},
		{"empty.txt", []byte{}, source.Options{}, "empty file", parallax.EINVALID},
		{"blank.html", []byte("  \n\n "), source.Options{}, "empty file", parallax.EINVALID},
		{"nul.txt", []byte("Veldmark\x00\x00\x01\x02"), source.Options{}, "binary file, not text", parallax.EINVALID},
		{"latin1.txt", []byte("Caf\xe9 on the quay"), source.Options{}, "invalid UTF-8 at byte 3", parallax.EINVALID},
		{"cut.txt.gz", truncated, source.Options{}, "truncated gzip stream", parallax.EINVALID},
		{"big.txt", bytes.Repeat([]byte("a"), 2048), source.Options{MaxBytes: 1024}, "file is 2 KiB, over the 1 KiB limit", parallax.ETOOLARGE},
		{"bomb.txt.gz", Gzip(t, bytes.Repeat([]byte("a"), 4096)), source.Options{MaxBytes: 1024}, "decompressed content is over the 1 KiB limit", parallax.ETOOLARGE},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, tt.name)
			if tt.content != nil {
				WriteFile(t, dir, tt.name, tt.content)
			}
			good := WriteFile(t, dir, "good.txt", []byte(storyText))
			results := MustRead(t, tt.opt, path, good)
			AssertLines(t, Summary(results), []string{"err " + path + ": " + tt.message, "doc " + good + " text"})
			if got := parallax.ErrorCode(results[0].Err); got != tt.code {
				t.Fatalf("code = %q, want %q", got, tt.code)
			}
		})
	}
}

func TestReadUnreadableFile(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root: file permissions are not enforced")
	}
	path := WriteFile(t, t.TempDir(), "locked.txt", []byte(storyText))
	if err := os.Chmod(path, 0); err != nil {
		t.Fatal(err)
	}
	AssertLines(t, Summary(MustRead(t, source.Options{}, path)), []string{"err " + path + ": permission denied"})
}

func TestReadUnsupportedScheme(t *testing.T) {
	AssertLines(t, Summary(MustRead(t, source.Options{}, "ftp://archive.example/pier.html")),
		[]string{`err ftp://archive.example/pier.html: unsupported URL scheme "ftp"`})
}

// TestReadDirectory walks a tree: lexical order, hidden entries skipped,
// unknown types summed up in one note per directory argument.
func TestReadDirectory(t *testing.T) {
	root := t.TempDir()
	WriteFile(t, root, "docs/a.html", []byte(ArticleHTML("Pier", storyText)))
	WriteFile(t, root, "docs/b/c.txt", []byte(storyText))
	WriteFile(t, root, "docs/b/d.png", []byte("\x89PNG"))
	WriteFile(t, root, "docs/b/e.png", []byte("\x89PNG"))
	WriteFile(t, root, "docs/f.css", []byte("p { color: red }"))
	WriteFile(t, root, "docs/.hidden.html", []byte(ArticleHTML("Hidden", storyText)))
	WriteFile(t, root, "docs/.git/x.html", []byte(ArticleHTML("Hidden", storyText)))
	WriteFile(t, root, "docs/z.jsonl", []byte(`{"text":"one"}`+"\n\n"+`{"text":"two"}`+"\n"))
	WriteFile(t, root, "docs/y/empty.txt", nil)
	WriteFile(t, root, "other/notes.md", []byte(storyText))
	WriteFile(t, root, "docs/README.md", []byte("# About this corpus\n"))
	WriteFile(t, root, "docs/b/LICENSE.txt", []byte("Licensed for research.\n"))
	WriteFile(t, root, "docs/gold.json", []byte(`{"facts": []}`))
	readme := WriteFile(t, root, "README.md", []byte(storyText))

	arg := filepath.Join(root, "docs") + "/"
	docs := filepath.Join(root, "docs")
	other := filepath.Join(root, "other")
	AssertLines(t, Summary(MustRead(t, source.Options{}, arg, other, readme)), []string{
		"doc " + docs + "/a.html html",
		"doc " + docs + "/b/c.txt text",
		"err " + docs + "/y/empty.txt: empty file",
		"doc " + docs + "/z.jsonl#1 text",
		"doc " + docs + "/z.jsonl#3 text",
		"note " + arg + ": skipped 3 files of unknown type (.png ×2, .css ×1); skipped documentation, not articles (README.md, LICENSE.txt, gold.json)",
		"doc " + other + "/notes.md text",
		"doc " + readme + " text", // named explicitly: read
	})
}

func TestReadStopsEarly(t *testing.T) {
	root := t.TempDir()
	for _, name := range []string{"a.txt", "b.txt", "c.txt"} {
		WriteFile(t, root, name, []byte(storyText))
	}
	n := 0
	for range source.Read(context.Background(), []string{root, root}, source.Options{}) {
		n++
		if n == 2 {
			break
		}
	}
	if n != 2 {
		t.Fatalf("read %d results, want 2", n)
	}

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	n = 0
	for range source.Read(ctx, []string{root, root}, source.Options{}) {
		n++
		cancel()
	}
	if n != 1 {
		t.Fatalf("read %d results after cancelling, want 1", n)
	}
}

// TestReadStdin sniffs the format of standard input.
func TestReadStdin(t *testing.T) {
	tests := []struct {
		name  string
		input []byte
		want  []string
	}{
		{"jsonl", []byte(` {"text":"one"}` + "\n" + `{"html":"<p>two</p>"}`), []string{"doc -#1 text", "doc -#2 html"}},
		{"json array", []byte(`[{"text":"one"},{"text":"two"}]`), []string{"doc -#1 text", "doc -#2 text"}},
		{"html", []byte(ArticleHTML("Pier", storyText)), []string{"doc - html"}},
		{"text", []byte(storyText), []string{"doc - text"}},
		{"gzip jsonl", Gzip(t, []byte(`{"text":"one"}`)), []string{"doc -#1 text"}},
		{"warc", buildWARC(t, "1.1", warcResponse("http://courier.example/pier", htmlResponse(ArticleHTML("Pier", storyText)))), []string{"doc -#1 html"}},
		{"empty", nil, []string{"err -: empty input"}},
		{"binary", []byte("\x00\x01\x02\x03"), []string{"err -: binary file, not text"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			results := MustRead(t, source.Options{Stdin: bytes.NewReader(tt.input)}, "-")
			AssertLines(t, Summary(results), tt.want)
		})
	}
}

// TestReadCharset converts HTML to UTF-8 from what it declares, and keeps
// undeclared UTF-8 as UTF-8 even when the first KiB is plain ASCII.
func TestReadCharset(t *testing.T) {
	padding := strings.Repeat("<!-- filler -->\n", 100)
	tests := []struct {
		name    string
		content string
		want    string
	}{
		{"meta latin-1", `<html><head><meta charset="iso-8859-1"></head><body><p>Caf` + "\xe9" + ` du port</p></body></html>`, "Café du port"},
		{"http-equiv 1252", `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body><p>` + "\x93quoted\x94" + `</p></body></html>`, "“quoted”"},
		{"undeclared utf-8", "<html><head></head><body>" + padding + "<p>Café du port</p></body></html>", "Café du port"},
		{"undeclared latin-1", "<html><head></head><body>" + padding + "<p>Caf\xe9 du port</p></body></html>", "Café du port"},
		{"utf-8 bom", "\xef\xbb\xbf<html><body><p>Café du port</p></body></html>", "Café du port"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := WriteFile(t, t.TempDir(), "page.html", []byte(tt.content))
			docs := Docs(MustRead(t, source.Options{}, path))
			if len(docs) != 1 {
				t.Fatalf("got %d documents, want 1", len(docs))
			}
			if got := string(docs[0].Body); !strings.Contains(got, tt.want) || strings.HasPrefix(got, "\xef\xbb\xbf") {
				t.Fatalf("body = %q, want it to contain %q and no BOM", got, tt.want)
			}
		})
	}
}
