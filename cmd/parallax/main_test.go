package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// run runs the parallax command line in this process with the given
// stdin and environment, and returns its exit code, stdout and stderr.
func run(t *testing.T, stdin string, env map[string]string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	e := &Env{
		Stdin:  strings.NewReader(stdin),
		Stdout: &out,
		Stderr: &errOut,
		Getenv: func(k string) string { return env[k] },
	}
	code := Main(context.Background(), e, args)
	return code, out.String(), errOut.String()
}

// writeFile writes content to dir/name, creating parent directories.
func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const pageHTML = `<!doctype html>
<html lang="en"><head><title>Harbour cranes idle as dock workers strike | Tidewater Post</title>
<meta property="og:title" content="Harbour cranes idle as dock workers strike">
<meta property="og:site_name" content="Tidewater Post">
<meta property="article:published_time" content="2024-03-05T09:30:00Z">
<meta name="author" content="Lena Okafor">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article>
<h1>Harbour cranes idle as dock workers strike</h1>
<p>Dock workers at the port of Calloway walked off the job on Tuesday, leaving more than forty container ships waiting at anchor outside the harbour as talks over pay and shift lengths broke down for a third time.</p>
<p>"We have been patient for two years, and patience has not paid a single bill," said Marta Lindqvist, who chairs the dockers' union, speaking to reporters outside the terminal gates.</p>
<p>The port authority said in a statement that it remained open to talks and that perishable cargo would be given priority once work resumed. It did not say when negotiators would meet again.</p>
<p>Shipping agents estimated that the stoppage was costing importers about 3 million euros a day, a figure the union disputed as inflated.</p>
</article>
<footer><p>© 2024 Tidewater Post. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>`

const noisyText = `Calloway strike enters second day

CALLOWAY, March 6, 2024 — The strike at the port of Calloway entered its second day on Wednesday with no sign of new talks between the dockers' union and the port authority.

Union leader Marta Lindqvist told a rally of several hundred workers that the union would not return to the table until the authority withdrew its plan to lengthen shifts.

"They want twelve-hour shifts for the same pay, and we will not accept that," she said.

Share this:
Facebook
Twitter
Support the Harbour Voice
2,500 $
1,000 $
Other amount

3 Comments
Notify of
Newest Most Voted
dockfan88
2 days ago
The authority should pay up, this has gone on far too long and everyone knows it.
Reply
`

func TestReportInputs(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "in/page.html", pageHTML)
	writeFile(t, dir, "in/strike.txt", noisyText)
	writeFile(t, dir, "in/wire.jsonl",
		`{"id":"wire-1","outlet":"Meridian Wire","title":"Port talks collapse","published":"2024-03-05","text":"Talks between the dockers' union and the port authority of Calloway collapsed on Monday evening after negotiators failed to agree on shift lengths, a union spokesman said.\n\nThe union said its members would strike from Tuesday morning.","section":"business"}`+"\n"+
			`{not json`+"\n")
	missing := filepath.Join(dir, "nope.html")

	code, out, errOut := run(t, "", nil, "report", "--format", "json", filepath.Join(dir, "in"), missing)
	if code != exitPartial {
		t.Fatalf("exit code = %d, want %d; stderr:\n%s", code, exitPartial, errOut)
	}
	// One line on stderr for each failed input, naming it.
	for _, want := range []string{"nope.html", "wire.jsonl#2"} {
		if n := strings.Count(errOut, want); n != 1 {
			t.Errorf("stderr mentions %s %d times, want once:\n%s", want, n, errOut)
		}
	}
	var doc struct {
		Version  int `json:"version"`
		Articles []struct {
			ID, Source, Outlet, Title, Text string
			Published                       *string
			Extra                           map[string]any
		}
		Errors []struct{ Source, Message string }
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("report is not JSON: %v\n%s", err, out)
	}
	if doc.Version != 1 {
		t.Errorf("version = %d, want 1", doc.Version)
	}
	if got, want := len(doc.Articles), 3; got != want {
		t.Fatalf("%d articles, want %d", got, want)
	}
	if got, want := len(doc.Errors), 2; got != want {
		t.Errorf("%d errors in report, want %d", got, want)
	}
	byOutlet := map[string]int{}
	for i, a := range doc.Articles {
		byOutlet[a.Outlet] = i
		if strings.Contains(a.Text, "Notify of") || strings.Contains(a.Text, "dockfan88") || strings.Contains(a.Text, "2,500 $") {
			t.Errorf("article %s keeps boilerplate:\n%s", a.Source, a.Text)
		}
	}
	wire, ok := byOutlet["Meridian Wire"]
	if !ok {
		t.Fatalf("no article from the JSONL outlet: %+v", doc.Articles)
	}
	if got := doc.Articles[wire].ID; got != "wire-1" {
		t.Errorf("JSONL article id = %q, want wire-1", got)
	}
	if got := doc.Articles[wire].Extra["section"]; got != "business" {
		t.Errorf("extra.section = %v, want business", got)
	}
	if _, ok := byOutlet["Tidewater Post"]; !ok {
		t.Errorf("no article from the HTML page's site name: %+v", byOutlet)
	}
	for _, a := range doc.Articles {
		if strings.HasSuffix(a.Source, "strike.txt") {
			if !strings.Contains(a.Text, "twelve-hour shifts") {
				t.Errorf("text article lost its quote:\n%s", a.Text)
			}
			if a.Published == nil || !strings.HasPrefix(*a.Published, "2024-03-06") {
				t.Errorf("text article published = %v, want the dateline's 2024-03-06", a.Published)
			}
		}
	}
}

func TestIngestIdempotentAndRevised(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "p.db")
	env := map[string]string{"PARALLAX_DB": db}
	page := writeFile(t, dir, "a/page.html", pageHTML)

	code, _, errOut := run(t, "", env, "ingest", page)
	if code != exitOK || !strings.Contains(errOut, "1 new") {
		t.Fatalf("first ingest: code %d, stderr %q", code, errOut)
	}
	code, _, errOut = run(t, "", env, "ingest", page)
	if code != exitOK || !strings.Contains(errOut, "0 new, 0 revised, 1 unchanged") {
		t.Fatalf("second ingest: code %d, stderr %q", code, errOut)
	}

	// The same id with changed text is a new revision, not a new article.
	rec := func(text string) string {
		b, _ := json.Marshal(map[string]string{"id": "r1", "url": "https://news.example/r1", "title": "Port reopens", "text": text})
		return string(b) + "\n"
	}
	v1 := writeFile(t, dir, "v1.jsonl", rec("The port of Calloway reopened on Friday after a four-day strike ended with a pay deal that both sides called fair."))
	v2 := writeFile(t, dir, "v2.jsonl", rec("The port of Calloway reopened on Friday after a five-day strike ended with a pay deal that both sides called fair and lasting."))
	if code, _, errOut = run(t, "", env, "ingest", v1); code != exitOK {
		t.Fatalf("ingest v1: %d %s", code, errOut)
	}
	code, _, errOut = run(t, "", env, "ingest", v2)
	if code != exitOK || !strings.Contains(errOut, "1 revised") {
		t.Fatalf("ingest v2: code %d, stderr %q", code, errOut)
	}
	code, out, _ := run(t, "", env, "article", "--format", "json", "r1")
	if code != exitOK || !strings.Contains(out, "five-day strike") || !strings.Contains(out, `"revision": 2`) {
		t.Fatalf("article r1 after revision: code %d\n%s", code, out)
	}

	code, out, _ = run(t, "", env, "articles")
	if code != exitOK || !strings.Contains(out, "Harbour cranes idle") || !strings.Contains(out, "Port reopens") {
		t.Fatalf("articles: code %d\n%s", code, out)
	}
	code, out, _ = run(t, "", env, "search", "pay", "deal")
	if code != exitOK || !strings.Contains(out, "Port reopens") || strings.Contains(out, "Harbour cranes") {
		t.Fatalf("search: code %d\n%s", code, out)
	}
	// Awkward queries are searched, not a syntax error.
	if code, _, errOut = run(t, "", env, "search", `"U.S.`, "AND"); code != exitOK {
		t.Fatalf("search with awkward query: %d %s", code, errOut)
	}
}

func TestFailedInputLeavesStoreUnchanged(t *testing.T) {
	dir := t.TempDir()
	env := map[string]string{"PARALLAX_DB": filepath.Join(dir, "p.db")}
	page := writeFile(t, dir, "page.html", pageHTML)
	if code, _, errOut := run(t, "", env, "ingest", page); code != exitOK {
		t.Fatalf("ingest: %d %s", code, errOut)
	}
	bad := []string{
		writeFile(t, dir, "empty.txt", ""),
		writeFile(t, dir, "binary.html", "\x00\x01\x02\x03PK\x00\x00"),
		writeFile(t, dir, "nav-only.html", `<html><body><nav><a href="/">Home</a> <a href="/a">About</a></nav></body></html>`),
		writeFile(t, dir, "truncated.html.gz", "\x1f\x8b\x08\x00\x00\x00\x00\x00"),
		filepath.Join(dir, "missing.txt"),
	}
	code, _, errOut := run(t, "", env, append([]string{"ingest"}, bad...)...)
	if code != exitPartial {
		t.Fatalf("exit code = %d, want %d", code, exitPartial)
	}
	for _, b := range bad {
		if n := strings.Count(errOut, filepath.Base(b)+":"); n != 1 {
			t.Errorf("stderr names %s %d times, want once:\n%s", filepath.Base(b), n, errOut)
		}
	}
	code, out, _ := run(t, "", env, "articles", "--format", "json")
	var doc struct{ Articles []any }
	if err := json.Unmarshal([]byte(out), &doc); code != exitOK || err != nil || len(doc.Articles) != 1 {
		t.Fatalf("after failed inputs: code %d, err %v, %d articles, want 1", code, err, len(doc.Articles))
	}
}

func TestExtractJSONL(t *testing.T) {
	dir := t.TempDir()
	page := writeFile(t, dir, "page.html", pageHTML)
	code, out, errOut := run(t, noisyText, nil, "extract", "--format", "jsonl", page, "-", filepath.Join(dir, "gone.html"))
	if code != exitPartial {
		t.Fatalf("exit code = %d, want %d; stderr %s", code, exitPartial, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d lines, want 3:\n%s", len(lines), out)
	}
	var recs []map[string]any
	for _, l := range lines {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("line is not JSON: %v: %s", err, l)
		}
		recs = append(recs, m)
	}
	if recs[0]["source"] != page || recs[0]["title"] != "Harbour cranes idle as dock workers strike" {
		t.Errorf("line 1 = %v", recs[0])
	}
	if recs[1]["source"] != "-" || !strings.Contains(recs[1]["text"].(string), "second day") {
		t.Errorf("line 2 (stdin) = %v", recs[1])
	}
	if recs[2]["error"] == nil {
		t.Errorf("line 3 has no error: %v", recs[2])
	}
}

func TestFeedURL(t *testing.T) {
	mux := http.NewServeMux()
	var srv *httptest.Server
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>Tidewater Post</title>
<item><title>Harbour cranes idle as dock workers strike</title><link>` + srv.URL + `/story</link><pubDate>Tue, 05 Mar 2024 09:30:00 GMT</pubDate></item>
<item><title>Gone</title><link>` + srv.URL + `/broken</link></item>
</channel></rss>`))
	})
	mux.HandleFunc("/story", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(pageHTML)) })
	mux.HandleFunc("/broken", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "boom", 500) })
	srv = httptest.NewServer(mux)
	defer srv.Close()

	code, out, errOut := run(t, "", nil, "report", srv.URL+"/feed.xml")
	if code != exitPartial {
		t.Fatalf("exit code = %d, want %d; stderr %s", code, exitPartial, errOut)
	}
	if !strings.Contains(out, "Harbour cranes idle") {
		t.Errorf("report lacks the feed item's article:\n%s", out)
	}
	if !strings.Contains(errOut, "feed.xml#2") || !strings.Contains(errOut, "500") {
		t.Errorf("stderr does not name the failed item and its status:\n%s", errOut)
	}
}

func TestUsage(t *testing.T) {
	for _, args := range [][]string{
		{},
		{"frobnicate"},
		{"ingest"},
		{"report", "--format", "yaml", "x"},
		{"extract"},
		{"article"},
		{"articles", "--since", "yesterday"},
		{"search"},
		{"ingest", "--no-such-flag", "x"},
	} {
		if code, _, errOut := run(t, "", nil, args...); code != exitUsage || errOut == "" {
			t.Errorf("parallax %q: exit code %d, stderr %q; want %d and a message", args, code, errOut, exitUsage)
		}
	}
	for _, c := range commands {
		code, out, _ := run(t, "", nil, c.name, "--help")
		if code != exitOK || !strings.Contains(out, "Usage: parallax "+c.name) || !strings.Contains(out, "Examples:") {
			t.Errorf("parallax %s --help: code %d, output:\n%s", c.name, code, out)
		}
	}
	if code, out, _ := run(t, "", nil, "version"); code != exitOK || !strings.HasPrefix(out, "parallax ") {
		t.Errorf("version: %d %q", code, out)
	}
}

func TestNoProgressWhenPiped(t *testing.T) {
	dir := t.TempDir()
	page := writeFile(t, dir, "page.html", pageHTML)
	_, _, errOut := run(t, "", nil, "report", page)
	if strings.ContainsAny(errOut, "\r\x1b") {
		t.Errorf("stderr holds terminal control characters when not a terminal: %q", errOut)
	}
}

func TestDemoCorpus(t *testing.T) {
	code, out, errOut := run(t, "", nil, "report", "--format", "json", "../../examples")
	if code != exitOK {
		t.Fatalf("report examples/: exit code %d\n%s", code, errOut)
	}
	var doc struct {
		Articles []struct{ Outlet, Text string }
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	outlets := map[string]bool{}
	for _, a := range doc.Articles {
		outlets[a.Outlet] = true
		for _, bad := range []string{"Notify of", "Newest Most Voted", "View all comments", "Other amount", "Click to see full-size image"} {
			if strings.Contains(a.Text, bad) {
				t.Errorf("%s article keeps %q", a.Outlet, bad)
			}
		}
	}
	if len(doc.Articles) < 8 || len(outlets) < 4 {
		t.Errorf("demo corpus gives %d articles from %d outlets, want ≥ 8 from ≥ 4", len(doc.Articles), len(outlets))
	}
}

// demoEvents is the answer key of examples/README.md: the event each demo
// input reports.
var demoEvents = map[string]string{
	"feeds/wire.jsonl#1": "E1", "feeds/wire.jsonl#2": "E1", "feeds/nwb.rss#3": "E1",
	"html/lumira-herald-veltrava-troops-home.html":     "E1",
	"html/orsenburg-post-varela-kessaria-mission.html": "E1",
	"text/free-horizon-withdrawal-not-all.txt":         "E1",
	"feeds/wire.jsonl#4":                               "E2", "feeds/wire.jsonl#5": "E2", "feeds/nwb.rss#1": "E2",
	"html/lumira-herald-assembly-advisers-vote.html": "E2",
	"text/free-horizon-assembly-victory.txt":         "E2",
	"feeds/wire.jsonl#3":                             "E3", "feeds/nwb.rss#2": "E3",
	"html/brennick-gazette-dock-strike.html": "E3",
}

func TestDemoStories(t *testing.T) {
	dir := t.TempDir()
	env := map[string]string{"PARALLAX_DB": filepath.Join(dir, "p.db")}
	code, _, errOut := run(t, "", env, "ingest", "../../examples")
	if code != exitOK || !strings.Contains(errOut, "in 3 stories") {
		t.Fatalf("ingest examples: code %d, stderr %s", code, errOut)
	}
	code, out, _ := run(t, "", env, "report", "--format", "json")
	var doc struct {
		Stories []struct {
			ID       string
			Articles []string
		}
		Articles []struct {
			ID, Source, Story string
			DuplicateOf       string `json:"duplicate_of"`
		}
	}
	if err := json.Unmarshal([]byte(out), &doc); code != exitOK || err != nil {
		t.Fatalf("report: code %d, err %v", code, err)
	}
	// The partition must be the answer key's: one story per event.
	event := map[string]string{} // story → event
	ids := map[string]string{}   // source → article id
	for _, a := range doc.Articles {
		src := strings.TrimPrefix(a.Source, "../../examples/")
		ids[src] = a.ID
		want, ok := demoEvents[src]
		if !ok {
			t.Errorf("unexpected article %s", src)
			continue
		}
		if got, seen := event[a.Story]; seen && got != want {
			t.Errorf("%s (%s) is in story %s with %s articles", src, want, a.Story, got)
		}
		event[a.Story] = want
	}
	if len(doc.Stories) != 3 || len(event) != 3 {
		t.Errorf("%d stories, %d events; want 3 and 3", len(doc.Stories), len(event))
	}
	// The Lumira Herald page is a syndicated copy of the wire's first report.
	for _, a := range doc.Articles {
		copyOf := ""
		if strings.HasSuffix(a.Source, "lumira-herald-veltrava-troops-home.html") {
			copyOf = ids["feeds/wire.jsonl#1"]
		}
		if a.DuplicateOf != copyOf {
			t.Errorf("%s: duplicate_of = %q, want %q", a.Source, a.DuplicateOf, copyOf)
		}
	}
	if len(doc.Stories) == 0 {
		return
	}
	id := doc.Stories[0].ID
	code, out, _ = run(t, "", env, "story", id)
	if code != exitOK || !strings.Contains(out, "Meridian Wire") {
		t.Errorf("story %s: code %d\n%s", id, code, out)
	}
	// The listing names each story with its counts, not its articles.
	code, out, _ = run(t, "", env, "stories")
	if code != exitOK || !strings.Contains(out, "Stories (3)") || !strings.Contains(out, "disagreements") ||
		strings.Contains(out, "Disagreements (") || !strings.Contains(out, "id "+id) {
		t.Errorf("stories: code %d\n%s", code, out)
	}
	code, out, _ = run(t, "", env, "stories", "--details", "--limit", "1")
	if code != exitOK || !strings.Contains(out, "Disagreements (") {
		t.Errorf("stories --details: code %d\n%s", code, out)
	}
	code, out, _ = run(t, "", env, "stories", "--outlet", "The Brennick Gazette", "--format", "json")
	if code != exitOK || strings.Count(out, `"title"`) < 2 {
		t.Errorf("stories --outlet: code %d\n%s", code, out)
	}
	if code, _, _ = run(t, "", env, "story", "s000000000000"); code != exitPartial {
		t.Errorf("story with unknown id: code %d, want %d", code, exitPartial)
	}
}

func TestHelpListsEveryCommand(t *testing.T) {
	_, out, _ := run(t, "", nil, "help")
	for _, c := range commands {
		if !strings.Contains(out, "  "+c.name+" ") {
			t.Errorf("help does not list %q:\n%s", c.name, out)
		}
	}
}

func TestTimexCommand(t *testing.T) {
	dir := t.TempDir()
	// Offsets are into the raw file as given: CRLF line ends stay counted.
	path := writeFile(t, dir, "raw.txt", "Talks ended on Monday.\r\nThe two sides will meet again on Thursday, Oct. 24.\r\n")
	code, out, errOut := run(t, "", nil, "timex", "--dct", "2019-10-22", path)
	if code != exitOK {
		t.Fatalf("timex: code %d, stderr %s", code, errOut)
	}
	raw, _ := os.ReadFile(path)
	var values []string
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var e struct {
			Text, Type, Value string
			Start, End        int
		}
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			t.Fatalf("line %q: %v", line, err)
		}
		if string(raw[e.Start:e.End]) != e.Text {
			t.Errorf("%q at %d–%d does not slice the file (%q)", e.Text, e.Start, e.End, raw[e.Start:e.End])
		}
		values = append(values, e.Type+" "+e.Value)
	}
	if got := strings.Join(values, ", "); !strings.Contains(got, "DATE 2019-10-21") || !strings.Contains(got, "DATE 2019-10-24") {
		t.Errorf("timex values = %s; want Monday 2019-10-21 and Thursday, Oct. 24 2019-10-24", got)
	}
	if code, _, _ := run(t, "", nil, "timex", "--dct", "yesterday", path); code != exitUsage {
		t.Errorf("timex with a bad --dct: code %d, want %d", code, exitUsage)
	}
}

func TestBenchServe(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/story" {
			http.NotFound(w, r)
			return
		}
		w.Write([]byte("<h1>story</h1>"))
	}))
	defer srv.Close()
	code, out, errOut := run(t, "", nil, "bench", "serve", "--clients", "2", "--duration", "200ms", srv.URL+"/story")
	if code != exitOK {
		t.Fatalf("bench serve: code %d, stderr %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("want a header and one row:\n%s", out)
	}
	var url string
	var failed int
	var rps float64
	if _, err := fmt.Sscan(lines[1], &url, &failed, &rps); err != nil || failed != 0 || rps <= 0 {
		t.Errorf("row %q: failed %d, req/s %v (err %v); want no failures and a positive rate", lines[1], failed, rps, err)
	}
	// A URL that does not answer 200 is an error, not a table of failures.
	if code, _, _ := run(t, "", nil, "bench", "serve", "--duration", "100ms", srv.URL+"/nope"); code != exitPartial {
		t.Errorf("bench serve of a 404: code %d, want %d", code, exitPartial)
	}
}

// conllSample is an invented CoNLL-format snippet: token, POS, chunk, tag.
const conllSample = `-DOCSTART- -X- -X- O

Defence NNP I-NP O
Minister NNP I-NP O
Ana NNP I-NP I-PER
Varela NNP I-NP I-PER
visited VBD I-VP O
Lumira NNP I-NP I-LOC
on IN I-PP O
Monday NNP I-NP O
. . O O

The DT I-NP O
Meridian NNP I-NP I-ORG
Wire NNP I-NP I-ORG
reported VBD I-VP O
it PRP I-NP O
. . O O
`

func TestNERCommands(t *testing.T) {
	dir := t.TempDir()
	path := writeFile(t, dir, "sample.conll", conllSample)

	// ner --conll: every line comes back with one more column.
	code, out, errOut := run(t, "", nil, "ner", "--conll", path)
	if code != exitOK {
		t.Fatalf("ner: code %d, stderr %s", code, errOut)
	}
	in := strings.Split(strings.TrimRight(conllSample, "\n"), "\n")
	got := strings.Split(strings.TrimRight(out, "\n"), "\n")
	if len(got) != len(in) {
		t.Fatalf("ner printed %d lines for %d", len(got), len(in))
	}
	for i := range in {
		if in[i] == "" || strings.HasPrefix(in[i], "-DOCSTART-") {
			if got[i] != in[i] {
				t.Errorf("line %d = %q, want it as it was", i+1, got[i])
			}
			continue
		}
		if f := strings.Fields(got[i]); !strings.HasPrefix(got[i], in[i]+" ") || len(f) != 5 {
			t.Errorf("line %d = %q, want %q and a tag", i+1, got[i], in[i])
		}
	}
	if !strings.Contains(out, "Varela NNP I-NP I-PER I-PER") {
		t.Errorf("the embedded model did not tag Ana Varela as a person:\n%s", out)
	}

	// eval ner: a conlleval table.
	code, out, _ = run(t, "", nil, "eval", "ner", path)
	if code != exitOK || !strings.Contains(out, "overall") || !strings.Contains(out, "PER") {
		t.Errorf("eval ner: code %d\n%s", code, out)
	}

	// train ner: deterministic — the same data gives the same bytes.
	var sums []string
	for i := range 2 {
		model := filepath.Join(dir, fmt.Sprintf("m%d.bin.gz", i))
		code, out, errOut = run(t, "", nil, "train", "ner", "--epochs", "3", "--dev", filepath.Join(dir, "none"), "--out", model, path)
		if code != exitOK {
			t.Fatalf("train ner: code %d, stderr %s", code, errOut)
		}
		b, err := os.ReadFile(model)
		if err != nil || len(b) == 0 {
			t.Fatalf("no model written: %v", err)
		}
		sums = append(sums, out[strings.Index(out, "sha256"):])
	}
	if sums[0] != sums[1] {
		t.Errorf("two trainings differ: %q / %q", sums[0], sums[1])
	}

	// train pos: deterministic, and scored on --dev.
	sums = nil
	for i := range 2 {
		model := filepath.Join(dir, fmt.Sprintf("pos%d.bin.gz", i))
		code, out, errOut = run(t, "", nil, "train", "pos", "--epochs", "3", "--dev", path, "--out", model, path)
		if code != exitOK {
			t.Fatalf("train pos: code %d, stderr %s", code, errOut)
		}
		if !strings.Contains(out, "accuracy") {
			t.Errorf("train pos printed no accuracy:\n%s", out)
		}
		sums = append(sums, out[strings.Index(out, "sha256"):strings.Index(out, "development")])
	}
	if sums[0] != sums[1] {
		t.Errorf("two part-of-speech trainings differ: %q / %q", sums[0], sums[1])
	}
	// train clusters: from whatever unlabelled text the bench holds.
	bench := filepath.Join(dir, "bench")
	if err := os.MkdirAll(filepath.Join(bench, "conll2003"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(bench, "conll2003", "eng.train"), []byte(strings.Repeat(conllSample, 6)), 0o644); err != nil {
		t.Fatal(err)
	}
	clusters := filepath.Join(dir, "clusters.txt.gz")
	code, out, errOut = run(t, "", nil, "train", "clusters", "--out", clusters, bench)
	if code != exitOK || !strings.Contains(out, "clustered") {
		t.Fatalf("train clusters: code %d, %s %s", code, out, errOut)
	}
	if b, err := os.ReadFile(clusters); err != nil || len(b) == 0 {
		t.Errorf("no clusters written: %v", err)
	}
	if code, _, _ := run(t, "", nil, "train", "clusters", "--out", clusters, filepath.Join(dir, "nothing")); code == exitOK {
		t.Error("train clusters with no text succeeded")
	}
	if code, _, _ := run(t, "", nil, "ner"); code != exitUsage {
		t.Errorf("ner without --conll: code %d, want %d", code, exitUsage)
	}
}
