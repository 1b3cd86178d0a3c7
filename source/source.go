package source

import (
	"context"
	"io"
	"iter"
	"net/http"
	"os"
	"runtime/debug"
	"strings"
	"time"

	parallax "github.com/parallax-news/parallax"
)

// Defaults for the zero Options.
const (
	DefaultTimeout      = 20 * time.Second
	DefaultMaxBytes     = 32 << 20
	DefaultMaxRedirects = 5
	DefaultConcurrency  = 4
)

// Options configures reading. The zero value works (defaults below).
type Options struct {
	Stdin io.Reader // for "-"; default os.Stdin
	// Client fetches URLs; default one built from the options below. A
	// given client is used as is, except that a nil CheckRedirect is
	// replaced by one enforcing MaxRedirects; AllowPrivate then has no
	// effect, since only the default client's dialer checks addresses.
	Client *http.Client
	// UserAgent is sent with every request; default
	// "Parallax/<version> (+https://github.com/parallax-news/parallax)".
	UserAgent string
	Timeout   time.Duration // per HTTP request, body included; default 20s
	// MaxBytes caps a file or HTTP body (after decompression), and a JSONL
	// line or WARC record; default 32 MiB.
	MaxBytes int64
	// MaxRedirects is how many redirects one fetch follows; default 5,
	// negative for none.
	MaxRedirects int
	Concurrency  int // parallel HTTP fetches; default 4
	// AllowPrivate permits fetching loopback, private and link-local
	// addresses. The default, false, is the safe choice for a server that
	// fetches what its users name; the CLI sets it true. The check runs at
	// dial time on the resolved address, so neither DNS nor a redirect can
	// get round it.
	AllowPrivate bool
}

// Result is one document read, one input that failed, or a note.
type Result struct {
	Doc parallax.Document // set when Err == nil and Note == ""
	// Err is set when one input (file, record, URL, feed item) failed:
	// Source names it as given, Err says why.
	Err *parallax.InputError
	// Note is a non-fatal remark, prefixed with the input it concerns, e.g.
	// "examples/: skipped 3 files of unknown type (.png ×2, .css ×1)".
	Note string
}

// Read reads every argument in order and yields its documents. Inputs fail
// independently: a failure yields a Result with Err and reading goes on. It
// stops early if yield returns false or ctx is cancelled.
//
// Results come in a deterministic order: arguments in order, directories in
// lexical order, records in file order, feed items in feed order. Runs of
// consecutive URL arguments and the items of a feed are fetched
// concurrently, at most Options.Concurrency requests at a time.
func Read(ctx context.Context, args []string, opt Options) iter.Seq[Result] {
	return func(yield func(Result) bool) {
		r := newReader(opt)
		defer r.close()
		// Nothing is handed over once ctx is done, so callers never see
		// the errors that cancelling causes.
		out := func(res Result) bool {
			return ctx.Err() == nil && yield(res)
		}
		for i := 0; i < len(args); {
			if ctx.Err() != nil {
				return
			}
			if isURL(args[i]) {
				j := i + 1
				for j < len(args) && isURL(args[j]) {
					j++
				}
				if !r.urls(ctx, args[i:j], out) {
					return
				}
				i = j
				continue
			}
			if !r.arg(ctx, args[i], out) {
				return
			}
			i++
		}
	}
}

// emitFunc hands one result to the consumer; false means stop.
type emitFunc func(Result) bool

// reader holds the settled options of one Read call.
type reader struct {
	opt   Options
	fetch *fetcher
}

// newReader settles the defaults of opt, once, for the whole Read.
func newReader(opt Options) *reader {
	if opt.Stdin == nil {
		opt.Stdin = os.Stdin
	}
	if opt.UserAgent == "" {
		opt.UserAgent = "Parallax/" + version() + " (+https://github.com/parallax-news/parallax)"
	}
	if opt.Timeout <= 0 {
		opt.Timeout = DefaultTimeout
	}
	if opt.MaxBytes <= 0 {
		opt.MaxBytes = DefaultMaxBytes
	}
	switch {
	case opt.MaxRedirects == 0:
		opt.MaxRedirects = DefaultMaxRedirects
	case opt.MaxRedirects < 0:
		opt.MaxRedirects = 0
	}
	if opt.Concurrency <= 0 {
		opt.Concurrency = DefaultConcurrency
	}
	return &reader{opt: opt, fetch: newFetcher(opt)}
}

func (r *reader) close() { r.fetch.close() }

// arg reads one non-URL argument: "-", a file or a directory.
func (r *reader) arg(ctx context.Context, arg string, out emitFunc) bool {
	if arg == "-" {
		return r.stream(ctx, input{src: "-", stdin: true}, r.opt.Stdin, kindUnknown, out)
	}
	if i := strings.Index(arg, "://"); i > 0 && !strings.ContainsAny(arg[:i], `/\.`) {
		return out(fail(arg, parallax.Errorf(parallax.EINVALID, "unsupported URL scheme %q", arg[:i])))
	}
	return r.path(ctx, arg, true, out)
}

// isURL reports whether arg is to be fetched rather than opened.
func isURL(arg string) bool {
	lower := strings.ToLower(arg)
	return strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://")
}

// fail builds the Result for an input that could not be read.
func fail(src string, err error) Result {
	return Result{Err: &parallax.InputError{Source: src, Err: err}}
}

// note builds a Result carrying a remark about src.
func note(src, msg string) Result {
	return Result{Note: src + ": " + msg}
}

// version is the module version the binary was built from, "dev" for a
// development build.
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok {
		if v := bi.Main.Version; v != "" && v != "(devel)" {
			return strings.TrimPrefix(v, "v")
		}
	}
	return "dev"
}
