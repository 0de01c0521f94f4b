"""Place extraction: text in, spans of place names out (issue 2, item 3)."""

from __future__ import annotations

import pytest

from geodata.extract import extract_place_mentions
from tests.test_geodata.fake_gazetteer import FakeGazetteer


def names(text: str, gazetteer) -> list[str]:
    return [m.text for m in extract_place_mentions(text, gazetteer)]


# Written for these tests: (text, the place names expected, in text order).
CASES = [
    # multi-word names and generic words
    (
        "Delegates from Bosnia and Herzegovina met donors in Banteay Meanchey.",
        ["Bosnia and Herzegovina", "Banteay Meanchey"],
    ),
    ("A shepherd lost a leg in Aghdam district last week.", ["Aghdam"]),
    ("Sappers returned to the Kherson region after the thaw.", ["Kherson"]),
    ("Shelling hit Kherson Oblast again overnight.", ["Kherson Oblast"]),
    ("Clearance of the Golan Heights resumed.", ["Golan Heights"]),
    ("Talks on Nagorno-Karabakh's minefields stalled.", ["Nagorno-Karabakh"]),
    ("Most mines in the Middle East were laid decades ago.", ["Middle East"]),
    # datelines, abbreviations, Arabic articles
    ("BAKU, Nov. 28 (Reuters) - A tractor struck a mine.", ["BAKU"]),
    (
        "Grants came from the U.S., the UK and Britain, and one from the US.",
        ["U.S.", "UK", "Britain", "US"],
    ),
    (
        "Children were hurt in al-Hudaydah; aid reached Hodeidah and Al Hudaydah.",
        ["al-Hudaydah", "Hodeidah", "Al Hudaydah"],
    ),
    # persons are not places
    ("Deputy chairman Emil Hasanov visited Fuzuli.", ["Fuzuli"]),
    ("Roy Nahari, 45, said the field in Battambang was clear.", ["Battambang"]),
    ("Spokesman Roy Nahari briefed reporters. Nahari said more was needed.", []),
    # organisations and events are not places, nor what they contain
    (
        "Open Minded Solutions Ltd. and the Dona Gracia Center trained staff in Baku.",
        ["Baku"],
    ),
    ("A grant from the University of Maryland went to Cambodia.", ["Cambodia"]),
    ("Veterans of the Vietnam War flew to Ukraine.", ["Ukraine"]),
    ("ANAMA and the HALO Trust cleared land near Aghdam.", ["Aghdam"]),
    # demonyms, ordinary words, months, sentence starts
    ("Azerbaijani and Cambodian deminers met in France.", ["France"]),
    ("Mine clearance is slow. Police said Best practice helped.", []),
    ("Nice weather in May helped teams in Fuzuli on Monday.", ["Fuzuli"]),
    ("Of the mines found, most were old.", []),
    # unknown names in a place context
    (
        "Deminers worked near Tolkino, in the village of Kasarakh and in Dzhebrail"
        " district.",
        ["Tolkino", "Kasarakh", "Dzhebrail"],
    ),
    (
        "Troops left the villages of Krasnoe, Zarechnoye and Tolkino.",
        ["Krasnoe", "Zarechnoye", "Tolkino"],
    ),
    (
        "Fighting ravaged Mone Township and Mount Igman.",
        ["Mone Township", "Mount Igman"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_extracts_places_and_nothing_else(text: str, expected: list[str]) -> None:
    assert names(text, FakeGazetteer()) == expected


def test_spans_index_the_original_text() -> None:
    text = (
        "“In Ağdam district,” she said, “and near Hodeidah.”\n"
        "BAKU, 2 May - Aghdam’s fields."
    )
    mentions = extract_place_mentions(text, FakeGazetteer())
    assert [m.text for m in mentions] == ["Ağdam", "Hodeidah", "BAKU", "Aghdam"]
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text


@pytest.mark.parametrize(
    ("text", "hints"),
    [
        ("Mines remain in Aghdam district.", [("Aghdam", "district")]),
        ("Mines remain in the village of Kasarakh.", [("Kasarakh", "village")]),
        ("Mines remain in Kherson Oblast.", [("Kherson Oblast", "oblast")]),
        ("Mines remain on Mount Igman.", [("Mount Igman", "mountain")]),
        (
            "Mines remain in Aghdam and Fuzuli districts.",
            [("Aghdam", "district"), ("Fuzuli", "district")],
        ),
        ("Mines remain in Baku.", [("Baku", None)]),
        # abbreviations of posts and field reports
        ("‼️ Izium r-n. A car hit a mine.", [("Izium", "district")]),
        ("Two were hurt in Kherson obl. yesterday.", [("Kherson", "oblast")]),
        ("Amadiya (Duhok gov.): two hurt.", [("Duhok", "governorate")]),
    ],
)
def test_generic_word_becomes_the_hint(text: str, hints: list) -> None:
    found = extract_place_mentions(text, FakeGazetteer())
    assert [(m.text, m.hint) for m in found] == hints


def test_headline_capitals_do_not_make_places() -> None:
    text = "Mine Blast Kills Two Farmers Near Aghdam\n\nA tractor hit a mine in Agdam."
    assert names(text, FakeGazetteer()) == ["Aghdam", "Agdam"]


def test_shouting_headline_is_read_like_a_title() -> None:
    text = "LANDMINE KILLS SHEPHERD IN FUZULI\nThe blast happened at dawn."
    assert names(text, FakeGazetteer()) == ["FUZULI"]


def test_surname_of_a_known_person_is_not_a_place_later() -> None:
    text = "Farmer Roy Emil lost a foot. Emil said the field looked safe."
    assert names(text, FakeGazetteer()) == []


def test_first_name_alone_later_may_be_a_place() -> None:
    text = "Georgia Thompson reported from Baku. Later she flew to Ukraine."
    assert names(text, FakeGazetteer()) == ["Baku", "Ukraine"]


# The real gazetteer: names it holds that no fake could list.
REAL_CASES = [
    # an unknown name does not run on over "of" into a known place
    (
        "A farmer was injured in the vereda Los Trozos of Anorí on Monday.",
        ["Los Trozos", "Anorí"],
    ),
    # "of the" inside a known name joins it; inside an office's name it does not
    (
        "The Democratic Republic of the Congo recorded 47 casualties. The Ministry "
        "of the Interior of Croatia said so.",
        ["Democratic Republic of the Congo", "Croatia"],
    ),
    # a given name that is also a town, after "a rural area of"
    (
        "A soldier lost a leg while patrolling a rural area of Argelia, in Cauca.",
        ["Argelia", "Cauca"],
    ),
    # translated press: the tabanca (village) and sectors of Guinea-Bissau
    (
        "A shell exploded in the tabanca of Cafine; teams surveyed the sectors of "
        "Sao Domingos and Bigene.",
        ["Cafine", "Sao Domingos", "Bigene"],
    ),
    # a region's compound name holds an organisation's word ("Centre"); the far
    # end of a road named by both its ends
    (
        "Centre-Nord: two traders were killed by a device on the Kaya–Barsalogho axis.",
        ["Centre-Nord", "Kaya", "Barsalogho"],
    ),
    # a compass adjective before a province is part of its description, not the
    # namesake region "Northern" (Northern Province stays one name)
    (
        "Northern Shan State was the worst affected area; teams worked in Northern "
        "Province.",
        ["Shan State", "Northern Province"],
    ),
    # Portuguese press: the aldeia (village) of an Angolan commune
    (
        "Deminers destroyed 23 mines on the lavras around the aldeia of Chissonde.",
        ["Chissonde"],
    ),
    (
        "Teams cleared fields around Qala-i-Naw and Mazar-e-Sharif.",
        ["Qala-i-Naw", "Mazar-e-Sharif"],
    ),
    ("Casualties rose in Deir ez-Zor and near Hpa-an.", ["Deir ez-Zor", "Hpa-an"]),
    ("A boy was hurt in Ain Zara, south of Tripoli.", ["Ain Zara", "Tripoli"]),
    (
        "The army swept Chernihiv, Sumy and Kharkiv oblasts.",
        ["Chernihiv", "Sumy", "Kharkiv"],
    ),
    ("Clearance of the Plain of Jars in Laos goes on.", ["Plain of Jars", "Laos"]),
    ("Mines were found at Elephant Pass in Sri Lanka.", ["Elephant Pass", "Sri Lanka"]),
    ("Georgia Thompson said Jordan and Georgia will pay.", ["Jordan", "Georgia"]),
    (
        "General Santos and Santa Cruz sent no deminers.",
        ["General Santos", "Santa Cruz"],
    ),
    (
        "Mobile teams told Police the Best Western hotel in Reading was safe.",
        ["Reading"],
    ),
    (
        "Representatives of Mines Advisory Group and the Ministry of Defence of"
        " Ukraine met in Kyiv.",
        ["Kyiv"],
    ),
    ("Speaking in Kabul, spokesman Zabihullah Mujahid blamed old mines.", ["Kabul"]),
    (
        "A cow set off a mine near Ban Khlong Luek in Thailand.",
        ["Ban Khlong Luek", "Thailand"],
    ),
    ("Sea mines drifted into the Gulf of Aden.", ["Gulf of Aden"]),
    # villages of several short or ordinary words where a generic noun says "place"
    (
        "A mine exploded in the village of Ta Sanh, in Samlout district.",
        ["Ta Sanh", "Samlout"],
    ),
    ("A boy was hurt in Gio An commune, Gio Linh district.", ["Gio An", "Gio Linh"]),
    ("A marine was wounded in the vereda La Carmelita on Sunday.", ["La Carmelita"]),
    # an escarpment, a ridge or a range names a feature the gazetteer lacks
    ("He stepped on a mine on the slopes of the Vorkhanet escarpment.", ["Vorkhanet"]),
    ("Teams cleared the Tessoukrat ridge last year.", ["Tessoukrat"]),
    # "close to X" is "near X"; "close to the Mauritanian border" names no place
    ("The fields lie close to Vorkhanet, where mines were found.", ["Vorkhanet"]),
    ("The herder was hurt close to the Mauritanian border.", []),
    # a post's "vil." before a village the gazetteer lacks
    ("Sappers found 9 mines near vil. Vorkhanet on Monday.", ["Vorkhanet"]),
    ("A boy was injured in the community of Las Nubes.", ["Las Nubes"]),
    # ... but a sentence's "In" or a describing word starts no name
    ("In Anlong Veng district, a cow was killed.", ["Anlong Veng"]),
    ("CORRESPONDENT: Neighbouring Afar region recorded deaths.", ["Afar"]),
    # an unknown name of several words over a lower-case link ("del" is also
    # a given name, Del, which must not veto it)
    (
        "Deminers closed the last minefield in the Cordillera del Condor in May.",
        ["Cordillera del Condor"],
    ),
    # a bearing or a distance points at a place the gazetteer lacks
    ("Teams in the forest east of Vorkhanet found 40 mines.", ["Vorkhanet"]),
    ("A herder was hurt 15 kilometres from Vorkhanet.", ["Vorkhanet"]),
    # one end of a route whose other end is known is a place too ...
    (
        "The devices lay under the road from Ouallam to Tessoukrat.",
        ["Ouallam", "Tessoukrat"],
    ),
    ("The convoy drove from Tessoukrat to Bandiagara.", ["Tessoukrat", "Bandiagara"]),
    # ... but two unknown ends say nothing
    ("The letter went from Varkhosh to Tessoukrat.", []),
    # "at" before a name that is neither an ordinary word nor a person's
    (
        "Teams on the old front line at Vorkhanet removed 300 mines.",
        ["Vorkhanet"],
    ),
    ("The meeting opened at Christmas.", []),
    # a quantity that opens the sentence is no town ("Much" is one in Germany)
    ("Much of Laos remains contaminated by bomblets.", ["Laos"]),
    ("Part of Iraq was mined in the 1980s.", ["Iraq"]),
    # the heading of a dated log line names its place, known or not
    ("03/07 - Vorkhanet: 46 anti-personnel mines found and destroyed.", ["Vorkhanet"]),
    (
        "08/05 – Rutshuru territory, Tessoukrat: two children killed by a grenade.",
        ["Rutshuru", "Tessoukrat"],
    ),
    ("05/07 - Operations: nothing to report.", []),
    # the Congo's short form, in capitals only
    ("The DRC joined the treaty; the drc is no name.", ["DRC"]),
]


def test_part_of_a_longer_name_is_not_a_place(gazetteer) -> None:
    text = "Peru and Ecuador cleared mines in the Cordillera del Condor."
    found = names(text, gazetteer)
    assert "Condor" not in found
    assert "Cordillera" not in found


@pytest.mark.parametrize(("text", "expected"), REAL_CASES)
def test_extracts_with_the_real_gazetteer(
    gazetteer, text: str, expected: list[str]
) -> None:
    assert names(text, gazetteer) == expected


def test_digest_headings_in_capitals_name_countries_on_any_line(gazetteer) -> None:
    # Written for this test: a round-up whose later items open with the country.
    intro = "".join(f"Item {n} of the week's round-up.\n\n" for n in range(1, 6))
    text = (
        intro + "LAOS - Xiangkhouang province: A boy was hurt by a bomblet.\n\n"
        "SERBIA | A team near Bujanovac closed a task on Friday.\n\n"
        "SOUTH SUDAN \u2014 Torit: Land was handed back.\n\n"
        "NATO: allies pledged funds.\n\nPOLICE - a statement followed.\n"
    )
    found = names(text, gazetteer)
    assert found[:2] == ["LAOS", "Xiangkhouang"]
    assert "SERBIA" in found and "SOUTH SUDAN" in found
    # Capitals heading a line that name only small towns stay acronyms or words.
    assert "NATO" not in found and "POLICE" not in found


def test_plural_generic_word_gives_every_listed_name_its_hint(gazetteer) -> None:
    text = "Deminers worked in Banteay Meanchey, Pailin and Oddar Meanchey provinces."
    found = extract_place_mentions(text, gazetteer)
    assert [(m.text, m.hint) for m in found] == [
        ("Banteay Meanchey", "province"),
        ("Pailin", "province"),
        ("Oddar Meanchey", "province"),
    ]


def test_gazetteer_lookups_are_cached_across_articles() -> None:
    gazetteer = FakeGazetteer()
    text = "Teams in Battambang and Baku reported. Battambang was busy."
    extract_place_mentions(text, gazetteer)
    first = len(gazetteer.lookups)
    extract_place_mentions(text, gazetteer)
    assert len(gazetteer.lookups) == first
