"""Pattern gates: a text the gate turns away is one the pattern cannot match."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dashboard import facts, roles
from dashboard.gates import fold, may_match, required_words

EVAL_DEV = Path(__file__).resolve().parents[2] / "eval" / "dev"


@pytest.mark.parametrize(
    ("pattern", "flags", "words"),
    [
        (r"\b(?:land)?mines\b", 0, ("mines",)),
        (r"explosive\s+(?:items|objects)", 0, ("explosive",)),
        (r"(?:ran|drove)\s+over", 0, ("over",)),
        (r"\d+\s+km", 0, ("km",)),
        (r"\d+(?:\s+people)?", 0, ()),  # no word every match has
        (r"(?:a|)b?", 0, ()),
        (r"(?i:abc)", 0, ()),  # flags inside a group: not read
        (r"Mine|TANK", re.IGNORECASE, ("mine", "tank")),
        (r"caf\u00e9s", re.IGNORECASE, ()),  # non-ASCII under IGNORECASE: not used
    ],
)
def test_required_words(pattern: str, flags: int, words: tuple[str, ...]) -> None:
    assert required_words(re.compile(pattern, flags)) == words


@pytest.mark.parametrize(
    "text",
    ["SKIPPED", "ſkipped", "Dİed", "dıed", "\u212aILLED", "killed"],
)
def test_fold_keeps_what_ignorecase_matches(text: str) -> None:
    pattern = re.compile(r"skipped|died|killed", re.IGNORECASE)
    assert pattern.search(text)
    assert may_match(required_words(pattern), fold(text))


def test_gate_turns_away_a_text_without_the_words() -> None:
    pattern = re.compile(r"\b\d+\s+(?:mines|shells)\b", re.IGNORECASE)
    assert not may_match(required_words(pattern), fold("Twelve people met in Baku."))


def _gated_patterns() -> list[tuple[re.Pattern[str], bool | None]]:
    # True: scans the text, gated on its fold; False: scans the lowered text;
    # None: scans and is gated on the text as written ("Mon", not "mon")
    found: list[tuple[re.Pattern[str], bool | None]] = [
        (pattern, True if pattern.flags & re.IGNORECASE else None)
        for _, pattern in facts._DATE_PATTERNS
    ]
    found += [(facts._CASUALTY_VERB, True), (facts._MINE_COUNT, True)]
    found += [(pattern, True) for _, pattern in facts._DEVICES + facts._VICTIMS]
    found += [(pattern, False) for _, _, _, pattern in roles._CUES]
    found += [(roles._MINE_CONTEXT, False), (roles._MEETING_CONTEXT, False)]
    return found


def test_every_match_in_the_dev_articles_passes_its_gate() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(EVAL_DEV.glob("*.txt"))]
    assert texts
    checked = 0
    for pattern, ignore_case in _gated_patterns():
        words = required_words(pattern)
        for text in texts:
            subject = text.lower() if ignore_case is False else text
            for match in pattern.finditer(subject):
                piece = fold(match.group()) if ignore_case else match.group()
                assert may_match(words, piece), (pattern.pattern[:60], match.group())
                checked += 1
    assert checked > 100


def test_gates_answer_as_looking_for_each_word_would() -> None:
    gates = [words for _, words in facts._DATE_WORDS.items()]
    gates += [facts._CASUALTY_WORDS, facts._MINE_COUNT_WORDS]
    gates += [*facts._DEVICE_WORDS.values(), *facts._VICTIM_WORDS.values()]
    gates += [*roles._CUE_WORDS, roles._MINE_CONTEXT_WORDS]
    texts = [
        fold(p.read_text(encoding="utf-8")) for p in sorted(EVAL_DEV.glob("*.txt"))
    ]
    pieces = [text[i : i + 150] for text in texts for i in range(0, len(text), 97)]
    pieces += ["", "landmines", "ordnance.", "killedinjured", "x" * 40]
    outcomes = set()
    for piece in pieces:
        for words in gates:
            expected = any(word in piece for word in words)
            assert may_match(words, piece) is expected, (words, piece)
            outcomes.add(expected)
    assert outcomes == {True, False}
