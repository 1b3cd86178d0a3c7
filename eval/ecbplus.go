package eval

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"

	parallax "github.com/parallax-news/parallax"
)

// LoadECBPlus reads the ECB+ corpus in dir (ECB+/<topic>/<topic>_<n>ecb.xml
// and <topic>_<n>ecbplus.xml) as clustering documents. Each topic holds two
// similar but different events: the gold cluster is the sub-topic, topic
// plus "ecb" or "ecbplus" after the file name's suffix, and Topic is the
// topic directory.
//
// The tokenised text is joined back into plain text, one sentence per line.
// In ecbplus files sentence 0 is the source URL split into tokens; it is
// dropped. A short first sentence without final punctuation is taken as
// the title and removed from the text. Documents come shuffled in a fixed
// order with opaque ids, because both the file names and their sorted
// order encode the answer.
func LoadECBPlus(dir string) ([]ClusterDoc, error) {
	root := filepath.Join(dir, "ECB+")
	if _, err := os.Stat(root); err != nil {
		return nil, fmt.Errorf("load ecb+: %w", err)
	}
	paths, err := filepath.Glob(filepath.Join(root, "*", "*.xml"))
	if err != nil {
		return nil, fmt.Errorf("load ecb+: %w", err)
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("load ecb+: no documents in %s", root)
	}
	// Glob sorts, but say so: the shuffle needs a fixed starting order.
	sort.Strings(paths)

	docs := make([]ClusterDoc, 0, len(paths))
	for _, p := range paths {
		d, err := loadECBDoc(p)
		if err != nil {
			return nil, fmt.Errorf("load ecb+ %s: %w", p, err)
		}
		docs = append(docs, d)
	}
	shuffleDocs(docs)
	return docs, nil
}

// loadECBDoc reads one ECB+ file into a ClusterDoc with its gold labels.
func loadECBDoc(path string) (ClusterDoc, error) {
	name := filepath.Base(path)
	topic := filepath.Base(filepath.Dir(path))
	var sub string
	switch {
	case strings.HasSuffix(name, "ecbplus.xml"):
		sub = topic + "ecbplus"
	case strings.HasSuffix(name, "ecb.xml"):
		sub = topic + "ecb"
	default:
		return ClusterDoc{}, errors.New("file name ends in neither ecb.xml nor ecbplus.xml")
	}

	f, err := os.Open(path)
	if err != nil {
		return ClusterDoc{}, err
	}
	defer f.Close()
	sents, err := readECBSentences(f)
	if err != nil {
		return ClusterDoc{}, err
	}
	if sub == topic+"ecbplus" && len(sents) > 0 && sents[0].n == 0 {
		sents = sents[1:] // the source URL
	}

	title, sents := ecbTitle(sents)
	a := &parallax.Article{Title: title, Language: "en"}
	a.Text, a.Sentences = joinSentences(sents)
	return ClusterDoc{Article: a, Gold: sub, Topic: topic, Name: filepath.Join(topic, name)}, nil
}

// ecbSentence is the tokens of one sentence of an ECB+ file.
type ecbSentence struct {
	n      int // the file's sentence number
	tokens []string
}

// readECBSentences returns the sentences of an ECB+ file in order. Only
// the <token> elements are read; the annotations that follow are skipped.
func readECBSentences(r io.Reader) ([]ecbSentence, error) {
	dec := xml.NewDecoder(r)
	var sents []ecbSentence
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return sents, nil
		}
		if err != nil {
			return nil, err
		}
		start, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		if start.Name.Local == "Markables" {
			return sents, nil // annotations only from here on
		}
		if start.Name.Local != "token" {
			continue
		}
		n, err := strconv.Atoi(attr(start, "sentence"))
		if err != nil {
			return nil, fmt.Errorf("token sentence number: %w", err)
		}
		var word string
		if err := dec.DecodeElement(&word, &start); err != nil {
			return nil, err
		}
		word = strings.TrimSpace(word)
		if word == "" {
			continue
		}
		if len(sents) == 0 || sents[len(sents)-1].n != n {
			sents = append(sents, ecbSentence{n: n})
		}
		last := &sents[len(sents)-1]
		last.tokens = append(last.tokens, word)
	}
}

func attr(e xml.StartElement, name string) string {
	for _, a := range e.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// maxTitleTokens is the most tokens a first sentence may have to be taken
// as a headline; ledes are longer.
const maxTitleTokens = 20

// ecbTitle takes the headline off the front of a document: the first
// sentence, after at most two leading date lines, when it is short and
// does not end like a sentence, and not the last. It returns "" and the
// sentences unchanged when there is none.
func ecbTitle(sents []ecbSentence) (string, []ecbSentence) {
	// Dates ("Friday, June 7, 2013") stand above many headlines in the
	// ecbplus files; they are neither titles nor a reason to give up.
	i := 0
	for i < len(sents) && i < 2 && isDateLine(sents[i].tokens) {
		i++
	}
	if i >= len(sents)-1 {
		return "", sents // a lone headline is all the text there is
	}
	toks := sents[i].tokens
	if len(toks) >= maxTitleTokens || strings.ContainsAny(toks[len(toks)-1], ".!?") {
		return "", sents
	}
	title := detokenize(toks)
	rest := append(append([]ecbSentence(nil), sents[:i]...), sents[i+1:]...)
	return title, rest
}

// dateWords are the words of a date or time line.
var dateWords = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "mon": true, "tue": true, "tues": true, "wed": true,
	"thu": true, "thurs": true, "fri": true, "sat": true, "sun": true, "am": true, "pm": true, "at": true, "on": true,
	"updated": true, "published": true, "posted": true, "first": true, "last": true,
	"article": true, "edt": true, "est": true, "et": true, "ist": true, "cdt": true, "cst": true,
	"pdt": true, "pst": true, "gmt": true, "utc": true, "bst": true,
}

// isDateLine reports whether a sentence holds nothing but a date or time:
// numbers, and no word outside dateWords but single letters ("p. m.").
func isDateLine(toks []string) bool {
	dated := false
	for _, t := range toks {
		w := strings.ToLower(strings.Trim(t, ".,:;"))
		switch {
		case w == "":
		case unicode.IsDigit(rune(w[0])):
			dated = true
		case dateWords[w]:
			dated = true
		case len(w) > 1 && unicode.IsLetter([]rune(w)[0]):
			return false
		}
	}
	return dated
}

// joinSentences turns sentences into text, one per line, and returns the
// byte span of each.
func joinSentences(sents []ecbSentence) (string, []parallax.Span) {
	var b strings.Builder
	spans := make([]parallax.Span, 0, len(sents))
	// A quotation often runs over several sentences: whether a plain '"'
	// opens or closes one carries from sentence to sentence.
	quoteOpen := false
	for _, s := range sents {
		line := detokenizeQuoted(s.tokens, &quoteOpen)
		if line == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		start := b.Len()
		b.WriteString(line)
		spans = append(spans, parallax.Span{Start: start, End: b.Len()})
	}
	return b.String(), spans
}

// Tokens that attach to the word before or after them.
var (
	// noSpaceBefore: closing punctuation and the clitics of Penn Treebank
	// tokenisation ("it 's", "do n't").
	noSpaceBefore = map[string]bool{
		",": true, ".": true, ";": true, ":": true, "!": true, "?": true, "%": true,
		")": true, "]": true, "}": true, "...": true, "''": true, "”": true, "'": true,
		"'s": true, "'S": true, "n't": true, "N'T": true, "'re": true, "'ve": true,
		"'ll": true, "'d": true, "'m": true, "’s": true,
	}
	// noSpaceAfter: opening brackets and quotes, and currency.
	noSpaceAfter = map[string]bool{
		"(": true, "[": true, "{": true, "$": true, "``": true, "“": true, "‘": true,
	}
	// apostropheSuffixes follow a "’" token that is an apostrophe rather
	// than a closing quote ("Rait ’ s death").
	apostropheSuffixes = map[string]bool{"s": true, "d": true, "t": true, "ll": true, "re": true, "ve": true, "m": true}
)

// detokenize joins the tokens of one sentence into text: no space before
// closing punctuation or after opening brackets, hyphens, slashes and
// apostrophes glued to their words, LaTeX-style quotes made plain.
func detokenize(toks []string) string {
	quoteOpen := false
	return detokenizeQuoted(toks, &quoteOpen)
}

// detokenizeQuoted is detokenize with the parity of plain '"' tokens
// (whether one is open) carried in and out.
func detokenizeQuoted(toks []string, quoteOpen *bool) string {
	var b strings.Builder
	glue := true // no space before the next token
	for i, t := range toks {
		prev, next := "", ""
		if i > 0 {
			prev = toks[i-1]
		}
		if i+1 < len(toks) {
			next = toks[i+1]
		}
		out, before, after := t, !noSpaceBefore[t], !noSpaceAfter[t]
		switch t {
		case "``":
			out = `"`
		case "''":
			out = `"`
		case `"`:
			// Alternate: an opening quote binds to what follows, a closing
			// one to what precedes.
			*quoteOpen = !*quoteOpen
			before, after = *quoteOpen, !*quoteOpen
		case "-", "/":
			// Split compounds and dates ("31 - year - old", "05 / 05 /
			// 2010") rejoin; a doubled hyphen is a dash, spaced off.
			if prev == "-" || next == "-" {
				before, after = prev != "-", next != "-"
			} else {
				before, after = false, false
			}
		case "’":
			if apostropheSuffixes[strings.ToLower(next)] {
				before, after = false, false
			} else {
				before = false
			}
		case ",":
			// Thousands split off ("2 , 116") rejoin: a comma between
			// digits and exactly three more digits.
			if isDigits(prev) && len(next) == 3 && isDigits(next) {
				after = false
			}
		case ":":
			// Times ("12 : 19") rejoin; other colons keep their space.
			if isDigits(prev) && startsWithDigit(next) {
				after = false
			}
		case ".":
			// Some files split decimals, initials and host names ("2 . 6
			// million", "L . A .", "www . usgs . gov"); rejoin them.
			after = !joinsAcrossDot(prev, next)
		}
		if b.Len() > 0 && before && !glue {
			b.WriteByte(' ')
		}
		b.WriteString(out)
		glue = !after
	}
	return b.String()
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func startsWithDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

// hostParts are the pieces of a host name around which a "." token is
// part of the name.
var hostParts = map[string]bool{"www": true, "com": true, "org": true, "net": true, "gov": true, "edu": true, "co": true, "uk": true}

// joinsAcrossDot reports whether a "." token between prev and next is
// inside a number, a run of initials or a host name rather than ending an
// abbreviation or sentence.
func joinsAcrossDot(prev, next string) bool {
	switch {
	case isDigits(prev) && isDigits(next):
		return true
	case isLetter(prev) && isLetter(next):
		return true
	default:
		return hostParts[strings.ToLower(prev)] || hostParts[strings.ToLower(next)]
	}
}

// isLetter reports whether s is a single letter.
func isLetter(s string) bool {
	r := []rune(s)
	return len(r) == 1 && unicode.IsLetter(r[0])
}
