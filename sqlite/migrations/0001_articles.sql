-- 0001: articles, their revisions, and the full-text index.
--
-- articles holds the current revision of each article. Its integer key pk is
-- only there to give the external-content FTS table a stable rowid: the
-- implicit rowid of a table may be renumbered by VACUUM, an INTEGER PRIMARY
-- KEY may not.
CREATE TABLE articles (
	pk             INTEGER PRIMARY KEY,
	id             TEXT    NOT NULL UNIQUE,
	source         TEXT    NOT NULL,
	outlet         TEXT    NOT NULL,
	url            TEXT    NOT NULL,
	title          TEXT    NOT NULL,
	author         TEXT    NOT NULL,
	-- published keeps the time as given (RFC 3339 with its offset); NULL
	-- when unknown. published_utc is the same instant as fixed-width UTC
	-- text, so it sorts and compares as a string.
	published      TEXT,
	published_utc  TEXT,
	published_from TEXT    NOT NULL,
	language       TEXT    NOT NULL,
	text           TEXT    NOT NULL,
	sentences      TEXT    NOT NULL, -- JSON array of {start,end}
	removed        TEXT    NOT NULL, -- JSON array of strings
	extra          TEXT    NOT NULL, -- JSON object, raw values kept verbatim
	content_hash   TEXT    NOT NULL,
	revision       INTEGER NOT NULL CHECK (revision >= 1),
	ingested       TEXT    NOT NULL
);

-- Listing order: newest first, unknown dates last, then id.
CREATE INDEX articles_published ON articles (published_utc IS NULL, published_utc DESC, id);
-- The same order within one outlet or language, for filtered listings.
CREATE INDEX articles_outlet ON articles (outlet, published_utc IS NULL, published_utc DESC, id);
CREATE INDEX articles_language ON articles (language, published_utc IS NULL, published_utc DESC, id);

-- Every revision ever saved, the current one included.
CREATE TABLE article_revisions (
	id             TEXT    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	revision       INTEGER NOT NULL CHECK (revision >= 1),
	source         TEXT    NOT NULL,
	outlet         TEXT    NOT NULL,
	url            TEXT    NOT NULL,
	title          TEXT    NOT NULL,
	author         TEXT    NOT NULL,
	published      TEXT,
	published_utc  TEXT,
	published_from TEXT    NOT NULL,
	language       TEXT    NOT NULL,
	text           TEXT    NOT NULL,
	sentences      TEXT    NOT NULL,
	removed        TEXT    NOT NULL,
	extra          TEXT    NOT NULL,
	content_hash   TEXT    NOT NULL,
	ingested       TEXT    NOT NULL,
	PRIMARY KEY (id, revision)
);

-- Full-text index over the current title and text. External content: the
-- text lives once, in articles; the triggers below keep the index in step
-- inside the writing transaction.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
	title,
	text,
	content = 'articles',
	content_rowid = 'pk',
	tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
	INSERT INTO articles_fts (rowid, title, text) VALUES (new.pk, new.title, new.text);
END;

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
	INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.pk, old.title, old.text);
END;

CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
	INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.pk, old.title, old.text);
	INSERT INTO articles_fts (rowid, title, text) VALUES (new.pk, new.title, new.text);
END;
