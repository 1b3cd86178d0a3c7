package http_test

// End-to-end tests in a real browser: headless Chromium, driven by chromedp,
// against the server on a real SQLite store. They skip where no Chromium is
// installed (see findChrome), so `go test ./...` passes on a plain machine.
// To point them at another binary, set PARALLAX_CHROME; to keep the
// screenshot of the story page, set PARALLAX_SCREENSHOTS to a directory.

import (
	"context"
	"io"
	"io/fs"
	nethttp "net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	web "github.com/parallax-news/parallax/http"
	"github.com/parallax-news/parallax/pipeline"
	"github.com/parallax-news/parallax/sqlite"
)

// browserTimeout bounds one browser test, ingestion included; a hung
// browser or a page that never finishes must fail the test, not the run.
const browserTimeout = 90 * time.Second

// TestBrowserAddAndStory ingests the demo corpus through the Add page, waits
// for the results, follows a story link and checks the story and article
// pages, saving a screenshot of the story page.
func TestBrowserAddAndStory(t *testing.T) {
	chrome := findChrome(t)
	files := browserCorpus(t)
	srv, _ := browserServer(t)
	ctx := startBrowser(t, chrome)

	// Upload every file of the corpus through the form, as a user would.
	err := chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/add"),
		chromedp.WaitVisible(chromedp.CSS("form#add")),
		chromedp.SetUploadFiles(chromedp.CSS(`#add input[name="files"]`), files),
		chromedp.Click(chromedp.CSS("#submit")),
		// htmx polls #progress until the job is done and #results appears.
		chromedp.WaitVisible(chromedp.CSS("#results")),
	)
	if err != nil {
		t.Fatalf("add the demo corpus: %v", err)
	}
	// The vendored htmx must have loaded: it is what polled the progress.
	if got := mustRun(t, ctx, chromedp.Evaluate[string](`typeof htmx`)); got != "object" {
		t.Errorf("typeof htmx=%q on the job page, want object (is the asset served?)", got)
	}
	loc := mustRun(t, ctx, chromedp.Location())
	if !strings.Contains(loc, "/add/") {
		t.Errorf("after submit location=%q, want /add/{job}", loc)
	}
	if got, want := countNodes(t, ctx, "#results li.ok"), 14; got < want {
		t.Errorf("li.ok=%d, want >= %d (one per demo article)", got, want)
	}
	if got := countNodes(t, ctx, "#results li.error"); got != 0 {
		errs := mustRun(t, ctx, chromedp.Evaluate[[]string](
			`[...document.querySelectorAll('#results li.error')].map(e => e.textContent.trim())`))
		t.Errorf("li.error=%d, want 0: %q", got, errs)
	}
	if got := countNodes(t, ctx, "a.story"); got == 0 {
		t.Fatalf("no a.story link on the job page")
	}

	// Follow the first story link by clicking it.
	err = chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS("a.story")),
		chromedp.WaitVisible(chromedp.CSS("#title")),
	)
	if err != nil {
		t.Fatalf("open a story: %v", err)
	}
	if loc := mustRun(t, ctx, chromedp.Location()); !strings.Contains(loc, "/stories/") {
		t.Errorf("story location=%q, want /stories/{id}", loc)
	}
	if title := mustRun(t, ctx, chromedp.Text(chromedp.CSS("#title"))); strings.TrimSpace(title) == "" {
		t.Errorf("#title is empty")
	}
	for _, c := range []struct {
		sel string
		min int
	}{
		{"section#timeline svg", 1},
		{"section#articles li.article", 3},
		{"#disagreements li.disagreement", 1},
		{"table.facts tr.fact-row", 3},
		{"#quotes li.quote-item", 1},
	} {
		if got := countNodes(t, ctx, c.sel); got < c.min {
			t.Errorf("story page: %s matches %d, want >= %d", c.sel, got, c.min)
		}
	}

	// A full-page screenshot, kept for a person to look at.
	png := mustRun(t, ctx, chromedp.FullScreenshot(100))
	shot := filepath.Join(t.TempDir(), "story.png")
	if err := os.WriteFile(shot, png, 0o644); err != nil {
		t.Fatalf("save screenshot: %v", err)
	}
	t.Logf("story page screenshot: %s (%d bytes)", shot, len(png))
	// The temp dir goes when the test ends; PARALLAX_SCREENSHOTS keeps a copy.
	if dir := os.Getenv("PARALLAX_SCREENSHOTS"); dir != "" {
		if err := os.WriteFile(filepath.Join(dir, "story.png"), png, 0o644); err != nil {
			t.Errorf("keep screenshot: %v", err)
		}
	}
	if !strings.HasPrefix(string(png), "\x89PNG") || len(png) < 10_000 {
		t.Errorf("screenshot is %d bytes, want a PNG of at least 10 kB", len(png))
	}

	// An article of the story: its numbers, dates and entities are highlighted.
	id := mustRun(t, ctx, chromedp.AttributeValue(chromedp.CSS("section#articles li.article"), "data-id"))
	if !id.Exists || id.Value == "" {
		t.Fatalf("li.article has no data-id")
	}
	if err := chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/articles/"+id.Value),
		chromedp.WaitVisible(chromedp.CSS("#text")),
	); err != nil {
		t.Fatalf("open article %s: %v", id.Value, err)
	}
	for _, sel := range []string{"#text mark.quantity", "#text mark.time", "#text mark.entity", "#text span.quote", "#text mark.speaker"} {
		if got := countNodes(t, ctx, sel); got == 0 {
			t.Errorf("article %s: no %s", id.Value, sel)
		}
	}
}

// xssPayload is an article title that would run if the server did not
// escape it.
const xssPayload = `<script>window.__xss=1</script>`

// TestBrowserEscapesScript stores an article whose title and body carry a
// script, and checks that every page showing it renders the payload as
// text: no extra script element, nothing run.
func TestBrowserEscapesScript(t *testing.T) {
	chrome := findChrome(t)
	srv, st := browserServer(t)

	// Ingest one JSONL record through the pipeline, before the browser starts.
	const id = "xss-0001"
	rec := `{"id": "` + id + `", "url": "https://harbourbeacon.example/2025/11/06/ferry-timetable", ` +
		`"outlet": "Harbour Beacon", "title": "Ferry timetable ` + xssPayload + ` changes", ` +
		`"published": "2025-11-06T09:00:00Z", "language": "en", ` +
		`"text": "The Kelmar ferry service will run 12 extra crossings a day from Monday 10 November, the operator said on Thursday. ` +
		xssPayload + ` Passengers were told to expect queues of up to 40 minutes at the Tarrow terminal during the first week. ` +
		`The operator said the new timetable would stay in place until the end of March."}` + "\n"
	in := filepath.Join(t.TempDir(), "xss.jsonl")
	if err := os.WriteFile(in, []byte(rec), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), browserTimeout)
	defer cancel()
	res, err := pipeline.New(pipeline.Options{}).Ingest(ctx, st, []string{in})
	if err != nil {
		t.Fatalf("ingest: %v", err)
	}
	if f := res.Failures(); len(f) > 0 {
		t.Fatalf("ingest failures: %v", f)
	}
	a, err := st.Article(ctx, id)
	if err != nil {
		t.Fatalf("stored article: %v", err)
	}
	if !strings.Contains(a.Title, "<script>") {
		t.Fatalf("stored title=%q, want the payload kept as text", a.Title)
	}

	pages := []string{"/", "/articles/" + id}
	if a.Story != "" {
		pages = append(pages, "/stories/"+a.Story)
	}
	bctx := startBrowser(t, chrome)
	for _, p := range pages {
		t.Run(strings.Trim(p, "/")+"/", func(t *testing.T) {
			// The scripts the server itself put on the page (htmx), counted
			// in the raw HTML less any raw copy of the payload: escaped, the
			// payload reads "&lt;script" and is not counted either way.
			raw := strings.ToLower(rawPage(t, srv.URL+p))
			own := strings.Count(raw, "<script") - strings.Count(raw, xssPayload)
			if err := chromedp.Do(bctx,
				chromedp.Navigate(srv.URL+p),
				chromedp.WaitReady(chromedp.CSS("body")),
			); err != nil {
				t.Fatalf("open %s: %v", p, err)
			}
			if got := mustRun(t, bctx, chromedp.Evaluate[int](`document.querySelectorAll('script').length`)); got != own {
				t.Errorf("%s: %d script elements in the DOM, want %d (the page's own)", p, got, own)
			}
			if got := mustRun(t, bctx, chromedp.Evaluate[string](`typeof window.__xss`)); got != "undefined" {
				t.Errorf("%s: window.__xss is %s: the payload ran", p, got)
			}
			if body := mustRun(t, bctx, chromedp.Evaluate[string](`document.body.textContent`)); !strings.Contains(body, xssPayload) {
				t.Errorf("%s: payload not shown as text", p)
			}
		})
	}
}

// findChrome returns the Chromium or Chrome binary to drive, or skips the
// test when there is none.
func findChrome(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("PARALLAX_CHROME"); p != "" {
		return p
	}
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium"
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("no chromium or chrome found (apt-get install -y chromium, or set PARALLAX_CHROME): skipping browser test")
	return ""
}

// browserServer serves a fresh SQLite store in a temp dir over loopback.
func browserServer(t *testing.T) (*httptest.Server, *sqlite.DB) {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "parallax.db"))
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { st.Close() })
	srv := httptest.NewServer(web.New(web.Config{
		Store:     st,
		MaxUpload: 64 << 20,
		// The corpus is uploaded as files, and files are read whatever the
		// address checks say; private addresses stay refused.
		Pipeline: pipeline.Options{},
	}).Handler())
	t.Cleanup(srv.Close)
	return srv, st
}

// startBrowser starts headless Chromium with a fresh profile and no traffic of
// its own (this machine has no outside network), bounded by browserTimeout.
// The browser stops when the test ends.
func startBrowser(t *testing.T, chrome string) context.Context {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chrome),
		chromedp.Headless,
		chromedp.NoSandbox, // tests often run as root, where the sandbox refuses to start
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	}
	// The timeout is on the allocator: it ends the browser itself, so a
	// hung page cannot outlive the test.
	tctx, tcancel := context.WithTimeout(context.Background(), browserTimeout)
	actx, acancel := chromedp.NewExecAllocator(tctx, opts...)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(func() { cancel(); acancel(); tcancel() })
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start %s: %v", chrome, err)
	}
	return ctx
}

// browserCorpus returns the absolute paths of the demo corpus files.
func browserCorpus(t *testing.T) []string {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", "examples"))
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && d.Name() != "README.md" && d.Name() != "gold.json" {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		t.Fatalf("list demo corpus: %v", err)
	}
	if len(files) == 0 {
		t.Fatalf("no files under %s", root)
	}
	return files
}

// mustRun runs one action that returns a value and fails the test on error.
func mustRun[T any](t *testing.T, ctx context.Context, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatalf("browser: %v", err)
	}
	return v
}

// countNodes returns how many elements match a CSS selector on the current page.
func countNodes(t *testing.T, ctx context.Context, sel string) int {
	t.Helper()
	return mustRun(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll(`+jsQuote(sel)+`).length`))
}

// jsQuote quotes s as a JavaScript string literal.
func jsQuote(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(s) + "'"
}

// rawPage fetches url and returns its body.
func rawPage(t *testing.T, url string) string {
	t.Helper()
	resp, err := nethttp.Get(url)
	if err != nil {
		t.Fatalf("get %s: %v", url, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("read %s: %v", url, err)
	}
	if resp.StatusCode != nethttp.StatusOK {
		t.Fatalf("get %s: %s", url, resp.Status)
	}
	return string(b)
}
