"""The store: articles, the places they name, and their mentions (SQLAlchemy Core).

SQLite (a file in the data directory) by default, any SQLAlchemy URL otherwise;
the SQL stays portable so PostgreSQL works unchanged. Every write is one
transaction: an article is stored whole, with all its mentions, or not at all.

On SQLite the store runs in WAL mode with a busy timeout, opens every write
transaction with ``BEGIN IMMEDIATE`` (so two writers queue on the busy timeout
instead of failing when one upgrades a read lock), and retries a write that
still meets "database is locked" a few times before raising :class:`StoreError`.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Date,
    DateTime,
    Engine,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    create_engine,
    delete,
    event,
    func,
    inspect,
    select,
    update,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.pool import StaticPool

from dashboard.errors import StoreError
from dashboard.models import Article, ExtractedPlace

log = logging.getLogger(__name__)

T = TypeVar("T")

#: How long one SQLite statement waits for another writer before giving up.
BUSY_TIMEOUT_SECONDS = 30.0
#: How often a write that still met "database is locked" is tried again.
WRITE_ATTEMPTS = 5

metadata = MetaData()

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("applied_at", DateTime(timezone=True), nullable=False),
    Column("description", String(200), nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("title", Text),
    Column("source", Text),
    Column("published", Date),
    Column("language", String(16)),
    Column("file_name", Text),
    Column("text", Text, nullable=False),
    Column("is_demo", Boolean, nullable=False, default=False, index=True),
    Column("added_at", DateTime(timezone=True), nullable=False),
)

places = Table(
    "places",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("gazetteer_id", String(120), unique=True),
    Column("name", Text, nullable=False),
    Column("lat", Float, nullable=False),
    Column("lon", Float, nullable=False),
    Column("country_code", String(2)),
    Column("admin1", Text),
    Column("precision", Integer),
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "article_id",
        Integer,
        ForeignKey("articles.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("place_id", Integer, ForeignKey("places.id", ondelete="SET NULL")),
    Column("name", Text, nullable=False),
    Column("start_offset", Integer, nullable=False),
    Column("end_offset", Integer, nullable=False),
    Column("excerpt", Text, nullable=False),
    Column("role", String(16), nullable=False),
    Column("status", String(16), nullable=False, index=True),
    Column("confidence", Float, nullable=False, default=0.0),
    Column("event_date", Date),
    Column("event_date_precision", String(8)),
    Column("killed", Integer),
    Column("injured", Integer),
    Column("mines", Integer),
    Column("device", String(40)),
    Column("victims", Text, nullable=False, default=""),
    Column("candidates", Text, nullable=False, default="[]"),
    # Denormalised copies of the resolution, so an unresolved mention or a
    # user's correction needs no row in places.
    Column("lat", Float),
    Column("lon", Float),
    Column("country_code", String(2)),
    Column("admin1", Text),
    Column("precision", Integer),
    Column("gazetteer_id", String(120)),
    Column("reviewed", Boolean, nullable=False, default=False),
    UniqueConstraint("article_id", "name", name="uq_mentions_article_name"),
)

meta = Table(
    "meta",
    metadata,
    Column("key", String(100), primary_key=True),
    Column("value", Text, nullable=False),
)

_V1_TABLES = (articles, places, mentions, meta)

#: Failed (and pending) editor logins, so a rate limit holds across app servers
#: (dashboard/access.py). No password is ever stored.
login_attempts = Table(
    "login_attempts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("client_key", String(200), nullable=False, index=True),
    Column("attempted_at", DateTime(timezone=True), nullable=False, index=True),
)


#: User corrections that teach the geoparser (dashboard/aliases.py): a name
#: (normalised key) in the context of a story's country ("" for any country)
#: is either placed at a target or is not a place.
aliases = Table(
    "aliases",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name_key", String(500), nullable=False),
    Column("country_code", String(2), nullable=False, default=""),
    Column("name", Text, nullable=False),
    Column("not_a_place", Boolean, nullable=False, default=False),
    Column("gazetteer_id", String(120)),
    Column("target_name", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("target_country_code", String(2)),
    Column("admin1", Text),
    Column("feature", String(20)),
    Column("precision", Integer),
    Column("created_by", String(200), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("name_key", "country_code", name="uq_aliases_name_country"),
)

#: Every review change (dashboard/review.py): who, when, and the row before
#: and after, as JSON.
audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", DateTime(timezone=True), nullable=False, index=True),
    Column("who", String(200), nullable=False),
    Column("action", String(40), nullable=False),
    Column("entity", String(20), nullable=False),
    Column("entity_id", Integer, nullable=False),
    Column("before", Text),
    Column("after", Text),
)


#: A user's grouping of mentions into events (dashboard/events.py): mentions
#: sharing a ``group_key`` form one event whatever the automatic rule says, and
#: are never merged with other mentions. Written when a user splits a wrong merge.
event_groups = Table(
    "event_groups",
    metadata,
    Column(
        "mention_id",
        Integer,
        ForeignKey("mentions.id", ondelete="CASCADE"),
        primary_key=True,
        autoincrement=False,
    ),
    Column("group_key", String(40), nullable=False, index=True),
    Column("set_by", String(200), nullable=False),
    Column("set_at", DateTime(timezone=True), nullable=False),
)


def _migrate_v1(conn: Connection) -> None:
    metadata.create_all(conn, tables=list(_V1_TABLES))


def _migrate_login_attempts(conn: Connection) -> None:
    login_attempts.create(conn, checkfirst=True)


def _migrate_review(conn: Connection) -> None:
    metadata.create_all(conn, tables=[aliases, audit_log])


def _migrate_event_groups(conn: Connection) -> None:
    event_groups.create(conn, checkfirst=True)


@dataclass(frozen=True, slots=True)
class Migration:
    """One step of the schema, applied once, in order, inside one transaction."""

    version: int
    description: str
    apply: Callable[[Connection], None]


#: The schema's history. Append new steps (ALTER TABLE ...); never edit old ones.
MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "articles, places, mentions, meta", _migrate_v1),
    Migration(2, "login_attempts (editor login rate limit)", _migrate_login_attempts),
    Migration(3, "aliases, audit_log (review and correct)", _migrate_review),
    Migration(4, "event_groups (user splits of merged reports)", _migrate_event_groups),
)
SCHEMA_VERSION = MIGRATIONS[-1].version


@dataclass(frozen=True, slots=True)
class SaveResult:
    """What :meth:`Store.save_article` did: the article's id, and whether it is new."""

    article_id: int
    is_new: bool


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What :meth:`Store.import_article` did: the article, and the mentions added."""

    article_id: int
    is_new: bool
    added: dict[str, int]  # mention name -> id, for the mentions written now


def _utcnow() -> datetime:
    return datetime.now(UTC)


def _aware(value: datetime | None) -> datetime | None:
    # SQLite hands back naive datetimes; every stored time is UTC.
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


def _is_locked(exc: OperationalError) -> bool:
    message = str(exc.orig).lower()
    return "locked" in message or "busy" in message


def sqlite_file_path(url: str) -> Path | None:
    """Return the database file of a SQLite URL, or None (in-memory, other engines)."""
    parsed = make_url(url)
    if not parsed.drivername.startswith("sqlite"):
        return None
    database = parsed.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


def _create_engine(url: str) -> Engine:
    db_file = sqlite_file_path(url)
    if not make_url(url).drivername.startswith("sqlite"):
        return create_engine(url, pool_pre_ping=True)
    if db_file is None:
        # In-memory: one shared connection, or every checkout sees an empty DB.
        engine = create_engine(
            url, poolclass=StaticPool, connect_args={"check_same_thread": False}
        )
    else:
        db_file.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url,
            connect_args={
                "check_same_thread": False,
                "timeout": BUSY_TIMEOUT_SECONDS,
            },
        )
    _configure_sqlite(engine, is_file=db_file is not None)
    return engine


def _configure_sqlite(engine: Engine, *, is_file: bool) -> None:
    # pysqlite's own transaction handling defers BEGIN and never sends it for
    # DDL; take control of it, as the SQLAlchemy docs recommend, so that
    # writes can say BEGIN IMMEDIATE.
    # https://docs.sqlalchemy.org/en/20/dialects/sqlite.html#serializable-isolation-savepoints-transactional-ddl
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
            cursor.execute("PRAGMA foreign_keys = ON")
            if is_file:
                cursor.execute("PRAGMA journal_mode = WAL")
                # NORMAL is durable across application crashes in WAL mode;
                # only a power cut may lose the last commits.
                cursor.execute("PRAGMA synchronous = NORMAL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        if conn.get_execution_options().get("landmine_write"):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")


class Store:
    """Articles and their mentions in one database.

    Cheap to construct and safe to share between threads (it keeps an engine
    and connects per call). ``engine`` is public: the geocode cache shares it.
    """

    def __init__(self, url: str) -> None:
        self.url = url
        try:
            self.engine = _create_engine(url)
        except (SQLAlchemyError, OSError) as exc:
            raise StoreError(f"Cannot open the store at {url!r}: {exc}") from exc
        self._writer = self.engine.execution_options(landmine_write=True)
        self._migrate()

    def __repr__(self) -> str:
        return f"Store({make_url(self.url).render_as_string(hide_password=True)!r})"

    def _where(self) -> str:
        """Name the store for a message: its file, or its URL without password."""
        db_file = sqlite_file_path(self.url)
        if db_file is not None:
            return str(db_file)
        return make_url(self.url).render_as_string(hide_password=True)

    # -- transactions ----------------------------------------------------------

    def _write(self, operation: Callable[[Connection], T], *, what: str) -> T:
        """Run ``operation`` in one write transaction, retrying while locked."""
        delay_seconds = 0.05
        for attempt in range(1, WRITE_ATTEMPTS + 1):
            try:
                with self._writer.begin() as conn:
                    return operation(conn)
            except OperationalError as exc:
                if not _is_locked(exc):
                    raise StoreError(f"Could not {what}: {exc.orig}") from exc
                if attempt == WRITE_ATTEMPTS:
                    raise StoreError(
                        f"Could not {what}: the database stayed locked after "
                        f"{WRITE_ATTEMPTS} attempts ({exc.orig})"
                    ) from exc
                log.warning("database locked while trying to %s; retrying", what)
                time.sleep(delay_seconds)
                delay_seconds *= 2
        raise AssertionError("unreachable")

    def _read(self, operation: Callable[[Connection], T], *, what: str) -> T:
        try:
            with self.engine.connect() as conn:
                return operation(conn)
        except SQLAlchemyError as exc:
            # The driver's own message, without SQLAlchemy's statement dump and
            # "Background on this error" line: one line that names the store.
            reason = getattr(exc, "orig", None) or exc
            raise StoreError(f"Could not {what} of {self._where()}: {reason}") from exc

    def write(
        self,
        operation: Callable[[Connection], T],
        *,
        what: str,
        changes_data: bool = True,
    ) -> T:
        """Run ``operation`` in one write transaction, retrying while locked.

        For modules that keep their own tables on this store (aliases, review).
        When ``changes_data``, the data version changes in the same commit, so
        the app's cached reads of articles and mentions are refreshed.
        """

        def run(conn: Connection) -> T:
            result = operation(conn)
            if changes_data:
                _touch(conn)
            return result

        return self._write(run, what=what)

    def read(self, operation: Callable[[Connection], T], *, what: str) -> T:
        """Run ``operation`` on a read connection; errors become StoreError."""
        return self._read(operation, what=what)

    # -- schema ----------------------------------------------------------------

    def _migrate(self) -> None:
        def current(conn: Connection) -> int:
            if not inspect(conn).has_table("schema_version"):
                return 0
            return conn.scalar(select(func.max(schema_version.c.version))) or 0

        if self._read(current, what="read the schema version") >= SCHEMA_VERSION:
            return

        def migrate(conn: Connection) -> None:
            # Checked again inside the write lock: another process may have
            # migrated between our read and our BEGIN IMMEDIATE.
            schema_version.create(conn, checkfirst=True)
            applied = current(conn)
            for step in MIGRATIONS:
                if step.version <= applied:
                    continue
                log.info("migrating the store to schema version %d", step.version)
                step.apply(conn)
                conn.execute(
                    schema_version.insert().values(
                        version=step.version,
                        applied_at=_utcnow(),
                        description=step.description,
                    )
                )

        try:
            self._write(migrate, what="create or migrate the schema")
        except SQLAlchemyError as exc:
            raise StoreError(f"Could not migrate the store at {self!r}: {exc}") from exc

    def schema_versions(self) -> list[int]:
        """Return the versions of every migration applied, in order."""
        return self._read(
            lambda conn: list(
                conn.scalars(select(schema_version.c.version).order_by("version"))
            ),
            what="read the schema versions",
        )

    # -- writes ----------------------------------------------------------------

    def save_article(
        self,
        article: Article,
        places_found: Sequence[ExtractedPlace],
        *,
        is_demo: bool = False,
    ) -> SaveResult:
        """Store an article with its places in one transaction.

        An article whose content hash is already stored is not stored again
        (``is_new`` False, nothing written); the unique constraint on the hash
        settles two concurrent saves of the same article.
        """
        digest = article.content_hash

        def existing(conn: Connection) -> int | None:
            return conn.scalar(
                select(articles.c.id).where(articles.c.content_hash == digest)
            )

        def save(conn: Connection) -> SaveResult:
            found = existing(conn)
            if found is not None:
                return SaveResult(found, False)
            article_id = conn.execute(
                articles.insert().values(
                    content_hash=digest,
                    title=article.title,
                    source=article.source,
                    published=article.published,
                    language=article.language,
                    file_name=article.file_name,
                    text=article.text,
                    is_demo=is_demo,
                    added_at=_utcnow(),
                )
            ).inserted_primary_key[0]
            rows = _unique_by_name(places_found)
            place_ids = _ensure_places(conn, rows)
            if rows:
                conn.execute(
                    mentions.insert(),
                    [_mention_values(place, article_id, place_ids) for place in rows],
                )
            _touch(conn)
            return SaveResult(int(article_id), True)

        try:
            return self._write(save, what=f"save the article {article.file_name!r}")
        except IntegrityError as exc:
            # Another writer stored the same article between our check and
            # our insert (possible on PostgreSQL); its copy is the one kept.
            found = self._read(existing, what="find the article")
            if found is None:
                raise StoreError(
                    f"Could not save the article {article.file_name!r}: {exc.orig}"
                ) from exc
            return SaveResult(found, False)

    def import_article(
        self,
        article: Article,
        places_found: Sequence[ExtractedPlace],
        *,
        content_hash: str | None = None,
        mention_values: Mapping[str, Mapping[str, Any]] | None = None,
    ) -> ImportResult:
        """Store an imported article, or add to it the mentions it lacks (by name).

        For ``landmine-map import``: the article is found by ``content_hash``
        (default: its text's), so importing the same file twice, or a file
        exported from this store, writes nothing. ``mention_values`` overrides
        stored columns per mention name (e.g. ``{"Agdam": {"reviewed": True}}``).
        """
        digest = content_hash or article.content_hash
        overrides = mention_values or {}

        def save(conn: Connection) -> ImportResult:
            article_id = conn.scalar(
                select(articles.c.id).where(articles.c.content_hash == digest)
            )
            is_new = article_id is None
            if is_new:
                article_id = conn.execute(
                    articles.insert().values(
                        content_hash=digest,
                        title=article.title,
                        source=article.source,
                        published=article.published,
                        language=article.language,
                        file_name=article.file_name,
                        text=article.text,
                        is_demo=False,
                        added_at=_utcnow(),
                    )
                ).inserted_primary_key[0]
            present = set(
                conn.scalars(
                    select(mentions.c.name).where(mentions.c.article_id == article_id)
                )
            )
            rows = [p for p in _unique_by_name(places_found) if p.name not in present]
            place_ids = _ensure_places(conn, rows)
            added: dict[str, int] = {}
            for place in rows:
                values = _mention_values(place, article_id, place_ids)
                values.update(overrides.get(place.name, {}))
                added[place.name] = int(
                    conn.execute(
                        mentions.insert().values(**values)
                    ).inserted_primary_key[0]
                )
            if is_new or added:
                _touch(conn)
            return ImportResult(int(article_id), is_new, added)

        return self._write(save, what=f"import the article {article.title!r}")

    def update_mention_resolution(
        self,
        mention_id: int,
        *,
        status: str,
        lat: float | None = None,
        lon: float | None = None,
        country_code: str | None = None,
        admin1: str | None = None,
        precision: int | None = None,
        gazetteer_id: str | None = None,
        confidence: float | None = None,
        candidates: Sequence[dict[str, Any]] | None = None,
        place_name: str | None = None,
    ) -> bool:
        """Set where a mention is placed (a retried geocode or a correction).

        Returns False when there is no such mention.
        """
        if status not in ("resolved", "unresolved", "pending"):
            raise StoreError(
                "Expected a status of resolved, unresolved or pending, "
                f"instead got {status!r}"
            )
        if status == "resolved" and (lat is None or lon is None):
            raise StoreError(f"A resolved mention needs lat and lon, got {lat}, {lon}")

        def apply(conn: Connection) -> bool:
            name = conn.scalar(
                select(mentions.c.name).where(mentions.c.id == mention_id)
            )
            if name is None:
                return False
            place_id = None
            if status == "resolved" and gazetteer_id:
                place_id = ensure_place(
                    conn,
                    gazetteer_id=gazetteer_id,
                    name=place_name or name,
                    lat=lat,
                    lon=lon,
                    country_code=country_code,
                    admin1=admin1,
                    precision=precision,
                )
            values: dict[str, Any] = {
                "status": status,
                "place_id": place_id,
                "lat": lat,
                "lon": lon,
                "country_code": country_code,
                "admin1": admin1,
                "precision": precision,
                "gazetteer_id": gazetteer_id,
            }
            if confidence is not None:
                values["confidence"] = confidence
            if candidates is not None:
                values["candidates"] = json.dumps(list(candidates))
            conn.execute(
                update(mentions).where(mentions.c.id == mention_id).values(**values)
            )
            _touch(conn)
            return True

        return self._write(apply, what=f"update mention {mention_id}")

    def delete_demo(self) -> int:
        """Delete the demo articles (and only them); return how many were deleted."""

        def apply(conn: Connection) -> int:
            demo_ids = select(articles.c.id).where(articles.c.is_demo.is_(True))
            conn.execute(delete(mentions).where(mentions.c.article_id.in_(demo_ids)))
            deleted = conn.execute(
                delete(articles).where(articles.c.is_demo.is_(True))
            ).rowcount
            _delete_orphan_places(conn)
            _set_meta(conn, "demo_cleared", "1")
            _touch(conn)
            return int(deleted or 0)

        return self._write(apply, what="delete the demo articles")

    def set_meta(self, key: str, value: str) -> None:
        """Record one key/value setting of this store."""
        self._write(lambda conn: _set_meta(conn, key, value), what=f"set {key}")

    # -- reads -----------------------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        return self._read(
            lambda conn: conn.scalar(select(meta.c.value).where(meta.c.key == key)),
            what=f"read {key}",
        )

    def was_demo_cleared(self) -> bool:
        return self.get_meta("demo_cleared") == "1"

    def data_version(self) -> str:
        """Return a token that changes whenever articles or mentions change.

        Cheap (one primary-key read): the UI keys its caches on it.
        """
        return self.get_meta("data_version") or "empty"

    def is_empty(self) -> bool:
        return (
            self._read(
                lambda conn: conn.scalar(select(articles.c.id).limit(1)),
                what="look for articles",
            )
            is None
        )

    def find_article_id(self, digest: str) -> int | None:
        """Return the id of the article with this content hash, or None."""
        return self._read(
            lambda conn: conn.scalar(
                select(articles.c.id).where(articles.c.content_hash == digest)
            ),
            what="look for an article",
        )

    def counts(self) -> dict[str, int]:
        """Return articles, mentions, places, unresolved, pending, demo_articles."""

        def count(conn: Connection) -> dict[str, int]:
            def n(table: Table, *where: Any) -> int:
                return int(
                    conn.scalar(select(func.count()).select_from(table).where(*where))
                    or 0
                )

            return {
                "articles": n(articles),
                "mentions": n(mentions),
                "places": n(places),
                "unresolved": n(mentions, mentions.c.status == "unresolved"),
                "pending": n(mentions, mentions.c.status == "pending"),
                "demo_articles": n(articles, articles.c.is_demo.is_(True)),
            }

        return self._read(count, what="count the stored rows")

    def mention_rows(self) -> list[dict[str, Any]]:
        """Return one dict per mention, joined with its article and place.

        Keys: mention_id, article_id, article_title, article_source,
        article_published, is_demo, name, place_name, gazetteer_id, lat, lon,
        country_code, admin1, precision, role, excerpt, event_date,
        event_date_precision, killed, injured, mines, device, victims (comma
        text), confidence, status, reviewed, added_at. ``place_name`` is the
        gazetteer's name of the place, or the name as written when unresolved.
        """
        return self._read(
            lambda conn: _rows(conn.execute(_MENTION_QUERY.order_by(mentions.c.id))),
            what="read the mentions",
        )

    def mention_columns(
        self, *, placed_only: bool = False, chunk_rows: int = 5000
    ) -> dict[str, list[Any]]:
        """Return the mentions of :meth:`mention_rows` column by column (one SELECT).

        Keys are those of :meth:`mention_rows`, each a list with one value per
        mention (ordered by mention id). ``placed_only`` leaves out mentions
        without coordinates. Rows are read ``chunk_rows`` at a time and no
        per-row dict is built: at 100,000 mentions the dicts of
        :meth:`mention_rows` hold ~280 MB, these lists a fraction of it.
        Repeated texts (an article's title and source on each of its
        mentions, roles, countries...) are kept once, not once per row.
        """
        query = _MENTION_QUERY.order_by(mentions.c.id)
        if placed_only:
            query = query.where(
                mentions.c.lat.is_not(None), mentions.c.lon.is_not(None)
            )

        def read(conn: Connection) -> dict[str, list[Any]]:
            result = conn.execution_options(yield_per=chunk_rows).execute(query)
            keys = list(result.keys())
            columns: list[list[Any]] = [[] for _ in keys]
            shared: list[dict[Any, Any] | None] = [
                {} if key in _REPEATED_COLUMNS else None for key in keys
            ]
            for chunk in result.partitions():
                for column, seen, values in zip(
                    columns, shared, zip(*chunk, strict=True), strict=True
                ):
                    if seen is None:
                        column.extend(values)
                    else:  # one object per distinct value
                        column.extend([seen.setdefault(v, v) for v in values])
            named = dict(zip(keys, columns, strict=True))
            if "added_at" in named:
                aware = {v: _aware(v) for v in set(named["added_at"])}
                named["added_at"] = [aware[v] for v in named["added_at"]]
            return named

        return self._read(read, what="read the mentions")

    def unresolved_rows(self) -> list[dict[str, Any]]:
        """Return the mentions not placed yet (unresolved or pending), with candidates.

        Same keys as :meth:`mention_rows` plus ``candidates`` (a list of dicts).
        """

        def read(conn: Connection) -> list[dict[str, Any]]:
            query = _DETAIL_QUERY.where(mentions.c.status != "resolved").order_by(
                mentions.c.id
            )
            return [_detail(row) for row in _rows(conn.execute(query))]

        return self._read(read, what="read the unresolved mentions")

    def mention(self, mention_id: int) -> dict[str, Any] | None:
        """Return one mention with every field, or None.

        Keys of :meth:`mention_rows` plus start, end, candidates (list of dicts),
        article_file_name.
        """

        def read(conn: Connection) -> dict[str, Any] | None:
            rows = _rows(conn.execute(_DETAIL_QUERY.where(mentions.c.id == mention_id)))
            return _detail(rows[0]) if rows else None

        return self._read(read, what=f"read mention {mention_id}")

    def pending_mentions(self) -> list[dict[str, Any]]:
        """Return the mentions an online geocoder could not be asked about yet."""

        def read(conn: Connection) -> list[dict[str, Any]]:
            query = _DETAIL_QUERY.where(mentions.c.status == "pending").order_by(
                mentions.c.article_id, mentions.c.id
            )
            return [_detail(row) for row in _rows(conn.execute(query))]

        return self._read(read, what="read the pending mentions")

    def articles(self) -> list[dict[str, Any]]:
        """Return every article: id, title, source, published, is_demo, mentions,
        file_name, language, added_at (newest first)."""
        mention_count = (
            select(mentions.c.article_id, func.count().label("n"))
            .group_by(mentions.c.article_id)
            .subquery()
        )
        query = (
            select(
                articles.c.id,
                articles.c.title,
                articles.c.source,
                articles.c.published,
                articles.c.is_demo,
                func.coalesce(mention_count.c.n, 0).label("mentions"),
                articles.c.file_name,
                articles.c.language,
                articles.c.added_at,
            )
            .select_from(
                articles.outerjoin(
                    mention_count, mention_count.c.article_id == articles.c.id
                )
            )
            .order_by(articles.c.added_at.desc(), articles.c.id.desc())
        )
        return self._read(
            lambda conn: _rows(conn.execute(query)), what="read the articles"
        )

    def article(self, article_id: int) -> Article | None:
        """Return one stored article (with its text), or None."""

        def read(conn: Connection) -> Article | None:
            row = conn.execute(
                select(articles).where(articles.c.id == article_id)
            ).first()
            if row is None:
                return None
            return Article(
                text=row.text,
                title=row.title,
                published=row.published,
                source=row.source,
                file_name=row.file_name,
                language=row.language,
            )

        return self._read(read, what=f"read article {article_id}")

    # -- backup ----------------------------------------------------------------

    def backup(self, target: Path) -> None:
        """Write a consistent copy of a SQLite store to ``target`` (WAL included).

        Uses SQLite's online backup API, so the app may keep running.
        """
        db_file = self._require_sqlite_file("back up")
        target = Path(target)
        if target.resolve() == db_file.resolve():
            raise StoreError(f"Cannot back up the store onto itself ({target})")
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".partial")
        partial.unlink(missing_ok=True)
        try:
            source = sqlite3.connect(db_file, timeout=BUSY_TIMEOUT_SECONDS)
            try:
                copy = sqlite3.connect(partial)
                try:
                    source.backup(copy)
                    # A single-file copy, easy to move around: no -wal beside it.
                    copy.execute("PRAGMA journal_mode = DELETE")
                finally:
                    copy.close()
            finally:
                source.close()
            partial.replace(target)
        except sqlite3.Error as exc:
            partial.unlink(missing_ok=True)
            raise StoreError(f"Could not back up {db_file} to {target}: {exc}") from exc

    def restore(self, backup_file: Path) -> None:
        """Replace the store's content with a backup made by :meth:`backup`."""
        db_file = self._require_sqlite_file("restore")
        backup_file = Path(backup_file)
        if not backup_file.is_file():
            raise StoreError(f"Expected a backup file, instead got {backup_file}")
        _check_backup(backup_file)
        try:
            source = sqlite3.connect(f"file:{backup_file}?mode=ro", uri=True)
            try:
                live = sqlite3.connect(db_file, timeout=BUSY_TIMEOUT_SECONDS)
                try:
                    live.execute(
                        f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}"
                    )
                    # The backup API copies pages under the destination's write
                    # lock, so readers see the old store or the new, never a mix.
                    source.backup(live)
                    live.execute("PRAGMA journal_mode = WAL")
                finally:
                    live.close()
            finally:
                source.close()
        except sqlite3.Error as exc:
            raise StoreError(f"Could not restore {backup_file}: {exc}") from exc
        self.engine.dispose()
        self._migrate()
        # A restored store may repeat an old token; caches must not trust it.
        self._write(_touch, what="mark the restored store")

    def _require_sqlite_file(self, verb: str) -> Path:
        db_file = sqlite_file_path(self.url)
        if db_file is None:
            raise StoreError(
                f"Can only {verb} a SQLite file store, instead the store is {self!r}; "
                "use your database's own tools (e.g. pg_dump)"
            )
        return db_file


def _check_backup(path: Path) -> None:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            ok = conn.execute("PRAGMA quick_check").fetchone()[0]
            tables = {
                row[0]
                for row in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type='table'"
                )
            }
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path} is not a SQLite store backup: {exc}") from exc
    if ok != "ok":
        raise StoreError(f"{path} is damaged: {ok}")
    missing = {"schema_version", "articles", "mentions"} - tables
    if missing:
        raise StoreError(
            f"{path} is not a landmine-map backup: it has no {sorted(missing)} table"
        )


# -- helpers used inside transactions ----------------------------------------------


def _touch(conn: Connection) -> None:
    _set_meta(conn, "data_version", uuid.uuid4().hex)


def _set_meta(conn: Connection, key: str, value: str) -> None:
    changed = conn.execute(
        update(meta).where(meta.c.key == key).values(value=value)
    ).rowcount
    if not changed:
        conn.execute(meta.insert().values(key=key, value=value))


def _unique_by_name(found: Iterable[ExtractedPlace]) -> list[ExtractedPlace]:
    # Extraction already gives one entry per place; two places written the
    # same way in one article would break UNIQUE(article_id, name): keep the first.
    seen: set[str] = set()
    rows = []
    for place in found:
        if place.name in seen:
            log.warning(
                "two places named %r in one article; keeping the first", place.name
            )
            continue
        seen.add(place.name)
        rows.append(place)
    return rows


def _place_name(place: ExtractedPlace) -> str:
    for candidate in place.candidates:
        if candidate.get("gazetteer_id") == place.gazetteer_id and candidate.get(
            "name"
        ):
            return str(candidate["name"])
    return place.name


def _ensure_places(conn: Connection, found: Sequence[ExtractedPlace]) -> dict[str, int]:
    """Return {gazetteer id: places.id} for the resolved places, adding the new ones.

    One SELECT for the article's ids and one multi-row INSERT that skips rows
    already there (ON CONFLICT DO NOTHING), instead of a select, savepoint and
    insert per new place: the UNIQUE gazetteer_id still settles concurrent
    writers, and a row another writer added meanwhile is read back.
    """
    wanted = {
        p.gazetteer_id: p
        for p in found
        if p.status == "resolved"
        and p.gazetteer_id
        and p.lat is not None
        and p.lon is not None
    }
    if not wanted:
        return {}
    known = _place_ids(conn, list(wanted))
    # Sorted, so that two PostgreSQL writers adding overlapping places take
    # their row locks in the same order and cannot deadlock.
    missing = sorted(
        gazetteer_id for gazetteer_id in wanted if gazetteer_id not in known
    )
    if not missing:
        return known
    rows = [
        _place_values(gazetteer_id, wanted[gazetteer_id]) for gazetteer_id in missing
    ]
    insert_ignoring = _insert_ignoring_duplicates(conn)
    if insert_ignoring is None:
        for row in rows:
            known[row["gazetteer_id"]] = ensure_place(conn, **row)
        return known
    known.update(
        conn.execute(
            insert_ignoring.values(rows).returning(places.c.gazetteer_id, places.c.id)
        ).all()
    )
    raced = [gazetteer_id for gazetteer_id in missing if gazetteer_id not in known]
    if raced:
        known.update(_place_ids(conn, raced))
    return known


def _place_ids(conn: Connection, gazetteer_ids: Sequence[str]) -> dict[str, int]:
    return dict(
        conn.execute(
            select(places.c.gazetteer_id, places.c.id).where(
                places.c.gazetteer_id.in_(gazetteer_ids)
            )
        ).all()
    )


def _place_values(gazetteer_id: str, place: ExtractedPlace) -> dict[str, Any]:
    return {
        "gazetteer_id": gazetteer_id,
        "name": _place_name(place),
        "lat": place.lat,
        "lon": place.lon,
        "country_code": place.country_code,
        "admin1": place.admin1,
        "precision": place.precision,
    }


def _insert_ignoring_duplicates(conn: Connection) -> Any:
    """Return INSERT INTO places ... ON CONFLICT (gazetteer_id) DO NOTHING, or
    None on a database without it (the per-row path is used there)."""
    name = conn.dialect.name
    if name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert
    elif name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        return None
    return insert(places).on_conflict_do_nothing(index_elements=[places.c.gazetteer_id])


def ensure_place(conn: Connection, *, gazetteer_id: str, **values: Any) -> int:
    """Return the id of the place row for ``gazetteer_id``, inserting it if new.

    Safe against a concurrent insert of the same place: that costs a savepoint,
    not the caller's transaction.
    """
    query = select(places.c.id).where(places.c.gazetteer_id == gazetteer_id)
    found = conn.scalar(query)
    if found is not None:
        return int(found)
    try:
        # A savepoint, so a concurrent insert of the same place (PostgreSQL)
        # costs this statement only, not the whole article.
        with conn.begin_nested():
            return int(
                conn.execute(
                    places.insert().values(gazetteer_id=gazetteer_id, **values)
                ).inserted_primary_key[0]
            )
    except IntegrityError:
        found = conn.scalar(query)
        if found is None:
            raise
        return int(found)


def _delete_orphan_places(conn: Connection) -> None:
    used = select(mentions.c.place_id).where(mentions.c.place_id.is_not(None))
    conn.execute(delete(places).where(places.c.id.not_in(used)))


def _mention_values(
    place: ExtractedPlace, article_id: int, place_ids: dict[str, int]
) -> dict[str, Any]:
    return {
        "article_id": article_id,
        "place_id": place_ids.get(place.gazetteer_id) if place.gazetteer_id else None,
        "name": place.name,
        "start_offset": place.start,
        "end_offset": place.end,
        "excerpt": place.excerpt,
        "role": place.role,
        "status": place.status,
        "confidence": float(place.confidence),
        "event_date": place.event_date,
        "event_date_precision": place.event_date_precision,
        "killed": place.killed,
        "injured": place.injured,
        "mines": place.mines,
        "device": place.device,
        "victims": ",".join(place.victims),
        "candidates": json.dumps([dict(c) for c in place.candidates]),
        "lat": place.lat,
        "lon": place.lon,
        "country_code": place.country_code,
        "admin1": place.admin1,
        "precision": place.precision,
        "gazetteer_id": place.gazetteer_id,
        "reviewed": False,
    }


_MENTION_COLUMNS = (
    mentions.c.id.label("mention_id"),
    mentions.c.article_id,
    articles.c.title.label("article_title"),
    articles.c.source.label("article_source"),
    articles.c.published.label("article_published"),
    articles.c.is_demo,
    mentions.c.name,
    func.coalesce(places.c.name, mentions.c.name).label("place_name"),
    mentions.c.gazetteer_id,
    mentions.c.lat,
    mentions.c.lon,
    mentions.c.country_code,
    mentions.c.admin1,
    mentions.c.precision,
    mentions.c.role,
    mentions.c.excerpt,
    mentions.c.event_date,
    mentions.c.event_date_precision,
    mentions.c.killed,
    mentions.c.injured,
    mentions.c.mines,
    mentions.c.device,
    mentions.c.victims,
    mentions.c.confidence,
    mentions.c.status,
    mentions.c.reviewed,
    articles.c.added_at,
)
#: Columns of _MENTION_COLUMNS whose values repeat across mentions.
_REPEATED_COLUMNS = frozenset(
    {
        "article_id",
        "article_title",
        "article_source",
        "article_published",
        "is_demo",
        "name",
        "place_name",
        "gazetteer_id",
        "country_code",
        "admin1",
        "role",
        "event_date",
        "event_date_precision",
        "device",
        "victims",
        "status",
        "added_at",
    }
)
_JOIN = mentions.join(articles, articles.c.id == mentions.c.article_id).outerjoin(
    places, places.c.id == mentions.c.place_id
)
_MENTION_QUERY = select(*_MENTION_COLUMNS).select_from(_JOIN)
_DETAIL_QUERY = select(
    *_MENTION_COLUMNS,
    mentions.c.start_offset.label("start"),
    mentions.c.end_offset.label("end"),
    mentions.c.candidates,
    articles.c.file_name.label("article_file_name"),
).select_from(_JOIN)


def _rows(result: Any) -> list[dict[str, Any]]:
    # zip over plain rows is ~2x faster than .mappings() at 100,000 rows.
    keys = list(result.keys())
    rows = [dict(zip(keys, row, strict=True)) for row in result]
    if "added_at" in keys:
        for row in rows:
            row["added_at"] = _aware(row["added_at"])
    return rows


def _detail(row: dict[str, Any]) -> dict[str, Any]:
    row["candidates"] = json.loads(row["candidates"] or "[]")
    return row
