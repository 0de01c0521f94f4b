"""Review and correct on a real store, with the real gazetteer and geoparser."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from dashboard.aliases import AliasStore
from dashboard.audit import audit_entries
from dashboard.extraction import extract_article
from dashboard.models import Article
from dashboard.review import (
    Reviewer,
    ReviewError,
    ReviewFilters,
    build_picker_map,
    filters_for,
    parse_click,
)
from dashboard.store import Store
from geodata.geoparser import Geoparser
from tests.postgres import fresh_database, postgres_url  # noqa: F401 (fixture)

# Written for these tests. Kamianka has many namesakes in Ukraine, so the
# geoparser's first choice is easy to disagree with.
FIRST = Article(
    title="Tractor driver hurt near Kamianka",
    text=(
        "Tractor driver hurt near Kamianka\n\n"
        "A tractor driver was hurt on Monday when his vehicle hit an anti-tank "
        "mine on a farm road close to Kamianka, in the Kharkiv region of Ukraine."
    ),
    published=date(2024, 5, 7),
    source="example.org/kamianka",
)
NEXT = Article(
    title="Fields cleared around Kamianka",
    text=(
        "Fields cleared around Kamianka\n\n"
        "A humanitarian team cleared twelve mines last week from the fields "
        "around Kamianka in eastern Ukraine, and near Balakliia."
    ),
    published=date(2024, 6, 2),
)
LATER = Article(
    title="Balakliia farmers wait for deminers",
    text=(
        "Balakliia farmers wait for deminers\n\n"
        "Farmers near Balakliia in Ukraine say they cannot sow until the "
        "deminers have checked their land."
    ),
)


class Desk:
    """A store, its alias list, a geoparser that consults it, and a reviewer."""

    def __init__(self, store: Store, gazetteer) -> None:
        self.store = store
        self.aliases = AliasStore(store)
        self.geoparser = Geoparser(gazetteer, aliases=self.aliases)
        self.reviewer = Reviewer(store, aliases=self.aliases, gazetteer=gazetteer)

    def ingest(self, article: Article) -> int:
        places = extract_article(article, geoparser=self.geoparser)
        return self.store.save_article(article, places).article_id

    def mention_named(self, name: str, article_id: int):
        queue = self.reviewer.queue(ReviewFilters(reviewed=None), limit=500)
        return next(
            i for i in queue.items if i.name == name and i.article_id == article_id
        )


@pytest.fixture
def desk(tmp_path: Path, gazetteer) -> Desk:
    return Desk(Store(f"sqlite:///{tmp_path / 'store.sqlite'}"), gazetteer)


@pytest.fixture(
    params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def any_desk(request: pytest.FixtureRequest, tmp_path: Path, gazetteer) -> Desk:
    """A desk on each engine (PostgreSQL skips where it cannot run)."""
    if request.param == "sqlite":
        return Desk(Store(f"sqlite:///{tmp_path / 'store.sqlite'}"), gazetteer)
    cluster = request.getfixturevalue("postgres_url")
    url = fresh_database(cluster, f"review_{uuid.uuid4().hex[:12]}")
    return Desk(Store(url), gazetteer)


def _recent(at: datetime) -> bool:
    return timedelta(0) <= datetime.now(UTC) - at < timedelta(minutes=5)


def test_queue_shows_the_least_sure_first_with_excerpts_and_candidates(
    desk: Desk,
) -> None:
    article_id = desk.ingest(FIRST)
    queue = desk.reviewer.queue()
    assert queue.total == len(queue.items) >= 3
    confidences = [item.confidence for item in queue.items]
    assert confidences == sorted(confidences)
    kamianka = desk.mention_named("Kamianka", article_id)
    assert "farm road close to Kamianka" in kamianka.excerpt
    assert len(kamianka.candidates) > 1
    assert [c.is_chosen for c in kamianka.candidates].count(True) == 1
    assert kamianka.article_title == FIRST.title


@pytest.mark.parametrize(
    ("filters", "expected_names"),
    [
        (filters_for(roles=["incident"]), {"Kamianka", "Kharkiv region", "Ukraine"}),
        (filters_for(roles=["clearance"]), {"Kamianka", "Ukraine", "Balakliia"}),
        (filters_for(countries=["AZ"]), set()),
        (filters_for(statuses=["unresolved", "pending"]), set()),
        (filters_for(text="balak"), {"Balakliia"}),
        (filters_for(text="tractor"), {"Kamianka", "Kharkiv region", "Ukraine"}),
        (filters_for(show="reviewed"), set()),
    ],
)
def test_queue_filters(desk: Desk, filters: ReviewFilters, expected_names) -> None:
    desk.ingest(FIRST)
    desk.ingest(NEXT)
    assert {i.name for i in desk.reviewer.queue(filters).items} == expected_names


def test_country_filter_keeps_unplaced_names_of_stories_in_that_country(
    desk: Desk,
) -> None:
    article_id = desk.ingest(FIRST)
    kamianka = desk.mention_named("Kamianka", article_id)
    # Make it unplaced, as an unknown village would be.
    desk.store.update_mention_resolution(kamianka.mention_id, status="unresolved")
    names = {i.name for i in desk.reviewer.queue(filters_for(countries=["UA"])).items}
    assert "Kamianka" in names
    unresolved = desk.reviewer.queue(filters_for(statuses=["unresolved"])).items
    assert [i.name for i in unresolved] == ["Kamianka"]
    assert unresolved[0].is_placed is False


def test_choosing_another_candidate_moves_it_and_teaches_the_next_article(
    any_desk: Desk,
) -> None:
    desk = any_desk
    article_id = desk.ingest(FIRST)
    kamianka = desk.mention_named("Kamianka", article_id)
    other = next(c for c in kamianka.candidates if not c.is_chosen)
    version = desk.store.data_version()

    item = desk.reviewer.choose_candidate(
        kamianka.mention_id, other.gazetteer_id, who="Ana"
    )

    assert (item.gazetteer_id, item.lat, item.lon) == (
        other.gazetteer_id,
        other.lat,
        other.lon,
    )
    assert item.reviewed is True and item.confidence == 1.0
    assert item.status == "resolved"
    assert desk.store.data_version() != version
    [entry] = audit_entries(desk.store, entity="mention")
    assert (entry.action, entry.who, entry.entity_id) == (
        "candidate_chosen",
        "Ana",
        kamianka.mention_id,
    )
    assert _recent(entry.at)
    assert entry.before["gazetteer_id"] == kamianka.gazetteer_id
    assert entry.after["gazetteer_id"] == other.gazetteer_id
    assert entry.after["reviewed"] is True

    next_id = desk.ingest(NEXT)
    again = desk.mention_named("Kamianka", next_id)
    assert (again.gazetteer_id, again.lat, again.lon) == (
        other.gazetteer_id,
        other.lat,
        other.lon,
    )
    # A new article is not reviewed just because its name was taught.
    assert again.reviewed is False


def test_moving_the_point_by_coordinates_teaches_the_next_article(desk: Desk) -> None:
    article_id = desk.ingest(FIRST)
    kamianka = desk.mention_named("Kamianka", article_id)

    item = desk.reviewer.move_point(kamianka.mention_id, 49.0612, 37.1934, who=None)

    assert (item.lat, item.lon, item.precision) == (49.0612, 37.1934, 1)
    assert item.gazetteer_id.startswith("user:")
    assert item.country_code == "UA"
    # Far from where it was: the old province is not kept.
    assert item.admin1 is None
    assert audit_entries(desk.store)[1].who == "local"

    next_id = desk.ingest(NEXT)
    again = desk.mention_named("Kamianka", next_id)
    assert (again.lat, again.lon) == (49.0612, 37.1934)
    assert again.gazetteer_id == item.gazetteer_id


def test_a_small_move_keeps_the_province(desk: Desk) -> None:
    article_id = desk.ingest(FIRST)
    kharkiv = desk.mention_named("Kharkiv region", article_id)
    item = desk.reviewer.move_point(
        kharkiv.mention_id,
        kharkiv.lat + 0.05,
        kharkiv.lon,
        who="ana",
        place_name="Kharkiv region (centre)",
        precision=3,
    )
    assert item.admin1 == kharkiv.admin1
    assert item.precision == 3
    assert item.place_name == "Kharkiv region (centre)"
    # The geoparser reads "Kharkiv" (the generic word is a hint), so the alias
    # is kept under that name.
    assert desk.aliases.get("Kharkiv", "UA") is not None


@pytest.mark.parametrize(
    ("lat", "lon"),
    [(91.0, 30.0), (-90.5, 30.0), (45.0, 180.5), (float("nan"), 30.0), ("x", 1)],
)
def test_impossible_points_are_refused_and_nothing_changes(
    desk: Desk, lat, lon
) -> None:
    article_id = desk.ingest(FIRST)
    kamianka = desk.mention_named("Kamianka", article_id)
    with pytest.raises(ReviewError):
        desk.reviewer.move_point(kamianka.mention_id, lat, lon, who="ana")
    assert desk.reviewer.item(kamianka.mention_id) == kamianka
    assert audit_entries(desk.store) == []
    assert desk.aliases.aliases() == []


def test_changing_the_role_is_audited_and_marks_reviewed(desk: Desk) -> None:
    article_id = desk.ingest(FIRST)
    ukraine = desk.mention_named("Ukraine", article_id)
    item = desk.reviewer.change_role(ukraine.mention_id, "mention", who="ana")
    assert (item.role, item.reviewed) == ("mention", True)
    [entry] = audit_entries(desk.store)
    assert (entry.action, entry.before["role"], entry.after["role"]) == (
        "role_changed",
        ukraine.role,
        "mention",
    )
    with pytest.raises(ReviewError, match="role"):
        desk.reviewer.change_role(ukraine.mention_id, "battle", who="ana")
    # Changing a role teaches nothing about where the place is.
    assert desk.aliases.aliases() == []


def test_editing_counts_and_event_date(desk: Desk) -> None:
    article_id = desk.ingest(FIRST)
    kamianka = desk.mention_named("Kamianka", article_id)
    item = desk.reviewer.edit_facts(
        kamianka.mention_id,
        who="ana",
        killed=1,
        injured=None,
        mines=3,
        event_date=date(2024, 5, 6),
    )
    assert (item.killed, item.injured, item.mines) == (1, None, 3)
    assert (item.event_date, item.event_date_precision) == (date(2024, 5, 6), "day")
    assert item.device == kamianka.device  # not given: kept
    [entry] = audit_entries(desk.store)
    assert entry.action == "facts_edited"
    assert entry.before["injured"] == kamianka.injured
    assert entry.after["event_date"] == "2024-05-06"

    cleared = desk.reviewer.edit_facts(kamianka.mention_id, who="ana", event_date=None)
    assert (cleared.event_date, cleared.event_date_precision) == (None, None)


@pytest.mark.parametrize(
    "changes",
    [{"killed": -1}, {"mines": 2.5}, {"injured": "two"}, {"device": "landmine"}],
)
def test_bad_facts_are_refused(desk: Desk, changes) -> None:
    article_id = desk.ingest(FIRST)
    kamianka = desk.mention_named("Kamianka", article_id)
    with pytest.raises(ReviewError):
        desk.reviewer.edit_facts(kamianka.mention_id, who="ana", **changes)
    assert audit_entries(desk.store) == []


def test_not_a_place_removes_it_and_it_is_not_proposed_again(any_desk: Desk) -> None:
    desk = any_desk
    article_id = desk.ingest(NEXT)
    balakliia = desk.mention_named("Balakliia", article_id)

    context = desk.reviewer.mark_not_a_place(balakliia.mention_id, who="ana")

    assert (context.name, context.country_code) == ("Balakliia", "UA")
    assert desk.reviewer.item(balakliia.mention_id) is None
    [entry] = audit_entries(desk.store, entity="mention")
    assert (entry.action, entry.after) == ("not_a_place", None)
    assert entry.before["name"] == "Balakliia"

    later_id = desk.ingest(LATER)
    names = {
        i.name
        for i in desk.reviewer.queue(ReviewFilters(reviewed=None)).items
        if i.article_id == later_id
    }
    assert "Balakliia" not in names
    assert "Ukraine" in names


def test_confirming_marks_reviewed_and_leaves_the_queue(desk: Desk) -> None:
    article_id = desk.ingest(FIRST)
    ukraine = desk.mention_named("Ukraine", article_id)
    item = desk.reviewer.confirm(ukraine.mention_id, who="ana")
    assert item.reviewed is True
    assert (item.lat, item.lon, item.role) == (ukraine.lat, ukraine.lon, ukraine.role)
    assert ukraine.mention_id not in {i.mention_id for i in desk.reviewer.queue().items}
    shown = desk.reviewer.queue(filters_for(show="reviewed")).items
    assert [i.mention_id for i in shown] == [ukraine.mention_id]
    assert audit_entries(desk.store)[0].action == "confirmed"
    # The map reads it from the store's rows.
    rows = {r["mention_id"]: r for r in desk.store.mention_rows()}
    assert bool(rows[ukraine.mention_id]["reviewed"]) is True


def test_editing_an_article(any_desk: Desk) -> None:
    desk = any_desk
    article_id = desk.ingest(FIRST)
    after = desk.reviewer.edit_article(
        article_id,
        who="ana",
        title="  Driver hurt by mine  ",
        published=date(2024, 5, 8),
        source="https://example.org/a",
    )
    assert after["title"] == "Driver hurt by mine"
    stored = desk.store.article(article_id)
    assert (stored.title, stored.published, stored.source) == (
        "Driver hurt by mine",
        date(2024, 5, 8),
        "https://example.org/a",
    )
    [entry] = audit_entries(desk.store, entity="article", entity_id=article_id)
    assert entry.before["title"] == FIRST.title
    assert entry.after["published"] == "2024-05-08"
    assert (
        desk.reviewer.edit_article(article_id, who="ana", source="")["source"] is None
    )


def test_deleting_an_article_takes_its_mentions_and_is_audited(desk: Desk) -> None:
    first_id = desk.ingest(FIRST)
    next_id = desk.ingest(NEXT)
    before = desk.store.counts()

    removed = desk.reviewer.delete_article(first_id, who="ana")

    after = desk.store.counts()
    assert after["articles"] == before["articles"] - 1
    assert after["mentions"] == before["mentions"] - removed
    assert removed == 3
    assert desk.store.article(first_id) is None
    assert {r["article_id"] for r in desk.store.mention_rows()} == {next_id}
    # The Kharkiv region was named only by the deleted article.
    assert after["places"] < before["places"]
    [entry] = audit_entries(desk.store, entity="article")
    assert entry.action == "article_deleted"
    assert entry.before["title"] == FIRST.title
    assert sorted(entry.before["mentions"]) == ["Kamianka", "Kharkiv region", "Ukraine"]
    with pytest.raises(ReviewError, match="no article"):
        desk.reviewer.delete_article(first_id, who="ana")


def test_corrections_of_a_deleted_mention_say_so(desk: Desk) -> None:
    article_id = desk.ingest(FIRST)
    kamianka = desk.mention_named("Kamianka", article_id)
    desk.reviewer.delete_article(article_id, who=None)
    with pytest.raises(ReviewError, match="no mention"):
        desk.reviewer.confirm(kamianka.mention_id, who=None)
    with pytest.raises(ReviewError, match="no mention"):
        desk.reviewer.move_point(kamianka.mention_id, 49.0, 37.0, who=None)


@pytest.mark.parametrize(
    ("clicked", "expected"),
    [
        ({"lat": 49.1234567, "lng": 37.5}, (49.123457, 37.5)),
        ({"lat": 10.0, "lng": 370.0}, (10.0, 10.0)),  # the world wrapped once
        ({"lat": 95.0, "lng": 0.0}, None),
        ({"lat": "x", "lng": 0.0}, None),
        ({"lng": 0.0}, None),
        (None, None),
    ],
)
def test_parse_click(clicked, expected) -> None:
    assert parse_click(clicked) == expected


def test_picker_map_escapes_names_and_loads_nothing_remote(desk: Desk) -> None:
    article_id = desk.ingest(FIRST)
    kamianka = desk.mention_named("Kamianka", article_id)
    desk.reviewer.move_point(
        kamianka.mention_id,
        49.0,
        37.0,
        who=None,
        place_name='<img src=x onerror="alert(1)">',
    )
    item = desk.reviewer.item(kamianka.mention_id)
    html = build_picker_map(item, tiles_url=None).get_root().render()
    assert "<img src=x" not in html
    assert "&lt;img src=x" in html
    assert "cdn.jsdelivr" not in html and "unpkg.com" not in html


def test_picker_map_does_not_evaluate_template_syntax_in_names(desk: Desk) -> None:
    # folium/branca re-render tooltips as Jinja templates: "{{ 7*7 }}" in a
    # place name must stay text, never be evaluated on the server.
    article_id = desk.ingest(FIRST)
    kamianka = desk.mention_named("Kamianka", article_id)
    desk.reviewer.move_point(
        kamianka.mention_id, 49.0, 37.0, who=None, place_name="Kam {{ 7*7 }} ianka"
    )
    item = desk.reviewer.item(kamianka.mention_id)
    rendered = build_picker_map(item, tiles_url=None).get_root().render()
    assert "Kam 49 ianka" not in rendered
    assert "Kam &#123;&#123; 7*7 &#125;&#125; ianka" in rendered
