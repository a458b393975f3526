"""LibreOffice headless conversions in batches: one ``soffice`` call converts many files, with
a private profile so it neither touches nor waits for anyone else's LibreOffice."""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

#: our target → LibreOffice's --convert-to argument
TARGETS = {
    "doc": "doc:MS Word 97",
    "xls": "xls:MS Excel 97",
    "xlsx": "xlsx:Calc MS Excel 2007 XML",
    "pdf": "pdf:writer_pdf_Export",
}


class ConversionFailed(RuntimeError):
    pass


def soffice() -> str:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        raise ConversionFailed("LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui libreoffice-calc-nogui")
    return exe


def convert_batch(files: list[Path], target: str, out_dir: Path, *, chunk: int = 40,
                  timeout_per_file: float = 20.0) -> list[Path]:
    """Convert ``files`` to ``target`` (doc, xls, xlsx, pdf) into ``out_dir``; returns the
    output paths, in the order of ``files``. Raises ConversionFailed if one is missing."""
    out_dir.mkdir(parents=True, exist_ok=True)
    outs = []
    profile = Path(tempfile.mkdtemp(prefix="samples-lo-profile-"))
    try:
        for k in range(0, len(files), chunk):
            part = files[k:k + chunk]
            cmd = [soffice(), f"-env:UserInstallation={profile.as_uri()}", "--headless",
                   "--norestore", "--nolockcheck", "--convert-to", TARGETS[target],
                   "--outdir", str(out_dir), *map(str, part)]
            try:
                subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               timeout=60 + timeout_per_file * len(part))
            except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as e:
                raise ConversionFailed(f"soffice failed on {len(part)} files: {e}") from e
            for f in part:
                o = out_dir / (f.stem + "." + target)
                if not o.exists():
                    raise ConversionFailed(f"soffice produced no {o.name}")
                outs.append(o)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    return outs
