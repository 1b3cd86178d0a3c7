-- 0004: a story's timeline, as one JSON array of entries
-- ({"date", "granularity", "summary", "actor", "articles"}) in date order.
-- It is derived from the story's articles and always read whole, so a
-- column rather than a table. Stories saved before this migration read
-- as "no timeline built yet".
ALTER TABLE stories ADD COLUMN timeline TEXT NOT NULL DEFAULT '[]';
