"""Several app servers writing to one store never duplicate an article or a mention.

Each writer is its own process with its own engine, as two ``landmine-map
serve`` processes (or a server and a CLI ingest) are. What keeps the rows
single is the database's unique constraints, checked here directly too.
"""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from dashboard.models import Article, ExtractedPlace
from dashboard.store import Store, articles, mentions, places
from tests.postgres import fresh_database, postgres_url  # noqa: F401 (fixture)

PROJECT = Path(__file__).resolve().parents[2]
WRITERS = 4
ARTICLES = 6
#: Place ids shared between articles, so writers also race to create places.
GAZETTEER_IDS = ("geonames:148619", "geonames:147622", "geonames:1831112", None)


def article(i: int) -> Article:
    return Article(
        text=f"Report {i}: deminers in Ağdam, Füzuli and Kampot cleared field {i}.",
        title=f"Report {i}",
        published=date(2024, 1, 1 + i),
        file_name=f"report{i}.txt",
    )


def places_of(i: int) -> list[ExtractedPlace]:
    found = []
    for j, name in enumerate(("Ağdam", "Füzuli", "Kampot", f"Village {i}")):
        gazetteer_id = GAZETTEER_IDS[j]
        found.append(
            ExtractedPlace(
                name=name,
                start=0,
                end=len(name),
                excerpt=f"Field {i} near {name}.",
                role="clearance" if j else "incident",
                status="resolved" if gazetteer_id else "unresolved",
                lat=40.0 + j if gazetteer_id else None,
                lon=47.0 + j if gazetteer_id else None,
                gazetteer_id=gazetteer_id,
                killed=1 if j == 0 else None,
            )
        )
    return found


#: One writer process: its own engine, the same articles in its own order. It
#: says "ready" once its store is open and starts when told "go" on stdin, so
#: all writers start together. (A plain interpreter, not multiprocessing:
#: spawn re-runs __main__, which AppTest replaces in this process.)
WRITER = """
import json, sys
from dashboard.store import Store
from tests.test_dashboard.test_concurrent_writers import article, places_of
store = Store(sys.argv[1])
print("ready", flush=True)
sys.stdin.readline()
for i in map(int, sys.argv[2].split(",")):
    saved = store.save_article(article(i), places_of(i))
    print(json.dumps([i, saved.article_id, saved.is_new]), flush=True)
"""


def run_writers(url: str, orders: list[list[int]]) -> list[tuple[int, int, bool]]:
    """Run one writer process per order, started together; return what they saved."""
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, url, ",".join(map(str, order))],
            cwd=PROJECT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for order in orders
    ]
    try:
        for writer in writers:
            assert writer.stdout.readline().strip() == "ready", writer.stderr.read()
        for writer in writers:
            writer.stdin.write("go\n")
            writer.stdin.flush()
        outcomes = []
        for writer in writers:
            out, err = writer.communicate(timeout=180)
            assert writer.returncode == 0, err
            outcomes += [tuple(json.loads(line)) for line in out.splitlines()]
    finally:
        for writer in writers:
            if writer.poll() is None:
                writer.kill()
                writer.wait()
    return outcomes


@pytest.fixture(
    params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    else:
        cluster = request.getfixturevalue("postgres_url")
        url = fresh_database(cluster, f"writers_{uuid.uuid4().hex[:12]}")
    Store(url)
    return url


def test_writer_processes_saving_the_same_articles_store_each_once(
    store_url: str,
) -> None:
    orders = [
        list(range(ARTICLES)),
        list(reversed(range(ARTICLES))),
        [3, 1, 5, 0, 2, 4],
        [2, 4, 0, 5, 3, 1],
    ]
    outcomes = run_writers(store_url, orders)
    assert len(outcomes) == WRITERS * ARTICLES

    for i in range(ARTICLES):
        mine = [(article_id, new) for n, article_id, new in outcomes if n == i]
        assert len({article_id for article_id, _ in mine}) == 1, mine
        assert sum(new for _, new in mine) == 1, f"article {i} stored {mine}"

    store = Store(store_url)
    counts = store.counts()
    assert counts["articles"] == ARTICLES
    assert counts["mentions"] == ARTICLES * len(GAZETTEER_IDS)
    assert counts["places"] == len([g for g in GAZETTEER_IDS if g])
    with store.engine.connect() as conn:
        twice = conn.execute(
            sa.select(mentions.c.article_id, mentions.c.name)
            .group_by(mentions.c.article_id, mentions.c.name)
            .having(sa.func.count() > 1)
        ).all()
    assert twice == []
    killed = sum(row["killed"] or 0 for row in store.mention_rows())
    assert killed == ARTICLES  # one incident per article, counted once


@pytest.mark.parametrize(
    ("table", "values"),
    [
        (articles, {"content_hash": "h" * 64, "text": "b", "added_at": None}),
        (places, {"gazetteer_id": "geonames:1", "name": "X", "lat": 1.0, "lon": 2.0}),
    ],
    ids=["articles.content_hash", "places.gazetteer_id"],
)
def test_the_database_itself_refuses_a_duplicate(
    store_url: str, table: sa.Table, values: dict
) -> None:
    if "added_at" in values:
        values = {**values, "added_at": datetime.now(UTC), "is_demo": False}
    engine = Store(store_url).engine
    with engine.begin() as conn:
        conn.execute(table.insert().values(**values))
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.execute(table.insert().values(**values))


def test_the_database_refuses_a_second_mention_of_one_place_in_one_article(
    store_url: str,
) -> None:
    store = Store(store_url)
    saved = store.save_article(article(0), places_of(0))
    row = {
        "article_id": saved.article_id,
        "name": "Ağdam",
        "start_offset": 0,
        "end_offset": 5,
        "excerpt": "again",
        "role": "incident",
        "status": "unresolved",
        "confidence": 0.0,
        "victims": "",
        "candidates": "[]",
        "reviewed": False,
    }
    with pytest.raises(IntegrityError), store.engine.begin() as conn:
        conn.execute(mentions.insert().values(**row))
