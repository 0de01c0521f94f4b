"""User corrections that teach the geoparser: the alias list (table ``aliases``).

An alias says that a name, in stories about one country (or any country), is
a given place, or is not a place at all. :class:`AliasStore` implements the
geoparser's :class:`geodata.resolve.AliasLookup`, so the next article naming
that name resolves the way the user corrected it, before the gazetteer is
asked. Changing an alias forgets the cached geocodes of its name. The list can
be exported to and imported from CSV, so a team can share it.
"""

from __future__ import annotations

import csv
import hashlib
import io
import logging
import math
import threading
import time
import typing
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import Connection, select, update
from sqlalchemy.exc import IntegrityError

from dashboard.audit import editor_name, record_change
from dashboard.errors import DashboardError
from dashboard.store import Store
from dashboard.store import aliases as aliases_table
from geodata.models import FeatureKind, GazetteerEntry
from geodata.normalize import normalize_place_name
from geodata.resolve import NOT_A_PLACE

log = logging.getLogger(__name__)

#: The CSV's columns, in order. ``country_code`` empty: any country.
CSV_COLUMNS = (
    "name",
    "country_code",
    "not_a_place",
    "gazetteer_id",
    "target_name",
    "lat",
    "lon",
    "target_country_code",
    "admin1",
    "feature",
    "precision",
    "created_by",
    "created_at",
)
FEATURES = typing.get_args(FeatureKind)
_TRUE = frozenset({"1", "true", "yes", "y", "t"})
_FALSE = frozenset({"", "0", "false", "no", "n", "f"})


class AliasError(DashboardError, ValueError):
    """An alias (or a row of an alias CSV) is not valid."""


@dataclass(frozen=True, slots=True)
class Alias:
    """One correction: ``name`` in stories about ``country_code`` is ``target``.

    ``country_code`` None means any country; ``target`` None means the name is
    not a place there.
    """

    name: str
    country_code: str | None
    target: GazetteerEntry | None
    precision: int | None = None
    created_by: str | None = None  # None: whoever saves it
    created_at: datetime | None = None

    @property
    def name_key(self) -> str:
        return normalize_place_name(self.name)

    @property
    def not_a_place(self) -> bool:
        return self.target is None

    def describe(self) -> dict[str, Any]:
        """Return the alias as a JSON-ready dict (for the audit trail)."""
        row = _values(self)
        row.pop("created_at", None)
        return row


@dataclass(frozen=True, slots=True)
class AliasImport:
    """What :meth:`AliasStore.import_csv` did."""

    added: int
    changed: int
    unchanged: int


def _country(code: str | None) -> str | None:
    if code is None or not code.strip():
        return None
    code = code.strip().upper()
    if len(code) != 2 or not code.isalpha():
        raise AliasError(f"Expected a two-letter country code, instead got {code!r}")
    return code


def check_point(lat: float, lon: float) -> tuple[float, float]:
    """Return ``(lat, lon)`` as floats; raise :class:`AliasError` off the globe."""
    try:
        lat, lon = float(lat), float(lon)
    except (TypeError, ValueError) as exc:
        raise AliasError(
            f"Expected numeric coordinates, instead got {lat!r}, {lon!r}"
        ) from exc
    if not (math.isfinite(lat) and -90 <= lat <= 90):
        raise AliasError(f"Expected a latitude in -90..90, instead got {lat!r}")
    if not (math.isfinite(lon) and -180 <= lon <= 180):
        raise AliasError(f"Expected a longitude in -180..180, instead got {lon!r}")
    return lat, lon


def _checked(alias: Alias) -> Alias:
    name = " ".join(alias.name.split())
    if not normalize_place_name(name):
        raise AliasError(f"Expected a place name, instead got {alias.name!r}")
    target = alias.target
    if target is not None:
        lat, lon = check_point(target.lat, target.lon)
        if target.feature not in FEATURES:
            raise AliasError(
                f"Expected a feature in {FEATURES}, instead got {target.feature!r}"
            )
        target = replace(
            target,
            lat=lat,
            lon=lon,
            country_code=_country(target.country_code),
            name=target.name.strip() or name,
        )
        if not target.gazetteer_id.strip():
            raise AliasError(f"Expected a gazetteer id for the target of {name!r}")
    if alias.precision is not None and alias.precision not in (1, 2, 3):
        raise AliasError(f"Expected a precision of 1, 2 or 3, got {alias.precision!r}")
    return replace(
        alias,
        name=name,
        country_code=_country(alias.country_code),
        target=target,
        created_by=editor_name(alias.created_by),
    )


def _values(alias: Alias) -> dict[str, Any]:
    target = alias.target
    return {
        "name_key": alias.name_key,
        "country_code": alias.country_code or "",
        "name": alias.name,
        "not_a_place": target is None,
        "gazetteer_id": target.gazetteer_id if target else None,
        "target_name": target.name if target else None,
        "lat": target.lat if target else None,
        "lon": target.lon if target else None,
        "target_country_code": target.country_code if target else None,
        "admin1": target.admin1 if target else None,
        "feature": target.feature if target else None,
        "precision": alias.precision if target else None,
        "created_by": alias.created_by,
        "created_at": alias.created_at,
    }


def _from_row(row: Any) -> Alias:
    target = None
    if not row.not_a_place:
        target = GazetteerEntry(
            gazetteer_id=row.gazetteer_id,
            name=row.target_name or row.name,
            lat=row.lat,
            lon=row.lon,
            country_code=row.target_country_code,
            admin1=row.admin1,
            feature=row.feature or "settlement",
            source="user",
        )
    created_at = row.created_at
    if created_at is not None and created_at.tzinfo is None:
        created_at = created_at.replace(tzinfo=UTC)
    return Alias(
        name=row.name,
        country_code=row.country_code or None,
        target=target,
        precision=row.precision,
        created_by=row.created_by,
        created_at=created_at,
    )


def _where(name_key: str, country_code: str | None) -> Any:
    return (aliases_table.c.name_key == name_key) & (
        aliases_table.c.country_code == (country_code or "")
    )


class AliasStore:
    """The alias list on the store's database (SQLite or PostgreSQL).

    Implements :class:`geodata.resolve.AliasLookup`. Cheap to construct and
    thread-safe. Lookups read an in-memory copy of the list (a query per name
    would add about half the time of parsing an article), taken again after
    this object changes the list and at least every ``refresh_seconds``, so a
    correction made in another process (another app server, a running
    ingest) is used within that time.

    Args:
        store: the store whose engine holds the ``aliases`` table.
        cache: the geocode cache to invalidate when an alias changes; by
            default the one on the store's engine.
        refresh_seconds: how old the in-memory copy may get.
    """

    def __init__(
        self,
        store: Store,
        *,
        cache: Any | None = None,
        refresh_seconds: float = 5.0,
    ) -> None:
        self.store = store
        self._cache = cache
        self.refresh_seconds = refresh_seconds
        self._lock = threading.Lock()
        self._rows: dict[str, list[Any]] | None = None
        self._loaded_at = 0.0

    def __repr__(self) -> str:
        return f"AliasStore({self.store!r})"

    # -- the geoparser's lookup ------------------------------------------------------

    def lookup(
        self, name_key: str, country_code: str | None
    ) -> GazetteerEntry | object | None:
        """Return the corrected entry, ``NOT_A_PLACE``, or None (no correction).

        The alias for the story's country wins over one for any country. A
        story without a country uses an any-country alias, else the place the
        name was corrected to when every country's alias agrees on it ("not a
        place" in one country says nothing about others).
        """
        rows = self._rows_of(name_key)
        if not rows:
            return None
        code = (country_code or "").upper()
        by_country = {row.country_code: row for row in rows}
        row = by_country.get(code) if code else None
        if row is None:
            row = by_country.get("")
        if row is None and not code:
            places = {(r.gazetteer_id, r.lat, r.lon) for r in rows if not r.not_a_place}
            if len(places) == 1 and all(not r.not_a_place for r in rows):
                row = rows[0]
        if row is None:
            return None
        alias = _from_row(row)
        return NOT_A_PLACE if alias.target is None else alias.target

    def _rows_of(self, name_key: str) -> list[Any]:
        with self._lock:
            now = time.monotonic()
            if self._rows is None or now - self._loaded_at > self.refresh_seconds:
                rows = self.store.read(
                    lambda conn: conn.execute(select(aliases_table)).all(),
                    what="read the aliases",
                )
                by_key: dict[str, list[Any]] = {}
                for row in rows:
                    by_key.setdefault(row.name_key, []).append(row)
                self._rows, self._loaded_at = by_key, now
            return self._rows.get(name_key, [])

    # -- reads -----------------------------------------------------------------------

    def get(self, name: str, country_code: str | None) -> Alias | None:
        """Return the alias of ``name`` (any spelling of its key) in that country."""
        query = select(aliases_table).where(
            _where(normalize_place_name(name), _country(country_code))
        )
        row = self.store.read(
            lambda conn: conn.execute(query).first(), what="read an alias"
        )
        return None if row is None else _from_row(row)

    def aliases(self) -> list[Alias]:
        """Return every alias, by name key then country."""
        query = select(aliases_table).order_by(
            aliases_table.c.name_key, aliases_table.c.country_code
        )
        rows = self.store.read(
            lambda conn: conn.execute(query).all(), what="read the aliases"
        )
        return [_from_row(row) for row in rows]

    # -- writes ----------------------------------------------------------------------

    def save(self, alias: Alias, *, who: str | None) -> Alias:
        """Add or replace the alias of its name and country; return it as stored."""
        stored = self.store.write(
            lambda conn: self.save_in(conn, alias, who=who),
            what=f"save the alias of {alias.name!r}",
            changes_data=False,
        )
        self.forget_geocodes([stored.name])
        return stored

    def save_in(self, conn: Connection, alias: Alias, *, who: str | None) -> Alias:
        """Like :meth:`save`, inside the caller's transaction (with its audit row).

        The caller calls :meth:`forget_geocodes` after its commit.
        """
        alias = _checked(replace(alias, created_by=alias.created_by or who))
        if alias.created_at is None:
            alias = replace(alias, created_at=datetime.now(UTC))
        values = _values(alias)
        where = _where(alias.name_key, alias.country_code)
        before = conn.execute(select(aliases_table).where(where)).first()
        if before is not None:
            conn.execute(update(aliases_table).where(where).values(**values))
            alias_id = before.id
        else:
            try:
                # A savepoint: a concurrent insert of the same key costs this
                # statement only, and the update below wins instead.
                with conn.begin_nested():
                    alias_id = conn.execute(
                        aliases_table.insert().values(**values)
                    ).inserted_primary_key[0]
            except IntegrityError:
                before = conn.execute(select(aliases_table).where(where)).first()
                if before is None:
                    raise
                conn.execute(update(aliases_table).where(where).values(**values))
                alias_id = before.id
        record_change(
            conn,
            who=who,
            action="alias_saved",
            entity="alias",
            entity_id=int(alias_id),
            before=_from_row(before).describe() if before is not None else None,
            after=alias.describe(),
        )
        return alias

    def remove(self, name: str, country_code: str | None, *, who: str | None) -> bool:
        """Delete the alias of ``name`` in that country; False when there is none."""
        where = _where(normalize_place_name(name), _country(country_code))

        def apply(conn: Connection) -> bool:
            before = conn.execute(select(aliases_table).where(where)).first()
            if before is None:
                return False
            conn.execute(aliases_table.delete().where(where))
            record_change(
                conn,
                who=who,
                action="alias_removed",
                entity="alias",
                entity_id=int(before.id),
                before=_from_row(before).describe(),
                after=None,
            )
            return True

        removed = self.store.write(
            apply, what=f"remove the alias of {name!r}", changes_data=False
        )
        if removed:
            self.forget_geocodes([name])
        return removed

    def forget_geocodes(self, names: Iterable[str]) -> int:
        """Invalidate the cached geocodes of ``names`` (what an alias could change).

        Call it after committing a change to the list: it also drops the
        in-memory copy, so the next lookup reads the list as changed.
        """
        with self._lock:
            self._rows = None
        names = [n for n in names if n]
        if not names:
            return 0
        if self._cache is None:
            from geodata.cache import GeocodeCache

            self._cache = GeocodeCache(self.store.engine)
        return self._cache.invalidate(names)

    # -- CSV -------------------------------------------------------------------------

    def export_csv(self, target: Path | TextIO) -> int:
        """Write every alias as CSV (columns :data:`CSV_COLUMNS`); return how many."""
        rows = self.aliases()
        if isinstance(target, Path | str):
            with Path(target).open("w", encoding="utf-8", newline="") as handle:
                return _write_csv(rows, handle)
        return _write_csv(rows, target)

    def export_csv_text(self) -> str:
        """Return the CSV export as text (for a download button)."""
        buffer = io.StringIO(newline="")
        self.export_csv(buffer)
        return buffer.getvalue()

    def import_csv(self, source: Path | TextIO, *, who: str | None) -> AliasImport:
        """Add or replace the aliases of a CSV made by :meth:`export_csv`.

        Every row is checked before anything is written; a bad row raises
        :class:`AliasError` naming its line, and nothing is imported.
        """
        if isinstance(source, Path | str):
            path = Path(source)
            try:
                with path.open(encoding="utf-8-sig", newline="") as handle:
                    incoming = _read_csv(handle, str(path))
            except UnicodeDecodeError as exc:
                raise AliasError(f"Expected a UTF-8 CSV file, {path} is not") from exc
        else:
            incoming = _read_csv(source, "the CSV")
        existing = {(a.name_key, a.country_code): a for a in self.aliases()}
        added = changed = unchanged = 0
        to_save: list[Alias] = []
        for alias in incoming:
            old = existing.get((alias.name_key, alias.country_code))
            if old is None:
                added += 1
            elif _same(old, alias):
                unchanged += 1
                continue
            else:
                changed += 1
            to_save.append(alias)

        def apply(conn: Connection) -> None:
            for alias in to_save:
                self.save_in(conn, alias, who=who)

        if to_save:
            self.store.write(apply, what="import the aliases", changes_data=False)
            self.forget_geocodes([a.name for a in to_save])
        return AliasImport(added=added, changed=changed, unchanged=unchanged)


def _same(one: Alias, other: Alias) -> bool:
    return one.describe() == other.describe()


def _number(value: float | None) -> str:
    return "" if value is None else repr(float(value))


def _write_csv(rows: Iterable[Alias], handle: TextIO) -> int:
    writer = csv.writer(handle, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    count = 0
    for alias in rows:
        target = alias.target
        writer.writerow(
            [
                alias.name,
                alias.country_code or "",
                "true" if target is None else "false",
                target.gazetteer_id if target else "",
                target.name if target else "",
                _number(target.lat if target else None),
                _number(target.lon if target else None),
                (target.country_code or "") if target else "",
                (target.admin1 or "") if target else "",
                target.feature if target else "",
                "" if alias.precision is None or target is None else alias.precision,
                alias.created_by,
                alias.created_at.isoformat() if alias.created_at else "",
            ]
        )
        count += 1
    return count


def _read_csv(handle: TextIO, label: str) -> list[Alias]:
    reader = csv.DictReader(handle)
    missing = {"name", "country_code", "not_a_place"} - set(reader.fieldnames or ())
    if missing:
        raise AliasError(
            f"Expected an alias CSV with the columns {', '.join(CSV_COLUMNS)}; "
            f"{label} lacks {', '.join(sorted(missing))}"
        )
    found: dict[tuple[str, str | None], int] = {}
    aliases: list[Alias] = []
    for row in reader:
        line = reader.line_num
        try:
            alias = _checked(_alias_of(row))
        except AliasError as exc:
            raise AliasError(f"{label}, line {line}: {exc}") from exc
        key = (alias.name_key, alias.country_code)
        if key in found:
            raise AliasError(
                f"{label}, line {line}: {alias.name!r} in "
                f"{alias.country_code or 'any country'} is already on line {found[key]}"
            )
        found[key] = line
        aliases.append(alias)
    return aliases


def _alias_of(row: Mapping[str, str | None]) -> Alias:
    def text(column: str) -> str:
        return (row.get(column) or "").strip()

    flag = text("not_a_place").lower()
    if flag not in _TRUE | _FALSE:
        raise AliasError(f"Expected not_a_place true or false, instead got {flag!r}")
    target = None
    if flag not in _TRUE:
        if not text("lat") or not text("lon"):
            raise AliasError(
                f"Expected lat and lon for the place {text('name')!r} "
                "(or not_a_place true)"
            )
        lat, lon = check_point(text("lat"), text("lon"))
        target = GazetteerEntry(
            gazetteer_id=text("gazetteer_id") or user_place_id(text("name"), lat, lon),
            name=text("target_name") or text("name"),
            lat=lat,
            lon=lon,
            country_code=text("target_country_code") or None,
            admin1=text("admin1") or None,
            feature=text("feature") or "settlement",  # type: ignore[arg-type]
            source="user",
        )
    precision = None
    if text("precision"):
        try:
            precision = int(text("precision"))
        except ValueError as exc:
            raise AliasError(
                f"Expected a precision of 1, 2 or 3, got {text('precision')!r}"
            ) from exc
    created_at = None
    if text("created_at"):
        try:
            created_at = datetime.fromisoformat(text("created_at"))
        except ValueError as exc:
            raise AliasError(
                f"Expected an ISO time in created_at, got {text('created_at')!r}"
            ) from exc
        if created_at.tzinfo is None:
            created_at = created_at.replace(tzinfo=UTC)
    return Alias(
        name=text("name"),
        country_code=text("country_code") or None,
        target=target,
        precision=precision,
        created_by=text("created_by") or None,
        created_at=created_at,
    )


def user_place_id(name: str, lat: float, lon: float) -> str:
    """Return the gazetteer id of a point a user placed: ``user:<hash>``.

    The same name at the same point (to about 10 cm) gets the same id, so it
    is one row in the store's places.
    """
    digest = hashlib.sha1(
        f"{normalize_place_name(name)}|{lat:.6f}|{lon:.6f}".encode()
    ).hexdigest()
    return f"user:{digest[:16]}"
