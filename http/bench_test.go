package http_test

import (
	"context"
	"fmt"
	"io"
	nethttp "net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/analyse/entity"
	"github.com/parallax-news/parallax/analyse/quote"
	web "github.com/parallax-news/parallax/http"
	"github.com/parallax-news/parallax/pipeline"
	"github.com/parallax-news/parallax/reconcile"
	"github.com/parallax-news/parallax/sqlite"
)

// The benchmarks serve the story page and the story API through a real
// loopback server, many clients at once, over two stores: the demo corpus
// (a story of 6 articles) and a store of 10,000 invented articles with a
// story of 100 of them, the size the issue sets its goals for (≥ 500
// requests per second, p99 under 100 ms, on two cores):
//
//	go test ./http/ -run '^$' -bench Story -benchtime 2s
//
// The large store takes a while to fill; it is built once per run.

func BenchmarkStoryPage(b *testing.B) {
	b.Run("demo", func(b *testing.B) { benchStory(b, demoStore(b), "/stories/") })
	b.Run("10k", func(b *testing.B) { benchStory(b, bigStore(b), "/stories/") })
}

func BenchmarkStoryAPI(b *testing.B) {
	b.Run("demo", func(b *testing.B) { benchStory(b, demoStore(b), "/api/stories/") })
	b.Run("10k", func(b *testing.B) { benchStory(b, bigStore(b), "/api/stories/") })
}

// benchStore is a filled store and the id of the story to ask for.
type benchStore struct {
	st    parallax.Store
	story string
}

var demo, big *benchStore

func demoStore(b *testing.B) *benchStore {
	if demo == nil {
		st := openBenchStore(b)
		res, err := pipeline.New(pipeline.Options{}).Ingest(context.Background(), st, []string{"../examples"})
		if err != nil || len(res.Stories) == 0 {
			b.Fatalf("ingest examples: %v", err)
		}
		demo = &benchStore{st, res.Stories[0].ID}
	}
	return demo
}

func openBenchStore(b *testing.B) *sqlite.DB {
	// Outlives the sub-benchmark that opened it: TestMain removes it.
	st, err := sqlite.Open(context.Background(), filepath.Join(os.TempDir(),
		fmt.Sprintf("parallax-http-test-%d.db", time.Now().UnixNano())))
	if err != nil {
		b.Fatal(err)
	}
	return st
}

// bigStore saves 10,000 invented articles, the first 100 of them one
// story with a timeline of 20 entries, reconciled like a real one (facts,
// quotes, entities, coverage).
func bigStore(b *testing.B) *benchStore {
	if big != nil {
		return big
	}
	ctx := context.Background()
	st := openBenchStore(b)
	start := time.Date(2025, 10, 1, 8, 0, 0, 0, time.UTC)
	s := &parallax.Story{ID: "sbench", Title: "Harbour strike enters its third week"}
	var members []*parallax.Article
	for i := range 10_000 {
		pub := start.Add(time.Duration(i) * time.Minute)
		text := strings.Repeat(fmt.Sprintf("Dock workers at pier %d stayed out on Tuesday as some 4,%03d containers waited at anchor. ", i%40, i%1000), 12) +
			fmt.Sprintf("\"We will stay out until the offer is %d percent,\" union leader Mara Holt told reporters.", 4+i%3)
		a := &parallax.Article{Source: fmt.Sprintf("bench.jsonl#%d", i+1), Outlet: fmt.Sprintf("Outlet %d", i%25),
			Title: fmt.Sprintf("Harbour strike, day %d", i), Published: pub, Language: "en", Text: text}
		pipeline.Analyse(a, fmt.Sprintf("a%05d", i))
		if i < 100 {
			a.Story = s.ID
			s.Articles = append(s.Articles, a.ID)
			members = append(members, a)
		}
		if _, err := st.SaveArticle(ctx, a); err != nil {
			b.Fatal(err)
		}
	}
	for i := range 20 {
		s.Timeline = append(s.Timeline, parallax.TimelineEntry{Date: start.AddDate(0, 0, i).Format("2006-01-02"),
			Granularity: "day", Summary: "Dock workers stayed out.", Articles: s.Articles[i*5 : i*5+5]})
	}
	s.FirstSeen, s.LastSeen = start, start.Add(99*time.Minute)
	for i := range 25 {
		s.Outlets = append(s.Outlets, fmt.Sprintf("Outlet %d", i))
	}
	s.Entities = entity.Story(members)
	s.Quotes, s.Speakers = quote.Group(members)
	reconcile.Story(s, members)
	if err := st.SaveStory(ctx, s); err != nil {
		b.Fatal(err)
	}
	big = &benchStore{st, s.ID}
	return big
}

// benchStory asks for one story from many goroutines and reports requests
// per second and the 99th percentile latency.
func benchStory(b *testing.B, bs *benchStore, prefix string) {
	srv := httptest.NewServer(web.New(web.Config{Store: bs.st}).Handler())
	defer srv.Close()
	url := srv.URL + prefix + bs.story
	client := &nethttp.Client{Transport: &nethttp.Transport{MaxIdleConnsPerHost: 64}}
	lat := make(chan time.Duration, 1<<20)
	b.ReportAllocs()
	b.ResetTimer()
	begin := time.Now()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			t0 := time.Now()
			res, err := client.Get(url)
			if err != nil {
				b.Error(err)
				return
			}
			io.Copy(io.Discard, res.Body)
			res.Body.Close()
			if res.StatusCode != 200 {
				b.Errorf("status %d", res.StatusCode)
				return
			}
			select {
			case lat <- time.Since(t0):
			default:
			}
		}
	})
	elapsed := time.Since(begin)
	b.StopTimer()
	close(lat)
	var ds []time.Duration
	for d := range lat {
		ds = append(ds, d)
	}
	if len(ds) > 0 {
		slicesSort(ds)
		b.ReportMetric(float64(b.N)/elapsed.Seconds(), "req/s")
		b.ReportMetric(float64(ds[len(ds)*99/100].Microseconds())/1000, "p99-ms")
	}
}

func slicesSort(ds []time.Duration) { slices.Sort(ds) }
