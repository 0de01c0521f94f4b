"""Sidebar filters in a real browser: the count follows them, and the URL keeps them."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import AppServer
from tests.e2e.dashboard_ui import (
    choose_country,
    country_tags,
    date_field_value,
    expected_count,
    mentions_shown,
    screenshot,
    set_date,
    stored_mentions,
    wait_for_count,
    wait_for_map,
)

pytestmark = pytest.mark.browser
COUNTRY, COUNTRY_NAME = "UA", "Ukraine"
DATE_FROM, DATE_TO = date(2023, 1, 1), date(2023, 12, 31)


def test_dates_and_country_narrow_the_count_and_the_url_restores_them(
    page: Page, app_server: AppServer, artifacts_dir: Path
) -> None:
    rows = stored_mentions(app_server)
    total = len(rows)
    since = expected_count(rows, date_from=DATE_FROM)
    in_dates = expected_count(rows, date_from=DATE_FROM, date_to=DATE_TO)
    in_both = expected_count(
        rows, countries=(COUNTRY,), date_from=DATE_FROM, date_to=DATE_TO
    )
    # The demo data must make each step visible, or the test proves nothing.
    assert total > since > in_dates > in_both > 0, (total, since, in_dates, in_both)

    page.goto(app_server.url)
    wait_for_map(page)
    assert mentions_shown(page) == total

    set_date(page, "From", DATE_FROM)
    wait_for_count(page, since)
    set_date(page, "To", DATE_TO)
    wait_for_count(page, in_dates)
    choose_country(page, COUNTRY_NAME)
    wait_for_count(page, in_both)
    wait_for_map(page)
    screenshot(page, artifacts_dir, "filters-narrowed")

    query = parse_qs(urlsplit(page.url).query)
    assert query.get("country") == [COUNTRY], page.url
    assert query.get("from") == [DATE_FROM.isoformat()], page.url
    assert query.get("to") == [DATE_TO.isoformat()], page.url

    # A new tab (a new Streamlit session) opened on the shared link.
    shared = page.context.new_page()
    shared.goto(page.url)
    wait_for_map(shared)
    assert mentions_shown(shared) == in_both
    expect(country_tags(shared)).to_have_text([COUNTRY_NAME])
    assert date_field_value(shared, "From") == DATE_FROM
    assert date_field_value(shared, "To") == DATE_TO
    screenshot(shared, artifacts_dir, "filters-restored-from-url")
