"""A printed blank form carries its mark on every page: rendered by LibreOffice, rasterised,
and the QR code decoded on each page."""
from __future__ import annotations

import pytest

from app.forms import form_file
from tests.app.consolidate.render import page_images, to_pdf

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("fmt", ["docx", "xlsx"])
def test_qr_mark_decodes_on_every_printed_page(catalog, tmp_path, fmt):
    import zxingcpp
    from PIL import Image

    # 市妇联 has six projects: its form runs over two pages
    name, data = form_file("市妇联", "2024Q2", fmt, catalog)
    path = tmp_path / f"form.{fmt}"
    path.write_bytes(data)
    pages = page_images(to_pdf(path, tmp_path), 150, tmp_path)
    assert len(pages) >= 2
    for i, png in enumerate(pages, start=1):
        found = {r.text for r in zxingcpp.read_barcodes(Image.open(png))}
        assert found == {"WCR|1|2024Q2|市妇联|2024-1"}, f"page {i}: {found}"
