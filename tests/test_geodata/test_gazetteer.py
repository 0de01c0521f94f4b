"""The offline gazetteer: lookups in the built file; building, rebuilding, locking."""

from __future__ import annotations

import logging
import multiprocessing
import sqlite3
from pathlib import Path

import pytest

from geodata.errors import GazetteerError
from geodata.gazetteer import (
    SCHEMA_VERSION,
    SUPPLEMENT_PATH,
    Gazetteer,
    build_gazetteer,
    check_gazetteer,
    ensure_gazetteer,
)
from geodata.normalize import normalize_place_name
from tests.test_geodata.conftest import TINY_COUNTRIES, make_tiny_sources

# -- lookups in the real, shared gazetteer ---------------------------------


@pytest.mark.parametrize(
    ("name", "expected_id"),
    [
        ("Aghdam", "geonames:148619"),
        ("Agdam", "geonames:148619"),
        ("Ağdam", "geonames:148619"),
        ("AG'DAM", "geonames:148619"),
        ("Baku", "geonames:587084"),
        ("Zangilan", "geonames:146901"),
        ("Hodeidah", "geonames:79415"),
        ("Sarybaba", "supplement:sarybaba"),
        ("Sarıbaba", "supplement:sarybaba"),
        ("Karabakh", "supplement:karabakh"),
        ("Nagorno-Karabakh", "supplement:nagorno-karabakh"),
        ("East Zangezur", "supplement:east-zangezur"),
        ("Golan Heights", "supplement:golan-heights"),
        ("Middle East", "supplement:middle-east"),
    ],
)
def test_lookup_finds_the_place_among_its_names(gazetteer, name, expected_id):
    assert expected_id in [e.gazetteer_id for e in gazetteer.lookup(name)]


@pytest.mark.parametrize(
    ("name", "country_code"),
    [
        ("US", "US"),
        ("U.S.", "US"),
        ("USA", "US"),
        ("UK", "GB"),
        ("U.K.", "GB"),
        ("Britain", "GB"),
        ("Bosnia", "BA"),
        ("Bosnia and Herzegovina", "BA"),
        ("DRC", "CD"),
        ("DR Congo", "CD"),
        ("UAE", "AE"),
        ("Burma", "MM"),
        ("Ivory Coast", "CI"),
        ("Cambodia", "KH"),
        ("Azerbaijan", "AZ"),
    ],
)
def test_country_names_and_short_forms_find_the_country_first(
    gazetteer, name, country_code
):
    first = gazetteer.lookup(name)[0]
    assert (first.feature, first.country_code) == ("country", country_code)


def test_us_never_names_the_french_village_us(gazetteer):
    assert [e.gazetteer_id for e in gazetteer.lookup("US")] == ["geonames:6252001"]


@pytest.mark.parametrize(
    ("name", "country_code", "feature"),
    [
        ("Zangilan District", "AZ", "admin1"),
        ("Aghdam", "AZ", "admin1"),  # the town's spellings name its district too
        ("Banteay Meanchey", "KH", "admin1"),
        ("Kherson Oblast", "UA", "admin1"),
        ("Helmand", "AF", "admin1"),
        ("Helmand Province", "AF", "admin1"),
    ],
)
def test_subdivisions_are_found_with_and_without_their_generic_word(
    gazetteer, name, country_code, feature
):
    entries = [e for e in gazetteer.lookup(name) if e.feature in ("admin1", "admin2")]
    assert (entries[0].country_code, entries[0].feature) == (country_code, feature)


def test_subdivision_has_a_point_inside_its_country(gazetteer):
    (district,) = [e for e in gazetteer.lookup("Zangilan District")]
    assert 38.8 < district.lat < 39.4 and 46.3 < district.lon < 47.0


def test_namesakes_come_most_important_first(gazetteer):
    entries = gazetteer.lookup("Kherson")
    kinds = [(e.feature, e.country_code) for e in entries[:2]]
    assert kinds == [("admin1", "UA"), ("settlement", "UA")]
    populations = [e.population for e in entries[1:] if e.feature == "settlement"]
    assert populations == sorted(populations, reverse=True)
    assert len(entries) >= 3


def test_lookup_of_unknown_or_empty_names_is_empty(gazetteer):
    assert gazetteer.lookup("Qwzxyville") == []
    assert gazetteer.lookup("  ") == []


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("aghdam", True),
        ("ag dam", False),
        ("kherson", True),
        ("banteay meanchey", True),
        ("us", True),
        ("emil hasanov", False),
        ("open minded solutions", False),
        ("", False),
    ],
)
def test_has_name_checks_normalised_keys(gazetteer, key, expected):
    assert gazetteer.has_name(key) is expected


def test_has_name_agrees_with_lookup_on_a_sample_of_keys(gazetteer):
    names = ["Agdam", "Ağdam", "Shusha", "Şuşa", "Tərtər", "Kəlbəcər", "Donbas"]
    for name in names:
        key = normalize_place_name(name)
        assert gazetteer.has_name(key) is bool(gazetteer.lookup(name)), name


def test_get_and_country_return_entries_by_id_and_code(gazetteer):
    assert gazetteer.get("geonames:148619").name == "Aghdam"
    assert gazetteer.get("geonames:0") is None
    assert gazetteer.country("az").name == "Azerbaijan"
    assert gazetteer.country_name("KH") == "Cambodia"
    assert gazetteer.country("ZZ") is None


@pytest.mark.parametrize(
    ("misspelt", "country_code", "expected_name"),
    [
        ("Aghdaam", "AZ", "Aghdam"),
        ("Khodjavend", "AZ", "Khojavend"),
        ("Jebrail", "AZ", "Jabrayil"),
    ],
)
def test_fuzzy_finds_spelling_variants_within_the_country(
    gazetteer, misspelt, country_code, expected_name
):
    matches = gazetteer.fuzzy(misspelt, country_codes=[country_code])
    assert matches, misspelt
    names = [normalize_place_name(e.name) for e, _ in matches]
    assert any(normalize_place_name(expected_name) in n for n in names)
    assert all(0.0 <= score <= 1.0 for _, score in matches)
    assert all(e.country_code == country_code for e, _ in matches)


def test_fuzzy_without_a_close_name_returns_nothing(gazetteer):
    assert gazetteer.fuzzy("Xylophone Quartet", country_codes=["AZ"]) == []


def test_status_describes_the_built_file(gazetteer):
    status = gazetteer.status()
    assert status["schema_version"] == SCHEMA_VERSION
    assert status["counts"]["settlement"] > 200_000
    assert status["counts"]["admin1"] > 3_000
    assert status["counts"]["country"] > 200
    assert status["size_bytes"] > 0


# -- building, checking, rebuilding ----------------------------------------


def _build_tiny(path: Path) -> Path:
    return build_gazetteer(path, countries=TINY_COUNTRIES, sources=make_tiny_sources())


def test_tiny_build_holds_places_subdivisions_and_supplement(tmp_path):
    gazetteer = Gazetteer.open(_build_tiny(tmp_path / "g.sqlite"))
    assert [e.gazetteer_id for e in gazetteer.lookup("agdam")] == [
        "geonames:148617",  # the district outranks the town of the same name
        "geonames:148619",
    ]
    assert gazetteer.lookup("Zangilan")[0].name == "Zangilan District"
    assert [e.gazetteer_id for e in gazetteer.lookup("US")] == ["geonames:6252001"]
    assert gazetteer.lookup("Sarybaba")[0].gazetteer_id == "supplement:sarybaba"
    assert gazetteer.lookup("GYD") == []  # airport codes are not names
    assert gazetteer.lookup("Us")[0].country_code == "US"


def test_ensure_builds_a_missing_file_and_reuses_it(tmp_path):
    path = tmp_path / "cache" / "g.sqlite"
    calls = []
    ensure_gazetteer(
        path,
        countries=TINY_COUNTRIES,
        sources=make_tiny_sources(),
        progress=lambda done, total, stage: calls.append(stage),
    )
    assert check_gazetteer(path) is None
    assert calls and calls[-1] == "done"
    built_at = Gazetteer.open(path).status()["built_at"]
    calls.clear()
    ensure_gazetteer(path, countries=TINY_COUNTRIES, sources=make_tiny_sources())
    assert calls == []
    assert Gazetteer.open(path).status()["built_at"] == built_at


@pytest.mark.parametrize(
    "damage",
    ["garbage", "truncate", "old_schema", "missing_rows"],
)
def test_ensure_rebuilds_a_damaged_file_and_says_so(tmp_path, caplog, damage):
    path = _build_tiny(tmp_path / "g.sqlite")
    if damage == "garbage":
        path.write_bytes(b"this is not a database" * 100)
    elif damage == "truncate":
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2])
    elif damage == "old_schema":
        with sqlite3.connect(path) as conn:
            conn.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    elif damage == "missing_rows":
        with sqlite3.connect(path) as conn:
            conn.execute("DELETE FROM places WHERE rowid % 2 = 0")
    assert check_gazetteer(path) is not None
    with caplog.at_level(logging.WARNING, logger="geodata.gazetteer"):
        ensure_gazetteer(path, countries=TINY_COUNTRIES, sources=make_tiny_sources())
    assert check_gazetteer(path) is None
    assert "Rebuilding the gazetteer" in caplog.text
    assert Gazetteer.open(path).lookup("Aghdam")


def test_open_refuses_a_missing_file_with_a_clear_message(tmp_path):
    with pytest.raises(GazetteerError, match="gazetteer build"):
        Gazetteer.open(tmp_path / "nothing.sqlite")


def _ensure_in_child(path: str, marker_dir: str, barrier) -> None:
    def mark(done: int, total: int, stage: str) -> None:
        (Path(marker_dir) / str(multiprocessing.current_process().pid)).touch()

    barrier.wait(timeout=60)
    ensure_gazetteer(
        Path(path), countries=TINY_COUNTRIES, sources=make_tiny_sources(), progress=mark
    )


def test_processes_starting_at_once_build_the_gazetteer_once(tmp_path):
    path = tmp_path / "shared" / "g.sqlite"
    markers = tmp_path / "markers"
    markers.mkdir()
    context = multiprocessing.get_context("fork")
    barrier = context.Barrier(3)
    children = [
        context.Process(
            target=_ensure_in_child, args=(str(path), str(markers), barrier)
        )
        for _ in range(3)
    ]
    for child in children:
        child.start()
    for child in children:
        child.join(timeout=120)
    assert [child.exitcode for child in children] == [0, 0, 0]
    assert len(list(markers.iterdir())) == 1  # one builder; the others waited
    assert check_gazetteer(path) is None


def test_every_supplement_alias_names_an_entry_of_the_built_gazetteer(gazetteer):
    from geodata.gazetteer import read_supplement

    for row in read_supplement():
        target = row["same_as"]
        if not target:
            assert gazetteer.get(f"supplement:{row['id']}") is not None, row["id"]
            continue
        if target.startswith("country:"):
            entry = gazetteer.country(target.split(":", 1)[1])
        else:
            entry = gazetteer.get(target)
        assert entry is not None, row["id"]
        assert entry.gazetteer_id in [
            e.gazetteer_id for e in gazetteer.lookup(row["name"])
        ]


def test_a_changed_supplement_makes_the_file_stale(tmp_path):
    supplement = tmp_path / "supplement.csv"
    supplement.write_bytes(SUPPLEMENT_PATH.read_bytes())
    path = build_gazetteer(
        tmp_path / "g.sqlite",
        countries=TINY_COUNTRIES,
        sources=make_tiny_sources(),
        supplement_path=supplement,
    )
    assert check_gazetteer(path, supplement_path=supplement) is None
    with supplement.open("a", encoding="utf-8") as handle:
        handle.write("new-hill,New Hill,,feature,AZ,,40.1,46.1,0,,test row\n")
    assert "older supplement" in check_gazetteer(path, supplement_path=supplement)


def test_fuzzy_over_a_set_of_countries_does_not_depend_on_what_was_asked_before(
    gazetteer, gazetteer_path
):
    from itertools import combinations

    from geodata.gazetteer import Gazetteer

    def answers(gaz: Gazetteer) -> list[list[tuple[str, float]]]:
        return [
            [
                (entry.gazetteer_id, score)
                for entry, score in gaz.fuzzy(
                    name, country_codes=["AM", "AZ", "GE"], limit=15, min_score=0.5
                )
            ]
            # Short names: many equal scores, whose order follows the names table.
            for name in ("Aghdaam", "Stepanakertt", "Tbilisy", "Nor", "Kara", "Ali")
        ]

    fresh = answers(Gazetteer.open(gazetteer_path))
    warmed = gazetteer  # the session's: whatever other tests asked it before
    # Each country read on its own first, then in other sets.
    for code in ("AZ", "AM", "GE"):
        warmed.fuzzy("Aghdaam", country_codes=[code])
    for codes in combinations(("AM", "AZ", "GE", "ME", "CY"), 2):
        warmed.fuzzy("Aghdaam", country_codes=codes)
    assert answers(warmed) == fresh
    assert any(fresh), "the names should have fuzzy matches in the Caucasus"
