package main

import (
	"bytes"
	"context"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestServeNeedsTokenOffLoopback(t *testing.T) {
	db := filepath.Join(t.TempDir(), "p.db")
	tests := []struct {
		addr string
		want int
	}{
		{"0.0.0.0:0", exitUsage},
		{":0", exitUsage},
		{"192.0.2.1:0", exitUsage},
	}
	for _, tt := range tests {
		code, _, stderr := run(t, "", nil, "serve", "--db", db, "--addr", tt.addr)
		if code != tt.want || !strings.Contains(stderr, "token") {
			t.Errorf("serve --addr %s: exit %d, want %d with a word on the token; stderr %q", tt.addr, code, tt.want, stderr)
		}
	}
}

func TestIsLoopback(t *testing.T) {
	tests := []struct {
		addr string
		want bool
	}{
		{"127.0.0.1:8080", true}, {"localhost:80", true}, {"[::1]:8080", true},
		{"0.0.0.0:8080", false}, {":8080", false}, {"10.0.0.5:80", false}, {"nonsense", false},
	}
	for _, tt := range tests {
		if got := isLoopback(tt.addr); got != tt.want {
			t.Errorf("isLoopback(%q)=%v, want %v", tt.addr, got, tt.want)
		}
	}
}

// syncBuffer is a bytes.Buffer safe to write from the server's goroutine
// while the test reads it.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func TestServeAndShutDown(t *testing.T) {
	var stdout, stderr syncBuffer
	env := &Env{Stdin: strings.NewReader(""), Stdout: &stdout, Stderr: &stderr, Getenv: func(string) string { return "" }}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	exited := make(chan int)
	go func() {
		exited <- Main(ctx, env, []string{"serve", "--db", filepath.Join(t.TempDir(), "p.db"), "--addr", "127.0.0.1:0"})
	}()

	// The URL it prints is where it listens.
	urlRE := regexp.MustCompile(`http://127\.0\.0\.1:\d+/`)
	var url string
	for deadline := time.Now().Add(10 * time.Second); url == ""; {
		if time.Now().After(deadline) {
			t.Fatalf("no URL printed: %q", stderr.String())
		}
		time.Sleep(20 * time.Millisecond)
		url = urlRE.FindString(stderr.String())
	}
	res, err := http.Get(url + "api/stories")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != 200 {
		t.Errorf("GET /api/stories: %d", res.StatusCode)
	}

	cancel() // as SIGINT does
	select {
	case code := <-exited:
		if code != exitOK {
			t.Errorf("exit %d after shutdown, want 0: %s", code, stderr.String())
		}
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not stop after its context was cancelled")
	}
}
