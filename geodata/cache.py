"""A geocode cache on a SQLAlchemy engine (SQLite or PostgreSQL), and its wrapper.

Each row holds one provider's full answer to one normalised query and
country hint: the result as JSON (entry, precision, confidence, candidates),
or NULL for "the provider found nothing". Outages are never stored.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from geodata.errors import GeodataError
from geodata.geocoders import Geocoder
from geodata.models import Candidate, GazetteerEntry, GeocodeResult
from geodata.normalize import normalize_place_name, normalize_query

logger = logging.getLogger(__name__)

#: Longer keys are not cached (no place name is this long).
MAX_KEY_CHARS = 500

metadata = sa.MetaData()
geocode_cache = sa.Table(
    "geocode_cache",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("provider", sa.String(64), nullable=False),
    sa.Column("query_key", sa.String(MAX_KEY_CHARS), nullable=False),
    sa.Column("result", sa.Text, nullable=True),  # NULL: a cached "not found"
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.UniqueConstraint("provider", "query_key", name="uq_geocode_cache_key"),
)


class GeocodeCacheError(GeodataError):
    """The geocode cache's database failed."""


def result_to_dict(result: GeocodeResult) -> dict[str, Any]:
    """Return a JSON-ready dict of a result (entry, precision, candidates...)."""
    return {
        "entry": asdict(result.entry),
        "precision": result.precision,
        "confidence": result.confidence,
        "provider": result.provider,
        "candidates": [asdict(c) for c in result.candidates],
    }


def result_from_dict(data: dict[str, Any]) -> GeocodeResult:
    """Rebuild a result from :func:`result_to_dict`'s output."""
    return GeocodeResult(
        entry=GazetteerEntry(**data["entry"]),
        precision=data["precision"],
        confidence=data["confidence"],
        provider=data["provider"],
        candidates=tuple(Candidate(**c) for c in data.get("candidates", ())),
    )


class _Miss:
    """Marks a cached "not found", as opposed to nothing cached."""


MISS = _Miss()


class GeocodeCache:
    """Answers per (provider, normalised query and country hint), on ``engine``."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        try:
            metadata.create_all(engine, tables=[geocode_cache], checkfirst=True)
        except SQLAlchemyError as exc:
            raise GeocodeCacheError(
                f"Cannot create the geocode cache table on {engine.url!r}: {exc}"
            ) from exc

    def get(self, provider: str, key: str) -> GeocodeResult | _Miss | None:
        """Return the cached result, :data:`MISS` for a cached miss, None if absent."""
        statement = sa.select(geocode_cache.c.result).where(
            geocode_cache.c.provider == provider, geocode_cache.c.query_key == key
        )
        try:
            with self.engine.connect() as conn:
                row = conn.execute(statement).first()
        except SQLAlchemyError as exc:
            raise GeocodeCacheError(f"Reading the geocode cache failed: {exc}") from exc
        if row is None:
            return None
        if row.result is None:
            return MISS
        return result_from_dict(json.loads(row.result))

    def put(self, provider: str, key: str, result: GeocodeResult | None) -> None:
        """Store ``result`` (None: a miss) for ``key``, replacing what was there."""
        if len(key) > MAX_KEY_CHARS:
            return
        payload = json.dumps(result_to_dict(result)) if result is not None else None
        where = (geocode_cache.c.provider == provider) & (
            geocode_cache.c.query_key == key
        )
        try:
            with self.engine.begin() as conn:
                conn.execute(sa.delete(geocode_cache).where(where))
                conn.execute(
                    sa.insert(geocode_cache).values(
                        provider=provider,
                        query_key=key,
                        result=payload,
                        created_at=datetime.now(UTC),
                    )
                )
        except IntegrityError:
            # Another process stored the same key between our delete and insert.
            logger.debug("Geocode cache key %r stored concurrently", key)
        except SQLAlchemyError as exc:
            raise GeocodeCacheError(f"Writing the geocode cache failed: {exc}") from exc

    def invalidate(self, names: Iterable[str] | None = None) -> int:
        """Forget the answers for ``names`` (every hint and provider), or all of them.

        Returns how many rows were deleted.
        """
        statement = sa.delete(geocode_cache)
        if names is not None:
            keys = {normalize_place_name(n) for n in names}
            keys.discard("")
            if not keys:
                return 0
            conditions = []
            for key in keys:
                conditions.append(geocode_cache.c.query_key == key)
                prefix = key.replace("\\", "\\\\").replace("%", r"\%")
                prefix = prefix.replace("_", r"\_")
                conditions.append(
                    geocode_cache.c.query_key.like(prefix + "|%", escape="\\")
                )
            statement = statement.where(sa.or_(*conditions))
        try:
            with self.engine.begin() as conn:
                return conn.execute(statement).rowcount or 0
        except SQLAlchemyError as exc:
            raise GeocodeCacheError(
                f"Clearing the geocode cache failed: {exc}"
            ) from exc

    def size(self) -> int:
        """Return how many answers (matches and misses) are cached."""
        try:
            with self.engine.connect() as conn:
                statement = sa.select(sa.func.count()).select_from(geocode_cache)
                return int(conn.execute(statement).scalar_one())
        except SQLAlchemyError as exc:
            raise GeocodeCacheError(f"Reading the geocode cache failed: {exc}") from exc


class CachedGeocoder:
    """Ask ``geocoder`` once per normalised query and hint; remember matches and misses.

    :class:`~geodata.errors.GeocodingUnavailable` passes through and is not
    remembered, so the name is asked again next time.
    """

    def __init__(self, geocoder: Geocoder, cache: GeocodeCache) -> None:
        self.geocoder = geocoder
        self.cache = cache
        self.name = geocoder.name

    def geocode(
        self, query: str, *, country_code: str | None = None
    ) -> GeocodeResult | None:
        key = normalize_query(query, country_code)
        if not key or key.startswith("|"):
            return None
        cached = self.cache.get(self.name, key)
        if isinstance(cached, _Miss):
            return None
        if cached is not None:
            return cached
        result = self.geocoder.geocode(query, country_code=country_code)
        self.cache.put(self.name, key, result)
        return result
