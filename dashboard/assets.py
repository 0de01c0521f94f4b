"""The map's JavaScript and CSS, served by the app itself so it works offline.

Leaflet, markercluster and jQuery come from their PyPI ``xstatic`` packages,
leaflet.heat from the copy folium ships in its package; nothing is copied into
the repository. :func:`install_static_assets` copies them into ``static/``
next to ``streamlit_app.py``, which Streamlit serves at ``/app/static/`` when
``server.enableStaticServing`` is on (see ``.streamlit/config.toml``).

Run it with ``python -m dashboard.assets`` (``make static`` does).
"""

from __future__ import annotations

import filecmp
import shutil
import sys
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from dashboard.config import PROJECT_ROOT
from dashboard.errors import DashboardError

#: Where Streamlit serves ``<project>/static/`` (absolute: the map's iframe is
#: same-origin, so absolute paths work from every page).
STATIC_URL = "/app/static"
STATIC_DIR = PROJECT_ROOT / "static"


class AssetError(DashboardError, RuntimeError):
    """A static asset could not be found in its package or copied."""


@dataclass(frozen=True, slots=True)
class Asset:
    """One file to serve: where it comes from, and its path under ``static/``."""

    package: str  # the importable package that ships it
    source: str  # path inside that package
    target: str  # path under static/ (and under STATIC_URL)


ASSETS: tuple[Asset, ...] = (
    Asset("xstatic.pkg.leaflet", "data/leaflet.js", "leaflet/leaflet.js"),
    Asset("xstatic.pkg.leaflet", "data/leaflet.css", "leaflet/leaflet.css"),
    *(
        Asset("xstatic.pkg.leaflet", f"data/images/{name}", f"leaflet/images/{name}")
        for name in (
            "layers.png",
            "layers-2x.png",
            "marker-icon.png",
            "marker-icon-2x.png",
            "marker-shadow.png",
        )
    ),
    Asset(
        "xstatic.pkg.leaflet_markercluster",
        "data/leaflet.markercluster.js",
        "markercluster/leaflet.markercluster.js",
    ),
    Asset(
        "xstatic.pkg.leaflet_markercluster",
        "data/MarkerCluster.css",
        "markercluster/MarkerCluster.css",
    ),
    Asset(
        "xstatic.pkg.leaflet_markercluster",
        "data/MarkerCluster.Default.css",
        "markercluster/MarkerCluster.Default.css",
    ),
    Asset("xstatic.pkg.jquery", "data/jquery.min.js", "jquery/jquery.min.js"),
    # folium ships leaflet.heat (BSD-2) for its HeatMap plugin, whose default
    # URL is a CDN; we serve the packaged copy instead.
    Asset(
        "folium", "templates/leaflet_heat.min.js", "leaflet-heat/leaflet-heat.min.js"
    ),
)


def asset_url(target: str) -> str:
    """Return the URL the app serves ``static/<target>`` at."""
    return f"{STATIC_URL}/{target}"


def _source_path(asset: Asset) -> Path:
    try:
        root = resources.files(asset.package)
    except ModuleNotFoundError as exc:
        raise AssetError(
            f"Expected the package {asset.package!r} to be installed (it ships "
            f"{asset.target}); run `pip install -e .`"
        ) from exc
    path = Path(str(root.joinpath(asset.source)))
    if not path.is_file():
        raise AssetError(
            f"Expected {asset.source} inside {asset.package}, found nothing at {path}"
        )
    return path


def install_static_assets(target: Path = STATIC_DIR) -> list[Path]:
    """Copy every map asset into ``target``; return the files written.

    Idempotent: a file already there with the same bytes is left alone, so a
    second run writes nothing.
    """
    written: list[Path] = []
    for asset in ASSETS:
        source = _source_path(asset)
        destination = target / asset.target
        if destination.is_file() and filecmp.cmp(source, destination, shallow=False):
            continue
        destination.parent.mkdir(parents=True, exist_ok=True)
        # Copy to a temporary name, then rename: a server reading the file
        # meanwhile sees the old or the new one, never half of it.
        partial = destination.with_name(destination.name + ".partial")
        shutil.copyfile(source, partial)
        partial.replace(destination)
        written.append(destination)
    return written


def missing_static_assets(target: Path = STATIC_DIR) -> list[str]:
    """Return the assets not (yet) installed under ``target``, as static paths."""
    return [a.target for a in ASSETS if not (target / a.target).is_file()]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    target = Path(args[0]) if args else STATIC_DIR
    written = install_static_assets(target)
    print(f"{len(written)} of {len(ASSETS)} map assets written to {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
