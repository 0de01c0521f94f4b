"""Resolution: which place each name means, from the whole story (issue 2, item 4)."""

from __future__ import annotations

import pytest

from geodata.extract import extract_place_mentions
from geodata.models import GazetteerEntry, GeocodeResult, PlaceMention, ResolvedPlace
from geodata.resolve import precision_of, resolve_places
from tests.test_geodata.fake_gazetteer import PLACES, FakeGazetteer


def resolve(text: str, gazetteer) -> list[ResolvedPlace]:
    return resolve_places(text, extract_place_mentions(text, gazetteer), gazetteer)


def by_name(places: list[ResolvedPlace]) -> dict[str, ResolvedPlace]:
    return {m.text: place for place in places for m in place.mentions}


def test_namesake_abroad_is_left_unresolved() -> None:
    text = "In Cambodia, deminers cleared fields near Battambang and Sameakki village."
    sameakki = by_name(resolve(text, FakeGazetteer()))["Sameakki"]
    # Cambodia's Sameakki is the one meant, not the larger French commune.
    assert sameakki.status == "resolved"
    assert sameakki.result is not None
    assert sameakki.result.entry.country_code == "KH"


def test_village_only_known_abroad_is_never_placed_there() -> None:
    gazetteer = FakeGazetteer(
        [p for p in PLACES if p[0].gazetteer_id != "geonames:900001"]
    )
    text = "In Cambodia, a mine exploded near Battambang, in the village of Sameakki."
    sameakki = by_name(resolve(text, gazetteer))["Sameakki"]
    assert sameakki.status == "unresolved"
    assert sameakki.result is None
    assert [c.country_code for c in sameakki.candidates] == ["FR"]


def test_spelling_variants_are_one_place() -> None:
    text = "A mine went off near Aghdam. Agdam residents, and farmers from Ağdam, fled."
    places = resolve(text, FakeGazetteer())
    assert len(places) == 1
    assert [m.text for m in places[0].mentions] == ["Aghdam", "Agdam", "Ağdam"]
    assert places[0].result is not None
    assert places[0].result.entry.gazetteer_id == "geonames:148619"


def test_unknown_name_is_returned_unresolved_not_dropped() -> None:
    places = resolve("Sappers worked near Tolkino in Ukraine.", FakeGazetteer())
    assert [(p.name, p.status) for p in places] == [
        ("Tolkino", "unresolved"),
        ("Ukraine", "resolved"),
    ]


def test_country_short_form_is_the_country_not_a_village() -> None:
    place = by_name(resolve("The US sent deminers to Ukraine.", FakeGazetteer()))["US"]
    assert place.result is not None
    assert place.result.entry.gazetteer_id == "geonames:6252001"
    assert place.result.precision == 3


def test_ordinary_word_without_the_story_there_is_dropped() -> None:
    text = "Teams say Best results came from Battambang in Cambodia."
    gazetteer = FakeGazetteer()
    mentions = extract_place_mentions(text, gazetteer)
    start = text.index("Best")
    mentions.insert(0, PlaceMention("Best", start, start + 4))
    places = resolve_places(text, mentions, gazetteer)
    assert [p.name for p in places] == ["Battambang", "Cambodia"]


def test_ordinary_word_in_a_place_context_abroad_is_kept() -> None:
    text = "Cambodian deminers trained in Nice before returning to Battambang."
    nice = by_name(resolve(text, FakeGazetteer()))["Nice"]
    assert nice.result is not None
    assert nice.result.entry.country_code == "FR"


@pytest.mark.parametrize(
    ("feature", "hint", "precision"),
    [
        ("settlement", None, 1),
        ("settlement", "district", 2),
        ("admin2", "district", 2),
        ("feature", "mountain", 2),
        ("admin1", "province", 3),
        ("country", None, 3),
        ("region", None, 3),
    ],
)
def test_precision_follows_acled(
    feature: str, hint: str | None, precision: int
) -> None:
    from geodata.models import GazetteerEntry

    entry = GazetteerEntry("x:1", "X", 0.0, 0.0, "AZ", None, feature)  # type: ignore[arg-type]
    assert precision_of(entry, hint) == precision


# The real gazetteer: namesakes and provinces as news writes them.
REAL_CASES = [
    # (text, name, country, feature)
    ("A tractor hit a mine near Kherson, Ukraine.", "Kherson", "UA", "settlement"),
    ("Mines cover much of the Kherson region of Ukraine.", "Kherson", "UA", "admin1"),
    (
        "Deminers in Battambang province, Cambodia, found 40 mines.",
        "Battambang",
        "KH",
        "admin1",
    ),
    (
        "A girl was hurt in Battambang town in western Cambodia.",
        "Battambang",
        "KH",
        "settlement",
    ),
    ("Clearance went on in Fuzuli district of Azerbaijan.", "Fuzuli", "AZ", "admin1"),
    (
        "Refugees returned to Fuzuli, in Azerbaijan, this spring.",
        "Fuzuli",
        "AZ",
        "settlement",
    ),
    ("In Yemen, children died near Hodeidah.", "Hodeidah", "YE", "settlement"),
    (
        "The Antioquia department of Colombia is still mined.",
        "Antioquia",
        "CO",
        "admin1",
    ),
    ("Families fled Mozambique's north as IEDs spread.", "Mozambique", "MZ", "country"),
    ("Observers from Chile joined Peru and Ecuador.", "Chile", "CL", "country"),
]


@pytest.mark.parametrize(("text", "name", "country", "feature"), REAL_CASES)
def test_resolves_with_the_real_gazetteer(
    gazetteer, text: str, name: str, country: str, feature: str
) -> None:
    place = by_name(resolve(text, gazetteer))[name]
    assert place.status == "resolved"
    assert place.result is not None
    assert (place.result.entry.country_code, place.result.entry.feature) == (
        country,
        feature,
    )
    assert 0.0 < place.result.confidence <= 1.0
    assert place.candidates and len(place.candidates) <= 5


def test_road_between_two_towns_abroad_namesake_stays_unresolved(gazetteer) -> None:
    # Kaya in South Sudan is not in the gazetteer; Kaya in Burkina Faso is.
    text = "In South Sudan, deminers reopened the road between Yei and Kaya near Juba."
    places = by_name(resolve(text, gazetteer))
    assert places["Yei"].result is not None
    assert places["Yei"].result.entry.country_code == "SS"
    assert places["Kaya"].status == "unresolved"


def test_famous_city_abroad_is_still_placed(gazetteer) -> None:
    text = "Ukraine's donors met in Geneva to fund clearance around Kharkiv."
    geneva = by_name(resolve(text, gazetteer))["Geneva"]
    assert geneva.result is not None
    assert geneva.result.entry.country_code == "CH"


def test_district_and_its_town_are_two_places(gazetteer) -> None:
    text = (
        "Teams in Fuzuli district of Azerbaijan cleared 80 hectares. Families from"
        " Fuzuli, and from Fizuli's outskirts, want to return."
    )
    places = [p for p in resolve(text, gazetteer) if p.name.startswith("Fu")]
    kinds = sorted(p.result.entry.feature for p in places if p.result)
    assert kinds == ["admin1", "settlement"]
    town = next(
        p for p in places if p.result and p.result.entry.feature == "settlement"
    )
    assert {m.text for m in town.mentions} == {"Fuzuli", "Fizuli"}


def test_feature_word_never_lands_on_a_country(gazetteer) -> None:
    text = "Floods moved mines along the Bosna river near Doboj in Bosnia."
    bosna = by_name(resolve(text, gazetteer))["Bosna"]
    assert bosna.result is None or bosna.result.entry.feature != "country"


def test_surname_matching_only_a_village_abroad_is_not_a_place(gazetteer) -> None:
    text = "In Japan, deminers bought Smith and Wesson rifles for the survey."
    assert [p.name for p in resolve(text, gazetteer)] == ["Japan"]


#: An unresolved village the text puts in a district or near a town: shown
#: there approximately (ACLED precision 3 for an area, 2 for a town).
#: "Vorkhanet" and "Dreminsk" are in no gazetteer.
APPROXIMATED = [
    (
        "A tractor hit an anti-tank mine near the village of Vorkhanet in Samlout "
        "district, Battambang province, on Monday.",
        ("KH", "admin2", 3),
    ),
    (
        "An IED struck a bus near the village of Vorkhanet, commune of Dreminsk, "
        "cercle of Bankass, Mopti region, in Mali.",
        ("ML", "settlement", 2),
    ),
    (
        "In the village of Vorkhanet, territory of Djugu, province of Ituri, a "
        "grenade killed a boy.",
        ("CD", "settlement", 2),
    ),
    (
        "Deminers destroyed 40 mines near Vorkhanet and Dreminsk in Samlout "
        "district of Battambang province.",
        ("KH", "admin2", 3),
    ),
    (
        "Two shepherds were killed near Vorkhanet, a village in Samlout district "
        "of Battambang province.",
        ("KH", "admin2", 3),
    ),
    (
        "Two children were killed when a shell exploded in the Vorkhanet "
        "displacement camp west of Goma, in the Democratic Republic of Congo.",
        ("CD", "settlement", 2),
    ),
    (
        "A boy was playing with a grenade in Vorkhanet, about 25 kilometres north "
        "of Torit, when it went off. South Sudan has cleared 1,200 roads.",
        ("SS", "settlement", 2),
    ),
    (
        "In Kilinochchi district, a woman clearing scrub near Vorkhanet lost a "
        "foot when she stepped on a mine. Deminers work in Jaffna too.",
        ("LK", "admin2", 3),
    ),
    (
        # A river is near a town where the text says so (but see below).
        "A team working above the Vorkhanet river outside Slunj, in Croatia, blew "
        "up 26 mines.",
        ("HR", "settlement", 2),
    ),
    (
        "Bandiagara cercle: a passenger bus struck an IED near the village of "
        "Vorkhanet. Mopti region is worst hit.",
        ("ML", "settlement", 2),
    ),
]

#: Nothing places these: a dateline is where the story was filed, a list of
#: towns is not a container, a river has no point in the region it crosses,
#: and a country is too wide to show a village in.
NOT_APPROXIMATED = [
    "BAMAKO, June 3 - A roadside bomb hit a bus on the road between Vorkhanet "
    "and Dreminsk in central Mali, near Mopti.",
    "Deminers cleared fields in Vorkhanet, Ziguinchor and Bignona in Senegal.",
    "Mines were found along the Vorkhanet river, in Kherson region of Ukraine, "
    "near Kherson.",
    "A mine killed a farmer near Vorkhanet in Ukraine.",
]


@pytest.mark.parametrize(("text", "container"), APPROXIMATED)
def test_unknown_village_is_shown_at_the_area_or_town_the_text_puts_it_in(
    gazetteer, text: str, container: tuple[str, str, int]
) -> None:
    place = by_name(resolve(text, gazetteer))["Vorkhanet"]
    assert (place.status, place.result) == ("unresolved", None)
    near = place.approximation
    assert near is not None
    assert (near.entry.country_code, near.entry.feature, near.precision) == container


@pytest.mark.parametrize("text", NOT_APPROXIMATED)
def test_unknown_village_without_a_container_stays_without_a_point(
    gazetteer, text: str
) -> None:
    place = by_name(resolve(text, gazetteer))["Vorkhanet"]
    assert place.status == "unresolved"
    assert place.approximation is None


def _placed(text: str, name: str, entry: GazetteerEntry) -> ResolvedPlace:
    start = text.index(name)
    return ResolvedPlace(
        (PlaceMention(name, start, start + len(name)),),
        "resolved",
        GeocodeResult(entry, precision=3, confidence=0.9, provider="gazetteer"),
    )


MAYO = GazetteerEntry("geonames:2962666", "Mayo", 53.9, -9.3, "IE", None, "admin1")
CAMEROON = GazetteerEntry("geonames:2233387", "Cameroon", 6, 12, "CM", None, "country")
IRELAND = GazetteerEntry("geonames:2963597", "Ireland", 53, -8, "IE", None, "country")


@pytest.mark.parametrize(
    ("country", "approximated"),
    [
        # Ireland's County Mayo, alone in a story about Cameroon ("the
        # Mayo-Sava" read as Mayo), is no place to show a village at ...
        (CAMEROON, False),
        # ... but it is in a story about Ireland.
        (IRELAND, True),
    ],
)
def test_a_container_needs_another_place_in_its_country(
    country: GazetteerEntry, approximated: bool
) -> None:
    from geodata.resolve import _approximate_unknowns

    text = f"Soldiers died near Vorkhanet, in Mayo, in {country.name}."
    start = text.index("Vorkhanet")
    vorkhanet = ResolvedPlace(
        (PlaceMention("Vorkhanet", start, start + 9),), "unresolved"
    )
    places = [
        vorkhanet,
        _placed(text, "Mayo", MAYO),
        _placed(text, country.name, country),
    ]
    near = _approximate_unknowns(text, places)[0].approximation
    assert (near is not None) is approximated
