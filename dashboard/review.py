"""Review and correct: the places found, least sure first, and the changes to them.

:class:`Reviewer` lists the mentions to review (:meth:`Reviewer.queue`) and
applies a user's corrections: pick another candidate, move the point, change
the role or the facts, mark "not a place", confirm; edit or delete an article.
Each change is one transaction with its row in the audit trail (who, when,
before, after). Corrections of where a name is teach the geoparser: the name,
in stories about the article's country, becomes an alias (dashboard.aliases),
so the next article naming it resolves the same way; "not a place" keeps it
off the map there from then on.

A corrected or confirmed mention is marked ``reviewed``.
"""

from __future__ import annotations

import json
import logging
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import Connection, and_, delete, func, or_, select, update

from dashboard.aliases import Alias, AliasStore, check_point, user_place_id
from dashboard.audit import record_change
from dashboard.errors import DashboardError
from dashboard.models import DEVICES, ROLES
from dashboard.store import Store, articles, ensure_place, mentions, places
from geodata.extract import extract_place_mentions
from geodata.models import GazetteerEntry
from geodata.resolve import (
    ResolvingGazetteer,
    precision_of,
    resolve_places_with_country,
)

if TYPE_CHECKING:
    import folium

log = logging.getLogger(__name__)

STATUSES = ("resolved", "unresolved", "pending")
DATE_PRECISIONS = ("day", "month", "year")
#: A typed point's feature, by the precision the user gave it.
_FEATURE_BY_PRECISION = {1: "settlement", 2: "feature", 3: "region"}
#: A point moved less than this keeps its province (admin1).
KEEP_ADMIN1_KM = 25.0
_KEEP: Any = object()


class ReviewError(DashboardError, ValueError):
    """A correction cannot be applied (no such mention, or a bad value)."""


class ReviewGazetteer(ResolvingGazetteer, Protocol):
    """What review reads from :class:`geodata.gazetteer.Gazetteer`."""

    def get(self, gazetteer_id: str) -> GazetteerEntry | None: ...


@dataclass(frozen=True, slots=True)
class ReviewFilters:
    """Which mentions to review. Empty tuples mean "any".

    ``countries`` match a mention's country, or, for a mention not placed
    yet, the country of another place of its article. ``reviewed`` None shows
    both; False (the default) only what nobody has reviewed yet.
    """

    countries: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    reviewed: bool | None = False
    text: str = ""


@dataclass(frozen=True, slots=True)
class ReviewCandidate:
    """One place the geoparser considered for a mention."""

    gazetteer_id: str
    name: str
    country_code: str | None
    lat: float
    lon: float
    score: float
    is_chosen: bool


@dataclass(frozen=True, slots=True)
class ReviewItem:
    """One mention as the review page shows it."""

    mention_id: int
    article_id: int
    article_title: str | None
    article_source: str | None
    article_published: date | None
    name: str
    place_name: str
    status: str
    role: str
    confidence: float
    reviewed: bool
    lat: float | None
    lon: float | None
    country_code: str | None
    admin1: str | None
    precision: int | None
    gazetteer_id: str | None
    excerpt: str
    event_date: date | None
    event_date_precision: str | None
    killed: int | None
    injured: int | None
    mines: int | None
    device: str | None
    candidates: tuple[ReviewCandidate, ...]

    @property
    def is_placed(self) -> bool:
        return self.lat is not None and self.lon is not None

    def label(self) -> str:
        """Return a one-line description (plain text) for a picker."""
        where = self.place_name if self.is_placed else "not placed"
        country = f", {self.country_code}" if self.country_code else ""
        mark = " ✓" if self.reviewed else ""
        return (
            f"{self.name} → {where}{country} · {self.role} · "
            f"{self.confidence:.2f} · #{self.mention_id}{mark}"
        )


@dataclass(frozen=True, slots=True)
class ReviewQueue:
    """One page of the queue and how many mentions match in all."""

    items: tuple[ReviewItem, ...]
    total: int


@dataclass(frozen=True, slots=True)
class StoryContext:
    """The name a correction teaches and the story's country it applies in."""

    name: str
    country_code: str | None


_ITEM_COLUMNS = (
    mentions.c.id.label("mention_id"),
    mentions.c.article_id,
    articles.c.title.label("article_title"),
    articles.c.source.label("article_source"),
    articles.c.published.label("article_published"),
    mentions.c.name,
    func.coalesce(places.c.name, mentions.c.name).label("place_name"),
    mentions.c.status,
    mentions.c.role,
    mentions.c.confidence,
    mentions.c.reviewed,
    mentions.c.lat,
    mentions.c.lon,
    mentions.c.country_code,
    mentions.c.admin1,
    mentions.c.precision,
    mentions.c.gazetteer_id,
    mentions.c.excerpt,
    mentions.c.event_date,
    mentions.c.event_date_precision,
    mentions.c.killed,
    mentions.c.injured,
    mentions.c.mines,
    mentions.c.device,
    mentions.c.candidates,
)
_ITEM_JOIN = mentions.join(articles, articles.c.id == mentions.c.article_id).outerjoin(
    places, places.c.id == mentions.c.place_id
)
#: What the audit trail keeps of a mention.
_SNAPSHOT = (
    "article_id",
    "name",
    "status",
    "role",
    "lat",
    "lon",
    "country_code",
    "admin1",
    "precision",
    "gazetteer_id",
    "confidence",
    "event_date",
    "event_date_precision",
    "killed",
    "injured",
    "mines",
    "device",
    "reviewed",
    "excerpt",
)
_ARTICLE_SNAPSHOT = (
    "title",
    "source",
    "published",
    "file_name",
    "content_hash",
    "is_demo",
)


def _item(row: Any) -> ReviewItem:
    data = dict(row._mapping)
    raw = json.loads(data.pop("candidates") or "[]")
    chosen = data["gazetteer_id"]
    candidates = tuple(
        ReviewCandidate(
            gazetteer_id=str(c.get("gazetteer_id") or ""),
            name=str(c.get("name") or ""),
            country_code=c.get("country_code"),
            lat=float(c["lat"]),
            lon=float(c["lon"]),
            score=float(c.get("score") or 0.0),
            is_chosen=bool(chosen) and c.get("gazetteer_id") == chosen,
        )
        for c in raw
        if c.get("lat") is not None and c.get("lon") is not None
    )
    data["reviewed"] = bool(data["reviewed"])
    data["confidence"] = float(data["confidence"] or 0.0)
    return ReviewItem(**data, candidates=candidates)


def _conditions(filters: ReviewFilters) -> list[Any]:
    where: list[Any] = []
    if filters.countries:
        codes = [c.upper() for c in filters.countries]
        same_story = mentions.alias("same_story")
        story_ids = select(same_story.c.article_id).where(
            same_story.c.country_code.in_(codes)
        )
        where.append(
            or_(
                mentions.c.country_code.in_(codes),
                and_(
                    mentions.c.country_code.is_(None),
                    mentions.c.article_id.in_(story_ids),
                ),
            )
        )
    if filters.roles:
        where.append(mentions.c.role.in_(list(filters.roles)))
    if filters.statuses:
        where.append(mentions.c.status.in_(list(filters.statuses)))
    if filters.reviewed is not None:
        where.append(mentions.c.reviewed.is_(filters.reviewed))
    text = filters.text.strip().lower()
    if text:
        pattern = (
            "%"
            + text.replace("\\", "\\\\").replace("%", r"\%").replace("_", r"\_")
            + "%"
        )
        where.append(
            or_(
                func.lower(mentions.c.name).like(pattern, escape="\\"),
                func.lower(func.coalesce(places.c.name, "")).like(pattern, escape="\\"),
                func.lower(func.coalesce(articles.c.title, "")).like(
                    pattern, escape="\\"
                ),
            )
        )
    return where


def _distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def _count(value: Any, what: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ReviewError(f"Expected {what} as a whole number >= 0, got {value!r}")
    return value


def _clean(text: str | None) -> str | None:
    text = " ".join((text or "").split())
    return text or None


class Reviewer:
    """Lists the mentions to review and applies corrections, each audited.

    Args:
        store: the store of articles and mentions.
        aliases: where corrections are remembered for the next articles.
        gazetteer: the offline gazetteer, for a candidate's full entry and
            for the story's country a correction applies in; None falls back
            to the stored candidates and the countries of the article's places.
    """

    def __init__(
        self,
        store: Store,
        *,
        aliases: AliasStore,
        gazetteer: ReviewGazetteer | None = None,
    ) -> None:
        self.store = store
        self.aliases = aliases
        self.gazetteer = gazetteer

    # -- reads -----------------------------------------------------------------------

    def queue(
        self,
        filters: ReviewFilters = ReviewFilters(),
        *,
        limit: int = 50,
        offset: int = 0,
    ) -> ReviewQueue:
        """Return the matching mentions, least sure first (not yet reviewed first)."""
        where = _conditions(filters)
        query = (
            select(*_ITEM_COLUMNS)
            .select_from(_ITEM_JOIN)
            .where(*where)
            .order_by(mentions.c.reviewed, mentions.c.confidence, mentions.c.id)
            .limit(limit)
            .offset(offset)
        )
        counting = select(func.count()).select_from(_ITEM_JOIN).where(*where)

        def read(conn: Connection) -> ReviewQueue:
            items = tuple(_item(row) for row in conn.execute(query))
            return ReviewQueue(items=items, total=int(conn.scalar(counting) or 0))

        return self.store.read(read, what="read the mentions to review")

    def item(self, mention_id: int) -> ReviewItem | None:
        """Return one mention, or None when it is not stored (any more)."""
        query = (
            select(*_ITEM_COLUMNS)
            .select_from(_ITEM_JOIN)
            .where(mentions.c.id == mention_id)
        )
        row = self.store.read(
            lambda conn: conn.execute(query).first(), what=f"read mention {mention_id}"
        )
        return None if row is None else _item(row)

    def countries(self) -> list[str]:
        """Return the country codes of the stored mentions, sorted."""
        query = (
            select(mentions.c.country_code)
            .where(mentions.c.country_code.is_not(None))
            .distinct()
        )
        codes = self.store.read(
            lambda conn: list(conn.scalars(query)), what="read the countries"
        )
        return sorted(codes)

    def article_fields(self, article_id: int) -> dict[str, Any] | None:
        """Return an article's title, source, published and file name, or None."""
        query = select(
            articles.c.id,
            articles.c.title,
            articles.c.source,
            articles.c.published,
            articles.c.file_name,
        ).where(articles.c.id == article_id)
        row = self.store.read(
            lambda conn: conn.execute(query).first(), what=f"read article {article_id}"
        )
        return None if row is None else dict(row._mapping)

    def story_context(self, mention_id: int) -> StoryContext:
        """Return the name (as the geoparser reads it) and the story's country.

        The name drops a generic word the stored name carries ("Kherson" of
        "Kherson region"), since the geoparser looks names up without it. The
        country is the one the geoparser gives the article (its dominant
        country), which is what it will pass to the alias lookup next time.
        """
        query = select(
            mentions.c.name,
            mentions.c.start_offset,
            mentions.c.article_id,
            articles.c.text,
        ).select_from(mentions.join(articles, articles.c.id == mentions.c.article_id))
        row = self.store.read(
            lambda conn: conn.execute(query.where(mentions.c.id == mention_id)).first(),
            what=f"read mention {mention_id}",
        )
        if row is None:
            raise ReviewError(f"There is no mention {mention_id} (deleted?)")
        if self.gazetteer is None:
            return StoryContext(row.name, self._article_country(row.article_id))
        found = extract_place_mentions(row.text, self.gazetteer)
        name = next((m.text for m in found if m.start == row.start_offset), row.name)
        _, country = resolve_places_with_country(row.text, found, self.gazetteer)
        if country is None:
            country = self._article_country(row.article_id)
        return StoryContext(name, country)

    def _article_country(self, article_id: int) -> str | None:
        query = select(mentions.c.country_code).where(
            mentions.c.article_id == article_id,
            mentions.c.country_code.is_not(None),
        )
        codes = self.store.read(
            lambda conn: list(conn.scalars(query)), what="read the article's countries"
        )
        if not codes:
            return None
        return Counter(codes).most_common(1)[0][0]

    # -- corrections of where a place is ---------------------------------------------

    def choose_candidate(
        self, mention_id: int, gazetteer_id: str, *, who: str | None
    ) -> ReviewItem:
        """Place the mention on another candidate, and teach it for its name."""
        current = self._require(mention_id)
        entry = self.gazetteer.get(gazetteer_id) if self.gazetteer else None
        if entry is None:
            candidate = next(
                (c for c in current.candidates if c.gazetteer_id == gazetteer_id), None
            )
            if candidate is None:
                raise ReviewError(
                    f"Expected one of the candidates of mention {mention_id}, "
                    f"instead got {gazetteer_id!r}"
                )
            entry = GazetteerEntry(
                gazetteer_id=candidate.gazetteer_id,
                name=candidate.name,
                lat=candidate.lat,
                lon=candidate.lon,
                country_code=candidate.country_code,
                admin1=None,
                feature="settlement",
            )
        return self._place(
            mention_id, entry, precision_of(entry), who=who, action="candidate_chosen"
        )

    def move_point(
        self,
        mention_id: int,
        lat: float,
        lon: float,
        *,
        who: str | None,
        place_name: str | None = None,
        precision: int = 1,
    ) -> ReviewItem:
        """Put the mention at ``lat, lon`` (typed or clicked), and teach it.

        The point keeps the mention's country and, when it moved less than
        :data:`KEEP_ADMIN1_KM`, its province; a point far away loses the
        province rather than keep a wrong one.
        """
        lat, lon = self._point(lat, lon)
        if precision not in _FEATURE_BY_PRECISION:
            raise ReviewError(f"Expected a precision of 1, 2 or 3, got {precision!r}")
        current = self._require(mention_id)
        context = self.story_context(mention_id)
        name = _clean(place_name) or (
            current.place_name if current.is_placed else current.name
        )
        admin1 = None
        if current.is_placed and current.admin1:
            moved_km = _distance_km(current.lat, current.lon, lat, lon)  # type: ignore[arg-type]
            if moved_km <= KEEP_ADMIN1_KM:
                admin1 = current.admin1
        entry = GazetteerEntry(
            gazetteer_id=user_place_id(name, lat, lon),
            name=name,
            lat=lat,
            lon=lon,
            country_code=current.country_code or context.country_code,
            admin1=admin1,
            feature=_FEATURE_BY_PRECISION[precision],  # type: ignore[arg-type]
            source="user",
        )
        return self._place(
            mention_id,
            entry,
            precision,
            who=who,
            action="point_moved",
            context=context,
        )

    def _point(self, lat: float, lon: float) -> tuple[float, float]:
        try:
            return check_point(lat, lon)
        except ValueError as exc:
            raise ReviewError(str(exc)) from exc

    def _place(
        self,
        mention_id: int,
        entry: GazetteerEntry,
        precision: int,
        *,
        who: str | None,
        action: str,
        context: StoryContext | None = None,
    ) -> ReviewItem:
        context = context or self.story_context(mention_id)
        alias = Alias(
            name=context.name,
            country_code=context.country_code,
            target=entry,
            precision=precision,
        )

        def apply(conn: Connection) -> None:
            before = self._snapshot(conn, mention_id)
            place_id = ensure_place(
                conn,
                gazetteer_id=entry.gazetteer_id,
                name=entry.name,
                lat=entry.lat,
                lon=entry.lon,
                country_code=entry.country_code,
                admin1=entry.admin1,
                precision=precision,
            )
            conn.execute(
                update(mentions)
                .where(mentions.c.id == mention_id)
                .values(
                    status="resolved",
                    place_id=place_id,
                    lat=entry.lat,
                    lon=entry.lon,
                    country_code=entry.country_code,
                    admin1=entry.admin1,
                    precision=precision,
                    gazetteer_id=entry.gazetteer_id,
                    confidence=1.0,
                    reviewed=True,
                )
            )
            self._audit(conn, mention_id, before, who=who, action=action)
            self.aliases.save_in(conn, alias, who=who)

        self.store.write(apply, what=f"place mention {mention_id}")
        self.aliases.forget_geocodes([alias.name])
        return self._require(mention_id)

    def mark_not_a_place(self, mention_id: int, *, who: str | None) -> StoryContext:
        """Remove the mention; its name is not proposed again in the story's country.

        Returns the name and country the "not a place" applies to.
        """
        context = self.story_context(mention_id)
        alias = Alias(
            name=context.name,
            country_code=context.country_code,
            target=None,
        )

        def apply(conn: Connection) -> None:
            before = self._snapshot(conn, mention_id)
            if before is None:
                raise ReviewError(f"There is no mention {mention_id} (deleted?)")
            conn.execute(delete(mentions).where(mentions.c.id == mention_id))
            record_change(
                conn,
                who=who,
                action="not_a_place",
                entity="mention",
                entity_id=mention_id,
                before=before,
                after=None,
            )
            self.aliases.save_in(conn, alias, who=who)

        self.store.write(apply, what=f"mark mention {mention_id} as not a place")
        self.aliases.forget_geocodes([alias.name])
        return context

    # -- corrections of what happened ------------------------------------------------

    def change_role(self, mention_id: int, role: str, *, who: str | None) -> ReviewItem:
        """Give the mention another role (and mark it reviewed)."""
        if role not in ROLES:
            raise ReviewError(f"Expected a role in {ROLES}, instead got {role!r}")
        return self._update(mention_id, {"role": role}, who=who, action="role_changed")

    def edit_facts(
        self,
        mention_id: int,
        *,
        who: str | None,
        killed: int | None = _KEEP,
        injured: int | None = _KEEP,
        mines: int | None = _KEEP,
        event_date: date | None = _KEEP,
        event_date_precision: str | None = _KEEP,
        device: str | None = _KEEP,
    ) -> ReviewItem:
        """Set the counts, event date or device given (None clears one)."""
        values: dict[str, Any] = {}
        for key, value in (("killed", killed), ("injured", injured), ("mines", mines)):
            if value is not _KEEP:
                values[key] = _count(value, key)
        if event_date_precision is not _KEEP:
            if event_date_precision not in (*DATE_PRECISIONS, None):
                raise ReviewError(
                    f"Expected a date precision in {DATE_PRECISIONS}, "
                    f"got {event_date_precision!r}"
                )
            values["event_date_precision"] = event_date_precision
        if event_date is not _KEEP:
            if event_date is not None and not isinstance(event_date, date):
                raise ReviewError(f"Expected an event date, got {event_date!r}")
            values["event_date"] = event_date
            if event_date is None:
                values["event_date_precision"] = None
            else:
                # A date typed in a date box is a day.
                values.setdefault("event_date_precision", "day")
        if device is not _KEEP:
            if device not in (*DEVICES, None):
                raise ReviewError(f"Expected a device in {DEVICES}, got {device!r}")
            values["device"] = device
        if not values:
            return self._require(mention_id)
        return self._update(mention_id, values, who=who, action="facts_edited")

    def confirm(self, mention_id: int, *, who: str | None) -> ReviewItem:
        """Mark the mention reviewed as it stands."""
        return self._update(mention_id, {}, who=who, action="confirmed")

    def _update(
        self, mention_id: int, values: dict[str, Any], *, who: str | None, action: str
    ) -> ReviewItem:
        def apply(conn: Connection) -> None:
            before = self._snapshot(conn, mention_id)
            if before is None:
                raise ReviewError(f"There is no mention {mention_id} (deleted?)")
            conn.execute(
                update(mentions)
                .where(mentions.c.id == mention_id)
                .values(**values, reviewed=True)
            )
            self._audit(conn, mention_id, before, who=who, action=action)

        self.store.write(apply, what=f"update mention {mention_id}")
        return self._require(mention_id)

    # -- articles --------------------------------------------------------------------

    def edit_article(
        self,
        article_id: int,
        *,
        who: str | None,
        title: str | None = _KEEP,
        published: date | None = _KEEP,
        source: str | None = _KEEP,
    ) -> dict[str, Any]:
        """Set an article's title, published date or source (None or "" clears)."""
        values: dict[str, Any] = {}
        if title is not _KEEP:
            values["title"] = _clean(title)
        if source is not _KEEP:
            values["source"] = (source or "").strip() or None
        if published is not _KEEP:
            if published is not None and not isinstance(published, date):
                raise ReviewError(f"Expected a published date, got {published!r}")
            values["published"] = published

        def apply(conn: Connection) -> dict[str, Any]:
            before = _article_snapshot(conn, article_id)
            if before is None:
                raise ReviewError(f"There is no article {article_id} (deleted?)")
            if values:
                conn.execute(
                    update(articles).where(articles.c.id == article_id).values(**values)
                )
            after = _article_snapshot(conn, article_id)
            record_change(
                conn,
                who=who,
                action="article_edited",
                entity="article",
                entity_id=article_id,
                before=before,
                after=after,
            )
            return after or {}

        return self.store.write(apply, what=f"edit article {article_id}")

    def delete_article(self, article_id: int, *, who: str | None) -> int:
        """Delete an article and its mentions; return how many mentions went."""

        def apply(conn: Connection) -> int:
            before = _article_snapshot(conn, article_id)
            if before is None:
                raise ReviewError(f"There is no article {article_id} (deleted?)")
            names = list(
                conn.scalars(
                    select(mentions.c.name)
                    .where(mentions.c.article_id == article_id)
                    .order_by(mentions.c.id)
                )
            )
            conn.execute(delete(mentions).where(mentions.c.article_id == article_id))
            conn.execute(delete(articles).where(articles.c.id == article_id))
            used = select(mentions.c.place_id).where(mentions.c.place_id.is_not(None))
            conn.execute(delete(places).where(places.c.id.not_in(used)))
            record_change(
                conn,
                who=who,
                action="article_deleted",
                entity="article",
                entity_id=article_id,
                before={**before, "mentions": names},
                after=None,
            )
            return len(names)

        return self.store.write(apply, what=f"delete article {article_id}")

    # -- helpers ---------------------------------------------------------------------

    def _require(self, mention_id: int) -> ReviewItem:
        item = self.item(mention_id)
        if item is None:
            raise ReviewError(f"There is no mention {mention_id} (deleted?)")
        return item

    @staticmethod
    def _snapshot(conn: Connection, mention_id: int) -> dict[str, Any] | None:
        row = conn.execute(
            select(*(mentions.c[k] for k in _SNAPSHOT)).where(
                mentions.c.id == mention_id
            )
        ).first()
        if row is None:
            return None
        data = dict(row._mapping)
        data["reviewed"] = bool(data["reviewed"])
        return data

    def _audit(
        self,
        conn: Connection,
        mention_id: int,
        before: dict[str, Any] | None,
        *,
        who: str | None,
        action: str,
    ) -> None:
        if before is None:
            raise ReviewError(f"There is no mention {mention_id} (deleted?)")
        record_change(
            conn,
            who=who,
            action=action,
            entity="mention",
            entity_id=mention_id,
            before=before,
            after=self._snapshot(conn, mention_id),
        )


def _article_snapshot(conn: Connection, article_id: int) -> dict[str, Any] | None:
    row = conn.execute(
        select(*(articles.c[k] for k in _ARTICLE_SNAPSHOT)).where(
            articles.c.id == article_id
        )
    ).first()
    if row is None:
        return None
    data = dict(row._mapping)
    data["is_demo"] = bool(data["is_demo"])
    return data


# -- the small map to place a point by clicking ----------------------------------


def build_picker_map(
    item: ReviewItem,
    *,
    tiles_url: str | None,
    tiles_attribution: str = "",
    height_px: int = 320,
) -> folium.Map:
    """Return a small map of the mention's point (red) and its candidates (grey).

    Circle markers only (no marker images), tooltips escaped, Leaflet from the
    app's own static files; a click on it gives the point to move to.
    """
    import folium

    from dashboard.maps import CountryOutlineLayer, OfflineMap, folium_text

    points: list[tuple[float, float]] = [(c.lat, c.lon) for c in item.candidates]
    if item.is_placed:
        points.append((item.lat, item.lon))  # type: ignore[arg-type]
    center = points[-1] if points else (20.0, 0.0)
    m = OfflineMap(
        location=list(center),
        zoom_start=8 if points else 2,
        tiles=None,
        height=height_px,
        max_zoom=18,
        control_scale=True,
    )
    if tiles_url:
        folium.TileLayer(
            tiles=tiles_url, attr=tiles_attribution, name="Map tiles", overlay=False
        ).add_to(m)
    m.add_child(CountryOutlineLayer())
    for candidate in item.candidates:
        if candidate.is_chosen:
            continue
        folium.CircleMarker(
            location=[candidate.lat, candidate.lon],
            radius=6,
            color="#555555",
            fill=True,
            fill_opacity=0.5,
            tooltip=folium_text(f"{candidate.name} ({candidate.country_code or '?'})"),
        ).add_to(m)
    if item.is_placed:
        folium.CircleMarker(
            location=[item.lat, item.lon],
            radius=8,
            color="#c0392b",
            fill=True,
            fill_opacity=0.9,
            tooltip=folium_text(f"Now: {item.place_name}"),
        ).add_to(m)
    if len(points) > 1:
        lats = [p[0] for p in points]
        lons = [p[1] for p in points]
        pad = 0.2
        m.fit_bounds(
            [[min(lats) - pad, min(lons) - pad], [max(lats) + pad, max(lons) + pad]],
            max_zoom=10,
        )
    return m


def parse_click(clicked: Any) -> tuple[float, float] | None:
    """Return ``(lat, lon)`` of st_folium's ``last_clicked``, or None."""
    if not isinstance(clicked, dict):
        return None
    try:
        lat, lon = float(clicked["lat"]), float(clicked["lng"])
    except (KeyError, TypeError, ValueError):
        return None
    # Leaflet gives longitudes beyond ±180 on a world that wrapped around.
    lon = ((lon + 180.0) % 360.0) - 180.0
    try:
        return check_point(round(lat, 6), round(lon, 6))
    except ValueError:
        return None


def filters_for(
    *,
    countries: Sequence[str] = (),
    roles: Sequence[str] = (),
    statuses: Sequence[str] = (),
    show: str = "to review",
    text: str = "",
) -> ReviewFilters:
    """Return the filters of the page's widgets (``show``: to review|reviewed|all)."""
    reviewed = {"to review": False, "reviewed": True, "all": None}.get(show, False)
    return ReviewFilters(
        countries=tuple(countries),
        roles=tuple(r for r in roles if r in ROLES),
        statuses=tuple(s for s in statuses if s in STATUSES),
        reviewed=reviewed,
        text=text,
    )
