"""The geocoder chain, and the offline gazetteer as its first provider."""

from __future__ import annotations

import pytest

from geodata.chain import GeocoderChain
from geodata.errors import GeocodingUnavailable
from geodata.geocoders import GazetteerGeocoder
from tests.test_geodata.conftest import FakeGeocoder, make_result

KYIV = make_result("Kyiv", 50.45, 30.52, provider="first")
LVIV_SECOND = make_result("Lviv", 49.84, 24.03, provider="second")


def test_first_match_wins_and_later_providers_are_not_asked():
    first = FakeGeocoder("first", known={"kyiv": KYIV})
    second = FakeGeocoder("second", known={"kyiv": LVIV_SECOND})
    assert GeocoderChain([first, second]).geocode("Kyiv") == KYIV
    assert second.calls == []


def test_a_miss_falls_through_to_the_next_provider_with_the_hint():
    first = FakeGeocoder("first")
    second = FakeGeocoder("second", known={"lviv": LVIV_SECOND})
    assert GeocoderChain([first, second]).geocode("Lviv", country_code="UA") == (
        LVIV_SECOND
    )
    assert first.calls == second.calls == [("lviv", "UA")]


def test_an_outage_falls_through_and_a_later_match_still_wins():
    first = FakeGeocoder("first", failing={"lviv"})
    second = FakeGeocoder("second", known={"lviv": LVIV_SECOND})
    assert GeocoderChain([first, second]).geocode("Lviv") == LVIV_SECOND


def test_nobody_matched_and_someone_failed_raises_with_every_cause():
    first = FakeGeocoder("first", failing={"lviv"})
    second = FakeGeocoder("second")
    third = FakeGeocoder("third", failing={"lviv"})
    with pytest.raises(GeocodingUnavailable) as caught:
        GeocoderChain([first, second, third]).geocode("Lviv")
    assert [c.provider for c in caught.value.causes] == ["first", "third"]
    assert caught.value.provider == "first+second+third"


def test_every_provider_answering_no_match_is_a_plain_miss():
    chain = GeocoderChain([FakeGeocoder("first"), FakeGeocoder("second")])
    assert chain.geocode("Nowhere") is None
    assert GeocoderChain([]).geocode("Nowhere") is None


# -- the gazetteer as a geocoder (real built gazetteer) ---------------------


@pytest.mark.parametrize(
    ("query", "country_code", "expected_id", "precision"),
    [
        ("Aghdam", None, "geonames:148619", 1),
        ("Baku", "AZ", "geonames:587084", 1),
        ("Sarybaba", "AZ", "supplement:sarybaba", 2),
        ("Zangilan District", "AZ", "geonames:146900", 3),
        ("Azerbaijan", None, "geonames:587116", 3),
        ("US", None, "geonames:6252001", 3),
        ("Aghdaam", "AZ", "geonames:148619", 1),  # fuzzy, within the country
    ],
)
def test_gazetteer_geocoder_places_a_name(
    gazetteer, query, country_code, expected_id, precision
):
    result = GazetteerGeocoder(gazetteer).geocode(query, country_code=country_code)
    assert result is not None
    assert (result.entry.gazetteer_id, result.precision) == (expected_id, precision)
    assert result.provider == "gazetteer"
    assert 0 < result.confidence <= 1
    assert result.candidates[0].gazetteer_id == expected_id


def test_gazetteer_geocoder_never_places_a_name_abroad_when_hinted(gazetteer):
    geocoder = GazetteerGeocoder(gazetteer)
    assert geocoder.geocode("Kherson", country_code="AZ") is None
    assert geocoder.geocode("Aghdaam") is None  # no fuzzy guess without a country


def test_gazetteer_geocoder_prefers_the_hinted_country_among_namesakes(gazetteer):
    result = GazetteerGeocoder(gazetteer).geocode("Donetsk", country_code="RU")
    assert result.entry.country_code == "RU"
    assert len(result.candidates) >= 1
