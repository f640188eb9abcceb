"""Shared fixtures: the shared data folder, the full pipeline (loaded once), fixture paths."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from tests.pgserver import NoServer, PgSchemas, throwaway_server

from eventwire.extract import Pipeline
from eventwire.records import Article, ArticleResult

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXAMPLES = REPO / "src" / "eventwire" / "examples" / "articles"


def shared_path() -> Path:
    return Path(os.environ.get("EVENTWIRE_SHARED", REPO.parent / "shared"))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    path = shared_path()
    if not path.is_dir():
        pytest.skip(f"shared data folder not found at {path} (set EVENTWIRE_SHARED)")
    return path


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="session")
def seed_article(shared_dir: Path) -> Article:
    from eventwire.readers import read_inputs

    path = shared_dir / "seed" / "000_6def12aec7829814.txt"
    if not path.exists():
        pytest.skip(f"seed article not found at {path}")
    return next(iter(read_inputs([str(path)])))


@pytest.fixture(scope="session")
def seed_result(pipeline: Pipeline, seed_article: Article) -> ArticleResult:
    return pipeline(seed_article)


RunText = Callable[..., ArticleResult]


@pytest.fixture(scope="session")
def run_text(pipeline: Pipeline) -> RunText:
    """Run the full pipeline on one text written for a test (published 2024-03-06 by default)."""

    def run(text: str, published: str = "2024-03-06") -> ArticleResult:
        date = dt.date.fromisoformat(published)
        return pipeline(Article(id=Article.make_id(None, text), text=text, published=date))

    return run


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """The URL of a PostgreSQL server started for this session, stopped after it."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("PostgreSQL tests: psycopg is not installed (pip install eventwire[postgres])")
    try:
        with throwaway_server() as url:
            yield url
    except NoServer as exc:
        pytest.skip(f"PostgreSQL tests: no server can be started here: {exc}")


@pytest.fixture
def pg_schemas(pg_server: str) -> Iterator[PgSchemas]:
    """Fresh schemas for one test, dropped after it."""
    schemas = PgSchemas(pg_server)
    yield schemas
    schemas.drop()
