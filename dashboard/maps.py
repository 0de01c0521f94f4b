"""The mention map: one client-built layer per role, served entirely offline.

Nothing here creates one folium object per point (that costs ~1.5 ms a point
inside st_folium, see shared TECH-NOTES §2). Instead :func:`prepare_map_data`
turns the mentions into one pre-serialised, HTML-escaped JSON string (cheap
to cache), and :func:`build_mention_map` wraps it in a handful of elements
whose JavaScript builds the markers, clusters, popups and heat map in the
browser.

Untrusted text: every article-derived string is ``html.escape``d here, before
it is serialised; the JavaScript only concatenates those escaped fragments.
The serialised JSON additionally has ``<``, ``>`` and ``&`` written as
``\\u003c``... so nothing in it can close the ``<script>`` it sits in. Only
http(s) sources become links.
"""

from __future__ import annotations

import functools
import hashlib
import html
import json
import math
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import folium
from branca.element import CssLink, Element, JavascriptLink
from folium.elements import JSCSSMixin
from folium.map import Layer
from jinja2 import Template

from dashboard.assets import asset_url
from dashboard.models import ROLES

#: Colour and letter of each role (colour-blind-safe Okabe-Ito palette).
ROLE_STYLES: dict[str, tuple[str, str, str]] = {
    # role: (colour, letter, label)
    "incident": ("#D55E00", "I", "Incident"),
    "minefield": ("#CC79A7", "M", "Minefield"),
    "clearance": ("#009E73", "C", "Clearance"),
    "conference": ("#0072B2", "K", "Conference"),
    "mention": ("#6B6B6B", "·", "Mention"),
}
#: The badge of a reviewed marker (confirmed or corrected by a person).
REVIEWED_COLOUR = "#1B7F3B"
PRECISION_LABELS: dict[int, str] = {
    1: "exact place",
    2: "near the place, or part of a region",
    3: "district, province, region or country (approximate)",
}
GEONAMES_ATTRIBUTION = (
    'Places: <a href="https://www.geonames.org/">GeoNames</a> '
    '(<a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>)'
)
OUTLINE_ATTRIBUTION = (
    'Outlines: <a href="https://www.naturalearthdata.com/">Natural Earth</a>'
)
#: Above this many points a popup carries a trimmed excerpt (the sidebar shows
#: the whole mention on click): it keeps the page payload near 150 bytes a point.
LARGE_MAP_POINTS = 20_000
LARGE_MAP_EXCERPT_CHARS = 140
WORLD_CENTER = (20.0, 15.0)
_MENTION_ID_RE = re.compile(r"#(\d+)\s*$")
_JINJA_OPEN_RE = re.compile(r"\{(?=[{%#])")
_SCRIPT_ESCAPES = (
    ("<", "\\u003c"),
    (">", "\\u003e"),
    ("&", "\\u0026"),
    ("\u2028", "\\u2028"),
    ("\u2029", "\\u2029"),
)
_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


@dataclass(frozen=True, slots=True)
class MapData:
    """The map's points, serialised once and cheap to cache.

    ``data_json`` is a script-safe JSON object of HTML-escaped text: look-up
    tables ``articles`` ([title, published, http(s) link or "", source]),
    ``places`` and ``devices``; ``layers``: role -> points ``[lat, lon,
    mention_id, article, precision, place, excerpt_html, date, is_event_date,
    device, killed, injured, mines, reviewed]`` (trailing nulls dropped), one
    per event, from its first report; and ``events``: the first report's
    mention id -> ``[first date, last date, killed, injured, mines, [[mention_id,
    article, reviewed], ...]]`` for events with other reports (the numbers
    are the largest any report gives). ``counts`` are markers (events).
    """

    data_json: str
    counts: tuple[tuple[str, int], ...]  # (role, points) in ROLES order
    bounds: tuple[tuple[float, float], tuple[float, float]] | None
    digest: str = ""

    @property
    def total(self) -> int:
        return sum(n for _, n in self.counts)


def _is_missing(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    # pandas' NA and NaT without importing pandas here
    return type(value).__name__ in ("NAType", "NaTType")


def _text(value: Any) -> str:
    if type(value) is str:  # the common case, first
        return value
    return "" if _is_missing(value) else str(value)


def _count(value: Any) -> int | None:
    if type(value) is int:
        return value
    if value is None or _is_missing(value):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _iso_date(value: Any) -> str:
    if _is_missing(value):
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "date"):  # pandas Timestamp
        return value.date().isoformat()
    return html.escape(str(value))


def safe_link(url: Any) -> str | None:
    """Return ``url`` if it is an http(s) URL with a host, else None."""
    text = _text(url).strip()
    if not text or any(ch in text for ch in "\r\n\t\x00 "):
        return None
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return text


@functools.lru_cache(maxsize=8192)
def _name_pattern(name: str) -> re.Pattern[str] | None:
    name = name.strip()
    return re.compile(re.escape(name), re.IGNORECASE) if name else None


def highlight_excerpt(
    excerpt: str, names: Sequence[str], *, max_chars: int | None = None
) -> str:
    """Return ``excerpt`` HTML-escaped, with the place name wrapped in ``<mark>``.

    The first of ``names`` found (case-insensitive) is highlighted wherever it
    occurs. With ``max_chars``, the excerpt is trimmed to a window around the
    first occurrence, with an ellipsis on the cut sides.
    """
    found: str | None = None
    pattern: re.Pattern[str] | None = None
    for raw in names:
        name = raw.strip() if raw else ""
        if not name:
            continue
        if name in excerpt and excerpt.casefold().count(
            name.casefold()
        ) == excerpt.count(name):
            found = name  # fast path: every occurrence is spelt exactly so
            break
        candidate = _name_pattern(name)
        if candidate is not None and candidate.search(excerpt):
            pattern = candidate
            break
    if max_chars is not None and len(excerpt) > max_chars:
        if found is not None:
            start_at = excerpt.find(found)
            centre = start_at + len(found) // 2
        elif pattern is not None:
            first = pattern.search(excerpt)
            centre = (first.start() + first.end()) // 2 if first else 0
        else:
            centre = 0
        start = max(0, min(centre - max_chars // 2, len(excerpt) - max_chars))
        end = start + max_chars
        excerpt = (
            ("…" if start > 0 else "")
            + excerpt[start:end]
            + ("…" if end < len(excerpt) else "")
        )
    if found is not None:
        mark = f"<mark>{html.escape(found)}</mark>"
        return mark.join(html.escape(part) for part in excerpt.split(found))
    if pattern is None:
        return html.escape(excerpt)
    pieces: list[str] = []
    position = 0
    for match in pattern.finditer(excerpt):
        pieces.append(html.escape(excerpt[position : match.start()]))
        pieces.append(f"<mark>{html.escape(match.group())}</mark>")
        position = match.end()
    pieces.append(html.escape(excerpt[position:]))
    return "".join(pieces)


def folium_text(text: Any) -> str:
    """Return ``text`` safe for folium's tooltip/popup arguments.

    HTML-escaped, and with braces as entities: branca compiles every rendered
    element as a Jinja template again, so "{{ ... }}" in a folium.Tooltip or
    Popup is evaluated on the server (``folium.Marker(tooltip="{{ 7*7 }}")``
    shows 49).
    """
    return html.escape(_text(text)).replace("{", "&#123;").replace("}", "&#125;")


def script_json(value: Any) -> str:
    """Serialise ``value`` as JSON that is also safe inside an HTML ``<script>``."""
    text = _dumps(value)
    for char, escaped in _SCRIPT_ESCAPES:
        if char in text:
            text = text.replace(char, escaped)
    # folium/branca re-parse rendered scripts as Jinja templates: "{{", "{%"
    # and "{#" (only ever inside JSON strings) must not reach them as such.
    if "{" in text:
        text = _JINJA_OPEN_RE.sub(r"\\u007b", text)
    return text


def place_label_html(name: str, place_name: str, admin1: str, country: str) -> str:
    """Return "Ağdam (Aghdam), Aghdam District, Azerbaijan", HTML-escaped."""
    name, place_name = name.strip(), place_name.strip()
    label = place_name or name
    if name and place_name and name.casefold() != place_name.casefold():
        label = f"{place_name} ({name})"
    where = [part for part in (admin1, country) if part and part != place_name]
    if where:
        label = f"{label}, {', '.join(where)}"
    return html.escape(label)


@dataclass(frozen=True, slots=True)
class MapPoints:
    """Every mappable mention, each pre-serialised once per data version.

    :func:`select_map_data` then assembles the map of any filtered subset by
    joining strings, so a filter change costs milliseconds, not a re-encode.
    ``positions`` are the indexes of the input records that became points.
    """

    positions: tuple[int, ...]
    roles: tuple[str, ...]
    fragments: tuple[str, ...]  # one JSON array per point
    lats: tuple[float, ...]
    lons: tuple[float, ...]
    article_refs: tuple[int, ...]
    place_refs: tuple[int, ...]
    articles: tuple[str, ...]  # JSON arrays
    places: tuple[str, ...]  # JSON strings
    devices_json: str
    # What an event's popup needs of its other reports:
    mention_ids: tuple[int | None, ...] = ()
    dates: tuple[str, ...] = ()  # ISO effective date, "" when unknown
    facts: tuple[tuple[int | None, int | None, int | None] | None, ...] = ()
    reviewed: tuple[bool, ...] = ()


def prepare_map_points(
    records: Iterable[Mapping[str, Any]],
    *,
    excerpt_chars: int | None = None,
    total: int | None = None,
) -> MapPoints:
    """Serialise mentions (dicts with the keys of ``Store.mention_rows``) for the map.

    Rows without valid coordinates are skipped. ``date`` (the effective date),
    ``country_name`` and ``reviewed`` are used when present
    (``dashboard.frames`` adds the first two). ``excerpt_chars`` trims popup
    excerpts around the place name; None
    means 200 characters, or :data:`LARGE_MAP_EXCERPT_CHARS` above
    :data:`LARGE_MAP_POINTS` rows (``total`` says how many a lazy iterable
    holds, so it need not be materialised).
    """
    rows = records
    if total is None:
        rows = records if isinstance(records, Sequence) else list(records)
        total = len(rows)
    if excerpt_chars is None:
        excerpt_chars = LARGE_MAP_EXCERPT_CHARS if total > LARGE_MAP_POINTS else 200
    tables = _Tables()
    positions: list[int] = []
    roles: list[str] = []
    fragments: list[str] = []
    lats: list[float] = []
    lons: list[float] = []
    article_refs: list[int] = []
    place_refs: list[int] = []
    mention_ids: list[int | None] = []
    dates: list[str] = []
    facts: list[tuple[int | None, int | None, int | None] | None] = []
    reviewed: list[bool] = []
    same_dates: dict[str, str] = {}  # one string object per distinct date
    for position, row in enumerate(rows):
        try:
            lat, lon = float(row["lat"]), float(row["lon"])
        except (TypeError, ValueError, KeyError):
            continue
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):  # also drops NaN
            continue
        role = row.get("role")
        if role not in ROLE_STYLES:
            role = "mention"
        event_date = _iso_date(row.get("event_date"))
        precision = _count(row.get("precision"))
        device = _text(row.get("device"))
        article = tables.article(row)
        place = tables.place(row)
        mention_id = _count(row.get("mention_id"))
        when = event_date or _iso_date(row.get("date"))
        when = same_dates.setdefault(when, when)
        killed, injured, mines = (
            _count(row.get("killed")),
            _count(row.get("injured")),
            _count(row.get("mines")),
        )
        is_reviewed = _is_true(row.get("reviewed"))
        point = [
            round(lat, 4),
            round(lon, 4),
            mention_id,
            article,
            precision if precision in (1, 2, 3) else 3,
            place,
            highlight_excerpt(
                _text(row.get("excerpt")),
                (_text(row.get("name")), _text(row.get("place_name"))),
                max_chars=excerpt_chars,
            ),
            when,
            1 if event_date else 0,
            tables.device(device) if device else None,
            killed,
            injured,
            mines,
            1 if is_reviewed else None,
        ]
        while point[-1] is None:  # absent facts cost nothing
            point.pop()
        mention_ids.append(mention_id)
        dates.append(when)
        has_facts = killed is not None or injured is not None or mines is not None
        facts.append((killed, injured, mines) if has_facts else None)
        reviewed.append(is_reviewed)
        positions.append(position)
        roles.append(role)
        fragments.append(script_json(point))
        lats.append(lat)
        lons.append(lon)
        article_refs.append(article)
        place_refs.append(place)
    return MapPoints(
        positions=tuple(positions),
        roles=tuple(roles),
        fragments=tuple(fragments),
        lats=tuple(lats),
        lons=tuple(lons),
        article_refs=tuple(article_refs),
        place_refs=tuple(place_refs),
        articles=tuple(script_json(a) for a in tables.articles),
        places=tuple(script_json(p) for p in tables.places),
        devices_json=script_json(tables.devices),
        mention_ids=tuple(mention_ids),
        dates=tuple(dates),
        facts=tuple(facts),
        reviewed=tuple(reviewed),
    )


def _is_true(value: Any) -> bool:
    if value is None or _is_missing(value):
        return False
    return bool(value)


def select_map_data(
    points: MapPoints,
    positions: Iterable[int] | None = None,
    *,
    merged: Mapping[int, Sequence[int]] | None = None,
) -> MapData:
    """Return the map data of the points whose record positions are given (all: None).

    Positions refer to the records given to :func:`prepare_map_points`; those
    that are not points (no coordinates) are ignored. ``merged`` maps the
    position of an event's first report to those of its other reports
    (:func:`dashboard.frames.event_positions`): they get no marker of their
    own but are listed in the first one's popup.
    """
    if positions is None:
        chosen = range(len(points.positions))
        index: dict[int, int] | None = None
    else:
        index = {p: i for i, p in enumerate(points.positions)}
        chosen = sorted({index[p] for p in positions if p in index})
    by_role: dict[str, list[str]] = {role: [] for role in ROLES}
    article_ids: set[int] = set()
    place_ids: set[int] = set()
    for i in chosen:
        by_role[points.roles[i]].append(points.fragments[i])
        article_ids.add(points.article_refs[i])
        place_ids.add(points.place_refs[i])
    events: list[str] = []
    if merged:
        if index is None:
            index = {p: i for i, p in enumerate(points.positions)}
        for anchor_position, others in merged.items():
            anchor = index.get(anchor_position)
            if anchor is None:
                continue
            members = [index[p] for p in others if p in index]
            if not members:
                continue
            article_ids.update(points.article_refs[i] for i in members)
            events.append(_event_json(points, anchor, members))
    articles = ",".join(f'"{i}":{points.articles[i]}' for i in sorted(article_ids))
    places = ",".join(f'"{i}":{points.places[i]}' for i in sorted(place_ids))
    # One join of every piece: joining per role first would hold the
    # megabytes of points twice at 100,000 mentions.
    parts = [
        f'{{"articles":{{{articles}}},"places":{{{places}}},'
        f'"devices":{points.devices_json},"events":{{{",".join(events)}}},'
        '"layers":{'
    ]
    for number, role in enumerate(ROLES):
        parts.append(f'{"," if number else ""}"{role}":[')
        fragments = by_role[role]
        for k, fragment in enumerate(fragments):
            if k:
                parts.append(",")
            parts.append(fragment)
        parts.append("]")
    parts.append("}}")
    counts = tuple((role, len(by_role[role])) for role in ROLES)
    del by_role
    data_json = "".join(parts)
    del parts
    bounds = None
    if chosen:
        lats = [points.lats[i] for i in chosen]
        lons = [points.lons[i] for i in chosen]
        bounds = ((min(lats), min(lons)), (max(lats), max(lons)))
    return MapData(
        data_json=data_json,
        counts=counts,
        bounds=bounds,
        digest=_digest(data_json),
    )


#: Characters encoded at a time for hashing and writing (no whole-text copy).
_TEXT_CHUNK_CHARS = 1 << 20


def _digest(text: str) -> str:
    digest = hashlib.blake2b(digest_size=16)
    for start in range(0, len(text), _TEXT_CHUNK_CHARS):
        digest.update(text[start : start + _TEXT_CHUNK_CHARS].encode("utf-8"))
    return digest.hexdigest()


def _event_json(points: MapPoints, anchor: int, members: Sequence[int]) -> str:
    """Return ``"<first mention id>":[first, last, killed, injured, mines, ...]``."""
    everyone = (anchor, *members)
    dates = [points.dates[i] for i in everyone if points.dates[i]]
    largest: list[int | None] = [None, None, None]
    for i in everyone:
        facts = points.facts[i]
        if facts is None:
            continue
        for k, value in enumerate(facts):
            if value is not None and (largest[k] is None or value > largest[k]):
                largest[k] = value
    reports = [
        [points.mention_ids[i], points.article_refs[i], 1 if points.reviewed[i] else 0]
        for i in members
    ]
    entry = [min(dates, default=""), max(dates, default=""), *largest, reports]
    return f'"{points.mention_ids[anchor]}":{script_json(entry)}'


def prepare_map_data(
    records: Iterable[Mapping[str, Any]], *, excerpt_chars: int | None = None
) -> MapData:
    """Return the map data of every record (see :func:`prepare_map_points`)."""
    return select_map_data(prepare_map_points(records, excerpt_chars=excerpt_chars))


class _Tables:
    """Look-up tables, so an article's or a place's text is sent once, not per point."""

    def __init__(self) -> None:
        self.articles: list[list[str]] = []
        self.places: list[str] = []
        self.devices: list[str] = []
        self._articles: dict[Any, int] = {}
        self._places: dict[tuple[str, ...], int] = {}
        self._devices: dict[str, int] = {}

    def article(self, row: Mapping[str, Any]) -> int:
        key = row.get("article_id")
        index = self._articles.get(key)
        if index is None:
            index = self._articles[key] = len(self.articles)
            source = _text(row.get("article_source")).strip()
            link = safe_link(source)
            title = _text(row.get("article_title")).strip() or "(untitled)"
            self.articles.append(
                [
                    html.escape(title),
                    _iso_date(row.get("article_published")),
                    html.escape(link, quote=True) if link else "",
                    html.escape(source),
                ]
            )
        return index

    def place(self, row: Mapping[str, Any]) -> int:
        key = (
            _text(row.get("name")),
            _text(row.get("place_name")),
            _text(row.get("admin1")),
            _text(row.get("country_name")),
        )
        index = self._places.get(key)
        if index is None:
            index = self._places[key] = len(self.places)
            self.places.append(place_label_html(*key))
        return index

    def device(self, device: str) -> int:
        index = self._devices.get(device)
        if index is None:
            index = self._devices[device] = len(self.devices)
            self.devices.append(html.escape(device))
        return index


def write_map_data(data: MapData, directory: Path, *, keep: int = 8) -> Path:
    """Write ``data`` as ``<digest>.json`` in ``directory``; keep the newest files.

    The name is the data's 128-bit digest, so it cannot be guessed and never
    needs invalidating. Files beyond the ``keep`` newest are deleted.
    """
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{data.digest}.json"
    if not path.is_file():
        partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
        text = data.data_json
        with partial.open("w", encoding="utf-8") as file:
            for start in range(0, len(text), _TEXT_CHUNK_CHARS):
                file.write(text[start : start + _TEXT_CHUNK_CHARS])
        partial.replace(path)  # readers see the whole file or none
    else:
        path.touch()  # still in use: not among the oldest
    dated: list[tuple[float, Path]] = []
    for candidate in directory.glob("*.json"):
        try:
            dated.append((candidate.stat().st_mtime, candidate))
        except FileNotFoundError:  # another process cleaned it up meanwhile
            continue
    dated.sort()
    for _, old in dated[: max(len(dated) - keep, 0)]:
        if old != path:
            old.unlink(missing_ok=True)
    return path


def parse_mention_id(tooltip: Any) -> int | None:
    """Return the mention id carried by a marker tooltip ("Aghdam · #12"), or None."""
    if not isinstance(tooltip, str):
        return None
    match = _MENTION_ID_RE.search(tooltip)
    return int(match.group(1)) if match else None


@functools.cache
def country_outlines_json() -> str:
    """Return low-resolution country outlines as script-safe GeoJSON text.

    From the ``countryinfo`` package (MIT), whose outlines are johan's
    world.geo.json (public domain, derived from Natural Earth 1:110m).
    Coordinates are rounded to 0.01° (about 1 km), plenty at this resolution.
    A few countries have no outline there; they show as sea.
    """
    root = Path(str(resources.files("countryinfo").joinpath("data")))
    features = []
    for path in sorted(root.glob("*.json")):
        info = json.loads(path.read_text(encoding="utf-8"))
        geo = info.get("geoJSON") or {}
        for feature in geo.get("features", []):
            geometry = feature.get("geometry")
            if not geometry or geometry.get("type") not in ("Polygon", "MultiPolygon"):
                continue
            features.append(
                {
                    "type": "Feature",
                    "properties": {"name": str(info.get("name", ""))},
                    "geometry": {
                        "type": geometry["type"],
                        "coordinates": _round_coordinates(geometry["coordinates"]),
                    },
                }
            )
    return script_json({"type": "FeatureCollection", "features": features})


def _round_coordinates(value: Any) -> Any:
    if value and isinstance(value[0], (int, float)):
        return [round(value[0], 2), round(value[1], 2)]
    rounded = [_round_coordinates(part) for part in value]
    if (
        rounded
        and isinstance(rounded[0], list)
        and rounded[0]
        and isinstance(rounded[0][0], float)
    ):
        # a ring: drop points that rounding made identical to their neighbour
        ring = [rounded[0]]
        for point in rounded[1:]:
            if point != ring[-1]:
                ring.append(point)
        return ring
    return rounded


class _RawScript(Element):
    """Script text added to the figure as is.

    branca wraps each rendered script in ``Element(text)``, which compiles the
    text as a Jinja template again: slow for megabytes of data, and a way for
    "{{ ... }}" in an article to be evaluated on the server.
    """

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def render(self, **kwargs: Any) -> str:
        return self.text


class _RawScriptMixin:
    """Render this element's ``html`` and ``script`` macros without re-templating.

    Besides the data, this saves compiling two Jinja templates per element on
    every rerun (st_folium renders the figure twice). A layer shown at start
    adds itself to the map in its own script (``_ADD_TO_MAP``), instead of
    through folium's extra ElementAddToElement child.
    """

    def render(self, **kwargs: Any) -> None:
        figure = self.get_root()
        if isinstance(self, JSCSSMixin):
            for name, url in self.default_js:
                figure.header.add_child(JavascriptLink(url), name=name)
            for name, url in self.default_css:
                figure.header.add_child(CssLink(url), name=name)
        macros = self._template.module.__dict__
        if "html" in macros:
            figure.html.add_child(
                _RawScript(macros["html"](self, kwargs)), name=self.get_name()
            )
        figure.script.add_child(
            _RawScript(macros["script"](self, kwargs)), name=self.get_name()
        )
        for child in self._children.values():
            child.render(**kwargs)


_ADD_TO_MAP = (
    "{% if this.show %}{{ this.get_name() }}.addTo({{ this._parent.get_name() }});"
    "{% endif %}\n"
)


class OfflineMap(folium.Map):
    """A folium Map that loads Leaflet (and jQuery for folium popups) from the app."""

    default_js = [
        ("leaflet", asset_url("leaflet/leaflet.js")),
        ("jquery", asset_url("jquery/jquery.min.js")),
    ]
    default_css = [("leaflet_css", asset_url("leaflet/leaflet.css"))]


class _IconPath(_RawScriptMixin, folium.MacroElement):
    """Fix Leaflet's guessed marker image path (TECH-NOTES §4b); add it first."""

    _template = Template(
        "{% macro script(this, kwargs) %}"
        "L.Icon.Default.imagePath = {{ this.path|tojson }};"
        "{% endmacro %}"
    )

    def __init__(self) -> None:
        super().__init__()
        self._name = "IconPath"
        self.path = asset_url("leaflet/images/")


@functools.cache
def _helpers_js() -> str:
    return (resources.files("dashboard") / "data" / "landmine-map.js").read_text(
        encoding="utf-8"
    )


class _MentionData(_RawScriptMixin, folium.MacroElement):
    """Defines the JS helpers every mention layer shares, and where the data is.

    The data is never in the map's JavaScript: streamlit-folium runs several
    regular expressions over the whole script on every rerun (about 1.5 s for
    24 MB). Small data travels in the map's HTML part, as a JSON script
    element; large data is a file the app serves (``data_url``, see
    :func:`write_map_data`), fetched once by the browser, so a rerun ships a
    few kilobytes whatever the number of points. The script names the data's
    digest, so new data still gives a new script and so a fresh map.
    """

    _template = Template(
        """{% macro html(this, kwargs) %}
{%- if not this.data_url -%}
<script type="application/json" id="landmine-data">{{ this.data_json }}</script>
{%- endif -%}
{% endmacro %}
{% macro script(this, kwargs) %}
var landmineDataDigest = {{ this.digest|tojson }};
var landmineData = {articles: {}, places: {}, devices: [], events: {}, layers: {}};
var landmineStyles = {{ this.styles_json }};
{{ this.helpers_js }}
{{ this._parent.get_name() }}.attributionControl.addAttribution(
  {{ this.attribution|tojson }});
{{ this._parent.get_name() }}.getContainer().style.background = "#dce8f0";
{% endmacro %}"""
    )

    def __init__(self, data: MapData, *, data_url: str | None = None) -> None:
        super().__init__()
        self._name = "MentionData"
        self.data_url = data_url
        self.data_json = "" if data_url else data.data_json
        self.digest = data.digest
        styles: dict[str, Any] = {
            role: list(style) for role, style in ROLE_STYLES.items()
        }
        styles["precision"] = {str(k): v for k, v in PRECISION_LABELS.items()}
        styles["reviewed"] = REVIEWED_COLOUR
        self.styles_json = script_json(styles)
        self.helpers_js = _helpers_js()
        self.attribution = GEONAMES_ATTRIBUTION


class MentionClusterLayer(_RawScriptMixin, JSCSSMixin, Layer):
    """One role's mentions as a marker-cluster layer built in the browser."""

    _template = Template(
        """{% macro script(this, kwargs) %}
var {{ this.get_name() }} = landmineCluster(
  {{ this._parent.get_name() }}, {{ this.role|tojson }},
  {showCoverageOnHover: false, chunkedLoading: true, maxClusterRadius: 45,
   spiderfyOnMaxZoom: true});
""" + _ADD_TO_MAP + """{% endmacro %}"""
    )
    default_js = [
        ("markerclusterjs", asset_url("markercluster/leaflet.markercluster.js")),
    ]
    default_css = [
        ("markerclustercss", asset_url("markercluster/MarkerCluster.css")),
        (
            "markerclusterdefaultcss",
            asset_url("markercluster/MarkerCluster.Default.css"),
        ),
    ]

    def __init__(self, role: str, *, name: str, show: bool = True) -> None:
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "MentionClusterLayer"
        self.role = role


class MentionHeatLayer(_RawScriptMixin, JSCSSMixin, Layer):
    """A heat map of every mention from the same data (leaflet.heat, served here)."""

    _template = Template(
        """{% macro script(this, kwargs) %}
var {{ this.get_name() }} = landmineHeat();
""" + _ADD_TO_MAP + """{% endmacro %}"""
    )
    default_js = [("leaflet-heat", asset_url("leaflet-heat/leaflet-heat.min.js"))]

    def __init__(self, *, name: str = "Heat map", show: bool = False) -> None:
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "MentionHeatLayer"


class CountryOutlineLayer(_RawScriptMixin, Layer):
    """Low-resolution land and borders so the map reads without any tiles."""

    _template = Template(
        """{% macro script(this, kwargs) %}
var {{ this.get_name() }} = L.geoJSON({{ this.geojson }}, {
  interactive: false,
  style: {color: "#8a8a8a", weight: 0.8, fillColor: "#f6f3ea", fillOpacity: 1}
});
{{ this._parent.get_name() }}.attributionControl.addAttribution(
  {{ this.attribution|tojson }});
""" + _ADD_TO_MAP + """{% endmacro %}"""
    )

    def __init__(self, *, name: str = "Country outlines") -> None:
        super().__init__(name=name, overlay=True, control=True, show=True)
        self._name = "CountryOutlineLayer"
        self.geojson = country_outlines_json()
        self.attribution = OUTLINE_ATTRIBUTION


class _LoadMentionData(_RawScriptMixin, folium.MacroElement):
    """Fills the mention layers: from the inline data, or by fetching ``data_url``."""

    _template = Template(
        """{% macro script(this, kwargs) %}
landmineLoad({{ this._parent.get_name() }}, {{ this.data_url|tojson }});
{% endmacro %}"""
    )

    def __init__(self, data_url: str | None) -> None:
        super().__init__()
        self._name = "LoadMentionData"
        self.data_url = data_url


class MapLegend(_RawScriptMixin, folium.MacroElement):
    """A legend control: role colours and letters, and what each marker shape means."""

    _template = Template(
        """{% macro script(this, kwargs) %}
landmineLegend({{ this._parent.get_name() }}, {{ this.legend_html|tojson }});
{% endmacro %}"""
    )

    def __init__(self) -> None:
        super().__init__()
        self._name = "MapLegend"
        self.legend_html = legend_html()


def _dot(css: str, letter: str, size: int = 14) -> str:
    return (
        f'<span style="display:inline-flex;box-sizing:border-box;width:{size}px;'
        f"height:{size}px;border-radius:50%;align-items:center;justify-content:center;"
        f'font:bold 9px sans-serif;vertical-align:middle;margin-right:4px;{css}">'
        f"{html.escape(letter)}</span>"
    )


def legend_html() -> str:
    """Return the legend's HTML (built from constants only)."""
    lines = ["<b>Role</b>"]
    for colour, letter, label in ROLE_STYLES.values():
        dot = _dot(f"background:{colour};color:#fff", letter)
        lines.append(dot + html.escape(label))
    lines.append("<b>Location precision</b>")
    lines.append(_dot("background:#555;color:#fff", "") + "solid: exact place")
    lines.append(_dot("background:#fff;border:2px solid #555", "") + "hollow: near it")
    lines.append(
        _dot("background:#5555;border:1px dashed #555", "", 18)
        + "large, faint: district, province or country (approximate)"
    )
    lines.append("<b>Events</b>")
    lines.append(
        _dot("background:#555;color:#fff", "3") + "one marker per event; its popup "
        "lists every report"
    )
    lines.append(
        _dot(f"background:{REVIEWED_COLOUR};color:#fff", "✓", 12)
        + "reviewed: confirmed or corrected by a person"
    )
    return "<br>".join(lines)


def build_mention_map(
    data: MapData,
    *,
    tiles_url: str | None,
    tiles_attribution: str = "",
    heatmap: bool = True,
    outlines: bool = True,
    height_px: int = 620,
    data_url: str | None = None,
) -> folium.Map:
    """Build the map: outlines, optional tiles, one cluster layer per role, legend.

    Tiles come from ``tiles_url`` (None: no tile layer, the outlines alone).
    Everything the browser loads comes from the app's own static files. With
    ``data_url`` (where :func:`write_map_data` put ``data``), the browser
    fetches the points from there instead of finding them in the page.
    """
    m = OfflineMap(
        location=WORLD_CENTER,
        zoom_start=2,
        # markercluster needs a maxZoom, which a map without tiles lacks
        max_zoom=18,
        tiles=None,
        height=height_px,
        control_scale=True,
        prefer_canvas=True,
        world_copy_jump=True,
        # Without a tile layer Leaflet has no maxZoom, and markercluster
        # refuses to start ("Map has no maxZoom specified").
        maxZoom=18,
    )
    m.add_child(_IconPath())
    if tiles_url:
        folium.TileLayer(
            tiles=tiles_url, attr=tiles_attribution, name="Map tiles", overlay=False
        ).add_to(m)
    if outlines:
        m.add_child(CountryOutlineLayer())
    m.add_child(_MentionData(data, data_url=data_url))
    for role, count in data.counts:
        label = f"{ROLE_STYLES[role][2]} ({count:,})"
        m.add_child(MentionClusterLayer(role, name=label, show=True))
    if heatmap and data.total:
        m.add_child(MentionHeatLayer())
    m.add_child(_LoadMentionData(data_url))
    m.add_child(MapLegend())
    folium.LayerControl(collapsed=True).add_to(m)
    if data.bounds is not None:
        (south, west), (north, east) = data.bounds
        pad = 0.5  # degrees, so a lone point is not at maximum zoom
        m.fit_bounds([[south - pad, west - pad], [north + pad, east + pad]], max_zoom=9)
    return m


def js_links(m: folium.Map) -> list[str]:
    """Return every script and stylesheet URL the map asks the browser to load."""
    links: list[str] = []

    def walk(element: Any) -> None:
        if isinstance(element, JSCSSMixin):
            links.extend(url for _, url in element.default_js)
            links.extend(url for _, url in element.default_css)
        for child in getattr(element, "_children", {}).values():
            walk(child)

    walk(m)
    return list(dict.fromkeys(links))
