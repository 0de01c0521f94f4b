"""Untrusted article text in a real browser: shown as text, never run.

The article's title and body carry a script element, an image whose error
handler calls alert(), and javascript: links; its source is a javascript:
URL. After upload and save, the popup, the sidebar details and the table
must show those strings literally, and nothing may run: no dialog in any
frame, no page error, no request for the injected image, no console error.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import AppServer
from tests.e2e.dashboard_ui import (
    MAP_IFRAME,
    POPUP,
    BrowserEvents,
    go_to_page,
    grid_rows,
    map_frame,
    mentions_shown,
    open_first_popup,
    record_browser_events,
    result_box,
    screenshot,
    sidebar,
    stored_mentions,
    upload_files,
    wait_for_map,
)

pytestmark = pytest.mark.browser
ARTICLE = Path(__file__).parent / "data" / "tajikistan-script-injection.txt"
SCRIPT = "<script>alert(1)</script>"
IMAGE = "<img src=x onerror=alert(2)>"
LINK = '<a href="javascript:alert(3)">'
INJECTED = 'img[src="x"], script:text("alert("), a[href^="javascript:" i]'


def _assert_nothing_ran(page: Page, events: BrowserEvents) -> None:
    assert events.dialogs == [], events.dialogs
    assert events.page_errors == [], events.page_errors
    assert events.app_console_errors() == [], events.app_console_errors()
    image_requests = [u for u in events.requests if urlsplit(u).path.endswith("/x")]
    assert image_requests == [], image_requests
    for frame in page.frames:
        assert frame.locator(INJECTED).count() == 0, frame.url


def test_script_in_an_article_is_shown_as_text_and_never_runs(
    page: Page, app_server: AppServer, artifacts_dir: Path
) -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    assert SCRIPT in text and IMAGE in text and LINK in text
    with record_browser_events(page) as events:
        page.goto(app_server.url)
        wait_for_map(page)
        # The recorder itself must be able to fail: a dialog from the page
        # and one from inside the map's iframe are both seen.
        page.evaluate("alert('probe-page')")
        map_frame(page).locator("body").evaluate("() => alert('probe-map')")
        assert events.dialogs == ["alert: probe-page", "alert: probe-map"]
        events.dialogs.clear()

        go_to_page(page, "Upload articles")
        upload_files(page, ARTICLE)
        expect(page.get_by_text("place(s) found")).to_be_visible(timeout=60_000)
        box = result_box(page, ARTICLE.name)
        expect(box.get_by_role("textbox", name="Title")).to_have_value(
            f"Mine warning near Khorugh {SCRIPT}"
        )
        places = grid_rows(box.get_by_test_id("stDataFrame"))
        assert "Khorugh" in {row["name"] for row in places}, places
        box.get_by_role("button", name="Save", exact=True).click()
        expect(page.get_by_text("saved as article")).to_be_visible(timeout=30_000)
        screenshot(page, artifacts_dir, "xss-upload-saved")

        stored = [
            r for r in stored_mentions(app_server) if SCRIPT in r["article_title"]
        ]
        assert stored, "the article was not stored with its title as written"
        article_id = stored[0]["article_id"]

        # Only this article on the map: its popup, the sidebar and the table.
        page.goto(f"{app_server.url}/?article={article_id}")
        frame = wait_for_map(page)
        assert mentions_shown(page) == len(stored)
        frame = open_first_popup(page)
        popup = frame.locator(POPUP)
        expect(popup).to_contain_text(SCRIPT)
        expect(popup).to_contain_text(IMAGE)
        expect(popup).to_contain_text("javascript:alert(4)")  # the source, as text
        assert popup.locator("img, script, a[href^='javascript:' i]").count() == 0
        screenshot(page, artifacts_dir, "xss-popup")

        # The click is sent to the app, which shows the mention in the sidebar.
        details = sidebar(page).get_by_text(IMAGE, exact=False)
        expect(details.first).to_be_visible(timeout=45_000)
        expect(sidebar(page)).to_contain_text(SCRIPT)

        table = page.get_by_test_id("stDataFrame").last
        table.scroll_into_view_if_needed()
        rows = grid_rows(table)
        assert any(IMAGE in row.get("Excerpt", "") for row in rows), rows
        screenshot(page, artifacts_dir, "xss-table")

        expect(page.locator(MAP_IFRAME)).to_have_count(1)
        _assert_nothing_ran(page, events)
