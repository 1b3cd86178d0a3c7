package source

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/internal/timestamp"
)

// jsonl reads one JSON object per line. Each line fails alone; "#N" is the
// line number, blank lines included.
func (r *reader) jsonl(ctx context.Context, src string, br *bufio.Reader, out emitFunc) bool {
	var off int64
	seen := 0
	for n := 1; ; n++ {
		if ctx.Err() != nil {
			return false
		}
		line, consumed, tooLong, err := readLine(br, r.opt.MaxBytes)
		start := off
		off += consumed
		if err != nil && err != io.EOF {
			// The stream broke (a truncated gzip): what was read of this
			// line is not a record.
			rerr := readError(err)
			at := src
			if seen > 0 {
				at = fmt.Sprintf("%s#%d", src, n) // the records before it went through
			}
			return out(fail(at, parallax.Errorf(parallax.ErrorCode(rerr), "%s at line %d", parallax.ErrorMessage(rerr), n)))
		}
		if n == 1 {
			// Editors on Windows start UTF-8 files with a byte-order mark.
			line = bytes.TrimPrefix(line, utf8BOM)
		}
		rec := fmt.Sprintf("%s#%d", src, n)
		label := fmt.Sprintf("line %d", n)
		switch {
		case tooLong:
			seen++
			if !out(fail(rec, parallax.Errorf(parallax.ETOOLARGE, "%s is over the %s limit", label, formatSize(r.opt.MaxBytes)))) {
				return false
			}
		case len(bytes.TrimSpace(line)) > 0:
			seen++
			if i := invalidUTF8(line); i >= 0 {
				if !out(fail(rec, parallax.Errorf(parallax.EINVALID, "%s: invalid UTF-8 at byte %d", label, start+int64(i)))) {
					return false
				}
				continue
			}
			if !r.record(rec, label, line, out) {
				return false
			}
		}
		if err == io.EOF {
			break
		}
	}
	if seen == 0 {
		return out(fail(src, parallax.Errorf(parallax.EINVALID, "no records")))
	}
	return true
}

// readLine reads one line, newline excluded, keeping at most max bytes of
// it: a longer line is consumed and reported tooLong. consumed counts every
// byte read. err is io.EOF after the last line.
func readLine(br *bufio.Reader, max int64) (line []byte, consumed int64, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		consumed += int64(len(chunk))
		if !tooLong {
			if int64(len(line)+len(chunk)) > max+1 {
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err == io.EOF && consumed == 0 {
			return nil, 0, false, io.EOF
		}
		return bytes.TrimSuffix(line, []byte("\n")), consumed, tooLong, err
	}
}

// json reads a .json file: an array of record objects, one object, or —
// when it is neither — one object per line.
func (r *reader) json(ctx context.Context, src string, body []byte, out emitFunc) bool {
	if i := invalidUTF8(body); i >= 0 {
		return out(fail(src, parallax.Errorf(parallax.EINVALID, "invalid UTF-8 at byte %d", i)))
	}
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(body, utf8BOM), " \t\r\n")
	switch {
	case len(trimmed) > 0 && trimmed[0] == '[':
		return r.jsonArray(ctx, src, trimmed, out)
	case json.Valid(trimmed):
		return r.record(src, "", trimmed, out)
	case firstLineIsJSON(trimmed):
		return r.jsonl(ctx, src, bufio.NewReader(bytes.NewReader(body)), out)
	default:
		// One pretty-printed document with a syntax error: one error for
		// the file, not one per line of it.
		var v any
		err := json.Unmarshal(trimmed, &v)
		return out(fail(src, parallax.Errorf(parallax.EINVALID, "invalid JSON: %v", err)))
	}
}

// firstLineIsJSON says whether the first line of body is a JSON value of
// its own, as in a JSONL file saved as .json.
func firstLineIsJSON(body []byte) bool {
	line, _, _ := bytes.Cut(body, []byte("\n"))
	return json.Valid(bytes.TrimSpace(line))
}

// jsonArray reads a JSON array of records; "#N" is the element's ordinal.
// A syntax error ends the file, since nothing after it can be trusted.
func (r *reader) jsonArray(ctx context.Context, src string, body []byte, out emitFunc) bool {
	dec := json.NewDecoder(bytes.NewReader(body))
	if _, err := dec.Token(); err != nil {
		return out(fail(src, parallax.Errorf(parallax.EINVALID, "invalid JSON: %v", err)))
	}
	n := 0
	for dec.More() {
		if ctx.Err() != nil {
			return false
		}
		n++
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return out(fail(fmt.Sprintf("%s#%d", src, n), parallax.Errorf(parallax.EINVALID, "record %d: invalid JSON: %v", n, err)))
		}
		if !r.record(fmt.Sprintf("%s#%d", src, n), fmt.Sprintf("record %d", n), raw, out) {
			return false
		}
	}
	if _, err := dec.Token(); err != nil {
		return out(fail(src, parallax.Errorf(parallax.EINVALID, "invalid JSON after record %d: %v", n, err)))
	}
	if n == 0 {
		return out(fail(src, parallax.Errorf(parallax.EINVALID, "no records")))
	}
	return true
}

// record yields the document of one JSON record named src, or its error;
// label ("line 3", "record 3") starts the messages when not empty.
func (r *reader) record(src, label string, raw []byte, out emitFunc) bool {
	doc, badDate, err := parseRecord(raw)
	if err != nil {
		if label != "" {
			err = parallax.Errorf(parallax.ErrorCode(err), "%s: %s", label, parallax.ErrorMessage(err))
		}
		return out(fail(src, err))
	}
	doc.Source = src
	if !out(Result{Doc: doc}) {
		return false
	}
	if badDate != "" {
		// The record is kept with its date unknown, but that is said.
		return out(note(src, fmt.Sprintf("unparseable published date %q; left unknown", badDate)))
	}
	return true
}

// parseRecord builds a Document from one JSON object. The fields Parallax
// knows go to Meta; every other field is kept verbatim in Meta.Extra.
// badDate is the published value when it could not be parsed.
func parseRecord(raw []byte) (doc parallax.Document, badDate string, err error) {
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(raw, &fields); err != nil {
		var typeErr *json.UnmarshalTypeError
		if errors.As(err, &typeErr) {
			return doc, "", parallax.Errorf(parallax.EINVALID, "not a JSON object")
		}
		return doc, "", parallax.Errorf(parallax.EINVALID, "invalid JSON: %v", err)
	}
	if fields == nil {
		return doc, "", parallax.Errorf(parallax.EINVALID, "not a JSON object")
	}
	str := func(name string) string {
		if err != nil {
			return ""
		}
		var s string
		s, err = stringField(fields, name)
		delete(fields, name)
		return s
	}
	meta := func(name string) string { return strings.TrimSpace(str(name)) }
	m := &doc.Meta
	m.ID = meta("id")
	m.URL = meta("url")
	m.Outlet = meta("outlet")
	m.Title = meta("title")
	m.Author = meta("author")
	m.Language = meta("language")
	text, html := str("text"), str("html")
	published, hasPublished := fields["published"]
	delete(fields, "published")
	if err != nil {
		return doc, "", err
	}

	// HTML keeps the structure extraction works from, so it wins when a
	// record carries both.
	switch {
	case strings.TrimSpace(html) != "":
		doc.Format, doc.Body = parallax.FormatHTML, []byte(html)
	case strings.TrimSpace(text) != "":
		doc.Format, doc.Body = parallax.FormatText, []byte(text)
	default:
		return doc, "", parallax.Errorf(parallax.EINVALID, "record has neither text nor html")
	}
	if hasPublished && string(published) != "null" {
		var s string
		if json.Unmarshal(published, &s) != nil {
			s = string(published) // a number or an object: reported as written
		}
		if s = strings.TrimSpace(s); s != "" {
			if t, ok := timestamp.Parse(s); ok {
				m.Published = t
			} else {
				badDate = s
			}
		}
	}
	if len(fields) > 0 {
		m.Extra = fields
	}
	return doc, badDate, nil
}

// stringField returns the string value of a field; a number is taken as
// written (ids often are numbers), null or absent as "".
func stringField(fields map[string]json.RawMessage, name string) (string, error) {
	raw, ok := fields[name]
	if !ok || string(raw) == "null" {
		return "", nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return s, nil
	}
	var num json.Number
	if err := json.Unmarshal(raw, &num); err == nil && name == "id" {
		return num.String(), nil
	}
	return "", parallax.Errorf(parallax.EINVALID, "field %q is not a string", name)
}
