// Package sqlite is the embedded store: it implements parallax.Store on
// SQLite through modernc.org/sqlite, a pure-Go port, so the binary builds
// with CGO_ENABLED=0.
//
// It sits at the end of the pipeline (… → reconcile → store) and is picked
// by cmd/parallax; no stage imports it.
//
// A store is one file (or ":memory:" for tests) with the schema created by
// the numbered migrations embedded from migrations/. The file runs in WAL
// mode: one connection writes, serialised with BEGIN IMMEDIATE, while a pool
// of read-only connections serves concurrent readers. Titles and texts are
// indexed with FTS5 for Search.
//
// Stories live in their own table with their article ids, outlets,
// related stories and timeline as JSON lists; a story_outlets table indexes the outlets
// for filtered listings. An article's story assignment (story, duplicate_of,
// overlap) is a column set on articles, updated in place without a new
// revision. The story clusterer's snapshot is one blob in story_index.
package sqlite
