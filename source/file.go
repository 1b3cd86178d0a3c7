package source

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	parallax "github.com/parallax-news/parallax"
)

// kind is the format of an input's content.
type kind int

const (
	kindUnknown kind = iota
	kindHTML
	kindText
	kindJSONL
	kindJSON
	kindWARC
	kindFeed
)

// streamed reports whether content of kind k is read record by record, so
// that MaxBytes applies per record rather than to the whole input.
func (k kind) streamed() bool { return k == kindJSONL || k == kindWARC }

// noExt stands for the extension of a file that has none.
const noExt = "(no extension)"

// sniffLen is how much of an input is looked at to tell its format.
const sniffLen = 8 << 10

// input describes what is being read, for naming and for messages.
type input struct {
	src   string // the input as given
	stdin bool   // standard input: unknown content is taken as text
	ext   string // the file's extension, for messages
}

// kindOf types a file by its name: the extension, looked at beneath a
// ".gz" suffix. It also returns the extension for messages.
func kindOf(name string) (kind, string) {
	lower := strings.ToLower(filepath.Base(name))
	inner, gz := strings.CutSuffix(lower, ".gz")
	ext := filepath.Ext(inner)
	k := kindUnknown
	switch ext {
	case ".html", ".htm", ".xhtml":
		k = kindHTML
	case ".txt", ".md":
		k = kindText
	case ".jsonl", ".ndjson":
		k = kindJSONL
	case ".json":
		k = kindJSON
	case ".warc":
		k = kindWARC
	case ".rss", ".atom", ".xml":
		k = kindFeed
	}
	if gz {
		ext += ".gz"
	}
	if ext == "" {
		ext = noExt
	}
	return k, ext
}

// path reads a file or directory argument. explicit is true for a path the
// user named, false for one found in a directory walk.
func (r *reader) path(ctx context.Context, path string, explicit bool, out emitFunc) bool {
	fi, err := os.Stat(path)
	if err != nil {
		return out(fail(path, openError(err)))
	}
	if fi.IsDir() {
		if !explicit {
			return true // a symlink to a directory met in a walk: not followed, to rule out cycles
		}
		return r.dir(ctx, path, out)
	}
	k, ext := kindOf(path)
	if fi.Mode().IsRegular() {
		size := fi.Size()
		if size == 0 {
			return out(fail(path, parallax.Errorf(parallax.EINVALID, "empty file")))
		}
		// Files read whole are refused before they are opened; streamed
		// containers are checked record by record.
		if size > r.opt.MaxBytes && !k.streamed() {
			return out(fail(path, parallax.Errorf(parallax.ETOOLARGE,
				"file is %s, over the %s limit", formatSize(size), formatSize(r.opt.MaxBytes))))
		}
	}
	f, err := os.Open(path)
	if err != nil {
		return out(fail(path, openError(err)))
	}
	defer f.Close()
	in := input{src: path, ext: ext}
	return r.stream(ctx, in, f, k, out)
}

// dir walks a directory in lexical order and reads every file of a known
// type. Hidden files and directories are skipped silently; files of unknown
// type and the corpus's own documentation (README, LICENSE, …) are counted
// and reported in one note.
func (r *reader) dir(ctx context.Context, root string, out emitFunc) bool {
	skipped := map[string]int{}
	var docs []string
	found, failed := 0, 0
	errStop := errors.New("stop")
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if ctx.Err() != nil {
			return errStop
		}
		if err != nil {
			// An unreadable subdirectory fails alone; the walk goes on.
			failed++
			if !out(fail(path, openError(err))) {
				return errStop
			}
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if path != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if k, ext := kindOf(path); k == kindUnknown {
			skipped[ext]++
			return nil
		}
		if isCorpusDoc(d.Name()) {
			docs = append(docs, d.Name())
			return nil
		}
		found++
		if !r.path(ctx, path, false, out) {
			return errStop
		}
		return nil
	})
	if err != nil {
		return false
	}
	var notes []string
	if len(skipped) > 0 {
		notes = append(notes, skippedSummary(skipped))
	}
	if len(docs) > 0 {
		notes = append(notes, fmt.Sprintf("skipped documentation, not articles (%s)", strings.Join(docs, ", ")))
	}
	switch {
	case len(notes) > 0:
		return out(note(root, strings.Join(notes, "; ")))
	case found == 0 && failed == 0:
		return out(note(root, "no files to read"))
	}
	return true
}

// isCorpusDoc says whether a file found in a directory walk documents the
// corpus rather than holding an article: README.md, LICENSE.txt and the
// like, which research corpora and crawls routinely ship, and the answer
// keys evaluation corpora ship beside their articles (gold.json). Named
// explicitly
// on the command line, such a file is read like any other.
func isCorpusDoc(name string) bool {
	base := strings.ToUpper(name)
	if i := strings.IndexByte(base, '.'); i >= 0 {
		base = base[:i]
	}
	switch base {
	case "README", "LICENSE", "LICENCE", "COPYING", "NOTICE", "CHANGELOG", "CHANGES", "CONTRIBUTING", "AUTHORS", "GOLD":
		return true
	}
	return false
}

// skippedSummary says how many files of which types a walk skipped, most
// frequent first: "skipped 3 files of unknown type (.png ×2, .css ×1)".
func skippedSummary(skipped map[string]int) string {
	exts := make([]string, 0, len(skipped))
	total := 0
	for ext, n := range skipped {
		exts = append(exts, ext)
		total += n
	}
	sort.Slice(exts, func(i, j int) bool {
		if a, b := skipped[exts[i]], skipped[exts[j]]; a != b {
			return a > b
		}
		return exts[i] < exts[j]
	})
	parts := make([]string, len(exts))
	for i, ext := range exts {
		parts[i] = fmt.Sprintf("%s ×%d", ext, skipped[ext])
	}
	files := "files"
	if total == 1 {
		files = "file"
	}
	return fmt.Sprintf("skipped %d %s of unknown type (%s)", total, files, strings.Join(parts, ", "))
}

// stream reads the content of one input, of kind k when known from its
// name.
func (r *reader) stream(ctx context.Context, in input, rd io.Reader, k kind, out emitFunc) bool {
	br, zerr, peek, err := decompress(rd)
	if err != nil {
		return out(fail(in.src, err))
	}
	if k, err = settleKind(in, k, peek); err != nil {
		return out(fail(in.src, err))
	}
	switch k {
	case kindJSONL:
		return r.jsonl(ctx, in.src, br, out)
	case kindWARC:
		return r.warc(ctx, in.src, br, zerr, out)
	}
	return r.whole(ctx, in.src, br, k, zerr != nil, out)
}

// decompress returns a reader over the content of rd, gunzipped when it
// starts with the gzip magic bytes whatever its name says, and the first
// bytes of that content. zerr is set for gzip content: it records the
// stream's errors.
func decompress(rd io.Reader) (br *bufio.Reader, zerr *errRecorder, peek []byte, err error) {
	br = bufio.NewReaderSize(rd, 64<<10)
	if peek, err = peekUpTo(br, sniffLen); err != nil || !isGzip(peek) {
		return br, nil, peek, err
	}
	zr, err := gzip.NewReader(br)
	if err != nil {
		return nil, nil, nil, gzipError(err)
	}
	zerr = &errRecorder{r: zr}
	br = bufio.NewReaderSize(zerr, 64<<10)
	peek, err = peekUpTo(br, sniffLen)
	return br, zerr, peek, err
}

// settleKind decides the kind of an input from its name's kind k and its
// first bytes, or says why it cannot be read.
func settleKind(in input, k kind, peek []byte) (kind, error) {
	if len(bytes.TrimSpace(peek)) == 0 && len(peek) < sniffLen {
		return k, parallax.Errorf(parallax.EINVALID, "%s", emptyMessage(in))
	}
	if k == kindUnknown {
		k = sniff(peek)
	}
	// A WARC holds compressed payloads: only the others must look like text.
	if k != kindWARC && isBinary(peek) {
		return k, parallax.Errorf(parallax.EINVALID, "binary file, not text")
	}
	switch {
	case k != kindUnknown:
		return k, nil
	case in.stdin:
		return kindText, nil // text announces itself by nothing
	case in.ext != "" && in.ext != noExt:
		return k, parallax.Errorf(parallax.EINVALID, "unknown file type %q", in.ext)
	}
	return k, parallax.Errorf(parallax.EINVALID, "unknown file type")
}

// whole reads an input that is one document or one feed.
func (r *reader) whole(ctx context.Context, src string, br *bufio.Reader, k kind, gz bool, out emitFunc) bool {
	body, err := readLimited(br, r.opt.MaxBytes)
	if err != nil {
		return out(fail(src, r.wholeReadError(err, gz)))
	}
	switch k {
	case kindHTML:
		return out(Result{Doc: parallax.Document{Source: src, Format: parallax.FormatHTML, Body: htmlToUTF8(body, "")}})
	case kindText:
		text, err := textToUTF8(body)
		if err != nil {
			return out(fail(src, err))
		}
		return out(Result{Doc: parallax.Document{Source: src, Format: parallax.FormatText, Body: text}})
	case kindJSON:
		return r.json(ctx, src, body, out)
	default: // kindFeed
		return r.feedFile(ctx, src, body, out)
	}
}

// emptyMessage is the reason given for an input with nothing in it.
func emptyMessage(in input) string {
	if in.stdin {
		return "empty input"
	}
	return "empty file"
}

// wholeReadError explains why reading an input whole stopped.
func (r *reader) wholeReadError(err error, gz bool) error {
	if errors.Is(err, errTooLarge) {
		what := "content"
		if gz {
			what = "decompressed content"
		}
		return parallax.Errorf(parallax.ETOOLARGE, "%s is over the %s limit", what, formatSize(r.opt.MaxBytes))
	}
	return readError(err)
}

// errTooLarge reports content over Options.MaxBytes.
var errTooLarge = errors.New("over the size limit")

// readLimited reads rd to the end, or fails with errTooLarge past max bytes.
func readLimited(rd io.Reader, max int64) ([]byte, error) {
	body, err := io.ReadAll(io.LimitReader(rd, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(body)) > max {
		return nil, errTooLarge
	}
	return body, nil
}

// peekUpTo returns up to n of the first bytes of br without consuming
// them, enough to tell the format. It takes what has arrived once there is
// enough to decide (minSniff non-blank bytes or a whole first line), so
// that a slow stream on standard input (records piped in one by one) is
// not held back until n bytes have come.
func peekUpTo(br *bufio.Reader, n int) ([]byte, error) {
	want := 1
	for {
		peek, err := br.Peek(want)
		if err != nil {
			if len(peek) > 0 || err == io.EOF {
				return peek, nil
			}
			return peek, err
		}
		if avail := br.Buffered(); avail > len(peek) {
			peek, _ = br.Peek(min(avail, n))
		}
		if len(peek) >= n || enoughToSniff(peek) {
			return peek, nil
		}
		want = len(peek) + 1
	}
}

// minSniff is the number of non-blank bytes that tell every format apart
// ("WARC/1.1", "<!doctype", a gzip header, "{").
const minSniff = 16

func enoughToSniff(peek []byte) bool {
	text := bytes.TrimLeft(peek, " \t\r\n")
	return len(text) >= minSniff || (len(text) > 0 && bytes.IndexByte(text, '\n') >= 0)
}

// errRecorder remembers the first error of the reader it wraps other than
// io.EOF, so that a truncated gzip stream can be told from a truncated
// record inside it.
type errRecorder struct {
	r   io.Reader
	err error
}

func (e *errRecorder) Read(p []byte) (int, error) {
	n, err := e.r.Read(p)
	if err != nil && err != io.EOF && e.err == nil {
		e.err = err
	}
	return n, err
}

// isGzip reports whether content starts with the gzip magic bytes.
func isGzip(peek []byte) bool {
	return len(peek) >= 2 && peek[0] == 0x1f && peek[1] == 0x8b
}

// sniff tells the format of content from its first bytes; kindUnknown when
// it is none of the self-announcing formats (plain text is not).
func sniff(peek []byte) kind {
	if bytes.HasPrefix(peek, []byte("WARC/1.")) {
		return kindWARC
	}
	s := bytes.TrimLeft(bytes.TrimPrefix(peek, utf8BOM), " \t\r\n")
	switch {
	case len(s) == 0:
		return kindUnknown
	case s[0] == '{':
		return kindJSONL
	case s[0] == '[':
		return kindJSON
	case isFeedXML(s):
		return kindFeed
	case looksHTML(s):
		return kindHTML
	}
	return kindUnknown
}

// htmlStarts are the openings that mark a document as HTML.
var htmlStarts = []string{"<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<article", "<div", "<p>", "<p "}

// looksHTML reports whether content opens like an HTML document, after
// any XML declaration and comments.
func looksHTML(s []byte) bool {
	s = skipXMLPrologue(s)
	if len(s) > 64 {
		s = s[:64]
	}
	lower := bytes.ToLower(s)
	for _, start := range htmlStarts {
		if bytes.HasPrefix(lower, []byte(start)) {
			return true
		}
	}
	return false
}

// isFeedXML reports whether content is an RSS, Atom or RDF feed: its first
// element is <rss>, <feed> or <rdf:RDF>.
func isFeedXML(s []byte) bool {
	s = skipXMLPrologue(s)
	for _, root := range []string{"<rss", "<feed", "<rdf:RDF"} {
		if bytes.HasPrefix(s, []byte(root)) && len(s) > len(root) && strings.ContainsRune(" \t\r\n>", rune(s[len(root)])) {
			return true
		}
	}
	return false
}

// skipXMLPrologue drops leading whitespace, a BOM, the XML declaration,
// processing instructions, comments and a non-HTML doctype.
func skipXMLPrologue(s []byte) []byte {
	s = bytes.TrimPrefix(s, utf8BOM)
	for {
		s = bytes.TrimLeft(s, " \t\r\n")
		var end []byte
		switch {
		case bytes.HasPrefix(s, []byte("<?")):
			end = []byte("?>")
		case bytes.HasPrefix(s, []byte("<!--")):
			end = []byte("-->")
		case bytes.HasPrefix(s, []byte("<!")) && !bytes.HasPrefix(bytes.ToLower(s), []byte("<!doctype html")):
			end = []byte(">")
		default:
			return s
		}
		i := bytes.Index(s, end)
		if i < 0 {
			return nil
		}
		s = s[i+len(end):]
	}
}

// isBinary reports whether content is not text: it holds a NUL byte, or
// more than one byte in ten is a control character.
func isBinary(peek []byte) bool {
	if bytes.IndexByte(peek, 0) >= 0 {
		return true
	}
	control := 0
	for _, c := range peek {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b {
			control++
		}
	}
	return control*10 > len(peek)
}

// openError turns an error opening a path into the reason reported.
func openError(err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return parallax.Errorf(parallax.ENOTFOUND, "no such file or directory")
	case errors.Is(err, fs.ErrPermission):
		return parallax.Errorf(parallax.EINVALID, "permission denied")
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err // the path is already the Source
	}
	return parallax.Errorf(parallax.EINVALID, "%v", err)
}

// readError turns an error reading content into the reason reported.
func readError(err error) error {
	if e := gzipError(err); e != nil {
		return e
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return parallax.Errorf(parallax.EINVALID, "read: %v", err)
}

// gzipError names what went wrong in a gzip stream; nil when err is not a
// gzip error.
func gzipError(err error) error {
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return parallax.Errorf(parallax.EINVALID, "truncated gzip stream")
	case errors.Is(err, gzip.ErrChecksum):
		return parallax.Errorf(parallax.EINVALID, "corrupt gzip stream (checksum mismatch)")
	case errors.Is(err, gzip.ErrHeader):
		return parallax.Errorf(parallax.EINVALID, "corrupt gzip stream (bad header)")
	}
	var ce flate.CorruptInputError
	if errors.As(err, &ce) {
		return parallax.Errorf(parallax.EINVALID, "corrupt gzip stream (%v)", err)
	}
	return nil
}

// formatSize writes a byte count for people: "40 MiB", "2.5 KiB", "300 bytes".
func formatSize(n int64) string {
	const kib, mib = 1 << 10, 1 << 20
	switch {
	case n >= mib && n%mib == 0:
		return fmt.Sprintf("%d MiB", n/mib)
	case n >= mib:
		return fmt.Sprintf("%.1f MiB", float64(n)/mib)
	case n >= kib && n%kib == 0:
		return fmt.Sprintf("%d KiB", n/kib)
	case n >= kib:
		return fmt.Sprintf("%.1f KiB", float64(n)/kib)
	}
	return fmt.Sprintf("%d bytes", n)
}
