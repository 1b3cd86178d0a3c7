package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	parallax "github.com/parallax-news/parallax"
)

// allSidesFile is the crawl of AllSides roundups in the data set directory.
const allSidesFile = "headline_11_2021-10-19_crawled_all.jsonl"

// allSidesStory is one line of the crawl: a story and the articles of the
// left, center and right outlets it links to.
type allSidesStory struct {
	ID   json.Number `json:"id"`
	Date string      `json:"date"`
	News map[string]struct {
		Source string   `json:"newsSource"`
		Title  string   `json:"newsTitle"`
		Link   string   `json:"newsLink"`
		Body   []string `json:"newBody"` // sic: the crawl's field name
	} `json:"news"`
}

// LoadAllSides reads the AllSides roundup crawl in dir as clustering
// documents: one per linked article, with its title and lead paragraphs,
// its outlet and URL, and the story's date as Published (the crawl keeps
// no date per article). The gold cluster is the story id. Articles with no
// text are skipped. Documents come shuffled in a fixed order with opaque
// ids, because the file is grouped by story.
func LoadAllSides(dir string) ([]ClusterDoc, error) {
	path := filepath.Join(dir, allSidesFile)
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("load allsides: %w", err)
	}
	defer f.Close()

	var docs []ClusterDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	for line := 1; sc.Scan(); line++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var s allSidesStory
		dec := json.NewDecoder(strings.NewReader(sc.Text()))
		dec.UseNumber()
		if err := dec.Decode(&s); err != nil {
			return nil, fmt.Errorf("load allsides %s:%d: %w", path, line, err)
		}
		docs = append(docs, allSidesDocs(s)...)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("load allsides %s: %w", path, err)
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("load allsides: no articles in %s", path)
	}
	shuffleDocs(docs)
	return docs, nil
}

// allSidesDocs returns the articles of one story with text, in a fixed
// order of sides.
func allSidesDocs(s allSidesStory) []ClusterDoc {
	// An unparseable date stays zero: unknown, not guessed.
	published, _ := time.Parse(time.RFC3339, s.Date)
	sides := make([]string, 0, len(s.News))
	for side := range s.News {
		sides = append(sides, side)
	}
	sort.Strings(sides)

	gold := "s" + s.ID.String()
	var docs []ClusterDoc
	for _, side := range sides {
		n := s.News[side]
		text := joinParagraphs(n.Body)
		if text == "" {
			continue
		}
		a := &parallax.Article{
			Outlet:    strings.TrimSpace(n.Source),
			URL:       strings.TrimSpace(n.Link),
			Title:     strings.TrimSpace(n.Title),
			Published: published,
			Language:  "en",
			Text:      text,
		}
		if !published.IsZero() {
			a.PublishedFrom = "record"
		}
		docs = append(docs, ClusterDoc{Article: a, Gold: gold, Name: s.ID.String() + "/" + side})
	}
	return docs
}

// joinParagraphs joins the non-blank paragraphs with blank lines, the
// paragraph separator of Article.Text.
func joinParagraphs(paras []string) string {
	kept := make([]string, 0, len(paras))
	for _, p := range paras {
		if p = strings.TrimSpace(p); p != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, "\n\n")
}
