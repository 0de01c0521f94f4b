"""Wordings the newer development articles use, in sentences written for these tests.

Each row names a cause of a miss or a misplacement seen on the development set
(a feature put on a far town, a foreign namesake, the bare name of a province's
seat) and checks the general rule against the built gazetteer.
"""

from __future__ import annotations

import pytest

from geodata.geoparser import Geoparser
from geodata.models import ResolvedPlace


def _places(gazetteer, text: str) -> dict[str, ResolvedPlace]:
    return {m.text: p for p in Geoparser(gazetteer).parse(text) for m in p.mentions}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A river named after a town 350 km away from the story's places.
        (
            "Survey teams based in Cuito Cuanavale walked the banks of the Cuito "
            "river for a week.",
            "Cuito",
        ),
        # A river whose namesake town lies nowhere near the capital named.
        (
            "Officials in Dushanbe said mines still line the Panj river.",
            "Panj",
        ),
        # "Lake X" is not the country X.
        ("Farmers around Maiduguri fear the fields near Lake Chad.", "Lake Chad"),
        # "the X," with no noun after it: a river or a region, not a far town.
        (
            "In Kherson region, deminers worked along the left bank of the Dnipro, "
            "near Beryslav.",
            "Dnipro",
        ),
    ],
)
def test_a_feature_is_not_put_on_a_far_namesake_town(gazetteer, text, name):
    place = _places(gazetteer, text)[name]
    assert place.status == "unresolved", place.result


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # "Boni" is another spelling of Bonn, a city abroad: not meant here.
        (
            "In Mali, a lorry struck a mine on the road from Boni to Douentza.",
            "Boni",
            None,
        ),
        # Listed beside a Libyan suburb, a name is no province of Iraq.
        (
            "In Libya, engineers searched homes in Ain Zara and neighbouring "
            "Salah al-Din, south of Tripoli.",
            "Salah al-Din",
            None,
        ),
        # Two Sri Lankan villages that are also towns in India do not make
        # India a story country for each other.
        (
            "In Sri Lanka, teams handed back fields near Nagarkovil. More land was "
            "released near Pallai, north of Kilinochchi.",
            "Pallai",
            None,
        ),
        # A world city so named, not a village abroad known by it in translation.
        (
            "The Myanmar findings go to Ukraine's envoys and then to New York.",
            "New York",
            "US",
        ),
    ],
)
def test_a_namesake_abroad_needs_more_than_a_spelling(gazetteer, text, name, country):
    place = _places(gazetteer, text).get(name)
    if country is None:
        # Left unresolved, or dropped as no place of this story.
        assert place is None or place.result is None, place
    else:
        assert place is not None and place.result is not None
        assert place.result.entry.country_code == country


@pytest.mark.parametrize(
    ("text", "name", "feature"),
    [
        # A province seat named bare is the town ("Gao region" is the other).
        ("In Mali, a convoy hit a mine north of Gao on Sunday.", "Gao", "settlement"),
        # Written with "district" once and bare once: the bare one is the town.
        (
            "Mines were cleared across Lachin district in May. One injured deminer "
            "was driven to the hospital in Lachin.",
            "Lachin",
            "settlement",
        ),
    ],
)
def test_a_bare_province_seat_is_the_town(gazetteer, text, name, feature):
    place = _places(gazetteer, text)[name]
    assert place.result is not None
    assert place.result.entry.feature == feature


def test_a_mountain_named_bare_and_with_its_word_is_one_place(gazetteer):
    text = (
        "A hunter was hurt on Grmeč mountain, in Bosnia. Teams had not yet "
        "reached the western slopes of Grmeč."
    )
    places = [p for p in Geoparser(gazetteer).parse(text) if "Grme" in p.name]
    assert len(places) == 1
    assert len(places[0].mentions) == 2


def test_a_village_pointed_at_by_a_bearing_is_kept_beside_its_near_spellings(gazetteer):
    # the gazetteer lacks "Rmeish" but holds near-spellings too far off to
    # choose; the bearing says it is a place, so it is listed unplaced, not dropped
    text = (
        "Earlier this week, a survey team marked a newly identified strip of "
        "anti-personnel mines in scrubland south of Rmeish, close to the border with "
        "Israel. The strip is thought to date from the 1980s."
    )
    place = _places(gazetteer, text).get("Rmeish")
    assert place is not None
    assert place.status == "unresolved"
