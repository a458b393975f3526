"""Parsers fed mutated bytes of small valid files: each answer is a Document or a refusal
with a Chinese message, never another exception, a hang or a crash."""
from __future__ import annotations

import re
import tempfile
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parsers import parse_file
from parsers.errors import ParseError
from parsers.model import Document
from tests.fuzz.seeds import seeds

CJK = re.compile(r"[\u4e00-\u9fff]")
#: far above any honest parse of these tiny files (OCR engine start-up included)
SECONDS_PER_FILE = 30


@st.composite
def mutated(draw, kind: str) -> bytes:
    data = bytearray(seeds()[kind])
    how = draw(st.sampled_from(["flip", "truncate", "splice", "zero-run"]))
    if how == "flip":
        for _ in range(draw(st.integers(1, 16))):
            i = draw(st.integers(0, len(data) - 1))
            data[i] = draw(st.integers(0, 255))
    elif how == "truncate":
        data = data[: draw(st.integers(0, len(data) - 1))]
    elif how == "splice":
        i = draw(st.integers(0, len(data)))
        data[i:i] = draw(st.binary(min_size=1, max_size=64))
    else:
        i = draw(st.integers(0, len(data) - 1))
        n = draw(st.integers(1, 512))
        data[i:i + n] = bytes(min(n, len(data) - i))
    return bytes(data)


def check_parse(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / f"return{suffix}"
        path.write_bytes(data)
        started = time.monotonic()
        try:
            doc = parse_file(path)
        except ParseError as e:
            assert CJK.search(e.message), e.message
            assert "Traceback" not in e.message
        else:
            assert isinstance(doc, Document) and doc.kind
        assert time.monotonic() - started < SECONDS_PER_FILE


FUZZ = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
                derandomize=True, database=None)


@settings(FUZZ, max_examples=80)
@given(mutated("docx"))
def test_docx_parser_survives_mutated_bytes(data):
    check_parse(data, ".docx")


@settings(FUZZ, max_examples=80)
@given(mutated("xlsx"))
def test_xlsx_parser_survives_mutated_bytes(data):
    check_parse(data, ".xlsx")


@settings(FUZZ, max_examples=40)
@given(mutated("pdf"))
def test_pdf_parser_survives_mutated_bytes(data):
    check_parse(data, ".pdf")


@settings(FUZZ, max_examples=15)
@given(mutated("png"))
def test_image_parser_survives_mutated_bytes(data):
    check_parse(data, ".png")
