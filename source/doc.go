// Package source turns the inputs a user names — files, directories,
// standard input, URLs and feeds — into raw parallax.Documents. It is the
// first stage of the pipeline:
//
//	source → extract → analyse → stories → reconcile → store → report
//
// Read takes the arguments of `parallax ingest SRC...` and yields one
// Result per document, per failed input, or per note. Inputs fail
// independently: a missing file, a broken JSONL line or a server answering
// 500 becomes a Result whose Err names the input, and reading goes on.
//
// What an argument may be:
//
//   - a file, typed by extension: .html/.htm, .txt/.md, .jsonl/.json,
//     .warc, .rss/.atom/.xml, each optionally gzip-compressed (.gz suffix
//     or gzip magic bytes); a file of unknown extension is sniffed;
//   - a directory, walked recursively in lexical order, hidden entries
//     skipped, files of unknown type skipped with one summarising note;
//   - "-" for standard input, its format sniffed;
//   - an http:// or https:// URL: a page, or a feed whose items are fetched.
//
// Source names: a Document's Source is the input as given; records inside a
// container get "#N" appended. For JSONL N is the line number (blank lines
// count), for a .json array, a WARC file or a feed N is the record's
// ordinal, 1-based (WARC counts every record, warcinfo and request records
// included, so that #N points at the Nth record of the file). A .json file
// holding a single object is one document named by the path alone.
//
// Feeds: each item's linked page is fetched and preferred, its Meta taken
// from the item (title, date, author, the page's final URL); the item's own
// content (content:encoded, or a description over 500 characters) stands in
// when there is no page to fetch, fetching fails, or — for a saved feed —
// the content is already substantial. Only such stand-ins get the feed's
// title as Outlet; for a fetched page extraction finds the outlet.
//
// Size limits: Options.MaxBytes caps every single-document file, every HTTP
// body and every decompressed stream that is read whole. JSONL and WARC are
// streamed, so the cap applies per line and per record instead: a
// multi-gigabyte crawl is fine, one huge record is not.
//
// Every Document body handed over is valid UTF-8: HTML is converted from the
// charset its Content-Type or meta tag declares; text and JSONL that are not
// UTF-8 are rejected with the byte offset of the first bad byte.
package source
