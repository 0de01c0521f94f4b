"""Team mode in a real browser: viewers look, editors upload after signing in."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from dashboard.store import Store
from tests.e2e.conftest import AppServer, start_app_server, stop_app_server

pytestmark = pytest.mark.browser

PASSWORD = "team-editor-9271"
FIRST_LOAD_MS = 90_000
RERUN_MS = 60_000
#: Written for this test (no sentence from any published article).
ARTICLE = (
    "Mine clearance resumes west of Agdam\n\n"
    "On 3 March 2024 a survey team working west of Agdam, Azerbaijan, marked a "
    "new minefield and lifted 12 anti-tank mines from farmland beside the road."
)


@pytest.fixture(scope="module")
def team_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppServer]:
    """A dashboard with the demo data and an editor password."""
    server, process = start_app_server(
        tmp_path_factory.mktemp("team-data"),
        extra_env={"LANDMINE_MAP_EDITOR_PASSWORD": PASSWORD},
    )
    yield server
    stop_app_server(process)


def stored_articles(server: AppServer) -> int:
    return Store(f"sqlite:///{server.data_dir / 'landmine-map.sqlite'}").counts()[
        "articles"
    ]


def sign_in(page: Page, name: str, password: str) -> None:
    sidebar = page.get_by_test_id("stSidebar")
    sidebar.get_by_label("Your name").fill(name)
    sidebar.get_by_label("Editor password").fill(password)
    sidebar.get_by_role("button", name="Sign in as editor").click()


def test_viewers_see_the_map_and_the_table_without_signing_in(
    page: Page, team_server: AppServer
) -> None:
    page.goto(team_server.url)
    expect(page.get_by_text(re.compile(r"[\d,]+ mentions shown"))).to_be_visible(
        timeout=FIRST_LOAD_MS
    )
    expect(page.locator('iframe[title="streamlit_folium.st_folium"]')).to_be_attached(
        timeout=FIRST_LOAD_MS
    )
    expect(page.get_by_test_id("stDataFrame").first).to_be_visible(
        timeout=FIRST_LOAD_MS
    )
    expect(page.get_by_role("button", name="Sign in as editor")).to_have_count(0)


def test_upload_asks_for_the_password_and_only_the_right_one_lets_it_through(
    page: Page, team_server: AppServer, tmp_path: Path
) -> None:
    before = stored_articles(team_server)
    page.goto(f"{team_server.url}/upload")
    expect(page.get_by_text("Only editors can upload articles")).to_be_visible(
        timeout=FIRST_LOAD_MS
    )
    expect(page.get_by_test_id("stFileUploader")).to_have_count(0)

    sign_in(page, "Ana", "not-the-password")
    expect(page.get_by_text("Wrong editor password.")).to_be_visible(timeout=RERUN_MS)
    expect(page.get_by_test_id("stFileUploader")).to_have_count(0)

    sign_in(page, "Ana", PASSWORD)
    expect(page.get_by_text("Editing as Ana")).to_be_visible(timeout=RERUN_MS)
    uploader = page.get_by_test_id("stFileUploader")
    expect(uploader).to_be_visible(timeout=RERUN_MS)

    article = tmp_path / "agdam-clearance.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    uploader.locator('input[type="file"]').set_input_files(article)
    expect(page.get_by_text("agdam-clearance.txt").first).to_be_visible(
        timeout=RERUN_MS
    )
    find = page.get_by_role("button", name="Find the places", exact=True)
    expect(find).to_be_enabled(timeout=RERUN_MS)
    find.click()
    save = page.get_by_role("button", name="Save", exact=True)
    expect(save).to_be_visible(timeout=RERUN_MS)
    save.click()
    expect(page.get_by_text(re.compile(r"saved as article \d+"))).to_be_visible(
        timeout=RERUN_MS
    )
    assert stored_articles(team_server) == before + 1
