"""The map page under Streamlit's AppTest: counts, filters, URL, clicks, demo."""

from __future__ import annotations

import json
import re

import pytest
import streamlit_folium
from streamlit.testing.v1 import AppTest

from dashboard.aliases import AliasStore
from dashboard.review import Reviewer
from dashboard.store import Store
from tests.test_pages.helpers import (
    APP,
    app_env,  # noqa: F401 - fixture
    article,
    map_args,
    new_app,
    place,
    seed,
    shown_count,
    shown_events,
)


def map_data(at: AppTest) -> dict:
    """Return the map's points as the page sent them (inline at this size)."""
    found = re.search(r'id="landmine-data">(.*?)</script>', map_args(at)["html"])
    assert found, "the map data is not in the page"
    return json.loads(found.group(1))


@pytest.fixture
def seeded(app_env):  # noqa: F811
    store = seed(app_env)
    return app_env, store


def test_map_page_shows_the_placed_mentions(seeded):
    at = new_app()
    assert shown_count(at) == 3  # the unresolved Xanadu is not on the map
    metrics = {m.label: m.value for m in at.metric}
    assert metrics == {
        "Events": "3",
        "Mentions": "3",
        "Killed": "1",
        "Injured": "2",
        "Mines found": "40",
    }
    assert len(at.dataframe) == 1


def test_the_map_loads_only_local_assets_and_escapes_titles(seeded):
    args = map_args(new_app())
    links = args["js_links"] + args["css_links"]
    assert links and all(link.startswith("/app/static/") for link in links)
    page = args["html"] + args["script"]
    assert "<script>alert" not in page and "<img src=x" not in page
    assert 'href="javascript:' not in page
    data = json.loads(
        re.search(r'id="landmine-data">(.*?)</script>', args["html"]).group(1)
    )
    titles = [a[0] for a in data["articles"].values()]
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Mine &lt;img" in (
        " ".join(titles)
    )


@pytest.mark.parametrize(
    "widget, value, expected",
    [
        ("filter_roles", ["clearance"], 1),
        ("filter_roles", ["incident"], 2),
        ("filter_precision", 1, 2),
        ("filter_text", "hurt", 1),
        ("filter_source", "news.example", 2),
    ],
)
def test_a_filter_changes_the_count_and_the_url(seeded, widget, value, expected):
    at = new_app()
    if widget == "filter_text" or widget == "filter_source":
        at.sidebar.text_input(key=widget).input(value).run()
    elif widget == "filter_precision":
        at.sidebar.radio(key=widget).set_value(value).run()
    else:
        at.sidebar.multiselect(key=widget).set_value(value).run()
    assert not at.exception
    assert shown_count(at) == expected
    assert at.query_params  # the view is in the URL


def test_a_shared_link_opens_with_its_filters(seeded):
    at = AppTest.from_file(str(APP), default_timeout=120)
    at.query_params["role"] = "clearance"
    at.run()
    assert not at.exception
    assert shown_count(at) == 1
    assert at.sidebar.multiselect(key="filter_roles").value == ["clearance"]


def test_filters_survive_a_visit_to_another_page(seeded):
    at = new_app()
    at.sidebar.multiselect(key="filter_roles").set_value(["clearance"]).run()
    at.switch_page("pages/data.py").run()
    at.switch_page("pages/map.py").run()
    assert shown_count(at) == 1


def test_clicking_a_marker_shows_the_mention_in_the_sidebar(seeded, monkeypatch):
    _, store = seeded
    fuzuli = next(r for r in store.mention_rows() if r["name"] == "Fuzuli")
    real = streamlit_folium.st_folium

    def clicked(fig, **kwargs):
        real(fig, **kwargs)
        tooltip = f"Fuzuli, Azerbaijan · #{fuzuli['mention_id']}"
        return {"last_object_clicked_tooltip": tooltip}

    monkeypatch.setattr(streamlit_folium, "st_folium", clicked)
    at = new_app()
    texts = " ".join(m.value for m in at.sidebar.markdown)
    assert "Selected on the map" in [h.value for h in at.sidebar.subheader]
    assert "A mine was found near Fuzuli" in texts.replace("\\", "")
    # the hostile title is Markdown-escaped text, never HTML or a link
    assert "\\<script\\>alert" in texts
    assert not re.search(r"(?<!\\)<script", texts)
    assert "javascript" not in [b.label for b in at.sidebar.get("link_button")]


def test_clear_demo_data_deletes_only_the_demo(app_env):  # noqa: F811
    from tests.test_pages.helpers import article, place

    store = Store(app_env.database_url)
    store.save_article(
        article("My own article about Aghdam."), [place("Aghdam", 40, 47)]
    )
    store.save_article(
        article("A demo article about Tartar."),
        [place("Tartar", 40.3, 46.9)],
        is_demo=True,
    )
    at = new_app()
    assert shown_count(at) == 2
    at.button(key="map_clear_demo").click().run()
    assert not at.exception
    assert shown_count(at) == 1
    assert store.counts()["demo_articles"] == 0
    assert store.was_demo_cleared()


def test_viewers_cannot_clear_the_demo_when_an_editor_password_is_set(
    app_env, monkeypatch  # noqa: F811
):
    store = Store(app_env.database_url)
    store.save_article(
        article("A demo article about Tartar."),
        [place("Tartar", 40.3, 46.9)],
        is_demo=True,
    )
    monkeypatch.setenv("LANDMINE_MAP_EDITOR_PASSWORD", "correct horse")
    at = new_app()
    assert shown_count(at) == 1
    assert "map_clear_demo" not in [button.key for button in at.button]
    assert store.counts()["demo_articles"] == 1


def test_only_in_view_limits_counts_to_the_returned_bounds(seeded, monkeypatch):
    real = streamlit_folium.st_folium
    seen: list[list[str]] = []

    def around_fuzuli(fig, **kwargs):
        real(fig, **kwargs)
        seen.append(list(kwargs["returned_objects"]))
        sw, ne = {"lat": 39.5, "lng": 47.0}, {"lat": 39.7, "lng": 47.3}
        return {"bounds": {"_southWest": sw, "_northEast": ne}}

    monkeypatch.setattr(streamlit_folium, "st_folium", around_fuzuli)
    at = new_app()
    assert seen[-1] == ["last_object_clicked_tooltip"]  # panning reruns nothing
    at.sidebar.toggle(key="filter_only_in_view").set_value(True).run()
    assert "bounds" in seen[-1]
    assert shown_count(at) == 3  # the map layer itself is not re-filtered
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Mentions"] == "1" and metrics["Mines found"] == "40"


def test_two_reports_of_one_blast_are_one_marker_listing_both_sources(seeded):
    _, store = seeded
    store.save_article(
        article(
            "Another outlet tells of the blast near Aghdam.",
            title="Second report of the Aghdam blast",
            source="https://other.example.net/aghdam",
            file_name="other.txt",
        ),
        [place("Aghdam", 39.991, 46.931, killed=1)],
    )
    at = new_app()
    assert (shown_count(at), shown_events(at)) == (4, 3)
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Events"] == "3" and metrics["Mentions"] == "4"
    assert metrics["Killed"] == "1"  # one blast, told twice, killed one man

    data = map_data(at)
    incidents = data["layers"]["incident"]
    assert len(incidents) == 2  # Aghdam (one event of two reports) and Tartar
    (event_key,) = data["events"]
    (aghdam,) = [p for p in incidents if str(p[2]) == event_key]
    first, last, killed, _, _, reports = data["events"][event_key]
    assert len(reports) == 1 and killed == 1 and first == last
    titles = {data["articles"][str(aghdam[3])][0]}
    titles |= {data["articles"][str(r[1])][0] for r in reports}
    assert titles == {
        "Tractor hits a mine near Aghdam",
        "Second report of the Aghdam blast",
    }
    assert "Incident (2)" in map_args(at)["script"]  # markers, not mentions

    table = at.dataframe[0].value
    assert table.groupby("Event").size().max() == 2  # the table shows the merge


def test_a_reviewed_mention_is_marked_in_its_data_and_the_sidebar(seeded, monkeypatch):
    _, store = seeded
    fuzuli = next(r for r in store.mention_rows() if r["name"] == "Fuzuli")
    Reviewer(store, aliases=AliasStore(store)).confirm(fuzuli["mention_id"], who="ana")
    real = streamlit_folium.st_folium

    def clicked(fig, **kwargs):
        real(fig, **kwargs)
        return {"last_object_clicked_tooltip": f"Fuzuli · #{fuzuli['mention_id']}"}

    monkeypatch.setattr(streamlit_folium, "st_folium", clicked)
    at = new_app()
    data = map_data(at)
    (point,) = data["layers"]["clearance"]
    assert len(point) == 14 and point[13] == 1  # the reviewed flag
    assert all(len(p) < 14 for p in data["layers"]["incident"])
    assert "reviewed" in map_args(at)["script"]  # the legend explains the mark
    sidebar = " ".join(m.value for m in at.sidebar.markdown)
    assert "✓ reviewed" in sidebar
