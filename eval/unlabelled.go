package eval

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/parallax-news/parallax/internal/conll"
)

// UnlabelledText returns the texts of the news in bench (../shared/bench)
// that no evaluation scores: PolNeAR train, the AllSides roundups
// (train, val and test sources), ECB+, CoNLL-2003 eng.train and the
// TempEval-3 training documents — about two million words, the raw
// material for word clusters. Development sets (PolNeAR dev, CoNLL
// eng.testa) are left out so that no figure is measured on text the
// clusters were learnt from. Parts that are missing are skipped; an error
// is returned when one is present but cannot be read whole, or when none
// is present.
func UnlabelledText(bench string) ([]string, error) {
	var out []string
	found := false
	steps := []struct {
		name string
		read func(string) ([]string, error)
	}{
		{"polnear/train", polnearTexts},
		{"allsides", allSidesSources},
		{"ecbplus", ecbPlusTexts},
		{"conll2003/eng.train", conllTexts},
		{"tempeval3/TBAQ-cleaned", timeMLTexts},
	}
	for _, s := range steps {
		path := filepath.Join(bench, s.name)
		if _, err := os.Stat(path); err != nil {
			continue // a part not downloaded
		}
		// A part that is there but cannot be read whole is an error:
		// skipping it would change the clusters without a word.
		texts, err := s.read(path)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		found = true
		out = append(out, texts...)
	}
	if !found {
		return nil, fmt.Errorf("no unlabelled text under %s", bench)
	}
	return out, nil
}

func polnearTexts(dir string) ([]string, error) {
	docs, err := LoadPolNeAR(dir)
	var out []string
	for _, d := range docs {
		out = append(out, d.Text)
	}
	return out, err
}

// allSidesSources reads the roundups' {train,val,test}.source files: one
// roundup a line, its articles separated by [SEP], each "TITLE=> …
// ARTICLE=> …".
func allSidesSources(dir string) ([]string, error) {
	var out []string
	for _, part := range []string{"train", "val", "test"} {
		f, err := os.Open(filepath.Join(dir, part+".source"))
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<22)
		for sc.Scan() {
			for _, a := range strings.Split(sc.Text(), "[SEP]") {
				a = strings.NewReplacer("TITLE=>", "", "ARTICLE=>", "\n").Replace(a)
				if a = strings.TrimSpace(a); a != "" {
					out = append(out, a)
				}
			}
		}
		err = sc.Err()
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

func ecbPlusTexts(dir string) ([]string, error) {
	docs, err := LoadECBPlus(dir)
	var out []string
	for _, d := range docs {
		out = append(out, d.Article.Title+"\n"+d.Article.Text)
	}
	return out, err
}

// conllTexts joins the words of each CoNLL document (between -DOCSTART-
// lines), a sentence a line.
func conllTexts(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sents, err := conll.Read(f)
	if err != nil {
		return nil, err
	}
	var out, doc []string
	for i, s := range sents {
		words, _ := s.Column(0)
		doc = append(doc, strings.Join(words, " "))
		if i+1 == len(sents) || sents[i+1].Doc != s.Doc {
			out = append(out, strings.Join(doc, "\n"))
			doc = doc[:0]
		}
	}
	return out, nil
}

func timeMLTexts(dir string) ([]string, error) {
	docs, err := LoadTimeML(dir)
	var out []string
	for _, d := range docs {
		out = append(out, d.Text)
	}
	return out, err
}
