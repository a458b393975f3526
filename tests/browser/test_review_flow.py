"""Logs in, uploads a .docx, a scan and a photo, waits for processing, corrects a value,
approves and sees the tracker change — in real headless Chromium against a live server."""
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

RETURNS = [("docx", "市教育局"), ("pdf-scan", "市妇联"), ("image", "市民政局")]


@pytest.fixture
def inputs(tmp_path) -> list[Path]:
    """A .docx, a scanned PDF and a phone photo from the samples generator."""
    files = []
    for fmt, unit in RETURNS:
        out = tmp_path / fmt
        subprocess.run([sys.executable, "-m", "samples.generate", "--out", str(out), "--formats",
                        fmt, "--units", unit, "--periods", "2024Q1", "--count", "1"],
                       cwd=ROOT, check=True, capture_output=True, timeout=180)
        files += [p for p in out.iterdir() if not p.name.endswith(".json")]
    assert len(files) == 3
    return files


@pytest.mark.browser
@pytest.mark.slow
def test_upload_correct_approve_and_see_the_tracker_change(live_server, browser_page, inputs,
                                                           screenshots):
    base, password = live_server
    page = browser_page
    page.goto(base + "/tracker")
    assert "/login" in page.url  # every page needs login
    page.fill("input[name=name]", "admin")
    page.fill("input[name=password]", password)
    page.screenshot(path=screenshots / "01-login.png")
    page.click("button[type=submit]")
    page.wait_for_url(base + "/tracker")
    cell = 'td[data-unit="市教育局"][data-period="2024Q1"]'
    assert page.get_attribute(cell, "class") == "state-missing"

    page.goto(base + "/upload")
    page.set_input_files("#file-input", [str(p) for p in inputs])
    page.wait_for_selector(".batch h2.finished", timeout=240_000)  # all three processed
    page.screenshot(path=screenshots / "02-upload-progress.png", full_page=True)
    assert page.locator(".batch-files li").count() == 3
    assert page.eval_on_selector(".batch progress", "p => p.value") == 100

    page.goto(base + "/?period=2024Q1")
    page.screenshot(path=screenshots / "03-documents.png", full_page=True)
    docx_name = next(p.name for p in inputs if p.suffix == ".docx")
    page.click(f"text={docx_name}")
    page.wait_for_selector("tr.field")
    page.wait_for_selector("#page-img")
    page.screenshot(path=screenshots / "04-review.png")

    field = page.locator("tr.field input.value").first
    row_id = field.evaluate("e => e.closest('tr').id")
    old = field.input_value()
    new = str(int(float(old or 0)) + 7)
    page.fill("#reason", "按原件更正")
    field.fill(new)
    field.press("Enter")
    page.wait_for_selector("#save-status.ok")
    assert page.input_value(f'[id="{row_id}"] input.value') == new
    assert "按原件更正" in page.inner_text("#history")
    page.screenshot(path=screenshots / "05-corrected.png")

    page.click("#approve")
    page.wait_for_selector("text=已审核通过")
    page.goto(base + "/tracker")
    assert page.get_attribute(cell, "class") == "state-approved"
    page.screenshot(path=screenshots / "06-tracker.png", full_page=True)
