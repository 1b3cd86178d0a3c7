package story

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	parallax "github.com/parallax-news/parallax"
)

// kind is what sort of feature a term is. Names, numbers and dates are
// written the same in every language, so they carry an article across
// languages; stemmed words carry it within one.
type kind uint8

const (
	kindWord   kind = iota // a stemmed content word
	kindName               // a capitalised word not at a sentence start, accents folded
	kindPhrase             // a run of capitalised words: "ana varela"
	kindNumber             // a number in plain form: "5000"
	kindDate               // a calendar day "MM-DD"
	numKinds
)

// term is one feature in the vocabulary.
type term struct {
	Kind kind
	Text string
}

// vocab numbers terms in order of first appearance, so that vectors can be
// sorted slices of ids rather than maps of strings.
type vocab struct {
	ids   [numKinds]map[string]uint32
	terms []term
}

func newVocab() *vocab {
	v := &vocab{}
	for k := range v.ids {
		v.ids[k] = map[string]uint32{}
	}
	return v
}

// id returns the id of a term, adding it when new.
func (v *vocab) id(k kind, s string) uint32 {
	if id, ok := v.ids[k][s]; ok {
		return id
	}
	id := uint32(len(v.terms))
	v.ids[k][s] = id
	v.terms = append(v.terms, term{k, s})
	return id
}

// raw is an article's terms before IDF: ids sorted, each with its
// dampened and boosted term frequency.
type raw struct {
	ids []uint32
	tf  []float32
}

// featurizer turns articles into terms and shingles. It keeps buffers and
// stemmer caches between articles.
type featurizer struct {
	vocab    *vocab
	tok      tokenizer
	title    tokenizer
	stemmers map[string]*stemmer
	counts   map[uint32]float64
	midCaps  map[string]bool
	outlet   map[string]bool // the words of the article's outlet name
	shingles []uint64
}

func newFeaturizer(v *vocab) *featurizer {
	return &featurizer{
		vocab:    v,
		stemmers: map[string]*stemmer{},
		counts:   map[uint32]float64{},
		midCaps:  map[string]bool{},
		outlet:   map[string]bool{},
	}
}

// features is what the index keeps of an article's text.
type features struct {
	raw      raw
	sig      sketch // MinHash signature; nil for texts too short to compare
	shingles int    // distinct shingles behind sig
	lead     string // first sentence, kept only when the article has no title
	lang     string // ISO 639-1 code, given or guessed; "" when unknown
}

// extract reads an article's title and text.
func (f *featurizer) extract(a *parallax.Article) features {
	lang := strings.ToLower(a.Language)
	if i := strings.IndexAny(lang, "-_"); i > 0 {
		lang = lang[:i]
	}
	f.tok.toks, f.tok.lang = f.tok.toks[:0], lang
	f.tok.split(a.Text)
	if lang == "" {
		lang = guessLanguage(f.tok.toks)
	}
	f.title.toks, f.title.lang = f.title.toks[:0], lang
	f.title.split(a.Title)
	body, title := f.tok.toks, f.title.toks
	if len(body) == 0 {
		// A headline alone: read it as the body so its capitals count.
		body, title = title, nil
	}

	st := f.stemmer(lang)
	f.findMidCaps(body, st.lang)
	f.outletWords(a.Outlet)
	clear(f.counts)
	f.add(body, 1, st, false)
	f.add(title, titleTF, st, titleCase(title, st.lang))

	out := features{lang: lang}
	out.raw = f.raw()
	if sh := f.shingle(f.tok.toks); len(sh) >= minShingles {
		out.sig, out.shingles = signature(sh), len(sh)
	}
	if strings.TrimSpace(a.Title) == "" {
		out.lead = firstSentence(a.Text)
	}
	return out
}

func (f *featurizer) stemmer(lang string) *stemmer {
	s, ok := f.stemmers[lang]
	if !ok {
		s = &stemmer{code: lang, lang: languages[lang], cache: map[string]string{}}
		if s.lang.stop == nil {
			s.lang.stop = func(string) bool { return false }
		}
		f.stemmers[lang] = s
	}
	return s
}

// findMidCaps collects the words capitalised inside a sentence: those are
// names, and the same word at a sentence start or in a title-case headline
// is a name too.
func (f *featurizer) findMidCaps(toks []token, lang language) {
	clear(f.midCaps)
	for _, t := range toks {
		if t.num || t.start || t.caps == capsNone {
			continue
		}
		if t.caps == capsInitial && lang.stop(t.norm) {
			continue
		}
		f.midCaps[t.norm] = true
	}
}

// outletWords notes the words of the outlet's name. An outlet names
// itself in its articles ("told Free Horizon", "Meridian Wire reports"):
// that says who published an article, not what it is about, and would pull
// one outlet's articles about different events together.
func (f *featurizer) outletWords(outlet string) {
	clear(f.outlet)
	var t tokenizer
	t.split(outlet)
	for _, tok := range t.toks {
		if !tok.num {
			f.outlet[tok.norm] = true
		}
	}
}

// isName reports whether t is a name: capitalised where capitals mean
// something, and not a calendar word. In a title-case headline, and at a
// sentence start, only words the body capitalises mid-sentence count.
func (f *featurizer) isName(t token, lang language, titleCase bool) bool {
	if t.num || t.caps == capsNone || calendar(t.norm) {
		return false
	}
	if t.caps == capsAll && utf8.RuneCountInString(t.norm) >= 2 && !titleCase {
		// Shouted function words ("NOT") are no names; "US" is.
		return t.norm == "us" || !lang.stop(t.norm)
	}
	if titleCase || t.start {
		return f.midCaps[t.norm]
	}
	return !lang.stop(t.norm)
}

// titleCase reports whether a headline capitalises most of its words, so
// that its capitals say nothing about names.
func titleCase(toks []token, lang language) bool {
	words, caps := 0, 0
	for _, t := range toks {
		if t.num || t.start || lang.stop(t.norm) {
			continue
		}
		words++
		if t.caps != capsNone {
			caps++
		}
	}
	return words >= 2 && caps*4 >= words*3
}

// add counts the terms of toks, each occurrence weighing w. Every content
// word counts as a stemmed word; a name counts once more, unstemmed, as a
// name: that is its extra weight, and what matches it across languages.
func (f *featurizer) add(toks []token, w float64, st *stemmer, titleCase bool) {
	en := st.code == "en"
	run := 0 // length of the current run of names
	for i, t := range toks {
		name := f.isName(t, st.lang, titleCase)
		if t.caps != capsNone && f.outlet[t.norm] {
			// The outlet naming itself: no term, and a break in any name.
			if run > 0 {
				f.phrase(toks[i-run:i], w)
				run = 0
			}
			continue
		}
		if run > 0 && (!name || t.gap || t.start) {
			f.phrase(toks[i-run:i], w)
			run = 0
		}
		if t.num {
			f.number(toks, i, w)
			continue
		}
		if m := month(t, st); m > 0 {
			f.date(toks, i, m, w)
			continue
		}
		if name {
			f.counts[f.vocab.id(kindName, fold(t.norm))] += w
			run++
		}
		if weekdays[t.norm] || st.lang.stop(t.norm) || (en && newsStop(t.norm)) || utf8.RuneCountInString(t.norm) < 2 {
			continue
		}
		f.counts[f.vocab.id(kindWord, st.stem(t.norm))] += w
	}
	f.phrase(toks[len(toks)-run:], w)
}

// phrase counts a run of two to four names as one more term, so that
// "Ana Varela" matches better than "Ana" and "Varela" apart.
func (f *featurizer) phrase(run []token, w float64) {
	if len(run) < 2 || len(run) > 4 {
		return
	}
	var b strings.Builder
	for i, t := range run {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(fold(t.norm))
	}
	f.counts[f.vocab.id(kindPhrase, b.String())] += w
}

// number counts toks[i], a number. Integers below 10 are too common to
// say anything about an event.
func (f *featurizer) number(toks []token, i int, w float64) {
	t := toks[i]
	if !strings.Contains(t.norm, ".") {
		if n, err := strconv.Atoi(t.norm); err == nil && n < 10 {
			return
		}
	}
	n := t.norm
	if i+1 < len(toks) && !toks[i+1].num {
		if sc, ok := scales[toks[i+1].norm]; ok {
			n += sc
		}
	}
	f.counts[f.vocab.id(kindNumber, n)] += w
	// ISO dates: 2025-10-18.
	if len(t.norm) == 4 && i+2 < len(toks) && toks[i+1].num && toks[i+2].num && toks[i+1].gap && toks[i+2].gap {
		if m, d := atoiSmall(toks[i+1].norm), atoiSmall(toks[i+2].norm); m >= 1 && m <= 12 && d >= 1 && d <= 31 {
			f.counts[f.vocab.id(kindDate, monthDay(m, d))] += w
		}
	}
}

// date counts a month name next to a day number as the day "MM-DD", in any
// language and either order: "October 18", "18 octobre".
func (f *featurizer) date(toks []token, i, m int, w float64) {
	day := 0
	if i+1 < len(toks) && toks[i+1].num && !toks[i+1].gap {
		day = atoiSmall(toks[i+1].norm)
	}
	if (day < 1 || day > 31) && i > 0 && toks[i-1].num && !toks[i].gap {
		day = atoiSmall(toks[i-1].norm)
	}
	if day >= 1 && day <= 31 {
		f.counts[f.vocab.id(kindDate, monthDay(m, day))] += w
	}
}

func monthDay(m, d int) string {
	return string([]byte{byte('0' + m/10), byte('0' + m%10), '-', byte('0' + d/10), byte('0' + d%10)})
}

// scales are the words and suffixes of large amounts, written after the
// number in the features: "1.5 trillion" and "1.5tn" are both "1.5tn".
var scales = map[string]string{
	"k": "k", "thousand": "k",
	"m": "m", "mn": "m", "million": "m", "millions": "m", "millones": "m", "millionen": "m", "milioni": "m",
	"bn": "bn", "b": "bn", "billion": "bn", "billions": "bn", "milliard": "bn", "milliards": "bn", "milliarden": "bn", "miliardi": "bn",
	"tn": "tn", "trillion": "tn", "trillions": "tn",
}

// atoiSmall parses a short unsigned integer, or returns -1.
func atoiSmall(s string) int {
	if len(s) == 0 || len(s) > 4 {
		return -1
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return -1
		}
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// raw turns the counts into a sorted term list with dampened frequencies.
func (f *featurizer) raw() raw {
	r := raw{ids: make([]uint32, 0, len(f.counts))}
	for id := range f.counts {
		r.ids = append(r.ids, id)
	}
	slices.Sort(r.ids)
	r.tf = make([]float32, len(r.ids))
	for i, id := range r.ids {
		tf := f.counts[id]
		if tf > 1 {
			tf = 1 + math.Log(tf)
		}
		r.tf[i] = float32(tf * boost[f.vocab.terms[id].Kind])
	}
	return r
}

// firstSentence returns the first sentence of text, at most 200 bytes.
func firstSentence(text string) string {
	text = strings.TrimSpace(text)
	if i := strings.IndexAny(text, ".!?\n"); i >= 0 {
		text = text[:i+1]
	}
	if len(text) > 200 {
		cut := 200
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut] + "…"
	}
	return strings.TrimSpace(text)
}

// fold removes accents, so that a name is one term in every spelling
// ("Assemblée", "Assemblee").
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		return s
	}
	return out
}
