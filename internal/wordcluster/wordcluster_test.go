package wordcluster_test

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/manifest"
	"github.com/parallax-news/parallax/internal/wordcluster"
)

func TestWords(t *testing.T) {
	got := wordcluster.Words("The minister’s “final” offer: 5,000 troops (state-run TV) didn't leave, said U.S. officials.")
	want := []string{"the", "minister", "'s", "final", "offer", "0,000", "troops", "state-run", "tv", "did", "n't", "leave", "said", "u.s", "officials"}
	if !slices.Equal(got, want) {
		t.Errorf("Words = %q, want %q", got, want)
	}
}

// Words used alike fall together, words used differently apart.
func TestBuildGroupsLikeWords(t *testing.T) {
	var docs [][]string
	verbs := []string{"said", "stated", "declared", "added"}
	places := []string{"kessaria", "veltrava", "aldermark", "lumira"}
	for i := range 40 {
		v, p := verbs[i%len(verbs)], places[(i/4)%len(places)]
		docs = append(docs, wordcluster.Words("the minister "+v+" that the troops in "+p+" would stay ."))
		docs = append(docs, wordcluster.Words("a spokesman "+v+" on monday that talks with "+p+" had failed ."))
	}
	c := wordcluster.Build(docs, wordcluster.Options{MinCount: 2, Contexts: 30, Coarse: 4, Fine: 8})
	_, said := c.Of("said")
	_, declared := c.Of("Declared")
	_, kessaria := c.Of("Kessaria")
	_, lumira := c.Of("lumira")
	if said != declared {
		t.Errorf("said in %s, declared in %s", said, declared)
	}
	if kessaria != lumira {
		t.Errorf("kessaria in %s, lumira in %s", kessaria, lumira)
	}
	if said == kessaria {
		t.Errorf("said and kessaria share cluster %s", said)
	}
	// A tokeniser's "Monday." is looked up as "monday".
	if _, fi := c.Of("Kessaria."); fi != kessaria {
		t.Errorf("Kessaria. in %s, kessaria in %s", fi, kessaria)
	}
	if co, fi := c.Of("unseen"); co != "-" || fi != "-" {
		t.Errorf("an unseen word has clusters %s %s", co, fi)
	}
	// Deterministic, and Save/Load keep every word.
	var a, b bytes.Buffer
	if err := c.Save(&a); err != nil {
		t.Fatal(err)
	}
	if err := wordcluster.Build(docs, wordcluster.Options{MinCount: 2, Contexts: 30, Coarse: 4, Fine: 8}).Save(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two builds from the same text differ")
	}
	back, err := wordcluster.Load(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if back.Len() != c.Len() {
		t.Errorf("reloaded %d words, built %d", back.Len(), c.Len())
	}
	if _, fi := back.Of("said"); fi != said {
		t.Errorf("reloaded said in %s, built in %s", fi, said)
	}
	if _, err := wordcluster.Load(strings.NewReader("not gzip")); err == nil {
		t.Error("Load took garbage")
	}
}

func TestDefault(t *testing.T) {
	if err := manifest.Check("model", wordcluster.DefaultSHA256); err != nil {
		t.Error(err)
	}
	c, err := wordcluster.Default()
	if err != nil {
		t.Fatal(err)
	}
	if c.Len() < 10000 {
		t.Errorf("only %d words clustered", c.Len())
	}
	// Reporting verbs share a coarse cluster; a weekday is elsewhere.
	said, _ := c.Of("said")
	told, _ := c.Of("told")
	monday, _ := c.Of("Monday")
	if said == "-" || said != told || said == monday {
		t.Errorf("said %s, told %s, Monday %s", said, told, monday)
	}
}
