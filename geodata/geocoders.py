"""The geocoder seam: anything that turns a name (and a country hint) into a place.

A result is a match; ``None`` means the provider answered "no match" (safe to
cache); :class:`~geodata.errors.GeocodingUnavailable` means it could not be
asked (never cached; the next provider is tried and the place stays pending).
"""

from __future__ import annotations

from typing import Protocol

from geodata.models import GeocodeResult


class Geocoder(Protocol):
    name: str

    def geocode(
        self, query: str, *, country_code: str | None = None
    ) -> GeocodeResult | None: ...
