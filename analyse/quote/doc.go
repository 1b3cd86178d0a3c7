// Package quote finds attributions in an article's text — direct quotes
// in quote marks and reported speech — with their speakers resolved, and
// lines up the quotes of a story's articles across outlets.
//
// It sits in the analyse stage: Find runs on one article after sentence
// splitting and entity tagging; Group runs on a story's articles once
// stories and copies are assigned.
package quote
