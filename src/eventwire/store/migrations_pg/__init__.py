"""The PostgreSQL form of each file in ``store/migrations/``, with the same numbers, so a
PostgreSQL database and a SQLite file at one schema version hold the same tables and columns."""
