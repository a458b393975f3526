import argparse
import sys
import time
from pathlib import Path

from samples.holdout import KINDS, generate


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m samples.holdout",
                                 description="Write the held-out returns with their truth files.")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--formats", help=f"comma-separated, from {','.join(KINDS)} (default: all)")
    ap.add_argument("--batch", type=int, choices=range(1, 42), metavar="1…41",
                    help="only batch 1 (shown first), 2 (written after the fixes), 3 (kept back), 4 (final measurement) 5 (fresh final measurement) 6 (untouched until measured), 7 (unseen native), 8 (unseen paper) 9 (kept back until 7 and 8 are fixed on) 10 (native, written after 9 was fixed on) 11 (native, mostly Excel, written after 10 was fixed on) 12 (native, Excel and PDF, after 11), 13 and 14 (native, two authors at once, measured together after 12 was fixed on) 15 (native, kept back until 13 and 14 are measured and fixed on), 16 and 17 (native, two more authors, measured together after 15 was fixed on) 18 and 19 (the same, after 16 and 17 were fixed on) 20 and 21 (the same, after 18 and 19) 22 and 23 (the same, after 20 and 21) 24 and 25 (the same, after 22 and 23) 26 and 27 (the same, after 24 and 25) 28 and 29 (kept back until 26 and 27 are measured and fixed on) 30 and 31 (the same, after 28 and 29) 32 and 33 (the same, after 30 and 31) 34 and 35 (the same, after 32 and 33) 36 and 37 (the same, after 34 and 35) 38 and 39 (the same, after 36 and 37) or 40 and 41 (the same, after 38 and 39)")
    args = ap.parse_args(argv)
    formats = [f.strip() for f in args.formats.split(",")] if args.formats else None
    t0 = time.time()
    try:
        truths = generate(args.out, formats, args.batch)
    except ValueError as e:
        ap.error(str(e))
    print(f"{len(truths)} returns written to {args.out} in {time.time() - t0:.1f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
