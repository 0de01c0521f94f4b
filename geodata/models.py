"""Value types of the geographic core.

Coordinates are always ``lat, lon`` (geopy/folium order). Gazetteer ids are
``geonames:<id>``, ``supplement:<slug>``, ``nominatim:<osm_type><osm_id>`` or
``user:<id>``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

FeatureKind = Literal[
    "continent",  # Africa, Europe
    "country",
    "admin1",  # province, oblast, region of a country
    "admin2",  # district, rayon
    "region",  # Karabakh, Donbas, Middle East: no administrative boundary
    "settlement",  # city, town, village
    "feature",  # mountain, river, heights, valley
]

Status = Literal["resolved", "unresolved", "pending"]

#: ACLED-style location precision: 1 the named settlement or point, 2 near it
#: or a small part of a region, 3 a province, region or country centroid.
Precision = Literal[1, 2, 3]


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One place the gazetteer (or a geocoder) knows."""

    gazetteer_id: str
    name: str
    lat: float
    lon: float
    country_code: str | None
    admin1: str | None
    feature: FeatureKind
    population: int = 0
    source: str = "geonames"  # geonames | supplement | user | nominatim | photon


@dataclass(frozen=True, slots=True)
class Candidate:
    """One entry considered when resolving a name, with its score in 0..1."""

    gazetteer_id: str
    name: str
    country_code: str | None
    lat: float
    lon: float
    score: float


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A span of text that names a place (recognition only, no coordinates).

    ``hint`` is the generic word that came with the name, when there was one
    ("district", "province", "village", "region", "mount"...); resolution
    uses it to prefer the right kind of feature.
    """

    text: str
    start: int
    end: int
    hint: str | None = None


@dataclass(frozen=True, slots=True)
class GeocodeResult:
    """Where a name was placed, and how sure we are."""

    entry: GazetteerEntry
    precision: Precision
    confidence: float
    provider: str  # gazetteer | alias | nominatim | photon ...
    candidates: tuple[Candidate, ...] = ()


@dataclass(frozen=True, slots=True)
class ResolvedPlace:
    """One distinct place named in one text: all its mentions, and its resolution.

    Spelling variants of one place in one text (Agdam, Aghdam) are one
    ``ResolvedPlace`` with several ``mentions``, in text order. ``result`` is
    None when ``status`` is ``unresolved`` (nothing matched) or ``pending``
    (an online provider could not be asked; retry later).

    ``approximation`` is where an unresolved place lies as far as the text
    says: the district, province or town it names the place in or near
    ("Kani-Bonzon, in the Bankass cercle"), with ACLED precision 3 for an
    area and 2 for a town. It is not the place itself: no gazetteer entry
    of the place's own, only a point to show it near.
    """

    mentions: tuple[PlaceMention, ...]
    status: Status
    result: GeocodeResult | None = None
    candidates: tuple[Candidate, ...] = field(default=())
    approximation: GeocodeResult | None = None

    @property
    def name(self) -> str:
        return self.mentions[0].text
