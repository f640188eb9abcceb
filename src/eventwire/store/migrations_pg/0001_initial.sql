-- eventwire store schema, version 1, PostgreSQL form of migrations/0001_initial.sql.
-- Applied by eventwire/store/postgres_schema.py in one transaction holding an advisory lock.
-- Differences from SQLite, all for the same answers from the same queries:
--   * text is COLLATE "C": compared and sorted by code point, as SQLite (and Python) do;
--   * articles.stored_seq stands in for SQLite's rowid: the order articles were stored in;
--   * case-insensitive filters use lower(...) expression indexes instead of COLLATE NOCASE;
--   * JSON is kept as text, exactly as SQLite keeps it, and cast to jsonb where queried.

CREATE TABLE meta (
    key   TEXT COLLATE "C" PRIMARY KEY,
    value TEXT COLLATE "C" NOT NULL
);

CREATE TABLE articles (
    id          TEXT COLLATE "C" PRIMARY KEY,
    stored_seq  BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
    source      TEXT COLLATE "C",
    published   TEXT COLLATE "C",  -- YYYY-MM-DD
    url         TEXT COLLATE "C",
    title       TEXT COLLATE "C",
    language    TEXT COLLATE "C" NOT NULL,
    text        TEXT COLLATE "C" NOT NULL,
    text_hash   TEXT COLLATE "C" NOT NULL,
    result_hash TEXT COLLATE "C" NOT NULL,
    ingested_at TEXT COLLATE "C" NOT NULL
);
CREATE INDEX articles_published ON articles (published);

CREATE TABLE actors (
    article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    id         TEXT COLLATE "C" NOT NULL,
    name       TEXT COLLATE "C" NOT NULL,
    kind       TEXT COLLATE "C" NOT NULL,
    country    TEXT COLLATE "C",
    sector     TEXT COLLATE "C",
    role       TEXT COLLATE "C",
    mentions   TEXT COLLATE "C" NOT NULL,  -- JSON list of spans
    n_events   INTEGER NOT NULL,
    search     TEXT COLLATE "C" NOT NULL,  -- name and mention texts, casefolded, one per line
    PRIMARY KEY (article_id, seq)
);
CREATE INDEX actors_ref ON actors (article_id, id);
CREATE INDEX actors_country ON actors (lower(country));
CREATE INDEX actors_name ON actors (name, country);

CREATE TABLE places (
    article_id   TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    seq          INTEGER NOT NULL,
    id           TEXT COLLATE "C" NOT NULL,
    name         TEXT COLLATE "C" NOT NULL,
    geonameid    BIGINT,
    lat          DOUBLE PRECISION,
    lon          DOUBLE PRECISION,
    country      TEXT COLLATE "C",
    admin1       TEXT COLLATE "C",
    feature_code TEXT COLLATE "C",
    precision    TEXT COLLATE "C" NOT NULL,
    mentions     TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (article_id, seq)
);
CREATE INDEX places_ref ON places (article_id, id);

CREATE TABLE times (
    article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    text       TEXT COLLATE "C" NOT NULL,
    char_start INTEGER NOT NULL,
    char_end   INTEGER NOT NULL,
    type       TEXT COLLATE "C" NOT NULL,
    value      TEXT COLLATE "C",
    PRIMARY KEY (article_id, seq)
);

CREATE TABLE events (
    article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    id         TEXT COLLATE "C" NOT NULL,
    type       TEXT COLLATE "C" NOT NULL,
    mode       TEXT COLLATE "C",
    cameo      TEXT COLLATE "C",
    quad       INTEGER NOT NULL,
    date_value TEXT COLLATE "C",
    confidence DOUBLE PRECISION NOT NULL,
    source     TEXT COLLATE "C" NOT NULL,  -- JSON list of actor ids
    target     TEXT COLLATE "C" NOT NULL,  -- JSON list of actor ids
    place      TEXT COLLATE "C",
    story_id   TEXT COLLATE "C",
    data       TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (article_id, seq)
);
-- Undated events sort first, as NULLs do in SQLite.
CREATE INDEX events_type ON events (lower(type), date_value NULLS FIRST, article_id, seq);
CREATE INDEX events_date ON events (date_value NULLS FIRST, article_id, seq);
CREATE INDEX events_story ON events (story_id);

CREATE TABLE quotes (
    article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    id         TEXT COLLATE "C" NOT NULL,
    speaker    TEXT COLLATE "C",
    direct     INTEGER NOT NULL,
    channel    TEXT COLLATE "C",
    data       TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (article_id, seq)
);
