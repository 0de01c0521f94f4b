"""The geopy path against a real local HTTP server that speaks Nominatim's JSON."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from geopy.exc import GeocoderRateLimited, GeocoderServiceError, GeocoderTimedOut

from geodata.cache import CachedGeocoder, GeocodeCache
from geodata.chain import GeocoderChain
from geodata.errors import GeocodingUnavailable, GeodataError
from geodata.geocoders import build_online_geocoder

USER_AGENT = "landmine-map-tests/1.0"


def _nominatim(fake, *, timeout_seconds: float = 5.0):
    return build_online_geocoder(
        "nominatim",
        url=fake.url,
        user_agent=USER_AGENT,
        min_delay_seconds=0,
        timeout_seconds=timeout_seconds,
    )


def test_hit_is_parsed_into_a_full_result(fake_nominatim):
    result = _nominatim(fake_nominatim).geocode("Agdam")
    assert result is not None
    entry = result.entry
    assert (entry.gazetteer_id, entry.name) == ("nominatim:R5599012", "Ağdam")
    assert (entry.lat, entry.lon) == (39.9911, 46.9297)
    assert (entry.country_code, entry.admin1) == ("AZ", "Ağdam District")
    assert (entry.feature, result.precision, result.provider) == (
        "settlement",
        1,
        "nominatim",
    )


@pytest.mark.parametrize(
    ("query", "feature", "precision"),
    [("Murovdag", "feature", 2), ("Kherson Oblast", "admin1", 3)],
)
def test_precision_follows_the_kind_of_place(fake_nominatim, query, feature, precision):
    result = _nominatim(fake_nominatim).geocode(query)
    assert (result.entry.feature, result.precision) == (feature, precision)


def test_request_carries_user_agent_country_and_address_details(fake_nominatim):
    _nominatim(fake_nominatim).geocode("Agdam", country_code="AZ")
    ((path, params, user_agent),) = fake_nominatim.requests
    assert path == "/search"
    assert user_agent == USER_AGENT
    assert params["q"] == ["Agdam"]
    assert params["countrycodes"] == ["az"]
    assert params["addressdetails"] == ["1"]


@pytest.mark.parametrize("query", ["Qwzxyville", "refuse"])
def test_no_match_is_none(fake_nominatim, query):
    assert _nominatim(fake_nominatim).geocode(query) is None


def test_country_hint_filters_at_the_server(fake_nominatim):
    assert _nominatim(fake_nominatim).geocode("Agdam", country_code="UA") is None


@pytest.mark.parametrize(
    ("query", "cause"),
    [
        ("ratelimit", GeocoderRateLimited),
        ("boom", GeocoderServiceError),
        ("garbage", GeocoderServiceError),
    ],
)
def test_service_failures_raise_unavailable_after_one_request(
    fake_nominatim, query, cause
):
    with pytest.raises(GeocodingUnavailable) as caught:
        _nominatim(fake_nominatim).geocode(query)
    assert isinstance(caught.value.__cause__, cause)
    assert caught.value.provider == "nominatim"
    assert fake_nominatim.queries() == [query]  # no hidden retries


def test_a_hanging_server_times_out_once_without_retries(fake_nominatim):
    geocoder = _nominatim(fake_nominatim, timeout_seconds=0.3)
    with pytest.raises(GeocodingUnavailable) as caught:
        geocoder.geocode("hang")
    # GeocoderTimedOut (not GeocoderUnavailable after urllib3 retried the read)
    # shows that one request waited one timeout.
    assert isinstance(caught.value.__cause__, GeocoderTimedOut)
    assert fake_nominatim.queries() == ["hang"]


def test_an_unreachable_server_is_unavailable(fake_nominatim):
    url = fake_nominatim.url
    fake_nominatim.close()
    geocoder = build_online_geocoder(
        "nominatim", url=url, user_agent=USER_AGENT, min_delay_seconds=0
    )
    with pytest.raises(GeocodingUnavailable):
        geocoder.geocode("Agdam")


def test_cache_answers_the_second_time_without_a_request(fake_nominatim):
    engine = sa.create_engine("sqlite://")
    geocoder = CachedGeocoder(_nominatim(fake_nominatim), GeocodeCache(engine))
    first = geocoder.geocode("Agdam", country_code="AZ")
    second = geocoder.geocode("  AGDAM ", country_code="az")
    assert first == second
    assert first is not None
    missing = [geocoder.geocode("Qwzxyville") for _ in range(2)]
    assert missing == [None, None]
    assert fake_nominatim.queries() == ["Agdam", "Qwzxyville"]


def test_outage_in_a_cached_chain_is_retried_next_time(fake_nominatim):
    engine = sa.create_engine("sqlite://")
    geocoder = CachedGeocoder(
        GeocoderChain([_nominatim(fake_nominatim)]), GeocodeCache(engine)
    )
    for _ in range(2):
        with pytest.raises(GeocodingUnavailable):
            geocoder.geocode("boom")
    assert fake_nominatim.queries() == ["boom", "boom"]
    assert geocoder.cache.size() == 0


def test_photon_hit_through_the_same_adapter(fake_nominatim):
    photon = build_online_geocoder(
        "photon", url=fake_nominatim.url, user_agent=USER_AGENT, min_delay_seconds=0
    )
    result = photon.geocode("Agdam")
    assert (result.entry.gazetteer_id, result.entry.country_code) == (
        "photon:R5599012",
        "AZ",
    )
    assert (result.entry.lat, result.entry.lon) == (39.9911, 46.9297)
    assert photon.geocode("Agdam", country_code="UA") is None
    assert photon.geocode("Qwzxyville") is None
    assert fake_nominatim.requests[0][0] == "/api"


@pytest.mark.parametrize(
    ("name", "url", "user_agent", "message"),
    [
        ("nominatim", "127.0.0.1:8080", USER_AGENT, "Expected a geocoder URL"),
        ("nominatim", "https://nominatim.example.org", "", "user agent"),
        ("google", "https://maps.example.org", USER_AGENT, "Expected an online"),
    ],
)
def test_factory_refuses_unusable_settings(name, url, user_agent, message):
    with pytest.raises(GeodataError, match=message):
        build_online_geocoder(name, url=url, user_agent=user_agent)


def test_factory_keeps_a_path_prefix_on_the_url(fake_nominatim):
    geocoder = build_online_geocoder(
        "nominatim",
        url=fake_nominatim.url + "/nominatim/",
        user_agent=USER_AGENT,
        min_delay_seconds=0,
    )
    with pytest.raises(GeocodingUnavailable):  # the fake serves only /search: 404
        geocoder.geocode("Agdam")
    assert fake_nominatim.requests[0][0] == "/nominatim/search"
