"""Decide which place each mention names, using the whole article as context.

For every distinct name the gazetteer's candidates are scored on:

- the story's countries: countries the article names, and countries every
  candidate of an unambiguous name lies in (a story is about one or two
  countries; a same-named village abroad is almost never meant);
- proximity to the other places named (places in one story cluster);
- the kind of feature the text asks for ("district" wants an administrative
  area, "village" a settlement, "Mount" a feature);
- importance: countries and provinces before towns, towns by population.

A name whose best candidate lies abroad (outside the story's countries) and
is not a well-known city is left ``unresolved``, with its candidates listed,
rather than placed on a namesake: "X village" in a story about Cambodia never
lands in France. A name that rests only on an ordinary word ("Nice", "Best")
and finds nothing in the story's countries is dropped as "not a place here".
Names the gazetteer lacks are tried with a fuzzy match inside the story's
countries, then returned unresolved. An unresolved place that the text puts
in or near a place it could resolve ("Kani-Bonzon, in the Bankass cercle",
"the village of Ta Krok in Samlout district") gets that place as its
``approximation`` (precision 3 for an area, 2 for a town), the way ACLED
codes a village no gazetteer holds; it stays unresolved, for review.

Spelling variants of one place (Agdam, Aghdam, Ağdam) resolve to one entry
and become one :class:`ResolvedPlace` with several mentions.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Final, Protocol

from rapidfuzz import fuzz

from geodata import wordlists as wl
from geodata.extract import name_index, place_key
from geodata.models import (
    Candidate,
    GazetteerEntry,
    GeocodeResult,
    PlaceMention,
    Precision,
    ResolvedPlace,
)
from geodata.normalize import normalize_place_name

__all__ = [
    "LOW_CONFIDENCE",
    "NOT_A_PLACE",
    "AliasLookup",
    "ResolvingGazetteer",
    "dominant_country",
    "precision_of",
    "resolve_places",
    "resolve_places_with_country",
]


class _NotAPlace:
    """Marker returned by an alias lookup for a name a user said is no place."""

    _instance: _NotAPlace | None = None

    def __new__(cls) -> _NotAPlace:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "NOT_A_PLACE"


#: An alias lookup's answer for "this name is not a place; drop it".
NOT_A_PLACE: Final = _NotAPlace()


class AliasLookup(Protocol):
    """User corrections, consulted before the gazetteer (issue 8 implements it).

    ``lookup`` gets a normalised name key and the article's dominant country
    (or None) and returns the entry the user chose, ``NOT_A_PLACE``, or None
    when the user said nothing about that name.
    """

    def lookup(
        self, name_key: str, country_code: str | None
    ) -> GazetteerEntry | _NotAPlace | None: ...


class ResolvingGazetteer(Protocol):
    """What resolution reads from :class:`geodata.gazetteer.Gazetteer`."""

    def has_name(self, key: str) -> bool: ...

    def lookup(self, name: str) -> list[GazetteerEntry]: ...

    def country(self, code: str) -> GazetteerEntry | None: ...

    def fuzzy(
        self,
        name: str,
        *,
        country_codes: Iterable[str] | None = None,
        limit: int = 5,
        min_score: float = 0.8,
    ) -> list[tuple[GazetteerEntry, float]]: ...


_LIST_GAP = re.compile(r"^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$")
# "Ain Zara and neighbouring Salah al-Din": names side by side in one place.
_NEIGHBOUR_GAP = re.compile(
    r"^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
    r"(?:(?:neighbouring|neighboring|nearby|adjacent)\s+)?$"
)
# After "the X": what may follow a river's or a region's bare name.
_AFTER_FEATURE = re.compile(r"\s*(?:[,.;:)]|$|\s(?:and|or|in|at|near|which|where)\b)")
#: A water or relief feature ("X river", "Mount X") placed on a town only when
#: the town lies this close to another place of the story.
_FEATURE_ON_TOWN_KM = 100.0
#: A world city is taken abroad under another spelling (Moskva, Genf) only
#: from this population; "Boni" in Mali is not Bonn.
_RENAMED_CITY_POPULATION = 1_000_000

#: Below this confidence the Geoparser asks its fallback geocoder too.
LOW_CONFIDENCE = 0.5
#: A settlement abroad (outside the story's countries) is taken only from
#: this population: Geneva, Moscow, Bangkok; not a village of the same name.
FOREIGN_CITY_POPULATION = 150_000
#: Fuzzy matches (spellings the gazetteer lacks) need this similarity (0..1).
FUZZY_MIN_SCORE = 0.88
_MAX_CANDIDATES = 5
_MAX_SCORED = 10
_NEAR_KM = 60.0
_FAR_KM = 600.0

_KIND_SCORE = {
    "continent": 0.75,
    "country": 0.9,
    "admin1": 0.7,
    "region": 0.65,
    "admin2": 0.55,
    "feature": 0.35,
}
_BROAD = frozenset({"continent", "country", "admin1", "region"})


@dataclass(slots=True)
class _Group:
    """One distinct name of the article: its mentions of one kind (see _hint_class)."""

    key: str
    hint_class: str
    mentions: list[PlaceMention]
    entries: list[GazetteerEntry]
    weak: bool  # rests on an ordinary word or a first name
    strong: bool  # the context says "place" (hint, "in", "near", "village of")
    hint: str | None
    alias: GazetteerEntry | None = None
    scores: list[float] = field(default_factory=list)
    choice: GazetteerEntry | None = None
    confidence: float = 0.0
    provider: str = "gazetteer"
    vote: tuple[str, float] | None = None  # what this name adds to a country
    # "the Dnipro," "the Tigris.": a bare name after "the" that no noun follows
    # is a river or a region more often than a town.
    after_the: bool = False
    # The name is also written with an administrative word ("Lachin district")
    # and the writer names it bare elsewhere: the bare one is the town.
    beside_admin: bool = False
    neighbours: list[_Group] = field(default_factory=list)  # listed next to it
    # Left unplaced by a rule about where it lies, not because it may be no
    # place at all: listed as unresolved rather than dropped.
    keep: bool = False

    @property
    def ident(self) -> tuple[str, str]:
        return (self.key, self.hint_class)


def resolve_places(
    text: str,
    mentions: Sequence[PlaceMention],
    gazetteer: ResolvingGazetteer,
    *,
    aliases: AliasLookup | None = None,
) -> list[ResolvedPlace]:
    """Resolve ``mentions`` of ``text`` to gazetteer entries, one result per place.

    Returns one :class:`ResolvedPlace` per distinct place, in the order of
    their first mention: ``status="resolved"`` with a result, or
    ``status="unresolved"`` (with the candidates considered) when nothing in
    the story's countries matches. Mentions that rest on an ordinary word and
    match nothing nearby, or that an alias marks ``NOT_A_PLACE``, are dropped.
    """
    return resolve_places_with_country(text, mentions, gazetteer, aliases=aliases)[0]


def resolve_places_with_country(
    text: str,
    mentions: Sequence[PlaceMention],
    gazetteer: ResolvingGazetteer,
    *,
    aliases: AliasLookup | None = None,
) -> tuple[list[ResolvedPlace], str | None]:
    """Like :func:`resolve_places`, with the story's dominant country (or None)."""
    names = name_index(gazetteer)
    groups = _group_mentions(text, mentions, names)
    if not groups:
        return [], None
    countries = _story_countries(groups, gazetteer)
    dominant = dominant_country(countries)
    if aliases is not None:
        groups = _apply_aliases(groups, aliases, dominant)
    _provinces_listed_together(text, groups)
    _choose(groups, countries)
    _fuzzy_unknowns(groups, gazetteer, countries)
    places = _results(groups, countries)
    return _approximate_unknowns(text, places), dominant


def _provinces_listed_together(text: str, groups: Sequence[_Group]) -> None:
    """ "in rural Cauca and Nariño": a name listed with a province is a province.

    A bare name that is both a province and a few small towns (Nariño) is
    read as the province when the name next to it in a list can only be one.
    """
    owner = {
        (mention.start, mention.end): group
        for group in groups
        for mention in group.mentions
    }
    spans = sorted(owner)
    for (s1, e1), (s2, e2) in zip(spans, spans[1:], strict=False):
        first, second = owner[(s1, e1)], owner[(s2, e2)]
        if first is not second and _NEIGHBOUR_GAP.match(text[e1:s2]):
            first.neighbours.append(second)
            second.neighbours.append(first)
        if not _LIST_GAP.match(text[e1:s2]):
            continue
        for one, other in ((first, second), (second, first)):
            if (
                one.hint is None
                and _only_province(other)
                and any(e.feature == "admin1" for e in one.entries)
            ):
                one.hint = "province"


def _only_province(group: _Group) -> bool:
    if group.hint in wl.PROVINCE_HINTS:
        return True
    top = group.entries[:1]
    return (
        bool(top)
        and top[0].feature == "admin1"
        and not any(
            e.feature == "settlement" and e.population >= 20_000 for e in group.entries
        )
    )


def dominant_country(countries: dict[str, float]) -> str | None:
    """The story's main country (highest weight), or None when it names none."""
    if not countries:
        return None
    return max(countries.items(), key=lambda item: (item[1], item[0]))[0]


def precision_of(entry: GazetteerEntry, hint: str | None = None) -> Precision:
    """ACLED precision: 1 settlement or point, 2 small area, 3 province or wider."""
    if entry.feature in _BROAD:
        return 3
    if entry.feature == "settlement":
        if hint in wl.ADMIN_HINTS or hint in wl.FEATURE_HINTS or hint == "area":
            return 2  # "X district" or "X peninsula" placed on its town: near it
        return 1
    return 2


# -- grouping --------------------------------------------------------------


def _hint_class(hint: str | None) -> str:
    """Mentions of one name with different kinds of hint are different places:
    "Fuzuli district" (the district) and "Fuzuli" (its town)."""
    if hint in wl.PROVINCE_HINTS or hint in wl.DISTRICT_HINTS:
        return "admin"
    if hint in wl.FEATURE_HINTS:
        return "feature"
    return "place"


_TOWN_APPOSITION = re.compile(
    r",\s+(?:the|a|its)\s+(?:[a-z-]+\s+){0,2}?(?:town|city|village|capital|"
    r"port)\b"
)


def _group_mentions(text: str, mentions: Sequence[PlaceMention], names) -> list[_Group]:
    by_key: dict[tuple[str, str], _Group] = {}
    previous: PlaceMention | None = None
    previous_strong = False
    # "Ghazni province ... Ghazni city ... in Ghazni": a writer who tells the
    # city apart by its generic word means the province by the bare name.
    hinted: dict[str, set[str]] = {}
    for mention in mentions:
        if mention.hint in wl.SETTLEMENT_HINTS:
            hinted.setdefault(place_key(mention.text), set()).add("settlement")
        elif _hint_class(mention.hint) == "admin":
            hinted.setdefault(place_key(mention.text), set()).add("admin")
    bare_is_admin = {k for k, kinds in hinted.items() if len(kinds) == 2}
    admin_written = {k for k, kinds in hinted.items() if kinds == {"admin"}}
    for mention in sorted(mentions, key=lambda m: m.start):
        key = place_key(mention.text)
        if not key:
            continue
        ident = (key, _hint_class(mention.hint))
        if mention.hint is None and key in bare_is_admin:
            ident = (key, "admin")
        group = by_key.get(ident)
        if group is None:
            group = by_key[ident] = _Group(
                key=key,
                hint_class=ident[1],
                mentions=[],
                entries=_entries_for(mention, key, names),
                weak=_is_weak(mention.text),
                strong=False,
                hint=None,
            )
        strong = _strong_context(text, mention) or (
            previous_strong
            and previous is not None
            and bool(_LIST_GAP.match(text[previous.end : mention.start]))
        )
        group.mentions.append(mention)
        group.hint = group.hint or mention.hint
        if mention.hint is None and ident[1] == "place":
            group.beside_admin = key in admin_written
            if text[max(0, mention.start - 4) : mention.start] == "the " and (
                _AFTER_FEATURE.match(text, mention.end)
            ):
                group.after_the = True
        if mention.hint is None and _TOWN_APPOSITION.match(text, mention.end):
            group.hint = group.hint or "town"  # "Pailin, the provincial town,"
        group.strong = group.strong or strong
        previous, previous_strong = mention, strong
    return list(by_key.values())


def _entries_for(mention: PlaceMention, key: str, names) -> list[GazetteerEntry]:
    """Every gazetteer entry the name may mean: as written, short form, without
    its generic word or Arabic article."""
    found: list[GazetteerEntry] = []
    seen: set[str] = set()

    def add(entries: Iterable[GazetteerEntry]) -> None:
        for entry in entries:
            if entry.gazetteer_id not in seen:
                seen.add(entry.gazetteer_id)
                found.append(entry)

    code = wl.COUNTRY_SHORT_FORMS.get(key)
    if code is not None:
        country = names.gazetteer.country(code)
        if country is not None:
            add([country])
            return found  # "US" is the country, never the village Us in France
    add(names.lookup(key))
    words = key.split()
    if len(words) > 1:
        if words[-1] in wl.GENERIC_AFTER:
            add(names.entries(" ".join(words[:-1])))
        if words[0] in wl.GENERIC_BEFORE:
            rest = words[2:] if words[1] == "of" else words[1:]
            add(names.entries(" ".join(rest)))
        if words[0] in wl.ARABIC_ARTICLES:
            add(names.lookup(" ".join(words[1:])))
    return found


def _is_weak(name: str) -> bool:
    """True when the name is made of ordinary words (Nice, Mine, Plain of Jars) or
    is one first name (Victoria): a place only if the story is there."""
    words = [
        w.casefold()
        for w in name.replace("-", " ").split()
        if w[:1].isupper()
        and w.casefold() not in wl.GENERIC_AFTER
        and w.casefold() not in wl.GENERIC_BEFORE
    ]
    if not words:
        return False
    common = wl.common_words()
    if len(words) == 1:
        return words[0] in common or words[0] in wl.given_names()
    return all(w in common for w in words)


def _strong_context(text: str, mention: PlaceMention) -> bool:
    if mention.hint is not None:
        return True
    if wl.opens_place_and_date_line(text, mention.start, mention.end):
        return True  # "Geneva, 21 November 2023" over a statement or a letter
    before = text[max(0, mention.start - 24) : mention.start].split()
    if not before:
        return False
    word = before[-1].casefold()
    if word in wl.STRONG_PREPOSITIONS:
        return True
    if len(before) < 2:
        return False
    # "the village of X"; a bearing or a distance points at a place: "south
    # of Rmeish", "20 km from X"
    governing = before[-2].casefold()
    return (word == "of" and governing in wl.GENERIC_OF) or (
        governing in (wl.COMPASS_POINTS if word == "of" else wl.DISTANCE_UNITS)
        and word in ("of", "from")
    )


# -- context -----------------------------------------------------------------


def _story_countries(groups: Sequence[_Group], gazetteer) -> dict[str, float]:
    """Weight of each country in the story: named countries count most.

    Each group remembers its own vote, so that a name is never "in the story"
    only because it voted for its own namesake's country.
    """
    weights: dict[str, float] = defaultdict(float)
    for group in groups:
        entries = group.entries
        group.vote = None
        if not entries or group.weak and entries[0].feature != "country":
            continue
        top = entries[0]
        count = len(group.mentions)
        vote: tuple[str, float] | None = None
        if top.feature == "country" and top.country_code:
            vote = (top.country_code, 2.0 + 0.5 * (count - 1))
        else:
            codes = {e.country_code for e in entries if e.country_code}
            if len(codes) == 1:
                (code,) = codes
                vote = (code, 1.0 + 0.25 * (count - 1))
            elif top.feature in ("admin1", "region") and top.country_code:
                vote = (top.country_code, 0.5)
        if vote is not None:
            group.vote = vote
            weights[vote[0]] += vote[1]
    return dict(weights)


def _without_own_vote(group: _Group, countries: dict[str, float]) -> dict[str, float]:
    if group.vote is None:
        return countries
    code, weight = group.vote
    others = dict(countries)
    left = others.get(code, 0.0) - weight
    if left > 1e-9:
        others[code] = left
    else:
        others.pop(code, None)
    return others


def _in_story(entry: GazetteerEntry, countries: dict[str, float]) -> bool:
    return entry.country_code is None or entry.country_code in countries


# -- choosing ------------------------------------------------------------------


def _choose(groups: list[_Group], story: dict[str, float]) -> None:
    for group in groups:
        if len(group.entries) > _MAX_SCORED:
            # The most important namesakes, and every one in the story's countries.
            head = group.entries[:_MAX_SCORED]
            local = [e for e in group.entries[_MAX_SCORED:] if e.country_code in story]
            group.entries = head + local[:_MAX_SCORED]
    # Round 1: without proximity; unambiguous picks become anchors.
    for group in groups:
        if group.alias is None and len(group.entries) > 1:
            countries = _without_own_vote(group, story)
            top = max(countries.values(), default=0.0)
            group.scores = [_score(e, group, countries, top, ()) for e in group.entries]
    anchors = _anchors(groups)
    # Round 2: with proximity to the other places of the story.
    for group in groups:
        if group.alias is not None:
            group.choice = group.alias
            group.confidence = 1.0
            group.provider = "alias"
            continue
        if not group.entries:
            continue
        countries = _without_own_vote(group, story)
        others = [point for ident, point in anchors if ident != group.ident]
        top = max(countries.values(), default=0.0)
        group.scores = [_score(e, group, countries, top, others) for e in group.entries]
    for group in groups:
        if group.alias is None and group.entries:
            best_index = max(range(len(group.entries)), key=group.scores.__getitem__)
            town = _prefer_town(group, best_index)
            if town != best_index:
                group.scores[town] = group.scores[best_index] + 0.01
    _agree_on_variants(groups)
    named = {
        g.entries[0].country_code
        for g in groups
        if g.entries and g.entries[0].feature == "country"
    }
    dominant = dominant_country(story)
    for group in groups:
        if group.alias is not None or not group.entries:
            continue
        countries = _without_own_vote(group, story)
        best_index = max(range(len(group.entries)), key=group.scores.__getitem__)
        best = group.entries[best_index]
        others = [point for ident, point in anchors if ident != group.ident]
        if _acceptable(best, group, countries, others) and _near_enough_abroad(
            best, group, others, named, dominant
        ):
            group.choice = best
            group.confidence = _confidence(group, best_index, countries)


def _prefer_town(group: _Group, best_index: int) -> int:
    """The town a bare name means rather than what outscored it.

    - "north of Gao": a bare name that is both a province and the town that
      is its seat is the town (the writer says "Gao region" for the other);
    - "Lachin district ... the hospital in Lachin": a name the writer also
      gives with its administrative word is, bare, the town;
    - "New York": a city of millions so named, not a village abroad that is
      known by that name only in another spelling.
    """
    entries = group.entries
    best = entries[best_index]
    if group.hint is not None or group.hint_class != "place":
        return best_index
    scores = group.scores
    if best.feature in ("admin1", "admin2") or (
        group.beside_admin and best.feature != "settlement"
    ):
        towns = [
            i
            for i, e in enumerate(entries)
            if e.feature == "settlement"
            and e.country_code == best.country_code
            and _name_likeness(e.name, group.key) > 0
            and (
                (group.beside_admin and e.population >= 1000)
                or best.feature == "admin1"
                and (
                    e.admin1 == best.name
                    or _distance_km(e.lat, e.lon, best.lat, best.lon) < 60
                )
            )
        ]
        if towns and best.feature != "country":
            town = max(towns, key=scores.__getitem__)
            if scores[town] >= scores[best_index] - 0.15:
                return town
    if (
        best.feature == "settlement"
        and best.population < 50_000
        and _exact_name(best.name, group.key) is False
    ):
        cities = [
            i
            for i, e in enumerate(entries)
            if e.feature == "settlement"
            and e.population >= _RENAMED_CITY_POPULATION
            and _exact_name(e.name, group.key)
        ]
        if cities:
            return max(cities, key=lambda i: entries[i].population)
    return best_index


def _world_city(entry: GazetteerEntry, key: str) -> bool:
    """ "New York", "Hong Kong": ordinary words, but a city of millions so named."""
    return (
        len(key.split()) > 1
        and entry.feature == "settlement"
        and entry.population >= _RENAMED_CITY_POPULATION
        and _exact_name(entry.name, key)
    )


def _town_so_named(entry: GazetteerEntry, key: str) -> bool:
    """True for the town "Spokane Valley": its own name holds the generic word."""
    words = key.split()
    return (
        len(words) > 1
        and (words[-1] in wl.GENERIC_AFTER or words[0] in wl.GENERIC_BEFORE)
        and _exact_name(entry.name, key)
    )


def _exact_name(name: str, key: str) -> bool:
    """True when the entry is named so, its generic word aside ("New York City")."""
    words = normalize_place_name(name).split()
    if " ".join(words) == key:
        return True
    return (
        len(words) > 1 and words[-1] in wl.GENERIC_AFTER and " ".join(words[:-1]) == key
    )


def _near_enough_abroad(
    best: GazetteerEntry,
    group: _Group,
    anchors: Sequence[tuple[float, float]],
    named: set[str | None],
    dominant: str | None,
) -> bool:
    """A village in a country the story never names must lie near its places.

    Two villages of a Sri Lankan story that are also towns in India make
    India "a story country" for each other; only being near the story's other
    places (a border crossing's far side) keeps such a pick.
    """
    if (
        best.feature in ("settlement", "admin2")
        and best.country_code != dominant
        and best.population < FOREIGN_CITY_POPULATION
        and not _exact_name(best.name, group.key)
        and (not anchors or _nearest_km(best.lat, best.lon, anchors) > _FAR_KM / 2)
    ):
        # "Sango" in a Zimbabwe story that thanks Japan is not a Japanese
        # town known by that name only among its alternates.
        group.keep = True
        return False
    if (
        best.feature != "settlement"
        or best.population >= FOREIGN_CITY_POPULATION
        or not named
        or best.country_code in named
        or best.country_code == dominant
    ):
        return True
    near = bool(anchors) and _nearest_km(best.lat, best.lon, anchors) <= 150.0
    group.keep = not near
    return near


def _agree_on_variants(groups: list[_Group]) -> None:
    """Spelling variants (Aghdam, Agdam, Ağdam) share candidates: make them agree.

    Groups of one kind whose candidate lists overlap pick, together, the entry
    with the highest summed score; each group's own score for it is raised to
    its best so that it wins there too.
    """
    by_entry: dict[str, list[_Group]] = defaultdict(list)
    for group in groups:
        if group.alias is None:
            for entry in group.entries:
                by_entry[entry.gazetteer_id].append(group)
    seen: set[tuple[str, str]] = set()
    for group in groups:
        if group.ident in seen or group.alias is not None or not group.entries:
            continue
        component = _component(group, by_entry)
        seen.update(g.ident for g in component)
        if len(component) < 2:
            continue
        totals: dict[str, float] = defaultdict(float)
        for member in component:
            for entry, score in zip(member.entries, member.scores, strict=True):
                totals[entry.gazetteer_id] += score
        winner = max(totals, key=totals.__getitem__)
        for member in component:
            ids = [e.gazetteer_id for e in member.entries]
            if winner in ids:
                index = ids.index(winner)
                member.scores[index] = max(member.scores) + 0.01


def _component(group: _Group, by_entry: dict[str, list[_Group]]) -> list[_Group]:
    component = [group]
    todo = [group]
    members = {group.ident}
    while todo:
        current = todo.pop()
        for entry in current.entries:
            for other in by_entry[entry.gazetteer_id]:
                if other.ident in members or other.hint_class != group.hint_class:
                    continue
                members.add(other.ident)
                component.append(other)
                todo.append(other)
    return component


def _anchors(
    groups: Sequence[_Group],
) -> list[tuple[tuple[str, str], tuple[float, float]]]:
    """Points of the places the story surely names (for proximity)."""
    anchors = []
    for group in groups:
        if group.alias is not None:
            anchors.append((group.ident, (group.alias.lat, group.alias.lon)))
            continue
        if not group.entries or group.weak:
            continue
        if len(group.entries) == 1:
            best = group.entries[0]
            if best.feature not in ("country", "continent"):
                anchors.append((group.ident, (best.lat, best.lon)))
            continue
        ranked = sorted(
            zip(group.scores, group.entries, strict=True), key=lambda p: -p[0]
        )
        best_score, best = ranked[0]
        if best.feature in ("country", "continent"):
            continue  # a country's centre says nothing about where in it
        margin = best_score - (ranked[1][0] if len(ranked) > 1 else 0.0)
        if len(ranked) == 1 or margin > 0.15:
            anchors.append((group.ident, (best.lat, best.lon)))
    return anchors


def _score(
    entry: GazetteerEntry,
    group: _Group,
    countries: dict[str, float],
    top_weight: float,
    anchors: Sequence[tuple[float, float]],
) -> float:
    if entry.feature == "settlement":
        pop_score = min(1.0, math.log10(max(entry.population, 0) + 1) / 7.0)
        kind = 0.15 + 0.6 * pop_score
    else:
        kind = _KIND_SCORE.get(entry.feature, 0.35)
    if entry.country_code is None:
        in_country = 0.5
    elif top_weight > 0:
        in_country = countries.get(entry.country_code, 0.0) / top_weight
    else:
        in_country = 0.0
    score = 0.3 * kind + 0.45 * in_country + 0.15 * _hint_fit(entry, group.hint)
    if entry.feature in ("country", "continent"):
        score += 0.25  # proximity says nothing against a country
        if group.hint is None:
            score += 0.3  # "Chile" is the country, not a village named so
    elif anchors:
        nearest = _nearest_km(entry.lat, entry.lon, anchors)
        closeness = 1.0 - min(1.0, max(0.0, nearest - _NEAR_KM) / (_FAR_KM - _NEAR_KM))
        score += 0.25 * closeness
    # Named (nearly) so, not only through an alternate name: the town
    # "Aghdam" for "Agdam", the department "Antioquia" rather than the town
    # "Santa Fe de Antioquia".
    score += 0.08 * _name_likeness(entry.name, group.key)
    return score


@lru_cache(maxsize=65536)
def _name_likeness(name: str, key: str) -> float:
    words = normalize_place_name(name).split()
    if " ".join(words) == key:
        return 1.0  # "Spokane Valley" is the town so named, not Spokane
    while len(words) > 1 and words[-1] in wl.GENERIC_AFTER:
        words.pop()
    similarity = fuzz.ratio(" ".join(words), key) / 100
    return 1.0 if similarity >= 0.75 else 0.0


def _hint_fit(entry: GazetteerEntry, hint: str | None) -> float:
    feature = entry.feature
    if hint is None or hint == "area":
        # A bare name is the town rather than the province named after it.
        return {"settlement": 0.8, "country": 1.0, "continent": 1.0}.get(feature, 0.45)
    if hint in wl.PROVINCE_HINTS:
        return {"admin1": 1.0, "admin2": 0.6, "region": 0.6}.get(feature, 0.3)
    if hint in wl.DISTRICT_HINTS:
        return {"admin2": 1.0, "admin1": 0.8, "region": 0.4}.get(feature, 0.4)
    if hint in wl.SETTLEMENT_HINTS:
        return 1.0 if feature == "settlement" else 0.1
    if hint in wl.FEATURE_HINTS:
        return {"feature": 1.0, "region": 0.8}.get(feature, 0.3)
    return 0.5


def _acceptable(
    best: GazetteerEntry,
    group: _Group,
    countries: dict[str, float],
    anchors: Sequence[tuple[float, float]] = (),
) -> bool:
    """Never a namesake abroad: outside the story's countries only the famous."""
    if group.hint in wl.SETTLEMENT_HINTS and best.feature != "settlement":
        return False  # "the village of Kangarli" is no district of that name
    names_feature = _names_feature(group)
    if names_feature and best.feature in ("country", "continent"):
        return False  # "the Bosna river" is not Bosnia, "Lake Chad" not Chad
    if (
        (names_feature or group.after_the)
        and best.feature == "settlement"
        and not _town_so_named(best, group.key)
    ):
        # "the Cuito river" is not the town of Cuito 400 km upstream: a river,
        # range or valley goes on its namesake town only when that town lies
        # among the story's other places.
        near = (
            _in_story(best, countries)
            and bool(anchors)
            and _nearest_km(best.lat, best.lon, anchors) <= _FEATURE_ON_TOWN_KM
        )
        group.keep = not near
        return near
    if best.feature in ("country", "continent"):
        return True
    # An ordinary word is a place name only with a place context ("in Geneva",
    # "in Mobile" mid-sentence); otherwise only in the story's own country.
    doubtful = group.weak and not group.strong and not _world_city(best, group.key)
    if not countries:
        # The story names no country: take only what is unambiguous enough.
        return not doubtful or best.population >= 1_000_000
    if _in_story(best, countries):
        return True
    if doubtful or group.hint in wl.SETTLEMENT_HINTS or group.hint_class == "admin":
        return False
    if any(_local(other, countries) for other in group.neighbours):
        group.keep = True
        return False  # "Ain Zara and neighbouring Salah al-Din": not in Iraq
    if best.feature in ("admin1", "region"):
        return True
    return (
        best.feature == "settlement"
        and best.population >= FOREIGN_CITY_POPULATION
        and (
            _exact_name(best.name, group.key)
            or best.population >= _RENAMED_CITY_POPULATION
        )
    )


def _local(group: _Group, countries: dict[str, float]) -> bool:
    """True when a listed neighbour is a place inside the story's countries
    (or a name the gazetteer lacks: a village, most likely)."""
    if not group.entries:
        return not group.weak
    top = group.entries[0]
    return top.feature not in ("country", "continent") and _in_story(top, countries)


_STRICT_FEATURES = frozenset(
    {"river", "mountain", "valley", "lake", "pass", "sea", "gulf", "bay", "cape"}
)


def _names_feature(group: _Group) -> bool:
    """True for a river, range, valley or lake: "X river", "Mount X", "the X"."""
    if group.hint in _STRICT_FEATURES:
        return True
    words = group.key.split()
    return len(words) > 1 and (
        wl.GENERIC_BEFORE.get(words[0]) in _STRICT_FEATURES
        or wl.GENERIC_AFTER.get(words[-1]) in _STRICT_FEATURES
    )


def _confidence(group: _Group, best_index: int, countries: dict[str, float]) -> float:
    scores = group.scores
    best_entry = group.entries[best_index]
    best = scores[best_index]
    others = [s for i, s in enumerate(scores) if i != best_index]
    second = max(others, default=0.0)
    if not others:
        confidence = 0.85
    else:
        confidence = 0.45 + min(0.5, (best - second) * 1.5)
    if countries and _in_story(best_entry, countries):
        confidence += 0.1
    elif countries:
        confidence -= 0.15
    if best_entry.feature in ("country", "continent"):
        confidence = max(confidence, 0.95)
    if group.weak:
        confidence -= 0.1
    return round(max(0.05, min(0.99, confidence)), 3)


def _fuzzy_unknowns(
    groups: list[_Group], gazetteer, countries: dict[str, float]
) -> None:
    """Spellings the gazetteer lacks, matched inside the story's countries only."""
    if not countries:
        return
    # A spelling the gazetteer lacks is matched in the countries the story
    # names (and its main one), not in one that only a namesake voted for.
    named = {
        g.entries[0].country_code
        for g in groups
        if g.entries and g.entries[0].feature == "country"
    }
    dominant = dominant_country(countries)
    codes = sorted(c for c in countries if not named or c in named or c == dominant)
    points = [
        (g.choice.lat, g.choice.lon)
        for g in groups
        if g.choice is not None and g.choice.feature not in ("country", "continent")
    ]
    for group in groups:
        if group.entries or group.alias is not None or group.weak:
            continue
        key = group.key
        words = key.split()
        if len(words) > 1 and words[-1] in wl.GENERIC_AFTER:
            key = " ".join(words[:-1])
        if len(key) < 4:
            continue
        matches = gazetteer.fuzzy(
            key, country_codes=codes, limit=_MAX_CANDIDATES, min_score=0.8
        )
        if not matches:
            continue
        if group.hint in wl.SETTLEMENT_HINTS:
            matches = [m for m in matches if m[0].feature == "settlement"]
        # A near-spelling in a side country ("Etulia" in Moldova, "Tulia" in
        # Texas when the story thanks the US) must lie near the story's places.
        matches = [
            m
            for m in matches
            if m[0].country_code == dominant
            or (points and _nearest_km(m[0].lat, m[0].lon, points) <= _FAR_KM / 2)
        ]
        if not matches:
            continue
        group.entries = [entry for entry, _ in matches]
        group.scores = [score for _, score in matches]
        best, score = matches[0]
        runner_up = matches[1][1] if len(matches) > 1 else 0.0
        same_place_twice = (
            len(matches) > 1
            and _distance_km(best.lat, best.lon, matches[1][0].lat, matches[1][0].lon)
            < 25
        )
        if score >= FUZZY_MIN_SCORE and (score - runner_up >= 0.03 or same_place_twice):
            group.choice = best
            group.confidence = round(min(0.7, score - 0.25), 3)
            group.provider = "gazetteer-fuzzy"


# -- results -----------------------------------------------------------------


def _results(
    groups: Sequence[_Group], countries: dict[str, float]
) -> list[ResolvedPlace]:
    merged: dict[tuple[str, object], tuple[list[PlaceMention], _Group]] = {}
    order: list[tuple[str, object]] = []
    for group in groups:
        if group.choice is None and group.entries and not (group.strong or group.keep):
            # Only a namesake abroad, and nothing in the text says "place":
            # a surname or a brand ("Smith and Wesson"), not a place here.
            continue
        if (
            group.choice is None
            and group.weak
            and group.entries
            and not any(_in_story(e, countries) for e in group.entries)
        ):
            continue
        # One entry is one place ("Quang Tri" and "Quang Tri province", "Grmeč"
        # and "Grmeč mountain"), but a feature or a district placed on the town
        # it is named after stays apart from the town (Jaffna peninsula, "the
        # Sudzha district" beside "the town of Sudzha").
        ident = (
            (
                group.choice.gazetteer_id,
                (group.hint_class == "feature" and group.choice.feature != "feature")
                or (
                    group.hint_class == "admin"
                    and group.choice.feature == "settlement"
                ),
            )
            if group.choice is not None
            # Unplaced, "the Dniester" and "the Dniester river" are one place.
            else group.ident
            if group.hint_class == "admin"
            else ("", group.key)
        )
        if ident not in merged:
            merged[ident] = ([], group)
            order.append(ident)
        merged[ident][0].extend(group.mentions)
    places = []
    for ident in order:
        mentions, group = merged[ident]
        mentions.sort(key=lambda m: m.start)
        candidates = _candidates(group)
        if group.choice is None:
            places.append(
                ResolvedPlace(
                    mentions=tuple(mentions), status="unresolved", candidates=candidates
                )
            )
            continue
        hint = next((m.hint for m in mentions if m.hint), None)
        result = GeocodeResult(
            entry=group.choice,
            precision=precision_of(group.choice, hint),
            confidence=group.confidence,
            provider=group.provider,
            candidates=candidates,
        )
        places.append(
            ResolvedPlace(
                mentions=tuple(mentions),
                status="resolved",
                result=result,
                candidates=candidates,
            )
        )
    places.sort(key=lambda p: p.mentions[0].start)
    return places


#: What may stand between an unknown place and the place that contains it:
#: its own generic noun ("Tugh village", "the Bulengo displacement camp"),
#: then ", in", "in", "of", "(",
#: "near", "outside", then a few words that only describe the container
#: ("the neighbouring district of", "rural").
_GENERIC_NOUNS = "|".join(
    re.escape(noun)
    for noun in sorted(
        {*wl.GENERIC_AFTER, *wl.GENERIC_OF, "area", "camp", "locality", "territory"},
        key=len,
        reverse=True,
    )
)
_CONTAINER_LINK = re.compile(
    rf"(?:(?:\s+[a-z-]+)?\s+(?:{_GENERIC_NOUNS}))?"  # "displacement camp"
    r"(?P<link>\s*,\s*(?:(?:in|near|outside|of)\s+)?|\s+(?:in|of|near|outside|"
    r"close\s+to|on\s+the\s+outskirts\s+of)\s+|\s*\(\s*"
    # "Sidakan, a village in Soran district"; "Kapytolivka, on the edge of Izium"
    rf"|,\s+(?:a|an|the)\s+(?:[a-z-]+\s+)?(?:{_GENERIC_NOUNS}|zone)\s+(?:in|of|near)\s+"
    r"|,\s+(?:rural\s+zone|on\s+the\s+[a-z]+\s+edge)\s+of\s+"
    # "west of Goma", "a few kilometres from Khar": near it
    r"|,?\s+(?:(?:a\s+few|(?:about|some|around|nearly|roughly)\s+\d+|\d+)\s*"
    r"(?:kilometres|kilometers|km|miles)\s+)?"
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|from|outside)\s+)"
    r"(?:(?:the|its|neighbouring|neighboring|nearby|remote|border|same|rural|"
    r"northern|southern|eastern|western|central|north|south|east|west|of|"
    rf"{_GENERIC_NOUNS})\s+){{0,4}}"
)
#: A sentence that opens on a place sets the scene for the places after it:
#: "In Kilinochchi district, a woman ... near Pallai"; "Bandiagara circle:
#: a bus struck an IED near Songho". The opener before the container ...
_FRAME_OPENER = re.compile(
    r"(?:^|[.!?][\"”’)]?\s+|\n\s*|\s[—–-]\s+)(?:[A-Z][a-z]+(?:\s+[a-z]+)?,\s+)?"
    r"(?:(?:[Aa]lso|[Ee]lsewhere|[Ff]urther\s+[a-z]+)\s+)?(?P<in>[Ii]n\s+(?:the\s+)?"
    r"(?:neighbouring\s+|neighboring\s+|nearby\s+)?)?$"
)
#: ... and what closes the opening after it.
_FRAME_CLOSER = re.compile(rf"(?:\s+(?:{_GENERIC_NOUNS}|circle))?\s*[,:]")
_SENTENCE_END = re.compile(r"[.!?](?=[\"”’)]?\s|$)|\n")
#: Between two unknown places of one list ("Nagarkovil and Kilali").
_LISTED_WITH = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
#: After a town taken as a container on a bare comma: the town is one of a
#: list ("Kinjačka, Bobovac and Sisak"), not where the first one lies.
_LIST_GOES_ON = re.compile(
    r"\s*(?:and|or|&)\b|\s*,\s*(?:[A-Z][\w'-]*\s+){1,3}(?:and|or)\b|\s*,\s*[A-Z][\w'-]*,"
)
#: Containers by the kind of their entry: an area gives precision 3, a town 2.
#: Countries and continents are too wide to show a village in, and a river or
#: a mountain range has no point that a place "in" it lies near.
_CONTAINER_PRECISION: dict[str, Precision] = {
    "admin1": 3,
    "admin2": 3,
    "region": 3,
    "settlement": 2,
}
_CONTAINER_MAX_GAP = 60


def _approximate_unknowns(
    text: str, places: list[ResolvedPlace]
) -> list[ResolvedPlace]:
    """Give each unresolved place the area or town the text puts it in or near.

    "the village of Ta Krok in Samlout district": Ta Krok stays unresolved,
    with Samlout district's point as its approximation (precision 3). The
    container must follow one of the place's mentions closely (see
    ``_CONTAINER_LINK``); a town counts only when it does not start a list.
    A place whose container is itself unresolved but approximated takes the
    container's approximation ("X, Y district, Z province"). A sentence that
    opens on an area or town ("In Kilinochchi district, ...") is the
    container of the unresolved places it names. A container's country must
    be another place's too: "the Mayo-Sava" read as Ireland's County Mayo,
    alone in a story about Cameroon, places nothing.
    """
    # Counted once, and mentions searched by bisection below: a long text may
    # name its places thousands of times.
    places_per_country = Counter(
        place.result.entry.country_code for place in places if place.result is not None
    )
    containers = {
        index: GeocodeResult(
            entry=place.result.entry,
            precision=_CONTAINER_PRECISION[place.result.entry.feature],
            confidence=round(place.result.confidence * 0.5, 3),
            provider="container",
        )
        for index, place in enumerate(places)
        if place.result is not None
        and place.result.entry.feature in _CONTAINER_PRECISION
        and places_per_country[place.result.entry.country_code] > 1
    }
    if not containers:
        return places
    spans = sorted(
        (mention.start, mention.end, index)
        for index, place in enumerate(places)
        for mention in place.mentions
    )
    approximations: dict[int, GeocodeResult] = {}
    unknown = [i for i, place in enumerate(places) if place.status == "unresolved"]
    # Right to left, so that a chain's outer links are known first.
    for index in sorted(unknown, key=lambda i: -places[i].mentions[0].start):
        found = _container_of(text, places, index, spans, containers, approximations)
        if found is not None:
            approximations[index] = found
    frames = _scene_frames(text, places, containers)
    frame_starts = [start for start, _, _ in frames]
    for index in unknown:
        if index in approximations or _is_feature(places[index]):
            # A river or a mountain is near a town only where the text says so.
            continue
        first = places[index].mentions[0].start
        at = bisect_right(frame_starts, first) - 1
        if at >= 0 and first < frames[at][1]:
            approximations[index] = frames[at][2]
    return [
        replace(place, approximation=approximations[index])
        if index in approximations
        else place
        for index, place in enumerate(places)
    ]


def _is_feature(place: ResolvedPlace) -> bool:
    return any(m.hint in wl.FEATURE_HINTS for m in place.mentions)


def _container_of(
    text: str,
    places: Sequence[ResolvedPlace],
    index: int,
    spans: Sequence[tuple[int, int, int]],
    containers: dict[int, GeocodeResult],
    approximations: dict[int, GeocodeResult],
) -> GeocodeResult | None:
    """The container that one of the place's mentions is tied to, if any."""
    for mention in places[index].mentions:
        following = bisect_left(spans, (mention.end, -1, -1))
        if following == len(spans):
            continue
        start, end, other = spans[following]
        if start - mention.end > _CONTAINER_MAX_GAP or "\n" in text[
            mention.end : start
        ]:
            continue
        if other in approximations and _LISTED_WITH.fullmatch(text, mention.end, start):
            # "near Nagarkovil and Kilali in Jaffna district": both lie there.
            return approximations[other]
        container = containers.get(other) or approximations.get(other)
        if container is None or (
            # "the Korana river outside Slunj" is near Slunj; a river or an
            # island "in the Magallanes region" has no point there.
            _is_feature(places[index]) and container.entry.feature != "settlement"
        ):
            continue
        link = _CONTAINER_LINK.fullmatch(text, mention.end, start)
        if link is None:
            continue
        bare_comma = text[mention.end : start].strip() == ","
        if container.entry.feature == "settlement" and bare_comma:
            if _LIST_GOES_ON.match(text, end):
                continue
        return container
    return None


def _scene_frames(
    text: str, places: Sequence[ResolvedPlace], containers: dict[int, GeocodeResult]
) -> list[tuple[int, int, GeocodeResult]]:
    """Spans of sentences that open on a container, with its point."""
    frames = []
    for index, container in containers.items():
        for mention in places[index].mentions:
            head = max(0, mention.start - 40)
            opener = _FRAME_OPENER.search(text, head, mention.start)
            closer = _FRAME_CLOSER.match(text, mention.end)
            if opener is None or closer is None:
                continue
            if opener.group("in") is None and (
                not closer.group().endswith(":") or mention.text.isupper()
            ):
                # "BAMAKO, June 3 -" or "KABUL:" is a dateline, where the story
                # was filed; a bare "Y," opening a sentence is its subject.
                continue
            end = _SENTENCE_END.search(text, closer.end())
            frames.append((closer.end(), end.start() if end else len(text), container))
    return sorted(frames, key=lambda frame: frame[0])


def _candidates(group: _Group) -> tuple[Candidate, ...]:
    pairs = list(zip(group.scores, group.entries, strict=False))
    if not pairs and group.alias is not None:
        pairs = [(1.0, group.alias)]
    pairs.sort(key=lambda p: -p[0])
    top = max((s for s, _ in pairs), default=1.0) or 1.0
    return tuple(
        Candidate(
            gazetteer_id=e.gazetteer_id,
            name=e.name,
            country_code=e.country_code,
            lat=e.lat,
            lon=e.lon,
            score=round(max(0.0, min(1.0, s / top if top > 1 else s)), 3),
        )
        for s, e in pairs[:_MAX_CANDIDATES]
    )


def _apply_aliases(
    groups: list[_Group], aliases: AliasLookup, country_code: str | None
) -> list[_Group]:
    kept = []
    for group in groups:
        answer = aliases.lookup(group.key, country_code)
        if answer is NOT_A_PLACE:
            continue
        if isinstance(answer, GazetteerEntry):
            group.alias = answer
        kept.append(group)
    return kept


def _nearest_km(lat: float, lon: float, points: Sequence[tuple[float, float]]) -> float:
    """Distance to the nearest point (equirectangular: close enough to rank)."""
    scale = math.cos(math.radians(lat))
    best = math.inf
    for other_lat, other_lon in points:
        dlon = abs(lon - other_lon)
        if dlon > 180:
            dlon = 360 - dlon
        d2 = (lat - other_lat) ** 2 + (dlon * scale) ** 2
        if d2 < best:
            best = d2
    return math.sqrt(best) * 111.2


def _distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp = p2 - p1
    dl = math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))
