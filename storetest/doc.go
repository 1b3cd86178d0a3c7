// Package storetest is the behaviour test suite every parallax.Store
// implementation must pass. Each adapter (sqlite, later postgres) calls Run
// from its own tests with a function that opens a fresh, empty store, so all
// of them are held to one contract: save statuses and revisions, lookups,
// listing order and filters, full-text search with hostile queries,
// concurrent writers, and an exact round trip of every Article field; and
// for stories: the story assignment of articles (updated in place without a
// new revision), a round trip of every Story field (empty lists come back
// nil), listing order and filters, and the clusterer's snapshot.
//
// It imports testing and is meant to be imported only from _test files.
package storetest
