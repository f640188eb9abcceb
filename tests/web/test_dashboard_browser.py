"""The dashboard in headless Chromium over the fixture database: it loads clean, filters, brushes,
opens a story and an article, renders hostile markup inert, asks nothing of any other host, and
leaves screenshots (main, story, article, network) in the artifacts folder."""

from __future__ import annotations

from urllib.parse import unquote

import pytest
from fastapi.routing import APIRoute
from tests.web.conftest import HOSTILE_ID, HOSTILE_TEXT, Server, Watched, artifacts_dir

from eventwire.api import routes

TABLE_ROWS = "#events-table tbody tr[data-key]"


def check_clean(w: Watched) -> None:
    """No console error, and every request went to the server itself."""
    assert not w.errors, f"console errors: {w.errors}"
    assert not w.foreign_requests(), f"requests to other hosts: {w.foreign_requests()}"
    assert w.requests, "the page made no request at all"


def screenshot(w: Watched, name: str) -> None:
    w.page.screenshot(path=str(artifacts_dir() / f"{name}.png"))


def table_cells(w: Watched, column: int) -> list[str]:
    cells = w.page.locator(f"{TABLE_ROWS} td:nth-child({column})").all_inner_texts()
    return [c.strip() for c in cells]


def test_dashboard_main_view_shows_baghdad_on_the_map(watched: Watched) -> None:
    watched.open("#/")
    page = watched.page
    assert page.locator(".leaflet-overlay-pane canvas").count() == 1, "the offline base map"
    markers = page.locator(".ew-marker, .ew-cluster")
    assert markers.count() > 0
    baghdad = page.locator(".ew-marker[aria-label*='Baghdad'], .ew-cluster[title*='Baghdad']")
    assert baghdad.count() >= 1
    assert page.locator("#timeline svg rect").count() > 0
    assert page.locator(TABLE_ROWS).count() > 0
    # Select an event: its detail shows every field, with links to its article and story.
    watched.page.locator(TABLE_ROWS).first.click()
    page.wait_for_selector("#detail:not([hidden]) dl.fields")
    detail = page.locator("#detail-body").inner_text()
    for label in ("Type", "Quad class", "Trigger", "Sentence", "Confidence", "Article", "Story"):
        assert label in detail
    screenshot(watched, "main")
    check_clean(watched)


def test_dashboard_type_filter_changes_the_table(watched: Watched) -> None:
    watched.open("#/")
    before = table_cells(watched, 2)
    assert len(set(before)) > 1
    n = watched.rendered()
    watched.page.select_option("#f-type", "ASSAULT")
    watched.wait_rendered(n)
    after = table_cells(watched, 2)
    assert after and after != before
    assert all(cell == "ASSAULT" for cell in after)
    assert "type=ASSAULT" in watched.page.url
    # Free text (q) narrows further: the seed's drone attack on al-Kadhimi's residence.
    n = watched.rendered()
    watched.page.fill("#f-q", "drone")
    watched.page.click("#filters button[type=submit]")
    watched.wait_rendered(n)
    assert "q=drone" in watched.page.url
    narrowed = table_cells(watched, 2)
    assert narrowed and len(narrowed) < len(after)
    check_clean(watched)


def test_dashboard_brush_on_the_timeline_narrows_the_table(watched: Watched) -> None:
    watched.open("#/")
    page = watched.page
    before = table_cells(watched, 1)
    # The seed article's days, 2021-11-05 to 2021-11-07, are the first bars.
    bars = [
        page.locator("#timeline rect", has=page.locator(f"title:text-matches('^{day}:')")).first
        for day in ("2021-11-05", "2021-11-07")
    ]
    left, right = (bar.bounding_box() for bar in bars)
    assert left is not None and right is not None
    y = left["y"] + left["height"] / 2
    n = watched.rendered()
    page.mouse.move(left["x"] - 2, y)
    page.mouse.down()
    page.mouse.move(right["x"] + right["width"] + 2, y, steps=5)
    page.mouse.up()
    watched.wait_rendered(n)
    # A pixel is more than a day on this three-year axis: the range holds the brushed days.
    since, until = page.input_value("#f-since"), page.input_value("#f-until")
    assert "2021-10-20" <= since <= "2021-11-05" and "2021-11-07" <= until <= "2021-11-20"
    after = table_cells(watched, 1)
    assert after and after != before
    days = [day for day in after if len(day) == 10]
    assert days and all(since <= day <= until for day in days), after
    check_clean(watched)


def test_dashboard_story_shows_its_fused_events(watched: Watched) -> None:
    watched.open("#/stories")
    page = watched.page
    n = watched.rendered()
    page.locator("#stories-table a", has_text="Barham Salih").first.click()
    watched.wait_rendered(n)
    assert "#/story/" in page.url
    cards = page.locator(".fused-card")
    assert cards.count() > 0
    assert cards.filter(has_text="ASSAULT").count() > 0
    assert page.locator(".reported h4", has_text="Casualty figures per report").count() > 0
    assert "Shafaq News" in page.locator("#view-story").inner_text()
    screenshot(watched, "story")
    check_clean(watched)


def test_dashboard_article_highlights_every_kind(
    watched: Watched, dashboard_server: Server
) -> None:
    watched.open(f"#/article/{dashboard_server.seed_id}")
    page = watched.page
    text = page.locator(".article-text")
    for kind in ("trigger", "actor", "place", "time", "quote"):
        assert text.locator(f".hl-{kind}").count() > 0, f"no {kind} highlighted"
    # A row marks its spans; a span selects its row.
    page.locator(".row-event").first.click()
    assert text.locator(".hl-trigger.selected").count() >= 1
    page.locator(".article-text .hl-actor:not(.hl-trigger)").first.click()
    assert page.locator(".row-actor.selected").count() == 1
    assert "select=actor" in unquote(page.url)
    screenshot(watched, "article")
    check_clean(watched)


def test_dashboard_hostile_article_stays_text(watched: Watched) -> None:
    watched.open(f"#/article/{HOSTILE_ID}")
    page = watched.page
    shown = page.locator(".article-text").inner_text()
    assert "<script>window.__pwned=1</script>" in shown
    assert '<img src=x onerror="window.__pwned=1">' in shown
    assert shown.strip() == HOSTILE_TEXT
    assert page.locator(".article-text script, .article-text img, #view-article b").count() == 0
    assert page.locator(".article-title").inner_text() == "<b>Hostile</b> markup"
    assert page.evaluate("() => typeof window.__pwned") == "undefined"
    n = watched.rendered()
    page.locator("a", has_text="its story").click()
    watched.wait_rendered(n)
    assert "<b>Hostile</b> markup" in page.locator("#view-story").inner_text()
    assert page.evaluate("() => typeof window.__pwned") == "undefined"
    check_clean(watched)


def test_dashboard_docs_page_runs_under_its_csp(watched: Watched) -> None:
    watched.page.goto(f"{watched.base}/docs")
    watched.page.wait_for_selector(".swagger-ui .opblock", timeout=20_000)
    check_clean(watched)


def test_dashboard_network_view(watched: Watched) -> None:
    if not any(
        isinstance(r, APIRoute) and r.path.endswith("/network") for r in routes.router.routes
    ):
        pytest.skip("GET /api/network is not in eventwire.api.routes yet")
    watched.open("#/network")
    page = watched.page
    assert page.locator("#network svg .node").count() > 1
    assert page.locator("#network svg .links line").count() > 0
    page.locator("#network svg .node circle").first.click()
    assert page.locator("#network-side-body h4").count() == 2
    page.mouse.move(5, 895)  # no tooltip over the picture
    screenshot(watched, "network")
    check_clean(watched)
