"""Exceptions of the geographic core. Finding nothing is None, never an error."""

from __future__ import annotations


class GeodataError(Exception):
    """Root of every error raised by :mod:`geodata`."""


class GazetteerError(GeodataError, OSError):
    """The built gazetteer is missing, corrupt or cannot be built."""


class GazetteerImportError(GeodataError, ValueError):
    """A GeoNames dump given to import is not in the expected format."""


class GeocodingUnavailable(GeodataError, ConnectionError):
    """A provider could not be asked (timeout, 429, 5xx, garbage). Never cached."""

    def __init__(
        self,
        provider: str,
        query: str,
        *,
        reason: str = "",
        causes: list[GeocodingUnavailable] | None = None,
    ) -> None:
        self.provider = provider
        self.query = query
        self.reason = reason
        self.causes = list(causes or [])
        detail = f": {reason}" if reason else ""
        super().__init__(f"{provider} could not geocode {query!r}{detail}")
