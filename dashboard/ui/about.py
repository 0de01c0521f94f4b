"""Facts for the "About the data" page (plain Python, no Streamlit)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import SQLAlchemyError

from dashboard.services import Services
from dashboard.store import sqlite_file_path

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class DataFacts:
    """What the page shows about the store, the gazetteer and the geocoder."""

    counts: dict[str, int]
    gazetteer: dict[str, Any]
    geocoders: tuple[str, ...]
    is_online: bool
    database: str  # the URL without its password
    database_bytes: int | None
    geocode_cache_entries: int | None


def _file_size(path: Path | None) -> int | None:
    if path is None:
        return None
    total = 0
    for candidate in (path, Path(f"{path}-wal")):
        if candidate.is_file():
            total += candidate.stat().st_size
    return total or None


def geocode_cache_entries(services: Services) -> int | None:
    """Return how many answers the geocode cache holds (None: no cache table)."""
    from geodata.cache import geocode_cache

    engine = services.store.engine
    try:
        with engine.connect() as conn:
            if not sa.inspect(conn).has_table(geocode_cache.name):
                return 0
            return int(
                conn.scalar(sa.select(sa.func.count()).select_from(geocode_cache)) or 0
            )
    except SQLAlchemyError as exc:
        log.warning("could not count the geocode cache: %s", exc)
        return None


def data_facts(services: Services) -> DataFacts:
    """Collect the facts of the "About the data" page."""
    settings = services.settings
    url = sa.engine.make_url(settings.database_url)
    return DataFacts(
        counts=services.store.counts(),
        gazetteer=services.gazetteer.status(),
        geocoders=settings.geocoder_providers,
        is_online=settings.is_online,
        database=url.render_as_string(hide_password=True),
        database_bytes=_file_size(sqlite_file_path(settings.database_url)),
        geocode_cache_entries=geocode_cache_entries(services),
    )


def format_bytes(size: int | None) -> str:
    """Return "12.3 MB" (or "-" for None)."""
    if size is None:
        return "-"
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GB"
