package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"sort"
	"sync"
	"time"
)

// loadResult is what a load run measured.
type loadResult struct {
	requests, failures int
	elapsed            time.Duration
	latencies          []time.Duration // sorted
}

func (r loadResult) percentile(p float64) time.Duration {
	if len(r.latencies) == 0 {
		return 0
	}
	i := int(p * float64(len(r.latencies)-1))
	return r.latencies[i]
}

// benchServe loads a running server from this process — a second process
// beside `parallax serve` — with clients requests at a time for d, and
// prints requests per second and latency percentiles for each URL.
func benchServe(ctx context.Context, env *Env, urls []string, clients int, d time.Duration) error {
	if clients < 1 || d <= 0 {
		return usagef("--clients and --duration must be positive")
	}
	fmt.Fprintf(env.Stdout, "%-60s %8s %10s %9s %9s %9s\n", "url", "failed", "req/s", "p50", "p99", "max")
	for _, u := range urls {
		r, err := load(ctx, u, clients, d)
		if err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "%-60s %8d %10.0f %9s %9s %9s\n", shorten(u, 60), r.failures,
			float64(r.requests)/r.elapsed.Seconds(), r.percentile(0.50).Round(10*time.Microsecond),
			r.percentile(0.99).Round(10*time.Microsecond), r.percentile(1).Round(10*time.Microsecond))
	}
	return nil
}

// load sends GET requests to url from clients goroutines until d has
// passed, reading every body to the end.
func load(ctx context.Context, url string, clients int, d time.Duration) (loadResult, error) {
	client := &http.Client{
		Timeout:   10 * time.Second,
		Transport: &http.Transport{MaxIdleConnsPerHost: clients, MaxConnsPerHost: clients},
	}
	// One request first: a wrong URL is an error, not a table of failures.
	if err := get(ctx, client, url); err != nil {
		return loadResult{}, fmt.Errorf("load %s: %w", url, err)
	}
	ctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	var (
		mu  sync.Mutex
		res loadResult
		wg  sync.WaitGroup
	)
	start := time.Now()
	for range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var mine []time.Duration
			failed := 0
			for ctx.Err() == nil {
				t := time.Now()
				if err := get(ctx, client, url); err != nil {
					if ctx.Err() == nil {
						failed++
					}
					continue
				}
				mine = append(mine, time.Since(t))
			}
			mu.Lock()
			res.latencies = append(res.latencies, mine...)
			res.failures += failed
			mu.Unlock()
		}()
	}
	wg.Wait()
	res.elapsed = time.Since(start)
	res.requests = len(res.latencies)
	sort.Slice(res.latencies, func(i, j int) bool { return res.latencies[i] < res.latencies[j] })
	return res, nil
}

func get(ctx context.Context, client *http.Client, url string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if _, err := io.Copy(io.Discard, resp.Body); err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("HTTP %s", resp.Status)
	}
	return nil
}
