"""python -m samples.accuracy DIR: run extraction on every sample in DIR and compare it with
the ground truth beside each file.

Per format and per layout: figures precision / recall / F1 (a value is right when it equals the
truth within 1e-6, or 0.05 for percentages; a wrong value counts as one false positive and one
false negative), department and quarter accuracy, ``stamped`` accuracy where the truth is not
null, the share of narrative texts matched (whitespace ignored), and of the values reported with
confidence ≥ 0.9 the share that is wrong. Extraction sees only the file: the truth is read here.
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Optional

from app.catalog import Catalog, get_catalog

TOLERANCE = 1e-6
PERCENT_TOLERANCE = 0.05
CONFIDENT = 0.9
TEXT_KEYS = ("progress", "problems", "plans")
METRICS = ("f1", "precision", "recall", "unit", "period", "stamped", "texts", "confident_wrong")


# ---------------------------------------------------------------- scoring (pure)

def value_matches(truth: float, got: object, percent: bool) -> bool:
    try:
        g = float(got)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    return abs(g - float(truth)) <= (PERCENT_TOLERANCE if percent else TOLERANCE)


def normalise_text(text: Optional[str]) -> str:
    return "".join((text or "").split())


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall, F1; a side with nothing to count is 1.0 (no claims → no false ones)."""
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


@dataclass
class FileScore:
    file: str
    kind: str
    layout: str
    ok: bool = True
    error: Optional[str] = None
    tp: int = 0
    fp: int = 0
    fn: int = 0
    unit_ok: bool = False
    period_ok: bool = False
    stamped_ok: Optional[bool] = None
    texts_total: int = 0
    texts_ok: int = 0
    confident: int = 0
    confident_wrong: int = 0
    missing: list[str] = field(default_factory=list)
    wrong: dict[str, list] = field(default_factory=dict)  # id → [truth, got]
    extra: dict[str, object] = field(default_factory=dict)
    unit: list = field(default_factory=list)  # [truth, got]
    period: list = field(default_factory=list)
    #: where the truth says the department is named, and how the quarter is written
    unit_places: str = ""
    period_written: str = ""

    @property
    def f1(self) -> float:
        return prf(self.tp, self.fp, self.fn)[2]


def is_percent(catalog: Catalog, ind_id: str) -> bool:
    try:
        return catalog.indicator(ind_id).kind == "percent"
    except KeyError:
        return False


def score_file(truth: dict, result: dict, catalog: Catalog) -> FileScore:
    """Compare one extraction result (the contract's dict) with its truth."""
    ph = truth.get("phrasing") or {}
    s = FileScore(file=truth["file"], kind=truth["kind"], layout=truth.get("layout", "?"),
                  ok=bool(result.get("ok")), error=result.get("error"),
                  unit_places="+".join(ph.get("unit_places") or []) or "?",
                  period_written=ph.get("period_written") or "?")
    got = result.get("values") or {}
    for ind_id, tv in truth.get("values", {}).items():
        if ind_id not in got:
            s.fn += 1
            s.missing.append(ind_id)
        elif value_matches(tv, got[ind_id].get("value"), is_percent(catalog, ind_id)):
            s.tp += 1
        else:
            s.fn += 1
            s.fp += 1
            s.wrong[ind_id] = [tv, got[ind_id].get("value")]
    for ind_id, gv in got.items():
        if ind_id not in truth.get("values", {}):
            s.fp += 1
            s.extra[ind_id] = gv.get("value")
        if float(gv.get("confidence") or 0) >= CONFIDENT:
            s.confident += 1
            if ind_id in s.extra or ind_id in s.wrong:
                s.confident_wrong += 1
    s.unit = [truth.get("unit"), result.get("unit")]
    s.period = [truth.get("period"), result.get("period")]
    s.unit_ok = s.unit[0] == s.unit[1]
    s.period_ok = s.period[0] == s.period[1]
    if truth.get("stamped") is not None:
        s.stamped_ok = result.get("stamped") == truth["stamped"]
    got_texts = result.get("texts") or {}
    for no, fields in truth.get("texts", {}).items():
        for key in TEXT_KEYS:
            if key in fields:
                s.texts_total += 1
                if normalise_text(fields[key]) == normalise_text((got_texts.get(no) or {}).get(key)):
                    s.texts_ok += 1
    return s


def summarise(scores: list[FileScore]) -> dict:
    tp = sum(s.tp for s in scores)
    fp = sum(s.fp for s in scores)
    fn = sum(s.fn for s in scores)
    p, r, f = prf(tp, fp, fn)
    stamped = [s.stamped_ok for s in scores if s.stamped_ok is not None]
    texts_total = sum(s.texts_total for s in scores)
    confident = sum(s.confident for s in scores)
    n = len(scores)
    return {
        "files": n,
        "unreadable": sum(not s.ok for s in scores),
        "tp": tp, "fp": fp, "fn": fn,
        "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
        "unit": round(sum(s.unit_ok for s in scores) / n, 4) if n else None,
        "period": round(sum(s.period_ok for s in scores) / n, 4) if n else None,
        "stamped": round(sum(stamped) / len(stamped), 4) if stamped else None,
        "texts": round(sum(s.texts_ok for s in scores) / texts_total, 4) if texts_total else None,
        "confident_values": confident,
        "confident_wrong": round(sum(s.confident_wrong for s in scores) / confident, 4) if confident else None,
    }


def report(scores: list[FileScore], worst: int = 10) -> dict:
    def group(key):
        out: dict[str, list[FileScore]] = {}
        for s in scores:
            out.setdefault(getattr(s, key), []).append(s)
        return {k: summarise(v) for k, v in sorted(out.items())}

    ranked = sorted(scores, key=lambda s: (s.f1, s.unit_ok + s.period_ok, s.file))
    return {
        "overall": summarise(scores),
        "by_format": group("kind"),
        "by_layout": group("layout"),
        "by_unit_place": group("unit_places"),
        "by_period_written": group("period_written"),
        "worst": [_worst_entry(s) for s in ranked[:worst]
                  if s.f1 < 1 or not (s.unit_ok and s.period_ok) or not s.ok],
        "files": [asdict(s) for s in scores],
    }


def _worst_entry(s: FileScore) -> dict:
    return {"file": s.file, "kind": s.kind, "layout": s.layout, "f1": round(s.f1, 3),
            "error": s.error, "missing": s.missing, "wrong": s.wrong, "extra": s.extra,
            "unit": s.unit, "period": s.period}


def failures(rep: dict, thresholds: dict[str, float]) -> list[str]:
    """Metrics below their threshold (confident_wrong: above), as readable lines."""
    out = []
    for metric, limit in thresholds.items():
        v = rep["overall"].get(metric)
        if v is None:
            continue
        bad = v > limit if metric == "confident_wrong" else v < limit
        if bad:
            out.append(f"{metric} = {v} ({'above' if metric == 'confident_wrong' else 'below'} {limit})")
    return out


def parse_thresholds(items: list[str]) -> dict[str, float]:
    """["0.97", "unit=0.95"] → {"f1": 0.97, "unit": 0.95}"""
    out = {}
    for item in items:
        for part in item.split(","):
            name, _, value = part.strip().rpartition("=")
            name = name or "f1"
            if name not in METRICS:
                raise ValueError(f"unknown metric {name!r}; one of {', '.join(METRICS)}")
            out[name] = float(value)
    return out


# ---------------------------------------------------------------- running

def load_truths(directory: Path, formats: Optional[list[str]] = None) -> list[tuple[Path, dict]]:
    out = []
    for tp in sorted(directory.glob("*.truth.json")):
        truth = json.loads(tp.read_text(encoding="utf-8"))
        if formats and truth["kind"] not in formats:
            continue
        out.append((directory / truth["file"], truth))
    return out


def _quiet(verbose: bool) -> None:
    """Extraction logs every unreadable file with its traceback; the report says it already."""
    logging.basicConfig(level=logging.INFO if verbose else logging.CRITICAL, stream=sys.stderr)
    if not verbose:
        logging.disable(logging.ERROR)


def _extract(path: str) -> dict:
    """Extraction of one file as the contract's dict; an exception becomes ok: false."""
    try:
        from app.extraction import extract_file
        return extract_file(path, display_name=Path(path).name).to_contract()
    except Exception as e:  # a crash is a result to count, not a reason to stop the run
        return {"file": path, "ok": False, "error": f"{type(e).__name__}: {e}", "values": {}}


def run(directory: Path, formats: Optional[list[str]] = None, jobs: int = 2,
        catalog: Optional[Catalog] = None, progress=None, verbose: bool = False) -> list[FileScore]:
    catalog = catalog or get_catalog()
    items = load_truths(directory, formats)
    paths = [str(p) for p, _ in items]
    if jobs > 1 and len(paths) > 1:
        with ProcessPoolExecutor(max_workers=jobs, initializer=_quiet, initargs=(verbose,)) as pool:
            results = []
            for k, r in enumerate(pool.map(_extract, paths, chunksize=4), 1):
                results.append(r)
                if progress and k % 20 == 0:
                    progress(f"{k}/{len(paths)} read")
    else:
        before = logging.root.manager.disable
        if not verbose:
            logging.disable(logging.ERROR)
        try:
            results = [_extract(p) for p in paths]
        finally:
            logging.disable(before)
    return [score_file(t, r, catalog) for (_, t), r in zip(items, results)]


def _fmt(v) -> str:
    return "—" if v is None else f"{v:.3f}" if isinstance(v, float) else str(v)


def render_text(rep: dict) -> str:
    cols = ("files", "precision", "recall", "f1", "unit", "period", "stamped", "texts", "confident_wrong")
    head = f"{'':<16}" + "".join(f"{c[:10]:>11}" for c in cols)
    lines = []
    for title, rows in (("per format", rep["by_format"]), ("per layout", rep["by_layout"]),
                        ("overall", {"all": rep["overall"]})):
        lines += ["", title, head]
        for name, m in rows.items():
            lines.append(f"{name:<16}" + "".join(f"{_fmt(m[c]):>11}" for c in cols))
    for title, key, metric in (("department by where it is named", "by_unit_place", "unit"),
                               ("quarter by how it is written", "by_period_written", "period")):
        rows = rep.get(key) or {}
        if rows:
            lines += ["", title + " (accuracy, files)"]
            lines += [f"  {name:<22}{_fmt(m[metric]):>8}{m['files']:>6}" for name, m in rows.items()]
    o = rep["overall"]
    lines += ["", f"figures: {o['tp']} right, {o['fp']} false or wrong, {o['fn']} missed; "
                  f"unreadable files: {o['unreadable']}",
              f"of the {o['confident_values']} values reported with confidence ≥ {CONFIDENT}, "
              f"share wrong: {_fmt(o['confident_wrong'])}"]
    if rep["worst"]:
        lines += ["", "worst files"]
        for w in rep["worst"]:
            bits = [f"F1 {w['f1']:.2f}"]
            if w["error"]:
                bits.append(f"error: {w['error']}")
            if w["missing"]:
                bits.append("missing " + ",".join(w["missing"]))
            if w["wrong"]:
                bits.append("wrong " + ", ".join(f"{k}: {t}→{g}" for k, (t, g) in w["wrong"].items()))
            if w["extra"]:
                bits.append("extra " + ", ".join(f"{k}={v}" for k, v in w["extra"].items()))
            if w["unit"][0] != w["unit"][1]:
                bits.append(f"unit {w['unit'][0]}→{w['unit'][1]}")
            if w["period"][0] != w["period"][1]:
                bits.append(f"period {w['period'][0]}→{w['period'][1]}")
            lines.append(f"  {w['file']} [{w['layout']}] " + "; ".join(bits))
    return "\n".join(lines).lstrip("\n")


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m samples.accuracy", description=__doc__.splitlines()[0])
    ap.add_argument("dir", type=Path)
    ap.add_argument("--json", action="store_true", help="print the report as JSON")
    ap.add_argument("--formats", help="comma-separated kinds to include (default: all)")
    ap.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    ap.add_argument("--worst", type=int, default=10, help="how many worst files to list")
    ap.add_argument("--verbose", action="store_true", help="show extraction's own log (tracebacks of unreadable files)")
    ap.add_argument("--fail-under", action="append", default=[], metavar="[METRIC=]VALUE",
                    help="exit 1 when a metric is below VALUE (confident_wrong: above); "
                         "a bare VALUE is the figures F1; metrics: " + ", ".join(METRICS))
    args = ap.parse_args(argv)
    try:
        thresholds = parse_thresholds(args.fail_under)
    except ValueError as e:
        ap.error(str(e))
    if not args.dir.is_dir():
        ap.error(f"not a directory: {args.dir}")
    formats = [f.strip() for f in args.formats.split(",")] if args.formats else None
    scores = run(args.dir, formats, jobs=args.jobs, progress=lambda m: print(m, file=sys.stderr),
                 verbose=args.verbose)
    if not scores:
        ap.error(f"no *.truth.json samples in {args.dir}")
    rep = report(scores, worst=args.worst)
    if args.json:
        print(json.dumps(rep, ensure_ascii=False, indent=1))
    else:
        print(render_text(rep))
    bad = failures(rep, thresholds)
    for line in bad:
        print(f"FAIL: {line}", file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
