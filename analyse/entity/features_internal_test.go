package entity

import (
	"fmt"
	"github.com/parallax-news/parallax/internal/wordform"
	"reflect"
	"strings"
	"sync"
	"testing"
)

// The ASCII fast paths of featureBuf.words must give what the general
// functions give.
func TestASCIIFormsMatchGeneral(t *testing.T) {
	for _, w := range []string{"", "a", "Kessaria", "KESSARIA", "Mr.", "U.S.", "5,200", "1990s", "B-52",
		"McDonald", "x--y", "'s", "n't", "(AP)", "aaaBBB111", "...", "Q3-2019", " "} {
		if got, want := string(wordform.AppendLower(nil, w)), wordform.NormDigits(strings.ToLower(w)); got != want {
			t.Errorf("lower(%q)=%q, want %q", w, got, want)
		}
		if got, want := string(appendASCIIDigits(nil, w)), wordform.NormDigits(w); got != want {
			t.Errorf("digits(%q)=%q, want %q", w, got, want)
		}
		sh := appendASCIIShape(nil, w)
		if got, want := string(sh), shape(wordform.NormDigits(w)); got != want {
			t.Errorf("shape(%q)=%q, want %q", w, got, want)
		}
		if got, want := string(appendShort([]byte("prefix"), sh)), "prefix"+shortShape(shape(w)); got != want {
			t.Errorf("short(%q)=%q, want %q", w, got, want)
		}
	}
}

// referenceMatch is the longest gazetteer phrase at each token, every
// length tried.
func referenceMatch(g *gazetteer, lower []string) [][]string {
	out := make([][]string, len(lower))
	for i := 0; i < len(lower); {
		n := 0
		var classes []string
		for k := min(g.maxLen, len(lower)-i); k >= 1; k-- {
			if c, ok := g.phrases[strings.Join(lower[i:i+k], " ")]; ok {
				n, classes = k, c
				break
			}
		}
		if n == 0 {
			i++
			continue
		}
		for j := i; j < i+n; j++ {
			for _, c := range classes {
				if j == i {
					out[j] = append(out[j], "B-"+c)
				} else {
					out[j] = append(out[j], "I-"+c)
				}
			}
		}
		i += n
	}
	return out
}

func TestMatchIntoFindsLongestPhrase(t *testing.T) {
	g := loadGazetteer()
	var out [][]string
	var key []byte
	for _, s := range []string{
		"the un security council met in burkina faso on monday",
		"security council and united nations general assembly",
		"un security",
		"minister of defence said",
		"un|security council", // a token with a space in it
		"the un security|council",
		"burkina",
		"",
	} {
		lower := strings.Fields(s)
		for i, w := range lower {
			lower[i] = strings.ReplaceAll(w, "|", " ")
		}
		want := referenceMatch(g, lower)
		out, key = g.matchInto(lower, out, key)
		got := make([][]string, len(out))
		for i, c := range out {
			if len(c) > 0 {
				got[i] = c
			}
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%q: matchInto=%q, want %q", s, got, want)
		}
	}
	if got := referenceMatch(g, strings.Fields("un security council")); len(got[0]) == 0 || !strings.HasPrefix(got[0][0], "B-") {
		t.Fatalf("the gazetteer no longer has %q: %q", "un security council", got)
	}
}

// Tag reuses pooled scratch space: tagging in parallel must give what
// tagging one sentence at a time gives.
func TestTagConcurrent(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	var sents [][]string
	for i := range 40 {
		sents = append(sents, strings.Fields(fmt.Sprintf(
			"Defence Minister Ana Varela of Kessaria said on Monday that %d troops would leave Port Aldren , the Meridian Wire reported .", 100*i))[i%7:])
	}
	want := make([][]string, len(sents))
	for i, s := range sents {
		want[i] = m.Tag(s)
	}
	var wg sync.WaitGroup
	got := make([][]string, len(sents))
	for i, s := range sents {
		wg.Go(func() { got[i] = m.Tag(s) })
	}
	wg.Wait()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("parallel tags differ:\n got %q\nwant %q", got, want)
	}
}
