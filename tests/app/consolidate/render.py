"""Test helper: an office file as LibreOffice prints it — PDF, page texts, page images."""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest


def to_pdf(path: Path, workdir: Path) -> Path:
    """Convert with a private LibreOffice profile, so parallel runs do not collide."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        pytest.fail("LibreOffice (soffice) is not installed: run `make setup`")
    profile = Path(tempfile.mkdtemp(prefix="lo-profile-", dir=workdir))
    subprocess.run([soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(workdir), str(path)],
                   check=True, capture_output=True, timeout=180)
    pdf = workdir / (path.stem + ".pdf")
    assert pdf.exists(), f"LibreOffice did not convert {path.name}"
    return pdf


def page_texts(pdf: Path, mode: str = "-layout") -> list[str]:
    """Text per page; ``mode`` "-layout" (as placed) or "-raw" (content stream order, which
    keeps a cell's wrapped lines together)."""
    out = subprocess.run(["pdftotext", mode, str(pdf), "-"], check=True,
                         capture_output=True, timeout=60).stdout.decode("utf-8")
    pages = out.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def page_images(pdf: Path, dpi: int, workdir: Path) -> list[Path]:
    prefix = workdir / pdf.stem
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(pdf), str(prefix)], check=True,
                   capture_output=True, timeout=120)
    return sorted(workdir.glob(pdf.stem + "-*.png"))


def pdf_fonts(pdf: Path) -> str:
    return subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True,
                          timeout=60).stdout.decode("utf-8", "replace")
