"""Per-document time and memory limits: parsing in a child process that is killed past
them; the caller carries on and the clerk gets a Chinese message."""
from __future__ import annotations

import time

import pytest

from parsers.errors import CorruptFileError, EncryptedFileError, TooLargeError
from parsers.sandbox import parse_file_isolated, run_isolated
from tests.robustness.hostile import encrypted_pdf

T = "tests.robustness.isolated_targets:"


def test_a_parser_past_its_time_limit_is_killed():
    started = time.monotonic()
    with pytest.raises(TooLargeError) as e:
        run_isolated(T + "hang", "x", timeout=2)
    assert time.monotonic() - started < 10
    assert "超时" in e.value.message


def test_a_parser_past_its_memory_limit_is_stopped():
    with pytest.raises(TooLargeError) as e:
        run_isolated(T + "hog", "x", timeout=60, memory_mb=1024)
    assert "内存" in e.value.message


def test_a_parser_that_crashes_the_process_is_a_refusal():
    with pytest.raises(CorruptFileError) as e:
        run_isolated(T + "die", "x", timeout=30)
    assert "异常退出" in e.value.message


def test_result_comes_back_from_the_child():
    assert run_isolated(T + "echo", "p", timeout=30) == {"path": "p"}


def test_isolated_parse_gives_the_document_or_the_same_refusal(tmp_path, good_return):
    ok = tmp_path / "r.docx"
    ok.write_bytes(good_return)
    doc = parse_file_isolated(ok, timeout=60)
    assert doc.kind == "docx" and any("市教育局" in t for t in [doc.plain_text()])
    bad = tmp_path / "e.pdf"
    bad.write_bytes(encrypted_pdf())
    with pytest.raises(EncryptedFileError) as e:
        parse_file_isolated(bad, timeout=60)
    assert "未加密" in e.value.message


def test_extract_file_uses_isolation_when_configured(tmp_path, monkeypatch, good_return):
    from app.extraction import extract_file

    monkeypatch.setenv("PARSERS_ISOLATE", "1")
    monkeypatch.setenv("PARSERS_DOC_TIMEOUT", "2")
    monkeypatch.setattr("parsers.FORMATS", {})  # in this process only: the child parses for real
    p = tmp_path / "r.docx"
    p.write_bytes(good_return)
    r = extract_file(p)
    assert r.ok and r.unit == "市教育局"
