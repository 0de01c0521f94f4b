"""Exports (CSV, GeoJSON, KML) parsed back; export -> import -> export round trips."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import uuid
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update

from dashboard.events import event_groups_of, split_event, with_event_ids
from dashboard.exports import (
    CSV_COLUMNS,
    GEOJSON_PROPERTIES,
    ExportImportError,
    export_bytes,
    export_file_name,
    export_text,
    from_csv,
    from_geojson,
    import_file,
)
from dashboard.frames import FilterState, filter_mentions, mentions_frame
from dashboard.models import Article, ExtractedPlace
from dashboard.store import Store, mentions, places
from tests.postgres import fresh_database, postgres_url  # noqa: F401 (fixture)

KML = "{http://www.opengis.net/kml/2.2}"
TARTAR = (40.3440, 46.9320)
CLI = Path(sys.executable).with_name("landmine-map")


def place(name: str, **overrides: Any) -> ExtractedPlace:
    values: dict[str, Any] = {
        "name": name,
        "start": 0,
        "end": len(name),
        "excerpt": f"Something happened at {name}.",
        "role": "incident",
        "status": "resolved",
        "lat": TARTAR[0],
        "lon": TARTAR[1],
        "country_code": "AZ",
        "admin1": "Tartar District",
        "precision": 1,
        "confidence": 0.875,
        "event_date": date(2023, 5, 8),
        "event_date_precision": "day",
    }
    values.update(overrides)
    return ExtractedPlace(**values)


def fill(store: Store) -> None:
    """Reports in our own words: a blast told twice, a clearance, a conference."""
    candidates = (
        {
            "gazetteer_id": "geonames:585170",
            "name": "Tərtər",
            "country_code": "AZ",
            "lat": 40.344,
            "lon": 46.932,
            "score": 0.91,
        },
        {
            "gazetteer_id": "geonames:1",
            "name": "Tartar Farm",
            "country_code": "US",
            "lat": 35.1,
            "lon": -90.2,
            "score": 0.2,
        },
    )
    store.save_article(
        Article(
            text="A tractor driver died when his tractor set off a mine near Tartar.",
            title="Tractor driver dies in Tartar blast",
            source="https://first.example/tartar",
            published=date(2023, 5, 9),
            language="en",
            file_name="tartar-1.txt",
        ),
        [
            place(
                "Tartar",
                start=60,
                end=66,
                gazetteer_id="geonames:585170",
                killed=1,
                injured=1,
                device="anti-tank mine",
                victims=("civilian",),
                candidates=candidates,
                excerpt="A tractor driver died when his tractor set off a mine.",
            ),
            place(
                "Azerbaijan",
                role="mention",
                lat=40.5,
                lon=47.5,
                precision=3,
                admin1=None,
                gazetteer_id="geonames:587116",
                event_date=None,
                event_date_precision=None,
                killed=1,
            ),
        ],
    )
    store.save_article(
        Article(
            text="Two farm hands were hurt, one fatally, by a mine outside Tartar.",
            title='Mine outside Tartar <script>alert("x")</script>',
            source="https://second.example/news?id=7&lang=en",
            published=date(2023, 5, 10),
        ),
        [
            place(
                "Tartar",
                lat=TARTAR[0] + 0.018,  # 2 km north
                event_date=date(2023, 5, 9),
                killed=1,
                injured=2,
                excerpt='One farm hand died & one was hurt, said "officials" <b>.',
            )
        ],
    )
    store.save_article(
        Article(
            text="Deminers have cleared 120 mines around Fuzuli this month.",
            title="Fuzuli clearance",
            source="Local radio",
            published=date(2023, 6, 2),
        ),
        [
            place(
                "Fuzuli",
                role="clearance",
                lat=39.6,
                lon=47.15,
                precision=2,
                mines=120,
                event_date=None,
                event_date_precision=None,
            )
        ],
    )
    store.save_article(
        Article(
            text="A mine action conference met in Baku in 2022.",
            title="Baku conference",
            source="https://third.example/baku",
        ),
        [
            place(
                "Baku",
                role="conference",
                lat=40.4093,
                lon=49.8671,
                event_date=date(2022, 1, 1),
                event_date_precision="year",
            ),
            place(
                "Ganja",
                role="mention",
                lat=40.6828,
                lon=46.3606,
                event_date=None,
                event_date_precision=None,
            ),
        ],
    )
    store.save_article(
        Article(
            text="Another outlet also told of the Tartar blast, wrongly merged.",
            title="A third telling",
            source="https://fourth.example/t",
            published=date(2023, 5, 9),
        ),
        [place("Tartar", event_date=date(2023, 5, 9), killed=1)],
    )
    rows = store.mention_rows()
    third = [
        r["mention_id"]
        for r in rows
        if r["article_source"].startswith("https://fourth")
    ]
    split_event(store, third, who="tester")
    baku = [r["mention_id"] for r in rows if r["name"] == "Baku"]

    def review(conn) -> None:
        conn.execute(
            update(mentions).where(mentions.c.id.in_(baku)).values(reviewed=True)
        )
        # A correction named the place differently from every candidate.
        conn.execute(
            update(places)
            .where(places.c.gazetteer_id == "geonames:587116")
            .values(name="Republic of Azerbaijan")
        )

    store.write(review, what="review")


def frame_of(store: Store):
    return with_event_ids(
        mentions_frame(store.mention_rows()), groups=event_groups_of(store)
    )


def export(store: Store, fmt: str) -> str:
    return export_text(fmt, frame_of(store), store=store)


@pytest.fixture
def source(tmp_path: Path) -> Store:
    store = Store(f"sqlite:///{tmp_path / 'source.sqlite'}")
    fill(store)
    return store


@pytest.fixture(
    params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def target(request: pytest.FixtureRequest, tmp_path: Path) -> Store:
    """An empty store on each engine, to import into."""
    if request.param == "sqlite":
        return Store(f"sqlite:///{tmp_path / 'target.sqlite'}")
    cluster = request.getfixturevalue("postgres_url")
    return Store(fresh_database(cluster, f"exports_{uuid.uuid4().hex[:12]}"))


def csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_has_the_acled_columns_and_one_row_per_event(source: Store) -> None:
    text = export(source, "csv")
    reader = csv.DictReader(io.StringIO(text))
    assert tuple(reader.fieldnames or ()) == CSV_COLUMNS
    rows = {(r["location"], r["role"], r["sources"]): r for r in reader}
    # 7 mentions; the two first tellings of the blast are one event, the split
    # third telling is its own.
    assert len(rows) == 6
    blast = rows[
        (
            "Tərtər",
            "incident",
            "https://first.example/tartar; https://second.example/news?id=7&lang=en",
        )
    ]
    assert blast["event_date"] == "2023-05-08"
    assert (blast["latitude"], blast["longitude"]) == ("40.34400", "46.93200")
    assert (blast["killed"], blast["injured"], blast["mines"]) == ("1", "2", "")
    assert blast["device"] == "anti-tank mine"
    assert blast["country"] == "Azerbaijan"
    assert blast["notes"] == "A tractor driver died when his tractor set off a mine."
    split_off = rows[("Tartar", "incident", "https://fourth.example/t")]
    assert split_off["event_date"] == "2023-05-09"


@pytest.mark.parametrize(
    ("location", "event_date", "time_precision", "geo_precision"),
    [
        ("Tərtər", "2023-05-08", "1", "1"),  # a stated day
        ("Fuzuli", "2023-06-02", "2", "2"),  # no stated date: the publication's
        ("Baku", "2022-01-01", "3", "1"),  # a stated year
        ("Ganja", "", "2", "1"),  # no date at all
        ("Republic of Azerbaijan", "2023-05-09", "2", "3"),
    ],
)
def test_csv_codes_precision_as_acled_does(
    source: Store,
    location: str,
    event_date: str,
    time_precision: str,
    geo_precision: str,
) -> None:
    row = next(r for r in csv_rows(export(source, "csv")) if r["location"] == location)
    assert (row["event_date"], row["time_precision"], row["geo_precision"]) == (
        event_date,
        time_precision,
        geo_precision,
    )


def test_geojson_is_lon_lat_and_carries_every_field(source: Store) -> None:
    collection = json.loads(export(source, "geojson"))
    assert collection["type"] == "FeatureCollection"
    assert "crs" not in collection  # RFC 7946: WGS 84 only, no crs member
    features = collection["features"]
    assert len(features) == 7
    for feature in features:
        assert feature["type"] == "Feature"
        assert feature["geometry"]["type"] == "Point"
        assert list(feature["properties"]) == list(GEOJSON_PROPERTIES)
    first = next(
        f
        for f in features
        if f["properties"]["article_source"] == "https://first.example/tartar"
        and f["properties"]["name"] == "Tartar"
    )
    assert first["geometry"]["coordinates"] == [46.932, 40.344]  # lon, lat
    props = first["properties"]
    assert props["victims"] == ["civilian"]
    assert props["candidates"][1]["name"] == "Tartar Farm"
    assert (props["start"], props["end"], props["confidence"]) == (60, 66, 0.875)
    assert props["article_language"] == "en"
    assert props["article_file_name"] == "tartar-1.txt"
    assert len(props["article_hash"]) == 64
    groups = {f["properties"]["event_group"] for f in features}
    assert len(groups - {None}) == 1  # the split
    assert {
        f["properties"]["name"] for f in features if f["properties"]["reviewed"]
    } == {"Baku"}


def test_kml_parses_with_escaped_text_and_lon_lat(source: Store) -> None:
    text = export(source, "kml")
    root = ET.fromstring(text)
    placemarks = root.findall(f"{KML}Document/{KML}Placemark")
    assert len(placemarks) == 6
    by_name = {p.findtext(f"{KML}name"): p for p in placemarks}
    baku = by_name["Baku"]
    assert baku.findtext(f"{KML}Point/{KML}coordinates") == "49.867100,40.409300"
    data = {
        d.get("name"): d.findtext(f"{KML}value")
        for d in baku.findall(f"{KML}ExtendedData/{KML}Data")
    }
    assert {"role", "date", "excerpt", "source"} <= set(data)
    assert (data["role"], data["date"], data["source"]) == (
        "conference",
        "2022-01-01",
        "https://third.example/baku",
    )
    blast = next(
        p
        for p in placemarks
        if "second.example" in (p.findtext(f"{KML}description") or "")
    )
    assert "id=7&amp;lang=en" in text
    assert "news?id=7&lang=en" in blast.findtext(f"{KML}description")


def test_a_title_with_markup_comes_out_escaped_in_kml(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 's.sqlite'}")
    store.save_article(
        Article(
            text="x", title="t", source="<script>alert(1)</script>&", published=None
        ),
        [place("<script>alert(2)</script>", excerpt="</description><b>bold</b>")],
    )
    text = export(store, "kml")
    assert "<script>" not in text and "<b>" not in text
    placemark = ET.fromstring(text).find(f"{KML}Document/{KML}Placemark")
    assert placemark.findtext(f"{KML}name") == "<script>alert(2)</script>"
    assert "</description><b>bold</b>" in placemark.findtext(f"{KML}description")


def lines(text: str) -> list[str]:
    return sorted(line.rstrip(",") for line in text.splitlines())


@pytest.mark.parametrize(("fmt", "suffix"), [("csv", ".csv"), ("geojson", ".geojson")])
def test_export_import_export_gives_the_same_file(
    source: Store, target: Store, tmp_path: Path, fmt: str, suffix: str
) -> None:
    first = export(source, fmt)
    path = tmp_path / f"export{suffix}"
    path.write_text(first, encoding="utf-8")

    report = import_file(target, path)
    assert report.mentions_added > 0
    second = export(target, fmt)
    assert lines(second) == lines(first)

    again = import_file(target, path)
    assert (again.articles_new, again.mentions_added) == (0, 0)
    assert lines(export(target, fmt)) == lines(first)


def test_a_geojson_export_imported_where_it_came_from_adds_nothing(
    source: Store, tmp_path: Path
) -> None:
    path = tmp_path / "export.geojson"
    path.write_text(export(source, "geojson"), encoding="utf-8")
    before = source.counts()
    report = import_file(source, path)
    assert (report.articles_new, report.mentions_added) == (0, 0)
    assert source.counts() == before


def test_partial_exports_of_one_article_import_into_one_article(
    source: Store, target: Store, tmp_path: Path
) -> None:
    frame = frame_of(source)
    for role in ("incident", "mention"):
        shown = filter_mentions(frame, FilterState(roles=(role,)))
        path = tmp_path / f"{role}.geojson"
        path.write_text(export_text("geojson", shown, store=source), encoding="utf-8")
        import_file(target, path)
    assert target.counts()["articles"] == source.counts()["articles"] - 1  # Fuzuli
    assert lines(export(target, "geojson")) == [
        line
        for line in lines(export(source, "geojson"))
        if '"role": "clearance"' not in line and '"role": "conference"' not in line
    ]


def test_download_helper_exports_only_what_the_filters_show(source: Store) -> None:
    frame = frame_of(source)
    shown = filter_mentions(frame, FilterState(roles=("conference",)))
    rows = csv_rows(export_bytes("csv", shown, store=source).decode("utf-8"))
    assert [r["location"] for r in rows] == ["Baku"]
    # Without event ids on the frame, events are grouped over the whole frame,
    # with the user's split.
    plain = mentions_frame(source.mention_rows())
    shown = filter_mentions(plain, FilterState(roles=("incident",)))
    rows = csv_rows(export_bytes("csv", shown, store=source, everything=plain).decode())
    assert len(rows) == 2
    assert export_file_name("geojson", today=date(2024, 5, 1)) == (
        "landmine-map-2024-05-01.geojson"
    )


GOOD_ROW = {
    "event_date": "2023-05-08",
    "time_precision": "1",
    "country": "Azerbaijan",
    "admin1": "",
    "location": "Tartar",
    "latitude": "40.344",
    "longitude": "46.932",
    "geo_precision": "1",
    "role": "incident",
    "device": "",
    "killed": "1",
    "injured": "",
    "mines": "",
    "sources": "a; b",
    "notes": "A blast.",
}


def csv_text(**changes: str) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(CSV_COLUMNS))
    writer.writeheader()
    writer.writerow({**GOOD_ROW, **changes})
    return out.getvalue()


def test_a_csv_row_becomes_one_article_per_source() -> None:
    found = from_csv(csv_text())
    assert [a.article.source for a in found] == ["a", "b"]
    assert {a.mentions[0].place.country_code for a in found} == {"AZ"}


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"role": "battle"}, "expected a role"),
        ({"latitude": "91"}, "latitude -90..90"),
        ({"latitude": "north"}, "expected a number in latitude"),
        ({"event_date": "yesterday"}, "expected a date"),
        ({"country": "Atlantis"}, "expected a country name"),
        ({"geo_precision": "7"}, "geo_precision 1, 2 or 3"),
    ],
)
def test_bad_csv_rows_are_refused_with_the_reason(
    changes: dict[str, str], message: str
) -> None:
    with pytest.raises(ExportImportError, match=message) as caught:
        from_csv(csv_text(**changes), file_name="mine.csv")
    assert "mine.csv line 2" in str(caught.value)


def test_a_csv_without_the_columns_is_refused() -> None:
    with pytest.raises(ExportImportError, match="missing .*latitude"):
        from_csv("event_date,location\n2023-01-01,Tartar\n")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[1, 2", "is not JSON"),
        ('{"type": "Feature"}', "expected a GeoJSON FeatureCollection"),
        (
            '{"type": "FeatureCollection", "features": [{"type": "Feature", '
            '"geometry": {"type": "Polygon", "coordinates": []}, "properties": {}}]}',
            "expected a Point geometry",
        ),
        (
            '{"type": "FeatureCollection", "features": [{"type": "Feature", '
            '"geometry": {"type": "Point", "coordinates": [46.9, 40.3]}, '
            '"properties": {"role": "incident", "killed": "two"}}]}',
            "expected a number in killed",
        ),
        (
            '{"type": "FeatureCollection", "features": [{"type": "Feature", '
            '"geometry": {"type": "Point", "coordinates": [46.9, 40.3]}, '
            '"properties": {"role": "incident", "country_code": "Azerbaijan"}}]}',
            "expected a two-letter country_code",
        ),
        (
            '{"type": "FeatureCollection", "features": [{"type": "Feature", '
            '"geometry": {"type": "Point", "coordinates": [46.9, 40.3]}, '
            '"properties": {"role": "incident", "admin1": {"a": 1}}}]}',
            "expected text in admin1",
        ),
    ],
)
def test_bad_geojson_is_refused_with_the_reason(text: str, message: str) -> None:
    with pytest.raises(ExportImportError, match=message):
        from_geojson(text)


# -- the command line ----------------------------------------------------------------


def run(home: Path, *args: str | Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LANDMINE_MAP_")}
    env.update(
        LANDMINE_MAP_HOME=str(home),
        LANDMINE_MAP_CACHE=str(home / "cache"),
        LANDMINE_MAP_CONFIG=str(home / "no-secrets.toml"),
    )
    command = [str(CLI)] if CLI.exists() else [sys.executable, "-m", "dashboard.cli"]
    return subprocess.run(
        [*command, *map(str, args)],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def test_cli_exports_filters_and_imports_back(tmp_path: Path) -> None:
    home = tmp_path / "home"
    fill(Store(f"sqlite:///{home / 'landmine-map.sqlite'}"))

    shown = run(
        home, "export", "--format", "csv", "--role", "incident", "--since", "2023-05-09"
    )
    assert shown.returncode == 0, shown.stderr
    rows = csv_rows(shown.stdout)
    assert sorted(r["sources"] for r in rows) == [
        "https://fourth.example/t",
        "https://second.example/news?id=7&lang=en",
    ]

    for fmt in ("csv", "geojson"):
        path = tmp_path / f"all.{fmt}"
        done = run(home, "export", "--format", fmt, "--output", path)
        assert done.returncode == 0, done.stderr
        assert done.stdout == ""
        other = tmp_path / f"other-{fmt}"
        imported = run(other, "import", path)
        assert imported.returncode == 0, imported.stderr
        assert "mentions added" in imported.stdout
        again = run(other, "export", "--format", fmt)
        assert lines(again.stdout) == lines(path.read_text(encoding="utf-8"))

    kml = run(home, "export", "--format", "kml", "--country", "az")
    assert len(ET.fromstring(kml.stdout).findall(f"{KML}Document/{KML}Placemark")) == 6
    nothing = run(home, "export", "--country", "KH")
    assert csv_rows(nothing.stdout) == []


def test_cli_import_refuses_a_bad_file_in_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(csv_text(role="battle"), encoding="utf-8")
    result = run(tmp_path / "home", "import", bad)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "landmine-map: error: bad.csv line 2: expected a role in "
        "('incident', 'minefield', 'clearance', 'conference', 'mention'), "
        "instead got 'battle'"
    ]
