"""Editor access: who may upload, review and delete (no Streamlit here).

With no editor password configured every visitor is an editor (a single-user
install needs no login). With one, a visitor becomes an editor by giving it;
the comparison runs in constant time and a failed login is rate-limited in the
database (table ``login_attempts``), so the limit holds across several app
servers behind one proxy. The password is never logged, stored or put in an
error message.

Every attempt is recorded *before* the password is compared and forgotten only
when it was right, so parallel guesses from one client (or through two app
servers) count against the limit as surely as sequential ones.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal

from sqlalchemy import ColumnElement, Engine, delete, func, select
from sqlalchemy.exc import SQLAlchemyError

from dashboard.errors import DashboardError
from dashboard.store import login_attempts

log = logging.getLogger(__name__)

#: The editor name recorded in the audit trail when no password is configured.
LOCAL_EDITOR = "local"
MAX_NAME_CHARS = 80


class AccessError(DashboardError):
    """The login could not be checked (the database failed, or bad input)."""


@dataclass(frozen=True, slots=True)
class RateLimit:
    """How many failed logins are allowed in a sliding window.

    ``per_client`` bounds one client (its IP address as the app server sees
    it); ``overall`` bounds everyone together, so guessing from many addresses
    is slow too.
    """

    per_client: int = 5
    overall: int = 50
    window_seconds: float = 15 * 60

    def __post_init__(self) -> None:
        if self.per_client < 1 or self.overall < 1 or self.window_seconds <= 0:
            raise AccessError(
                "Expected positive login limits, instead got "
                f"per_client={self.per_client}, overall={self.overall}, "
                f"window_seconds={self.window_seconds}"
            )


@dataclass(frozen=True, slots=True)
class LoginOutcome:
    """The answer to one login attempt."""

    ok: bool
    reason: Literal["ok", "wrong", "locked", "no-password", "no-name"]
    retry_after_seconds: float = 0.0

    @property
    def message(self) -> str:
        """What to tell the user (never the password)."""
        if self.reason in ("ok", "no-password"):
            return "Signed in as editor."
        if self.reason == "no-name":
            return "Enter your name: it is recorded with what you change."
        if self.reason == "locked":
            minutes = max(1, round(self.retry_after_seconds / 60))
            return (
                "Too many failed attempts: try again in about "
                f"{minutes} minute{'s' if minutes != 1 else ''}."
            )
        return "Wrong editor password."


def password_matches(given: str, expected: str) -> bool:
    """Compare two passwords in constant time (their lengths included).

    Both sides are hashed first: ``hmac.compare_digest`` only hides where two
    strings of equal length differ, not how long the expected one is.
    """
    given_digest = hashlib.sha256(given.encode("utf-8")).digest()
    expected_digest = hashlib.sha256(expected.encode("utf-8")).digest()
    return hmac.compare_digest(given_digest, expected_digest)


def clean_editor_name(name: str | None) -> str | None:
    """Return the name to record for an editor (trimmed, one line), or None if blank."""
    cleaned = " ".join((name or "").split())[:MAX_NAME_CHARS]
    return cleaned or None


def _utcnow() -> datetime:
    return datetime.now(UTC)


def _aware(value: datetime) -> datetime:
    # SQLite hands back naive datetimes; every stored time is UTC.
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


class EditorAccess:
    """Checks editor logins against the configured password, rate-limited in the DB.

    Args:
        engine: the store's engine (its schema holds ``login_attempts``).
        password: the editor password, or None when none is configured.
        limit: how many failures are allowed.
        clock: returns the current UTC time (tests pass a fake one).
    """

    def __init__(
        self,
        engine: Engine,
        *,
        password: str | None,
        limit: RateLimit = RateLimit(),
        clock: Callable[[], datetime] = _utcnow,
    ) -> None:
        self._engine = engine
        # The store's engine on SQLite opens such transactions with BEGIN
        # IMMEDIATE (see dashboard/store.py); other engines ignore the option.
        self._writer = engine.execution_options(landmine_write=True)
        self._password = password or None
        self._limit = limit
        self._clock = clock

    def __repr__(self) -> str:
        return f"EditorAccess(required={self.required}, limit={self._limit})"

    @property
    def required(self) -> bool:
        """True when a password is configured (viewers must log in to edit)."""
        return self._password is not None

    def retry_after_seconds(self, client: str) -> float:
        """Return how long ``client`` must wait before trying again (0: it may try)."""
        return self._wait(client, excluding=None)

    def login(
        self, given: str, *, client: str, name: str | None = "editor"
    ) -> LoginOutcome:
        """Check one login attempt from ``client`` (e.g. its IP address).

        Returns ``ok`` (and forgets this client's failures), ``wrong``,
        ``locked`` (too many recent failures; the password is not even
        compared), ``no-name`` or ``no-password`` when none is configured.
        """
        if self._password is None:
            return LoginOutcome(True, "no-password")
        if clean_editor_name(name) is None:
            return LoginOutcome(False, "no-name")
        client = client[:200] or "unknown"
        # Recorded first and counted after: of N parallel guesses only those
        # that fit under the limit are compared, whichever server gets them.
        attempt_id = self._record(client)
        wait = self._wait(client, excluding=attempt_id)
        if wait > 0:
            # A refused attempt is not a guess; keeping it would let one
            # client fill the overall limit and lock everyone else out.
            self._delete(login_attempts.c.id == attempt_id)
            log.warning("editor login refused for %s: rate limit", client)
            return LoginOutcome(False, "locked", wait)
        if not password_matches(given, self._password):
            log.warning("failed editor login from %s", client)
            return LoginOutcome(False, "wrong")
        self._delete(login_attempts.c.client_key == client)
        log.info("editor login from %s", client)
        return LoginOutcome(True, "ok")

    # -- the table -------------------------------------------------------------

    def _wait(self, client: str, *, excluding: int | None) -> float:
        now = self._clock()
        since = now - timedelta(seconds=self._limit.window_seconds)
        query = select(
            login_attempts.c.id,
            login_attempts.c.client_key,
            login_attempts.c.attempted_at,
        ).where(login_attempts.c.attempted_at > since)
        try:
            with self._engine.connect() as conn:
                rows = [row for row in conn.execute(query) if row.id != excluding]
        except SQLAlchemyError as exc:
            raise AccessError(f"Could not read the login attempts: {exc}") from exc
        everyone = sorted(_aware(row.attempted_at) for row in rows)
        mine = sorted(
            _aware(row.attempted_at) for row in rows if row.client_key == client
        )
        wait = 0.0
        for recent, allowed in (
            (mine, self._limit.per_client),
            (everyone, self._limit.overall),
        ):
            if len(recent) >= allowed:
                # Blocked until enough failures leave the window that fewer
                # than ``allowed`` remain.
                free_at = recent[len(recent) - allowed] + timedelta(
                    seconds=self._limit.window_seconds
                )
                wait = max(wait, (free_at - now).total_seconds())
        return max(wait, 0.0)

    def _record(self, client: str) -> int:
        now = self._clock()
        # Rows older than the window no longer count: prune them as we go.
        stale = now - timedelta(seconds=self._limit.window_seconds)
        try:
            with self._writer.begin() as conn:
                conn.execute(
                    delete(login_attempts).where(login_attempts.c.attempted_at <= stale)
                )
                return int(
                    conn.execute(
                        login_attempts.insert().values(
                            client_key=client, attempted_at=now
                        )
                    ).inserted_primary_key[0]
                )
        except SQLAlchemyError as exc:
            raise AccessError(f"Could not record a login attempt: {exc}") from exc

    def _delete(self, where: ColumnElement[bool]) -> None:
        try:
            with self._writer.begin() as conn:
                conn.execute(delete(login_attempts).where(where))
        except SQLAlchemyError as exc:
            raise AccessError(f"Could not clear login attempts: {exc}") from exc

    def failures(self) -> int:
        """Return how many attempts are recorded (for tests and the about page)."""
        try:
            with self._engine.connect() as conn:
                return int(
                    conn.scalar(select(func.count()).select_from(login_attempts)) or 0
                )
        except SQLAlchemyError as exc:
            raise AccessError(f"Could not count the login attempts: {exc}") from exc
