"""Editor access: the password check, its rate limit in the database, and the gate."""

from __future__ import annotations

import logging
import threading
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.access import (
    LOCAL_EDITOR,
    AccessError,
    EditorAccess,
    LoginOutcome,
    RateLimit,
    clean_editor_name,
    password_matches,
)
from dashboard.config import Settings
from dashboard.store import Store
from tests.postgres import fresh_database, postgres_url  # noqa: F401 (fixture)

PASSWORD = "correct horse ☃ battery"
WINDOW = timedelta(minutes=15)


class Clock:
    """A clock the test moves by hand (no sleeps)."""

    def __init__(self) -> None:
        self.now = datetime(2025, 5, 1, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta) -> None:
        self.now += delta


@pytest.fixture(
    params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh store's URL on each engine (PostgreSQL skips where it cannot run)."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    else:
        cluster = request.getfixturevalue("postgres_url")
        url = fresh_database(cluster, f"access_{uuid.uuid4().hex[:12]}")
    Store(url)  # creates the schema, login_attempts included
    return url


@pytest.fixture
def clock() -> Clock:
    return Clock()


def access_for(url: str, clock: Clock, **limits) -> EditorAccess:
    """An EditorAccess on its own engine, as one app server would have."""
    return EditorAccess(
        Store(url).engine, password=PASSWORD, limit=RateLimit(**limits), clock=clock
    )


@pytest.mark.parametrize(
    ("given", "expected", "matches"),
    [
        ("s3cret", "s3cret", True),
        ("s3cret", "s3cret ", False),
        ("S3cret", "s3cret", False),
        ("", "s3cret", False),
        ("s3cre", "s3cret", False),
        ("pässwörd☃", "pässwörd☃", True),
        ("passwörd", "passwörd".encode().decode("latin-1"), False),
    ],
)
def test_password_matches_exactly(given: str, expected: str, matches: bool) -> None:
    assert password_matches(given, expected) is matches


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        ("  Ana  Lopez ", "Ana Lopez"),
        ("Ana\nLopez", "Ana Lopez"),
        ("", None),
        ("   ", None),
        (None, None),
        ("x" * 200, "x" * 80),
    ],
)
def test_editor_names_are_one_trimmed_line(
    raw: str | None, cleaned: str | None
) -> None:
    assert clean_editor_name(raw) == cleaned


def test_without_a_password_everyone_may_edit(store_url: str) -> None:
    access = EditorAccess(Store(store_url).engine, password=None)
    assert not access.required
    assert access.login("anything", client="10.0.0.1") == LoginOutcome(
        True, "no-password"
    )
    assert access.failures() == 0


def test_right_password_signs_in_and_forgets_earlier_failures(
    store_url: str, clock: Clock
) -> None:
    access = access_for(store_url, clock)
    assert access.required
    for _ in range(3):
        assert access.login("guess", client="10.0.0.1").reason == "wrong"
    assert access.failures() == 3
    assert access.login(PASSWORD, client="10.0.0.1") == LoginOutcome(True, "ok")
    assert access.failures() == 0


def test_a_name_is_needed_to_sign_in(store_url: str, clock: Clock) -> None:
    outcome = access_for(store_url, clock).login(PASSWORD, client="c", name="  ")
    assert (outcome.ok, outcome.reason) == (False, "no-name")


def test_failed_logins_lock_the_client_for_the_window(
    store_url: str, clock: Clock
) -> None:
    access = access_for(store_url, clock, per_client=5)
    for _ in range(5):
        assert access.login("guess", client="10.0.0.1").reason == "wrong"
        clock.advance(timedelta(seconds=10))
    locked = access.login(PASSWORD, client="10.0.0.1")
    assert (locked.ok, locked.reason) == (False, "locked")
    # Free when the first of the five failures leaves the 15-minute window.
    assert locked.retry_after_seconds == pytest.approx(15 * 60 - 50)
    assert "Too many failed attempts" in locked.message
    # Another client is not punished for it.
    assert access.login(PASSWORD, client="10.0.0.2").ok
    clock.advance(timedelta(seconds=15 * 60 - 50 + 1))
    assert access.login(PASSWORD, client="10.0.0.1").ok


def test_refused_attempts_do_not_extend_the_lock(store_url: str, clock: Clock) -> None:
    access = access_for(store_url, clock, per_client=2)
    access.login("a", client="c")
    access.login("b", client="c")
    for _ in range(10):
        assert access.login("c", client="c").reason == "locked"
    assert access.failures() == 2
    clock.advance(WINDOW + timedelta(seconds=1))
    assert access.login(PASSWORD, client="c").ok


def test_the_overall_limit_stops_guessing_from_many_addresses(
    store_url: str, clock: Clock
) -> None:
    access = access_for(store_url, clock, per_client=5, overall=8)
    for i in range(8):
        assert access.login("guess", client=f"10.0.0.{i}").reason == "wrong"
    assert access.login(PASSWORD, client="10.0.1.1").reason == "locked"
    clock.advance(WINDOW + timedelta(seconds=1))
    assert access.login(PASSWORD, client="10.0.1.1").ok


def test_the_limit_holds_across_two_app_servers(store_url: str, clock: Clock) -> None:
    # Two engines on one database: what two `landmine-map serve` processes have.
    first = access_for(store_url, clock, per_client=4)
    second = access_for(store_url, clock, per_client=4)
    for server in (first, second, first, second):
        assert server.login("guess", client="10.0.0.9").reason == "wrong"
    assert first.login(PASSWORD, client="10.0.0.9").reason == "locked"
    assert second.login(PASSWORD, client="10.0.0.9").reason == "locked"


def test_parallel_guesses_get_no_more_tries_than_the_limit(
    store_url: str, clock: Clock
) -> None:
    servers = [access_for(store_url, clock, per_client=5) for _ in range(2)]
    barrier = threading.Barrier(16)
    outcomes: list[str] = []
    errors: list[BaseException] = []

    def guess(index: int) -> None:
        try:
            barrier.wait()
            outcome = servers[index % 2].login(f"guess{index}", client="10.0.0.7")
            outcomes.append(outcome.reason)
        except BaseException as exc:  # reported below, not swallowed
            errors.append(exc)

    threads = [threading.Thread(target=guess, args=(i,)) for i in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert len(outcomes) == 16
    assert set(outcomes) <= {"wrong", "locked"}
    assert outcomes.count("wrong") <= 5
    assert servers[0].failures() == outcomes.count("wrong")


def test_stale_attempts_are_pruned(store_url: str, clock: Clock) -> None:
    access = access_for(store_url, clock)
    for i in range(4):
        access.login("guess", client=f"old{i}")
    clock.advance(WINDOW + timedelta(minutes=1))
    access.login("guess", client="new")
    assert access.failures() == 1


def test_the_password_is_never_logged_or_shown(
    store_url: str, clock: Clock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    access = access_for(store_url, clock, per_client=2)
    outcomes = [
        access.login(PASSWORD + "x", client="c"),
        access.login(PASSWORD, client="d"),
        access.login(PASSWORD[:-1], client="c"),
        access.login(PASSWORD, client="c"),
    ]
    assert [o.reason for o in outcomes] == ["wrong", "ok", "wrong", "locked"]
    assert "failed editor login" in caplog.text
    assert PASSWORD[:-1] not in caplog.text
    assert PASSWORD[:-1] not in repr(access)
    assert all(PASSWORD[:-1] not in o.message for o in outcomes)
    settings = Settings.from_mapping(
        {"data_dir": "/tmp/x", "editor_password": PASSWORD}
    )
    assert PASSWORD not in repr(settings)


def test_impossible_limits_are_refused() -> None:
    with pytest.raises(AccessError, match="positive login limits"):
        RateLimit(per_client=0)


# -- the Streamlit gate (AppTest, no browser) ------------------------------------------


def gate_script() -> None:
    """A page that edits: it calls require_editor, then shows what it would do."""
    import os
    from types import SimpleNamespace

    import streamlit as st

    from dashboard.config import Settings
    from dashboard.store import Store
    from dashboard.ui.access import require_editor

    settings = Settings.from_mapping(
        {
            "data_dir": os.environ["GATE_DATA_DIR"],
            "database_url": os.environ["GATE_DB"],
            "editor_password": os.environ.get("GATE_PASSWORD", ""),
        }
    )
    services = SimpleNamespace(settings=settings, store=Store(settings.database_url))
    name = require_editor(services, action="upload articles")
    st.markdown(f"UPLOAD FORM for {name}")


def gate(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, password: str | None
) -> AppTest:
    monkeypatch.setenv("GATE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("GATE_DB", f"sqlite:///{tmp_path / 'gate.sqlite'}")
    if password is None:
        monkeypatch.delenv("GATE_PASSWORD", raising=False)
    else:
        monkeypatch.setenv("GATE_PASSWORD", password)
    return AppTest.from_function(gate_script, default_timeout=30).run()


def main_text(at: AppTest) -> str:
    return "\n".join(m.value for m in at.main.markdown)


def sign_in(at: AppTest, name: str, password: str) -> AppTest:
    at.sidebar.text_input(key="editor_login_name").input(name)
    at.sidebar.text_input(key="editor_login_password").input(password)
    submit = [b for b in at.sidebar.button if b.label == "Sign in as editor"]
    assert submit, "the sign-in form has no submit button"
    return submit[0].click().run()


def test_gate_without_password_lets_everyone_edit_as_local(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    at = gate(monkeypatch, tmp_path, None)
    assert not at.exception
    assert f"UPLOAD FORM for {LOCAL_EDITOR}" in main_text(at)
    assert at.session_state["editor_name"] == LOCAL_EDITOR
    assert not at.sidebar.text_input


def test_gate_asks_viewers_for_the_password(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    at = gate(monkeypatch, tmp_path, "s3cret")
    assert not at.exception
    assert "UPLOAD FORM" not in main_text(at)
    assert "Only editors can upload articles" in at.info[0].value

    at = sign_in(at, "Ana", "wrong")
    assert "UPLOAD FORM" not in main_text(at)
    assert [e.value for e in at.sidebar.error] == ["Wrong editor password."]
    assert "editor_name" not in at.session_state

    at = sign_in(at, "  Ana   Lopez ", "s3cret")
    assert not at.exception
    assert "UPLOAD FORM for Ana Lopez" in main_text(at)
    assert at.session_state["editor_name"] == "Ana Lopez"
    assert at.sidebar.markdown[0].value == "Editing as **Ana Lopez**"
    # Once signed in the form is gone, and the password with it.
    assert "editor_login_password" not in at.session_state

    at.sidebar.button(key="editor_sign_out").click().run()
    assert "UPLOAD FORM" not in main_text(at)
    assert "editor_name" not in at.session_state


def test_gate_locks_after_repeated_failures(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    at = gate(monkeypatch, tmp_path, "s3cret")
    for attempt in range(RateLimit().per_client):
        at = sign_in(at, "Mallory", f"guess{attempt}")
    at = sign_in(at, "Mallory", "s3cret")
    assert "UPLOAD FORM" not in main_text(at)
    assert "Too many failed attempts" in at.sidebar.error[0].value
