package http_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	nethttp "net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	web "github.com/parallax-news/parallax/http"
	"github.com/parallax-news/parallax/report"
	"github.com/parallax-news/parallax/sqlite"
)

// MustServe serves a fresh SQLite store in a temp dir over loopback with
// cfg (its Store is set here).
func MustServe(tb testing.TB, cfg web.Config) *httptest.Server {
	tb.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(tb.TempDir(), "parallax.db"))
	if err != nil {
		tb.Fatalf("open store: %v", err)
	}
	tb.Cleanup(func() { st.Close() })
	cfg.Store = st
	srv := httptest.NewServer(web.New(cfg).Handler())
	tb.Cleanup(srv.Close)
	return srv
}

// exampleFiles lists the demo corpus in ../examples: its articles, not
// its answer keys.
func exampleFiles(tb testing.TB) []string {
	tb.Helper()
	var files []string
	err := filepath.WalkDir("../examples", func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && filepath.Ext(path) != ".md" && d.Name() != "gold.json" {
			files = append(files, path)
		}
		return err
	})
	if err != nil || len(files) == 0 {
		tb.Fatalf("examples: %d files, err %v", len(files), err)
	}
	return files
}

// multipartBody builds a form with the given files under "files", and
// extra fields.
func multipartBody(tb testing.TB, files []string, fields map[string]string) (*bytes.Buffer, string) {
	tb.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	for k, v := range fields {
		mw.WriteField(k, v)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		w, err := mw.CreateFormFile("files", filepath.Base(f))
		if err != nil {
			tb.Fatal(err)
		}
		w.Write(data)
	}
	mw.Close()
	return &buf, mw.FormDataContentType()
}

// ingestExamples posts the demo corpus to POST /api/ingest and returns the
// run's document.
func ingestExamples(tb testing.TB, srv *httptest.Server) report.DocumentJSON {
	tb.Helper()
	body, ct := multipartBody(tb, exampleFiles(tb), nil)
	res, err := nethttp.Post(srv.URL+"/api/ingest", ct, body)
	if err != nil {
		tb.Fatal(err)
	}
	var doc report.DocumentJSON
	decode(tb, res, nethttp.StatusOK, &doc)
	if len(doc.Errors) > 0 {
		tb.Fatalf("ingest errors: %+v", doc.Errors)
	}
	return doc
}

// decode checks res's status and decodes its JSON body into v.
func decode(tb testing.TB, res *nethttp.Response, want int, v any) {
	tb.Helper()
	defer res.Body.Close()
	data, _ := io.ReadAll(res.Body)
	if res.StatusCode != want {
		tb.Fatalf("%s %s: status %d, want %d: %s", res.Request.Method, res.Request.URL.Path, res.StatusCode, want, data)
	}
	if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		tb.Fatalf("%s: content type %q, want JSON", res.Request.URL.Path, ct)
	}
	if err := json.Unmarshal(data, v); err != nil {
		tb.Fatalf("%s: decode: %v: %s", res.Request.URL.Path, err, data)
	}
}

// fetchPage fetches url and returns its status and body.
func fetchPage(tb testing.TB, url string) (int, string) {
	tb.Helper()
	res, err := nethttp.Get(url)
	if err != nil {
		tb.Fatal(err)
	}
	defer res.Body.Close()
	data, err := io.ReadAll(res.Body)
	if err != nil {
		tb.Fatal(err)
	}
	return res.StatusCode, string(data)
}

// corpus is one server filled with the demo corpus, shared by the tests
// that only read.
var corpus struct {
	once sync.Once
	srv  *httptest.Server
	doc  report.DocumentJSON
}

func corpusServer(t *testing.T) (*httptest.Server, report.DocumentJSON) {
	t.Helper()
	corpus.once.Do(func() {
		st, err := sqlite.Open(context.Background(), filepath.Join(os.TempDir(), fmt.Sprintf("parallax-http-test-%d.db", time.Now().UnixNano())))
		if err != nil {
			t.Fatalf("open store: %v", err)
		}
		corpus.srv = httptest.NewServer(web.New(web.Config{Store: st}).Handler())
		corpus.doc = ingestExamples(t, corpus.srv)
	})
	if corpus.srv == nil {
		t.Fatal("corpus server failed to start")
	}
	return corpus.srv, corpus.doc
}

func TestMain(m *testing.M) {
	code := m.Run()
	if corpus.srv != nil {
		corpus.srv.Close()
	}
	matches, _ := filepath.Glob(filepath.Join(os.TempDir(), "parallax-http-test-*.db*"))
	for _, f := range matches {
		os.Remove(f)
	}
	os.Exit(code)
}

// biggestStory returns the id of the first story of the run and one of its
// articles.
func biggestStory(t *testing.T, doc report.DocumentJSON) (story, article string) {
	t.Helper()
	if len(doc.Stories) == 0 || len(doc.Stories[0].Articles) == 0 {
		t.Fatalf("ingest made no stories")
	}
	return doc.Stories[0].ID, doc.Stories[0].Articles[0]
}

func TestPages(t *testing.T) {
	srv, doc := corpusServer(t)
	story, article := biggestStory(t, doc)
	tests := []struct {
		path string
		want []string
	}{
		{"/", []string{`<ul id="stories">`, `<li class="story"><a href="/stories/` + story + `">`, `<form id="search" action="/search"`, `name="q"`}},
		{"/?outlet=Meridian+Wire", []string{`<li class="story">`}},
		{"/search?q=troops", []string{`<ul id="hits">`, `<li class="hit"><a href="/articles/`, `<mark class="match">troops</mark>`}},
		{"/stories/" + story, []string{`<h1 id="title">`, `<section id="timeline">`, `<svg`, `<circle`,
			`<section id="articles">`, `<li class="article" data-id="` + article + `">`, `<section id="disagreements">`,
			`<section id="quotes">`, `<section id="related">`, `<li class="fact disagreement">`, `<span class="status status-differ">differ</span>`,
			`<table class="facts">`, `<tr class="fact-row agree">`, `<td class="differ"><a href="/articles/`, `<li class="quote-item">`,
			`<section id="unique">`, `<li class="coverage">`, `<section id="actors">`, `<span class="meta">indirect · Officials at the ministry</span>`}},
		{"/articles/" + article, []string{`<div id="text">`, `<mark class="quantity" title="`, `<mark class="time" title="`, `<mark class="entity entity-`,
			`<details id="removed">`, `<span class="quote" title="`, `<mark class="speaker" title="speaker: `, `<span class="anchor" id="o0">`,
			`<section id="article-quotes">`}},
		{"/add", []string{`<form id="add" method="post" action="/add" enctype="multipart/form-data">`, `<textarea id="urls" name="urls"`,
			`<textarea id="text" name="text"`, `type="file" name="files" multiple`, `<button type="submit" id="submit">`}},
		{"/static/style.css", []string{"mark.quantity", "mark.entity"}},
		{"/static/htmx.min.js", []string{"htmx"}},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			code, body := fetchPage(t, srv.URL+tt.path)
			if code != nethttp.StatusOK {
				t.Fatalf("status %d, want 200", code)
			}
			for _, w := range tt.want {
				if !strings.Contains(body, w) {
					t.Errorf("body lacks %q", w)
				}
			}
		})
	}
}

func TestAPI(t *testing.T) {
	srv, doc := corpusServer(t)
	story, article := biggestStory(t, doc)

	var list map[string]json.RawMessage
	res, _ := nethttp.Get(srv.URL + "/api/stories")
	decode(t, res, nethttp.StatusOK, &list)
	var stories []report.StoryJSON
	json.Unmarshal(list["stories"], &stories)
	if string(list["version"]) != "1" || len(stories) != len(doc.Stories) {
		t.Errorf("stories: version %s, %d stories, want 1 and %d", list["version"], len(stories), len(doc.Stories))
	}
	if len(stories) == 0 || len(stories[0].Facts) == 0 || len(stories[0].Timeline) == 0 {
		t.Errorf("full listing: the first story has no facts or no timeline")
	}
	res, _ = nethttp.Get(srv.URL + "/api/stories?brief=1")
	decode(t, res, nethttp.StatusOK, &list)
	stories = nil
	json.Unmarshal(list["stories"], &stories)
	if len(stories) != len(doc.Stories) || len(stories[0].Facts) != 0 || len(stories[0].Timeline) != 0 || stories[0].Title == "" {
		t.Errorf("brief listing: %d stories, first with %d facts and %d timeline entries; want %d, none, none",
			len(stories), len(stories[0].Facts), len(stories[0].Timeline), len(doc.Stories))
	}

	var view map[string]json.RawMessage
	res, _ = nethttp.Get(srv.URL + "/api/stories/" + story)
	decode(t, res, nethttp.StatusOK, &view)
	for _, k := range []string{"story", "articles", "related"} {
		if _, ok := view[k]; !ok {
			t.Errorf("story view lacks %q", k)
		}
	}
	var sv report.StoryViewJSON
	res, _ = nethttp.Get(srv.URL + "/api/stories/" + story)
	decode(t, res, nethttp.StatusOK, &sv)
	if sv.Story.ID != story || len(sv.Articles) != len(sv.Story.Articles) {
		t.Errorf("story view: id %q with %d/%d articles", sv.Story.ID, len(sv.Articles), len(sv.Story.Articles))
	}

	var a report.ArticleJSON
	res, _ = nethttp.Get(srv.URL + "/api/articles/" + article)
	decode(t, res, nethttp.StatusOK, &a)
	if a.ID != article || a.Text == "" || a.Story != story || a.Revision != 1 {
		t.Errorf("article: id %q story %q revision %d, text %d bytes", a.ID, a.Story, a.Revision, len(a.Text))
	}

	var search struct {
		Version int    `json:"version"`
		Query   string `json:"query"`
		Hits    []struct {
			Article report.ArticleJSON `json:"article"`
			Snippet string             `json:"snippet"`
			Rank    *float64           `json:"rank"`
		} `json:"hits"`
	}
	res, _ = nethttp.Get(srv.URL + "/api/search?q=troops")
	decode(t, res, nethttp.StatusOK, &search)
	if search.Version != 1 || search.Query != "troops" || len(search.Hits) == 0 ||
		search.Hits[0].Article.ID == "" || search.Hits[0].Rank == nil || !strings.Contains(search.Hits[0].Snippet, "[") {
		t.Errorf("search: %+v", search)
	}
}

// TestStoriesByLanguage: the language filter keeps the stories with an
// article in that language (the demo corpus has one French article).
func TestStoriesByLanguage(t *testing.T) {
	srv, _ := corpusServer(t)
	count := func(lang string) int {
		res, err := nethttp.Get(srv.URL + "/api/stories?language=" + lang)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		var doc struct{ Stories []struct{ ID string } }
		if err := json.NewDecoder(res.Body).Decode(&doc); err != nil {
			t.Fatal(err)
		}
		return len(doc.Stories)
	}
	if en, fr, de := count("en"), count("fr"), count("de"); en != 3 || fr != 1 || de != 0 {
		t.Errorf("stories by language: en %d, fr %d, de %d; want 3, 1, 0", en, fr, de)
	}
}

// apiError is the JSON error document.
type apiError struct {
	Error struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

func TestErrors(t *testing.T) {
	srv, _ := corpusServer(t)
	tests := []struct {
		method, path, ct, body string
		status                 int
		code                   string
	}{
		{"GET", "/api/stories/nope", "", "", 404, "notfound"},
		{"GET", "/api/articles/nope", "", "", 404, "notfound"},
		{"GET", "/api/nothing/here", "", "", 404, "notfound"},
		{"DELETE", "/api/stories", "", "", 404, "notfound"},
		{"GET", "/api/search", "", "", 400, "invalid"},
		{"GET", "/api/stories?since=yesterday", "", "", 400, "invalid"},
		{"POST", "/api/ingest", "application/json", "{not json", 400, "invalid"},
		{"POST", "/api/ingest", "application/json", `{"urls":[]}`, 400, "invalid"},
		{"POST", "/api/ingest", "text/plain", "hello", 400, "invalid"},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.path, func(t *testing.T) {
			req, _ := nethttp.NewRequest(tt.method, srv.URL+tt.path, strings.NewReader(tt.body))
			if tt.ct != "" {
				req.Header.Set("Content-Type", tt.ct)
			}
			res, err := nethttp.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			var e apiError
			decode(t, res, tt.status, &e)
			if e.Error.Code != tt.code || e.Error.Message == "" {
				t.Errorf("error=%+v, want code %q", e.Error, tt.code)
			}
		})
	}
	for _, p := range []string{"/stories/nope", "/articles/nope", "/add/nope", "/no/such/page"} {
		if code, body := fetchPage(t, srv.URL+p); code != 404 || !strings.Contains(body, `id="error"`) {
			t.Errorf("GET %s: status %d, want a 404 page", p, code)
		}
	}
}

// postJSON posts v as JSON with the optional bearer token.
func postJSON(tb testing.TB, url, token string, v any) *nethttp.Response {
	tb.Helper()
	data, _ := json.Marshal(v)
	req, _ := nethttp.NewRequest("POST", url, bytes.NewReader(data))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	res, err := nethttp.DefaultClient.Do(req)
	if err != nil {
		tb.Fatal(err)
	}
	return res
}

// record is a JSONL record with invented text about the given topic.
func record(id, title, extra string) map[string]any {
	return map[string]any{
		"id": id, "outlet": "Harbour Beacon", "title": title, "language": "en",
		"published": "2025-11-06T09:00:00Z",
		"text": "The Kelmar ferry service will run 12 extra crossings a day from Monday, the operator said on Thursday. " + extra +
			" Passengers were told to expect queues of up to 40 minutes at the Tarrow terminal during the first week. " +
			"The operator said the new timetable would stay in place until the end of March, when it will be reviewed.",
	}
}

func TestEscaping(t *testing.T) {
	const payload = "<script>alert(1)</script>"
	srv := MustServe(t, web.Config{})
	var doc report.DocumentJSON
	decode(t, postJSON(t, srv.URL+"/api/ingest", "", map[string]any{
		"records": []any{
			record("xss-1", "Ferry timetable "+payload+" changes", payload+` "The new crossings `+payload+` start at 6 a.m.," harbour master Ilse Varga said.`),
			record("xss-2", "Ferry crossings "+payload, `"The new crossings `+payload+` start at 7 a.m.," harbour master Ilse Varga said.`),
		},
	}), 200, &doc)
	if len(doc.Articles) != 2 || !strings.Contains(doc.Articles[0].Title, payload) {
		t.Fatalf("ingest: %+v", doc)
	}
	if len(doc.Articles[0].Quotes) == 0 {
		t.Errorf("no quote found around the payload: the test would not cover quotes")
	}
	a := doc.Articles[0]
	for _, p := range []string{"/", "/search?q=ferry", "/stories/" + a.Story, "/articles/" + a.ID} {
		code, body := fetchPage(t, srv.URL+p)
		if code != 200 {
			t.Errorf("GET %s: status %d", p, code)
		}
		if strings.Contains(body, "<script>alert") {
			t.Errorf("GET %s: the payload appears unescaped", p)
		}
		if !strings.Contains(body, "&lt;script&gt;alert(1)&lt;/script&gt;") {
			t.Errorf("GET %s: the payload is not shown as text", p)
		}
	}
}

func TestToken(t *testing.T) {
	srv := MustServe(t, web.Config{Token: "s3cret"})
	body := map[string]any{"records": []any{record("tok-1", "Ferry timetable changes", "")}}
	tests := []struct {
		token string
		want  int
	}{{"", 401}, {"wrong", 401}, {"s3cret", 200}}
	for _, tt := range tests {
		res := postJSON(t, srv.URL+"/api/ingest", tt.token, body)
		var v map[string]any
		decode(t, res, tt.want, &v)
	}
	// The Add form: the token as a form field.
	for _, tt := range tests {
		form, ct := multipartBody(t, nil, map[string]string{"text": "The ferry runs again.", "token": tt.token})
		res, err := noRedirect().Post(srv.URL+"/add", ct, form)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		want := tt.want
		if want == 200 {
			want = nethttp.StatusSeeOther
		}
		if res.StatusCode != want {
			t.Errorf("POST /add token %q: status %d, want %d", tt.token, res.StatusCode, want)
		}
	}
}

func TestCrossSiteWriteRefused(t *testing.T) {
	srv := MustServe(t, web.Config{})
	tests := []struct {
		origin string
		want   int
	}{{"http://evil.example", 401}, {"null", 401}, {srv.URL, 200}, {"", 200}}
	for _, tt := range tests {
		data, _ := json.Marshal(map[string]any{"records": []any{record("cs-1", "Ferry timetable changes", "")}})
		req, _ := nethttp.NewRequest("POST", srv.URL+"/api/ingest", bytes.NewReader(data))
		req.Header.Set("Content-Type", "application/json")
		if tt.origin != "" {
			req.Header.Set("Origin", tt.origin)
		}
		res, err := nethttp.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		var v map[string]any
		decode(t, res, tt.want, &v)
	}
}

// TestLoopbackHostOnly: a server without a token answers only requests
// addressed to a loopback name, so a hostile domain re-pointed at
// 127.0.0.1 (DNS rebinding) reads and writes nothing; with a token it
// serves any name.
func TestLoopbackHostOnly(t *testing.T) {
	for _, tc := range []struct {
		token, host string
		want        int
	}{
		{"", "evil.example:8080", nethttp.StatusMisdirectedRequest},
		{"", "10.0.0.5", nethttp.StatusMisdirectedRequest},
		{"", "localhost:8080", nethttp.StatusOK},
		{"", "[::1]:8080", nethttp.StatusOK},
		{"s3cret", "news.example", nethttp.StatusOK},
	} {
		srv := MustServe(t, web.Config{Token: tc.token})
		req, _ := nethttp.NewRequest("GET", srv.URL+"/api/stories", nil)
		req.Host = tc.host
		res, err := nethttp.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != tc.want {
			t.Errorf("token %q, Host %s: status %d, want %d", tc.token, tc.host, res.StatusCode, tc.want)
		}
	}
}

// TestTokenNotFromURL: the token is read from the posted form or the
// Authorization header, never from the query string, where logs keep it.
func TestTokenNotFromURL(t *testing.T) {
	srv := MustServe(t, web.Config{Token: "s3cret"})
	data, _ := json.Marshal(map[string]any{"records": []any{record("tq-1", "Ferry timetable changes", "")}})
	res, err := nethttp.Post(srv.URL+"/api/ingest?token=s3cret", "application/json", bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != nethttp.StatusUnauthorized {
		t.Errorf("token in the URL: status %d, want 401", res.StatusCode)
	}
	res, err = nethttp.Get(srv.URL + "/add")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if csp := res.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "frame-ancestors 'none'") {
		t.Errorf("Content-Security-Policy %q lets other sites frame the pages", csp)
	}
}

func noRedirect() *nethttp.Client {
	return &nethttp.Client{CheckRedirect: func(*nethttp.Request, []*nethttp.Request) error { return nethttp.ErrUseLastResponse }}
}

func TestSizeLimit(t *testing.T) {
	srv := MustServe(t, web.Config{MaxUpload: 4 << 10})
	big := strings.Repeat("The ferry runs again today. ", 1000)
	var e apiError
	decode(t, postJSON(t, srv.URL+"/api/ingest", "", map[string]any{"records": []any{record("big", "Big", big)}}), 413, &e)
	if e.Error.Code != "toolarge" {
		t.Errorf("code=%q, want toolarge", e.Error.Code)
	}
	form, ct := multipartBody(t, nil, map[string]string{"text": big})
	res, err := nethttp.Post(srv.URL+"/add", ct, form)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != 413 {
		t.Errorf("POST /add: status %d, want 413", res.StatusCode)
	}
}

// articlePage serves one invented article page on loopback.
func articlePage(t *testing.T) string {
	page := httptest.NewServer(nethttp.HandlerFunc(func(w nethttp.ResponseWriter, r *nethttp.Request) {
		fmt.Fprint(w, `<html><head><title>Ferry timetable changes</title></head><body><article><h1>Ferry timetable changes</h1>`+
			strings.Repeat(`<p>The Kelmar ferry service will run 12 extra crossings a day from Monday, the operator said on Thursday, and passengers were told to expect queues.</p>`, 4)+
			`</article></body></html>`)
	}))
	t.Cleanup(page.Close)
	return page.URL + "/ferry"
}

func TestPrivateAddresses(t *testing.T) {
	url := articlePage(t)
	tests := []struct {
		name         string
		allowPrivate bool
		articles     int
		errSub       string
	}{
		{"refused", false, 0, "refused"},
		{"allowed", true, 1, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := MustServe(t, web.Config{AllowPrivate: tt.allowPrivate})
			var doc report.DocumentJSON
			decode(t, postJSON(t, srv.URL+"/api/ingest", "", map[string]any{"urls": []string{url}}), 200, &doc)
			if len(doc.Articles) != tt.articles {
				t.Errorf("articles=%d, want %d (errors %+v)", len(doc.Articles), tt.articles, doc.Errors)
			}
			if tt.errSub != "" && (len(doc.Errors) != 1 || !strings.Contains(doc.Errors[0].Message, tt.errSub) || doc.Errors[0].Source != url) {
				t.Errorf("errors=%+v, want one for %s saying %q", doc.Errors, url, tt.errSub)
			}
		})
	}
}

func TestLocalPathsRefused(t *testing.T) {
	srv := MustServe(t, web.Config{AllowPrivate: true})
	var doc report.DocumentJSON
	decode(t, postJSON(t, srv.URL+"/api/ingest", "", map[string]any{"urls": []string{"/etc/hostname", "-", "file:///etc/hostname"}}), 200, &doc)
	if len(doc.Articles) != 0 || len(doc.Errors) != 3 || doc.Errors[0].Code != "invalid" {
		t.Errorf("doc=%+v, want 3 invalid inputs", doc)
	}
}

func TestAddJob(t *testing.T) {
	srv := MustServe(t, web.Config{})
	form, ct := multipartBody(t, []string{"../examples/feeds/wire.jsonl"}, map[string]string{
		"urls": "not-a-url\n",
		"text": "Kelmar ferry timetable changes\n\nThe Kelmar ferry service will run 12 extra crossings a day from Monday, the operator said on Thursday. Passengers were told to expect queues of up to 40 minutes at the Tarrow terminal during the first week of the new timetable.",
	})
	res, err := noRedirect().Post(srv.URL+"/add", ct, form)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	loc := res.Header.Get("Location")
	if res.StatusCode != nethttp.StatusSeeOther || !strings.HasPrefix(loc, "/add/") {
		t.Fatalf("POST /add: status %d location %q, want 303 to /add/{job}", res.StatusCode, loc)
	}
	code, body := fetchPage(t, srv.URL+loc)
	if code != 200 || !strings.Contains(body, `id="progress"`) {
		t.Fatalf("job page: status %d", code)
	}
	deadline := time.Now().Add(20 * time.Second)
	for !strings.Contains(body, `<ul id="results">`) {
		if time.Now().After(deadline) {
			t.Fatalf("job not done after 20 s: %s", body)
		}
		time.Sleep(100 * time.Millisecond)
		_, body = fetchPage(t, srv.URL+loc+"/progress")
	}
	if n := strings.Count(body, `<li class="ok">`); n < 2 {
		t.Errorf("li.ok=%d, want the records and the pasted text", n)
	}
	if !strings.Contains(body, `<li class="error">not-a-url: not an http(s) URL</li>`) {
		t.Errorf("no error line for not-a-url in %s", body)
	}
	if !strings.Contains(body, `<a class="story" href="/stories/`) {
		t.Errorf("no story link")
	}
	if !strings.Contains(body, "pasted text") || strings.Contains(body, "parallax-upload-") {
		t.Errorf("sources should read as the user gave them, not temp paths")
	}
	// The store keeps the names the user knows too: an article page never
	// shows the server's temporary paths.
	for _, m := range regexp.MustCompile(`href="(/articles/[^"]+)"`).FindAllStringSubmatch(body, -1) {
		if _, page := fetchPage(t, srv.URL+m[1]); strings.Contains(page, "parallax-upload-") {
			t.Errorf("%s shows a temp path as its source", m[1])
		}
	}
	if _, full := fetchPage(t, srv.URL+loc); !strings.Contains(full, `<ul id="results">`) || strings.Contains(full, `http-equiv="refresh"`) {
		t.Errorf("finished job page should show results and stop refreshing")
	}
}

func TestReadsDuringIngest(t *testing.T) {
	srv := MustServe(t, web.Config{})
	done := make(chan report.DocumentJSON)
	go func() { done <- ingestExamples(t, srv) }()
	reads := 0
	for running := true; running; {
		select {
		case <-done:
			running = false
		default:
			for _, p := range []string{"/", "/api/stories", "/search?q=troops"} {
				if code, body := fetchPage(t, srv.URL+p); code != 200 {
					t.Fatalf("GET %s during ingest: %d %s", p, code, body)
				}
				reads++
			}
		}
	}
	if reads == 0 {
		t.Errorf("no reads ran during the ingest")
	}
	if code, body := fetchPage(t, srv.URL+"/"); code != 200 || !strings.Contains(body, `<li class="story">`) {
		t.Errorf("no stories after the ingest")
	}
}

// TestStoriesPaging: the stories page lists a page of stories and links
// to the next one, keeping its filters, until the last.
func TestStoriesPaging(t *testing.T) {
	srv, doc := corpusServer(t)
	if len(doc.Stories) != 3 {
		t.Fatalf("demo gave %d stories, want 3", len(doc.Stories))
	}
	_, body := fetchPage(t, srv.URL+"/?limit=2&language=en")
	if n := strings.Count(body, `<li class="story">`); n != 2 {
		t.Errorf("first page lists %d stories, want 2", n)
	}
	if !strings.Contains(body, `<a id="next" href="/?language=en&amp;limit=2&amp;offset=2">`) {
		t.Errorf("first page has no link to the next, keeping the filter:\n%s", body)
	}
	_, body = fetchPage(t, srv.URL+"/?limit=2&offset=2&language=en")
	if n := strings.Count(body, `<li class="story">`); n != 1 || strings.Contains(body, `id="next"`) {
		t.Errorf("last page lists %d stories (want 1) or links further", n)
	}
}
