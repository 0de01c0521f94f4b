"""Rows of tables set in columns, read by their header (dashboard.tables)."""

from __future__ import annotations

import pytest

from dashboard.tables import TableRow, form_event_at, row_at

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


def test_a_row_below_one_whose_last_cell_ran_over_two_lines_is_still_read():
    text = (
        "State/Region   Township      Killed   Injured   Main activity at the time\n"
        "Rakhine        Minbya           5        8      returning home after\n"
        "                                                displacement\n"
        "Rakhine        Kyauktaw         2        7      fishing, collecting wood\n"
    )
    row = _row(text, "Kyauktaw")
    assert row is not None
    assert (row.role, row.killed, row.injured) == ("incident", 2, 7)


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


INCIDENT_FORM = (
    "EXPLOSIVE ORDNANCE INCIDENT REPORT\n"
    "\n"
    "Reference no.:      IR/2024/017\n"
    "Date of report:     21/05/2024\n"
    "Date of incident:   19/05/2024\n"
    "Location:           Kangarli village, Aghdam district,\n"
    "                    Azerbaijan\n"
    "Victims:            2 (1 killed, 1 injured)\n"
)
TASK_FORM = (
    "Task name:          Battle area clearance, Ta Sanh commune\n"
    "Location:           Ta Sanh commune, Samlout district\n"
    "Task start:         04/02/2025\n"
    "Task completion:    28/04/2025\n"
)


@pytest.mark.parametrize(
    ("form", "name", "role", "killed", "injured", "caption"),
    [
        # the location's places, even on a wrapped line, take the form's incident
        (INCIDENT_FORM, "Kangarli", "incident", 1, 1, "19 May 2024"),
        (INCIDENT_FORM, "Azerbaijan", "incident", 1, 1, "19 May 2024"),
        # a task report records clearance from its start; "04/02" is day first,
        # as the completion date "28/04" shows
        (TASK_FORM, "Samlout", "clearance", None, None, "4 February 2025"),
    ],
)
def test_the_places_of_a_forms_location_field_take_its_event(
    form, name, role, killed, injured, caption
):
    record = form_event_at(form, form.index(name))
    assert record is not None
    assert (record.role, record.killed, record.injured, record.caption) == (
        role,
        killed,
        injured,
        caption,
    )


def test_a_task_report_records_the_clearance_of_the_hazard_it_names():
    form = (
        "Task code:               TOL-PLA-011\n"
        "Location:                vereda Marquetalia, corregimiento of Gaitania\n"
        "Type of hazard:          Confirmed hazardous area (CHA), former camp\n"
        "Start / end of work:     04/09/2023 – 10/11/2023\n"
        "Area released:           24,860 m2\n"
        "Items found/destroyed:   3 improvised anti-personnel mines, 1 unexploded\n"
        "                         60 mm mortar bomb\n"
    )
    record = form_event_at(form, form.index("Gaitania"))
    assert record is not None
    assert (record.role, record.mines, record.caption) == (
        "clearance",
        4,
        "04/09/2023 – 10/11/2023",
    )


def test_a_place_outside_the_location_field_takes_no_event_from_the_form():
    form = INCIDENT_FORM + "Distribution:       regional office, Baku\n"
    assert form_event_at(form, form.index("Baku")) is None


def test_a_text_cell_may_tell_a_find_or_a_blast():
    text = (
        "SHA ID       Village          Area (m2)    Evidence\n"
        "MUL-0412     Kokkilai         18,600       2 AP mines seen by herders (2023)\n"
        "MUL-0415     Alampil          7,250        Old defensive line, no items\n"
        "MUL-0419     Thanniyuttu      31,900       Accident, 14.02.2019\n"
    )
    assert _row(text, "Kokkilai").role == "minefield"
    assert _row(text, "Alampil").role is None
    assert _row(text, "Thanniyuttu").role == "incident"


def test_the_caption_is_the_paragraph_right_above_the_header():
    text = (
        "Between 1 January and 30 June 2024 the registry opened 87 files.\n\n"
        "Table 2. New survivors injured January–June 2024, by district\n\n"
        "Governorate   District     Survivors   Amputations\n"
        "Taiz          Maqbana      19          11\n"
    )
    assert _row(text, "Maqbana").caption == (
        "Table 2. New survivors injured January–June 2024, by district"
    )


def test_the_rows_of_a_table_of_suspected_land_are_minefields():
    text = (
        "Table 2: Mine suspected area by county, 1 January 2025\n"
        "County                        MSA (km2)     Share\n"
        "Lika-Senj County              51.3          53%\n"
        "Karlovac County               21.8          23%\n"
    )
    assert _row(text, "Karlovac").role == "minefield"
