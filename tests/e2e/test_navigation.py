"""Deep links: a page's URL opened first, in a fresh server and browser.

Streamlit decides, at the first session of a server process, whether the app
is a legacy multipage app (a ``pages/`` folder next to the entry point). A
first visit straight to ``/review`` used to run ``pages/review.py`` on its
own: a sidebar of file names ("streamlit app", "data", "map"...) and the
narrow layout, instead of the app's navigation. Each case gets its own
server, so the deep link really is that server's first visit.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import AppServer, start_app_server, stop_app_server
from tests.e2e.dashboard_ui import FIRST_LOAD_MS, sidebar, wait_for_script_run

pytestmark = pytest.mark.browser

#: The titles streamlit_app.py gives its pages, in order.
PAGE_TITLES = ["Map", "Upload articles", "Review", "About the data"]
#: Streamlit's "centered" layout caps the main column at 736 px.
CENTERED_MAX_PX = 736


@pytest.fixture
def fresh_server(tmp_path: Path) -> Iterator[AppServer]:
    """A server nobody has visited yet (its first session is the test's)."""
    server, process = start_app_server(tmp_path / "data")
    yield server
    stop_app_server(process)


@pytest.mark.parametrize(
    "path, heading", [("/upload", "Upload articles"), ("/review", "Review places")]
)
def test_a_deep_link_opened_first_shows_the_apps_navigation(
    page: Page, fresh_server: AppServer, path: str, heading: str
) -> None:
    page.goto(f"{fresh_server.url}{path}")

    expect(page.get_by_role("heading", name=heading, exact=True)).to_be_visible(
        timeout=FIRST_LOAD_MS
    )
    wait_for_script_run(page, timeout_ms=FIRST_LOAD_MS)
    nav = page.get_by_test_id("stSidebarNav")
    expect(nav.get_by_role("link")).to_have_text(PAGE_TITLES)
    for file_name in ("streamlit app", "upload", "review", "data", "map"):
        expect(nav.get_by_role("link", name=file_name, exact=True)).to_have_count(0)
    # the entry point's page config ran: the wide layout
    main = page.get_by_test_id("stMainBlockContainer")
    assert main.bounding_box()["width"] > CENTERED_MAX_PX
    expect(page).to_have_url(f"{fresh_server.url}{path}")
    expect(sidebar(page)).to_be_visible()
