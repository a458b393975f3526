"""A held-out corpus of returns "from offices nobody has seen".

About forty returns for the 2024 list, written by hand as a dozen different offices would:
formal 报告 with an attached table, bare tables, Excel workbooks, district rows with a 合计,
the whole list with a 责任单位 column, figures in 备注, the department only in the page header
or a text box, the quarter only in a date line. Each file has a ``.truth.json`` beside it in the
format ``samples.accuracy`` scores. The content is independent of ``samples.generate`` and of
the interpretation code, so its accuracy figures measure generalisation.

    python -m samples.holdout --out DIR [--formats docx,xlsx,pdf-text,doc,pdf-scan,image] [--batch 1…41]
"""
from __future__ import annotations

import json
import random
import shutil
import tempfile
from pathlib import Path
from typing import Iterable, Optional

from samples.holdout import returns_a, returns_b, returns_c, returns_d, returns_e, returns_f  # noqa: F401
from samples.holdout import returns_g, returns_h  # noqa: F401  (batch 4)
from samples.holdout import returns_i  # noqa: F401  (batch 5)
from samples.holdout import returns_k  # noqa: F401  (batch 6)
from samples.holdout import returns_m, returns_n, returns_p  # noqa: F401  (batches 7, 8, 9)
from samples.holdout import returns_q, returns_r, returns_s  # noqa: F401  (batches 10-12)
from samples.holdout import returns_t, returns_u, returns_v  # noqa: F401  (batches 13-15)
from samples.holdout import returns_w, returns_x  # noqa: F401  (batches 16-17)
from samples.holdout import returns_y, returns_z  # noqa: F401  (batches 18-19)
from samples.holdout import returns_l, returns_o  # noqa: F401  (batches 20-21)
from samples.holdout import returns_j, returns_aa  # noqa: F401  (batches 22-23)
from samples.holdout import returns_ab, returns_ac  # noqa: F401  (batches 24-25)
from samples.holdout import returns_ad, returns_ae  # noqa: F401  (batches 26-27)
from samples.holdout import returns_af, returns_ag  # noqa: F401  (batches 28-29)
from samples.holdout import returns_ah, returns_ai  # noqa: F401  (batches 30-31)
from samples.holdout import returns_aj, returns_ak  # noqa: F401  (batches 32-33)
from samples.holdout import returns_al, returns_am  # noqa: F401  (batches 34-35)
from samples.holdout import returns_an, returns_ao  # noqa: F401  (batches 36-37)
from samples.holdout import returns_ap, returns_aq  # noqa: F401  (batches 38-39)
from samples.holdout import returns_ar, returns_as  # noqa: F401  (batches 40-41)
from samples.holdout.corpus import RETURNS, Return, Truth
from samples.holdout.wording import WORDING

KINDS = ("docx", "xlsx", "pdf-text", "doc", "pdf-scan", "image")
NATIVE = ("docx", "xlsx")
EXT = {"docx": "docx", "xlsx": "xlsx", "pdf-text": "pdf", "doc": "doc", "pdf-scan": "pdf",
       "image": "jpg"}
SEED = 2024


def full_name(unit: str) -> str:
    """The name a seal carries: the longest 淄博市… / 共青团淄博市… form of the department."""
    from app.catalog import get_catalog
    u = get_catalog(2024).unit(unit)
    official = [a for a in u.aliases if a.startswith(("淄博", "共青团淄博"))]
    return max(official, key=len) if official else u.name


def file_name(r: Return) -> str:
    # batches 1-4 are h01…h97 (holdout-01…); later batches keep their letter (holdout-i01…)
    stem = r.stem[1:] if r.stem.startswith("h") else r.stem
    return f"holdout-{stem}.{EXT[r.kind]}"


def truth_dict(r: Return, t: Truth) -> dict:
    places, period_written = WORDING[r.stem]
    if r.kind in ("pdf-scan", "image"):
        stamped: Optional[bool] = r.seal
    elif r.kind == "pdf-text":
        stamped = t.seal_picture
    else:  # docx, xlsx, doc: only a pasted seal picture shows a seal
        stamped = True if t.seal_picture else None
    return {"file": file_name(r), "kind": r.kind, "unit": r.unit, "period": r.period,
            "stamped": stamped, "values": t.values, "texts": t.texts, "layout": r.layout,
            "phrasing": {"unit_places": list(places), "period_written": period_written},
            "batch": r.batch, "generator": "samples/holdout"}


def select(formats: Optional[Iterable[str]] = None, batch: Optional[int] = None) -> list[Return]:
    wanted = set(formats or KINDS)
    unknown = wanted - set(KINDS)
    if unknown:
        raise ValueError(f"unknown formats: {', '.join(sorted(unknown))}; known: {', '.join(KINDS)}")
    return [r for r in RETURNS if r.kind in wanted and batch in (None, r.batch)]


def generate(out: Path, formats: Optional[Iterable[str]] = None,
             batch: Optional[int] = None) -> list[dict]:
    """Write the chosen returns and their truth files into ``out``; returns the truths."""
    from samples.holdout import office, scan

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    chosen = select(formats, batch)
    truths: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="holdout-src-") as tmp:
        src_dir = Path(tmp)
        sources: dict[str, Path] = {}
        for r in chosen:
            src = (out / file_name(r)) if r.kind in NATIVE else src_dir / f"{r.stem}.{r.source}"
            truths[r.stem] = truth_dict(r, r.build(src))
            sources[r.stem] = src
        needs_pdf = [r for r in chosen if r.kind in ("pdf-text", "pdf-scan", "image")]
        # Word sources and workbooks go through LibreOffice's own PDF filters
        pdf_of: dict[str, Path] = {}
        for source, target in (("docx", "pdf"), ("xlsx", "pdf-calc")):
            group = [r for r in needs_pdf if r.source == source]
            pdf_of.update(zip((r.stem for r in group),
                              office.convert([sources[r.stem] for r in group], target,
                                             src_dir / target)))
        pdfs = [pdf_of[r.stem] for r in needs_pdf]
        docs = [r for r in chosen if r.kind == "doc"]
        for r, d in zip(docs, office.convert([sources[r.stem] for r in docs], "doc", src_dir / "doc")):
            shutil.move(str(d), out / file_name(r))
        for r, pdf in zip(needs_pdf, pdfs):
            if r.kind == "pdf-text":
                shutil.move(str(pdf), out / file_name(r))
                continue
            rng = random.Random(f"{SEED}-{r.stem}")
            if r.paper is not None:
                r.paper(pdf, out / file_name(r), rng, full_name(r.unit) if r.seal else None)
                continue
            pages = scan.render_pages(pdf)
            if r.seal:
                k = r.seal_page if r.seal_page >= 0 else len(pages) - 1
                pages[k] = scan.press_seal(pages[k], full_name(r.unit), rng, r.seal_at)
            if r.kind == "pdf-scan":
                scan.to_scanned_pdf([scan.age_scan(p, rng) for p in pages], out / file_name(r))
            else:
                if len(pages) != 1:
                    raise ValueError(f"{r.stem}: a photographed return must fit one page")
                scan.to_photo(scan.photograph(pages[0], rng, r.photo_strength), out / file_name(r))
    result = []
    for r in chosen:
        t = truths[r.stem]
        (out / (Path(t["file"]).stem + ".truth.json")).write_text(
            json.dumps(t, ensure_ascii=False, indent=1), encoding="utf-8")
        result.append(t)
    return result
