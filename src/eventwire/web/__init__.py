"""The dashboard: static HTML, CSS and JavaScript served by the API's own process.

``add_dashboard(app)`` serves ``static/index.html`` at ``/`` and the rest of ``static/`` at
``/static/``. The page is plain ES modules (no build step) over vendored libraries copied into
``static/vendor/`` by ``scripts/vendor_web.sh`` (Leaflet, Leaflet.markercluster, d3,
topojson-client, world-atlas): nothing is fetched from any other host, so it works offline.

Every response of the app gets a Content-Security-Policy that lets a page load and call only
the server itself (:data:`CSP`, added by the app's ``SecurityHeaders`` middleware). Swagger
UI's ``/docs`` page has one inline init script, which :func:`csp_allowing_inline_scripts`
allows by its hash instead of weakening the policy.
"""

from __future__ import annotations

import base64
import hashlib
import re
from importlib import resources
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

__all__ = ["CSP", "STATIC_PREFIX", "add_dashboard", "csp_allowing_inline_scripts", "static_dir"]

STATIC_PREFIX = "/static"

# Only this server: no inline script or style element, no other host, no plugin, no framing.
# Styles set from JavaScript through element.style (CSSOM) are not inline styles and are allowed.
CSP_DIRECTIVES: dict[str, str] = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data:",
    "connect-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'none'",
    "frame-ancestors": "'none'",
    "form-action": "'self'",
}
CSP = "; ".join(f"{name} {value}" for name, value in CSP_DIRECTIVES.items())

_INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.DOTALL | re.I)


def static_dir() -> Path:
    """The folder of the dashboard's files inside the installed package."""
    return Path(str(resources.files("eventwire.web") / "static"))


def csp_allowing_inline_scripts(html: str) -> str:
    """:data:`CSP` with each inline ``<script>`` of ``html`` allowed by its SHA-256 hash.

    For pages the dashboard does not write (Swagger UI at ``/docs``): the exact scripts in
    the page run, and an injected one still does not.
    """
    hashes = []
    for body in _INLINE_SCRIPT.findall(html):
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
        hashes.append(f"'sha256-{digest}'")
    directives = dict(CSP_DIRECTIVES)
    directives["script-src"] = " ".join(["'self'", *hashes])
    return "; ".join(f"{name} {value}" for name, value in directives.items())


def add_dashboard(app: FastAPI) -> None:
    """Serve the dashboard at ``/`` and its files at ``/static/``; add the CSP header."""
    folder = static_dir()
    index = folder / "index.html"
    app.mount(STATIC_PREFIX, StaticFiles(directory=str(folder)), name="dashboard-static")

    @app.api_route("/", methods=["GET", "HEAD"], include_in_schema=False)
    def dashboard() -> FileResponse:
        # Revalidated on each load, so an upgraded server never pairs old HTML with new JS.
        return FileResponse(index, media_type="text/html", headers={"Cache-Control": "no-cache"})
