// Package story finds copies and groups articles into stories.
//
// It sits after analysis in the pipeline:
//
//	source → extract → analyse → stories → reconcile → store → report
//
// An Index takes articles one at a time (or a batch at a time) and decides
// for each whether it copies an earlier article (MinHash over word shingles
// with LSH banding) and which story it belongs to (single-pass clustering
// over TF-IDF vectors of stemmed words, names, numbers and dates, with
// candidate stories retrieved through an inverted index over the terms of
// their centroids). The package is pure and in memory: a store persists an
// Index through MarshalBinary and UnmarshalBinary.
package story
