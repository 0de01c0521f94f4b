"""Helpers for the AppTest page tests: a seeded store and an app pointed at it."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.config import Settings, load_settings
from dashboard.models import Article, ExtractedPlace
from dashboard.store import Store

APP = Path(__file__).resolve().parents[2] / "streamlit_app.py"
HOSTILE_TITLE = '<script>alert("x")</script> Mine <img src=x onerror=alert(1)>'


def place(name: str, lat: float, lon: float, **overrides) -> ExtractedPlace:
    values = {
        "name": name,
        "start": 0,
        "end": len(name),
        "excerpt": f"A mine was found near {name}.",
        "role": "incident",
        "status": "resolved",
        "lat": lat,
        "lon": lon,
        "country_code": "AZ",
        "admin1": "Aghdam District",
        "precision": 1,
        "confidence": 0.9,
        "gazetteer_id": f"test:{name.lower()}",
    }
    values.update(overrides)
    return ExtractedPlace(**values)


def article(text: str, **overrides) -> Article:
    values = {
        "text": text,
        "title": "Tractor hits a mine near Aghdam",
        "published": date(2023, 3, 14),
        "source": "https://news.example.org/aghdam",
        "file_name": "aghdam.txt",
    }
    values.update(overrides)
    return Article(**values)


def seed(settings: Settings) -> Store:
    """Store two articles: 3 placed mentions (2 incidents, 1 clearance) + 1 not."""
    store = Store(settings.database_url)
    store.save_article(
        article("Tractor hits a mine near Aghdam. Two men were hurt in Tartar."),
        [
            place("Aghdam", 39.99, 46.93, killed=1),
            place("Tartar", 40.34, 46.93, injured=2, excerpt="Two men were hurt."),
        ],
    )
    store.save_article(
        article(
            "Deminers cleared fields around Fuzuli; Xanadu was named too.",
            title=HOSTILE_TITLE,
            source="javascript:alert(2)",
            published=date(2024, 5, 2),
            file_name="fuzuli.txt",
        ),
        [
            place("Fuzuli", 39.6, 47.14, role="clearance", mines=40, precision=2),
            place(
                "Xanadu",
                None,
                None,
                status="unresolved",
                role="mention",
                country_code=None,
                admin1=None,
                precision=None,
                gazetteer_id=None,
            ),
        ],
    )
    return store


@pytest.fixture
def app_env(tmp_path: Path, gazetteer_path: Path, monkeypatch) -> Settings:
    """Point the app at a fresh data directory, offline and without tiles."""
    monkeypatch.setenv("LANDMINE_MAP_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("LANDMINE_MAP_CACHE", str(gazetteer_path.parent))
    monkeypatch.setenv("LANDMINE_MAP_TILES", "none")
    monkeypatch.setenv("LANDMINE_MAP_CONFIG", str(tmp_path / "no-secrets.toml"))
    for name in ("LANDMINE_MAP_DB", "LANDMINE_MAP_GEOCODERS"):
        monkeypatch.delenv(name, raising=False)
    settings = load_settings(secrets={})
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    return settings


def new_app(page: str | None = None) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=120)
    at.run()
    if page is not None:
        at.switch_page(page).run()
    assert not at.exception, at.exception
    return at


SHOWN_RE = re.compile(r"\*\*([\d,]+) mentions shown\*\* · ([\d,]+) events?")


def _shown_line(at: AppTest) -> re.Match[str]:
    for element in at.markdown:
        match = SHOWN_RE.fullmatch(element.value)
        if match:
            return match
    raise AssertionError("no 'N mentions shown · M events' line on the page")


def shown_count(at: AppTest) -> int:
    """Return N of the "N mentions shown · M events" line above the map."""
    return int(_shown_line(at).group(1).replace(",", ""))


def shown_events(at: AppTest) -> int:
    """Return M of the "N mentions shown · M events" line above the map."""
    return int(_shown_line(at).group(2).replace(",", ""))


def map_args(at: AppTest) -> dict:
    """Return the arguments the map component was given (script, html, links)."""
    (component,) = at.main.get("component_instance")
    return json.loads(component.proto.json_args)
