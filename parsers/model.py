"""The one document model every parser emits and interpretation reads.

Box convention (the only place it is defined): ``BBox = (x0, top, x1, bottom)`` in the
page's own units, origin at the top-left corner, y growing downwards. ``Page.unit`` says
what the units are: ``"pt"`` for text PDFs (PDF points), ``"px"`` for rendered pages and
images (pixels of the image the reviewer sees), ``None`` for flow formats (Word, Excel)
where a piece has no position; those pieces carry ``bbox=None``.

Reading order is the order of ``Document.items``: paragraphs (``TextBlock``) and tables
(``Table``) interleaved as they appear. Every piece keeps the text as found; nothing in
this model is normalised.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator, Literal, Optional, Union

BBox = tuple[float, float, float, float]

BlockRole = Literal["body", "title", "header", "footer", "textbox", "seal", "caption"]


@dataclass
class Cell:
    """One cell of a table, at its top-left grid position, spanning rows/cols."""

    text: str
    row: int
    col: int
    row_span: int = 1
    col_span: int = 1
    bbox: Optional[BBox] = None
    confidence: float = 1.0
    from_ocr: bool = False
    #: the page this cell sits on when a table runs over several pages; None → Table.page
    page: Optional[int] = None


@dataclass
class Table:
    cells: list[Cell]
    n_rows: int
    n_cols: int
    page: int = 1
    bbox: Optional[BBox] = None
    #: nesting depth: 0 for a top-level table, 1 for a table inside a cell, …
    depth: int = 0
    #: e.g. the sheet name for spreadsheets
    name: Optional[str] = None

    def cell_at(self, row: int, col: int) -> Optional[Cell]:
        """The cell covering grid slot (row, col), merged spans included."""
        for c in self.cells:
            if c.row <= row < c.row + c.row_span and c.col <= col < c.col + c.col_span:
                return c
        return None

    def grid(self) -> list[list[Optional[Cell]]]:
        """Rows × cols of cells; a merged cell appears in every slot it covers."""
        g: list[list[Optional[Cell]]] = [[None] * self.n_cols for _ in range(self.n_rows)]
        for c in self.cells:
            for r in range(c.row, min(c.row + c.row_span, self.n_rows)):
                for k in range(c.col, min(c.col + c.col_span, self.n_cols)):
                    g[r][k] = c
        return g

    def text_grid(self) -> list[list[str]]:
        return [[c.text if c else "" for c in row] for row in self.grid()]


@dataclass
class TextBlock:
    """A paragraph or a line of text outside tables."""

    text: str
    page: int = 1
    bbox: Optional[BBox] = None
    confidence: float = 1.0
    role: BlockRole = "body"
    from_ocr: bool = False


Item = Union[TextBlock, Table]


@dataclass
class Seal:
    """A red official seal seen on a page; ``text`` is its ring text where OCR read it."""

    page: int
    bbox: Optional[BBox] = None
    text: str = ""
    confidence: float = 0.0


@dataclass
class Picture:
    """An image embedded in a native file (a pasted seal, a scanned page inside a .docx)."""

    page: int
    data: bytes = field(repr=False, default=b"")
    bbox: Optional[BBox] = None
    media_type: str = ""  # image/png, image/jpeg, …
    name: str = ""


@dataclass
class Page:
    number: int  # 1-based
    width: Optional[float] = None
    height: Optional[float] = None
    unit: Optional[Literal["pt", "px"]] = None
    #: degrees the page was turned to read upright (0/90/180/270) and any deskew applied
    rotation: float = 0.0
    from_ocr: bool = False


@dataclass
class Document:
    kind: str  # docx, doc, wps, pdf-text, pdf-scan, image, xlsx, xls, et
    items: list[Item] = field(default_factory=list)
    pages: list[Page] = field(default_factory=list)
    #: True/False where the format can show a seal; None where it cannot tell
    stamped: Optional[bool] = None
    seals: list[Seal] = field(default_factory=list)
    #: images embedded in native files; seal detection looks at them
    pictures: list[Picture] = field(default_factory=list)
    #: document properties (title, author, custom properties such as a template mark)
    properties: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    source_name: Optional[str] = None

    def tables(self) -> Iterator[Table]:
        return (i for i in self.items if isinstance(i, Table))

    def blocks(self) -> Iterator[TextBlock]:
        return (i for i in self.items if isinstance(i, TextBlock))

    def plain_text(self) -> str:
        """All text in reading order, tables row by row with cells joined by tabs."""
        out: list[str] = []
        for item in self.items:
            if isinstance(item, TextBlock):
                out.append(item.text)
            else:
                for row in item.grid():
                    seen: list[int] = []
                    cells = []
                    for c in row:
                        if c is not None and id(c) not in seen:
                            seen.append(id(c))
                            cells.append(c.text)
                    out.append("\t".join(cells))
        return "\n".join(out)
