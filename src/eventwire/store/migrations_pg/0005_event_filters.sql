-- eventwire store schema, version 5, PostgreSQL form of migrations/0005_event_filters.sql.
-- postgres_conn.py fills the two search columns of existing rows after this file, with
-- Python's casefold (PostgreSQL's lower() is not the same).

ALTER TABLE events ADD COLUMN date_precision TEXT COLLATE "C";
ALTER TABLE events ADD COLUMN sentence_search TEXT COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN trigger_search TEXT COLLATE "C" NOT NULL DEFAULT '';
UPDATE events SET date_precision = data::jsonb #>> '{date,precision}';

DROP INDEX events_story;
CREATE INDEX events_story ON events (story_id, date_value NULLS FIRST, article_id, seq);

-- Each event once per country of the actors it names, by country and date
-- (postgres_write.fill_event_countries keeps it filled).
CREATE TABLE event_countries (
    article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    country    TEXT COLLATE "C" NOT NULL,  -- upper-cased alpha-3
    date_value TEXT COLLATE "C"
);
CREATE INDEX event_countries_country
    ON event_countries (lower(country), date_value NULLS FIRST, article_id, seq);
CREATE INDEX event_countries_event ON event_countries (article_id, seq);
INSERT INTO event_countries (article_id, seq, country, date_value)
SELECT DISTINCT e.article_id, e.seq, upper(a.country), e.date_value
FROM events e JOIN actors a ON a.article_id = e.article_id
WHERE a.country <> ''
  AND a.id IN (SELECT jsonb_array_elements_text(e.source::jsonb)
               UNION ALL SELECT jsonb_array_elements_text(e.target::jsonb));
