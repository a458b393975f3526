"""One root exception for everything a parser can refuse; each carries a message a clerk
can read (Chinese), plus the technical detail for logs."""
from __future__ import annotations


class ParseError(Exception):
    """Root of all parser errors. ``message`` is plain Chinese for the user."""

    message = "无法读取该文件"

    def __init__(self, message: str | None = None, *, detail: str | None = None):
        self.message = message or self.message
        self.detail = detail
        super().__init__(self.message if detail is None else f"{self.message} ({detail})")


class EmptyFileError(ParseError):
    message = "文件是空的（0 字节），请重新导出后上传"


class UnsupportedFormatError(ParseError):
    message = "无法识别的文件类型，请上传 Word、WPS、Excel、PDF 或图片文件"


class CorruptFileError(ParseError):
    message = "文件已损坏或不完整，无法打开，请重新导出后上传"


class EncryptedFileError(ParseError):
    message = "文件设有密码或已加密，请提供未加密的文件"


class TooLargeError(ParseError):
    message = "文件过大或页数过多，超出处理上限"


class ConversionError(ParseError):
    message = "旧版文件（.doc/.wps/.xls/.et）转换失败，请另存为 .docx 或 .xlsx 后上传"


class MissingDependencyError(ParseError):
    message = "服务器缺少处理该文件所需的组件，请联系管理员"
