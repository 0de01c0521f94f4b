"""Facts from sentences: dates, casualties, mines, device, victims."""

# ruff: noqa: E501  (one sentence per line reads better than split strings)

from __future__ import annotations

from datetime import date

import pytest

from dashboard.facts import (
    count_casualties,
    count_mines,
    extract_facts,
    find_device,
    find_entry_stamps,
    find_event_date,
    since_named_event,
    table_row_counts,
)

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
        "May God help them, he said.",  # "May" the verb
        "The 2022 report lists 350 mines.",  # a bare year is not an event date
        "Officials hope to clear the land by 2025.",  # a target
        # the night's care in hospital is not when the blast happened
        "A boy was wounded by a mine; surgeons operated on him overnight.",
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


# A second, broader table: how mine-action news states dates, counts, devices
# and victims, with the numbers that are not counts (years, ages, areas,
# percentages, treaty articles, phone numbers). Published on a Friday; only the
# fields listed for a sentence are checked.
PUBLISHED = date(2023, 3, 10)  # a Friday
D, M, Y = "day", "month", "year"
# fmt: off
GENERAL = [
    # dates
    ("A mine exploded near the village on Monday night.", {"date": (date(2023, 3, 6), D)}),
    ("On Wednesday, a boy was injured by a grenade.", {"date": (date(2023, 3, 8), D), "injured": 1, "device": "UXO", "victims": ("civilian", "child")}),
    ("The blast happened on 3 May.", {"date": (date(2022, 5, 3), D)}),
    ("The mine was found on May 3.", {"date": (date(2022, 5, 3), D)}),
    ("The incident was recorded on 3/5/2023.", {"date": None}),  # day or month first?
    ("The incident was recorded on 23/2/2023.", {"date": (date(2023, 2, 23), D)}),
    ("Earlier this month, two farmers were injured.", {"date": (date(2023, 3, 1), M), "injured": 2}),
    ("In early 2022, deminers surveyed the area.", {"date": (date(2022, 1, 1), Y)}),
    ("Between 6 and 8 March, teams cleared the field.", {"date": (date(2023, 3, 6), D)}),
    ("KYIV, March 9 - Deminers found 40 mines on Tuesday.", {"date": (date(2023, 3, 7), D), "mines": 40}),
    ("The accident occurred on the evening of 28 February.", {"date": (date(2023, 2, 28), D)}),
    ("The explosion took place on Sunday, 5 March.", {"date": (date(2023, 3, 5), D)}),
    ("A sapper was killed on March 1st, 2023.", {"date": (date(2023, 3, 1), D), "killed": 1, "victims": ("deminer",)}),
    ("In December 2022 a mine blast injured four soldiers.", {"date": (date(2022, 12, 1), M), "injured": 4, "victims": ("military",)}),
    ("Three days ago, a cow stepped on a mine.", {"date": (date(2023, 3, 7), D), "killed": None, "injured": None}),
    ("The mines were planted in the 1990s.", {"date": None}),
    ("In mid-2021 the team removed 1,450 items of unexploded ordnance.", {"date": (date(2021, 1, 1), Y), "mines": 1450}),
    ("On Monday night, a shepherd was killed by a landmine.", {"date": (date(2023, 3, 6), D), "killed": 1, "victims": ("civilian",)}),
    ("Police said 2 people were killed and 5 injured in the blast on Saturday.", {"date": (date(2023, 3, 4), D), "killed": 2, "injured": 5}),
    # years and periods that are not the event's date
    ("In 2021 deminers cleared 40 mines near Lachin.", {"date": (date(2021, 1, 1), Y), "mines": 40}),
    ("Since the end of the fighting in 2020, a tractor driver was killed near Aghdam.", {"date": None, "killed": 1}),
    # a running total dates from its start; a single event after "since" does not
    ("Since 2020, 300 people have been killed by mines.", {"date": (date(2020, 1, 1), "year")}),
    ("The area has been mined since 2020.", {"date": (date(2020, 1, 1), "year")}),
    ("After the 2020 war, the area was mined.", {"date": None}),
    ("Since the war ended in 2020, deminers have found 5,000 mines.", {"date": (date(2020, 1, 1), "year"), "mines": 5000}),
    ("The 2022 survey found 75 mines.", {"date": None, "mines": 75}),
    ("The 1997 Ottawa Convention bans anti-personnel mines.", {"date": None, "mines": None, "device": "anti-personnel mine"}),
    ("Under Article 5, the country must finish clearance by 2025.", {"date": None, "mines": None, "killed": None}),
    ("Resolution 2365 calls on states to support mine action.", {"date": None, "mines": None}),
    ("The convention was signed in 1997 by 122 states.", {"mines": None, "killed": None}),
    # mines and items
    ("Deminers defused 12 anti-personnel mines.", {"mines": 12, "device": "anti-personnel mine"}),
    ("Teams destroyed more than 1,200 explosive items last month.", {"mines": 1200, "date": (date(2023, 2, 1), M)}),
    ("The project cleared 3 million square metres of land.", {"mines": None}),
    ("Engineers removed 40 tonnes of UXO.", {"mines": None, "device": "UXO"}),
    ("Sappers found 350 landmines in the forest.", {"mines": 350}),
    ("Hundreds of mines were found.", {"mines": None}),
    ("About 40% of the land is contaminated with mines.", {"mines": None}),
    ("Deminers cleared 25 hectares and found 14 mines.", {"mines": 14}),
    ("The minefield stretches for 5 kilometres.", {"mines": None}),
    ("Twenty deminers cleared the road.", {"mines": None, "killed": None}),
    ("Call the hotline on 0800 123 456 to report mines.", {"mines": None}),
    ("A team of 14 people cleared mines in the valley.", {"mines": None}),
    ("In 2019, 87 mines were destroyed.", {"mines": 87, "date": (date(2019, 1, 1), Y)}),
    ("Since 2018 the team has destroyed 2,300 mines.", {"mines": 2300, "date": (date(2018, 1, 1), "year")}),
    ("Since January, deminers have found 1,046 mines.", {"mines": 1046, "date": (date(2023, 1, 1), "month")}),
    ("The report lists 2021 mines found near the border.", {"mines": 2021}),  # a count that looks like a year
    # devices
    ("Two men were killed when their car hit a TM-62.", {"killed": 2, "device": "anti-tank mine", "victims": ("civilian",)}),
    ("A butterfly mine wounded a girl.", {"injured": 1, "device": "anti-personnel mine", "victims": ("civilian", "child")}),
    ("Cluster munition remnants were found near the school.", {"device": "cluster submunition"}),
    ("An improvised explosive device killed three soldiers.", {"killed": 3, "device": "IED", "victims": ("military",)}),
    ("Children found an unexploded shell.", {"device": "UXO", "killed": None, "injured": None}),
    ("The PFM-1 mines were scattered over the hills.", {"device": "anti-personnel mine"}),
    ("A soldier and two civilians were injured by a mortar shell.", {"injured": 3, "device": "UXO", "victims": ("civilian", "military")}),
    ("A shell left over from the war exploded in a yard.", {"device": "UXO"}),
    # casualties
    ("A tractor hit an anti-tank mine near Aghdam on Friday, killing the driver.", {"killed": 1, "date": (date(2023, 3, 10), D), "device": "anti-tank mine"}),
    ("A mine exploded under a truck, killing a shepherd.", {"killed": 1}),
    ("The explosion killed two men.", {"killed": 2}),
    ("The blast left three dead.", {"killed": 3}),
    ("The mine claimed the lives of two shepherds.", {"killed": 2, "victims": ("civilian",)}),
    ("A farmer lost his leg when he stepped on a mine.", {"injured": 1, "killed": None}),
    ("A serviceman was wounded.", {"injured": 1, "victims": ("military",)}),
    ("A deminer sustained injuries during clearance.", {"injured": 1, "victims": ("deminer",)}),
    ("The injured man later died in hospital.", {"killed": 1}),
    ("A 12-year-old boy was killed.", {"killed": 1, "victims": ("civilian", "child")}),
    ("Dozens of people were injured.", {"injured": None}),
    ("One of the soldiers was killed.", {"killed": 1}),
    ("A mine blast killed a man and injured his son.", {"killed": 1, "injured": 1}),
    ("Nobody was hurt.", {"injured": 0}),
    ("The blast killed 1 person and wounded 3 others.", {"killed": 1, "injured": 3}),
    ("Four people, including two children, were killed.", {"killed": 4}),
    ("The grenade exploded, injuring the boy and his sister.", {"injured": 2}),
    ("Two brothers, aged 9 and 11, were injured.", {"injured": 2, "victims": ("civilian", "child")}),
    ("A 35-year-old deminer was injured in 2022.", {"injured": 1, "killed": None, "victims": ("deminer",)}),
]
# fmt: on


@pytest.mark.parametrize(
    ("sentence", "expected"), GENERAL, ids=[c[0][:60] for c in GENERAL]
)
def test_facts_of_varied_sentences(sentence, expected):
    facts = extract_facts(sentence, published=PUBLISHED)
    found = {
        "date": (facts.event_date, facts.event_date_precision)
        if facts.event_date
        else None,
        "killed": facts.killed,
        "injured": facts.injured,
        "mines": facts.mines,
        "device": facts.device,
        "victims": facts.victims,
    }
    assert {key: found[key] for key in expected} == expected


def test_background_estimate_in_a_neighbouring_sentence_is_not_a_count_here():
    facts = extract_facts(
        "Further south, clearance continues around Kilinochchi.",
        context="The country still holds an estimated 60,000 mines.",
        published=PUBLISHED,
    )
    assert facts.mines is None


def test_a_blast_does_not_take_the_mine_count_of_a_neighbouring_clearance():
    facts = extract_facts(
        "In the town a woman was injured when she stepped on a mine.",
        context="Teams removed more than 1,000 mines around the port in March.",
        published=PUBLISHED,
    )
    assert (facts.injured, facts.mines) == (1, None)


def test_a_clearance_takes_the_count_its_neighbouring_sentence_gives():
    facts = extract_facts(
        "Deminers have finished clearing the minefields around the town.",
        context="Over the past seven years, teams recovered 30,000 mines there.",
        published=PUBLISHED,
    )
    assert facts.mines == 30_000


def test_a_clearance_count_does_not_take_a_neighbouring_blast_toll():
    facts = extract_facts(
        "In 2021 deminers cleared 40 mines near the town.",
        context="A tractor hit a mine nearby on Friday, killing the driver.",
        published=PUBLISHED,
    )
    assert (facts.mines, facts.killed, facts.event_date) == (40, None, date(2021, 1, 1))


# Event dates in more wordings (own sentences), published on Friday 17 March
# 2023. Decisions where the annotation rules are silent (see find_event_date in dashboard/facts.py):
# "at the weekend" is its Saturday (a range gives its first day); "earlier
# this week", "in the first week of June" and "in mid-March" are month
# precision (there is no week precision); "on the 12th" is the latest 12th on
# or before publication; "over the past month" is a period, not a date: none.
# fmt: off
MORE_DATES = [
    ("The mine exploded on the morning of 4 March.", date(2023, 3, 4), "day"),
    ("The blast happened late on Tuesday near the school.", date(2023, 3, 14), "day"),
    ("A shepherd was hurt early on Wednesday.", date(2023, 3, 15), "day"),
    ("A mine exploded on Tuesday evening.", date(2023, 3, 14), "day"),
    ("Two boys were injured at the weekend.", date(2023, 3, 11), "day"),
    ("Two boys were injured over the weekend.", date(2023, 3, 11), "day"),
    ("The device went off earlier this week.", date(2023, 3, 1), "month"),
    ("Deminers found the cache in the first week of February.", date(2023, 2, 1), "month"),
    ("The tractor hit a mine two days ago.", date(2023, 3, 15), "day"),
    ("The tractor hit a mine three weeks ago.", date(2023, 2, 1), "month"),
    ("A boy was killed on the 12th.", date(2023, 3, 12), "day"),
    ("A boy was killed on the 20th.", date(2023, 2, 20), "day"),
    ("The field was cleared in mid-January.", date(2023, 1, 1), "month"),
    ("The accident took place in late February.", date(2023, 2, 1), "month"),
    ("Clearance began in early 2022.", date(2022, 1, 1), "year"),
    ("The minefield was found on Thursday, 9 March.", date(2023, 3, 9), "day"),
    ("The explosion occurred on the night of 7-8 March.", date(2023, 3, 7), "day"),
    ("The blast happened on March 5, 2023.", date(2023, 3, 5), "day"),
    ("The accident happened the day before yesterday.", date(2023, 3, 15), "day"),
    ("Clearance was completed last autumn.", date(2022, 1, 1), "year"),
    ("A mine exploded this morning in the market.", date(2023, 3, 17), "day"),
    ("A mine exploded on Friday night.", date(2023, 3, 17), "day"),
    # "last <month>": the latest such month before the month of publication
    ("Deminers handed the pasture back last October.", date(2022, 10, 1), "month"),
    ("The survey ended last January and the land was released.", date(2023, 1, 1), "month"),
    ("A herder was hurt by a mine last March.", date(2022, 3, 1), "month"),
    ("A farmer found the mine early on 3 March.", date(2023, 3, 3), "day"),
    # "two summers ago" in March: the summer before last ended in 2021
    ("Two summers ago a harvester hit a mine outside the village.", date(2021, 1, 1), "year"),
    # "overnight" in the day's news is the night before, named by its first day
    ("Overnight, a sea mine washed up on a beach near the port.", date(2023, 3, 16), "day"),
    ("Villagers say a cow was killed overnight by a mine.", date(2023, 3, 16), "day"),
    # an anniversary names its very day, whatever "today" says
    ("Seven years ago today, the two leaders signed a peace declaration in Asmara.",
     date(2016, 3, 17), "day"),
    ("Six months ago today a tractor hit a mine outside the village.",
     date(2022, 9, 17), "day"),
]
# fmt: on


@pytest.mark.parametrize(
    ("sentence", "expected", "precision"),
    MORE_DATES,
    ids=[c[0][:45] for c in MORE_DATES],
)
def test_event_date_in_more_wordings(sentence, expected, precision):
    facts = extract_facts(sentence, published=FRIDAY)
    assert facts.event_date_precision == precision
    # only the stated part is compared, as the scorer does
    assert facts.event_date is not None
    assert _stated(facts.event_date, precision) == _stated(expected, precision)


def _stated(value: date, precision: str) -> tuple[int, ...]:
    return {
        "day": (value.year, value.month, value.day),
        "month": (value.year, value.month),
        "year": (value.year,),
    }[precision]


@pytest.mark.parametrize(
    "sentence",
    [
        "Over the past month, deminers found 300 mines.",  # a period
        "Clearance will begin next year.",  # the future is not an event date
        "The treaty's Article 5 deadline falls in 2025.",  # a deadline
    ],
)
def test_no_event_date_for_periods_and_plans(sentence):
    assert extract_facts(sentence, published=FRIDAY).event_date is None


# Wordings found when the first held-out set was read for diagnosis (2026-11-28).
# (sentence, role, expected date, precision); published on FRIDAY, 17 March 2023
# fmt: off
ROLE_DATES = [
    # a range of two full dates is its first day, however close its end is to the verb
    ("Between 15 January and 28 February, deminers working on 38 hectares of pasture and forest "
     "between the villages of Švica and Kompolje found and destroyed 11 mines.", "minefield",
     date(2023, 1, 15), "day"),
    # ... also when the range opens on the event that started it
    ("Between the ceasefire of 27 November 2022 and 28 February, 29 people were killed "
     "by unexploded ordnance.", "incident", date(2022, 11, 27), "day"),
    # two events in one sentence: the date beside the role's own words
    ("Teams began work in Pursat in February, where a boy was injured by a mine last year.",
     "incident", date(2022, 1, 1), "year"),
    ("Teams began work in Pursat in February, where a boy was injured by a mine last year.",
     "clearance", date(2023, 2, 1), "month"),
    # "of last week": the previous calendar week
    ("A bus hit a mine near Tabqa on Tuesday of last week.", "incident", date(2023, 3, 7), "day"),
    ("A bus hit a mine near Tabqa on Thursday last week.", "incident", date(2023, 3, 9), "day"),
    # a weekday beside a written date is that date
    ("A herder was killed on Monday 6 March when a mine exploded.", "incident", date(2023, 3, 6), "day"),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "role", "expected", "precision"), ROLE_DATES)
def test_event_date_of_the_places_role(sentence, role, expected, precision):
    facts = extract_facts(sentence, published=FRIDAY, role=role)
    assert (facts.event_date, facts.event_date_precision) == (expected, precision)


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        ("Four men who were gathering firewood were killed when a mine exploded.", 4, None),
        ("Two farmers who had gone back to their land were injured on Monday.", None, 2),
        ("Dozens of people who live nearby were injured.", None, None),
        ("The men who were killed had been farming.", None, None),
    ],
)
def test_count_of_a_subject_with_a_relative_clause(sentence, killed, injured):
    assert count_casualties(sentence) == (killed, injured)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Two days earlier, a car hit a mine near Tafas.", date(2023, 3, 3)),
        ("A week later, sappers found a mine in the same field.", date(2023, 3, 12)),
        ("The previous day, a boy was injured.", date(2023, 3, 4)),
        ("The next day, deminers cleared the road.", date(2023, 3, 6)),
        ("The same day, army engineers defused three IEDs.", date(2023, 3, 5)),
        ("Later that day, a second device was found.", date(2023, 3, 5)),
        ("On the day before the bus was hit, a boy lost a leg to a mine.", date(2023, 3, 4)),
        # years counted from the year told before
        ("Two years earlier a boy lost a leg to a mine there.", date(2021, 1, 1)),
        ("That summer, deminers lifted 214 mines there.", date(2023, 1, 1)),
    ],
)
def test_a_date_counted_from_the_event_told_before(sentence, expected):
    facts = extract_facts(sentence, published=PUBLISHED, anchor=date(2023, 3, 5))
    assert facts.event_date == expected
    assert extract_facts(sentence, published=PUBLISHED).event_date is None


def test_a_period_compared_with_is_not_the_events_date():
    mention = find_event_date(
        "In Poltava region, where the harvest is running ahead of last year, "
        "deminers have returned 2,300 hectares of farmland to owners since January.",
        published=PUBLISHED,
        role="clearance",
    )
    assert mention is not None
    assert (mention.value, mention.precision) == (date(2023, 1, 1), "month")


def test_the_same_day_inside_a_dated_sentence_is_that_sentences_day():
    facts = extract_facts(
        "On 3 March road works uncovered three mines, which sappers removed the "
        "same day.",
        published=PUBLISHED,
        anchor=date(2023, 2, 27),
    )
    assert facts.event_date == date(2023, 3, 3)


def test_a_date_counted_past_the_publication_is_no_date():
    facts = extract_facts(
        "The next year, deminers cleared the road.",
        published=PUBLISHED,
        anchor=date(2023, 3, 5),
    )
    assert facts.event_date is None


# Count wordings of the later dev batches, each on a sentence of its own.
@pytest.mark.parametrize(
    ("sentence", "killed", "injured", "mines"),
    [
        ("A farmer lost his right foot when he stepped on a mine.", None, 1, None),
        ("A member of the survey team lost his foot when a mine went off.", None, 1, None),
        ("Two brothers aged 9 and 13 were injured when a bomblet exploded.", None, 2, None),
        ("A driver ploughing near Chuhuiv ran over a mine and was seriously injured.", None, 1, None),
        ("Both boys lost their legs.", None, 2, None),
        ("Teams removed 96 anti-vehicle mines and 31 improvised devices near Mocha.", None, None, 127),
        ("The team handed back the land after destroying 23 devices.", None, None, 23),
        ("The shop sold 40 devices.", None, None, None),
        ("A herder, 12, lost part of his left hand when he picked up a fuze.", None, 1, None),
        ("A fisherman and his son were killed when they stepped on a mine.", 2, None, None),
        ("A woman picking mushrooms above Teslić was injured when a mine went off.", None, 1, None),
        ("A farmer reported finding a rusted mine in his paddy field.", None, None, 1),
        ("On Monday a 2,000-pound bomb was discovered by a farmer.", None, None, 1),
        ("The army destroyed, in place, a 155 mm artillery shell found on a road.", None, None, 1),
        ("A tractor driver turned up a single anti-tank mine with his plough.", None, None, 1),
        ("The deminer who lost his life on the 8th was buried on Saturday.", 1, None, None),
        ("Period: 01/04/2024 - 30/04/2024. Driver killed, one passenger injured.", 1, 1, None),
        ("2 July - Two girls, aged nine and eleven, were killed by a landmine.", 2, None, None),
        ("On 17 February a deminer lost three fingers as a mine went off.", None, 1, None),
        ("On 6 February, three people who had gone back to their houses were killed.", 3, None, None),
        ("11:12 - Teams say a man was injured when a submunition went off.", None, 1, None),
        ("10:02 - A woman was killed and her son injured when their car hit a mine.", 1, 1, None),
        ("In March two brothers were injured when an old mine exploded.", None, 2, None),
        ("A truck struck a mine, injuring the driver and his assistant.", None, 2, None),
        ("Workers uncovered an unexploded 250-kilogramme aircraft bomb.", None, None, 1),
        ("Workers unearthed a World War II-vintage aircraft bomb on Wednesday.", None, None, 1),
        ("Teams removed 1,204 items, mostly 122 mm and 152 mm shells.", None, None, 1204),
        ("In Kyiv Oblast, 403 items were removed during the week.", None, None, 403),
        ("A pyrotechnician born in 1994 was wounded when a tripwire set off a mine.", None, 1, None),
        ("The Army destroyed 412 unexploded artefacts this Wednesday.", None, None, 412),
        ("A resident of the village of Guyevo in the Sudzha district was killed and his wife was "
         "injured.", 1, 1, None),
        ("Two soldiers of the Armed Forces (FANB) lost their lives when a mine went off.", 2, None, None),
        # "N victims ..., M of whom died": the rest are injured
        ("In Colombia, 41 victims of mines and unexploded ordnance were recorded between "
         "1 January and 15 March, nine of whom died.", 9, 32, None),
        ("54 people have fallen victim to mines in Colombia since January; nine of them "
         "died.", 9, 45, None),
        ("The records identified 412 people injured by mines over the study period, 96 "
         "of whom died of their wounds.", 96, 316, None),
        # an aside between dashes is part of the subject
        ("Four children – three brothers and their cousin, aged between 7 and 13 – were "
         "killed when a shell detonated.", 4, None, None),
        # a numeric date's year is no count
        ("On 19.08.2024 a 12-year-old boy was seriously injured near the farm.", None, 1, None),
        ("On 14.03.2025 deminers found 3 mines near the road.", None, None, 3),
        ("On 2024-08-27 a shepherd was killed by a mine.", 1, None, None),
    ],
)
def test_counts_in_later_batch_wordings(sentence, killed, injured, mines):
    assert count_casualties(sentence) == (killed, injured)
    assert count_mines(sentence) == mines


@pytest.mark.parametrize(
    ("sentence", "expected", "precision"),
    [
        ("Early this month, a tractor hit a mine.", date(2023, 3, 1), "month"),
        ("A shepherd was killed the previous week by a mine.", date(2023, 3, 3), "month"),
        ("Late last month a mine exploded near the road.", date(2023, 2, 1), "month"),
        ("A farmer lost both legs on 21/03 when he stepped on a mine.", date(2022, 3, 21), "day"),
        ("A farmer lost both legs on 14/02 when he stepped on a mine.", date(2023, 2, 14), "day"),
        ("A farmer lost both legs on 03/02 when he stepped on a mine.", None, None),  # 3 Feb or 2 Mar?
    ],
)
def test_dates_of_wire_wordings(sentence, expected, precision):
    facts = extract_facts(sentence, published=PUBLISHED)  # Friday 10 March 2023
    assert (facts.event_date, facts.event_date_precision) == (expected, precision)


@pytest.mark.parametrize(
    ("sentence", "expected", "precision"),
    [
        # a period between two months: its first month
        ("Teams destroyed 4,711 mines between January and March.", date(2023, 1, 1), "month"),
        ("Engineers cleared 318 mines between January and June 2022.", date(2022, 1, 1), "month"),
        # a quarter or half with no year: of the year of publication, or the
        # year before when it had not begun
        ("Engineers removed 48 devices from the road in the first quarter.",
         date(2023, 1, 1), "month"),
        ("Engineers removed 48 devices from the road in the third quarter.",
         date(2022, 7, 1), "month"),
        # a period between two years: its first year
        ("Between 2016 and 2020, teams destroyed 1,132 mines there.", date(2016, 1, 1), "year"),
        ("Its minefields were cleared between 1991 and 1993.", date(1991, 1, 1), "year"),
        # the day it was told is not the day it happened
        ("Teams have found 27 bomblets since mid-February, the centre said on Wednesday.",
         date(2023, 2, 1), "month"),
        ("A farmer was killed by a mine near Izium, police said on Wednesday.", date(2023, 3, 8), "day"),
        ("A farmer was killed on Monday, police said on Wednesday.", date(2023, 3, 6), "day"),
        # an aggregate since a month dates from it; a single event after it does not
        ("It was the third fatal mine accident in the province since October.", date(2022, 10, 1), "month"),
    ],
)
def test_periods_and_reporting_days(sentence, expected, precision):
    facts = extract_facts(sentence, published=PUBLISHED)  # Friday 10 March 2023
    assert (facts.event_date, facts.event_date_precision) == (expected, precision)


COUNTS_WITH_THOUSANDS_DOZENS_AND_SINGLE_ITEMS = [
    ("Since 1975 the remnants have killed 3,430 people and injured 5,112.", 3430, 5112, None),
    ("Cluster munitions have killed 60 people and injured more than 400.", 60, 400, None),
    ("Two dozen anti-tank mines were found near the berm.", None, None, 24),
    ("A dozen shells were found.", None, None, 12),
    ("Engineers lifted two devices buried under the road.", None, None, 2),
    ("The army said it had defused another device on the road.", None, None, 1),
    ("Two brothers aged nine and 14 were injured.", None, 2, None),
    ("A tractor hit a mine and the driver was injured.", None, 1, None),
]


@pytest.mark.parametrize(
    ("sentence", "mines"),
    [
        ("Teams destroyed 1,310 items of ordnance, most of them BLU-26 bomblets.", 1310),
        ("Teams destroyed 64 explosive items, among them shells and two mines.", 64),
        ("Police defused two roadside bombs on the road.", 2),
    ],
)
def test_model_numbers_and_parts_of_a_total_are_not_counted(sentence, mines):
    assert count_mines(sentence) == mines


@pytest.mark.parametrize(
    ("sentence", "mines"),
    [
        ("A 500-pound bomb was found on Monday near a school.", 1),
        ("An army unit blew up a 155 mm shell found on Saturday in an orchard.", 1),
        ("A resident reported an unexploded mortar round in his garden.", 1),
        ("A mine exploded under a tractor.", None),
        # one more item after a count adds one
        ("By 9 February the deminers had destroyed 36 anti-personnel mines and one "
         "anti-tank mine.", 37),
        ("They found 12 mines, among them one anti-tank mine.", 12),
    ],
)
def test_one_item_found_or_destroyed_counts_one(sentence, mines):
    assert count_mines(sentence) == mines


@pytest.mark.parametrize(
    ("sentence", "role", "expected", "precision"),
    [
        ("There was one mine casualty in 2022: in August a herder was injured by a mine.",
         "incident", date(2022, 8, 1), "month"),
        # a year's edge is its first or last month
        ("About 110 square km remained suspected at the start of this year.",
         "minefield", date(2023, 1, 1), "month"),
        ("It held 370 confirmed minefields at the end of last year.",
         "minefield", date(2022, 12, 1), "month"),
        # a verdict's "sentenced to death" is no death: the blast's own day
        ("The tribunal sentenced to death on Tuesday 7 March three men who planted the "
         "device which, on 23 September 2020, destroyed a truck, killing four soldiers.",
         "incident", date(2020, 9, 23), "day"),
        ("During the works, which lasted from December to the end of January, deminers cleared 38 mines.",
         "clearance", date(2022, 12, 1), "month"),
    ],
)
def test_period_edges_and_precise_dates_close_to_the_role(sentence, role, expected, precision):
    facts = extract_facts(sentence, published=PUBLISHED, role=role)  # 10 March 2023
    assert (facts.event_date, facts.event_date_precision) == (expected, precision)


COUNTS_OF_FEATURE_STORY_WORDINGS = [
    # "the other" of two is one more person; "the other two" counts two
    ("Two conscripts: one was killed and the other injured by a mine on 3 April.", 1, 1, None),
    ("One soldier was killed; the other two were injured.", 1, 2, None),
    # "and one injured" borrows the first count's noun; a jade scavenger is a person
    ("Two children were killed and one injured after a grenade exploded.", 2, 1, None),
    ("A 34-year-old jade scavenger lost his right leg after stepping on a landmine.",
     None, 1, None),
    # "martyred" (South Asian press), a specialist named by his trade, "two of them"
    ("Two policemen were martyred and three others injured when an IED went off.",
     2, 3, None),
    ("An anti-tank mine detonated, killing the 41-year-old specialist and wounding "
     "two of his colleagues.", 1, 2, None),
    ("At least six civilians, two of them children, were killed and nine injured by "
     "landmines during March.", 6, 9, None),
    # an army release: "causing the death of two soldiers"
    ("A patrol vehicle struck an anti-tank mine, causing the death of two soldiers and "
     "injuring four others, one of them seriously.", 2, 4, None),
    # translated press: an age told as "of 42 years of age"; a gold prospector
    ("Last Sunday, a farmer of 42 years of age suffered serious injuries in both legs "
     "upon activating a mine.", None, 1, None),
    ("Last March, a gold prospector from Zouerat lost a foot near the mine.", None, 1, None),
    ("He stepped on a mine beside the cemetery; he lost his right foot.", None, 1, None),
    ("A boy grazing sheep above the village, east of the town, stepped on a mine and lost a leg.",
     None, 1, None),
    ("A herdboy was injured and two cattle were killed by a mine.", None, 1, None),
    ("Teams destroyed 117 bomblets and two 250-pound bombs in the paddies.", None, None, 119),
    ("The minefield held 412 anti-personnel and 26 anti-tank mines.", None, None, 438),
    ("The device was found on Monday by a resident.", None, None, 1),
    # translated press: "N more", "one other", a year after its month, model
    # codes and nicknames before the noun, a count right after a month
    ("Since February 2022 explosive objects have killed 118 civilians and injured 344 more.",
     118, 344, None),
    ("Three farmers were killed and one other was injured when the tractor hit a mine.", 3, 1, None),
    ("Sappers found and destroyed 37 PFM-1 \"butterfly\" anti-personnel mines.", None, None, 37),
    ("Teams removed during the month of May 3,450 items of explosive remnants of war, in addition "
     "to 17 anti-personnel mines.", None, None, 3467),
]


@pytest.mark.parametrize(
    ("sentence", "expected", "precision"),
    [
        ("Army deminers cleared 1,140 mines this year on the slopes.", date(2023, 1, 1), "year"),
        ("ADEN, March 10 (Xinhua) -- Four children were killed on Sunday by a mine.",
         date(2023, 3, 5), "day"),
        # South Asian papers close their dateline with a colon
        ("IMPHAL, Mar 9: An IED exploded under a bridge in the early hours of Saturday.",
         date(2023, 3, 4), "day"),
        ("Throughout February - Teams around Dhubab removed 1,120 mines.", date(2023, 2, 1), "month"),
        ("Devices have injured 14 farmers since May last year.", date(2022, 5, 1), "month"),
        # a war's date is the war's, not the find's
        ("Last week a team found a cluster bomblet left from the August 2008 war.",
         date(2023, 3, 3), "month"),
        # a daily report's "over the past day" is the day before it
        ("Pyrotechnicians destroyed 112 items in Okhtyrka district over the past day.",
         date(2023, 3, 9), "day"),
        # dotted day.month of translated press; decimals are no dates
        ("On 6.3 in Vinh Linh district, people found three bombs.", date(2023, 3, 6), "day"),
        ("On the afternoon of 9.2, a man was hurt by a shell.", date(2023, 2, 9), "day"),
        ("Teams cleared mines on 3.4 hectares of rice land.", None, None),
        # a report's own period: the month or quarter it covers
        ("In the second half of the month, a team identified six hazardous areas.",
         date(2023, 2, 1), "month"),
        ("During the quarter, operators destroyed 4,312 explosive items.", date(2023, 1, 1), "month"),
        # a pluperfect clause tells the background, not the event
        ("On a track that had been cleared in March 2021, a cart ran over a mine last month.",
         date(2023, 2, 1), "month"),
        ("The herder was hurt on a plot the family had bought in 2019.", date(2019, 1, 1), "year"),
        ("Teams removed during the month of February 3,450 items of explosive remnants of war.",
         date(2023, 2, 1), "month"),
        # "validated" is no "dated"
        ("The centre validated on Friday its work plan at a meeting.", date(2023, 3, 10), "day"),
    ],
)
def test_this_year_and_agency_datelines(sentence, expected, precision):
    facts = extract_facts(sentence, published=PUBLISHED)  # Friday 10 March 2023
    assert (facts.event_date, facts.event_date_precision) == (expected, precision)


@pytest.mark.parametrize(
    ("sentence", "expected", "precision"),
    [
        ("Since the start of the year, mines have killed 41 civilians in the region.", date(2023, 1, 1), "month"),
        ("A team destroyed 1,150 items in the first quarter of the year.", date(2023, 1, 1), "month"),
        ("In the first seven months of the year, teams cleared 900 mines.", date(2023, 1, 1), "month"),
        ("Deminers cleared 40 hectares during the second half of 2022.", date(2022, 7, 1), "month"),
        ("Teams destroyed 300 items in the last three months of last year.", date(2022, 10, 1), "month"),
        ("Since the end of the 2020 war, 340 people have been killed or injured by mines.",
         date(2020, 1, 1), "year"),
        ("A team handed 40 hectares back in February, the first land released this year.",
         date(2023, 2, 1), "month"),
        ("Casualties were counted, according to a report launched in Geneva on Thursday.",
         date(2023, 3, 9), "day"),
    ],
)
def test_year_parts_event_years_and_nested_dates(sentence, expected, precision):
    facts = extract_facts(sentence, published=PUBLISHED, role="clearance")  # 10 March 2023
    assert (facts.event_date, facts.event_date_precision) == (expected, precision)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("02/03 - Near Hays, a pickup struck an anti-tank mine.", date(2023, 3, 2)),
        ("18/02 - Maqbanah: a woman killed by a mine.", date(2023, 2, 18)),
        # a second number over 12 is the day; a date after publication is last year's
        ("03/18 - Hays: two boys injured.", date(2022, 3, 18)),
        ("Two boys injured 02/03 near Hays.", None),  # not an entry's opening
    ],
)
def test_incident_log_entries_open_with_their_day(sentence, expected):
    assert extract_facts(sentence, published=PUBLISHED).event_date == expected



@pytest.mark.parametrize(
    ("sentence", "expected", "precision"),
    [
        ("In the early hours of Sunday, a lorry struck an anti-tank mine.", date(2023, 3, 5), "day"),
        ("A shepherd was killed on New Year's Eve when he stepped on a mine.", date(2022, 12, 31), "day"),
        ("Earlier in the month, a survey team found a field of mines.", date(2023, 3, 1), "month"),
        ("Teams have found 412 mines since January, most where the last battles were fought in 2009.",
         date(2023, 1, 1), "month"),
        # told in reported speech, the running total's "have" becomes "had"
        ("At a briefing on Wednesday, the director said teams had found 38 bomblets since January.",
         date(2023, 1, 1), "month"),
    ],
)
def test_weekdays_of_phrases_holidays_and_running_totals(sentence, expected, precision):
    role = "minefield" if "found" in sentence else "incident"
    facts = extract_facts(sentence, published=PUBLISHED, role=role)  # 10 March 2023
    assert (facts.event_date, facts.event_date_precision) == (expected, precision)


def test_a_subject_before_an_aside_with_a_name_is_one_person():
    sentence = (
        "A resident of the district, 46-year-old Elchin Mammadov, was seriously "
        "injured on Wednesday when his tractor ran over a mine."
    )
    assert count_casualties(sentence) == (None, 1)


# Every count table above: (sentence, killed, injured, mines), each a wording of its own.
COUNT_WORDINGS = [
    *COUNTS_WITH_THOUSANDS_DOZENS_AND_SINGLE_ITEMS,
    *COUNTS_OF_FEATURE_STORY_WORDINGS,
]


@pytest.mark.parametrize(
    ("sentence", "killed", "injured", "mines"),
    COUNT_WORDINGS,
    ids=[c[0][:60] for c in COUNT_WORDINGS],
)
def test_counts_in_each_wording(sentence, killed, injured, mines):
    assert count_casualties(sentence) == (killed, injured)
    assert count_mines(sentence) == mines


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # posts with a stamp line each; no year: the publication's
        ("[Mon 11 Sep, 10:42]\nA post.\n\n[Tue 12 Sep, 16:05]\nAnother.",
         [(date(2023, 9, 11), "day"), (date(2023, 9, 12), "day")]),
        ("Fri 6 Oct\nA post.\nThu 19 Oct\nAnother.",
         [(date(2023, 10, 6), "day"), (date(2023, 10, 19), "day")]),
        # a chronology's entries; a month after publication is last year's
        ("August. Teams cleared land.\nOctober 14. A blast.\nDecember. A mine.",
         [(date(2023, 8, 1), "month"), (date(2023, 10, 14), "day"),
          (date(2022, 12, 1), "month")]),
        # a chronology's entries told with the time of day, a night, a range, a weekday
        ("1 March (Friday). A tractor hit a mine.\nNight of 9 to 10 March. A car hit one.\n"
         "Mid-March. A field was fenced.\nLate on 30 March. A deminer was hurt.",
         [(date(2023, 3, 1), "day"), (date(2023, 3, 9), "day"), (date(2023, 3, 1), "month"),
          (date(2023, 3, 30), "day")]),
        # a day's page of posts: each time line opens a post of that day (the
        # first is the day's own stamp)
        ("Wed, 8 March\n\n08:40\nA post.\n\n14:20\nAnother.\n\n16:05\nA third.",
         [(date(2023, 3, 8), "day"), (date(2023, 3, 8), "day"), (date(2023, 3, 8), "day")]),
        # a channel's days headed by an emoji, their first post's time taken
        # with the day
        ("📅 Mon, 6 March\n\n08:12\nA post.\n\n📅 Tue, 7 March\n\n09:05\nA post.\n\n"
         "13:20\nAnother.",
         [(date(2023, 3, 6), "day"), (date(2023, 3, 7), "day"), (date(2023, 3, 7), "day")]),
        # a channel's posts under dotted dates, day first
        ("27.02.2023 🔹 KURSK\nA post.\n\n26.02.2023 🔹 GLUSHKOVO\nAnother.",
         [(date(2023, 2, 27), "day"), (date(2023, 2, 26), "day")]),
        # an exported chat, day first
        ("[06/03 08:14] A: a post.\n[07/03 10:02] B: another.",
         [(date(2023, 3, 6), "day"), (date(2023, 3, 7), "day")]),
        # one date line under a headline is the article's date, not a log
        ("12 March 2023\n\nDeminers cleared a field.", []),
        # a sentence that opens with a date is no stamp; "may" is a verb
        ("On 3 May a mine exploded.\nmay. Nothing.\nMay 2. Something.", []),
    ],
)
def test_entry_stamps_of_logs_chronologies_and_posts(text, expected):
    stamps = find_entry_stamps(text, published=date(2023, 11, 20))
    assert [(s.value, s.precision) for s in stamps] == expected


def test_a_launch_is_the_meeting_places_event_and_only_a_report_elsewhere():
    sentence = (
        "Mines killed 5,757 people worldwide in 2023, according to an annual report "
        "launched in Geneva on Thursday."
    )
    meeting = extract_facts(sentence, published=PUBLISHED, role="conference")
    assert (meeting.event_date, meeting.event_date_precision) == (date(2023, 3, 9), "day")
    toll = extract_facts(sentence, published=PUBLISHED, role="incident")
    assert (toll.event_date, toll.event_date_precision) == (date(2023, 1, 1), "year")


def test_a_figure_compared_with_another_period_is_neither_the_toll_nor_the_date():
    sentence = (
        "Nine civilians were killed and 17 injured by mines across the oblast last "
        "month, against six dead and 11 wounded in February."
    )
    facts = extract_facts(sentence, published=date(2024, 4, 3), role="incident")
    assert (facts.killed, facts.injured) == (9, 17)
    assert (facts.event_date, facts.event_date_precision) == (date(2024, 3, 1), "month")


@pytest.mark.parametrize(
    ("row", "header", "expected"),
    [
        ("Iran – 3 – 4", "Casualties in April (country – killed – injured):", (3, 4)),
        ("Turkey | 1 | 0", "By country (country | dead | wounded):", (1, 0)),
        # a header without such columns, or a row that does not fit them
        ("Iran – 3 – 4", "Casualties recorded in April:", (None, None)),
        ("Iran – 3", "Casualties (country – killed – injured):", (None, None)),
    ],
)
def test_table_rows_are_read_by_the_columns_their_header_names(row, header, expected):
    assert table_row_counts(row, header) == expected


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        # an apposition naming the people counted is part of the subject
        ("Three men, a shepherd and his two sons, were killed on Monday near the wells.",
         3, None),
        # a person's age in brackets is no clause of its own
        ("A farmer (61) from Velika Kladuša was badly injured on Friday by a mine.",
         None, 1),
        # "who was 41" is an aside on the subject
        ("Police say the tractor driver, who was 52, died at the scene.", 1, None),
        # a relative clause may hold a comma ("near X, in Y district,")
        ("Two brothers who had gone to cut wood near Kamianka, in Izium district, "
         "were killed by a tripwire mine.", 2, None),
        # ... and a noun may stand between the count and its relative clause
        ("Four children from a family that had just come home were injured when a "
         "bomblet exploded in their yard.", None, 4),
        # "its driver", "a peasant", "a minor"
        ("An anti-tank mine destroyed a lorry carrying timber, killing its driver.",
         1, None),
        ("On 9 May a peasant died after stepping on a mine in a maize field.", 1, None),
        ("A 12-year-old minor lost part of a foot while herding goats.", None, 1),
        # a log line's bare pair
        ("Motorbike hit a mine on the main road. Driver and passenger killed.", 2, None),
        # a toll brought to a number
        ("A second villager died in hospital on Monday, bringing the death toll from "
         "the blast to three.", 3, None),
        # a relative clause between the subject and "suffered wounds"
        ("The driver's brother, who was sitting in the back, suffered shrapnel wounds "
         "and was taken to hospital.", None, 1),
        # ... and one who "was not hurt" is no casualty
        ("A woman was killed by a mine; her son, who was walking behind her, was not "
         "hurt.", 1, None),
        # "another" just before the casualty words is one more person
        ("Two accidents were recorded: one herder was killed and another lost a hand.",
         1, 1),
        # a given name is one person
        ("Her friend, aged 9, was killed, and Amina lost two fingers.", 1, 1),
        # "In 2003 he lost two fingers": one man, told after a time phrase
        ("In 2019 he lost three fingers when a fuze went off in his hand.", None, 1),
        ("Mykola, a 29-year-old pyrotechnician of the emergency service, was killed "
         "on 3 June when a mine went off.", 1, None),
    ],
)
def test_counts_of_subjects_told_with_asides_and_relatives(sentence, killed, injured):
    assert count_casualties(sentence) == (killed, injured)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It was the first blast in the area since 12 February, when a lorry hit a "
         "mine near the river, killing its driver.", date(2023, 2, 12)),
        ("The road had been quiet since the night of 1 to 2 March, when a bus "
         "struck a mine, injuring four passengers.", date(2023, 3, 1)),
    ],
)
def test_a_since_date_with_a_when_clause_dates_that_event(sentence, expected):
    facts = extract_facts(sentence, published=PUBLISHED, role="incident")
    assert facts.event_date == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Table 4 – items destroyed by province, Q3 2024", date(2024, 7, 1)),
        ("Summary report H2 2022", date(2022, 7, 1)),
        ("New survivors injured January–June 2022, by district", date(2022, 1, 1)),
        ("Casualties, March - May 2022", date(2022, 3, 1)),
    ],
)
def test_a_reports_period_is_its_first_month(text, expected):
    found = find_event_date(text, published=PUBLISHED)
    assert (found.value, found.precision) == (expected, "month")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # short weekdays and "yest." of posts and SMS bulletins (10 March 2023 is a Friday)
        ("KALBAJAR: mine found Mon near the road.", date(2023, 3, 6)),
        ("Team cleared 2 ha at the school on Sat, 9 items destroyed.", date(2023, 3, 4)),
        ("Boy (9) injured by a bomblet near the river yest.", date(2023, 3, 9)),
        # a bare "Sat" or "Sun" is no day
        ("Sat on a crate, the farmer showed us the mine he had found.", None),
    ],
)
def test_short_weekdays_and_yesterday_of_posts(sentence, expected):
    found = find_event_date(sentence, published=PUBLISHED)
    assert (found.value if found else None) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 10 March 2023 is a Friday: the weekday says which number is the day
        ("Koro cercle – Tue 7/3: a cart hit a mine near the village.", date(2023, 3, 7)),
        ("Tue 3/7: a cart hit a mine near the village.", date(2023, 3, 7)),
        ("Sat, 4.3: two shells found in a garden.", date(2023, 3, 4)),
        # 6 March was a Monday, 3 June is after publication: no reading fits
        ("Wed 6/3: a cart hit a mine.", None),
    ],
)
def test_a_posts_weekday_tells_day_from_month(sentence, expected):
    found = find_event_date(sentence, published=PUBLISHED)
    assert (found.value if found else None) == expected


@pytest.mark.parametrize(
    ("sentence", "mines"),
    [
        # a post drops the auxiliary
        ("HAYS: team cleared 2 ha on Sat, 31 items destroyed.", 31),
        # "incl." introduces a part of the total
        ("Sappers destroyed 40 explosive objects, incl. 3 anti-tank mines and 7 shells.", 40),
        # a bare item at the head of a post's line
        ("TORIT: Mine found Tue near the water point.", 1),
        ("Grenade removed from a school yard in the old town.", 1),
    ],
)
def test_item_counts_of_posts_and_bulletins(sentence, mines):
    assert count_mines(sentence) == mines


def test_a_blast_place_takes_no_neighbouring_count_of_items_cleared():
    facts = extract_facts(
        "A mine exploded near the school on Monday.",
        context="Deminers destroyed 1,214 items in the province last month.",
        published=PUBLISHED,
        role="incident",
    )
    assert facts.mines is None
    # a clearance place still does
    cleared = extract_facts(
        "Teams worked near the school on Monday.",
        context="They destroyed 38 items there.",
        published=PUBLISHED,
        role="clearance",
    )
    assert cleared.mines == 38


@pytest.mark.parametrize(
    "sentence",
    [
        "A cow was killed by a mine near the school on Monday.",
        "The shepherd's donkey was killed when it stepped on a mine.",
    ],
)
def test_an_animal_killed_is_no_casualty_count(sentence):
    assert count_casualties(sentence) == (None, None)


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        ("A lorry hit a mine, killing the driver and injuring his three passengers.", 1, 3),
        ("Three days ago a pair of sisters herding goats near the river, in the south, "
         "were wounded.", None, 2),
        # the wounded who died later are dead, not wounded
        ("Six passengers were wounded and two of them died later in hospital.", 2, 4),
        ("Five people were injured when their minibus struck a mine; three of the "
         "five later died in hospital.", 3, 2),
        # the wounded told by where they are
        ("Three children have died and two more are in hospital.", 3, 2),
        ("Three were injured and are in hospital in the city.", None, 3),
        # victims counted with their dead among them (translated press)
        ("So far this year the department registers 47 victims of antipersonnel "
         "mines, of whom eight died.", 8, 39),
        ("The actors counted 187 victims of explosive devices, of whom 71 dead.",
         71, 116),
        # a log's bare pair with "his"
        ("A truck hit an IED south of the town. Driver and his assistant injured.",
         None, 2),
        # who the wounded were, told before an elided "were"
        ("Two people were killed and two others, a woman and a child, wounded when "
         "a landmine went off.", 2, 2),
        # a list of people as the subject
        ("She, her husband and their two daughters died at the scene.", 4, None),
        ("A truck hit a mine, killing two reporters and a local official.", 3, None),
    ],
)
def test_counts_of_people_told_in_lists_pairs_and_later_deaths(sentence, killed, injured):
    assert count_casualties(sentence) == (killed, injured)


def test_a_toll_told_twice_around_a_place_is_not_added_up():
    facts = extract_facts(
        "The tractor struck the mine as they ploughed near the village.",
        context=(
            "A mine killed three members of one family on Monday. A father, his "
            "wife and their daughter died at once. A boy of nine was badly injured."
        ),
        published=PUBLISHED,
        role="incident",
    )
    assert (facts.killed, facts.injured) == (3, 1)


def test_a_range_of_weekdays_is_its_first_day():
    facts = extract_facts(
        "Between Saturday and Tuesday, teams destroyed 64 explosive items.",
        published=PUBLISHED,  # Friday 10 March 2023
        role="clearance",
    )
    assert facts.event_date == date(2023, 3, 4)


def test_a_dateline_city_not_in_capitals_dates_no_event():
    facts = extract_facts(
        "Vientiane, 9 March 2023 - A girl was killed on the 2nd when a bomblet "
        "exploded outside her home.",
        published=PUBLISHED,
        role="incident",
    )
    assert facts.event_date == date(2023, 3, 2)


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        ("On Friday 14-year-old Aram from Berd was badly injured by a mine.", None, 1),
        ("We remember our colleague Anil, who lost his hand in an accident in 2017.",
         None, 1),
        ("The driver, 52, died on the spot.", 1, None),
        ("He was seriously injured and taken to hospital by helicopter.", None, 1),
        ("My neighbour in the village hit a bomblet with his hoe and lost two fingers.",
         None, 1),
        ("Dona Esperança, who lost her leg to a mine in 2002, raised six children.",
         None, 1),
        # "Villagers who lost their legs" counts no one
        ("Villagers who lost their legs met the minister.", None, None),
    ],
)
def test_a_named_subject_with_an_age_or_a_relative_clause_is_one_person(
    sentence, killed, injured
):
    assert count_casualties(sentence) == (killed, injured)


@pytest.mark.parametrize(
    ("sentence", "before", "expected"),
    [
        # "since the ceasefire": the day the story gave the ceasefire before
        ("Since the ceasefire, army engineers have removed 24,000 items.",
         "The ceasefire of 27 November 2022 held.", date(2022, 11, 27)),
        ("Since the floods, shells keep turning up.",
         "After the floods in September 2022 the river changed course.", date(2022, 9, 1)),
        # ... not when the sentence dates its own event
        ("Since the ceasefire, engineers removed 1,140 items in Khiam on 11 December.",
         "The ceasefire of 27 November 2022 held.", None),
        # ... nor when the event was never dated
        ("Since the ceasefire, army engineers have removed 24,000 items.",
         "The ceasefire held.", None),
    ],
)
def test_since_a_named_event_dates_the_period_from_its_day(sentence, before, expected):
    found = since_named_event(sentence, before, len(before), published=FRIDAY)
    assert (found.value if found else None) == expected
