"""The server wrapper: the endpoint thread pool is sized by ``api.threads``."""

from __future__ import annotations

from typing import Any

import anyio
import anyio.to_thread
import pytest

from eventwire.api.server import ThreadLimit, server_threads
from eventwire.config import load_settings
from eventwire.errors import ConfigError


def test_server_threads_setting_is_checked() -> None:
    assert server_threads(load_settings(env={})) == 4
    assert server_threads(load_settings(["api.threads=12"], env={})) == 12
    with pytest.raises(ConfigError, match="api.threads"):
        server_threads(load_settings(["api.threads=0"], env={}))


def test_server_thread_limit_sizes_the_pool_on_first_call() -> None:
    seen: list[str] = []

    async def app(scope: Any, receive: Any, send: Any) -> None:
        seen.append(scope["type"])

    async def main() -> float:
        wrapped = ThreadLimit(app, 3)
        await wrapped({"type": "lifespan"}, None, None)
        await wrapped({"type": "http"}, None, None)
        return anyio.to_thread.current_default_thread_limiter().total_tokens

    assert anyio.run(main) == 3
    assert seen == ["lifespan", "http"]
