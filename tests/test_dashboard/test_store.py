"""The store against a real SQLite file in tmp_path."""

from __future__ import annotations

import dataclasses
import sqlite3
import threading
import uuid
from datetime import date, datetime
from pathlib import Path

import pytest

from dashboard import store as store_module
from dashboard.errors import StoreError
from dashboard.models import Article, ExtractedPlace
from dashboard.store import Migration, Store, sqlite_file_path
from tests.postgres import fresh_database, postgres_url  # noqa: F401 (fixture)

MENTION_ROW_KEYS = {
    "mention_id",
    "article_id",
    "article_title",
    "article_source",
    "article_published",
    "is_demo",
    "name",
    "place_name",
    "gazetteer_id",
    "lat",
    "lon",
    "country_code",
    "admin1",
    "precision",
    "role",
    "excerpt",
    "event_date",
    "event_date_precision",
    "killed",
    "injured",
    "mines",
    "device",
    "victims",
    "confidence",
    "status",
    "reviewed",
    "added_at",
}

AGDAM_CANDIDATE = {
    "gazetteer_id": "geonames:148565",
    "name": "Ağdam",
    "country_code": "AZ",
    "lat": 39.99,
    "lon": 46.93,
    "score": 0.93,
}


def make_place(**overrides) -> ExtractedPlace:
    values = {
        "name": "Agdam",
        "start": 10,
        "end": 15,
        "excerpt": "Deminers near Agdam found 40 anti-tank mines.",
        "role": "minefield",
        "status": "resolved",
        "lat": 39.99,
        "lon": 46.93,
        "country_code": "AZ",
        "admin1": "Agdam District",
        "precision": 1,
        "confidence": 0.93,
        "gazetteer_id": "geonames:148565",
        "event_date": date(2023, 3, 12),
        "event_date_precision": "day",
        "killed": 1,
        "injured": 2,
        "mines": 40,
        "device": "anti-tank mine",
        "victims": ("civilian", "child"),
        "candidates": (AGDAM_CANDIDATE,),
    }
    values.update(overrides)
    return ExtractedPlace(**values)


def unresolved(name: str = "Qaraqaya", **overrides) -> ExtractedPlace:
    values = {
        "name": name,
        "start": 40,
        "end": 40 + len(name),
        "excerpt": f"The village of {name} is still fenced off.",
        "role": "mention",
        "status": "unresolved",
    }
    values.update(overrides)
    return ExtractedPlace(**values)


def make_article(
    text: str = "Deminers near Agdam found 40 mines.", **overrides
) -> Article:
    values = {
        "text": text,
        "title": "Mines found near Agdam",
        "published": date(2023, 3, 14),
        "source": "https://example.org/agdam",
        "file_name": "agdam.txt",
        "language": "en",
    }
    values.update(overrides)
    return Article(**values)


@pytest.fixture(
    params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Store:
    """A fresh store on each engine (PostgreSQL skips where it cannot run)."""
    if request.param == "sqlite":
        return Store(f"sqlite:///{tmp_path / 'nested' / 'dir' / 'store.sqlite'}")
    cluster = request.getfixturevalue("postgres_url")
    return Store(fresh_database(cluster, f"store_{uuid.uuid4().hex[:12]}"))


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Store:
    return Store(f"sqlite:///{tmp_path / 'store.sqlite'}")


def test_store_creates_its_folder_and_a_wal_database(tmp_path: Path) -> None:
    db_file = tmp_path / "a" / "b" / "store.sqlite"
    Store(f"sqlite:///{db_file}")
    assert db_file.is_file()
    with sqlite3.connect(db_file) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_sqlite_file_path_only_for_sqlite_files(tmp_path: Path) -> None:
    assert sqlite_file_path(f"sqlite:///{tmp_path}/x.sqlite") == tmp_path / "x.sqlite"
    assert sqlite_file_path("sqlite://") is None
    assert sqlite_file_path("postgresql+psycopg://u@127.0.0.1/db") is None


def test_saved_article_round_trips_through_mention_rows(store: Store) -> None:
    saved = store.save_article(make_article(), [make_place(), unresolved()])
    assert saved.is_new
    rows = store.mention_rows()
    assert [set(row) for row in rows] == [MENTION_ROW_KEYS] * 2
    agdam, village = rows
    assert agdam["article_id"] == saved.article_id
    assert agdam["article_title"] == "Mines found near Agdam"
    assert agdam["article_source"] == "https://example.org/agdam"
    assert agdam["article_published"] == date(2023, 3, 14)
    assert agdam["is_demo"] is False
    assert (agdam["name"], agdam["place_name"]) == ("Agdam", "Ağdam")
    assert (agdam["lat"], agdam["lon"], agdam["precision"]) == (39.99, 46.93, 1)
    assert agdam["event_date"] == date(2023, 3, 12)
    assert agdam["event_date_precision"] == "day"
    assert (agdam["killed"], agdam["injured"], agdam["mines"]) == (1, 2, 40)
    assert agdam["device"] == "anti-tank mine"
    assert agdam["victims"] == "civilian,child"
    assert agdam["reviewed"] is False
    assert isinstance(agdam["added_at"], datetime) and agdam["added_at"].tzinfo
    assert village["status"] == "unresolved"
    assert village["place_name"] == "Qaraqaya"
    assert (village["lat"], village["gazetteer_id"], village["victims"]) == (
        None,
        None,
        "",
    )


def test_same_content_hash_is_stored_once(store: Store) -> None:
    first = store.save_article(make_article(), [make_place()])
    version = store.data_version()
    again = store.save_article(
        make_article("Deminers  near Agdam\nfound 40 mines.", title="Other title"),
        [make_place(), unresolved()],
    )
    assert again == store_module.SaveResult(first.article_id, False)
    assert store.counts()["articles"] == 1
    assert store.counts()["mentions"] == 1
    assert store.data_version() == version


def test_concurrent_saves_of_one_article_store_it_once(store: Store) -> None:
    barrier = threading.Barrier(6)
    results = []

    def save() -> None:
        barrier.wait()
        results.append(store.save_article(make_article(), [make_place()]))

    threads = [threading.Thread(target=save) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(r.is_new for r in results) == [False] * 5 + [True]
    assert len({r.article_id for r in results}) == 1
    assert store.counts()["articles"] == 1


def test_a_failure_inside_save_leaves_nothing_behind(store: Store) -> None:
    # The second mention violates NOT NULL after the article row was inserted.
    broken = unresolved(excerpt=None)
    with pytest.raises(StoreError):
        store.save_article(make_article(), [make_place(), broken])
    assert store.counts() == {
        "articles": 0,
        "mentions": 0,
        "places": 0,
        "unresolved": 0,
        "pending": 0,
        "demo_articles": 0,
    }
    assert store.is_empty()


def test_places_are_shared_between_articles_by_gazetteer_id(store: Store) -> None:
    store.save_article(make_article("one"), [make_place()])
    store.save_article(make_article("two"), [make_place(name="Aghdam")])
    counts = store.counts()
    assert (counts["articles"], counts["mentions"], counts["places"]) == (2, 2, 1)


def test_two_places_written_alike_in_one_article_keep_the_first(store: Store) -> None:
    store.save_article(
        make_article(), [make_place(), make_place(gazetteer_id="geonames:1", start=90)]
    )
    assert [row["gazetteer_id"] for row in store.mention_rows()] == ["geonames:148565"]


def test_migrations_are_recorded_once(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    every = [step.version for step in store_module.MIGRATIONS]
    assert Store(url).schema_versions() == every
    assert Store(url).schema_versions() == every


def test_a_new_migration_is_applied_to_an_existing_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    Store(url).save_article(make_article(), [make_place()])

    def add_note_column(conn) -> None:
        conn.exec_driver_sql("ALTER TABLE articles ADD COLUMN note TEXT")

    every = [step.version for step in store_module.MIGRATIONS]
    new = Migration(every[-1] + 1, "articles.note", add_note_column)
    monkeypatch.setattr(store_module, "MIGRATIONS", (*store_module.MIGRATIONS, new))
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", new.version)
    migrated = Store(url)
    assert migrated.schema_versions() == [*every, new.version]
    assert migrated.counts()["articles"] == 1
    with sqlite3.connect(tmp_path / "store.sqlite") as conn:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(articles)")]
    assert "note" in columns


def test_delete_demo_deletes_only_demo_articles(store: Store) -> None:
    demo = store.save_article(make_article("demo one"), [make_place()], is_demo=True)
    store.save_article(make_article("demo two"), [unresolved()], is_demo=True)
    mine = store.save_article(make_article("uploaded"), [make_place(name="Aghdam")])
    assert store.counts()["demo_articles"] == 2
    assert not store.was_demo_cleared()
    assert store.delete_demo() == 2
    assert store.was_demo_cleared()
    assert [a["id"] for a in store.articles()] == [mine.article_id]
    assert {row["article_id"] for row in store.mention_rows()} == {mine.article_id}
    demo_mention = 1  # the first mention saved, of the first demo article
    assert store.mention(demo_mention) is None
    assert demo.article_id not in {a["id"] for a in store.articles()}
    assert store.counts()["places"] == 1  # still used by the uploaded article


def test_delete_demo_removes_places_only_demo_used(store: Store) -> None:
    store.save_article(make_article("demo"), [make_place()], is_demo=True)
    store.delete_demo()
    assert store.counts()["places"] == 0
    assert store.is_empty()


def test_data_version_changes_with_writes_only(store: Store) -> None:
    empty = store.data_version()
    saved = store.save_article(make_article(), [unresolved(status="pending")])
    after_save = store.data_version()
    assert after_save != empty
    store.mention_rows()
    store.counts()
    assert store.data_version() == after_save
    mention_id = store.mention_rows()[0]["mention_id"]
    store.update_mention_resolution(
        mention_id, status="resolved", lat=40.1, lon=46.0, gazetteer_id="user:1"
    )
    after_update = store.data_version()
    assert after_update != after_save
    store.save_article(make_article("demo"), [], is_demo=True)
    store.delete_demo()
    assert store.data_version() not in (empty, after_save, after_update)
    assert saved.is_new


def test_articles_lists_mention_counts(store: Store) -> None:
    a = store.save_article(make_article("a"), [make_place(), unresolved()])
    b = store.save_article(make_article("b", title="B"), [], is_demo=True)
    listed = {row["id"]: row for row in store.articles()}
    assert listed[a.article_id]["mentions"] == 2
    assert listed[b.article_id]["mentions"] == 0
    assert listed[b.article_id]["is_demo"] is True
    assert {"id", "title", "source", "published", "is_demo", "mentions"} <= set(
        listed[a.article_id]
    )


def test_article_returns_the_stored_text(store: Store) -> None:
    saved = store.save_article(make_article(), [])
    assert store.article(saved.article_id) == make_article()
    assert store.article(saved.article_id + 1) is None


def test_mention_carries_span_and_candidates(store: Store) -> None:
    store.save_article(make_article(), [make_place()])
    row = store.mention(store.mention_rows()[0]["mention_id"])
    assert row is not None
    assert (row["start"], row["end"]) == (10, 15)
    assert row["candidates"] == [AGDAM_CANDIDATE]
    assert row["article_file_name"] == "agdam.txt"
    assert store.mention(999) is None


def test_unresolved_and_pending_rows(store: Store) -> None:
    store.save_article(
        make_article(),
        [make_place(), unresolved(), unresolved("Sarijali", status="pending")],
    )
    assert [r["name"] for r in store.unresolved_rows()] == ["Qaraqaya", "Sarijali"]
    assert [r["name"] for r in store.pending_mentions()] == ["Sarijali"]
    counts = store.counts()
    assert (counts["unresolved"], counts["pending"]) == (1, 1)


def test_update_mention_resolution_places_a_pending_mention(store: Store) -> None:
    store.save_article(make_article(), [unresolved("Sarijali", status="pending")])
    mention_id = store.pending_mentions()[0]["mention_id"]
    assert store.update_mention_resolution(
        mention_id,
        status="resolved",
        lat=40.2,
        lon=47.1,
        country_code="AZ",
        admin1="Aghjabadi",
        precision=1,
        gazetteer_id="nominatim:N123",
        confidence=0.7,
        place_name="Sarıcalı",
    )
    row = store.mention(mention_id)
    assert row is not None
    assert (row["status"], row["lat"], row["place_name"]) == (
        "resolved",
        40.2,
        "Sarıcalı",
    )
    assert store.counts()["pending"] == 0
    assert store.counts()["places"] == 1
    assert not store.update_mention_resolution(999, status="unresolved")


@pytest.mark.parametrize(
    ("status", "coordinates"),
    [("placed", (1.0, 2.0)), ("resolved", (None, None))],
)
def test_update_mention_resolution_refuses_impossible_values(
    store: Store, status: str, coordinates: tuple
) -> None:
    lat, lon = coordinates
    with pytest.raises(StoreError):
        store.update_mention_resolution(1, status=status, lat=lat, lon=lon)


def test_in_memory_store_works() -> None:
    memory = Store("sqlite://")
    memory.save_article(make_article(), [make_place()])
    assert memory.counts()["mentions"] == 1


def test_backup_and_restore_round_trip(sqlite_store: Store, tmp_path: Path) -> None:
    store = sqlite_store
    store.save_article(make_article("kept"), [make_place()])
    backup = tmp_path / "backups" / "store.bak"
    store.backup(backup)
    version = store.data_version()
    store.save_article(make_article("after the backup"), [unresolved()])
    store.restore(backup)
    assert [a["title"] for a in store.articles()] == ["Mines found near Agdam"]
    assert store.counts()["articles"] == 1
    assert store.data_version() != version


@pytest.mark.parametrize(
    "content",
    [b"", b"not a database at all" * 100],
)
def test_restore_refuses_what_is_not_a_backup(
    sqlite_store: Store, tmp_path: Path, content: bytes
) -> None:
    store = sqlite_store
    store.save_article(make_article(), [])
    bogus = tmp_path / "bogus.bak"
    bogus.write_bytes(content)
    with pytest.raises(StoreError):
        store.restore(bogus)
    assert store.counts()["articles"] == 1


def test_restore_refuses_a_sqlite_file_of_another_app(
    sqlite_store: Store, tmp_path: Path
) -> None:
    store = sqlite_store
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    with pytest.raises(StoreError, match="not a landmine-map backup"):
        store.restore(other)


def test_backup_of_a_non_sqlite_store_is_refused() -> None:
    with pytest.raises(StoreError, match="SQLite file"):
        Store("sqlite://").backup(Path("x.bak"))


def test_saving_a_place_without_candidates_names_the_place_as_written(
    store: Store,
) -> None:
    store.save_article(
        make_article(), [dataclasses.replace(make_place(), candidates=())]
    )
    assert store.mention_rows()[0]["place_name"] == "Agdam"


def _place_written(name: str, gazetteer_id: str, stored_name: str, start: int):
    candidate = {**AGDAM_CANDIDATE, "gazetteer_id": gazetteer_id, "name": stored_name}
    return make_place(
        name=name,
        start=start,
        end=start + len(name),
        gazetteer_id=gazetteer_id,
        candidates=(candidate,),
    )


def test_known_and_new_places_of_one_article_each_link_to_their_row(
    store: Store,
) -> None:
    store.save_article(make_article("one"), [make_place()])
    found = [
        _place_written("Fizuli", "geonames:147622", "Füzuli", 30),
        make_place(name="Aghdam"),
        _place_written("Kampot", "geonames:1831112", "Kâmpôt", 50),
        unresolved(),
        _place_written("Tartar", "geonames:585103", "Tərtər", 70),
    ]
    second = store.save_article(make_article("two"), found)
    rows = {
        row["name"]: row["place_name"]
        for row in store.mention_rows()
        if row["article_id"] == second.article_id
    }
    assert rows == {
        "Fizuli": "Füzuli",
        "Aghdam": "Ağdam",  # the row the first article added
        "Kampot": "Kâmpôt",
        "Qaraqaya": "Qaraqaya",  # unresolved: no place row
        "Tartar": "Tərtər",
    }
    assert store.counts()["places"] == 4


@pytest.mark.postgres
def test_a_place_another_writer_adds_meanwhile_is_linked_not_duplicated(
    postgres_url: str,  # noqa: F811 (fixture)
) -> None:
    import time

    from sqlalchemy import select, text

    store = Store(fresh_database(postgres_url, f"store_{uuid.uuid4().hex[:12]}"))
    results: list[store_module.SaveResult] = []
    with store.engine.connect() as other:
        # The other writer has added the place but not committed yet: our
        # insert of the same gazetteer id must wait for it, then skip it.
        other.execute(
            store_module.places.insert().values(
                gazetteer_id="geonames:148565", name="Ağdam (other writer)",
                lat=39.99, lon=46.93,
            )
        )  # fmt: skip
        saver = threading.Thread(
            target=lambda: results.append(
                store.save_article(make_article(), [make_place()])
            )
        )
        saver.start()
        waiting = text(
            "SELECT count(*) FROM pg_stat_activity "
            "WHERE wait_event_type = 'Lock' AND datname = current_database()"
        )
        deadline = time.monotonic() + 30
        # Until the saver waits on our row (polled from a third connection:
        # pg_stat_activity is read once per transaction).
        while not store.read(lambda conn: conn.scalar(waiting), what="poll"):
            assert saver.is_alive() and time.monotonic() < deadline
            time.sleep(0.01)
        other.commit()
        saver.join()
    assert [r.is_new for r in results] == [True]
    assert [row["place_name"] for row in store.mention_rows()] == [
        "Ağdam (other writer)"
    ]
    with store.engine.connect() as conn:
        assert len(conn.execute(select(store_module.places)).all()) == 1
