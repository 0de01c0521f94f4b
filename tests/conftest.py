"""Fixtures shared by every test folder.

The built gazetteer is shared: it lives in the gazetteer cache directory
(``LANDMINE_MAP_CACHE`` or the per-user cache folder), is built once per
machine (``make test`` builds it before pytest starts) and only opened here.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from dashboard.config import Settings, load_settings


@pytest.fixture(scope="session")
def gazetteer_path() -> Path:
    from geodata.gazetteer import ensure_gazetteer

    return ensure_gazetteer(load_settings(secrets={}).gazetteer_path)


@pytest.fixture(scope="session")
def gazetteer(gazetteer_path: Path):
    from geodata.gazetteer import Gazetteer

    return Gazetteer.open(gazetteer_path)


@pytest.fixture
def settings(tmp_path: Path, gazetteer_path: Path) -> Settings:
    """Offline settings with a fresh data directory and the shared gazetteer."""
    return Settings.from_mapping(
        {
            "data_dir": str(tmp_path / "data"),
            "cache_dir": str(gazetteer_path.parent),
            "tiles_url": "none",
        }
    )


@pytest.fixture(autouse=True)
def _keep_main_module():
    """Put ``__main__`` back after each test.

    Streamlit's script runner (AppTest too) installs the page script as
    ``sys.modules["__main__"]`` and leaves it there; a process spawned later
    in the same pytest run (the ingest workers) would then re-run that script
    and die. Regression: test_two_worker_processes_store_what_one_process_stores
    failed whenever an AppTest had run before it.
    """
    main = sys.modules.get("__main__")
    yield
    if main is not None:
        sys.modules["__main__"] = main
