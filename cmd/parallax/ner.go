package main

import (
	"bufio"
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/parallax-news/parallax/analyse/entity"
)

// Default CoNLL-2003 files, beside the repository.
const (
	conllTrain = "../shared/bench/conll2003/eng.train"
	conllDev   = "../shared/bench/conll2003/eng.testa"
)

func init() {
	register(&command{
		name:    "ner",
		summary: "tag named entities in a CoNLL file",
		usage: `
Usage: parallax ner --conll FILE

Reads CoNLL-format tokens (one token per line in the first column, a blank
line between sentences, other columns ignored) and prints each line with the
predicted tag appended as the last column (IOB2: B-PER, I-ORG, O, …), so that
any conlleval scorer can be run on the output. "-DOCSTART-" and blank lines
are printed as they are. The embedded model is used (see parallax train ner).

Examples:
  parallax ner --conll ../shared/bench/conll2003/eng.testa > tagged.txt
  parallax eval ner ../shared/bench/conll2003/eng.testa`,
		setup: func(fs *flag.FlagSet, env *Env) func(context.Context, []string) error {
			conll := fs.String("conll", "", "CoNLL `file` to tag (- for standard input)")
			return func(ctx context.Context, args []string) error {
				if *conll == "" || len(args) > 0 {
					return usagef("want --conll FILE")
				}
				in, closeIn, err := openInput(env, *conll)
				if err != nil {
					return err
				}
				defer closeIn()
				m, err := entity.Default()
				if err != nil {
					return fmt.Errorf("load model: %w", err)
				}
				return tagCoNLL(env.Stdout, in, m)
			}
		},
	})
}

// openInput opens path, or standard input for "-".
func openInput(env *Env, path string) (io.Reader, func(), error) {
	if path == "-" {
		return env.Stdin, func() {}, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("open %s: %w", path, err)
	}
	return f, func() { f.Close() }, nil
}

// tagCoNLL copies in to w, appending the predicted tag to every token
// line; sentences end at blank lines and "-DOCSTART-" lines.
func tagCoNLL(w io.Writer, in io.Reader, m *entity.Model) error {
	bw := bufio.NewWriter(w)
	var lines, tokens []string
	flush := func() {
		tags := m.Tag(tokens)
		for i, l := range lines {
			fmt.Fprintf(bw, "%s %s\n", l, tags[i])
		}
		lines, tokens = lines[:0], tokens[:0]
	}
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		f := strings.Fields(line)
		if len(f) == 0 || f[0] == "-DOCSTART-" {
			flush()
			fmt.Fprintln(bw, line)
			continue
		}
		lines = append(lines, line)
		tokens = append(tokens, f[0])
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read conll: %w", err)
	}
	flush()
	return bw.Flush()
}

// evalNER scores the embedded model on a labelled CoNLL file.
func evalNER(env *Env, path string) error {
	sentences, err := readCoNLLFile(path)
	if err != nil {
		return err
	}
	m, err := entity.Default()
	if err != nil {
		return fmt.Errorf("load model: %w", err)
	}
	score, elapsed := scoreNER(m, sentences)
	fmt.Fprintf(env.Stdout, "NER on %s: %d sentences, %s\n\n", path, len(sentences), elapsed.Round(time.Millisecond))
	_, err = score.WriteTo(env.Stdout)
	return err
}

func readCoNLLFile(path string) ([]entity.Sentence, error) {
	sentences, err := readFile(path, entity.ReadCoNLL)
	if err != nil {
		return nil, err
	}
	for i, s := range sentences {
		if s.Tags == nil {
			return nil, fmt.Errorf("%s: sentence %d has no gold tags", path, i+1)
		}
	}
	return sentences, nil
}

// trainNER trains the tagger, writes it and scores it on dev.
func trainNER(env *Env, train, dev, out string, epochs int, prune float32) error {
	return taggerTraining[entity.Sentence, *entity.Model]{
		read: readCoNLLFile,
		train: func(s []entity.Sentence, progress func(int, int)) *entity.Model {
			return entity.TrainWith(s, entity.TrainOptions{Epochs: epochs, Progress: progress})
		},
		save: func(m *entity.Model, w io.Writer) error { return m.Save(w, prune) },
		score: func(data []byte, sents []entity.Sentence, path string) error {
			saved, err := entity.Load(bytes.NewReader(data))
			if err != nil {
				return fmt.Errorf("reload model: %w", err)
			}
			score, _ := scoreNER(saved, sents)
			fmt.Fprintf(env.Stdout, "\ndevelopment set %s:\n", path)
			_, err = score.WriteTo(env.Stdout)
			return err
		},
	}.run(env, train, dev, out)
}

// scoreNER tags every sentence and scores the tags against the gold ones.
func scoreNER(m *entity.Model, sentences []entity.Sentence) (entity.Score, time.Duration) {
	gold := make([][]string, len(sentences))
	pred := make([][]string, len(sentences))
	start := time.Now()
	for i, s := range sentences {
		pred[i] = m.Tag(s.Tokens)
		gold[i] = s.Tags
	}
	return entity.Evaluate(gold, pred), time.Since(start)
}
