"""The map's JS/CSS come from installed packages and are copied into static/."""

from __future__ import annotations

from pathlib import Path

from dashboard.assets import ASSETS, install_static_assets, missing_static_assets


def test_install_copies_every_asset_then_writes_nothing(tmp_path: Path):
    target = tmp_path / "static"
    assert missing_static_assets(target) == [a.target for a in ASSETS]
    written = install_static_assets(target)
    assert sorted(p.relative_to(target).as_posix() for p in written) == sorted(
        a.target for a in ASSETS
    )
    assert missing_static_assets(target) == []
    assert install_static_assets(target) == []  # idempotent


def test_installed_files_are_the_real_libraries(tmp_path: Path):
    install_static_assets(tmp_path)
    leaflet = (tmp_path / "leaflet/leaflet.js").read_text(encoding="utf-8")
    assert "Leaflet 1.9" in leaflet[:300]
    cluster = (tmp_path / "markercluster/leaflet.markercluster.js").read_text("utf-8")
    assert "markerClusterGroup" in cluster
    assert (tmp_path / "leaflet/images/marker-icon.png").read_bytes()[:4] == b"\x89PNG"
    assert "heatLayer" in (tmp_path / "leaflet-heat/leaflet-heat.min.js").read_text()


def test_a_changed_or_partial_file_is_replaced(tmp_path: Path):
    install_static_assets(tmp_path)
    damaged = tmp_path / "leaflet/leaflet.css"
    damaged.write_text("truncated")
    assert install_static_assets(tmp_path) == [damaged]
    assert "leaflet-container" in damaged.read_text()
    assert not list(tmp_path.rglob("*.partial"))
