"""Exports for GIS and mine-action tools, and their imports back.

- **CSV**, one row per event, with ACLED-style columns (:data:`CSV_COLUMNS`):
  ``time_precision`` 1 day, 2 week or month, 3 year; ``geo_precision`` 1 the
  place itself, 2 near it or part of a region, 3 a district, province or country.
  ``sources`` lists the event's distinct sources joined by ``"; "``; ``notes``
  is the excerpt of its first report.
- **GeoJSON** (RFC 7946, lon/lat), one Point feature per mention carrying
  every field of the mention and its article except database ids and times,
  which mean nothing in another store.
- **KML** for Google Earth, one Placemark per event: name, role, date,
  excerpt and sources, all escaped by the XML writer.

"Without loss" (DECISIONS): export, import into an empty store, export again
gives the same file, rows and features in any order. Imports are idempotent:
an article is found again by its content hash and only missing mentions are
added. A CSV row becomes one article per source (the row's notes as its text);
a GeoJSON article keeps its original hash, so importing an export into the
store it came from adds nothing.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import math
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

import pandas as pd
from sqlalchemy import Connection, func, select, update

from dashboard.errors import DashboardError
from dashboard.events import (
    assign_events,
    event_groups_of,
    events_frame,
    set_event_group,
    with_event_ids,
)
from dashboard.models import ROLES, Article, ExtractedPlace
from dashboard.store import (
    Store,
    articles,
    event_groups,
    mentions,
    places,
)

ExportFormat = Literal["csv", "geojson", "kml"]
FORMATS: tuple[ExportFormat, ...] = ("csv", "geojson", "kml")


@dataclass(frozen=True, slots=True)
class FormatInfo:
    label: str
    mime: str
    suffix: str


FORMAT_INFO: dict[ExportFormat, FormatInfo] = {
    "csv": FormatInfo("CSV", "text/csv", ".csv"),
    "geojson": FormatInfo("GeoJSON", "application/geo+json", ".geojson"),
    "kml": FormatInfo("KML", "application/vnd.google-earth.kml+xml", ".kml"),
}

CSV_COLUMNS: tuple[str, ...] = (
    "event_date",
    "time_precision",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "role",
    "device",
    "killed",
    "injured",
    "mines",
    "sources",
    "notes",
)
SOURCE_SEPARATOR = "; "
#: ACLED's time_precision codes for our date precisions.
TIME_PRECISION = {"day": 1, "month": 2, "year": 3}
_DATE_PRECISION = {code: word for word, code in TIME_PRECISION.items()}
#: A date taken from the article's publication, not stated: "within a week or month".
PUBLICATION_TIME_PRECISION = 2
COORDINATE_DECIMALS = 5  # about one metre, in the CSV
GEOJSON_DECIMALS = 6  # RFC 7946 section 11.2
KML_NS = "http://www.opengis.net/kml/2.2"

#: Properties of a GeoJSON feature, in order (lat/lon go into the geometry).
GEOJSON_PROPERTIES: tuple[str, ...] = (
    "name",
    "place_name",
    "gazetteer_id",
    "country_code",
    "admin1",
    "precision",
    "role",
    "excerpt",
    "start",
    "end",
    "status",
    "confidence",
    "event_date",
    "event_date_precision",
    "killed",
    "injured",
    "mines",
    "device",
    "victims",
    "candidates",
    "reviewed",
    "event_group",
    "article_title",
    "article_source",
    "article_published",
    "article_language",
    "article_file_name",
    "article_hash",
)


class ExportImportError(DashboardError, ValueError):
    """A file to import is not what an export of ours looks like."""


# -- reading what to export -------------------------------------------------------


def _missing(value: Any) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and math.isnan(value)


def _text(value: Any) -> str:
    return "" if _missing(value) else str(value)


def _int_or_none(value: Any) -> int | None:
    return None if _missing(value) else int(value)


def _iso(value: Any) -> str | None:
    if _missing(value):
        return None
    if isinstance(value, datetime | pd.Timestamp):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)[:10]


def prepared_frame(
    frame: pd.DataFrame,
    *,
    store: Store | None = None,
    everything: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Return ``frame`` with event ids, grouped over ``everything`` and user splits.

    A frame that already has ``event_id`` is returned as it is.
    """
    if "event_id" in frame.columns:
        return frame
    groups = event_groups_of(store) if store is not None else {}
    base = everything if everything is not None else frame
    ids = with_event_ids(base, groups=groups)["event_id"]
    return frame.assign(event_id=ids.reindex(frame.index))


def export_records(
    store: Store, mention_ids: Iterable[int] | None = None
) -> list[dict[str, Any]]:
    """Return every field of the placed mentions (all, or these ids) for GeoJSON."""
    wanted = None if mention_ids is None else {int(i) for i in mention_ids}
    query = (
        select(
            mentions.c.id.label("mention_id"),
            mentions.c.name,
            func.coalesce(places.c.name, mentions.c.name).label("place_name"),
            mentions.c.gazetteer_id,
            mentions.c.lat,
            mentions.c.lon,
            mentions.c.country_code,
            mentions.c.admin1,
            mentions.c.precision,
            mentions.c.role,
            mentions.c.excerpt,
            mentions.c.start_offset.label("start"),
            mentions.c.end_offset.label("end"),
            mentions.c.status,
            mentions.c.confidence,
            mentions.c.event_date,
            mentions.c.event_date_precision,
            mentions.c.killed,
            mentions.c.injured,
            mentions.c.mines,
            mentions.c.device,
            mentions.c.victims,
            mentions.c.candidates,
            mentions.c.reviewed,
            event_groups.c.group_key.label("event_group"),
            articles.c.title.label("article_title"),
            articles.c.source.label("article_source"),
            articles.c.published.label("article_published"),
            articles.c.language.label("article_language"),
            articles.c.file_name.label("article_file_name"),
            articles.c.content_hash.label("article_hash"),
        )
        .select_from(
            mentions.join(articles, articles.c.id == mentions.c.article_id)
            .outerjoin(places, places.c.id == mentions.c.place_id)
            .outerjoin(event_groups, event_groups.c.mention_id == mentions.c.id)
        )
        .where(mentions.c.lat.is_not(None), mentions.c.lon.is_not(None))
        .order_by(mentions.c.id)
    )

    def read(conn: Connection) -> list[dict[str, Any]]:
        result = conn.execute(query)
        keys = list(result.keys())
        rows = []
        for row in result:
            record = dict(zip(keys, row, strict=True))
            if wanted is None or record["mention_id"] in wanted:
                rows.append(record)
        return rows

    return store.read(read, what="read the mentions to export")


# -- CSV ------------------------------------------------------------------------


def _coordinate(value: float, decimals: int) -> str:
    return f"{round(float(value), decimals):.{decimals}f}"


def csv_rows(frame: pd.DataFrame) -> list[dict[str, str]]:
    """Return the CSV rows (one per event) of a mentions frame, as strings."""
    rows = []
    for event in events_frame(frame).to_dict("records"):
        if _missing(event["event_date"]):
            time_precision = PUBLICATION_TIME_PRECISION
        else:
            time_precision = TIME_PRECISION.get(_text(event["event_date_precision"]), 1)
        rows.append(
            {
                "event_date": _iso(event["date"]) or "",
                "time_precision": str(time_precision),
                "country": _text(event["country_name"]),
                "admin1": _text(event["admin1"]),
                "location": _text(event["place_name"]),
                "latitude": _coordinate(event["lat"], COORDINATE_DECIMALS),
                "longitude": _coordinate(event["lon"], COORDINATE_DECIMALS),
                "geo_precision": str(int(event["precision"])),
                "role": _text(event["role"]),
                "device": _text(event["device"]),
                "killed": _text(_int_or_none(event["killed"])),
                "injured": _text(_int_or_none(event["injured"])),
                "mines": _text(_int_or_none(event["mines"])),
                "sources": SOURCE_SEPARATOR.join(event["sources"]),
                "notes": _text(event["excerpt"]),
            }
        )
    return rows


def to_csv(frame: pd.DataFrame) -> str:
    """Return the events of a mentions frame as CSV text (:data:`CSV_COLUMNS`)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(CSV_COLUMNS), lineterminator="\n")
    writer.writeheader()
    writer.writerows(csv_rows(frame))
    return out.getvalue()


# -- GeoJSON --------------------------------------------------------------------


def _feature(record: Mapping[str, Any]) -> dict[str, Any]:
    properties: dict[str, Any] = {}
    for key in GEOJSON_PROPERTIES:
        value = record.get(key)
        if key == "victims":
            value = [v for v in _text(value).split(",") if v]
        elif key == "candidates":
            value = json.loads(value) if isinstance(value, str) else list(value or [])
        elif key in ("event_date", "article_published"):
            value = _iso(value)
        elif key == "reviewed":
            value = bool(value)
        elif key in ("precision", "killed", "injured", "mines", "start", "end"):
            value = _int_or_none(value)
        elif key == "confidence":
            value = None if _missing(value) else float(value)
        elif _missing(value):
            value = None
        properties[key] = value
    lon_lat = [
        round(float(record["lon"]), GEOJSON_DECIMALS),
        round(float(record["lat"]), GEOJSON_DECIMALS),
    ]
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": lon_lat},
        "properties": properties,
    }


def to_geojson(records: Iterable[Mapping[str, Any]]) -> str:
    """Return mentions (rows of :func:`export_records`) as a FeatureCollection."""
    features = [_feature(r) for r in records]
    features.sort(
        key=lambda f: (
            f["properties"]["article_hash"] or "",
            f["properties"]["start"] or 0,
            f["properties"]["name"] or "",
        )
    )
    # One feature per line: readable, and line-based tools can diff two exports.
    lines = ",\n".join(json.dumps(f, ensure_ascii=False) for f in features)
    return f'{{"type": "FeatureCollection", "features": [\n{lines}\n]}}\n'


# -- KML ------------------------------------------------------------------------


def _kml_data(parent: ET.Element, name: str, value: str) -> None:
    data = ET.SubElement(parent, f"{{{KML_NS}}}Data", name=name)
    ET.SubElement(data, f"{{{KML_NS}}}value").text = value


def to_kml(frame: pd.DataFrame, *, title: str = "landmine-map export") -> str:
    """Return the events of a mentions frame as KML (one Placemark per event)."""
    ET.register_namespace("", KML_NS)
    root = ET.Element(f"{{{KML_NS}}}kml")
    document = ET.SubElement(root, f"{{{KML_NS}}}Document")
    ET.SubElement(document, f"{{{KML_NS}}}name").text = title
    for event in events_frame(frame).to_dict("records"):
        day = _iso(event["date"]) or ""
        sources = SOURCE_SEPARATOR.join(event["sources"])
        placemark = ET.SubElement(document, f"{{{KML_NS}}}Placemark")
        ET.SubElement(placemark, f"{{{KML_NS}}}name").text = _text(
            event["place_name"]
        ) or _text(event["name"])
        lines = [
            " · ".join(part for part in (_text(event["role"]), day) if part),
            _text(event["excerpt"]),
            f"Source: {sources}" if sources else "",
        ]
        # Plain text: ElementTree escapes it, so Google Earth shows it as text.
        ET.SubElement(placemark, f"{{{KML_NS}}}description").text = "\n".join(
            line for line in lines if line
        )
        if day:
            stamp = ET.SubElement(placemark, f"{{{KML_NS}}}TimeStamp")
            ET.SubElement(stamp, f"{{{KML_NS}}}when").text = day
        extended = ET.SubElement(placemark, f"{{{KML_NS}}}ExtendedData")
        for name, value in (
            ("role", _text(event["role"])),
            ("date", day),
            ("excerpt", _text(event["excerpt"])),
            ("source", sources),
            ("reports", str(int(event["article_count"]))),
            ("killed", _text(_int_or_none(event["killed"]))),
            ("injured", _text(_int_or_none(event["injured"]))),
            ("mines", _text(_int_or_none(event["mines"]))),
            ("device", _text(event["device"])),
            ("precision", str(int(event["precision"]))),
        ):
            _kml_data(extended, name, value)
        point = ET.SubElement(placemark, f"{{{KML_NS}}}Point")
        ET.SubElement(point, f"{{{KML_NS}}}coordinates").text = (
            f"{_coordinate(event['lon'], GEOJSON_DECIMALS)},"
            f"{_coordinate(event['lat'], GEOJSON_DECIMALS)}"
        )
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


# -- one call for the pages and the CLI ---------------------------------------------


def export_text(
    fmt: ExportFormat,
    shown: pd.DataFrame,
    *,
    store: Store,
    everything: pd.DataFrame | None = None,
) -> str:
    """Return what ``shown`` (a filtered mentions frame) exports to in ``fmt``.

    ``everything`` is the unfiltered frame, so events are grouped the same
    way whatever the filters (needed only when ``shown`` has no event_id).
    """
    if fmt not in FORMAT_INFO:
        raise ExportImportError(f"Expected a format in {FORMATS}, instead got {fmt!r}")
    if fmt == "geojson":
        ids = shown["mention_id"].tolist() if len(shown) else []
        return to_geojson(export_records(store, ids))
    prepared = prepared_frame(shown, store=store, everything=everything)
    return to_csv(prepared) if fmt == "csv" else to_kml(prepared)


def export_bytes(
    fmt: ExportFormat,
    shown: pd.DataFrame,
    *,
    store: Store,
    everything: pd.DataFrame | None = None,
) -> bytes:
    """Return :func:`export_text` as UTF-8 bytes (for a download button)."""
    return export_text(fmt, shown, store=store, everything=everything).encode("utf-8")


def export_file_name(fmt: ExportFormat, *, today: date | None = None) -> str:
    """Return a file name for a download, e.g. ``landmine-map-2024-05-01.geojson``."""
    day = (today or date.today()).isoformat()
    return f"landmine-map-{day}{FORMAT_INFO[fmt].suffix}"


# -- imports --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ImportedMention:
    """One mention read from a file, with what ExtractedPlace cannot hold."""

    place: ExtractedPlace
    place_name: str | None = None
    reviewed: bool = False
    event_group: str | None = None


@dataclass(frozen=True, slots=True)
class ImportedArticle:
    """One article read from a file, with its mentions."""

    article: Article
    mentions: tuple[ImportedMention, ...]
    content_hash: str | None = None


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What :func:`import_file` did."""

    articles_new: int = 0
    articles_known: int = 0
    mentions_added: int = 0
    mention_names: tuple[str, ...] = field(default=(), repr=False)


def _country_codes() -> dict[str, str]:
    from dashboard.frames import _country_names

    return {name.casefold(): code for code, name in _country_names().items()}


def _country_code(value: str, where: str) -> str | None:
    text = value.strip()
    if not text:
        return None
    if len(text) == 2 and text.isalpha() and text.isupper():
        return text
    code = _country_codes().get(text.casefold())
    if code is None:
        raise ExportImportError(
            f"{where}: expected a country name or ISO code, instead got {text!r}"
        )
    return code


def _number(value: str, where: str, column: str, *, kind: type = int) -> Any:
    text = value.strip()
    if not text:
        return None
    try:
        number = kind(text)
    except ValueError as exc:
        raise ExportImportError(
            f"{where}: expected a number in {column}, instead got {text!r}"
        ) from exc
    if kind is float and not math.isfinite(number):
        raise ExportImportError(f"{where}: {column} is not finite ({text!r})")
    return number


def _date(value: Any, where: str, column: str) -> date | None:
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    for parse in (
        date.fromisoformat,
        lambda t: datetime.strptime(t, "%d %B %Y").date(),
    ):
        try:
            return parse(text)
        except ValueError:
            continue
    raise ExportImportError(
        f"{where}: expected a date (YYYY-MM-DD) in {column}, instead got {text!r}"
    )


def _role(value: Any, where: str) -> str:
    role = _text(value).strip()
    if role not in ROLES:
        raise ExportImportError(
            f"{where}: expected a role in {ROLES}, instead got {role!r}"
        )
    return role


def _position(lat: float, lon: float, where: str) -> tuple[float, float]:
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ExportImportError(
            f"{where}: expected latitude -90..90 and longitude -180..180, "
            f"instead got {lat}, {lon}"
        )
    return lat, lon


def from_csv(text: str, *, file_name: str = "import.csv") -> list[ImportedArticle]:
    """Read a CSV export: each row becomes one article per source, with one mention."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    missing = [c for c in CSV_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise ExportImportError(
            f"{file_name}: expected the columns {', '.join(CSV_COLUMNS)}; "
            f"missing {', '.join(missing)}"
        )
    rows: list[list[ImportedArticle]] = []
    for line, row in enumerate(reader, start=2):
        where = f"{file_name} line {line}"
        values = {k: (row.get(k) or "") for k in CSV_COLUMNS}
        role = _role(values["role"], where)
        lat = _number(values["latitude"], where, "latitude", kind=float)
        lon = _number(values["longitude"], where, "longitude", kind=float)
        if lat is None or lon is None:
            raise ExportImportError(f"{where}: latitude and longitude are required")
        lat, lon = _position(lat, lon, where)
        event_date = _date(values["event_date"], where, "event_date")
        time_precision = _number(values["time_precision"], where, "time_precision")
        geo_precision = _number(values["geo_precision"], where, "geo_precision")
        if geo_precision is not None and geo_precision not in (1, 2, 3):
            raise ExportImportError(
                f"{where}: expected geo_precision 1, 2 or 3, got {geo_precision}"
            )
        location = values["location"].strip()
        notes = values["notes"]
        country = values["country"].strip()
        admin1 = values["admin1"].strip()
        sources = [s for s in values["sources"].split(SOURCE_SEPARATOR) if s.strip()]
        row_articles: list[ImportedArticle] = []
        for source in sources or [""]:
            # The text makes the article's identity: every column is in it.
            text = (
                f"{notes}\n\n"
                f"Imported report: {role} at {location}, {admin1}, {country}, "
                f"{values['latitude']} {values['longitude']} "
                f"(precision {values['geo_precision']}), "
                f"{values['event_date']} (precision {values['time_precision']}); "
                f"device {values['device']}; killed {values['killed']}, "
                f"injured {values['injured']}, mines {values['mines']}. "
                f"Source: {source}"
            )
            start = text.find(location) if location else 0
            place = ExtractedPlace(
                name=location,
                start=max(start, 0),
                end=max(start, 0) + len(location),
                excerpt=notes,
                role=role,  # type: ignore[arg-type]
                status="resolved",
                lat=lat,
                lon=lon,
                country_code=_country_code(country, where),
                admin1=admin1 or None,
                precision=geo_precision,
                confidence=1.0,
                event_date=event_date,
                event_date_precision=_DATE_PRECISION.get(time_precision or 1)
                if event_date
                else None,  # type: ignore[arg-type]
                killed=_number(values["killed"], where, "killed"),
                injured=_number(values["injured"], where, "injured"),
                mines=_number(values["mines"], where, "mines"),
                device=values["device"].strip() or None,
            )
            title = f"{location or 'Unnamed place'}: {role}" + (
                f", {event_date.isoformat()}" if event_date else ""
            )
            article = Article(
                text=text, title=title, source=source or None, file_name=file_name
            )
            row_articles.append(ImportedArticle(article, (ImportedMention(place),)))
        rows.append(row_articles)
    return _keep_rows_apart(rows)


def _keep_rows_apart(
    rows: Sequence[Sequence[ImportedArticle]],
) -> list[ImportedArticle]:
    """Return the rows' articles; rows the grouping rule would merge stay apart.

    A CSV row is one event. When two rows would fall into one event by the
    rule (a user had split them), each row's mentions get a group of their
    own, derived from the row, so the split survives the round trip.
    """
    firsts = [row[0].mentions[0].place for row in rows]
    frame = pd.DataFrame(
        {
            "mention_id": range(1, len(rows) + 1),
            "lat": [p.lat for p in firsts],
            "lon": [p.lon for p in firsts],
            "role": [p.role for p in firsts],
            "date": pd.to_datetime([p.event_date for p in firsts]),
        }
    )
    event_ids = assign_events(frame).tolist() if len(frame) else []
    shared = {e for e in event_ids if event_ids.count(e) > 1}
    found: list[ImportedArticle] = []
    for row, event_id in zip(rows, event_ids, strict=True):
        if event_id not in shared:
            found.extend(row)
            continue
        digest = hashlib.sha256(row[0].article.text.encode("utf-8"))
        key = f"csv-{digest.hexdigest()[:32]}"
        found.extend(
            replace(
                item,
                mentions=tuple(replace(m, event_group=key) for m in item.mentions),
            )
            for item in row
        )
    return found


def _properties(feature: Any, where: str) -> tuple[dict[str, Any], float, float]:
    if not isinstance(feature, dict) or feature.get("type") != "Feature":
        raise ExportImportError(f"{where}: expected a GeoJSON Feature")
    geometry = feature.get("geometry") or {}
    coordinates = geometry.get("coordinates")
    if (
        geometry.get("type") != "Point"
        or not isinstance(coordinates, list)
        or len(coordinates) < 2
        or not all(isinstance(c, int | float) for c in coordinates[:2])
    ):
        raise ExportImportError(
            f"{where}: expected a Point geometry with [lon, lat], "
            f"instead got {geometry!r:.200}"
        )
    lon, lat = float(coordinates[0]), float(coordinates[1])
    lat, lon = _position(lat, lon, where)
    properties = feature.get("properties")
    if not isinstance(properties, dict):
        raise ExportImportError(f"{where}: expected properties to be an object")
    return properties, lat, lon


def _optional_int(properties: Mapping[str, Any], key: str, where: str) -> int | None:
    value = properties.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ExportImportError(f"{where}: expected a number in {key}, got {value!r}")
    return int(value)


def _optional_text(properties: Mapping[str, Any], key: str, where: str) -> str | None:
    value = properties.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ExportImportError(f"{where}: expected text in {key}, got {value!r:.80}")
    return value


def _feature_country(properties: Mapping[str, Any], where: str) -> str | None:
    code = _optional_text(properties, "country_code", where)
    if code and not (len(code) == 2 and code.isalpha()):
        raise ExportImportError(
            f"{where}: expected a two-letter country_code, instead got {code!r:.80}"
        )
    return code.upper() if code else None


def from_geojson(
    text: str, *, file_name: str = "import.geojson"
) -> list[ImportedArticle]:
    """Read a GeoJSON export: features are grouped back into their articles."""
    try:
        collection = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ExportImportError(f"{file_name} is not JSON: {exc}") from exc
    if (
        not isinstance(collection, dict)
        or collection.get("type") != "FeatureCollection"
    ):
        raise ExportImportError(f"{file_name}: expected a GeoJSON FeatureCollection")
    features = collection.get("features")
    if not isinstance(features, list):
        raise ExportImportError(f"{file_name}: expected a list of features")
    by_article: dict[tuple[Any, ...], list[tuple[dict[str, Any], ImportedMention]]] = {}
    for index, feature in enumerate(features):
        where = f"{file_name} feature {index}"
        props, lat, lon = _properties(feature, where)
        status = _text(props.get("status") or "resolved")
        if status not in ("resolved", "unresolved", "pending"):
            raise ExportImportError(f"{where}: unknown status {status!r}")
        precision = _optional_int(props, "precision", where)
        if precision is not None and precision not in (1, 2, 3):
            raise ExportImportError(f"{where}: expected precision 1, 2 or 3")
        event_date = _date(props.get("event_date"), where, "event_date")
        date_precision = props.get("event_date_precision")
        if date_precision not in (None, "day", "month", "year"):
            raise ExportImportError(
                f"{where}: unknown event_date_precision {date_precision!r}"
            )
        victims = props.get("victims") or []
        candidates = props.get("candidates") or []
        if not isinstance(victims, list) or not isinstance(candidates, list):
            raise ExportImportError(f"{where}: victims and candidates must be lists")
        name = _text(props.get("name"))
        start = _optional_int(props, "start", where) or 0
        end = _optional_int(props, "end", where)
        confidence = props.get("confidence")
        place = ExtractedPlace(
            name=name,
            start=start,
            end=start + len(name) if end is None else end,
            excerpt=_text(props.get("excerpt")),
            role=_role(props.get("role"), where),  # type: ignore[arg-type]
            status=status,  # type: ignore[arg-type]
            lat=lat,
            lon=lon,
            country_code=_feature_country(props, where),
            admin1=_optional_text(props, "admin1", where),
            precision=precision,
            confidence=float(confidence) if confidence is not None else 0.0,
            gazetteer_id=_optional_text(props, "gazetteer_id", where),
            event_date=event_date,
            event_date_precision=date_precision,
            killed=_optional_int(props, "killed", where),
            injured=_optional_int(props, "injured", where),
            mines=_optional_int(props, "mines", where),
            device=_optional_text(props, "device", where),
            victims=tuple(str(v) for v in victims),
            candidates=tuple(dict(c) for c in candidates if isinstance(c, dict)),
        )
        group = props.get("event_group")
        mention = ImportedMention(
            place,
            place_name=_optional_text(props, "place_name", where),
            reviewed=bool(props.get("reviewed")),
            event_group=str(group)[:40] if group else None,
        )
        key = (
            props.get("article_hash"),
            props.get("article_title"),
            props.get("article_source"),
            props.get("article_published"),
            props.get("article_language"),
            props.get("article_file_name"),
        )
        by_article.setdefault(key, []).append((props, mention))
    found = []
    for key, items in by_article.items():
        content_hash, title, source, published, language, file = key
        where = f"{file_name} article {title!r}"
        items.sort(key=lambda item: (item[1].place.start, item[1].place.name))
        # The article's own text is not exported; its excerpts stand in for it,
        # and the original hash keeps its identity.
        text = "\n\n".join(
            [_text(title)] + [m.place.excerpt for _, m in items if m.place.excerpt]
        )
        article = Article(
            text=text or f"Imported article {content_hash or title}",
            title=title,
            published=_date(published, where, "article_published"),
            source=source,
            file_name=file,
            language=language,
        )
        hash_text = _text(content_hash)
        if hash_text and len(hash_text) > 64:
            raise ExportImportError(f"{where}: article_hash is longer than 64")
        found.append(
            ImportedArticle(
                article, tuple(m for _, m in items), content_hash=hash_text or None
            )
        )
    return found


def read_import_file(path: Path) -> list[ImportedArticle]:
    """Read a CSV or GeoJSON export, by suffix (``.csv``, ``.geojson``/``.json``)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ExportImportError(f"{path.name} is not UTF-8 text: {exc}") from exc
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return from_csv(text, file_name=path.name)
    if suffix in (".geojson", ".json"):
        return from_geojson(text, file_name=path.name)
    raise ExportImportError(
        f"Expected a .csv or .geojson file to import, instead got {path.name}"
    )


def import_articles(
    store: Store, found: Sequence[ImportedArticle], *, who: str = "import"
) -> ImportReport:
    """Store imported articles; an article already stored only gets missing mentions."""
    new = known = added = 0
    names: list[str] = []
    for item in found:
        overrides = {
            m.place.name: {"reviewed": True} for m in item.mentions if m.reviewed
        }
        result = store.import_article(
            item.article,
            [m.place for m in item.mentions],
            content_hash=item.content_hash,
            mention_values=overrides,
        )
        new += result.is_new
        known += not result.is_new
        added += len(result.added)
        names.extend(result.added)
        by_group: dict[str, list[int]] = {}
        renamed: dict[str, str] = {}
        for m in item.mentions:
            mention_id = result.added.get(m.place.name)
            if mention_id is None:
                continue
            if m.event_group:
                by_group.setdefault(m.event_group, []).append(mention_id)
            if m.place_name and m.place.gazetteer_id and m.place.status == "resolved":
                renamed[m.place.gazetteer_id] = m.place_name
        for key, ids in by_group.items():
            set_event_group(store, ids, key=key, who=who)
        if renamed:
            _rename_places(store, renamed)
    return ImportReport(new, known, added, tuple(names))


def _rename_places(store: Store, names: Mapping[str, str]) -> None:
    # A place's name comes from the candidates at ingest; an export carries the
    # name it had (after a correction, perhaps one no candidate holds).
    def apply(conn: Connection) -> None:
        for gazetteer_id, name in names.items():
            conn.execute(
                update(places)
                .where(places.c.gazetteer_id == gazetteer_id, places.c.name != name)
                .values(name=name)
            )

    store.write(apply, what="name the imported places")


def import_file(store: Store, path: Path, *, who: str = "import") -> ImportReport:
    """Import a CSV or GeoJSON export into ``store`` (idempotent)."""
    return import_articles(store, read_import_file(path), who=who)
