package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/eval"
	"github.com/parallax-news/parallax/story"
)

func init() {
	register(&command{
		name:    "eval",
		summary: "score Parallax against gold data sets",
		usage: `
Usage: parallax eval cluster [flags] DATASET
       parallax eval timex [DIR]
       parallax eval ner [FILE]
       parallax eval quotes [DIR]
       parallax eval reconcile [DIR...]
       parallax eval speakers [--errors] [DIR...]

quotes: finds the attributions (source, cue, content) of the articles of a
PolNeAR compartment (DIR, default ../shared/bench/polnear/dev) with the
embedded tagger, with the statements the pipeline gives (the tagger's
attributions of speech combined with the rules), and with the rule-based
finder of analyse/quote alone, on one core, and prints exact-match, strict and token-overlap precision, recall
and F1 for source, cue and content, for all attributions and for speech
attributions alone, with articles per second; published PolNeAR figures
are printed beside for scale.

ner: tags a labelled CoNLL file (default ../shared/bench/conll2003/eng.testa)
with the embedded entity model and prints conlleval-style precision, recall
and F1 per type and overall.

cluster: assigns the articles of a gold-labelled data set to stories with
the story index, all in one batch, and scores the stories against the gold
clusters: predicted and gold cluster counts, pairwise precision, recall and
F1 over document pairs, B-cubed precision, recall and F1 averaged over
documents, and documents per second. Singleton and (on ECB+) gold-topic
baselines are printed alongside for scale.

DATASET is one of
  ecbplus   ECB+ 1.0 (default dir ../shared/bench/ecbplus): scored at
            sub-topic level (the gold story: one of two similar events of a
            topic) and at topic level
  allsides  AllSides roundups (default dir ../shared/bench/allsides): scored
            at story level
or a path to either directory. Documents are fed in a fixed shuffled order
under opaque ids; file names, which encode the answer, are never shown to
the clusterer.

timex: finds the time expressions of TimeML documents (DIR, default
../shared/bench/tempeval3/TBAQ-cleaned: TempEval-3's TimeBank and AQUAINT)
anchored on each document's creation time, and scores them the TempEval-3
way: strict and relaxed span precision, recall and F1, type and value
accuracy and F1, documents per second; published HeidelTime and SUTime
figures are printed beside for scale.

reconcile: ingests each corpus DIR (default examples/ and testdata/reconcile/)
into a temporary store, reconciles its stories and scores the facts against
DIR/gold.json: precision and recall of differ verdicts, the share of gold
agree and single facts found as such, and the misses and invented
disagreements, one per line.

speakers: finds the quotes of each speaker set DIR (default the three of
testdata/speakers: invented passages with the speaker of every quote
decided by a reader; gold.tsv, passages/)
with the pipeline, and prints how many are found and how many have the
gold speaker; --errors lists the others. PolNeAR scores speaker spans as
written; this scores who they resolve to ("he", "the senator").

Examples:
  parallax eval timex
  parallax eval reconcile
  parallax eval cluster ecbplus
  parallax eval cluster allsides --threshold 0.3
  parallax eval cluster /data/ECB+_LREC2014 --window 72h`,
		setup: func(fs *flag.FlagSet, env *Env) func(context.Context, []string) error {
			var o evalClusterOptions
			fs.StringVar(&o.dir, "dir", "", "data set directory (default ../shared/bench/DATASET)")
			fs.Float64Var(&o.story.Threshold, "threshold", 0, "least similarity to join a story (0: the index's default)")
			fs.DurationVar(&o.story.Window, "window", 0, "most time between articles of a story (0: the index's default)")
			fs.BoolVar(&o.baselines, "baselines", true, "also score the trivial baselines")
			fs.IntVar(&o.cpus, "cpus", 1, "GOMAXPROCS while clustering (the speed goal is per core)")
			fs.BoolVar(&o.errors, "errors", false, "eval speakers: list every quote missed or given to another speaker")
			return func(ctx context.Context, args []string) error {
				if len(args) > 0 && args[0] == "timex" {
					return evalTimex(ctx, env, args[1:], o.dir)
				}
				if len(args) > 0 && args[0] == "reconcile" {
					return evalReconcile(ctx, env, args[1:])
				}
				if len(args) > 0 && args[0] == "speakers" {
					return evalSpeakers(env, args[1:], o.errors)
				}
				if len(args) > 0 && args[0] == "quotes" {
					return evalQuotes(ctx, env, args[1:])
				}
				if len(args) > 0 && args[0] == "ner" {
					path := conllDev
					switch len(args) {
					case 1:
					case 2:
						path = args[1]
					default:
						return usagef("want one CoNLL file")
					}
					return evalNER(env, path)
				}
				if len(args) == 0 || args[0] != "cluster" {
					return usagef("want an evaluation name: cluster, timex, ner, quotes, speakers or reconcile")
				}
				if len(args) != 2 {
					return usagef("want one data set: ecbplus, allsides or a path to either")
				}
				ds, err := resolveDataset(args[1], o.dir)
				if err != nil {
					return err
				}
				return evalCluster(ctx, env, ds, o)
			}
		},
	})
}

// evalClusterOptions are the flags of eval cluster.
type evalClusterOptions struct {
	dir       string
	story     story.Options
	baselines bool
	cpus      int
	errors    bool // eval speakers
}

// clusterDataset is a data set eval cluster knows how to load.
type clusterDataset struct {
	name   string // "ecbplus" or "allsides"
	title  string // how the table is headed
	dir    string
	load   func(dir string) ([]eval.ClusterDoc, error)
	level  string // what its gold clusters are called
	levels string // the plural
}

var clusterDatasets = []clusterDataset{
	{name: "ecbplus", title: "ECB+", load: eval.LoadECBPlus, level: "sub-topic", levels: "sub-topics"},
	{name: "allsides", title: "AllSides", load: eval.LoadAllSides, level: "story", levels: "stories"},
}

// resolveDataset turns the DATASET argument and --dir into a data set: a
// name picks its default directory unless dir is given; a path is
// recognised by what it holds.
func resolveDataset(arg, dir string) (clusterDataset, error) {
	for _, ds := range clusterDatasets {
		if arg == ds.name {
			ds.dir = filepath.Join("..", "shared", "bench", ds.name)
			if dir != "" {
				ds.dir = dir
			}
			if _, err := os.Stat(ds.dir); err != nil {
				return ds, fmt.Errorf("%s data not found at %s (give its directory with --dir)", ds.title, ds.dir)
			}
			return ds, nil
		}
	}
	if dir != "" {
		return clusterDataset{}, usagef("--dir goes with a data set name, not the path %s", arg)
	}
	if _, err := os.Stat(arg); err != nil {
		return clusterDataset{}, usagef("unknown data set %q: want ecbplus, allsides or a path to either", arg)
	}
	// A path: ECB+ holds an ECB+ directory, AllSides its JSONL crawl.
	for i, probe := range []string{"ECB+", "headline_11_2021-10-19_crawled_all.jsonl"} {
		if _, err := os.Stat(filepath.Join(arg, probe)); err == nil {
			ds := clusterDatasets[i]
			ds.dir = arg
			return ds, nil
		}
	}
	return clusterDataset{}, fmt.Errorf("%s holds neither ECB+ (an ECB+ directory) nor AllSides (its headline_11_*.jsonl crawl)", arg)
}

// evalCluster loads a data set, clusters it with the story index and the
// baselines, and prints the scores.
func evalCluster(ctx context.Context, env *Env, ds clusterDataset, o evalClusterOptions) error {
	docs, err := ds.load(ds.dir)
	if err != nil {
		return err
	}
	if o.cpus > 0 {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(o.cpus))
	}
	gold, topics := map[string]bool{}, map[string]bool{}
	for _, d := range docs {
		gold[d.Gold] = true
		if d.Topic != "" {
			topics[d.Topic] = true
		}
	}
	fmt.Fprintf(env.Stdout, "%s: %d documents in %d %s", ds.title, len(docs), len(gold), ds.levels)
	if len(topics) > 0 {
		fmt.Fprintf(env.Stdout, " of %d topics", len(topics))
	}
	fmt.Fprintf(env.Stdout, ", from %s; threshold %s, window %s, GOMAXPROCS=%d\n\n",
		ds.dir, orDefault(o.story.Threshold != 0, fmt.Sprint(o.story.Threshold)),
		orDefault(o.story.Window != 0, o.story.Window.String()), runtime.GOMAXPROCS(0))

	methods := []clusterMethod{{"parallax", storyClusterer(o.story)}}
	if o.baselines {
		methods = append(methods, clusterMethod{"singletons", eval.Singletons})
		if len(topics) > 0 {
			methods = append(methods, clusterMethod{"gold topics", eval.GoldTopics})
		}
	}

	var subRows, topicRows []eval.ClusterRow
	for _, m := range methods {
		if err := ctx.Err(); err != nil {
			return err
		}
		sub, topic, elapsed := eval.EvalCluster(docs, m.f)
		speed := 0.0
		if m.name == "parallax" {
			speed = eval.DocsPerSec(len(docs), elapsed) // baselines are not worth timing
		}
		subRows = append(subRows, eval.ClusterRow{Level: ds.level, Method: m.name, Score: sub, DocsPerSec: speed})
		// Clustering by gold topic is perfect at topic level by definition.
		if len(topics) > 0 && m.name != "gold topics" {
			topicRows = append(topicRows, eval.ClusterRow{Level: "topic", Method: m.name, Score: topic, DocsPerSec: speed})
		}
	}
	eval.WriteClusterTable(env.Stdout, "", append(subRows, topicRows...))
	return nil
}

// clusterMethod is a clusterer under evaluation, named for the table.
type clusterMethod struct {
	name string
	f    eval.ClusterFunc
}

// storyClusterer clusters docs with a fresh story index, in one batch, and
// labels each by its story. The articles are copied so that the index's
// annotations (story, duplicate) do not leak from one run into the next.
func storyClusterer(opt story.Options) eval.ClusterFunc {
	return func(docs []eval.ClusterDoc) []string {
		as := make([]*parallax.Article, len(docs))
		for i, d := range docs {
			a := *d.Article
			as[i] = &a
		}
		assigned := story.NewIndex(opt).AddBatch(as)
		labels := make([]string, len(docs))
		for i, a := range assigned {
			labels[i] = a.Story
		}
		return labels
	}
}

func orDefault(set bool, v string) string {
	if !set {
		return "default"
	}
	return v
}
