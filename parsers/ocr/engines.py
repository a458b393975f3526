"""OCR engines behind one interface, chosen by name from a small registry.

``get_engine()`` returns the process-wide instance of the engine named by the ``OCR_ENGINE``
environment variable (default ``rapidocr``, the better one on Chinese tables: see
bench/ocr.py). Models load once per process. A missing engine raises
:class:`MissingDependencyError` naming what to install.
"""
from __future__ import annotations

import os
import re
import threading
from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Callable

import numpy as np

from parsers.errors import MissingDependencyError

BBox = tuple[float, float, float, float]

DEFAULT_ENGINE = "rapidocr"
#: the detector's longest side; larger inputs are scaled down for detection only
DET_SIDE_LIMIT = 960
#: narrowest input of the RapidOCR recogniser (pixels at height 48)
REC_MIN_WIDTH = 96


def ocr_threads() -> int:
    """Threads one OCR call may use (env OCR_THREADS, default 1). One is the default: on a
    small shared machine two spinning inference threads lose badly to any other load
    (measured on 2 cores under load: 1 thread 4–8 s per page, 2 threads 11–16 s)."""
    try:
        return max(1, int(os.environ.get("OCR_THREADS", "1")))
    except ValueError:
        return 1


@dataclass
class OcrLine:
    """One line of text as an engine read it; ``box`` in the pixels of the image given."""

    text: str
    box: BBox
    confidence: float


class OcrEngine(ABC):
    """Reads text from an upright, deskewed greyscale or BGR image (numpy array)."""

    name: str = ""

    @abstractmethod
    def recognize_lines(self, image: np.ndarray) -> list[OcrLine]:
        """Every text line in the image, in reading order."""

    @abstractmethod
    def recognize_line(self, image: np.ndarray) -> tuple[str, float]:
        """The image is one text line already cropped: its text and confidence."""

    def recognize_cell(self, image: np.ndarray) -> tuple[str, float]:
        """The text of a table cell (one or several lines) and the confidence of its
        weakest line; ``("", 1.0)`` when the engine sees nothing."""
        lines = self.recognize_lines(image)
        if not lines:
            return "", 1.0
        return join_lines(lines), min(line.confidence for line in lines)


    def recognize_many(self, images: list[np.ndarray], *, single_line: bool) -> list[tuple[str, float]]:
        """Several crops of one page at once (cells, probe lines): ``recognize_line`` or
        ``recognize_cell`` on each. Engines with a high cost per call batch them."""
        read = self.recognize_line if single_line else self.recognize_cell
        return [read(im) for im in images]


def join_lines(lines: list[OcrLine]) -> str:
    """Lines of one cell joined as written: Chinese text wraps without a separator."""
    out = ""
    for line in lines:
        t = line.text.strip()
        if out and out[-1].isascii() and out[-1].isalnum() and t[:1].isascii() and t[:1].isalnum():
            out += " "
        out += t
    return out


def reading_order(lines: list[OcrLine]) -> list[OcrLine]:
    """Top to bottom, lines whose vertical middles are within half a line height of each
    other counted as one row and read left to right."""
    rows: list[list[OcrLine]] = []
    for line in sorted(lines, key=lambda l: (l.box[1] + l.box[3]) / 2):
        mid = (line.box[1] + line.box[3]) / 2
        if rows:
            last = rows[-1][-1]
            h = max(1.0, min(last.box[3] - last.box[1], line.box[3] - line.box[1]))
            if abs(mid - (last.box[1] + last.box[3]) / 2) < h / 2:
                rows[-1].append(line)
                continue
        rows.append([line])
    return [l for row in rows for l in sorted(row, key=lambda l: l.box[0])]


def _as_bgr(image: np.ndarray) -> np.ndarray:
    import cv2

    if image.ndim == 2:
        return cv2.cvtColor(image, cv2.COLOR_GRAY2BGR)
    return image


def _min_height(image: np.ndarray, h: int) -> np.ndarray:
    """Tiny crops (a lone digit) scaled up so the recogniser sees enough pixels."""
    import cv2

    if image.shape[0] >= h:
        return image
    s = h / max(1, image.shape[0])
    return cv2.resize(image, (max(1, int(image.shape[1] * s)), h), interpolation=cv2.INTER_CUBIC)


def _as_grey(image: np.ndarray) -> np.ndarray:
    import cv2

    return cv2.cvtColor(image, cv2.COLOR_BGR2GRAY) if image.ndim == 3 else image


class RapidOcrEngine(OcrEngine):
    """RapidOCR (PP-OCR models shipped inside the wheel, onnxruntime). The direction
    classifier is off: pages are turned upright and deskewed before OCR, and the
    classifier turns short cells upside down ("90%" → "%06")."""

    name = "rapidocr"

    def __init__(self) -> None:
        try:
            from rapidocr import RapidOCR
        except ImportError as e:
            raise MissingDependencyError(
                "服务器缺少文字识别组件 RapidOCR，请联系管理员安装（pip install rapidocr onnxruntime）",
                detail=str(e)) from e
        import logging

        self._ocr = RapidOCR(params={
            "Global.use_cls": False,
            "Global.log_level": "error",
            "Global.max_side_len": 4000,
            "Det.limit_side_len": DET_SIDE_LIMIT,
            "Det.limit_type": "max",
            # the recogniser pads every crop to at least this width; PP-OCR's 320 makes a
            # two-character cell cost as much as a long line (96: ~3× faster on table cells,
            # same readings on our pages; wider crops keep their own width)
            "Rec.rec_img_shape": [3, 48, REC_MIN_WIDTH],
            "EngineConfig.onnxruntime.intra_op_num_threads": ocr_threads(),
            "EngineConfig.onnxruntime.inter_op_num_threads": 1,
        })
        logging.getLogger("RapidOCR").setLevel(logging.ERROR)
        self._lock = threading.Lock()  # onnxruntime sessions are shared; one call at a time

    def recognize_lines(self, image: np.ndarray) -> list[OcrLine]:
        with self._lock:
            out = self._ocr(_as_bgr(image), use_det=True, use_cls=False, use_rec=True)
        if getattr(out, "boxes", None) is None or out.txts is None:
            return []
        lines = []
        for quad, text, score in zip(out.boxes, out.txts, out.scores):
            q = np.asarray(quad, dtype=float)
            lines.append(OcrLine(text, (float(q[:, 0].min()), float(q[:, 1].min()),
                                        float(q[:, 0].max()), float(q[:, 1].max())),
                                 float(score)))
        return reading_order(lines)

    def recognize_line(self, image: np.ndarray) -> tuple[str, float]:
        with self._lock:
            out = self._ocr(_as_bgr(image), use_det=False, use_cls=False, use_rec=True)
        txts = getattr(out, "txts", None)
        if not txts:
            return "", 0.0
        return str(txts[0]), float(out.scores[0])

    def recognize_many(self, images: list[np.ndarray], *, single_line: bool) -> list[tuple[str, float]]:
        """Single lines go to the recogniser in batches (one model run per few crops)."""
        if not single_line or not images:
            return super().recognize_many(images, single_line=single_line)
        out: list[tuple[str, float]] = []
        for k in range(0, len(images), 24):
            chunk = [_as_bgr(_min_height(im, 32)) for im in images[k:k + 24]]
            try:
                with self._lock:
                    res = self._ocr.recognize_txt(chunk)
                out.extend((str(t), float(s)) for t, s in zip(res.txts, res.scores))
            except Exception:  # noqa: BLE001 - fall back to one crop at a time
                out.extend(self.recognize_line(im) for im in images[k:k + 24])
        return out


_CJK = r"\u3000-\u303f\u3400-\u9fff\uff00-\uffef"
_SPACE_IN_CJK = re.compile(rf"(?<=[{_CJK}])\s+|\s+(?=[{_CJK}])")


class TesseractEngine(OcrEngine):
    """Tesseract through pytesseract, ``chi_sim+eng`` (``eng`` reads "%" and digits that
    ``chi_sim`` alone misreads), one OpenMP thread per process (several times faster on a
    small machine)."""

    name = "tesseract"
    LANG = "chi_sim+eng"

    def __init__(self) -> None:
        try:
            import pytesseract
        except ImportError as e:
            raise MissingDependencyError(
                "服务器缺少文字识别组件 pytesseract，请联系管理员安装（pip install pytesseract）",
                detail=str(e)) from e
        os.environ.setdefault("OMP_THREAD_LIMIT", "1")
        try:
            langs = set(pytesseract.get_languages(config=""))
        except (pytesseract.TesseractNotFoundError, OSError) as e:
            raise MissingDependencyError(
                "服务器缺少文字识别程序 tesseract，请联系管理员安装（apt-get install tesseract-ocr "
                "tesseract-ocr-chi-sim tesseract-ocr-eng）", detail=str(e)) from e
        missing = {"chi_sim", "eng"} - langs
        if missing:
            raise MissingDependencyError(
                "服务器缺少 tesseract 中文识别语言包，请联系管理员安装（apt-get install "
                "tesseract-ocr-chi-sim tesseract-ocr-eng）", detail=f"missing {sorted(missing)}")
        self._tess = pytesseract

    def _data(self, image: np.ndarray, psm: int) -> list[OcrLine]:
        data = self._tess.image_to_data(image, lang=self.LANG, config=f"--psm {psm}",
                                        output_type=self._tess.Output.DICT)
        groups: dict[tuple[int, int, int], list[int]] = {}
        for i, word in enumerate(data["text"]):
            if word.strip() and float(data["conf"][i]) >= 0:
                key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
                groups.setdefault(key, []).append(i)
        lines = []
        for idx in groups.values():
            text = _SPACE_IN_CJK.sub("", " ".join(data["text"][i] for i in idx)).strip()
            x0 = min(data["left"][i] for i in idx)
            y0 = min(data["top"][i] for i in idx)
            x1 = max(data["left"][i] + data["width"][i] for i in idx)
            y1 = max(data["top"][i] + data["height"][i] for i in idx)
            conf = float(np.mean([float(data["conf"][i]) for i in idx])) / 100.0
            lines.append(OcrLine(text, (x0, y0, x1, y1), conf))
        return lines

    def recognize_lines(self, image: np.ndarray) -> list[OcrLine]:
        return reading_order(self._data(image, 3))

    def recognize_many(self, images: list[np.ndarray], *, single_line: bool) -> list[tuple[str, float]]:
        """One tesseract run for many crops: they are stacked in a column with white gaps
        wider than a line, read as one block, and each line goes back to the crop it sits
        in. Starting the program once per cell would cost far more than the reading."""
        out: list[tuple[str, float]] = [("", 0.0 if single_line else 1.0)] * len(images)
        todo = [i for i, im in enumerate(images) if im.size]
        for chunk in (todo[k:k + 60] for k in range(0, len(todo), 60)):
            greys = [_as_grey(images[i]) for i in chunk]
            gap = max(24, int(np.median([g.shape[0] for g in greys])))
            width = max(g.shape[1] for g in greys) + 2 * gap
            height = sum(g.shape[0] for g in greys) + gap * (len(greys) + 1)
            sheet = np.full((height, width), 255, np.uint8)
            spans = []
            y = gap
            for g in greys:
                sheet[y:y + g.shape[0], gap:gap + g.shape[1]] = g
                spans.append((y, y + g.shape[0]))
                y += g.shape[0] + gap
            found: dict[int, list[OcrLine]] = {}
            for line in self._data(sheet, 6):
                mid = (line.box[1] + line.box[3]) / 2
                for k, (a, b) in enumerate(spans):
                    if a - gap / 2 <= mid < b + gap / 2:
                        found.setdefault(k, []).append(line)
                        break
            for k, i in enumerate(chunk):
                lines = reading_order(found.get(k, []))
                if lines:
                    out[i] = (join_lines(lines), min(l.confidence for l in lines))
        return out

    def recognize_line(self, image: np.ndarray) -> tuple[str, float]:
        lines = self._data(image, 7)
        if not lines:
            return "", 0.0
        return join_lines(lines), min(l.confidence for l in lines)

    def recognize_cell(self, image: np.ndarray) -> tuple[str, float]:
        lines = reading_order(self._data(image, 6))
        if not lines:
            return "", 1.0
        return join_lines(lines), min(l.confidence for l in lines)


#: engine name → class; chosen by the OCR_ENGINE environment variable
ENGINES: dict[str, Callable[[], OcrEngine]] = {
    "rapidocr": RapidOcrEngine,
    "tesseract": TesseractEngine,
}

_instances: dict[str, OcrEngine] = {}
_instances_lock = threading.Lock()


def engine_name() -> str:
    return (os.environ.get("OCR_ENGINE") or DEFAULT_ENGINE).strip().lower()


def get_engine(name: str | None = None) -> OcrEngine:
    """The shared instance of engine ``name`` (default: ``OCR_ENGINE`` or rapidocr)."""
    name = (name or engine_name()).lower()
    if name not in ENGINES:
        raise MissingDependencyError(
            f"未知的文字识别引擎“{name}”，可选：{'、'.join(ENGINES)}（环境变量 OCR_ENGINE）")
    with _instances_lock:
        if name not in _instances:
            _instances[name] = ENGINES[name]()
        return _instances[name]
