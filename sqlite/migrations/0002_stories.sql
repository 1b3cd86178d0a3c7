-- 0002: stories, each article's place in one, and the clusterer's snapshot.
--
-- The story assignment belongs to the article, not to one revision of it:
-- it lives on articles only, and a revision read back carries the current
-- assignment. Defaults let rows written before this migration read as
-- "not assigned yet".
ALTER TABLE articles ADD COLUMN story        TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN duplicate_of TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN overlap      REAL NOT NULL DEFAULT 0 CHECK (overlap >= 0 AND overlap <= 1);

-- The articles of one story. Partial: unassigned articles cost nothing.
CREATE INDEX articles_story ON articles (story) WHERE story <> '';

CREATE TABLE stories (
	id             TEXT    PRIMARY KEY,
	title          TEXT    NOT NULL,
	articles       TEXT    NOT NULL, -- JSON array of article ids, in story order
	outlets        TEXT    NOT NULL, -- JSON array of outlet names, sorted
	-- As articles.published: RFC 3339 with the original offset, NULL when
	-- unknown, and the same instant as fixed-width UTC text for sorting.
	first_seen     TEXT,
	first_seen_utc TEXT,
	last_seen      TEXT,
	last_seen_utc  TEXT,
	related        TEXT    NOT NULL, -- JSON array of story ids
	size           INTEGER NOT NULL CHECK (size >= 0), -- number of articles
	updated        TEXT    NOT NULL  -- when the story was last saved, UTC
);

-- Listing order: biggest first, then most recently seen (unknown last),
-- then id.
CREATE INDEX stories_order ON stories (size DESC, last_seen_utc IS NULL, last_seen_utc DESC, id);

-- The outlets of each story, one row per pair, so that "stories with an
-- article from this outlet" is an index lookup rather than a scan of the
-- outlets JSON of every story.
CREATE TABLE story_outlets (
	outlet TEXT NOT NULL,
	story  TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
	PRIMARY KEY (outlet, story)
) WITHOUT ROWID;

CREATE INDEX story_outlets_story ON story_outlets (story);

-- The story clusterer's state, one row at most: the last snapshot saved.
CREATE TABLE story_index (
	id       INTEGER PRIMARY KEY CHECK (id = 1),
	snapshot BLOB    NOT NULL,
	saved    TEXT    NOT NULL
);
