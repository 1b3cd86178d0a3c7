// Package eval scores Parallax against public gold data and against the
// libraries it is built on.
//
// It sits above the pipeline stages: it feeds them the benchmark inputs,
// scores what comes out with the benchmark's own metric and times the run.
//
//   - Article extraction: the Article Extraction Benchmark (LoadAEB,
//     ShingleScore); BenchExtract runs several extractors over it side by
//     side and WriteExtractTable prints the comparison.
//   - Story clustering: ECB+ and AllSides (LoadECBPlus, LoadAllSides) with
//     their gold clusters hidden from the clusterer; ScoreClusters gives
//     pairwise and B-cubed precision, recall and F1, EvalCluster runs a
//     clusterer at sub-topic and topic level, and WriteClusterTable prints
//     it beside trivial baselines.
//   - Time expressions: TimeML documents (LoadTimeML, e.g. TempEval-3's
//     TimeBank and AQUAINT) scored the TempEval-3 way by ScoreTimex and
//     EvalTimex: strict and relaxed span, type and value.
//   - Attributions: PolNeAR's brat standoff annotations (LoadPolNeAR,
//     ParseBrat) scored by ScoreAttributions and EvalAttributions: exact,
//     strict and token-overlap precision, recall and F1 for source, cue
//     and content, for all attributions and for speech alone.
//   - Speakers: invented passages with each quote's speaker decided by a
//     reader (LoadSpeakerSet; testdata/speakers) against the speakers a
//     finder resolves (ScoreSpeakers): what PolNeAR's spans as written do
//     not measure.
//   - Reconciliation: a corpus's gold facts (LoadFactGold, gold.json
//     beside its articles) against the facts of its stories (ScoreFacts):
//     precision and recall of differ verdicts, agree and single found, and
//     the misses and invented disagreements by name.
package eval
