"""docs/api.md documents every endpoint, every error code and every [api] setting."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from eventwire.api import errors
from eventwire.config import load_settings

DOC = (Path(__file__).resolve().parents[2] / "docs" / "api.md").read_text(encoding="utf-8")


def test_api_docs_every_endpoint(client: TestClient) -> None:
    for route in client.app.routes:  # type: ignore[attr-defined]
        if isinstance(route, APIRoute) and route.include_in_schema:
            path = re.sub(r"\{(\w+)(:path)?\}", "{id}", route.path)
            for method in route.methods - {"HEAD"}:
                assert f"### `{method} {path}`" in DOC, f"{method} {path} is not in docs/api.md"


def test_api_docs_every_error_code() -> None:
    codes = [v for k, v in vars(errors).items() if k.isupper() and isinstance(v, str)]
    codes += ["EW800", "EW819"]
    for code in codes:
        assert code in DOC, f"{code} is not in docs/api.md"


def test_api_docs_every_setting() -> None:
    for key in load_settings(env={})["api"]:
        assert f"`api.{key}`" in DOC, f"api.{key} is not in docs/api.md"
