import zipfile

import pytest

from parsers.errors import CorruptFileError, TooLargeError
from parsers.limits import Limits, check_file_size, check_pages, check_zip


def test_limits_take_overrides_from_the_environment():
    limits = Limits.from_env({"PARSERS_MAX_PAGES": "12", "PARSERS_CONVERSION_TIMEOUT": "7.5"})
    assert limits.max_pages == 12
    assert limits.conversion_timeout == 7.5
    assert limits.max_file_mb == Limits().max_file_mb


def test_limits_name_the_bad_environment_key():
    with pytest.raises(ValueError, match="PARSERS_MAX_PAGES"):
        Limits.from_env({"PARSERS_MAX_PAGES": "many"})


@pytest.mark.parametrize("field", ["max_pages", "max_file_mb", "conversion_timeout"])
def test_limits_refuse_non_positive_values(field):
    with pytest.raises(ValueError, match=field):
        Limits(**{field: 0})


def test_file_size_check_says_the_limit_in_chinese(tmp_path):
    path = tmp_path / "big.pdf"
    path.write_bytes(b"x" * 3000)
    with pytest.raises(TooLargeError) as e:
        check_file_size(path, Limits(max_file_mb=0.001))
    assert "上限" in e.value.message and "0.001 MB" in e.value.message


def test_page_check_says_the_limit():
    with pytest.raises(TooLargeError) as e:
        check_pages(3, Limits(max_pages=2))
    assert "2 页" in e.value.message


def _zip(path, members):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def test_zip_check_refuses_a_zip_bomb(tmp_path):
    path = _zip(tmp_path / "bomb.docx", {"word/document.xml": b"\0" * (3 * 1024 * 1024)})
    with pytest.raises(TooLargeError) as e:
        check_zip(path, Limits())
    assert "压缩比" in e.value.message


def test_zip_check_refuses_too_much_uncompressed_data(tmp_path):
    import os
    path = _zip(tmp_path / "big.xlsx", {"xl/media/a.bin": os.urandom(200_000)})
    with pytest.raises(TooLargeError):
        check_zip(path, Limits(max_uncompressed_mb=0.1))


@pytest.mark.parametrize("name", ["../evil.xml", "word/../../evil.xml", "/etc/passwd", "C:/x.xml"])
def test_zip_check_refuses_member_names_that_climb_out(tmp_path, name):
    path = _zip(tmp_path / "evil.docx", {"word/document.xml": b"<x/>", name: b"x"})
    with pytest.raises(CorruptFileError):
        check_zip(path, Limits())


def test_zip_check_refuses_too_many_members(tmp_path):
    path = _zip(tmp_path / "many.docx", {f"word/m{i}.xml": b"<x/>" for i in range(6)})
    with pytest.raises(TooLargeError):
        check_zip(path, Limits(max_zip_members=5))


def test_zip_check_accepts_an_ordinary_document(tmp_path):
    import docx
    path = tmp_path / "ok.docx"
    docx.Document().save(path)
    check_zip(path, Limits())
