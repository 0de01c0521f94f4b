"""Plain helpers of the UI layer: Markdown escaping, keep flags, formatting."""

from __future__ import annotations

import pytest

from dashboard.models import ExtractedPlace
from dashboard.ui.about import format_bytes
from dashboard.ui.feedback import escape_markdown
from dashboard.ui.uploads import kept_places, place_rows


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Aghdam", "Aghdam"),
        ("[click](javascript:alert(1))", "\\[click\\]\\(javascript\\:alert\\(1\\)\\)"),
        ("![x](http://t.example/p.png)", "\\!\\[x\\]\\(http\\:"),
        ("<script>alert(1)</script>", "\\<script\\>alert\\(1\\)\\</script\\>"),
        ("**bold** _it_ `code` $x$", "\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\$x\\$"),
        (":red[alarm] :smile:", "\\:red\\[alarm\\] \\:smile\\:"),
        ("# heading", "\\# heading"),
        ("line\nbreak", "line  \nbreak"),
        (None, ""),
    ],
)
def test_escape_markdown(text, expected):
    assert escape_markdown(text).startswith(expected)


def _place(name: str) -> ExtractedPlace:
    return ExtractedPlace(
        name=name,
        start=0,
        end=len(name),
        excerpt=f"near {name}",
        role="incident",
        status="resolved",
        lat=40.0,
        lon=47.0,
        country_code="AZ",
        precision=1,
    )


def test_kept_places_follow_the_flags():
    places = [_place("Aghdam"), _place("Tartar"), _place("Fuzuli")]
    assert [p.name for p in kept_places(places, [True, False, True])] == [
        "Aghdam",
        "Fuzuli",
    ]
    with pytest.raises(ValueError, match="one keep flag per place"):
        kept_places(places, [True])


def test_place_rows_start_ticked_and_name_the_country():
    (row,) = place_rows([_place("Aghdam")])
    assert row["keep"] is True
    assert row["country"] == "Azerbaijan"
    assert row["placed"] is True


def test_place_rows_say_when_a_point_is_only_approximate():
    from dataclasses import replace

    resolved = _place("Aghdam")
    approximate = replace(_place("Vorkhanet"), status="unresolved", precision=3)
    unplaced = replace(_place("Dreminsk"), status="unresolved", lat=None, lon=None)
    rows = place_rows([resolved, approximate, unplaced])
    assert [row["placed"] for row in rows] == [True, True, False]
    assert rows[0]["precision"] == "exact place"
    assert rows[1]["precision"].startswith("approximate, the name is not in")
    assert rows[2]["precision"] == ""


@pytest.mark.parametrize(
    "size, expected",
    [(None, "-"), (512, "512 B"), (2048, "2.0 KB"), (5 << 20, "5.0 MB")],
)
def test_format_bytes(size, expected):
    assert format_bytes(size) == expected
