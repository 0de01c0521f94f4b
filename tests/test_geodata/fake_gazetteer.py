"""A tiny in-memory gazetteer with the real one's reading API, for fast unit tests.

It holds a few hand-written places (with the namesakes the resolver must tell
apart) so extraction and resolution rules can be tested without the built
GeoNames file; the main tests use the real ``gazetteer`` fixture.
"""

from __future__ import annotations

from collections.abc import Iterable

from geodata.models import GazetteerEntry
from geodata.normalize import normalize_place_name

_TIERS = {"continent": 5, "country": 5, "admin1": 4, "region": 3}


def _entry(
    gid: str,
    name: str,
    lat: float,
    lon: float,
    cc: str | None,
    feature: str,
    population: int = 0,
    admin1: str | None = None,
) -> GazetteerEntry:
    return GazetteerEntry(
        gazetteer_id=gid,
        name=name,
        lat=lat,
        lon=lon,
        country_code=cc,
        admin1=admin1,
        feature=feature,  # type: ignore[arg-type]
        population=population,
    )


#: (entry, alternate names)
PLACES: list[tuple[GazetteerEntry, tuple[str, ...]]] = [
    (
        _entry("geonames:587116", "Azerbaijan", 40.5, 47.5, "AZ", "country", 9_900_000),
        ("Azərbaycan",),
    ),
    (
        _entry(
            "geonames:1831722", "Cambodia", 13.0, 105.0, "KH", "country", 16_000_000
        ),
        ("Kampuchea",),
    ),
    (_entry("geonames:690791", "Ukraine", 49.0, 32.0, "UA", "country", 44_000_000), ()),
    (_entry("geonames:3017382", "France", 46.0, 2.0, "FR", "country", 67_000_000), ()),
    (
        _entry(
            "geonames:6252001",
            "United States",
            39.76,
            -98.5,
            "US",
            "country",
            327_000_000,
        ),
        ("USA",),
    ),
    (
        _entry(
            "geonames:3277605",
            "Bosnia and Herzegovina",
            44.25,
            17.83,
            "BA",
            "country",
            3_300_000,
        ),
        ("Bosnia-Herzegovina",),
    ),
    (_entry("geonames:69543", "Yemen", 15.5, 47.5, "YE", "country", 28_000_000), ()),
    (
        _entry(
            "geonames:148619",
            "Aghdam",
            39.99096,
            46.92736,
            "AZ",
            "settlement",
            37_700,
            "Aghdam",
        ),
        ("Agdam", "Ağdam", "Ag'dam"),
    ),
    (
        _entry(
            "geonames:148618",
            "Aghdam District",
            40.0,
            46.9,
            "AZ",
            "admin1",
            0,
            "Aghdam",
        ),
        ("Agdam Rayon",),
    ),
    (
        _entry(
            "geonames:587084",
            "Baku",
            40.37767,
            49.89201,
            "AZ",
            "settlement",
            2_000_000,
            "Baku",
        ),
        ("Baki", "Bakı"),
    ),
    (
        _entry(
            "geonames:147622",
            "Fuzuli",
            39.60094,
            47.14529,
            "AZ",
            "settlement",
            25_100,
            "Fuzuli",
        ),
        ("Fizuli", "Füzuli"),
    ),
    (
        _entry(
            "geonames:706448",
            "Kherson",
            46.65581,
            32.6178,
            "UA",
            "settlement",
            320_000,
            "Kherson Oblast",
        ),
        ("Kherson", "Herson"),
    ),
    (
        _entry(
            "geonames:706442",
            "Kherson Oblast",
            46.75,
            33.35,
            "UA",
            "admin1",
            1_000_000,
            "Kherson Oblast",
        ),
        ("Khersonska oblast",),
    ),
    (
        _entry(
            "geonames:1831112",
            "Battambang",
            13.10271,
            103.19822,
            "KH",
            "settlement",
            150_000,
            "Battambang",
        ),
        (),
    ),
    (
        _entry(
            "geonames:1821306",
            "Banteay Meanchey",
            13.75,
            102.98,
            "KH",
            "admin1",
            0,
            "Banteay Meanchey",
        ),
        (),
    ),
    (
        _entry(
            "geonames:71137",
            "Al Hudaydah",
            14.79781,
            42.95452,
            "YE",
            "settlement",
            617_871,
            "Al Hudaydah",
        ),
        ("Hodeidah", "Hudaydah", "Al-Hudaydah"),
    ),
    # Namesakes: a village in Cambodia's story and a commune in France.
    (
        _entry(
            "geonames:900001",
            "Sameakki",
            13.3,
            103.0,
            "KH",
            "settlement",
            900,
            "Battambang",
        ),
        (),
    ),
    (
        _entry(
            "geonames:900002",
            "Sameakki",
            45.1,
            4.2,
            "FR",
            "settlement",
            12_000,
            "Auvergne",
        ),
        (),
    ),
    (
        _entry("geonames:900003", "Mine", 34.166, 131.206, "JP", "settlement", 25_000),
        (),
    ),
    (_entry("geonames:900004", "Police", 53.55, 14.57, "PL", "settlement", 33_000), ()),
    (_entry("geonames:900005", "Best", 51.50, 5.39, "NL", "settlement", 29_000), ()),
    (_entry("geonames:900006", "Of", 40.94, 40.26, "TR", "settlement", 10_000), ()),
    (_entry("geonames:900007", "Roy", 41.16, -112.02, "US", "settlement", 38_000), ()),
    (_entry("geonames:900008", "Emil", 45.0, 25.0, "RO", "settlement", 600), ()),
    (_entry("geonames:900009", "Maryland", 39.0, -76.7, "US", "admin1", 6_000_000), ()),
    (_entry("geonames:900010", "Us", 46.3, 1.9, "FR", "settlement", 1_000), ()),
    (_entry("geonames:900011", "Nice", 43.70, 7.27, "FR", "settlement", 340_000), ()),
    (
        _entry("geonames:900012", "Vietnam", 16.0, 106.0, "VN", "country", 96_000_000),
        ("Viet Nam",),
    ),
    (
        _entry(
            "supplement:golan-heights", "Golan Heights", 33.0, 35.75, "SY", "region"
        ),
        (),
    ),
    (
        _entry(
            "supplement:nagorno-karabakh",
            "Nagorno-Karabakh",
            39.83,
            46.75,
            "AZ",
            "region",
        ),
        ("Karabakh",),
    ),
    (_entry("supplement:middle-east", "Middle East", 29.0, 41.0, None, "region"), ()),
    (
        _entry(
            "geonames:6255146", "Africa", 7.19, 21.09, None, "continent", 1_000_000_000
        ),
        (),
    ),
]


class FakeGazetteer:
    """Implements the reading half of :class:`geodata.gazetteer.Gazetteer`."""

    def __init__(
        self, places: Iterable[tuple[GazetteerEntry, tuple[str, ...]]] = PLACES
    ) -> None:
        self._by_key: dict[str, list[GazetteerEntry]] = {}
        self._by_id: dict[str, GazetteerEntry] = {}
        for entry, alternates in places:
            self._by_id[entry.gazetteer_id] = entry
            for name in (entry.name, *alternates):
                bucket = self._by_key.setdefault(normalize_place_name(name), [])
                if entry not in bucket:
                    bucket.append(entry)
        for bucket in self._by_key.values():
            bucket.sort(
                key=lambda e: (_TIERS.get(e.feature, 1), e.population), reverse=True
            )
        self.lookups: list[str] = []

    def has_name(self, key: str) -> bool:
        return key in self._by_key

    def lookup(self, name: str) -> list[GazetteerEntry]:
        key = normalize_place_name(name)
        self.lookups.append(key)
        return list(self._by_key.get(key, []))

    def get(self, gazetteer_id: str) -> GazetteerEntry | None:
        return self._by_id.get(gazetteer_id)

    def country(self, code: str) -> GazetteerEntry | None:
        for entry in self._by_id.values():
            if entry.feature == "country" and entry.country_code == code.upper():
                return entry
        return None

    def country_name(self, code: str) -> str | None:
        entry = self.country(code)
        return entry.name if entry else None

    def fuzzy(
        self,
        name: str,
        *,
        country_codes: Iterable[str] | None = None,
        limit: int = 5,
        min_score: float = 0.8,
    ) -> list[tuple[GazetteerEntry, float]]:
        from rapidfuzz import fuzz

        key = normalize_place_name(name)
        codes = (
            {c.upper() for c in country_codes} if country_codes is not None else None
        )
        scored: dict[str, tuple[GazetteerEntry, float]] = {}
        for other, entries in self._by_key.items():
            score = fuzz.ratio(key, other) / 100
            if score < min_score:
                continue
            for entry in entries:
                if codes is not None and entry.country_code not in codes:
                    continue
                best = scored.get(entry.gazetteer_id)
                if best is None or best[1] < score:
                    scored[entry.gazetteer_id] = (entry, score)
        return sorted(scored.values(), key=lambda item: -item[1])[:limit]
