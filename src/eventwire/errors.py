"""One exception tree for eventwire.

Every error carries a stable ``code`` (``EW###``) and a message that says how to fix it::

    EventwireError                 base class; catch this to catch everything eventwire raises
    ├── ConfigError        EW1xx   a bad setting, override or config file
    ├── ModelNotFoundError EW2xx   the spaCy model named by ``nlp.model`` is not installed
    ├── InputError         EW3xx   one input record cannot be turned into an Article
    │   ├── UnreadableInputError   file missing, unreadable or binary
    │   ├── BadRecordError         broken JSON line, CSV row without text, bad field
    │   ├── EncodingError          bytes that do not decode as text
    │   ├── EmptyArticleError      no text left after reading
    │   ├── ArticleTooLargeError   text over ``input.max_chars``
    │   └── NotEnglishError        text that is not English
    ├── StoreError         EW4xx   the database cannot be opened, migrated or written, or an
    │                              ``actors rename|merge`` names no actor
    │   └── SchemaVersionError     the database was written by a newer eventwire
    ├── EvalError          EW5xx   a gold file is missing or not in the documented format
    ├── LexiconError       EW6xx   a user lexicon, actor dictionary or mapping file is malformed
    ├── ExportError        EW7xx   an export format is unknown or its file cannot be written
    ├── ServeError         EW8xx   the API server cannot start as asked (``eventwire serve``);
    │                              the API's own request errors (EW81x) are in eventwire.api.errors
    └── BatchError         EW9xx   ``eventwire batch|load`` cannot go on: the output folder is
        │                          unusable or in use, Ray is missing or cannot start
        └── ArticleFailedError     the pipeline raised on one article; a batch records it in
                                   ``errors.jsonl`` (code EW901) and goes on

Input errors are handled at the edges: batch commands report them as ``path:line: reason``
and go on with the next record (see :mod:`eventwire.readers`).
"""

from __future__ import annotations


class EventwireError(Exception):
    """Base class of every error eventwire raises on purpose."""

    code = "EW000"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class ConfigError(EventwireError):
    code = "EW100"


class ModelNotFoundError(EventwireError):
    code = "EW200"


class InputError(EventwireError):
    """A single input record that cannot be read; ``where`` is ``path`` or ``path:line``."""

    code = "EW300"

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


class UnreadableInputError(InputError):
    code = "EW301"


class BadRecordError(InputError):
    code = "EW302"


class EncodingError(InputError):
    code = "EW303"


class EmptyArticleError(InputError):
    code = "EW304"


class ArticleTooLargeError(InputError):
    code = "EW305"


class NotEnglishError(InputError):
    code = "EW306"


class StoreError(EventwireError):
    code = "EW400"


class SchemaVersionError(StoreError):
    code = "EW401"


class EvalError(EventwireError):
    code = "EW500"


class LexiconError(EventwireError):
    code = "EW600"


class ExportError(EventwireError):
    """An export cannot be written (unknown format, unwritable path)."""

    code = "EW700"


class ServeError(EventwireError):
    """``eventwire serve`` refuses to start (a public address without a token)."""

    code = "EW800"


class BatchError(EventwireError):
    """A batch run or a load of its output cannot go on as asked."""

    code = "EW900"


class ArticleFailedError(BatchError):
    """The pipeline raised on one article; batch runs record it and go on with the next."""

    code = "EW901"
