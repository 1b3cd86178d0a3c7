package source

import (
	"bytes"
	"mime"
	"unicode/utf8"

	parallax "github.com/parallax-news/parallax"
	"golang.org/x/net/html/charset"
)

var utf8BOM = []byte("\xef\xbb\xbf")

// htmlToUTF8 converts an HTML page to UTF-8 from the charset named by its
// Content-Type, its BOM or its meta tag. Whatever happens the result is
// valid UTF-8: bytes that cannot be decoded become U+FFFD.
func htmlToUTF8(body []byte, contentType string) []byte {
	enc, name, _ := charset.DetermineEncoding(body, contentType)
	// windows-1252 is both what latin-1 labels map to and the guess for
	// undeclared pages whose first KiB is ASCII. A body that is valid
	// UTF-8 throughout is UTF-8 in practice, mislabelled or not.
	if name == "utf-8" || (name == "windows-1252" && utf8.Valid(body)) {
		return bytes.ToValidUTF8(bytes.TrimPrefix(body, utf8BOM), []byte("\uFFFD"))
	}
	out, err := enc.NewDecoder().Bytes(body)
	if err != nil {
		return bytes.ToValidUTF8(body, []byte("\uFFFD"))
	}
	out = bytes.TrimPrefix(out, utf8BOM) // a UTF-16 BOM decodes to U+FEFF
	return bytes.ToValidUTF8(out, []byte("\uFFFD"))
}

// textToUTF8 checks that plain text is UTF-8 and drops a leading BOM. Text
// carries no declaration of its charset, so rather than guess, anything
// else is refused with the offset of the first bad byte.
func textToUTF8(body []byte) ([]byte, error) {
	off := 0
	if bytes.HasPrefix(body, utf8BOM) {
		body, off = body[len(utf8BOM):], len(utf8BOM)
	}
	if i := invalidUTF8(body); i >= 0 {
		return nil, parallax.Errorf(parallax.EINVALID, "invalid UTF-8 at byte %d", off+i)
	}
	return body, nil
}

// textWithCharset converts text fetched over HTTP, whose Content-Type may
// name its charset, to UTF-8.
func textWithCharset(body []byte, contentType string) ([]byte, error) {
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		if cs := params["charset"]; cs != "" {
			if enc, name := charset.Lookup(cs); enc != nil && name != "utf-8" {
				out, err := enc.NewDecoder().Bytes(body)
				if err == nil {
					return bytes.ToValidUTF8(out, []byte("\uFFFD")), nil
				}
			}
		}
	}
	return textToUTF8(body)
}

// invalidUTF8 returns the offset of the first byte of b that is not part of
// a valid UTF-8 sequence, or -1 when b is valid.
func invalidUTF8(b []byte) int {
	if utf8.Valid(b) {
		return -1
	}
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}
