"""Returns on the office's own blank forms (app/forms), filled in as a department's clerk
would, each beside a ground truth in the samples' format, so ``python -m samples.accuracy DIR``
measures them like any other sample:

    python -m samples.forms_fill --out /tmp/f --units 市教育局,市科协 --period 2024Q2 [--scan]

The figures and narratives are the samples generator's (``samples.plan.figures``,
``layouts.common.progress_text``, ``phrasing.problems/plans``), so a department's return on
the form agrees with its returns in other layouts. A filled form is "printed" by LibreOffice
(``samples.convert``), rasterised (``generate.rasterise``), stamped with the department's seal
(``samples.seal``) and scanned (``degrade.scan``: rotation, tint, noise, blur, JPEG) into an
image-only PDF.
"""
from __future__ import annotations

import argparse
import io
import json
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import numpy as np
from docx import Document
from openpyxl import load_workbook
from openpyxl.styles import Alignment
from PIL import Image

from app.catalog import Catalog, Indicator, get_catalog
from app.forms import form_file
from app.forms.layout import HEADERS, WIDTHS, indicator_label
from samples import degrade, phrasing, plan
from samples.layouts.common import Context, Truth, cell_number, progress_text

GENERATOR = "samples/forms_fill/1"
#: the form's columns, by header (app/forms/layout.HEADERS)
COL = {h: i for i, h in enumerate(HEADERS)}
FIGURE, RATE = COL["累计完成"], COL["完成率"]
TEXT_COLS = {"progress": COL["进展情况"], "problems": COL["存在问题"], "plans": COL["下步打算"]}


@dataclass
class FormReturn:
    """What one department writes into its form: cell texts and the truth a reader gets."""

    unit: str
    period: str
    #: indicator id → (figure as written in 累计完成, 完成率 as written or "")
    cells: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: indicator id → the figure (percentages 0–100)
    values: dict[str, float] = field(default_factory=dict)
    #: project number (str) → {"progress", "problems", "plans"}
    texts: dict[str, dict[str, str]] = field(default_factory=dict)


def _rate_text(ind: Indicator, value: float) -> str:
    if not ind.target:
        return ""
    return f"{round(100 * value / ind.target, 1):g}%"


def form_return(catalog: Catalog, unit: str, period: str, seed: int = 2024) -> FormReturn:
    """The department's figures and narratives for the quarter, from the samples generator."""
    rng = plan.rng_for(seed, "form", unit, period)
    ctx = Context(catalog, unit, period, seed, rng, stamped=False)
    figs = ctx.figures
    out = FormReturn(unit, period)
    for a in ctx.assignments:
        p = a.project
        for ind in a.indicators:
            if ind.id not in figs:
                continue
            value = float(figs[ind.id]["value"])
            written = cell_number(ind, value, rng, with_measure=rng.random() < 0.4)
            # a co-department reports its share; only the lead sets it against the city target
            rate = _rate_text(ind, value) if unit == p.lead else ""
            out.cells[ind.id] = (written, rate)
            out.values[ind.id] = value
        # figures are in their column; the prose says how, without rounded forms
        out.texts[str(p.no)] = {
            "progress": progress_text(ctx, a, Truth(), exact=True),
            "problems": phrasing.problems(rng, unit),
            "plans": phrasing.plans(rng, unit),
        }
    return out


# ---------------------------------------------------------------- filling the forms

def _labels(catalog: Catalog, unit: str) -> dict[str, Indicator]:
    return {indicator_label(i): i for p in catalog.projects_of(unit) for i in p.indicators}


def fill_docx(data: bytes, catalog: Catalog, ret: FormReturn) -> bytes:
    """The Word form with the return's figures, rates and narratives written in."""
    doc = Document(io.BytesIO(data))
    labels = _labels(catalog, ret.unit)
    written_projects: set[int] = set()
    for row in doc.tables[0].rows[1:]:
        cells = row.cells
        ind = labels.get(cells[COL["指标"]].text.strip())
        if ind is None:
            continue
        if ind.id in ret.cells:
            figure, rate = ret.cells[ind.id]
            _set_text(cells[FIGURE], figure)
            if rate:
                _set_text(cells[RATE], rate)
        texts = ret.texts.get(str(ind.project_no))
        if texts and ind.project_no not in written_projects:  # merged over the project's rows
            written_projects.add(ind.project_no)
            for key, col in TEXT_COLS.items():
                _set_text(cells[col], texts[key])
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _set_text(cell, text: str) -> None:
    """Replace the cell's text, keeping the form's paragraph and run formatting."""
    par = cell.paragraphs[0]
    for extra in cell.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    if par.runs:
        par.runs[0].text = text
        for r in par.runs[1:]:
            r._r.getparent().remove(r._r)
    else:
        par.add_run(text)


def fill_xlsx(data: bytes, catalog: Catalog, ret: FormReturn) -> bytes:
    """The Excel form filled in; rows grow so the narratives print whole, as a clerk
    would drag them taller."""
    from app.consolidate.style import lines_height, wrapped_lines

    wb = load_workbook(io.BytesIO(data))
    ws = wb.active
    labels = _labels(catalog, ret.unit)
    merged = {(m.min_row, m.min_col): m for m in ws.merged_cells.ranges}
    done: set[int] = set()
    for row in ws.iter_rows():
        label = row[COL["指标"]].value
        ind = labels.get(str(label).strip()) if label else None
        if ind is None:
            continue
        r = row[0].row
        if ind.id in ret.cells:
            figure, rate = ret.cells[ind.id]
            row[FIGURE].value = figure
            if rate:
                row[RATE].value = rate
        texts = ret.texts.get(str(ind.project_no))
        if texts and ind.project_no not in done:
            done.add(ind.project_no)
            span = 1
            for key, col in TEXT_COLS.items():
                cell = row[col]
                cell.value = texts[key]
                cell.alignment = Alignment(horizontal="left", vertical="center", wrap_text=True)
                m = merged.get((r, col + 1))
                span = (m.max_row - m.min_row + 1) if m else 1
            need = max(lines_height(wrapped_lines(texts[k], WIDTHS[c])) for k, c in TEXT_COLS.items())
            have = sum(ws.row_dimensions[r + k].height or 15 for k in range(span))
            if need > have:
                for k in range(span):
                    dim = ws.row_dimensions[r + k]
                    dim.height = round((dim.height or 15) + (need - have) / span + 1, 1)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


FILLERS = {"docx": fill_docx, "xlsx": fill_xlsx}


def filled_form(catalog: Catalog, unit: str, period: str, fmt: str,
                seed: int = 2024) -> tuple[str, bytes, FormReturn]:
    """(file name, bytes, what was written) of the department's form, filled in."""
    name, blank = form_file(unit, period, fmt, catalog)
    ret = form_return(catalog, unit, period, seed)
    return name, FILLERS[fmt](blank, catalog, ret), ret


def truth_record(file: str, kind: str, ret: FormReturn, *, stamped: Optional[bool],
                 seed: int, extra: Optional[dict] = None) -> dict:
    """The ground truth in the samples' format (samples/README.md)."""
    return {"file": file, "kind": kind, "unit": ret.unit, "period": ret.period,
            "stamped": stamped,
            "values": {k: (int(v) if float(v).is_integer() else v) for k, v in ret.values.items()},
            "texts": ret.texts, "layout": "service_form", "layout_variant": kind,
            "phrasing": {"unit_places": ["fill-line", "mark"], "period_written": "mark"},
            "seed": seed, "generator": GENERATOR, **(extra or {})}


# ---------------------------------------------------------------- printed, stamped, scanned

def _seal_centre(page: Image.Image) -> tuple[int, int]:
    """Over the signature block: right of centre, on the lowest text above the footer (the
    page number in the bottom tenth of the page)."""
    grey = np.asarray(page.convert("L"))[: int(page.height * 0.9)]
    rows = np.where((grey < 160).sum(axis=1) > 3)[0]
    bottom = int(rows[-1]) if len(rows) else int(page.height * 0.7)
    return int(page.width * 0.68), max(0, bottom - int(page.height * 0.04))


def scan_pdf(pdf_path: Path, out: Path, unit: str, catalog: Catalog, rng: random.Random,
             dpi: int = 200) -> dict:
    """The printed form stamped on its last page and scanned to an image-only PDF."""
    from samples.generate import rasterise
    from samples.seal import press, seal_image

    pages = rasterise(pdf_path.read_bytes(), dpi)
    seal = seal_image(phrasing.full_name(catalog, unit), rng, int(4.2 / 2.54 * dpi))
    pages[-1] = press(pages[-1], seal, _seal_centre(pages[-1]))
    scanned = [degrade.scan(p, rng) for p in pages]
    scanned[0][0].save(out, "PDF", save_all=True, resolution=dpi,
                       append_images=[p for p, _ in scanned[1:]])
    return {"dpi": dpi, **scanned[0][1]}


def generate(out: Path, catalog: Catalog, units: list[str], period: str,
             formats: tuple[str, ...] = ("docx", "xlsx"), scan: bool = False,
             seed: int = 2024) -> list[dict]:
    """Write each department's filled forms (and with ``scan`` their scanned copies) with a
    truth beside each file; return the truths."""
    from samples.convert import convert_batch

    out.mkdir(parents=True, exist_ok=True)
    truths, printed = [], []
    for k, unit in enumerate(units):
        fmt = formats[k % len(formats)]
        _, data, ret = filled_form(catalog, unit, period, fmt, seed)
        name = f"form-{k + 1:03d}.{fmt}"
        (out / name).write_bytes(data)
        truths.append(truth_record(name, fmt, ret, stamped=None, seed=seed))
        printed.append((out / name, ret))
    if scan:
        staging = out / "printed"
        pdfs = convert_batch([p for p, _ in printed], "pdf", staging)
        for (src, ret), pdf in zip(printed, pdfs):
            name = f"scan-{src.stem.split('-')[1]}.pdf"
            info = scan_pdf(pdf, out / name, ret.unit, catalog,
                            plan.rng_for(seed, "form-scan", ret.unit, period))
            truths.append(truth_record(name, "pdf-scan", ret, stamped=True, seed=seed,
                                       extra={"scan": info, "printed_from": src.suffix[1:]}))
    for t in truths:
        (out / (Path(t["file"]).stem + ".truth.json")).write_text(
            json.dumps(t, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return truths


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--units", help="comma-separated departments (default: all)")
    ap.add_argument("--period", default="2024Q2")
    ap.add_argument("--formats", default="docx,xlsx", help="alternated over the departments")
    ap.add_argument("--scan", action="store_true", help="also print, stamp and scan each form")
    ap.add_argument("--seed", type=int, default=2024)
    args = ap.parse_args(argv)
    catalog = get_catalog()
    units = args.units.split(",") if args.units else [u.name for u in catalog.units]
    truths = generate(args.out, catalog, units, args.period,
                      tuple(args.formats.split(",")), args.scan, args.seed)
    print(f"{len(truths)} files in {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
