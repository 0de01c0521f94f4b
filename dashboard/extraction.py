"""Articles in, places with roles and facts out: the ``extract`` contract.

The geoparser finds and resolves the places of ``article.text``; this module
adds each place's role, excerpt and facts. Offsets (``start``/``end``) index
``article.text``, which the readers make start with the title, so a place
named only in the title is found too and its span points into the title.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import date
from typing import Any, Protocol

from dashboard import tables
from dashboard.errors import ArticleReadError
from dashboard.facts import (
    SHIFTED,
    DateMention,
    EntryStamp,
    Facts,
    count_casualties,
    count_mines,
    extract_facts,
    find_entry_stamps,
    find_event_date,
    shifts_years,
    since_named_event,
    table_row_counts,
    tells_later_deaths,
)
from dashboard.models import Article, ArticleExtraction, ExtractedPlace, Role
from dashboard.readers import dateline_date, read_article
from dashboard.role_model import (
    PlaceFeatures,
    RoleModel,
    article_features,
    revise_roles,
    shipped_role_model,
)
from dashboard.roles import (
    MAX_OCCURRENCES_JUDGED,
    RoleDecision,
    assign_roles,
    heading_block,
    lead_in_of_row,
)
from dashboard.text import SentenceIndex, make_excerpt
from geodata.models import PlaceMention, ResolvedPlace
from geodata.wordlists import LINE_BULLET, LINE_EMOJI

logger = logging.getLogger(__name__)

MAX_CANDIDATES = 5
# Facts may come from the sentences around the one naming the place ("A mine
# exploded near X. Two men were killed."), but only this far.
_CONTEXT_SENTENCES = 1
# A caption's closing year: "... by district, 2023", "Casualties by province (2024)"
_CAPTION_YEAR = re.compile(r"[,(–-][ \t]*((?:19|20)\d\d)[ \t]*\)?[ \t]*$")
_STATUS_ON_DAY = re.compile(
    r"\b(?:status\s+(?:at|as\s+of|on)|as\s+(?:of|at))\s+\d", re.IGNORECASE
)
# A line that is one item of a list: "- Clearance continues in Taiz governorate.",
# or a row of a table: "Pakistan – 6 – 11".
_BULLET = re.compile(
    # (a post's item may open on an emoji: "🔴 Koro cercle – Thu 10/10: ...")
    rf"[ \t]*(?:{LINE_BULLET}[ \t]|{LINE_EMOJI}[ \t]*(?=\S)|"
    r"[A-Z][^\n.]{0,60}?[ \t][-–—|][ \t][^\n.]*\d[^\n.]*$)",
    re.MULTILINE,
)


class Geoparser(Protocol):
    """Finds and resolves the places a text names (geodata.geoparser.Geoparser)."""

    def parse(self, text: str) -> list[ResolvedPlace]: ...


def extract_article(
    article: Article,
    *,
    geoparser: Geoparser,
    role_model: RoleModel | None = None,
    rules_only: bool = False,
) -> tuple[ExtractedPlace, ...]:
    """Return one :class:`ExtractedPlace` per distinct place ``article`` names.

    ``name``, ``start``, ``end`` and ``excerpt`` come from the occurrence that
    gave the role; facts from that occurrence's sentence (and, for a place
    with an event role, the neighbouring sentences when it lacks them).
    Roles are the rules' with the role model's second opinion
    (:mod:`dashboard.role_model`; the shipped one unless ``role_model`` is
    given); ``rules_only`` leaves the rules' roles alone.
    """
    text = article.text
    ruled = _ruled_places(article, geoparser)
    if ruled is None:
        return ()
    resolved, sentences, spans, kinds, decisions = ruled
    title_end = _title_end(article)
    model = None if rules_only else role_model or shipped_role_model()
    if model is not None:
        features = article_features(
            text, sentences, spans, decisions, kinds=kinds, title_end=title_end
        )
        decisions = revise_roles(model, features, decisions)
    # "JAMMU, Jun 10: ... this afternoon" published on the 11th: the story's
    # "today" is its dateline's day
    filed = (
        dateline_date(text, published=article.published) if article.published else None
    )
    if filed is not None and 0 < (article.published - filed).days <= 3:
        article = replace(article, published=filed)
    stamps = find_entry_stamps(text, published=article.published)
    records = tables.may_hold_records(text)  # tables set in columns, forms
    places: list[ExtractedPlace] = []
    names_taken: set[str] = set()
    headlines = _headline_repeats(text, article.title, title_end)
    for place, decision in zip(resolved, decisions, strict=True):
        chosen = _occurrences_with(decision)
        # A headline states the role but rarely the facts: prefer the body
        # (a web page repeats its headline above the story: still a headline).
        in_body = [
            i
            for i in chosen
            if place.mentions[i].start >= title_end
            and not _inside(place.mentions[i].start, headlines)
        ]
        chosen = in_body + [i for i in chosen if i not in in_body]
        # "What happened near Kobzartsi last month?" asks; the answer's "On 27
        # April ..." tells: a question's facts come after the body's others
        chosen.sort(
            key=lambda i: (
                i not in in_body,
                _in_question(text, sentences, place.mentions[i].start),
            )
        )
        mention = place.mentions[chosen[0]]
        offsets = [place.mentions[i].start for i in chosen]
        if not in_body:
            # The headline alone gave the role ("mine injures two in Argelia"):
            # the body's own sentences about the place tell that event best.
            body = [
                m.start
                for m in place.mentions
                if m.start >= title_end and not _inside(m.start, headlines)
            ]
            if not body:
                # "boy wounded near Kupiansk" over "in the Kupiansk district":
                # the body names it inside another place's name
                body = _body_occurrences(text, mention.text, title_end)
            offsets = body[:3] + offsets
        lead = (
            lead_in_of_row(text, mention.start, mention.end)
            if decision.role_from_anaphor
            else None  # (only a role given from elsewhere can be a lead-in's)
        )
        if lead is not None and lead[0] in decision.anaphor_offsets:
            # "found and neutralised:" over "- Lachin district – 26 mines":
            # the row counts its own items; its lead-in tells the rest (the day)
            offsets = [*offsets, *decision.anaphor_offsets]
        elif decision.role_from_anaphor:
            # "Deminers destroyed 212 mines near the town on 4 May": that
            # sentence tells the event; the one naming the town only names it.
            offsets = [*decision.anaphor_offsets, *offsets]
        headed = heading_block(text, mention.start, mention.end)
        block = None
        if headed is not None and headed[2] == decision.role:
            # "📍 Fada, Ennedi Ouest" over "A herder was injured ... on 9 May":
            # the block under a caption's place line tells its event
            block = headed[:2]
            offsets = [text.find("\n", mention.end) + 1, *offsets]
        facts = _merged_facts(
            article,
            sentences,
            offsets,
            decision.role,
            extra_offsets=(
                () if decision.role_from_anaphor else decision.anaphor_offsets
            ),
            stamps=stamps,
            block=block,
        )
        if records:
            facts = _with_table_rows(text, place, decision, facts, article.published)
        untold = facts.killed is None and facts.injured is None
        if decision.role == "incident" and untold:
            row = place.mentions[decision.span_index]
            facts = _with_table_columns(text, row, facts)
        end = _end_with_hint(text, mention)
        start = mention.start
        if text[start:end].casefold() in names_taken:
            # Two places written alike ("the town of Aghdam", "the district of
            # Aghdam"): one mention per name per article, so name this one
            # with the generic word written before it.
            start = _start_with_hint(text, mention)
        names_taken.add(text[start:end].casefold())
        places.append(
            _extracted(
                place,
                name=text[start:end] or mention.text,
                start=start,
                end=end,
                excerpt=make_excerpt(text, start, end, sentences=sentences),
                role=decision.role,
                facts=facts,
            )
        )
    return tuple(places)


_Ruled = tuple[
    list[ResolvedPlace],
    SentenceIndex,
    list[list[tuple[int, int]]],
    list[str | None],
    list[RoleDecision],
]


def _ruled_places(article: Article, geoparser: Geoparser) -> _Ruled | None:
    """The article's places, their occurrences and kinds, and the rules' roles."""
    text = article.text
    resolved = [place for place in geoparser.parse(text) if place.mentions]
    if not resolved:
        return None
    sentences = SentenceIndex(text)
    spans = [
        [(mention.start, mention.end) for mention in place.mentions]
        for place in resolved
    ]
    kinds = [place.result.entry.feature if place.result else None for place in resolved]
    decisions = assign_roles(text, spans, sentences=sentences, kinds=kinds)
    return resolved, sentences, spans, kinds, decisions


def role_model_inputs(article: Article, *, geoparser: Geoparser) -> list[PlaceFeatures]:
    """What the role model reads about each place :func:`extract_article` gives.

    In the same order as its places (one per resolved place); for training.
    """
    ruled = _ruled_places(article, geoparser)
    if ruled is None:
        return []
    _resolved, sentences, spans, kinds, decisions = ruled
    return article_features(
        article.text,
        sentences,
        spans,
        decisions,
        kinds=kinds,
        title_end=_title_end(article),
    )


def extract_file(
    data: bytes,
    file_name: str,
    *,
    geoparser: Geoparser,
    max_bytes: int,
    rules_only: bool = False,
) -> ArticleExtraction:
    """Read and extract one file; a file that cannot be read gives ``.error``.

    Never raises for bad input: the reason ("empty", "not text", "larger than
    20 MB"...) is in the result, so one bad file never stops a batch.
    """
    try:
        article = read_article(data, file_name, max_bytes=max_bytes)
    except ArticleReadError as exc:
        logger.info("not extracted: %s", exc)
        return ArticleExtraction(file=file_name, article=None, error=exc.reason)
    places = extract_article(article, geoparser=geoparser, rules_only=rules_only)
    return ArticleExtraction(file=file_name, article=article, places=places)


def _end_with_hint(text: str, mention: PlaceMention) -> int:
    """Extend a span over the generic word written after it ("Kherson region").

    The geoparser keeps "region" as a hint outside the span; the name shown
    and exported is the surface form as written, which includes it.
    """
    if not mention.hint:
        return mention.end
    match = re.match(
        # The gaps the recogniser accepts before a generic word (space, no-break
        # space, hyphen): a name must include its hint, or "Aghdam\u00a0district"
        # would be named like the town "Aghdam" and the store keep only one.
        rf"(?:[ \t\u00a0]+|-){re.escape(mention.hint)}\b",
        text[mention.end : mention.end + 40],
        re.I,
    )
    return mention.end + match.end() if match else mention.end


def _start_with_hint(text: str, mention: PlaceMention) -> int:
    """Extend a span back over "district of " written before it, if there."""
    if not mention.hint:
        return mention.start
    before = text[max(0, mention.start - 40) : mention.start]
    match = re.search(rf"\b{re.escape(mention.hint)}\s+of\s+(?:the\s+)?$", before, re.I)
    return mention.start - (len(before) - match.start()) if match else mention.start


def _with_table_rows(
    text: str,
    place: ResolvedPlace,
    decision: RoleDecision,
    facts: Facts,
    published: date | None,
) -> Facts:
    """The figures of the table rows or the form that record the place's event.

    "Taiz  Maqbana  19" and "Taiz  Mocha  12" under "Governorate  District
    Survivors": Taiz's 31 injured; a row is read by its header's columns. A
    form's "Location:" takes its "Date of incident:" and its victims.
    """
    given_by = tables.record_at(text, place.mentions[decision.span_index].start)
    if given_by is None or given_by.role != decision.role:
        return facts  # a sentence told the event: its facts stand
    rows = [
        row
        for mention in place.mentions[:MAX_OCCURRENCES_JUDGED]
        if (row := tables.record_at(text, mention.start)) is not None
        and row.role == decision.role
    ]
    told = find_event_date(given_by.caption, published=published)
    year = _CAPTION_YEAR.search(given_by.caption)
    if told is None and year is not None and given_by.event is None:
        # "Table 4.1: Land released and items destroyed by district, 2023"
        value = date(int(year.group(1)), 1, 1)
        told = DateMention(value, "year", *year.span(1), "year")
    if told is not None and (
        # a form's "Date of incident:" dates its event outright
        given_by.event is not None
        # the rows count what happened over the period their caption names
        # ("Q2 2025"); a day there is rather when the document was issued
        or (facts.event_date is None and told.precision != "day")
        # "Remaining minefields, status at 30 September 2025": land still mined
        # on that day
        or (
            facts.event_date is None
            and decision.role == "minefield"
            and _STATUS_ON_DAY.search(given_by.caption) is not None
        )
    ):
        facts = replace(
            facts, event_date=told.value, event_date_precision=told.precision
        )

    def total(values: list[int | None], otherwise: int | None) -> int | None:
        given = [value for value in values if value is not None]
        return sum(given) if given else otherwise

    if decision.role == "incident":
        return replace(
            facts,
            killed=total([row.killed for row in rows], facts.killed),
            injured=total([row.injured for row in rows], facts.injured),
            mines=None,
        )
    if decision.role == "clearance":
        return replace(facts, mines=total([row.mines for row in rows], facts.mines))
    return facts


def _with_table_columns(text: str, mention: PlaceMention, facts: Facts) -> Facts:
    """ "Iran – 3 – 4" under "(country – killed – injured):": the row's toll."""
    lead = lead_in_of_row(text, mention.start, mention.end)
    if lead is None:
        return facts
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.start)
    row = text[line_start : line_end if line_end >= 0 else len(text)]
    killed, injured = table_row_counts(row, text[lead[0] : lead[1]])
    if killed is None and injured is None:
        return facts
    return replace(facts, killed=killed, injured=injured)


def _in_question(text: str, sentences: SentenceIndex, offset: int) -> bool:
    """Whether the sentence holding ``offset`` is a question."""
    index = sentences.index_at(offset)
    if index < 0:
        return False
    start, end = sentences.spans[index]
    return text[start:end].rstrip().endswith("?")


def _occurrences_with(decision: RoleDecision) -> list[int]:
    if not decision.occurrence_roles:
        return [decision.span_index]
    return [
        i for i, role in enumerate(decision.occurrence_roles) if role == decision.role
    ]


def _body_occurrences(text: str, name: str, title_end: int) -> list[int]:
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
    return [m.start() for m in pattern.finditer(text, title_end)]


def _headline_repeats(
    text: str, title: str | None, title_end: int
) -> list[tuple[int, int]]:
    """The lines after the title that repeat it word for word (a page's headline)."""
    headline = (title or "").strip()
    if not headline:
        return []
    repeats = []
    position = text.find(headline, title_end)
    while position >= 0:
        repeats.append((position, position + len(headline)))
        position = text.find(headline, position + 1)
    return repeats


def _inside(offset: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in spans)


def _title_end(article: Article) -> int:
    title = article.title
    if title and article.text.startswith(title):
        return len(title)
    return 0


def _merged_facts(
    article: Article,
    sentences: SentenceIndex,
    offsets: list[int],
    role: Role,
    *,
    extra_offsets: Sequence[int] = (),
    stamps: Sequence[EntryStamp] = (),
    block: tuple[int, int] | None = None,
) -> Facts:
    """Return the facts of the first occurrence, gaps filled from the others.

    ``extra_offsets`` are sentences that speak of the place without naming it
    ("the municipality"); they fill what the named ones leave open.
    ``block`` bounds the context of the occurrences inside it (a caption's
    place line and what it heads).
    """

    def inside(offset: int) -> tuple[int, int] | None:
        return block if block is not None and block[0] <= offset < block[1] else None

    merged = _facts_for(
        article, sentences, offsets[0], role, stamps, within=inside(offsets[0])
    )
    for offset in [*offsets[1:4], *extra_offsets[:3]]:
        other = _facts_for(
            article, sentences, offset, role, stamps, within=inside(offset)
        )
        # killed and injured are one event's toll: never half from another,
        # but a fuller telling of the same toll ("killed nine" in a summary,
        # "killing nine passengers and injuring six" in the story) wins
        told_toll = (
            merged.killed is not None or merged.injured is not None
        ) and not _extends_toll(other, merged)
        merged = Facts(
            event_date=merged.event_date or other.event_date,
            event_date_precision=(
                merged.event_date_precision
                if merged.event_date
                else other.event_date_precision
            ),
            killed=merged.killed if told_toll else other.killed,
            injured=merged.injured if told_toll else other.injured,
            mines=merged.mines if merged.mines is not None else other.mines,
            device=merged.device or other.device,
            victims=merged.victims or other.victims,
        )
    return merged


def _facts_for(
    article: Article,
    sentences: SentenceIndex,
    offset: int,
    role: Role,
    stamps: Sequence[EntryStamp] = (),
    within: tuple[int, int] | None = None,
) -> Facts:
    text = article.text
    index = sentences.index_at(offset)
    if index < 0:
        return Facts()
    start, end = sentences.spans[index]
    sentence = text[start:end]
    if role == "mention":
        return Facts()  # a mention reports no event, so it carries no event facts
    # (the place's own offset: a chat's "[20/01 08:14] A boy was killed ..."
    # holds its stamp inside the sentence)
    stamp = _entry_at(stamps, max(start, offset))
    published = article.published
    if stamp is not None and stamp.precision == "day":
        published = stamp.value  # "this morning" in a post is the post's day
    low = max(0, index - _CONTEXT_SENTENCES)
    high = min(len(sentences.spans), index + _CONTEXT_SENTENCES + 1)
    if offset < _title_end(article):
        # A headline's facts are told in the lead: the first sentences after it.
        low, high = index + 1, min(len(sentences.spans), index + 3)
    bullet = _BULLET.match(text, text.rfind("\n", 0, start) + 1)
    context = " ".join(
        text[s:e]
        for i, (s, e) in enumerate(sentences.spans[low:high], low)
        # (another entry of a log tells another day's events, another bullet
        # of a list of key points another event)
        if i != index
        and (stamp is None or stamp.start <= s < stamp.end)
        and (within is None or within[0] <= s < within[1])
        and not (bullet and "\n" in text[min(s, start) : max(e, end)])
    )
    anchor = None
    shift = SHIFTED.search(sentence)
    if shift:
        # "Two days earlier, ...": counted from the last day told before it;
        # "two days before the blast" from the blast's, not from the day its
        # story was told ("the supervisor said on Tuesday")
        names_event = (shift.group("dir") or "").lower() == "before" or (
            " the " in shift.group()
        )
        for _, told in _dates_told_before(
            text,
            sentences,
            index,
            published,
            limit=_SHIFT_LOOK_BACK_SENTENCES,
            stand_ins_ok=not names_event,
        ):
            # (a year counted from a year: "In 2008 ... the next year")
            if told.precision == "day" or shifts_years(shift):
                anchor = told.value
                break
    told_year = _year_of_the_year(text, start, end, published)
    if told_year is not None:
        # "The Monitor recorded six casualties in 2023 ... a man lost a leg in the
        # second quarter of the year": the year the paragraph is about
        published = told_year
    facts = extract_facts(
        sentence,
        context=context,
        published=published,
        role=role,
        anchor=anchor,
    )
    facts = _with_own_clause(facts, sentence, offset - start, published, role)
    facts = _with_rest_of_toll(facts, text, sentences, index, role)
    since = since_named_event(sentence, text, start, published=published)
    if since is not None:
        # "Since the ceasefire, engineers have removed 24,000 items", the
        # ceasefire dated before: its day starts the period, not a day nearby
        facts = replace(
            facts, event_date=since.value, event_date_precision=since.precision
        )
    if (
        role == "incident"
        and stamp is None
        and offset >= _title_end(article)
        and not _dates_its_event(sentence, context, published, anchor)
    ):
        # "PRESENTER: ... killed on Sunday ... Sokha, what happened?
        # CORRESPONDENT: Thank you. The two men were ploughing ... when the
        # tractor set off the mine": the blast told a few sentences before
        told = _day_of_blast_told_before(text, sentences, index, published)
        if told is not None:
            facts = replace(
                facts, event_date=told.value, event_date_precision=told.precision
            )
    if facts.event_date is None and stamp is not None:
        # an entry that states no date of its own happened on its stamp's
        facts = replace(
            facts, event_date=stamp.value, event_date_precision=stamp.precision
        )
    if role == "conference":
        # a meeting or a funeral counts no casualties and no mines of its own
        facts = replace(facts, killed=None, injured=None, mines=None, victims=())
    if (
        facts.event_date is not None
        and article.published is not None
        and facts.event_date > article.published
    ):
        # "to clear the rest by 31 December 2030", "the road reopens on 26
        # April": what is still to come has no event date yet
        facts = replace(facts, event_date=None, event_date_precision=None)
    return facts


# How far back "two days earlier" looks for its day, and an undated account
# of a blast for the day the blast was told.
_SHIFT_LOOK_BACK_SENTENCES = 6
_BLAST_LOOK_BACK_SENTENCES = 4


def _dates_told_before(
    text: str,
    sentences: SentenceIndex,
    index: int,
    published: date | None,
    *,
    limit: int,
    stand_ins_ok: bool = True,
) -> Iterator[tuple[str, DateMention]]:
    """The sentences before ``index`` that date something, nearest first."""
    for previous in range(index - 1, max(-1, index - 1 - limit), -1):
        start, end = sentences.spans[previous]
        told_sentence = text[start:end]
        told = find_event_date(
            told_sentence, published=published, stand_ins_ok=stand_ins_ok
        )
        if told is not None:
            yield told_sentence, told


def _dates_its_event(
    sentence: str, context: str, published: date | None, anchor: date | None
) -> bool:
    """Whether the sentence or its neighbours state an event's date.

    The day something was told or a pluperfect's date ("a plot the family had
    bought only last year") does not count: it dates no event.
    """
    return any(
        find_event_date(part, published=published, anchor=anchor, stand_ins_ok=False)
        is not None
        for part in (sentence, context)
    )


def _day_of_blast_told_before(
    text: str, sentences: SentenceIndex, index: int, published: date | None
) -> DateMention | None:
    """The date of the blast told just before sentence ``index``, if any.

    The nearest earlier sentence that dates an event decides: when it counts
    casualties it told the blast this sentence goes on about; when it counts
    mines it told other work and nothing is lent. A dated sentence that
    counts neither ("our correspondent has been there today") is passed over.
    """
    for told_sentence, told in _dates_told_before(
        text,
        sentences,
        index,
        published,
        limit=_BLAST_LOOK_BACK_SENTENCES,
        stand_ins_ok=False,
    ):
        killed, injured = count_casualties(told_sentence)
        if killed is not None or injured is not None:
            return told
        if count_mines(told_sentence) is not None:
            return None
    return None


def _entry_at(stamps: Sequence[EntryStamp], offset: int) -> EntryStamp | None:
    """The log entry holding ``offset`` (a log may hold thousands: bisect)."""
    position = bisect_right(stamps, offset, key=lambda stamp: stamp.start) - 1
    if position < 0 or offset >= stamps[position].end:
        return None
    return stamps[position]


# A sentence that tells another blast, or a running total, is no rest of a toll.
_ANOTHER_EVENT = re.compile(
    r"\b(?:explod\w*|detonat\w*|struck|strikes|hit|stepp\w*|ran\s+over|set\s+off|"
    r"went\s+off|trigger\w*|activat\w*|separate\w*|earlier|later|since|"
    # (an age, "his nine-year-old brother", tells no other time)
    r"(?<!-)(?:year|month|week)(?!-)|another\s+(?:blast|incident|accident|explosion))\b",
    re.IGNORECASE,
)


# "during the year", "in the first quarter of the year": the year told before,
# not necessarily the publication's ("this year" and "last year" are)
_THE_YEAR = re.compile(
    r"\b(?:of|during|over|in|throughout|for)\s+the\s+year\b(?!\s+(?:before|after|ahead))",
    re.IGNORECASE,
)
_YEAR_WRITTEN = re.compile(r"\b(?:19|20)\d\d\b")


def _year_of_the_year(
    text: str, start: int, end: int, published: date | None
) -> date | None:
    """The end of the year "the year" means, when its paragraph wrote an earlier one.

    None unless the sentence says "the year" without writing a year, and the
    paragraph before it (up to 600 characters back) wrote one before the
    publication's.
    """
    if published is None:
        return None
    sentence = text[start:end]
    if not _THE_YEAR.search(sentence) or _YEAR_WRITTEN.search(sentence):
        return None
    paragraph_start = text.rfind("\n\n", max(0, start - 600), start)
    before = text[max(paragraph_start, start - 600, 0) : start]
    years = [int(year) for year in _YEAR_WRITTEN.findall(before)]
    if not years or years[-1] >= published.year:
        return None
    return date(years[-1], 12, 31)


def _with_rest_of_toll(
    facts: Facts, text: str, sentences: SentenceIndex, index: int, role: Role
) -> Facts:
    """ "Six soldiers were killed when ... struck a device. Two others were wounded."

    A blast's sentence that counts only its dead (or only its wounded) is
    often followed by one that counts the rest; nothing else of it is taken.
    """
    if role != "incident" or (facts.killed is None) == (facts.injured is None):
        return facts
    if index + 1 >= len(sentences.spans):
        return facts
    end = sentences.spans[index][1]
    start, following_end = sentences.spans[index + 1]
    following = text[start:following_end]
    if "\n\n" in text[end:start] or _ANOTHER_EVENT.search(following):
        return facts
    killed, injured = count_casualties(following)
    if facts.killed is None and killed and injured is None:
        return replace(facts, killed=killed)
    if facts.injured is None and injured and killed is None:
        return replace(facts, injured=injured)
    return facts


# "sappers on Friday destroyed 37 shells outside Ripky, and on Saturday a mine
# was removed near Horodnia", "in Tartar, 17 mines were neutralised; in Aghdam,
# 197": several events in one sentence, one per clause.
# (", and wounding 14" goes on telling the same event: no subject of its own)
# ", and Chile, which completed ...": a subject (and its aside) opens a clause
_CLAUSES = re.compile(
    r";|,\s+(?:and|while|but|whereas)\s+(?=(?!\w+(?:ing|ed)\b)\w+,?\s+\w+)"
    # "..., Basra province 8 killed and 19 injured, Diyala province 3 killed":
    # each item of a list of tolls is a clause of its own
    r"|,\s+(?=[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,2}\s+[\d,]+\s+(?:killed|dead|injured|"
    r"wounded)\b)"
)


_HAS_VERB = re.compile(r"\b(?:was|were|is|are|has|have|had|\w+ed)\b")


def _with_own_clause(
    facts: Facts, sentence: str, offset: int, published: date | None, role: Role
) -> Facts:
    """Take the date and counts of the place's own clause when it states them."""
    cuts = [m.end() for m in _CLAUSES.finditer(sentence)]
    # ", and two 250-pound bombs outside X" coordinates objects, not clauses:
    # a part without a verb of its own stays with the one before it
    cuts = [
        cut
        for cut, following in zip(cuts, [*cuts[1:], len(sentence)], strict=False)
        if _HAS_VERB.search(sentence, cut, following)
    ]
    if not cuts:
        return facts
    bounds = [0, *cuts, len(sentence) + 1]
    own = next(
        (
            sentence[a:b]
            for a, b in zip(bounds, bounds[1:], strict=False)
            if a <= offset < b
        ),
        None,
    )
    if own is None:
        return facts
    # (a clause whose only date is when something was told says nothing of when)
    own_facts = extract_facts(own, published=published, role=role, stand_ins_ok=False)
    if own_facts.event_date is not None:
        facts = replace(
            facts,
            event_date=own_facts.event_date,
            event_date_precision=own_facts.event_date_precision,
        )
    if own_facts.mines is not None:
        facts = replace(facts, mines=own_facts.mines)
    if (
        (own_facts.killed is not None or own_facts.injured is not None)
        and not (
            # "a woman was killed near X, and her daughter was injured": the rest
            # of the same toll, not another event's ("two killed near X; boy
            # wounded near Y" tells two)
            ";" not in sentence and _extends_toll(facts, own_facts)
        )
        # "five were injured near X; three of the five later died": one toll
        and not tells_later_deaths(sentence)
    ):
        facts = replace(facts, killed=own_facts.killed, injured=own_facts.injured)
    return facts


def _extends_toll(whole: Facts, part: Facts) -> bool:
    """Whether ``whole`` tells the toll ``part`` tells, and more of it."""
    return (
        (whole.killed, whole.injured) != (part.killed, part.injured)
        and part.killed in (None, whole.killed)
        and part.injured in (None, whole.injured)
    )


def _extracted(
    place: ResolvedPlace,
    *,
    name: str,
    start: int,
    end: int,
    excerpt: str,
    role: Role,
    facts: Facts,
) -> ExtractedPlace:
    candidates = place.candidates or (
        place.result.candidates if place.result is not None else ()
    )
    # An unresolved place the text puts in a district or near a town is shown
    # there, at that precision, under no gazetteer id of its own.
    result = place.result or place.approximation
    entry = result.entry if result is not None else None
    return ExtractedPlace(
        name=name,
        start=start,
        end=end,
        excerpt=excerpt,
        role=role,
        status=place.status,
        lat=entry.lat if entry else None,
        lon=entry.lon if entry else None,
        country_code=entry.country_code if entry else None,
        admin1=entry.admin1 if entry else None,
        precision=result.precision if result is not None else None,
        confidence=float(result.confidence) if result is not None else 0.0,
        gazetteer_id=entry.gazetteer_id if place.result is not None else None,
        event_date=facts.event_date,
        event_date_precision=facts.event_date_precision,
        killed=facts.killed,
        injured=facts.injured,
        mines=facts.mines,
        device=facts.device,
        victims=facts.victims,
        candidates=_candidate_dicts(candidates),
    )


def _candidate_dicts(candidates: Sequence[Any]) -> tuple[dict[str, Any], ...]:
    return tuple(
        {
            "gazetteer_id": candidate.gazetteer_id,
            "name": candidate.name,
            "country_code": candidate.country_code,
            "lat": candidate.lat,
            "lon": candidate.lon,
            "score": candidate.score,
        }
        for candidate in list(candidates)[:MAX_CANDIDATES]
    )
