"""The map page in a real browser: the demo markers, their count and a popup."""

from __future__ import annotations

import os
import re
import shutil
import urllib.request
from datetime import date
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from dashboard.aliases import AliasStore
from dashboard.config import load_settings
from dashboard.models import Article, ExtractedPlace
from dashboard.review import Reviewer
from dashboard.store import Store
from tests.e2e.conftest import AppServer
from tests.e2e.dashboard_ui import (
    CLUSTER,
    MARKER,
    POPUP,
    RERUN_MS,
    expected_count,
    map_screenshot,
    mentions_shown,
    open_first_popup,
    screenshot,
    stored_mentions,
    wait_for_map,
)

pytestmark = pytest.mark.browser
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def _publish(picture: Path, name: str) -> None:
    """Copy a test picture to docs/screenshots (the README shows it).

    Only when asked (LANDMINE_MAP_UPDATE_SCREENSHOTS=1), so that a test run
    leaves the work tree clean; the pictures are always in test-artifacts/.
    """
    if os.environ.get("LANDMINE_MAP_UPDATE_SCREENSHOTS") != "1":
        return
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(picture, SCREENSHOTS / name)


def test_server_is_healthy_and_serves_leaflet_itself(app_server: AppServer) -> None:
    with urllib.request.urlopen(f"{app_server.url}/_stcore/health", timeout=5) as resp:
        assert resp.read() == b"ok"
    # Leaflet comes from the app, not a CDN: offline users must get a map.
    leaflet = f"{app_server.url}/app/static/leaflet/leaflet.js"
    with urllib.request.urlopen(leaflet, timeout=5) as resp:
        assert resp.status == 200
        assert b"Leaflet" in resp.read(4096)


def test_home_page_shows_the_demo_markers_and_their_count(
    page: Page, app_server: AppServer, artifacts_dir: Path
) -> None:
    rows = stored_mentions(app_server)
    assert len(rows) > 20, "the demo articles were not loaded into the empty store"

    page.goto(app_server.url)
    frame = wait_for_map(page)

    assert frame.locator(f"{MARKER}, {CLUSTER}").count() > 0
    assert mentions_shown(page) == len(rows)
    screenshot(page, artifacts_dir, "map-page")
    _publish(map_screenshot(page, artifacts_dir, "map"), "map.png")


def test_popup_shows_the_article_title_and_the_excerpt(
    page: Page, app_server: AppServer, artifacts_dir: Path
) -> None:
    # Cambodia only: a handful of markers from two demo articles.
    rows = [r for r in stored_mentions(app_server) if r["country_code"] == "KH"]
    assert rows, "the demo data has no mention in Cambodia"
    page.goto(f"{app_server.url}/?country=KH")
    wait_for_map(page)
    assert mentions_shown(page) == expected_count(rows, countries=("KH",))

    frame = open_first_popup(page)
    popup = frame.locator(POPUP)
    title = popup.locator(".landmine-popup > div").first.inner_text().strip()
    excerpt = popup.locator("div[style*='italic']").inner_text().strip()

    titles = {r["article_title"] for r in rows}
    assert title in titles, f"popup title {title!r} is none of {titles}"
    # The popup may trim a long excerpt around the place name, with "…".
    pieces = [p.strip() for p in excerpt.split("…") if p.strip()]
    assert pieces and len(max(pieces, key=len)) > 20, excerpt
    own = [r["excerpt"] for r in rows if r["article_title"] == title]
    assert any(all(p in text for p in pieces) for text in own), (excerpt, own)
    expect(popup).to_contain_text("Cambodia")
    screenshot(page, artifacts_dir, "popup-page")
    _publish(map_screenshot(page, artifacts_dir, "popup"), "popup.png")


def test_an_event_told_twice_is_one_marker_listing_both_reports(
    page: Page, app_server: AppServer, artifacts_dir: Path
) -> None:
    # Two outlets report one blast in Chad (a country the demo lacks); an
    # analyst has confirmed the first report.
    store = Store(load_settings(app_server.env).database_url)
    reports = (
        ("https://first.example.org/faya", 1),
        ("https://second.example.net/b", 2),
    )
    for number, (source, killed) in enumerate(reports):
        text = f"Report {number}: a truck struck an anti-tank mine near Faya."
        faya = ExtractedPlace(
            name="Faya",
            start=text.index("Faya"),
            end=text.index("Faya") + len("Faya"),
            excerpt=text,
            role="incident",
            status="resolved",
            lat=17.93 + number / 1000,
            lon=19.10,
            country_code="TD",
            precision=1,
            event_date=date(2024, 2, 2),
            killed=killed,
        )
        article = Article(
            text=text,
            title=f"Blast near Faya, report {number}",
            source=source,
            published=date(2024, 2, 3 + number),
        )
        store.save_article(article, [faya])
    first = min(r["mention_id"] for r in store.mention_rows() if r["name"] == "Faya")
    Reviewer(store, aliases=AliasStore(store)).confirm(first, who="analyst")

    page.goto(f"{app_server.url}/?country=TD")
    frame = wait_for_map(page)
    caption = page.get_by_text(re.compile(r"^2 mentions shown · 1 event\b"))
    expect(caption).to_be_visible(timeout=RERUN_MS)
    marker = frame.locator(MARKER)
    expect(marker).to_have_count(1)
    expect(marker.locator(".landmine-reports")).to_have_text("2")
    expect(marker.locator(".landmine-reviewed")).to_have_count(1)

    frame = open_first_popup(page)
    popup = frame.locator(POPUP)
    expect(popup).to_contain_text("2 reports")
    expect(popup).to_contain_text("2 killed")  # the larger toll, not 1 + 2
    expect(popup).to_contain_text("✓ reviewed")
    sources = popup.locator(".landmine-sources li")
    expect(sources).to_have_count(2)
    expect(sources.locator("a")).to_have_text(
        ["https://first.example.org/faya", "https://second.example.net/b"]
    )
    screenshot(page, artifacts_dir, "event-popup-page")
