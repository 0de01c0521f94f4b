"""Copy a whole store from one database to another (SQLite <-> PostgreSQL).

``landmine-map db migrate-to URL`` calls :func:`migrate_store`. Every table of
the source is copied (articles, places, mentions, meta, the geocode cache, the
login attempts and whatever later migrations add), parents before children,
with their ids, in one transaction on the target: a failed copy leaves the
target as it was. The rows are counted on both sides before the target
commits. On PostgreSQL the id sequences are moved past the copied ids, so the
next insert does not collide.

The target must be empty (apart from its schema) unless ``force`` is given, in
which case its rows are replaced. Both stores are opened with
:class:`~dashboard.store.Store` first, so both carry the current schema.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection, Engine, MetaData, Table
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from dashboard.errors import StoreError
from dashboard.store import Store

log = logging.getLogger(__name__)

#: Rows read and inserted at a time (bounded memory for 100,000 mentions).
BATCH_ROWS = 2000
#: The target keeps its own migration history (it ran the same migrations).
NOT_COPIED = frozenset({"schema_version"})

#: ``progress(table, rows_done, rows_total)``
Progress = Callable[[str, int, int], None]


class MigrateError(StoreError):
    """The store could not be copied (nothing was changed on the target)."""


@dataclass(frozen=True, slots=True)
class _Plan:
    source_tables: dict[str, Table]
    target_tables: list[Table]  # in foreign-key order


def _display(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)


def _same_database(first: str, second: str) -> bool:
    a, b = make_url(first), make_url(second)
    return (a.get_backend_name(), a.host, a.port, a.database) == (
        b.get_backend_name(),
        b.host,
        b.port,
        b.database,
    )


def _known_metadata() -> list[MetaData]:
    """Tables defined in code, created on the target with their own types."""
    from dashboard import store
    from geodata import cache

    return [store.metadata, cache.metadata]


def _reflect(bind: Engine | Connection) -> MetaData:
    reflected = MetaData()
    reflected.reflect(bind)
    return reflected


def _create_missing(source: MetaData, target: Connection) -> None:
    """Create on the target the source tables it lacks (e.g. the geocode cache)."""
    existing = set(sa.inspect(target).get_table_names())
    missing = set(source.tables) - existing - NOT_COPIED
    if not missing:
        return
    for known in _known_metadata():
        wanted = [t for name, t in known.tables.items() if name in missing]
        if wanted:
            known.create_all(target, tables=wanted, checkfirst=True)
            missing -= {t.name for t in wanted}
    if missing:
        # A table no code here defines: rebuild it from the source's
        # reflection with engine-neutral types.
        log.warning("copying tables unknown to this version: %s", sorted(missing))
        generic = MetaData()
        for table in source.sorted_tables:
            if table.name in missing:
                copy = table.to_metadata(generic)
                for column in copy.columns:
                    column.type = column.type.as_generic()
                    column.server_default = None
        generic.create_all(target, checkfirst=True)


def _plan(source: Connection, target: Connection) -> _Plan:
    """Reflect both schemas (creating missing tables inside the copy's transaction)."""
    source_meta = _reflect(source)
    _create_missing(source_meta, target)
    target_meta = _reflect(target)
    names = set(source_meta.tables) - NOT_COPIED
    return _Plan(
        source_tables={n: source_meta.tables[n] for n in names},
        target_tables=[t for t in target_meta.sorted_tables if t.name in names],
    )


def _count(conn: Connection, table: Table) -> int:
    return int(conn.scalar(sa.select(sa.func.count()).select_from(table)) or 0)


def _converter(target: Table) -> Callable[[dict[str, Any]], dict[str, Any]]:
    """Return a function that fits a source row to the target's columns.

    Every stored time is UTC: SQLite hands times back naive, PostgreSQL
    aware; a naive time must never reach a PostgreSQL timestamptz (it would be
    read in the server's time zone) and SQLite stores the wall time it gets.
    """
    aware = {
        c.name
        for c in target.columns
        if isinstance(c.type, sa.DateTime) and c.type.timezone
    }

    def convert(row: dict[str, Any]) -> dict[str, Any]:
        for key, value in row.items():
            if isinstance(value, datetime):
                utc = (
                    value.replace(tzinfo=UTC)
                    if value.tzinfo is None
                    else value.astimezone(UTC)
                )
                row[key] = utc if key in aware else utc.replace(tzinfo=None)
        return row

    return convert


def _rows(conn: Connection, source: Table, columns: list[str]) -> Iterator[list[dict]]:
    order = list(source.primary_key.columns) or [source.c[columns[0]]]
    result = conn.execution_options(stream_results=True, yield_per=BATCH_ROWS).execute(
        sa.select(*(source.c[name] for name in columns)).order_by(*order)
    )
    for batch in result.partitions(BATCH_ROWS):
        yield [dict(zip(columns, row, strict=True)) for row in batch]


def _reset_sequences(conn: Connection, table: Table) -> None:
    """Move a PostgreSQL id sequence past the copied ids."""
    key = list(table.primary_key.columns)
    if len(key) != 1 or not isinstance(key[0].type, sa.Integer):
        return
    column = key[0].name
    conn.execute(
        sa.text(
            f"SELECT setval(pg_get_serial_sequence(:table, :column), "
            f'COALESCE(MAX("{column}"), 1), MAX("{column}") IS NOT NULL) '
            f'FROM "{table.name}"'
        ),
        {"table": f'"{table.name}"', "column": column},
    )


def _source_connection(source: Store) -> Connection:
    """A connection whose reads all see one snapshot of the source."""
    conn = source.engine.connect()
    if source.engine.dialect.name == "postgresql":
        conn = conn.execution_options(isolation_level="REPEATABLE READ")
    conn.begin()  # SQLite (WAL): the snapshot is taken at the first read
    return conn


def migrate_store(
    source_url: str,
    target_url: str,
    *,
    force: bool = False,
    progress: Progress | None = None,
) -> dict[str, int]:
    """Copy every table of one store into another; return rows copied per table.

    Args:
        source_url: the store to copy (SQLAlchemy URL); only read.
        target_url: where to copy it; its schema is created when missing.
        force: replace the target's rows instead of refusing a non-empty target.
        progress: called as ``progress(table, rows_done, rows_total)``.

    Raises:
        MigrateError: same database, non-empty target without ``force``, or
            counts that differ after the copy (the target is then unchanged).
    """
    if _same_database(source_url, target_url):
        raise MigrateError(
            f"Expected two different stores, instead both are {_display(source_url)}"
        )
    source, target = Store(source_url), Store(target_url)
    writer = target.engine.execution_options(landmine_write=True)
    source_conn = _source_connection(source)
    try:
        with writer.begin() as conn:
            plan = _plan(source_conn, conn)
            expected = {
                name: _count(source_conn, table)
                for name, table in plan.source_tables.items()
            }
            present = {
                t.name: n for t in plan.target_tables if (n := _count(conn, t)) > 0
            }
            if present and not force:
                raise MigrateError(
                    f"The target {_display(target_url)} already holds rows "
                    f"({', '.join(f'{k}: {v}' for k, v in sorted(present.items()))}); "
                    "expected an empty store (use --force to replace them)"
                )
            for table in reversed(plan.target_tables):
                conn.execute(sa.delete(table))
            for table in plan.target_tables:
                _copy_table(source_conn, conn, plan, table, expected, progress)
            copied = {t.name: _count(conn, t) for t in plan.target_tables}
            if copied != expected:
                differ = {
                    k: (expected.get(k), copied.get(k))
                    for k in expected
                    if copied.get(k) != expected[k]
                }
                raise MigrateError(
                    f"Counts differ after the copy (source, target): {differ}; "
                    "nothing was written"
                )
            if conn.dialect.name == "postgresql":
                for table in plan.target_tables:
                    _reset_sequences(conn, table)
    except SQLAlchemyError as exc:
        raise MigrateError(
            f"Could not copy {_display(source_url)} to {_display(target_url)}: {exc}"
        ) from exc
    finally:
        source_conn.close()
    log.info("copied %s to %s: %s", _display(source_url), _display(target_url), copied)
    return copied


def _copy_table(
    source_conn: Connection,
    conn: Connection,
    plan: _Plan,
    table: Table,
    expected: dict[str, int],
    progress: Progress | None,
) -> None:
    source_table = plan.source_tables[table.name]
    columns = [c.name for c in source_table.columns if c.name in table.c]
    missing = [
        c.name
        for c in table.columns
        if c.name not in columns and not c.nullable and c.default is None
        and c.server_default is None and not c.primary_key
    ]
    if missing:
        raise MigrateError(
            f"The source's {table.name} has no {missing} column(s) the target "
            "requires; open the source with this version first"
        )
    convert = _converter(table)
    total = expected[table.name]
    done = 0
    if progress is not None:
        progress(table.name, 0, total)
    for batch in _rows(source_conn, source_table, columns):
        conn.execute(table.insert(), [convert(row) for row in batch])
        done += len(batch)
        if progress is not None:
            progress(table.name, done, total)
