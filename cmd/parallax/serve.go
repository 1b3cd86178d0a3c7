package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net"
	nethttp "net/http"
	"time"

	parallaxhttp "github.com/parallax-news/parallax/http"
	"github.com/parallax-news/parallax/pipeline"
)

// Server timeouts: generous enough for a large upload on a slow link,
// short enough that idle or stalled clients cannot hold connections.
const (
	serveReadHeaderTimeout = 10 * time.Second
	serveReadTimeout       = 2 * time.Minute
	serveWriteTimeout      = 2 * time.Minute
	serveIdleTimeout       = 2 * time.Minute
	serveShutdownTimeout   = 10 * time.Second
)

func init() {
	register(&command{
		name:    "serve",
		summary: "serve the web workspace and the JSON API",
		usage: `
Usage: parallax serve [flags]

Serves the store over HTTP: pages to browse stories, search articles and add
inputs (URLs, feeds, pasted text, uploaded files), and the JSON API under
/api/ (see docs/json.md). It listens on loopback unless --addr says
otherwise; on any other address writes (the Add page, POST /api/ingest) need
a token, from --token or PARALLAX_TOKEN. URLs given through the server may
not reach loopback or private addresses unless --allow-private is given.

Examples:
  parallax serve
  parallax serve --db news.db --addr 127.0.0.1:9000
  PARALLAX_TOKEN=s3cret parallax serve --addr 0.0.0.0:8080`,
		setup: func(fs *flag.FlagSet, env *Env) func(context.Context, []string) error {
			dbPath := storeFlag(fs, env)
			addr := fs.String("addr", "127.0.0.1:8080", "`host:port` to listen on")
			token := fs.String("token", env.Getenv("PARALLAX_TOKEN"), "token required for writes (env PARALLAX_TOKEN); needed off loopback")
			allowPrivate := fs.Bool("allow-private", false, "let URLs given by users reach loopback and private addresses")
			return func(ctx context.Context, args []string) error {
				if len(args) > 0 {
					return usagef("unexpected arguments %q", args)
				}
				if !isLoopback(*addr) && *token == "" {
					return usagef("listening on %s, which is not loopback, needs a token for writes: give --token or set PARALLAX_TOKEN", *addr)
				}
				db, err := openStore(ctx, *dbPath)
				if err != nil {
					return err
				}
				defer db.Close()
				opt := pipeline.Options{}
				opt.Source.UserAgent = userAgent()
				srv := parallaxhttp.New(parallaxhttp.Config{Store: db, Token: *token, AllowPrivate: *allowPrivate, Pipeline: opt})
				return serve(ctx, env, *addr, srv.Handler(), *token == "")
			}
		},
	})
}

// serve listens on addr and serves h until ctx is done, then shuts down
// gracefully, letting requests in flight finish.
func serve(ctx context.Context, env *Env, addr string, h nethttp.Handler, needLoopback bool) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	// A name such as "localhost" is checked by what it resolved to: a
	// hosts file that maps it elsewhere must not expose a server that
	// has no token.
	if tcp, ok := ln.Addr().(*net.TCPAddr); needLoopback && (!ok || !tcp.IP.IsLoopback()) {
		ln.Close()
		return usagef("%s resolved to %s, which is not loopback: give --token or set PARALLAX_TOKEN", addr, ln.Addr())
	}
	hs := &nethttp.Server{
		Handler:           h,
		ReadHeaderTimeout: serveReadHeaderTimeout,
		ReadTimeout:       serveReadTimeout,
		WriteTimeout:      serveWriteTimeout,
		IdleTimeout:       serveIdleTimeout,
	}
	fmt.Fprintf(env.Stderr, "parallax: serving on http://%s/ (Ctrl-C to stop)\n", ln.Addr())
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), serveShutdownTimeout)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil && !errors.Is(err, nethttp.ErrServerClosed) {
		return fmt.Errorf("shut down: %w", err)
	}
	return nil
}

// isLoopback says whether addr (host:port) listens on loopback only. An
// empty host listens everywhere, so it is not.
func isLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
