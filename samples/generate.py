"""python -m samples.generate --out DIR: sample returns of every department, quarter, layout
and format, each beside its ground truth (same stem + .truth.json). Deterministic for a seed.

Formats: docx, xlsx and pdf-text are drawn directly; doc, wps, xls, et go through LibreOffice
(one soffice call per batch); pdf-scan and image are the text PDF rendered to pixels, sealed
and degraded."""
from __future__ import annotations

import argparse
import io
import json
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import pypdfium2 as pdfium
from PIL import Image

from app.catalog import Catalog, get_catalog
from samples import degrade, plan
from samples.convert import convert_batch
from samples.doc import Para, SampleDoc
from samples.layouts import LAYOUTS
from samples.layouts.common import Context, Truth
from samples.render import excel, pdf, word
from samples.render.package import set_custom_properties
from samples.seal import press, seal_image

FORMATS = ("docx", "doc", "wps", "xlsx", "xls", "et", "pdf-text", "pdf-scan", "image")
EXT = {"docx": "docx", "doc": "doc", "wps": "wps", "xlsx": "xlsx", "xls": "xls", "et": "et",
       "pdf-text": "pdf", "pdf-scan": "pdf", "image": "jpg"}
WORD = {"docx", "doc", "wps"}
EXCEL = {"xlsx", "xls", "et"}
#: share of returns carrying a seal, per format
SEAL_RATE = {"docx": 0.35, "doc": 0.35, "wps": 0.35, "xlsx": 0.2, "xls": 0.2, "et": 0.2,
             "pdf-text": 0.5, "pdf-scan": 0.85, "image": 0.85}
#: the mark WPS Office writes into its files
KSO_MARK = {"KSOProductBuildVer": "2052-11.1.0.14309"}
#: layouts that need a numeric indicator to have a table at all
NUMERIC_LAYOUTS = {"ledger", "new_and_total", "district_rows", "wide_table"}
NEEDS_LIBREOFFICE = {"doc", "wps", "xls", "et"}
GENERATOR = "samples/1"


@dataclass
class Job:
    fmt: str
    index: int
    unit: str
    period: str
    layout: str
    seed: int
    name: str
    truth: dict = field(default_factory=dict)


def plan_jobs(catalog: Catalog, formats, units, periods, layouts, count: Optional[int],
              seed: int) -> list[Job]:
    jobs = []
    for fmt in formats:
        combos = [(u, p) for u in units for p in periods]
        plan.rng_for(seed, "order", fmt).shuffle(combos)
        n = count if count is not None else len(combos)
        offset = plan.rng_for(seed, "layout-offset", fmt).randrange(len(layouts))
        for i in range(n):
            layout = layouts[(i + offset) % len(layouts)]
            if layout in NUMERIC_LAYOUTS and not _has_figures(catalog, combos[i % len(combos)][0]):
                # swap in a later department that has figures, so every layout still shows
                later = range(i + 1, len(combos)) if i < len(combos) else range(i + 1, i + len(combos))
                for j in later:
                    if _has_figures(catalog, combos[j % len(combos)][0]):
                        a, b = i % len(combos), j % len(combos)
                        combos[a], combos[b] = combos[b], combos[a]
                        break
                else:
                    layout = "prose_rows"
            unit, period = combos[i % len(combos)]
            jobs.append(Job(fmt, i, unit, period, layout, seed, f"{fmt}-{i + 1:03d}.{EXT[fmt]}"))
    return jobs


def _has_figures(catalog: Catalog, unit: str) -> bool:
    return any(ind.numeric for a in plan.assignments(catalog, unit) for ind in a.indicators)


def build(catalog: Catalog, job: Job) -> tuple[SampleDoc, Truth, bool]:
    rng = plan.rng_for(job.seed, "doc", job.fmt, job.index)
    stamped = rng.random() < SEAL_RATE[job.fmt]
    ctx = Context(catalog, job.unit, job.period, job.seed, rng, stamped=stamped,
                  seal_readable=job.fmt in ("pdf-scan", "image"))
    truth = Truth()
    doc = LAYOUTS[job.layout](ctx, truth)
    if job.fmt in EXCEL and rng.random() < 0.3:
        doc.extra_sheets.append(("填表说明", [
            Para("1. 请各责任单位于每季度末报送进展情况，数据填写截至当季度末的累计完成数。"),
            Para("2. 报送时请加盖单位公章。"), Para("3. 联系电话：3160330。")]))
    q = plan.quarter_of(job.period)
    if job.fmt in EXCEL and q > 1 and rng.random() < 0.15:
        # one workbook kept all year: a sheet per quarter, the one reported last
        names = ["一季度", "二季度", "三季度", "四季度"]
        for k in range(1, q):
            period = f"{job.period[:4]}Q{k}"
            old_ctx = Context(catalog, job.unit, period, job.seed, plan.rng_for(job.seed, "old", job.fmt, job.index, k),
                              stamped=False)
            old = LAYOUTS[job.layout](old_ctx, Truth())
            doc.earlier_sheets.append((names[k - 1], old.blocks))
        doc.sheet_name = names[q - 1]
        truth.note("workbook", "sheet-per-quarter")
    elif job.fmt in EXCEL:
        doc.sheet_name = rng.choice(["Sheet1", "进展情况", "进展情况表", f"{job.period[-1]}季度"])
    return doc, truth, stamped


def truth_record(job: Job, doc: SampleDoc, truth: Truth, stamped: bool, extra: dict) -> dict:
    if job.fmt in WORD | EXCEL:
        seal = True if stamped else None
    else:
        seal = bool(stamped)
    return {
        "file": job.name,
        "kind": job.fmt,
        "unit": job.unit,
        "period": job.period,
        "stamped": seal,
        "values": {k: (int(v) if float(v).is_integer() else v)
                   for k, v in sorted(truth.values.items(), key=lambda kv: _id_key(kv[0]))},
        "texts": {k: truth.texts[k] for k in sorted(truth.texts, key=int)},
        "layout": job.layout,
        "layout_variant": truth.variant,
        "phrasing": truth.phrasing,
        "seed": job.seed,
        "generator": GENERATOR,
        **extra,
    }


def _id_key(ind_id: str) -> tuple[int, ...]:
    return tuple(int(p) for p in ind_id.split("."))


def rasterise(pdf_bytes: bytes, dpi: int) -> list[Image.Image]:
    pdfdoc = pdfium.PdfDocument(pdf_bytes)
    try:
        return [pdfdoc[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(pdfdoc))]
    finally:
        pdfdoc.close()


def _pressed_pages(doc: SampleDoc, job: Job, dpi: int, scale: float = 1.0) -> list[Image.Image]:
    """The return printed (no seal yet), the seal pressed by hand over the signature."""
    rng = plan.rng_for(job.seed, "print", job.fmt, job.index)
    buf = io.BytesIO()
    anchors = pdf.render(doc, buf, rng, draw_seal=False, scale=scale)
    pages = rasterise(buf.getvalue(), dpi)
    if doc.seal_name and anchors:
        a = anchors[0]
        size = int(4.2 / 2.54 * dpi)
        seal = seal_image(doc.seal_name, rng, size)
        x = a.x * dpi / 72 + rng.uniform(-0.4, 0.4) * size
        y = (a.page_h - a.y) * dpi / 72 + rng.uniform(-0.2, 0.2) * size
        pages[a.page - 1] = press(pages[a.page - 1], seal, (int(x), int(y)))
    return pages


def render_job(catalog: Catalog, job: Job, out: Path, staging: Path,
               libreoffice: bool = True) -> Optional[tuple[str, Path]]:
    """Write the file (or its source for conversion) and set job.truth. Returns
    (conversion target, source path) when LibreOffice must finish the file."""
    doc, truth, stamped = build(catalog, job)
    rng = plan.rng_for(job.seed, "render", job.fmt, job.index)
    extra: dict = {}
    pending = None
    stem = Path(job.name).stem
    if job.fmt == "docx":
        word.render(doc, out / job.name, rng)
    elif job.fmt in ("doc", "wps"):
        src = staging / f"{stem}.docx"
        word.render(doc, src, rng, properties=KSO_MARK if job.fmt == "wps" else None)
        pending = ("doc", src)
    elif job.fmt == "xlsx":
        formulas = rng.random() < 0.4 and libreoffice
        src = staging / f"{stem}.xlsx" if formulas else out / job.name
        has = excel.render(doc, src, rng, use_formulas=formulas)
        extra["formulas"] = has
        if has:
            pending = ("xlsx", src)  # LibreOffice recalculates and stores the cached values
        elif formulas:
            shutil.move(str(src), out / job.name)
    elif job.fmt in ("xls", "et"):
        src = staging / f"{stem}.xlsx"
        excel.render(doc, src, rng, use_formulas=rng.random() < 0.4,
                     properties=KSO_MARK if job.fmt == "et" else None)
        pending = ("xls", src)
    elif job.fmt == "pdf-text":
        if libreoffice and rng.random() < 0.4:  # saved as PDF from Word rather than printed
            src = staging / f"{stem}.docx"
            word.render(doc, src, rng)
            pending = ("pdf", src)
            extra["producer"] = "word-processor"
        else:
            pdf.render(doc, out / job.name, rng)
            extra["producer"] = "reportlab"
    elif job.fmt == "pdf-scan":
        dpi = rng.choice([150, 200, 200, 300])
        pages = [degrade.scan(p, rng) for p in _pressed_pages(doc, job, dpi)]
        pages[0][0].save(out / job.name, "PDF", save_all=True, resolution=dpi,
                         append_images=[p for p, _ in pages[1:]])
        extra["scan"] = {"dpi": dpi, **pages[0][1]}
    elif job.fmt == "image":
        page = _one_sheet(doc, job)
        img, info = degrade.photo(page, rng)
        img.save(out / job.name, "JPEG", quality=92)
        extra["photo"] = info
    job.truth = truth_record(job, doc, truth, stamped, extra)
    return pending


def _one_sheet(doc: SampleDoc, job: Job) -> Image.Image:
    """What one photo shows: the return shrunk to one page, or its pages side by side."""
    for scale in (1.0, 0.85, 0.7):
        pages = _pressed_pages(doc, job, 200, scale)
        if len(pages) == 1:
            return pages[0]
    w = sum(p.width for p in pages) + 40 * (len(pages) - 1)
    sheet = Image.new("RGB", (w, max(p.height for p in pages)), (200, 200, 200))
    x = 0
    for p in pages:
        sheet.paste(p, (x, 0))
        x += p.width + 40
    return sheet


def finish_conversions(pending: list[tuple[Job, str, Path]], out: Path, staging: Path) -> None:
    by_target: dict[str, list[tuple[Job, Path]]] = {}
    for job, target, src in pending:
        by_target.setdefault(target, []).append((job, src))
    for target, items in by_target.items():
        conv_dir = staging / f"converted-{target}"
        results = convert_batch([src for _, src in items], target, conv_dir)
        for (job, _), res in zip(items, results):
            shutil.move(str(res), out / job.name)


def write_truth(job: Job, out: Path) -> None:
    path = out / (Path(job.name).stem + ".truth.json")
    path.write_text(json.dumps(job.truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def generate(out: Path, *, formats=FORMATS, units=None, periods=None, layouts=None,
             count: Optional[int] = None, seed: int = 2024, catalog: Optional[Catalog] = None,
             libreoffice: bool = True, log=None) -> list[dict]:
    """Write the returns and their truth into ``out``; returns the truths. Without
    ``libreoffice`` no formulas are written (nothing would compute their values) and the
    formats that need it are refused."""
    catalog = catalog or get_catalog()
    if not libreoffice and set(formats) & NEEDS_LIBREOFFICE:
        raise ValueError(f"{', '.join(sorted(set(formats) & NEEDS_LIBREOFFICE))} need LibreOffice")
    units = list(units or [u.name for u in catalog.units])
    periods = list(periods or catalog.periods)
    layouts = list(layouts or LAYOUTS)
    for u in units:
        catalog.unit(u)
    out.mkdir(parents=True, exist_ok=True)
    jobs = plan_jobs(catalog, formats, units, periods, layouts, count, seed)
    pending = []
    with tempfile.TemporaryDirectory(prefix="samples-staging-") as tmp:
        staging = Path(tmp)
        for k, job in enumerate(jobs, 1):
            p = render_job(catalog, job, out, staging, libreoffice)
            if p:
                pending.append((job, *p))
            if log and (k % 25 == 0 or k == len(jobs)):
                log(f"{k}/{len(jobs)} drawn")
        if pending:
            if log:
                log(f"converting {len(pending)} files with LibreOffice")
            finish_conversions(pending, out, staging)
    for job in jobs:
        write_truth(job, out)
    return [j.truth for j in jobs]


def _csv(value: Optional[str]) -> Optional[list[str]]:
    return [v.strip() for v in value.split(",") if v.strip()] if value else None


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m samples.generate", description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--formats", default=",".join(FORMATS), help="comma-separated: " + ",".join(FORMATS))
    ap.add_argument("--units", help="comma-separated canonical department names (default: all)")
    ap.add_argument("--periods", help="comma-separated, e.g. 2024Q1,2024Q3 (default: all four)")
    ap.add_argument("--layouts", help="comma-separated: " + ",".join(LAYOUTS))
    ap.add_argument("--count", type=int, help="files per format (default: one per department and quarter)")
    ap.add_argument("--seed", type=int, default=2024)
    args = ap.parse_args(argv)
    formats = _csv(args.formats) or list(FORMATS)
    bad = [f for f in formats if f not in FORMATS]
    layouts = _csv(args.layouts)
    bad += [lay for lay in layouts or [] if lay not in LAYOUTS]
    if bad:
        ap.error(f"unknown format or layout: {', '.join(bad)}")
    catalog = get_catalog()
    bad_periods = [p for p in _csv(args.periods) or [] if p not in catalog.periods]
    if bad_periods:
        ap.error(f"unknown period: {', '.join(bad_periods)} (one of {', '.join(catalog.periods)})")
    try:
        truths = generate(args.out, formats=formats, units=_csv(args.units), periods=_csv(args.periods),
                          layouts=layouts, count=args.count, seed=args.seed, catalog=catalog,
                          log=lambda m: print(m, file=sys.stderr))
    except KeyError as e:
        ap.error(f"unknown department: {e}")
    print(f"{len(truths)} returns written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
