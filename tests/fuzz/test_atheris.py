"""The bounded atheris run: a few thousand coverage-guided inputs (or 50 s, whichever comes
first) through parsers.parse_file without a crash, a hang or a refusal without a message."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.timeout(150)
def test_atheris_run_on_parse_file_finds_no_crash(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "tests.fuzz.atheris_parse", str(tmp_path / "corpus"),
         "-atheris_runs=3000", "-max_total_time=50", "-timeout=20", "-rss_limit_mb=3072",
         "-max_len=65536", f"-artifact_prefix={tmp_path}/"],
        cwd=ROOT, capture_output=True, text=True, timeout=140)
    out = proc.stdout + proc.stderr
    crashes = list(tmp_path.glob("crash-*")) + list(tmp_path.glob("timeout-*")) + list(tmp_path.glob("oom-*"))
    assert proc.returncode == 0 and not crashes, out[-3000:]
    runs = int(re.search(r"Done (\d+) (?:runs )?in", out).group(1))
    assert runs >= 500, f"only {runs} inputs tried"
    assert int(re.search(r"INITED cov: (\d+)", out).group(1)) > 100, "the parsers are instrumented"
