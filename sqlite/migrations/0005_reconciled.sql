-- 0005: what reconciling a story finds across its articles (its quotes,
-- speakers, entities, facts, unique details and each outlet's coverage),
-- as one JSON object. Derived from the story's articles and rebuilt with
-- its timeline, so a column rather than tables. Stories saved before this
-- migration read as "not reconciled yet".
ALTER TABLE stories ADD COLUMN reconciled TEXT NOT NULL DEFAULT '{}';
