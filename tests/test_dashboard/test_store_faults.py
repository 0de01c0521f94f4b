"""Store faults: a locked database, a killed ingest, concurrent ingests, backups."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from dashboard import store as store_module
from dashboard.errors import StoreError
from dashboard.store import Store
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
