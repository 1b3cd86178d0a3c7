// Package parallax holds the domain of Parallax: the types every stage of the
// pipeline passes along (Document, Article, Span, Diagnostic), the one
// application error type, and the Store interface that storage adapters
// implement.
//
// The pipeline runs one way:
//
//	source → extract → analyse → stories → reconcile → store → report / serve
//
// This package sits at the bottom: it imports only the standard library, and
// every stage depends on it rather than on another stage.
package parallax
