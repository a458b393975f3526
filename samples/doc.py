"""A format-free description of one return, built by a layout and drawn by a renderer
(Word, Excel, PDF). Renderers add nothing to the content: what a layout puts here is what the
file says, so the truth the layout records is the truth of every format drawn from it."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Union


@dataclass
class Para:
    text: str
    #: title, subtitle, heading, body, meta (填报单位/date lines), signature, note
    style: str = "body"


@dataclass
class Grid:
    """A table: ``rows`` of cell texts; a merged range keeps its text in its top-left cell
    and "" elsewhere. ``merges`` are (row0, col0, row1, col1), inclusive."""

    rows: list[list[str]]
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    header_rows: int = 1
    #: Word/PDF repeat the header rows on every page the table runs over
    repeat_header: bool = False
    #: relative column widths
    widths: Optional[list[float]] = None
    #: (row, col) → number, for spreadsheets to store as a number rather than text
    numbers: dict[tuple[int, int], float] = field(default_factory=dict)
    #: (row, col) → spreadsheet formula to write instead of the number (its value is in
    #: ``numbers``): ("ratio", numerator col, denominator col) → =E4/D4 shown as a percent;
    #: ("sum", first row, last row) → =SUM(B3:B13) down this column
    formulas: dict[tuple[int, int], tuple] = field(default_factory=dict)
    #: (row, col) of numbers stored as a fraction with a percent format (0.956 shown 95.6%)
    percent_format: set[tuple[int, int]] = field(default_factory=set)


@dataclass
class PageBreak:
    pass


Block = Union[Para, Grid, PageBreak]


@dataclass
class SampleDoc:
    blocks: list[Block] = field(default_factory=list)
    #: page header text (Word header, PDF running head, spreadsheet header)
    header: Optional[str] = None
    #: a floating text box near the top (Word text box; a framed box elsewhere)
    textbox: Optional[str] = None
    #: the formal name on the seal ring; None: no seal on this return
    seal_name: Optional[str] = None
    #: index in ``blocks`` of the paragraph the seal is pressed over (the signature)
    seal_anchor: Optional[int] = None
    landscape: bool = False
    sheet_name: str = "Sheet1"
    #: other sheets of a workbook, each (name, blocks): 说明, 台账 …
    extra_sheets: list[tuple[str, list[Block]]] = field(default_factory=list)
    #: sheets before the return's own: earlier quarters' returns kept in the same workbook
    earlier_sheets: list[tuple[str, list[Block]]] = field(default_factory=list)

    def text(self) -> str:
        """Everything written in the return, for tests and for checking the truth."""
        out = [t for t in (self.header, self.textbox) if t]
        for b in self.blocks + [b for _, bl in self.extra_sheets for b in bl]:
            if isinstance(b, Para):
                out.append(b.text)
            elif isinstance(b, Grid):
                out += ["\t".join(r) for r in b.rows]
        return "\n".join(out)
