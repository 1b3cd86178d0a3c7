// Package textclean removes what is not the article from plain text scraped
// from the web: donation and paywall widgets, share and follow lines,
// interface strings, captions and photo credits, copyright notices and
// reader-comment sections. It also lifts the title and the dateline's date.
//
// It sits in the extract stage, for documents whose Format is text, where no
// DOM is left to guide extraction. The method is jusText's (Pomikálek 2011):
// paragraphs are classified by their own features — length, stop-word
// density in the text's language, sentence punctuation, interface cue words,
// repetition — into good, near-good, short and bad, and then short and
// near-good paragraphs take the class of their neighbours, so that a section
// heading between article paragraphs stays while a short widget line among
// boilerplate goes. Comment sections, whose bodies are real sentences, are
// found as a whole from the cluster of widget lines, user names and
// timestamps that opens them.
//
// Clean returns the title, the body, the removed paragraphs and the date of
// a dateline; ParseDate is the date reader it uses, exported for other
// stages. The package is a leaf: it imports only the standard library, and
// both are pure functions of their input, linear in its length (about 0.4 ms
// for 10 KB).
package textclean
