"""OCR bench: our scanned-page pipeline beside plain full-page OCR on the same pages, and
RapidOCR against tesseract inside our pipeline.

    python -m bench.ocr [--count 1] [--engines rapidocr,tesseract] [--seed 2024] [--ablation]

Pages are synthetic A4 returns at 200 dpi (tests/parsers/ocr/synth.py: title, unit line, a
ruled 13×5 table with a merged cell, red seal with ring text), in six conditions: clean,
noisy (grain + blur), skewed (±1.5–3°), JPEG q=45, unstamped, and a phone photo (perspective,
uneven light). Each is saved as a one-page scanned PDF.

Speed: median wall and CPU seconds per page of ``parsers.ocr.read_pdf_pages`` (render +
prepare + seal + grid + cell OCR + outside lines), beside the peer, plain full-page OCR with
the same engine (render + one ``recognize_lines`` on the whole page: no tables, no seal, no
orientation), as a ratio. CPU seconds (this process and its children) hold when the shared
machine is busy; wall seconds do not, so the load average is recorded.

Accuracy: per engine, character error rate over all table cells (edit distance / truth
length, cells matched by grid position) and the share of figure cells read exactly.
Results: bench/out/ocr.json and bench/out/ocr.md, also printed.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

OUT = Path(__file__).parent / "out"
CONDITIONS = ("clean", "noisy", "skewed", "jpeg", "unstamped", "photo")
TARGET_S_PER_PAGE = 4.0


def edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


@dataclass
class BenchPage:
    path: Path
    condition: str
    truth: dict[tuple[int, int], str]
    figures: list[str]


def make_pages(out: Path, count: int, seed: int) -> list[BenchPage]:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.parsers.ocr.synth import a4_return, noisy, photo, rotate_page, to_jpeg

    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    pages = []
    for k in range(count):
        for cond in CONDITIONS:
            s = rng.randrange(10**6)
            p = a4_return(s, seal=cond != "unstamped")
            img = p.image
            if cond == "noisy":
                img = noisy(img, s, 14)
            elif cond == "skewed":
                img = rotate_page(img, rng.choice([-1, 1]) * rng.uniform(1.5, 3.0))
            elif cond == "jpeg":
                img = to_jpeg(img, 45)
            elif cond == "photo":
                img, _ = photo(img, s)
            path = out / f"{cond}-{k + 1}.pdf"
            img.save(path, "PDF", resolution=200)
            pages.append(BenchPage(path, cond, dict(p.table.texts), p.figures))
    return pages


def _cpu() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def timed(fn):
    w0, c0 = time.perf_counter(), _cpu()
    result = fn()
    return result, time.perf_counter() - w0, _cpu() - c0


@dataclass
class EngineScore:
    engine: str
    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    peer_wall: list[float] = field(default_factory=list)
    peer_cpu: list[float] = field(default_factory=list)
    errors: int = 0
    chars: int = 0
    figures_exact: int = 0
    figures: int = 0
    by_condition: dict[str, list[float]] = field(default_factory=dict)
    stamped_right: int = 0
    pages: int = 0

    @property
    def cer(self) -> float:
        return self.errors / max(1, self.chars)

    def summary(self) -> dict:
        med = lambda xs: round(statistics.median(xs), 2) if xs else None  # noqa: E731
        ratio = (statistics.median(self.wall) / statistics.median(self.peer_wall)
                 if self.wall and self.peer_wall else None)
        return {
            "engine": self.engine, "pages": self.pages,
            "s_per_page": med(self.wall), "cpu_s_per_page": med(self.cpu),
            "peer_s_per_page": med(self.peer_wall), "peer_cpu_s_per_page": med(self.peer_cpu),
            "ratio_to_peer": round(ratio, 2) if ratio else None,
            "cer": round(self.cer, 4), "figures_exact": round(self.figures_exact / max(1, self.figures), 4),
            "stamped_right": f"{self.stamped_right}/{self.pages}",
            "cer_by_condition": {k: round(sum(v[0::2]) / max(1, sum(v[1::2])), 4)
                                 for k, v in self.by_condition.items()},
        }


def score_engine(name: str, pages: list[BenchPage], peer: bool) -> EngineScore:
    from parsers.model import Table
    from parsers.ocr import pages_to_document, read_pdf_pages
    from parsers.ocr.engines import get_engine
    from parsers.ocr.loading import render_pdf_pages

    engine = get_engine(name)
    # warm-up: models load once per process
    read_pdf_pages(pages[0].path, engine=engine)
    sc = EngineScore(name)
    for bp in pages:
        results, wall, cpu = timed(lambda: read_pdf_pages(bp.path, engine=engine))
        sc.wall.append(wall)
        sc.cpu.append(cpu)
        if peer:
            _, pw, pc = timed(lambda: [engine.recognize_lines(img) for _, img in render_pdf_pages(bp.path)])
            sc.peer_wall.append(pw)
            sc.peer_cpu.append(pc)
        doc = pages_to_document("pdf-scan", results)
        sc.pages += 1
        sc.stamped_right += doc.stamped == (bp.condition != "unstamped")
        tables = [t for t in doc.items if isinstance(t, Table)]
        grid = max(tables, key=lambda t: len(t.cells)).text_grid() if tables else []
        errs = chars = 0
        for (r, c), text in bp.truth.items():
            got = grid[r][c] if r < len(grid) and c < len(grid[r]) else ""
            errs += edit_distance(text, got.replace(" ", ""))
            chars += len(text)
        sc.errors += errs
        sc.chars += chars
        acc = sc.by_condition.setdefault(bp.condition, [])
        acc += [errs, chars]
        for i, fig in enumerate(bp.figures, start=1):
            got = grid[i][3] if i < len(grid) and len(grid[i]) > 3 else ""
            sc.figures += 1
            sc.figures_exact += got.replace(" ", "") == fig
        print(f"  {name:10s} {bp.path.name:14s} {wall:5.2f}s wall {cpu:5.2f}s cpu  "
              f"CER {errs / max(1, chars):.3f}", file=sys.stderr)
    return sc


def red_removal_ablation(pages: list[BenchPage]) -> dict:
    """CER of the sealed pages with RapidOCR when the page is read from plain luminance (the
    seal's red left in) instead of the red channel with the red wiped."""
    import cv2

    from parsers.ocr import page as page_mod

    sealed = [p for p in pages if p.condition != "unstamped"]
    with_red = score_engine("rapidocr", sealed, peer=False).cer
    keep = page_mod.red_to_grey, page_mod.remove_red
    page_mod.red_to_grey = lambda bgr: cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY)
    page_mod.remove_red = lambda grey, mask: grey
    try:
        luminance = score_engine("rapidocr", sealed, peer=False).cer
    finally:
        page_mod.red_to_grey, page_mod.remove_red = keep
    return {"sealed_pages": len(sealed), "cer_red_channel": round(with_red, 4),
            "cer_luminance": round(luminance, 4)}


def render_table(rows: list[dict], load: tuple[float, float, float]) -> str:
    lines = [f"load average at start: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} (2 cores)", "",
             "| engine | pages | s/page (ours) | cpu s/page | peer s/page (full-page OCR) | peer cpu | ratio | ≤4 s wall / cpu | CER | figures exact | stamped right |",
             "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for r in rows:
        verdict = lambda v: "PASS" if v is not None and v <= TARGET_S_PER_PAGE else "FAIL"  # noqa: E731
        ok = f"{verdict(r['s_per_page'])} / {verdict(r['cpu_s_per_page'])}"
        lines.append(f"| {r['engine']} | {r['pages']} | {r['s_per_page']} | {r['cpu_s_per_page']} | "
                     f"{r['peer_s_per_page']} | {r['peer_cpu_s_per_page']} | {r['ratio_to_peer']} | {ok} | "
                     f"{r['cer']:.2%} | {r['figures_exact']:.1%} | {r['stamped_right']} |")
    lines.append("")
    lines.append("CER by condition: " + "; ".join(
        f"{r['engine']}: " + ", ".join(f"{k} {v:.2%}" for k, v in r["cer_by_condition"].items()) for r in rows))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.ocr", description=__doc__.split("\n")[0])
    ap.add_argument("--count", type=int, default=1, help="pages per condition (6 conditions)")
    ap.add_argument("--seed", type=int, default=2024)
    ap.add_argument("--engines", default="rapidocr,tesseract")
    ap.add_argument("--no-peer", action="store_true", help="skip the full-page OCR peer")
    ap.add_argument("--ablation", action="store_true",
                    help="also read the sealed pages without red removal (luminance) for comparison")
    args = ap.parse_args(argv)
    load = os.getloadavg()
    pages = make_pages(OUT / "ocr-pages", args.count, args.seed)
    rows = []
    for name in [e.strip() for e in args.engines.split(",") if e.strip()]:
        rows.append(score_engine(name, pages, peer=not args.no_peer).summary())
    table = render_table(rows, load)
    ablation = None
    if args.ablation:
        ablation = red_removal_ablation(pages)
        table += (f"\n\nRed removal (rapidocr, {ablation['sealed_pages']} sealed pages): CER "
                  f"{ablation['cer_red_channel']:.2%} reading the red channel with the red wiped, "
                  f"{ablation['cer_luminance']:.2%} reading plain luminance")
    OUT.mkdir(exist_ok=True)
    (OUT / "ocr.json").write_text(json.dumps({"load_average": load, "results": rows, "red_removal": ablation},
                                             ensure_ascii=False, indent=1))
    (OUT / "ocr.md").write_text(table + "\n")
    print(table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
