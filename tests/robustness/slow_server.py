"""``flask --app app run`` with every extraction held back ``SLOW_EXTRACT`` seconds, so a
test can kill the real server while a job is running. Usage:
``python -m tests.robustness.slow_server --port 5123``."""
import os
import sys
import time

import app.extraction as extraction

_real = extraction.extract_file


def _slow(path, **kw):
    time.sleep(float(os.environ.get("SLOW_EXTRACT", "0")))
    return _real(path, **kw)


extraction.extract_file = _slow

if __name__ == "__main__":
    from flask.cli import main

    sys.argv = ["flask", "--app", "app", "run", "--no-reload", "--no-debugger", *sys.argv[1:]]
    main()
