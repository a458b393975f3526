"""Parsing in a child process with a time and a memory limit per document.

``parse_file_isolated(path)`` runs ``parsers.parse_file`` in a process forked from a clean
fork server (never from the caller, whose other threads may hold locks), with an address-space
limit (``PARSERS_DOC_MEMORY_MB``, default 3072) and a wall-clock limit
(``PARSERS_DOC_TIMEOUT``, default 300 s). Past either the child is killed and the clerk gets
a plain Chinese refusal; the caller (a worker thread of the service) carries on. A child that
dies on its own (a crash in a C library) is a refusal too.

``PARSERS_ISOLATE=1`` makes ``app.extraction.extract_file`` parse this way (the service's
setting); ``run_isolated`` is the general mechanism, by "module:function" name.
"""
from __future__ import annotations

import importlib
import multiprocessing as mp
import os
import resource
import threading
from typing import Any, Optional

from parsers.errors import CorruptFileError, ParseError, TooLargeError

MB = 1024 * 1024
PRELOAD = ["parsers", "parsers.detect", "parsers.limits", "parsers.word", "parsers.excel",
           "parsers.pdf_text", "parsers.image", "parsers.pdf_scan", "parsers.libreoffice"]
_ctx_lock = threading.Lock()
_ctx = None


def isolation_enabled() -> bool:
    return os.environ.get("PARSERS_ISOLATE", "0") == "1"


def doc_timeout() -> float:
    return float(os.environ.get("PARSERS_DOC_TIMEOUT") or 300)


def doc_memory_mb() -> int:
    return int(os.environ.get("PARSERS_DOC_MEMORY_MB") or 3072)


def _context():
    global _ctx
    with _ctx_lock:
        if _ctx is None:
            _ctx = mp.get_context("forkserver")
            # imported once in the fork server, so each document's child starts warm
            _ctx.set_forkserver_preload(PRELOAD)
        return _ctx


def _child(conn, target: str, args: tuple, memory_mb: int) -> None:
    if memory_mb:
        limit = memory_mb * MB
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    try:
        module, name = target.split(":")
        result = getattr(importlib.import_module(module), name)(*args)
        conn.send(("ok", result))
    except ParseError as e:
        conn.send(("refused", (type(e).__name__, e.message, e.detail, getattr(e, "kind", None))))
    except MemoryError:
        conn.send(("memory", None))
    except BaseException as e:  # noqa: BLE001 — reported to the parent, never lost
        conn.send(("error", f"{type(e).__name__}: {e}"))
    finally:
        conn.close()


def run_isolated(target: str, *args: Any, timeout: Optional[float] = None,
                 memory_mb: Optional[int] = None) -> Any:
    """``module:function(*args)`` in a child process; its return value, or a ParseError."""
    import parsers.errors as errors

    timeout = doc_timeout() if timeout is None else timeout
    memory_mb = doc_memory_mb() if memory_mb is None else memory_mb
    ctx = _context()
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(child, target, args, memory_mb), daemon=True)
    proc.start()
    child.close()
    try:
        if not parent.poll(timeout):
            raise TooLargeError(f"文件处理超时（超过 {timeout:g} 秒），已停止处理；请检查文件是否过大或过于复杂，"
                                "可拆分或另存后重新上传", detail=f"{target} timed out")
        try:
            status, payload = parent.recv()
        except EOFError:  # the child died without a word (killed, or a crash in a C library)
            proc.join(5)
            raise CorruptFileError("读取文件时处理程序异常退出，文件可能已损坏，请另存为新文件后重新上传",
                                   detail=f"{target} exit code {proc.exitcode}") from None
    finally:
        parent.close()
        if proc.is_alive():
            proc.kill()
        proc.join(5)
    if status == "ok":
        return payload
    if status == "refused":
        cls_name, message, detail, kind = payload
        err = getattr(errors, cls_name, ParseError)(message, detail=detail)
        err.kind = kind  # type: ignore[attr-defined]
        raise err
    if status == "memory":
        raise TooLargeError(f"文件处理所需内存超过上限（{memory_mb} MB），已停止处理；请压缩图片或拆分后上传",
                            detail=f"{target} MemoryError")
    raise CorruptFileError(detail=payload)


def parse_file_isolated(path, **limits_kw):
    """``parsers.parse_file(path)`` under the per-document time and memory limits."""
    return run_isolated("parsers:parse_file", os.fspath(path), **limits_kw)
