-- eventwire store schema, version 5: what the REST API's queries need (docs/api.md).
-- date_precision lets /api/stats count per day in SQL; sentence_search and trigger_search hold
-- the casefolded sentence and trigger texts for the free-text filter (EventFilter.text).
-- event_countries lists each event once per country of the actors it names, in an index by
-- country and date, so a country's page of events is read in order (sqlite_sql.events_sql);
-- it is refilled for an article whenever its actors change (insert, rename, merge).
-- migrate.py fills the two search columns of existing rows after this file (casefold is
-- Python's; SQLite's lower() folds ASCII only).

ALTER TABLE events ADD COLUMN date_precision TEXT;            -- day | month | year | ...
ALTER TABLE events ADD COLUMN sentence_search TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN trigger_search TEXT NOT NULL DEFAULT '';
UPDATE events SET date_precision = json_extract(data, '$.date.precision');

-- A story's events in date order (either way), so its pages stop early as the others do.
DROP INDEX events_story;
CREATE INDEX events_story ON events (story_id, date_value, article_id, seq);

CREATE TABLE event_countries (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,   -- the event's seq
    country    TEXT NOT NULL,      -- upper-cased alpha-3
    date_value TEXT                -- the event's, for the order
);
CREATE INDEX event_countries_country
    ON event_countries (country COLLATE NOCASE, date_value, article_id, seq);
CREATE INDEX event_countries_event ON event_countries (article_id, seq);
INSERT INTO event_countries (article_id, seq, country, date_value)
SELECT DISTINCT e.article_id, e.seq, upper(a.country), e.date_value
FROM events e JOIN actors a ON a.article_id = e.article_id
WHERE a.country IS NOT NULL AND a.country != ''
  AND a.id IN (SELECT value FROM json_each(e.source) UNION ALL SELECT value FROM json_each(e.target));
