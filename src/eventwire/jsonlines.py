"""One JSON line per record, safe for every line splitter.

``json.dumps(..., ensure_ascii=False)`` leaves U+2028 and U+2029 raw. They are valid JSON, but
Python's ``str.splitlines`` and JavaScript treat them as line breaks, so a reader splitting a
JSONL stream that way would cut a record in two. Every JSONL writer goes through :func:`dumps_line`,
which escapes them (``\\u2028``) and so keeps one record a line for any reader.
"""

from __future__ import annotations

import json
from typing import Any

_LINE_BREAKS = {"\u2028": "\\u2028", "\u2029": "\\u2029"}


def dumps_line(value: Any) -> str:
    """``value`` as one line of JSON (non-ASCII kept, U+2028/U+2029 escaped), with its newline."""
    text = json.dumps(value, ensure_ascii=False)
    if "\u2028" in text or "\u2029" in text:
        for raw, escaped in _LINE_BREAKS.items():
            text = text.replace(raw, escaped)
    return text + "\n"


__all__ = ["dumps_line"]
