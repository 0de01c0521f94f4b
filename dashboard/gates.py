"""Cheap pre-checks that tell when a regular expression cannot match a text.

Scanning a sentence with a long alternation costs far more than looking for a
few plain words in it (issue 6: 500 articles/s). :func:`required_words` reads
a compiled pattern and returns words one of which every match contains; a text
that holds none of them is not scanned. The words are derived from the pattern
itself, so they stay right when the pattern is edited.
"""

from __future__ import annotations

import re
import re._constants as _c  # the parse tree of re's own parser (Python >= 3.11)
import re._parser as _parser
import threading
from typing import Any

import ahocorasick

# The only non-ASCII characters that IGNORECASE matches to ASCII letters (checked
# over every code point on Python 3.11); folding them makes ASCII words plain
# substrings of the folded text.
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)


def fold(text: str) -> str:
    """``text`` lowered so that an IGNORECASE pattern's ASCII words are substrings."""
    return text.lower() if text.isascii() else text.translate(_FOLD).lower()


class Gate(tuple[str, ...]):
    """Words from :func:`required_words`: looked up together with every other gate's.

    A text is scanned once for the words of all gates (Aho-Corasick), so the
    tenth gate asked about the same text costs a set lookup, not ten ``in``
    scans of it.
    """

    __slots__ = ()


_GATE_WORDS: set[str] = set()
_automaton: Any = None  # over _GATE_WORDS; None when a new gate added words
_lock = threading.Lock()
_RECENT_TEXTS = 8
_recent: dict[str, frozenset[str]] = {}  # text -> the gate words it contains


def required_words(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """Return words one of which every match of ``pattern`` contains; () if unknown.

    For an IGNORECASE pattern the words are lower case and must be looked for
    in :func:`fold` of the text; otherwise in the text the pattern scans.
    """
    global _automaton
    ignore_case = bool(pattern.flags & re.IGNORECASE)
    words = _needs(_parser.parse(pattern.pattern, pattern.flags).data, ignore_case)
    if not words:
        return ()
    with _lock:
        if not words <= _GATE_WORDS:
            _GATE_WORDS.update(words)
            _automaton = None
            _recent.clear()
    return Gate(sorted(words))


def may_match(words: tuple[str, ...], text: str) -> bool:
    """False only when ``text`` (folded for IGNORECASE words) lacks all ``words``."""
    if not words:
        return True
    if type(words) is Gate:
        return not _gate_words_in(text).isdisjoint(words)
    return any(word in text for word in words)


def _gate_words_in(text: str) -> frozenset[str]:
    """The words of every gate that ``text`` contains (as substrings)."""
    found = _recent.get(text)
    if found is not None:
        return found
    automaton = _automaton if _automaton is not None else _build_automaton()
    found = frozenset(word for _, word in automaton.iter(text))
    if len(_recent) >= _RECENT_TEXTS:
        _recent.clear()  # the same text is asked about by consecutive gates
    _recent[text] = found
    return found


def _build_automaton() -> Any:
    global _automaton
    with _lock:
        if _automaton is None:
            automaton = ahocorasick.Automaton()
            for word in _GATE_WORDS:
                automaton.add_word(word, word)
            automaton.make_automaton()
            _automaton = automaton
        return _automaton


def _needs(items: Any, ignore_case: bool) -> frozenset[str] | None:
    """Words one of which any match of the sequence ``items`` contains, or None."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        word = "".join(run)
        run.clear()
        if word and (not ignore_case or word.isascii()):
            candidates.append(frozenset({word.lower() if ignore_case else word}))

    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        flush()
        found: frozenset[str] | None = None
        if op is _c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if not add_flags and not del_flags:
                found = _needs(sub, ignore_case)
        elif op is _c.ATOMIC_GROUP:
            found = _needs(av, ignore_case)
        elif op is _c.BRANCH:
            union: set[str] = set()
            for alternative in av[1]:
                words = _needs(alternative, ignore_case)
                if words is None:
                    union.clear()
                    break
                union |= words
            found = frozenset(union) if union else None
        elif op in _REPEATS:
            low, _high, sub = av
            if low >= 1:
                found = _needs(sub, ignore_case)
        if found:
            candidates.append(found)
    flush()
    if not candidates:
        return None
    # The most selective: the longest shortest word, then the fewest words.
    return max(candidates, key=lambda words: (min(map(len, words)), -len(words)))
