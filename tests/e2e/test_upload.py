"""Uploading an article in a real browser: its places, their roles, then the map."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import AppServer
from tests.e2e.dashboard_ui import (
    POPUP,
    choose_country,
    go_to_page,
    grid_rows,
    mentions_shown,
    open_first_popup,
    result_box,
    screenshot,
    stored_mentions,
    upload_files,
    wait_for_count,
    wait_for_map,
)

pytestmark = pytest.mark.browser
ARTICLE = Path(__file__).parent / "data" / "senegal-ziguinchor-minefield.txt"
TITLE = "Deminers mark a minefield outside Ziguinchor in Casamance"


def test_uploaded_article_lands_on_the_map_with_its_role(
    page: Page, app_server: AppServer, artifacts_dir: Path
) -> None:
    before = stored_mentions(app_server)
    assert not [r for r in before if r["country_code"] == "SN"], "Senegal is new"

    page.goto(app_server.url)
    wait_for_map(page)
    assert mentions_shown(page) == len(before)

    go_to_page(page, "Upload articles")
    upload_files(page, ARTICLE)
    expect(page.get_by_text("place(s) found")).to_be_visible(timeout=60_000)
    result = result_box(page, ARTICLE.name)
    rows = grid_rows(result.get_by_test_id("stDataFrame"))
    roles = {row["name"]: row["role"] for row in rows}
    assert roles.get("Ziguinchor") == "minefield", rows
    assert {row["country"] for row in rows if row["name"] == "Ziguinchor"} == {
        "Senegal"
    }
    screenshot(page, artifacts_dir, "upload-places")

    result.get_by_role("button", name="Save", exact=True).click()
    expect(page.get_by_text("saved as article")).to_be_visible(timeout=30_000)
    screenshot(page, artifacts_dir, "upload-saved")

    after = stored_mentions(app_server)
    added = [r for r in after if r["article_title"] == TITLE]
    assert {r["name"]: r["role"] for r in added}.get("Ziguinchor") == "minefield"
    assert len(after) == len(before) + len(added)

    page.get_by_role("link", name="See them on the map").click()
    wait_for_map(page)
    wait_for_count(page, len(after))
    choose_country(page, "Senegal")
    in_senegal = [r for r in after if r["country_code"] == "SN"]
    wait_for_count(page, len(in_senegal))
    wait_for_map(page)

    frame = open_first_popup(page)
    popup = frame.locator(POPUP)
    expect(popup).to_contain_text(TITLE)
    expect(popup).to_contain_text("Minefield")
    expect(popup).to_contain_text("Senegal")
    screenshot(page, artifacts_dir, "upload-on-the-map")
