"""spaCy components that turn a parsed Doc into eventwire records (see pipeline.py)."""
