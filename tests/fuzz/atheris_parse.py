"""A bounded coverage-guided fuzz run (atheris / libFuzzer) of ``parsers.parse_file``:
each input is written to a temporary file and parsed; anything but a Document or a
ParseError with a Chinese message is a crash. Seeds are small valid .docx/.xlsx/.pdf/.png.

    python -m tests.fuzz.atheris_parse CORPUS_DIR -atheris_runs=3000 -max_total_time=50
"""
from __future__ import annotations

import os
import re
import sys
import tempfile

import atheris

with atheris.instrument_imports(include=["parsers"]):
    # the parsers import their readers lazily: import them here to have them instrumented
    import parsers.detect, parsers.excel, parsers.limits, parsers.pdf_text, parsers.word  # noqa: E401,F401
    from parsers import parse_file
    from parsers.errors import ParseError
    from parsers.model import Document

CJK = re.compile(r"[\u4e00-\u9fff]")
_DIR = tempfile.mkdtemp(prefix="wcr-fuzz-")
_PATH = os.path.join(_DIR, "return.bin")


def test_one_input(data: bytes) -> None:
    with open(_PATH, "wb") as f:
        f.write(data)
    try:
        doc = parse_file(_PATH)
    except ParseError as e:
        if not CJK.search(e.message):
            raise AssertionError(f"refusal without a Chinese message: {e.message!r}")
        return
    if not isinstance(doc, Document):
        raise AssertionError(f"parse_file returned {type(doc).__name__}")


def write_corpus(directory: str) -> None:
    from tests.fuzz.seeds import seeds

    os.makedirs(directory, exist_ok=True)
    for kind, data in seeds().items():
        with open(os.path.join(directory, f"seed.{kind}"), "wb") as f:
            f.write(data)


def main() -> None:
    import logging

    logging.disable(logging.CRITICAL)  # a refused input logs a traceback on purpose
    corpus = [a for a in sys.argv[1:] if not a.startswith("-")]
    for d in corpus:
        write_corpus(d)
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
