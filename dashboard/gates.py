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
from typing import Any

# The only non-ASCII characters that IGNORECASE matches to ASCII letters (checked
# over every code point on Python 3.11); folding them makes ASCII words plain
# substrings of the folded text.
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)


def fold(text: str) -> str:
    """``text`` lowered so that an IGNORECASE pattern's ASCII words are substrings."""
    return text.lower() if text.isascii() else text.translate(_FOLD).lower()


def required_words(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """Return words one of which every match of ``pattern`` contains; () if unknown.

    For an IGNORECASE pattern the words are lower case and must be looked for
    in :func:`fold` of the text; otherwise in the text the pattern scans.
    """
    ignore_case = bool(pattern.flags & re.IGNORECASE)
    words = _needs(_parser.parse(pattern.pattern, pattern.flags).data, ignore_case)
    return tuple(sorted(words)) if words else ()


def may_match(words: tuple[str, ...], text: str) -> bool:
    """False only when ``text`` (folded for IGNORECASE words) lacks all ``words``."""
    if not words:
        return True
    return any(word in text for word in words)


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
