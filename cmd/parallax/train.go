package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/parallax-news/parallax/analyse/attribution"
	"github.com/parallax-news/parallax/eval"
	"github.com/parallax-news/parallax/internal/postag"
	"github.com/parallax-news/parallax/internal/wordcluster"
)

func init() {
	register(&command{
		name:    "train",
		summary: "train Parallax's models (clusters, ner, pos, quotes) from public data",
		usage: `
Usage: parallax train clusters [flags] [BENCH]
       parallax train ner [flags] [TRAIN]
       parallax train pos [flags] [TRAIN]
       parallax train quotes [flags] [DIR]

clusters: groups the words of the unlabelled news under BENCH (default
../shared/bench: PolNeAR train, AllSides, ECB+, CoNLL-2003 eng.train,
TempEval-3; never a development set) into word clusters by the words
around them, deterministically, and writes them to --out (default
clusters.txt.gz) with their sha256. The entity tagger reads them as
features: to ship new clusters, write them to
internal/wordcluster/model/clusters.txt.gz, update the manifest beside it
and retrain the entity tagger (its manifest records the clusters it was
trained with). --epochs, --dev and --prune do not apply.

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
			out := fs.String("out", "", "where to write the model `file` (default clusters.txt.gz, ner.bin.gz, postag.bin.gz or attribution.bin.gz)")
			dev := fs.String("dev", "", "development data to score the model on, skipped when missing (default eng.testa or polnear/dev)")
			prune := fs.Float64("prune", -1, "drop features whose weights are all below this in magnitude (negative: 0.1 for ner, the shipped model's for pos and quotes)")
			return func(ctx context.Context, args []string) error {
				if len(args) > 0 && args[0] == "clusters" && len(args) <= 2 {
					bench := "../shared/bench"
					if len(args) == 2 {
						bench = args[1]
					}
					return trainClusters(env, bench, flagOr(*out, "clusters.txt.gz"))
				}
				if len(args) > 0 && args[0] == "quotes" && len(args) <= 2 {
					train := polnearTrain
					if len(args) == 2 {
						train = args[1]
					}
					return trainQuotes(ctx, env, train, flagOr(*dev, polnearDev), flagOr(*out, "attribution.bin.gz"),
						flagOrInt(*epochs, attribution.DefaultEpochs), flagOrPrune(*prune, attribution.Prune))
				}
				if len(args) == 0 || (args[0] != "ner" && args[0] != "pos") || len(args) > 2 {
					return usagef("want: parallax train ner|pos [TRAIN], parallax train quotes [DIR] or parallax train clusters [BENCH]")
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

// flagOrInt returns n, or def when n is not positive.
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

// taggerTraining is what training a CoNLL-trained tagger takes: reading
// sentences, training with a progress callback, saving, and scoring the
// model as written on the development sentences.
type taggerTraining[S, M any] struct {
	read  func(path string) ([]S, error)
	train func(sentences []S, progress func(epoch, errors int)) M
	save  func(m M, w io.Writer) error
	score func(data []byte, dev []S, path string) error
}

// run trains on the sentences of train, writes the model to out and
// scores it on dev when that file is present.
func (t taggerTraining[S, M]) run(env *Env, train, dev, out string) error {
	sentences, err := t.read(train)
	if err != nil {
		return err
	}
	start := time.Now()
	m := t.train(sentences, func(epoch, errors int) {
		fmt.Fprintf(env.Stderr, "epoch %d: %d errors\n", epoch, errors)
	})
	trained := time.Since(start)
	data, sum, err := writeModel(out, func(w io.Writer) error { return t.save(m, w) })
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "trained on %d sentences in %s; wrote %s (%d bytes, sha256 %s)\n",
		len(sentences), trained.Round(time.Millisecond), out, len(data), sum)
	if _, err := os.Stat(dev); err != nil {
		return nil
	}
	devSentences, err := t.read(dev)
	if err != nil {
		return err
	}
	return t.score(data, devSentences, dev)
}

// trainPOS trains the part-of-speech tagger, writes it and scores it on
// dev.
func trainPOS(env *Env, train, dev, out string, epochs int, prune float32) error {
	return taggerTraining[postag.Sentence, *postag.Tagger]{
		read: readPOSFile,
		train: func(s []postag.Sentence, progress func(int, int)) *postag.Tagger {
			return postag.Train(s, postag.TrainOptions{Epochs: epochs, Progress: progress})
		},
		save: func(m *postag.Tagger, w io.Writer) error { return m.Save(w, prune) },
		score: func(data []byte, sents []postag.Sentence, path string) error {
			saved, err := postag.Load(bytes.NewReader(data))
			if err != nil {
				return fmt.Errorf("reload model: %w", err)
			}
			c, n := saved.Accuracy(sents)
			fmt.Fprintf(env.Stdout, "development set %s: accuracy %.2f%% (%d of %d words)\n", path, 100*float64(c)/float64(max(n, 1)), c, n)
			return nil
		},
	}.run(env, train, dev, out)
}

func readPOSFile(path string) ([]postag.Sentence, error) {
	return readFile(path, postag.ReadCoNLL)
}

// readFile reads the file at path with read, naming the file in errors.
func readFile[T any](path string, read func(io.Reader) ([]T, error)) ([]T, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	defer f.Close()
	out, err := read(f)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return out, nil
}

// trainClusters builds the word clusters from the unlabelled text under
// bench and writes them to out.
func trainClusters(env *Env, bench, out string) error {
	texts, err := eval.UnlabelledText(bench)
	if err != nil {
		return err
	}
	start := time.Now()
	docs := make([][]string, len(texts))
	words := 0
	for i, t := range texts {
		docs[i] = wordcluster.Words(t)
		words += len(docs[i])
	}
	c := wordcluster.Build(docs, wordcluster.Options{})
	data, sum, err := writeModel(out, c.Save)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "clustered %d words (from %d documents, %d words of text) in %s; wrote %s (%d bytes, sha256 %s)\n",
		c.Len(), len(texts), words, time.Since(start).Round(time.Millisecond), out, len(data), sum)
	return nil
}
