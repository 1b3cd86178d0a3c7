package source

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"syscall"
	"time"

	parallax "github.com/parallax-news/parallax"
)

// acceptHeader asks for pages and feeds alike: whether a URL is one or the
// other is only known from the answer.
const acceptHeader = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml," +
	"application/xml;q=0.9,text/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5"

// fetcher makes the HTTP requests of one Read call, at most Concurrency at
// a time.
type fetcher struct {
	client    *http.Client
	transport *http.Transport // the default client's, closed at the end; nil for a given client
	userAgent string
	timeout   time.Duration
	redirects int
	max       int64
	sem       chan struct{}
}

// fetched is a successful response.
type fetched struct {
	url         string // the final URL, after redirects
	contentType string
	body        []byte // at most Options.MaxBytes, decompressed
}

// errTooManyRedirects stops a redirect chain longer than MaxRedirects.
var errTooManyRedirects = errors.New("too many redirects")

func newFetcher(opt Options) *fetcher {
	f := &fetcher{
		userAgent: opt.UserAgent,
		timeout:   opt.Timeout,
		redirects: opt.MaxRedirects,
		max:       opt.MaxBytes,
		sem:       make(chan struct{}, opt.Concurrency),
	}
	checkRedirect := func(req *http.Request, via []*http.Request) error {
		if len(via) > opt.MaxRedirects {
			return errTooManyRedirects
		}
		return nil
	}
	if opt.Client != nil {
		c := *opt.Client
		if c.CheckRedirect == nil {
			c.CheckRedirect = checkRedirect
		}
		f.client = &c
		return f
	}
	dialer := &net.Dialer{Timeout: opt.Timeout, KeepAlive: 30 * time.Second}
	if !opt.AllowPrivate {
		dialer.Control = refusePrivate
	}
	f.transport = &http.Transport{
		DialContext:         dialer.DialContext,
		ForceAttemptHTTP2:   true,
		MaxIdleConnsPerHost: opt.Concurrency,
		IdleConnTimeout:     30 * time.Second,
		TLSHandshakeTimeout: opt.Timeout,
	}
	// A proxy would be dialled instead of the target, defeating the
	// address check, so one is only used when private addresses are allowed.
	if opt.AllowPrivate {
		f.transport.Proxy = http.ProxyFromEnvironment
	}
	f.client = &http.Client{Transport: f.transport, CheckRedirect: checkRedirect}
	return f
}

// close releases the idle connections of the default client.
func (f *fetcher) close() {
	if f.transport != nil {
		f.transport.CloseIdleConnections()
	}
}

// get fetches a URL whole. Errors are *parallax.Error, or ctx's error when
// ctx is done.
func (f *fetcher) get(ctx context.Context, rawURL string) (*fetched, error) {
	select {
	case f.sem <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	defer func() { <-f.sem }()

	reqCtx, cancel := context.WithTimeout(ctx, f.timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(reqCtx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, parallax.Errorf(parallax.EINVALID, "invalid URL: %v", unwrapURLError(err))
	}
	req.Header.Set("User-Agent", f.userAgent)
	req.Header.Set("Accept", acceptHeader)
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, f.requestError(ctx, err)
	}
	defer resp.Body.Close()

	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		code := parallax.EFETCH
		if resp.StatusCode == http.StatusNotFound || resp.StatusCode == http.StatusGone {
			code = parallax.ENOTFOUND
		}
		return nil, parallax.Errorf(code, "HTTP %s", statusLine(resp))
	}
	if resp.ContentLength > f.max {
		return nil, parallax.Errorf(parallax.ETOOLARGE, "response is %s, over the %s limit",
			formatSize(resp.ContentLength), formatSize(f.max))
	}
	body, err := readLimited(resp.Body, f.max)
	switch {
	case errors.Is(err, errTooLarge):
		return nil, parallax.Errorf(parallax.ETOOLARGE, "response is over the %s limit", formatSize(f.max))
	case ctx.Err() != nil:
		return nil, ctx.Err()
	case errors.Is(err, context.DeadlineExceeded):
		return nil, parallax.Errorf(parallax.EFETCH, "response not complete within %s", f.timeout)
	case err != nil:
		return nil, parallax.Errorf(parallax.EFETCH, "read response: %v", err)
	}
	return &fetched{url: resp.Request.URL.String(), contentType: resp.Header.Get("Content-Type"), body: body}, nil
}

// statusLine is the status of a response as "500 Internal Server Error".
func statusLine(resp *http.Response) string {
	s := strings.TrimSpace(resp.Status)
	if !strings.Contains(s, " ") {
		s = fmt.Sprintf("%d %s", resp.StatusCode, http.StatusText(resp.StatusCode))
	}
	return s
}

// requestError turns a failed request into the reason reported. The URL is
// left out: the Source of the failure names it already.
func (f *fetcher) requestError(ctx context.Context, err error) error {
	var private *errPrivateAddr
	var dnsErr *net.DNSError
	switch {
	case ctx.Err() != nil:
		return ctx.Err()
	case errors.As(err, &private):
		return parallax.Errorf(parallax.EFETCH, "refused to fetch %s: private address", private.addr)
	case errors.Is(err, errTooManyRedirects):
		return parallax.Errorf(parallax.EFETCH, "stopped after %d redirects", f.redirects)
	case errors.Is(err, context.DeadlineExceeded), isTimeout(err):
		return parallax.Errorf(parallax.EFETCH, "no response within %s", f.timeout)
	case errors.Is(err, syscall.ECONNREFUSED):
		return parallax.Errorf(parallax.EFETCH, "connection refused")
	case errors.Is(err, syscall.ECONNRESET):
		return parallax.Errorf(parallax.EFETCH, "connection reset")
	case errors.As(err, &dnsErr) && dnsErr.IsNotFound:
		return parallax.Errorf(parallax.EFETCH, "no such host %s", dnsErr.Name)
	}
	return parallax.Errorf(parallax.EFETCH, "%v", unwrapURLError(err))
}

// isTimeout reports whether err says an operation timed out.
func isTimeout(err error) bool {
	var t interface{ Timeout() bool }
	return errors.As(err, &t) && t.Timeout()
}

// unwrapURLError drops the "Get \"URL\": " that net/http puts in front.
func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// errPrivateAddr refuses a connection to an address that is not public.
type errPrivateAddr struct{ addr string }

func (e *errPrivateAddr) Error() string { return "refused private address " + e.addr }

// refusePrivate is a net.Dialer.Control that refuses loopback, private,
// link-local and other non-public addresses. It sees the address after name
// resolution, for every connection, redirects included.
func refusePrivate(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return &errPrivateAddr{address}
	}
	if a := ap.Addr().Unmap(); !isPublic(a) {
		return &errPrivateAddr{a.String()}
	}
	return nil
}

// nonPublic are ranges beyond those netip classifies that no public server
// lives in.
var nonPublic = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),      // "this network"
	netip.MustParsePrefix("100.64.0.0/10"),  // carrier-grade NAT
	netip.MustParsePrefix("192.0.0.0/24"),   // IETF protocol assignments
	netip.MustParsePrefix("198.18.0.0/15"),  // benchmarking
	netip.MustParsePrefix("240.0.0.0/4"),    // reserved, broadcast
	netip.MustParsePrefix("64:ff9b:1::/48"), // local-use NAT64
	netip.MustParsePrefix("100::/64"),       // discard
	netip.MustParsePrefix("fec0::/10"),      // deprecated site-local
}

// isPublic reports whether a is an address a public server may have.
func isPublic(a netip.Addr) bool {
	if !a.IsValid() || a.IsLoopback() || a.IsPrivate() || a.IsUnspecified() ||
		a.IsLinkLocalUnicast() || a.IsLinkLocalMulticast() || a.IsInterfaceLocalMulticast() || a.IsMulticast() {
		return false
	}
	for _, p := range nonPublic {
		if p.Contains(a) {
			return false
		}
	}
	return true
}
