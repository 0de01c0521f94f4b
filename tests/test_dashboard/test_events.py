"""Reports merged into events: the rule, determinism, counts and user splits."""

from __future__ import annotations

import math
import random
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from dashboard.events import (
    EventRule,
    assign_events,
    clear_event_groups,
    count_events,
    distance_km,
    event_counts,
    event_groups_of,
    events_frame,
    split_event,
    with_event_ids,
)
from dashboard.frames import mentions_frame
from dashboard.models import Article, ExtractedPlace
from dashboard.store import Store, audit_log
from tests.postgres import fresh_database, postgres_url  # noqa: F401 (fixture)

TARTAR = (40.3440, 46.9320)
KM_PER_DEGREE_LAT = 111.2


def north_of(point: tuple[float, float], km: float) -> tuple[float, float]:
    return point[0] + km / KM_PER_DEGREE_LAT, point[1]


def row(mention_id: int, **overrides: Any) -> dict[str, Any]:
    """One row as Store.mention_rows gives it."""
    lat, lon = overrides.pop("at", TARTAR)
    values = {
        "mention_id": mention_id,
        "article_id": mention_id,
        "article_title": f"Report {mention_id}",
        "article_source": f"https://news{mention_id}.example/blast",
        "article_published": date(2023, 5, 10),
        "is_demo": False,
        "name": "Tartar",
        "place_name": "Tartar",
        "gazetteer_id": "geonames:585170",
        "lat": lat,
        "lon": lon,
        "country_code": "AZ",
        "admin1": "Tartar",
        "precision": 1,
        "role": "incident",
        "excerpt": f"Report {mention_id}: a tractor struck a mine outside Tartar.",
        "event_date": date(2023, 5, 8),
        "event_date_precision": "day",
        "killed": None,
        "injured": None,
        "mines": None,
        "device": None,
        "victims": "",
        "confidence": 0.9,
        "status": "resolved",
        "reviewed": False,
        "added_at": None,
    }
    values.update(overrides)
    return values


def frame_of(*rows: dict[str, Any]):
    return mentions_frame(rows)


def test_distance_matches_a_known_figure() -> None:
    # One degree of latitude is about 111.2 km.
    assert distance_km(40.0, 47.0, 41.0, 47.0) == pytest.approx(111.2, abs=0.1)


@pytest.mark.parametrize(
    ("case", "second", "merged"),
    [
        ("same place, same day", {}, True),
        (
            "3 km away, next day",
            {"at": north_of(TARTAR, 3), "event_date": date(2023, 5, 9)},
            True,
        ),
        ("4.9 km away", {"at": north_of(TARTAR, 4.9)}, True),
        ("two days later", {"event_date": date(2023, 5, 10)}, True),
        ("three days later", {"event_date": date(2023, 5, 11)}, False),
        ("5.2 km away", {"at": north_of(TARTAR, 5.2)}, False),
        ("another role", {"role": "clearance"}, False),
        ("no date at all", {"event_date": None, "article_published": None}, False),
        (
            "publication date stands in",
            {"event_date": None, "article_published": date(2023, 5, 9)},
            True,
        ),
        # A village no gazetteer holds, shown at the district point it shares
        # with every other village there.
        (
            "another village shown at the same district point",
            {"name": "Kolkhozashen", "gazetteer_id": None, "status": "unresolved"},
            False,
        ),
        (
            "the same unknown village, told again",
            {"name": "TARTAR", "gazetteer_id": None, "status": "unresolved"},
            True,
        ),
    ],
)
def test_two_reports_merge_only_under_the_rule(
    case: str, second: dict[str, Any], merged: bool
) -> None:
    frame = frame_of(row(1), row(2, **second))
    events = assign_events(frame)
    assert bool(events.iloc[0] == events.iloc[1]) is merged, case
    assert count_events(frame) == (1 if merged else 2)


def test_event_id_is_the_smallest_mention_id() -> None:
    frame = frame_of(row(7, event_date=date(2023, 5, 9)), row(3), row(12))
    assert assign_events(frame).tolist() == [3, 3, 3]


def test_daily_reports_at_one_place_do_not_chain_into_one_long_event() -> None:
    daily = [
        row(i + 1, event_date=date(2023, 5, 1) + timedelta(days=i)) for i in range(10)
    ]
    events = assign_events(frame_of(*daily)).tolist()
    # Each event spans at most the first report's day and the two after it.
    assert events == [1, 1, 1, 4, 4, 4, 7, 7, 7, 10]


def test_grouping_does_not_depend_on_row_order_or_ids() -> None:
    rows = [
        row(1),
        row(2, at=north_of(TARTAR, 2), event_date=date(2023, 5, 9)),
        row(3, at=north_of(TARTAR, 30)),
        row(4, at=north_of(TARTAR, 31), event_date=date(2023, 5, 10)),
        row(5, role="minefield"),
        row(6, event_date=date(2023, 6, 1)),
    ]

    def partition(rows_in_order: list[dict[str, Any]]) -> set[frozenset[str]]:
        frame = frame_of(*rows_in_order)
        frame = frame.assign(event_id=assign_events(frame))
        return {
            frozenset(group["excerpt"].str[:9])
            for _, group in frame.groupby("event_id")
        }

    expected = {
        frozenset({"Report 1:", "Report 2:"}),
        frozenset({"Report 3:", "Report 4:"}),
        frozenset({"Report 5:"}),
        frozenset({"Report 6:"}),
    }
    shuffled = list(rows)
    random.Random(4).shuffle(shuffled)
    # New ids, in another order: a store rebuilt from an export.
    renumbered = [dict(r, mention_id=100 - i) for i, r in enumerate(shuffled)]
    assert partition(rows) == expected
    assert partition(renumbered) == expected


def test_a_report_joins_the_nearest_event_it_fits() -> None:
    far = north_of(TARTAR, 8)
    between = north_of(TARTAR, 4.5)  # 4.5 km from the first, 3.5 km from the second
    frame = frame_of(
        row(1), row(2, at=far, event_date=date(2023, 5, 7)), row(3, at=between)
    )
    assert assign_events(frame).tolist() == [1, 2, 2]


def test_events_frame_lists_sources_and_does_not_double_count() -> None:
    frame = frame_of(
        row(1, killed=2, injured=1, device="anti-tank mine"),
        row(2, killed=3, article_source="https://news1.example/blast"),
        row(3, killed=3, article_id=2, article_source="https://other.example/b"),
        row(4, at=north_of(TARTAR, 40), killed=1, mines=None),
        row(5, at=north_of(TARTAR, 80), role="mention", killed=9),
    )
    events = events_frame(with_event_ids(frame)).set_index("event_id")
    first = events.loc[1]
    assert first["sources"] == (
        "https://news1.example/blast",
        "https://other.example/b",
    )
    assert first["source_count"] == 2
    assert first["article_count"] == 2  # mentions 2 and 3 come from one article
    assert first["mention_ids"] == (1, 2, 3)
    assert (first["killed"], first["injured"]) == (3, 1)
    assert first["device"] == "anti-tank mine"
    assert (first["lat"], first["lon"]) == TARTAR
    counts = event_counts(frame)
    assert (counts.events, counts.mentions) == (3, 5)
    # 3 for the merged blast (not 2 + 3 + 3), 1 for the other; a mention adds nothing
    assert (counts.killed, counts.injured, counts.mines) == (4, 1, 0)


def test_events_frame_takes_place_and_date_from_the_first_report() -> None:
    later = north_of(TARTAR, 2)
    frame = frame_of(
        row(1, at=later, event_date=date(2023, 5, 9), excerpt="second telling"),
        row(2, event_date=date(2023, 5, 8), excerpt="first telling"),
    )
    event = events_frame(frame).iloc[0]
    assert (event["lat"], event["lon"]) == TARTAR
    assert event["excerpt"] == "first telling"
    assert event["date"].date() == date(2023, 5, 8)
    assert event["date_last"].date() == date(2023, 5, 9)


def test_a_stricter_rule_can_be_given() -> None:
    frame = frame_of(row(1), row(2, at=north_of(TARTAR, 3)))
    assert assign_events(frame, rule=EventRule(max_distance_km=1.0)).nunique() == 2


def test_empty_frames_have_no_events() -> None:
    empty = frame_of()
    assert assign_events(empty).empty
    assert events_frame(empty).empty
    assert event_counts(empty).events == 0


# -- splits kept in the store ------------------------------------------------------


@pytest.fixture(
    params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Store:
    if request.param == "sqlite":
        return Store(f"sqlite:///{tmp_path / 'store.sqlite'}")
    cluster = request.getfixturevalue("postgres_url")
    return Store(fresh_database(cluster, f"events_{uuid.uuid4().hex[:12]}"))


def save_report(
    store: Store, text: str, *, at: tuple[float, float] = TARTAR, is_demo: bool = False
) -> None:
    place = ExtractedPlace(
        name="Tartar",
        start=0,
        end=6,
        excerpt=text,
        role="incident",
        status="resolved",
        lat=at[0],
        lon=at[1],
        country_code="AZ",
        precision=1,
        event_date=date(2023, 5, 8),
        event_date_precision="day",
        killed=2,
    )
    article = Article(text=text, title=text, source=f"https://{len(text)}.example")
    store.save_article(article, [place], is_demo=is_demo)


def grouped(store: Store):
    frame = mentions_frame(store.mention_rows())
    return with_event_ids(frame, groups=event_groups_of(store))


def test_a_split_persists_and_is_not_merged_again(store: Store) -> None:
    save_report(store, "First report of the Tartar blast.")
    save_report(store, "Second report of the same blast, from elsewhere.")
    before = grouped(store)
    assert before["event_id"].nunique() == 1
    wrong = int(before["mention_id"].max())

    split_event(store, [wrong], who="Analyst A")

    reopened = Store(store.url)  # a fresh process sees the same split
    after = grouped(reopened)
    assert after["event_id"].nunique() == 2
    # A third report of the blast joins the automatic event, never the split one.
    save_report(reopened, "Third report, a day later, same fields outside Tartar.")
    again = grouped(reopened)
    assert again["event_id"].nunique() == 2
    alone = again[again["mention_id"] == wrong]["event_id"].iloc[0]
    assert (again["event_id"] == alone).sum() == 1
    audit = reopened.read(
        lambda conn: conn.execute(
            select(audit_log.c.who, audit_log.c.entity_id, audit_log.c.action)
        ).all(),
        what="read the audit",
    )
    assert [tuple(a) for a in audit] == [("Analyst A", wrong, "event_group")]


def test_clearing_a_split_merges_again(store: Store) -> None:
    save_report(store, "First report of the Tartar blast.")
    save_report(store, "Second report of the same blast, from elsewhere.")
    ids = grouped(store)["mention_id"].tolist()
    split_event(store, ids[1:])
    assert grouped(store)["event_id"].nunique() == 2
    assert clear_event_groups(store, ids) == 1
    assert grouped(store)["event_id"].nunique() == 1
    assert event_groups_of(store) == {}


def test_a_split_goes_with_its_mentions(store: Store) -> None:
    save_report(store, "A demo report of the Tartar blast.", is_demo=True)
    save_report(store, "A user's report of the Tartar blast.")
    demo_id = int(grouped(store)["mention_id"].min())
    split_event(store, [demo_id])
    store.delete_demo()
    assert event_groups_of(store) == {}


def test_splitting_nothing_is_refused(store: Store) -> None:
    from dashboard.events import EventError

    with pytest.raises(EventError, match="at least one mention"):
        split_event(store, [])


def test_grouping_100_reports_of_one_blast_stays_one_event() -> None:
    rows = [
        row(i + 1, at=north_of(TARTAR, (i % 10) * 0.3), article_id=i + 1)
        for i in range(100)
    ]
    frame = frame_of(*rows)
    assert count_events(frame) == 1
    assert not math.isnan(events_frame(frame)["lat"].iloc[0])
