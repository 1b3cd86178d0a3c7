// Package http serves the store over HTTP: the web workspace (HTML pages
// rendered with html/template, a little htmx, one stylesheet) and the JSON
// API under /api/. It sits at the top of the pipeline, beside report: it
// reads the store, and runs the pipeline for ingests the user starts from
// the Add page or POST /api/ingest.
//
// Templates and static files are embedded, so the binary serves them with
// nothing on disk. Every piece of article text goes through html/template
// escaping; URLs given by users are fetched with the private-address guard
// on unless Config.AllowPrivate says otherwise.
package http
