"""Excel (.xlsx) → Document.

Every visible sheet becomes one Table (name = sheet name; ``page`` = the sheet's position
among the visible sheets), trimmed of empty outer rows and columns, with merged ranges as
spans and hidden rows/columns left out. Values are rendered as the clerk sees them in Excel:
the cached result of a formula, numbers through their number format (0.9 in a % format →
"90%", 12.0 → "12", thousands separators), dates as text. Rows above and below the grid
that hold a single value (the title, the 填报单位 line, 截至日期) stay in the table and are
also emitted as TextBlocks, before or after it.
"""
from __future__ import annotations

import datetime as dt
import logging
import os
import re
from typing import Optional
from xml.etree import ElementTree as ET

from parsers.chinese_numerals import write_date_text, write_number_text
from parsers.errors import TooLargeError
from parsers.model import Cell, Document, Page, Picture, Table, TextBlock

log = logging.getLogger(__name__)

#: rows × columns of one sheet's used range; a return is a few hundred cells
MAX_SHEET_SLOTS = 1_000_000

# --- rendering values as Excel shows them ---------------------------------------------------

_QUOTED = re.compile(r'"([^"]*)"')
_BRACKET = re.compile(r"\[[^\]]*\]")
#: the digit placeholders of a number format (sign and literals around it are text)
_NUMERIC = re.compile(r"(?:[0#?,]+(?:\.[0#?,]*)?|\.[0#?]+)(?:[Ee][+\-]?[0#?]+)?%?")


def _strip_format(section: str) -> tuple[str, str, str]:
    """A number-format section → (prefix literal, numeric pattern, suffix literal)."""
    out: list[str] = []
    i = 0
    while i < len(section):
        ch = section[i]
        if ch == '"':
            j = section.find('"', i + 1)
            j = len(section) if j < 0 else j
            out.append("\x00" + section[i + 1:j] + "\x00")
            i = j + 1
        elif ch == "\\" and i + 1 < len(section):
            out.append("\x00" + section[i + 1] + "\x00")
            i += 2
        elif ch in "_*":
            i += 2  # padding / fill characters take space but show nothing
        elif ch == "[":
            j = section.find("]", i)
            i = len(section) if j < 0 else j + 1
        else:
            out.append(ch)
            i += 1
    text = "".join(out)
    m = _NUMERIC.search(text.replace("\x00", "\x01"))
    if not m:
        return text.replace("\x00", ""), "", ""
    prefix = text[:m.start()]
    pattern = text[m.start():m.end()]
    suffix = text[m.end():]
    return prefix.replace("\x00", ""), pattern, suffix.replace("\x00", "")


def _general(value: float) -> str:
    if float(value).is_integer() and abs(value) < 1e15:
        return str(int(value))
    text = f"{value:.10g}"
    if "e" in text:
        return text
    return text


#: Excel's General format, and its name in Chinese Excel and WPS (G/通用格式)
_GENERAL = re.compile(r"general|G/通用格式|通用格式", re.IGNORECASE)
#: [DBNum1] shows figures as 一百二十三, [DBNum2] as 壹佰贰拾叁
_DBNUM = re.compile(r"\[DBNum([12])\]", re.IGNORECASE)


def format_number(value: float, number_format: Optional[str]) -> str:
    """``value`` rendered through an Excel number format (the common cases: decimals,
    thousands separators, percent, literal text such as 0"人", sections for negatives,
    General by its Chinese name, Chinese numerals under [DBNum1]/[DBNum2])."""
    fmt = (number_format or "General").strip()
    dbnum = _DBNUM.search(fmt)
    text = _format_number(value, _GENERAL.sub("General", fmt))
    if dbnum:
        # literal text of the format is already Chinese; only the figures change
        text = write_number_text(text, upper=dbnum.group(1) == "2")
    return text


def _format_number(value: float, fmt: str) -> str:
    if fmt.lower() in ("general", "@", ""):
        return _general(value)
    sections = fmt.split(";")
    negative = value < 0
    if negative and len(sections) >= 2 and sections[1].strip():
        section, value = sections[1], -value
        negative = False  # the section shows its own sign (or parentheses)
    elif value == 0 and len(sections) >= 3:
        section = sections[2]
    else:
        section = sections[0]
    if "general" in section.lower():
        prefix, suffix = section.lower().split("general", 1)
        return _strip_format(prefix)[0] + _general(value) + _strip_format(suffix)[0]
    prefix, pattern, suffix = _strip_format(section)
    if not pattern:
        return prefix or _general(value)
    if "E" in pattern.upper():
        return _general(value)
    percent = "%" in pattern or "%" in suffix
    if percent:
        value = value * 100
    core = pattern.replace("%", "")
    thousands = "," in core.split(".")[0] and core.split(".")[0].strip(",") != ""
    trailing_commas = len(core.split(".")[0]) - len(core.split(".")[0].rstrip(","))
    value = value / (1000 ** trailing_commas)
    decimals_part = core.split(".", 1)[1] if "." in core else ""
    decimals = sum(1 for ch in decimals_part if ch in "0#?")
    optional = sum(1 for ch in decimals_part if ch in "#?")
    text = f"{abs(value):{',' if thousands else ''}.{decimals}f}"
    if optional and "." in text:
        keep = decimals - optional
        head, tail = text.split(".")
        tail = tail.rstrip("0")
        tail = tail.ljust(keep, "0")
        text = head + ("." + tail if tail else "")
    if negative and float(text.replace(",", "") or 0) != 0:
        text = "-" + text
    return f"{prefix}{text}{'%' if percent and '%' not in suffix else ''}{suffix}"


_DATE_TOKENS = re.compile(r"yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am/pm|a/p|e",
                          re.IGNORECASE)


def format_date(value, number_format: Optional[str]) -> str:
    """A date/time rendered through a date format such as yyyy"年"m"月"d"日" or yyyy-mm-dd;
    under [DBNum1] as 二〇二四年十月九日."""
    text = _format_date(value, number_format)
    if _DBNUM.search(number_format or ""):
        text = write_date_text(text)
    return text


def _format_date(value, number_format: Optional[str]) -> str:
    if isinstance(value, dt.time):
        return value.strftime("%H:%M:%S" if value.second else "%H:%M")
    if isinstance(value, dt.timedelta):
        return str(value)
    fmt = (number_format or "").split(";")[0]
    fmt = _BRACKET.sub("", fmt)
    if not fmt or _GENERAL.fullmatch(fmt):
        if isinstance(value, dt.datetime) and (value.hour or value.minute or value.second):
            return value.strftime("%Y-%m-%d %H:%M")
        return value.strftime("%Y-%m-%d")
    out: list[str] = []
    i = 0
    last_was_hour = False
    while i < len(fmt):
        ch = fmt[i]
        if ch == '"':
            j = fmt.find('"', i + 1)
            j = len(fmt) if j < 0 else j
            out.append(fmt[i + 1:j])
            i = j + 1
            continue
        if ch == "\\" and i + 1 < len(fmt):
            out.append(fmt[i + 1])
            i += 2
            continue
        if ch in "_*" and i + 1 < len(fmt):
            i += 2
            continue
        m = _DATE_TOKENS.match(fmt, i)
        if not m:
            out.append(ch)
            i += 1
            continue
        tok = m.group(0).lower()
        i = m.end()
        rest = fmt[i:].lower()
        if tok in ("m", "mm") and (last_was_hour or rest.lstrip(":").startswith("s") and rest.startswith(":")):
            minute = getattr(value, "minute", 0)
            out.append(f"{minute:02d}" if tok == "mm" else str(minute))
            last_was_hour = False
            continue
        last_was_hour = tok in ("h", "hh")
        if tok == "yyyy" or tok == "e":
            out.append(f"{value.year:04d}")
        elif tok == "yy":
            out.append(f"{value.year % 100:02d}")
        elif tok == "mmmm":
            out.append(f"{value.month}月")
        elif tok == "mmm":
            out.append(f"{value.month}月")
        elif tok == "mm":
            out.append(f"{value.month:02d}")
        elif tok == "m":
            out.append(str(value.month))
        elif tok in ("dddd", "ddd"):
            out.append("星期" + "一二三四五六日"[value.weekday()])
        elif tok == "dd":
            out.append(f"{value.day:02d}")
        elif tok == "d":
            out.append(str(value.day))
        elif tok == "hh":
            out.append(f"{getattr(value, 'hour', 0):02d}")
        elif tok == "h":
            out.append(str(getattr(value, "hour", 0)))
        elif tok == "ss":
            out.append(f"{getattr(value, 'second', 0):02d}")
        elif tok == "s":
            out.append(str(getattr(value, "second", 0)))
        else:  # am/pm
            out.append("上午" if getattr(value, "hour", 0) < 12 else "下午")
    return "".join(out)


def render_value(value, number_format: Optional[str]) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (dt.datetime, dt.date, dt.time, dt.timedelta)):
        return format_date(value, number_format)
    if isinstance(value, (int, float)):
        return format_number(float(value), number_format)
    return str(value)


# --- sheets → tables --------------------------------------------------------------------------

def _visible_indexes(dims, first: int, last: int) -> list[int]:
    out = []
    for i in range(first, last + 1):
        d = dims.get(i) if hasattr(dims, "get") else None
        if d is not None and getattr(d, "hidden", False):
            continue
        out.append(i)
    return out


def _hidden_columns(ws) -> set[int]:
    from openpyxl.utils import column_index_from_string

    hidden: set[int] = set()
    for key, dim in ws.column_dimensions.items():
        if dim.hidden:
            lo = dim.min or column_index_from_string(key)
            hi = dim.max or lo
            hidden.update(range(lo, hi + 1))
    return hidden


def _sheet_to_table(ws, ws_formulas, page: int, warnings: list[str]) -> tuple[Optional[Table], list[TextBlock], list[TextBlock]]:
    hidden_cols = _hidden_columns(ws)
    hidden_rows = {i for i, d in ws.row_dimensions.items() if d.hidden}
    merged = {}
    covered = set()
    for rng in ws.merged_cells.ranges:
        merged[(rng.min_row, rng.min_col)] = (rng.max_row, rng.max_col)
        for r in range(rng.min_row, rng.max_row + 1):
            for c in range(rng.min_col, rng.max_col + 1):
                if (r, c) != (rng.min_row, rng.min_col):
                    covered.add((r, c))

    values: dict[tuple[int, int], str] = {}
    formulas = set()
    if ws_formulas is not None:
        formulas = {rc for rc, fc in ws_formulas._cells.items()
                    if isinstance(fc.value, str) and fc.value.startswith("=")}
    missing_cache: list[str] = []
    # only the cells the file stores (iterating the sheet's dimension would visit every
    # empty slot up to a stray formatted cell at row 1,048,576)
    for (r, c), cell in sorted(ws._cells.items()):
        if cell.value is None:
            if (r, c) in formulas:
                missing_cache.append(cell.coordinate)
            continue
        if (r, c) in covered:
            continue
        text = render_value(cell.value, cell.number_format)
        if text.strip():
            values[(r, c)] = text
    if missing_cache:
        shown = "、".join(missing_cache[:5]) + ("等" if len(missing_cache) > 5 else "")
        warnings.append(f"工作表“{ws.title}”中 {shown} 单元格的公式没有保存计算结果，"
                        "读不到数值；请用 Excel 或 WPS 打开该文件、保存后重新上传")

    def visible_anchor(r: int, c: int) -> bool:
        if (r, c) in values:
            return r not in hidden_rows and c not in hidden_cols
        return False

    anchors = [rc for rc in values if visible_anchor(*rc)]
    if not anchors:
        return None, [], []
    # a merged value keeps its whole range inside the trimmed area
    r_lo = min(r for r, _ in anchors)
    c_lo = min(c for _, c in anchors)
    r_hi = max(merged.get((r, c), (r, c))[0] for r, c in anchors)
    c_hi = max(merged.get((r, c), (r, c))[1] for r, c in anchors)
    if (r_hi - r_lo + 1) * (c_hi - c_lo + 1) > MAX_SHEET_SLOTS:
        raise TooLargeError(f"工作表“{ws.title}”的数据范围过大（{r_hi - r_lo + 1} 行 × {c_hi - c_lo + 1} 列），"
                            f"超过上限 {MAX_SHEET_SLOTS} 个单元格；请删去无关内容后上传")
    rows = [r for r in range(r_lo, r_hi + 1) if r not in hidden_rows]
    cols = [c for c in range(c_lo, c_hi + 1) if c not in hidden_cols]
    row_index = {r: i for i, r in enumerate(rows)}
    col_index = {c: i for i, c in enumerate(cols)}

    cells: list[Cell] = []
    for r in rows:
        for c in cols:
            if (r, c) in covered:
                continue
            end_r, end_c = merged.get((r, c), (r, c))
            row_span = sum(1 for x in range(r, end_r + 1) if x in row_index)
            col_span = sum(1 for x in range(c, end_c + 1) if x in col_index)
            cells.append(Cell(text=values.get((r, c), ""), row=row_index[r], col=col_index[c],
                              row_span=max(row_span, 1), col_span=max(col_span, 1)))
    table = Table(cells=cells, n_rows=len(rows), n_cols=len(cols), page=page, name=ws.title)
    before, after, prose = _single_value_rows(table)
    if prose:
        return None, before, []
    return table, before, after


def _single_value_rows(table: Table) -> tuple[list[TextBlock], list[TextBlock], bool]:
    """Rows at the top and bottom that hold one value only (a title merged across the
    table, a 填报单位 or 截至日期 line) as TextBlocks; the first one on top is the title.
    The flag says every row is such a line: the sheet is prose (a report typed into merged
    rows), not a table."""
    grid = table.grid()

    def single(r: int) -> Optional[Cell]:
        distinct = {id(c): c for c in grid[r] if c is not None and c.text.strip()}
        if len(distinct) != 1:
            return None
        cell = next(iter(distinct.values()))
        return cell if cell.row == r else None

    before: list[TextBlock] = []
    r = 0
    while r < table.n_rows:
        cell = single(r)
        if cell is None:
            if not any(c is not None and c.text.strip() for c in grid[r]):
                r += 1  # an empty row inside a run of single values
                continue
            break
        before.append(TextBlock(text=cell.text, page=table.page,
                                role="title" if not before else "body"))
        r += cell.row_span
    if r >= table.n_rows:  # every row holds one value: prose written in a sheet, not a table
        return before, [], True
    after: list[TextBlock] = []
    r = table.n_rows - 1
    while r > 0:
        cell = single(r)
        if cell is None:
            break
        after.insert(0, TextBlock(text=cell.text, page=table.page))
        r = cell.row - 1
    return before, after, False


#: Excel header/footer codes: page number, page count, date, time, file, sheet, path
_HF_CODES = re.compile(r"&[PNDTFAZG]|&\[[^\]]*\]")


#: what is left of a page-number template once its codes are gone
_HF_FILLER = re.compile(r"[\s第页共/／,，.\-—]|[Pp]age|\bof\b")


def _headers_footers(ws, page: int) -> tuple[list[TextBlock], list[TextBlock]]:
    """The sheet's print header and footer (页眉/页脚; the department's name or 文件 line
    often sits there), as header/footer TextBlocks, each distinct text once."""
    out: dict[str, list[TextBlock]] = {"header": [], "footer": []}
    seen: set[tuple[str, str]] = set()
    for role, names in (("header", ("oddHeader", "firstHeader", "evenHeader")),
                        ("footer", ("oddFooter", "firstFooter", "evenFooter"))):
        for name in names:
            hf = getattr(ws, name, None)
            if hf is None:
                continue
            for part in (hf.left, hf.center, hf.right):
                text = _HF_CODES.sub("", part.text or "").replace("&&", "&").strip()
                if _HF_FILLER.sub("", text) in ("", ws.title):
                    continue  # only a page-number template ("第 &P 页") or the sheet name
                if (role, text) not in seen:
                    seen.add((role, text))
                    out[role].append(TextBlock(text=text, page=page, role=role))
    return out["header"], out["footer"]


_NS_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_NS_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_NS_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_NS_XDR = "{http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing}"


def _resolve(base: str, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    parts = base.split("/")[:-1]
    for piece in target.split("/"):
        if piece == "..":
            if parts:
                parts.pop()
        elif piece and piece != ".":
            parts.append(piece)
    return "/".join(parts)


def _rels(zf, part: str) -> dict[str, str]:
    folder, name = part.rsplit("/", 1) if "/" in part else ("", part)
    rels_name = f"{folder}/_rels/{name}.rels" if folder else f"_rels/{name}.rels"
    try:
        root = ET.fromstring(zf.read(rels_name))
    except KeyError:
        return {}
    return {r.get("Id"): _resolve(part, r.get("Target", "")) for r in root.iter(f"{_NS_PKG_REL}Relationship")
            if r.get("TargetMode") != "External"}


def text_boxes_by_sheet(path) -> dict[str, list[str]]:
    """Texts of the shapes (text boxes) drawn on each sheet; openpyxl drops them, and a
    department's name is sometimes typed into one."""
    import zipfile

    out: dict[str, list[str]] = {}
    with zipfile.ZipFile(path) as zf:
        names = set(zf.namelist())
        if not any(n.startswith("xl/drawings/") for n in names):
            return out
        wb_rels = _rels(zf, "xl/workbook.xml")
        workbook = ET.fromstring(zf.read("xl/workbook.xml"))
        for sheet in workbook.iter(f"{_NS_MAIN}sheet"):
            sheet_part = wb_rels.get(sheet.get(f"{_NS_REL}id"))
            if not sheet_part or sheet_part not in names:
                continue
            for target in _rels(zf, sheet_part).values():
                if not target.startswith("xl/drawings/") or not target.endswith(".xml") or target not in names:
                    continue
                drawing = ET.fromstring(zf.read(target))
                for shape in drawing.iter(f"{_NS_XDR}sp"):
                    paras = ["".join(t.text or "" for t in p.iter(f"{_NS_A}t")) for p in shape.iter(f"{_NS_A}p")]
                    text = "\n".join(p for p in paras if p.strip())
                    if text.strip():
                        out.setdefault(sheet.get("name", ""), []).append(text)
    return out


def _pictures(ws, page: int) -> list[Picture]:
    out = []
    for i, img in enumerate(getattr(ws, "_images", [])):
        try:
            data = img._data()
        except Exception:  # an image openpyxl kept but cannot hand back
            log.info("cannot read picture %d of sheet %s", i, ws.title, exc_info=True)
            continue
        fmt = (getattr(img, "format", "") or "png").lower()
        out.append(Picture(page=page, data=data, media_type=f"image/{'jpeg' if fmt == 'jpg' else fmt}",
                           name=f"{ws.title}-{i + 1}.{fmt}"))
    return out


def parse_xlsx(path, *, limits=None) -> Document:
    import warnings as pywarnings

    import openpyxl
    from parsers.native import detect_seals_in_pictures, mark_from_pictures, read_ooxml_properties

    with pywarnings.catch_warnings():
        # openpyxl warns about data validation, conditional formats … it cannot keep
        pywarnings.simplefilter("ignore")
        # file objects, not names: openpyxl refuses a name not ending in .xlsx/.xlsm, and
        # the name a clerk gave proves nothing
        with open(path, "rb") as f:
            wb = openpyxl.load_workbook(f, data_only=True)
        with open(path, "rb") as f:
            wb_formulas = openpyxl.load_workbook(f, data_only=False)
    doc = Document(kind="xlsx", properties=read_ooxml_properties(path))
    boxes = text_boxes_by_sheet(path)
    page = 0
    for ws in wb.worksheets:
        if ws.sheet_state != "visible":
            continue
        page += 1
        doc.pages.append(Page(number=page))
        ws_f = wb_formulas[ws.title] if ws.title in wb_formulas.sheetnames else None
        table, before, after = _sheet_to_table(ws, ws_f, page, doc.warnings)
        headers, footers = _headers_footers(ws, page)
        doc.items.extend(headers + [TextBlock(text=t, page=page, role="textbox") for t in boxes.get(ws.title, [])])
        doc.items.extend(before)
        if table is not None:
            doc.items.append(table)
        doc.items.extend(after + footers)
        doc.pictures.extend(_pictures(ws, page))
    wb.close()
    wb_formulas.close()
    if limits is not None:
        from parsers.limits import check_pages
        check_pages(page, limits)
    mark_from_pictures(doc)
    detect_seals_in_pictures(doc)
    return doc
