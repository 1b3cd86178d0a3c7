package http

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	nethttp "net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/report"
)

// apiStories lists the stories matching the query's filters:
// {"version":1,"stories":[…]}.
func (s *Server) apiStories(w nethttp.ResponseWriter, r *nethttp.Request) {
	f, err := storyFilter(r)
	if err != nil {
		writeError(w, err)
		return
	}
	list, err := s.cfg.Store.Stories(r.Context(), f)
	if err != nil {
		writeError(w, fmt.Errorf("list stories: %w", err))
		return
	}
	out := struct {
		Version int                `json:"version"`
		Stories []report.StoryJSON `json:"stories"`
	}{report.Version, make([]report.StoryJSON, 0, len(list))}
	for _, st := range list {
		// The articles are not loaded for a listing, so "sources" equals
		// "size", as for related stories in the single-story view.
		out.Stories = append(out.Stories, report.NewStoryJSON(st, nil))
	}
	writeJSON(w, nethttp.StatusOK, out)
}

// apiStory writes the single-story view, as `parallax story --format json`.
func (s *Server) apiStory(w nethttp.ResponseWriter, r *nethttp.Request) {
	v, err := s.story(r.Context(), r.PathValue("id"))
	if err != nil {
		writeError(w, err)
		return
	}
	body, err := v.json()
	if err != nil {
		writeError(w, err)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Write(body)
}

// apiArticle writes the single-article view, as `parallax article --format json`.
func (s *Server) apiArticle(w nethttp.ResponseWriter, r *nethttp.Request) {
	a, err := s.cfg.Store.Article(r.Context(), r.PathValue("id"))
	if err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, nethttp.StatusOK, report.NewArticleJSON(a))
}

// apiSearch writes the hits of ?q=, as `parallax search --format json`.
func (s *Server) apiSearch(w nethttp.ResponseWriter, r *nethttp.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	if q == "" {
		writeError(w, parallax.Errorf(parallax.EINVALID, "no query given (?q=)"))
		return
	}
	hits, err := s.cfg.Store.Search(r.Context(), q, limit(r, 20))
	if err != nil {
		writeError(w, fmt.Errorf("search %q: %w", q, err))
		return
	}
	writeJSON(w, nethttp.StatusOK, report.NewSearchJSON(q, hits))
}

// apiIngest runs one ingest and writes the run's document (report.Write
// json). Failed inputs are listed in "errors" with status 200; a request
// that cannot be read at all is a 400.
func (s *Server) apiIngest(w nethttp.ResponseWriter, r *nethttp.Request) {
	r.Body = nethttp.MaxBytesReader(w, r.Body, s.cfg.MaxUpload)
	in, err := s.readIngestRequest(r)
	if in != nil {
		defer in.cleanup()
	}
	if err != nil {
		writeError(w, err)
		return
	}
	res, err := s.ingest(r.Context(), in, false, nil)
	if err != nil {
		writeError(w, err)
		return
	}
	rep := &report.Report{Generated: time.Now(), Articles: res.Articles(), Stories: res.Stories,
		Failures: append(in.rejected, res.Failures()...), Notes: res.Notes}
	var buf bytes.Buffer
	if err := report.Write(&buf, report.FormatJSON, rep, report.Options{}); err != nil {
		writeError(w, err)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Write(buf.Bytes())
}

// storyView is a story with its stored articles and related stories.
type storyView struct {
	story    *parallax.Story
	articles []*parallax.Article
	related  []*parallax.Story

	// The JSON view is encoded once per cached view: for a story of 100
	// articles encoding costs more than reading.
	jsonOnce sync.Once
	jsonBody []byte
	jsonErr  error

	// So is the HTML page: lining up its facts by outlet and drawing its
	// timeline cost more than serving it.
	pageOnce sync.Once
	pageBody []byte
	pageErr  error
}

// json returns the single-story view of v, encoded.
func (v *storyView) json() ([]byte, error) {
	v.jsonOnce.Do(func() {
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(report.NewStoryViewJSON(v.story, v.articles, v.related)); err != nil {
			v.jsonErr = fmt.Errorf("encode story %s: %w", v.story.ID, err)
			return
		}
		v.jsonBody = buf.Bytes()
	})
	return v.jsonBody, v.jsonErr
}

// loadStory reads the story with id, its articles in story order and the
// related stories the store still holds.
func (s *Server) loadStory(ctx context.Context, id string) (*storyView, error) {
	st, err := s.cfg.Store.Story(ctx, id)
	if err != nil {
		return nil, err
	}
	v := &storyView{story: st}
	if v.articles, err = parallax.StoryArticles(ctx, s.cfg.Store, st); err != nil {
		return nil, err
	}
	for _, rid := range st.Related {
		rs, err := s.cfg.Store.Story(ctx, rid)
		if parallax.ErrorCode(err) == parallax.ENOTFOUND {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("story %s: %w", id, err)
		}
		v.related = append(v.related, rs)
	}
	return v, nil
}

// storyFilter reads ?outlet=&language=&since=&until=&limit=&offset= into
// a StoryFilter; dates are YYYY-MM-DD.
func storyFilter(r *nethttp.Request) (parallax.StoryFilter, error) {
	q := r.URL.Query()
	f := parallax.StoryFilter{Outlet: strings.TrimSpace(q.Get("outlet")),
		Language: strings.ToLower(strings.TrimSpace(q.Get("language"))), Limit: limit(r, 100)}
	var err error
	if f.Since, err = day(q.Get("since"), "since"); err != nil {
		return f, err
	}
	if f.Until, err = day(q.Get("until"), "until"); err != nil {
		return f, err
	}
	if n, err := strconv.Atoi(q.Get("offset")); err == nil && n > 0 {
		f.Offset = n
	}
	f.Brief = q.Get("brief") == "1" || q.Get("brief") == "true"
	return f, nil
}

// day parses a YYYY-MM-DD query value; "" is the zero time.
func day(v, name string) (time.Time, error) {
	v = strings.TrimSpace(v)
	if v == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse("2006-01-02", v)
	if err != nil {
		return time.Time{}, parallax.Errorf(parallax.EINVALID, "%s: want a date as YYYY-MM-DD, got %q", name, v)
	}
	return t, nil
}

// limit reads ?limit=, between 1 and 1000, def when absent or malformed.
func limit(r *nethttp.Request, def int) int {
	n, err := strconv.Atoi(r.URL.Query().Get("limit"))
	if err != nil || n <= 0 {
		return def
	}
	return min(n, 1000)
}
