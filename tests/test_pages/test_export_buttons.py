"""The map page offers the filtered mentions for download and counts events."""

from __future__ import annotations

import pytest

from tests.test_pages.helpers import (
    app_env,  # noqa: F401 - fixture
    article,
    new_app,
    place,
    seed,
    shown_count,
    shown_events,
)


@pytest.fixture
def seeded(app_env):  # noqa: F811
    store = seed(app_env)
    return app_env, store


def test_map_page_has_a_download_button_per_format_and_an_events_count(seeded):
    at = new_app()
    labels = [button.proto.label for button in at.get("download_button")]
    assert labels == ["Download CSV", "Download GeoJSON", "Download KML"]
    assert (shown_count(at), shown_events(at)) == (3, 3)


def test_a_second_report_of_the_same_blast_adds_a_mention_not_an_event(seeded):
    _, store = seeded
    store.save_article(
        article("Another outlet tells of the blast near Aghdam.", source="b.example"),
        [place("Aghdam", 39.991, 46.931, killed=1)],
    )
    at = new_app()
    assert (shown_count(at), shown_events(at)) == (4, 3)


def test_data_page_downloads_everything(seeded):
    at = new_app("pages/data.py")
    labels = [button.proto.label for button in at.get("download_button")]
    assert labels == ["Download CSV", "Download GeoJSON", "Download KML"]
