"""Interpretation: from the document model to departments, quarters, figures and texts."""
from app.extraction.result import ExtractionResult, FieldValue, ProjectTexts
from app.extraction.service import extract_file

__all__ = ["ExtractionResult", "FieldValue", "ProjectTexts", "extract_file"]
