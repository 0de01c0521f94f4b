"""The "About the data" page and the app's start-up under AppTest."""

from __future__ import annotations

from dashboard.store import Store
from tests.test_pages.helpers import (
    app_env,  # noqa: F401 - fixture
    new_app,
    seed,
    shown_count,
)


def test_data_page_shows_counts_mode_unplaced_names_and_credits(app_env):  # noqa: F811
    seed(app_env)
    at = new_app("pages/data.py")
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Articles"] == "2"
    assert metrics["Mentions"] == "4"
    assert metrics["Not identified yet"] == "1"
    text = " ".join(m.value for m in at.markdown)
    assert "Mode: **offline**" in text
    assert "CC BY 4.0" in text and "GeoNames" in text
    assert "Geocode cache" in text
    (unplaced,) = [d for d in at.dataframe if "Name" in d.value.columns]
    assert unplaced.value["Name"].tolist() == ["Xanadu"]
    assert unplaced.value["Status"].tolist() == ["unresolved"]


def test_an_empty_store_gets_the_demo_on_first_start(app_env):  # noqa: F811
    at = new_app()
    assert shown_count(at) > 15
    store = Store(app_env.database_url)
    assert store.counts()["demo_articles"] >= 15
    assert [b.key for b in at.button if b.key == "map_clear_demo"]


def test_a_bad_setting_is_shown_not_raised(app_env, monkeypatch):  # noqa: F811
    monkeypatch.setenv("LANDMINE_MAP_GEOCODERS", "gazetteer,carrier-pigeon")
    at = new_app()
    assert any("carrier-pigeon" in e.value.replace("\\", "") for e in at.error)
