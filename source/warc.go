package source

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/textproto"
	"strconv"
	"strings"

	parallax "github.com/parallax-news/parallax"
)

// No WARC module is within reach, and the format is simple enough to read
// with the standard library: a version line, headers up to a blank line,
// Content-Length bytes of block, then CRLF CRLF (WARC 1.0 and 1.1, ISO
// 28500). A .warc.gz is a series of gzip members, one per record, which
// gzip.Reader reads as one stream.

// warcRecord is one record of a WARC file.
type warcRecord struct {
	offset int64                // where the record starts in the uncompressed stream
	header textproto.MIMEHeader // named fields; keys canonicalised
	block  []byte               // nil when tooLarge
	// tooLarge is set when the block was over the size limit and skipped.
	tooLarge bool
}

// warcReader reads records from an uncompressed WARC stream.
type warcReader struct {
	br  *bufio.Reader
	off int64 // bytes consumed so far
	max int64 // blocks larger than this are skipped, not read
}

// errWARCTruncated reports a stream that ends inside a record.
type errWARCTruncated struct{ offset int64 }

func (e *errWARCTruncated) Error() string {
	return fmt.Sprintf("truncated WARC record at offset %d", e.offset)
}

// errWARCInvalid reports a record that cannot be parsed; the records after
// it cannot be found either.
type errWARCInvalid struct {
	offset int64
	msg    string
}

func (e *errWARCInvalid) Error() string {
	return fmt.Sprintf("invalid WARC record at offset %d: %s", e.offset, e.msg)
}

// maxWARCLine bounds a version or header line.
const maxWARCLine = 64 << 10

// next returns the next record, or io.EOF after the last one.
func (w *warcReader) next() (*warcRecord, error) {
	// Be lenient about extra line breaks between records.
	for {
		b, err := w.br.Peek(1)
		if err != nil {
			return nil, err
		}
		if b[0] != '\r' && b[0] != '\n' {
			break
		}
		w.br.ReadByte()
		w.off++
	}
	rec := &warcRecord{offset: w.off, header: textproto.MIMEHeader{}}
	version, err := w.line(rec.offset)
	if err != nil {
		return nil, err
	}
	if version != "WARC/1.0" && version != "WARC/1.1" {
		return nil, &errWARCInvalid{rec.offset, fmt.Sprintf("unsupported version line %.40q", version)}
	}
	if err := w.headers(rec); err != nil {
		return nil, err
	}
	length, err := strconv.ParseInt(rec.header.Get("Content-Length"), 10, 64)
	if err != nil || length < 0 {
		return nil, &errWARCInvalid{rec.offset, "no valid Content-Length"}
	}
	if err := w.block(rec, length); err != nil {
		return nil, err
	}
	// The record ends with two line breaks; a missing one at the very end
	// of the file loses nothing.
	for range 2 {
		if b, err := w.br.Peek(1); err == nil && b[0] == '\r' {
			w.br.ReadByte()
			w.off++
		}
		if b, err := w.br.Peek(1); err == nil && b[0] == '\n' {
			w.br.ReadByte()
			w.off++
		}
	}
	return rec, nil
}

// headers reads named fields up to the blank line that ends them.
func (w *warcReader) headers(rec *warcRecord) error {
	last := ""
	for {
		line, err := w.line(rec.offset)
		if err != nil {
			return err
		}
		if line == "" {
			return nil
		}
		if (line[0] == ' ' || line[0] == '\t') && last != "" {
			// A continuation line extends the field before it.
			vals := rec.header[last]
			vals[len(vals)-1] += " " + strings.TrimSpace(line)
			continue
		}
		name, value, ok := strings.Cut(line, ":")
		if !ok {
			return &errWARCInvalid{rec.offset, fmt.Sprintf("malformed header line %.40q", line)}
		}
		last = textproto.CanonicalMIMEHeaderKey(strings.TrimSpace(name))
		rec.header.Add(last, strings.TrimSpace(value))
	}
}

// block reads the record's block, or skips it when over the size limit.
func (w *warcReader) block(rec *warcRecord, length int64) error {
	var n int64
	var err error
	if length > w.max {
		rec.tooLarge = true
		n, err = io.CopyN(io.Discard, w.br, length)
	} else {
		rec.block = make([]byte, length)
		var m int
		m, err = io.ReadFull(w.br, rec.block)
		n = int64(m)
	}
	w.off += n
	if err != nil {
		return w.truncated(err, rec.offset)
	}
	return nil
}

// line reads one line without its line break.
func (w *warcReader) line(recOffset int64) (string, error) {
	var buf []byte
	for {
		chunk, err := w.br.ReadSlice('\n')
		w.off += int64(len(chunk))
		buf = append(buf, chunk...)
		if len(buf) > maxWARCLine {
			return "", &errWARCInvalid{recOffset, "header line too long"}
		}
		switch err {
		case nil:
			return strings.TrimRight(string(buf), "\r\n"), nil
		case bufio.ErrBufferFull:
			continue
		default:
			return "", w.truncated(err, recOffset)
		}
	}
}

// truncated turns an end of input inside a record into errWARCTruncated;
// other read errors pass through.
func (w *warcReader) truncated(err error, recOffset int64) error {
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		return &errWARCTruncated{recOffset}
	}
	return err
}

// warc reads the HTML responses of a WARC stream. zerr, when the file is
// gzip-compressed, tells a truncated gzip stream from a truncated record.
// "#N" is the record's ordinal, every record counted.
func (r *reader) warc(ctx context.Context, src string, br *bufio.Reader, zerr *errRecorder, out emitFunc) bool {
	wr := &warcReader{br: br, max: r.opt.MaxBytes}
	yielded := 0
	for n := 1; ; n++ {
		if ctx.Err() != nil {
			return false
		}
		rec, err := wr.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			// Records after a broken one cannot be found: the file ends
			// here. The records before it went through, so the failure is
			// the broken record's, unless it is the first.
			at := src
			if n > 1 {
				at = fmt.Sprintf("%s#%d", src, n)
			}
			return out(fail(at, r.warcError(err, zerr, wr.off)))
		}
		doc, err := warcDocument(rec, r.opt.MaxBytes)
		switch {
		case err != nil:
			err = parallax.Errorf(parallax.ErrorCode(err), "record %d: %s", n, parallax.ErrorMessage(err))
			if !out(fail(fmt.Sprintf("%s#%d", src, n), err)) {
				return false
			}
			yielded++
		case doc != nil:
			doc.Source = fmt.Sprintf("%s#%d", src, n)
			if !out(Result{Doc: *doc}) {
				return false
			}
			yielded++
		}
	}
	if yielded == 0 {
		return out(fail(src, parallax.Errorf(parallax.EINVALID, "no HTML response records")))
	}
	return true
}

// warcError explains why reading a WARC file stopped.
func (r *reader) warcError(err error, zerr *errRecorder, off int64) error {
	var trunc *errWARCTruncated
	var invalid *errWARCInvalid
	if errors.As(err, &trunc) {
		off = trunc.offset // the start of the record that was cut
	}
	if zerr != nil && zerr.err != nil {
		ge := gzipError(zerr.err)
		if ge == nil {
			ge = readError(zerr.err)
		}
		return parallax.Errorf(parallax.EINVALID, "%s at offset %d of the decompressed WARC", parallax.ErrorMessage(ge), off)
	}
	switch {
	case errors.As(err, &trunc), errors.As(err, &invalid):
		return parallax.Errorf(parallax.EINVALID, "%s", err)
	}
	return readError(err)
}

// warcDocument returns the document a record holds: the payload of a 2xx
// HTML response, or an HTML resource. Other records give nil and no error.
// WARC-Date is when the page was crawled, not when it was published, so it
// is left out.
func warcDocument(rec *warcRecord, max int64) (*parallax.Document, error) {
	var payload []byte
	var contentType string
	switch strings.ToLower(rec.header.Get("Warc-Type")) {
	case "response":
		if rec.tooLarge {
			return nil, parallax.Errorf(parallax.ETOOLARGE, "over the %s limit", formatSize(max))
		}
		ct := strings.ToLower(rec.header.Get("Content-Type"))
		if ct != "" && !strings.HasPrefix(ct, "application/http") {
			return nil, nil // a response of another protocol (dns:, ftp)
		}
		var err error
		payload, contentType, err = httpPayload(rec.block, max)
		if err != nil || payload == nil {
			return nil, err
		}
	case "resource":
		if rec.tooLarge {
			return nil, nil
		}
		payload, contentType = rec.block, rec.header.Get("Content-Type")
	default:
		return nil, nil // warcinfo, request, metadata, revisit, conversion
	}
	if !isHTML(contentType, payload) {
		return nil, nil
	}
	uri := strings.Trim(rec.header.Get("Warc-Target-Uri"), "<>")
	return &parallax.Document{
		Format: parallax.FormatHTML,
		Body:   htmlToUTF8(payload, contentType),
		Meta:   parallax.Meta{URL: uri},
	}, nil
}

// httpPayload parses the HTTP response in a response record's block and
// returns its decoded payload and Content-Type; a nil payload for a status
// other than 2xx.
func httpPayload(block []byte, max int64) ([]byte, string, error) {
	resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(block)), nil)
	if err != nil {
		return nil, "", parallax.Errorf(parallax.EINVALID, "invalid HTTP response: %v", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, "", nil
	}
	payload, err := readLimited(resp.Body, max)
	if err != nil {
		// Some crawlers store the payload already de-chunked, or with a
		// stale Content-Length: take the bytes after the headers as they are.
		payload = rawHTTPBody(block)
	}
	payload, err = decodeContent(payload, resp.Header.Get("Content-Encoding"), max)
	if err != nil {
		return nil, "", err
	}
	if payload == nil {
		payload = []byte{}
	}
	return payload, resp.Header.Get("Content-Type"), nil
}

// rawHTTPBody returns what follows the header of an HTTP message.
func rawHTTPBody(block []byte) []byte {
	if i := bytes.Index(block, []byte("\r\n\r\n")); i >= 0 {
		return block[i+4:]
	}
	if i := bytes.Index(block, []byte("\n\n")); i >= 0 {
		return block[i+2:]
	}
	return nil
}

// decodeContent undoes a Content-Encoding. A payload that does not decode
// is kept as it is when it plainly was stored decoded already.
func decodeContent(payload []byte, encoding string, max int64) ([]byte, error) {
	var zr io.Reader
	var err error
	switch strings.ToLower(strings.TrimSpace(encoding)) {
	case "", "identity":
		return payload, nil
	case "gzip", "x-gzip":
		if !isGzip(payload) {
			return payload, nil
		}
		zr, err = gzip.NewReader(bytes.NewReader(payload))
	case "deflate":
		// "deflate" is meant to be zlib, but raw deflate is common.
		if zr, err = zlib.NewReader(bytes.NewReader(payload)); err != nil {
			zr, err = flate.NewReader(bytes.NewReader(payload)), nil
		}
	default:
		return nil, parallax.Errorf(parallax.EINVALID, "unsupported content encoding %q", encoding)
	}
	if err != nil {
		if ge := gzipError(err); ge != nil {
			return nil, ge
		}
		return nil, parallax.Errorf(parallax.EINVALID, "content encoding %s: %v", encoding, err)
	}
	out, err := readLimited(zr, max)
	switch {
	case errors.Is(err, errTooLarge):
		return nil, parallax.Errorf(parallax.ETOOLARGE, "decoded payload is over the %s limit", formatSize(max))
	case err != nil && looksHTML(bytes.TrimSpace(payload)):
		return payload, nil
	case err != nil:
		return nil, parallax.Errorf(parallax.EINVALID, "content encoding %s: %v", encoding, err)
	}
	return out, nil
}

// isHTML reports whether a payload is an HTML page: its Content-Type says
// so or, when the type is missing or generic, its first bytes do.
func isHTML(contentType string, payload []byte) bool {
	mt, _, _ := mime.ParseMediaType(contentType)
	switch mt {
	case "text/html", "application/xhtml+xml":
		return true
	case "", "application/octet-stream", "text/plain", "unknown/unknown":
		return looksHTML(bytes.TrimLeft(payload, " \t\r\n"))
	}
	return false
}
