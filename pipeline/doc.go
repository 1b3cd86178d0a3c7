// Package pipeline runs the stages of Parallax in order over a set of
// inputs: source → extract → analyse → store. Extraction runs on a bounded
// pool of workers; saving is serialised, one transaction per article, so a
// failed input never leaves half an article behind.
//
// The pipeline knows the stages only through their package APIs; it is the
// one place besides cmd/parallax that wires them together.
package pipeline
