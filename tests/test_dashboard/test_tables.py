"""Rows of tables set in columns, read by their header (dashboard.tables)."""

from __future__ import annotations

import pytest

from dashboard.tables import TableRow, row_at

CASUALTIES = (
    "TABLE 3 – ACCIDENTS AND CLEARANCE BY DISTRICT, Q3 2024\n"
    "\n"
    "District        Killed  Injured  Area released (m2)  AP mines  AT mines\n"
    "Kakhovka        2       0        120,500             14        3\n"
    "Beryslav        0       0        98,000              61        7\n"
    "Total           2       0        218,500             75        10\n"
)


def _row(text: str, name: str) -> TableRow | None:
    return row_at(text, text.index(name))


@pytest.mark.parametrize(
    ("name", "expected_role", "killed", "injured", "mines"),
    [
        # a toll in the row: an incident, whatever else it counts
        ("Kakhovka", "incident", 2, 0, 17),
        # no casualty, mines destroyed: clearance (the area is no item count)
        ("Beryslav", "clearance", 0, 0, 68),
    ],
)
def test_a_row_is_read_by_the_columns_of_its_header(
    name, expected_role, killed, injured, mines
):
    row = _row(CASUALTIES, name)
    assert row is not None
    assert (row.role, row.killed, row.injured, row.mines) == (
        expected_role,
        killed,
        injured,
        mines,
    )
    assert "Q3 2024" in row.caption


def test_a_status_cell_marks_hazardous_land():
    text = (
        "No.  Oblast     Settlement     Area (ha)  Status\n"
        "1    Kherson    Tiahynka       210.4      Confirmed hazardous\n"
        "2    Kherson    Mylove         88.0       Released\n"
    )
    assert _row(text, "Tiahynka").role == "minefield"
    assert _row(text, "Mylove").role is None


def test_survivors_are_injured_and_rows_may_skip_a_cell():
    text = (
        "Province     District       Survivors   Amputations   Children (<18)\n"
        "Saada        Haydan         11          4             5\n"
        "Other                       3           1             0\n"
    )
    assert (_row(text, "Haydan").injured, _row(text, "Haydan").role) == (11, "incident")
    assert _row(text, "Other").injured == 3


@pytest.mark.parametrize(
    "text",
    [
        # prose, even with a figure
        "Teams in Kakhovka destroyed 14 mines on Monday.",
        # a page header set in columns is no table
        "Quarterly report, Q3 2024                                 Page 2 of 9\n",
        # rows with no header above them
        "\nKakhovka        2       0        14\n",
    ],
)
def test_text_that_is_no_column_table_gives_no_row(text):
    position = text.index("Kakhovka") if "Kakhovka" in text else 0
    assert row_at(text, position) is None
