"""The held-out corpus: returns written by hand, in layouts and wordings the sample
generator never made. Department, quarter, every figure and the listed texts must match."""
import pytest

from app.extraction.interpret import interpret_document
from tests.app.extraction.corpus.returns import RETURNS


@pytest.mark.parametrize("name", sorted(RETURNS))
def test_held_out_return_is_read_right(catalog, name):
    case = RETURNS[name]
    r = interpret_document(case["doc"], catalog, f"{name}.docx")
    assert (r.unit, r.period) == (case["unit"], case["period"])
    assert {k: v.value for k, v in r.values.items()} == pytest.approx(case["values"])
    for no, parts in case["texts"].items():
        got = r.texts[no].to_contract()
        for part, text in parts.items():
            assert got.get(part) == text
