package eval

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"

	parallax "github.com/parallax-news/parallax"
)

// TimexDoc is a TimeML document with its gold time expressions: the text
// of its <TEXT> element with the tags stripped and entities decoded, the
// gold TIMEX3s with byte spans into that text, and the document creation
// time.
type TimexDoc struct {
	ID   string
	DCT  time.Time // zero when the document has none
	Text string
	Gold []parallax.TimeExpr
}

// LoadTimeML reads every .tml file under dir (TempEval-3's TimeBank and
// AQUAINT), in path order.
func LoadTimeML(dir string) ([]TimexDoc, error) {
	var docs []TimexDoc
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".tml") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return fmt.Errorf("read timeml: %w", err)
		}
		doc, err := ParseTimeML(strings.TrimSuffix(d.Name(), ".tml"), data)
		if err != nil {
			return fmt.Errorf("parse %s: %w", path, err)
		}
		docs = append(docs, doc)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("no .tml files under %s", dir)
	}
	return docs, nil
}

var (
	dctValue  = regexp.MustCompile(`(?s)<DCT>.*?value="([0-9]{4}-[0-9]{2}-[0-9]{2})`)
	attrValue = regexp.MustCompile(`(\w+)="([^"]*)"`)
)

// ParseTimeML reads one TimeML document. Only the <TEXT> element is kept;
// TIMEX3 tags inside it become gold expressions (empty ones, which only
// anchor others, are dropped).
func ParseTimeML(id string, data []byte) (TimexDoc, error) {
	src := string(data)
	doc := TimexDoc{ID: id}
	if m := dctValue.FindStringSubmatch(src); m != nil {
		if t, err := time.Parse("2006-01-02", m[1]); err == nil {
			doc.DCT = t
		}
	}
	a, b := strings.Index(src, "<TEXT>"), strings.Index(src, "</TEXT>")
	if a < 0 || b < a {
		return doc, fmt.Errorf("no <TEXT> element")
	}
	var text strings.Builder
	var open *parallax.TimeExpr
	for s := src[a+len("<TEXT>") : b]; s != ""; {
		switch i := strings.IndexAny(s, "<&"); {
		case i < 0:
			text.WriteString(s)
			s = ""
		case i > 0:
			text.WriteString(s[:i])
			s = s[i:]
		case s[0] == '&':
			end := strings.IndexByte(s, ';')
			if end < 0 {
				text.WriteString(s)
				s = ""
				continue
			}
			text.WriteString(entity(s[:end+1]))
			s = s[end+1:]
		default:
			end := strings.IndexByte(s, '>')
			if end < 0 {
				return doc, fmt.Errorf("unclosed tag")
			}
			tag := s[1:end]
			s = s[end+1:]
			switch {
			case strings.HasPrefix(tag, "TIMEX3 ") && !strings.HasSuffix(tag, "/"):
				open = &parallax.TimeExpr{Span: parallax.Span{Start: text.Len()}}
				for _, m := range attrValue.FindAllStringSubmatch(tag, -1) {
					switch m[1] {
					case "type":
						open.Type = m[2]
					case "value":
						open.Value = m[2]
					}
				}
			case tag == "/TIMEX3" && open != nil:
				open.Span.End = text.Len()
				if open.Span.End > open.Span.Start {
					doc.Gold = append(doc.Gold, *open)
				}
				open = nil
			}
		}
	}
	doc.Text = text.String()
	for i := range doc.Gold {
		doc.Gold[i].Text = doc.Text[doc.Gold[i].Span.Start:doc.Gold[i].Span.End]
	}
	return doc, nil
}

func entity(e string) string {
	switch e {
	case "&amp;":
		return "&"
	case "&lt;":
		return "<"
	case "&gt;":
		return ">"
	case "&quot;":
		return `"`
	case "&apos;":
		return "'"
	}
	return e
}

// TimexScore counts what TempEval-3 scores time expressions by.
//
//   - Strict: predicted spans equal to a gold span.
//   - Relaxed: predicted spans overlapping a gold span, each gold and
//     each prediction matched at most once (greedily, in text order).
//   - TypeOK, ValueOK: relaxed matches whose type, or value, equals the
//     gold one (values compared exactly).
//
// Precision divides a count by the predictions, recall by the gold
// expressions. As in TempEval-3, an attribute's F1 is the F1 of its
// correct relaxed matches (equal to its accuracy over relaxed matches
// times the relaxed F1); accuracy is that count over the relaxed matches.
type TimexScore struct {
	Gold, Pred      int
	Strict, Relaxed int
	TypeOK, ValueOK int
}

// Add adds the counts of b to s.
func (s *TimexScore) Add(b TimexScore) {
	s.Gold += b.Gold
	s.Pred += b.Pred
	s.Strict += b.Strict
	s.Relaxed += b.Relaxed
	s.TypeOK += b.TypeOK
	s.ValueOK += b.ValueOK
}

// PRF is precision, recall and F1 of n correct predictions.
func (s TimexScore) PRF(n int) (p, r, f float64) {
	p, r = ratioOr1(float64(n), float64(s.Pred)), ratioOr1(float64(n), float64(s.Gold))
	return p, r, f1(p, r)
}

// Accuracy is n over the relaxed matches.
func (s TimexScore) Accuracy(n int) float64 {
	return ratioOr1(float64(n), float64(s.Relaxed))
}

// ScoreTimex scores predicted time expressions of one document against
// its gold ones.
func ScoreTimex(gold, pred []parallax.TimeExpr) TimexScore {
	s := TimexScore{Gold: len(gold), Pred: len(pred)}
	g := append([]parallax.TimeExpr(nil), gold...)
	p := append([]parallax.TimeExpr(nil), pred...)
	byStart := func(x []parallax.TimeExpr) {
		sort.SliceStable(x, func(i, j int) bool { return x[i].Span.Start < x[j].Span.Start })
	}
	byStart(g)
	byStart(p)
	used := make([]bool, len(g))
	for _, e := range p {
		for k, ge := range g {
			if used[k] || ge.Span.End <= e.Span.Start || e.Span.End <= ge.Span.Start {
				continue
			}
			used[k] = true
			s.Relaxed++
			if ge.Span == e.Span {
				s.Strict++
			}
			if ge.Type == e.Type {
				s.TypeOK++
			}
			if ge.Value == e.Value {
				s.ValueOK++
			}
			break
		}
	}
	return s
}

// TimexFunc finds the time expressions of a text anchored on a DCT.
type TimexFunc func(text string, dct time.Time) []parallax.TimeExpr

// EvalTimex runs find over the documents and sums the scores, timing the
// finding only.
func EvalTimex(docs []TimexDoc, find TimexFunc) (TimexScore, time.Duration) {
	var total TimexScore
	var elapsed time.Duration
	for _, d := range docs {
		start := time.Now()
		pred := find(d.Text, d.DCT)
		elapsed += time.Since(start)
		total.Add(ScoreTimex(d.Gold, pred))
	}
	return total, elapsed
}

// timexBaselines are published TempEval-3 results (platinum test set,
// task A; UzZaman et al. 2013): strict F1, relaxed F1, value F1, type F1.
var timexBaselines = []struct {
	name                        string
	strict, relaxed, value, typ float64
}{
	{"HeidelTime (TE-3 test)", 81.34, 90.30, 77.61, 82.09},
	{"SUTime (TE-3 test)", 79.57, 90.32, 67.38, 80.29},
}

// WriteTimexTable prints the score beside the published baselines.
func WriteTimexTable(w io.Writer, s TimexScore, docs int, elapsed time.Duration) {
	pct := func(x float64) string { return fmt.Sprintf("%.2f", 100*x) }
	sp, sr, sf := s.PRF(s.Strict)
	rp, rr, rf := s.PRF(s.Relaxed)
	_, _, tf := s.PRF(s.TypeOK)
	_, _, vf := s.PRF(s.ValueOK)
	rows := [][]string{
		{"system", "strict P", "strict R", "strict F1", "relaxed P", "relaxed R", "relaxed F1",
			"type acc", "type F1", "value acc", "value F1", "docs/s"},
		{"parallax", pct(sp), pct(sr), pct(sf), pct(rp), pct(rr), pct(rf),
			pct(s.Accuracy(s.TypeOK)), pct(tf), pct(s.Accuracy(s.ValueOK)), pct(vf),
			fmt.Sprintf("%.0f", DocsPerSec(docs, elapsed))},
	}
	for _, b := range timexBaselines {
		f := func(x float64) string { return fmt.Sprintf("%.2f", x) }
		rows = append(rows, []string{b.name, "", "", f(b.strict), "", "", f(b.relaxed),
			"", f(b.typ), "", f(b.value), ""})
	}
	writeTable(w, rows)
	fmt.Fprintf(w, "\n%d gold, %d predicted, %d strict, %d relaxed matches.\n", s.Gold, s.Pred, s.Strict, s.Relaxed)
	fmt.Fprintln(w, "Note: TBAQ-cleaned is the TempEval-3 training data, not the platinum test set the")
	fmt.Fprintln(w, "published figures come from; they are given for scale only.")
}
