"""Import a GeoNames dump (allCountries.zip, AZ.zip or AZ.txt) into the user gazetteer.

The packaged data holds places of 500 people or more; a user who needs every
village imports a country's full GeoNames file (https://download.geonames.org/
export/dump/, tab-separated, 19 columns). It goes into its own SQLite file in
the data directory, which :meth:`geodata.gazetteer.Gazetteer.open` consults
alongside the built gazetteer (built entries win when both hold a place).
"""

from __future__ import annotations

import io
import logging
import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from geodata.errors import GazetteerImportError
from geodata.gazetteer import (
    _INDEXES,
    _SCHEMA,
    SCHEMA_VERSION,
    ProgressCallback,
    _is_code,
    _is_latin_key,
    _rank,
    _write_meta,
)
from geodata.normalize import normalize_place_name

logger = logging.getLogger(__name__)

GEONAMES_COLUMNS = 19
#: Above this many distinct Latin keys the user file gets no in-memory name
#: index (allCountries would cost hundreds of MB); has_name then asks SQLite.
MAX_INDEXED_KEYS = 3_000_000

# GeoNames feature class/code -> our feature kind; anything else is skipped
# (roads, undersea features, hotels, schools...).
_ADMIN_CODES = {"ADM1": "admin1", "ADM2": "admin2", "ADM3": "admin2", "ADMD": "admin2"}
_REGION_CODES = {"RGN", "RGNE", "RGNH", "TERR", "ZN", "ZNB"}
_SPOT_CODES = {
    "AIRP",
    "AIRF",
    "BDG",
    "MILB",
    "INSM",
    "CMP",
    "CMPRF",
    "DAM",
    "RUIN",
    "CSTL",
    "MNMT",
}


def _feature(feature_class: str, feature_code: str) -> str | None:
    if feature_class == "P":
        return "settlement"
    if feature_class == "A":
        return _ADMIN_CODES.get(feature_code)
    if feature_class == "L":
        return "region" if feature_code in _REGION_CODES else "feature"
    if feature_class in ("T", "H", "V"):
        return "feature"
    if feature_class == "S" and feature_code in _SPOT_CODES:
        return "feature"
    return None


def import_geonames_dump(
    user_path: Path,
    file: Path,
    *,
    progress: ProgressCallback | None = None,
) -> int:
    """Import the places of a GeoNames dump into the user gazetteer at ``user_path``.

    Args:
        user_path: the user gazetteer SQLite file (created when missing).
        file: ``allCountries.zip``, a country's ``XX.zip``, or the ``.txt`` inside.
        progress: called as ``progress(done_bytes, total_bytes, stage)``.

    Returns:
        How many places were imported (or updated, when imported before).

    Raises:
        GazetteerImportError: the file is not a GeoNames dump.
    """
    file = Path(file)
    user_path = Path(user_path)
    if not file.is_file():
        raise GazetteerImportError(f"Expected a GeoNames dump file, {file} is not one")
    suffix = file.suffix.lower()
    if suffix == ".zip":
        with _open_zip_member(file) as (handle, total):
            return _import(user_path, handle, total, progress, file.name)
    if suffix in (".txt", ".tsv"):
        total = file.stat().st_size
        with file.open("rb") as raw:
            return _import(user_path, raw, total, progress, file.name)
    raise GazetteerImportError(
        "Expected a GeoNames dump (allCountries.zip, a country's XX.zip or XX.txt), "
        f"instead got {file.name!r}"
    )


class _open_zip_member:
    """Open the dump inside a GeoNames zip (the .txt that is not readme.txt)."""

    def __init__(self, file: Path) -> None:
        self.file = file
        self.archive: zipfile.ZipFile | None = None

    def __enter__(self) -> tuple[IO[bytes], int]:
        try:
            self.archive = zipfile.ZipFile(self.file)
        except (zipfile.BadZipFile, OSError) as exc:
            raise GazetteerImportError(
                f"Expected a zip archive of a GeoNames dump, {self.file.name} is not "
                f"a readable zip ({exc})"
            ) from exc
        members = [
            info
            for info in self.archive.infolist()
            if info.filename.lower().endswith(".txt")
            and Path(info.filename).name.lower() != "readme.txt"
        ]
        if not members:
            names = [info.filename for info in self.archive.infolist()]
            self.archive.close()
            raise GazetteerImportError(
                f"Expected a GeoNames .txt dump inside {self.file.name}, "
                f"instead found {names!r}"
            )
        member = max(members, key=lambda info: info.file_size)
        return self.archive.open(member), member.file_size

    def __exit__(self, *exc_info: object) -> None:
        if self.archive is not None:
            self.archive.close()


def _rows(
    handle: IO[bytes],
    total: int,
    progress: ProgressCallback | None,
    file_name: str,
) -> Iterator[list[str]]:
    text = io.TextIOWrapper(handle, encoding="utf-8", errors="replace", newline="\n")
    done = 0
    skipped = 0
    for number, line in enumerate(text, start=1):
        done += len(line.encode("utf-8", errors="replace"))
        if progress is not None and number % 50_000 == 0:
            progress(min(done, total), total, "importing")
        if not line.strip() or line.startswith("#"):
            continue
        columns = line.rstrip("\r\n").split("\t")
        problem = _check_row(columns)
        if problem is not None:
            if number == 1 or (skipped > 100 and skipped * 10 > number):
                raise GazetteerImportError(
                    f"Expected GeoNames tab-separated rows of {GEONAMES_COLUMNS} "
                    f"columns in {file_name}; line {number} {problem}"
                )
            skipped += 1
            continue
        yield columns
    if skipped:
        logger.warning("Skipped %d malformed lines of %s", skipped, file_name)
    if progress is not None:
        progress(total, total, "indexing")


def _check_row(columns: list[str]) -> str | None:
    if len(columns) != GEONAMES_COLUMNS:
        return f"has {len(columns)} columns"
    try:
        int(columns[0])
        lat, lon = float(columns[4]), float(columns[5])
    except ValueError:
        return "has no numeric geonameid, latitude and longitude"
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return f"has coordinates out of range ({lat}, {lon})"
    return None


def _connect(user_path: Path) -> sqlite3.Connection:
    user_path.parent.mkdir(parents=True, exist_ok=True)
    is_new = not user_path.exists()
    conn = sqlite3.connect(user_path)
    if is_new:
        schema = "\n".join(
            line for line in _SCHEMA.splitlines() if not line.startswith("PRAGMA")
        )
        conn.executescript(schema + _INDEXES)
        return conn
    try:
        (version,) = conn.execute(
            "SELECT value FROM meta WHERE key = 'schema_version'"
        ).fetchone() or (None,)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise GazetteerImportError(
            f"Expected a user gazetteer at {user_path}, found an unreadable file "
            f"({exc}); move it away and import again"
        ) from exc
    if version != str(SCHEMA_VERSION):
        conn.close()
        raise GazetteerImportError(
            f"The user gazetteer at {user_path} has schema version {version!r}, "
            f"expected {SCHEMA_VERSION}; move it away and import again"
        )
    return conn


def _import(
    user_path: Path,
    handle: IO[bytes],
    total: int,
    progress: ProgressCallback | None,
    file_name: str,
) -> int:
    conn = _connect(user_path)
    imported = 0
    try:
        with conn:
            for columns in _rows(handle, total, progress, file_name):
                feature = _feature(columns[6], columns[7])
                if feature is None:
                    continue
                _upsert(conn, columns, feature)
                imported += 1
            counts = dict(
                conn.execute("SELECT feature, count(*) FROM places GROUP BY feature")
            )
            counts["names"] = conn.execute("SELECT count(*) FROM names").fetchone()[0]
            latin = [
                key
                for (key,) in conn.execute("SELECT DISTINCT key FROM names")
                if _is_latin_key(key)
            ]
            counts["latin_keys"] = len(latin)
            conn.execute("DELETE FROM meta")
            if len(latin) > MAX_INDEXED_KEYS:
                latin = []  # too many to hold in memory: has_name asks SQLite
            _write_meta(conn, counts=counts, latin_keys=latin)
            conn.execute(
                "INSERT OR REPLACE INTO meta VALUES ('indexed', ?)",
                ("1" if latin or not counts["latin_keys"] else "0",),
            )
    finally:
        conn.close()
    logger.info("Imported %d places from %s into %s", imported, file_name, user_path)
    return imported


def _upsert(conn: sqlite3.Connection, columns: list[str], feature: str) -> None:
    geonameid = columns[0]
    country_code = columns[8] or None
    admin1_code = (
        f"{country_code}.{columns[10]}" if country_code and columns[10] else None
    )
    try:
        population = int(columns[14] or 0)
    except ValueError:
        population = 0
    gazetteer_id = f"geonames:{geonameid}"
    row = conn.execute(
        "SELECT rowid FROM places WHERE gazetteer_id = ?", (gazetteer_id,)
    ).fetchone()
    values = (
        gazetteer_id,
        columns[1],
        round(float(columns[4]), 5),
        round(float(columns[5]), 5),
        country_code,
        None,
        admin1_code,
        feature,
        population,
        _rank(feature, population),
        "user",
    )
    if row is None:
        cursor = conn.execute(
            "INSERT INTO places (gazetteer_id, name, lat, lon, country_code, admin1, "
            "admin1_code, feature, population, rank, source) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            values,
        )
        place = cursor.lastrowid
    else:
        place = row[0]
        conn.execute(
            "UPDATE places SET gazetteer_id=?, name=?, lat=?, lon=?, country_code=?, "
            "admin1=?, admin1_code=?, feature=?, population=?, rank=?, source=? "
            "WHERE rowid = ?",
            (*values, place),
        )
        conn.execute("DELETE FROM names WHERE place = ?", (place,))
    names = [columns[1], columns[2]]
    names += [a for a in columns[3].split(",") if a and not _is_code(a)]
    keys = {normalize_place_name(name) for name in names}
    conn.executemany(
        "INSERT INTO names VALUES (?, ?)", [(key, place) for key in keys if key]
    )
