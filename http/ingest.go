package http

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	nethttp "net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/pipeline"
)

// ingestRequest is what one write request asks to ingest: arguments for
// the pipeline (temp files and URLs), the names to show for the temp
// files, and the inputs refused before the run.
type ingestRequest struct {
	dir      string            // temp dir holding uploads, pasted text and records; "" when none
	args     []string          // pipeline arguments, in the order given
	names    map[string]string // temp path → the name the user knows
	rejected []*parallax.InputError
}

// cleanup removes the request's temp files.
func (in *ingestRequest) cleanup() {
	if in.dir != "" {
		os.RemoveAll(in.dir)
	}
}

// display names a source as the user knows it: the uploaded file's name
// rather than its temp path ("#N" suffixes kept).
func (in *ingestRequest) display(src string) string {
	path, frag, _ := strings.Cut(src, "#")
	name, ok := in.names[path]
	if !ok {
		return src
	}
	if frag != "" {
		return name + "#" + frag
	}
	return name
}

// readIngestRequest reads a multipart form (files, urls, text) or a JSON
// body ({"urls":[…]} or {"records":[…]}). A body that cannot be read is
// an EINVALID error (or a MaxBytesError when too large).
func (s *Server) readIngestRequest(r *nethttp.Request) (*ingestRequest, error) {
	if s.bearerRefused(r) {
		return nil, errUnauthorized // before reading a byte of the body
	}
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	switch ct {
	case "multipart/form-data":
		if err := r.ParseMultipartForm(8 << 20); err != nil {
			return nil, bodyError(err)
		}
		if !s.authorized(r) {
			return nil, errUnauthorized
		}
		return newFormRequest(r.MultipartForm)
	case "application/json":
		if !s.authorized(r) {
			return nil, errUnauthorized
		}
		return readJSONRequest(r.Body)
	default:
		return nil, parallax.Errorf(parallax.EINVALID,
			"want a multipart/form-data or application/json body, got %q", r.Header.Get("Content-Type"))
	}
}

// bodyError keeps a size-limit error as it is and makes any other failure
// to read a body an EINVALID error.
func bodyError(err error) error {
	var mbe *nethttp.MaxBytesError
	if errors.As(err, &mbe) {
		return err
	}
	return parallax.Errorf(parallax.EINVALID, "read request: %v", err)
}

// readJSONRequest reads {"urls":[…]} or {"records":[…]}.
func readJSONRequest(body io.Reader) (*ingestRequest, error) {
	var req struct {
		URLs    []string          `json:"urls"`
		Records []json.RawMessage `json:"records"`
	}
	dec := json.NewDecoder(body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		return nil, bodyError(err)
	}
	if len(req.URLs) == 0 && len(req.Records) == 0 {
		return nil, parallax.Errorf(parallax.EINVALID, `nothing to ingest: want "urls" or "records"`)
	}
	in := &ingestRequest{names: map[string]string{}}
	in.addURLs(req.URLs)
	if len(req.Records) > 0 {
		if err := in.addRecords(req.Records); err != nil {
			return in, err
		}
	}
	return in, nil
}

// newFormRequest reads the Add form: "urls" (one per line), "text" (one
// pasted article) and "files".
func newFormRequest(form *multipart.Form) (*ingestRequest, error) {
	in := &ingestRequest{names: map[string]string{}}
	for _, v := range form.Value["urls"] {
		in.addURLs(strings.Split(v, "\n"))
	}
	for _, v := range form.Value["text"] {
		if strings.TrimSpace(v) != "" {
			if err := in.addFile("pasted text", "pasted.txt", strings.NewReader(v)); err != nil {
				return in, err
			}
		}
	}
	for _, fh := range form.File["files"] {
		f, err := fh.Open()
		if err != nil {
			return in, parallax.Errorf(parallax.EINVALID, "read upload %s: %v", fh.Filename, err)
		}
		err = in.addFile(fh.Filename, fh.Filename, f)
		f.Close()
		if err != nil {
			return in, err
		}
	}
	if len(in.args) == 0 && len(in.rejected) == 0 {
		return in, parallax.Errorf(parallax.EINVALID, "nothing to ingest: give URLs, text or files")
	}
	return in, nil
}

// addURLs adds the http(s) URLs among urls. Anything else is refused:
// a path or "-" would read the server's own files or standard input.
func (in *ingestRequest) addURLs(urls []string) {
	for _, u := range urls {
		u = strings.TrimSpace(u)
		if u == "" {
			continue
		}
		lower := strings.ToLower(u)
		if len(in.args) >= maxURLs {
			in.rejected = append(in.rejected, &parallax.InputError{Source: u,
				Err: parallax.Errorf(parallax.ETOOLARGE, "over the %d URLs one request may give", maxURLs)})
			continue
		}
		if !strings.HasPrefix(lower, "http://") && !strings.HasPrefix(lower, "https://") {
			in.rejected = append(in.rejected, &parallax.InputError{Source: u,
				Err: parallax.Errorf(parallax.EINVALID, "not an http(s) URL")})
			continue
		}
		in.args = append(in.args, u)
	}
}

// addRecords writes records as one JSONL file, so that each goes through
// the pipeline as `parallax ingest records.jsonl` would read it.
func (in *ingestRequest) addRecords(records []json.RawMessage) error {
	var b strings.Builder
	for i, rec := range records {
		// Compacting puts each record on one line, as JSONL wants.
		var line strings.Builder
		if err := compactTo(&line, rec); err != nil {
			return parallax.Errorf(parallax.EINVALID, "record %d: %v", i+1, err)
		}
		b.WriteString(line.String())
		b.WriteByte('\n')
	}
	return in.addFile("records", "records.jsonl", strings.NewReader(b.String()))
}

// addFile saves r under the request's temp dir, keeping file's extension
// so the pipeline reads it by type, and shows it as name.
func (in *ingestRequest) addFile(name, file string, r io.Reader) error {
	if in.dir == "" {
		dir, err := os.MkdirTemp("", "parallax-upload-")
		if err != nil {
			return fmt.Errorf("make upload dir: %w", err)
		}
		in.dir = dir
	}
	// A numbered sub-directory per file keeps uploads with the same name
	// apart; Base drops any path the client sent.
	sub := filepath.Join(in.dir, strconv.Itoa(len(in.args)))
	if err := os.Mkdir(sub, 0o700); err != nil {
		return fmt.Errorf("save upload: %w", err)
	}
	base := filepath.Base(filepath.Clean("/" + file))
	if base == "/" || base == "." {
		base = "upload"
	}
	path := filepath.Join(sub, base)
	f, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		return fmt.Errorf("save upload: %w", err)
	}
	_, err = io.Copy(f, r)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return bodyError(err)
	}
	in.args = append(in.args, path)
	in.names[path] = name
	return nil
}

// ingest runs the pipeline over in, one run at a time. Sources are named
// as the user gave them, in the store too; onItem, when set, sees each
// item as it is saved.
func (s *Server) ingest(ctx context.Context, in *ingestRequest, discard bool, onItem func(pipeline.Item)) (*pipeline.Result, error) {
	opt := s.cfg.Pipeline
	opt.Source.AllowPrivate = s.cfg.AllowPrivate
	opt.Source.Stdin = strings.NewReader("") // never the server's own standard input
	opt.Discard = discard
	opt.Rename = in.display
	opt.OnItem = onItem
	s.ingestMu.Lock()
	defer s.ingestMu.Unlock()
	if len(in.args) == 0 {
		return &pipeline.Result{}, nil
	}
	res, err := pipeline.New(opt).Ingest(ctx, s.cfg.Store, in.args)
	s.cache.clear()
	if err != nil {
		return res, fmt.Errorf("ingest: %w", err)
	}
	return res, nil
}

// compactTo writes raw JSON without insignificant white space.
func compactTo(b *strings.Builder, raw json.RawMessage) error {
	var buf bytes.Buffer
	if err := json.Compact(&buf, raw); err != nil {
		return err
	}
	b.Write(buf.Bytes())
	return nil
}
