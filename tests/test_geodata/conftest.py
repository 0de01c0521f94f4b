"""Fixtures of the geodata tests: a tiny gazetteer source, the fake Nominatim."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from geodata.errors import GeocodingUnavailable
from geodata.gazetteer import GazetteerSources, _Subdivision
from geodata.models import Candidate, GazetteerEntry, GeocodeResult
from geodata.normalize import normalize_place_name
from tests.fake_nominatim import FakeNominatim, start_fake_nominatim

#: Countries the tiny source holds; builds from it pass countries=TINY_COUNTRIES.
TINY_COUNTRIES = ("AZ", "FR", "US")


def _city(
    geonameid: int,
    name: str,
    lat: float,
    lon: float,
    country: str,
    admin1: str,
    population: int,
    alternates: list[str],
) -> dict[str, object]:
    return {
        "geonameid": geonameid,
        "name": name,
        "latitude": lat,
        "longitude": lon,
        "countrycode": country,
        "population": population,
        "timezone": "",
        "admin1code": admin1,
        "alternatenames": alternates,
    }


def make_tiny_sources() -> GazetteerSources:
    """A handful of real GeoNames records: enough to build a gazetteer in a blink."""
    cities = [
        _city(148619, "Aghdam", 39.99096, 46.92736, "AZ", "03", 37700,
              ["Agdam", "Ağdam", "Ag'dam", "Агдам", "GYD"]),
        _city(146901, "Zangilan", 39.08599, 46.65249, "AZ", "69", 7483,
              ["Zəngilan"]),
        _city(587084, "Baku", 40.37767, 49.89201, "AZ", "09", 2351300, ["Bakı"]),
        _city(2971090, "Us", 49.09967, 1.96755, "FR", "11", 1200, []),
        _city(5128581, "New York City", 40.71427, -74.00597, "US", "NY", 8804190,
              ["New York", "NYC"]),
        _city(4140963, "Washington", 38.89511, -77.03637, "US", "DC", 689545, []),
    ]  # fmt: skip
    subdivisions = {
        1: _Subdivision(1, "Ağdam", ("Ağdam Rayonu",), "AZ.03", 148617, 1, None, "AZ"),
        2: _Subdivision(
            2, "Zəngilan", ("Zangilan District", "Zəngilan rayonu"), "AZ.69", 146900,
            1, None, "AZ",
        ),
        3: _Subdivision(3, "Bakı", ("Baku",), "AZ.09", 587081, 1, None, "AZ"),
        4: _Subdivision(4, "Île-de-France", (), "FR.11", 3012874, 1, None, "FR"),
        5: _Subdivision(5, "New York", ("NY",), "US.NY", 5128638, 1, None, "US"),
        6: _Subdivision(
            6, "District of Columbia", ("DC",), "US.DC", 4138106, 1, None, "US"
        ),
    }  # fmt: skip
    city_subdivisions = {
        148619: (1,),
        146901: (2,),
        587084: (3,),
        2971090: (4,),
        5128581: (5,),
        4140963: (6,),
    }
    countries = {
        "AZ": {"geonameid": 587116, "name": "Azerbaijan", "population": 10e6,
               "names": ["Republic of Azerbaijan"]},
        "FR": {"geonameid": 3017382, "name": "France", "population": 67e6,
               "names": ["French Republic"]},
        "US": {"geonameid": 6252001, "name": "United States", "population": 327e6,
               "names": ["United States of America"]},
    }  # fmt: skip
    return GazetteerSources(
        cities=cities,
        subdivisions=subdivisions,
        city_subdivisions=city_subdivisions,
        countries=countries,
        continents=[],
    )


@pytest.fixture(scope="session")
def tiny_sources() -> GazetteerSources:
    return make_tiny_sources()


@pytest.fixture
def fake_nominatim() -> Iterator[FakeNominatim]:
    fake = start_fake_nominatim()
    try:
        yield fake
    finally:
        fake.close()


class FakeGeocoder:
    """A geocoder that knows some names, fails on others, and records its calls."""

    def __init__(
        self,
        name: str = "fake",
        *,
        known: dict[str, GeocodeResult] | None = None,
        failing: set[str] | None = None,
    ) -> None:
        self.name = name
        self.known = dict(known or {})
        self.failing = set(failing or ())
        self.calls: list[tuple[str, str | None]] = []

    def geocode(
        self, query: str, *, country_code: str | None = None
    ) -> GeocodeResult | None:
        key = normalize_place_name(query)
        self.calls.append((key, country_code))
        if key in self.failing:
            raise GeocodingUnavailable(self.name, query, reason="fake outage")
        return self.known.get(key)


def make_result(
    name: str, lat: float, lon: float, *, provider: str = "fake", country: str = "UA"
) -> GeocodeResult:
    entry = GazetteerEntry(
        gazetteer_id=f"{provider}:{normalize_place_name(name)}",
        name=name,
        lat=lat,
        lon=lon,
        country_code=country,
        admin1=None,
        feature="settlement",
        source=provider,
    )
    return GeocodeResult(
        entry=entry,
        precision=1,
        confidence=0.6,
        provider=provider,
        candidates=(Candidate(entry.gazetteer_id, name, country, lat, lon, 1.0),),
    )
