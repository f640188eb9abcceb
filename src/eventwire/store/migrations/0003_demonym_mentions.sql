-- eventwire store schema, version 3: a place's demonym_mentions (nationality words that refer
-- to it, records.Place), kept beside its toponym mentions. Older rows get an empty list.

ALTER TABLE places ADD COLUMN demonym_mentions TEXT NOT NULL DEFAULT '[]';  -- JSON list of spans
