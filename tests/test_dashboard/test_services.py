"""The composition root with the real gazetteer, geoparser and store."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from dashboard.config import Settings
from dashboard.models import ROLES
from dashboard.pipeline import demo_files, ingest_paths, load_demo_if_empty
from dashboard.services import Services, build_services


@pytest.fixture
def services(settings: Settings) -> Services:
    return build_services(settings)


def test_offline_services_use_the_settings_and_no_online_fallback(
    services: Services, settings: Settings, gazetteer_path: Path
) -> None:
    assert services.settings is settings
    assert services.store.url == settings.database_url
    assert services.fallback is None
    assert services.geoparser.fallback is None
    assert Path(services.gazetteer.status()["path"]) == gazetteer_path
    names = [place.name for place in services.geoparser.parse("Mines near Agdam.")]
    assert names == ["Agdam"]


def test_online_services_put_the_cached_chain_behind_the_gazetteer(
    tmp_path: Path, gazetteer_path: Path
) -> None:
    from geodata.cache import CachedGeocoder

    settings = Settings.from_mapping(
        {
            "data_dir": str(tmp_path / "data"),
            "cache_dir": str(gazetteer_path.parent),
            "geocoder_providers": "gazetteer,nominatim",
            # Nothing listens there: building the chain must not go online.
            "nominatim_url": "http://127.0.0.1:9",
            "nominatim_user_agent": "landmine-map-tests",
        }
    )
    services = build_services(settings)
    assert isinstance(services.fallback, CachedGeocoder)
    assert services.geoparser.fallback is services.fallback


def test_demo_articles_populate_the_map_with_every_role(services: Services) -> None:
    loaded = load_demo_if_empty(services)
    assert loaded == len(demo_files()) >= 16
    rows = services.store.mention_rows()
    resolved = [r for r in rows if r["status"] == "resolved"]
    per_article = Counter(r["article_id"] for r in resolved)
    assert len(per_article) == loaded, "every demo article puts places on the map"
    assert set(ROLES) <= {r["role"] for r in resolved}
    countries = {r["country_code"] for r in resolved if r["role"] != "mention"}
    assert len(countries) >= 10
    years = {r["article_published"].year for r in rows}
    assert years == {2021, 2022, 2023, 2024, 2025}


@pytest.mark.slow
def test_two_worker_processes_store_what_one_process_stores(
    settings: Settings, tmp_path: Path
) -> None:
    def stored(services: Services) -> list[tuple]:
        return sorted(
            (r["article_title"], r["name"], r["role"], r["lat"], r["lon"], r["mines"])
            for r in services.store.mention_rows()
        )

    one = build_services(settings)
    report_one = ingest_paths([Path(demo_files()[0]).parent], one, workers=1)
    other_settings = Settings.from_mapping(
        {
            "data_dir": str(tmp_path / "other"),
            "cache_dir": str(settings.cache_dir),
            "tiles_url": "none",
        }
    )
    two = build_services(other_settings)
    report_two = ingest_paths([Path(demo_files()[0]).parent], two, workers=2)
    assert report_one.ok and report_two.ok
    assert [r.path for r in report_two.saved] == [r.path for r in report_one.saved]
    one_rows, two_rows = stored(one), stored(two)
    assert two_rows == one_rows, set(one_rows) ^ set(two_rows)


def _other_settings(settings: Settings, data_dir: Path) -> Settings:
    return Settings.from_mapping(
        {
            "data_dir": str(data_dir),
            "cache_dir": str(settings.cache_dir),
            "tiles_url": "none",
        }
    )


@pytest.mark.slow
def test_two_processes_report_every_file_as_one_process_does(
    settings: Settings, tmp_path: Path
) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    demo = demo_files()[:5]
    for path in demo:
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    (folder / "zz_twin.txt").write_bytes(demo[0].read_bytes())
    paths = [folder, tmp_path / "nowhere.txt", tmp_path / "image.png"]
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)

    def outcomes(report) -> list[tuple]:
        return [
            (Path(r.path).name, r.outcome, r.places, r.reason) for r in report.results
        ]

    reports, stored, calls = {}, {}, []
    for workers in (1, 2):
        services = build_services(_other_settings(settings, tmp_path / f"d{workers}"))
        calls.clear()
        reports[workers] = ingest_paths(
            paths,
            services,
            workers=workers,
            progress=lambda done, total, _: calls.append((done, total)),
        )
        assert calls == [(done, 9) for done in range(1, 10)]
        stored[workers] = sorted(
            (r["article_title"], r["name"], r["role"], r["lat"], r["lon"])
            for r in services.store.mention_rows()
        )
        again = ingest_paths(paths, services, workers=workers)
        assert [r.outcome for r in again.results] == ["duplicate"] * 5 + [
            "failed",
            "duplicate",
            "failed",
            "failed",
        ]
        assert {r.article_id for r in again.duplicates} == {
            r.article_id for r in reports[workers].saved
        }
        assert services.store.counts()["articles"] == 5

    one, two = outcomes(reports[1]), outcomes(reports[2])
    assert [r[1] for r in one] == ["saved"] * 5 + ["failed", "duplicate"] + [
        "failed"
    ] * 2
    # Which copy of the twin lands first may differ with two processes.
    twins = {0, 6}
    assert [r for i, r in enumerate(two) if i not in twins] == [
        r for i, r in enumerate(one) if i not in twins
    ]
    assert sorted(two[i][1:] for i in twins) == sorted(one[i][1:] for i in twins)
    assert stored[2] == stored[1]
