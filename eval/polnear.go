package eval

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/analyse/quote"
	"github.com/parallax-news/parallax/analyse/sentence"
)

// Attribution is one attribution relation, gold or predicted.
type Attribution = parallax.Attribution

// AttributionDoc is a PolNeAR article with its gold attributions.
type AttributionDoc struct {
	Name      string // the text file's name without ".txt"
	Annotator string // the annotator whose annotation is used
	Text      string
	Gold      []Attribution
}

// LoadPolNeAR reads a PolNeAR compartment (dir holding text/ and
// attributions/, e.g. ../shared/bench/polnear/train), in file-name order.
//
// Brat offsets count characters (runes: curly quotes are one), and are
// converted to byte offsets. An article annotated by several annotators
// (a few were, to measure agreement) keeps the annotation of the smallest
// annotator id, so the choice is fixed. Articles with no annotation file
// are skipped. An E relation becomes an Attribution of its Source, Cue and
// Content (and Content2, a second content part, appended to Content);
// relations with none of these are dropped, as are unlinked T lines
// (Discuss, Discard).
func LoadPolNeAR(dir string) ([]AttributionDoc, error) {
	texts, err := filepath.Glob(filepath.Join(dir, "text", "*.txt"))
	if err != nil {
		return nil, fmt.Errorf("list polnear texts: %w", err)
	}
	anns, err := filepath.Glob(filepath.Join(dir, "attributions", "*.ann"))
	if err != nil {
		return nil, fmt.Errorf("list polnear annotations: %w", err)
	}
	// The smallest annotator suffix per article name; Glob sorts.
	annFor := map[string]string{}
	for _, a := range anns {
		base := strings.TrimSuffix(filepath.Base(a), ".ann")
		i := strings.LastIndexByte(base, '_')
		if i < 0 {
			continue
		}
		if _, ok := annFor[base[:i]]; !ok {
			annFor[base[:i]] = a
		}
	}
	var docs []AttributionDoc
	for _, t := range texts {
		name := strings.TrimSuffix(filepath.Base(t), ".txt")
		ann, ok := annFor[name]
		if !ok {
			continue
		}
		doc, err := readPolNeARDoc(name, t, ann)
		if err != nil {
			return nil, err
		}
		docs = append(docs, doc)
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("no annotated PolNeAR articles under %s", dir)
	}
	return docs, nil
}

func readPolNeARDoc(name, textPath, annPath string) (AttributionDoc, error) {
	text, err := os.ReadFile(textPath)
	if err != nil {
		return AttributionDoc{}, fmt.Errorf("read polnear text: %w", err)
	}
	ann, err := os.ReadFile(annPath)
	if err != nil {
		return AttributionDoc{}, fmt.Errorf("read polnear annotation: %w", err)
	}
	if !utf8.Valid(text) {
		return AttributionDoc{}, fmt.Errorf("%s: invalid UTF-8", textPath)
	}
	gold, err := ParseBrat(string(text), string(ann))
	if err != nil {
		return AttributionDoc{}, fmt.Errorf("%s: %w", annPath, err)
	}
	base := strings.TrimSuffix(filepath.Base(annPath), ".ann")
	return AttributionDoc{Name: name, Annotator: base[len(name)+1:], Text: string(text), Gold: gold}, nil
}

var (
	bratSpan     = regexp.MustCompile(`^(T\d+)\t(\S+) ([0-9 ;]+)\t`)
	bratRelation = regexp.MustCompile(`^E\d+\t(.*)$`)
)

// ParseBrat reads the attributions of a brat standoff annotation of text
// (PolNeAR's scheme) with character offsets, returning byte spans. Lines
// that are neither T nor E lines (notes, continuation lines of a
// multi-line span text) are ignored.
func ParseBrat(text, ann string) ([]Attribution, error) {
	byteAt := runeOffsets(text)
	spans := map[string][]parallax.Span{}
	var relations []string
	for line := range strings.SplitSeq(ann, "\n") {
		if m := bratSpan.FindStringSubmatch(line); m != nil {
			ss, err := parseBratOffsets(m[3], byteAt)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", m[1], err)
			}
			spans[m[1]] = ss
		} else if m := bratRelation.FindStringSubmatch(line); m != nil {
			relations = append(relations, m[1])
		}
	}
	var out []Attribution
	for _, r := range relations {
		var a Attribution
		for arg := range strings.FieldsSeq(r) {
			role, id, ok := strings.Cut(arg, ":")
			if !ok {
				continue
			}
			ss, ok := spans[id]
			if !ok {
				return nil, fmt.Errorf("relation %q: no span %s", r, id)
			}
			switch role {
			case "Source":
				a.Source = append(a.Source, ss...)
			case "Cue":
				a.Cue = append(a.Cue, ss...)
			case "Content", "Content2":
				a.Content = append(a.Content, ss...)
			}
		}
		a = NormalizeAttribution(text, a)
		if len(a.Source)+len(a.Cue)+len(a.Content) > 0 {
			out = append(out, a)
		}
	}
	slices.SortStableFunc(out, func(x, y Attribution) int { return firstStart(x) - firstStart(y) })
	return out, nil
}

// runeOffsets maps each character offset to its byte offset; the last
// entry is len(text).
func runeOffsets(text string) []int {
	at := make([]int, 0, len(text)+1)
	for i := range text {
		at = append(at, i)
	}
	return append(at, len(text))
}

// parseBratOffsets reads "START END" or "START END;START END" character
// offsets as byte spans.
func parseBratOffsets(s string, byteAt []int) ([]parallax.Span, error) {
	var out []parallax.Span
	for part := range strings.SplitSeq(s, ";") {
		f := strings.Fields(part)
		if len(f) != 2 {
			return nil, fmt.Errorf("bad offsets %q", s)
		}
		a, err1 := strconv.Atoi(f[0])
		b, err2 := strconv.Atoi(f[1])
		if err1 != nil || err2 != nil || a < 0 || b < a || b >= len(byteAt) {
			return nil, fmt.Errorf("bad offsets %q", s)
		}
		out = append(out, parallax.Span{Start: byteAt[a], End: byteAt[b]})
	}
	return out, nil
}

func firstStart(a Attribution) int {
	best := -1
	for _, part := range [][]parallax.Span{a.Source, a.Cue, a.Content} {
		for _, s := range part {
			if best < 0 || s.Start < best {
				best = s.Start
			}
		}
	}
	return best
}

// NormalizeAttribution puts each part of a in canonical form, so that two
// annotations of the same words compare equal: segments trimmed of
// surrounding white space, empty ones dropped, sorted, and segments that
// touch or are separated only by white space merged.
func NormalizeAttribution(text string, a Attribution) Attribution {
	return Attribution{
		Source:  normalizeSpans(text, a.Source),
		Cue:     normalizeSpans(text, a.Cue),
		Content: normalizeSpans(text, a.Content),
	}
}

func normalizeSpans(text string, spans []parallax.Span) []parallax.Span {
	var out []parallax.Span
	for _, s := range spans {
		s.Start, s.End = max(0, s.Start), min(len(text), s.End)
		for s.Start < s.End && isSpaceByte(text[s.Start]) {
			s.Start++
		}
		for s.End > s.Start && isSpaceByte(text[s.End-1]) {
			s.End--
		}
		if s.Start < s.End {
			out = append(out, s)
		}
	}
	slices.SortFunc(out, func(x, y parallax.Span) int { return x.Start - y.Start })
	merged := out[:0]
	for _, s := range out {
		if n := len(merged); n > 0 && strings.TrimSpace(text[min(merged[n-1].End, s.Start):s.Start]) == "" {
			merged[n-1].End = max(merged[n-1].End, s.End)
			continue
		}
		merged = append(merged, s)
	}
	return merged
}

// isSpaceByte reports ASCII white space; the no-break space (U+00A0) that
// PolNeAR texts contain is two bytes and is left alone.
func isSpaceByte(b byte) bool {
	return b == ' ' || b == '\n' || b == '\t' || b == '\r'
}

// Roles of an attribution's parts, indexing the score arrays.
const (
	RoleSource = iota
	RoleCue
	RoleContent
)

// RoleNames names the roles in the order of the score arrays.
var RoleNames = [3]string{"source", "cue", "content"}

func parts(a Attribution) [3][]parallax.Span { return [3][]parallax.Span{a.Source, a.Cue, a.Content} }

// Counts are the correct, predicted and gold units of one measure.
type Counts struct{ Correct, Pred, Gold int }

// PRF is precision, recall and F1 (all 1 when there is nothing to find
// and nothing found).
func (c Counts) PRF() (p, r, f float64) {
	p, r = ratioOr1(float64(c.Correct), float64(c.Pred)), ratioOr1(float64(c.Correct), float64(c.Gold))
	return p, r, f1(p, r)
}

func (c *Counts) add(b Counts) {
	c.Correct += b.Correct
	c.Pred += b.Pred
	c.Gold += b.Gold
}

// AttributionScore holds, per role (RoleSource, RoleCue, RoleContent),
// three measures:
//
//   - Exact: a predicted part is correct when a gold part of the same role,
//     not matched yet, covers exactly the same words: the same segments
//     after normalisation (NormalizeAttribution) with punctuation and
//     quote marks at either end of each segment ignored. This is the
//     span exact match of the published PolNeAR results (CofeNet, COLING
//     2022), counted per attribution part, with a discontinuous part
//     (a quote broken by its cue) one unit that must match as a whole.
//   - Strict: the same, but punctuation at the ends counts too.
//   - Token: word tokens (runs of letters and digits) labelled with the
//     role in both the gold and the predicted attributions, over those
//     labelled in either: token-overlap precision and recall, micro
//     averaged over the corpus. PolNeAR gives each token at most one role.
type AttributionScore struct {
	Exact, Strict, Token [3]Counts
}

// Add adds the counts of b to s.
func (s *AttributionScore) Add(b AttributionScore) {
	for r := range 3 {
		s.Exact[r].add(b.Exact[r])
		s.Strict[r].add(b.Strict[r])
		s.Token[r].add(b.Token[r])
	}
}

// ScoreAttributions scores the predicted attributions of text against the
// gold ones.
func ScoreAttributions(text string, gold, pred []Attribution) AttributionScore {
	var s AttributionScore
	g := make([]Attribution, len(gold))
	for i, a := range gold {
		g[i] = NormalizeAttribution(text, a)
	}
	p := make([]Attribution, len(pred))
	for i, a := range pred {
		p[i] = NormalizeAttribution(text, a)
	}
	for r := range 3 {
		s.Exact[r] = matchParts(text, g, p, r, true)
		s.Strict[r] = matchParts(text, g, p, r, false)
		s.Token[r] = tokenOverlap(text, g, p, r)
	}
	return s
}

// matchParts counts the parts of role r matched one to one by key.
func matchParts(text string, gold, pred []Attribution, r int, loose bool) Counts {
	var c Counts
	left := map[string]int{}
	for _, a := range gold {
		if ss := parts(a)[r]; len(ss) > 0 {
			c.Gold++
			left[partKey(text, ss, loose)]++
		}
	}
	for _, a := range pred {
		ss := parts(a)[r]
		if len(ss) == 0 {
			continue
		}
		c.Pred++
		if k := partKey(text, ss, loose); left[k] > 0 {
			left[k]--
			c.Correct++
		}
	}
	return c
}

// partKey identifies a part by its segments' offsets, with edge
// punctuation trimmed when loose.
func partKey(text string, ss []parallax.Span, loose bool) string {
	var b strings.Builder
	for _, s := range ss {
		if loose {
			s = trimPunct(text, s)
		}
		fmt.Fprintf(&b, "%d-%d;", s.Start, s.End)
	}
	return b.String()
}

// trimPunct trims runes other than letters and digits from the ends of s,
// unless nothing else is left (a cue that is only a colon).
func trimPunct(text string, s parallax.Span) parallax.Span {
	t := s
	for t.Start < t.End {
		r, n := utf8.DecodeRuneInString(text[t.Start:t.End])
		if isAttrWordRune(r) {
			break
		}
		t.Start += n
	}
	for t.End > t.Start {
		r, n := utf8.DecodeLastRuneInString(text[t.Start:t.End])
		if isAttrWordRune(r) {
			break
		}
		t.End -= n
	}
	if t.Start == t.End {
		return s
	}
	return t
}

func isAttrWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// tokenOverlap counts word tokens labelled r in gold, in pred and in both.
func tokenOverlap(text string, gold, pred []Attribution, r int) Counts {
	mark := func(as []Attribution) []bool {
		m := make([]bool, len(text))
		for _, a := range as {
			for _, s := range parts(a)[r] {
				for i := s.Start; i < s.End; i++ {
					m[i] = true
				}
			}
		}
		return m
	}
	g, p := mark(gold), mark(pred)
	var c Counts
	for _, t := range wordTokens(text) {
		inG, inP := slices.Contains(g[t.Start:t.End], true), slices.Contains(p[t.Start:t.End], true)
		if inG {
			c.Gold++
		}
		if inP {
			c.Pred++
		}
		if inG && inP {
			c.Correct++
		}
	}
	return c
}

// wordTokens returns the runs of letters and digits of text.
func wordTokens(text string) []parallax.Span {
	var out []parallax.Span
	start := -1
	for i, r := range text {
		switch {
		case isAttrWordRune(r) && start < 0:
			start = i
		case !isAttrWordRune(r) && start >= 0:
			out = append(out, parallax.Span{Start: start, End: i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, parallax.Span{Start: start, End: len(text)})
	}
	return out
}

// speechVerbs are verbs of saying, by their base form; IsSpeechCue
// accepts their regular inflections and the irregular forms listed.
var speechVerbs = strings.Fields(`say tell announce add state declare claim insist warn explain note reply respond ask
answer write tweet post remark comment argue assert acknowledge admit deny report repeat
reiterate testify suggest urge describe quip joke confirm predict promise vow proclaim
concede complain contend maintain mention recall stress emphasize emphasise caution boast
brag shout yell scream whisper murmur mutter exclaim cry chant speak talk pledge threaten
allege charge accuse blast slam criticize criticise praise thank question wonder observe
point continue conclude counter retort rebut concur agree disagree dispute lament advise
recommend demand apologize apologise inform notify tout hail mock preach swear interject
read cite quote call term label dub brand characterize characterise summarize summarise
recount relate reveal disclose`)

var speechIrregular = []string{"said", "told", "wrote", "written", "spoke", "spoken", "swore", "sworn",
	"read", "according", "statement", "statements", "interview", "remarks"}

var speechForms = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range speechIrregular {
		m[w] = true
	}
	for _, v := range speechVerbs {
		m[v] = true
		stem := strings.TrimSuffix(v, "e")
		switch {
		case strings.HasSuffix(v, "y") && !strings.ContainsAny(v[len(v)-2:len(v)-1], "aeiou"):
			y := v[:len(v)-1]
			m[y+"ies"], m[y+"ied"], m[v+"ing"] = true, true, true
		case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ch"):
			m[v+"es"], m[v+"ed"], m[v+"ing"] = true, true, true
		default:
			m[v+"s"], m[stem+"ed"], m[stem+"ing"] = true, true, true
		}
	}
	// Doubled final consonants.
	for _, w := range []string{"quipped", "quipping", "admitted", "admitting", "regretted", "chatted"} {
		m[w] = true
	}
	return m
}()

// IsSpeechCue reports whether a cue is one of speech: it contains a verb
// of saying (say, tell, announce, add, write, tweet, …, in any regular or
// listed irregular form), "according (to)", or a noun of a statement
// ("in a statement", "in an interview"). Cues of thought, perception and
// evidence ("believes", "wants", "shows", "polls found") are not speech.
func IsSpeechCue(cue string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(cue), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if speechForms[w] {
			return true
		}
	}
	return false
}

// SpeechOnly returns the attributions of text whose cue is one of speech
// (IsSpeechCue on the cue's words).
func SpeechOnly(text string, as []Attribution) []Attribution {
	var out []Attribution
	for _, a := range as {
		var cue strings.Builder
		for _, s := range a.Cue {
			if s.Start >= 0 && s.Start <= s.End && s.End <= len(text) {
				cue.WriteString(text[s.Start:s.End])
				cue.WriteByte(' ')
			}
		}
		if IsSpeechCue(cue.String()) {
			out = append(out, a)
		}
	}
	return out
}

// AttributionFunc finds the attributions of a text.
type AttributionFunc func(text string) []Attribution

// AttributionEval is a finder's score on a corpus: on all attributions,
// and on speech attributions alone (gold and predicted both filtered by
// SpeechOnly), with the documents scored and the time spent finding.
type AttributionEval struct {
	All, Speech AttributionScore
	Docs        int
	Elapsed     time.Duration
}

// EvalAttributions runs find over the documents and sums the scores,
// timing the finding only.
func EvalAttributions(docs []AttributionDoc, find AttributionFunc) AttributionEval {
	var e AttributionEval
	for _, d := range docs {
		start := time.Now()
		pred := find(d.Text)
		e.Elapsed += time.Since(start)
		e.All.Add(ScoreAttributions(d.Text, d.Gold, pred))
		e.Speech.Add(ScoreAttributions(d.Text, SpeechOnly(d.Text, d.Gold), SpeechOnly(d.Text, pred)))
		e.Docs++
	}
	return e
}

// AttributionRow is one system's line in the comparison table.
type AttributionRow struct {
	Name string
	Eval AttributionEval
}

// polnearPublished are published exact-match F1 on the PolNeAR test set
// (source, cue, content), as collected in CofeNet (Wang et al., COLING
// 2022); -1 where none was reported.
var polnearPublished = []struct {
	name string
	f1   [3]float64
}{
	{"rule baseline (PolNeAR test)", [3]float64{10.7, 22.8, 5.6}},
	{"Stanford CoreNLP (PolNeAR test)", [3]float64{13.9, -1, 17.5}},
	{"BERT-CRF (PolNeAR test)", [3]float64{82.2, 74.9, 71.0}},
	{"BERT+CofeNet (PolNeAR test)", [3]float64{83.2, 75.3, 72.9}},
}

// WriteAttributionTable prints, for all attributions and for speech
// alone, each system's exact, strict and token-overlap P/R/F1 per role
// and its speed, then the published exact F1 figures for scale.
func WriteAttributionTable(w io.Writer, rows []AttributionRow) {
	pct := func(x float64) string { return fmt.Sprintf("%.1f", 100*x) }
	for _, subset := range []string{"all attributions", "speech attributions"} {
		fmt.Fprintf(w, "%s:\n", subset)
		table := [][]string{{"system", "measure", "source P", "R", "F1", "cue P", "R", "F1", "content P", "R", "F1", "docs/s"}}
		for _, row := range rows {
			s := row.Eval.All
			if subset != "all attributions" {
				s = row.Eval.Speech
			}
			for i, m := range []struct {
				name string
				c    [3]Counts
			}{{"exact", s.Exact}, {"strict", s.Strict}, {"token", s.Token}} {
				line := []string{row.Name, m.name}
				if i > 0 {
					line[0] = ""
				}
				for r := range 3 {
					p, rc, f := m.c[r].PRF()
					line = append(line, pct(p), pct(rc), pct(f))
				}
				speed := ""
				if i == 0 {
					speed = fmt.Sprintf("%.0f", DocsPerSec(row.Eval.Docs, row.Eval.Elapsed))
				}
				table = append(table, append(line, speed))
			}
		}
		if subset == "all attributions" {
			for _, b := range polnearPublished {
				line := []string{b.name, "exact"}
				for r := range 3 {
					f := "–"
					if b.f1[r] >= 0 {
						f = fmt.Sprintf("%.1f", b.f1[r])
					}
					line = append(line, "", "", f)
				}
				table = append(table, append(line, ""))
			}
		}
		writeTable(w, table)
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w, "exact: same words (edge punctuation ignored); strict: same bytes; token: word-token overlap.")
	fmt.Fprintln(w, "Published figures are on the PolNeAR test set, not available here; they are given for scale.")
}

// RuleAttributions returns the attributions Parallax's quote rules find
// in text (analyse/quote, sentences split, no entities): the rule-based
// finder eval quotes scores, and the hints the attribution tagger reads.
func RuleAttributions(text string) []Attribution {
	return quote.Attributions(text, quote.Find(text, sentence.Split(text), nil))
}
