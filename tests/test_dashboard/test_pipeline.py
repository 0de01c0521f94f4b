"""The ingest pipeline on real files in tmp_path and a real SQLite store.

The geoparser is a small fake here (what is tested is the pipeline: files,
duplicates, failures, demo, retries); the real one is used by test_cli and
test_services.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from dashboard.config import Settings
from dashboard.pipeline import (
    collect_files,
    demo_files,
    extract_uploads,
    ingest_paths,
    load_demo,
    load_demo_if_empty,
    retry_pending,
)
from dashboard.services import Services
from dashboard.store import Store
from geodata.models import (
    Candidate,
    GazetteerEntry,
    GeocodeResult,
    PlaceMention,
    ResolvedPlace,
)

AGDAM = GazetteerEntry(
    "geonames:148565", "Ağdam", 39.99, 46.93, "AZ", "Agdam", "settlement", 37700
)
BAKU = GazetteerEntry(
    "geonames:587084", "Baku", 40.38, 49.89, "AZ", "Baku", "settlement", 2351300
)
SARIJALI = GazetteerEntry(
    "nominatim:N42", "Sarıcalı", 40.1, 47.4, "AZ", "Aghjabadi", "settlement"
)


@dataclass
class FakeGeoparser:
    """Finds the names it knows (whole words); ``pending`` names stay pending.

    A text containing ``BOOM`` raises, as a bug in extraction would.
    """

    known: dict[str, GazetteerEntry] = field(
        default_factory=lambda: {"Agdam": AGDAM, "Baku": BAKU}
    )
    pending: set[str] = field(default_factory=set)
    texts: list[str] = field(default_factory=list)

    def parse(self, text: str) -> list[ResolvedPlace]:
        self.texts.append(text)
        if "BOOM" in text:
            raise RuntimeError("the fake geoparser exploded")
        found = []
        for name in sorted({*self.known, *self.pending}):
            spans = tuple(
                PlaceMention(m.group(), m.start(), m.end())
                for m in re.finditer(rf"\b{re.escape(name)}\b", text)
            )
            if not spans:
                continue
            if name in self.pending:
                found.append(ResolvedPlace(spans, "pending"))
            else:
                entry = self.known[name]
                chosen = Candidate(
                    entry.gazetteer_id,
                    entry.name,
                    entry.country_code,
                    entry.lat,
                    entry.lon,
                    0.9,
                )
                result = GeocodeResult(entry, 1, 0.9, "fake", (chosen,))
                found.append(ResolvedPlace(spans, "resolved", result, (chosen,)))
        return sorted(found, key=lambda place: place.mentions[0].start)


def article_text(title: str, body: str) -> str:
    return f"Title: {title}\nDate: 2023-03-14\nSource: https://example.org/{title}\n\n{body}\n"


@pytest.fixture
def offline_settings(tmp_path: Path) -> Settings:
    return Settings.from_mapping(
        {
            "data_dir": str(tmp_path / "data"),
            "cache_dir": str(tmp_path / "cache"),
            "tiles_url": "none",
        }
    )


@pytest.fixture
def geoparser() -> FakeGeoparser:
    return FakeGeoparser()


@pytest.fixture
def services(offline_settings: Settings, geoparser: FakeGeoparser) -> Services:
    return Services(
        settings=offline_settings,
        store=Store(offline_settings.database_url),
        gazetteer=None,  # type: ignore[arg-type]  # the pipeline never asks it
        geoparser=geoparser,  # type: ignore[arg-type]
    )


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    (folder / "nested" / "deeper").mkdir(parents=True)
    (folder / "a.txt").write_text(
        article_text("a", "Deminers found 40 mines near Agdam on Monday."), "utf-8"
    )
    (folder / "nested" / "b.md").write_text(
        article_text("b", "A conference on demining opened in Baku."), "utf-8"
    )
    (folder / "nested" / "deeper" / "c.txt").write_text(
        article_text("c", "Nothing placeable is named in this short text."), "utf-8"
    )
    (folder / "nested" / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0 not an article")
    return folder


def test_collect_files_walks_folders_for_supported_types(corpus: Path) -> None:
    files = collect_files([corpus])
    assert [f.relative_to(corpus).as_posix() for f in files] == [
        "a.txt",
        "nested/b.md",
        "nested/deeper/c.txt",
    ]


def test_collect_files_keeps_named_files_and_drops_repeats(corpus: Path) -> None:
    photo = corpus / "nested" / "photo.jpg"
    files = collect_files([photo, corpus / "a.txt", corpus])
    assert files[:2] == [photo, corpus / "a.txt"]
    assert len(files) == 4


def test_ingest_stores_every_article_of_a_folder(
    corpus: Path, services: Services
) -> None:
    report = ingest_paths([corpus], services)
    assert report.ok
    assert [Path(r.path).name for r in report.saved] == ["a.txt", "b.md", "c.txt"]
    assert [r.places for r in report.saved] == [1, 1, 0]
    rows = services.store.mention_rows()
    assert sorted((row["name"], row["place_name"]) for row in rows) == [
        ("Agdam", "Ağdam"),
        ("Baku", "Baku"),
    ]
    titles = {a["title"] for a in services.store.articles()}
    assert titles == {"a", "b", "c"}


def test_reingesting_reports_duplicates_without_extracting_again(
    corpus: Path, services: Services, geoparser: FakeGeoparser
) -> None:
    ingest_paths([corpus], services)
    parsed = len(geoparser.texts)
    report = ingest_paths([corpus], services)
    assert report.ok
    assert (len(report.saved), len(report.duplicates)) == (0, 3)
    assert all(r.article_id for r in report.duplicates)
    assert len(geoparser.texts) == parsed
    assert services.store.counts()["articles"] == 3


def test_same_article_twice_in_one_batch_is_stored_once(
    tmp_path: Path, services: Services
) -> None:
    text = article_text("twin", "Mines were found near Agdam.")
    (tmp_path / "one.txt").write_text(text, "utf-8")
    (tmp_path / "two.txt").write_text(text.replace("near", "near  "), "utf-8")
    report = ingest_paths([tmp_path / "one.txt", tmp_path / "two.txt"], services)
    assert [r.outcome for r in report.results] == ["saved", "duplicate"]
    assert services.store.counts()["articles"] == 1


@pytest.mark.parametrize(
    ("file_name", "content", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\t  \n", "empty"),
        (
            "boom.txt",
            article_text("boom", "BOOM near Agdam").encode(),
            "internal error",
        ),
        ("image.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "unsupported file type"),
    ],
)
def test_a_bad_file_fails_alone_and_the_batch_goes_on(
    corpus: Path, services: Services, file_name: str, content: bytes, reason: str
) -> None:
    bad = corpus.parent / file_name
    bad.write_bytes(content)
    report = ingest_paths([bad, corpus], services)
    assert not report.ok
    assert [(Path(r.path).name, reason in (r.reason or "")) for r in report.failed] == [
        (file_name, True)
    ]
    assert len(report.saved) == 3
    assert services.store.counts()["articles"] == 3


def test_missing_path_is_reported_as_failed(tmp_path: Path, services: Services) -> None:
    report = ingest_paths([tmp_path / "nowhere.txt"], services)
    assert [r.reason for r in report.failed] == ["no such file"]


def test_file_over_the_limit_is_refused_before_reading(
    tmp_path: Path, services: Services, offline_settings: Settings
) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(offline_settings.max_file_bytes + 1)
    report = ingest_paths([big], services)
    assert len(report.failed) == 1
    assert report.failed[0].reason.startswith(
        f"larger than {offline_settings.max_file_mb} MB"
    )


def test_progress_is_called_once_per_file_in_order(
    corpus: Path, services: Services
) -> None:
    calls = []
    ingest_paths([corpus], services, progress=lambda d, t, r: calls.append((d, t)))
    assert calls == [(1, 3), (2, 3), (3, 3)]


def test_extract_uploads_returns_one_extraction_per_item(
    geoparser: FakeGeoparser, offline_settings: Settings
) -> None:
    results = extract_uploads(
        [
            ("a.txt", article_text("a", "Mines near Agdam.").encode()),
            ("empty.txt", b""),
        ],
        geoparser=geoparser,
        max_bytes=offline_settings.max_file_bytes,
    )
    assert [r.file for r in results] == ["a.txt", "empty.txt"]
    assert [p.name for p in results[0].places] == ["Agdam"]
    assert results[0].error is None
    assert results[1].error and "empty" in results[1].error


def test_demo_loads_once_into_an_empty_store(services: Services) -> None:
    assert len(demo_files()) >= 16
    loaded = load_demo_if_empty(services)
    assert loaded == len(demo_files())
    counts = services.store.counts()
    assert counts["demo_articles"] == counts["articles"] == loaded
    assert load_demo_if_empty(services) == 0


def test_demo_does_not_come_back_once_cleared(services: Services) -> None:
    load_demo_if_empty(services)
    services.store.delete_demo()
    assert services.store.is_empty()
    assert load_demo_if_empty(services) == 0
    assert services.store.is_empty()


def test_demo_does_not_load_over_the_users_articles(
    corpus: Path, services: Services
) -> None:
    ingest_paths([corpus], services)
    assert load_demo_if_empty(services) == 0
    assert services.store.counts()["demo_articles"] == 0
    assert load_demo(services) == len(demo_files())  # asked for explicitly


def test_retry_pending_resolves_what_the_provider_now_answers(
    tmp_path: Path, services: Services, geoparser: FakeGeoparser
) -> None:
    (tmp_path / "s.txt").write_text(
        article_text("s", "Deminers near Sarijali and Agdam found mines."), "utf-8"
    )
    geoparser.pending.add("Sarijali")
    ingest_paths([tmp_path / "s.txt"], services)
    assert services.store.counts()["pending"] == 1
    assert retry_pending(services) == 0  # still unavailable: stays pending
    assert services.store.counts()["pending"] == 1
    geoparser.pending.clear()
    geoparser.known["Sarijali"] = SARIJALI
    assert retry_pending(services) == 1
    assert services.store.counts()["pending"] == 0
    row = next(r for r in services.store.mention_rows() if r["name"] == "Sarijali")
    assert (row["status"], row["lat"], row["gazetteer_id"]) == (
        "resolved",
        40.1,
        "nominatim:N42",
    )
