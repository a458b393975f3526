"""LibreOffice conversions (docx → pdf, docx → doc) in one batch per target, with a private
profile so the run neither touches nor waits for anyone else's LibreOffice."""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

FILTERS = {"pdf": "pdf:writer_pdf_Export", "doc": "doc:MS Word 97", "pdf-calc": "pdf:calc_pdf_Export"}
#: the file a target ends in
EXT = {"pdf-calc": "pdf"}


class ConversionError(RuntimeError):
    pass


def convert(files: list[Path], target: str, out_dir: Path, timeout: float = 300) -> list[Path]:
    """``files`` converted to ``target`` in ``out_dir``; the outputs in the order given."""
    if not files:
        return []
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        raise ConversionError("LibreOffice (soffice) is needed for pdf/doc/scans: "
                              "apt-get install libreoffice-writer-nogui")
    out_dir.mkdir(parents=True, exist_ok=True)
    profile = Path(tempfile.mkdtemp(prefix="holdout-lo-"))
    try:
        cmd = [exe, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
               "--nolockcheck", "--convert-to", FILTERS[target], "--outdir", str(out_dir),
               *map(str, files)]
        try:
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                           timeout=timeout)
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as e:
            raise ConversionError(f"soffice failed: {e}") from e
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    outs = [out_dir / f"{f.stem}.{EXT.get(target, target)}" for f in files]
    missing = [o.name for o in outs if not o.exists()]
    if missing:
        raise ConversionError(f"soffice produced no {', '.join(missing)}")
    return outs
