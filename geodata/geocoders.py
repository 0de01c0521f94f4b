"""The geocoder seam: anything that turns a name (and a country hint) into a place.

A result is a match; ``None`` means the provider answered "no match" (safe to
cache); :class:`~geodata.errors.GeocodingUnavailable` means it could not be
asked (never cached; the next provider is tried and the place stays pending).

This is the only module that imports geopy.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import urlsplit

from geodata.errors import GeocodingUnavailable, GeodataError
from geodata.models import (
    Candidate,
    FeatureKind,
    GazetteerEntry,
    GeocodeResult,
    Precision,
)

if TYPE_CHECKING:
    from geodata.gazetteer import Gazetteer

logger = logging.getLogger(__name__)


class Geocoder(Protocol):
    name: str

    def geocode(
        self, query: str, *, country_code: str | None = None
    ) -> GeocodeResult | None: ...


#: ACLED-style precision of a feature kind.
PRECISION_BY_FEATURE: dict[str, Precision] = {
    "settlement": 1,
    "feature": 2,
    "admin2": 3,
    "admin1": 3,
    "region": 3,
    "country": 3,
    "continent": 3,
}


def precision_of(feature: str) -> Precision:
    """Return the ACLED-style precision of a gazetteer feature kind."""
    return PRECISION_BY_FEATURE.get(feature, 3)


def candidate_of(entry: GazetteerEntry, score: float) -> Candidate:
    return Candidate(
        gazetteer_id=entry.gazetteer_id,
        name=entry.name,
        country_code=entry.country_code,
        lat=entry.lat,
        lon=entry.lon,
        score=round(score, 3),
    )


class GazetteerGeocoder:
    """Geocode one name with the offline gazetteer (no article context).

    The most important entry of that name within the hinted country wins
    (country > province > region > district or settlement by population),
    except that a bare name a district shares with its main town means the
    town, as in Nominatim ("Aghdam" is the town; "Aghdam District" the
    district). Without an exact name, a fuzzy match of at least
    ``min_fuzzy_score`` (0..1) within the hinted country. Without a country
    hint only exact names count.
    """

    name = "gazetteer"

    def __init__(self, gazetteer: Gazetteer, *, min_fuzzy_score: float = 0.88) -> None:
        self.gazetteer = gazetteer
        self.min_fuzzy_score = min_fuzzy_score

    def geocode(
        self, query: str, *, country_code: str | None = None
    ) -> GeocodeResult | None:
        code = country_code.upper() if country_code else None
        entries = self.gazetteer.lookup(query)
        if code is not None:
            entries = [e for e in entries if e.country_code == code]
        if entries:
            best = _town_named_like_its_district(entries)
            countries = {e.country_code for e in entries}
            if len(entries) == 1:
                confidence = 0.9
            elif code is not None or len(countries) == 1:
                confidence = 0.7
            else:
                confidence = 0.5
            return GeocodeResult(
                entry=best,
                precision=precision_of(best.feature),
                confidence=confidence,
                provider=self.name,
                candidates=tuple(
                    candidate_of(e, 1.0)
                    for e in [best, *[e for e in entries if e is not best]][:5]
                ),
            )
        if code is None:
            return None
        matches = self.gazetteer.fuzzy(
            query, country_codes=[code], limit=5, min_score=self.min_fuzzy_score
        )
        if not matches:
            return None
        score = matches[0][1]
        best = _town_named_like_its_district([e for e, s in matches if s == score])
        return GeocodeResult(
            entry=best,
            precision=precision_of(best.feature),
            confidence=round(0.8 * score, 3),
            provider=self.name,
            candidates=tuple(
                candidate_of(e, s)
                for e, s in sorted(matches, key=lambda m: m[0] is not best)
            ),
        )


def _town_named_like_its_district(entries: list[GazetteerEntry]) -> GazetteerEntry:
    best = entries[0]
    if best.feature not in ("admin1", "admin2"):
        return best
    for entry in entries[1:]:
        if (
            entry.feature == "settlement"
            and entry.country_code == best.country_code
            and entry.admin1 == best.admin1
        ):
            return entry
    return best


# --------------------------------------------------------------------------
# Online providers through geopy


def _feature_from_nominatim(raw: Mapping[str, Any]) -> FeatureKind:
    category = str(raw.get("category") or raw.get("class") or "")
    kind = str(raw.get("type") or "")
    addresstype = str(raw.get("addresstype") or "")
    try:
        rank = int(raw.get("place_rank") or 0)
    except (TypeError, ValueError):
        rank = 0
    if kind == "country" or addresstype == "country" or 0 < rank <= 4:
        return "country"
    if kind in ("state", "province", "region") or addresstype in ("state", "province"):
        return "admin1"
    if category == "boundary" or kind in ("county", "district", "municipality"):
        return "admin1" if 5 <= rank <= 9 else "admin2"
    if category in ("natural", "waterway", "landuse", "mountain_pass") or kind in (
        "peak",
        "ridge",
        "river",
        "valley",
        "hill",
    ):
        return "feature"
    return "settlement"


def _feature_from_photon(properties: Mapping[str, Any]) -> FeatureKind:
    kind = str(properties.get("type") or "")
    key = str(properties.get("osm_key") or "")
    if kind == "country":
        return "country"
    if kind == "state":
        return "admin1"
    if kind in ("county", "district"):
        return "admin2"
    if key in ("natural", "waterway", "landuse"):
        return "feature"
    return "settlement"


def parse_nominatim(
    raw: Mapping[str, Any], provider: str = "nominatim"
) -> GazetteerEntry:
    """Return the entry of one Nominatim /search result (``addressdetails=1``)."""
    address = raw.get("address") or {}
    osm_type = str(raw.get("osm_type") or "")[:1].upper()
    osm_id = raw.get("osm_id") if raw.get("osm_id") is not None else raw.get("place_id")
    display = str(raw.get("display_name") or "")
    name = raw.get("name") or display.split(",")[0].strip() or display
    country = address.get("country_code")
    return GazetteerEntry(
        gazetteer_id=f"{provider}:{osm_type}{osm_id}",
        name=str(name),
        lat=float(raw["lat"]),
        lon=float(raw["lon"]),
        country_code=str(country).upper() if country else None,
        admin1=address.get("state") or address.get("province") or None,
        feature=_feature_from_nominatim(raw),
        population=0,
        source=provider,
    )


def parse_photon(raw: Mapping[str, Any], provider: str = "photon") -> GazetteerEntry:
    """Return the entry of one Photon GeoJSON feature."""
    properties = raw.get("properties") or {}
    lon, lat = raw["geometry"]["coordinates"][:2]  # GeoJSON order
    country = properties.get("countrycode")
    return GazetteerEntry(
        gazetteer_id=(
            f"{provider}:{str(properties.get('osm_type') or '')[:1].upper()}"
            f"{properties.get('osm_id')}"
        ),
        name=str(properties.get("name") or ""),
        lat=float(lat),
        lon=float(lon),
        country_code=str(country).upper() if country else None,
        admin1=properties.get("state") or None,
        feature=_feature_from_photon(properties),
        population=0,
        source=provider,
    )


class GeopyGeocoder:
    """Wrap a geopy geocoder: no hidden retries, rate limited, outages raised.

    Built by :func:`build_online_geocoder`; ``client`` is a geopy geocoder
    whose ``geocode`` takes ``exactly_one``.
    """

    def __init__(
        self,
        client: Any,
        *,
        name: str,
        min_delay_seconds: float = 1.0,
        parse: Callable[[Mapping[str, Any], str], GazetteerEntry] = parse_nominatim,
        query_options: Callable[[str | None], dict[str, Any]] | None = None,
    ) -> None:
        from geopy.extra.rate_limiter import RateLimiter

        self.name = name
        self._client = client
        self._parse = parse
        self._query_options = query_options or (lambda _code: {})
        # swallow_exceptions=False: an outage must not look like "not found";
        # max_retries=0: the chain and the pending retry decide when to ask again.
        self._geocode = RateLimiter(
            client.geocode,
            min_delay_seconds=min_delay_seconds,
            max_retries=0,
            error_wait_seconds=max(5.0, min_delay_seconds),
            swallow_exceptions=False,
        )

    def geocode(
        self, query: str, *, country_code: str | None = None
    ) -> GeocodeResult | None:
        from geopy.exc import GeocoderQueryError, GeopyError

        try:
            location = self._geocode(
                query, exactly_one=True, **self._query_options(country_code)
            )
        except GeocoderQueryError:
            return None  # the service answered: it cannot match this text
        except GeopyError as exc:
            raise GeocodingUnavailable(
                self.name, query, reason=f"{type(exc).__name__}: {exc}"
            ) from exc
        if location is None:
            return None
        try:
            entry = self._parse(location.raw, self.name)
        except (KeyError, TypeError, ValueError, IndexError) as exc:
            raise GeocodingUnavailable(
                self.name, query, reason=f"unexpected response {location.raw!r:.200}"
            ) from exc
        if country_code and entry.country_code not in (None, country_code.upper()):
            return None  # Photon cannot filter by country: we do
        precision = precision_of(entry.feature)
        return GeocodeResult(
            entry=entry,
            precision=precision,
            confidence=0.6,
            provider=self.name,
            candidates=(candidate_of(entry, 1.0),),
        )


ONLINE_PROVIDERS = ("nominatim", "photon")


def build_online_geocoder(
    name: str,
    *,
    url: str,
    user_agent: str,
    min_delay_seconds: float = 1.0,
    timeout_seconds: float = 5.0,
    language: str = "en",
) -> GeopyGeocoder:
    """Return the named online geocoder talking to ``url`` (e.g. http://127.0.0.1:8080).

    Raises:
        GeodataError: an unknown provider name, a URL without scheme and host,
            or no user agent.
    """
    from geopy.adapters import RequestsAdapter
    from geopy.geocoders import Nominatim, Photon

    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise GeodataError(
            f"Expected a geocoder URL like https://nominatim.example.org, "
            f"instead got {url!r}"
        )
    if not user_agent:
        raise GeodataError(f"The {name} geocoder needs a user agent, got none")
    # geopy wants host[:port] and the scheme apart; a path prefix may stay on
    # the domain (https://example.org/nominatim -> example.org/nominatim).
    domain = parts.netloc + parts.path.rstrip("/")

    def adapter_factory(**kwargs: Any) -> RequestsAdapter:
        # urllib3's own read retries would multiply the timeout (TECH-NOTES 5).
        return RequestsAdapter(**kwargs, max_retries=0)

    common = {
        "domain": domain,
        "scheme": parts.scheme,
        "user_agent": user_agent,
        "timeout": timeout_seconds,
        "adapter_factory": adapter_factory,
    }
    if name == "nominatim":

        def nominatim_options(code: str | None) -> dict[str, Any]:
            options: dict[str, Any] = {"addressdetails": True, "language": language}
            if code:
                options["country_codes"] = code.lower()
            return options

        return GeopyGeocoder(
            Nominatim(**common),
            name=name,
            min_delay_seconds=min_delay_seconds,
            parse=parse_nominatim,
            query_options=nominatim_options,
        )
    if name == "photon":
        return GeopyGeocoder(
            Photon(**common),
            name=name,
            min_delay_seconds=min_delay_seconds,
            parse=parse_photon,
            query_options=lambda _code: {"language": language},
        )
    raise GeodataError(
        f"Expected an online geocoder from {list(ONLINE_PROVIDERS)}, "
        f"instead got {name!r}"
    )
