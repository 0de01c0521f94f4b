"""Mentions as a frame, and the filters applied to map, table and timeline."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pandas as pd
import pytest

from dashboard.events import event_counts, events_frame, with_event_ids
from dashboard.frames import (
    Bounds,
    FilterState,
    country_name,
    event_positions,
    filter_mentions,
    filter_options,
    frame_from_columns,
    headline_counts,
    in_event_order,
    map_records,
    mentions_frame,
    table_frame,
    timeline_frame,
)
from dashboard.models import Article, ExtractedPlace
from dashboard.store import Store


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
    assert counts.mentions == 3 and counts.events == 3
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


# -- events --------------------------------------------------------------------


def blast_reports() -> pd.DataFrame:
    """Three reports of one blast (a day apart, 1 km apart), plus two others."""
    reports = [
        row(
            10,
            article_id=10,
            article_title="Second day: toll rises near Aghdam",
            event_date=date(2023, 3, 13),
            lat=40.0,
            killed=2,
        ),
        row(11, article_id=11, article_title="First report", killed=1, injured=4),
        row(12, article_id=12, article_title="Third", lat=39.995, killed=None),
        row(13, article_id=13, role="mention", killed=7, lat=40.5),  # not counted
        row(14, article_id=14, event_date=date(2024, 1, 1), killed=3),
    ]
    for report in reports:
        report["excerpt"] = f"Report {report['mention_id']} of a blast near Aghdam."
    return in_event_order(with_event_ids(mentions_frame(reports)))


def test_event_order_puts_each_events_first_report_first():
    frame = blast_reports()
    assert list(frame.index) == list(range(len(frame)))
    blast = frame[frame["event_id"] == frame["event_id"].iloc[0]]
    assert len(blast) == 3
    first_report = (
        events_frame(frame).set_index("event_id").loc[blast["event_id"].iloc[0]]
    )
    # the row standing for the event is the one events_frame calls its first report
    assert blast.iloc[0]["excerpt"] == first_report["excerpt"]
    assert blast["mention_id"].tolist() == [11, 12, 10]  # by date, then latitude
    assert blast.index.tolist() == [0, 1, 2]  # reports together


def test_headline_counts_count_each_event_once_like_event_counts():
    frame = blast_reports()
    counts = headline_counts(frame)
    expected = event_counts(frame)
    assert (counts.events, counts.mentions) == (3, 5)
    assert counts.killed == 2 + 3  # the blast's largest toll, once; not the mention
    assert (counts.killed, counts.injured, counts.mines) == (
        expected.killed,
        expected.injured,
        expected.mines,
    )
    # a filter that hides the worst report leaves the event's other figures
    fewer = frame[frame["mention_id"] != 10]
    assert headline_counts(fewer).killed == event_counts(fewer).killed == 1 + 3


def test_event_positions_give_one_first_report_per_event():
    frame = blast_reports()
    first, merged = event_positions(frame)
    assert first == [0, 3, 4]
    assert merged == {0: [1, 2]}
    subset = frame.iloc[[1, 2, 4]]  # the first report filtered out
    assert event_positions(subset) == ([1, 4], {1: [2]})
    plain = mentions_frame(ROWS)
    assert event_positions(plain) == ([0, 1, 2], {})


def test_no_filter_returns_the_frame_itself(frame):
    assert filter_mentions(frame, FilterState()) is frame
    assert filter_mentions(frame, FilterState(only_in_view=True)) is frame
    assert len(filter_mentions(frame, FilterState(roles=("incident",)))) == 1


def test_table_has_an_event_column_when_grouped():
    table = table_frame(blast_reports())
    assert table["Event"].value_counts().max() == 3


# -- the column read -----------------------------------------------------------


def _place(name: str, lat: float | None, **overrides) -> ExtractedPlace:
    values = {
        "name": name,
        "start": 0,
        "end": len(name),
        "excerpt": f"Mines near {name}.",
        "role": "incident",
        "status": "resolved" if lat is not None else "unresolved",
        "lat": lat,
        "lon": None if lat is None else 46.9,
        "country_code": "az",
        "precision": 1 if lat is not None else None,
        "event_date": date(2023, 5, 8),
        "killed": 1,
    }
    values.update(overrides)
    return ExtractedPlace(**values)


def test_the_column_read_gives_the_same_frame_as_the_row_read(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'store.sqlite'}")
    store.save_article(
        Article(text="One.", title="One", source="https://a.example/1"),
        [_place("Aghdam", 40.0), _place("Nowhere", None), _place("Tartar", 40.3)],
    )
    store.save_article(
        Article(text="Two.", title=None, source=None, published=date(2024, 1, 2)),
        [_place("Fuzuli", 39.6, killed=None, device="UXO", event_date=None)],
        is_demo=True,
    )
    columns = store.mention_columns()
    assert len(columns["mention_id"]) == 4 and set(columns) == set(
        store.mention_rows()[0]
    )
    placed = store.mention_columns(placed_only=True)
    assert placed["name"] == ["Aghdam", "Tartar", "Fuzuli"]
    # repeated texts are one object, not one per mention
    assert placed["article_title"][0] is placed["article_title"][1]

    from_columns = frame_from_columns(placed)
    assert placed == {}  # the lists were handed over, not copied
    expected = mentions_frame(store.mention_rows())
    pd.testing.assert_frame_equal(from_columns, expected)
    assert from_columns["added_at"].notna().all()


def test_the_column_read_of_an_empty_store_is_an_empty_frame(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'store.sqlite'}")
    frame = frame_from_columns(store.mention_columns(placed_only=True))
    assert frame.empty and list(frame.columns) == list(mentions_frame([]).columns)
    with pytest.raises(ValueError, match="missing"):
        frame_from_columns({"mention_id": []})


def test_map_records_come_in_chunks_with_the_same_rows(frame):
    assert list(map_records(frame, chunk_rows=2)) == list(map_records(frame))
    assert [r["reviewed"] for r in map_records(frame)] == [False, False, False]
