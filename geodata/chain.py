"""Geocoders in order: the first match wins; a miss is not a failure."""

from __future__ import annotations

from collections.abc import Sequence

from geodata.errors import GeocodingUnavailable
from geodata.geocoders import Geocoder
from geodata.models import GeocodeResult


class GeocoderChain:
    """Ask each provider in turn and return the first match.

    Returns None only when every provider answered "no match". When none
    matched and at least one could not be asked, raises
    :class:`GeocodingUnavailable` (with every failure in ``causes``) so that a
    cache around the chain does not record an outage as a miss.
    """

    def __init__(self, providers: Sequence[Geocoder]) -> None:
        self.providers = tuple(providers)
        self.name = "+".join(p.name for p in self.providers) or "empty"

    def geocode(
        self, query: str, *, country_code: str | None = None
    ) -> GeocodeResult | None:
        failures: list[GeocodingUnavailable] = []
        for provider in self.providers:
            try:
                result = provider.geocode(query, country_code=country_code)
            except GeocodingUnavailable as exc:
                failures.append(exc)
                continue
            if result is not None:
                return result
        if failures:
            reasons = "; ".join(str(f) for f in failures)
            raise GeocodingUnavailable(
                self.name, query, reason=reasons, causes=failures
            )
        return None
