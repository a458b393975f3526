"""The reporting department, as the catalog's canonical name.

Trust, from most to least: the template mark, a 填报单位/报送单位 line, the title
("市教育局关于…的报告"), page furniture (header, footer, text box), the signature area at
the end, the seal's ring text (fuzzy: OCR garbles it), the body, the file name. Names of
other departments in the body (a 责任单位 column lists several) weigh little.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Optional

from app.catalog import Catalog
from app.extraction.numbers import squash
from app.extraction.zones import Zones

_LABEL_RE = re.compile(r"(?:填报|报送|填表|报告|上报|制表|呈报)单位(?:名称)?(?:\(盖章\)|（盖章）)?[:：]?"
                       r"|单位(?:名称|\(盖章\)|（盖章）)[:：]?")
_TITLE_HINTS = ("关于", "报告", "情况", "进展", "进度", "表", "汇报", "总结")


@dataclass
class UnitFinding:
    unit: Optional[str]
    evidence: str = ""
    confidence: float = 0.0


def unit_mentions(text: str, catalog: Catalog) -> list[tuple[str, int, int]]:
    """(canonical name, start, end) of every department name in ``text`` (spaces removed),
    longest written form first, without overlaps."""
    t = squash(text)
    taken: list[tuple[int, int]] = []
    out: list[tuple[str, int, int]] = []
    for written, canonical in catalog.unit_names_longest_first():
        start = 0
        while True:
            i = t.find(written, start)
            if i < 0:
                break
            j = i + len(written)
            start = j
            if any(s < j and i < e for s, e in taken):
                continue
            if written.startswith(("教育局", "妇联")) and t[max(0, i - 2):i].endswith(("区", "县")):
                continue  # 张店区教育局 is a district office, not the city department
            taken.append((i, j))
            out.append((canonical, i, j))
    out.sort(key=lambda x: x[1])
    return out


def fuzzy_unit(text: str, catalog: Catalog, threshold: float = 0.72) -> Optional[tuple[str, float]]:
    """Best department whose name (≥ 4 characters) is close to a piece of ``text`` — for
    seal ring text as OCR reads it (characters dropped, misread, out of order)."""
    t = squash(text)
    if not t:
        return None
    exact = unit_mentions(t, catalog)
    if exact:
        return exact[0][0], 1.0
    best: Optional[tuple[str, float]] = None
    for written, canonical in catalog.unit_names_longest_first():
        if len(written) < 4:
            continue
        n = len(written)
        for size in {n - 1, n, n + 1}:
            for i in range(0, max(1, len(t) - size + 1)):
                r = difflib.SequenceMatcher(None, written, t[i:i + size]).ratio()
                if r >= threshold and (best is None or r > best[1]):
                    best = (canonical, r)
    return best


def _labelled(text: str, catalog: Catalog) -> Optional[str]:
    t = squash(text)
    m = _LABEL_RE.search(t)
    if not m:
        return None
    found = unit_mentions(t[m.end():m.end() + 30], catalog)
    return found[0][0] if found and found[0][1] <= 2 else None


_PARTNER_WORDS = ("会同", "联合", "协调", "配合", "与", "和", "及", "、", "同", "协同", "指导", "向", "报",
                  "请", "由")


def find_unit(zones: Zones, catalog: Catalog, *, seals: list[str], file_name: str,
              label_cells: list[str] = (), mark: Optional[str] = None,
              use_file_name: bool = True, use_body: bool = True,
              sheet_names: list[str] = ()) -> UnitFinding:
    """Weigh every place a department is named; the strongest total wins."""
    if mark:
        parts = mark.split("|")
        if len(parts) >= 4 and parts[0] == "WCR":
            name = catalog.resolve_unit(parts[3])
            if name:
                return UnitFinding(name, f"模板标记：{mark}", 1.0)
    scores: dict[str, float] = {}
    evidence: dict[str, tuple[float, str]] = {}

    def add(unit: str, w: float, where: str, text: str) -> None:
        scores[unit] = scores.get(unit, 0.0) + w
        if unit not in evidence or evidence[unit][0] < w:
            evidence[unit] = (w, f"{where}：{text.strip()[:50]}")

    for text in [*zones.title, *zones.furniture, *zones.tail, *label_cells, *zones.body]:
        u = _labelled(text, catalog)
        if u:
            add(u, 6.0, "填报单位", text)
    for k, text in enumerate(zones.title):
        t = squash(text)
        ms = unit_mentions(t, catalog)
        ms = [x for x in ms if not t[max(0, x[1] - 3):x[1]].endswith(_PARTNER_WORDS)]
        for canonical, i, _ in ms:
            titled = any(h in t for h in _TITLE_HINTS)
            lead = i <= 4 or "关于" in t[i:i + 12 + 2]
            w = (4.0 if lead else 2.0) if titled else 1.5
            add(canonical, w * (1.0 if k < 3 else 0.6) / len(ms) ** 0.5, "标题", text)
    for text in zones.furniture:
        for canonical, _, _ in unit_mentions(text, catalog)[:1]:
            add(canonical, 3.0, "页眉页脚", text)
    for k, text in enumerate(reversed(zones.tail)):
        ms = unit_mentions(text, catalog)
        t = squash(text)
        if ms and len(t) <= 40:
            short = len(t) <= len(ms[0][0]) + 14 and ms[0][1] <= 3
            add(ms[0][0], 3.5 if short else 1.5, "落款", text)
    for text in seals:
        f = fuzzy_unit(text, catalog)
        if f:
            add(f[0], 4.0 * f[1], "印章", text)
    if not scores:
        # a workbook's tab named for the department (人社局), which printing loses: part of
        # the document, so it is read before anything is inferred
        for name in sheet_names:
            for canonical, _, _ in unit_mentions(squash(name), catalog)[:1]:
                add(canonical, 1.0, "工作表名", name)
    if not scores and file_name and use_file_name:
        stem = re.split(r"[\\/]", file_name)[-1]
        for canonical, _, _ in unit_mentions(stem, catalog)[:1]:
            add(canonical, 1.0, "文件名", stem)
    if not scores and use_body:
        # the department speaking in the body (我局…), not those it works with (会同市妇联)
        counts: dict[str, int] = {}
        for text in zones.body[:40]:
            t = squash(text)
            for canonical, i, _ in unit_mentions(t, catalog):
                if not t[max(0, i - 3):i].endswith(_PARTNER_WORDS):
                    counts[canonical] = counts.get(canonical, 0) + 1
        for u, c in counts.items():
            add(u, 0.3 * c, "正文", u)
    if not scores:
        return UnitFinding(None)
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    u, s = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    conf = s / (s + second + 0.5)
    return UnitFinding(u, evidence[u][1], round(min(1.0, conf), 3))
