"""Smoke tests of the benchmark suite: its data is deterministic and its rows run.

No timing is asserted here: the figures belong to ``make bench``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.corpus import (
    build_store,
    cached_store,
    generate_articles,
    load_place_pool,
    write_corpus,
)
from bench.run import Bench, Plan, Row, render_table
from dashboard.readers import read_article
from dashboard.store import Store

TINY = Plan(
    extraction_articles=3,
    extraction_runs=1,
    map_sizes=(40,),
    map_runs={40: 1},
    naive_sizes=(),
    payload_size=40,
    ratio_size=40,
)


@pytest.fixture(scope="module")
def pool(gazetteer_path: Path):
    return load_place_pool(gazetteer_path)


def test_same_seed_gives_the_same_articles_and_another_seed_others(pool) -> None:
    first = generate_articles(pool, count=6, seed=11)
    again = generate_articles(pool, count=6, seed=11)
    other = generate_articles(pool, count=6, seed=12)
    assert first == again
    assert [a.body for a in first] != [a.body for a in other]


def test_articles_are_about_3_kb_and_name_real_places_where_planned(pool) -> None:
    articles = generate_articles(pool, count=10, seed=5)
    for article in articles:
        assert 2500 <= len(article.body) <= 5000
        assert len(article.mentions) >= 5
        assert len({m.name for m in article.mentions}) == len(article.mentions)
        for mention in article.mentions:
            assert article.stored_text[mention.start : mention.end] == mention.name
            assert mention.name in mention.excerpt
            assert 100 <= len(mention.excerpt) <= 321
            assert -90 <= mention.lat <= 90 and -180 <= mention.lon <= 180


def test_written_articles_read_back_with_their_title_and_date(
    pool, tmp_path: Path
) -> None:
    article = generate_articles(pool, count=1, seed=3)[0]
    (path,) = write_corpus(tmp_path, [article])
    read = read_article(path.read_bytes(), path.name, max_bytes=10**7)
    assert read.title == article.title
    assert read.published == article.published
    assert article.body.split(".")[0] in read.text


def test_generated_store_holds_exactly_the_mentions_asked_for(
    pool, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'bench.sqlite'}"
    summary = build_store(url, pool, mentions=123, seed=9)
    store = Store(url)
    rows = store.mention_rows()
    assert summary.mentions == len(rows) == 123
    assert store.counts()["articles"] == summary.articles
    assert all(row["lat"] is not None and row["excerpt"] for row in rows)
    assert {row["role"] for row in rows} <= {
        "incident",
        "minefield",
        "clearance",
        "conference",
        "mention",
    }
    assert store.data_version() != "empty"


def test_cached_store_is_built_once_per_seed_and_size(pool, tmp_path: Path) -> None:
    first = cached_store(tmp_path, pool, mentions=30, seed=1)
    stamp = first.stat().st_mtime_ns
    assert cached_store(tmp_path, pool, mentions=30, seed=1).stat().st_mtime_ns == stamp
    assert cached_store(tmp_path, pool, mentions=30, seed=2) != first


@pytest.mark.slow
def test_extraction_and_map_rows_run_on_tiny_sizes(tmp_path: Path) -> None:
    bench = Bench(
        TINY, seed=4, scratch=tmp_path, log=lambda _: None, results_dir=tmp_path
    )
    rows = bench.extraction() + bench.map_pages(with_app=True, with_naive=False)
    labels = [row.label for row in rows]
    assert any("Extraction" in label for label in labels)
    assert any("rerun, 40 mentions" in label for label in labels)
    payload = next(row for row in rows if row.group == "payload")
    assert payload.samples[0] > 0
    assert all(row.samples for row in rows)
    table = render_table(rows)
    assert table.count("\n") == len(rows) + 1


def test_table_marks_targets_and_spreads() -> None:
    table = render_table(
        [
            Row("x", "Fast thing", "s", [0.1, 0.3, 0.2], "≤ 0.5 s", True),
            Row("x", "Slow thing", "s", [3.0], "≤ 2 s", False, "why"),
        ]
    )
    assert "| Fast thing | 0.200 s | 0.100–0.300 | 3 | ≤ 0.5 s | PASS |" in table
    assert "| Slow thing | 3.00 s | – | 1 | ≤ 2 s | MISS | why |" in table
