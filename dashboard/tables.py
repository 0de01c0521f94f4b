"""Tables set in columns, as reports pasted from PDF or DOCX carry them.

    Province            Killed  Injured  Land released (m2)  AP mines  AT mines
    Battambang          1       3        3,412,870           1,204     41
    Pailin              0       0        1,950,115           311       9

A row's figures mean what its header's columns say: Battambang is a toll of
one killed and three injured, Pailin 320 mines and no casualty. The prose
rules cannot see that ("1 3 3,412,870 1,204 41" holds no word), so a row is
read cell by cell against the header above it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from dashboard.facts import parse_number
from dashboard.models import Role

#: Cells set apart by a tab or two spaces or more.
_GAP = re.compile(r"\t+| {2,}")
#: A line set in columns has a tab or a run of three spaces between two cells.
_COLUMNS = re.compile(r"\S(?:\t| {3,})\S")
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
#: A cell saying the land is mined: "Confirmed hazardous", "Suspected".
_HAZARD = re.compile(
    r"\b(?:hazardous|contaminat\w*|suspected|confirmed|mined|minefields?)\b",
    re.IGNORECASE,
)


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

    @property
    def role(self) -> Role | None:
        """The event the row records, most specific first; None for none."""
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


def row_at(text: str, position: int) -> TableRow | None:
    """The row of a column table that holds ``position``, read by its header.

    None when ``position`` is in no such row: prose, a list, a row whose
    header is not right above its block of rows, or a header naming no
    count and no status.
    """
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if not _COLUMNS.search(line.strip()) or len(_cells(line)) < 3:
        return None
    header: list[tuple[int, str]] | None = None
    above_end = line_start - 1
    for _ in range(_MAX_ROWS_ABOVE):
        if above_end < 0:
            return None
        above_start = text.rfind("\n", 0, above_end) + 1
        above = text[above_start:above_end]
        cells = _cells(above)
        if not above.strip() or len(cells) < 2:
            return None  # a blank line or prose before any header
        if _is_header(cells):
            header = cells
            break
        above_end = above_start - 1
    if header is None:
        return None
    return replace(_read(header, _cells(line)), caption=_caption(text, above_start))


def _caption(text: str, header_start: int) -> str:
    """The last lines of prose above a table's header (a blank line may part them)."""
    above = text[max(0, header_start - 400) : header_start].rstrip()
    lines = [line for line in above.split("\n") if line.strip()]
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
    for title, cell in pairs:
        value = parse_number(cell)
        if value is None:
            hazard = hazard or bool(_HAZARD.search(cell))
            continue
        if _KILLED.search(title):
            killed = (killed or 0) + value
        elif _INJURED.search(title):
            injured = (injured or 0) + value
        elif _ITEMS.search(title) and not _NOT_ITEMS.search(title):
            mines = (mines or 0) + value
    return TableRow(killed=killed, injured=injured, mines=mines, hazard=hazard)
