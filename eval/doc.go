// Package eval scores Parallax against public gold data and against the
// libraries it is built on.
//
// It sits above the pipeline stages: it feeds them the benchmark inputs,
// scores what comes out with the benchmark's own metric and times the run.
// The first benchmark is the Article Extraction Benchmark (AEB, see
// LoadAEB and ShingleScore); BenchExtract runs several extractors over it
// side by side and WriteExtractTable prints the comparison.
package eval
