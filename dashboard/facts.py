"""Facts a sentence states about an event: when, how many killed and injured, how
many mines, which device, and who the victims were.

Everything here is pattern-based and English-first. Dates are resolved against
the article's publication date, which itself never becomes the event date
unless the text says so ("today", "on 12 March"). No personal data is kept:
victims are only ever a kind (civilian, military, deminer, child).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from dashboard.gates import fold, may_match, required_words
from dashboard.models import DatePrecision
from dashboard.text import sentence_spans
from geodata.wordlists import LINE_EMOJI

_PRECISION_RANK = {"day": 3, "month": 2, "year": 1}


@dataclass(frozen=True, slots=True)
class Facts:
    """What one sentence (and its context) states; None where it states nothing."""

    event_date: date | None = None
    event_date_precision: DatePrecision | None = None
    killed: int | None = None
    injured: int | None = None
    mines: int | None = None
    device: str | None = None
    victims: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date found in text: its value, precision and where it was written."""

    value: date
    precision: DatePrecision
    start: int
    end: int
    #: which pattern found it ("weekday", "dmy"...); relative kinds need the
    #: publication date
    kind: str = ""


_RELATIVE_KINDS = frozenset(
    "today yesterday weekday weekdayshort weekend ordinal season ago relative "
    "period".split()
)


def extract_facts(
    sentence: str,
    *,
    context: str = "",
    published: date | None = None,
    role: str | None = None,
    anchor: date | None = None,
    stand_ins_ok: bool = True,
) -> Facts:
    """Return the facts ``sentence`` states, falling back to ``context`` for gaps.

    ``context`` is the neighbouring text (the sentences before and after); it
    fills only what the sentence itself leaves unstated.
    """
    own = _facts_of(sentence, published, role, anchor, stand_ins_ok)
    if not context:
        return own
    # The context is read only for what the sentence leaves unstated, and each
    # fact is found on its own: a fact the sentence states is not looked for.
    context = _blank_dateline(context)
    killed, injured = own.killed, own.injured
    other_killed: int | None = None
    other_injured: int | None = None
    # A sentence that counts mines found or cleared reports that work; the
    # casualties of a neighbouring sentence belong to another event.
    if (
        own.killed is None
        and own.mines is None
        and (own.injured is None or not own.victims)
    ):
        other_killed, other_injured = _toll_told_around(context)
    if killed is None and injured is None:
        killed, injured = other_killed, other_injured
    # A sentence that counts casualties reports a blast; a mine count next to it
    # ("they removed 1,000 mines there") is another event's.
    blast = own.killed is not None or own.injured is not None
    event_date, precision = own.event_date, own.event_date_precision
    if event_date is None:
        found = find_event_date(context, published=published)
        if found is not None:
            event_date, precision = found.value, found.precision
    victims: tuple[str, ...] = ()
    if killed is not None or injured is not None:
        victims = own.victims
        if not victims and own.killed is None and (other_killed or other_injured):
            victims = victim_kinds(context)
    return Facts(
        event_date=event_date,
        event_date_precision=precision,
        killed=killed,
        injured=injured,
        # (a blast's place takes no neighbouring sentence's count of items
        # found or cleared: that is another event)
        mines=(
            own.mines
            if own.mines is not None or blast or role == "incident"
            else _event_mines(context)
        ),
        device=own.device or find_device(context),
        victims=victims,
    )


def _toll_told_around(context: str) -> tuple[int | None, int | None]:
    """The toll the neighbouring sentences tell, each figure as its fullest telling.

    A story tells its blast's toll more than once ("a mine killed three members
    of one family ... A father, his wife and their daughter died"): the
    sentences are not added up, the largest figure of each kind stands.
    """
    if count_casualties(context) == (None, None):
        return None, None  # (most neighbourhoods tell no toll: no need to split)
    killed: int | None = None
    injured: int | None = None
    for start, end in sentence_spans(context):
        k, i = count_casualties(context[start:end])
        if k is not None:
            killed = k if killed is None else max(killed, k)
        if i is not None:
            injured = i if injured is None else max(injured, i)
    return killed, injured


# A stock or running total ("an estimated 60,000 mines remain", "since 2018
# teams have found 5,000") describes the area, not the event of a neighbouring
# sentence, so such a count is not lent to the places named there. (What a
# campaign removed "over the past seven years" is that clearance's own count.)
_BACKGROUND_COUNT = re.compile(
    r"\b(?:estimat\w*|remain\w*|still|since|to\s+date|so\s+far|in\s+total|"
    r"altogether|cumulative\w*|(?:one\s+of|among)\s+the\s+(?:most|worst)|"
    r"believed|thought\s+to)\b",
    re.IGNORECASE,
)


def _event_mines(context: str) -> int | None:
    """The mines counted in ``context``, leaving out background totals."""
    total: int | None = None
    for start, end in sentence_spans(context):
        sentence = context[start:end]
        counted = count_mines(sentence)
        if counted is None or _BACKGROUND_COUNT.search(sentence):
            continue
        total = (total or 0) + counted
    return total


def _blank_dateline(text: str) -> str:
    dateline = _DATELINE_PREFIX.match(text)
    if dateline:
        # "KYIV, March 3 -" says when the story was filed, and its "3" is no count.
        return " " * dateline.end() + text[dateline.end() :]
    return text


def _facts_of(
    text: str,
    published: date | None,
    role: str | None = None,
    anchor: date | None = None,
    stand_ins_ok: bool = True,
) -> Facts:
    text = _COMPARED_FIGURE.sub("", _blank_dateline(text))
    found = find_event_date(
        text,
        published=published,
        role=role,
        anchor=anchor,
        stand_ins_ok=stand_ins_ok,
    )
    killed, injured = count_casualties(text)
    victims = victim_kinds(text) if killed or injured else ()
    return Facts(
        event_date=found.value if found else None,
        event_date_precision=found.precision if found else None,
        killed=killed,
        injured=injured,
        mines=count_mines(text),
        device=find_device(text),
        victims=victims,
    )


# "Nine were killed last month, against six dead in February", "up from 33 in
# April": the figure compared with is another period's, neither its date nor
# its toll is this event's.
_COMPARED_FIGURE = re.compile(
    r",\s+(?:against|compared\s+(?:with|to)|up\s+from|down\s+from)\s+"
    r"(?:a\s+|an\s+|more\s+than\s+|about\s+|some\s+|only\s+|just\s+)?"
    r"(?=\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"a\s+dozen|dozens|hundreds)\b)"
    r"[^;]*?(?=;|,\s+(?:and|but|while|whereas)\b|$)",
    re.IGNORECASE,
)


# "Casualties recorded in April (country – killed – injured):": the columns
# of the rows below it.
_COLUMNS = re.compile(
    r"\(([^()]*\b(?:killed|dead|deaths|injured|wounded)\b[^()]*)\)", re.IGNORECASE
)
_CELL_BREAK = re.compile(r"\s+[-–—|]\s+|\s*[|/;]\s*")


def table_row_counts(row: str, header: str) -> tuple[int | None, int | None]:
    """Killed and injured from a table row under a header that names its columns.

    "Iran – 3 – 4" under "(country – killed – injured)" is 3 killed, 4 injured;
    a header that names no such columns gives (None, None).
    """
    columns = _COLUMNS.search(header)
    if columns is None:
        return None, None
    names = [name.strip().lower() for name in _CELL_BREAK.split(columns.group(1))]
    cells = [cell.strip() for cell in _CELL_BREAK.split(row.strip())]
    if len(cells) != len(names):
        return None, None
    killed = injured = None
    for name, cell in zip(names, cells, strict=True):
        value = parse_number(cell.rstrip(".;,"))
        if name in ("killed", "dead", "deaths"):
            killed = value
        elif name in ("injured", "wounded"):
            injured = value
    return killed, injured


# Numbers ---------------------------------------------------------------------

_UNITS = {
    "zero": 0, "no": 0, "one": 1, "a": 1, "an": 1, "single": 1, "another": 1,
    "two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "dozen": 12, "pair": 2,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_ORDINAL_ONE = "second|third|fourth|fifth|sixth"
_NUMBER_WORD = (
    r"(?:(?:" + "|".join(_TENS) + r")(?:[-\s](?:one|two|three|four|five|six|seven|"
    r"eight|nine))?|" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r")"
)
_DIGITS = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?"
NUMBER = (
    rf"(?:(?:{_DIGITS})(?:\s+(?:million|thousand))?|(?:{_NUMBER_WORD})"
    rf"(?:\s+(?:hundred|thousand|dozen))?)"
)
_NUMBER_RE = re.compile(rf"^(?:{NUMBER})$", re.IGNORECASE)


def parse_number(token: str) -> int | None:
    """Return the value of a number written in digits or words, or None."""
    token = token.strip().lower()
    if not _NUMBER_RE.match(token):
        return None
    multiplier = 1
    for word, factor in (
        ("million", 1_000_000),
        ("thousand", 1000),
        ("hundred", 100),
        ("dozen", 12),
    ):
        if token == word:
            break  # "a dozen" is the unit itself
        if token.endswith(word):
            multiplier = factor
            token = token[: -len(word)].strip()
            break
    if re.fullmatch(_DIGITS, token):
        return int(float(token.replace(",", "")) * multiplier)
    parts = re.split(r"[-\s]+", token)
    if parts[0] in _TENS:
        value = _TENS[parts[0]] + (_UNITS.get(parts[1], 0) if len(parts) > 1 else 0)
    else:
        value = _UNITS[parts[0]]
    return value * multiplier


# Dates -----------------------------------------------------------------------

_MONTH_NAMES = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
    "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
    "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = r"(?:" + "|".join(sorted(_MONTH_NAMES, key=len, reverse=True)) + r")\.?"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
             "sunday")  # fmt: skip
_WEEKDAY = r"(?:" + "|".join(_WEEKDAYS) + r")"
#: A weekday as posts and chat stamps abbreviate it, capitalised ("Tue", "Thurs").
_WEEKDAY_ABBR = r"Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun"
_RANGE = r"\s*(?:-|–|—|to|and|until|through)\s*"

#: Kinds matched as written: a post's "Mon" is a day, a bare "mon" or "sat" is not.
_CASE_SENSITIVE_KINDS = frozenset({"weekdayshort", "weekdaynumeric"})
_DATE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, 0 if kind in _CASE_SENSITIVE_KINDS else re.IGNORECASE))
    for kind, pattern in (
        ("iso", rf"\b(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)\b"),
        (
            "numeric",
            rf"\b(?P<d>[0-3]?\d)[./](?P<m>[01]?\d)[./](?P<y>{_YEAR})\b",
        ),
        # a post's "Tue 8/10", "Sat, 12.10": the weekday tells which number is
        # the day (8 October 2024 was a Tuesday, 10 August was not)
        # (a chat's "[Wed 8/3 09:30]" stamps its message: see find_entry_stamps)
        ("weekdaynumeric", rf"(?<!\[)\b(?P<w>{_WEEKDAY_ABBR}|"
                           r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                           r"\.?,?[ \t]+(?P<a>[0-3]?\d)[./](?P<b>[01]?\d)\b(?![./]\d)"),
        # "between November 15th and 18th, 2022", "November 15-18, 2022"
        (
            "mdy",
            # ("during the month of May 3,450 items were removed": no day)
            rf"\b(?P<m>{_MONTH})\s+(?P<d>{_DAY})(?![,.]\d)(?:{_RANGE}(?:{_MONTH}\s+)?{_DAY})?"
            rf"(?:,?\s+(?P<y>{_YEAR}))?\b",
        ),
        # "15 to 18 November 2022", "15 November - 2 December 2022", "12th of March"
        (
            "dmy",
            rf"\b(?P<d>{_DAY})(?:{_RANGE}{_DAY}(?:\s+(?:of\s+)?{_MONTH})?)?"
            rf"\s+(?:of\s+)?(?P<m>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?\b",
        ),
        # "between January and March (2024)": its first month
        ("monthrange", rf"\b(?:between|from)\s+(?P<m>{_MONTH})(?:\s+(?P<y>{_YEAR}))?"
                       rf"\s+(?:and|to|until|through|-|–)\s+(?:the\s+(?:end|beginning|"
                       rf"start|middle)\s+of\s+|early\s+|late\s+|mid-?)?{_MONTH}"
                       rf"(?:,?\s+(?P<y2>{_YEAR}))?\b"),
        # a report's "January–June 2024": its first month
        ("monthspan", rf"\b(?P<m>{_MONTH})\s*[-–—]\s*{_MONTH},?\s+(?P<y2>{_YEAR})\b"),
        # a report's "Q2 2025" (April), "H2 2024" (July)
        # (the space inside each alternative makes "q1 " the gate, not a year)
        ("quarter", rf"\b(?P<qn>q1 |q2 |q3 |q4 |h1 |h2 )\s*(?P<y>{_YEAR})\b"),
        ("my", rf"\b(?:in\s+|of\s+|since\s+|early\s+|late\s+|mid-?\s*)?"
               rf"(?P<m>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))\b"),
        # "in the first week of June", "at the end of March", "in mid-March"
        # "last October": the latest October before the month of publication
        ("month", rf"\b(?P<prep>in|during|since|by|until|early|late|mid-?|of|last|"
                  rf"throughout)\s+"
                  rf"(?:early\s+|late\s+|mid-?)?(?P<m>{_MONTH})\b(?!\s+\d+\b(?![,.]\d))"),
        # "in the first quarter of the year", "during the second half of 2024"
        # (July), "the first seven months of the year" (January): its first month
        ("part", rf"\b(?:in|during|over)\s+the\s+"
                 rf"(?P<which>first|second|third|fourth|last)\s+"
                 rf"(?P<part>quarter|half|(?:{NUMBER}\s+)?months?)\s+of\s+"
                 rf"(?:(?P<rel>the|this|last)\s+year|(?P<y>{_YEAR}))\b"),
        # "in the third quarter" (a report's): of the year it was published in,
        # or the year before when that quarter had not begun
        ("partbare", r"\b(?:in|during|over)\s+the\s+(?P<which>first|second|third|"
                     r"fourth|last)\s+(?P<part>quarter|half)\b(?!\s+of\b)"),
        # "since the 2020 war", "the 2005 peace agreement": a year that names an event
        ("eventyear", rf"\bthe\s+(?P<y>{_YEAR})\s+(?:(?:peace\s+)?(?:war|conflict|"
                      r"fighting|offensive|floods?|earthquake|agreement|ceasefire|truce|"
                      r"accords?)|elections?)\b"),
        # ("between 2016 and 2023": its first year, as a range of months)
        ("year", rf"\b(?P<prep>in|during|since|by|until|of|early|late|mid-?|from|"
                 rf"between)?\s*"
                 rf"(?P<y>{_YEAR})\b(?!s|-\d|–\d|\s*(?:-|–)\s*(?:19|20)\d\d)"),
        # an anniversary: "seven years ago today" is that very day
        ("agotoday", rf"\b(?P<n>{NUMBER})\s+(?P<unit>months?|years?)\s+ago\s+today\b"),
        ("today", r"\b(?:today|this\s+(?:morning|afternoon|evening)|tonight)\b"),
        # ("over the past day", "in the past 24 hours": a daily report's yesterday)
        ("yesterday", r"\b(?:(?P<before>the\s+day\s+before\s+)?(?:yesterday|yest(?=\.)|"
                      r"yday)|"
                      # "Overnight, a sea mine washed up", "a cow was killed
                      # overnight": the night before, its first day (not
                      # "surgeons operated on him overnight", nor "overnight
                      # into Tuesday", which names its own day)
                      r"last\s+night|overnight(?=,)|(?:(?<=killed\s)|(?<=injured\s)|"
                      r"(?<=wounded\s)|(?<=exploded\s)|(?<=found\s)|(?<=\bup\s)|"
                      r"(?<=\boff\s))overnight|"
                      r"(?:over|in|during)\s+the\s+(?:past|last)\s+"
                      r"(?:day|24\s+hours))\b"),
        ("weekday", rf"\b(?P<prep>on|last|this|early|late)?\s*(?P<w>{_WEEKDAY})\b"),
        # posts and SMS bulletins: "Mine found Mon", "cleared on Sat" (a bare
        # "Sat" or "Sun" may be a word of its own; never "Fri 6 Oct", a stamp)
        ("weekdayshort", r"\b(?:(?P<prep>[Oo]n|[Ll]ast|[Tt]his)\s+)?"
                         rf"(?P<w>{_WEEKDAY_ABBR})\b"
                         r"(?!['’]|\.?\s*\d)"),
        # "at the weekend": its Saturday (a range gives its first day)
        ("weekend", r"\b(?:(?:at|over|during|on)\s+the|last|this)\s+week-?end\b"),
        # "on the 12th": that day of the month of publication, or the one before
        ("ordinal", r"\bon\s+the\s+(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b"
                    rf"(?!\s+(?:of\s+)?{_MONTH})"),
        # "last summer": the most recent such season before publication
        ("season", r"\b(?P<rel>last|this|past)\s+(?P<s>spring|summer|autumn|fall)\b"),
        # "two summers ago": counted back from the last such season that ended
        ("seasonsago", rf"\b(?P<n>{NUMBER})\s+(?P<s>springs|summers|autumns|falls)"
                       r"\s+ago\b"),
        ("ago", rf"\b(?P<n>{NUMBER})\s+(?P<unit>days?|weeks?|months?|years?)\s+ago\b"),
        # "this year" or "this month" is a period, not when the event happened
        # "on New Year's Eve", "on Christmas Day"
        ("holiday", r"\b(?P<h>New\s+Year['’]s\s+(?:Eve|Day)|"
                    r"Christmas\s+(?:Eve|Day))\b"),
        # "earlier in the month", "later in the year"
        ("inperiod", r"\b(?:earlier|later|early|late)\s+in\s+the\s+"
                     r"(?P<unit>month|year)\b"),
        # "at the start of this year", "by the end of last month"
        ("period", r"\b(?:at|by|until|to|from|since)\s+the\s+(?P<edge>start|beginning|"
                   r"end|middle)\s+of\s+(?P<rel>this|last|the)\s+(?P<unit>year|month)\b"),
        # "this year" is year precision, as the annotation rules read it
        ("relative", r"\b(?P<rel>last|this|earlier\s+this|past|early\s+this|"
                     r"late\s+last|early\s+last|the\s+previous|the\s+same|late\s+this)\s+"
                     r"(?P<unit>week|month|year)\b"),
        # "on 21/03": day and month, unambiguous only when the day is over 12
        ("daymonth", r"\bon\s+(?P<d>1[3-9]|2\d|3[01])[/.](?P<m>0?[1-9]|1[0-2])\b"
                     r"(?![/.]\d)"),
        # "On 6.9", "on the afternoon of 9.9": a dot puts the day first (as
        # European and Asian papers write it), so any day may stand there
        ("dotday", r"\b(?:on|(?:morning|afternoon|evening|night)\s+of)\s+"
                   r"(?P<d>[12]\d|3[01]|0?[1-9])\.(?P<m>0?[1-9]|1[0-2])\b(?![/.,]\d)"
                   r"(?!\s*(?:%|per|square|sq|km|kilomet|hectares?|ha\b|million|"
                   r"billion|metres?|meters?|tonnes?|tons?|mm|m\b))"),
        # a report's own period: "during the quarter" (the quarter it covers),
        # "in the second half of the month", "over the reporting period"
        ("reportperiod", r"\b(?:during|over|in|throughout|for)\s+the\s+"
                         r"(?:(?:first|second)\s+half\s+of\s+the\s+)?"
                         r"(?:reporting\s+)?(?P<unit>quarter|month|period)\b"
                         r"(?!\s+(?:of|before|after|ahead|to\s+come))"),
        # an incident log's entry, "02/04 - Near Hays, a pickup struck a mine":
        # day first, as humanitarian logs write it (month first only when the
        # second number cannot be a month)
        ("logday", r"(?m)^[ \t]*(?P<d>[0-3]?\d)/(?P<m>[0-3]?\d)(?=[ \t]*[-–—:][ \t])"),
    )
)  # fmt: skip
# Words one of which every match of a pattern contains: a text without any of
# them is not scanned (most sentences name no month, weekday or year, and
# scanning is what costs).
_DATE_WORDS = {
    # (a kind matched as written is gated by plain look-ups in the text: the
    # shared gate runs on the folded text only)
    kind: tuple(required_words(pattern))
    if kind in _CASE_SENSITIVE_KINDS
    else required_words(pattern)
    for kind, pattern in _DATE_PATTERNS
}
_MONTH_WORD_AMBIGUOUS = {"may", "mar", "jan", "dec", "sep", "jun", "jul", "aug", "oct"}
_NOT_EVENT_BEFORE = re.compile(
    # (whole words: "validated on Friday" is no "dated")
    r"\b(?:since|until|till|by|before|born|founded|established|published|"
    r"updated|posted|dated)\s+(?:early\s+|late\s+|mid-?)?(?:the\s+)?$",
    re.IGNORECASE,
)

# "the harvest is running ahead of last year", "more than in 2023", "up from
# 2022": a period compared with, not when the event happened
_COMPARED_BEFORE = re.compile(
    r"\b(?:ahead\s+of|behind|than(?:\s+in)?|compared\s+(?:with|to)|up\s+from|"
    r"down\s+from)\s+(?:that\s+of\s+)?$",
    re.IGNORECASE,
)


_DATELINE_PREFIX = re.compile(
    r"^\s*[A-Z][A-Z\u00c0-\u024f'’. -]{1,40}(?:,\s*[A-Z][\w'’. -]{1,40})?,"
    r"[^\n–—:]{3,30}?(?:\([^)\n]{1,30}\)\s*)?(?:\s[-–—]{1,2}|–|—|:)\s"
    # "Vientiane, 19 March 2026 - ...": a city not in capitals, with its date
    r"|^\s*[A-Z][\w\u00c0-\u024f'’.-]+(?:\s+[A-Z][\w\u00c0-\u024f'’.-]+){0,2},\s*"
    rf"(?i:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}})(?:,?\s+\d{{4}})?\s*"
    r"(?:\([^)\n]{1,30}\)\s*)?(?:[-–—]{1,2}|:)\s"
)
# "Since the end of the fighting in 2020, ...": a date inside a clause opened
# by "since" (no clause break between) starts a period; it is an event's date
# only for a running total ("have found 5,000 mines since 2020"), and only when
# the sentence states no other date.
_RUNNING_TOTAL = re.compile(
    r"\b(?:have|has|had)\s+(?:been\s+|now\s+|also\s+)?\w+(?:ed|en|un|wn)\b|"
    r"\b(?:have|has|had)\s+(?:found|cleared|laid|hit|lost|had)\b",
    re.I,
)
_PLUPERFECT_BEFORE = re.compile(r"\bhad\s+(?:been\s+)?[a-z]+\b[^,;.:]*$", re.IGNORECASE)
_LAUNCHES = frozenset("launched published released presented".split())
_REPORTED_BEFORE = re.compile(
    r"\b(said|says|told|announced|reported|stated|added|confirmed|declared|"
    r"informed|noted|launched|published|released|presented|issued)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:on|last|this|early|late)?\s*$",
    re.IGNORECASE,
)


def _single_event(text: str) -> bool:
    """ "Since 2020, a tractor driver was killed": one event, after the date."""
    if _RUNNING_TOTAL.search(text):
        return False
    killed, injured = count_casualties(text)
    return (killed or 0) + (injured or 0) == 1


# "the first accident since the night of 4 to 5 March, when a truck hit a mine":
# the date of the when-clause's event, not the start of a period
_WHEN_AFTER = re.compile(r",?\s+when\b", re.IGNORECASE)
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:early\s+|late\s+|mid-?)?(?:the\s+)?$", re.I)
_SINCE_CLAUSE = re.compile(r"\bsince\b[^,;:.()]*$", re.IGNORECASE)
_SLASH_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/\d{4}")


def _first_month_of_part(which: str, part: str) -> int:
    """The month a part of a year begins: "second half" July, "last quarter" October."""
    which, part = which.lower(), " ".join(part.lower().split())
    if part == "half":
        return 1 if which == "first" else 7
    if part == "quarter":
        return {"first": 1, "second": 4, "third": 7}.get(which, 10)
    months = parse_number(part.rsplit(" ", 1)[0]) if " " in part else 1
    if which == "first" or months is None or not 1 <= months <= 12:
        return 1
    return 13 - months  # "the last three months of 2023": October


_SEASON_FIRST_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9}


def _last_ended_season_year(season: str, published: date) -> int:
    """The year of the latest such season over by publication.

    "last summer" in October is this year's; in March, last year's.
    """
    ended = published.month >= _SEASON_FIRST_MONTH[season] + 3
    return published.year - (0 if ended else 1)


def _day_or_month_first(written: str) -> bool:
    match = _SLASH_DATE.fullmatch(written)
    if match is None:
        return False
    first, second = int(match.group(1)), int(match.group(2))
    return first != second and first <= 12 and second <= 12


_YEAR_AFTER_MONTH = re.compile(r"\s+(?:of\s+)?(last|this)\s+year\b", re.IGNORECASE)
_WAR_AFTER = re.compile(
    r"\s+(?:war|wars|conflict|fighting|offensive|invasion|hostilities)\b", re.IGNORECASE
)
_NOT_EVENT_OWN = re.compile(r"(?:since|until|by)\b", re.IGNORECASE)


# "Two days earlier", "the previous day": a date counted from the event told before.
SHIFTED = re.compile(
    rf"\b(?:(?P<n>{NUMBER}|a)\s+(?P<unit>days?|weeks?)\s+(?P<dir>earlier|later|"
    # "two days before the fatal blast": counted from the blast told before
    r"before(?=\s+the\s+(?:fatal\s+|deadly\s+|first\s+)?(?:ceremony|meeting|"
    r"conference|workshop|handover|visit|funeral|blast|explosion|accident|incident|"
    r"attack)\b))|"
    r"the\s+(?P<day>previous|next|following)\s+day|"
    # "The same day, engineers defused three IEDs": the day told before
    r"(?P<same>(?:the|that)\s+same\s+day|(?:later|earlier)\s+that\s+day)|"
    # "In 2008 ... The next year I trained in Ziguinchor", "two years later",
    # "that summer": counted from the year told before
    rf"(?P<yn>{NUMBER}|a)\s+years?\s+(?P<ydir>earlier|later)|"
    r"the\s+(?P<year>previous|next|following)\s+year|"
    r"(?<![\w-])(?P<that>that)\s+(?:same\s+)?(?:year|summer|spring|autumn|winter)|"
    # "the day before the bus was hit": the event told before, seen from this one
    r"the\s+day\s+(?P<side>before|after)"
    r"(?=\s*[,.;]|\s+(?:the|it|he|she|they|his|her|their)\s+\w+\s+(?:was|were|had)\b|"
    # "the day before the ceremony": the event told before, by its name
    r"\s+the\s+(?:ceremony|meeting|conference|workshop|handover|visit|funeral|"
    r"blast|explosion|accident|incident|attack)\b))\b",
    re.IGNORECASE,
)


def shifts_years(shift: re.Match[str]) -> bool:
    """Whether a match of SHIFTED counts years ("the next year"), not days."""
    return bool(shift.group("yn") or shift.group("year") or shift.group("that"))


def _shifted_dates(text: str, anchor: date) -> list[DateMention]:
    found = []
    for match in SHIFTED.finditer(text):
        if shifts_years(match):
            years = 0
            if match.group("yn"):
                written = match.group("yn")
                years = 1 if written.lower() == "a" else parse_number(written) or 0
                years *= 1 if match.group("ydir").lower() == "later" else -1
            elif match.group("year"):
                years = -1 if match.group("year").lower() == "previous" else 1
            if not 0 < anchor.year + years <= 9999 or abs(years) > 60:
                continue
            value = date(anchor.year + years, 1, 1)
            found.append(DateMention(value, "year", *match.span(), "shifted"))
            continue
        if match.group("same"):
            # only as the sentence's opening: "... on 12 June, removed the same
            # day" is that sentence's own day
            if text[: match.start()].strip().lower() in ("", "on", "and", "and on"):
                found.append(DateMention(anchor, "day", *match.span(), "shifted"))
            continue
        if match.group("n"):
            written = match.group("n")
            count = 1 if written.lower() == "a" else parse_number(written)
            if count is None or count > 60:
                continue
            days = count * (7 if match.group("unit").lower().startswith("week") else 1)
            later = match.group("dir").lower() == "later"  # ("before": earlier)
        else:
            days = 1
            later = (match.group("day") or match.group("side")).lower() in (
                "next",
                "following",
                "after",
            )
        value = anchor + timedelta(days=days if later else -days)
        precision: DatePrecision = "day" if days < 7 else "month"
        found.append(DateMention(value, precision, *match.span(), "shifted"))
    return found


def find_dates(
    text: str, *, published: date | None = None, anchor: date | None = None
) -> list[DateMention]:
    """Return every date ``text`` states, resolved against ``published``, in order.

    Dates without a year take the publication year (the year before when that
    would put them after publication); relative dates need ``published`` and
    are skipped without it. "Two days earlier" needs ``anchor``, the date of
    the event told before, and is skipped without it.
    """
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    folded = fold(text)
    for kind, pattern in _DATE_PATTERNS:
        gated = text if kind in _CASE_SENSITIVE_KINDS else folded
        if not may_match(_DATE_WORDS[kind], gated):
            continue
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            resolved = _resolve(kind, match, published)
            if resolved is None:
                continue
            value, precision = resolved
            if kind == "month" and published is not None:
                # "since May last year", "in March of this year"
                told = _YEAR_AFTER_MONTH.match(text, end)
                if told is not None:
                    last = told.group(1).lower() == "last"
                    value = value.replace(year=published.year - (1 if last else 0))
                    end = told.end()
            taken.append((start, end))
            found.append(DateMention(value, precision, start, end, kind))
    if anchor is not None:
        found.extend(
            mention
            for mention in _shifted_dates(text, anchor)
            # ("two years later" may reach past the story's own year)
            if published is None
            or mention.precision != "year"
            or mention.value.year <= published.year
        )
    found.sort(key=lambda mention: mention.start)
    return _without_range_ends(text, found)


# "Since the ceasefire, army engineers have removed 24,000 items": the period
# starts at an event the story dated before ("the ceasefire of 27 November 2024")
_SINCE_NAMED_EVENT = re.compile(
    r"\bsince\s+the\s+(?P<event>ceasefire|truce|floods?|earthquake|de-?occupation|"
    r"liberation|peace\s+(?:agreement|accord|deal))\b(?!\s+(?:of|on|in)\b)",
    re.IGNORECASE,
)


def since_named_event(
    sentence: str, text: str, before: int, *, published: date | None = None
) -> DateMention | None:
    """The date of the event a sentence's "since the ceasefire" names, as told before.

    The event's own date is looked for in ``text[:before]``. None when the
    sentence names no such event, dates its own events, or the text before
    never dated the event ("the ceasefire of 27 November 2024").
    """
    since = _SINCE_NAMED_EVENT.search(sentence)
    if since is None or find_dates(sentence, published=published):
        return None
    event = re.escape(since.group("event").lower()).replace("\\ ", r"\s+")
    told_of = re.compile(rf"\b{event}\s+(?:of|on|in)\s+", re.IGNORECASE)
    dated = None
    for told in told_of.finditer(text, 0, before):
        window = text[told.end() : min(told.end() + 40, before)]
        found = find_dates(window, published=published)
        if found and found[0].start == 0:
            dated = found[0]
    return dated


# (a weekday's match may begin with the space before it: "Between| Saturday")
# ("Between the ceasefire of 27 November 2024 and 31 May 2025": the event named)
_RANGE_OPENER = re.compile(
    r"\b(?:between|from)\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?(?:of|on)\s*$|"
    r"\b(?:between|from)\s*$",
    re.IGNORECASE,
)
_RANGE_JOINER = re.compile(rf"{_RANGE}|\s*till\s*", re.IGNORECASE)


def _without_range_ends(text: str, found: list[DateMention]) -> list[DateMention]:
    """Drop the end of "between 15 April and 30 September": a range is its first day."""
    kept: list[DateMention] = []
    for mention in found:
        first = kept[-1] if kept else None
        if (
            first is not None
            and _RANGE_JOINER.fullmatch(text, first.end, mention.start)
            and _RANGE_OPENER.search(text, max(0, first.start - 40), first.start)
        ):
            continue
        kept.append(mention)
    return kept


# A log's or live page's entry stamp heading its entry: "[Mon 11 Sep, 10:42]",
# "Fri 6 Oct", "October 14." or "August." at the start of a line.
_ENTRY_STAMP = re.compile(
    # (a channel's day header may open on an emoji: "📅 Mon, 14 April")
    rf"^[ \t]*(?:{LINE_EMOJI}[ \t]*)?"
    rf"\[?(?:(?:{_WEEKDAY}|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?,?\s+)?"
    # a chronology's "Late on 30 March.", "Night of 9 to 10 March.", "Mid-March."
    r"(?:(?:late|early)\s+(?:on\s+)?|(?:the\s+)?night\s+of\s+|mid-\s?)?"
    rf"(?:(?P<day>{_DAY})(?:\s*(?:-|–|to)\s*{_DAY})?\s+(?P<month>{_MONTH})|"
    rf"(?P<month2>{_MONTH})(?:\s+(?P<day2>{_DAY}))?)"
    rf"(?:,?\s+(?P<year>{_YEAR}))?(?:\s*\({_WEEKDAY}\))?"
    # (a page's post stamp: "📌 Wed 10 April · 09:15", "Mon 3 Nov · 08:40 · 🌏")
    r"(?:(?:,|[ \t]+[·|–-])?\s+\d{1,2}[:.]\d{2})?\]?"
    rf"(?:[ \t]+·[ \t]*{LINE_EMOJI})?"
    r"[ \t]*(?:\.(?=[ \t]+[A-Z])|$)",
    re.IGNORECASE | re.MULTILINE,
)


@dataclass(frozen=True, slots=True)
class EntryStamp:
    """The date heading one entry of a log; the entry runs from ``start`` to ``end``."""

    value: date
    precision: DatePrecision
    start: int
    end: int


_CHAT_STAMP = re.compile(
    rf"^[ \t]*\[(?:(?P<w>{_WEEKDAY_ABBR})\.?,?[ \t]+)?"
    r"(?P<day>[0-3]?\d)[/.](?P<month>[01]?\d)(?:[/.](?P<year>\d{4}))?,?[ \t]+"
    r"\d{1,2}:\d{2}\]",
    re.MULTILINE,
)
_DOTTED_STAMP = re.compile(
    r"^[ \t]*(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>(?:19|20)\d\d)"
    rf"(?=[ \t]*(?:\||{LINE_EMOJI}|[-–—:]|$))|"
    # a channel's day header: "📅 16.06, Mon"
    rf"^[ \t]*{LINE_EMOJI}[ \t]*(?P<day2>[0-3]?\d)\.(?P<month2>[01]?\d)"
    r"(?=,?[ \t]*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?[ \t]*$)",
    re.MULTILINE,
)
_TIME_LINE = re.compile(r"^[ \t]*\[?\d{1,2}[:.]\d{2}\]?[ \t]*$", re.MULTILINE)


def _with_time_lines(
    text: str, found: list[tuple[int, int, date, DatePrecision]]
) -> list[tuple[int, int, date, DatePrecision]]:
    """Add the time lines under a day's stamp as stamps of that day."""
    days = sorted(found)
    result = list(found)
    for match in _TIME_LINE.finditer(text):
        if any(start <= match.start() < end for start, end, *_ in days):
            continue  # the day's own stamp took its first time ("Tue, 15 April\n09:05")
        before = [day for day in days if day[1] <= match.start()]
        if before and before[-1][3] == "day":
            result.append((match.start(), match.end(), before[-1][2], "day"))
    return sorted(result)


def find_entry_stamps(text: str, *, published: date | None) -> list[EntryStamp]:
    """Return the entries of a log, chronology or page of posts, with their dates.

    A stamp without a year takes the publication's, or the year before when
    that would put it after publication. Fewer than two stamps make no log: a
    lone date line under a headline is the article's own date.
    """
    if published is None:
        return []
    found: list[tuple[int, int, date, DatePrecision]] = []
    for match in _ENTRY_STAMP.finditer(text):
        month_text = (match["month"] or match["month2"]).rstrip(".").lower()
        if match["month2"] and month_text in _MONTH_WORD_AMBIGUOUS and not (
            match["month2"][:1].isupper()
        ):
            continue
        month = _MONTH_NAMES[month_text]
        day_text = match["day"] or match["day2"]
        day = int(re.sub(r"\D", "", day_text)) if day_text else 1
        precision: DatePrecision = "day" if day_text else "month"
        year = int(match["year"]) if match["year"] else published.year
        if not match["year"] and (month, day) > (published.month, published.day):
            year -= 1
        try:
            value = date(year, month, day)
        except ValueError:
            continue
        found.append((match.start(), match.end(), value, precision))
    for match in [*_CHAT_STAMP.finditer(text), *_DOTTED_STAMP.finditer(text)]:
        # an exported chat's "[20/01 08:14] Partner A: ...", a channel's
        # "27.06.2025 🔹 SUDZHANSKY R-N": day first
        groups = match.groupdict()
        day = int(groups["day"] or groups.get("day2") or 0)
        month = int(groups["month"] or groups.get("month2") or 0)
        if match.re is _CHAT_STAMP and match["w"] and not match["year"]:
            # "[Sun 9/2 08:14]": the weekday says which number is the day
            told = _day_of_weekday(match["w"], match["day"], match["month"], published)
            if told is not None:
                day, month = told[0].day, told[0].month
        year = int(match["year"]) if match["year"] else published.year
        if not match["year"] and (month, day) > (published.month, published.day):
            year -= 1
        try:
            found.append((match.start(), match.end(), date(year, month, day), "day"))
        except ValueError:
            continue
    found.sort()
    if found and found[-1][3] == "day":
        # a day's page of posts: "Wed, 18 June", then "08:40", "10:15" ...
        # each time line opens a post of the day above it
        found = _with_time_lines(text, found)
    if len(found) < 2:
        return []
    ends = [start for start, *_ in found[1:]] + [len(text)]
    return [
        EntryStamp(value, precision, stamp_end, entry_end)
        for (_, stamp_end, value, precision), entry_end in zip(found, ends, strict=True)
    ]


def find_event_date(
    text: str,
    *,
    published: date | None = None,
    role: str | None = None,
    anchor: date | None = None,
    stand_ins_ok: bool = True,
) -> DateMention | None:
    """Return the date of the event ``text`` reports: the most precise date it states.

    Dates introduced by "since", "until", "by", "founded"... describe something
    else and are ignored. Wordings the annotation rules leave open: "at the
    weekend" is its Saturday (a range gives its first day); "earlier this
    week", "three weeks ago", "in the first week of June" and "in mid-March"
    have month precision (there is no week precision); "on the 12th" is the
    latest 12th on or before publication; "last summer" is the year of the
    latest summer that had ended; "over the past month" or "past year" is a
    period ending at publication, not a date (none); where a weekday and a
    written date name one day ("on Thursday, 9 March") the written date wins.

    With ``role`` (the place's role), a sentence telling two events ("work
    began in February, where a woman was injured last year") gives the date
    written closest to that role's words, counting a comma as a long way.

    When the text dates nothing else, the day something was told ("officials
    said on Wednesday") or a pluperfect's date ("a track that had been cleared
    in 2021") stands in for the event's; ``stand_ins_ok=False`` refuses them
    (a clause is asked for its own event's date, not for its background).
    """
    candidates: list[DateMention] = []
    since: list[DateMention] = []
    reported: list[DateMention] = []
    background: list[DateMention] = []
    dateline = _DATELINE_PREFIX.match(text)
    skip_before = dateline.end() if dateline else 0
    for mention in find_dates(text, published=published, anchor=anchor):
        if mention.start < skip_before:
            continue  # "KYIV, March 3 (Reuters) -": when it was filed, not the event
        prefix = text[max(0, mention.start - 25) : mention.start]
        own = text[mention.start : mention.end]
        reported_by = _REPORTED_BEFORE.search(
            text[max(0, mention.start - 40) : mention.start]
        )
        if reported_by and not (
            # "an annual report launched in Geneva on Thursday": for the
            # meeting place the launch is the event
            role == "conference" and reported_by.group(1).lower() in _LAUNCHES
        ):
            # "..., officials said on Wednesday": when it was told, not when
            # it happened; the date only when nothing else is stated
            reported.append(mention)
            continue
        since_clause = _SINCE_CLAUSE.search(
            text[max(0, mention.start - 60) : mention.start]
        )
        if since_clause and _WHEN_AFTER.match(text, mention.end):
            candidates.append(mention)  # "since 4 March, when a truck hit a mine"
            continue
        if (
            _SINCE_BEFORE.search(prefix)
            or own.lower().startswith("since")
            or since_clause
        ):
            # "found 1,046 mines since January", "since the war ended in 2020":
            # the start of a period, the date only when nothing else is stated
            since.append(mention)
            continue
        if mention.kind == "eventyear" or _WAR_AFTER.match(text, mention.end):
            # "after the 2020 war, the area was mined", "a bomblet left from the
            # August 2008 war": no date of this event
            continue
        if _NOT_EVENT_BEFORE.search(prefix) or _NOT_EVENT_OWN.match(own):
            continue
        if _COMPARED_BEFORE.search(prefix):
            continue
        if _PLUPERFECT_BEFORE.search(text[max(0, mention.start - 50) : mention.start]):
            # "a track that had been cleared in 2021", "a plot the family had
            # bought only last year": the background, the date only when
            # nothing else is stated
            background.append(mention)
            continue
        if _day_or_month_first(own):
            continue  # "3/5/2023": 3 May or March 5? Better no date than a wrong one
        candidates.append(mention)
    if since and candidates and _RUNNING_TOTAL.search(text):
        # "have found 412 mines since January, most where the battles were
        # fought in 2009": the total's start competes on closeness to the role
        candidates = [*candidates, since[0]]
    elif not candidates and since and not _single_event(text):
        # "teams have destroyed 25,000 mines since January 2019", "the third
        # fatal accident since October": a running total dates from its start
        # (a single event after "since" does not)
        candidates = since[:1]
    if not candidates and stand_ins_ok:
        candidates = reported[:1] or background[:1]
    # "on Tuesday 13 June", "on Thursday, 9 March": one day; the written date names it.
    candidates = [
        mention
        for mention in candidates
        if mention.kind not in _RELATIVE_KINDS
        or not any(
            other.kind not in _RELATIVE_KINDS
            and other.precision == mention.precision
            and 0 <= other.start - mention.end <= 3
            for other in candidates
        )
    ]
    if role is not None and len(candidates) > 1:
        closest = _closest_to_role(text, candidates, role)
        if closest is not None:
            return closest
    best: DateMention | None = None
    for mention in candidates:
        if (
            best is None
            or _PRECISION_RANK[mention.precision] > _PRECISION_RANK[best.precision]
            or (
                # "on Thursday, 9 March": the written date beats the weekday
                mention.precision == best.precision
                and best.kind in _RELATIVE_KINDS
                and mention.kind not in _RELATIVE_KINDS
                and mention.start - best.end <= 3
            )
        ):
            best = mention
    return best


_OF_LAST_WEEK = re.compile(r"\s+(?:of\s+)?(?:last|the\s+previous)\s+week\b", re.I)


# The words that tell each role's event, to pick its date among several.
_ROLE_WORDS = {
    "incident": re.compile(
        # ("sentenced to death" tells a verdict, not the blast's toll)
        r"\b(?:kill\w*|injur\w*|wound\w*|maim\w*|hurt|died|dead|"
        r"(?<!sentenced\sto\s)(?<!condemned\sto\s)death\w*|"
        r"explo\w+|blast\w*|detonat\w+|casualt\w+|victims?|amputat\w+|"
        r"stepped|ran\s+over|drove\s+over|hit|struck)\b",
        re.I,
    ),
    "minefield": re.compile(
        r"\b(?:found|discover\w*|detect\w*|uncover\w*|spotted|reported|"
        r"mine-?fields?|contaminat\w+|planted|laid|hazardous|yield\w*)\b",
        re.I,
    ),
    "clearance": re.compile(
        r"\b(?:clear\w*|demin\w*|destroy\w*|remov\w*|neutrali\w+|defus\w+|"
        r"survey\w*|releas\w+|handed|sappers?|disposal|recover\w*)\b",
        re.I,
    ),
    "conference": re.compile(
        r"\b(?:conferences?|workshops?|meetings?|summits?|forums?|seminars?|"
        r"ceremon\w+|held|hosted|met|convened|gathered)\b",
        re.I,
    ),
}
_COMMA_COST = 60


def _closest_to_role(
    text: str, candidates: list[DateMention], role: str
) -> DateMention | None:
    pattern = _ROLE_WORDS.get(role)
    if pattern is None:
        return None
    words = [match.span() for match in pattern.finditer(text)]
    if not words:
        return None

    def cost(mention: DateMention) -> int:
        best = None
        for start, end in words:
            low, high = (end, mention.start) if end <= mention.start else (
                mention.end, start
            )
            gap = max(0, high - low) + _COMMA_COST * text.count(",", low, high)
            best = gap if best is None else min(best, gap)
        return best if best is not None else 10**6

    # Dates about as close to the role's words (within 40 characters of each
    # other's distance) are told apart by precision: "one casualty in 2023: in
    # August a herder was injured" is August.
    ranked = sorted(
        candidates,
        key=lambda m: (cost(m) // 40, -_PRECISION_RANK[m.precision], m.start),
    )
    best = ranked[0]
    # "handed the land back in June, the first released this year": June is
    # that year, said more precisely
    inside = [
        m
        for m in candidates
        if _PRECISION_RANK[m.precision] > _PRECISION_RANK[best.precision]
        and _within(m.value, best)
    ]
    return max(inside, key=lambda m: _PRECISION_RANK[m.precision]) if inside else best


def _within(value: date, period: DateMention) -> bool:
    if period.precision == "year":
        return value.year == period.value.year
    if period.precision == "month":
        return (value.year, value.month) == (period.value.year, period.value.month)
    return value == period.value


def parse_date_text(value: str, *, published: date | None = None) -> date | None:
    """Return the first absolute date in ``value`` ("12 March 2023", "2023-03-12")."""
    for mention in find_dates(value, published=published):
        if mention.precision == "day":
            return mention.value
    return None


def _resolve(
    kind: str, match: re.Match[str], published: date | None
) -> tuple[date, DatePrecision] | None:
    groups = match.groupdict()
    if kind == "monthspan":
        kind = "monthrange"
    if kind == "monthrange" and not groups.get("y") and groups.get("y2"):
        groups = {**groups, "y": groups["y2"]}
    if kind == "quarter":
        half = groups["qn"][0] in "Hh"
        number = int(groups["qn"][1])
        month = (number - 1) * 6 + 1 if half else (number - 1) * 3 + 1
        return date(int(groups["y"]), month, 1), "month"
    if kind == "eventyear":
        year = int(groups["y"])
        if published is not None and year > published.year:
            return None
        return date(year, 1, 1), "year"
    if kind in ("iso", "numeric", "mdy", "dmy", "my", "month", "year", "monthrange"):
        return _resolve_absolute(kind, match, groups, published)
    if published is None:
        return None
    if kind == "today":
        return published, "day"
    if kind == "yesterday":
        return published - timedelta(days=2 if groups.get("before") else 1), "day"
    if kind == "weekdaynumeric":
        return _day_of_weekday(groups["w"], groups["a"], groups["b"], published)
    if kind == "weekdayshort":
        if groups["w"] in ("Sat", "Sun") and groups.get("prep") is None:
            return None  # a bare "Sat" or "Sun" may be a word of its own
        kind = "weekday"
    if kind == "weekday":
        if groups.get("prep") is None and not groups["w"][:1].isupper():
            return None
        weekday = [day[:3] for day in _WEEKDAYS].index(groups["w"][:3].lower())
        if _OF_LAST_WEEK.match(match.string, match.end()):
            # "on Tuesday of last week": that weekday of the previous calendar week
            last_monday = published - timedelta(days=published.weekday() + 7)
            return last_monday + timedelta(days=weekday), "day"
        back = (published.weekday() - weekday) % 7
        if groups.get("prep", "") and groups["prep"].lower() == "last" and back == 0:
            back = 7
        return published - timedelta(days=back), "day"
    if kind == "weekend":
        back = (published.weekday() - 5) % 7
        if match.group(0).lower().startswith("last") and back < 2:
            back += 7
        return published - timedelta(days=back), "day"
    if kind == "ordinal":
        day = int(groups["d"])
        month_start = published.replace(day=1)
        if day > published.day:
            month_start = _shift_months(published, -1)
        try:
            return month_start.replace(day=day), "day"
        except ValueError:
            return None
    if kind == "season":
        season = groups["s"].lower()
        if groups["rel"].lower() == "this":
            begun = published.month >= _SEASON_FIRST_MONTH[season]
            return (date(published.year, 1, 1), "year") if begun else None
        return date(_last_ended_season_year(season, published), 1, 1), "year"
    if kind == "seasonsago":
        count = parse_number(groups["n"])
        if count is None or not 0 < count < 60:
            return None
        last = _last_ended_season_year(groups["s"].lower().removesuffix("s"), published)
        return date(last - (count - 1), 1, 1), "year"
    if kind == "agotoday":
        count = parse_number(groups["n"])
        if count is None or count > 400:
            return None
        if groups["unit"].lower().startswith("month"):
            month = _shift_months(published, -count)
        else:
            month = date(published.year - count, published.month, 1)
        # (the day clipped to the month's length: "a year ago today" on 29 February)
        last_day = calendar.monthrange(month.year, month.month)[1]
        return month.replace(day=min(published.day, last_day)), "day"
    if kind == "ago":
        count = parse_number(groups["n"])
        if count is None or count > 400:
            return None
        unit = groups["unit"].lower().rstrip("s")
        if unit == "day":
            return published - timedelta(days=count), "day"
        if unit == "week":
            # "three weeks ago" is no more exact than "last week": month
            return published - timedelta(days=7 * count), "month"
        if unit == "month":
            return _shift_months(published, -count), "month"
        return date(published.year - count, 1, 1), "year"
    if kind == "holiday":
        name = " ".join(groups["h"].lower().replace("’", "'").split())
        month, day = {
            "new year's eve": (12, 31),
            "new year's day": (1, 1),
            "christmas eve": (12, 24),
            "christmas day": (12, 25),
        }[name]
        value = date(published.year, month, day)
        if value > published:
            value = value.replace(year=published.year - 1)
        return value, "day"
    if kind == "inperiod":
        if groups["unit"].lower() == "year":
            return date(published.year, 1, 1), "year"
        return published.replace(day=1), "month"
    if kind == "part":
        if groups.get("y"):
            year = int(groups["y"])
        else:
            last = (groups.get("rel") or "").lower() == "last"
            year = published.year - (1 if last else 0)
        month = _first_month_of_part(groups["which"], groups["part"])
        return date(year, month, 1), "month"
    if kind == "partbare":
        month = _first_month_of_part(groups["which"], groups["part"])
        year = published.year - (1 if month > published.month else 0)
        return date(year, month, 1), "month"
    if kind == "period":
        last = groups["rel"].lower() == "last"
        if groups["unit"].lower() == "year":
            year = published.year - (1 if last else 0)
            edge = groups["edge"].lower()
            # "at the end of last year" is its December, "the start of this
            # year" its January; the middle of a year is only the year
            if edge == "end":
                return date(year, 12, 1), "month"
            if edge in ("start", "beginning"):
                return date(year, 1, 1), "month"
            return date(year, 1, 1), "year"
        return _shift_months(published, -1 if last else 0), "month"
    if kind == "logday":
        day, month = int(groups["d"]), int(groups["m"])
        if month > 12 >= day:
            day, month = month, day
        try:
            value = date(published.year, month, day)
        except ValueError:
            return None
        if value > published:
            value = value.replace(year=published.year - 1)
        return value, "day"
    if kind == "reportperiod":
        # A report is published after the period it covers: a monthly update of
        # 7 June tells May, a quarterly one of 16 October the July quarter.
        unit = groups["unit"].lower()
        if unit == "period" and "reporting" not in match.group(0).lower():
            return None
        if unit == "quarter":
            covered = published - timedelta(days=45)
            return date(covered.year, 3 * ((covered.month - 1) // 3) + 1, 1), "month"
        covered = published - timedelta(days=10)
        return covered.replace(day=1), "month"
    if kind in ("daymonth", "dotday"):
        try:
            value = date(published.year, int(groups["m"]), int(groups["d"]))
        except ValueError:
            return None
        if value > published:
            value = value.replace(year=published.year - 1)
        return value, "day"
    if kind == "relative":
        rel = " ".join(groups["rel"].lower().split())
        unit = groups["unit"].lower()
        if rel == "the same":
            # "the same week/month": of the event told before, which is not
            # known here; publication's is the best guess (month precision)
            return (published, "month") if unit != "year" else (
                date(published.year, 1, 1),
                "year",
            )
        rel = {"early this": "earlier this", "late this": "earlier this"}.get(rel, rel)
        past = rel in ("last", "past", "late last", "early last", "the previous")
        if rel == "past" and unit != "week":
            return None  # "over the past month": a period ending now, no date
        if unit == "week":
            return published - timedelta(days=7 if past else 0), "month"
        if unit == "month":
            return _shift_months(published, -1 if past else 0), "month"
        return date(published.year - (1 if past else 0), 1, 1), "year"
    return None


def _day_of_weekday(
    weekday_name: str, a: str, b: str, published: date
) -> tuple[date, DatePrecision] | None:
    """ "Tue 8/10": the reading of day and month that falls on that weekday.

    Each reading is the latest such date not after publication. A reading that
    misses the weekday is dropped; of two that hit it, the later (posts tell
    what is recent).
    """
    weekday = [day[:3] for day in _WEEKDAYS].index(weekday_name[:3].lower())
    first, second = int(a), int(b)
    fits: set[date] = set()
    for day, month in ((first, second), (second, first)):
        for year in (published.year, published.year - 1):
            try:
                value = date(year, month, day)
            except ValueError:
                break
            if value <= published:
                if value.weekday() == weekday:
                    fits.add(value)
                break
    return (max(fits), "day") if fits else None


def _resolve_absolute(
    kind: str,
    match: re.Match[str],
    groups: dict[str, str | None],
    published: date | None,
) -> tuple[date, DatePrecision] | None:
    month_text = groups.get("m")
    month = None
    if month_text is not None:
        month = (
            int(month_text)
            if month_text.isdigit()
            else _MONTH_NAMES[month_text.lower().rstrip(".")]
        )
        bare = month_text.lower().rstrip(".")
        # "may" and friends are also words: accept them only capitalised.
        if bare in _MONTH_WORD_AMBIGUOUS and not month_text[:1].isupper():
            return None
    year = int(groups["y"]) if groups.get("y") else None
    day_text = groups.get("d")
    day = int(re.sub(r"\D", "", day_text)) if day_text else None
    if kind == "year":
        if year is None or (published and year > published.year):
            return None
        prep = (groups.get("prep") or "").lower()
        if not prep:
            return None  # a bare number: "2022" alone is as often a count as a year
        return date(year, 1, 1), "year"
    if month is None or not 1 <= month <= 12:
        return None
    if year is None:
        if published is None:
            return None
        year = published.year
        candidate_day = day or 1
        try:
            candidate = date(year, month, candidate_day)
        except ValueError:
            return None
        if candidate > published + timedelta(days=1):
            year -= 1
        elif (groups.get("prep") or "").lower() == "last" and month == published.month:
            year -= 1  # "last October" written in October is a year back
    try:
        if day is None:
            return date(year, month, 1), "month"
        return date(year, month, day), "day"
    except ValueError:
        return None


def _shift_months(value: date, months: int) -> date:
    index = value.year * 12 + value.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


# Casualties ------------------------------------------------------------------

_KILL = (
    # ("martyred": South Asian press for police and soldiers killed)
    r"killed|killing|kills|dead|died|dies|perished|deaths?|fatalities|martyred|"
    r"claimed\s+the\s+lives?\s+of|lost\s+(?:their|his|her)\s+li(?:ves?|fe)\b"
)
_INJURE = (
    r"injured|injuring|injures|injuries|wounded|wounding|wounds|hurt|maimed|"
    r"maiming|hospitali[sz]ed|"
    # "three children have died and two more are in hospital"
    r"(?:are|were|remain|remained)\s+(?:still\s+)?(?:in\s+hospital|being\s+treated)|"
    r"lost\s+(?:part\s+of\s+)?(?:a|an|his|her|their|both|one|"
    r"two|three|four|five|several)\s+"
    r"(?:(?:right|left|lower|upper)\s+)?(?:legs?|arms?|limbs?|feet|foot|hands?|eyes?|"
    r"sight|fingers?|toes?|eye)"
)
_CASUALTY_VERB = re.compile(
    rf"\b(?P<word>(?P<kill>{_KILL})|(?P<injure>{_INJURE}))\b", re.IGNORECASE
)
_BOTH = re.compile(
    rf"\b(?:{_KILL})\s+(?:or|and/or)\s+(?:\w+ly\s+)?(?:{_INJURE})\b", re.IGNORECASE
)
_ACTIVE_FORMS = re.compile(
    r"^(?:killing|kills|killed|claimed\s+the\s+lives?\s+of|injuring|injures|injured|"
    r"wounding|wounded|wounds|maiming|maimed|hurt)$",
    re.IGNORECASE,
)
_COUNT_TOKEN = re.compile(
    # (never a part of "30/04/2024", and never the day of "2 July")
    # (nor a part of "11:12", a live blog's time)
    rf"(?<![/:])\b(?P<n>(?:a|another)\s+(?:{_ORDINAL_ONE})|no\s+one|nobody|none|"
    # "one was killed and the other injured" (not "the other two")
    r"the\s+other(?=\s*(?:was\s+|were\s+)?(?:\w+ly\s+)?$)|"
    rf"{NUMBER})\b"
    rf"(?!/|:\d|\s+{_MONTH}\b)"
    r"(?!\s*(?:-|–)?\s*(?:year|month|week|day|km|kilomet|metre|meter|hectare|"
    r"percent|%|per\s+cent|times|hours?|minutes?|o'clock|am\b|pm\b))",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(
    # ("11:12", "17.6": inside a number, no break)
    r"[;!?()\"“”—–]|[:.](?!\d)|,(?!\d{3}\b)|\b(?:when|after|while|as|which|who|that|because|"
    r"but|where|"
    r"since|including|among\s+them|of\s+whom)\b",
    re.IGNORECASE,
)
_VAGUE = re.compile(
    r"\b(?:dozens|hundreds|thousands|scores|several|many|some|numerous|"
    r"more(?!\s+than))\b",
    re.IGNORECASE,
)
_COUNTED_MORE = re.compile(rf"\b(?:{NUMBER})\s+more\b(?!\s+than)", re.IGNORECASE)
_ONE_OTHER = re.compile(
    r"\s+others?\b|(?<=another)\s+(?:was|were|is|has|had|died)\b", re.IGNORECASE
)
_NOT_A_COUNT_AFTER = re.compile(
    r"^\s*(?:-|–)?\s*(?:mines?|landmines?|explosive|items?|devices?|shells?|"
    r"munitions?|hectares?|square|sq|km|kilomet|metres?|meters?|years?|months?|"
    r"weeks?|days?|times|percent|%)",
    re.IGNORECASE,
)
_PERSON_SINGULAR = re.compile(
    r"\b(?:the|a|an|one|his|her|their|its|my|our)\s+(?:[\w'-]+\s+){0,2}?(?:man|woman|boy|girl|"
    r"child|soldier|cousin|son|daughter|brother|sister|father|mother|wife|husband|"
    r"friend|neighbou?r|colleague|relative|nephew|niece|grandson|granddaughter|"
    r"uncle|aunt|companion|passenger|"
    r"serviceman|servicewoman|deminer|sapper|farmer|shepherd|driver|resident|"
    r"villager|civilian|teenager|person|worker|employee|officer|guard|pensioner|"
    r"herder|tractor\s+driver|member|hunter|fisherman|woodcutter|labou?rer|herdsman|"
    r"nomad|student|pupil|trader|motorcyclist|cyclist|policeman|policewoman|ranger|"
    r"guide|engineer|technician|mechanic|hiker|tapper|collector|herdboy|herd\s+boy|"
    r"specialist|pyrotechnist|pyrotechnician|expert|operator|minor|peasant|youth|"
    r"official|journalist|reporter|photographer|volunteer|nurse|doctor|teacher|"
    r"assistant|helper|porter|co-worker|mate|"
    r"husband|grandfather|grandmother|picker|gatherer|prospector|miner|scavenger)\b",
    re.IGNORECASE,
)
_CASUALTY_WORDS = required_words(_CASUALTY_VERB)
_NO_CASUALTIES = re.compile(r"\bno\s+(?:casualties|victims)\b", re.IGNORECASE)


#: Animals a mine kills or maims: they are not counted among the casualties.
_ANIMAL = (
    r"(?:cattle|cows?|sheep|goats?|camels?|horses?|donkeys?|dogs?|animals?|livestock|"
    r"buffalo(?:es)?|oxen|ox|mules?|pigs?|calf|calves|bulls?)"
)
_ANIMALS_AFTER = re.compile(
    rf"\s+(?:[\w-]+\s+)?(?:{_ANIMAL}|head\s+of)\b", re.IGNORECASE
)
_NEGATED_BEFORE = re.compile(r"\b(?:not|n't|never)\s+(?:\w+ly\s+)?$", re.I)
_ANIMAL_SUBJECT = re.compile(
    rf"\b(?:a|an|the|one|his|her|their|its|[\w'’]+['’]s)\s+(?:[\w-]+\s+)?{_ANIMAL}\s+"
    r"(?:was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
_ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:the|an?|his|her|their|its)\s+$", re.I)
_PERSON_AFTER = re.compile(
    r"\s+(?:(?:wo)?m[ae]n|boys?|girls?|child(?:ren)?|soldiers?|civilians?|people|"
    r"persons?|person|farmers?|shepherds?|drivers?|deminers?|sappers?|servicem[ae]n|"
    r"victims?|residents?|villagers?|teenagers?)\b",
    re.IGNORECASE,
)


_DIED_OF_THEM = re.compile(
    rf"\b(?:wounded|injured|hurt)\b[^.]{{0,160}}?\b(?P<n>{NUMBER})\s+of\s+"
    rf"(?:them|the\s+(?:{NUMBER}|injured|wounded)|those)\s+"
    r"(?:\w+\s+)?(?:later\s+)?(?:died|succumbed)",
    re.IGNORECASE,
)


def tells_later_deaths(text: str) -> bool:
    """ "five were wounded; three of them later died": one toll told in two clauses."""
    return _DIED_OF_THEM.search(text) is not None


# "three of the five later died": three, a part of the five told before
_PARTITIVE = re.compile(rf"\b({NUMBER})\s+of\s+(?:the|these|those)\s+{NUMBER}\b", re.I)
# "bringing the death toll from the blast to two"
_DEATH_TOLL = re.compile(
    rf"\bdeath\s+toll\b[^.;:]{{0,40}}?\b(?:to|at|of)\s+(?!(?:a|an|no|both|another)\b)"
    rf"(?P<n>{NUMBER})\b(?!\s+(?:per|percent|%))",
    re.IGNORECASE,
)


# "47 victims of antipersonnel mines, of whom eight died", "1,790 persons have
# been victims of mines, of whom 627 lost their lives" (translated press)
_VICTIMS_OF_WHOM_DEAD = re.compile(
    rf"\b(?P<n>{NUMBER})\s+(?:[\w-]+\s+){{0,3}}?(?:victims|casualties|persons|people)\b"
    # ("41 victims of mines and unexploded ordnance were recorded between 1 January
    # and 15 March, nine of whom died"; "54 people ... since January; nine of them
    # died")
    r"[^.;]{0,120}?[,;]?\s+(?:(?:of\s+whom|among\s+them|including)\s+"
    rf"(?P<m>{NUMBER})|(?P<later>{NUMBER})\s+of\s+(?:whom|them))\s+"
    r"(?:were\s+|have\s+)?(?:later\s+)?(?:dead|died|killed|fatal\w*|"
    r"lost\s+their\s+lives)\b",
    re.IGNORECASE,
)


# "On 19.08.2024 a boy was injured", "2024-08-27": a date's numbers count nothing
_NUMERIC_DATE = re.compile(
    r"\b(?:\d{1,2}[./]\d{1,2}[./](?:19|20)?\d\d|(?:19|20)\d\d-\d\d-\d\d)\b"
)


def _without_numeric_dates(text: str) -> str:
    """``text`` with its numeric dates blanked out, offsets kept."""
    return _NUMERIC_DATE.sub(lambda date: " " * len(date.group()), text)


def count_casualties(text: str) -> tuple[int | None, int | None]:
    """Return (killed, injured) as ``text`` states them; None where it doesn't.

    "two children were killed and a third injured" gives (2, 1). A number
    given for "killed or injured" together is not split, so it gives nothing.
    """
    killed: int | None = None
    injured: int | None = None
    text = _without_numeric_dates(text)
    verbs = (
        list(_CASUALTY_VERB.finditer(text))
        if may_match(_CASUALTY_WORDS, fold(text))
        else []
    )
    # "killed or injured" needs two casualty verbs: no verb, nothing to block.
    blocked = [match.span() for match in _BOTH.finditer(text)] if verbs else []
    previous_end = 0
    for match in verbs:
        start, end = match.span()
        if _ATTRIBUTIVE_BEFORE.search(text, max(0, start - 12), start) and (
            _PERSON_AFTER.match(text, end)
        ):
            continue  # "the injured man later died": who, not what happened
        if any(b_start <= start < b_end for b_start, b_end in blocked):
            previous_end = end
            continue
        if _NEGATED_BEFORE.search(text, max(0, start - 20), start):
            previous_end = end
            continue  # "her daughter, who was walking behind, was not hurt"
        count = _count_for(text, match, previous_end)
        previous_end = end
        if count is None:
            continue
        if match.group("kill"):
            killed = (killed or 0) + count
        else:
            injured = (injured or 0) + count
    later = _DIED_OF_THEM.search(text)
    if later is not None and injured is not None and killed is not None:
        # "five were wounded and three of them died later": two wounded, three dead
        dead = parse_number(later.group("n")) or 0
        if 0 < dead <= injured and dead <= killed:
            injured -= dead
    victims = _VICTIMS_OF_WHOM_DEAD.search(text)
    if victims is not None:
        # "187 victims of explosive devices, of whom 71 dead": the rest survived;
        # "412 people injured by mines ..., 96 of whom died": so did they
        total = parse_number(victims.group("n"))
        dead = parse_number(victims.group("m") or victims.group("later"))
        all_hurt = injured is None or (injured == total and killed is None)
        if all_hurt and total and dead and dead < total and killed in (None, dead):
            killed, injured = dead, total - dead
    toll = _DEATH_TOLL.search(text)
    if toll is not None:
        killed = parse_number(toll.group("n"))  # the toll stands for every death
    if killed is None and injured is None and _NO_CASUALTIES.search(text):
        return 0, 0
    return killed, injured


def _count_for(text: str, verb: re.Match[str], previous_end: int) -> int | None:
    word = " ".join(verb.group("word").lower().split())
    after = text[verb.end() : verb.end() + 80]
    if _ACTIVE_FORMS.match(word):
        # Active voice: "killing three", "the blast injured two soldiers".
        next_verb = _CASUALTY_VERB.search(after)
        window = _until_break(after[: next_verb.start()] if next_verb else after)
        if _OBJECT_COUNT.match(window):
            forward = _counts_in(window, leading=True)
            if forward is not None:
                return forward
        named = _people_named(window)
        if named is not None:
            return named  # "killing the driver", "injuring the boy and his sister"
        if word in ("killing", "kills", "injuring", "injures", "wounding", "maiming"):
            return None
    if word in ("deaths", "death", "fatalities", "injuries", "wounds") and not (
        _SUFFERED.search(text, max(0, verb.start() - 40), verb.start())
    ):
        # "causing the death of two soldiers"
        of_count = re.match(rf"\s+of\s+({NUMBER})\b", after, re.IGNORECASE)
        if of_count and word in ("death", "deaths"):
            return parse_number(of_count.group(1))
        # "three deaths", "two fatalities"
        before = text[max(previous_end, verb.start() - 30) : verb.start()]
        match = re.search(rf"\b({NUMBER})\s+(?:\w+\s+)?$", before, re.IGNORECASE)
        return parse_number(match.group(1)) if match else None
    before = text[max(previous_end, verb.start() - 120) : verb.start()]
    if word in ("injuries", "wounds"):
        # "a deminer sustained injuries": only a plain subject right before it
        # ("the 38-year-old lost two fingers and suffered wounds" is no count).
        before = _since_break(
            _BORN.sub(" ", _ASIDE.sub(" ", before[: _SUFFERED.search(before).start()]))
        )
        if len(before.split()) > 4 or re.search(r"\band\b", before, re.I):
            return None
    # "Four people, including two children, were killed": the aside is a part
    # of the subject, not the subject.
    window = _since_break(
        _ACRONYM.sub(" ", _BORN.sub(" ", _ASIDE.sub(" ", before)))
    )
    if re.search(r"\b(?:no\s+one|nobody|none)\b", window, re.IGNORECASE):
        return 0
    if _ANIMAL_SUBJECT.search(window):
        return None  # "a cow was killed": animals are not counted
    counted = _counts_in(_PARTITIVE.sub(r"\1", window), leading=False)
    listed = _people_listed(_ASIDE.sub(" ", _BORN.sub(" ", before)))
    if listed is not None and (counted is None or listed > counted):
        return listed  # "He, his brother and his two sons died": four
    if counted in (None, 1):
        # "a fisherman and his son were killed": two people, one "a"
        pair = _PLURAL_PAIR.match(window)
        if pair is not None:
            named = _people_named(pair.group("subject"))
            if named is not None and named > 1:
                return named
    if counted in (None, 1) and _BARE_PAIR.fullmatch(window):
        return 2  # a log's "Driver and his assistant injured" ("his" is no count)
    if counted is None and (
        _SINGULAR_SUBJECT.search(window)
        or _SINGULAR_WITH_PARTICIPLE.search(window)
        # "16-year-old Davit from Aygepar was badly injured"
        or _AGED_NAME_SUBJECT.search(window)
        or _BARE_PERSON.fullmatch(window)
        # "A resident of the village of Guyevo in the Sudzha district was killed"
        or (
            _PERSON_SINGULAR.match(window.lstrip())
            and _WAS_AT_END.search(window)
            and not re.search(r"\band\b", window, re.IGNORECASE)
        )
    ):
        return 1  # "a 63-year-old hunter was killed", a log's "Driver killed"
    if counted is None and (
        _SECOND_PREDICATE.search(before)
        or word.startswith("lost")
        # "A resident of X, 46-year-old N. N., was seriously injured": the
        # subject stands before an aside
        or re.fullmatch(r"\s*(?:was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?", window)
    ):
        # "a driver ... ran over a mine and was seriously injured", "a member of
        # the team lost his foot": the subject told at the start of the clause
        clause = _since_break(before) if word.startswith("lost") else before
        if _HE_OR_SHE.fullmatch(clause):
            return 1  # "...; he lost his right foot", "In 2003 he lost two fingers"
        if word.startswith("lost") and _PERSON_THEN_WHO.search(before):
            return 1  # "our colleague Suresh, who lost his hand in an accident"
        subject = _PERSON_SINGULAR.search(clause) or _PERSON_SINGULAR.search(before)
        if subject is not None and subject.start() < 60:
            return 1
    if counted is None:
        # "Five people who were collecting truffles were killed": the count is
        # the subject's, before its relative clause.
        relative = _RELATIVE_SUBJECT.search(before)
        if relative is not None and not _VAGUE.search(relative.group("n")):
            return parse_number(relative.group("n"))
    return counted


_AGED_NAME_SUBJECT = re.compile(
    r"\b\d{1,3}-year-old\s+[A-Z][\w'’-]+(?:\s+(?:from|of)\s+[A-Z][\w'’-]+"
    r"(?:\s+[A-Z][\w'’-]+)?)?\s+(?:was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?$"
)
_HE_OR_SHE = re.compile(
    r"\s*(?:(?:in|on|by|later|then|last)\b[\w\s-]{0,20}?\s+)?(?:and\s+)?"
    # ("and Espérance lost two fingers": a given name is one person too)
    r"(?:he|she|(?-i:[A-Z][a-z\u00e0-\u00ff'’-]+))\s*",
    re.IGNORECASE,
)
_SECOND_PREDICATE = re.compile(
    r"\band\s+(?:was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?$", re.IGNORECASE
)
#: People counted in the plural: "three brothers who ...", "his two sons".
_PEOPLE = (
    r"(?:people|persons|men|women|children|boys|girls|sons|daughters|brothers|sisters|"
    r"siblings|cousins|nephews|friends|relatives|colleagues|companions|soldiers|"
    r"civilians|farmers|shepherds|herders|deminers|sappers|villagers|residents|"
    r"workers|labourers|laborers|hunters|teenagers|students|passengers|members|youths)"
)
_RELATIVE_SUBJECT = re.compile(
    rf"(?:^|[.;:,]\s*|\b(?:and|but|ago)\s+)(?:a\s+)?(?P<n>{NUMBER})\s+"
    r"(?:[\w'-]+\s+){0,2}?"
    rf"{_PEOPLE}"
    # "three children from a family that had come back", "two brothers who had gone
    # near X, in Y district,"
    r"(?:\s+(?:from|of)\s+(?:a|an|the)\s+[\w'-]+)?\s*,?\s+"
    # ("a pair of brothers collecting firewood near X, in Y district, were")
    r"(?:who|that|\w+ing)\b"
    r"(?:[^,;.]|,\s+in\s+[^,;.]{1,40},){0,100}$",
    re.IGNORECASE,
)


# "a pyrotechnician born in 1994 was wounded": a birth year, no part of the subject
# "Two soldiers of the Armed Forces (FANB) lost their lives": an acronym in
# brackets is no break
_ACRONYM = re.compile(r"\s*\([A-Z][A-Za-z]{1,9}\)")
# "a man, born in 1961,", "a farmer of 42 years of age": who, not how many
# "a hunter (45) from Lipkovo", "the driver, who was 41,"
_BORN = re.compile(
    r",?\s+(?:born\s+in\s+(?:19|20)\d{2}|of\s+\d{1,3}\s+years\s+of\s+age)\b,?"
    rf"|\s*\(\d{{1,3}}\)(?=\s)|,\s*who\s+(?:was|is)\s+(?:{NUMBER})(?:\s+years\s+old)?,"
    # "The driver, 52, died on the spot": an age between commas
    r"|,\s*\d{1,3}\s*,(?=\s*(?:(?:was|were|died|had|has|is|lost|suffered)\b|$))",
    re.IGNORECASE,
)
_SUFFERED = re.compile(
    r"\b(?:sustained|suffered|received|sustaining|suffering)\s+(?:\w+\s+){0,2}?$",
    re.IGNORECASE,
)
_ASIDE = re.compile(
    r",\s*(?:(?:including|among\s+them|aged|both|all|most|mostly|mainly|"
    # "six civilians, two of them children, were killed"
    rf"(?:{NUMBER})\s+of\s+them)\b"
    r"[^,;.]{1,60},"
    # "the nephew, who was riding on the trailer, suffered wounds"
    r"|who\s+[^,;.]{1,60},"
    # "Two people, a driver and his passenger, were killed": who they were
    # ("two killed and two others, a woman and a child, wounded": the verb elided;
    # the text before a casualty verb ends where the verb begins)
    r"|(?:a|an|the|his|her|their)\s+[^,;.]{1,60},"
    r"(?=\s*(?:(?:were|have\s+been|had\s+been)\b|(?:\w+ly\s+)?$)))"
    # "four children – three brothers and their cousin, aged 7 to 13 – were killed"
    r"|\s[–—]\s[^–—;.\n]{1,80}?\s[–—](?=\s)",
    re.IGNORECASE,
)


_LIST_PART = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_PLURAL_PEOPLE = re.compile(
    rf"(?:(?:his|her|their|the)\s+)?(?P<n>{NUMBER})\s+(?:[\w'-]+\s+){{0,2}}?"
    rf"{_PEOPLE}",
    re.IGNORECASE,
)


# "our colleague Suresh, who", "a farmer who": one person, the relative's subject
_PERSON_THEN_WHO = re.compile(
    rf"(?:(?i:{_PERSON_SINGULAR.pattern})(?:\s+[A-Z][\w'’-]+)?|\b[A-Z][a-z\u00e0-\u00ff]+(?<!s))"
    r"\s*,?\s+who\s+(?:\w+ly\s+)?$"
)


def _people_listed(before: str) -> int | None:
    """Count the people a subject lists: "He, his brother and his two sons"."""
    clause = re.split(r"[.;:!?]", before)[-1].strip()
    parts = [part for part in _LIST_PART.split(clause) if part.strip()]
    if len(parts) < 2 or len(parts) > 8:
        return None
    total = 0
    for part in parts:
        part = part.strip()
        plural = _PLURAL_PEOPLE.fullmatch(part)
        if plural is not None:
            total += parse_number(plural.group("n")) or 0
        elif re.fullmatch(r"(?:he|she)", part, re.IGNORECASE) or (
            _PERSON_SINGULAR.fullmatch(part)
        ):
            total += 1
        else:
            return None
    return total


def _people_named(window: str) -> int | None:
    """Count people named without a number: "the driver and his son" is 2."""
    if not window.strip() or re.match(r"\s*(?:and|or|but)\b", window, re.I):
        return None  # "killed and a woman was injured": passive, told before
    parts = re.split(r",|\band\b", window)
    total = 0
    for part in parts:
        if not _PERSON_SINGULAR.match(part.strip()):
            break
        total += 1
    return total or None


_OBJECT_COUNT = re.compile(
    rf"^\s*(?:at\s+least\s+|about\s+|around\s+|some\s+|nearly\s+|almost\s+|"
    rf"up\s+to\s+|more\s+than\s+|over\s+|another\s+|the\s+|a\s+|an\s+|one\s+|"
    # ("injuring his two passengers")
    rf"his\s+|her\s+|their\s+|its\s+|"
    rf"two\s+|three\s+|four\s+|five\s+)?(?:{NUMBER})\b",
    re.IGNORECASE,
)


_SINGULAR_SUBJECT = re.compile(
    r"^\s*(?:(?:a|an|one|the|his|her|their|my|our)\s+(?:[\w'-]+\s+){0,3}?|he\s+|she\s+)"
    r"(?:was|has\s+been|had\s+been|is|got)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)


_WAS_AT_END = re.compile(r"\b(?:was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?$")
# An incident log's "Driver killed, one passenger injured."
_BARE_NOUN = (
    r"(?:driver|passenger|farmer|shepherd|herder|boy|girl|man|woman|child|soldier|"
    r"deminer|sapper|civilian|resident|villager|guard|assistant|son|daughter|"
    r"brother|sister|wife|husband|father|mother|colleague|friend)"
)
_BARE_PERSON = re.compile(rf"\s*(?:[A-Z][\w-]*\s+)?{_BARE_NOUN}\s*", re.IGNORECASE)
# ... and its "Driver and passenger killed."
_BARE_PAIR = re.compile(
    rf"\s*{_BARE_NOUN}\s+and\s+(?:his\s+|her\s+|a\s+|one\s+)?{_BARE_NOUN}\s*",
    re.IGNORECASE,
)
# "a woman picking mushrooms in the hills above Teslić was injured"
_SINGULAR_WITH_PARTICIPLE = re.compile(
    r"^\s*(?:a|an|one|the)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+\s+\w+ing\s+[^,;:]{0,80}?"
    r"\s(?:was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
_PLURAL_PAIR = re.compile(
    r"^\s*(?P<subject>(?:a|an|the|one)\s+[^,;:]{1,40}?\band\s+(?:his|her|their)\s+"
    r"[^,;:]{1,25}?)\s+(?:were|have\s+been|had\s+been)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)


_NOT_A_HEAD_COUNT_BEFORE = re.compile(
    rf"\b(?:aged|age|on|in|at|of|{_MONTH})\s*$", re.IGNORECASE
)
_MONTH_BEFORE = re.compile(rf"\b{_MONTH}\s*$", re.IGNORECASE)
_AGES_BEFORE = re.compile(
    rf"\baged\s+(?:between\s+)?(?:\d+|{_NUMBER_WORD})\s*(?:and|to|-|–)\s*$",
    re.IGNORECASE,
)


def _until_break(fragment: str) -> str:
    match = _CLAUSE_BREAK.search(fragment)
    return fragment[: match.start()] if match else fragment


def _since_break(fragment: str) -> str:
    ends = [match.end() for match in _CLAUSE_BREAK.finditer(fragment)]
    return fragment[ends[-1] :] if ends else fragment


def _counts_in(window: str, *, leading: bool) -> int | None:
    """Sum the people counted in ``window`` ("two soldiers and a civilian": 3)."""
    vague = _VAGUE.search(window)
    if vague and not (
        # "injured 344 more", "two more": a count of more people
        vague.group(0).lower() == "more" and _COUNTED_MORE.search(window)
    ):
        return None
    words = window.split()
    if len(words) > 9:
        window = " ".join(words[-9:]) if not leading else " ".join(words[:9])
    total = 0
    seen = False
    for match in _COUNT_TOKEN.finditer(window):
        token = match.group("n").lower()
        if leading and match.start() > 25 and not seen:
            break
        if _NOT_A_COUNT_AFTER.match(window[match.end() :]):
            continue
        if _ANIMALS_AFTER.match(window[match.end() :]):
            continue  # "two cattle were killed": animals are not counted
        before = window[: match.start()]
        if _NOT_A_HEAD_COUNT_BEFORE.search(before) and (
            # ("In March two brothers were injured": a word after a month counts)
            token[:1].isdigit() or not _MONTH_BEFORE.search(before)
        ) or _AGES_BEFORE.search(before):
            continue  # "aged 12", "aged 11 and 14", "on 12 March": not a head count
        if re.match(rf"(?:a|another)\s+(?:{_ORDINAL_ONE})|the\s+other", token):
            value = 1
        elif token in ("no one", "nobody", "none"):
            value = 0
        else:
            parsed = parse_number(token)
            if parsed is None:
                continue
            if token in ("a", "an", "one", "single", "another") and not (
                _PERSON_SINGULAR.search(window[match.start() :])
                # "and one other was injured", "another was hurt"
                or _ONE_OTHER.match(window, match.end())
                # "one woodcutter was killed and another lost a leg"
                or (token == "another" and not window[match.end() :].strip())
                # "two children were killed and one injured": the noun is the
                # first count's
                or (
                    token == "one"
                    and not window[match.end() :].strip()
                    and re.match(r"\s*,?\s*and\s+one\s*$", window)
                )
            ):
                continue
            value = parsed
        if value > 100_000:
            continue
        total += value
        seen = True
    if not seen and not leading and _PERSON_SINGULAR.search(window):
        return 1
    return total if seen else None


# Mines and devices -----------------------------------------------------------

_MINE_NOUNS = (
    r"(?:land)?mines|explosive\s+(?:items|objects|devices|remnants(?:\s+of\s+war)?)|"
    r"items\s+of\s+(?:unexploded\s+)?(?:ordnance|ammunition|explosive\s+remnants|ERW|UXO)|"
    r"pieces\s+of\s+(?:unexploded\s+)?(?:ordnance|ammunition|UXO)|UXOs?|ERWs?|"
    r"unexploded\s+(?:ordnance|shells|munitions|bombs|devices|projectiles|items)|"
    r"(?:cluster\s+)?(?:sub)?munitions|bomblets|cluster\s+bombs|shells|"
    r"projectiles|rockets|grenades|IEDs|improvised\s+(?:explosive\s+)?devices|bombs|"
    r"improvised\s+mines|"
    # ("improvised explosive artefacts", Latin American press in translation)
    r"(?:explosive\s+|unexploded\s+)?arte?facts|"
    r"mortar\s+(?:rounds|bombs)|explosives|ordnance"
)
# A word between a count and its mine noun ("350 anti-tank mines"): never a
# number (in "In 2021 deminers cleared 40 mines" the count is the 40) nor a
# function word ("456 to report mines", "40 tonnes of UXO").
_MODIFIER = (
    r"(?:\d+[-\s]?(?:pound|lb|kg|kilogram|mm)s?|"
    rf"(?!(?:{NUMBER}|to|of|in|at|on|for|by|with|from|into|the|was|were|is|are|"
    r"has|have|had|be|been)\b)[\"“”]?[\w'-]+[\"“”]?)"  # 37 PFM-1 "butterfly" mines
)
_MINE_COUNT = re.compile(
    rf"(?P<lead>including|incl\.|of\s+which|of\s+them|among\s+them)?\s*"
    rf"\b(?P<n>{NUMBER})\s+(?:{_MODIFIER}\s+){{0,3}}?(?:{_MINE_NOUNS})\b",
    re.IGNORECASE,
)
_MINE_COUNT_WORDS = required_words(_MINE_COUNT)


def count_mines(text: str) -> int | None:
    """Return the number of mines or explosive items ``text`` states ("about 350").

    Separate counts are added up ("45 anti-tank mines and 120 anti-personnel
    mines": 165) except a part introduced by "including" or "of which".
    """
    total = 0
    seen = False
    # "412 anti-personnel and 26 anti-tank mines": both kinds are mines
    text = _ELLIPTIC_KIND.sub(r"\1 mines\2", _without_numeric_dates(text))
    if not may_match(_MINE_COUNT_WORDS, fold(text)):
        return _handled_items(text)
    previous_end = 0
    for match in _MINE_COUNT.finditer(text):
        if match.group("lead"):
            continue
        between = text[previous_end : match.start("n")]
        if seen and _PART_OF_TOTAL.search(between):
            continue  # "64 items, among them shells and two mines": part of the 64
        if match.start("n") > 0 and (
            text[match.start("n") - 1].isalnum() or text[match.start("n") - 1] in "-/"
        ):
            continue  # "BLU-26 bomblets", "PMN-2": a model, not a count
        previous_end = match.end()
        token = match.group("n")
        if token.lower() in ("a", "an", "one", "single", "another", "no"):
            continue
        prefix = text[max(0, match.start("n") - 12) : match.start("n")]
        if re.search(r"(?:thousands|hundreds|dozens|tens)\s+of\s*$", prefix, re.I):
            continue
        between = text[match.end("n") : match.end()]
        if re.search(r"\b(?:killed|injured|people|victims|year|km)\b", between, re.I):
            continue
        if _CALIBRE_AFTER.match(between):
            continue
        if re.fullmatch(r"(?:19|20)\d\d", token) and _MONTH_BEFORE.search(
            text[: match.start("n")]
        ):
            continue  # "since February 2022 explosive objects have ...": a year
        value = parse_number(token)
        if value is None or value == 0:
            continue
        total += value
        seen = True
        if _ONE_MORE.match(text, match.end()):
            total += 1  # "36 anti-personnel mines and one anti-tank mine"
    return total if seen else _handled_items(text)


def _handled_items(text: str) -> int | None:
    """ "after destroying 23 devices": bare "devices" or "items" that are cleared."""
    handled = _HANDLED_ITEMS.search(text)
    if handled is not None:
        return parse_number(handled.group("n") or handled.group("n2")) or None
    # "sappers defused another device", "a walker found a mine": one item
    return 1 if _SINGLE_ITEM.search(text) else None


_SINGLE_THING = (
    r"(?:[\w,-]+\s+){0,4}?(?:(?:land)?mine|device|shell|bomb|grenade|rocket|bomblet|"
    r"submunition|projectile|IED|round|warhead)\b"
)
# A single item added to a count: "36 anti-personnel mines and one anti-tank mine".
_ONE_MORE = re.compile(
    rf"\s*(?:,\s*)?(?:and|plus)\s+(?:one|an?|a\s+single)\s+{_SINGLE_THING}|"
    # a list's "3 improvised mines, 1 unexploded 60 mm mortar bomb"
    rf"\s*,\s*(?:and\s+)?1\s+{_SINGLE_THING}",
    re.IGNORECASE,
)
_HANDLING = (
    r"(?:found|finding|discovered|uncovered|spotted|defused|destroyed|removed|lifted|"
    r"neutrali[sz]ed|detonated|recovered|reported|disposed\s+of|blew\s+up|blown\s+up|"
    r"turned\s+up|dug\s+up|unearthed)"
)
_SINGLE_ITEM = re.compile(
    # ("destroyed, in place, a 155 mm shell")
    rf"\b{_HANDLING}(?:,\s*in\s+(?:place|situ),)?\s+(?:a|an|another|one|a\s+single)\s+"
    rf"(?:rusted\s+|rusty\s+|single\s+)?{_SINGLE_THING}|"
    rf"\b(?:a|an|one|another|the)\s+{_SINGLE_THING}\s+(?:was|has\s+been|had\s+been)\s+"
    rf"(?:\w+ly\s+)?{_HANDLING}|"
    # a post's or headline's "PAGERI: Mine found Mon near Moli"
    rf"(?:^|:)\s*(?:an?\s+)?(?:unexploded\s+)?(?:(?:land)?mine|shell|grenade|bomb|"
    rf"rocket|bomblet|IED|device)\s+(?:was\s+)?{_HANDLING}",
    re.IGNORECASE,
)
_ELLIPTIC_KIND = re.compile(
    r"\b(anti[-\s](?:personnel|tank|vehicle))(\s+(?:and|,)\s+)"
    r"(?=[\d,]+\s+anti[-\s](?:personnel|tank|vehicle)\s+mines)",
    re.IGNORECASE,
)
_PART_OF_TOTAL = re.compile(
    r"\b(?:including|incl\.|among\s+them|of\s+which|of\s+them|such\s+as|mostly|"
    r"mainly)(?!\w)",
    re.IGNORECASE,
)
_HANDLED_ITEMS = re.compile(
    rf"\b(?:destroy\w*|remov\w*|found|clear\w*|defus\w*|neutrali[sz]\w*|lift\w*|"
    rf"recover\w*|collect\w*|disposed\s+of|detonat\w*|blew\s+up)\s+"
    rf"(?:about\s+|some\s+|more\s+than\s+|over\s+|nearly\s+|at\s+least\s+|"
    rf"another\s+)?(?P<n>{NUMBER})\s+(?:[\w-]+\s+){{0,2}}?(?:devices|items|objects|"
    rf"pieces)\b|"
    # "403 items were removed during the week"
    # ("14 items destroyed": a post drops the auxiliary)
    rf"\b(?P<n2>{NUMBER})\s+(?:[\w-]+\s+){{0,2}}?(?:devices|items|objects|pieces)\s+"
    rf"(?:(?:were|have\s+been|had\s+been)\s+(?:\w+ly\s+)?)?(?:destroyed|removed|found|"
    rf"cleared|defused|neutrali[sz]ed|collected|recovered|lifted|disposed)",
    re.IGNORECASE,
)
# "122 mm shells", "a 250-pound bomb": a calibre or a weight, not a count
_CALIBRE_AFTER = re.compile(
    r"\s*-?\s*(?:mm|millimet\w*|cm|kg|kilo\w*|pound\w*|lbs?|calibre|caliber)\b",
    re.IGNORECASE,
)


_DEVICES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (device, re.compile(pattern, re.IGNORECASE))
    for device, pattern in (
        ("cluster submunition", r"\bcluster\s+(?:munitions?|bombs?|submunitions?|"
                                r"bomblets?)\b|\bsubmunitions?\b|\bbomblets?\b"),
        ("anti-personnel mine", r"\banti[-\s]?personnel\b|\bAP\s+mines?\b|"
                                r"\bPFM-1\b|\bbutterfly\s+mines?\b|\bPMN(?:-\d)?\b|"
                                r"\bpetal\s+mines?\b|\bOZM(?:-\d+)?\b|\bPOMZ\b"),
        ("anti-tank mine", r"\banti[-\s]?tank\b|\bAT\s+mines?\b|\bTM-\d+\b|"
                           r"\btank\s+mines?\b"),
        ("IED", r"\bIEDs?\b|\bimprovised\s+explosive|\broadside\s+bombs?\b|"
                r"\bbooby[-\s]?trap"),
        ("UXO", r"\bUXOs?\b|\bunexploded\b|\bexplosive\s+remnants?\s+of\s+war\b|"
                r"\bERWs?\b|\bartillery\s+(?:shells?|rounds?)\b|\bshells?\b|\bmortar\s+"
                r"(?:shells?|rounds?|bombs?)\b|\bgrenades?\b|\brockets?\b|"
                r"\bleft-?over\s+(?:ordnance|munitions?|shells?)\b"),
    )
)  # fmt: skip
_DEVICE_WORDS = {kind: required_words(pattern) for kind, pattern in _DEVICES}


def find_device(text: str) -> str | None:
    """Return the device type named first in ``text`` (one of models.DEVICES)."""
    best: tuple[int, str] | None = None
    folded = fold(text)
    for device, pattern in _DEVICES:
        if not may_match(_DEVICE_WORDS[device], folded):
            continue
        match = pattern.search(text)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), device)
    return best[1] if best else None


# Victims ---------------------------------------------------------------------

_VICTIMS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE))
    for kind, pattern in (
        ("civilian", r"\b(?:civilians?|residents?|villagers?|farmers?|shepherds?|"
                     r"herders?|pensioners?|locals?|tractor\s+drivers?|"
                     r"(?:wo)?m[ae]n\b(?!\s+of\s+war)|passers?-by|children|child|"
                     r"boys?|girls?|teenagers?|family|families)\b"),
        ("military", r"\b(?:soldiers?|servicem[ae]n|servicewom[ae]n|troops|"
                     r"military\s+personnel|army|marines?|border\s+guards?|"
                     r"officers?|fighters|combatants|conscripts?|national\s+guard)\b"),
        ("deminer", r"\b(?:de-?miners?|sappers?|clearance\s+(?:workers?|operators?|"
                    r"specialists?|personnel|teams?)|EOD\s+(?:technicians?|"
                    r"specialists?|operators?)|bomb\s+disposal)\b"),
        ("child", r"\b(?:child|children|boys?|girls?|teenagers?|minors?|kids?|"
                  r"schoolchildren|toddlers?|infants?|aged\s+(?:[1-9]|1[0-7])|(?:[1-9]|1[0-7]|one|two|three|"
                  r"four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
                  r"fourteen|fifteen|sixteen|seventeen)[-\s]year[-\s]olds?)\b"),
    )
)  # fmt: skip
_VICTIM_WORDS = {kind: required_words(pattern) for kind, pattern in _VICTIMS}


def victim_kinds(text: str) -> tuple[str, ...]:
    """Return the kinds of victim ``text`` names, in models.VICTIM_KINDS order."""
    folded = fold(text)
    kinds = {
        kind
        for kind, pattern in _VICTIMS
        if may_match(_VICTIM_WORDS[kind], folded) and pattern.search(text)
    }
    if "child" in kinds and not kinds & {"military", "deminer"}:
        kinds.add("civilian")  # "two brothers, aged 9 and 11": children, so civilians
    return tuple(kind for kind, _ in _VICTIMS if kind in kinds)
