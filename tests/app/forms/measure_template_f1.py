"""Measure extraction on the service's own forms (not collected by pytest):

    .venv/bin/python -m tests.app.forms.measure_template_f1 [--scans N]

Every department's form for two quarters, Word and Excel, filled with random figures (some
with the measure word, some left blank), read back with ``extract_file``; with ``--scans N``
also N Word forms printed by LibreOffice, rasterised at 200 dpi, turned and blurred, read by
the scanned-PDF parser. Prints figure F1 and department + quarter accuracy."""
from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from app.catalog import get_catalog
from app.extraction import extract_file
from app.forms import form_file
from tests.app.forms.test_round_trip import fill_docx, fill_xlsx


def _figures(catalog, unit, rnd):
    figs = {}
    for p in catalog.projects_of(unit):
        for i in p.indicators:
            if not i.numeric or rnd.random() < 0.2:
                continue
            if i.kind == "count":
                v = rnd.randint(0, int(i.target or 500))
                figs[i.id] = (v, f"{v}{rnd.choice(['', i.measure or ''])}")
            else:
                v = round(rnd.uniform(10, 100), 1)
                figs[i.id] = (v, f"{v}%")
    return figs


def _score(figs, result, counts, name):
    got = {k: v.value for k, v in result.values.items()}
    for k, (v, _) in figs.items():
        if k in got and abs(got[k] - v) < 1e-6:
            counts["tp"] += 1
        else:
            counts["fn"] += 1
            print(f"  missed {name} {k}: filled {v}, read {got.get(k)}")
    for k, v in got.items():
        if k not in figs or abs(figs[k][0] - v) > 1e-6:
            counts["fp"] += 1
            print(f"  wrong {name} {k}: read {v}")


def _f1(c):
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--scans", type=int, default=0)
    ap.add_argument("--seed", type=int, default=5)
    args = ap.parse_args()
    catalog, rnd = get_catalog(), random.Random(args.seed)
    tmp = Path(tempfile.mkdtemp(prefix="template-f1-"))
    native = {"tp": 0, "fp": 0, "fn": 0, "files": 0, "ok": 0}
    t0 = time.time()
    for period in ("2024Q1", "2024Q3"):
        for unit in (u.name for u in catalog.units):
            figs = _figures(catalog, unit, rnd)
            for fmt, fill in (("docx", fill_docx), ("xlsx", fill_xlsx)):
                data = fill(form_file(unit, period, fmt, catalog)[1], catalog, unit,
                            {k: s for k, (_, s) in figs.items()})
                path = tmp / f"{period}-{unit}.{fmt}"
                path.write_bytes(data)
                res = extract_file(path, catalog=catalog)
                native["files"] += 1
                native["ok"] += res.unit == unit and res.period == period
                _score(figs, res, native, path.name)
    print(f"native: {native['files']} files, department+quarter right {native['ok']}, "
          f"figures tp {native['tp']} fp {native['fp']} fn {native['fn']}, "
          f"F1 {_f1(native):.4f} ({time.time() - t0:.0f}s)")
    if args.scans:
        from PIL import Image, ImageFilter

        from tests.app.consolidate.render import page_images, to_pdf
        scans = {"tp": 0, "fp": 0, "fn": 0, "files": 0, "ok": 0}
        t0 = time.time()
        for unit in rnd.sample([u.name for u in catalog.units], args.scans):
            figs = _figures(catalog, unit, rnd)
            d = tmp / f"scan-{unit}"
            d.mkdir()
            filled = d / "filled.docx"
            filled.write_bytes(fill_docx(form_file(unit, "2024Q2", "docx", catalog)[1], catalog,
                                         unit, {k: s for k, (_, s) in figs.items()}))
            pages = [Image.open(p).convert("L")
                     .rotate(rnd.uniform(-1.5, 1.5), expand=True, fillcolor=255)
                     .filter(ImageFilter.GaussianBlur(0.7))
                     for p in page_images(to_pdf(filled, d), 200, d)]
            scan = d / "scan.pdf"
            pages[0].save(scan, save_all=True, append_images=pages[1:], resolution=200)
            res = extract_file(scan, catalog=catalog)
            scans["files"] += 1
            scans["ok"] += res.unit == unit and res.period == "2024Q2"
            _score(figs, res, scans, f"scan {unit}")
        print(f"scans: {scans['files']} files, department+quarter right {scans['ok']}, "
              f"figures tp {scans['tp']} fp {scans['fp']} fn {scans['fn']}, "
              f"F1 {_f1(scans):.4f} ({time.time() - t0:.0f}s)")


if __name__ == "__main__":
    main()
