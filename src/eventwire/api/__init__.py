"""The REST API: ``create_app(store, settings)`` builds a FastAPI app over a store.

Modules: ``app`` (the factory, offline ``/docs``), ``routes`` (read endpoints), ``ingest``
(``POST /api/articles``), ``params`` (query parameters and limits), ``queries`` (paging and
counts over the Store protocol), ``auth`` (bearer tokens), ``errors`` (the one exception → HTTP
mapping), ``server`` (uvicorn, the bind check). Reference: ``docs/api.md``.
"""

from eventwire.api.app import create_app
from eventwire.api.auth import Tokens
from eventwire.api.server import check_bind, serve

__all__ = ["Tokens", "check_bind", "create_app", "serve"]
