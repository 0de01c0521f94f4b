"""Faults and load at the edges the other tests leave: nothing lost, no traceback.

- an article naming 5,000 places goes through extraction and the store;
- the online geocoder failing (429, 500, garbage, a hang) against the real
  local fake Nominatim: the place waits as ``pending``, no outage is cached
  as "not found", and ``retry_pending`` resolves it once the server is back;
- a damaged or deleted store file, a deleted gazetteer file;
- the same article uploaded twice at once.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import re
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlparse

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from dashboard.config import Settings
from dashboard.extraction import extract_article
from dashboard.models import Article, ExtractedPlace
from dashboard.pipeline import ingest_paths, retry_pending
from dashboard.services import Services, build_services
from dashboard.store import Store
from geodata.cache import geocode_cache
from geodata.gazetteer import Gazetteer, build_gazetteer, ensure_gazetteer
from geodata.geoparser import Geoparser
from tests import fake_nominatim
from tests.fake_nominatim import FakeNominatim, start_fake_nominatim
from tests.test_dashboard.test_cli import Cli, assert_one_error_line, cli_environment
from tests.test_geodata.conftest import make_tiny_sources

USER_AGENT = "landmine-map-tests/1.0"

# -- an article naming 5,000 places ------------------------------------------------


def _distinct_place_names(gazetteer_path: Path, count: int) -> list[str]:
    """``count`` real settlement names of the gazetteer, most populous first."""
    uri = f"{gazetteer_path.resolve().as_uri()}?mode=ro"
    with sqlite3.connect(uri, uri=True) as conn:
        rows = conn.execute(
            "SELECT name FROM places WHERE feature = 'settlement' "
            "AND source = 'geonames' ORDER BY population DESC LIMIT 30000"
        ).fetchall()
    names: list[str] = []
    seen: set[str] = set()
    for (name,) in rows:
        # Plain one- or two-word names, so each sentence lists them cleanly.
        if re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?", name) and name not in seen:
            seen.add(name)
            names.append(name)
            if len(names) == count:
                break
    assert len(names) == count
    return names


@pytest.mark.slow
def test_an_article_naming_5000_places_is_extracted_and_stored_whole(
    gazetteer, gazetteer_path: Path, tmp_path: Path
) -> None:
    names = _distinct_place_names(gazetteer_path, 5000)
    sentences = [
        "Deminers surveyed the fields near "
        + ", ".join(names[i : i + 4])
        + " and "
        + names[i + 4]
        + "."
        for i in range(0, len(names), 5)
    ]
    title = "Survey of suspected minefields"
    article = Article(
        text=f"{title}\n\n" + " ".join(sentences), title=title, file_name="big.txt"
    )
    found = extract_article(article, geoparser=Geoparser(gazetteer))
    # Nearly every name is recognised; a few are dropped as ambiguous abroad.
    assert len(found) > 4500
    resolved_ids = [p.gazetteer_id for p in found if p.status == "resolved"]
    assert len(resolved_ids) == len(set(resolved_ids)), "one place, one entry"

    store = Store(f"sqlite:///{tmp_path / 'store.sqlite'}")
    saved = store.save_article(article, found)
    assert saved.is_new
    rows = store.mention_rows()
    assert len(rows) == len(found)
    assert {row["name"] for row in rows} == {place.name for place in found}
    assert {row["gazetteer_id"] for row in rows if row["status"] == "resolved"} == set(
        resolved_ids
    )
    assert store.counts()["articles"] == 1


@pytest.mark.slow
@pytest.mark.timeout(60)
def test_a_five_megabyte_single_line_is_extracted(gazetteer) -> None:
    line = ("Deminers cleared another field near Aghdam today " * 110_000)[
        : 5 * 1024 * 1024
    ]
    found = extract_article(Article(text=line), geoparser=Geoparser(gazetteer))
    assert [p.name for p in found] == ["Aghdam"]


# -- the online geocoder fails, then comes back ---------------------------------------

VILLAGE = "Qarakollu"  # a village the offline gazetteer does not hold
VILLAGE_ANSWER = {
    "place_id": 2001,
    "osm_type": "node",
    "osm_id": 7770011,
    "lat": "40.0612",
    "lon": "46.8123",
    "display_name": "Qarakollu, Tərtər District, Azerbaijan",
    "name": "Qarakollu",
    "class": "place",
    "type": "village",
    "addresstype": "village",
    "place_rank": 19,
    "address": {
        "village": "Qarakollu",
        "state": "Tərtər District",
        "country": "Azerbaijan",
        "country_code": "az",
    },
}
# Tartar, named without its country, is a low-confidence gazetteer hit: the
# online provider is asked about it as well, and it keeps the gazetteer's
# answer. The South Caucasus (a region) is certain: never asked.
ARTICLE = (
    "Title: Mines found near Tartar\n"
    "Date: 2023-06-02\n\n"
    "Deminers found two anti-tank mines near Tartar and in the village of "
    f"{VILLAGE} on Monday. Teams across the South Caucasus report similar finds.\n"
)
# How each misbehaviour is asked of the fake (see tests/fake_nominatim.py).
FAULT_QUERIES = {
    "429": "ratelimit",
    "500": "boom",
    "garbage JSON": "garbage",
    "hang past the timeout": "hang",
}


class _SwitchableFake:
    """The fake Nominatim, misbehaving on every query while ``fault`` is set."""

    def __init__(self, fake: FakeNominatim) -> None:
        self.fake = fake
        self.fault: str | None = None
        self.asked: list[str] = []
        switch = self
        original = fake.server.RequestHandlerClass

        class Handler(original):  # type: ignore[misc, valid-type]
            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                url = urlparse(self.path)
                params = parse_qs(url.query)
                switch.asked.append(params.get("q", [""])[0])
                if switch.fault is not None:
                    params["q"] = [switch.fault]
                    self.path = url._replace(
                        query=urlencode(params, doseq=True)
                    ).geturl()
                super().do_GET()

        fake.server.RequestHandlerClass = Handler


@pytest.fixture
def switchable_fake(monkeypatch: pytest.MonkeyPatch) -> Iterator[_SwitchableFake]:
    monkeypatch.setitem(
        fake_nominatim.NOMINATIM_PLACES, VILLAGE.lower(), VILLAGE_ANSWER
    )
    fake = start_fake_nominatim()
    try:
        yield _SwitchableFake(fake)
    finally:
        fake.close()


def _online_services(tmp_path: Path, gazetteer_path: Path, url: str) -> Services:
    settings = Settings.from_mapping(
        {
            "data_dir": str(tmp_path / "data"),
            "cache_dir": str(gazetteer_path.parent),
            "tiles_url": "none",
            "geocoder_providers": "gazetteer,nominatim",
            "nominatim_url": url,
            "nominatim_user_agent": USER_AGENT,
            "nominatim_min_delay_seconds": 0,  # allowed: not the public server
            "geocode_timeout_seconds": 1.0,
        }
    )
    return build_services(settings)


def _cache_keys(services: Services) -> list[str]:
    with services.store.engine.connect() as conn:
        return list(conn.scalars(sa.select(geocode_cache.c.query_key)))


@pytest.mark.parametrize(
    "fault", list(FAULT_QUERIES), ids=lambda f: f.replace(" ", "-")
)
def test_online_outage_leaves_the_place_pending_uncached_and_retry_resolves_it(
    switchable_fake: _SwitchableFake,
    tmp_path: Path,
    gazetteer_path: Path,
    fault: str,
) -> None:
    services = _online_services(tmp_path, gazetteer_path, switchable_fake.fake.url)
    path = tmp_path / "tartar.txt"
    path.write_text(ARTICLE, "utf-8")

    switchable_fake.fault = FAULT_QUERIES[fault]
    report = ingest_paths([path], services)
    assert [r.outcome for r in report.results] == ["saved"], report
    assert VILLAGE in switchable_fake.asked  # the provider was really asked
    rows = {row["name"]: row for row in services.store.mention_rows()}
    assert {"Tartar", VILLAGE, "South Caucasus"} <= set(rows)
    village = rows[VILLAGE]
    assert village["status"] == "pending"
    assert (village["lat"], village["lon"]) == (None, None)  # the gazetteer had none
    tartar = rows["Tartar"]
    assert tartar["status"] == "pending"
    assert tartar["country_code"] == "AZ"  # the gazetteer's answer is kept
    assert tartar["lat"] is not None and tartar["lon"] is not None
    assert rows["South Caucasus"]["status"] == "resolved"  # certain: never asked online
    assert "South Caucasus" not in switchable_fake.asked
    assert _cache_keys(services) == []  # no outage is remembered as "not found"

    switchable_fake.fault = None
    assert retry_pending(services) == 2
    assert services.store.pending_mentions() == []
    rows = {row["name"]: row for row in services.store.mention_rows()}
    village = rows[VILLAGE]
    assert village["status"] == "resolved"
    assert (village["lat"], village["lon"]) == (40.0612, 46.8123)
    assert village["gazetteer_id"] == "nominatim:N7770011"
    assert (rows["Tartar"]["status"], rows["Tartar"]["country_code"]) == (
        "resolved",
        "AZ",
    )
    assert any(key.startswith(VILLAGE.lower()) for key in _cache_keys(services))


# -- damaged and deleted files ------------------------------------------------------

SHORT_ARTICLE = (
    "Title: Tractor hits a mine near Tartar\n\n"
    "Two farm workers were injured on Monday when their tractor struck an "
    "anti-tank mine outside Tartar, in Azerbaijan.\n"
)


def _damage(path: Path, how: str) -> None:
    data = path.read_bytes()
    if how == "garbage":
        path.write_bytes(os.urandom(len(data)))
    elif how == "garbage-pages":  # the SQLite header survives, the pages do not
        path.write_bytes(data[:4096] + os.urandom(len(data) - 4096))
    elif how == "truncated":
        path.write_bytes(data[: len(data) // 2])
    else:
        raise AssertionError(how)


@pytest.fixture
def cli(tmp_path: Path, gazetteer_path: Path) -> Cli:
    data_dir = tmp_path / "home"
    return Cli(cli_environment(data_dir, gazetteer_path), data_dir)


def _store_with_articles(cli: Cli, tmp_path: Path) -> Path:
    """A store file holding a few articles, closed (no WAL left beside it)."""
    articles = tmp_path / "articles"
    articles.mkdir()
    for index, place in enumerate(["Tartar", "Aghdam", "Fuzuli", "Izium"]):
        text = SHORT_ARTICLE.replace("Tartar", place)
        (articles / f"a{index}.txt").write_text(text, "utf-8")
    first = cli("ingest", articles)
    assert first.returncode == 0, first.stderr
    db_file = cli.data_dir / "landmine-map.sqlite"
    assert not db_file.with_name(db_file.name + "-wal").exists()
    assert db_file.stat().st_size > 8192
    return db_file


@pytest.mark.parametrize("how", ["garbage", "garbage-pages", "truncated"])
def test_a_damaged_store_is_refused_without_a_traceback_and_left_as_it_was(
    cli: Cli, tmp_path: Path, how: str
) -> None:
    db_file = _store_with_articles(cli, tmp_path)
    _damage(db_file, how)
    damaged = db_file.read_bytes()
    (tmp_path / "new.txt").write_text(SHORT_ARTICLE.replace("Tartar", "Baku"), "utf-8")
    result = cli("ingest", tmp_path / "new.txt")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "landmine-map: error:" in result.stderr
    assert "not a database" in result.stderr or "malformed" in result.stderr
    # Nothing is overwritten: the file can still be inspected or recovered.
    assert db_file.read_bytes() == damaged


@pytest.mark.parametrize("how", ["garbage", "truncated"])
def test_a_damaged_store_gives_one_line_naming_the_file(
    cli: Cli, tmp_path: Path, how: str
) -> None:
    db_file = _store_with_articles(cli, tmp_path)
    _damage(db_file, how)
    result = cli("demo", "load")
    assert result.returncode == 1
    assert_one_error_line(result)
    assert str(db_file) in result.stderr


def test_a_deleted_store_is_simply_created_again(cli: Cli, tmp_path: Path) -> None:
    db_file = _store_with_articles(cli, tmp_path)
    db_file.unlink()
    (tmp_path / "new.txt").write_text(SHORT_ARTICLE.replace("Tartar", "Baku"), "utf-8")
    result = cli("ingest", tmp_path / "new.txt")
    assert result.returncode == 0, result.stderr
    assert "1 saved, 0 already stored, 0 failed" in result.stdout
    assert db_file.exists()
    assert cli.store.counts()["articles"] == 1


@pytest.mark.slow
def test_a_deleted_gazetteer_is_rebuilt_with_a_message(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "cache" / "gazetteer.sqlite"
    build_gazetteer(path, countries=("AZ",), sources=make_tiny_sources())
    assert Gazetteer.open(path).lookup("Aghdam")
    path.unlink()
    with caplog.at_level(logging.INFO, logger="geodata.gazetteer"):
        # The real first-use path: GeoNames data for Azerbaijan, built in a
        # child process.
        ensure_gazetteer(path, countries=("AZ",))
    assert f"Building the gazetteer at {path}" in caplog.text
    rebuilt = Gazetteer.open(path)
    assert [e.country_code for e in rebuilt.lookup("Tərtər")][:1] == ["AZ"]
    assert rebuilt.status()["counts"].get("settlement", 0) > 100


# -- one name for two places --------------------------------------------------------


@pytest.mark.parametrize("gap", [" ", "\u00a0", "-"], ids=["space", "nbsp", "hyphen"])
def test_a_town_and_its_district_written_with_any_gap_are_both_stored(
    gazetteer, gap: str
) -> None:
    # Regression: with a no-break space or a hyphen before "district" both
    # places were named "Aghdam" and the store kept only the first.
    text = f"Mines were found near Aghdam. Deminers later cleared Aghdam{gap}district."
    article = Article(text=text, file_name="aghdam.txt")
    found = extract_article(article, geoparser=Geoparser(gazetteer))
    assert [p.name for p in found] == ["Aghdam", f"Aghdam{gap}district"]
    store = Store("sqlite://")
    store.save_article(article, found)
    assert store.counts()["mentions"] == 2


def test_two_places_written_alike_in_one_article_are_both_stored(gazetteer) -> None:
    text = "Mines lie near the town of Aghdam and in the district of Aghdam."
    article = Article(text=text, file_name="aghdam.txt")
    found = extract_article(article, geoparser=Geoparser(gazetteer))
    assert len({p.gazetteer_id for p in found}) == 2
    assert sorted(p.name for p in found) == ["Aghdam", "district of Aghdam"]
    assert all(text[p.start : p.end] == p.name for p in found)
    store = Store("sqlite://")
    store.save_article(article, found)
    assert store.counts()["mentions"] == 2


# -- the same article uploaded twice at once --------------------------------------


@pytest.mark.parametrize("stores", ["one shared store", "a store per session"])
def test_the_same_upload_saved_twice_at_once_is_stored_once(
    settings: Settings, stores: str
) -> None:
    from dashboard.ui.uploads import extract_items, save_result

    services = build_services(settings)
    sessions = [services, services]
    if stores == "a store per session":
        sessions[1] = dataclasses.replace(services, store=Store(settings.database_url))
    data = SHORT_ARTICLE.encode("utf-8")
    barrier = threading.Barrier(2, timeout=60)
    outcomes: list[object] = [None, None]

    def upload(index: int) -> None:
        try:
            (result,) = extract_items([("tartar.txt", data)], sessions[index])
            assert result.can_save, result  # neither sees the other's copy yet
            barrier.wait()
            outcomes[index] = save_result(result, sessions[index])
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread
            outcomes[index] = exc
            barrier.abort()

    threads = [threading.Thread(target=upload, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    for outcome in outcomes:
        if isinstance(outcome, BaseException):
            raise outcome
    saved = [o.saved_article_id for o in outcomes if o.saved_article_id is not None]
    duplicates = [o.duplicate_of for o in outcomes if o.duplicate_of is not None]
    assert len(saved) == 1 and duplicates == saved
    counts = services.store.counts()
    assert counts["articles"] == 1
    assert counts["mentions"] == len(outcomes[0].extraction.places) > 0


# -- article strings are data, never SQL -------------------------------------------

_HOSTILE = st.sampled_from(
    ["'); DROP TABLE articles; --", '" OR 1=1 --', "\\", "%_", "\x00", "$(rm -rf ~)"]
)


@hypothesis_settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(
    text=st.text(min_size=1, max_size=200),
    title=st.text(max_size=80),
    name=st.text(min_size=1, max_size=40),
    hostile=_HOSTILE,
)
def test_any_article_strings_round_trip_through_the_store_as_data(
    text: str, title: str, name: str, hostile: str
) -> None:
    store = Store("sqlite://")
    article = Article(
        text=text + hostile,
        title=title + hostile,
        source=hostile + title,
        file_name=f"{hostile}.txt",
    )
    place = ExtractedPlace(
        name=name + hostile,
        start=0,
        end=1,
        excerpt=hostile + text,
        role="mention",
        status="unresolved",
    )
    saved = store.save_article(article, [place])
    assert store.article(saved.article_id) == article
    (row,) = store.mention_rows()
    assert (row["name"], row["excerpt"]) == (place.name, place.excerpt)
    assert store.counts()["articles"] == 1
