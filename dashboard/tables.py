"""Tables set in columns and report forms, as text pasted from PDF or DOCX carries them.

    Province            Killed  Injured  Land released (m2)  AP mines  AT mines
    Battambang          1       3        3,412,870           1,204     41
    Pailin              0       0        1,950,115           311       9

A row's figures mean what its header's columns say: Battambang is a toll of
one killed and three injured, Pailin 320 mines and no casualty. The prose
rules cannot see that ("1 3 3,412,870 1,204 41" holds no word), so a row is
read cell by cell against the header above it. A form's "Field: value" lines
are read the same way (see :func:`form_event_at`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from dashboard.facts import count_casualties, count_mines, parse_number
from dashboard.models import Role

#: Cells set apart by a tab or two spaces or more.
_GAP = re.compile(r"\t+| {2,}")
#: A line set in columns has a tab or a run of three spaces between two cells
#: (the reader keeps such lines apart when it unwraps hard-wrapped prose).
COLUMN_GAP = re.compile(r"\S(?:\t| {3,})\S")
_MAX_ROWS_ABOVE = 40

_KILLED = re.compile(r"\b(?:killed|dead|deaths|fatalities)\b", re.IGNORECASE)
_INJURED = re.compile(r"\b(?:injured|wounded|injuries|survivors)\b", re.IGNORECASE)
_ITEMS = re.compile(
    r"\b(?:mines?|landmines?|AP|AT|APM|ATM|UXO|ERW|items|devices|ordnance|munitions|"
    r"submunitions|bomblets|IEDs?|bombs|shells|grenades)\b",
    re.IGNORECASE,
)
#: An area, a length or a count of something else, even when it names mines
#: ("Area cleared of mines (m2)", "Mined area (ha)").
_NOT_ITEMS = re.compile(
    r"\b(?:m2|m²|km2|ha|hectares?|sq|area|land|length|km|metres|meters|"
    r"tasks?|sites?|fields?|minefields|people|sessions?)\b",
    re.IGNORECASE,
)
#: A cell saying the land is mined: "Confirmed hazardous", "Suspected", "2 AP
#: mines seen by informants".
_HAZARD = re.compile(
    r"\b(?:hazardous|contaminat\w*|suspected|confirmed|mined|minefields?)\b|"
    r"\b(?:mines?|items?|devices?|UXO|ERW)\s+(?:were\s+)?(?:seen|found|reported|spotted)\b",
    re.IGNORECASE,
)
#: A cell telling a blast: "Accident, 14.02.2019".
_BLAST = re.compile(r"\b(?:accident|explosion|blast|casualt\w*|victims?)\b", re.I)


@dataclass(frozen=True, slots=True)
class TableRow:
    """What one row of a column table states, read by its header."""

    killed: int | None = None
    injured: int | None = None
    mines: int | None = None
    #: a text cell says the land is (suspected or confirmed) hazardous
    hazard: bool = False
    #: the table's caption, the lines right above its header ("TABLE 1 –
    #: CASUALTIES BY PROVINCE, Q2 2025"): it tells the period the rows cover
    caption: str = ""
    #: the event a form's fields name outright ("Date of incident:")
    event: Role | None = None

    @property
    def role(self) -> Role | None:
        """The event the row records, most specific first; None for none."""
        if self.event is not None:
            return self.event
        if self.killed or self.injured:
            return "incident"
        if self.hazard:
            return "minefield"
        if self.mines:
            return "clearance"
        return None


def _cells(line: str) -> list[tuple[int, str]]:
    """(column, text) of each cell of ``line``."""
    cells = []
    position = 0
    for part in _GAP.split(line):
        start = line.index(part, position) if part else position
        if part.strip():
            cells.append((start, part.strip()))
        position = start + len(part)
    return cells


def _is_header(cells: list[tuple[int, str]]) -> bool:
    """Every cell is words ("Land released (m2)", "Children (<18)"), none a figure."""
    return all(
        re.search(r"[A-Za-z]", text)
        and not re.search(r"\d", re.sub(r"\([^)]*\)", "", text))
        for _, text in cells
    )


#: A line holding one cell this far right continues the row above it.
_WRAPPED_CELL_INDENT = 16


def row_at(text: str, position: int) -> TableRow | None:
    """The row of a column table that holds ``position``, read by its header.

    None when ``position`` is in no such row: prose, a list, or a row whose
    header is not right above its block of rows. A header naming no count
    and no status gives a row whose ``role`` is None.
    """
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if not COLUMN_GAP.search(line.strip()) or len(_cells(line)) < 3:
        return None
    header: list[tuple[int, str]] | None = None
    above_end = line_start - 1
    for _ in range(_MAX_ROWS_ABOVE):
        if above_end < 0:
            return None
        above_start = text.rfind("\n", 0, above_end) + 1
        above = text[above_start:above_end]
        cells = _cells(above)
        if len(cells) == 1 and cells[0][0] >= _WRAPPED_CELL_INDENT:
            # "returning home after" / "          displacement": the row above ran
            # its last cell over two lines
            above_end = above_start - 1
            continue
        if not above.strip() or len(cells) < 2:
            return None  # a blank line or prose before any header
        if _is_header(cells):
            header = cells
            break
        above_end = above_start - 1
    if header is None:
        return None
    row = _read(header, _cells(line))
    caption = _caption(text, above_start)
    titles = " ".join(title for _, title in header)
    if row.role is None and _HAZARD.search(f"{caption} {titles}"):
        # "Table 2: Mine suspected area by county": each row is land still mined
        row = replace(row, hazard=True)
    return replace(row, caption=caption)


def _caption(text: str, header_start: int) -> str:
    """The paragraph right above a table's header (a blank line may part them)."""
    above = text[max(0, header_start - 400) : header_start].rstrip()
    paragraph = above.rsplit("\n\n", 1)[-1]
    lines = [line for line in paragraph.split("\n") if line.strip()]
    return " ".join(line.strip() for line in lines[-2:])


def _column_of(header: list[tuple[int, str]], column: int) -> int:
    """The header cell a row cell starting at ``column`` stands under."""
    index = 0
    for i, (start, _) in enumerate(header):
        if start <= column + 2:  # (a figure may start a little left of its title)
            index = i
    return index


def _read(header: list[tuple[int, str]], cells: list[tuple[int, str]]) -> TableRow:
    if len(cells) == len(header):
        pairs = [
            (title, cell) for (_, title), (_, cell) in zip(header, cells, strict=True)
        ]
    else:
        pairs = [(header[_column_of(header, start)][1], cell) for start, cell in cells]
    killed = injured = mines = None
    hazard = False
    event: Role | None = None
    for title, cell in pairs:
        value = parse_number(cell)
        if value is None:
            hazard = hazard or bool(_HAZARD.search(cell))
            if _BLAST.search(cell):
                event = "incident"
            continue
        if _KILLED.search(title):
            killed = (killed or 0) + value
        elif _INJURED.search(title):
            injured = (injured or 0) + value
        elif _ITEMS.search(title) and not _NOT_ITEMS.search(title):
            mines = (mines or 0) + value
    return TableRow(
        killed=killed, injured=injured, mines=mines, hazard=hazard, event=event
    )


# Forms -----------------------------------------------------------------------
#
#     Date of incident:   14/03/2025
#     Location:           Chah-e Anjir village, Nad Ali district, Helmand province
#     Victims:            3 (1 killed, 2 injured)
#
# An incident report or a task report is a block of "Field: value" lines; the
# places of its location field take the event its other fields record.

_FIELD = re.compile(
    r"[ \t]*(?P<key>[A-Z][\w ./()'’-]{1,32}?):[ \t]+(?P<value>\S[^\n]*)"
)
_LOCATION_WORDS = r"(?:location|place|site|village|locality|address|district|province)"
_LOCATION_KEY = re.compile(rf"^{_LOCATION_WORDS}\b", re.IGNORECASE)
_INCIDENT_KEY = re.compile(
    r"\b(?:incident|accident|victims?|casualt\w*|killed|injured|dead|wounded)\b",
    re.IGNORECASE,
)
_HAZARD_KEY = re.compile(r"\b(?:hazard\w*|contaminat\w*|suspected|found)\b", re.I)
_CLEARANCE_KEY = re.compile(
    r"\b(?:task|cleared|clearance|destroyed|handover|released|demolition)\b", re.I
)
# work done, which outranks the hazard a task report names ("Type of hazard:")
_CLEARANCE_DONE_KEY = re.compile(
    r"\b(?:cleared|destroyed|handover|released|demolition)\b", re.I
)
_ITEMS_KEY = re.compile(r"\b(?:items?|mines?|devices?|ordnance|uxo|erw)\b", re.I)
#: The field that dates the block's event, by the event it records.
_INCIDENT_DATE_KEY = re.compile(
    r"\bdate\s+of\s+(?:the\s+)?(?:incident|accident)\b", re.IGNORECASE
)
_DATE_KEYS = {
    "incident": _INCIDENT_DATE_KEY,
    "minefield": re.compile(r"\bdate\s+(?:of\s+)?(?:the\s+)?(?:find|report)", re.I),
    "clearance": re.compile(
        r"\b(?:task\s+start|start(?:ed)?|date\s+of\s+clearance)\b", re.IGNORECASE
    ),
}
_MAX_FIELDS = 30


def form_event_at(text: str, position: int) -> TableRow | None:
    """The event of the form whose location field holds ``position``.

    None when ``position`` is in no such field, or the form's fields record
    no incident, hazard or clearance. ``caption`` is the value of the field
    that dates the event ("14/03/2025"); ``hazard`` marks a find.
    """
    fields = _form_fields(text, position)
    if fields is None:
        return None
    keys = " | ".join(key for key, _ in fields)
    victims = " ".join(value for key, value in fields if _INCIDENT_KEY.search(key))
    killed, injured = count_casualties(victims) if victims else (None, None)
    if killed or injured or _INCIDENT_DATE_KEY.search(keys):
        role: Role = "incident"
    elif _CLEARANCE_DONE_KEY.search(keys):
        role = "clearance"
    elif _HAZARD_KEY.search(keys):
        role = "minefield"
    elif _CLEARANCE_KEY.search(keys):
        role = "clearance"
    else:
        return None
    dated = [value for key, value in fields if _DATE_KEYS[role].search(key)]
    items = " ".join(value for key, value in fields if _ITEMS_KEY.search(key))
    return TableRow(
        killed=killed,
        injured=injured,
        mines=count_mines(items) if items and role != "incident" else None,
        hazard=role == "minefield",
        caption=_day_first(dated[0], fields) if dated else "",
        event=role,
    )


def _form_fields(text: str, position: int) -> list[tuple[str, str]] | None:
    """The (key, value) fields of the block whose location field holds ``position``."""
    lines = _block_lines(text, position)
    if lines is None:
        return None
    fields: list[tuple[str, str]] = []
    inside = False
    for start, line in lines:
        field = _FIELD.fullmatch(line)
        if field is not None:
            fields.append((field["key"].strip(), field["value"].strip()))
            if start <= position < start + len(line):
                inside = bool(_LOCATION_KEY.search(field["key"]))
        elif fields and line[:1] in (" ", "\t") and line.strip():
            # a value wrapped onto an indented line
            key, value = fields[-1]
            fields[-1] = (key, f"{value} {line.strip()}")
            if start <= position < start + len(line):
                inside = bool(_LOCATION_KEY.search(key))
    return fields if inside and len(fields) >= 3 else None


def _block_lines(text: str, position: int) -> list[tuple[int, str]] | None:
    """The lines of the paragraph around ``position`` (no blank line inside)."""
    start = text.rfind("\n\n", 0, position)
    start = 0 if start < 0 else start + 2
    end = text.find("\n\n", position)
    end = len(text) if end < 0 else end
    if text.count("\n", start, end) > _MAX_FIELDS:
        return None
    lines = []
    offset = start
    for line in text[start:end].split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    return lines


_NUMERIC_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")


def _day_first(value: str, fields: list[tuple[str, str]]) -> str:
    """Write "03/02/2025" out when another field of the form shows the day first."""
    match = _NUMERIC_DATE.search(value)
    if match is None:
        return value
    others = [m for _, v in fields for m in _NUMERIC_DATE.finditer(v)]
    if not any(int(m.group(1)) > 12 for m in others):
        return value  # "3/5/2025" stays ambiguous: no date is better than a wrong one
    day, month, year = (int(part) for part in match.groups())
    if not 1 <= month <= 12:
        return value
    months = "January February March April May June July August September October "
    months += "November December"
    return f"{day} {months.split()[month - 1]} {year}"


def record_at(text: str, position: int) -> TableRow | None:
    """The table row or the form field that holds ``position``, read as a record."""
    return row_at(text, position) or form_event_at(text, position)


# (the same keys as a form's location field: a form keyed "Village:" is read too)
_FORM_LOCATION = re.compile(rf"(?im)^[ \t]*{_LOCATION_WORDS}[ \t]*:")


def may_hold_records(text: str) -> bool:
    """Whether ``text`` has a line set in columns or a form's location field."""
    return bool(COLUMN_GAP.search(text) or _FORM_LOCATION.search(text))
