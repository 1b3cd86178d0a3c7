package http

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"log/slog"
	"math"
	nethttp "net/http"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	parallax "github.com/parallax-news/parallax"
)

//go:embed templates
var templateFS embed.FS

// pages holds one template set per page, each the layout plus the page.
type pages struct {
	byName map[string]*template.Template
}

var funcs = template.FuncMap{
	"day":     formatDay,
	"join":    strings.Join,
	"errmsg":  parallax.ErrorMessage,
	"snippet": snippet,
	"clip":    clip,
	"someOutlets": func(outlets []string, n int) string {
		if len(outlets) <= n {
			return strings.Join(outlets, ", ")
		}
		return strings.Join(outlets[:n], ", ") + fmt.Sprintf(" and %d more", len(outlets)-n)
	},
	"percent": func(f float64) string { return strconv.Itoa(int(math.Round(f*100))) + "%" },
	"dates": func(first, last time.Time) string {
		a, b := formatDay(first), formatDay(last)
		switch {
		case a == "":
			return "dates unknown"
		case a == b:
			return a
		}
		return a + " – " + b
	},
}

func mustParsePages() *pages {
	p := &pages{byName: map[string]*template.Template{}}
	for _, name := range []string{"index", "search", "story", "article", "add", "job", "error"} {
		t := template.Must(template.New("layout.html").Funcs(funcs).ParseFS(templateFS,
			"templates/layout.html", "templates/"+name+".html"))
		p.byName[name] = t
	}
	return p
}

// page is what the layout shows around a page's own data.
type page struct {
	Title   string
	Refresh bool // reload every 2 s when scripts are off (a running job)
	Data    any
}

// render writes the named page. It renders into memory first so that a
// template error becomes a clean 500, not half a page.
func (s *Server) render(w nethttp.ResponseWriter, code int, name string, p page) {
	s.renderTemplate(w, code, name, "layout.html", p)
}

func (s *Server) renderTemplate(w nethttp.ResponseWriter, code int, name, tmpl string, data any) {
	var buf bytes.Buffer
	if err := s.pages.byName[name].ExecuteTemplate(&buf, tmpl, data); err != nil {
		slog.Error("render page", "page", name, "err", err)
		nethttp.Error(w, "internal error", nethttp.StatusInternalServerError)
		return
	}
	writeHTML(w, code, buf.Bytes())
}

// writeHTML writes a rendered page with the headers every page carries.
func writeHTML(w nethttp.ResponseWriter, code int, body []byte) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'")
	w.WriteHeader(code)
	w.Write(body)
}

// pageError renders err as an error page with a fitting status.
func (s *Server) pageError(w nethttp.ResponseWriter, r *nethttp.Request, err error) {
	code := status(err)
	s.render(w, code, "error", page{Title: nethttp.StatusText(code), Data: errorMessage(err)})
}

// handleIndex lists the stories, biggest and newest first.
func (s *Server) handleIndex(w nethttp.ResponseWriter, r *nethttp.Request) {
	f, err := storyFilter(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	f.Brief = true // the list shows titles, sizes, dates and outlets only
	f.Limit = limit(r, storiesPerPage)
	list, err := s.cfg.Store.Stories(r.Context(), f)
	if err != nil {
		s.pageError(w, r, fmt.Errorf("list stories: %w", err))
		return
	}
	q := r.URL.Query()
	s.render(w, nethttp.StatusOK, "index", page{Title: "Stories", Data: map[string]any{
		"Stories": list, "Outlet": q.Get("outlet"), "Language": q.Get("language"), "Since": q.Get("since"), "Until": q.Get("until"),
		"Next": nextPage(r, f, len(list)),
	}})
}

// storiesPerPage is how many stories the stories page lists at once.
const storiesPerPage = 50

// nextPage is the URL of the page after the one listing n stories with
// f, keeping the other filters; "" when this page is the last.
func nextPage(r *nethttp.Request, f parallax.StoryFilter, n int) string {
	if n < f.Limit {
		return ""
	}
	q := r.URL.Query()
	q.Set("offset", strconv.Itoa(f.Offset+n))
	return "/?" + q.Encode()
}

// handleSearch lists the articles matching ?q=.
func (s *Server) handleSearch(w nethttp.ResponseWriter, r *nethttp.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	var hits []parallax.SearchHit
	if q != "" {
		var err error
		if hits, err = s.cfg.Store.Search(r.Context(), q, limit(r, 50)); err != nil {
			s.pageError(w, r, err)
			return
		}
	}
	s.render(w, nethttp.StatusOK, "search", page{Title: "Search", Data: map[string]any{"Query": q, "Hits": hits}})
}

// handleStory shows one story: its timeline, its articles, related stories.
func (s *Server) handleStory(w nethttp.ResponseWriter, r *nethttp.Request) {
	v, err := s.story(r.Context(), r.PathValue("id"))
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	body, err := s.storyPage(v)
	if err != nil {
		slog.Error("render page", "page", "story", "err", err)
		nethttp.Error(w, "internal error", nethttp.StatusInternalServerError)
		return
	}
	writeHTML(w, nethttp.StatusOK, body)
}

// storyPage renders the story page of v once per cached view.
func (s *Server) storyPage(v *storyView) ([]byte, error) {
	v.pageOnce.Do(func() {
		byID := map[string]*parallax.Article{}
		for _, a := range v.articles {
			byID[a.ID] = a
		}
		var buf bytes.Buffer
		v.pageErr = s.pages.byName["story"].ExecuteTemplate(&buf, "layout.html", page{Title: v.story.Title, Data: map[string]any{
			"Story": v.story, "Articles": v.articles, "Related": v.related, "ByID": byID,
			"Timeline": newTimelineSVG(v.story.Timeline), "Rec": newReconciledView(v.story, byID),
		}})
		v.pageBody = buf.Bytes()
	})
	return v.pageBody, v.pageErr
}

// handleArticle shows one article with its quantities and times marked.
func (s *Server) handleArticle(w nethttp.ResponseWriter, r *nethttp.Request) {
	a, err := s.cfg.Store.Article(r.Context(), r.PathValue("id"))
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, nethttp.StatusOK, "article", page{Title: a.Title, Data: map[string]any{
		"Article": a, "Paragraphs": markup(a), "Quotes": quoteLinks(a),
	}})
}

// handleAddForm shows the Add form.
func (s *Server) handleAddForm(w nethttp.ResponseWriter, r *nethttp.Request) {
	s.render(w, nethttp.StatusOK, "add", page{Title: "Add", Data: map[string]any{"TokenNeeded": s.cfg.Token != ""}})
}

// handleAdd starts an ingest from the Add form and redirects to its job.
func (s *Server) handleAdd(w nethttp.ResponseWriter, r *nethttp.Request) {
	r.Body = nethttp.MaxBytesReader(w, r.Body, s.cfg.MaxUpload)
	in, err := s.readIngestRequest(r)
	if err != nil {
		if in != nil {
			in.cleanup()
		}
		s.pageError(w, r, err)
		return
	}
	if s.waiting.Load() >= maxWaitingJobs {
		in.cleanup()
		s.pageError(w, r, errBusy)
		return
	}
	j := s.start(in)
	nethttp.Redirect(w, r, "/add/"+j.ID, nethttp.StatusSeeOther)
}

// handleJob shows a job's progress, and its results once done.
func (s *Server) handleJob(w nethttp.ResponseWriter, r *nethttp.Request) {
	j := s.jobs.get(r.PathValue("job"))
	if j == nil {
		s.pageError(w, r, parallax.Errorf(parallax.ENOTFOUND, "no such ingest job (jobs are kept in memory until the server stops)"))
		return
	}
	v := j.view()
	s.render(w, nethttp.StatusOK, "job", page{Title: "Adding", Refresh: !v.Done, Data: v})
}

// handleJobProgress renders only the progress block, for htmx to swap in.
func (s *Server) handleJobProgress(w nethttp.ResponseWriter, r *nethttp.Request) {
	j := s.jobs.get(r.PathValue("job"))
	if j == nil {
		writeError(w, parallax.Errorf(parallax.ENOTFOUND, "no such ingest job"))
		return
	}
	s.renderTemplate(w, nethttp.StatusOK, "job", "progress", j.view())
}

// quoteLink is one of an article's quotes with the anchor of the sentence
// it starts in.
type quoteLink struct {
	parallax.Quote
	Anchor string // "o" and the sentence's offset; "" when unknown
}

func quoteLinks(a *parallax.Article) []quoteLink {
	out := make([]quoteLink, 0, len(a.Quotes))
	for _, q := range a.Quotes {
		l := quoteLink{Quote: q}
		if start, ok := sentenceAt(a.Sentences, q.Span.Start); ok {
			l.Anchor = "o" + strconv.Itoa(start)
		}
		out = append(out, l)
	}
	return out
}

// clip shortens s to at most n characters, cut at a word and marked with
// an ellipsis: a table cell shows the start, its title the whole.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	// end is the byte offset of the n-th character; cut the last space
	// before it.
	end, count, cut := len(s), 0, 0
	for i := range s {
		if count == n {
			end = i
			break
		}
		if s[i] == ' ' {
			cut = i
		}
		count++
	}
	if cut == 0 {
		cut = end
	}
	return strings.TrimRight(s[:cut], " ,;:") + "…"
}

// formatDay shows a time as its date; "" when unknown.
func formatDay(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}
