package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/parallax-news/parallax/analyse/attribution"
	"github.com/parallax-news/parallax/analyse/entity"
	"github.com/parallax-news/parallax/internal/postag"
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

	register(&command{
		name:    "train",
		summary: "train Parallax's models (ner, pos, quotes) from public data",
		usage: `
Usage: parallax train ner [flags] [TRAIN]
       parallax train pos [flags] [TRAIN]
       parallax train quotes [flags] [DIR]

ner: trains the named-entity tagger on CoNLL-2003 English (TRAIN, default
../shared/bench/conll2003/eng.train), deterministically: the same data and
flags give a byte-identical model. It writes the model (gzip) to --out,
prints its sha256 and size, and scores it on the development set (--dev)
when that file is present. To ship a new model, write it to
analyse/entity/model/ner.bin.gz and update DefaultSHA256 and the manifest
beside it.

pos: trains the part-of-speech tagger (internal/postag, which gives the
attribution tagger its parts of speech) on the second column of
CoNLL-2003 English (TRAIN, default ../shared/bench/conll2003/eng.train),
deterministically, writes it to --out (default postag.bin.gz), prints its
sha256 and size and its accuracy on --dev (default eng.testa). To ship
it, write it to internal/postag/model/postag.bin.gz, update the manifest
beside it, and retrain the attribution tagger, whose features it makes.

quotes: trains the attribution tagger (source, cue and content of every
attribution) on a PolNeAR compartment (DIR, default
../shared/bench/polnear/train), deterministically, writes it to --out
(default attribution.bin.gz), prints its sha256 and size, and scores it on
--dev (default ../shared/bench/polnear/dev) as parallax eval quotes does.
To ship it, write it to analyse/attribution/model/attribution.bin.gz and
update the manifest beside it.

Examples:
  parallax train ner --out /tmp/ner.bin.gz
  parallax train ner --epochs 15 --out analyse/entity/model/ner.bin.gz
  parallax train pos --out internal/postag/model/postag.bin.gz
  parallax train quotes --out analyse/attribution/model/attribution.bin.gz`,
		setup: func(fs *flag.FlagSet, env *Env) func(context.Context, []string) error {
			epochs := fs.Int("epochs", 0, "training passes over the data (0: 15 for ner, the shipped model's for pos and quotes)")
			out := fs.String("out", "", "where to write the model `file` (default ner.bin.gz, postag.bin.gz or attribution.bin.gz)")
			dev := fs.String("dev", "", "development data to score the model on, skipped when missing (default eng.testa or polnear/dev)")
			prune := fs.Float64("prune", -1, "drop features whose weights are all below this in magnitude (negative: 0.1 for ner, the shipped model's for pos and quotes)")
			return func(ctx context.Context, args []string) error {
				if len(args) > 0 && args[0] == "quotes" && len(args) <= 2 {
					train := polnearTrain
					if len(args) == 2 {
						train = args[1]
					}
					return trainQuotes(ctx, env, train, flagOr(*dev, polnearDev), flagOr(*out, "attribution.bin.gz"),
						flagOrInt(*epochs, attribution.DefaultEpochs), flagOrPrune(*prune, attribution.Prune))
				}
				if len(args) == 0 || (args[0] != "ner" && args[0] != "pos") || len(args) > 2 {
					return usagef("want: parallax train ner|pos [TRAIN] or parallax train quotes [DIR]")
				}
				train := conllTrain
				if len(args) == 2 {
					train = args[1]
				}
				if args[0] == "pos" {
					return trainPOS(env, train, flagOr(*dev, conllDev), flagOr(*out, "postag.bin.gz"),
						flagOrInt(*epochs, postag.DefaultEpochs), flagOrPrune(*prune, postag.Prune))
				}
				return trainNER(env, train, flagOr(*dev, conllDev), flagOr(*out, "ner.bin.gz"), flagOrInt(*epochs, 15), flagOrPrune(*prune, 0.1))
			}
		},
	})
}

// flagOr returns s, or def when s is empty.
func flagOr(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

func flagOrInt(n, def int) int {
	if n <= 0 {
		return def
	}
	return n
}

// flagOrPrune returns p, or def when p is negative (not given).
func flagOrPrune(p float64, def float32) float32 {
	if p < 0 {
		return def
	}
	return float32(p)
}

// writeModel writes the model save encodes to out, and returns the bytes
// written and their sha256: what a manifest records and a retrain must
// reproduce.
func writeModel(out string, save func(io.Writer) error) (data []byte, sum string, err error) {
	var buf bytes.Buffer
	if err := save(&buf); err != nil {
		return nil, "", fmt.Errorf("save model: %w", err)
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return nil, "", fmt.Errorf("write model: %w", err)
	}
	h := sha256.Sum256(buf.Bytes())
	return buf.Bytes(), hex.EncodeToString(h[:]), nil
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
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	defer f.Close()
	sentences, err := entity.ReadCoNLL(f)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	for i, s := range sentences {
		if s.Tags == nil {
			return nil, fmt.Errorf("%s: sentence %d has no gold tags", path, i+1)
		}
	}
	return sentences, nil
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

// trainPOS trains the part-of-speech tagger, writes it and scores it on
// dev.
func trainPOS(env *Env, train, dev, out string, epochs int, prune float32) error {
	sentences, err := readPOSFile(train)
	if err != nil {
		return err
	}
	start := time.Now()
	m := postag.Train(sentences, postag.TrainOptions{Epochs: epochs, Progress: func(epoch, errors int) {
		fmt.Fprintf(env.Stderr, "epoch %d: %d errors\n", epoch, errors)
	}})
	trained := time.Since(start)
	data, sum, err := writeModel(out, func(w io.Writer) error { return m.Save(w, prune) })
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "trained on %d sentences in %s; wrote %s (%d bytes, sha256 %s)\n",
		len(sentences), trained.Round(time.Millisecond), out, len(data), sum)
	if _, err := os.Stat(dev); err != nil {
		return nil
	}
	devSentences, err := readPOSFile(dev)
	if err != nil {
		return err
	}
	saved, err := postag.Load(bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("reload model: %w", err)
	}
	c, n := saved.Accuracy(devSentences)
	fmt.Fprintf(env.Stdout, "development set %s: accuracy %.2f%% (%d of %d words)\n", dev, 100*float64(c)/float64(max(n, 1)), c, n)
	return nil
}

func readPOSFile(path string) ([]postag.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	defer f.Close()
	s, err := postag.ReadCoNLL(f)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return s, nil
}

// trainNER trains the tagger, writes it and scores it on dev.
func trainNER(env *Env, train, dev, out string, epochs int, prune float32) error {
	sentences, err := readCoNLLFile(train)
	if err != nil {
		return err
	}
	start := time.Now()
	m := entity.TrainWith(sentences, entity.TrainOptions{Epochs: epochs, Progress: func(epoch, errors int) {
		fmt.Fprintf(env.Stderr, "epoch %d: %d errors\n", epoch, errors)
	}})
	trained := time.Since(start)
	data, sum, err := writeModel(out, func(w io.Writer) error { return m.Save(w, prune) })
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "trained on %d sentences in %s; wrote %s (%d bytes, sha256 %s)\n",
		len(sentences), trained.Round(time.Millisecond), out, len(data), sum)
	if _, err := os.Stat(dev); err != nil {
		return nil
	}
	devSentences, err := readCoNLLFile(dev)
	if err != nil {
		return err
	}
	score, _ := scoreNER(m, devSentences)
	fmt.Fprintf(env.Stdout, "\ndevelopment set %s:\n", dev)
	_, err = score.WriteTo(env.Stdout)
	return err
}
