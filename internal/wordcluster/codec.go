package wordcluster

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
)

// Save writes the clusters as gzip-compressed lines "word coarse fine",
// in word order, so the same clusters give the same bytes.
func (c *Clusters) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	words := make([]string, 0, len(c.words))
	for word := range c.words {
		words = append(words, word)
	}
	slices.Sort(words)
	bw := bufio.NewWriter(zw)
	for _, word := range words {
		p := c.words[word]
		fmt.Fprintf(bw, "%s %s %s\n", word, p.coarse, p.fine)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("save clusters: %w", err)
	}
	return zw.Close()
}

// Load reads clusters written by Save.
func Load(r io.Reader) (*Clusters, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("read clusters: %w", err)
	}
	c := &Clusters{words: map[string]pair{}}
	sc := bufio.NewScanner(zr)
	line := 0
	for sc.Scan() {
		line++
		f := strings.Fields(sc.Text())
		if len(f) != 3 {
			return nil, fmt.Errorf("read clusters: line %d: want word, coarse and fine cluster", line)
		}
		c.words[f[0]] = pair{coarse: f[1], fine: f[2]}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read clusters: %w", err)
	}
	return c, nil
}

// The shipped clusters; see model/manifest.json for how they were built.
//
//go:embed model/clusters.txt.gz
var defaultClusters []byte

// DefaultSHA256 is the sha256 of the embedded clusters file, as recorded
// in model/manifest.json.
const DefaultSHA256 = "24ba265b947a101d3ee5fc3638870467e8c3e7c27a848f6d63327efd2336bd2b"

var loadDefault = sync.OnceValues(func() (*Clusters, error) {
	return Load(bytes.NewReader(defaultClusters))
})

// Default returns the embedded clusters, decoded once.
func Default() (*Clusters, error) { return loadDefault() }

// MustDefault is Default for the taggers that read the clusters: it
// panics when the embedded clusters cannot be read, which this package's
// tests rule out, so that is a broken build.
func MustDefault() *Clusters {
	c, err := loadDefault()
	if err != nil {
		panic(fmt.Sprintf("wordcluster: %v", err))
	}
	return c
}
