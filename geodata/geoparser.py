"""Text in, places out: extract, resolve, then ask the fallback geocoder."""

from __future__ import annotations

import logging
from dataclasses import replace

from geodata.errors import GeocodingUnavailable
from geodata.extract import NameIndex, extract_place_mentions
from geodata.geocoders import Geocoder
from geodata.models import ResolvedPlace
from geodata.resolve import (
    LOW_CONFIDENCE,
    AliasLookup,
    ResolvingGazetteer,
    resolve_places_with_country,
)

__all__ = ["Geoparser"]

logger = logging.getLogger(__name__)


class Geoparser:
    """Find, resolve and (where the gazetteer cannot) geocode the places of a text.

    Args:
        gazetteer: the offline gazetteer (:class:`geodata.gazetteer.Gazetteer`).
        fallback: asked for places the gazetteer leaves unresolved or resolves
            with a confidence below ``low_confidence``, with the article's
            dominant country as hint; typically the cached online chain.
        aliases: user corrections, consulted before the gazetteer.
    """

    def __init__(
        self,
        gazetteer: ResolvingGazetteer,
        *,
        fallback: Geocoder | None = None,
        aliases: AliasLookup | None = None,
        low_confidence: float = LOW_CONFIDENCE,
    ) -> None:
        self.gazetteer = gazetteer
        self.fallback = fallback
        self.aliases = aliases
        self.low_confidence = low_confidence

    def parse(self, text: str) -> list[ResolvedPlace]:
        """Return the distinct places of ``text``, in the order of their first mention.

        A place the fallback could not be asked about (timeout, rate limit,
        outage) is ``pending``, keeping whatever the gazetteer gave it.
        """
        gazetteer: NameIndex = self.gazetteer
        mentions = extract_place_mentions(text, gazetteer)
        places, country = resolve_places_with_country(
            text, mentions, self.gazetteer, aliases=self.aliases
        )
        if self.fallback is None:
            return places
        return [self._fall_back(place, country) for place in places]

    def _fall_back(self, place: ResolvedPlace, country: str | None) -> ResolvedPlace:
        result = place.result
        if result is not None and (
            result.provider == "alias" or result.confidence >= self.low_confidence
        ):
            return place
        assert self.fallback is not None
        name = place.name
        if name.isupper() and len(name) > 3:
            name = name.title()  # a dateline's "ZIGUINCHOR"
        try:
            answer = self.fallback.geocode(name, country_code=country)
        except GeocodingUnavailable as exc:
            logger.info("geocoding %r postponed: %s", place.name, exc)
            return replace(place, status="pending")
        if answer is None:
            return place
        return replace(place, status="resolved", result=answer)
