package wordcluster_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parallax-news/parallax/eval"
	"github.com/parallax-news/parallax/internal/wordcluster"
)

// TestBuildBench builds the clusters from ../shared/bench when
// PARALLAX_TRAIN=1; PARALLAX_SAVE=path writes them there.
func TestBuildBench(t *testing.T) {
	if os.Getenv("PARALLAX_TRAIN") == "" {
		t.Skip("set PARALLAX_TRAIN=1 to build clusters from ../shared/bench")
	}
	start := time.Now()
	texts, err := eval.UnlabelledText(filepath.Join("..", "..", "..", "shared", "bench"))
	if err != nil {
		t.Skip(err)
	}
	var docs [][]string
	n := 0
	for _, tx := range texts {
		w := wordcluster.Words(tx)
		n += len(w)
		docs = append(docs, w)
	}
	t.Logf("%d documents, %d words, read in %s", len(docs), n, time.Since(start).Round(time.Millisecond))
	c := wordcluster.Build(docs, wordcluster.Options{Progress: func(s string, it int) {
		t.Logf("%s iteration %d (%s)", s, it, time.Since(start).Round(time.Second))
	}})
	var b bytes.Buffer
	if err := c.Save(&b); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d words clustered, %d bytes", c.Len(), b.Len())
	for _, w := range strings.Fields("said criticized lambasted believes wants Monday Obama Clinton senator minister French Iranian percent 5,000 million") {
		co, fi := c.Of(w)
		t.Logf("%s: %s %s", w, co, fi)
	}
	if path := os.Getenv("PARALLAX_SAVE"); path != "" {
		if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
