"""Store faults: a locked database, a killed ingest, concurrent ingests, backups."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dashboard import store as store_module
from dashboard.errors import StoreError
from dashboard.store import Store
from tests.test_dashboard.test_cli import CLI, Cli, cli_environment
from tests.test_dashboard.test_store import make_article, make_place


@pytest.fixture
def impatient(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make a locked write give up at once, so the retry path runs."""
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_SECONDS", 0.01)
    monkeypatch.setattr(store_module, "WRITE_ATTEMPTS", 3)


def _hold_write_lock(db_file: Path) -> sqlite3.Connection:
    blocker = sqlite3.connect(db_file, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    return blocker


def test_locked_write_is_retried_and_lands(
    tmp_path: Path, impatient: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    db_file = tmp_path / "store.sqlite"
    store = Store(f"sqlite:///{db_file}")
    blocker = _hold_write_lock(db_file)
    waits = []

    def release_on_first_wait(seconds: float) -> None:
        # The first attempt met the lock; the other writer finishes meanwhile.
        waits.append(seconds)
        if blocker.in_transaction:
            blocker.execute("COMMIT")

    monkeypatch.setattr(store_module.time, "sleep", release_on_first_wait)
    saved = store.save_article(make_article(), [make_place()])
    assert saved.is_new
    assert len(waits) == 1
    assert store.counts()["mentions"] == 1
    blocker.close()


def test_write_locked_past_every_retry_raises_store_error(
    tmp_path: Path, impatient: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    db_file = tmp_path / "store.sqlite"
    store = Store(f"sqlite:///{db_file}")
    blocker = _hold_write_lock(db_file)
    waits: list[float] = []
    monkeypatch.setattr(store_module.time, "sleep", waits.append)
    with pytest.raises(StoreError, match="locked after 3 attempts"):
        store.save_article(make_article(), [make_place()])
    assert len(waits) == 2
    blocker.execute("ROLLBACK")
    blocker.close()
    assert store.is_empty()
    assert store.save_article(make_article(), [make_place()]).is_new


def test_reads_go_on_while_another_process_writes(tmp_path: Path) -> None:
    db_file = tmp_path / "store.sqlite"
    store = Store(f"sqlite:///{db_file}")
    store.save_article(make_article("before"), [make_place()])
    blocker = _hold_write_lock(db_file)
    blocker.execute("DELETE FROM mentions")
    # WAL: readers see the last commit while a writer holds its lock.
    assert store.counts()["mentions"] == 1
    blocker.execute("ROLLBACK")
    blocker.close()


# -- whole processes: killed, concurrent, backed up while running -------------------

PLACES = (
    "Agdam",
    "Tartar",
    "Fuzuli",
    "Kharkiv",
    "Izium",
    "Battambang",
    "Pailin",
    "Mosul",
    "Sinjar",
    "Doboj",
    "Jaffna",
    "Kandahar",
)


def write_corpus(folder: Path, count: int) -> Path:
    """Write ``count`` distinct short articles naming a few places each."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        a, b, c = (PLACES[(i + k * 5) % len(PLACES)] for k in range(3))
        (folder / f"report-{i:03d}.txt").write_text(
            f"Title: Field report {i}\nDate: 2023-{i % 12 + 1:02d}-15\n"
            f"Source: https://example.org/reports/{i}\n\n"
            f"Deminers found {i * 3 + 5} anti-personnel mines near {a} on Monday. "
            f"A week later a blast near {b} injured {i % 4 + 1} farmers. "
            f"Survey teams will move on to {c} in report number {i}.\n",
            "utf-8",
        )
    return folder


def count_articles(db_file: Path) -> int:
    if not db_file.exists():
        return 0
    conn = sqlite3.connect(db_file, timeout=30)
    try:
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # the schema is not created yet
        return 0
    finally:
        conn.close()


def wait_for_articles(db_file: Path, at_least: int, process: subprocess.Popen) -> int:
    """Poll the database until ``at_least`` articles landed (no guessed sleeps)."""
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        stored = count_articles(db_file)
        if stored >= at_least:
            return stored
        if process.poll() is not None:
            raise AssertionError(f"ingest ended (rc {process.returncode}) too early")
        time.sleep(0.005)  # a polling interval, not a wait for something to finish
    raise AssertionError(f"fewer than {at_least} articles after 180 s")


def start_ingest(
    cli: Cli, *args: str | Path, log_name: str = "ingest"
) -> subprocess.Popen:
    command = [str(CLI)] if CLI.exists() else [sys.executable, "-m", "dashboard.cli"]
    log_dir = cli.data_dir.parent
    return subprocess.Popen(
        [*command, "ingest", *map(str, args)],
        env=cli.env,
        stdout=(log_dir / f"{log_name}.out").open("wb"),
        stderr=(log_dir / f"{log_name}.err").open("wb"),
    )


def assert_whole_articles(store: Store, geoparser) -> int:
    """Every stored article has exactly the mentions its extraction gives."""
    from dashboard.extraction import extract_article

    per_article = {a["id"]: a["mentions"] for a in store.articles()}
    for article_id, stored in per_article.items():
        article = store.article(article_id)
        assert article is not None
        expected = len(extract_article(article, geoparser=geoparser))
        assert stored == expected, f"article {article_id}: {stored} of {expected}"
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    return len(per_article)


@pytest.fixture
def cli(tmp_path: Path, gazetteer_path: Path) -> Cli:
    data_dir = tmp_path / "home"
    return Cli(cli_environment(data_dir, gazetteer_path), data_dir)


@pytest.fixture(scope="module")
def real_geoparser(gazetteer):
    from dashboard.services import build_geoparser

    return build_geoparser(None, gazetteer=gazetteer)  # type: ignore[arg-type]


def test_sigkill_mid_ingest_leaves_whole_articles_and_rerun_completes(
    cli: Cli, tmp_path: Path, real_geoparser
) -> None:
    corpus = write_corpus(tmp_path / "corpus", 40)
    db_file = cli.data_dir / "landmine-map.sqlite"
    process = start_ingest(cli, corpus)
    try:
        wait_for_articles(db_file, 1, process)
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL
    survivors = assert_whole_articles(cli.store, real_geoparser)
    assert 1 <= survivors < 40, "the kill should land mid-batch"

    rerun = cli("ingest", corpus)
    assert rerun.returncode == 0, rerun.stderr
    assert (
        f"{40 - survivors} saved, {survivors} already stored, 0 failed" in rerun.stdout
    )
    assert assert_whole_articles(cli.store, real_geoparser) == 40


@pytest.mark.slow
def test_twenty_concurrent_ingests_store_each_article_once(
    cli: Cli, tmp_path: Path
) -> None:
    corpus = write_corpus(tmp_path / "corpus", 8)
    processes = [start_ingest(cli, corpus, log_name=f"ingest-{i}") for i in range(20)]
    for process in processes:
        process.wait(timeout=300)
    logs = tmp_path
    outputs = [(logs / f"ingest-{i}.out").read_text("utf-8") for i in range(20)]
    errors = [(logs / f"ingest-{i}.err").read_text("utf-8") for i in range(20)]
    assert [p.returncode for p in processes] == [0] * 20, errors
    saved = sum(
        line.startswith("saved") for out in outputs for line in out.splitlines()
    )
    assert saved == 8
    counts = cli.store.counts()
    assert counts["articles"] == 8
    with cli.store.engine.connect() as conn:
        hashes = conn.exec_driver_sql(
            "SELECT count(DISTINCT content_hash) FROM articles"
        ).scalar()
    assert hashes == 8


def test_backup_taken_during_an_ingest_restores_a_consistent_store(
    cli: Cli, tmp_path: Path, real_geoparser, gazetteer_path: Path
) -> None:
    corpus = write_corpus(tmp_path / "corpus", 40)
    db_file = cli.data_dir / "landmine-map.sqlite"
    backup = tmp_path / "during.sqlite"
    process = start_ingest(cli, corpus)
    try:
        wait_for_articles(db_file, 1, process)
        # In-process, so the copy starts while the ingest is still writing
        # (the command itself is tested in test_cli).
        cli.store.backup(backup)
    finally:
        process.wait(timeout=300)
    assert process.returncode == 0
    assert cli.store.counts()["articles"] == 40

    elsewhere = Cli(
        cli_environment(tmp_path / "other", gazetteer_path), tmp_path / "other"
    )
    assert elsewhere.store.is_empty()
    restored = elsewhere("db", "restore", backup)
    assert restored.returncode == 0, restored.stderr
    in_backup = assert_whole_articles(elsewhere.store, real_geoparser)
    assert 1 <= in_backup < 40, "the backup should be taken mid-ingest"
    rerun = elsewhere("ingest", corpus)
    assert rerun.returncode == 0, rerun.stderr
    assert elsewhere.store.counts()["articles"] == 40
