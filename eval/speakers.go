package eval

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	parallax "github.com/parallax-news/parallax"
)

// SpeakerSet is a set of passages with the speaker of each of their
// quotes decided by a reader: who said it, as a person's full name first
// introduced (no title), an organisation's name, "unknown" where a reader
// cannot tell, or joint speakers joined by "and".
type SpeakerSet struct {
	Texts map[string]string // passage name → text
	Gold  []SpeakerGold
}

// SpeakerGold is one quote of a SpeakerSet: a distinctive substring of
// its words in passage File, and its speaker.
type SpeakerGold struct {
	File, Substring, Speaker string
}

// LoadSpeakerSet reads dir/gold.tsv (columns file, substring, speaker;
// a header line first) and the passages dir/passages/<file>.txt.
func LoadSpeakerSet(dir string) (SpeakerSet, error) {
	f, err := os.Open(filepath.Join(dir, "gold.tsv"))
	if err != nil {
		return SpeakerSet{}, fmt.Errorf("speaker set %s: %w", dir, err)
	}
	defer f.Close()
	set := SpeakerSet{Texts: map[string]string{}}
	sc := bufio.NewScanner(f)
	for line := 0; sc.Scan(); line++ {
		if line == 0 || strings.TrimSpace(sc.Text()) == "" {
			continue // the header
		}
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) != 3 {
			return SpeakerSet{}, fmt.Errorf("speaker set %s: gold.tsv line %d: want 3 columns, got %d", dir, line+1, len(cols))
		}
		g := SpeakerGold{File: cols[0], Substring: cols[1], Speaker: cols[2]}
		if _, ok := set.Texts[g.File]; !ok {
			b, err := os.ReadFile(filepath.Join(dir, "passages", g.File+".txt"))
			if err != nil {
				return SpeakerSet{}, fmt.Errorf("speaker set %s: gold.tsv line %d: %w", dir, line+1, err)
			}
			set.Texts[g.File] = string(b)
		}
		set.Gold = append(set.Gold, g)
	}
	if err := sc.Err(); err != nil {
		return SpeakerSet{}, fmt.Errorf("speaker set %s: %w", dir, err)
	}
	return set, nil
}

// SpeakerScore counts a set's quotes found (a quote whose words hold the
// gold substring) and those whose speaker is the gold one (the same
// name, case and a leading "the" aside); Wrong lists the others.
type SpeakerScore struct {
	Gold, Found, Right int
	Wrong              []SpeakerError
}

// SpeakerError is a gold quote missed (Got empty) or given to another
// speaker.
type SpeakerError struct {
	SpeakerGold
	Got, As string // the speaker found, and as written
}

// ScoreSpeakers finds the quotes of every passage of set with find and
// scores their speakers.
func ScoreSpeakers(set SpeakerSet, find func(text string) []parallax.Quote) SpeakerScore {
	quotes := map[string][]parallax.Quote{}
	for name, text := range set.Texts {
		quotes[name] = find(text)
	}
	sc := SpeakerScore{Gold: len(set.Gold)}
	for _, g := range set.Gold {
		q, ok := quoteHolding(quotes[g.File], g.Substring)
		if !ok {
			sc.Wrong = append(sc.Wrong, SpeakerError{SpeakerGold: g})
			continue
		}
		sc.Found++
		if sameSpeaker(q.Speaker, g.Speaker) {
			sc.Right++
			continue
		}
		sc.Wrong = append(sc.Wrong, SpeakerError{SpeakerGold: g, Got: q.Speaker, As: q.SpeakerText})
	}
	return sc
}

// sameSpeaker reports whether a speaker found is the gold one: the same
// name, case, a leading "the" and the apostrophe's form aside ("the
// Tarrow Building Society" is Tarrow Building Society; the sets' writers
// did not always drop it, and type "Ombudsman's Office" for the text's
// "Ombudsman’s Office").
func sameSpeaker(got, gold string) bool {
	trim := func(s string) string {
		s = strings.ReplaceAll(strings.TrimSpace(s), "’", "'")
		if len(s) > 4 && strings.EqualFold(s[:4], "the ") {
			s = s[4:]
		}
		return s
	}
	return strings.EqualFold(trim(got), trim(gold))
}

// quoteHolding returns the first quote whose words hold sub, quote marks
// and case aside.
func quoteHolding(qs []parallax.Quote, sub string) (parallax.Quote, bool) {
	norm := strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`)
	want := strings.ToLower(norm.Replace(sub))
	for _, q := range qs {
		if strings.Contains(strings.ToLower(norm.Replace(q.Text)), want) {
			return q, true
		}
	}
	return parallax.Quote{}, false
}

// WriteSpeakerScore prints a set's score under title, then its errors
// one per line when errors is set.
func WriteSpeakerScore(w io.Writer, title string, sc SpeakerScore, errors bool) {
	fmt.Fprintf(w, "%s: %d quotes, %d found, speaker right %d (%.1f%% of all, %.1f%% of found)\n",
		title, sc.Gold, sc.Found, sc.Right, percent(sc.Right, sc.Gold), percent(sc.Right, sc.Found))
	if !errors {
		return
	}
	for _, e := range sc.Wrong {
		if e.Got == "" {
			fmt.Fprintf(w, "  %s %q: missed (gold %s)\n", e.File, e.Substring, e.Speaker)
			continue
		}
		fmt.Fprintf(w, "  %s %q: %s (written %q), gold %s\n", e.File, e.Substring, e.Got, e.As, e.Speaker)
	}
}

func percent(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}
