// Package report renders the outputs of a Parallax run: a terminal report
// for people (the default), a Markdown document, and a versioned JSON
// document that other programs read.
//
// It sits at the end of the pipeline:
//
//	source → extract → analyse → stories → reconcile → store → report
//
// and depends only on the domain package. Rendering is pure: a Report goes
// in, bytes come out, nothing is read from the clock or the environment, so
// the same Report always gives the same output.
//
// When the run grouped its articles into stories, the terminal and Markdown
// reports lead with them: each story with its counts, outlets and dates and
// a line per article, copies of one text marked and counted once as a
// source, then the story's timeline when it has one: dated entries that
// name the articles reporting them. WriteStory renders the single-story
// view.
//
// The JSON document is a public interface. Its shape is the set of *JSON
// types in json.go and is described field by field in docs/json.md; fields
// are only ever added, never renamed or removed, and Version changes only on
// a breaking change.
package report
