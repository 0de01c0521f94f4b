"""extract_article / extract_file on real files, with a small fake geoparser.

The fake stands in for geodata.geoparser.Geoparser (same ``parse`` contract),
so these tests pin the role/excerpt/facts layer without the gazetteer.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date

from dashboard.extraction import extract_article, extract_file
from dashboard.models import Article, ExtractedPlace
from geodata.models import (
    Candidate,
    GazetteerEntry,
    GeocodeResult,
    PlaceMention,
    ResolvedPlace,
)

MB = 1024 * 1024


def _entry(name: str, lat: float, lon: float, cc: str) -> GazetteerEntry:
    return GazetteerEntry(
        gazetteer_id=f"geonames:{abs(hash(name)) % 10**6}",
        name=name,
        lat=lat,
        lon=lon,
        country_code=cc,
        admin1=None,
        feature="settlement",
    )


KNOWN = {
    "Aghdam": _entry("Aghdam", 39.99, 46.93, "AZ"),
    "Baku": _entry("Baku", 40.38, 49.89, "AZ"),
    "Sudan": _entry("Sudan", 15.0, 30.0, "SD"),
    "Izium": _entry("Izium", 49.21, 37.26, "UA"),
}
VARIANTS = {"Agdam": "Aghdam", "Ağdam": "Aghdam"}


class FakeGeoparser:
    """Finds KNOWN names (and variants) resolved, and ``unknown`` ones unresolved."""

    def __init__(self, unknown: tuple[str, ...] = ()) -> None:
        self.unknown = unknown
        self.texts: list[str] = []

    def parse(self, text: str) -> list[ResolvedPlace]:
        self.texts.append(text)
        grouped: dict[str, list[PlaceMention]] = {}
        for surface in [*KNOWN, *VARIANTS, *self.unknown]:
            for match in re.finditer(rf"\b{re.escape(surface)}\b", text):
                key = VARIANTS.get(surface, surface)
                grouped.setdefault(key, []).append(
                    PlaceMention(surface, match.start(), match.end())
                )
        places = []
        for key, mentions in grouped.items():
            mentions.sort(key=lambda m: m.start)
            entry = KNOWN.get(key)
            if entry is None:
                places.append(ResolvedPlace(tuple(mentions), "unresolved"))
                continue
            candidate = Candidate(
                entry.gazetteer_id,
                entry.name,
                entry.country_code,
                entry.lat,
                entry.lon,
                0.9,
            )
            result = GeocodeResult(entry, 1, 0.9, "gazetteer", (candidate,))
            places.append(
                ResolvedPlace(tuple(mentions), "resolved", result, (candidate,))
            )
        return places


def _places_by_name(article: Article) -> dict[str, ExtractedPlace]:
    """The article's extracted places, by name, with the fake geoparser."""
    return {p.name: p for p in extract_article(article, geoparser=FakeGeoparser())}


ARTICLE = Article(
    text=(
        "Tractor driver hurt near Aghdam\n\n"
        "Delegates from Sudan attended a demining conference in Baku last week. "
        "Separately, a tractor hit an anti-tank mine near Agdam on Sunday. "
        "The driver was injured and taken to hospital."
    ),
    title="Tractor driver hurt near Aghdam",
    published=date(2023, 3, 14),
)


def test_one_entry_per_place_with_role_span_excerpt_and_facts():
    places = {
        p.gazetteer_id: p for p in extract_article(ARTICLE, geoparser=FakeGeoparser())
    }
    assert len(places) == 3
    by_name = {KNOWN_NAME(p.gazetteer_id): p for p in places.values()}
    aghdam = by_name["Aghdam"]
    assert aghdam.role == "incident"
    assert ARTICLE.text[aghdam.start : aghdam.end] == aghdam.name
    assert aghdam.excerpt and aghdam.name in aghdam.excerpt
    assert aghdam.event_date == date(2023, 3, 12)
    assert aghdam.event_date_precision == "day"
    assert aghdam.injured == 1  # from the next sentence
    assert aghdam.device == "anti-tank mine"
    assert aghdam.status == "resolved"
    assert (aghdam.lat, aghdam.lon, aghdam.country_code) == (39.99, 46.93, "AZ")
    assert aghdam.candidates[0]["gazetteer_id"] == aghdam.gazetteer_id
    assert set(aghdam.candidates[0]) == {
        "gazetteer_id",
        "name",
        "country_code",
        "lat",
        "lon",
        "score",
    }
    assert by_name["Baku"].role == "conference"
    sudan = by_name["Sudan"]
    assert sudan.role == "mention"
    assert (sudan.event_date, sudan.killed, sudan.injured, sudan.device) == (None,) * 4


def KNOWN_NAME(gazetteer_id: str | None) -> str:
    return next(
        name for name, entry in KNOWN.items() if entry.gazetteer_id == gazetteer_id
    )


def test_unresolved_place_is_kept_with_null_coordinates():
    article = Article(
        text="A mine was found in Kangarli village yesterday.", title=None
    )
    places = extract_article(article, geoparser=FakeGeoparser(unknown=("Kangarli",)))
    assert len(places) == 1
    assert places[0].status == "unresolved"
    assert (places[0].lat, places[0].lon, places[0].gazetteer_id) == (None, None, None)
    assert places[0].role == "minefield"


def test_unresolved_place_in_a_named_district_is_shown_there_approximately():
    district = GazetteerEntry(
        "geonames:1821306", "Srok Samlout", 12.60, 102.80, "KH", "Battambang", "admin2"
    )

    class DistrictGeoparser(FakeGeoparser):
        def parse(self, text: str) -> list[ResolvedPlace]:
            (place,) = super().parse(text)
            near = GeocodeResult(
                district, precision=3, confidence=0.3, provider="container"
            )
            return [replace(place, approximation=near)]

    article = Article(text="A mine was found in Kangarli village yesterday.")
    (place,) = extract_article(article, geoparser=DistrictGeoparser(("Kangarli",)))
    # Still unresolved (for review, and for an online geocoder to try), but on
    # the map at the district, as a precision-3 area, under no id of its own.
    assert place.status == "unresolved"
    assert (place.lat, place.lon, place.precision) == (12.60, 102.80, 3)
    assert (place.country_code, place.admin1) == ("KH", "Battambang")
    assert place.gazetteer_id is None
    assert place.role == "minefield"


def test_no_places_gives_an_empty_tuple():
    assert (
        extract_article(Article(text="Nothing here."), geoparser=FakeGeoparser()) == ()
    )


def test_extract_file_parses_the_title_with_the_body():
    data = (
        b"Title: Blast near Izium\nDate: 2023-03-17\n\nTwo men were killed on Friday."
    )
    geoparser = FakeGeoparser()
    result = extract_file(data, "izium.txt", geoparser=geoparser, max_bytes=MB)
    assert result.error is None
    assert geoparser.texts == [result.article.text]
    (izium,) = result.places
    assert result.article.text[izium.start : izium.end] == "Izium"
    contract = result.to_contract()
    json.dumps(contract)  # JSON-ready
    assert contract["title"] == "Blast near Izium"
    assert contract["published"] == "2023-03-17"
    assert contract["places"][0]["name"] == "Izium"


def test_extract_file_reports_bad_input_instead_of_raising():
    geoparser = FakeGeoparser()
    cases = {
        "empty.txt": (b"", "empty"),
        "image.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "not text"),
        "big.txt": (b"x" * (MB + 1), "larger than 1 MB"),
    }
    for name, (data, reason) in cases.items():
        result = extract_file(data, name, geoparser=geoparser, max_bytes=MB)
        assert result.error is not None and result.error.startswith(reason), name
        assert result.places == () and result.article is None
        assert result.to_contract()["error"] == result.error
    assert geoparser.texts == []


def test_a_later_sentence_about_the_town_gives_its_role_and_facts():
    """ "Near the town" two sentences on speaks of Izium: role, count and date."""
    article = Article(
        text=(
            "Izium was retaken in September. Families have started to return. "
            "Deminers destroyed 212 anti-tank mines near the town on 4 May."
        ),
        published=date(2023, 5, 9),
    )
    (izium,) = extract_article(article, geoparser=FakeGeoparser())
    assert (izium.role, izium.mines) == ("clearance", 212)
    assert izium.event_date == date(2023, 5, 4)
    assert izium.excerpt.startswith("Izium was retaken")  # the sentence naming it


def test_two_days_earlier_counts_from_the_day_told_before():
    article = Article(
        text=(
            "A farmer was killed on Sunday when his tractor hit a mine near Aghdam. "
            "Two days earlier, a mine injured a shepherd outside Izium."
        ),
        published=date(2023, 3, 14),  # a Tuesday: Sunday is the 12th
    )
    places = _places_by_name(article)
    assert places["Aghdam"].event_date == date(2023, 3, 12)
    assert places["Izium"].event_date == date(2023, 3, 10)


def test_a_headline_repeated_above_the_story_is_still_a_headline():
    title = "Boy killed by landmine while herding goats near Aghdam"
    article = Article(
        text=(
            f"{title}\n\nHome > News\n\n{title}\n\nOur correspondent\n"
            "Tuesday 12 December 2023, 11:50 | Last updated 17:05\n"
            "Share this article\n\n"
            # (the story names the town only as the hospital's)
            "A boy was killed on Sunday when a landmine exploded as he herded goats; "
            "his brother was taken to the hospital in Aghdam."
        ),
        title=title,
        published=date(2023, 12, 12),  # a Tuesday
    )
    aghdam = _places_by_name(article)["Aghdam"]
    assert aghdam.role == "incident"
    assert aghdam.event_date == date(2023, 12, 10)


def test_no_place_is_dated_after_its_article():
    article = Article(
        text=(
            "Deminers found 40 mines near Aghdam. A ceremony for the handover will "
            "be held in Izium on 26 April 2025."
        ),
        published=date(2025, 4, 24),
    )
    places = _places_by_name(article)
    assert places["Izium"].role == "conference"
    assert places["Izium"].event_date is None


def test_the_next_year_counts_from_the_year_told_before():
    article = Article(
        text=(
            "In 2008 a mine killed two women near Aghdam. The next year I did six "
            "weeks of training in Izium."
        ),
        published=date(2025, 3, 14),
    )
    places = _places_by_name(article)
    assert places["Izium"].event_date == date(2009, 1, 1)
    assert places["Izium"].event_date_precision == "year"


def test_a_pluperfect_date_in_the_places_clause_does_not_date_its_event():
    article = Article(
        text=(
            "A farmer was killed on Sunday when his tractor hit a mine near Aghdam. "
            "Two days later, a herder was injured near Izium when he stepped on a "
            "mine on a track that had been cleared in 2021; his dog was killed."
        ),
        published=date(2023, 3, 24),  # a Friday: that Sunday is the 19th
    )
    places = _places_by_name(article)
    assert places["Izium"].event_date == date(2023, 3, 21)
    assert places["Izium"].event_date_precision == "day"


def test_an_undated_account_of_a_blast_takes_the_day_it_was_told_before():
    article = Article(
        text=(
            "PRESENTER: Two farmers were killed on Sunday when their tractor hit a "
            "mine in the north. Our reporter has been there since this morning. "
            "REPORTER: Thank you. The blast happened in a field outside Aghdam, "
            "where the family had planted wheat last year. "
            "Neighbours said the field had never been marked. "
            "Separately, deminers removed 40 mines on Monday. "
            "Police said the roads were quiet. "
            "Villagers near Izium say the blast there shook their windows."
        ),
        published=date(2023, 3, 24),  # a Friday: that Sunday is the 19th
    )
    places = _places_by_name(article)
    assert places["Aghdam"].event_date == date(2023, 3, 19)
    # the nearest dated event before Izium's sentence is other work: no day lent
    assert places["Izium"].event_date is None


def test_each_country_of_a_comparison_keeps_the_year_of_its_own_clause():
    article = Article(
        text=(
            "The ministry recalled other countries of the region, such as Izium, "
            "which declared its territory free of mines in 2010, and Aghdam, which "
            "completed the clearance of its minefields in 2020."
        ),
        published=date(2023, 3, 24),
    )
    places = _places_by_name(article)
    assert places["Izium"].event_date == date(2010, 1, 1)
    assert places["Aghdam"].event_date == date(2020, 1, 1)


def test_the_day_before_a_named_event_counts_from_its_day():
    article = Article(
        text=(
            "At a ceremony in Aghdam on Thursday, officials handed land back to 40 "
            "families. The day before the ceremony, a team near Izium blew up 23 "
            "mines in a controlled demolition."
        ),
        published=date(2024, 5, 18),  # a Saturday: that Thursday is the 16th
    )
    places = _places_by_name(article)
    assert places["Izium"].event_date == date(2024, 5, 15)


def test_days_before_a_named_blast_count_from_the_blast_not_from_a_later_statement():
    article = Article(
        text=(
            "A tractor struck a mine near Aghdam on 14 February, killing two men. "
            "Since the blast, deminers have found 14 more mines nearby, their "
            "supervisor said on Tuesday. Two days before the fatal blast, a deminer "
            "had been wounded by a mine near Izium."
        ),
        published=date(2023, 2, 21),  # a Tuesday
    )
    places = _places_by_name(article)
    assert places["Izium"].role == "incident"
    assert places["Izium"].event_date == date(2023, 2, 12)


def test_a_toll_told_in_two_clauses_or_told_again_more_fully_is_kept_whole():
    article = Article(
        text=(
            "Last month a woman collecting firewood near Aghdam was killed by a mine, "
            "and her daughter was injured.\n\n"
            "- A roadside bomb killed nine passengers near Izium on 10 August.\n\n"
            "On Saturday a minibus struck a device outside Izium, killing nine "
            "passengers and injuring six."
        ),
        published=date(2024, 8, 20),
    )
    places = _places_by_name(article)
    assert (places["Aghdam"].killed, places["Aghdam"].injured) == (1, 1)
    assert (places["Izium"].killed, places["Izium"].injured) == (9, 6)


def test_a_story_filed_the_day_before_publication_counts_its_today_from_the_dateline():
    article = Article(
        text=(
            "JAMMU, Jun 10: A soldier was injured when he stepped on a landmine "
            "near Aghdam this afternoon, officials said."
        ),
        published=date(2024, 6, 11),
    )
    (aghdam,) = extract_article(article, geoparser=FakeGeoparser())
    assert aghdam.event_date == date(2024, 6, 10)


def test_each_post_of_a_page_of_posts_tells_its_own_day():
    article = Article(
        text=(
            "Posts from the field office\n\n"
            "[Mon 11 Sep, 10:42]\n"
            "A farmer was injured this morning by a mine near Aghdam.\n\n"
            "[Wed 13 Sep, 09:30]\n"
            "Deminers destroyed 12 anti-personnel mines outside Izium.\n\n"
            "[Fri 15 Sep, 08:50]\n"
            "Yesterday a mine killed a herder near Baku."
        ),
        published=date(2023, 9, 15),
    )
    places = _places_by_name(article)
    assert places["Aghdam"].event_date == date(2023, 9, 11)  # "this morning"
    assert places["Izium"].event_date == date(2023, 9, 13)  # the post's day
    assert places["Baku"].event_date == date(2023, 9, 14)  # "yesterday"


def test_a_chronology_by_month_dates_each_entry_and_no_other():
    article = Article(
        text=(
            "A year of clearance\n\n"
            "March. A shepherd was injured by a mine near Aghdam.\n\n"
            "August. Teams cleared a minefield outside Izium.\n\n"
            "October 14. A tractor hit a mine near Baku."
        ),
        published=date(2024, 12, 30),
    )
    places = _places_by_name(article)
    assert (places["Aghdam"].event_date, places["Aghdam"].event_date_precision) == (
        date(2024, 3, 1),
        "month",
    )
    assert places["Izium"].event_date == date(2024, 8, 1)
    assert places["Baku"].event_date == date(2024, 10, 14)


def test_the_sentence_after_a_blast_may_count_the_rest_of_its_toll():
    article = Article(
        text=(
            "Six soldiers were killed on Sunday when their vehicle struck a mine near "
            "Aghdam. Two others were wounded.\n\n"
            "A mine killed two herders near Izium on Monday. Since January, 14 people "
            "have been injured in the district.\n\n"
            # an age ("nine-year-old") tells no other time
            "A boy was killed on Friday when he picked up a mine near Baku. His "
            "nine-year-old sister was wounded in the legs."
        ),
        published=date(2023, 3, 14),
    )
    places = _places_by_name(article)
    assert (places["Aghdam"].killed, places["Aghdam"].injured) == (6, 2)
    assert (places["Baku"].killed, places["Baku"].injured) == (1, 1)
    # a running total is no part of the blast's toll
    assert (places["Izium"].killed, places["Izium"].injured) == (2, None)


def test_each_place_of_a_list_by_district_keeps_its_own_count():
    article = Article(
        text=(
            "By district: in Aghdam, 14 anti-personnel mines and 3 anti-tank mines "
            "were neutralised; in Izium, 58 anti-personnel mines and 117 unexploded "
            "ordnance were destroyed."
        ),
        published=date(2024, 6, 17),
    )
    places = _places_by_name(article)
    assert (places["Aghdam"].mines, places["Izium"].mines) == (17, 175)


def test_two_events_in_one_sentence_keep_their_own_day_and_count():
    article = Article(
        text=(
            "In the region, sappers on Friday destroyed 37 artillery shells outside "
            "Aghdam, and on Saturday an anti-personnel mine was removed near Izium."
        ),
        published=date(2023, 4, 20),  # a Thursday
    )
    places = _places_by_name(article)
    aghdam, izium = places["Aghdam"], places["Izium"]
    assert (aghdam.event_date, aghdam.mines) == (date(2023, 4, 14), 37)
    assert (izium.event_date, izium.mines) == (date(2023, 4, 15), 1)


def test_a_clause_without_a_subject_goes_on_telling_the_same_event():
    article = Article(
        text=(
            "On 3 September a minibus struck a device on the road near Aghdam, "
            "killing nine passengers, four of them children, and wounding 14."
        ),
        published=date(2023, 9, 12),
    )
    (aghdam,) = extract_article(article, geoparser=FakeGeoparser())
    assert (aghdam.killed, aghdam.injured) == (9, 14)


def test_objects_joined_by_and_are_one_clause():
    article = Article(
        text=(
            "The team has found and destroyed 117 cluster submunitions, known locally "
            'as "bombies", and two 250-pound bombs in paddy fields outside Izium.'
        ),
        published=date(2024, 3, 1),
    )
    (izium,) = extract_article(article, geoparser=FakeGeoparser())
    assert izium.mines == 119


def test_a_role_from_the_headline_takes_its_facts_from_the_body_about_the_place():
    title = "Soldier loses leg; mine injures two in Izium"
    article = Article(
        text=(
            f"{title}\n\nA soldier lost a leg on Saturday near Aghdam. "
            "Two guards were injured on Thursday by a mine planted near a school "
            "in Izium."
        ),
        title=title,
        published=date(2023, 8, 14),  # a Monday
    )
    places = _places_by_name(article)
    izium = places["Izium"]
    assert (izium.role, izium.event_date) == ("incident", date(2023, 8, 10))
    assert izium.injured == 2


class DistrictAwareGeoparser(FakeGeoparser):
    """Like the real parser, a name inside a longer one belongs to the longer one."""

    def parse(self, text: str) -> list[ResolvedPlace]:
        places = super().parse(text)
        longer = [(m.start, m.end) for p in places for m in p.mentions if " " in m.text]
        kept = []
        for place in places:
            mentions = tuple(
                m
                for m in place.mentions
                if " " in m.text or not any(a <= m.start < b for a, b in longer)
            )
            if mentions:
                kept.append(replace(place, mentions=mentions))
        return kept


def test_a_headline_place_named_only_inside_a_longer_name_takes_that_sentence():
    title = "Two killed near Aghdam; boy wounded near Izium"
    article = Article(
        text=(
            f"{title}\n\nTwo men were killed on Tuesday when their car hit a mine "
            "near Aghdam. A boy had been wounded the previous day in the Izium "
            "district when he picked up a grenade."
        ),
        title=title,
        published=date(2023, 11, 23),  # a Thursday
    )
    parser = DistrictAwareGeoparser(unknown=("Izium district",))
    places = {p.name: p for p in extract_article(article, geoparser=parser)}
    izium = places["Izium"]
    assert izium.event_date == date(2023, 11, 20)
    # the toll is one event's: the body's boy, not half of the headline's lead
    assert (izium.killed, izium.injured) == (None, 1)


def test_a_meeting_place_carries_no_casualty_count_from_its_neighbours():
    article = Article(
        text=(
            "Two deminers were killed by a mine near Aghdam on Monday. "
            "A workshop on deminer safety was held in Izium on Tuesday."
        ),
        published=date(2023, 9, 13),
    )
    places = _places_by_name(article)
    izium = places["Izium"]
    assert izium.role == "conference"
    assert (izium.killed, izium.injured, izium.mines) == (None, None, None)
    assert places["Aghdam"].killed == 2


def test_each_bullet_of_key_points_keeps_its_own_facts():
    # the bullets around one tell other events: none lends it a toll or a date
    article = Article(
        text=(
            "Weekly update\n\n"
            "Key points\n"
            "- Six civilians killed and eight injured in three incidents near Baku.\n"
            "- A new mined area was confirmed near Izium.\n"
            "- Since the start of the year, partners have recorded 53 casualties."
        ),
        published=date(2024, 2, 18),
    )
    places = _places_by_name(article)
    izium = places["Izium"]
    assert izium.role == "minefield"
    assert (izium.event_date, izium.killed, izium.injured) == (None, None, None)
    assert (places["Baku"].killed, places["Baku"].injured) == (6, 8)


def test_rows_of_a_casualty_table_take_the_period_of_their_lead_in():
    article = Article(
        text=(
            "Monthly bulletin\n\n"
            "Mine casualties recorded in April 2024 (place – killed – injured):\n\n"
            "Izium – 3 – 4\n"
            "Baku – 1 – 0\n"
        ),
        published=date(2024, 5, 8),
    )
    places = _places_by_name(article)
    izium = places["Izium"]
    assert izium.role == "incident"
    assert (izium.event_date, izium.event_date_precision) == (date(2024, 4, 1), "month")
    # the header names the columns: the row's figures are its toll
    assert (izium.killed, izium.injured) == (3, 4)


def test_a_table_row_borrows_no_toll_from_the_paragraph_after_the_table():
    article = Article(
        text=(
            "Monthly bulletin\n\n"
            "Mine casualties recorded in April 2024:\n\n"
            "Izium – 3 – 4\n\n"
            "A shepherd was injured by a mine near Baku on Sunday."
        ),
        published=date(2024, 5, 8),
    )
    places = _places_by_name(article)
    assert places["Izium"].role == "incident"
    # (a header that names no columns: the figures cannot be read)
    assert (places["Izium"].killed, places["Izium"].injured) == (None, None)


def test_a_places_rows_of_a_column_table_are_summed_and_dated_by_its_caption():
    article = Article(
        text=(
            "Registry summary\n\n"
            "New survivors injured January–June 2023, by place of accident\n\n"
            "Governorate   District       Survivors   Amputations\n"
            "Aghdam        Kangarli       6           2\n"
            "Aghdam        Baku           4           1\n"
            "Izium         Kupiansk       2           0\n"
        ),
        published=date(2023, 7, 20),
    )
    places = _places_by_name(article)
    aghdam = places["Aghdam"]
    assert (aghdam.role, aghdam.killed, aghdam.injured) == ("incident", None, 10)
    assert aghdam.event_date == date(2023, 1, 1)
    assert aghdam.event_date_precision == "month"


def test_a_list_row_counts_its_own_items_and_takes_its_lead_ins_day():
    article = Article(
        text=(
            "On 6 March the units found and neutralised:\n\n"
            "- Izium district – 18 anti-personnel and 3 anti-tank mines;\n"
            "- Aghdam district, near Baku – 26 mines and 11 pieces of ordnance;\n"
        ),
        published=date(2023, 3, 7),
    )
    places = _places_by_name(article)
    assert (places["Izium"].mines, places["Izium"].event_date) == (21, date(2023, 3, 6))
    for name in ("Aghdam", "Baku"):
        assert (places[name].role, places[name].mines) == ("minefield", 37)


def test_an_incident_forms_location_takes_its_date_and_victims():
    article = Article(
        text=(
            "INCIDENT REPORT\n\n"
            "Date of report:     21/05/2024\n"
            "Date of incident:   19/05/2024\n"
            "Location:           Kangarli village, Aghdam district, Azerbaijan\n"
            "Victims:            2 (1 killed, 1 injured)\n\n"
            "Distribution: regional office, Baku."
        ),
        published=date(2024, 5, 22),
    )
    places = _places_by_name(article)
    aghdam = places["Aghdam"]
    assert (aghdam.role, aghdam.killed, aghdam.injured) == ("incident", 1, 1)
    assert aghdam.event_date == date(2024, 5, 19)
    assert places["Baku"].role == "mention"


def test_a_form_keyed_village_and_district_is_read_like_one_keyed_location():
    article = Article(
        text=(
            "INCIDENT REPORT\n\n"
            "Date of incident: 19/05/2024\n"
            "Village: Kangarli\n"
            "District: Aghdam\n"
            "Victims: 2 (1 killed, 1 injured)\n\n"
            "Distribution: regional office, Baku."
        ),
        published=date(2024, 5, 22),
    )
    aghdam = _places_by_name(article)["Aghdam"]
    assert (aghdam.role, aghdam.killed, aghdam.injured) == ("incident", 1, 1)
    assert aghdam.event_date == date(2024, 5, 19)


def test_each_place_of_a_list_of_tolls_keeps_its_own_figures():
    article = Article(
        text=(
            "Mines killed 30 people across the country last year. Aghdam district "
            "recorded 9 killed and 22 injured, Izium district 8 killed and 19 injured, "
            "and Baku 2 killed and 7 injured."
        ),
        published=date(2023, 3, 14),
    )
    places = _places_by_name(article)
    tolls = {name: (p.role, p.killed, p.injured) for name, p in places.items()}
    assert tolls["Izium"] == ("incident", 8, 19)
    assert tolls["Baku"] == ("incident", 2, 7)
    assert tolls["Aghdam"] == ("incident", 9, 22)


def test_a_chat_message_takes_its_own_stamp_for_yesterday():
    article = Article(
        text=(
            "[06/03 08:14] A: A boy was killed by a mine near Aghdam yesterday.\n"
            "[08/03 10:02] B: Our team destroyed 63 items near Izium yday."
        ),
        published=date(2023, 3, 10),
    )
    places = _places_by_name(article)
    assert places["Aghdam"].event_date == date(2023, 3, 5)
    assert places["Izium"].event_date == date(2023, 3, 7)


def test_a_chat_stamps_weekday_tells_its_day_and_its_place_label_the_event():
    # 6 March 2023 was a Monday: "6/3" read month first would be 3 June
    article = Article(
        text=(
            "Field group summary\n"
            "[Mon 6/3 08:14] Aghdam district: 2 farmers were injured yest. evening "
            "by a landmine on the path to their field.\n"
            "[Wed 8/3 09:30] Izium r-n: the team says they removed 17 mines on Tue."
        ),
        published=date(2023, 3, 10),
    )
    places = _places_by_name(article)
    assert (places["Aghdam"].role, places["Aghdam"].event_date) == (
        "incident",
        date(2023, 3, 5),
    )
    assert (places["Izium"].role, places["Izium"].event_date) == (
        "clearance",
        date(2023, 3, 7),
    )


def test_a_pages_post_stamp_with_its_time_dates_the_posts_yesterday():
    article = Article(
        text=(
            "Police page\n\n"
            "📌 Fri 10 March · 10:05\n"
            "This morning the EOD team destroyed 26 items near Izium.\n\n"
            "📌 Wed 8 March · 09:15\n"
            "Yesterday a 15-year-old boy was injured in Aghdam when an object he "
            "found exploded in his hands.\n"
        ),
        published=date(2023, 3, 10),
    )
    places = _places_by_name(article)
    assert places["Aghdam"].event_date == date(2023, 3, 7)
    assert places["Izium"].event_date == date(2023, 3, 10)


def test_a_posts_item_borrows_no_toll_from_the_item_above():
    article = Article(
        text=(
            "DETAILS\n"
            "🔴 Aghdam – Tue 7/3: a minibus hit an IED. 5 killed, 7 injured.\n"
            "🔴 Izium – Wed 8/3: a cart hit a mine. A woman and her son were killed.\n"
        ),
        published=date(2023, 3, 10),
    )
    places = _places_by_name(article)
    assert (places["Aghdam"].killed, places["Aghdam"].injured) == (5, 7)
    assert (places["Izium"].killed, places["Izium"].injured) == (2, None)


def test_the_wounded_who_died_later_in_another_clause_are_one_toll():
    article = Article(
        text=(
            "Five people were injured on Tuesday when their minibus struck a mine on "
            "the road between Aghdam and Fuzuli in the Karabakh region; three of the "
            "five later died in hospital in Baku."
        ),
        published=date(2023, 3, 10),
    )
    places = _places_by_name(article)
    assert (places["Aghdam"].killed, places["Aghdam"].injured) == (3, 2)


def test_a_status_tables_day_dates_the_land_still_mined():
    article = Article(
        text=(
            "TABLE 1 – REMAINING MINEFIELDS, STATUS AT 28 FEBRUARY 2023\n\n"
            "Minefield        District      Status              Remaining (m2)\n"
            "Aghdam sector    Aghdam        Confirmed hazardous         96,750\n"
            "Izium strip      Izium         Confirmed hazardous        211,400\n"
        ),
        published=date(2023, 3, 10),
    )
    places = _places_by_name(article)
    assert (places["Aghdam"].role, places["Aghdam"].event_date) == (
        "minefield",
        date(2023, 2, 28),
    )


def test_a_channels_dotted_day_header_and_district_label_date_and_place_its_post():
    article = Article(
        text=(
            "Emergency service channel\n\n"
            "📅 08.03, Wed\n\n"
            "08:20\n"
            "‼️ Izium r-n. Last night a tractor hit an anti-tank mine in a field. "
            "The driver, 43, was injured.\n\n"
            "📅 09.03, Thu\n\n"
            "10:30\n"
            "Yesterday pyrotechnicians removed 67 explosive objects near Aghdam.\n"
        ),
        published=date(2023, 3, 10),
    )
    places = _places_by_name(article)
    assert (places["Izium"].role, places["Izium"].event_date) == (
        "incident",
        date(2023, 3, 7),
    )
    assert places["Aghdam"].event_date == date(2023, 3, 8)


def test_a_tables_caption_closing_on_a_year_dates_its_rows():
    article = Article(
        text=(
            "Table 4.1: Land released and items destroyed by district, 2022\n\n"
            "District       Released (km2)   AP mines   AT mines    UXO\n"
            "Aghdam              1.92          5,114        0        702\n"
            "Izium               2.06          6,231       21      1,184\n"
        ),
        published=date(2023, 3, 10),
    )
    places = _places_by_name(article)
    assert (
        places["Aghdam"].role,
        places["Aghdam"].event_date,
        places["Aghdam"].event_date_precision,
        places["Aghdam"].mines,
    ) == ("clearance", date(2022, 1, 1), "year", 5816)


def test_the_year_is_the_year_its_paragraph_wrote():
    article = Article(
        text=(
            "The Monitor recorded six mine casualties in 2021. In Aghdam a man lost a "
            "leg in the second quarter of the year while crossing the belt on foot."
        ),
        published=date(2023, 3, 14),
    )
    places = _places_by_name(article)
    assert (places["Aghdam"].event_date, places["Aghdam"].event_date_precision) == (
        date(2021, 4, 1),
        "month",
    )


def test_a_captions_block_gives_its_place_lines_facts_and_no_other_block_does():
    article = Article(
        text=(
            "May in the north: our teams at work.\n\n"
            "📍 Izium\n"
            "Six anti-personnel mines were found on a family farm on Monday.\n\n"
            "📍 Aghdam\n"
            "A camel herder was injured by a mine on 9 May.\n\n"
            "📍 Baku\n"
            "Teams are still finding booby-trapped houses.\n"
        ),
        published=date(2026, 5, 28),
    )
    places = _places_by_name(article)
    assert (places["Izium"].role, places["Izium"].mines) == ("minefield", 6)
    assert places["Izium"].event_date == date(2026, 5, 25)
    assert (places["Aghdam"].role, places["Aghdam"].injured) == ("incident", 1)
    assert places["Aghdam"].event_date == date(2026, 5, 9)
    # the block before it told another place's find and day
    assert places["Baku"].role == "minefield"
    assert (places["Baku"].event_date, places["Baku"].mines) == (None, None)


def test_since_the_ceasefire_dates_the_period_from_the_ceasefire_told_before():
    article = Article(
        text=(
            "Between the ceasefire of 27 November 2024 and 31 May 2025, 29 people were "
            "killed by unexploded ordnance in Izium.\n\n"
            "Since the ceasefire, army engineers have removed more than 24,000 items "
            "of unexploded ordnance from Aghdam. In Baku, the army found 1,140 items "
            "in the four weeks after it entered the town on 11 December 2024."
        ),
        published=date(2025, 6, 20),
    )
    places = _places_by_name(article)
    assert places["Izium"].event_date == date(2024, 11, 27)
    assert places["Aghdam"].event_date == date(2024, 11, 27)


def test_a_question_asks_and_its_answer_tells_the_day():
    article = Article(
        text=(
            "Questions from residents\n\n"
            "What happened near Izium last month?\n"
            "On 27 April a tractor driver was injured when his tractor hit an "
            "anti-tank mine in a field north of Izium. He is recovering."
        ),
        published=date(2024, 5, 20),
    )
    place = _places_by_name(article)["Izium"]
    assert (place.role, place.event_date, place.event_date_precision) == (
        "incident",
        date(2024, 4, 27),
        "day",
    )
