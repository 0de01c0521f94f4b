"""The geocode cache on a SQLAlchemy engine, and the caching wrapper."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from geodata.cache import MISS, CachedGeocoder, GeocodeCache
from geodata.chain import GeocoderChain
from geodata.errors import GeocodingUnavailable
from tests.postgres import postgres_url  # noqa: F401 (fixture)
from tests.test_geodata.conftest import FakeGeocoder, make_result

KYIV = make_result("Kyiv", 50.45, 30.52)
LVIV = make_result("Lviv", 49.84, 24.03)


@pytest.fixture
def cache(tmp_path) -> GeocodeCache:
    return GeocodeCache(sa.create_engine(f"sqlite:///{tmp_path / 'cache.sqlite'}"))


def test_cached_geocoder_asks_the_provider_once_per_place(cache):
    provider = FakeGeocoder(known={"kyiv": KYIV})
    geocoder = CachedGeocoder(provider, cache)
    assert geocoder.geocode("Kyiv") == KYIV
    assert geocoder.geocode("  KYIV ") == KYIV
    assert provider.calls == [("kyiv", None)]


def test_the_country_hint_is_part_of_the_key(cache):
    provider = FakeGeocoder(known={"kyiv": KYIV})
    geocoder = CachedGeocoder(provider, cache)
    geocoder.geocode("Kyiv", country_code="UA")
    geocoder.geocode("Kyiv", country_code="ua")
    geocoder.geocode("Kyiv")
    assert provider.calls == [("kyiv", "UA"), ("kyiv", None)]


def test_a_miss_is_cached(cache):
    provider = FakeGeocoder()
    geocoder = CachedGeocoder(provider, cache)
    assert geocoder.geocode("Nowhere") is None
    assert geocoder.geocode("nowhere") is None
    assert provider.calls == [("nowhere", None)]
    assert cache.get(provider.name, "nowhere") is MISS


def test_outage_is_not_cached_as_a_miss(cache):
    provider = FakeGeocoder(failing={"lviv"})
    geocoder = CachedGeocoder(GeocoderChain([provider]), cache)
    with pytest.raises(GeocodingUnavailable):
        geocoder.geocode("Lviv")
    assert cache.size() == 0
    provider.failing.clear()
    provider.known["lviv"] = LVIV
    assert geocoder.geocode("Lviv") == LVIV


def test_the_whole_result_survives_the_round_trip(cache):
    cache.put("fake", "kyiv|UA", KYIV)
    assert cache.get("fake", "kyiv|UA") == KYIV
    assert cache.get("other", "kyiv|UA") is None


def test_cache_survives_a_new_engine_on_the_same_file(tmp_path):
    url = f"sqlite:///{tmp_path / 'cache.sqlite'}"
    CachedGeocoder(
        FakeGeocoder(known={"kyiv": KYIV}), GeocodeCache(sa.create_engine(url))
    ).geocode("Kyiv")  # noqa: E501
    provider = FakeGeocoder()
    assert (
        CachedGeocoder(provider, GeocodeCache(sa.create_engine(url))).geocode("Kyiv")
        == KYIV
    )
    assert provider.calls == []


def test_invalidate_forgets_the_named_places_under_every_hint(cache):
    provider = FakeGeocoder(known={"kyiv": KYIV, "lviv": LVIV})
    geocoder = CachedGeocoder(provider, cache)
    for query, hint in [("Kyiv", None), ("Kyiv", "UA"), ("Lviv", None)]:
        geocoder.geocode(query, country_code=hint)
    assert cache.size() == 3
    assert cache.invalidate(["KYIV"]) == 2
    assert cache.size() == 1
    geocoder.geocode("Kyiv")
    assert provider.calls[-1] == ("kyiv", None)
    assert cache.invalidate() == 2
    assert cache.size() == 0


def test_invalidate_treats_like_wildcards_literally(cache):
    cache.put("fake", "50%|UA", KYIV)
    cache.put("fake", "50x|UA", KYIV)
    assert cache.invalidate(["50%"]) == 1
    assert cache.get("fake", "50x|UA") == KYIV


@pytest.mark.postgres
def test_cache_works_on_postgresql(postgres_url):  # noqa: F811
    engine = sa.create_engine(postgres_url)
    cache = GeocodeCache(engine)
    cache.invalidate()
    provider = FakeGeocoder(known={"kyiv": KYIV})
    geocoder = CachedGeocoder(provider, cache)
    assert geocoder.geocode("Kyiv") == geocoder.geocode("kyiv") == KYIV
    assert geocoder.geocode("Nowhere") is None
    cache.put("fake", "kyiv", LVIV)  # replacing a row keeps the key unique
    assert cache.get("fake", "kyiv") == LVIV
    assert cache.size() == 2
    assert cache.invalidate(["kyiv"]) == 1
    engine.dispose()
