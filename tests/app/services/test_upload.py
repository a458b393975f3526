"""Unpacking an uploaded .zip safely."""
import io
import zipfile

import pytest

from app.services import ServiceError
from app.services.documents import is_plain_zip, unpack_zip


def _zip(members) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in members.items():
            zf.writestr(name, content)
    return buf.getvalue()


def _unpack(data, **limits):
    caps = dict(max_members=10, max_total=1000, max_file=600) | limits
    return list(unpack_zip(data, **caps))


@pytest.mark.parametrize("name", ["../evil.docx", "/etc/evil.docx", "a/../../evil.docx",
                                  "C:/evil.docx", "..\\\\evil.docx"])
def test_unsafe_member_paths_are_refused(name):
    [(got, content, refusal)] = _unpack(_zip({name: b"x"}))
    assert content is None and "不安全" in refusal


def test_archive_bigger_than_the_total_cap_is_refused_before_reading():
    data = _zip({"a.docx": b"0" * 500, "b.docx": b"0" * 500, "c.docx": b"0" * 500})
    with pytest.raises(ServiceError, match="过大"):
        _unpack(data, max_total=1200)


@pytest.mark.parametrize("limits,refused", [({"max_members": 2}, "文件过多"),
                                            ({"max_file": 100}, "文件过大")])
def test_caps_on_member_count_and_size(limits, refused):
    data = _zip({"a.docx": b"0" * 500, "b.docx": b"1", "c.docx": b"2"})
    try:
        out = _unpack(data, **limits)
    except ServiceError as e:
        assert refused in str(e)
    else:
        assert [r for _, _, r in out if r] == ["文件过大，超出上传上限"]


def test_gbk_member_names_from_windows_zips_are_read():
    gbk = "教育局.docx".encode("gbk")
    placeholder = b"A" * (len(gbk) - 5) + b".docx"
    data = _zip({placeholder.decode(): b"x"}).replace(placeholder, gbk)  # no UTF-8 flag
    [(name, content, _)] = _unpack(data)
    assert (name, content) == ("教育局.docx", b"x")


def test_word_files_are_not_taken_for_zips_of_returns():
    docx = _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w/>"})
    assert not is_plain_zip("返回.zip", docx)
    assert is_plain_zip("returns.zip", _zip({"a.docx": b"x"}))
    assert not is_plain_zip("a.docx", _zip({"a.docx": b"x"}))
