-- eventwire store schema, version 4, PostgreSQL form of migrations/0004_stories.sql.

ALTER TABLE articles ADD COLUMN story_id TEXT COLLATE "C";
CREATE INDEX articles_story ON articles (story_id);

CREATE TABLE story_profiles (
    article_id TEXT COLLATE "C" PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    story_id   TEXT COLLATE "C" NOT NULL,
    seq        INTEGER NOT NULL,
    day        TEXT COLLATE "C" NOT NULL,
    data       TEXT COLLATE "C" NOT NULL
);
CREATE INDEX story_profiles_story ON story_profiles (story_id, seq);

CREATE TABLE story_postings (
    feature    TEXT COLLATE "C" NOT NULL,
    day        TEXT COLLATE "C" NOT NULL,
    article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    PRIMARY KEY (feature, day, article_id)
);
CREATE INDEX story_postings_article ON story_postings (article_id);

CREATE TABLE story_df (
    feature TEXT COLLATE "C" PRIMARY KEY,
    n       INTEGER NOT NULL
);

CREATE TABLE stories (
    id         TEXT COLLATE "C" PRIMARY KEY,
    first_date TEXT COLLATE "C",
    last_date  TEXT COLLATE "C",
    country    TEXT COLLATE "C",
    data       TEXT COLLATE "C" NOT NULL
);
CREATE INDEX stories_first ON stories (first_date NULLS FIRST, id);
CREATE INDEX stories_last ON stories (last_date);

CREATE TABLE fused_events (
    id         TEXT COLLATE "C" PRIMARY KEY,
    story_id   TEXT COLLATE "C" NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    type       TEXT COLLATE "C" NOT NULL,
    date_value TEXT COLLATE "C",
    confidence DOUBLE PRECISION NOT NULL,
    countries  TEXT COLLATE "C" NOT NULL,  -- '|IRQ|USA|': the countries of its actors
    names      TEXT COLLATE "C" NOT NULL,  -- casefolded actor names, one a line
    data       TEXT COLLATE "C" NOT NULL
);
CREATE INDEX fused_story ON fused_events (story_id, seq);
CREATE INDEX fused_date ON fused_events (date_value NULLS FIRST, story_id, seq);
CREATE INDEX fused_type ON fused_events (lower(type), date_value NULLS FIRST, story_id, seq);

CREATE TABLE fused_members (
    article_id TEXT COLLATE "C" NOT NULL,
    fused_id   TEXT COLLATE "C" NOT NULL REFERENCES fused_events (id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, fused_id)
);
CREATE INDEX fused_members_fused ON fused_members (fused_id);
