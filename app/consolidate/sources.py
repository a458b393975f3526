"""Returns from returned files, with no server: each file read by ``extract_file``; a file that
cannot be read is listed, never stops the rest."""
from __future__ import annotations

import os
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Iterable, Optional, Sequence

from app.catalog import Catalog
from app.consolidate.returns import Return, ReturnTexts, ReturnValue
from app.extraction.result import ExtractionResult


def result_to_return(result: ExtractionResult, uploaded_at: Optional[datetime] = None) -> Return:
    """An extraction result as an unreviewed return (nobody has looked at it yet)."""
    values = {k: ReturnValue(k, value=v.value, extracted=v.value, page=v.page, text=v.text)
              for k, v in result.values.items()}
    texts = {int(k): ReturnTexts(progress=t.progress or "", problems=t.problems or "",
                                 plans=t.plans or "")
             for k, t in result.texts.items() if str(k).isdigit()}
    return Return(unit=result.unit or "", period=result.period or "",
                  file_name=Path(result.file).name, uploaded_at=uploaded_at, values=values,
                  texts=texts, approved=False, stamped=result.stamped)


def returns_from_files(paths: Sequence[str | os.PathLike], catalog: Catalog,
                       extract=None) -> tuple[list[Return], list[ExtractionResult], list[str]]:
    """Read every file; give the returns, every extraction result (in order), and a plain
    Chinese note for each file that could not be used."""
    if extract is None:
        from app.extraction import extract_file as extract
    returns: list[Return] = []
    results: list[ExtractionResult] = []
    notes: list[str] = []
    for path in paths:
        name = Path(path).name
        result = extract(path, catalog=catalog)
        results.append(result)
        if not result.ok:
            notes.append(f"{name}：未能读取（{result.error}）")
            continue
        try:
            mtime = datetime.fromtimestamp(os.path.getmtime(path))
        except OSError:
            mtime = None
        returns.append(result_to_return(result, uploaded_at=mtime))
    return returns, results, notes


def most_common_period(returns: Iterable[Return]) -> Optional[str]:
    counts = Counter(r.period for r in returns if r.period)
    return counts.most_common(1)[0][0] if counts else None
