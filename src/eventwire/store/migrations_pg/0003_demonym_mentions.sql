-- eventwire store schema, version 3, PostgreSQL form of migrations/0003_demonym_mentions.sql.

ALTER TABLE places ADD COLUMN demonym_mentions TEXT COLLATE "C" NOT NULL DEFAULT '[]';
