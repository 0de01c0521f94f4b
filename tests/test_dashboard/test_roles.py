"""Roles: which role a sentence gives each place it names (parametrised table)."""

# ruff: noqa: E501  (one sentence per line reads better than split strings)

from __future__ import annotations

import re

import pytest

from dashboard.roles import assign_role, assign_roles
from dashboard.text import SentenceIndex

# (text, {place: expected role}); every place of the text is listed, since
# lists of places are judged together.
CASES = [
    (
        "Delegates from Sudan, Nigeria and Pakistan attended the conference in Baku.",
        {
            "Sudan": "mention",
            "Nigeria": "mention",
            "Pakistan": "mention",
            "Baku": "conference",
        },
    ),
    (
        "The conference brought together representatives of mine-affected countries such as Croatia, Serbia and Sri Lanka.",
        {"Croatia": "mention", "Serbia": "mention", "Sri Lanka": "mention"},
    ),
    ("Armenia has not handed over maps of the minefields.", {"Armenia": "mention"}),
    (
        "A landmine field was found in Sarybaba with about 350 landmines planted in the area.",
        {"Sarybaba": "minefield"},
    ),
    (
        "Two children were killed when an anti-tank mine exploded near Kupiansk.",
        {"Kupiansk": "incident"},
    ),
    (
        "Azerbaijan hosts international mine clearance conference",
        {"Azerbaijan": "conference"},
    ),
    (
        "Deminers cleared 120 hectares in Fuzuli district last month.",
        {"Fuzuli": "clearance"},
    ),
    (
        "In Aghdam, a tractor hit an anti-tank mine and the driver was injured.",
        {"Aghdam": "incident"},
    ),
    (
        "Due to the widespread problem of landmines in the Karabakh region, the government acted.",
        {"Karabakh": "minefield"},
    ),
    ("The government decided to open an embassy in Israel.", {"Israel": "mention"}),
    ("Mine blast kills two in Kharkiv", {"Kharkiv": "incident"}),
    (
        "The Kharkiv region remains heavily contaminated with mines.",
        {"Kharkiv": "minefield"},
    ),
    (
        "BAKU, Azerbaijan, November 28. Deminers found 50 mines in Aghdam.",
        {"BAKU": "mention", "Azerbaijan": "mention", "Aghdam": "clearance"},
    ),
    (
        "BAKU, Azerbaijan, November 28. About 50 mines were found in Aghdam.",
        {"BAKU": "mention", "Azerbaijan": "mention", "Aghdam": "minefield"},
    ),
    (
        "KYIV, March 3 (Reuters) - A landmine exploded near Izium on Friday, killing two.",
        {"KYIV": "mention", "Izium": "incident"},
    ),
    (
        "Mines were found in Aghdam, Fuzuli and Jabrayil.",
        {"Aghdam": "minefield", "Fuzuli": "minefield", "Jabrayil": "minefield"},
    ),
    (
        "Representatives of international demining companies in Sweden, Israel, Turkey and Belgium took part.",
        {
            "Sweden": "mention",
            "Israel": "mention",
            "Turkey": "mention",
            "Belgium": "mention",
        },
    ),
    (
        "The workshop, held in Geneva, discussed a blast that killed three deminers in Kherson.",
        {"Geneva": "conference", "Kherson": "incident"},
    ),
    (
        "Ukraine's emergency service said sappers neutralised 45 mines near Izium.",
        {"Ukraine": "mention", "Izium": "clearance"},
    ),
    (
        "The author, who studied in Boston, writes about security in Cambodia.",
        {"Boston": "mention", "Cambodia": "mention"},
    ),
    (
        "Russian forces planted mines along roads outside Kherson before withdrawing.",
        {"Kherson": "minefield"},
    ),
    (
        "Azerbaijan accused Armenia of planting mines in Lachin.",
        {"Azerbaijan": "mention", "Armenia": "mention", "Lachin": "minefield"},
    ),
    (
        "A shepherd was injured on Monday after stepping on a mine in the village of Chiragli, Aghdam district.",
        {"Chiragli": "incident", "Aghdam": "incident"},
    ),
    (
        "The HALO Trust, headquartered in Scotland, has worked in Afghanistan since 1988.",
        {"Scotland": "mention", "Afghanistan": "mention"},
    ),
    ("Demining of Fuzuli continues.", {"Fuzuli": "clearance"}),
    ("Ukraine is now the most mined country in the world.", {"Ukraine": "minefield"}),
    (
        "Cambodia hosted the Fifth Review Conference of the Mine Ban Treaty in Siem Reap.",
        {"Cambodia": "conference", "Siem Reap": "conference"},
    ),
    (
        "Experts from Norway trained local deminers in Tartar.",
        {"Norway": "mention", "Tartar": "clearance"},
    ),
    (
        "An Israeli company signed a contract with Azerbaijan to clear mines in Zangilan.",
        {"Azerbaijan": "mention", "Zangilan": "clearance"},
    ),
    (
        "Teams removed 1,245 mines in October, most of them in the provinces of Hudaydah, Taiz and Marib.",
        {"Hudaydah": "clearance", "Taiz": "clearance", "Marib": "clearance"},
    ),
    (
        "Deminers cleared mines near Cuito, one of the biggest battlefields in Africa.",
        {"Cuito": "clearance", "Africa": "mention"},
    ),
    (
        "The wounded soldiers were flown to a military hospital in Medellin.",
        {"Medellin": "mention"},
    ),
    (
        "An artillery shell exploded in Gio Linh district of Quang Tri province, central Vietnam, killing a man.",
        {"Gio Linh": "incident", "Quang Tri": "incident", "Vietnam": "incident"},
    ),
    (
        "Vilabouly district, to the north, also remains badly contaminated.",
        {"Vilabouly": "minefield"},
    ),
    (
        "A corridor will link national parks in Angola, Namibia and Zambia on the cleared land.",
        {"Angola": "mention", "Namibia": "mention", "Zambia": "mention"},
    ),
    (
        "Officials in Harare said the remaining minefields cover 20 square kilometres.",
        {"Harare": "mention"},
    ),
]


def _spans(text: str, name: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(re.escape(name), text)]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_role_of_each_place(text, expected):
    names = list(expected)
    decisions = assign_roles(text, [_spans(text, name) for name in names])
    assert {name: d.role for name, d in zip(names, decisions, strict=True)} == expected


def test_highest_role_wins_and_its_occurrence_is_reported():
    text = (
        "Officials from Aghdam attended a meeting. "
        "Later a tractor hit an anti-tank mine near Aghdam and the driver was injured."
    )
    decision = assign_role(text, _spans(text, "Aghdam"), sentences=SentenceIndex(text))
    assert decision.role == "incident"
    assert decision.span_index == 1


def test_place_named_only_as_a_mention_keeps_its_first_occurrence():
    text = "Norway funds the work. Norway also pays for training abroad."
    decision = assign_role(text, _spans(text, "Norway"))
    assert (decision.role, decision.span_index) == ("mention", 0)


def test_no_occurrences_is_a_mention():
    assert assign_role("Some text.", []).role == "mention"
