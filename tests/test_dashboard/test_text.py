"""Sentence spans and excerpts."""

from __future__ import annotations

import pytest

from dashboard.text import ELLIPSIS, SentenceIndex, make_excerpt, sentence_spans


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A mine exploded. Two were hurt.", ["A mine exploded.", "Two were hurt."]),
        (
            "Mr. Aliyev spoke on Nov. 28 in Baku. Deminers listened.",
            ["Mr. Aliyev spoke on Nov. 28 in Baku.", "Deminers listened."],
        ),
        (
            "Funding from the U.S. State Department arrived. It helped.",
            ["Funding from the U.S. State Department arrived.", "It helped."],
        ),
        (
            "Teams went to the U.S. The trip was short.",
            ["Teams went to the U.S.", "The trip was short."],
        ),
        (
            "Mine blast kills two in Kharkiv\n\nKYIV - A mine exploded.",
            ["Mine blast kills two in Kharkiv", "KYIV - A mine exploded."],
        ),
        (
            'He said: "Stay off the fields." Then he left!',
            ['He said: "Stay off the fields."', "Then he left!"],
        ),
        ("It cost approx. five million.", ["It cost approx. five million."]),
        # posts abbreviate "village" before its name
        (
            "A tractor hit a mine outside vil. Hremiach. The driver was hurt.",
            ["A tractor hit a mine outside vil. Hremiach.", "The driver was hurt."],
        ),
        ("See item No. 5 of the list. Done.", ["See item No. 5 of the list.", "Done."]),
        (
            "a line broken\nin the middle of a sentence. Next one.",
            ["a line broken\nin the middle of a sentence.", "Next one."],
        ),
        # a report's numbered section title runs into its paragraph's first sentence
        (
            "2.3 Manicaland. Teams cleared the field. It took a year.",
            ["2.3 Manicaland. Teams cleared the field.", "It took a year."],
        ),
        ("It cost 2.3 million. Teams left.", ["It cost 2.3 million.", "Teams left."]),
        # a channel's district label runs into its post; prose ending "region." does not
        (
            "‼️ Izium r-n. A tractor hit a mine.",
            ["‼️ Izium r-n. A tractor hit a mine."],
        ),
        (
            "Teams worked in Kherson region. A mine was found.",
            ["Teams worked in Kherson region.", "A mine was found."],
        ),
        # a report's footnote mark after the full stop ends the sentence too
        (
            "Teams removed 48 devices in the third quarter.7 The army said so.",
            ["Teams removed 48 devices in the third quarter.7", "The army said so."],
        ),
        (
            "It released land in 2024.[42] Its licence was renewed in 2025.",
            ["It released land in 2024.[42]", "Its licence was renewed in 2025."],
        ),
        ("It cost 3.5 Million dollars.", ["It cost 3.5 Million dollars."]),
    ],
)
def test_sentence_spans(text, expected):
    assert sentences(text) == expected


def test_spans_lie_inside_the_text_and_do_not_overlap():
    text = "  One. Two!  Three?\n\nFour…  "
    spans = sentence_spans(text)
    assert spans == sorted(spans)
    for (_, end), (next_start, _) in zip(spans, spans[1:], strict=False):
        assert end <= next_start
    assert all(0 <= start < end <= len(text) for start, end in spans)


def test_short_sentence_is_the_excerpt():
    text = "Intro here. A tractor hit a mine near Aghdam on Sunday. More text."
    start = text.index("Aghdam")
    excerpt = make_excerpt(text, start, start + 6)
    assert excerpt == "A tractor hit a mine near Aghdam on Sunday."


def test_long_sentence_is_trimmed_around_the_name_on_word_boundaries():
    words = " ".join(f"word{i}" for i in range(200))
    text = f"{words} near Aghdam {words}."
    start = text.index("Aghdam")
    excerpt = make_excerpt(text, start, start + 6, max_chars=300)
    assert "Aghdam" in excerpt
    assert excerpt.startswith(ELLIPSIS) and excerpt.endswith(ELLIPSIS)
    assert len(excerpt) <= 302
    for token in excerpt.strip(ELLIPSIS).split():
        assert token in text.split() or token == "Aghdam"


def test_excerpt_of_a_name_at_the_start_is_trimmed_only_at_the_end():
    text = "Aghdam " + "long " * 200 + "end."
    excerpt = make_excerpt(text, 0, 6, max_chars=100)
    assert excerpt.startswith("Aghdam")
    assert excerpt.endswith(ELLIPSIS)
    assert not excerpt.startswith(ELLIPSIS)


def test_excerpt_squashes_whitespace():
    text = "Deminers\n  cleared   fields near\tFuzuli."
    start = text.index("Fuzuli")
    expected = "Deminers cleared fields near Fuzuli."
    assert make_excerpt(text, start, start + 6) == expected


def test_sentence_index_finds_the_sentence_of_an_offset():
    text = "One here. Two there. Three."
    index = SentenceIndex(text)
    assert text[slice(*index.span_at(text.index("Two")))] == "Two there."
    assert index.index_at(0) == 0


def test_an_unbroken_line_is_cut_into_bounded_sentences():
    from dashboard.text import MAX_SENTENCE_CHARS

    text = "word " * 3000 + "end"
    spans = sentence_spans(text)
    assert len(spans) > 1
    assert all(end - start <= MAX_SENTENCE_CHARS for start, end in spans)
    assert all(text[start] != " " and text[end - 1] != " " for start, end in spans)
    assert " ".join(text[s:e] for s, e in spans) == text.strip()
