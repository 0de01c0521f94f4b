"""Copying a whole store between databases: SQLite -> PostgreSQL -> SQLite."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from dashboard.migrate import MigrateError, migrate_store
from dashboard.models import Article, ExtractedPlace
from dashboard.store import Store, login_attempts
from geodata.cache import GeocodeCache, geocode_cache
from tests.postgres import fresh_database, postgres_url  # noqa: F401 (fixture)

PROJECT = Path(__file__).resolve().parents[2]


def place(name: str, gazetteer_id: str | None, **overrides: Any) -> ExtractedPlace:
    values: dict[str, Any] = {
        "name": name,
        "start": 0,
        "end": len(name),
        "excerpt": f"Deminers cleared a field near {name}.",
        "role": "clearance",
        "status": "resolved" if gazetteer_id else "unresolved",
        "confidence": 0.875,
        "gazetteer_id": gazetteer_id,
    }
    if gazetteer_id:
        values.update(
            lat=40.123456789, lon=46.987654321, country_code="AZ", precision=1
        )
    values.update(overrides)
    return ExtractedPlace(**values)


def fill(store: Store) -> None:
    """Put a little of everything in a store: every column type, every table."""
    store.save_article(
        Article(
            text="Near Ağdam, deminers found 40 anti-tank mines; Tərtər is next.",
            title="Ağdam: 40 mines",
            published=date(2023, 3, 14),
            source="https://example.org/agdam",
            file_name="agdam.txt",
            language="en",
        ),
        [
            place(
                "Ağdam",
                "geonames:148619",
                role="minefield",
                mines=40,
                device="anti-tank mine",
                event_date=date(2023, 3, 12),
                event_date_precision="day",
                victims=("deminer",),
                candidates=({"gazetteer_id": "geonames:148619", "name": "Ağdam"},),
            ),
            place("Tərtər", None),
        ],
    )
    store.save_article(
        Article(text="A demo story about Kampot.", title=None, published=None),
        [place("Kampot", "geonames:1831112", killed=1, injured=3, role="incident")],
        is_demo=True,
    )
    store.save_article(Article(text="No places at all here."), [])
    pending = store.pending_mentions() or store.unresolved_rows()
    store.update_mention_resolution(
        pending[0]["mention_id"],
        status="resolved",
        lat=40.35,
        lon=47.15,
        country_code="AZ",
        gazetteer_id="user:1",
        place_name="Tərtər",
    )
    store.set_meta("demo_cleared", "0")
    GeocodeCache(store.engine)  # creates its table
    with store.engine.begin() as conn:
        conn.execute(
            geocode_cache.insert(),
            [
                {
                    "provider": "nominatim",
                    "query_key": "qaraqaya|az",
                    "result": None,
                    "created_at": datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC),
                },
                {
                    "provider": "nominatim",
                    "query_key": "füzuli|az",
                    "result": '{"lat": 39.6}',
                    "created_at": datetime(2024, 6, 1, 12, 0, tzinfo=UTC),
                },
            ],
        )
        conn.execute(
            login_attempts.insert().values(
                client_key="10.1.2.3", attempted_at=datetime(2025, 1, 1, tzinfo=UTC)
            )
        )
        # A table no code of this version defines: copied all the same.
        conn.execute(
            sa.text(
                "CREATE TABLE field_notes (id INTEGER PRIMARY KEY, "
                "note TEXT NOT NULL, written DATE)"
            )
        )
        conn.execute(
            sa.text(
                "INSERT INTO field_notes VALUES (7, 'fence repaired', '2024-05-05')"
            )
        )


def _normal(value: Any) -> Any:
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(UTC)
    if isinstance(value, str) and len(value) == 10 and value[4] == "-":
        return date.fromisoformat(value)  # a DATE read back as text by reflection
    return value


def dump(url: str) -> dict[str, list[tuple]]:
    """Every row of every table (but the migration history), engine-neutral."""
    engine = sa.create_engine(url)
    reflected = sa.MetaData()
    reflected.reflect(engine)
    tables: dict[str, list[tuple]] = {}
    with engine.connect() as conn:
        for name, table in sorted(reflected.tables.items()):
            if name == "schema_version":
                continue
            columns = sorted(table.c, key=lambda c: c.name)
            rows = conn.execute(sa.select(*columns)).all()
            tables[name] = sorted(
                (tuple(_normal(v) for v in row) for row in rows), key=repr
            )
    engine.dispose()
    return tables


def views(store: Store) -> tuple:
    """What the app reads, through the store's own API."""
    articles = store.articles()
    return (
        store.counts(),
        store.mention_rows(),
        [{k: v for k, v in a.items()} for a in articles],
        [store.article(a["id"]) for a in articles],
        [store.mention(row["mention_id"]) for row in store.mention_rows()],
        store.data_version(),
        store.get_meta("demo_cleared"),
    )


@pytest.fixture
def source_url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'source.sqlite'}"
    fill(Store(url))
    return url


@pytest.mark.postgres
def test_sqlite_to_postgresql_and_back_keeps_every_row(
    source_url: str, tmp_path: Path, postgres_url: str  # noqa: F811
) -> None:
    pg_url = fresh_database(postgres_url, f"migrate_{uuid.uuid4().hex[:12]}")
    back_url = f"sqlite:///{tmp_path / 'back.sqlite'}"
    original = dump(source_url)
    before = views(Store(source_url))
    assert original["field_notes"] and original["geocode_cache"]

    to_pg = migrate_store(source_url, pg_url)
    assert to_pg == {name: len(rows) for name, rows in original.items()}
    assert dump(pg_url) == original
    assert views(Store(pg_url)) == before

    back = migrate_store(pg_url, back_url)
    assert back == to_pg
    assert dump(back_url) == original
    assert views(Store(back_url)) == before


@pytest.mark.postgres
def test_ids_continue_after_the_copied_ones_on_postgresql(
    source_url: str, postgres_url: str  # noqa: F811
) -> None:
    pg_url = fresh_database(postgres_url, f"migrate_{uuid.uuid4().hex[:12]}")
    migrate_store(source_url, pg_url)
    target = Store(pg_url)
    highest = max(a["id"] for a in target.articles())
    saved = target.save_article(
        Article(text="A new report from Fuzuli after the move."),
        [place("Füzuli", "geonames:147622")],
    )
    assert saved.is_new and saved.article_id == highest + 1
    assert target.counts()["places"] == Store(source_url).counts()["places"] + 1


def test_a_non_empty_target_is_refused_unless_forced(
    source_url: str, tmp_path: Path
) -> None:
    target_url = f"sqlite:///{tmp_path / 'target.sqlite'}"
    target = Store(target_url)
    target.save_article(Article(text="Already here."), [place("Kabul", None)])

    with pytest.raises(MigrateError, match=r"already holds rows \(articles: 1"):
        migrate_store(source_url, target_url)
    assert [a["title"] for a in target.articles()] == [None]
    assert target.counts()["articles"] == 1

    migrate_store(source_url, target_url, force=True)
    assert dump(target_url) == dump(source_url)


def test_a_failed_copy_leaves_the_target_as_it_was(
    source_url: str, tmp_path: Path
) -> None:
    target_url = f"sqlite:///{tmp_path / 'target.sqlite'}"
    target = Store(target_url)
    target.save_article(Article(text="Keep me."), [])
    with target.engine.begin() as conn:
        # The target's version of the unknown table needs a column the source lacks.
        conn.execute(
            sa.text(
                "CREATE TABLE field_notes (id INTEGER PRIMARY KEY, note TEXT NOT NULL, "
                "author TEXT NOT NULL)"
            )
        )
    before = dump(target_url)
    with pytest.raises(MigrateError, match="author"):
        migrate_store(source_url, target_url, force=True)
    assert dump(target_url) == before


def test_copying_a_store_onto_itself_is_refused(source_url: str) -> None:
    with pytest.raises(MigrateError, match="two different stores"):
        migrate_store(source_url, source_url)


def test_progress_reports_every_table_up_to_its_total(
    source_url: str, tmp_path: Path
) -> None:
    calls: list[tuple[str, int, int]] = []
    copied = migrate_store(
        source_url,
        f"sqlite:///{tmp_path / 'target.sqlite'}",
        progress=lambda table, done, total: calls.append((table, done, total)),
    )
    finals = {table: (done, total) for table, done, total in calls}
    assert finals == {table: (n, n) for table, n in copied.items()}
    # Parents before children: an article exists before its mentions.
    order = [table for table, _, _ in calls]
    assert order.index("articles") < order.index("mentions")
    assert order.index("places") < order.index("mentions")


def test_cli_migrate_to_copies_and_refuses_a_second_copy(
    source_url: str, tmp_path: Path
) -> None:
    target_url = f"sqlite:///{tmp_path / 'target.sqlite'}"
    env = {
        **os.environ,
        "LANDMINE_MAP_HOME": str(tmp_path / "home"),
        "LANDMINE_MAP_DB": source_url,
    }

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "dashboard.cli", "db", "migrate-to", *args],
            env=env,
            cwd=PROJECT,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    first = run(target_url)
    assert first.returncode == 0, first.stderr
    assert "(counts checked)" in first.stdout
    assert "  articles" in first.stdout and "3" in first.stdout
    second = run(target_url)
    assert second.returncode == 1
    assert "already holds rows" in second.stderr and "--force" in second.stderr
    forced = run(target_url, "--from", source_url, "--force")
    assert forced.returncode == 0, forced.stderr
    assert dump(target_url) == dump(source_url)
