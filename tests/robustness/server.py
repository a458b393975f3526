"""The real service in a child process (bench.load.LiveServer), optionally with every
extraction held back a few seconds so a test can kill it mid-job."""
from __future__ import annotations

import time

from bench.load import LiveServer


class Server(LiveServer):
    def start(self, slow: float = 0.0, timeout: float = 60) -> None:  # type: ignore[override]
        super().start(entry=["-m", "tests.robustness.slow_server"], env={"SLOW_EXTRACT": str(slow)},
                      timeout=timeout)

    def wait_finished(self, ids, timeout: float = 120) -> dict[int, str]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            s = self.statuses(ids)
            if all(v in ("done", "failed") for v in s.values()):
                return s
            time.sleep(0.3)
        raise AssertionError(f"not finished in {timeout}s: {s}\n" + self.log_tail())
