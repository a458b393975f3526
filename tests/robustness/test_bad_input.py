"""Every kind of hostile or broken file of issue 6, through the command line and through the
upload API: each is refused with a plain Chinese message (or read safely), nothing crashes or
hangs, and the good file in the same batch still comes through."""
from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.robustness.hostile import CASES

ROOT = Path(__file__).resolve().parents[2]
CJK = re.compile(r"[\u4e00-\u9fff]")


def multipart(files: list[tuple[str, bytes]]) -> dict:
    """A multipart body built here: the test client's own encoder spools a large body to a
    temporary file it never closes (a ResourceWarning at exit, not the service's)."""
    boundary = "wcr-test-boundary"
    body = b"".join(
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{name}"\r\n'
        f"Content-Type: application/octet-stream\r\n\r\n".encode() + data + b"\r\n"
        for name, data in files) + f"--{boundary}--\r\n".encode()
    return {"data": body, "content_type": f"multipart/form-data; boundary={boundary}"}


def _disk_name(key: str) -> str:
    """Files on disk keep the case's suffix (the CLI is given paths, not uploads)."""
    return key + os.path.splitext(CASES[key].name.replace("\0", ""))[1]


def _check_refusal(key: str, ok: bool, error: str | None) -> None:
    case = CASES[key]
    if case.refused:
        assert ok is False, f"{key} was accepted"
        assert error and CJK.search(error), f"{key}: no Chinese message: {error!r}"
        assert "Traceback" not in error and "Error" not in error
        assert any(s in error for s in case.says), f"{key}: {error!r} does not say {case.says}"
    else:
        assert ok is True, f"{key} should be read safely, got {error!r}"


@pytest.fixture(scope="module")
def cli_lines(tmp_path_factory, good_return):
    """``python -m app extract --json`` over all the hostile files with a good return in the
    middle, once, in a child process with a time limit."""
    d = tmp_path_factory.mktemp("hostile")
    keys = list(CASES)
    paths = [d / _disk_name(k) for k in keys]
    for k, p in zip(keys, paths):
        p.write_bytes(CASES[k].build())
    good = d / "good.docx"
    good.write_bytes(good_return)
    half = len(paths) // 2
    files = [str(p) for p in paths[:half]] + [str(good)] + [str(p) for p in paths[half:]]
    proc = subprocess.run([sys.executable, "-m", "app", "extract", "--json", *files], cwd=ROOT,
                          capture_output=True, text=True, timeout=240)
    assert proc.returncode == 0, proc.stderr[-2000:]
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [x["file"] for x in lines] == files, "one line per file, in order, nothing else on stdout"
    by_file = {x["file"]: x for x in lines}
    return {k: by_file[str(p)] for k, p in zip(keys, paths)} | {"good": by_file[str(good)]}


@pytest.mark.slow
@pytest.mark.parametrize("key", list(CASES))
def test_extract_command_refuses_hostile_file_in_chinese(cli_lines, key):
    line = cli_lines[key]
    _check_refusal(key, line["ok"], line["error"])


@pytest.mark.slow
def test_extract_command_still_reads_the_good_file_among_hostile_ones(cli_lines):
    good = cli_lines["good"]
    assert good["ok"] and good["unit"] == "市教育局" and good["values"]["1.1"]["value"] == 2


@pytest.mark.slow
def test_external_entity_is_never_resolved(cli_lines):
    line = json.dumps(cli_lines["external-entity-docx"], ensure_ascii=False)
    assert "root:" not in line


@pytest.mark.slow
def test_upload_batch_of_hostile_files_fails_each_and_processes_the_good_one(app, client, good_return):
    """One upload of every hostile file plus a good return: the request answers, each bad
    file ends failed with its Chinese message, the good one is processed."""
    keys = list(CASES)
    files = [(CASES[k].name, CASES[k].build()) for k in keys]
    files.insert(len(files) // 2, ("市教育局一季度.docx", good_return))
    r = client.post("/api/v1/documents", **multipart(files))
    assert r.status_code == 201, r.get_data(as_text=True)
    outcomes = r.json["files"]
    assert len(outcomes) == len(files)
    good = outcomes.pop(len(files) // 2)
    docs = {}
    for key, o in zip(keys, outcomes):
        if o["error"]:  # refused before storing (only size checks do that)
            docs[key] = (False, o["error"])
            continue
        d = client.get(f"/api/v1/documents/{o['id']}").json
        docs[key] = (d["ok"], d["error"])
    for key in keys:
        _check_refusal(key, *docs[key])
    g = client.get(f"/api/v1/documents/{good['id']}").json
    assert g["ok"] and g["unit"] == "市教育局"
    # a refused file's review page opens and says why, in Chinese
    failed = next(o for k, o in zip(keys, outcomes) if k == "random-bytes")
    page = client.get(f"/documents/{failed['id']}")
    assert page.status_code == 200 and "无法识别" in page.get_data(as_text=True)


def test_long_odd_file_name_is_kept_shortened_and_downloadable(app, client, good_return):
    name = "‮fdp.exe" + "进展情况表" * 80 + ".docx"
    r = client.post("/api/v1/documents", data={"file": [(io.BytesIO(good_return), name)]},
                    content_type="multipart/form-data")
    assert r.status_code == 201
    doc_id = r.json["ids"][0]
    with client.get(f"/documents/{doc_id}/original") as d:
        assert d.status_code == 200 and d.data == good_return
        assert "attachment" in d.headers["Content-Disposition"]


@pytest.mark.parametrize("name", ["../../etc/passwd.docx", "/etc/cron.d/x.docx", "C:\\Windows\\x.docx",
                                  "..\\..\\boot.ini.docx"])
def test_uploaded_file_name_never_becomes_a_path(app, client, good_return, name):
    r = client.post("/api/v1/documents", data={"file": [(io.BytesIO(good_return), name)]},
                    content_type="multipart/form-data")
    assert r.status_code == 201
    stored = client.get("/api/v1/documents").json["documents"][0]["file"]
    assert "/" not in stored and "\\" not in stored
    storage = Path(app.config["STORAGE_DIR"])
    for p in storage.rglob("*"):
        assert p.resolve().is_relative_to(storage.resolve())
