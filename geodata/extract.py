"""Find the place names in a news text, with their character spans (no model needed).

How it works, in one pass over the text:

1. A compiled regex splits the text into word tokens (hyphens and apostrophes
   inside names kept apart so "Kherson-based" and "Ukraine's" give "Kherson"
   and "Ukraine"). Each token knows whether it is capitalised, in capitals,
   at a sentence start, or on a headline line (where capitals say nothing).
2. Capitalised tokens are joined into runs ("Bosnia and Herzegovina",
   "University of Maryland", "Deputy Chairman Emil Hasanov").
3. Inside a run, organisations (a span holding an organisation word: Trust,
   Ministry, Centre...), events (the Vietnam War) and persons (a title before,
   a known first name, a surname ending, "X said") are set aside.
4. What is left is matched against the gazetteer's names, longest span first
   (``has_name`` is an in-memory check), with country short forms (US, U.S.,
   UK, Britain) and Arabic article variants (al-Hudaydah) on top.
5. Ordinary English words that are places somewhere (Mine, Police, Best),
   first names, demonyms, months and acronyms need supporting context: a
   generic place word ("Mine district"), a country, a big city.
6. Names the gazetteer lacks are still taken when the context says they are
   places: "the village of X", "near X", "in X", "X district", "Mount X",
   and the names listed after one of those ("the villages of X, Y and Z").

The generic word that came with a name ("district", "village", "mountain") is
kept as the mention's ``hint``; capitalised generic words belong to the name
("Kherson Oblast", "Golan Heights", "Mount Igman"), lower-case ones do not
("Aghdam district" gives the mention "Aghdam" with the hint "district").
"""

from __future__ import annotations

import bisect
import re
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress
from typing import Protocol

from geodata import wordlists as wl
from geodata.models import GazetteerEntry, PlaceMention
from geodata.normalize import normalize_place_name

__all__ = ["NameIndex", "extract_place_mentions", "name_index", "place_key"]


class NameIndex(Protocol):
    """The part of :class:`geodata.gazetteer.Gazetteer` that extraction reads."""

    def has_name(self, key: str) -> bool: ...

    def lookup(self, name: str) -> list[GazetteerEntry]: ...


# Abbreviations with dots (U.S., U.K.) or a word: letters, with inner
# apostrophes (Sana'a, Ma'rib, Ukraine's).
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_]+(?:['\u2019\u02bc][^\W\d_]+)*")
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")
# An abbreviated generic noun after a name (its keys are in wl.GENERIC_AFTER).
_ABBREVIATED_GENERIC = re.compile(r"[ \u00a0](r-n|r-on|obl\.|twp|LGA|gov\.)(?![\w-])")
_POSSESSIVE = ("'s", "\u2019s", "\u02bcs")
# What may stand between two tokens of one name.
_JOINING_GAPS = frozenset({" ", "-", "\u00a0", "\u2010", "\u2011"})
_HYPHENS = frozenset({"-", "\u2010", "\u2011"})
# Particles that may stand inside a person's name (Juan de la Cruz, Ali al-Houthi).
_NAME_PARTICLES = frozenset(
    "de del della di da do dos das du la le van von der den bin ibn bint".split()
)
_ROUTE_NOUN_AFTER = re.compile(r"\s+(?:road|axis|highway|route|track|corridor)\b")
_SENTENCE_END = re.compile(r"[.!?:;]|\n")
_AGE = re.compile(r"\s*,\s*(?:aged\s+)?\d{1,3}\s*,")
_DATELINE_END = re.compile(r"\s*(?:,|\(|\u2014|\u2013|-|:|\|)")
# A digest names a country or province in capitals at the head of any line.
_HEADING_END = re.compile(r"\s*(?:\u2014|\u2013|-|\|)\s|:\s")
#: Population from which a capitalised line heading that is no country or
#: province is taken for a town ("ANAMA:" and "NATO:" name small towns too).
HEADING_TOWN_POPULATION = 100_000
_LIST_GAP = re.compile(r"^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*/\s*)$")
# Abbreviations after which a period does not end the sentence.
_NO_BREAK_ABBREVIATIONS = (
    wl.MONTHS
    | wl.PERSON_TITLES
    | {"st", "no", "vs", "etc", "approx", "est", "km", "ft", "mt", "u", "e", "i"}
    | {"vil", "vill"}  # posts: "near vil. Zabukh"
)
#: Population from which a place that is also an ordinary word or a first
#: name is taken on its own ("Tripoli", "Damascus"; not "Nice", "Police").
BIG_CITY_POPULATION = 1_000_000
_MAX_NAME_TOKENS = 6
_MAX_UNKNOWN_TOKENS = 3
# Generic words after an unknown name strong enough to make it a place.
_STRONG_AFTER = frozenset(wl.GENERIC_AFTER) - {"area", "border", "frontier", "state"}
# A dated log line's heading: "03/07 - X: ...", "08/05 – Rutshuru territory, X: ...".
_LOG_LINE_HEAD = re.compile(
    rf"[ \t]*(?:{wl.LINE_BULLET}[ \t]*)?{wl.LOG_LINE_DATE}(?:[^\n:,]{{1,40}},[ \t]*)?"
)
_LOG_LINE_COLON = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\))?[ \t]*:[ \t]")
# Words that start no name even before a generic noun ("In Anlong Veng district")
_FUNCTION_WORDS = frozenset(
    "the a an and or of in at on to by for from with across into near around "
    "throughout inside outside between".split()
)
# ... nor do words that describe the place ("CORRESPONDENT: Neighbouring Afar region")
_DESCRIPTIVE_WORDS = frozenset(
    "neighbouring neighboring nearby northern southern eastern western central "
    "rural remote former occupied liberated entire whole same other mountainous "
    "border frontline front-line".split()
)


@dataclass(slots=True)
class _Token:
    start: int
    end: int  # end of the name part (a possessive 's is left out)
    text: str
    lower: str
    gap: str  # text between the previous token and this one
    is_cap: bool
    is_upper: bool  # an acronym (ANAMA, US): all capitals, two letters or more
    possessive: bool
    sentence_start: bool
    title_line: bool  # on a headline line, where every word may be capitalised
    dateline: bool = False
    heading: bool = False  # a later line's "CAMBODIA - Battambang province: ..."


@dataclass(slots=True)
class _Span:
    first: int  # token indexes, inclusive
    last: int
    hint: str | None
    known: bool  # the gazetteer (or the short forms) holds the name
    strong: bool  # the context says it is a place


class _Names:
    """Cached gazetteer reads for one gazetteer (lookups repeat across articles)."""

    def __init__(self, gazetteer: NameIndex) -> None:
        self.gazetteer = gazetteer
        self.has_name = lru_cache(maxsize=65536)(gazetteer.has_name)
        self.lookup = lru_cache(maxsize=16384)(self._lookup)

    def _lookup(self, key: str) -> tuple[GazetteerEntry, ...]:
        return tuple(self.gazetteer.lookup(key)) if key else ()

    def known(self, key: str, surface: str) -> bool:
        """True when ``key`` names a place (gazetteer, short form, al- variant)."""
        if key in wl.COUNTRY_SHORT_FORMS:
            if key.replace(" ", "") in wl.CAPITALS_ONLY_SHORT_FORMS:
                letters = surface.replace(".", "").replace(" ", "")
                return letters.isupper()
            return True
        if self.has_name(key):
            return True
        article, _, rest = key.partition(" ")
        return bool(rest) and article in wl.ARABIC_ARTICLES and self.has_name(rest)

    def entries(self, key: str) -> tuple[GazetteerEntry, ...]:
        """Gazetteer entries for a key, trying the al- variant when needed."""
        found = self.lookup(key)
        if not found:
            article, _, rest = key.partition(" ")
            if rest and article in wl.ARABIC_ARTICLES:
                found = self.lookup(rest)
        return found


_NAME_CACHES: weakref.WeakKeyDictionary[object, _Names] = weakref.WeakKeyDictionary()
_NAME_CACHES_BY_ID: dict[int, _Names] = {}


def name_index(gazetteer: NameIndex) -> _Names:
    """Return the cached reader of ``gazetteer`` (one per gazetteer object)."""
    try:
        names = _NAME_CACHES.get(gazetteer)
        if names is None:
            names = _NAME_CACHES[gazetteer] = _Names(gazetteer)
        return names
    except TypeError:  # not weak-referenceable: keep it for the process
        names = _NAME_CACHES_BY_ID.get(id(gazetteer))
        if names is None or names.gazetteer is not gazetteer:
            names = _NAME_CACHES_BY_ID[id(gazetteer)] = _Names(gazetteer)
        return names


@lru_cache(maxsize=65536)
def place_key(surface: str) -> str:
    """:func:`normalize_place_name`, cached (names repeat across articles)."""
    return normalize_place_name(surface)


_key = place_key


def extract_place_mentions(text: str, gazetteer: NameIndex) -> list[PlaceMention]:
    """Return the place names in ``text``, in text order.

    Each mention's ``start``/``end`` index the original text
    (``text[m.start:m.end] == m.text``). Names the gazetteer does not hold are
    returned too when their context says they are places ("near Tolkino").
    """
    return [
        PlaceMention(text[s.start : s.end], s.start, s.end, s.hint)
        for s in _Extractor(text, name_index(gazetteer)).run()
    ]


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    hint: str | None
    known: bool
    strong: bool
    listed_hint: bool = False  # the hint came from "the villages of X, Y and Z"


_CURRENCY_AFTER = re.compile(r"\s?(?:\$|dollars?\b|cents?\b)")
# Capitalised only because they open a sentence: never the first word of a
# person's name ("In Moldova" is no Mr Moldova).
_SENTENCE_OPENERS = frozenset(
    "in at on from near by for to of and but after before since during across "
    "around outside inside the a an this that these those with without between "
    "along into over under".split()
)
# Company forms that close a name ("Demining Solutions SA"), never open one.
_LEGAL_SUFFIXES = frozenset("ag bv co inc llc llp ltd nv plc sa srl".split())


class _Extractor:
    def __init__(self, text: str, names: _Names) -> None:
        self.text = text
        self.names = names
        self.tokens = _tokenize(text)
        self.labels: list[str | None] = [None] * len(self.tokens)
        self.person_words: set[str] = set()
        self.previous: _Found | None = None

    # -- driver -------------------------------------------------------------

    def run(self) -> list[_Found]:
        runs = list(self._runs())
        for first, last in runs:
            self._label_organisations(first, last)
            self._label_persons(first, last)
        found: list[_Found] = []
        for first, last in runs:
            for span in self._places_in_run(first, last):
                item = self._finish(span)
                if item is None:
                    continue
                found.append(item)
                self.previous = item
        self._spread_plural_hints(found)
        return self._with_repeats_of_unknown_names(found)

    def _with_repeats_of_unknown_names(self, found: list[_Found]) -> list[_Found]:
        """Add the other occurrences of a name the gazetteer lacks.

        "near the village of Kheyrimli" makes Kheyrimli a place; "Kheyrimli is
        one of four villages" and "at Kheyrimli" are the same place, though
        nothing around them says so.
        """
        unknown: set[str] = set()
        for item in found:
            if item.known:
                continue
            words = self.text[item.start : item.end].split()
            if len(words) > 1 and words[-1].lower() in wl.GENERIC_AFTER:
                words = words[:-1]  # "Kheyrimli village": the name without its kind
            unknown.add(" ".join(words))
        if not unknown:
            return found
        taken = [(item.start, item.end) for item in found]
        by_start = {token.start: index for index, token in enumerate(self.tokens)}
        added: list[_Found] = []
        for name in unknown:
            if len(name) < 4 or not name[:1].isupper():
                continue
            pattern = rf"(?<![\w-]){re.escape(name)}(?![\w-])"
            for match in re.finditer(pattern, self.text):
                start, end = match.span()
                if any(s < end and start < e for s, e in taken):
                    continue
                index = by_start.get(start)
                if index is None or self.labels[index] is not None:
                    continue  # inside an organisation's or a person's name
                taken.append((start, end))
                added.append(_Found(start, end, None, False, False))
        return sorted(found + added, key=lambda item: item.start) if added else found

    # -- runs of capitalised tokens -------------------------------------------

    def _runs(self):
        tokens = self.tokens
        n = len(tokens)
        i = 0
        while i < n:
            if not self._can_start(i):
                i += 1
                continue
            last = i
            j = i
            while j + 1 < n and not tokens[j].possessive:
                nxt = tokens[j + 1]
                if nxt.gap not in _JOINING_GAPS:
                    break
                if nxt.is_cap:
                    j += 1
                    last = j
                    continue
                if self._joins(j + 1):
                    j += 1
                    if (
                        tokens[j].lower == "of"
                        and tokens[j + 1].lower == "the"
                        and any(
                            self.names.known(
                                self._span_key(k, j + 2), self._surface(k, j + 2)
                            )
                            for k in range(i, j)
                        )
                    ):
                        # "Democratic Republic of the Congo" is one name; "the
                        # Ministry of the Interior of Croatia" is not
                        j += 1
                    continue
                if nxt.gap in _HYPHENS:
                    # "Hpa-an", "Sharm el-Sheikh": a name may end in lower case.
                    j += 1
                    last = j
                    continue
                break
            yield i, last
            i = last + 1

    def _can_start(self, i: int) -> bool:
        token = self.tokens[i]
        if token.is_cap:
            return True
        return self._is_article_prefix(i)

    def _is_article_prefix(self, i: int) -> bool:
        tokens = self.tokens
        return (
            tokens[i].lower in wl.ARABIC_ARTICLES
            and i + 1 < len(tokens)
            and tokens[i + 1].gap in ("-", "\u2010", "\u2011")
            and tokens[i + 1].is_cap
        )

    def _joins(self, i: int) -> bool:
        """True when the lower-case token ``i`` links two capitalised ones."""
        tokens = self.tokens
        if self._is_article_prefix(i):
            return True
        token = tokens[i]
        k = i + 1
        if k >= len(tokens):
            return False
        if token.gap in _HYPHENS and len(token.text) <= 3:
            # Qala-i-Naw, Mazar-e-Sharif, Rostov-on-Don
            return tokens[k].gap in _HYPHENS and tokens[k].is_cap
        if token.lower not in wl.CONNECTORS:
            return False
        if token.lower == "of" and tokens[k].lower == "the" and tokens[k].gap == " ":
            k += 1  # "Democratic Republic of the Congo"
        return k < len(tokens) and tokens[k].gap in _JOINING_GAPS and tokens[k].is_cap

    def _surface(self, first: int, last: int) -> str:
        return self.text[self.tokens[first].start : self.tokens[last].end]

    def _span_key(self, first: int, last: int) -> str:
        return _key(self._surface(first, last))

    # -- organisations, events, persons --------------------------------------

    def _label_organisations(self, first: int, last: int) -> None:
        tokens = self.tokens
        for k in range(first, last + 1):
            token = tokens[k]
            if not (token.is_cap or token.is_upper):
                continue
            is_org = token.lower in wl.ORG_WORDS
            is_event = token.lower in wl.EVENT_WORDS and k > first
            if not (is_org or is_event):
                continue
            if (k < last and tokens[k + 1].gap in _HYPHENS) or (
                k > first and token.gap in _HYPHENS
            ):
                continue  # "Centre-Nord", "Centre-Est": a region's compound name
            left = k
            while (
                left - 1 >= first
                and tokens[left - 1].is_cap
                and not tokens[left - 1].possessive
            ):
                left -= 1
            if is_event and not is_org and left == k:
                continue
            if token.lower in _LEGAL_SUFFIXES and (
                left == k or (k < last and tokens[k + 1].is_cap)
            ):
                continue  # "Sa Kaeo", "Co Lo": a company's suffix ends its name

            if token.lower in wl.GENERIC_AFTER and left < k:
                # "Antioquia Department", "Shan State": a place and its kind.
                if self.names.known(
                    self._span_key(left, k - 1), self._surface(left, k - 1)
                ):
                    continue
            right = k
            if is_org:
                m = k + 1
                while m <= last:
                    if tokens[m].is_cap:
                        right = m
                        m += 1
                    elif tokens[m].lower in (
                        "of",
                        "the",
                        "for",
                        "on",
                        "de",
                        "du",
                        "des",
                        "la",
                        "del",
                    ):
                        m += 1
                    else:
                        break
            for m in range(left, right + 1):
                if self.labels[m] is None:
                    self.labels[m] = "org"

    def _label_persons(self, first: int, last: int) -> None:
        tokens = self.tokens
        labels = self.labels
        k = first
        while k <= last:
            if labels[k] is not None or not tokens[k].is_cap:
                k += 1
                continue
            if tokens[k].sentence_start and tokens[k].lower in _SENTENCE_OPENERS:
                k += 1  # "In Moldova, ...": the preposition is no part of a name
                continue
            end = self._name_end(k, last)
            size = end - k + 1
            before = self._word_before(k)
            # "in Salah al-Din", "near Mount Darwin": a place, whatever its words.
            place_context = before in wl.STRONG_PREPOSITIONS or (
                before == "of" and self._generic_of(k) is not None
            )
            why = None
            if before is not None and (
                before in wl.PERSON_TITLES
                or (before in wl.ROLE_NOUNS and not self.tokens[k - 1].is_cap)
            ):
                why = "title"
            elif (
                tokens[k].lower in wl.PERSON_TITLES
                and k < end
                and tokens[k].is_cap
                and not self._names_place(k, end)  # General Santos
            ):
                # "Minister Jeyhun Bayramov": the title is inside the run.
                self._mark_person(k + 1, end)
                k = end + 1
                continue
            elif place_context:
                pass
            elif (
                size >= 2
                and tokens[k].lower in wl.given_names()
                and not self._generic_word(k + 1)
            ):
                why = "given name"
            elif (
                size >= 2
                and tokens[end].gap == " "
                and tokens[end].lower.endswith(wl.SURNAME_SUFFIXES)
            ):
                why = "surname"
            elif size >= 2 and (
                self._said_after(end)
                or before in wl.SPEECH_VERBS
                or self._age_after(end)
            ):
                why = "speech"
            elif size == 1 and tokens[k].lower in self.person_words:
                why = "known person"
            if why is not None and (
                why == "known person" or not self._names_place(k, end)
            ):
                self._mark_person(k, end)
            k = end + 1

    def _name_end(self, k: int, last: int) -> int:
        """Last token of the capitalised name starting at ``k`` (with particles)."""
        tokens = self.tokens
        end = k
        m = k + 1
        while m <= last and m - k < 5:
            if self.labels[m] is not None:
                break
            if tokens[m].is_cap:
                end = m
                if tokens[m].possessive:
                    break
            elif (
                tokens[m].lower not in _NAME_PARTICLES
                and tokens[m].lower not in wl.ARABIC_ARTICLES
            ):
                break
            m += 1
        return end

    def _names_place(self, first: int, last: int) -> bool:
        """True when the whole span is a place name (Santa Cruz, General Santos)."""
        return self.names.has_name(self._span_key(first, last))

    def _mark_person(self, first: int, last: int) -> None:
        for m in range(first, last + 1):
            if self.labels[m] is None:
                self.labels[m] = "person"
        # The surname alone names the same person later ("Hasanov said");
        # a first name does not (Georgia Thompson, then Georgia the country).
        surname = self.tokens[last]
        if first < last and surname.is_cap and surname.lower not in wl.PERSON_TITLES:
            self.person_words.add(surname.lower)

    def _word_before(self, k: int) -> str | None:
        token = self.tokens[k]
        if k == 0:
            return None
        before = self.tokens[k - 1].lower.rstrip(".")
        if (
            before == "to"
            and token.is_cap
            and k >= 2
            and self.tokens[k - 2].lower == "close"
        ):
            if self.tokens[k - 1].gap in (" ", "\u00a0") and token.gap == " ":
                return "near"  # "close to Muhamalai" is "near Muhamalai"
        if token.gap in (" ", "\u00a0") or (
            token.gap == ". " and before in _NO_BREAK_ABBREVIATIONS
        ):
            return before  # ("vil. Zabukh": the abbreviation's dot is no break)
        return None

    def _word_after(self, last: int) -> str | None:
        nxt = last + 1
        if nxt < len(self.tokens) and self.tokens[nxt].gap in (" ", "\u00a0"):
            return self.tokens[nxt].lower
        return None

    def _said_after(self, last: int) -> bool:
        tokens = self.tokens
        nxt = last + 1
        if nxt >= len(tokens):
            return False
        return (
            tokens[nxt].gap.strip(" ,") == "" and tokens[nxt].lower in wl.SPEECH_VERBS
        )

    def _age_after(self, last: int) -> bool:
        return bool(_AGE.match(self.text, self.tokens[last].end))

    def _generic_word(self, k: int) -> bool:
        return k < len(self.tokens) and (
            self.tokens[k].lower in wl.GENERIC_AFTER
            or self.tokens[k].lower in wl.GENERIC_BEFORE
        )

    # -- places ----------------------------------------------------------------

    def _places_in_run(self, first: int, last: int):
        tokens = self.tokens
        i = first
        while i <= last:
            if (
                self.labels[i] is not None
                or not self._can_start(i)
                or tokens[i].lower in wl.CONNECTORS
                and not tokens[i].is_cap
            ):
                i += 1
                continue
            end = i
            while end + 1 <= last and self.labels[end + 1] is None:
                end += 1
            span = self._longest_known(i, end)
            longer = None
            if span is not None and self._inside_longer_name(span, end):
                # "Cordillera del Condor" is neither Cordillera nor Condor.
                longer = self._unknown(i, end)
                if longer is None:
                    i = self._name_stop(span.last, end) + 1
                    continue
                span = longer
            elif span is not None and span.last == i < end:
                # "the village of Ta Sanh", "Gio An commune": not the namesake
                # "Ta" or "Gio" but the longer name the generic noun announces
                longer = self._unknown(i, end)
                if (
                    longer is not None
                    and longer.last > span.last
                    and self._generic_context(i, longer.last)
                ):
                    span = longer
            if span is None:
                span = self._unknown(i, end)
            if span is None:
                i += 1
                continue
            yield span
            i = span.last + 1

    def _longest_known(self, i: int, end: int) -> _Span | None:
        tokens = self.tokens
        # "Ain Zara", "Deir Hafer": the prefix alone is not the place.
        shortest = i + 1 if tokens[i].lower in wl.NAME_PREFIXES and i < end else i
        for j in range(min(end, i + _MAX_NAME_TOKENS - 1), shortest - 1, -1):
            if not tokens[j].is_cap and tokens[j].gap not in _HYPHENS:
                continue  # a name never ends on "of", "and", "al"
            if i == j and (
                tokens[i].lower in wl.GENERIC_AFTER
                or tokens[i].lower in wl.GENERIC_BEFORE
            ):
                continue
            surface = self._surface(i, j)
            key = _key(surface)
            if self.names.known(key, surface):
                return _Span(i, j, None, True, False)
        return None

    def _inside_longer_name(self, span: _Span, end: int) -> bool:
        """True when a known name goes on with "de"/"del"/"of" + capitals."""
        tokens = self.tokens
        k = span.last + 1
        if not (
            k + 1 <= end
            and tokens[k].lower in wl.NAME_LINKS
            and not tokens[k].is_cap
            and tokens[k + 1].is_cap
        ):
            return False
        if tokens[span.first].lower in wl.GENERIC_BEFORE:
            return False
        first = tokens[span.first]
        if (
            span.first == span.last
            and tokens[k].lower == "of"
            and (first.sentence_start or first.title_line)
            and first.lower in wl.common_words()
        ):
            return False  # "Much of Laos", "Most of Syria": a quantity, then the place
        entries = self.names.entries(self._span_key(span.first, span.last))
        return not entries or entries[0].feature not in ("country", "continent")

    def _name_stop(self, m: int, end: int) -> int:
        """Last token of a name that goes on over "de"/"of" and capitals."""
        tokens = self.tokens
        while m + 2 <= end and tokens[m + 1].lower in wl.NAME_LINKS:
            if not tokens[m + 2].is_cap:
                break
            m += 2
            while m + 1 <= end and tokens[m + 1].is_cap:
                m += 1
        return m

    def _unknown(self, i: int, end: int) -> _Span | None:
        """A name the gazetteer lacks, taken only when its context says "place"."""
        tokens = self.tokens
        if tokens[i].lower in wl.GENERIC_BEFORE and i < end:
            return None  # "Mount X": X is tried next, with the hint
        last = i
        m = i
        while m < end and m - i + 1 < _MAX_UNKNOWN_TOKENS + 1:
            nxt = tokens[m + 1]
            if tokens[m].possessive or nxt.lower in wl.GENERIC_AFTER:
                break
            if nxt.is_cap:
                m += 1
                last = m
            elif nxt.lower in wl.NAME_LINKS and m + 2 <= end and tokens[m + 2].is_cap:
                if nxt.lower == "of" and self._longest_known(m + 2, end) is not None:
                    break  # "the vereda Los Trozos of Anori": two places
                m += 1  # "Cordillera del Condor"
            else:
                break
        if tokens[last].lower in wl.GENERIC_AFTER:
            return None
        if not self._context_says_place(i, last):
            return None
        return _Span(i, last, None, False, True)

    def _context_says_place(self, i: int, last: int) -> bool:
        tokens = self.tokens
        after = self._generic_after(last)
        # "Elephant Pass", "Bosna River": a capitalised feature word makes a
        # name even of ordinary words.
        named_feature = (
            after is not None
            and wl.GENERIC_AFTER[after] in wl.FEATURE_HINTS
            and tokens[last + 1].is_cap
            and not tokens[i].sentence_start
        )
        if tokens[i].lower in _DESCRIPTIVE_WORDS:
            return False  # "Neighbouring Afar region": Afar is tried next
        before = self._word_before(i)
        # "the village of Ta Sanh", "Gio An commune", "the vereda La Carmelita":
        # where a generic noun says "place", a name of several words may hold
        # short or ordinary ones, as long as one of them is neither
        generic_context = last > i and self._generic_context(i, last)
        if generic_context and not any(
            len(t.text) >= 3 and t.lower not in wl.common_words()
            for t in tokens[i : last + 1]
        ):
            return False
        for m in range(i, last + 1):
            token = tokens[m]
            if token.lower in wl.NAME_LINKS and not token.is_cap:
                continue  # "Cordillera del Condor": "del" is no given name here
            short_or_common = len(token.text) < 3 or token.lower in wl.common_words()
            if (
                generic_context
                and short_or_common
                and not token.is_upper
                and not (
                    m == i
                    and (
                        token.sentence_start
                        or token.title_line
                        or token.lower in _FUNCTION_WORDS
                    )
                )
            ):
                continue
            if (
                token.is_upper
                or len(token.text) < 3
                or self._is_excluded_word(token.lower)
                or token.lower in self.person_words
            ):
                return False
            if (
                not named_feature
                and token.lower in wl.common_words()
                and not (m == i and token.lower in wl.NAME_PREFIXES and i < last)
            ):
                return False
            if (
                not named_feature
                and not generic_context  # "the vereda La Carmelita"
                and token.lower in wl.given_names()
            ):
                # "in Salah al-Din": a first name, but after "in" a place.
                before = self._word_before(i)
                if last == i or before not in wl.STRONG_PREPOSITIONS:
                    return False
        if after is not None and after in _STRONG_AFTER:
            return True
        if before in wl.GENERIC_BEFORE:
            return True
        if before == "of" and self._generic_of(i) is not None:
            return True
        if self._bearing_before(i):
            return True
        if self._log_line_heading(i, last):
            return True
        if tokens[i].sentence_start or tokens[i].title_line:
            return False
        if self._route_end(i, last):
            return True
        if before == "at" and not tokens[last].possessive:
            # "the old front line at Muhamalai": weak for a known ordinary
            # word ("at Best"), but this name is neither common nor a person's
            return True
        if before in wl.STRONG_PREPOSITIONS and not tokens[last].possessive:
            return True
        if before == "the" and not tokens[last].possessive:
            # "in the Donbas", "across the Cordillera del Condor"
            word = self._word_before(i - 1) if i >= 1 else None
            if word in wl.STRONG_PREPOSITIONS:
                return True
        return self._continues_list(i, strong_only=True)

    def _bearing_before(self, i: int) -> bool:
        """A bearing or a distance points at it: "east of X", "20 km from X"."""
        before = self._word_before(i)
        if before not in ("of", "from") or i < 2:
            return False
        word = self._word_before(i - 1)
        return word in (wl.COMPASS_POINTS if before == "of" else wl.DISTANCE_UNITS)

    def _log_line_heading(self, i: int, last: int) -> bool:
        """The place a dated log line is about: "03/07 - Muhamalai: 46 mines ..."."""
        text = self.text
        start = self.tokens[i].start
        line_start = text.rfind("\n", 0, start) + 1
        return bool(
            _LOG_LINE_HEAD.fullmatch(text, line_start, start)
            and _LOG_LINE_COLON.match(text, self.tokens[last].end)
        )

    def _route_end(self, i: int, last: int) -> bool:
        """One end of a route whose other end is a known place.

        "the road from Dori to Seytenga", "from Sevare to Bandiagara": a route
        runs between places, so an unknown name at one end is one too.
        """
        tokens = self.tokens
        before = self._word_before(i)
        previous = self.previous
        if before == "to" and previous is not None and previous.known:
            gap = self.text[previous.end : tokens[i].start]
            head = self.text[max(0, previous.start - 6) : previous.start]
            return gap == " to " and head.rstrip().lower().endswith("from")
        nxt = last + 2
        if before == "from" and self._word_after(last) == "to" and nxt < len(tokens):
            return tokens[nxt].is_cap and self._longest_known(nxt, nxt) is not None
        # "on the Kaya–Barsalogho axis": the far end of a road named by both ends
        return (
            previous is not None
            and previous.known
            and self.text[previous.end : tokens[i].start].strip() in ("–", "—")
            and bool(_ROUTE_NOUN_AFTER.match(self.text, tokens[last].end))
        )

    def _generic_context(self, i: int, last: int) -> bool:
        """A generic noun next to the name: "village of X", "X commune"."""
        after = self._generic_after(last)
        before = self._word_before(i)
        return (
            (after is not None and after in _STRONG_AFTER)
            or before in wl.GENERIC_BEFORE
            or (before == "of" and self._generic_of(i) is not None)
        )

    def _continues_list(self, i: int, *, strong_only: bool) -> bool:
        """True when token ``i`` follows the previous place in a list ("X, Y and Z")."""
        previous = self.previous
        if previous is None or (strong_only and not previous.strong):
            return False
        gap = self.text[previous.end : self.tokens[i].start]
        return len(gap) < 12 and bool(_LIST_GAP.match(gap))

    def _generic_after(self, last: int) -> str | None:
        nxt = last + 1
        tokens = self.tokens
        if nxt < len(tokens) and tokens[nxt].gap in (" ", "\u00a0", "-"):
            lower = tokens[nxt].lower
            if lower in ("oil", "gas") and nxt + 1 < len(tokens):
                lower = tokens[nxt + 1].lower  # "the Majnoon oil field"
                return "field" if lower in ("field", "fields") else None
            if lower in wl.GENERIC_AFTER:
                return lower
        abbreviated = _ABBREVIATED_GENERIC.match(self.text, tokens[last].end)
        return abbreviated.group(1).lower() if abbreviated else None

    def _generic_of(self, i: int) -> str | None:
        """The generic noun of "the village of X" before token ``i``, if any."""
        tokens = self.tokens
        k = i - 1  # "of"
        if k - 1 < 0 or tokens[k].gap not in (" ", "\u00a0"):
            return None
        noun = tokens[k - 1].lower
        return wl.GENERIC_OF.get(noun)

    @staticmethod
    def _is_excluded_word(lower: str) -> bool:
        return (
            lower in wl.MONTHS
            or lower in wl.WEEKDAYS
            or lower in wl.NOT_PLACES
            or lower in wl.DEMONYMS
        )

    def _finish(self, span: _Span) -> _Found | None:
        """Apply the word filters, attach generic words and the hint."""
        tokens = self.tokens
        first, last = span.first, span.last
        hint = None
        strong = span.strong
        # Capitalised generic word after the name belongs to it (Kherson Oblast).
        nxt = last + 1
        if (
            nxt < len(tokens)
            and tokens[nxt].is_cap
            and tokens[nxt].lower in wl.GENERIC_AFTER
            and tokens[nxt].gap in (" ", "\u00a0")
            and self.labels[nxt] is None
            and not tokens[last].possessive
        ):
            last = nxt
            hint = wl.GENERIC_AFTER[tokens[nxt].lower]
            strong = strong or tokens[nxt].lower in _STRONG_AFTER
        elif tokens[last].lower in wl.GENERIC_AFTER and last > first:
            hint = wl.GENERIC_AFTER[tokens[last].lower]  # "Golan Heights" as one name
        else:
            after = self._generic_after(last)
            if after is not None and not tokens[last].possessive:
                hint = wl.GENERIC_AFTER[after]
                strong = strong or after in _STRONG_AFTER
        # Capitalised generic word before: Mount Igman, Lake Chad.
        if first > 0 and tokens[first].gap in (" ", "\u00a0"):
            before = tokens[first - 1]
            if (
                before.is_cap
                and before.lower.rstrip(".") in wl.GENERIC_BEFORE
                and self.labels[first - 1] is None
            ):
                first -= 1
                hint = hint or wl.GENERIC_BEFORE[before.lower.rstrip(".")]
                strong = True
        if (
            first >= 2
            and tokens[first - 1].lower == "of"
            and tokens[first - 1].gap == " "
            and tokens[first].gap == " "
            and tokens[first - 2].is_cap
            and tokens[first - 2].lower in wl.GENERIC_BEFORE
            and self.labels[first - 2] is None
        ):
            first -= 2  # "Gulf of Aden", "Lake of the Woods"
            hint = hint or wl.GENERIC_BEFORE[tokens[first].lower]
        if tokens[first].lower in wl.GENERIC_BEFORE and first < last:
            hint = hint or wl.GENERIC_BEFORE[tokens[first].lower]
        word_before = self._word_before(first)
        listed_hint = False
        if hint is None and word_before == "of":
            of_hint = self._generic_of(first)
            if of_hint is not None:
                hint = of_hint
                strong = True
                listed_hint = True
        if self._continues_list(span.first, strong_only=True):
            strong = True
            if hint is None and self.previous is not None and self.previous.listed_hint:
                hint = self.previous.hint
                listed_hint = True
        # Lower-case direction that belongs to the name ("southern Africa"), but
        # not a town that happens to be called so ("south Lebanon").
        if word_before in wl.DIRECTIONS and not tokens[first - 1].is_cap:
            surface = self.text[tokens[first - 1].start : tokens[last].end]
            entries = self.names.entries(_key(surface))
            if entries and entries[0].feature in ("region", "continent", "admin1"):
                first -= 1
        # "Geneva, 21 November 2023": where a statement was made
        dated_line = wl.opens_place_and_date_line(
            self.text, tokens[span.first].start, tokens[span.last].end
        )
        strong = strong or dated_line
        if span.known and not self._keep_known(span, hint, strong, dated_line):
            return None
        if _CURRENCY_AFTER.match(self.text, tokens[last].end):
            return None  # "US$3.2 million", "US dollars": a currency
        if self._word_after(last) in wl.PROJECT_WORDS and hint is None:
            return None  # "the Masam project"
        if not span.known and not strong:
            return None
        start = tokens[first].start
        end = tokens[last].end
        if word_before in wl.STRONG_PREPOSITIONS and not tokens[first].sentence_start:
            strong = True
        return _Found(start, end, hint, span.known, strong, listed_hint)

    def _keep_known(
        self, span: _Span, hint: str | None, strong: bool, dated_line: bool
    ) -> bool:
        """False for a gazetteer match that is not a place here (Mine, ANAMA, May)."""
        tokens = self.tokens
        name_tokens = [t for t in tokens[span.first : span.last + 1] if t.is_cap]
        if tokens[span.first].heading and not self._is_heading_place(span):
            return False
        if len(name_tokens) == 1:
            token = name_tokens[0]
            lower = token.lower
            key = _key(token.text)
            if self._is_excluded_word(lower) and key not in wl.COUNTRY_SHORT_FORMS:
                return False
            if len(token.text) < 3 and key not in wl.COUNTRY_SHORT_FORMS:
                return False  # "A", "Of": one- and two-letter places are noise
            if token.is_upper and not token.dateline and not token.title_line:
                # An acronym (ANAMA, HALO, MAG) unless it is a country's (US, UK).
                return key in wl.COUNTRY_SHORT_FORMS
            if lower in self.person_words:
                return False
            following = span.last + 1
            if (
                lower in _DESCRIPTIVE_WORDS
                and following < len(tokens)
                and tokens[following].is_cap
                and tokens[following].gap == " "
            ):
                return False  # "Northern Shan State": a part of the place after it
        weak_words = [
            t
            for t in name_tokens
            if t.lower in wl.common_words() or t.lower in wl.given_names()
        ]
        if len(weak_words) < len(name_tokens) or len(name_tokens) > 1:
            # Several ordinary words that make a name (Plain of Jars, Mount
            # Darwin) are kept; the resolver wants them in the story's country.
            return True
        key = self._span_key(span.first, span.last)
        if key in wl.COUNTRY_SHORT_FORMS or self._is_big_place(key, len(name_tokens)):
            return True
        if tokens[span.first].dateline:
            return True  # "NICE, France (AP) -": the dateline names a place
        if dated_line:
            return True  # "Geneva, 21 November 2023" over a statement or letter
        if hint is not None and strong:
            return True
        # "in Hue": the resolver keeps it only in the story's country.
        before = self._word_before(span.first)
        first = tokens[span.first]
        if first.sentence_start or first.title_line:
            return False
        if before == "of" and self._word_before(span.first - 1) in wl.AREA_BEFORE_OF:
            return True  # "patrolling a rural area of Argelia"
        return before in wl.STRONG_PREPOSITIONS or self._continues_list(
            span.first, strong_only=True
        )

    def _is_heading_place(self, span: _Span) -> bool:
        """A later line's capitals name a country, a province or a town of size."""
        key = self._span_key(span.first, span.last)
        if key in wl.COUNTRY_SHORT_FORMS:
            return True
        entries = self.names.entries(key)
        return bool(entries) and (
            entries[0].feature in ("country", "continent", "region", "admin1")
            or entries[0].population >= HEADING_TOWN_POPULATION
        )

    def _is_big_place(self, key: str, size: int) -> bool:
        entries = self.names.entries(key)
        if not entries:
            return False
        top = entries[0]
        if size > 1 and top.feature in ("region", "admin1"):
            return True  # Middle East, West Bank, Northern Province
        return top.feature in ("country", "continent") or (
            top.population >= BIG_CITY_POPULATION
            and top.feature in ("settlement", "admin1")
        )

    def _spread_plural_hints(self, found: list[_Found]) -> None:
        """In "Aghdam and Fuzuli districts" the earlier names get the hint too."""
        plural: str | None = None  # the hint of a list that ends in a plural
        for index in range(len(found) - 1, 0, -1):
            current = found[index]
            earlier = found[index - 1]
            tail = self.text[current.end : current.end + 14].lower()
            if current.hint is not None and re.match(r"\s+[a-z]+s\b", tail):
                plural = current.hint
            elif current.hint != plural:
                plural = None
            gap = self.text[earlier.end : current.start]
            if (
                plural is not None
                and earlier.hint is None
                and len(gap) < 12
                and _LIST_GAP.match(gap)
            ):
                earlier.hint = plural
            else:
                plural = None


def _tokenize(text: str) -> list[_Token]:
    """Tokens of ``text``: every capitalised word and the two words on each side.

    Lower-case words far from any capitalised one never matter, and building
    fewer token objects is most of the speed (issue 6: 500 articles/s). A token
    whose real predecessor was skipped gets a gap starting with NUL, so nothing
    joins across the hole.
    """
    # split() gives gaps and words alternately, in C: gap i precedes word i.
    pieces = _TOKEN_SPLIT.split(text)
    words = pieces[1::2]
    gaps = pieces[0::2]
    count = len(words)
    starts = list(accumulate(map(len, pieces)))[0::2][:count]
    spans = list(zip(starts, words, strict=True))
    keep = bytearray(count)
    for index in [i for i, word in enumerate(words) if word[0].isupper()]:
        low = index - 2 if index >= 2 else 0
        high = index + 3 if index + 3 < count else count
        keep[low:high] = b"\x01" * (high - low)
    tokens: list[_Token] = []
    by_span: list[_Token | None] = [None] * count
    previous_kept = -2
    for index in compress(range(count), keep):
        start = starts[index]
        word = words[index]
        end = start + len(word)
        gap = gaps[index]
        possessive = len(word) > 3 and word.endswith(_POSSESSIVE)
        if possessive:
            end -= 2
            word = word[:-2]
        is_cap = word[0].isupper()
        if index == 0 or "\n" in gap:
            sentence_start = True
        elif gap == " ":
            sentence_start = False
        elif _SENTENCE_END.search(gap):
            before = spans[index - 1][1].casefold().replace(".", "")
            sentence_start = not (
                gap.startswith(".")
                and (before in _NO_BREAK_ABBREVIATIONS or len(before) == 1)
            )
        else:
            sentence_start = False
        if previous_kept != index - 1 and index:
            gap = "\x00" + gap
        letters = word.replace(".", "") if "." in word else word
        token = _Token(
            start,
            end,
            word,
            word.casefold(),
            gap,
            is_cap,
            is_cap and len(letters) >= 2 and letters.isupper(),
            possessive,
            sentence_start,
            False,
        )
        tokens.append(token)
        by_span[index] = token
        previous_kept = index
    _mark_lines(text, spans, by_span)
    return tokens


_MAX_HEADLINE_TOKENS = 25


def _mark_lines(
    text: str,
    spans: Sequence[tuple[int, str]],
    by_span: Sequence[_Token | None],
) -> None:
    """Mark headline lines (capitals carry no signal) and datelines (BAKU, Nov. 28)."""
    starts = [start for start, _ in spans]
    line_start = 0
    number = 0
    length = len(text)
    while line_start < length and number < 10_000:
        line_end = text.find("\n", line_start)
        if line_end < 0:
            line_end = length
        first = bisect.bisect_left(starts, line_start)
        last = bisect.bisect_left(starts, line_end)
        if last > first:
            _mark_line(text, spans, by_span, first, last, line_end, number)
            number += 1
        line_start = line_end + 1


def _mark_line(
    text: str,
    spans: Sequence[tuple[int, str]],
    by_span: Sequence[_Token | None],
    first: int,
    last: int,
    line_end: int,
    number: int,
) -> None:
    line = [t for t in by_span[first:last] if t is not None]
    if not line:
        return
    size = last - first
    if size <= _MAX_HEADLINE_TOKENS:
        words = [
            word
            for _, word in spans[first + 1 : last]
            if len(word) >= 4 and word not in wl.CONNECTORS
        ]
        line_stop = spans[last - 1][0] + len(spans[last - 1][1])
        tail = text[line_stop:line_end].strip()
        if len(words) >= 2 and not tail.endswith((".", "!", "?", ";", ":")):
            capitalised = sum(w[0].isupper() for w in words)
            shouting = sum(w.isupper() for w in words)
            if shouting >= 0.8 * len(words):
                for t in line:
                    t.is_upper = False
                    t.title_line = True
                    t.sentence_start = True
                    t.is_cap = True
                return
            inner = text[spans[first][0] : line_stop]
            if capitalised >= 0.8 * len(words) and ". " not in inner:
                for t in line:
                    t.title_line = True
                    t.sentence_start = True
    if line[0].is_upper and line[0].start == spans[first][0]:
        k = 0
        while (
            k < len(line) and line[k].is_upper and (k == 0 or line[k].gap in (" ", "-"))
        ):
            k += 1
        heading = number >= 4
        if (_HEADING_END if heading else _DATELINE_END).match(text, line[k - 1].end):
            for t in line[:k]:
                t.dateline = True
                t.heading = heading
                t.is_upper = False
                t.sentence_start = False
