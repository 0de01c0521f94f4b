"""Property tests: extraction, resolution and the extract contract on arbitrary text.

The texts mix real place names (in English and local spellings), person
names, generic place words, punctuation, line breaks and random letters
(accents, ə, ı, ş), so that the recogniser meets names in every position.
Whatever the text: no exception, every span inside it, every coordinate on
the globe, every score in range, and one result per distinct place.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard.extraction import extract_article
from dashboard.models import ROLES, Article
from dashboard.text import ELLIPSIS
from geodata import wordlists as wl
from geodata.geoparser import Geoparser
from geodata.models import GeocodeResult, ResolvedPlace

PROPERTY = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

PLACES = [
    "Aghdam", "Ağdam", "Agdam", "Tartar", "Tərtər", "Şuşa", "Shusha", "Kəlbəcər",
    "Cəbrayıl", "Füzuli", "Baku", "Bakı", "Azerbaijan", "Kherson", "Izium",
    "Kharkiv Oblast", "Ukraine", "Battambang", "Siem Reap", "Cambodia", "Kabul",
    "Helmand Province", "Sana'a", "al-Hudaydah", "Yemen", "Jaffna", "Golan Heights",
    "Nagorno-Karabakh", "Karabakh", "Sarybaba", "Bosnia and Herzegovina", "Doboj",
    "Geneva", "Nice", "Mobile", "Georgia", "Jordan", "Chad", "US", "U.S.", "UK",
    "Spokane", "Spokane Valley", "Portsmouth", "Portsmouth Heights", "Paris",
    "Springfield", "Victoria", "Mine",
]  # fmt: skip
PERSONS = [
    "Emil Hasanov", "John Smith", "Victoria Nuland", "Jordan Peterson",
    "Mr Aliyev", "Ilham Aliyev", "Dr Kateryna", "Paris Hilton", "Chad Smith",
]  # fmt: skip
CONTEXT = [
    "near", "in", "the village of", "the villages of", "district", "province",
    "region", "Mount", "river", "peninsula", "valley", "said", "killed", "mine",
    "anti-tank mine", "deminers cleared", "2023", "on 12 March 2023", "two people",
    "and", "or", "of", "the", "Ministry of Defence", "University of",
]  # fmt: skip
PUNCTUATION = [", ", ". ", ".\n", "\n\n", "; ", " - ", "'s ", "(", ")", "“", "”", "/"]
LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZçğıöşüəÇĞİÖŞÜƏéñ'-"

_random_word = st.text(alphabet=LETTERS, min_size=1, max_size=12)
_token = st.one_of(
    st.sampled_from(PLACES),
    st.sampled_from(PLACES),
    st.sampled_from(CONTEXT),
    st.sampled_from(PERSONS),
    st.sampled_from(CONTEXT),
    st.sampled_from(PUNCTUATION),
    _random_word,
    _random_word.map(str.capitalize),
    _random_word.map(str.upper),
)
_separator = st.sampled_from([" ", " ", " ", "", "\n", ", ", "\u00a0"])

texts = st.lists(st.tuples(_token, _separator), max_size=40).map(
    lambda parts: "".join(token + gap for token, gap in parts)
)


def _assert_valid_result(result: GeocodeResult) -> None:
    entry = result.entry
    assert math.isfinite(entry.lat) and -90.0 <= entry.lat <= 90.0
    assert math.isfinite(entry.lon) and -180.0 <= entry.lon <= 180.0
    assert 0.0 <= result.confidence <= 1.0
    assert result.precision in (1, 2, 3)
    assert entry.gazetteer_id


def _place_identity(place: ResolvedPlace) -> tuple[str, bool]:
    """What makes two resolved places distinct (geodata.resolve._results).

    One gazetteer entry is one place, except that a feature or a district named
    after a town ("Jaffna peninsula", "Sudzha district", placed on the town)
    stays apart from the town.
    """
    assert place.result is not None
    hint = place.mentions[0].hint
    apart = hint in wl.FEATURE_HINTS or (
        (hint in wl.PROVINCE_HINTS or hint in wl.DISTRICT_HINTS)
        and place.result.entry.feature == "settlement"
    )
    return (place.result.entry.gazetteer_id, apart)


@PROPERTY
@given(text=texts)
def test_geoparser_on_any_text_gives_spans_in_the_text_and_valid_places(
    gazetteer, text
):
    places = Geoparser(gazetteer).parse(text)
    for place in places:
        assert place.mentions, place
        assert place.status in ("resolved", "unresolved", "pending")
        for mention in place.mentions:
            assert 0 <= mention.start < mention.end <= len(text)
            assert text[mention.start : mention.end] == mention.text
        assert list(place.mentions) == sorted(place.mentions, key=lambda m: m.start)
        if place.status == "resolved":
            assert place.result is not None
            _assert_valid_result(place.result)
        else:
            assert place.result is None
        for candidate in place.candidates:
            assert -90.0 <= candidate.lat <= 90.0
            assert -180.0 <= candidate.lon <= 180.0
            assert 0.0 <= candidate.score <= 1.0
    resolved = [_place_identity(p) for p in places if p.status == "resolved"]
    assert len(resolved) == len(set(resolved)), resolved
    starts = [m.start for p in places for m in p.mentions]
    assert len(starts) == len(set(starts)), "one span claimed by two places"
    assert [p.mentions[0].start for p in places] == sorted(
        p.mentions[0].start for p in places
    )


@PROPERTY
@given(text=texts)
def test_extract_article_on_any_text_keeps_the_contract(gazetteer, text):
    article = Article(text=text, file_name="property.txt")
    places = extract_article(article, geoparser=Geoparser(gazetteer))
    text_words = set(text.split())
    squashed = " ".join(text.split())
    # Names are not unique: "the town of Aghdam" and "the district of Aghdam"
    # are two places both written "Aghdam" (see test_faults.py's xfail).
    starts = [place.start for place in places]
    assert len(starts) == len(set(starts)), places
    for place in places:
        assert 0 <= place.start < place.end <= len(text)
        assert text[place.start : place.end] == place.name
        assert place.role in ROLES
        assert place.status in ("resolved", "unresolved", "pending")
        core = place.excerpt.removeprefix(ELLIPSIS).removesuffix(ELLIPSIS)
        assert core, place
        assert all(word in text_words or word in squashed for word in core.split())
        assert " ".join(place.name.split()) in place.excerpt
        for count in (place.killed, place.injured, place.mines):
            assert count is None or count >= 0
        assert 0.0 <= place.confidence <= 1.0
        if place.status == "resolved":
            assert place.lat is not None and place.lon is not None
            assert math.isfinite(place.lat) and -90.0 <= place.lat <= 90.0
            assert math.isfinite(place.lon) and -180.0 <= place.lon <= 180.0
            assert place.precision in (1, 2, 3)
        assert len(place.candidates) <= 5


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mines were found near Spokane Valley and Spokane.", "Spokane Valley"),
        (
            "Mines were found near Portsmouth and Portsmouth Heights.",
            "Portsmouth Heights",
        ),
    ],
)
def test_a_town_named_with_a_generic_word_resolves_to_itself(gazetteer, text, name):
    # Found by the 5,000-place article (tests/test_dashboard/test_faults.py).
    (expected,) = [e for e in gazetteer.lookup(name) if e.name == name]
    places = {p.name: p for p in Geoparser(gazetteer).parse(text)}
    place = places[name]
    assert place.result is not None
    assert place.result.entry.gazetteer_id == expected.gazetteer_id
