// Package extract turns a raw Document into an Article: the article body
// without boilerplate, and its metadata.
//
// It is the second stage of the pipeline (source → extract → analyse …).
// HTML pages go through go-trafilatura, with go-readability as the fallback
// when trafilatura finds too little; plain text goes through
// internal/textclean. Metadata the source already knows (Document.Meta)
// always wins over what the page says.
package extract
