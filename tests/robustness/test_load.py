"""Quarter-end rush on loopback: several clients upload 100 returns at once to the real
server; every one is stored and processed exactly once (figures: python -m bench.load)."""
import pytest

from bench.load import run


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_100_concurrent_uploads_are_each_stored_and_processed_exactly_once(tmp_path):
    report = run(returns=100, clients=8, timeout=110, instance=tmp_path)
    assert report.acknowledged == 100, report.table()
    assert report.lost == 0 and report.duplicated == 0, report.table()
    assert report.unfinished == 0 and report.processed_once == 100, report.table()
    assert report.failed == 0, report.table()
