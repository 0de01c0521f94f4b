"""Importing a GeoNames dump into the user gazetteer."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from geodata.errors import GazetteerImportError
from geodata.gazetteer import Gazetteer, build_gazetteer
from geodata.importer import import_geonames_dump
from tests.test_geodata.conftest import TINY_COUNTRIES, make_tiny_sources


def _row(
    geonameid: int,
    name: str,
    alternates: str,
    lat: float,
    lon: float,
    feature_class: str,
    feature_code: str,
    country: str,
    admin1: str,
    population: int = 0,
) -> str:
    ascii_name = name.encode("ascii", "ignore").decode() or name
    columns = [
        str(geonameid), name, ascii_name, alternates, f"{lat}", f"{lon}",
        feature_class, feature_code, country, "", admin1, "", "", "",
        str(population), "", "1200", "Asia/Baku", "2023-01-01",
    ]  # fmt: skip
    return "\t".join(columns)


# Villages under 500 people that cities500 lacks, a ridge, and a road (skipped).
DUMP_ROWS = [
    _row(9999001, "Qızılqaya", "Gyzylgaya,Kizilkaya", 39.11, 46.61, "P", "PPL", "AZ",
         "69", 120),
    _row(9999002, "Sarıbaba dağı", "Saribaba dagi", 39.6, 46.4, "T", "MT", "AZ", "28"),
    _row(9999003, "Köhnə yol", "", 39.60, 46.40, "R", "RD", "AZ", "28"),
    _row(148619, "Aghdam", "Agdam,Akna,Aghdam-town", 39.99, 46.93, "P", "PPLA", "AZ",
         "03", 37700),
]  # fmt: skip


@pytest.fixture(scope="module")
def main_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("gazetteer") / "g.sqlite"
    return build_gazetteer(path, countries=TINY_COUNTRIES, sources=make_tiny_sources())


def _write_txt(path: Path, rows: list[str]) -> Path:
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def _write_zip(path: Path, rows: list[str], member: str = "AZ.txt") -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "GeoNames country dump\n")
        archive.writestr(member, "\n".join(rows) + "\n")
    return path


@pytest.mark.parametrize("kind", ["txt", "zip"])
def test_imported_villages_are_found_alongside_the_built_gazetteer(
    tmp_path, main_path, kind
):
    dump = (
        _write_txt(tmp_path / "AZ.txt", DUMP_ROWS)
        if kind == "txt"
        else _write_zip(tmp_path / "AZ.zip", DUMP_ROWS)
    )
    user_path = tmp_path / "data" / "user-gazetteer.sqlite"
    assert import_geonames_dump(user_path, dump) == 3  # the road is skipped

    gazetteer = Gazetteer.open(main_path, user_path=user_path)
    (village,) = gazetteer.lookup("Gyzylgaya")
    assert (village.gazetteer_id, village.feature, village.source) == (
        "geonames:9999001",
        "settlement",
        "user",
    )
    assert village.admin1 == "Zangilan District"  # from the built file's provinces
    assert gazetteer.has_name("kizilkaya")
    assert gazetteer.lookup("Saribaba dagi")[0].feature == "feature"
    assert gazetteer.lookup("Köhnə yol") == []
    assert gazetteer.status()["user_places"] == 3


def test_a_place_in_both_files_comes_from_the_built_one_once(tmp_path, main_path):
    user_path = tmp_path / "user.sqlite"
    import_geonames_dump(user_path, _write_txt(tmp_path / "AZ.txt", DUMP_ROWS))
    gazetteer = Gazetteer.open(main_path, user_path=user_path)
    town = [e for e in gazetteer.lookup("Agdam") if e.gazetteer_id == "geonames:148619"]
    assert [e.source for e in town] == ["geonames"]
    # a spelling only the dump knows still finds the place
    assert [e.gazetteer_id for e in gazetteer.lookup("Aghdam-town")] == [
        "geonames:148619"
    ]


def test_importing_twice_updates_instead_of_duplicating(tmp_path, main_path):
    user_path = tmp_path / "user.sqlite"
    dump = _write_txt(tmp_path / "AZ.txt", DUMP_ROWS)
    import_geonames_dump(user_path, dump)
    import_geonames_dump(user_path, dump)
    gazetteer = Gazetteer.open(main_path, user_path=user_path)
    assert len(gazetteer.lookup("Gyzylgaya")) == 1
    assert gazetteer.status()["user_places"] == 3


@pytest.mark.parametrize(
    ("file_name", "content", "message"),
    [
        ("places.csv", b"a,b,c\n", "Expected a GeoNames dump"),
        ("AZ.txt", b"name\tlat\tlon\nAghdam\t39.9\t46.9\n", "19 columns"),
        ("AZ.txt", ("x\t" * 18 + "y\n").encode(), "numeric geonameid"),
        ("AZ.zip", b"PK\x03\x04 not really a zip", "not a readable zip"),
    ],
)
def test_wrong_formats_are_refused_with_a_clear_error(
    tmp_path, file_name, content, message
):
    path = tmp_path / file_name
    path.write_bytes(content)
    with pytest.raises(GazetteerImportError, match=message):
        import_geonames_dump(tmp_path / "user.sqlite", path)


def test_a_zip_without_a_dump_is_refused(tmp_path):
    path = tmp_path / "AZ.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "nothing else\n")
    with pytest.raises(GazetteerImportError, match="inside AZ.zip"):
        import_geonames_dump(tmp_path / "user.sqlite", path)


def test_progress_reaches_the_end(tmp_path):
    seen = []
    import_geonames_dump(
        tmp_path / "user.sqlite",
        _write_txt(tmp_path / "AZ.txt", DUMP_ROWS),
        progress=lambda done, total, stage: seen.append((done, total)),
    )
    assert seen and seen[-1][0] == seen[-1][1]
