// Package extract turns a raw Document into an Article: the article body
// without boilerplate, and its metadata.
//
// It is the second stage of the pipeline (source → extract → analyse …).
// HTML pages are parsed once, stripped of scripts, styles and comments,
// and handed to go-trafilatura; go-readability runs on the same tree when
// trafilatura finds too little. Plain text goes through
// internal/textclean. Either way the body comes out as paragraphs joined
// by one blank line, white space collapsed, control characters dropped,
// in Unicode NFC. Metadata the source already knows (Document.Meta) always
// wins over what the page says.
//
// Trafilatura and Readability expose the two libraries unchanged, as the
// baselines eval measures Extract against.
package extract
