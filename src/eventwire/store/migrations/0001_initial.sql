-- eventwire store schema, version 1.
-- Applied inside one transaction by eventwire/store/migrate.py, which records the version in
-- meta. Journal mode (WAL) and foreign keys are connection settings, set by sqlite.py.
-- Every child table keeps `seq`, the record's position in its article, so get() returns
-- records in the order the pipeline produced them.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE articles (
    id          TEXT PRIMARY KEY,
    source      TEXT,
    published   TEXT,              -- YYYY-MM-DD
    url         TEXT,
    title       TEXT,
    language    TEXT NOT NULL,
    text        TEXT NOT NULL,
    text_hash   TEXT NOT NULL,     -- sha256 of text
    result_hash TEXT NOT NULL,     -- sha256 of the canonical result JSON, without text
    ingested_at TEXT NOT NULL      -- UTC, ISO 8601
);
CREATE INDEX articles_published ON articles (published);

CREATE TABLE actors (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    id         TEXT NOT NULL,
    name       TEXT NOT NULL,
    kind       TEXT NOT NULL,
    country    TEXT,
    sector     TEXT,
    role       TEXT,
    mentions   TEXT NOT NULL,      -- JSON list of spans
    n_events   INTEGER NOT NULL,   -- events of the article naming it as source or target
    search     TEXT NOT NULL,      -- name and mention texts, casefolded, one per line
    PRIMARY KEY (article_id, seq)
);
CREATE INDEX actors_ref ON actors (article_id, id);
CREATE INDEX actors_country ON actors (country COLLATE NOCASE);
-- (name, country) is how actors are grouped across articles.
CREATE INDEX actors_name ON actors (name, country);

CREATE TABLE places (
    article_id   TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    seq          INTEGER NOT NULL,
    id           TEXT NOT NULL,
    name         TEXT NOT NULL,
    geonameid    INTEGER,
    lat          REAL,
    lon          REAL,
    country      TEXT,
    admin1       TEXT,
    feature_code TEXT,
    precision    TEXT NOT NULL,
    mentions     TEXT NOT NULL,    -- JSON list of spans
    PRIMARY KEY (article_id, seq)
);
CREATE INDEX places_ref ON places (article_id, id);

CREATE TABLE times (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    text       TEXT NOT NULL,
    char_start INTEGER NOT NULL,
    char_end   INTEGER NOT NULL,
    type       TEXT NOT NULL,
    value      TEXT,
    PRIMARY KEY (article_id, seq)
);

CREATE TABLE events (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    id         TEXT NOT NULL,
    type       TEXT NOT NULL,
    mode       TEXT,
    cameo      TEXT,
    quad       INTEGER NOT NULL,
    date_value TEXT,               -- YYYY-MM-DD | YYYY-MM | YYYY
    confidence REAL NOT NULL,      -- as in the JSON form: rounded to 3 places
    source     TEXT NOT NULL,      -- JSON list of actor ids
    target     TEXT NOT NULL,      -- JSON list of actor ids
    place      TEXT,
    story_id   TEXT,               -- set by fusion; NULL until then
    data       TEXT NOT NULL,      -- the full event JSON; the columns above are for filtering
    PRIMARY KEY (article_id, seq)
);
-- Both indexes end in the query order (date, article, position), so a LIMIT stops early.
-- NOCASE so that `type = ? COLLATE NOCASE` (case-insensitive filters) can use the index.
CREATE INDEX events_type ON events (type COLLATE NOCASE, date_value, article_id, seq);
CREATE INDEX events_date ON events (date_value, article_id, seq);
CREATE INDEX events_story ON events (story_id);

CREATE TABLE quotes (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    id         TEXT NOT NULL,
    speaker    TEXT,               -- actor id
    direct     INTEGER NOT NULL,
    channel    TEXT,
    data       TEXT NOT NULL,      -- the full quote JSON
    PRIMARY KEY (article_id, seq)
);
