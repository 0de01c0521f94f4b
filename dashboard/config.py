"""Settings: one frozen object, built in one place, used by the CLI and the app alike.

Precedence: environment variable, then ``.streamlit/secrets.toml`` (read with
tomllib from the project root, or the file named by ``LANDMINE_MAP_CONFIG``),
then the default.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import platformdirs

from dashboard.errors import ConfigError

APP_NAME = "landmine-map"
PUBLIC_NOMINATIM_URL = "https://nominatim.openstreetmap.org"
OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_ATTRIBUTION = (
    '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> '
    "contributors"
)
KNOWN_GEOCODERS = ("gazetteer", "nominatim", "photon")
PROJECT_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True, slots=True)
class Setting:
    """How one field of :class:`Settings` is named outside the code."""

    env: str
    secret: str
    help: str


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything configurable: build it with :func:`load_settings`."""

    data_dir: Path
    cache_dir: Path
    database_url: str
    geocoder_providers: tuple[str, ...] = ("gazetteer",)
    nominatim_url: str = PUBLIC_NOMINATIM_URL
    nominatim_user_agent: str | None = None
    nominatim_min_delay_seconds: float = 1.0
    geocode_timeout_seconds: float = 5.0
    tiles_url: str | None = OSM_TILES
    tiles_attribution: str = OSM_ATTRIBUTION
    max_file_mb: int = 20
    editor_password: str | None = field(default=None, repr=False)
    role_model: bool = True  # the learned second opinion on roles; off: rules alone

    @property
    def max_file_bytes(self) -> int:
        return self.max_file_mb * 1024 * 1024

    @property
    def is_online(self) -> bool:
        return any(name != "gazetteer" for name in self.geocoder_providers)

    @property
    def gazetteer_path(self) -> Path:
        return self.cache_dir / "gazetteer.sqlite"

    @property
    def user_gazetteer_path(self) -> Path:
        """Where imported GeoNames dumps go (per data directory)."""
        return self.data_dir / "user-gazetteer.sqlite"

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any]) -> Settings:
        """Build and validate settings from secret-style keys (``data_dir``...)."""
        known = {spec.secret: name for name, spec in SETTINGS.items()}
        unknown = sorted(set(values) - set(known))
        if unknown:
            raise ConfigError(
                f"Unknown setting(s) {unknown}; expected some of {sorted(known)}"
            )
        data_dir = Path(values.get("data_dir") or platformdirs.user_data_dir(APP_NAME))
        cache_dir = Path(
            values.get("cache_dir") or platformdirs.user_cache_dir(APP_NAME)
        )
        database_url = values.get("database_url") or (
            f"sqlite:///{(data_dir / 'landmine-map.sqlite').as_posix()}"
        )
        providers = values.get("geocoder_providers") or ("gazetteer",)
        if isinstance(providers, str):
            providers = [p for p in providers.replace(" ", "").split(",") if p]
        tiles = values.get("tiles_url", OSM_TILES)
        settings = cls(
            data_dir=data_dir.expanduser(),
            cache_dir=cache_dir.expanduser(),
            database_url=str(database_url),
            geocoder_providers=tuple(p.lower() for p in providers),
            nominatim_url=str(values.get("nominatim_url") or PUBLIC_NOMINATIM_URL),
            nominatim_user_agent=values.get("nominatim_user_agent") or None,
            nominatim_min_delay_seconds=_number(
                values, "nominatim_min_delay_seconds", 1.0
            ),
            geocode_timeout_seconds=_number(values, "geocode_timeout_seconds", 5.0),
            tiles_url=None if str(tiles).lower() in ("", "none") else str(tiles),
            tiles_attribution=str(values.get("tiles_attribution") or OSM_ATTRIBUTION),
            max_file_mb=int(_number(values, "max_file_mb", 20)),
            editor_password=values.get("editor_password") or None,
            role_model=_switch(values, "role_model", True),
        )
        settings.validate()
        return settings

    def validate(self) -> None:
        """Raise :class:`ConfigError` for settings that cannot work."""
        unknown = [p for p in self.geocoder_providers if p not in KNOWN_GEOCODERS]
        if unknown:
            raise ConfigError(
                f"Expected geocoder providers from {list(KNOWN_GEOCODERS)}, "
                f"instead got {unknown!r}"
            )
        if "gazetteer" in self.geocoder_providers and (
            self.geocoder_providers[0] != "gazetteer"
        ):
            raise ConfigError(
                "The offline gazetteer must come first in the geocoder providers, "
                f"instead got {list(self.geocoder_providers)!r}"
            )
        if "nominatim" in self.geocoder_providers:
            if not self.nominatim_user_agent:
                raise ConfigError(
                    "Online geocoding with Nominatim needs a user agent that "
                    "identifies your install (LANDMINE_MAP_NOMINATIM_USER_AGENT); "
                    "see https://operations.osmfoundation.org/policies/nominatim/"
                )
            is_public = self.nominatim_url.rstrip("/") == PUBLIC_NOMINATIM_URL
            if is_public and self.nominatim_min_delay_seconds < 1.0:
                raise ConfigError(
                    "Public Nominatim allows at most one request per second; "
                    f"expected a minimum delay >= 1.0 s, instead got "
                    f"{self.nominatim_min_delay_seconds!r}"
                )
        if self.geocode_timeout_seconds <= 0:
            raise ConfigError(
                "Expected a positive geocode timeout, instead got "
                f"{self.geocode_timeout_seconds!r}"
            )
        if self.max_file_mb <= 0:
            raise ConfigError(
                "Expected a positive largest file size, "
                f"instead got {self.max_file_mb!r}"
            )
        if self.tiles_url and not self.tiles_attribution:
            raise ConfigError(
                "Custom tiles need an attribution (LANDMINE_MAP_TILES_ATTR)"
            )


SETTINGS: dict[str, Setting] = {
    "data_dir": Setting(
        "LANDMINE_MAP_HOME", "data_dir", "Data directory: store, geocode cache, imports"
    ),
    "cache_dir": Setting(
        "LANDMINE_MAP_CACHE", "cache_dir", "Where the built gazetteer is kept"
    ),
    "database_url": Setting(
        "LANDMINE_MAP_DB", "database_url", "SQLAlchemy URL of the store"
    ),
    "geocoder_providers": Setting(
        "LANDMINE_MAP_GEOCODERS",
        "geocoder_providers",
        "Geocoders in order, comma-separated: gazetteer[,nominatim][,photon]",
    ),
    "nominatim_url": Setting(
        "LANDMINE_MAP_NOMINATIM_URL", "nominatim_url", "Nominatim base URL"
    ),
    "nominatim_user_agent": Setting(
        "LANDMINE_MAP_NOMINATIM_USER_AGENT",
        "nominatim_user_agent",
        "User agent sent to Nominatim (required when online)",
    ),
    "nominatim_min_delay_seconds": Setting(
        "LANDMINE_MAP_NOMINATIM_MIN_DELAY",
        "nominatim_min_delay_seconds",
        "Minimum seconds between two online requests",
    ),
    "geocode_timeout_seconds": Setting(
        "LANDMINE_MAP_NOMINATIM_GEOCODE_TIMEOUT",
        "geocode_timeout_seconds",
        "Seconds one online lookup may take",
    ),
    "tiles_url": Setting(
        "LANDMINE_MAP_TILES", "tiles_url", "Tile URL template, or none for no tiles"
    ),
    "tiles_attribution": Setting(
        "LANDMINE_MAP_TILES_ATTR", "tiles_attribution", "Attribution of the tiles"
    ),
    "max_file_mb": Setting(
        "LANDMINE_MAP_MAX_FILE_MB", "max_file_mb", "Largest file accepted, in MB"
    ),
    "editor_password": Setting(
        "LANDMINE_MAP_EDITOR_PASSWORD",
        "editor_password",
        "When set, uploading and editing ask for it",
    ),
    "role_model": Setting(
        "LANDMINE_MAP_ROLE_MODEL",
        "role_model",
        "The learned second opinion on roles: on (default) or off (rules alone)",
    ),
}
assert set(SETTINGS) == {f.name for f in fields(Settings)}


def _number(values: Mapping[str, Any], key: str, default: float) -> float:
    raw = values.get(key)
    if raw in (None, ""):
        return default
    try:
        return float(raw)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"Expected a number for {key}, instead got {raw!r}") from exc


_ON = ("on", "true", "yes", "1")
_OFF = ("off", "false", "no", "0")


def _switch(values: Mapping[str, Any], key: str, default: bool) -> bool:
    raw = values.get(key)
    if raw in (None, ""):
        return default
    if isinstance(raw, bool):
        return raw
    word = str(raw).strip().lower()
    if word in _ON or word in _OFF:
        return word in _ON
    raise ConfigError(f"Expected on or off for {key}, instead got {raw!r}")


def secrets_path(environ: Mapping[str, str] | None = None) -> Path:
    """Return the secrets file the settings are read from (it may not exist)."""
    environ = os.environ if environ is None else environ
    explicit = environ.get("LANDMINE_MAP_CONFIG")
    return Path(explicit) if explicit else PROJECT_ROOT / ".streamlit" / "secrets.toml"


def read_secrets_file(path: Path) -> dict[str, Any]:
    """Return the settings keys of a secrets.toml, or {} when there is no file."""
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError:
        return {}
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path} is not valid TOML: {exc}") from exc
    known = {spec.secret for spec in SETTINGS.values()}
    return {key: value for key, value in data.items() if key in known}


def load_settings(
    environ: Mapping[str, str] | None = None,
    secrets: Mapping[str, Any] | None = None,
) -> Settings:
    """Build settings from the environment over secrets over defaults.

    ``secrets`` defaults to the secrets file; the app passes ``st.secrets``.
    """
    environ = os.environ if environ is None else environ
    values: dict[str, Any] = dict(
        read_secrets_file(secrets_path(environ)) if secrets is None else secrets
    )
    values = {
        k: v for k, v in values.items() if k in {s.secret for s in SETTINGS.values()}
    }
    for spec in SETTINGS.values():
        if environ.get(spec.env) not in (None, ""):
            values[spec.secret] = environ[spec.env]
    return Settings.from_mapping(values)
