"""The geographic core: gazetteer, place extraction and resolution, geocoders, cache.

Plain Python with no Streamlit and no pandas; it never imports :mod:`dashboard`.
The public names below load lazily, so ``python -m geodata.gazetteer`` (the
child process that builds the gazetteer) does not import its own module twice::

    from geodata import Gazetteer, Geoparser, ensure_gazetteer

    parser = Geoparser(Gazetteer.open(ensure_gazetteer(path)))
    [p.name for p in parser.parse("Deminers cleared a field near Aghdam.")]
    # ['Aghdam']
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "Candidate": "geodata.models",
    "GazetteerEntry": "geodata.models",
    "GeocodeResult": "geodata.models",
    "PlaceMention": "geodata.models",
    "ResolvedPlace": "geodata.models",
    "GeodataError": "geodata.errors",
    "GazetteerError": "geodata.errors",
    "GazetteerImportError": "geodata.errors",
    "GeocodingUnavailable": "geodata.errors",
    "normalize_place_name": "geodata.normalize",
    "normalize_query": "geodata.normalize",
    "Gazetteer": "geodata.gazetteer",
    "build_gazetteer": "geodata.gazetteer",
    "ensure_gazetteer": "geodata.gazetteer",
    "import_geonames_dump": "geodata.importer",
    "extract_place_mentions": "geodata.extract",
    "resolve_places": "geodata.resolve",
    "Geoparser": "geodata.geoparser",
    "Geocoder": "geodata.geocoders",
    "GeocoderChain": "geodata.chain",
    "GeocodeCache": "geodata.cache",
    "CachedGeocoder": "geodata.cache",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'geodata' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
