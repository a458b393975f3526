"""The real service in a child process: its own instance (database, storage, queue) under a
temporary folder, on a free loopback port; started, stopped, or killed -9."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, instance: Path, *, workers: int = 2):
        self.instance = Path(instance)
        self.instance.mkdir(parents=True, exist_ok=True)
        self.env = {**os.environ,
                    "DATABASE_URL": f"sqlite:///{self.instance / 'wcr.sqlite3'}",
                    "STORAGE_DIR": str(self.instance / "storage"),
                    "HUEY_SQLITE_PATH": str(self.instance / "queue.sqlite3"),
                    "SECRET_KEY": uuid.uuid4().hex, "EMBEDDED_WORKER": "1",
                    "PYTHONUNBUFFERED": "1"}
        self.env.pop("REDIS_URL", None)
        self.proc: Optional[subprocess.Popen] = None
        self.port = 0
        self.token = ""

    # ---------------------------------------------------------------- set-up by the CLI

    def flask(self, *args: str, input: Optional[str] = None) -> str:
        r = subprocess.run([sys.executable, "-m", "flask", "--app", "app", *args], cwd=ROOT, env=self.env,
                           capture_output=True, text=True, input=input, timeout=120)
        assert r.returncode == 0, r.stderr[-2000:]
        return r.stdout

    def init(self) -> str:
        self.flask("init-app")
        self.flask("create-user", "rev", "--role", "reviewer", "--password", "rev-pw-1")
        self.token = self.flask("create-token", "rev").strip()
        return self.token

    # ---------------------------------------------------------------- the process

    def start(self, slow: float = 0.0, timeout: float = 60) -> None:
        self.port = free_port()
        log = open(self.instance / f"server-{self.port}.log", "w")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.robustness.slow_server", "--host", "127.0.0.1",
             "--port", str(self.port)], cwd=ROOT, env={**self.env, "SLOW_EXTRACT": str(slow)},
            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError("server exited: " + self.log_tail())
            try:
                if self.get("/healthz")["ok"]:  # also starts the embedded consumer
                    return
            except (OSError, urllib.error.URLError):
                time.sleep(0.2)
        raise AssertionError("server did not start: " + self.log_tail())

    def kill9(self) -> None:
        os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=10)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=10)

    def log_tail(self, n: int = 3000) -> str:
        logs = sorted(self.instance.glob("server-*.log"))
        return logs[-1].read_text(errors="replace")[-n:] if logs else ""

    # ---------------------------------------------------------------- HTTP

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _request(self, method: str, path: str, body: Optional[bytes] = None,
                 headers: Optional[dict] = None, timeout: float = 60):
        h = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        h.update(headers or {})
        req = urllib.request.Request(self.url + path, data=body, method=method, headers=h)
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, json.loads(r.read())

    def get(self, path: str) -> dict:
        return self._request("GET", path)[1]

    def upload(self, files: list[tuple[str, bytes]], timeout: float = 60) -> tuple[int, dict]:
        boundary = uuid.uuid4().hex
        parts = []
        for name, data in files:
            parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="file"; '
                         f'filename="{name}"\r\nContent-Type: application/octet-stream\r\n\r\n'.encode()
                         + data + b"\r\n")
        body = b"".join(parts) + f"--{boundary}--\r\n".encode()
        return self._request("POST", "/api/v1/documents", body,
                             {"Content-Type": f"multipart/form-data; boundary={boundary}"}, timeout)

    def statuses(self, ids) -> dict[int, str]:
        return {i: self.get(f"/api/v1/documents/{i}")["status"] for i in ids}

    def wait_finished(self, ids, timeout: float = 120) -> dict[int, str]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            s = self.statuses(ids)
            if all(v in ("done", "failed") for v in s.values()):
                return s
            time.sleep(0.3)
        raise AssertionError(f"not finished in {timeout}s: {s}\n" + self.log_tail())
