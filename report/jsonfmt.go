package report

import "bytes"

// inlineMax is the longest container, in bytes of compact JSON, that
// indentJSON keeps on one line.
const inlineMax = 80

// indentJSON writes compact JSON src to dst indented by two spaces, like
// json.Indent, except that a container holding no other container and
// short enough stays on one line: a span reads {"start": 0, "end": 165}
// rather than taking four lines, which matters when an article has
// hundreds. src must be valid compact JSON, as json.Marshal writes it.
func indentJSON(dst *bytes.Buffer, src []byte) {
	p := jsonPrinter{src: src, dst: dst}
	p.value(0, 0)
	dst.WriteByte('\n')
}

type jsonPrinter struct {
	src []byte
	dst *bytes.Buffer
}

// value prints the value starting at src[i] and returns the index after it.
func (p *jsonPrinter) value(i, depth int) int {
	switch p.src[i] {
	case '{', '[':
		return p.container(i, depth)
	case '"':
		end := stringEnd(p.src, i)
		p.dst.Write(p.src[i:end])
		return end
	default:
		end := i
		for end < len(p.src) && p.src[end] != ',' && p.src[end] != ']' && p.src[end] != '}' {
			end++
		}
		p.dst.Write(p.src[i:end])
		return end
	}
}

// container prints the object or array starting at src[i].
func (p *jsonPrinter) container(i, depth int) int {
	if end, ok := fitsInline(p.src, i); ok {
		p.inline(p.src[i:end])
		return end
	}
	open, isObject := p.src[i], p.src[i] == '{'
	p.dst.WriteByte(open)
	i++
	if c := p.src[i]; c == '}' || c == ']' {
		// Empty containers always fit inline; this is only a safeguard.
		p.dst.WriteByte(c)
		return i + 1
	}
	for {
		p.newline(depth + 1)
		if isObject {
			i = p.value(i, depth+1) // the key
			p.dst.WriteString(": ")
			i++ // past ':'
		}
		i = p.value(i, depth+1)
		if p.src[i] != ',' {
			break
		}
		p.dst.WriteByte(',')
		i++
	}
	p.newline(depth)
	p.dst.WriteByte(p.src[i]) // the closing bracket
	return i + 1
}

// inline prints a container on one line, with a space after each comma and
// colon outside strings.
func (p *jsonPrinter) inline(b []byte) {
	for i := 0; i < len(b); {
		if b[i] == '"' {
			end := stringEnd(b, i)
			p.dst.Write(b[i:end])
			i = end
			continue
		}
		p.dst.WriteByte(b[i])
		if b[i] == ',' || b[i] == ':' {
			p.dst.WriteByte(' ')
		}
		i++
	}
}

func (p *jsonPrinter) newline(depth int) {
	p.dst.WriteByte('\n')
	for range depth {
		p.dst.WriteString("  ")
	}
}

// fitsInline reports whether the container starting at b[i] holds no other
// container and takes at most inlineMax bytes, and if so returns the index
// after it. It stops looking as soon as the answer is no, so that printing
// stays linear in the size of the document.
func fitsInline(b []byte, i int) (end int, ok bool) {
	for j := i + 1; j < len(b) && j-i < inlineMax; {
		switch b[j] {
		case '"':
			j = stringEnd(b, j)
			continue
		case '{', '[':
			return 0, false
		case '}', ']':
			return j + 1, true
		}
		j++
	}
	return 0, false
}

// stringEnd returns the index after the JSON string starting at b[i].
func stringEnd(b []byte, i int) int {
	for j := i + 1; j < len(b); j++ {
		switch b[j] {
		case '\\':
			j++
		case '"':
			return j + 1
		}
	}
	return len(b)
}
