"""The plain data both inputs map into: one ``Return`` per department and quarter.

A return comes either from a file read by ``app.extraction.extract_file`` (no server) or from
the database (the web service's documents, extracted values and reviewers' corrections).
Consolidation reads only these objects, so it never knows where a figure came from beyond
what is recorded here for the provenance sheet.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Optional


@dataclass(frozen=True)
class ReturnValue:
    """One indicator's cumulative figure in one return.

    ``extracted`` is the figure as read from the document (None when a reviewer entered a
    figure the reading missed); ``value`` is the figure after review (None when a reviewer
    struck it out). ``changed_by`` names the reviewer who changed it, None when unchanged.
    """

    indicator_id: str
    value: Optional[float]
    extracted: Optional[float] = None
    changed_by: Optional[str] = None
    page: Optional[int] = None
    text: str = ""

    @property
    def changed(self) -> bool:
        return self.changed_by is not None or self.value != self.extracted


@dataclass(frozen=True)
class ReturnTexts:
    """A project's narrative in one return, as written."""

    progress: str = ""
    problems: str = ""
    plans: str = ""


@dataclass
class Return:
    """What one department reported for one quarter (one uploaded document)."""

    unit: str
    period: str
    file_name: str
    uploaded_at: Optional[datetime] = None
    values: dict[str, ReturnValue] = field(default_factory=dict)
    #: per project number
    texts: dict[int, ReturnTexts] = field(default_factory=dict)
    #: approved by a reviewer; only approved returns count unless unreviewed ones are included
    approved: bool = False
    stamped: Optional[bool] = None
    #: the database id of the document, when it came from the database
    document_id: Optional[int] = None
