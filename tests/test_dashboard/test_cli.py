"""The ``landmine-map`` command, run as a user runs it: a subprocess.

Every run gets its own data directory (LANDMINE_MAP_HOME) and the shared,
already built gazetteer (LANDMINE_MAP_CACHE), and no secrets file.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from dashboard.cli import build_parser, streamlit_command
from dashboard.config import Settings
from dashboard.store import Store

CLI = Path(sys.executable).with_name("landmine-map")

CONTRACT_KEYS = {"file", "title", "published", "source", "language", "error", "places"}
PLACE_KEYS = {
    "name",
    "lat",
    "lon",
    "country_code",
    "admin1",
    "role",
    "precision",
    "confidence",
    "excerpt",
    "start",
    "end",
    "event_date",
    "killed",
    "injured",
    "mines",
    "device",
    "gazetteer_id",
    "status",
    "event_date_precision",
    "victims",
    "candidates",
}

GOOD_ARTICLE = """Title: Tractor hits anti-tank mine near Tartar
Date: 2023-05-09
Source: https://example.org/tartar

Two farm workers were killed on Monday when their tractor struck an anti-tank
mine on a field outside Tartar, in Azerbaijan, officials said.
"""


@dataclass(frozen=True)
class Cli:
    """Runs the command with one data directory."""

    env: dict[str, str]
    data_dir: Path

    def __call__(
        self, *args: str | Path, timeout: float = 120
    ) -> subprocess.CompletedProcess:
        command = (
            [str(CLI)] if CLI.exists() else [sys.executable, "-m", "dashboard.cli"]
        )
        return subprocess.run(
            [*command, *map(str, args)],
            env=self.env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=timeout,
            check=False,
        )

    @property
    def store(self) -> Store:
        return Store(f"sqlite:///{self.data_dir / 'landmine-map.sqlite'}")


def cli_environment(data_dir: Path, gazetteer_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LANDMINE_MAP_")}
    env.update(
        LANDMINE_MAP_HOME=str(data_dir),
        LANDMINE_MAP_CACHE=str(gazetteer_path.parent),
        LANDMINE_MAP_CONFIG=str(data_dir / "no-secrets.toml"),
        LANDMINE_MAP_TILES="none",
    )
    return env


@pytest.fixture
def cli(tmp_path: Path, gazetteer_path: Path) -> Cli:
    data_dir = tmp_path / "home"
    return Cli(cli_environment(data_dir, gazetteer_path), data_dir)


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "tartar.txt").write_text(GOOD_ARTICLE, "utf-8")
    (folder / "baku.txt").write_text(
        "Title: Demining conference in Baku\nDate: 2022-11-25\n\n"
        "A conference on humanitarian demining was held in Baku from 15 to 18 "
        "November 2022. Survey teams had found about 350 mines at Sarybaba.\n",
        "utf-8",
    )
    return folder


def assert_one_error_line(result: subprocess.CompletedProcess) -> None:
    """The error is one line (a progress bar drawn before it may stay above)."""
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    messages = [
        line for line in lines if not re.match(r"^[\w ]+\S*: .*\[\d\d:\d\d", line)
    ]
    assert len(messages) == 1, result.stderr
    assert messages[0].startswith("landmine-map: error:")
    assert messages[0] == lines[-1]


def test_extract_prints_one_json_document_in_argument_order(
    cli: Cli, articles: Path, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    missing = tmp_path / "missing.txt"
    result = cli("extract", articles / "tartar.txt", empty, missing, "--format", "json")
    assert result.returncode == 0, result.stderr
    documents = json.loads(result.stdout)
    assert [d["file"] for d in documents] == [
        str(articles / "tartar.txt"),
        str(empty),
        str(missing),
    ]
    assert all(set(d) == CONTRACT_KEYS for d in documents)
    tartar, failed_empty, failed_missing = documents
    assert tartar["error"] is None
    assert tartar["title"] == "Tractor hits anti-tank mine near Tartar"
    assert tartar["published"] == "2023-05-09"
    assert tartar["places"], "the Tartar article names places"
    assert all(set(place) == PLACE_KEYS for place in tartar["places"])
    named = {place["name"]: place for place in tartar["places"]}
    assert named["Tartar"]["country_code"] == "AZ"
    assert named["Tartar"]["gazetteer_id"].startswith("geonames:")
    assert "empty" in failed_empty["error"]
    assert failed_missing["error"] == "no such file"
    assert failed_missing["places"] == []


def test_extract_table_format_is_for_people(cli: Cli, articles: Path) -> None:
    result = cli("extract", articles / "tartar.txt", "--format", "table")
    assert result.returncode == 0, result.stderr
    assert "Tractor hits anti-tank mine near Tartar" in result.stdout
    assert "Tartar" in result.stdout


@pytest.mark.parametrize(
    "args",
    [
        ("extract",),
        ("extract", "x.txt", "--format", "xml"),
        ("ingest",),
        ("ingest", "x", "--workers", "0"),
        ("geocode",),
        ("geocode", "Agdam", "--retry-pending"),
        ("frobnicate",),
        ("db",),
    ],
)
def test_usage_errors_exit_2(cli: Cli, args: tuple[str, ...]) -> None:
    result = cli(*args)
    assert result.returncode == 2
    assert "usage:" in result.stderr
    assert "Traceback" not in result.stderr


def test_ingest_exits_0_when_every_file_landed(cli: Cli, articles: Path) -> None:
    result = cli("ingest", articles)
    assert result.returncode == 0, result.stderr
    assert "2 saved, 0 already stored, 0 failed" in result.stdout
    assert cli.store.counts()["articles"] == 2
    again = cli("ingest", articles)
    assert again.returncode == 0
    assert "0 saved, 2 already stored, 0 failed" in again.stdout


def test_ingest_exits_1_when_a_file_failed_and_stores_the_others(
    cli: Cli, articles: Path
) -> None:
    (articles / "binary.txt").write_bytes(bytes(range(256)) * 8)
    result = cli("ingest", articles)
    assert result.returncode == 1
    failed = [line for line in result.stdout.splitlines() if line.startswith("failed")]
    assert len(failed) == 1 and "binary.txt" in failed[0]
    assert "2 saved, 0 already stored, 1 failed" in result.stdout
    assert cli.store.counts()["articles"] == 2


VILLAGE_IN_A_DISTRICT = """Title: Tractor hits mine in Samlout
Date: 2024-02-06

A farmer was injured on Monday when his tractor hit an anti-tank mine near
the village of Vorkhanet in Samlout district, Battambang province, Cambodia.
"""


def test_a_village_no_gazetteer_holds_is_shown_at_its_district_for_review(
    cli: Cli, tmp_path: Path
) -> None:
    article = tmp_path / "samlout.txt"
    article.write_text(VILLAGE_IN_A_DISTRICT, "utf-8")
    result = cli("extract", article, "--format", "json")
    assert result.returncode == 0, result.stderr
    (document,) = json.loads(result.stdout)
    village = next(p for p in document["places"] if p["name"] == "Vorkhanet")
    district = next(p for p in document["places"] if p["name"].startswith("Samlout"))
    assert (village["status"], village["gazetteer_id"]) == ("unresolved", None)
    assert (village["lat"], village["lon"]) == (district["lat"], district["lon"])
    assert (village["precision"], village["country_code"]) == (3, "KH")
    assert village["role"] == "incident"

    assert cli("ingest", article).returncode == 0
    stored = [r for r in cli.store.mention_rows() if r["name"] == "Vorkhanet"]
    assert [(r["status"], r["precision"]) for r in stored] == [("unresolved", 3)]
    assert stored[0]["lat"] is not None  # on the map ...
    # ... and still in the list of places to identify
    assert "Vorkhanet" in [r["name"] for r in cli.store.unresolved_rows()]


def test_geocode_prints_the_resolution(cli: Cli) -> None:
    result = cli("geocode", "Aghdam", "--country", "AZ")
    assert result.returncode == 0, result.stderr
    fields = dict(
        line.split(":", 1) for line in result.stdout.splitlines() if ":" in line
    )
    assert fields["country"].strip() == "AZ"
    assert 39.5 < float(fields["lat"]) < 40.5
    assert 46.5 < float(fields["lon"]) < 47.5
    assert "candidates considered" in result.stdout


def test_geocode_of_an_unknown_name_exits_1(cli: Cli) -> None:
    result = cli("geocode", "Qwxzzyq Vrrbnt")
    assert result.returncode == 1
    assert "no place found" in result.stderr


def test_retry_pending_with_nothing_pending(cli: Cli) -> None:
    result = cli("geocode", "--retry-pending")
    assert result.returncode == 0, result.stderr
    assert "0 pending places resolved, 0 still pending" in result.stdout


def test_gazetteer_status_describes_the_built_file(
    cli: Cli, gazetteer_path: Path
) -> None:
    result = cli("gazetteer", "status")
    assert result.returncode == 0, result.stderr
    assert str(gazetteer_path) in result.stdout


def test_gazetteer_status_without_a_gazetteer_says_how_to_build(
    cli: Cli, tmp_path: Path
) -> None:
    env = {**cli.env, "LANDMINE_MAP_CACHE": str(tmp_path / "no-cache")}
    result = Cli(env, cli.data_dir)("gazetteer", "status")
    assert result.returncode == 1
    assert_one_error_line(result)
    assert "gazetteer build" in result.stderr


def test_demo_load_and_clear(cli: Cli) -> None:
    loaded = cli("demo", "load")
    assert loaded.returncode == 0, loaded.stderr
    count = cli.store.counts()["demo_articles"]
    assert count >= 16
    assert f"loaded {count} demo articles" in loaded.stdout
    cleared = cli("demo", "clear")
    assert cleared.returncode == 0
    assert f"deleted {count} demo articles" in cleared.stdout
    assert cli.store.is_empty() and cli.store.was_demo_cleared()


def test_db_backup_and_restore(cli: Cli, articles: Path, tmp_path: Path) -> None:
    assert cli("ingest", articles / "tartar.txt").returncode == 0
    backup = tmp_path / "backup.sqlite"
    result = cli("db", "backup", backup)
    assert result.returncode == 0, result.stderr
    assert "backed up 1 articles" in result.stdout
    assert cli("ingest", articles / "baku.txt").returncode == 0
    assert cli.store.counts()["articles"] == 2
    restored = cli("db", "restore", backup)
    assert restored.returncode == 0, restored.stderr
    assert cli.store.counts()["articles"] == 1


def test_restore_of_a_missing_file_is_one_clear_line(cli: Cli, tmp_path: Path) -> None:
    result = cli("db", "restore", tmp_path / "nope.sqlite")
    assert result.returncode == 1
    assert_one_error_line(result)


def test_bad_setting_is_one_clear_line(cli: Cli) -> None:
    env = {**cli.env, "LANDMINE_MAP_GEOCODERS": "gazetteer,carrier-pigeon"}
    result = Cli(env, cli.data_dir)("demo", "clear")
    assert result.returncode == 1
    assert_one_error_line(result)
    assert "carrier-pigeon" in result.stderr


ROLE_MODEL_ARTICLE = """Title: Old front line still mined
Date: 2024-03-02

Southern Afghanistan, including Kandahar and neighbouring Helmand, saw heavy
fighting, and fields there are still littered with ordnance.
"""


def test_extract_gives_the_rules_roles_alone_when_the_role_model_is_off(
    cli: Cli, tmp_path: Path, gazetteer
) -> None:
    from dashboard.extraction import extract_article
    from dashboard.readers import read_article
    from geodata.geoparser import Geoparser

    path = tmp_path / "front.txt"
    path.write_text(ROLE_MODEL_ARTICLE, "utf-8")
    article = read_article(path.read_bytes(), path.name, max_bytes=10**6)
    geoparser = Geoparser(gazetteer)

    def roles(places: list[dict]) -> dict[str, str]:
        return {place["name"]: place["role"] for place in places}

    def extracted(**options: bool) -> list[dict]:
        found = extract_article(article, geoparser=geoparser, **options)
        return [place.to_contract() for place in found]

    with_model = roles(extracted())
    rules = roles(extracted(rules_only=True))
    assert with_model != rules, "the test needs a text the shipped model changes"
    for setting, expected in (("on", with_model), ("off", rules)):
        env = {**cli.env, "LANDMINE_MAP_ROLE_MODEL": setting}
        result = Cli(env, cli.data_dir)("extract", path, "--format", "json")
        assert result.returncode == 0, result.stderr
        assert roles(json.loads(result.stdout)[0]["places"]) == expected
    refused = Cli({**cli.env, "LANDMINE_MAP_ROLE_MODEL": "maybe"}, cli.data_dir)(
        "extract", path
    )
    assert refused.returncode == 1
    assert_one_error_line(refused)
    assert "role_model" in refused.stderr


def test_serve_passes_every_server_option_explicitly(tmp_path: Path) -> None:
    settings = Settings.from_mapping(
        {"data_dir": str(tmp_path), "cache_dir": str(tmp_path), "max_file_mb": 7}
    )
    command = streamlit_command(settings, port=8765, address="127.0.0.1")
    app = Path(command[command.index("run") + 1])
    assert app.is_absolute() and app.name == "streamlit_app.py"
    options = dict(zip(command[5::2], command[6::2], strict=True))
    assert options == {
        "--server.headless": "true",
        "--server.enableStaticServing": "true",
        "--server.port": "8765",
        "--server.address": "127.0.0.1",
        "--server.maxUploadSize": "7",
        "--server.fileWatcherType": "none",
        "--browser.gatherUsageStats": "false",
    }


def test_every_command_is_reachable_from_the_parser() -> None:
    parser = build_parser()
    for argv in (
        ["extract", "f"],
        ["ingest", "p", "--workers", "2"],
        ["geocode", "Agdam", "--country", "AZ"],
        ["geocode", "--retry-pending"],
        ["gazetteer", "build", "--force"],
        ["gazetteer", "status"],
        ["gazetteer", "import", "AZ.zip"],
        ["serve", "--port", "8600", "--address", "0.0.0.0"],
        ["db", "backup", "f"],
        ["db", "restore", "f"],
        ["demo", "load"],
        ["demo", "clear"],
    ):
        assert callable(parser.parse_args(argv).handler)


def test_gazetteer_import_makes_a_village_resolvable(cli: Cli, tmp_path: Path) -> None:
    columns = [
        "99000001",
        "Xanbulaqli",
        "Xanbulaqli",
        "Khanbulaghli",
        "40.0512",
        "46.7013",
        "P",
        "PPL",
        "AZ",
        "",
        "01",
        "",
        "",
        "",
        "120",
        "",
        "800",
        "Asia/Baku",
        "2024-01-01",
    ]
    dump = tmp_path / "AZ.txt"
    dump.write_text("\t".join(columns) + "\n", "utf-8")
    before = cli("geocode", "Khanbulaghli", "--country", "AZ")
    assert before.returncode == 1
    imported = cli("gazetteer", "import", dump)
    assert imported.returncode == 0, imported.stderr
    assert "imported 1 places" in imported.stdout
    after = cli("geocode", "Khanbulaghli", "--country", "AZ")
    assert after.returncode == 0, after.stderr
    assert "40.05120" in after.stdout and "46.70130" in after.stdout


def test_gazetteer_import_refuses_what_is_not_a_dump(cli: Cli, tmp_path: Path) -> None:
    bogus = tmp_path / "AZ.txt"
    bogus.write_text("this is not a GeoNames dump\n", "utf-8")
    result = cli("gazetteer", "import", bogus)
    assert result.returncode == 1
    assert_one_error_line(result)
