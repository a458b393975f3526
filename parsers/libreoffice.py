"""Legacy binary Office files (.doc, .wps, .xls, .et) → .docx/.xlsx with LibreOffice, then
the Word/Excel parser. The original kind is kept.

Each conversion runs ``soffice --headless --convert-to`` in its own process group with a
timeout (killed, group and all, when it runs over) and a private user profile. Profiles
are a pool of reusable directories, each guarded by a file lock: two conversions never
share one, and LibreOffice's slow first start (building the profile) is paid once per
directory, not per file.
"""
from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Iterator, Optional

from parsers.errors import ConversionError, MissingDependencyError
from parsers.limits import Limits
from parsers.model import Document

log = logging.getLogger(__name__)

#: what LibreOffice should make of each source, and the extension it must see: it picks its
#: import filter by extension, and a Kingsoft .wps is Word-binary, not MS Works
TARGETS = {"word": ("docx:MS Word 2007 XML", ".docx"), "sheet": ("xlsx:Calc MS Excel 2007 XML", ".xlsx")}
SOURCE_EXT = {"word": ".doc", "sheet": ".xls"}

#: how long to wait for a free profile before giving up
SLOT_WAIT_SECONDS = 120


#: soffice.bin exits with this after creating a fresh profile: run it again
EXIT_RESTART = 81


def soffice_binary() -> str:
    """$SOFFICE, else soffice.bin beside the ``soffice`` on PATH (skipping the launcher
    scripts saves about half a second per conversion), else that ``soffice``."""
    configured = os.environ.get("SOFFICE")
    if configured:
        return configured
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if not found:
        raise MissingDependencyError(
            "服务器未安装 LibreOffice，无法读取旧版 .doc/.wps/.xls/.et 文件；请联系管理员安装，"
            "或将文件另存为 .docx/.xlsx 后上传", detail="soffice not found on PATH")
    direct = Path(os.path.realpath(found)).parent / "soffice.bin"
    return str(direct) if direct.exists() else found


def profile_root() -> Path:
    root = os.environ.get("PARSERS_LO_PROFILE_DIR")
    if root:
        return Path(root)
    return Path(tempfile.gettempdir()) / f"wcr-lo-profiles-{os.getuid()}"


@contextlib.contextmanager
def profile_slot(slots: int) -> Iterator[Path]:
    """A profile directory nobody else is using, held (by an exclusive lock on a file
    beside it) until the block ends."""
    root = profile_root()
    root.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + SLOT_WAIT_SECONDS
    start = os.getpid() % slots  # spread concurrent processes over the slots
    while True:
        for k in range(slots):
            i = (start + k) % slots
            lock_file = open(root / f"slot{i}.lock", "a+")
            try:
                fcntl.flock(lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                lock_file.close()
                continue
            try:
                yield root / f"slot{i}"
            finally:
                fcntl.flock(lock_file, fcntl.LOCK_UN)
                lock_file.close()
            return
        if time.monotonic() > deadline:
            raise ConversionError("服务器正忙（旧版文件转换排队过久），请稍后重试",
                                  detail="no free LibreOffice profile")
        time.sleep(0.2)


#: markup "Office" files (see parsers.detect.office_markup): the name and import filter
#: LibreOffice needs for each
MARKUP_SOURCES = {
    "word-html": (".htm", "HTML (StarWriter)"),
    "sheet-html": (".html", "HTML (StarCalc)"),
    "word-xml": (".xml", "MS Word 2003 XML"),
    "sheet-xml": (".xml", "MS Excel 2003 XML"),
}


def _source_format(path, family: str) -> tuple[str, Optional[str]]:
    """The extension to give the copy LibreOffice reads, and an import filter if one must be
    named."""
    from parsers.detect import office_markup

    with open(path, "rb") as f:
        head = f.read(4096)
    if head.startswith(b"{\\rtf"):
        return ".rtf", None
    markup = office_markup(head)
    if markup in MARKUP_SOURCES:
        return MARKUP_SOURCES[markup]
    return SOURCE_EXT[family], None


def _run(cmd: list[str], timeout: float) -> tuple[int, str]:
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            stdin=subprocess.DEVNULL, start_new_session=True)
    try:
        out, _ = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        raise ConversionError(f"旧版文件转换超时（超过 {timeout:g} 秒），请另存为 .docx 或 .xlsx 后上传",
                              detail=f"{cmd[0]} timed out")
    return proc.returncode, out.decode("utf-8", "replace")


def convert(path, family: str, *, limits: Optional[Limits] = None, workdir: Optional[str] = None) -> Path:
    """Converts ``path`` (a Word- or sheet-family legacy file) into ``workdir`` and returns
    the new file. Raises ConversionError when LibreOffice produces nothing."""
    limits = limits or Limits.from_env()
    soffice = soffice_binary()
    target_filter, target_ext = TARGETS[family]
    workdir = Path(workdir or tempfile.mkdtemp(prefix="wcr-convert-"))
    workdir.mkdir(parents=True, exist_ok=True)
    ext, infilter = _source_format(path, family)
    source = workdir / ("source" + ext)
    shutil.copyfile(path, source)
    outdir = workdir / "out"
    outdir.mkdir(exist_ok=True)
    with profile_slot(limits.conversion_slots) as profile:
        reset = False
        for _attempt in range(3):
            cmd = [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--invisible",
                   "--nologo", "--norestore", "--nodefault", "--nolockcheck",
                   *([f"--infilter={infilter}"] if infilter else []),
                   "--convert-to", target_filter, "--outdir", str(outdir), str(source)]
            started = time.monotonic()
            code, output = _run(cmd, limits.conversion_timeout)
            result = outdir / ("source" + target_ext)
            log.info("soffice %s → %s in %.2fs (exit %s)", source.suffix, target_ext,
                     time.monotonic() - started, code)
            if result.exists() and result.stat().st_size > 0:
                return result
            if code == EXIT_RESTART:
                continue  # the profile was just created; LibreOffice asks to be started again
            if not reset and profile.exists():
                # a profile left broken by a killed run: start it afresh once
                log.warning("conversion produced nothing (exit %s): %s; resetting profile %s",
                            code, output.strip()[-500:], profile)
                shutil.rmtree(profile, ignore_errors=True)
                reset = True
                continue
            break
    raise ConversionError(detail=f"soffice exit {code}: {output.strip()[-500:]}")


def _parse_converted(path, family: str, limits: Optional[Limits]) -> Document:
    from parsers.limits import check_zip

    workdir = tempfile.mkdtemp(prefix="wcr-convert-")
    try:
        converted = convert(path, family, limits=limits, workdir=workdir)
        check_zip(converted, limits or Limits.from_env())
        if family == "word":
            from parsers.word import parse_docx
            return parse_docx(converted, limits=limits)
        from parsers.excel import parse_xlsx
        return parse_xlsx(converted, limits=limits)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def parse_legacy_word(path, *, limits: Optional[Limits] = None) -> Document:
    """.doc / .wps (and RTF saved as .doc)."""
    return _parse_converted(path, "word", limits)


def parse_legacy_sheet(path, *, limits: Optional[Limits] = None) -> Document:
    """.xls / .et."""
    return _parse_converted(path, "sheet", limits)
