"""Events: the reports of one real-world happening, grouped.

Several articles often report the same blast or the same cleared field. Two
mentions are taken for one *event* when they have the same role, lie within
:attr:`EventRule.max_distance_km` of each other and their dates (the event
date, else the publication date) are at most :attr:`EventRule.max_days_apart`
days apart. A place shown only approximately (unresolved, at the district or
town its article puts it in) joins only reports that name it the same way,
since its point is shared with every other village there.

Grouping is computed from the mentions each time the data changes, never
stored, so a correction (a moved point, a new date or role) regroups at once.
What is stored is the user's word: mentions a user split off (table
``event_groups``) form their own event and are never merged automatically
again.

The rule is leader clustering in a fixed order (date, role, lat, lon, id): the
earliest mention of an event is its *anchor*, and a later mention joins the
nearest open anchor that satisfies the rule. Unlike chaining every close pair,
daily reports at one minefield do not melt into one event spanning years: an
event spans at most ``max_days_apart`` days and ``max_distance_km`` around
its anchor. The result does not depend on database ids except to break exact
ties, so a store rebuilt from an export groups the same way.

An event's numbers are the largest any of its reports gives, never their sum
(later reports often raise a toll as the injured die; adding reports of the
same blast would count its victims twice).
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

import numpy as np
import pandas as pd
from sqlalchemy import Connection, delete, select

from dashboard.errors import DashboardError
from dashboard.store import Store, event_groups, mentions

EARTH_RADIUS_KM = 6371.0088
_KM_PER_DEGREE_LAT = (
    110.0  # a little under the true 110.57-111.69: cells stay wide enough
)
_COUNT_COLUMNS = ("killed", "injured", "mines")

#: Columns of :func:`events_frame`, in order.
EVENT_COLUMNS: tuple[str, ...] = (
    "event_id",
    "lat",
    "lon",
    "role",
    "name",
    "place_name",
    "country_code",
    "country_name",
    "admin1",
    "precision",
    "date",
    "date_last",
    "event_date",
    "event_date_precision",
    "excerpt",
    "article_title",
    "article_source",
    "device",
    "killed",
    "injured",
    "mines",
    "sources",
    "source_count",
    "article_count",
    "mention_ids",
    "mention_count",
)


class EventError(DashboardError, ValueError):
    """An event operation got something it cannot use."""


@dataclass(frozen=True, slots=True)
class EventRule:
    """When two mentions are one event."""

    max_distance_km: float = 5.0
    max_days_apart: int = 2


DEFAULT_RULE = EventRule()


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Return the great-circle distance between two points (haversine)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = phi2 - phi1
    dlambda = math.radians(lon2 - lon1)
    a = (
        math.sin(dphi / 2) ** 2
        + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def _order(frame: pd.DataFrame) -> np.ndarray:
    """Return row positions in grouping order: date (undated last), role, lat, lon."""
    dates = frame["date"]
    undated = dates.isna().to_numpy()
    days = np.where(undated, 0, dates.to_numpy(dtype="datetime64[D]").astype("int64"))
    return np.lexsort(
        (
            frame["mention_id"].to_numpy(),
            frame["lon"].to_numpy(dtype=float),
            frame["lat"].to_numpy(dtype=float),
            frame["role"].to_numpy(dtype=str),
            days,
            undated,
        )
    )


def assign_events(
    frame: pd.DataFrame,
    *,
    groups: Mapping[int, str] | None = None,
    rule: EventRule = DEFAULT_RULE,
) -> pd.Series:
    """Return each row's event id (the smallest mention id of its event).

    ``frame`` has the columns of :func:`dashboard.frames.mentions_frame` (at
    least mention_id, lat, lon, role, date). Give it every mention, not a
    filtered view, so an event is the same whatever the filters. ``groups``
    maps mention ids a user grouped (:func:`event_groups_of`) to their group.
    """
    if frame.empty:
        return pd.Series([], index=frame.index, dtype="int64", name="event_id")
    groups = groups or {}
    ids = frame["mention_id"].to_numpy(dtype="int64")
    lats = frame["lat"].to_numpy(dtype=float)
    lons = frame["lon"].to_numpy(dtype=float)
    roles = frame["role"].to_numpy(dtype=str)
    dates = frame["date"]
    undated = dates.isna().to_numpy()
    # A place no gazetteer holds, shown at the district or town the article
    # puts it in, shares that point with its neighbours: it joins only reports
    # that name it the same way.
    approximate = (
        (frame["status"] == "unresolved").to_numpy()
        if "status" in frame
        else np.zeros(len(frame), dtype=bool)
    )
    names = (
        frame["name"].fillna("").astype(str).str.casefold().to_numpy()
        if "name" in frame
        else np.full(len(frame), "", dtype=object)
    )
    days = np.where(undated, 0, dates.to_numpy(dtype="datetime64[D]").astype("int64"))

    leader = np.arange(len(frame))  # position of each row's event anchor
    by_group: dict[str, list[int]] = {}
    cell_deg = rule.max_distance_km / _KM_PER_DEGREE_LAT
    open_events: dict[tuple[str, int], list[int]] = {}  # (role, lat cell) -> anchors
    for position in _order(frame).tolist():
        key = groups.get(int(ids[position]))
        if key is not None:
            by_group.setdefault(key, []).append(position)
            continue
        if undated[position]:
            continue  # an undated report cannot be matched in time: its own event
        lat, lon, role, day = (
            lats[position],
            lons[position],
            roles[position],
            days[position],
        )
        cell = math.floor(lat / cell_deg)
        best: tuple[float, int] | None = None
        for neighbour in (cell - 1, cell, cell + 1):
            anchors = open_events.get((role, neighbour))
            if not anchors:
                continue
            # Rows come in date order: an anchor too old now stays too old.
            anchors[:] = [a for a in anchors if day - days[a] <= rule.max_days_apart]
            for anchor in anchors:
                either_approximate = approximate[position] or approximate[anchor]
                if either_approximate and names[position] != names[anchor]:
                    continue
                km = distance_km(lat, lon, lats[anchor], lons[anchor])
                if km <= rule.max_distance_km and (best is None or (km, anchor) < best):
                    best = (km, anchor)
        if best is None:
            open_events.setdefault((role, cell), []).append(position)
        else:
            leader[position] = best[1]
    for members in by_group.values():
        leader[members] = members[0]

    smallest: dict[int, int] = {}
    for position, anchor in enumerate(leader.tolist()):
        current = smallest.get(anchor)
        if current is None or ids[position] < current:
            smallest[anchor] = int(ids[position])
    event_ids = [smallest[anchor] for anchor in leader.tolist()]
    return pd.Series(event_ids, index=frame.index, dtype="int64", name="event_id")


def with_event_ids(
    frame: pd.DataFrame,
    *,
    groups: Mapping[int, str] | None = None,
    rule: EventRule = DEFAULT_RULE,
) -> pd.DataFrame:
    """Return ``frame`` with an ``event_id`` column (see :func:`assign_events`)."""
    return frame.assign(event_id=assign_events(frame, groups=groups, rule=rule))


def _ordered(frame: pd.DataFrame) -> pd.DataFrame:
    if "event_id" not in frame.columns:
        frame = with_event_ids(frame)
    return frame.iloc[_order(frame)]


def events_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Return one row per event of the mentions in ``frame`` (:data:`EVENT_COLUMNS`).

    ``frame`` is a (filtered) mentions frame; it should carry ``event_id``
    from :func:`with_event_ids` over every mention, else events are grouped
    among the rows given only, without the user's splits. Only the rows given
    count: a filter that hides some reports of an event hides their sources.

    The event's place, date, excerpt and title are those of its first report
    (its anchor); ``date_last`` is the latest report's date; killed, injured
    and mines are the largest any report gives (<NA> when none gives one);
    ``sources`` is a sorted tuple of distinct sources, ``article_count`` the
    number of reports (articles) and ``mention_ids`` the mentions, in order.
    """
    if frame.empty:
        return pd.DataFrame({column: [] for column in EVENT_COLUMNS})
    ordered = _ordered(frame)
    grouped = ordered.groupby("event_id", sort=False)
    events = ordered.drop_duplicates("event_id", keep="first").set_index("event_id")
    for column in _COUNT_COLUMNS:
        events[column] = grouped[column].max()
    devices = ordered[ordered["device"].fillna("") != ""].drop_duplicates("event_id")
    events["device"] = devices.set_index("event_id")["device"].reindex(events.index)
    events["device"] = events["device"].fillna("")
    # Plain loops: pandas' per-group lambdas cost seconds at 100,000 events.
    sources: dict[int, set[str]] = {}
    articles: dict[int, set[int]] = {}
    members: dict[int, list[int]] = {}
    for event_id, source, article_id, mention_id in zip(
        ordered["event_id"].tolist(),
        ordered["article_source"].fillna("").tolist(),
        ordered["article_id"].tolist(),
        ordered["mention_id"].tolist(),
        strict=True,
    ):
        if source:
            sources.setdefault(event_id, set()).add(source)
        articles.setdefault(event_id, set()).add(article_id)
        members.setdefault(event_id, []).append(int(mention_id))
    events["sources"] = [tuple(sorted(sources.get(e, ()))) for e in events.index]
    events["source_count"] = [len(sources.get(e, ())) for e in events.index]
    events["article_count"] = [len(articles[e]) for e in events.index]
    events["mention_ids"] = [tuple(members[e]) for e in events.index]
    events["mention_count"] = grouped.size()
    events["date_last"] = grouped["date"].max()
    return events.reset_index()[list(EVENT_COLUMNS)]


@dataclass(frozen=True, slots=True)
class EventCounts:
    """The headline numbers once reports are merged into events."""

    events: int
    mentions: int
    killed: int
    injured: int
    mines: int


def event_counts(frame: pd.DataFrame) -> EventCounts:
    """Count events and mentions; sum killed/injured/mines once per event.

    Per DECISIONS, places that are merely mentioned do not add their numbers.
    """
    events = events_frame(frame)
    counted = events[events["role"] != "mention"] if len(events) else events

    def total(column: str) -> int:
        if counted.empty:
            return 0
        return int(pd.to_numeric(counted[column], errors="coerce").sum(skipna=True))

    return EventCounts(
        events=len(events),
        mentions=len(frame),
        killed=total("killed"),
        injured=total("injured"),
        mines=total("mines"),
    )


def count_events(frame: pd.DataFrame) -> int:
    """Return how many events the mentions in ``frame`` belong to."""
    if frame.empty:
        return 0
    if "event_id" in frame.columns:
        return int(frame["event_id"].nunique())
    return int(assign_events(frame).nunique())


# -- the user's word, stored ---------------------------------------------------------


def event_groups_of(store: Store) -> dict[int, str]:
    """Return the mentions a user grouped: mention id -> group key."""
    return store.read(
        lambda conn: {
            int(mention_id): str(key)
            for mention_id, key in conn.execute(
                select(event_groups.c.mention_id, event_groups.c.group_key)
            )
        },
        what="read the event groups",
    )


def _clean_ids(mention_ids: Iterable[int]) -> list[int]:
    ids = sorted({int(i) for i in mention_ids})
    if not ids:
        raise EventError("Expected at least one mention id to split off, got none")
    return ids


def _audit(
    conn: Connection, who: str, changes: Mapping[int, tuple[str | None, str | None]]
) -> None:
    from dashboard.audit import record_change

    for mention_id, (before, after) in changes.items():
        record_change(
            conn,
            who=who,
            action="event_group",
            entity="mention",
            entity_id=mention_id,
            before={"event_group": before},
            after={"event_group": after},
        )


def set_event_group(
    store: Store,
    mention_ids: Iterable[int],
    *,
    key: str | None = None,
    who: str = "local",
) -> str:
    """Put these mentions in one user group (a new one unless ``key``); return its key.

    This is how a wrong merge is split: the mentions chosen become their own
    event, and neither they nor the rest are merged together again. Mentions
    that no longer exist are ignored. Recorded in the audit trail.
    """
    ids = _clean_ids(mention_ids)
    group_key = key or uuid.uuid4().hex
    if len(group_key) > 40:
        raise EventError(f"Expected a group key of at most 40 characters, got {key!r}")

    def apply(conn: Connection) -> str:
        existing = set(
            conn.scalars(select(mentions.c.id).where(mentions.c.id.in_(ids)))
        )
        before = dict(
            conn.execute(
                select(event_groups.c.mention_id, event_groups.c.group_key).where(
                    event_groups.c.mention_id.in_(ids)
                )
            ).all()
        )
        chosen = [i for i in ids if i in existing]
        conn.execute(delete(event_groups).where(event_groups.c.mention_id.in_(chosen)))
        if chosen:
            now = datetime.now(UTC)
            conn.execute(
                event_groups.insert(),
                [
                    {
                        "mention_id": i,
                        "group_key": group_key,
                        "set_by": who,
                        "set_at": now,
                    }
                    for i in chosen
                ],
            )
        _audit(conn, who, {i: (before.get(i), group_key) for i in chosen})
        return group_key

    return store.write(apply, what="split an event")


def split_event(store: Store, mention_ids: Iterable[int], *, who: str = "local") -> str:
    """Split these mentions off their event into an event of their own."""
    return set_event_group(store, mention_ids, who=who)


def clear_event_groups(
    store: Store, mention_ids: Iterable[int], *, who: str = "local"
) -> int:
    """Hand these mentions back to automatic grouping; return how many changed."""
    ids = _clean_ids(mention_ids)

    def apply(conn: Connection) -> int:
        before = dict(
            conn.execute(
                select(event_groups.c.mention_id, event_groups.c.group_key).where(
                    event_groups.c.mention_id.in_(ids)
                )
            ).all()
        )
        conn.execute(delete(event_groups).where(event_groups.c.mention_id.in_(ids)))
        _audit(conn, who, {i: (key, None) for i, key in before.items()})
        return len(before)

    return store.write(apply, what="undo an event split")


def event_mentions(frame: pd.DataFrame, event_id: int) -> pd.DataFrame:
    """Return the mentions of one event, in grouping order (for a split dialog)."""
    if "event_id" not in frame.columns:
        raise EventError("Expected a frame with an event_id column (with_event_ids)")
    members = frame[frame["event_id"] == int(event_id)]
    return members.iloc[_order(members)] if len(members) else members


def describe_rule(rule: EventRule = DEFAULT_RULE) -> str:
    """Return the grouping rule in words, for the UI and the docs."""
    return (
        f"Reports with the same role, within {rule.max_distance_km:g} km and "
        f"{rule.max_days_apart} days of an event's first report, are one event."
    )


#: Above this many rows without event ids, the page does not group on each rerun.
CAPTION_MAX_UNGROUPED_ROWS = 5000


def events_caption(shown: pd.DataFrame) -> str | None:
    """Return "M events (reports merged)" for the rows shown, or None when costly.

    Cheap when ``shown`` carries ``event_id`` (grouped once per data version);
    otherwise grouped here, up to :data:`CAPTION_MAX_UNGROUPED_ROWS` rows.
    """
    if "event_id" not in shown.columns and len(shown) > CAPTION_MAX_UNGROUPED_ROWS:
        return None
    events = count_events(shown)
    noun = "event" if events == 1 else "events"
    return f"{events:,} {noun} (reports of one happening merged)"
