package http

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"sync"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/pipeline"
)

// maxJobs is how many finished ingest jobs are remembered; older ones are
// forgotten first.
const maxJobs = 200

// job is one ingest started from the Add page. It lives in memory only.
type job struct {
	ID string

	mu      sync.Mutex
	total   int // inputs given
	items   []pipeline.Item
	stories []*parallax.Story
	err     string // why the run stopped, for people; "" when it did not
	done    bool
}

// jobView is a consistent copy of a job for a template.
type jobView struct {
	ID       string
	Done     bool
	Total    int
	Count    int
	Articles []*parallax.Article
	Failures []*parallax.InputError
	Stories  []*parallax.Story
	Err      string
}

func (j *job) view() jobView {
	j.mu.Lock()
	defer j.mu.Unlock()
	v := jobView{ID: j.ID, Done: j.done, Total: j.total, Count: len(j.items), Stories: j.stories}
	for _, it := range j.items {
		switch {
		case it.Err != nil:
			v.Failures = append(v.Failures, it.Err)
		case it.Article != nil:
			v.Articles = append(v.Articles, it.Article)
		}
	}
	v.Err = j.err
	return v
}

// jobs are the ingest jobs the server remembers.
type jobs struct {
	mu    sync.Mutex
	byID  map[string]*job
	order []string
}

func newJobs() *jobs { return &jobs{byID: map[string]*job{}} }

func (js *jobs) add(j *job) {
	js.mu.Lock()
	defer js.mu.Unlock()
	js.byID[j.ID] = j
	js.order = append(js.order, j.ID)
	if len(js.order) > maxJobs {
		delete(js.byID, js.order[0])
		js.order = js.order[1:]
	}
}

func (js *jobs) get(id string) *job {
	js.mu.Lock()
	defer js.mu.Unlock()
	return js.byID[id]
}

// newJobID returns a random id that cannot be guessed from another.
func newJobID() string {
	var b [8]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// start runs in's ingest in the background as a new job. The job outlives
// the request, so it runs on the server's own context, not the request's.
func (s *Server) start(in *ingestRequest) *job {
	j := &job{ID: newJobID(), total: len(in.args) + len(in.rejected)}
	for _, e := range in.rejected {
		j.items = append(j.items, pipeline.Item{Source: e.Source, Err: e})
	}
	s.jobs.add(j)
	s.waiting.Add(1)
	go func() {
		defer s.waiting.Add(-1)
		defer in.cleanup()
		ctx, cancel := context.WithTimeout(context.Background(), jobDeadline)
		defer cancel()
		res, err := s.ingest(ctx, in, true, func(it pipeline.Item) {
			j.mu.Lock()
			j.items = append(j.items, it)
			j.mu.Unlock()
		})
		j.mu.Lock()
		defer j.mu.Unlock()
		if res != nil {
			j.stories = res.Stories
		}
		if err != nil {
			j.err = errorMessage(err) // logged once here, not on every poll
		}
		j.done = true
	}()
	return j
}
