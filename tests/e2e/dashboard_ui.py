"""What the browser tests know about the dashboard's page: selectors and waits.

One place for the selectors, so a changed label breaks one helper, not every
test. Every wait is an ``expect`` or ``wait_for`` on an element, never a sleep.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from playwright.sync_api import (
    ConsoleMessage,
    Dialog,
    FrameLocator,
    Locator,
    Page,
    expect,
)
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from dashboard.config import load_settings
from dashboard.store import Store
from tests.e2e.conftest import AppServer

MAP_IFRAME = 'iframe[title="streamlit_folium.st_folium"]'
#: Single markers and cluster bubbles (classes set in dashboard/data/landmine-map.js).
MARKER = ".landmine-marker"
CLUSTER = ".landmine-cluster"
POPUP = ".leaflet-popup-content"
#: Set by dashboard/data/landmine-map.js once every marker is placed.
READY = ".leaflet-container[data-landmine-ready]"
COUNT_RE = re.compile(r"([\d,]+)\s+mentions?\s+shown")
#: A cold first script run imports folium, pandas and the gazetteer.
FIRST_LOAD_MS = 90_000
RERUN_MS = 45_000
#: Console noise every Streamlit page prints (TECH-NOTES §4b), not from the app.
CONSOLE_NOISE = (
    "Unrecognized feature",
    "allow-scripts and allow-same-origin",
)


def wait_for_script_run(page: Page, *, timeout_ms: int = RERUN_MS) -> None:
    """Wait until Streamlit says the page's script is not running."""
    app = page.get_by_test_id("stApp")
    expect(app).to_have_attribute(
        "data-test-script-state", "notRunning", timeout=timeout_ms
    )


def map_frame(page: Page) -> FrameLocator:
    return page.frame_locator(MAP_IFRAME)


def wait_for_map(page: Page, *, timeout_ms: int = FIRST_LOAD_MS) -> FrameLocator:
    """Wait until the map iframe holds a Leaflet map that has placed its markers."""
    # After a filter change the old map lingers until the script run ends:
    # wait for the end of the run, then for only the new map to be left.
    wait_for_script_run(page, timeout_ms=timeout_ms)
    expect(page.locator(MAP_IFRAME)).to_have_count(1, timeout=timeout_ms)
    frame = map_frame(page)
    expect(frame.locator(".leaflet-container")).to_be_visible(timeout=timeout_ms)
    expect(frame.locator(f"{MARKER}, {CLUSTER}").first).to_be_visible(
        timeout=timeout_ms
    )
    expect(frame.locator(READY)).to_have_count(1, timeout=timeout_ms)
    return frame


def count_caption(page: Page):
    return page.get_by_text(COUNT_RE).first


def mentions_shown(page: Page, *, timeout_ms: int = FIRST_LOAD_MS) -> int:
    """Return N of the visible "N mentions shown" caption above the map."""
    caption = count_caption(page)
    expect(caption).to_be_visible(timeout=timeout_ms)
    match = COUNT_RE.search(caption.inner_text())
    assert match, f"expected 'N mentions shown', got {caption.inner_text()!r}"
    return int(match.group(1).replace(",", ""))


def wait_for_count_change(
    page: Page, before: int, *, timeout_ms: int = RERUN_MS
) -> int:
    """Wait until the caption shows a count other than ``before``; return it."""
    caption = count_caption(page)
    old = re.compile(rf"^\D*{before:,}\s+mentions?\s+shown".replace(",", ",?"))
    expect(caption).not_to_have_text(old, timeout=timeout_ms)
    return mentions_shown(page, timeout_ms=timeout_ms)


def _clickable(items: Locator) -> Locator | None:
    """Return the first of ``items`` a click would reach (not under the legend)."""
    for index in range(items.count()):
        item = items.nth(index)
        try:
            item.click(trial=True, timeout=2_000)
        except PlaywrightTimeoutError:
            continue
        return item
    return None


def open_first_popup(page: Page, *, max_cluster_clicks: int = 12) -> FrameLocator:
    """Open the popup of some marker, zooming into clusters until one is single.

    Clicking a cluster zooms to its bounds (or spiderfies it at maximum zoom),
    so a few clicks always reach a single marker.
    """
    frame = map_frame(page)
    anything = frame.locator(f"{MARKER}, {CLUSTER}")
    for _ in range(max_cluster_clicks):
        expect(anything.first).to_be_visible(timeout=RERUN_MS)
        marker = _clickable(frame.locator(MARKER))
        if marker is not None:
            marker.click()
            expect(frame.locator(POPUP)).to_be_visible(timeout=RERUN_MS)
            return frame
        cluster = _clickable(frame.locator(CLUSTER))
        assert cluster is not None, "no marker or cluster can be clicked"
        handle = cluster.element_handle()
        cluster.click()
        # The clicked bubble goes once the zoom (or the spiderfy) is done.
        handle.wait_for_element_state("hidden", timeout=RERUN_MS)
    raise AssertionError(f"no single marker after {max_cluster_clicks} cluster clicks")


@dataclass
class BrowserEvents:
    """Dialogs, page errors, console errors and requests seen by a page (all frames)."""

    dialogs: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def app_console_errors(self) -> list[str]:
        return [
            text
            for text in self.console_errors
            if not any(noise in text for noise in CONSOLE_NOISE)
        ]


@contextmanager
def record_browser_events(page: Page) -> Iterator[BrowserEvents]:
    """Record what the page (and every frame in it) did; dismiss any dialog."""
    events = BrowserEvents()

    def on_dialog(dialog: Dialog) -> None:
        events.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            events.console_errors.append(message.text)

    page.on("dialog", on_dialog)
    page.on("pageerror", lambda error: events.page_errors.append(str(error)))
    page.on("console", on_console)
    page.on("request", lambda request: events.requests.append(request.url))
    yield events


def screenshot(page: Page, directory: Path, name: str) -> Path:
    path = directory / f"{name}.png"
    page.screenshot(path=str(path), full_page=False)
    return path


def map_screenshot(page: Page, directory: Path, name: str) -> Path:
    """Screenshot of the map iframe alone (the README's pictures)."""
    path = directory / f"{name}.png"
    page.locator(MAP_IFRAME).screenshot(path=str(path))
    return path


def stored_mentions(server: AppServer) -> list[dict]:
    """Return the placed mentions the server's store holds (the tests' oracle).

    Read straight from the store, not through the page's own filter code, so a
    count on the page is checked against an independent answer.
    """
    store = Store(load_settings(server.env).database_url)
    return [row for row in store.mention_rows() if row["lat"] is not None]


def mention_date(row: dict) -> date | None:
    """The date the filters use: the event date, else the publication date."""
    value = row["event_date"] or row["article_published"]
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def expected_count(
    rows: list[dict],
    *,
    countries: tuple[str, ...] = (),
    date_from: date | None = None,
    date_to: date | None = None,
) -> int:
    """Count the mentions that pass a country and an inclusive date filter."""

    def passes(row: dict) -> bool:
        if countries and (row["country_code"] or "").upper() not in countries:
            return False
        when = mention_date(row)
        if date_from and (when is None or when < date_from):
            return False
        return not (date_to and (when is None or when > date_to))

    return sum(passes(row) for row in rows)


def wait_for_count(page: Page, expected: int, *, timeout_ms: int = RERUN_MS) -> None:
    """Wait until the caption reads "``expected`` mentions shown"."""
    wanted = re.compile(rf"(^|\D){expected:,}\s+mentions?\s+shown")
    expect(count_caption(page)).to_have_text(wanted, timeout=timeout_ms)


def sidebar(page: Page):
    return page.get_by_test_id("stSidebar")


def country_select(page: Page):
    box = page.get_by_role("combobox", name="Country")
    return sidebar(page).get_by_test_id("stMultiSelect").filter(has=box)


def country_tags(page: Page):
    """The chosen countries' tags in the sidebar's Country box."""
    # CSS, not roles: while the option list is open, react-aria hides the
    # rest of the page from the accessibility tree.
    return country_select(page).locator(".react-aria-ComboBox [data-tag]")


def choose_country(page: Page, name: str) -> None:
    """Pick one country in the sidebar's Country box, as a user does."""
    box = sidebar(page).get_by_role("combobox", name="Country")
    box.click()
    box.fill(name)
    page.get_by_role("option", name=name, exact=True).click()
    page.keyboard.press("Escape")
    expect(country_tags(page).filter(has_text=name)).to_have_count(1)


def set_date(page: Page, label: str, value: date) -> None:
    """Type a date into the sidebar's date field ``label`` ("From", "To")."""
    year = sidebar(page).get_by_role("spinbutton", name=f"year, {label}")
    year.click()
    # The field moves to the next segment once one is complete.
    page.keyboard.type(f"{value:%Y%m%d}")
    # The widget sends its value when the focus leaves it (not on Tab, which
    # stays inside it on the calendar button): click somewhere neutral.
    sidebar(page).get_by_role("heading", name="Filters").click()
    expect(year).to_have_attribute("aria-valuenow", str(value.year))


def date_field_value(page: Page, label: str) -> date | None:
    """Read the date a sidebar date field shows (None when empty)."""
    parts = []
    for segment in ("year", "month", "day"):
        spin = sidebar(page).get_by_role("spinbutton", name=f"{segment}, {label}")
        expect(spin).to_be_visible()
        now = spin.get_attribute("aria-valuenow")
        if now is None:
            return None
        parts.append(int(now))
    return date(*parts)


def grid_rows(grid: Locator) -> list[dict[str, str]]:
    """Read a st.dataframe / st.data_editor through its accessible table.

    The grid draws on a canvas; the table of the cells it shows is kept in
    the DOM for screen readers. Only rendered columns are present.
    """
    table = grid.locator("table[role=grid]")
    expect(table).to_be_attached()
    return table.evaluate(
        """table => {
          const names = {};
          for (const th of table.querySelectorAll("thead th")) {
            names[th.getAttribute("aria-colindex")] = th.textContent.trim();
          }
          return Array.from(table.querySelectorAll("tbody tr")).map(tr =>
            Object.fromEntries(Array.from(tr.querySelectorAll("td")).map(td =>
              [names[td.getAttribute("aria-colindex")], td.textContent.trim()])));
        }"""
    )


def go_to_page(page: Page, title: str) -> None:
    """Follow a link of the sidebar's page navigation (keeps the session)."""
    nav = page.get_by_test_id("stSidebarNav")
    nav.get_by_role("link", name=title, exact=True).click()


def upload_files(page: Page, *paths: Path) -> None:
    """Give files to the upload page's uploader and find their places."""
    uploader = page.get_by_test_id("stFileUploader")
    uploader.locator("input[type=file]").set_input_files([str(p) for p in paths])
    # The button is disabled until the upload has reached the server.
    page.get_by_role("button", name="Find the places", exact=True).click(
        timeout=RERUN_MS
    )


def result_box(page: Page, file_name: str) -> Locator:
    """The upload page's box of one file: its fields, places and Save button."""
    return (
        page.get_by_test_id("stVerticalBlock")
        .filter(has_text=file_name)
        .filter(has=page.get_by_role("button", name="Save", exact=True))
        .last
    )
