"""Cached reads of the store, keyed on the database and its data version.

``st.cache_resource`` rather than ``st.cache_data``: these are read-only
values, and cache_data would unpickle a copy of a 100,000-row frame (or a
20 MB map payload) on every rerun, which alone costs more than the target
rerun time. Nothing downstream mutates them (pandas copy-on-write).
"""

from __future__ import annotations

import logging

import pandas as pd
import streamlit as st

from dashboard.assets import STATIC_DIR, asset_url
from dashboard.config import Settings
from dashboard.events import event_groups_of, with_event_ids
from dashboard.frames import (
    FilterOptions,
    FilterState,
    event_positions,
    filter_mentions,
    filter_options,
    frame_from_columns,
    in_event_order,
    map_records,
)
from dashboard.maps import (
    MapData,
    MapPoints,
    prepare_map_points,
    select_map_data,
    write_map_data,
)
from dashboard.ui.state import get_services

log = logging.getLogger(__name__)

#: Map data larger than this is served as a file rather than sent in the page.
INLINE_MAP_BYTES = 1_000_000
MAP_DATA_DIR = "map-data"

# Streamlit hashes cache arguments by pickling them; the dataclasses' reprs
# say the same (the password is left out of Settings' repr, and no cached
# value depends on it) in a fraction of the time.
_FAST_KEYS = {Settings: repr, FilterState: repr}


def data_version(settings: Settings) -> str:
    """Return the store's data version (changes whenever articles or mentions do)."""
    return get_services(settings).store.data_version()


@st.cache_resource(
    max_entries=3, show_spinner="Reading the mentions…", hash_funcs=_FAST_KEYS
)
def cached_mentions_frame(settings: Settings, version: str) -> pd.DataFrame:
    """Return every placed mention as a frame, with its event, in event order.

    See :func:`dashboard.frames.frame_from_columns`; ``event_id`` is added
    here, once per data version, over every mention and the user's splits,
    so the caption, headline counts, table, exports and map all agree on
    what an event is. Rows are in :func:`dashboard.frames.in_event_order`.
    """
    del version  # part of the cache key only
    store = get_services(settings).store
    frame = frame_from_columns(store.mention_columns(placed_only=True))
    frame = with_event_ids(frame, groups=event_groups_of(store))
    return in_event_order(frame)


@st.cache_resource(max_entries=3, show_spinner=False, hash_funcs=_FAST_KEYS)
def cached_filter_options(settings: Settings, version: str) -> FilterOptions:
    """Return what each filter can take in the stored mentions."""
    return filter_options(cached_mentions_frame(settings, version))


@st.cache_data(max_entries=3, show_spinner=False, hash_funcs=_FAST_KEYS)
def cached_counts(settings: Settings, version: str) -> dict[str, int]:
    """Return the store's counts (articles, mentions, demo_articles...)."""
    del version  # part of the cache key only
    return get_services(settings).store.counts()


@st.cache_resource(
    max_entries=3, show_spinner="Preparing the map…", hash_funcs=_FAST_KEYS
)
def cached_map_points(settings: Settings, version: str) -> MapPoints:
    """Return every mention serialised for the map, once per data version."""
    frame = cached_mentions_frame(settings, version)
    return prepare_map_points(map_records(frame), total=len(frame))


# Few entries: at 100,000 mentions one entry holds ~25 MB of serialised points.
@st.cache_resource(max_entries=4, show_spinner=False, hash_funcs=_FAST_KEYS)
def cached_map_data(settings: Settings, version: str, filters: FilterState) -> MapData:
    """Return the map data of the mentions passing ``filters`` (view ignored).

    One marker per event among the mentions shown, listing its other reports.
    """
    frame = cached_mentions_frame(settings, version)
    shown = filter_mentions(frame, filters.map_filters())
    first, merged = event_positions(shown)
    return select_map_data(cached_map_points(settings, version), first, merged=merged)


def map_data_url(data: MapData) -> str | None:
    """Return where the browser can fetch large map data, or None to inline it.

    Large data becomes a file under ``static/`` (so a rerun sends the browser
    a few kilobytes, not megabytes). If it cannot be written there, the data
    is inlined, which works everywhere, only slower.
    """
    if len(data.data_json) <= INLINE_MAP_BYTES:
        return None
    try:
        path = write_map_data(data, STATIC_DIR / MAP_DATA_DIR)
    except OSError as exc:
        log.warning("map data inlined: cannot write under %s (%s)", STATIC_DIR, exc)
        return None
    return asset_url(f"{MAP_DATA_DIR}/{path.name}")


def clear_caches() -> None:
    """Forget every cached read (after the data changed in this process)."""
    cached_mentions_frame.clear()
    cached_filter_options.clear()
    cached_counts.clear()
    cached_map_points.clear()
    cached_map_data.clear()
