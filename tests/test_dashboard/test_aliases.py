"""The alias list: lookups the geoparser honours, cache invalidation, CSV round trip."""

from __future__ import annotations

import io
import uuid
from pathlib import Path

import pytest

from dashboard.aliases import CSV_COLUMNS, Alias, AliasError, AliasStore
from dashboard.audit import audit_entries
from dashboard.cli import main as cli_main
from dashboard.store import Store, audit_log
from dashboard.store import aliases as aliases_table
from geodata.cache import MISS, GeocodeCache, geocode_cache
from geodata.geoparser import Geoparser
from geodata.models import GazetteerEntry
from geodata.resolve import NOT_A_PLACE
from tests.postgres import fresh_database, postgres_url  # noqa: F401 (fixture)

# A farm track near the Kharkiv-Donetsk line (made up for the tests).
FIELD = GazetteerEntry(
    gazetteer_id="user:test-field",
    name="Kamianka (Izium)",
    lat=49.0612,
    lon=37.1934,
    country_code="UA",
    admin1="Kharkiv Oblast",
    feature="settlement",
    source="user",
)
ELSEWHERE = GazetteerEntry(
    gazetteer_id="user:test-elsewhere",
    name="Somewhere else",
    lat=40.1,
    lon=46.9,
    country_code="AZ",
    admin1=None,
    feature="settlement",
    source="user",
)

# Our own words; Kamianka is a name with many namesakes in Ukraine.
STORY_UA = (
    "Tractor hits mine near Kamianka\n\n"
    "A farmer was hurt on Tuesday when his tractor set off an anti-tank mine "
    "on a dirt road outside Kamianka, in Ukraine's Kharkiv region."
)
STORY_UA_BALAKLIIA = (
    "Deminers return to Balakliia\n\n"
    "Deminers went back to the fields near Balakliia and Kamianka in Ukraine "
    "this week and removed 30 mines."
)


@pytest.fixture(scope="module")
def postgres_store(request: pytest.FixtureRequest) -> Store:
    """One PostgreSQL database for this module (a new one per test costs ~1 s)."""
    cluster = request.getfixturevalue("postgres_url")
    return Store(fresh_database(cluster, f"aliases_{uuid.uuid4().hex[:12]}"))


@pytest.fixture(
    params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Store:
    """An empty alias list on each engine (PostgreSQL skips where it cannot run)."""
    if request.param == "sqlite":
        return Store(f"sqlite:///{tmp_path / 'store.sqlite'}")
    shared: Store = request.getfixturevalue("postgres_store")
    GeocodeCache(shared.engine)
    with shared.engine.begin() as conn:
        for table in (aliases_table, audit_log, geocode_cache):
            conn.execute(table.delete())
    return shared


@pytest.fixture
def aliases(store: Store) -> AliasStore:
    return AliasStore(store)


@pytest.mark.parametrize(
    ("saved", "name_key", "country", "expected"),
    [
        # The story's country wins over "any country".
        (
            [("Kamianka", "UA", FIELD), ("Kamianka", None, ELSEWHERE)],
            "kamianka",
            "UA",
            FIELD,
        ),
        (
            [("Kamianka", "UA", FIELD), ("Kamianka", None, ELSEWHERE)],
            "kamianka",
            "AZ",
            ELSEWHERE,
        ),
        # A correction in one country says nothing about another.
        ([("Kamianka", "UA", FIELD)], "kamianka", "AZ", None),
        ([("Kamianka", "UA", None)], "kamianka", "AZ", None),
        ([("Kamianka", "UA", None)], "kamianka", "UA", NOT_A_PLACE),
        # A story without a country: any-country alias, else a unanimous place.
        ([("Kamianka", "UA", FIELD)], "kamianka", None, FIELD),
        (
            [("Kamianka", "UA", FIELD), ("Kamianka", "AZ", ELSEWHERE)],
            "kamianka",
            None,
            None,
        ),
        ([("Kamianka", "UA", None)], "kamianka", None, None),
        # Spellings that normalise alike share the alias; case of the code too.
        ([("Kam'ianka", "ua", FIELD)], "kamianka", "UA", FIELD),
        ([("Ağdam", "AZ", ELSEWHERE)], "agdam", "AZ", ELSEWHERE),
        ([], "kamianka", "UA", None),
    ],
)
def test_lookup_follows_the_story_country(
    aliases: AliasStore, saved, name_key, country, expected
) -> None:
    for name, code, target in saved:
        aliases.save(Alias(name=name, country_code=code, target=target), who="ana")
    found = aliases.lookup(name_key, country)
    if isinstance(expected, GazetteerEntry):
        assert isinstance(found, GazetteerEntry)
        assert (found.gazetteer_id, found.lat, found.lon, found.country_code) == (
            expected.gazetteer_id,
            expected.lat,
            expected.lon,
            expected.country_code,
        )
    else:
        assert found is expected


def test_saving_again_replaces_and_is_audited(
    aliases: AliasStore, store: Store
) -> None:
    aliases.save(Alias("Kamianka", "UA", FIELD), who="ana")
    aliases.save(Alias("KAMIANKA", "UA", None), who="  bob  ")
    assert [a.not_a_place for a in aliases.aliases()] == [True]
    assert aliases.lookup("kamianka", "UA") is NOT_A_PLACE
    entries = audit_entries(store, entity="alias")
    assert [(e.action, e.who) for e in entries] == [
        ("alias_saved", "bob"),
        ("alias_saved", "ana"),
    ]
    assert entries[0].before["gazetteer_id"] == FIELD.gazetteer_id
    assert entries[0].after["not_a_place"] is True
    assert entries[1].before is None


def test_remove_forgets_the_alias(aliases: AliasStore, store: Store) -> None:
    aliases.save(Alias("Kamianka", "UA", FIELD), who=None)
    assert aliases.remove("kamianka", "UA", who="ana") is True
    assert aliases.remove("kamianka", "UA", who="ana") is False
    assert aliases.lookup("kamianka", "UA") is None
    actions = [e.action for e in audit_entries(store, entity="alias")]
    assert actions == ["alias_removed", "alias_saved"]
    assert audit_entries(store)[-1].who == "local"


@pytest.mark.parametrize(
    ("alias", "message"),
    [
        (Alias("  ", "UA", FIELD), "place name"),
        (Alias("Kamianka", "Ukraine", FIELD), "two-letter country code"),
        (
            Alias(
                "Kamianka",
                "UA",
                GazetteerEntry("user:x", "X", 91.0, 0.0, "UA", None, "settlement"),
            ),
            "latitude",
        ),
        (
            Alias(
                "Kamianka",
                "UA",
                GazetteerEntry("user:x", "X", 0.0, 181.0, "UA", None, "settlement"),
            ),
            "longitude",
        ),
        (
            Alias(
                "Kamianka",
                "UA",
                GazetteerEntry("user:x", "X", 0.0, 0.0, "UA", None, "planet"),
            ),  # type: ignore[arg-type]
            "feature",
        ),
        (Alias("Kamianka", "UA", FIELD, precision=7), "precision"),
    ],
)
def test_bad_aliases_are_refused(
    aliases: AliasStore, alias: Alias, message: str
) -> None:
    with pytest.raises(AliasError, match=message):
        aliases.save(alias, who=None)
    assert aliases.aliases() == []


def test_changing_an_alias_forgets_cached_geocodes_of_that_name(
    aliases: AliasStore, store: Store
) -> None:
    cache = GeocodeCache(store.engine)
    cache.put("nominatim", "kamianka|UA", None)
    cache.put("nominatim", "kamianka", None)
    cache.put("nominatim", "balakliia|UA", None)
    aliases.save(Alias("Kamianka", "UA", FIELD), who=None)
    assert cache.get("nominatim", "kamianka|UA") is None
    assert cache.get("nominatim", "kamianka") is None
    assert cache.get("nominatim", "balakliia|UA") is MISS
    cache.put("nominatim", "kamianka|UA", None)
    aliases.remove("Kamianka", "UA", who=None)
    assert cache.get("nominatim", "kamianka|UA") is None


# -- the real geoparser with the real gazetteer ---------------------------------


def _placed(geoparser: Geoparser, text: str) -> dict[str, tuple[str, str]]:
    return {
        place.name: (place.result.entry.gazetteer_id, place.result.provider)
        for place in geoparser.parse(text)
        if place.result is not None
    }


def test_geoparser_places_a_corrected_name_where_the_alias_says(
    aliases: AliasStore, gazetteer
) -> None:
    geoparser = Geoparser(gazetteer, aliases=aliases)
    before = _placed(geoparser, STORY_UA)
    assert before["Kamianka"][0] != FIELD.gazetteer_id
    aliases.save(Alias("Kamianka", "UA", FIELD), who="ana")
    after = geoparser.parse(STORY_UA)
    kamianka = next(p for p in after if p.name == "Kamianka")
    assert kamianka.status == "resolved"
    entry = kamianka.result.entry
    assert (entry.gazetteer_id, entry.lat, entry.lon) == (
        FIELD.gazetteer_id,
        FIELD.lat,
        FIELD.lon,
    )
    assert kamianka.result.provider == "alias"
    # The other places of the story are untouched.
    assert {p.name for p in after if p.result} == set(before)


def test_geoparser_drops_a_name_marked_not_a_place_in_that_country_only(
    aliases: AliasStore, gazetteer
) -> None:
    geoparser = Geoparser(gazetteer, aliases=aliases)
    assert "Balakliia" in _placed(geoparser, STORY_UA_BALAKLIIA)
    aliases.save(Alias("Balakliia", "AZ", None), who=None)
    assert "Balakliia" in _placed(geoparser, STORY_UA_BALAKLIIA)
    aliases.save(Alias("Balakliia", "UA", None), who=None)
    names = {p.name for p in geoparser.parse(STORY_UA_BALAKLIIA)}
    assert "Balakliia" not in names
    assert "Kamianka" in names


# -- CSV -----------------------------------------------------------------------------


def _fill(aliases: AliasStore) -> None:
    aliases.save(Alias("Kamianka", "UA", FIELD, precision=1), who="ana")
    aliases.save(Alias("Ağdam", None, ELSEWHERE, precision=2), who="bob")
    aliases.save(Alias("Victory", "UA", None), who='ana, "the editor"')


def test_csv_export_import_export_is_the_same_file(
    aliases: AliasStore, tmp_path: Path
) -> None:
    _fill(aliases)
    first = tmp_path / "aliases.csv"
    assert aliases.export_csv(first) == 3
    other = AliasStore(Store(f"sqlite:///{tmp_path / 'other.sqlite'}"))
    result = other.import_csv(first, who="carol")
    assert (result.added, result.changed, result.unchanged) == (3, 0, 0)
    second = tmp_path / "again.csv"
    other.export_csv(second)
    assert second.read_text(encoding="utf-8") == first.read_text(encoding="utf-8")
    assert first.read_text(encoding="utf-8").splitlines()[0] == ",".join(CSV_COLUMNS)
    assert other.lookup("kamianka", "UA") == aliases.lookup("kamianka", "UA")
    assert other.lookup("victory", "UA") is NOT_A_PLACE
    # Importing the same file again changes nothing.
    again = other.import_csv(first, who="carol")
    assert (again.added, again.changed, again.unchanged) == (0, 0, 3)


def test_csv_import_replaces_changed_rows(aliases: AliasStore, tmp_path: Path) -> None:
    _fill(aliases)
    text = aliases.export_csv_text().replace("49.0612", "49.5")
    result = aliases.import_csv(io.StringIO(text), who="dan")
    assert (result.added, result.changed, result.unchanged) == (0, 1, 2)
    found = aliases.lookup("kamianka", "UA")
    assert isinstance(found, GazetteerEntry) and found.lat == 49.5


HEADER = ",".join(CSV_COLUMNS)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("name,lat\nX,1", "lacks country_code, not_a_place"),
        (f"{HEADER}\nKamianka,UA,maybe,,,,,,,,,,", "line 2.*not_a_place true or false"),
        (f"{HEADER}\nKamianka,UA,false,,,,,,,,,,", "line 2.*lat and lon"),
        (f"{HEADER}\nKamianka,UA,false,,,95,30,,,,,,", "line 2.*latitude"),
        (f"{HEADER}\nKamianka,UKR,true,,,,,,,,,,", "line 2.*country code"),
        (
            f"{HEADER}\nKamianka,UA,true,,,,,,,,,,\nKAMIANKA,ua,true,,,,,,,,,,",
            "line 3.*already on line 2",
        ),
        (f"{HEADER}\nKamianka,UA,false,,,49,37,,,,x,,", "line 2.*precision"),
        (f"{HEADER}\nKamianka,UA,false,,,49,37,,,,,,yesterday", "line 2.*ISO time"),
    ],
)
def test_csv_import_refuses_bad_rows_and_imports_nothing(
    aliases: AliasStore, tmp_path: Path, body: str, message: str
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(body + "\nVictory,UA,true,,,,,,,,,,\n", encoding="utf-8")
    with pytest.raises(AliasError, match=message):
        aliases.import_csv(path, who=None)
    assert aliases.aliases() == []


def test_csv_import_refuses_a_file_that_is_not_utf8(
    aliases: AliasStore, tmp_path: Path
) -> None:
    path = tmp_path / "aliases.csv"
    path.write_bytes(b"\xff\xfe\x00\x81 not text")
    with pytest.raises(AliasError, match="UTF-8"):
        aliases.import_csv(path, who=None)


def test_cli_exports_and_imports_the_alias_list(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    monkeypatch.setenv("LANDMINE_MAP_HOME", str(tmp_path / "one"))
    monkeypatch.delenv("LANDMINE_MAP_DB", raising=False)
    from dashboard.config import load_settings

    _fill(AliasStore(Store(load_settings().database_url)))
    exported = tmp_path / "shared.csv"
    assert cli_main(["aliases", "export", str(exported)]) == 0
    assert "exported 3 aliases" in capsys.readouterr().out

    monkeypatch.setenv("LANDMINE_MAP_HOME", str(tmp_path / "two"))
    assert cli_main(["aliases", "import", str(exported), "--editor", "eve"]) == 0
    assert "3 added, 0 changed, 0 unchanged" in capsys.readouterr().out
    store = Store(load_settings().database_url)
    found = AliasStore(store).lookup("kamianka", "UA")
    assert isinstance(found, GazetteerEntry)
    assert (found.lat, found.lon) == (FIELD.lat, FIELD.lon)
    assert {e.who for e in audit_entries(store)} == {"eve"}

    bad = tmp_path / "bad.csv"
    bad.write_text("nothing,here\n1,2\n", encoding="utf-8")
    assert cli_main(["aliases", "import", str(bad)]) == 1
    assert "lacks" in capsys.readouterr().err


def test_another_process_sees_a_correction_once_its_copy_is_refreshed(
    store: Store,
) -> None:
    writer = AliasStore(store)
    fresh = AliasStore(store, refresh_seconds=0)
    held = AliasStore(store, refresh_seconds=3600)
    assert fresh.lookup("kamianka", "UA") is None
    assert held.lookup("kamianka", "UA") is None
    writer.save(Alias("Kamianka", "UA", FIELD), who=None)
    assert isinstance(fresh.lookup("kamianka", "UA"), GazetteerEntry)
    # Within refresh_seconds a copy may be stale; a change made through it,
    # or the refresh, brings it up to date.
    assert held.lookup("kamianka", "UA") is None
    held.save(Alias("Victory", "UA", None), who=None)
    assert isinstance(held.lookup("kamianka", "UA"), GazetteerEntry)
