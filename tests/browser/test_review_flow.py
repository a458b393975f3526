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
    runs = [(tmp_path / fmt, subprocess.Popen(
        [sys.executable, "-m", "samples.generate", "--out", str(tmp_path / fmt), "--formats", fmt,
         "--units", unit, "--periods", "2024Q1", "--count", "1"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)) for fmt, unit in RETURNS]
    files = []
    for out, proc in runs:  # generated side by side
        _, err = proc.communicate(timeout=180)
        assert proc.returncode == 0, err.decode()[-2000:]
        files += [p for p in out.iterdir() if not p.name.endswith(".json")]
    assert len(files) == 3
    return files


@pytest.fixture
def flagged_return(tmp_path, catalog) -> Path:
    """A .docx whose figures a reviewer must look at (a percentage over 100, a figure far
    beyond its target)."""
    from tests.app.web.returns import return_docx

    unit = "市卫生健康委"
    values = {i.id: (i.target / 2 if i.target else 1) for p in catalog.projects_of(unit)
              for i in p.indicators if i.numeric}
    values.update({"3.1": 120, "7.1": 40})
    path = tmp_path / "卫健委-需核对.docx"
    path.write_bytes(return_docx(catalog, unit, "2024Q1", values))
    return path


@pytest.mark.browser
@pytest.mark.slow
def test_upload_correct_approve_and_see_the_tracker_change(live_server, browser_page, inputs,
                                                           flagged_return, screenshots):
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
    page.set_input_files("#file-input", [str(p) for p in inputs + [flagged_return]])
    page.wait_for_selector(".batch h2.finished", timeout=240_000)  # all processed
    page.screenshot(path=screenshots / "02-upload-progress.png", full_page=True)
    assert page.locator(".batch-files li").count() == 4
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

    # keyboard flow on a return with flagged figures: n jumps to the next flagged field,
    # Enter on an unchanged flagged figure records that it was checked
    page.goto(base + "/?unit=市卫生健康委")
    page.click(f"text={flagged_return.name}")
    page.wait_for_selector("tr.field.flagged")
    assert page.locator("tr.field.flagged").count() == 2  # 3.1 over 100 %, 7.1 far beyond target
    page.focus('[id="row-3.1"] input.value')
    page.keyboard.press("n")
    assert page.evaluate("document.activeElement.closest('tr').id") == "row-7.1"
    page.keyboard.press("Enter")
    page.wait_for_selector("#save-status.ok")
    assert page.locator("tr.field.flagged").count() == 1
    assert "核对" in page.inner_text("#history")
    page.screenshot(path=screenshots / "07-keyboard-flow.png")

    photo = next(p.name for p in inputs if p.suffix.lower() in (".jpg", ".jpeg", ".png"))
    page.goto(base + "/?old=1")
    page.click(f"text={photo}")
    page.wait_for_selector("#page-img")
    located = page.locator('tr.field:not([data-box="[]"])')
    if located.count():  # the evidence box of a figure OCR read, drawn on the photo
        located.first.locator("td.ind").click()
        assert page.is_visible("#box")
    page.screenshot(path=screenshots / "08-photo-review.png")
