"""Mentions as a frame, and the filters applied to map, table and timeline."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pandas as pd
import pytest

from dashboard.frames import (
    Bounds,
    FilterState,
    country_name,
    filter_mentions,
    filter_options,
    headline_counts,
    map_records,
    mentions_frame,
    table_frame,
    timeline_frame,
)


def row(mention_id: int, **overrides):
    base = {
        "mention_id": mention_id,
        "article_id": 1,
        "article_title": "Tractor hits a mine near Aghdam",
        "article_source": "https://azertag.example/aghdam",
        "article_published": date(2023, 3, 14),
        "is_demo": False,
        "name": "Aghdam",
        "place_name": "Ağdam",
        "gazetteer_id": "geonames:148619",
        "lat": 39.99,
        "lon": 46.93,
        "country_code": "AZ",
        "admin1": "Aghdam District",
        "precision": 1,
        "role": "incident",
        "excerpt": "A tractor driver was killed near Aghdam.",
        "event_date": date(2023, 3, 12),
        "event_date_precision": "day",
        "killed": 1,
        "injured": 2,
        "mines": None,
        "device": "anti-tank mine",
        "victims": "civilian",
        "confidence": 0.9,
        "status": "resolved",
        "reviewed": False,
        "added_at": None,
    }
    base.update(overrides)
    return base


ROWS = [
    row(1),
    row(
        2,
        article_id=2,
        article_title="Deminers clear fields in Quang Tri",
        article_source="Vietnam News (file quangtri.txt)",
        article_published=date(2024, 6, 2),
        name="Quang Tri",
        place_name="Quảng Trị",
        lat=16.75,
        lon=107.19,
        country_code="VN",
        admin1="Quảng Trị",
        precision=3,
        role="clearance",
        excerpt="Teams cleared 40 hectares in Quang Tri province.",
        event_date=None,
        killed=None,
        injured=None,
        mines=120,
    ),
    row(
        3,
        article_id=2,
        article_title="Deminers clear fields in Quang Tri",
        article_source="Vietnam News (file quangtri.txt)",
        article_published=date(2024, 6, 2),
        name="Hanoi",
        place_name="Hanoi",
        lat=21.03,
        lon=105.85,
        country_code="VN",
        admin1="Hà Nội",
        precision=1,
        role="mention",
        excerpt="The ministry in Hanoi said 5 people were hurt.",
        event_date=date(2024, 5, 20),
        killed=None,
        injured=5,
    ),
    row(4, lat=None, lon=None, status="unresolved"),  # not placed: not on the map
]


@pytest.fixture
def frame() -> pd.DataFrame:
    return mentions_frame(ROWS)


def ids(frame: pd.DataFrame) -> list[int]:
    return sorted(frame["mention_id"].tolist())


def test_frame_holds_placed_mentions_with_country_and_effective_date(frame):
    assert ids(frame) == [1, 2, 3]
    assert list(frame.index) == [0, 1, 2]
    by_id = frame.set_index("mention_id")
    assert by_id.loc[1, "country_name"] == "Azerbaijan"
    assert by_id.loc[2, "country_name"] == "Vietnam"
    assert by_id.loc[1, "date"] == pd.Timestamp("2023-03-12")  # the event date
    assert by_id.loc[2, "date"] == pd.Timestamp("2024-06-02")  # else published


def test_an_empty_store_gives_an_empty_frame_that_filters():
    empty = mentions_frame([])
    assert len(filter_mentions(empty, FilterState(text="x", countries=("AZ",)))) == 0
    assert headline_counts(empty).mentions == 0
    assert timeline_frame(empty).empty
    assert filter_options(empty).date_min is None


@pytest.mark.parametrize(
    "filters, expected",
    [
        (FilterState(), [1, 2, 3]),
        (FilterState(countries=("VN",)), [2, 3]),
        (FilterState(admin1s=("Aghdam District",)), [1]),
        (FilterState(date_from=date(2024, 1, 1)), [2, 3]),
        (FilterState(date_to=date(2023, 3, 12)), [1]),  # the last day counts
        (FilterState(date_from=date(2024, 5, 20), date_to=date(2024, 5, 20)), [3]),
        (FilterState(roles=("clearance", "incident")), [1, 2]),
        (FilterState(source="AZERTAG"), [1]),
        (FilterState(article_ids=(2,)), [2, 3]),
        (FilterState(max_precision=2), [1, 3]),
        (FilterState(text="hectares"), [2]),
        (FilterState(text="quang tri"), [2]),
        (FilterState(text="Ağdam"), [1]),
        (FilterState(countries=("VN",), roles=("mention",)), [3]),
    ],
)
def test_each_filter_changes_the_frame(frame, filters, expected):
    assert ids(filter_mentions(frame, filters)) == expected


def test_view_filter_uses_bounds_only_when_on(frame):
    around_vietnam = Bounds(south=8, west=100, north=24, east=110)
    on = FilterState(only_in_view=True, bounds=around_vietnam)
    assert ids(filter_mentions(frame, on)) == [2, 3]
    assert ids(filter_mentions(frame, replace(on, only_in_view=False))) == [1, 2, 3]
    assert ids(filter_mentions(frame, on.map_filters())) == [1, 2, 3]
    across_antimeridian = Bounds(south=-10, west=170, north=30, east=-170)
    assert ids(filter_mentions(frame, replace(on, bounds=across_antimeridian))) == []


def test_bounds_read_from_st_folium():
    value = {
        "_southWest": {"lat": 8, "lng": 100},
        "_northEast": {"lat": 24.5, "lng": 110},
    }
    assert Bounds.from_leaflet(value) == Bounds(8, 100, 24.5, 110)
    assert Bounds.from_leaflet({"_southWest": {"lat": None, "lng": None}}) is None
    assert Bounds.from_leaflet(None) is None


FULL = FilterState(
    countries=("AZ", "VN"),
    admin1s=("Aghdam District",),
    date_from=date(2023, 1, 1),
    date_to=date(2024, 12, 31),
    roles=("incident", "clearance"),
    source="azertag",
    article_ids=(1, 2),
    max_precision=2,
    text="tractor driver",
    only_in_view=True,
)


@pytest.mark.parametrize("filters", [FilterState(), FULL, replace(FULL, roles=())])
def test_query_params_round_trip(filters):
    assert FilterState.from_query_params(filters.to_query_params()) == filters


def test_default_filters_make_an_empty_query():
    assert FilterState().to_query_params() == {}


def test_hand_edited_query_params_are_read_leniently():
    params = {
        "country": ["az", "Azerbaijan"],
        "from": "yesterday",
        "to": "2024-02-30",
        "role": ["incident", "<script>"],
        "precision": "9",
        "article": ["3", "x"],
        "q": "  tractor  ",
    }
    assert FilterState.from_query_params(params) == FilterState(
        countries=("AZ",), roles=("incident",), article_ids=(3,), text="tractor"
    )


def test_headline_counts_ignore_mere_mentions(frame):
    counts = headline_counts(frame)
    assert counts.mentions == 3
    assert counts.killed == 1
    assert counts.injured == 2  # the 5 hurt in a "mention" row do not count
    assert counts.mines == 120


@pytest.mark.parametrize(
    "freq, expected",
    [
        (
            "month",
            [
                ("2023-03-01", "incident", 1),
                ("2024-05-01", "mention", 1),
                ("2024-06-01", "clearance", 1),
            ],
        ),
        (
            "week",
            [
                ("2023-03-06", "incident", 1),
                ("2024-05-20", "mention", 1),
                ("2024-05-27", "clearance", 1),
            ],
        ),
    ],
)
def test_timeline_counts_mentions_per_period_and_role(frame, freq, expected):
    timeline = timeline_frame(frame, freq)
    got = [
        (p.date().isoformat(), r, n)
        for p, r, n in timeline[["period", "role", "mentions"]].itertuples(index=False)
    ]
    assert got == expected


def test_filter_options_list_what_the_data_holds(frame):
    options = filter_options(frame)
    assert options.countries == (("AZ", "Azerbaijan"), ("VN", "Vietnam"))
    assert ("Aghdam District", "Azerbaijan") in options.admin1s
    assert options.roles == ("incident", "clearance", "mention")
    assert options.date_min == date(2023, 3, 12)
    assert options.date_max == date(2024, 6, 2)
    assert dict(options.articles)[2] == "Deminers clear fields in Quang Tri"


def test_table_and_map_records(frame):
    table = table_frame(frame)
    assert {"Date", "Role", "Place", "Excerpt", "Source"} <= set(table.columns)
    records = list(map_records(frame))
    assert len(records) == 3
    assert records[0]["country_name"] == "Azerbaijan"


@pytest.mark.parametrize(
    "code, expected", [("AZ", "Azerbaijan"), ("kh", "Cambodia"), ("", ""), ("ZZ", "ZZ")]
)
def test_country_name(code, expected):
    assert country_name(code) == expected
