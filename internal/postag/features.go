package postag

import (
	"github.com/parallax-news/parallax/internal/wordform"
)

// feature builds one feature in buf from parts and hands it to emit.
func feature(emit func([]byte), buf *[]byte, parts ...string) {
	start := len(*buf)
	for _, p := range parts {
		*buf = append(*buf, p...)
	}
	emit((*buf)[start:])
}

// words is a sentence as the feature functions read it: each word as
// written (typographic marks as ASCII, digits as 0), lower-cased, and
// its shape.
type words struct {
	raw, lower, shape []string
	arena             []byte
}

// set fills w from the sentence's words, reusing w's space.
func (w *words) set(sentence []string) {
	w.raw = normalize(sentence, w.raw[:0])
	w.arena = w.arena[:0]
	ends := make([]int, 0, 2*len(sentence))
	for _, r := range w.raw {
		w.arena = wordform.AppendLower(w.arena, r)
		ends = append(ends, len(w.arena))
		w.arena = wordform.AppendShape(w.arena, r, 20)
		ends = append(ends, len(w.arena))
	}
	all := string(w.arena)
	w.lower, w.shape = w.lower[:0], w.shape[:0]
	start := 0
	for k := 0; k < len(ends); k += 2 {
		w.lower = append(w.lower, all[start:ends[k]])
		w.shape = append(w.shape, all[ends[k]:ends[k+1]])
		start = ends[k+1]
	}
}

// at returns ss[i], or a boundary marker.
func at(ss []string, i int) string {
	switch {
	case i < 0:
		return "<s>"
	case i >= len(ss):
		return "</s>"
	}
	return ss[i]
}

// features emits the features of word i: the word,
// its neighbours, its affixes and its shape (which carry most of what an
// unknown word's tag depends on).
func features(ws *words, i int, emit func([]byte), buf *[]byte) {
	lw := ws.lower
	w, p1, n1 := lw[i], at(lw, i-1), at(lw, i+1)
	sh := ws.shape[i]
	feature(emit, buf, "b")
	feature(emit, buf, "w=", w)
	feature(emit, buf, "sh=", sh)
	feature(emit, buf, "w-1=", p1)
	feature(emit, buf, "w+1=", n1)
	for k := 1; k <= 4 && k < len(w); k++ {
		feature(emit, buf, suffixName[k], w[len(w)-k:])
	}
	if len(w) > 1 {
		feature(emit, buf, "p1=", w[:1])
	}
	if i == 0 {
		feature(emit, buf, "first|sh=", sh)
	}
}

var suffixName = [...]string{"", "s1=", "s2=", "s3=", "s4="}
