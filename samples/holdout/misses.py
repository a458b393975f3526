"""python -m samples.holdout.misses DIR: every figure, department, quarter and narrative the
extraction got wrong on the corpus in DIR, each with the line of the file that states the truth
(read with the product's parsers) and what was extracted — for finding general causes."""
from __future__ import annotations

import argparse
import json
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from samples.accuracy import _extract, load_truths, normalise_text, value_matches
from samples.holdout.numerals import forms


def evidence(lines: list[str], value: float, percent: bool, words: list[str],
             measure: str = "") -> str:
    """The line stating ``value``: best with its measure (4条) and the indicator's words."""
    written = forms(value, percent)
    hits = [ln for ln in lines if any(f in "".join(ln.split()) for f in written)]
    if not hits:
        return "(not found in the parsed text)"

    def score(ln: str) -> int:
        flat = "".join(ln.split())
        with_measure = bool(measure) and any(f + measure in flat for f in written)
        target_line = "目标" in flat  # a target stated, not a result
        return 2 * with_measure + any(w in ln for w in words) - 2 * target_line
    return max(hits, key=score).strip()


def misses(directory: Path, jobs: int = 2) -> list[dict]:
    import parsers
    from app.catalog import get_catalog

    cat = get_catalog()
    items = load_truths(directory)
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        results = list(pool.map(_extract, [str(p) for p, _ in items]))
    out = []
    for (path, truth), res in zip(items, results):
        try:
            lines = parsers.parse_file(path).plain_text().splitlines()
        except Exception as e:  # noqa: BLE001 - a file the parsers refuse is itself a finding
            lines = [f"(parser refused: {e})"]
        got = res.get("values") or {}
        base = {"file": truth["file"], "kind": truth["kind"], "layout": truth.get("layout")}
        if not res.get("ok"):
            out.append({**base, "what": "file", "truth": "readable", "got": res.get("error")})
            continue
        for ind_id, tv in truth["values"].items():
            ind = cat.indicator(ind_id)
            percent = ind.kind == "percent"
            g = got.get(ind_id)
            if g is not None and value_matches(tv, g.get("value"), percent):
                continue
            out.append({**base, "what": ind_id, "truth": tv,
                        "said": evidence(lines, tv, percent, [ind.name, *ind.aliases], ind.measure or ""),
                        "got": None if g is None else g.get("value"),
                        "got_text": None if g is None else g.get("text")})
        for ind_id, g in got.items():
            if ind_id not in truth["values"]:
                out.append({**base, "what": ind_id, "truth": None, "said": "(no figure in truth)",
                            "got": g.get("value"), "got_text": g.get("text")})
        for key in ("unit", "period"):
            if truth[key] != res.get(key):
                out.append({**base, "what": key, "truth": truth[key], "got": res.get(key)})
        for no, fields in truth.get("texts", {}).items():
            for key, tv in fields.items():
                gv = ((res.get("texts") or {}).get(no) or {}).get(key)
                if normalise_text(tv) != normalise_text(gv):
                    out.append({**base, "what": f"texts.{no}.{key}", "truth": tv, "got": gv})
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m samples.holdout.misses", description=__doc__.splitlines()[0])
    ap.add_argument("dir", type=Path)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    rows = misses(args.dir)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    for r in rows:
        line = f"{r['file']} [{r['layout']}] {r['what']}: truth {r['truth']!r} → got {r['got']!r}"
        if "said" in r:
            line += f"\n    file says: {r['said']}"
        if r.get("got_text"):
            line += f"\n    extracted from: {r['got_text']}"
        print(line)
    print(f"{len(rows)} misses", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
