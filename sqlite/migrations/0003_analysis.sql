-- 0003: what the analysis stages derive from an article's text
-- (quantities, time expressions; later quotes and entities), as one JSON
-- object per revision. It is derived data: an unchanged article analysed
-- by a newer Parallax gets the new analysis in place. Rows written before
-- this migration read as "nothing found".
ALTER TABLE articles          ADD COLUMN analysis TEXT NOT NULL DEFAULT '{}';
ALTER TABLE article_revisions ADD COLUMN analysis TEXT NOT NULL DEFAULT '{}';
