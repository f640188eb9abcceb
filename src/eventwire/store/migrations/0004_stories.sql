-- eventwire store schema, version 4: stories at ingest and fused events (store/stories.py).
-- story_profiles, story_postings and story_df are the story index (fusion/index.py): each
-- article's profile, an inverted index feature -> articles filed under their day ('' when
-- undated), and how many articles have each feature. stories and fused_events are rebuilt
-- from their member articles whenever one joins or leaves. meta keeps the profile count.

ALTER TABLE articles ADD COLUMN story_id TEXT;
CREATE INDEX articles_story ON articles (story_id);

CREATE TABLE story_profiles (
    article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    story_id   TEXT NOT NULL,
    seq        INTEGER NOT NULL,   -- order of filing, so members come most recent first
    day        TEXT NOT NULL,      -- YYYY-MM-DD, '' when undated
    data       TEXT NOT NULL       -- Profile.to_dict()
);
CREATE INDEX story_profiles_story ON story_profiles (story_id, seq);

CREATE TABLE story_postings (
    feature    TEXT NOT NULL,
    day        TEXT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    PRIMARY KEY (feature, day, article_id)
) WITHOUT ROWID;
CREATE INDEX story_postings_article ON story_postings (article_id);

CREATE TABLE story_df (
    feature TEXT PRIMARY KEY,
    n       INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE stories (
    id         TEXT PRIMARY KEY,
    first_date TEXT,
    last_date  TEXT,
    country    TEXT,
    data       TEXT NOT NULL       -- Story.to_dict()
);
CREATE INDEX stories_first ON stories (first_date, id);
CREATE INDEX stories_last ON stories (last_date);

CREATE TABLE fused_events (
    id         TEXT PRIMARY KEY,
    story_id   TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    type       TEXT NOT NULL,
    date_value TEXT,               -- the best supported date
    confidence REAL NOT NULL,
    countries  TEXT NOT NULL,      -- '|IRQ|USA|': the countries of its actors
    names      TEXT NOT NULL,      -- casefolded actor names, one a line
    data       TEXT NOT NULL       -- FusedEvent.to_dict()
);
CREATE INDEX fused_story ON fused_events (story_id, seq);
CREATE INDEX fused_date ON fused_events (date_value, story_id, seq);
CREATE INDEX fused_type ON fused_events (type COLLATE NOCASE, date_value, story_id, seq);

CREATE TABLE fused_members (
    article_id TEXT NOT NULL,
    fused_id   TEXT NOT NULL REFERENCES fused_events (id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, fused_id)
) WITHOUT ROWID;
CREATE INDEX fused_members_fused ON fused_members (fused_id);
