"""The composition root: the one place that builds real clients from settings.

The CLI, the app and the ingest workers all call :func:`build_services` (or
:func:`build_geoparser` where no store is needed); everything else receives
what it needs as arguments.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dashboard.config import Settings
from dashboard.store import Store

if TYPE_CHECKING:
    from dashboard.aliases import AliasStore
    from geodata.gazetteer import Gazetteer
    from geodata.geocoders import Geocoder
    from geodata.geoparser import Geoparser

#: Photon has no setting of its own yet: the public instance.
PUBLIC_PHOTON_URL = "https://photon.komoot.io"
#: Sent to Photon when no user agent is configured (Nominatim requires one).
DEFAULT_USER_AGENT = "landmine-map"

#: ``progress(done, total, stage)`` while the gazetteer is being built.
BuildProgress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class Services:
    """What the application works with, built once per settings.

    ``fallback`` is the cached online geocoder chain (None when offline);
    ``aliases`` the user's corrections, which the geoparser consults first.
    """

    settings: Settings
    store: Store
    gazetteer: Gazetteer
    geoparser: Geoparser
    fallback: Geocoder | None = None
    aliases: AliasStore | None = None


def open_gazetteer(
    settings: Settings, *, progress: BuildProgress | None = None
) -> Gazetteer:
    """Return the built gazetteer, building it first if missing or damaged.

    ``progress(done, total, stage)`` is called while a build runs.
    """
    from geodata.gazetteer import Gazetteer, ensure_gazetteer

    path = ensure_gazetteer(settings.gazetteer_path, progress=progress)
    return Gazetteer.open(path, user_path=settings.user_gazetteer_path)


def build_online_chain(settings: Settings, store: Store) -> Geocoder | None:
    """Return the cached chain of the online providers, or None when offline."""
    online = list(settings.geocoder_providers[1:])
    if settings.geocoder_providers and settings.geocoder_providers[0] != "gazetteer":
        online = list(settings.geocoder_providers)
    if not online:
        return None
    from geodata.cache import CachedGeocoder, GeocodeCache
    from geodata.chain import GeocoderChain
    from geodata.geocoders import build_online_geocoder

    providers = [
        build_online_geocoder(
            name,
            url=settings.nominatim_url if name == "nominatim" else PUBLIC_PHOTON_URL,
            user_agent=settings.nominatim_user_agent or DEFAULT_USER_AGENT,
            min_delay_seconds=settings.nominatim_min_delay_seconds,
            timeout_seconds=settings.geocode_timeout_seconds,
        )
        for name in online
    ]
    return CachedGeocoder(GeocoderChain(providers), GeocodeCache(store.engine))


def build_geoparser(
    settings: Settings,
    *,
    gazetteer: Gazetteer | None = None,
    fallback: Geocoder | None = None,
    aliases: AliasStore | None = None,
) -> Geoparser:
    """Return a geoparser over the gazetteer, with the online fallback if any
    and the user's corrections (``aliases``) consulted before the gazetteer."""
    from geodata.geoparser import Geoparser

    if gazetteer is None:
        gazetteer = open_gazetteer(settings)
    return Geoparser(gazetteer, fallback=fallback, aliases=aliases)


def build_services(
    settings: Settings, *, progress: BuildProgress | None = None
) -> Services:
    """Build the store, gazetteer, online chain and geoparser for ``settings``.

    ``progress`` reports a first-use gazetteer build (see :func:`open_gazetteer`).
    """
    store = Store(settings.database_url)
    gazetteer = open_gazetteer(settings, progress=progress)
    fallback = build_online_chain(settings, store)
    from dashboard.aliases import AliasStore

    aliases = AliasStore(store)
    return Services(
        settings=settings,
        store=store,
        gazetteer=gazetteer,
        geoparser=build_geoparser(
            settings, gazetteer=gazetteer, fallback=fallback, aliases=aliases
        ),
        fallback=fallback,
        aliases=aliases,
    )
