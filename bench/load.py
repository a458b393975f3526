"""Load test on loopback: the real service (``flask --app app run`` with its embedded queue, in
a child process, its own temporary instance) while several clients upload returns at once.

    python -m bench.load                      # 100 returns, 8 clients
    python -m bench.load --returns 40 --clients 4 --json bench/out/load.json

Reports upload throughput and latency (p50/p95/max per upload request), the time until every
return is processed, and checks from the instance's own database that every acknowledged
upload is stored once (original on disk, SHA-256 matching) and processed exactly once.
Bounded: ``--timeout`` seconds in all, the server is stopped at the end whatever happens.
"""
from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import random
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parents[1]
FLASK_RUN = ["-m", "flask", "--app", "app", "run", "--no-reload", "--no-debugger"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    """The service in a child process on a free loopback port, with its own instance folder
    (SQLite database, storage, queue); a reviewer ``rev`` and an API token for it."""

    def __init__(self, instance: Path):
        self.instance = Path(instance)
        self.instance.mkdir(parents=True, exist_ok=True)
        self.env = {**os.environ,
                    "DATABASE_URL": f"sqlite:///{self.instance / 'wcr.sqlite3'}",
                    "STORAGE_DIR": str(self.instance / "storage"),
                    "HUEY_SQLITE_PATH": str(self.instance / "queue.sqlite3"),
                    "SECRET_KEY": uuid.uuid4().hex, "EMBEDDED_WORKER": "1", "PYTHONUNBUFFERED": "1",
                    # each document parsed in a child process under time and memory limits
                    "PARSERS_ISOLATE": os.environ.get("PARSERS_ISOLATE", "1")}
        self.env.pop("REDIS_URL", None)
        self.proc: Optional[subprocess.Popen] = None
        self.port = 0
        self.token = ""

    @property
    def db_path(self) -> Path:
        return self.instance / "wcr.sqlite3"

    def flask(self, *args: str) -> str:
        r = subprocess.run([sys.executable, "-m", "flask", "--app", "app", *args], cwd=ROOT,
                           env=self.env, capture_output=True, text=True, timeout=120)
        if r.returncode != 0:
            raise RuntimeError(f"flask {' '.join(args)} failed: {r.stderr[-2000:]}")
        return r.stdout

    def init(self) -> None:
        self.flask("init-app")
        self.flask("create-user", "rev", "--role", "reviewer", "--password", "rev-pw-1")
        self.token = self.flask("create-token", "rev").strip()

    def start(self, entry: Optional[list[str]] = None, env: Optional[dict] = None,
              timeout: float = 60) -> None:
        self.port = free_port()
        with open(self.instance / f"server-{self.port}.log", "w") as log:
            self.proc = subprocess.Popen(
                [sys.executable, *(entry or FLASK_RUN), "--host", "127.0.0.1", "--port", str(self.port)],
                cwd=ROOT, env={**self.env, **(env or {})}, stdout=log, stderr=subprocess.STDOUT,
                start_new_session=True)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("server exited: " + self.log_tail())
            try:
                if self.get("/healthz")["ok"]:  # the first request starts the embedded consumer
                    return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("server did not start: " + self.log_tail())

    def kill9(self) -> None:
        os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=10)

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        os.killpg(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=10)

    def log_tail(self, n: int = 3000) -> str:
        logs = sorted(self.instance.glob("server-*.log"), key=lambda p: p.stat().st_mtime)
        return logs[-1].read_text(errors="replace")[-n:] if logs else ""

    # ---------------------------------------------------------------- HTTP (the JSON API)

    def _request(self, method: str, path: str, body: Optional[bytes] = None,
                 headers: Optional[dict] = None, timeout: float = 60) -> tuple[int, dict]:
        h = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        h.update(headers or {})
        req = urllib.request.Request(f"http://127.0.0.1:{self.port}{path}", data=body,
                                     method=method, headers=h)
        try:
            with urllib.request.urlopen(req, timeout=timeout) as r:
                return r.status, json.loads(r.read())
        except urllib.error.HTTPError as e:
            return e.code, json.loads(e.read() or b"{}")

    def get(self, path: str) -> dict:
        return self._request("GET", path)[1]

    def upload(self, files: list[tuple[str, bytes]], timeout: float = 60) -> tuple[int, dict]:
        boundary = uuid.uuid4().hex
        body = b"".join(
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{name}"\r\n'
            f"Content-Type: application/octet-stream\r\n\r\n".encode() + data + b"\r\n"
            for name, data in files) + f"--{boundary}--\r\n".encode()
        return self._request("POST", "/api/v1/documents", body,
                             {"Content-Type": f"multipart/form-data; boundary={boundary}"}, timeout)

    def statuses(self, ids) -> dict[int, str]:
        return {i: self.get(f"/api/v1/documents/{i}")["status"] for i in ids}


# -------------------------------------------------------------------- returns to upload

def make_returns(n: int, seed: int = 2024) -> list[tuple[str, bytes]]:
    """``n`` distinct small .docx returns: a department's progress table for a quarter, with
    figures, as an office writes it."""
    import docx

    from app.catalog import get_catalog

    catalog = get_catalog()
    rng = random.Random(seed)
    units = [u.name for u in catalog.units]
    words = {"2024Q1": "截至3月底", "2024Q2": "截至6月底", "2024Q3": "截至9月底", "2024Q4": "截至12月底"}
    out = []
    for i in range(n):
        unit, period = units[i % len(units)], list(words)[(i // len(units)) % 4]
        d = docx.Document()
        d.add_paragraph(f"2024年为全市妇女儿童办实事工作进展情况表（{words[period]}）")
        d.add_paragraph(f"填报单位（盖章）：{unit}")
        t = d.add_table(rows=1, cols=3)
        for cell, text in zip(t.rows[0].cells, ("指标", "年度目标", "累计完成")):
            cell.text = text
        for p in catalog.projects_of(unit):
            for ind in p.indicators:
                row = t.add_row().cells
                row[0].text = ind.name
                row[1].text = "" if ind.target is None else f"{ind.target:g}"
                row[2].text = f"{rng.randint(1, 500)}{'%' if ind.kind == 'percent' else (ind.measure or '')}"
        d.add_paragraph(f"联系人：编号{i:04d}")
        buf = io.BytesIO()
        d.save(buf)
        out.append((f"{unit}-{period}-{i:03d}.docx", buf.getvalue()))
    return out


# -------------------------------------------------------------------- the run

@dataclass
class LoadReport:
    returns: int
    clients: int
    acknowledged: int = 0
    upload_seconds: float = 0.0
    uploads_per_second: float = 0.0
    latency_p50_ms: float = 0.0
    latency_p95_ms: float = 0.0
    latency_max_ms: float = 0.0
    processed_seconds: float = 0.0
    returns_per_second: float = 0.0
    stored: int = 0
    lost: int = 0
    duplicated: int = 0
    processed_once: int = 0
    failed: int = 0
    unfinished: int = 0
    errors: list[str] = field(default_factory=list)

    def table(self) -> str:
        return "\n".join([
            f"load test: {self.returns} returns, {self.clients} concurrent clients, loopback",
            f"  uploads acknowledged    {self.acknowledged}/{self.returns} in {self.upload_seconds:.1f} s"
            f"  ({self.uploads_per_second:.1f} uploads/s)",
            f"  upload latency          p50 {self.latency_p50_ms:.0f} ms   p95 {self.latency_p95_ms:.0f} ms"
            f"   max {self.latency_max_ms:.0f} ms",
            f"  all processed after     {self.processed_seconds:.1f} s  ({self.returns_per_second:.2f} returns/s end to end)",
            f"  stored {self.stored}, lost {self.lost}, duplicated {self.duplicated}, "
            f"processed exactly once {self.processed_once}, failed {self.failed}, unfinished {self.unfinished}",
            *(f"  error: {e}" for e in self.errors[:10]),
        ])


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def run(returns: int = 100, clients: int = 8, timeout: float = 110.0,
        instance: Optional[Path] = None) -> LoadReport:
    started = time.monotonic()
    report = LoadReport(returns=returns, clients=clients)
    files = make_returns(returns)
    with tempfile.TemporaryDirectory(prefix="wcr-load-") as tmp:
        server = LiveServer(Path(instance or tmp) / "instance")
        server.init()
        server.start()
        try:
            _upload_all(server, files, clients, report, timeout)
            _wait_processed(server, report, started + timeout)
            _account(server, files, report)
        finally:
            server.stop()
    return report


def _upload_all(server: LiveServer, files, clients: int, report: LoadReport, timeout: float) -> None:
    latencies: list[float] = []
    ids: dict[str, int] = {}

    def one(item):
        name, data = item
        t0 = time.monotonic()
        try:
            status, body = server.upload([(name, data)], timeout=timeout)
        except OSError as e:
            return name, None, time.monotonic() - t0, f"{name}: {e}"
        ms = time.monotonic() - t0
        if status != 201 or not body.get("ids"):
            return name, None, ms, f"{name}: HTTP {status} {body}"
        return name, body["ids"][0], ms, None

    t0 = time.monotonic()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        for name, doc_id, seconds, error in pool.map(one, files):
            latencies.append(seconds * 1000)
            if error:
                report.errors.append(error)
            else:
                ids[name] = doc_id
    report.upload_seconds = time.monotonic() - t0
    report.acknowledged = len(ids)
    report.uploads_per_second = len(ids) / max(report.upload_seconds, 1e-9)
    report.latency_p50_ms = _percentile(latencies, 50)
    report.latency_p95_ms = _percentile(latencies, 95)
    report.latency_max_ms = max(latencies, default=0.0)
    report._ids = ids  # type: ignore[attr-defined]
    report._t_upload = t0  # type: ignore[attr-defined]


def _db_rows(server: LiveServer, sql: str) -> list[tuple]:
    con = sqlite3.connect(f"file:{server.db_path}?mode=ro", uri=True, timeout=30)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _wait_processed(server: LiveServer, report: LoadReport, deadline: float) -> None:
    while True:
        pending = _db_rows(server, "SELECT COUNT(*) FROM documents WHERE status IN ('queued', 'processing')")[0][0]
        if pending == 0 or time.monotonic() > deadline:
            break
        time.sleep(0.25)
    report.unfinished = pending
    report.processed_seconds = time.monotonic() - report._t_upload  # type: ignore[attr-defined]
    report.returns_per_second = report.acknowledged / max(report.processed_seconds, 1e-9)


def _account(server: LiveServer, files, report: LoadReport) -> None:
    """From the instance's database and storage: every acknowledged upload once, its bytes
    intact, processed exactly once."""
    ids: dict[str, int] = report._ids  # type: ignore[attr-defined]
    sent = {name: hashlib.sha256(data).hexdigest() for name, data in files}
    rows = _db_rows(server, "SELECT id, sha256, storage_key, status FROM documents")
    by_id = {r[0]: r for r in rows}
    by_sha: dict[str, int] = {}
    for r in rows:
        by_sha[r[1]] = by_sha.get(r[1], 0) + 1
    processed = dict(_db_rows(server, "SELECT document_id, COUNT(*) FROM events "
                                      "WHERE action IN ('processed', 'failed') GROUP BY document_id"))
    for name, doc_id in ids.items():
        row = by_id.get(doc_id)
        path = server.instance / "storage" / row[2] if row else None
        if row is None or row[1] != sent[name] or not path.exists() \
                or hashlib.sha256(path.read_bytes()).hexdigest() != sent[name]:
            report.lost += 1
            continue
        report.stored += 1
        report.failed += row[3] == "failed"
        report.processed_once += processed.get(doc_id, 0) == 1
    report.lost += len(files) - len(ids)  # never acknowledged
    report.duplicated = sum(n - 1 for n in by_sha.values() if n > 1) + (len(rows) - len(set(ids.values())))


def main(argv: Optional[list[str]] = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.load", description=__doc__.split("\n")[0])
    p.add_argument("--returns", type=int, default=100)
    p.add_argument("--clients", type=int, default=8)
    p.add_argument("--timeout", type=float, default=110.0, help="seconds for the whole run")
    p.add_argument("--json", help="also write the figures to this file")
    args = p.parse_args(argv)
    report = run(args.returns, args.clients, args.timeout)
    print(report.table())
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(asdict(report), ensure_ascii=False, indent=1))
    ok = report.lost == 0 and report.duplicated == 0 and report.unfinished == 0 \
        and report.processed_once == report.returns
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
