from __future__ import annotations

from datetime import datetime

import pytest

from app.consolidate.returns import Return, ReturnTexts, ReturnValue


def make_return(unit: str, values: dict[str, float], period: str = "2024Q2", *,
                approved: bool = True, texts: dict[int, ReturnTexts] | None = None,
                file_name: str | None = None, uploaded_at: datetime | None = None,
                corrected: dict[str, tuple[float, str]] | None = None) -> Return:
    """A hand-built return; ``corrected`` maps indicator id → (reviewed value, reviewer)."""
    vals = {k: ReturnValue(k, value=v, extracted=v, page=1, text=f"{k}={v}")
            for k, v in values.items()}
    for k, (v, who) in (corrected or {}).items():
        old = vals.get(k)
        vals[k] = ReturnValue(k, value=v, extracted=old.extracted if old else None,
                              changed_by=who, page=1)
    return Return(unit=unit, period=period, file_name=file_name or f"{unit}-{period}.docx",
                  uploaded_at=uploaded_at, values=vals, texts=texts or {}, approved=approved)


@pytest.fixture
def returns_q2():
    """A small quarter: the education bureau, the women's federation and the HR bureau
    reported; the commerce bureau's return is not approved yet."""
    return [
        make_return("市教育局", {"1.1": 2, "1.2": 5, "1.3": 4, "4.1": 100},
                    texts={1: ReturnTexts(progress="新建学校2所", problems="用地紧张",
                                          plans="加快建设")}),
        make_return("市妇联", {"2.1": 800, "4.1": 450, "4.2": 300, "3.1": 70},
                    texts={4: ReturnTexts(progress="开展巡讲450场")},
                    corrected={"4.2": (320, "张三")}),
        make_return("市人力资源社会保障局", {"2.1": 1700, "2.2": 3}),
        make_return("市商务局", {"2.1": 500}, approved=False),
    ]
