"""Facts from sentences: dates, casualties, mines, device, victims."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.facts import count_casualties, count_mines, extract_facts, find_device

FRIDAY = date(2023, 3, 17)  # a Friday


@pytest.mark.parametrize(
    ("sentence", "expected", "precision"),
    [
        ("A mine exploded on Friday.", date(2023, 3, 17), "day"),
        ("A mine exploded on Tuesday.", date(2023, 3, 14), "day"),
        ("A mine exploded last Friday.", date(2023, 3, 10), "day"),
        ("A mine exploded yesterday.", date(2023, 3, 16), "day"),
        ("A mine exploded today.", date(2023, 3, 17), "day"),
        ("A mine exploded on 12 March.", date(2023, 3, 12), "day"),
        ("A mine exploded on March 12th.", date(2023, 3, 12), "day"),
        ("The blast on 2 December killed two.", date(2022, 12, 2), "day"),
        ("It happened on 2021-06-05.", date(2021, 6, 5), "day"),
        ("Clearance finished in March 2023.", date(2023, 3, 1), "month"),
        ("The mines were found in January.", date(2023, 1, 1), "month"),
        ("A deminer was killed last week.", date(2023, 3, 10), "month"),
        ("Three were hurt last month.", date(2023, 2, 1), "month"),
        ("The field was cleared in 2021.", date(2021, 1, 1), "year"),
        (
            "The conference ran between November 15th and 18th, 2022.",
            date(2022, 11, 15),
            "day",
        ),
        ("Experts met from 15 to 18 November 2022.", date(2022, 11, 15), "day"),
        ("Two days ago a mine exploded.", date(2023, 3, 15), "day"),
    ],
)
def test_event_date_is_resolved_against_publication(sentence, expected, precision):
    facts = extract_facts(sentence, published=FRIDAY)
    assert (facts.event_date, facts.event_date_precision) == (expected, precision)


@pytest.mark.parametrize(
    "sentence",
    [
        "Deminers found 350 mines in the area.",  # no date stated
        "The area has been mined since 2020.",  # since: not the event
        "May God help them, he said.",  # "May" the verb
        "The 2022 report lists 350 mines.",  # a bare year is not an event date
        "Officials hope to clear the land by 2025.",  # a target
    ],
)
def test_no_event_date_unless_stated(sentence):
    assert extract_facts(sentence, published=FRIDAY).event_date is None


def test_relative_dates_need_a_publication_date():
    facts = extract_facts("A mine exploded yesterday.", published=None)
    assert facts.event_date is None


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        ("Two children were killed and a third injured.", 2, 1),
        ("The blast killed three soldiers and injured two civilians.", 3, 2),
        ("A mine exploded under a car, killing three people.", 3, None),
        ("A deminer was killed on Monday.", 1, None),
        ("Two soldiers and a civilian were killed.", 3, None),
        ("The explosion left four dead and seven wounded.", 4, 7),
        ("A 45-year-old man was injured by an anti-tank mine.", None, 1),
        ("A boy aged 12 lost his leg.", None, 1),
        ("Twenty-one people were wounded.", None, 21),
        ("No one was injured.", None, 0),
        ("There were no casualties.", 0, 0),
        ("Hundreds of civilians were killed or injured over the years.", None, None),
        ("Five people were killed or injured.", None, None),
        ("Deminers found 350 mines.", None, None),
        ("The mine was planted 12 years ago near the road.", None, None),
    ],
)
def test_casualty_counts(sentence, killed, injured):
    assert count_casualties(sentence) == (killed, injured)


@pytest.mark.parametrize(
    ("sentence", "mines"),
    [
        ("Deminers found about 350 landmines.", 350),
        ("More than 1,200 explosive items were destroyed.", 1200),
        ("They removed 45 anti-tank mines and 120 anti-personnel mines.", 165),
        ("They cleared 1,500 mines, including 300 anti-tank mines.", 1500),
        ("Teams lifted twelve mines.", 12),
        ("Thousands of mines remain.", None),
        ("A mine exploded.", None),
        ("They cleared 120 hectares.", None),
    ],
)
def test_mine_counts(sentence, mines):
    assert count_mines(sentence) == mines


@pytest.mark.parametrize(
    ("sentence", "device"),
    [
        ("His tractor hit an anti-tank mine.", "anti-tank mine"),
        ("She stepped on an antipersonnel mine.", "anti-personnel mine"),
        ("Children picked up a cluster bomblet.", "cluster submunition"),
        ("A roadside bomb exploded.", "IED"),
        ("An unexploded artillery shell went off.", "UXO"),
        ("A landmine exploded.", None),
    ],
)
def test_device(sentence, device):
    assert find_device(sentence) == device


@pytest.mark.parametrize(
    ("sentence", "victims"),
    [
        ("Two children were killed.", ("civilian", "child")),
        ("A soldier was injured.", ("military",)),
        ("Two deminers were wounded.", ("deminer",)),
        ("A shepherd and a soldier were killed.", ("civilian", "military")),
        ("Soldiers cleared the road.", ()),  # no casualties, no victims
    ],
)
def test_victim_kinds(sentence, victims):
    assert extract_facts(sentence, published=FRIDAY).victims == victims


def test_context_fills_only_what_the_sentence_lacks():
    facts = extract_facts(
        "A mine exploded near Izium on Friday.",
        context="Two men were killed. A third was injured in March 2022.",
        published=FRIDAY,
    )
    assert facts.event_date == FRIDAY
    assert (facts.killed, facts.injured) == (2, 1)


def test_publication_date_is_not_the_event_date():
    facts = extract_facts("Deminers cleared the field.", published=FRIDAY)
    assert facts.event_date is None
