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
package sqlite
