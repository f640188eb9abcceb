"""The dashboard as served by the app: the page and its CSP, every asset local and served, no
other host referenced, no HTML parsed from data, the vendored libraries as pinned."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from tests.conftest import REPO

from eventwire import web
from eventwire.api import create_app
from eventwire.config import load_settings
from eventwire.store import MemoryStore

STATIC = web.static_dir()
OWN_CODE = sorted(p for p in STATIC.rglob("*") if p.is_file() and "vendor" not in p.parts)
TEXT_SUFFIXES = {".html", ".js", ".css", ".svg", ".json", ".txt", ""}
# A load from another host: an src/href attribute, a CSS url() or a JS import of http(s).
EXTERNAL = re.compile(
    r"""(?:\b(?:src|href)\s*=\s*\\?["']?\s*|url\(\s*["']?|\bimport\b[^;\n]{0,200}?["'(])https?://""",
    re.I,
)
# Leaflet's attribution prefix is a link to leafletjs.com: a link, never a load, and the
# dashboard replaces that prefix (map.js: setPrefix(false)). The only allowed occurrence.
ALLOWED_EXTERNAL = {("vendor/leaflet/leaflet.js", "https://leafletjs.com")}
BANNED_JS = (
    "innerHTML",
    "outerHTML",
    "insertAdjacentHTML",
    "document.write",
    "eval(",
    "new Function",
)


@pytest.fixture
def client() -> Iterator[TestClient]:
    with MemoryStore() as store:
        app = create_app(store, load_settings([], env={}))
        yield TestClient(app, raise_server_exceptions=False)


def _local_refs(html: str) -> list[str]:
    return re.findall(r"""\b(?:src|href)="(/[^"#?]*)""", html)


def _module_imports(js: str) -> list[str]:
    return re.findall(r"""^\s*import\s[^;]*?from\s+"(\./[^"]+)";""", js, re.M | re.S)


def test_dashboard_index_is_served_with_the_csp(client: TestClient) -> None:
    response = client.get("/")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert response.headers["content-security-policy"] == web.CSP
    assert "unsafe-inline" not in web.CSP and "unsafe-eval" not in web.CSP
    assert response.headers["x-content-type-options"] == "nosniff"
    assert '<script type="module" src="/static/js/main.js">' in response.text


def test_dashboard_every_asset_of_the_page_is_served(client: TestClient) -> None:
    """Each file index.html names, each module main.js imports (transitively), each url() in
    the CSS: served, with the CSP."""
    refs = _local_refs(client.get("/").text)
    assert any(r.startswith("/static/vendor/") for r in refs)
    todo = list(refs)
    seen: set[str] = set()
    while todo:
        ref = todo.pop()
        if ref in seen or ref == "/docs":
            continue
        seen.add(ref)
        response = client.get(ref)
        assert response.status_code == 200, ref
        assert response.headers["content-security-policy"] == web.CSP, ref
        base = ref.rsplit("/", 1)[0]
        if ref.endswith(".js") and ref.startswith("/static/js/"):
            todo += [f"{base}/{name[2:]}" for name in _module_imports(response.text)]
        if ref.endswith(".css"):
            for url in re.findall(r"""url\(\s*["']?([^"')]+)""", response.text):
                if not url.startswith(("data:", "#")):
                    todo.append(f"{base}/{url}")
    own_js = {f"/static/{p.relative_to(STATIC).as_posix()}" for p in OWN_CODE if p.suffix == ".js"}
    assert own_js <= seen, f"modules nothing loads: {sorted(own_js - seen)}"


def test_dashboard_references_no_other_host() -> None:
    """No file under web/static (licence texts aside) loads anything from another host."""
    found = []
    for path in sorted(STATIC.rglob("*")):
        if not path.is_file() or path.suffix not in TEXT_SUFFIXES or "LICEN" in path.name.upper():
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        rel = path.relative_to(STATIC).as_posix()
        for match in EXTERNAL.finditer(text):
            url = re.match(r"https?://[^\s\"'<>)]*", text[match.end() - 8 :])
            host_url = (url.group(0) if url else "").split("/")[:3]
            if (rel, "/".join(host_url)) not in ALLOWED_EXTERNAL:
                found.append(f"{rel}: {text[match.start() : match.end() + 40]!r}")
    assert not found, "external references:\n" + "\n".join(found)


@pytest.mark.parametrize("path", OWN_CODE, ids=lambda p: p.relative_to(STATIC).as_posix())
def test_dashboard_code_never_parses_data_as_html(path: Path) -> None:
    """Article text and every other string go in as text; no eval either (the CSP forbids it)."""
    if path.suffix not in {".js", ".html"}:
        return
    text = path.read_text(encoding="utf-8")
    for banned in BANNED_JS:
        assert banned not in text, f"{banned} in {path.name}"


def test_dashboard_html_has_nothing_inline() -> None:
    html = (STATIC / "index.html").read_text(encoding="utf-8")
    assert re.search(r"<script(?![^>]*\bsrc=)", html) is None, "an inline script"
    assert "<style" not in html and " style=" not in html, "an inline style"
    assert re.search(r"\son[a-z]+=", html) is None, "an inline event handler"


def test_dashboard_docs_page_allows_only_its_own_inline_script(client: TestClient) -> None:
    response = client.get("/docs")
    assert response.status_code == 200
    policy = response.headers["content-security-policy"]
    scripts = re.findall(r"<script>(.*?)</script>", response.text, re.S)
    assert scripts, "Swagger UI's init script"
    for body in scripts:
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in policy
    assert "unsafe-inline" not in policy
    assert policy.replace(policy.split(";")[1], " script-src 'self'") == web.CSP


def test_dashboard_json_responses_carry_the_csp_too(client: TestClient) -> None:
    response = client.get("/api/events")
    assert response.headers["content-security-policy"] == web.CSP


def test_dashboard_missing_asset_is_a_json_404(client: TestClient) -> None:
    response = client.get("/static/js/nope.js")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "EW813"


def test_dashboard_vendored_libraries_match_the_pinned_manifest() -> None:
    """static/vendor/versions.json = web-vendor's lock = its pins, and each has its licence."""
    manifest = json.loads((REPO / "web-vendor" / "package.json").read_text(encoding="utf-8"))
    lock = json.loads((REPO / "web-vendor" / "package-lock.json").read_text(encoding="utf-8"))
    vendored = json.loads((STATIC / "vendor" / "versions.json").read_text(encoding="utf-8"))
    assert vendored == manifest["dependencies"]
    for name, version in vendored.items():
        assert lock["packages"][f"node_modules/{name}"]["version"] == version
        licences = [p for p in (STATIC / "vendor" / name).iterdir() if "LICEN" in p.name.upper()]
        assert licences, f"no licence file for {name}"


def test_dashboard_docs_give_the_vendored_versions() -> None:
    doc = (REPO / "docs" / "dashboard.md").read_text(encoding="utf-8")
    vendored = json.loads((STATIC / "vendor" / "versions.json").read_text(encoding="utf-8"))
    for name, version in vendored.items():
        assert re.search(
            rf"\| \[{re.escape(name)}\]\([^)]*\) \| {re.escape(version)} \|", doc, re.I
        ), f"docs/dashboard.md does not give {name} {version}"
