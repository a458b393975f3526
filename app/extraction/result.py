"""What extraction returns for one file; ``to_contract()`` gives the JSON line of
``python -m app extract`` exactly as shared/spec/extract-contract.md says."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from parsers.model import BBox

KINDS = ("docx", "doc", "wps", "pdf-text", "pdf-scan", "image", "xlsx", "xls", "et", "unknown")


@dataclass
class FieldValue:
    """One indicator's cumulative figure as found in the document, with its evidence."""

    indicator_id: str
    value: float
    confidence: float
    page: Optional[int] = None
    bbox: Optional[BBox] = None
    text: str = ""  # the evidence snippet, as written
    #: how it was found: "table-column", "table-row-text", "ledger", "text", "template" …
    method: str = ""

    def to_contract(self) -> dict:
        v = self.value
        if isinstance(v, float) and v.is_integer():
            v = int(v)
        return {
            "value": v,
            "confidence": round(float(self.confidence), 3),
            "page": self.page,
            "bbox": [round(float(x), 1) for x in self.bbox] if self.bbox else None,
            "text": self.text,
        }


@dataclass
class ProjectTexts:
    progress: Optional[str] = None
    problems: Optional[str] = None
    plans: Optional[str] = None

    def to_contract(self) -> dict:
        return {k: v for k, v in (("progress", self.progress), ("problems", self.problems),
                                  ("plans", self.plans)) if v}


@dataclass
class ExtractionResult:
    file: str
    ok: bool = True
    error: Optional[str] = None
    kind: str = "unknown"
    unit: Optional[str] = None
    period: Optional[str] = None
    stamped: Optional[bool] = None
    values: dict[str, FieldValue] = field(default_factory=dict)
    texts: dict[str, ProjectTexts] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    #: confidence and evidence for unit and period (not in the contract; the UI shows them)
    unit_evidence: Optional[str] = None
    period_evidence: Optional[str] = None
    #: seal ring text as OCR read it, when any
    seal_text: Optional[str] = None

    @classmethod
    def failure(cls, file: str, message: str, kind: str = "unknown") -> "ExtractionResult":
        return cls(file=file, ok=False, error=message, kind=kind)

    def to_contract(self) -> dict:
        return {
            "file": self.file,
            "ok": self.ok,
            "error": self.error,
            "kind": self.kind,
            "unit": self.unit,
            "period": self.period,
            "stamped": self.stamped,
            "values": {k: v.to_contract() for k, v in sorted(self.values.items(),
                                                             key=lambda kv: _id_key(kv[0]))},
            "texts": {k: t.to_contract() for k, t in sorted(self.texts.items(),
                                                            key=lambda kv: int(kv[0]))
                      if t.to_contract()},
            "warnings": list(self.warnings),
        }


def _id_key(ind_id: str) -> tuple[int, ...]:
    return tuple(int(p) for p in ind_id.split(".") if p.isdigit())
