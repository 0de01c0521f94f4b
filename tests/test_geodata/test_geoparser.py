"""Geoparser: extraction + resolution + the fallback geocoder for what is left."""

from __future__ import annotations

from dataclasses import dataclass, field

from geodata.errors import GeocodingUnavailable
from geodata.geoparser import Geoparser
from geodata.models import GazetteerEntry, GeocodeResult
from geodata.resolve import NOT_A_PLACE
from tests.test_geodata.fake_gazetteer import FakeGazetteer

TOLKINO = GazetteerEntry(
    "nominatim:N1", "Tolkino", 47.1, 33.2, "UA", "Kherson Oblast", "settlement"
)


@dataclass
class RecordingGeocoder:
    """A geocoder that answers from a dict and records what it was asked."""

    known: dict[str, GazetteerEntry] = field(default_factory=dict)
    failing: set[str] = field(default_factory=set)
    calls: list[tuple[str, str | None]] = field(default_factory=list)
    name: str = "recording"

    def geocode(
        self, query: str, *, country_code: str | None = None
    ) -> GeocodeResult | None:
        self.calls.append((query, country_code))
        if query in self.failing:
            raise GeocodingUnavailable(self.name, query, reason="HTTP 429")
        entry = self.known.get(query)
        if entry is None:
            return None
        return GeocodeResult(
            entry=entry, precision=1, confidence=0.8, provider=self.name
        )


@dataclass
class Aliases:
    answers: dict[str, object]
    calls: list[tuple[str, str | None]] = field(default_factory=list)

    def lookup(self, name_key: str, country_code: str | None):
        self.calls.append((name_key, country_code))
        return self.answers.get(name_key)


TEXT = "Sappers in Ukraine worked near Kherson and Tolkino on Monday."


def test_without_fallback_unknown_names_stay_unresolved() -> None:
    places = Geoparser(FakeGazetteer()).parse(TEXT)
    assert [(p.name, p.status) for p in places] == [
        ("Ukraine", "resolved"),
        ("Kherson", "resolved"),
        ("Tolkino", "unresolved"),
    ]


def test_fallback_is_asked_only_for_what_the_gazetteer_left_with_story_country() -> (
    None
):
    fallback = RecordingGeocoder(known={"Tolkino": TOLKINO})
    places = Geoparser(FakeGazetteer(), fallback=fallback).parse(TEXT)
    assert fallback.calls == [("Tolkino", "UA")]
    tolkino = places[-1]
    assert tolkino.status == "resolved"
    assert tolkino.result is not None
    assert tolkino.result.entry == TOLKINO
    assert tolkino.result.provider == "recording"


def test_fallback_miss_keeps_the_place_unresolved() -> None:
    fallback = RecordingGeocoder()
    places = Geoparser(FakeGazetteer(), fallback=fallback).parse(TEXT)
    assert (places[-1].name, places[-1].status) == ("Tolkino", "unresolved")


def test_outage_marks_the_place_pending() -> None:
    fallback = RecordingGeocoder(failing={"Tolkino"})
    places = Geoparser(FakeGazetteer(), fallback=fallback).parse(TEXT)
    assert (places[-1].name, places[-1].status) == ("Tolkino", "pending")
    assert places[-1].result is None
    assert [p.status for p in places[:2]] == ["resolved", "resolved"]


def test_outage_keeps_a_low_confidence_gazetteer_answer() -> None:
    # No country named: the French and Cambodian Sameakki are a coin toss.
    text = "Deminers cleared the fields of Sameakki."
    fallback = RecordingGeocoder(failing={"Sameakki"})
    place = Geoparser(FakeGazetteer(), fallback=fallback).parse(text)[0]
    assert place.status == "pending"
    assert place.result is not None
    assert place.result.provider == "gazetteer"
    assert fallback.calls == [("Sameakki", None)]


def test_alias_overrides_the_gazetteer_and_not_a_place_drops() -> None:
    aliases = Aliases({"tolkino": TOLKINO, "kherson": NOT_A_PLACE})
    fallback = RecordingGeocoder()
    places = Geoparser(FakeGazetteer(), fallback=fallback, aliases=aliases).parse(TEXT)
    assert [p.name for p in places] == ["Ukraine", "Tolkino"]
    assert places[1].result is not None
    assert places[1].result.provider == "alias"
    assert places[1].result.entry == TOLKINO
    assert ("tolkino", "UA") in aliases.calls
    assert fallback.calls == []


def test_parse_with_the_real_gazetteer(gazetteer) -> None:
    text = (
        "KYIV, June 3 - A farmer was killed by an anti-tank mine near Snihurivka in"
        " the Mykolaiv region, officials said, as sappers from the State Emergency"
        " Service kept working in Kherson Oblast."
    )
    places = Geoparser(gazetteer).parse(text)
    got = [(p.name, p.status, p.result and p.result.entry.country_code) for p in places]
    assert got == [
        ("KYIV", "resolved", "UA"),
        ("Snihurivka", "resolved", "UA"),
        ("Mykolaiv", "resolved", "UA"),
        ("Kherson Oblast", "resolved", "UA"),
    ]


def _kinds(gazetteer, text: str) -> list[tuple[list[str], str | None]]:
    return [
        ([m.text for m in p.mentions], p.result and p.result.entry.feature)
        for p in Geoparser(gazetteer).parse(text)
    ]


def test_a_name_starting_with_a_company_suffix_is_still_a_place(gazetteer) -> None:
    """ "Sa" closes company names ("... SA"); it does not hide Sa Kaeo."""
    text = "Land in Sa Kaeo province went back to farmers; Demining Partners SA did it."
    assert _kinds(gazetteer, text) == [(["Sa Kaeo"], "admin1")]


def test_bare_name_is_the_province_when_the_city_is_named_as_such(gazetteer) -> None:
    text = (
        "Three boys were killed in Ghazni province. They were taken to the"
        " hospital in Ghazni city. Fighting in Ghazni lasted years."
    )
    assert _kinds(gazetteer, text) == [
        (["Ghazni", "Ghazni"], "admin1"),
        (["Ghazni"], "settlement"),
    ]


def test_bare_name_called_the_town_is_the_town(gazetteer) -> None:
    text = "Teams worked in Pailin province. In Pailin, the provincial town, all wait."
    assert _kinds(gazetteer, text) == [
        (["Pailin"], "admin1"),
        (["Pailin"], "settlement"),
    ]


def test_every_occurrence_of_a_village_the_gazetteer_lacks_is_found(gazetteer) -> None:
    """ "the village of Zorbakhli" makes it a place; "at Zorbakhli" is the same one."""
    text = (
        "Mines were found near the village of Zorbakhli. Zorbakhli lies on a ridge."
        " A cow was killed at Zorbakhli on Monday."
    )
    (place,) = Geoparser(gazetteer).parse(text)
    assert place.status == "unresolved"
    assert [m.start for m in place.mentions] == [
        text.index("Zorbakhli"),
        text.index("Zorbakhli lies"),
        text.index("Zorbakhli on"),
    ]


def test_currency_is_not_a_country(gazetteer) -> None:
    text = "Japan gave US$3.2 million to Juba; the US gave 5 million US dollars."
    assert [p.name for p in Geoparser(gazetteer).parse(text)] == ["Japan", "Juba", "US"]


def test_a_name_listed_with_a_province_is_the_province(gazetteer) -> None:
    text = "Eight people were injured by mines in rural Cauca and Nariño in January."
    assert _kinds(gazetteer, text) == [(["Cauca"], "admin1"), (["Nariño"], "admin1")]


def test_a_sentence_opening_preposition_does_not_make_a_person(gazetteer) -> None:
    """ "In Moldova": a run "In Moldova" ends like a surname (-ova); it is no person."""
    for text, name in [
        ("Title\n\nIn Moldova, police found a warhead.", "Moldova"),
        ("Title\n\nIn Geneva, delegates met.", "Geneva"),
    ]:
        assert [p.name for p in Geoparser(gazetteer).parse(text)] == [name]


def test_a_statements_place_and_date_line_names_its_place(gazetteer) -> None:
    """ "Geneva, 21 November 2023" under a meeting's name: no person, a city."""
    for text in [
        "Title\n\nMeeting of the States Parties\nGeneva, 21 November 2023\nMr Chair,",
        "Title\n\nIntersessional Meetings\nGeneva, 18-20 June 2024\nStatement of X",
    ]:
        assert "Geneva" in [p.name for p in Geoparser(gazetteer).parse(text)]
    # ... a given name with a number after it is still no place
    assert [p.name for p in Geoparser(gazetteer).parse("Title\n\nGeneva, 21\nHi")] == []


def test_a_district_placed_on_its_town_stays_apart_from_the_town(gazetteer) -> None:
    # The gazetteer has no Sudzha district: the district takes its seat's point,
    # yet the article tells two places apart, as the annotation rules do.
    text = (
        "A man was killed in the Sudzha district. Sappers have cleared 1,260 "
        "objects in Sudzha since the town was retaken."
    )
    places = Geoparser(gazetteer).parse(text)
    sudzha = [p for p in places if p.mentions[0].text == "Sudzha"]
    assert len(sudzha) == 2
    ids = {p.result.entry.gazetteer_id for p in sudzha if p.result}
    assert ids == {"geonames:486816"}
    quang_tri = Geoparser(gazetteer).parse(
        "Mines were found in Quang Tri province. In Quang Tri, teams cleared a school."
    )
    assert len(quang_tri) == 1  # the province both times: one place
