"""Resource limits for parsing untrusted uploads, and the checks that enforce them.

``Limits`` is a validated settings object: defaults here, each overridable by an environment
variable (``PARSERS_MAX_FILE_MB=80``). ``check_zip`` inspects an OOXML container's
directory *before* python-docx/openpyxl open it, so a zip bomb or a member named
``../../etc/x`` is refused without being inflated.
"""
from __future__ import annotations

import os
import zipfile
from dataclasses import dataclass, fields
from typing import Mapping, Optional

from parsers.errors import CorruptFileError, TooLargeError

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    #: the upload itself
    max_file_mb: float = 50.0
    #: pages of a PDF (and rendered pages of anything else)
    max_pages: int = 200
    #: members of a zip container (.docx, .xlsx)
    max_zip_members: int = 5000
    #: sum of the members' uncompressed sizes
    max_uncompressed_mb: float = 500.0
    #: uncompressed / compressed size of one member (only for members over 1 MB)
    max_compression_ratio: float = 200.0
    #: seconds a LibreOffice conversion may take before it is killed
    conversion_timeout: float = 60.0
    #: reusable LibreOffice profile directories (= concurrent conversions)
    conversion_slots: int = 4

    ENV_PREFIX = "PARSERS_"

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if not isinstance(value, (int, float)) or isinstance(value, bool) or value <= 0:
                raise ValueError(f"parser limit {f.name} must be a positive number, got {value!r}")
        if self.max_compression_ratio < 1:
            raise ValueError("parser limit max_compression_ratio must be at least 1")

    @classmethod
    def from_env(cls, env: Optional[Mapping[str, str]] = None) -> "Limits":
        """Defaults, overridden by ``PARSERS_<FIELD>`` variables; a bad value names its key."""
        env = os.environ if env is None else env
        kwargs = {}
        for f in fields(cls):
            key = cls.ENV_PREFIX + f.name.upper()
            raw = env.get(key)
            if raw is None or raw.strip() == "":
                continue
            caster = int if f.type in ("int", int) else float
            try:
                kwargs[f.name] = caster(raw)
            except ValueError as e:
                raise ValueError(f"{key}={raw!r} is not a valid {caster.__name__}") from e
        return cls(**kwargs)

    @property
    def max_file_bytes(self) -> int:
        return int(self.max_file_mb * MB)

    @property
    def max_uncompressed_bytes(self) -> int:
        return int(self.max_uncompressed_mb * MB)


def _mb(n: float) -> str:
    return f"{n:g} MB"


def check_file_size(path: str | os.PathLike, limits: Limits) -> int:
    size = os.path.getsize(path)
    if size > limits.max_file_bytes:
        raise TooLargeError(
            f"文件过大（{size / MB:.1f} MB），超过上限 {_mb(limits.max_file_mb)}，"
            "请压缩图片或拆分后上传", detail=f"{size} bytes")
    return size


def check_pages(n_pages: int, limits: Limits) -> None:
    if n_pages > limits.max_pages:
        raise TooLargeError(f"文件共 {n_pages} 页，超过上限 {limits.max_pages} 页，请只上传进展情况表部分",
                            detail=f"{n_pages} pages")


def _unsafe_member_name(name: str) -> bool:
    norm = name.replace("\\", "/")
    return norm.startswith("/") or (len(norm) > 1 and norm[1] == ":") or ".." in norm.split("/")


def check_zip(path: str | os.PathLike, limits: Limits) -> None:
    """Refuse a zip container that would be dangerous or absurd to open: too many members,
    too much uncompressed data, a member compressed beyond any real document's ratio, or a
    member name that climbs out of its folder."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, EOFError) as e:
        raise CorruptFileError(detail=f"bad zip: {e}") from e
    if len(infos) > limits.max_zip_members:
        raise TooLargeError(f"文件内部包含 {len(infos)} 个部件，超过上限 {limits.max_zip_members} 个，"
                            "请另存为新文件后上传", detail="zip members")
    total = 0
    for info in infos:
        if _unsafe_member_name(info.filename):
            raise CorruptFileError("文件内部结构异常（含有不安全的路径），已拒绝处理，请另存为新文件后上传",
                                   detail=f"zip member {info.filename!r}")
        total += info.file_size
        if info.file_size > MB:
            ratio = info.file_size / max(info.compress_size, 1)
            if ratio > limits.max_compression_ratio:
                raise TooLargeError(
                    f"文件内部数据压缩比异常（{ratio:.0f} 倍，上限 {limits.max_compression_ratio:g} 倍），"
                    "疑似恶意文件，已拒绝处理", detail=f"member {info.filename!r}")
    if total > limits.max_uncompressed_bytes:
        raise TooLargeError(f"文件解压后过大（{total / MB:.0f} MB），超过上限 {_mb(limits.max_uncompressed_mb)}，"
                            "请压缩图片或拆分后上传", detail=f"{total} bytes uncompressed")
