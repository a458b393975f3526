"""A live server (`flask --app app serve`, as `make run` starts it, embedded queue consumer and all) in a temporary
instance, and Debian's headless Chromium driven by Playwright. Never downloads a browser."""
from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def live_server(tmp_path):
    """(base url, admin password) of a server started exactly as `make run` does."""
    inst = tmp_path / "instance"
    inst.mkdir()
    env = dict(os.environ, DATABASE_URL=f"sqlite:///{inst / 'db.sqlite3'}",
               STORAGE_DIR=str(inst / "storage"), HUEY_SQLITE_PATH=str(inst / "queue.sqlite3"),
               SECRET_KEY="browser-test", PYTHONUNBUFFERED="1")
    env.pop("REDIS_URL", None)
    init = subprocess.run([sys.executable, "-m", "flask", "--app", "app", "init-app"], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120)
    assert init.returncode == 0, init.stderr
    password = re.search(r"密码：(\S+)", init.stdout).group(1)
    port = _free_port()
    log = open(tmp_path / "server.log", "w")
    proc = subprocess.Popen([sys.executable, "-m", "flask", "--app", "app", "serve", "--port",
                             str(port)], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(base + "/healthz", timeout=2).read()
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise AssertionError((tmp_path / "server.log").read_text())
                time.sleep(0.2)
        yield base, password
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


@pytest.fixture
def browser_page():
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: apt-get install chromium (scripts/install-system.sh)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1366, "height": 768}, locale="zh-CN")
        try:
            yield page
        finally:
            browser.close()


@pytest.fixture(scope="session")
def screenshots() -> Path:
    out = ROOT / "test-output" / "browser"
    out.mkdir(parents=True, exist_ok=True)
    return out
