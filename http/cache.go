package http

import (
	"context"
	"sync"
	"time"
)

// Story views are cached briefly: a story of 100 articles takes 100 reads
// of the store, and a story page is what many readers ask for at once.
// An ingest through this server empties the cache at once; writes by
// another process (a `parallax ingest` into the same file) show within
// storyCacheTTL.
const (
	storyCacheTTL  = 2 * time.Second
	storyCacheSize = 256
)

// storyCache holds recently loaded story views by story id.
type storyCache struct {
	mu      sync.Mutex
	entries map[string]cachedStory
}

type cachedStory struct {
	view    *storyView
	expires time.Time
}

// get returns the cached view of id, or nil when there is none or it has
// expired.
func (c *storyCache) get(id string, now time.Time) *storyView {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries[id]
	if !ok || now.After(e.expires) {
		return nil
	}
	return e.view
}

func (c *storyCache) put(id string, v *storyView, now time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	// Dropping everything when full is crude but bounded, and the next
	// requests refill what is read.
	if c.entries == nil || len(c.entries) >= storyCacheSize {
		c.entries = map[string]cachedStory{}
	}
	c.entries[id] = cachedStory{v, now.Add(storyCacheTTL)}
}

// clear forgets every view: the store has changed.
func (c *storyCache) clear() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.entries = nil
}

// story returns the view of the story with id, from the cache when fresh.
// Views are shared between requests and must not be modified.
func (s *Server) story(ctx context.Context, id string) (*storyView, error) {
	now := time.Now()
	if v := s.cache.get(id, now); v != nil {
		return v, nil
	}
	v, err := s.loadStory(ctx, id)
	if err != nil {
		return nil, err
	}
	s.cache.put(id, v, now)
	return v, nil
}
