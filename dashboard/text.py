"""Sentences and excerpts: where sentences start and end, and the quotable part.

Offsets are always into the text given, so a span found here can be stored and
shown again later. The splitter is rule-based (abbreviation-aware) because it
must be fast on a 5 MB single line and must never need a model download.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from geodata.wordlists import LINE_EMOJI

ELLIPSIS = "…"

# Abbreviations after which a full stop does not end a sentence. Lower case,
# without the final dot.
_TITLES = frozenset(
    "mr mrs ms dr prof gen lt col maj capt cpt sgt cpl pvt adm cmdr gov sen rep "
    "st mt ft rev hon pres amb sr jr messrs".split()
)
_MONTHS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
# ("vil. Hremiach", "incl. 2 mines": posts and bulletins abbreviate before names)
_OTHER = frozenset(
    "vs e.g i.e approx est al co corp inc ltd dept govt vil vill incl".split()
)
# Abbreviations that stand before a number: "No. 5", "Nov. 28".
_BEFORE_NUMBER = _MONTHS | frozenset("no nos vol fig art p pp".split())
# Acronyms written with dots: a full stop after them ends a sentence only when
# a word that usually opens a sentence follows ("... in the U.S. The ...").
_DOTTED_ACRONYM = re.compile(r"(?:\b[A-Za-z]\.){2,}$")
_SENTENCE_OPENERS = frozenset(
    "the a an it he she they we i in on at but this that these those there "
    "however meanwhile according since after before when while during".split()
)

_BOUNDARY = re.compile(
    r"[.!?…]+[\"'”’»)\]]*(?=\s)|\n|"
    # a report's footnote mark after its full stop: "in the third quarter.7 The",
    # "in 2024.[42] Its" (never "3.5 million": a word comes before the stop)
    r"(?<=[a-z)])\.\d{1,3}(?=[ \t]+[A-Z])|(?<=[\w)])\.\[\d{1,3}\](?=[ \t]+[A-Z])"
)
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_NEXT_WORD = re.compile(r"\s*[\"'“‘«(\[]?([^\s]+)")
_TERMINAL = ".!?:;\"'”’»)]…"


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of each sentence in ``text``, in order.

    Spans exclude surrounding whitespace, never overlap, and lie inside the
    text. A line break ends a sentence when the line ends with punctuation, is
    followed by a blank line, or is short (a title or heading); a hard-wrapped
    line in the middle of a sentence does not.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        cut = match.end()
        if match.group() == "\n":
            if not _newline_ends_sentence(text, match.start(), start):
                continue
        elif not _stop_ends_sentence(text, match.start(), cut):
            continue
        _append_span(text, start, cut, spans)
        start = cut
    _append_span(text, start, len(text), spans)
    return spans


#: Longer "sentences" (a 5 MB file with no full stop) are cut at a space, so
#: the work per place occurrence stays bounded instead of growing with the file.
MAX_SENTENCE_CHARS = 2000


def _append_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + 1, start + MAX_SENTENCE_CHARS)
        if cut <= start:
            cut = start + MAX_SENTENCE_CHARS
        _append_span(text, start, cut, spans)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        spans.append((start, end))


def _newline_ends_sentence(text: str, position: int, sentence_start: int) -> bool:
    line_start = text.rfind("\n", 0, position) + 1
    line = text[max(line_start, sentence_start) : position].strip()
    if not line:
        return True
    next_break = text.find("\n", position + 1, position + 400)
    next_line = text[position + 1 : next_break if next_break >= 0 else position + 400]
    if not next_line.strip():
        return True  # a blank line (or the end of the text): a paragraph break
    if line[-1] in _TERMINAL:
        return True
    # Readers join hard-wrapped lines, so a line break is normally a paragraph
    # or heading break; a continuation that opens in lower case or follows a
    # comma is still the same sentence.
    first = next_line.lstrip()[:1]
    return not (first.islower() or line[-1] in ",-–")


# A report's numbered section title run into its paragraph: "2.1 Manicaland. The ...",
# or a channel's district label: "‼️ Zaporizhzhia r-n. Last night a tractor ..."
SECTION_NUMBER = r"[ \t]*\d{1,2}(?:\.\d{1,2})+\.?[ \t]+"  # "2.1 ", "4.2. "
#: The division word ending such a label before its full stop ("r-n.", "obl.").
LABEL_DIVISION = r"(?:r-n|raion|rayon|district|region|oblast|obl|twp|LGA)"
SECTION_TITLE = re.compile(
    rf"{SECTION_NUMBER}[A-Z][^.:\n]{{0,50}}|"
    rf"[ \t]*(?:{LINE_EMOJI}[ \t]*)?(?:[A-Z][\w'’-]*[ \t]+){{1,3}}{LABEL_DIVISION}"
)


def _stop_ends_sentence(text: str, stop_start: int, cut: int) -> bool:
    if text[stop_start] != ".":
        return True
    line_start = text.rfind("\n", 0, stop_start) + 1
    if (
        stop_start - line_start <= 60
        and text[cut : cut + 1] in (" ", "\t")
        and SECTION_TITLE.fullmatch(text, line_start, stop_start)
    ):
        return False  # the title belongs to its paragraph's first sentence
    before = _WORD_BEFORE.search(text, max(0, stop_start - 20), stop_start)
    word = before.group(1) if before else ""
    next_match = _NEXT_WORD.match(text, cut, min(len(text), cut + 60))
    next_word = next_match.group(1) if next_match else ""
    if not next_word:
        return True
    if next_word[0].islower():
        return False  # "approx. five", "e.g. mines": no sentence opens in lower case
    lowered = word.lower()
    if lowered in _TITLES or lowered in _OTHER:
        return False
    if lowered in _BEFORE_NUMBER:
        return not next_word[0].isdigit()
    if len(word) == 1 and word.isupper():
        return False  # an initial: "J. Smith"
    if _DOTTED_ACRONYM.search(word + "."):
        return next_word.strip("\"'“‘«(").lower() in _SENTENCE_OPENERS
    return True


class SentenceIndex:
    """Sentence spans of one text with fast lookup by offset."""

    def __init__(
        self, text: str, spans: Sequence[tuple[int, int]] | None = None
    ) -> None:
        self.text = text
        self.spans: list[tuple[int, int]] = (
            list(spans) if spans is not None else sentence_spans(text)
        )
        self._starts = [start for start, _ in self.spans]

    def index_at(self, offset: int) -> int:
        """Return the index of the sentence that holds ``offset`` (or -1 if none)."""
        if not self.spans:
            return -1
        index = bisect.bisect_right(self._starts, offset) - 1
        return max(index, 0)

    def span_at(self, offset: int) -> tuple[int, int]:
        """Return the sentence span holding ``offset``; the whole text if none."""
        index = self.index_at(offset)
        if index < 0:
            return (0, len(self.text))
        return self.spans[index]


def make_excerpt(
    text: str,
    start: int,
    end: int,
    *,
    max_chars: int = 300,
    sentences: SentenceIndex | None = None,
) -> str:
    """Return the sentence naming ``text[start:end]``, trimmed to about ``max_chars``.

    Trimming keeps the name and about as much context on either side, never
    cuts a word, and marks each cut with "…". Whitespace runs become one space.
    """
    start = min(max(start, 0), len(text))
    end = min(max(end, start), len(text))
    index = sentences if sentences is not None else _local_index(text, start)
    sentence_start, sentence_end = index.span_at(start)
    sentence_start = min(sentence_start, start)
    sentence_end = max(sentence_end, end)
    if sentence_end - sentence_start <= max_chars:
        return _squash(text[sentence_start:sentence_end])
    name_chars = end - start
    budget = max(max_chars - name_chars, 0)
    left = max(sentence_start, start - budget // 2)
    right = min(sentence_end, end + budget - (start - left))
    left = max(sentence_start, start - (budget - (right - end)))
    left = _word_start_at_or_after(text, left, start, sentence_start)
    right = _word_end_at_or_before(text, right, end, sentence_end)
    excerpt = _squash(text[left:right])
    if left > sentence_start:
        excerpt = ELLIPSIS + excerpt
    if right < sentence_end:
        excerpt = excerpt + ELLIPSIS
    return excerpt


def _local_index(text: str, offset: int) -> SentenceIndex:
    # Splitting a multi-megabyte text for one excerpt is wasteful: split only the
    # paragraph around the offset, then shift the spans back.
    paragraph_start = text.rfind("\n\n", 0, offset)
    paragraph_start = 0 if paragraph_start < 0 else paragraph_start + 2
    paragraph_end = text.find("\n\n", offset)
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    spans = [
        (paragraph_start + s, paragraph_start + e)
        for s, e in sentence_spans(text[paragraph_start:paragraph_end])
    ]
    return SentenceIndex(text, spans)


def _word_start_at_or_after(text: str, position: int, limit: int, floor: int) -> int:
    """Move ``position`` forward to the start of a word (not past ``limit``)."""
    if position <= floor or text[position - 1].isspace():
        return position
    while position < limit and not text[position].isspace():
        position += 1
    while position < limit and text[position].isspace():
        position += 1
    return position


def _word_end_at_or_before(text: str, position: int, limit: int, ceiling: int) -> int:
    """Move ``position`` back to the end of a word (not before ``limit``)."""
    if position >= ceiling or text[position].isspace():
        return position
    while position > limit and not text[position - 1].isspace():
        position -= 1
    while position > limit and text[position - 1].isspace():
        position -= 1
    return position


_WHITESPACE = re.compile(r"\s+")


def _squash(fragment: str) -> str:
    return _WHITESPACE.sub(" ", fragment).strip()
