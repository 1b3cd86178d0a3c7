package eval

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
)

// AEBPage is one page of the Article Extraction Benchmark, held in memory.
type AEBPage struct {
	ID    string // the page id, the name of its HTML file
	URL   string // the address the page was saved from
	HTML  []byte // the page, decompressed (UTF-8)
	Truth string // the true article body
}

// LoadAEB reads the benchmark in dir (ground-truth.json and
// html/<id>.html.gz) and decompresses every page into memory, so that a
// timed run that follows does no I/O. Pages come sorted by id.
func LoadAEB(dir string) ([]AEBPage, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, fmt.Errorf("read aeb ground truth: %w", err)
	}
	var truth map[string]struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
	}
	if err := json.Unmarshal(raw, &truth); err != nil {
		return nil, fmt.Errorf("parse aeb ground truth: %w", err)
	}

	pages := make([]AEBPage, 0, len(truth))
	for id, t := range truth {
		html, err := readGzip(filepath.Join(dir, "html", id+".html.gz"))
		if err != nil {
			return nil, fmt.Errorf("read aeb page %s: %w", id, err)
		}
		pages = append(pages, AEBPage{ID: id, URL: t.URL, HTML: html, Truth: t.ArticleBody})
	}
	// Map order is random; a fixed order keeps runs comparable.
	sort.Slice(pages, func(i, j int) bool { return pages[i].ID < pages[j].ID })
	return pages, nil
}

func readGzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if _, err := io.Copy(&buf, zr); err != nil {
		return nil, err
	}
	return buf.Bytes(), zr.Close()
}
