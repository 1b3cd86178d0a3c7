package source_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/source"
)

// site is an invented news site served by httptest: article pages,
// redirect chains, feeds and misbehaving endpoints.
type site struct {
	*httptest.Server
	mu        sync.Mutex
	userAgent string
	accept    string
	inFlight  atomic.Int32
	maxFlight atomic.Int32
}

func newSite(t *testing.T) *site {
	t.Helper()
	s := &site{}
	mux := http.NewServeMux()
	mux.HandleFunc("/article/{n}", func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.userAgent, s.accept = r.UserAgent(), r.Header.Get("Accept")
		s.mu.Unlock()
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, ArticleHTML("Article "+r.PathValue("n"), storyText))
	})
	mux.HandleFunc("/r/{n}", func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(r.PathValue("n"))
		if n <= 1 {
			http.Redirect(w, r, "/article/redirected", http.StatusFound)
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/r/%d", n-1), http.StatusMovedPermanently)
	})
	mux.HandleFunc("/slow/{n}", func(w http.ResponseWriter, r *http.Request) {
		// Count requests in flight, to check the bound on concurrency.
		now := s.inFlight.Add(1)
		defer s.inFlight.Add(-1)
		for {
			old := s.maxFlight.Load()
			if now <= old || s.maxFlight.CompareAndSwap(old, now) {
				break
			}
		}
		n, _ := strconv.Atoi(r.PathValue("n"))
		// Earlier pages answer later, so that order must be restored.
		time.Sleep(time.Duration(60-5*(n%10)) * time.Millisecond)
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, ArticleHTML("Slow "+r.PathValue("n"), storyText))
	})
	mux.HandleFunc("/fail", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "boom", http.StatusInternalServerError)
	})
	mux.HandleFunc("/hang", func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done()
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Length", "4096")
		w.Write([]byte(strings.Repeat("a", 4096)))
	})
	mux.HandleFunc("/bigstream", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		for range 8 {
			w.Write([]byte(strings.Repeat("a", 512)))
			w.(http.Flusher).Flush() // no Content-Length: the limit must hold while reading
		}
	})
	mux.HandleFunc("/logo.png", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG\r\n\x1a\n"))
	})
	mux.HandleFunc("/empty", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
	})
	mux.HandleFunc("/plain", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=iso-8859-1")
		w.Write([]byte("Caf\xe9 du port reopens."))
	})
	mux.HandleFunc("/rss", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, s.rss())
	})
	mux.HandleFunc("/atom", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html") // mislabelled: the body says what it is
		fmt.Fprint(w, s.atom())
	})
	mux.HandleFunc("/slowfeed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/xml")
		fmt.Fprint(w, `<rss version="2.0"><channel><title>Slow News</title>`)
		for i := 1; i <= 12; i++ {
			fmt.Fprintf(w, `<item><title>Slow %d</title><link>%s/slow/%d</link></item>`, i, s.URL, i)
		}
		fmt.Fprint(w, `</channel></rss>`)
	})
	s.Server = httptest.NewServer(mux)
	t.Cleanup(s.Close)
	return s
}

// rss is a feed whose items show every way an item is read.
func (s *site) rss() string {
	return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Veldmark Courier</title><link>` + s.URL + `/</link><language>en-gb</language>
<item><title>Pier to close</title><link>` + s.URL + `/article/1</link><pubDate>Tue, 05 Mar 2024 09:30:00 +0000</pubDate><dc:creator>Ines Rambaut</dc:creator></item>
<item><title>Relative and redirected</title><link>/r/2</link></item>
<item><title>Gone, but carried whole</title><link>` + s.URL + `/fail</link><content:encoded><![CDATA[<p>` + longStory + `</p>]]></content:encoded></item>
<item><title>Gone, nothing carried</title><link>` + s.URL + `/fail</link><description>A teaser.</description></item>
<item><title>No link</title><description>` + longStory + `</description></item>
</channel></rss>`
}

func (s *site) atom() string {
	return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Orsova Post</title>
<entry><title>Flood</title><link href="` + s.URL + `/article/9"/><updated>2024-03-07T06:00:00Z</updated><author><name>Tomas Belvedere</name></author></entry>
</feed>`
}

func TestFetchPage(t *testing.T) {
	s := newSite(t)
	u := s.URL + "/article/1"
	results := MustRead(t, source.Options{AllowPrivate: true}, u)
	AssertLines(t, Summary(results), []string{"doc " + u + " html"})
	doc := Docs(results)[0]
	if doc.Meta.URL != u || !strings.Contains(string(doc.Body), "harbour council") {
		t.Fatalf("doc = URL %q body %.80q, want the article", doc.Meta.URL, doc.Body)
	}
	if !strings.HasPrefix(s.userAgent, "Parallax/") || !strings.Contains(s.userAgent, "(+https://github.com/parallax-news/parallax)") {
		t.Fatalf("User-Agent = %q, want the Parallax default", s.userAgent)
	}
	if !strings.Contains(s.accept, "text/html") {
		t.Fatalf("Accept = %q, want text/html among the types", s.accept)
	}

	MustRead(t, source.Options{AllowPrivate: true, UserAgent: "Mozilla/5.0 (compatible; Tester/1.0)"}, u)
	if got := s.userAgent; got != "Mozilla/5.0 (compatible; Tester/1.0)" {
		t.Fatalf("User-Agent = %q, want the one configured", got)
	}
}

func TestFetchRedirects(t *testing.T) {
	s := newSite(t)
	tests := []struct {
		path string
		max  int
		want string
	}{
		{"/r/5", 0, "doc"}, // five redirects: within the default limit
		{"/r/6", 0, "err stopped after 5 redirects"},
		{"/r/2", 2, "doc"},
		{"/r/3", 2, "err stopped after 2 redirects"},
		{"/r/1", -1, "err stopped after 0 redirects"},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s max %d", tt.path, tt.max), func(t *testing.T) {
			u := s.URL + tt.path
			results := MustRead(t, source.Options{AllowPrivate: true, MaxRedirects: tt.max}, u)
			if tt.want == "doc" {
				AssertLines(t, Summary(results), []string{"doc " + u + " html"})
				if got, want := results[0].Doc.Meta.URL, s.URL+"/article/redirected"; got != want {
					t.Fatalf("Meta.URL = %q, want the final URL %q", got, want)
				}
				return
			}
			AssertLines(t, Summary(results), []string{"err " + u + ": " + strings.TrimPrefix(tt.want, "err ")})
		})
	}
}

func TestFetchErrors(t *testing.T) {
	s := newSite(t)
	closed := httptest.NewServer(http.NotFoundHandler())
	refused := closed.URL + "/article/1"
	closed.Close()

	opt := source.Options{AllowPrivate: true, Timeout: 300 * time.Millisecond, MaxBytes: 1024}
	tests := []struct {
		url     string
		message string
		code    string
	}{
		{s.URL + "/fail", "HTTP 500 Internal Server Error", parallax.EFETCH},
		{s.URL + "/nowhere", "HTTP 404 Not Found", parallax.ENOTFOUND},
		{s.URL + "/hang", "no response within 300ms", parallax.EFETCH},
		{s.URL + "/big", "response is 4 KiB, over the 1 KiB limit", parallax.ETOOLARGE},
		{s.URL + "/bigstream", "response is over the 1 KiB limit", parallax.ETOOLARGE},
		{s.URL + "/logo.png", `unsupported content type "image/png"`, parallax.EINVALID},
		{s.URL + "/empty", "empty response", parallax.EFETCH},
		{refused, "connection refused", parallax.EFETCH},
	}
	for _, tt := range tests {
		t.Run(tt.url, func(t *testing.T) {
			good := s.URL + "/article/2"
			start := time.Now()
			results := MustRead(t, opt, tt.url, good)
			AssertLines(t, Summary(results), []string{"err " + tt.url + ": " + tt.message, "doc " + good + " html"})
			if got := parallax.ErrorCode(results[0].Err); got != tt.code {
				t.Fatalf("code = %q, want %q", got, tt.code)
			}
			if elapsed := time.Since(start); elapsed > 5*time.Second {
				t.Fatalf("took %v: the timeout did not hold", elapsed)
			}
		})
	}
}

func TestFetchPlainText(t *testing.T) {
	s := newSite(t)
	docs := Docs(MustRead(t, source.Options{AllowPrivate: true}, s.URL+"/plain"))
	if len(docs) != 1 || docs[0].Format != parallax.FormatText || string(docs[0].Body) != "Café du port reopens." {
		t.Fatalf("docs = %+v, want one text document converted from latin-1", docs)
	}
}

// TestFetchPrivate refuses loopback addresses unless they are allowed; the
// check is at dial time, so it holds for the address a name resolves to.
func TestFetchPrivate(t *testing.T) {
	s := newSite(t)
	for _, host := range []string{s.URL, strings.Replace(s.URL, "127.0.0.1", "localhost", 1)} {
		u := host + "/article/1"
		addr := "127.0.0.1"
		if strings.Contains(host, "localhost") {
			addr = "" // ::1 or 127.0.0.1, whichever is dialled first
		}
		results := MustRead(t, source.Options{}, u)
		if len(results) != 1 || results[0].Err == nil {
			t.Fatalf("results = %v, want one refusal", Summary(results))
		}
		msg := parallax.ErrorMessage(results[0].Err.Err)
		if !strings.HasPrefix(msg, "refused to fetch "+addr) || !strings.HasSuffix(msg, ": private address") {
			t.Fatalf("message = %q, want a refusal of the private address", msg)
		}
	}
}

func TestFetchFeeds(t *testing.T) {
	s := newSite(t)
	rss, atom := s.URL+"/rss", s.URL+"/atom"
	results := MustRead(t, source.Options{AllowPrivate: true}, rss, atom)
	AssertLines(t, Summary(results), []string{
		"doc " + rss + "#1 html",
		"doc " + rss + "#2 html",
		"doc " + rss + "#3 html",
		"err " + rss + "#4: " + s.URL + "/fail: HTTP 500 Internal Server Error",
		"doc " + rss + "#5 html",
		"doc " + atom + "#1 html",
	})
	docs := Docs(results)
	tests := []struct {
		meta parallax.Meta
		body string
	}{
		{parallax.Meta{URL: s.URL + "/article/1", Title: "Pier to close", Author: "Ines Rambaut", Language: "en",
			Published: time.Date(2024, 3, 5, 9, 30, 0, 0, time.UTC)}, "Article 1"},
		{parallax.Meta{URL: s.URL + "/article/redirected", Title: "Relative and redirected", Language: "en"}, "Article redirected"},
		{parallax.Meta{URL: s.URL + "/fail", Title: "Gone, but carried whole", Language: "en", Outlet: "Veldmark Courier"}, "Orsova Minor woke"},
		{parallax.Meta{Title: "No link", Language: "en", Outlet: "Veldmark Courier"}, "Orsova Minor woke"},
		{parallax.Meta{URL: s.URL + "/article/9", Title: "Flood", Author: "Tomas Belvedere",
			Published: time.Date(2024, 3, 7, 6, 0, 0, 0, time.UTC)}, "Article 9"},
	}
	for i, tt := range tests {
		got := docs[i].Meta
		if !got.Published.Equal(tt.meta.Published) {
			t.Errorf("doc %d: Published = %v, want %v", i, got.Published, tt.meta.Published)
		}
		got.Published = tt.meta.Published
		if got.URL != tt.meta.URL || got.Title != tt.meta.Title || got.Author != tt.meta.Author ||
			got.Language != tt.meta.Language || got.Outlet != tt.meta.Outlet {
			t.Errorf("doc %d: Meta = %+v, want %+v", i, got, tt.meta)
		}
		if !strings.Contains(string(docs[i].Body), tt.body) {
			t.Errorf("doc %d: body %.80q lacks %q", i, docs[i].Body, tt.body)
		}
	}
}

// TestFetchFeedFile reads a saved feed: an item carrying the whole article
// is taken as it is, one with only a teaser has its page fetched.
func TestFetchFeedFile(t *testing.T) {
	s := newSite(t)
	feed := `<rss version="2.0"><channel><title>Veldmark Courier</title>
<item><title>Whole</title><link>` + s.URL + `/fail</link><description>` + longStory + `</description></item>
<item><title>Teaser</title><link>` + s.URL + `/article/4</link><description>Short.</description></item>
<item><title>Nothing</title><link>not a url</link></item>
</channel></rss>`
	path := WriteFile(t, t.TempDir(), "saved.rss", []byte(feed))
	results := MustRead(t, source.Options{AllowPrivate: true}, path)
	AssertLines(t, Summary(results), []string{
		"doc " + path + "#1 html",
		"doc " + path + "#2 html",
		"err " + path + "#3: feed item has no link and no content",
	})
	docs := Docs(results)
	if !strings.Contains(string(docs[0].Body), "Orsova Minor woke") || !strings.Contains(string(docs[1].Body), "Article 4") {
		t.Fatalf("bodies = %.60q, %.60q; want the item content, then the fetched page", docs[0].Body, docs[1].Body)
	}
}

// TestFetchConcurrency fetches feed items and URL arguments in parallel,
// never more than Options.Concurrency at once, and keeps their order.
func TestFetchConcurrency(t *testing.T) {
	s := newSite(t)
	feed := s.URL + "/slowfeed"
	var args []string
	var want []string
	for i := 1; i <= 6; i++ {
		u := fmt.Sprintf("%s/slow/%d", s.URL, i)
		args = append(args, u)
		want = append(want, "doc "+u+" html")
	}
	args = append(args, feed)
	for i := 1; i <= 12; i++ {
		want = append(want, fmt.Sprintf("doc %s#%d html", feed, i))
	}

	start := time.Now()
	results := MustRead(t, source.Options{AllowPrivate: true, Concurrency: 3}, args...)
	elapsed := time.Since(start)
	AssertLines(t, Summary(results), want)
	if got := s.maxFlight.Load(); got > 3 || got < 2 {
		t.Fatalf("max requests in flight = %d, want 2 or 3 (Concurrency 3)", got)
	}
	for i, doc := range Docs(results)[6:] {
		if want := fmt.Sprintf("Slow %d", i+1); !strings.Contains(string(doc.Body), want) {
			t.Fatalf("item %d body lacks %q: items out of order", i+1, want)
		}
	}
	t.Logf("18 slow pages in %v with Concurrency 3", elapsed)
}
