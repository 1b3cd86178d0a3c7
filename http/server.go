package http

import (
	"crypto/sha256"
	"crypto/subtle"
	"embed"
	"encoding/json"
	"errors"
	"io/fs"
	"log/slog"
	"net"
	nethttp "net/http"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/pipeline"
)

// DefaultMaxUpload is the largest request body a write endpoint accepts
// when Config.MaxUpload is zero.
const DefaultMaxUpload = 32 << 20

//go:embed static
var staticFS embed.FS

// Config configures a Server. Only Store is required.
type Config struct {
	Store parallax.Store
	// Token, when non-empty, must accompany every write request: as the
	// form field "token" or the header "Authorization: Bearer TOKEN". The
	// command sets it when listening on a non-loopback address.
	Token string
	// AllowPrivate lets URLs given by users reach loopback, private and
	// link-local addresses. Off by default: a server must not become a
	// proxy into the network it runs in.
	AllowPrivate bool
	// MaxUpload caps the body of a write request, in bytes; default
	// DefaultMaxUpload.
	MaxUpload int64
	// Pipeline holds the base options of each ingest; the server sets
	// Source.AllowPrivate from AllowPrivate and its own OnItem.
	Pipeline pipeline.Options
}

// Server serves the pages and the API over one store.
type Server struct {
	cfg   Config
	mux   *nethttp.ServeMux
	pages *pages

	// ingestMu serialises ingests: each run goes on from the story index
	// the previous one saved.
	ingestMu sync.Mutex
	jobs     *jobs
	// waiting counts the Add jobs started and not finished; past
	// maxWaitingJobs new ones are refused rather than queued without end.
	waiting atomic.Int32

	cache storyCache
}

// New returns a server for cfg.
func New(cfg Config) *Server {
	if cfg.MaxUpload <= 0 {
		cfg.MaxUpload = DefaultMaxUpload
	}
	s := &Server{cfg: cfg, mux: nethttp.NewServeMux(), pages: mustParsePages(), jobs: newJobs()}
	s.routes()
	return s
}

// Handler returns the handler of everything the server serves: pages,
// /static/ and /api/. Unsafe methods from another site are refused
// (net/http's cross-origin protection, by Sec-Fetch-Site and Origin), and
// a server without a token answers only requests addressed to a loopback
// name, so a hostile page cannot reach it by re-pointing its own domain
// name at 127.0.0.1 (DNS rebinding).
func (s *Server) Handler() nethttp.Handler {
	cop := nethttp.NewCrossOriginProtection()
	cop.SetDenyHandler(nethttp.HandlerFunc(func(w nethttp.ResponseWriter, r *nethttp.Request) {
		if strings.HasPrefix(r.URL.Path, "/api/") {
			writeError(w, errUnauthorized)
			return
		}
		s.pageError(w, r, errUnauthorized)
	}))
	h := cop.Handler(s.mux)
	if s.cfg.Token != "" {
		return h
	}
	return nethttp.HandlerFunc(func(w nethttp.ResponseWriter, r *nethttp.Request) {
		if !loopbackHost(r.Host) {
			nethttp.Error(w, "this server answers only at a loopback address (localhost, 127.0.0.1, [::1]); give it a token to serve other names",
				nethttp.StatusMisdirectedRequest)
			return
		}
		h.ServeHTTP(w, r)
	})
}

// loopbackHost says whether a Host header names this machine's loopback
// interface: "localhost" or a loopback IP, with or without a port.
func loopbackHost(host string) bool {
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.Trim(host, "[]")
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func (s *Server) routes() {
	static, _ := fs.Sub(staticFS, "static")
	s.mux.Handle("GET /static/", nethttp.StripPrefix("/static/", nethttp.FileServerFS(static)))

	s.mux.HandleFunc("GET /{$}", s.handleIndex)
	s.mux.HandleFunc("GET /search", s.handleSearch)
	s.mux.HandleFunc("GET /stories/{id}", s.handleStory)
	s.mux.HandleFunc("GET /articles/{id}", s.handleArticle)
	s.mux.HandleFunc("GET /add", s.handleAddForm)
	s.mux.HandleFunc("POST /add", s.handleAdd)
	s.mux.HandleFunc("GET /add/{job}", s.handleJob)
	s.mux.HandleFunc("GET /add/{job}/progress", s.handleJobProgress)

	s.mux.HandleFunc("GET /api/stories", s.apiStories)
	s.mux.HandleFunc("GET /api/stories/{id}", s.apiStory)
	s.mux.HandleFunc("GET /api/articles/{id}", s.apiArticle)
	s.mux.HandleFunc("GET /api/search", s.apiSearch)
	s.mux.HandleFunc("POST /api/ingest", s.apiIngest)
	s.mux.HandleFunc("/api/", func(w nethttp.ResponseWriter, r *nethttp.Request) {
		writeError(w, parallax.Errorf(parallax.ENOTFOUND, "no API route %s %s", r.Method, r.URL.Path))
	})
	s.mux.HandleFunc("/", func(w nethttp.ResponseWriter, r *nethttp.Request) {
		s.pageError(w, r, parallax.Errorf(parallax.ENOTFOUND, "no page at %s", r.URL.Path))
	})
}

// crossSite says whether r comes from a page of another site: a browser
// names the page's origin on a POST, and a form elsewhere must not make a
// loopback server ingest what it names.
func crossSite(r *nethttp.Request) bool {
	origin := r.Header.Get("Origin")
	if origin == "" {
		return false // not sent from a browser page (curl, scripts)
	}
	u, err := url.Parse(origin)
	return err != nil || !strings.EqualFold(u.Host, r.Host)
}

// authorized says whether r carries the configured token, compared in
// constant time so that timing does not leak it.
func (s *Server) authorized(r *nethttp.Request) bool {
	if crossSite(r) {
		return false
	}
	if s.cfg.Token == "" {
		return true
	}
	got := ""
	if h := r.Header.Get("Authorization"); strings.HasPrefix(h, "Bearer ") {
		got = strings.TrimPrefix(h, "Bearer ")
	} else {
		got = r.PostFormValue("token") // never from the URL, where logs keep it
	}
	return sameToken(got, s.cfg.Token)
}

// sameToken compares digests in constant time, so that neither the
// token's bytes nor its length leak through timing.
func sameToken(got, want string) bool {
	g, w := sha256.Sum256([]byte(got)), sha256.Sum256([]byte(want))
	return subtle.ConstantTimeCompare(g[:], w[:]) == 1
}

// bearerRefused says whether r can be refused before its body is read: it
// comes from another site, or the server needs a token and r's
// Authorization header carries a wrong one.
func (s *Server) bearerRefused(r *nethttp.Request) bool {
	if crossSite(r) {
		return true
	}
	h := r.Header.Get("Authorization")
	return s.cfg.Token != "" && strings.HasPrefix(h, "Bearer ") && !sameToken(strings.TrimPrefix(h, "Bearer "), s.cfg.Token)
}

// errBusy is the answer to an Add while maxWaitingJobs are under way.
var errBusy = errors.New("too many ingests are under way; try again when one has finished")

// Bounds on what one client can make the server do.
const (
	maxWaitingJobs = 4                // Add jobs running or waiting to run
	maxURLs        = 1000             // URLs in one request
	jobDeadline    = 30 * time.Minute // the longest one ingest may run
)

// errUnauthorized is the answer to a write without the right token.
var errUnauthorized = errors.New("not allowed: a write needs a valid token (form field token or Authorization: Bearer) and must come from this site")

// status maps an application error code to an HTTP status. Only this
// package does so.
func status(err error) int {
	if errors.Is(err, errUnauthorized) {
		return nethttp.StatusUnauthorized
	}
	if errors.Is(err, errBusy) {
		return nethttp.StatusServiceUnavailable
	}
	var mbe *nethttp.MaxBytesError
	if errors.As(err, &mbe) {
		return nethttp.StatusRequestEntityTooLarge
	}
	switch parallax.ErrorCode(err) {
	case parallax.EINVALID, parallax.ENOARTICLE:
		return nethttp.StatusBadRequest
	case parallax.ENOTFOUND:
		return nethttp.StatusNotFound
	case parallax.ETOOLARGE:
		return nethttp.StatusRequestEntityTooLarge
	case parallax.EFETCH:
		return nethttp.StatusBadGateway
	default:
		return nethttp.StatusInternalServerError
	}
}

// errorCode is the code an error is reported with in JSON.
func errorCode(err error) string {
	switch status(err) {
	case nethttp.StatusUnauthorized:
		return "unauthorized"
	case nethttp.StatusServiceUnavailable:
		return "busy"
	case nethttp.StatusRequestEntityTooLarge:
		return parallax.ETOOLARGE
	}
	return parallax.ErrorCode(err)
}

// errorMessage is what a person reads of err; internal errors are logged
// and not shown, since they may name files or queries.
func errorMessage(err error) string {
	var mbe *nethttp.MaxBytesError
	switch {
	case errors.As(err, &mbe):
		return "request body too large"
	case errors.Is(err, errUnauthorized):
		return err.Error()
	case parallax.ErrorCode(err) == parallax.EINTERNAL:
		slog.Error("serve", "err", err)
		return "internal error"
	}
	return parallax.ErrorMessage(err)
}

// writeError writes err as the JSON error document with a fitting status.
func writeError(w nethttp.ResponseWriter, err error) {
	type body struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	}
	writeJSON(w, status(err), struct {
		Error body `json:"error"`
	}{body{errorCode(err), errorMessage(err)}})
}

// writeJSON writes v as indented JSON with the given status. HTML escaping
// is off, as in the CLI's documents: the output is data and "<" stays "<";
// the content type keeps browsers from reading it as a page.
func writeJSON(w nethttp.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		slog.Warn("write json", "err", err)
	}
}
