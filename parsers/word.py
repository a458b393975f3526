"""Word (.docx) → Document.

python-docx opens the package; the body XML is walked directly, in document order, so
paragraphs and tables interleave as written. Handled: merged cells (gridSpan, vMerge,
legacy hMerge), nested tables (their own Table, depth+1, right after the parent), a table
that a clerk or a page cut in two (joined again, the repeated header dropped), headers and
footers, text boxes (DrawingML and VML, each once), page numbers where Word recorded them,
embedded pictures, core and custom properties.

Pages: a .docx stores no layout. When Word saved it, it marked each page start it had
rendered (``w:lastRenderedPageBreak``); those are used when present. Otherwise the explicit
breaks count (page breaks, "page break before", section breaks that start a new page).
"""
from __future__ import annotations

import contextlib
import logging
import os
from dataclasses import dataclass, field
from typing import Iterator, Optional

from parsers.model import Cell, Document, Item, Page, Picture, Table, TextBlock

log = logging.getLogger(__name__)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
V = "urn:schemas-microsoft-com:vml"


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


T_P, T_TBL, T_TR, T_TC, T_R, T_T = (_w(t) for t in ("p", "tbl", "tr", "tc", "r", "t"))
T_SDT, T_SDTCONTENT, T_CUSTOMXML = _w("sdt"), _w("sdtContent"), _w("customXml")
T_TXBX = _w("txbxContent")
T_ALT = f"{{{MC}}}AlternateContent"
T_CHOICE, T_FALLBACK = f"{{{MC}}}Choice", f"{{{MC}}}Fallback"
T_BLIP = f"{{{A}}}blip"
T_IMAGEDATA = f"{{{V}}}imagedata"
R_EMBED, R_ID = f"{{{R}}}embed", f"{{{R}}}id"
W_VAL = _w("val")
#: run content that draws something (pictures, text boxes, shapes)
_OBJECTS = {_w("drawing"), _w("pict"), _w("object")}

#: inline containers whose children are runs (walked through, not skipped)
_RUN_CONTAINERS = {_w(t) for t in ("hyperlink", "smartTag", "ins", "fldSimple", "customXml",
                                   "moveTo", "dir", "bdo")}
#: deleted or hidden machinery: never text
_SKIP = {_w(t) for t in ("del", "moveFrom", "delText", "instrText", "rPr", "pPr", "proofErr",
                         "commentReference", "footnoteReference", "endnoteReference")}


def _val(el, tag: str) -> Optional[str]:
    """The w:val of child ``tag`` of ``el``: None when the child is absent, "" when it has no val."""
    if el is None:
        return None
    child = el.find(_w(tag))
    if child is None:
        return None
    return child.get(W_VAL, "")


def _int(value: Optional[str], default: int) -> int:
    """A number attribute, read leniently ("2", "2.0", "" or garbage from other writers)."""
    try:
        return int(float(value)) if value not in (None, "") else default
    except ValueError:
        return default


def _children(el, tag: str) -> Iterator:
    """Children with ``tag``, looking through content controls and custom XML wrappers."""
    for child in el:
        if child.tag == tag:
            yield child
        elif child.tag == T_SDT:
            content = child.find(T_SDTCONTENT)
            if content is not None:
                yield from _children(content, tag)
        elif child.tag == T_CUSTOMXML:
            yield from _children(child, tag)


@dataclass
class _TableInfo:
    grid_widths: list[int]
    end_page: int


@dataclass
class _RawCell:
    col: int
    span: int
    vmerge: Optional[str]  # None, "restart", "continue"
    hmerge: Optional[str]
    text: str
    page: int


@dataclass
class _Walker:
    """Walks one part (body, header, footer) into ``items``; pages counted only in the body."""

    part: object
    rendered_breaks: bool
    count_pages: bool = True
    page: int = 1
    items: list[Item] = field(default_factory=list)
    pictures: list[Picture] = field(default_factory=list)
    seen_pictures: set = field(default_factory=set)
    table_info: dict[int, _TableInfo] = field(default_factory=dict)
    page_has_text: bool = False

    # -- page counting --------------------------------------------------------------------
    def _break(self, rendered: bool, soft: bool = False) -> None:
        """A page starts here. ``soft`` breaks (page-break-before, a new-page section) start
        none when nothing has been written on the current page yet: LibreOffice writes one
        beside a hard break it already wrote."""
        if not self.count_pages or rendered != self.rendered_breaks:
            return
        if soft and not self.page_has_text:
            return
        self.page += 1
        self.page_has_text = False

    @contextlib.contextmanager
    def _into(self, target: list[Item]):
        saved = self.items
        self.items = target
        try:
            yield
        finally:
            self.items = saved

    # -- block level ----------------------------------------------------------------------
    def blocks(self, container, role: str, depth: int = 0) -> None:
        for child in container:
            tag = child.tag
            if tag == T_P:
                text, page, boxes = self.paragraph(child, role, depth)
                if text.strip():
                    self.items.append(TextBlock(text=text, page=page, role=role))
                self.items.extend(boxes)
            elif tag == T_TBL:
                self.table(child, role, depth)
            elif tag == T_SDT:
                content = child.find(T_SDTCONTENT)
                if content is not None:
                    self.blocks(content, role, depth)
            elif tag in (T_CUSTOMXML, _w("ins"), _w("moveTo")):
                self.blocks(child, role, depth)

    def paragraph(self, p, role: str, depth: int) -> tuple[str, int, list[Item]]:
        """The paragraph's own text, the page it starts on, and the items of the text boxes
        anchored in it (the caller places them right after the paragraph)."""
        ppr = p.find(_w("pPr"))
        if ppr is not None and _val(ppr, "pageBreakBefore") not in (None, "0", "false"):
            self._break(rendered=False, soft=True)
        parts: list[str] = []
        boxes: list = []
        first_page: list[int] = []
        self._inline(p, parts, boxes, first_page)
        text = "".join(parts)
        page = first_page[0] if first_page else self.page
        if ppr is not None:
            sect = ppr.find(_w("sectPr"))
            if sect is not None and _val(sect, "type") != "continuous":
                self._break(rendered=False, soft=True)
        box_items: list[Item] = []
        if boxes:
            saved_count, saved_page = self.count_pages, self.page
            self.count_pages = False
            self.page = page
            with self._into(box_items):
                for box in boxes:
                    self.blocks(box, "textbox", depth)
            self.count_pages, self.page = saved_count, saved_page
        return text, page, box_items

    def _inline(self, el, parts: list[str], boxes: list, first_page: list[int]) -> None:
        for child in el:
            tag = child.tag
            if tag in _SKIP:
                continue
            if tag == T_R:
                self._run(child, parts, boxes, first_page)
            elif tag in _RUN_CONTAINERS:
                self._inline(child, parts, boxes, first_page)
            elif tag == T_SDT:
                content = child.find(T_SDTCONTENT)
                if content is not None:
                    self._inline(content, parts, boxes, first_page)
            elif tag == T_ALT:
                self._alternate(child, parts, boxes, first_page)
            elif tag in _OBJECTS:
                self._objects(child, boxes)

    def _alternate(self, alt, parts, boxes, first_page) -> None:
        """mc:AlternateContent holds the same object twice (DrawingML choice, VML fallback):
        read the first choice only."""
        branch = alt.find(T_CHOICE)
        if branch is None:
            branch = alt.find(T_FALLBACK)
        if branch is not None:
            self._inline(branch, parts, boxes, first_page)

    def _objects(self, el, boxes: list) -> None:
        """Text boxes and pictures inside a drawing/VML object (not inside nested
        alternate content, which ``_alternate`` handles once)."""
        stack = list(el)
        while stack:
            node = stack.pop(0)
            tag = node.tag
            if tag == T_ALT:
                branch = node.find(T_CHOICE)
                if branch is None:
                    branch = node.find(T_FALLBACK)
                if branch is not None:
                    stack[:0] = list(branch)
                continue
            if tag == T_TXBX:
                boxes.append(node)
                continue
            if tag == T_BLIP:
                self._picture(node.get(R_EMBED) or node.get(f"{{{R}}}link"))
            elif tag == T_IMAGEDATA:
                self._picture(node.get(R_ID))
            stack[:0] = list(node)

    def _run(self, r, parts: list[str], boxes: list, first_page: list[int]) -> None:
        for child in r:
            tag = child.tag
            if tag == T_T:
                if child.text:
                    if child.text.strip():
                        if not first_page:
                            first_page.append(self.page)
                        self.page_has_text = True
                    parts.append(child.text)
            elif tag == _w("tab") or tag == _w("ptab"):
                parts.append("\t")
            elif tag == _w("br"):
                if child.get(_w("type")) == "page":
                    self._break(rendered=False)
                else:
                    parts.append("\n")
            elif tag == _w("cr"):
                parts.append("\n")
            elif tag == _w("lastRenderedPageBreak"):
                self._break(rendered=True)
            elif tag == _w("noBreakHyphen"):
                parts.append("-")
            elif tag in _OBJECTS:
                self._objects(child, boxes)
            elif tag == T_ALT:
                self._alternate(child, parts, boxes, first_page)

    def _picture(self, rid: Optional[str]) -> None:
        if not rid:
            return
        try:
            part = self.part.related_parts[rid]
        except (KeyError, AttributeError):
            return
        key = str(getattr(part, "partname", rid))
        if key in self.seen_pictures:
            return
        blob = getattr(part, "blob", b"")
        if not blob:
            return
        self.seen_pictures.add(key)
        self.pictures.append(Picture(page=self.page, data=blob,
                                     media_type=getattr(part, "content_type", ""),
                                     name=os.path.basename(key)))

    # -- tables ---------------------------------------------------------------------------
    def table(self, tbl, role: str, depth: int) -> None:
        start_page = self.page
        grid_widths = [_int(g.get(_w("w")), 0)
                       for g in tbl.findall(f"{_w('tblGrid')}/{_w('gridCol')}")]
        nested: list[Item] = []
        raw_rows: list[list[_RawCell]] = []
        header_marked = 0
        for tr in _children(tbl, T_TR):
            trpr = tr.find(_w("trPr"))
            if trpr is not None and _val(trpr, "tblHeader") not in (None, "0", "false") \
                    and header_marked == len(raw_rows):
                header_marked += 1
            col = _int(_val(trpr, "gridBefore"), 0) if trpr is not None else 0
            row: list[_RawCell] = []
            for tc in _children(tr, T_TC):
                tcpr = tc.find(_w("tcPr"))
                span = max(1, _int(_val(tcpr, "gridSpan"), 1))
                vm = _val(tcpr, "vMerge")
                hm = _val(tcpr, "hMerge")
                cell_page = self.page
                texts: list[str] = []
                with self._into(nested):
                    for child in tc:
                        self._cell_block(child, texts, role, depth)
                row.append(_RawCell(col=col, span=span,
                                    vmerge=None if vm is None else (vm or "continue"),
                                    hmerge=None if hm is None else (hm or "continue"),
                                    text=_cell_text(texts), page=cell_page))
                col += span
            raw_rows.append(row)
        raw_rows = _drop_repeated_headers(raw_rows, header_marked)
        table = _build_table(raw_rows, grid_widths, start_page, depth)
        if table is None:
            self.items.extend(nested)
            return
        self.table_info[id(table)] = _TableInfo(grid_widths=grid_widths, end_page=self.page)
        self.items.append(table)
        self.items.extend(nested)

    def _cell_block(self, child, texts: list[str], role: str, depth: int) -> None:
        tag = child.tag
        if tag == T_P:
            text, _, boxes = self.paragraph(child, role, depth + 1)
            texts.append(text)
            self.items.extend(boxes)
        elif tag == T_TBL:
            self.table(child, role, depth + 1)
        elif tag in (T_SDT, T_CUSTOMXML):
            inner = child.find(T_SDTCONTENT) if tag == T_SDT else child
            if inner is not None:
                for c in inner:
                    self._cell_block(c, texts, role, depth)


def _cell_text(paragraphs: list[str]) -> str:
    """A cell's paragraphs, one per line, without the empty ones Word keeps at its ends."""
    while paragraphs and not paragraphs[-1].strip():
        paragraphs.pop()
    while paragraphs and not paragraphs[0].strip():
        paragraphs.pop(0)
    return "\n".join(paragraphs)


def _row_key(row: list[_RawCell]) -> list[str]:
    return ["".join(c.text.split()) for c in row]


def _header_height(rows: list[list[_RawCell]], marked: int) -> int:
    if marked:
        return marked
    if not rows:
        return 0
    h = 1
    restarted = {c.col for c in rows[0] if c.vmerge == "restart"}
    while h < len(rows) and any(c.vmerge == "continue" and c.col in restarted for c in rows[h]):
        restarted |= {c.col for c in rows[h] if c.vmerge == "restart"}
        h += 1
    return h


def _drop_repeated_headers(rows: list[list[_RawCell]], marked: int) -> list[list[_RawCell]]:
    """A header block typed again in the middle of a table (after a page break) is dropped."""
    h = _header_height(rows, marked)
    if h == 0 or len(rows) <= h:
        return rows
    head = [_row_key(r) for r in rows[:h]]
    if sum(1 for row in head for t in set(row) if t) < 2:
        return rows
    out = rows[:h]
    i = h
    while i < len(rows):
        if i + h <= len(rows) and [_row_key(r) for r in rows[i:i + h]] == head:
            i += h
            continue
        out.append(rows[i])
        i += 1
    return out


def _build_table(rows: list[list[_RawCell]], grid_widths: list[int], page: int,
                 depth: int) -> Optional[Table]:
    cells: list[Cell] = []
    open_vertical: dict[int, Cell] = {}  # grid column → cell whose vertical merge is open
    n_cols = len(grid_widths)
    r_out = 0
    for raw in rows:
        if not raw:
            continue
        prev: Optional[Cell] = None
        for rc in raw:
            if rc.hmerge == "continue" and prev is not None and prev.row == r_out:
                prev.col_span = rc.col + rc.span - prev.col
                n_cols = max(n_cols, prev.col + prev.col_span)
                continue
            owner = open_vertical.get(rc.col)
            if rc.vmerge == "continue" and owner is not None and owner.col == rc.col:
                owner.row_span = r_out - owner.row + 1
                if rc.span > owner.col_span:
                    owner.col_span = rc.span
                if rc.text.strip() and rc.text.strip() not in owner.text:
                    owner.text = f"{owner.text}\n{rc.text}" if owner.text else rc.text
                prev = owner
                continue
            cell = Cell(text=rc.text, row=r_out, col=rc.col, col_span=rc.span,
                        page=rc.page if rc.page != page else None)
            cells.append(cell)
            for k in range(rc.col, rc.col + rc.span):
                open_vertical.pop(k, None)
            if rc.vmerge is not None:  # restart (or a continue with nothing above it)
                open_vertical[rc.col] = cell
            prev = cell
            n_cols = max(n_cols, rc.col + rc.span)
        r_out += 1
    if r_out == 0 or not cells:
        return None
    return Table(cells=cells, n_rows=r_out, n_cols=n_cols, page=page, depth=depth)


# --- joining split tables ---------------------------------------------------------------------

def _similar_grid(a: list[int], b: list[int]) -> bool:
    if len(a) != len(b) or not a:
        return False
    total = max(sum(a), 1)
    return all(abs(x - y) <= 0.03 * total for x, y in zip(a, b))


def _join_split_tables(items: list[Item], info: dict[int, _TableInfo]) -> list[Item]:
    """Two top-level tables with nothing but empty paragraphs, a 续表 caption, or the first
    one's nested tables between them are one table when the second repeats the first's header, or when
    it starts on a new page with the same column grid."""
    from parsers.native import append_table, is_continuation_mark, repeated_header_rows

    out: list[Item] = []
    last_top: Optional[Table] = None
    for item in items:
        if isinstance(item, Table) and item.depth > 0:
            out.append(item)
            continue
        if isinstance(item, TextBlock) and last_top is not None and is_continuation_mark(item.text):
            out.append(item)  # "续表" between the parts does not part them
            continue
        if isinstance(item, Table) and last_top is not None and item.n_cols == last_top.n_cols:
            a, b = info.get(id(last_top)), info.get(id(item))
            drop = repeated_header_rows(last_top, item)
            new_page = a is not None and item.page > a.end_page
            same_grid = a is not None and b is not None and _similar_grid(a.grid_widths, b.grid_widths)
            if drop or (new_page and same_grid):
                append_table(last_top, item, drop)
                if a is not None and b is not None:
                    a.end_page = b.end_page
                continue
        last_top = item if isinstance(item, Table) else None
        out.append(item)
    return out


# --- entry point ----------------------------------------------------------------------------

def _header_footer_parts(document) -> list[tuple[str, object]]:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    found = []
    for rel in document.part.rels.values():
        if rel.is_external:
            continue
        if rel.reltype == RT.HEADER:
            found.append(("header", rel.target_part))
        elif rel.reltype == RT.FOOTER:
            found.append(("footer", rel.target_part))
    found.sort(key=lambda rp: str(rp[1].partname))
    return found


def _walk_part(role: str, part, document_walker: _Walker) -> list[Item]:
    walker = _Walker(part=part, rendered_breaks=False, count_pages=False,
                     pictures=document_walker.pictures, seen_pictures=document_walker.seen_pictures)
    walker.blocks(part.element, role)
    return walker.items


def parse_docx(path, *, limits=None) -> Document:
    import docx
    from parsers.native import detect_seals_in_pictures, mark_from_pictures, read_ooxml_properties

    document = docx.Document(os.fspath(path))
    body = document.element.body
    rendered = body.find(f".//{_w('lastRenderedPageBreak')}") is not None
    walker = _Walker(part=document.part, rendered_breaks=rendered)
    walker.blocks(body, "body")
    body_items = _join_split_tables(walker.items, walker.table_info)

    headers: list[Item] = []
    footers: list[Item] = []
    seen: set[tuple[str, str]] = set()
    for role, part in _header_footer_parts(document):
        for item in _walk_part(role, part, walker):
            key = (role, item.text if isinstance(item, TextBlock) else repr(item.text_grid()))
            if key in seen:
                continue
            seen.add(key)
            (headers if role == "header" else footers).append(item)

    if limits is not None:
        from parsers.limits import check_pages
        check_pages(walker.page, limits)
    doc = Document(kind="docx", items=headers + body_items + footers,
                   pages=[Page(number=n) for n in range(1, walker.page + 1)],
                   pictures=walker.pictures, properties=read_ooxml_properties(path))
    mark_from_pictures(doc)
    detect_seals_in_pictures(doc)
    return doc
