"""Returns in: upload (files or a .zip), SHA-256 dedupe, durable storage, background
extraction, and the grouping of copies and newer returns of one department and quarter."""
from __future__ import annotations

import hashlib
import io
import logging
import os
import posixpath
import tempfile
import zipfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

from flask import current_app
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from app.models import (SCAN_KINDS, Batch, Document, Event, ExtractedValue, ProjectText, Task,
                        User, db, utcnow)
from app.services import NotFound, ServiceError
from app.storage import get_storage

log = logging.getLogger(__name__)

UNEXPECTED = "处理该文件时发生意外错误，已记录。请检查文件能否正常打开，或另存为新文件后重新上传"
#: OOXML files (.docx/.xlsx) are zip archives too; these are not unpacked
_OOXML_MARKERS = ("[Content_Types].xml",)


@dataclass
class UploadOutcome:
    """What happened to one uploaded file (or one member of an uploaded .zip)."""

    name: str
    document: Optional[Document] = None
    duplicate: bool = False
    error: Optional[str] = None  # refused before storing (too large, unsafe zip member…)

    def to_dict(self) -> dict:
        return {"name": self.name, "id": self.document.id if self.document else None,
                "duplicate": self.duplicate, "error": self.error,
                "status": self.document.status if self.document else None}


# ---------------------------------------------------------------- upload

def is_plain_zip(name: str, data: bytes) -> bool:
    """A .zip of returns (not a .docx/.xlsx, which are zips as well)."""
    if not name.lower().endswith(".zip") or not data.startswith(b"PK"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return not any(n in zf.namelist() for n in _OOXML_MARKERS)
    except zipfile.BadZipFile:
        return False


def _member_name(info: zipfile.ZipInfo) -> str:
    """Zips made on Chinese Windows store names in GBK without the UTF-8 flag."""
    name = info.filename
    if not info.flag_bits & 0x800:
        try:
            name = name.encode("cp437").decode("gbk")
        except (UnicodeEncodeError, UnicodeDecodeError):
            pass
    return name


def unpack_zip(data: bytes, *, max_members: int, max_total: int,
               max_file: int) -> Iterable[tuple[str, Optional[bytes], Optional[str]]]:
    """(member name, bytes or None, refusal or None) for each file in the archive.

    Unsafe members (absolute paths, ``..``, links) are refused, never written anywhere; the
    member count and the total uncompressed size are capped before anything is read."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as e:
        raise ServiceError("压缩包已损坏，无法打开") from e
    with zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        if len(infos) > max_members:
            raise ServiceError(f"压缩包内文件过多（{len(infos)} 个，上限 {max_members} 个），请分批上传")
        if sum(i.file_size for i in infos) > max_total:
            raise ServiceError("压缩包解压后过大，请分批上传")
        total = 0  # the sizes in the archive's directory may lie: count what is read
        for info in infos:
            name = _member_name(info)
            norm = posixpath.normpath(name.replace("\\", "/"))
            base = posixpath.basename(norm)
            if (name.startswith(("/", "\\")) or norm.startswith("..") or ":" in norm.split("/")[0]
                    or (info.external_attr >> 16) & 0o170000 == 0o120000):
                yield name, None, "压缩包中的文件路径不安全，已跳过"
                continue
            if base.startswith(".") or norm.startswith("__MACOSX/"):
                continue  # system clutter (macOS resource forks, hidden files)
            if info.file_size > max_file:
                yield base, None, "文件过大，超出上传上限"
                continue
            if info.flag_bits & 0x1:
                yield base, None, "压缩包设有密码，请提供未加密的压缩包"
                continue
            with zf.open(info) as f:
                content = f.read(min(max_file, max_total - total) + 1)
            total += len(content)
            if total > max_total:
                raise ServiceError("压缩包解压后过大，请分批上传")
            if len(content) > max_file:
                yield base, None, "文件过大，超出上传上限"
                continue
            yield base, content, None


def _expand(files: Iterable[tuple[str, bytes]]) -> Iterable[tuple[str, Optional[bytes], Optional[str]]]:
    cfg = current_app.config
    for name, data in files:
        name = posixpath.basename((name or "").replace("\\", "/")) or "未命名文件"
        if is_plain_zip(name, data):
            try:
                yield from unpack_zip(data, max_members=cfg["ZIP_MAX_MEMBERS"],
                                      max_total=cfg["ZIP_MAX_TOTAL"], max_file=cfg["MAX_FILE_SIZE"])
            except ServiceError as e:
                yield name, None, str(e)
        elif len(data) > cfg["MAX_FILE_SIZE"]:
            yield name, None, "文件过大，超出上传上限"
        else:
            yield name, data, None


def upload_files(files: Iterable[tuple[str, bytes]], user: Optional[User]) -> tuple[Batch, list[UploadOutcome]]:
    """Store each file durably, record it, and queue its extraction.

    A file whose SHA-256 is already known is not stored or recorded again: its outcome
    points at the existing document with ``duplicate=True``. Returns after every new
    original is fsync'd and its row committed."""
    storage = get_storage()
    batch = Batch(created_by=user)
    db.session.add(batch)
    db.session.flush()
    outcomes: list[UploadOutcome] = []
    new_docs: list[Document] = []
    for name, data, refusal in _expand(files):
        if refusal:
            outcomes.append(UploadOutcome(name=name, error=refusal))
            continue
        digest = hashlib.sha256(data).hexdigest()
        existing = db.session.scalar(select(Document).where(Document.sha256 == digest))
        if existing is not None:
            outcomes.append(UploadOutcome(name=name, document=existing, duplicate=True))
            continue
        key = storage.put(data)  # fsync'd before the row is committed
        doc = Document(sha256=digest, filename=name[:255], storage_key=key, size=len(data),
                       status="queued", uploaded_by=user, batch=batch)
        db.session.add(doc)
        db.session.add(Event(document=doc, action="uploaded", user=user, detail=name))
        new_docs.append(doc)
        outcomes.append(UploadOutcome(name=name, document=doc))
    if not any(o.document for o in outcomes):
        db.session.rollback()
        if outcomes:
            raise ServiceError("；".join(f"{o.name}：{o.error}" for o in outcomes))
        raise ServiceError("没有收到文件，请选择要上传的文件")
    if not new_docs:  # only duplicates: no empty batch left behind
        db.session.delete(batch)
        batch = None
    try:
        db.session.commit()
    except IntegrityError as e:  # the same file uploaded at the same moment by someone else
        db.session.rollback()
        raise ServiceError("同一文件正在被其他人同时上传，请稍后刷新查看", 409) from e
    for doc in new_docs:
        queue_extraction(doc)
    return batch, outcomes


def queue_extraction(doc: Document) -> str:
    from app.tasks import enqueue

    def record(job_id: str) -> None:
        db.session.add(Task(id=job_id, document_id=doc.id, name="extract"))
        doc.status = "queued"
        db.session.commit()

    return enqueue(current_app._get_current_object(), "extract", doc.id, on_id=record)


def reprocess(document_id: int, user: Optional[User]) -> Document:
    """Extract again (e.g. after the software improved); corrections stay on top."""
    doc = get_document(document_id)
    db.session.add(Event(document=doc, action="reprocess", user=user))
    db.session.commit()
    queue_extraction(doc)
    return doc


def requeue_interrupted() -> int:
    """Queue again the documents left ``processing`` by a process that stopped mid-job (the
    queue had already handed the job out). Only for the embedded queue, whose consumer lives
    in this process: with Redis another machine may be working on them right now.
    Also the documents left ``queued`` whose job is not on the queue (the process stopped
    between committing the upload and queueing it, or just after a worker took the job)."""
    docs = db.session.scalars(select(Document).where(Document.status == "processing")).all()
    queued = db.session.scalars(select(Document).where(Document.status == "queued")).all()
    on_queue = {job.id for job in current_app.extensions["huey"].pending()}  # after the query
    for doc in queued:
        job_ids = set(db.session.scalars(select(Task.id).where(Task.document_id == doc.id)))
        if not job_ids & on_queue:
            docs.append(doc)
    for doc in docs:
        db.session.add(Event(document=doc, action="reprocess", detail="服务重启后重新识别"))
        queue_extraction(doc)
    return len(docs)


# ---------------------------------------------------------------- background processing

def process_document(document_id: int, task_id: Optional[str] = None) -> None:
    """The background job: extract one stored return and record the result. Never raises
    for a bad file: the document ends ``failed`` with a Chinese message."""
    doc = db.session.get(Document, document_id)
    if doc is None:
        log.warning("document %s vanished before processing", document_id)
        return
    task = db.session.get(Task, task_id) if task_id else None
    doc.status = "processing"
    if task:
        task.status, task.started_at = "processing", utcnow()
    db.session.commit()
    try:
        from app.extraction import extract_file

        with _named_copy(get_storage().local_path(doc.storage_key), doc.filename) as path:
            result = extract_file(path, display_name=doc.filename,
                                  isolate=current_app.config.get("PARSERS_ISOLATE", True))
        apply_extraction(doc, result)
        if task:
            task.status, task.finished_at = doc.status, utcnow()
            task.error = doc.error
        db.session.commit()
    except Exception:
        log.exception("processing document %s failed", document_id)
        db.session.rollback()
        doc = db.session.get(Document, document_id)
        doc.status, doc.error, doc.processed_at = "failed", UNEXPECTED, utcnow()
        task = db.session.get(Task, task_id) if task_id else None
        if task:
            task.status, task.finished_at, task.error = "failed", utcnow(), UNEXPECTED
        db.session.commit()
        return
    try:
        # then, as a transaction of its own, relate it to the other returns of its
        # department and quarter (one relinking per quarter at a time)
        lock_group(doc.period)
        relink(doc.unit, doc.period)
        db.session.commit()
    except Exception:  # the extraction stands; the reviewer can still set things right
        log.exception("relating document %s to its department's other returns failed", document_id)
        db.session.rollback()


@contextmanager
def _named_copy(stored: Path, filename: str):
    """The stored original under its uploaded file name's suffix (a symlink in a temporary
    directory): parsers find the format from the content, but some libraries they use insist
    on a familiar suffix (openpyxl refuses a workbook path without .xlsx)."""
    suffix = "".join(c for c in Path(filename).suffix[:10] if c.isalnum() or c == ".")
    with tempfile.TemporaryDirectory(prefix="wcr-doc-") as tmp:
        link = Path(tmp) / f"return{suffix}"
        os.symlink(stored, link)
        yield link


def apply_extraction(doc: Document, result) -> None:
    """Record an ExtractionResult on the document. Extraction rows are replaced; reviewers'
    corrections are separate rows and stay in force (also for unit and period)."""
    doc.kind = result.kind
    doc.processed_at = utcnow()
    doc.values.clear()
    doc.texts.clear()
    db.session.flush()
    if not result.ok:
        doc.status, doc.error = "failed", result.error or UNEXPECTED
        doc.superseded_by_id = doc.duplicate_of_id = None  # relink() settles the others
        doc.warnings = list(result.warnings)
        db.session.add(Event(document=doc, action="failed", detail=doc.error))
        return
    corrected = doc.latest_corrections()
    doc.extracted_unit, doc.extracted_period = result.unit, result.period
    if "unit" not in corrected:
        doc.unit = result.unit
    if "period" not in corrected:
        doc.period = result.period
    doc.stamped, doc.seal_text = result.stamped, result.seal_text
    doc.warnings = list(result.warnings)
    for ind_id, fv in result.values.items():
        doc.values.append(ExtractedValue(
            indicator_id=ind_id, value=float(fv.value), confidence=float(fv.confidence),
            page=fv.page, bbox=[float(x) for x in fv.bbox] if fv.bbox else None,
            text=fv.text or "", method=fv.method or ""))
    for no, t in result.texts.items():
        if t.progress or t.problems or t.plans:
            doc.texts.append(ProjectText(project_no=int(no), progress=t.progress,
                                         problems=t.problems, plans=t.plans))
    doc.status, doc.error = "done", None
    db.session.add(Event(document=doc, action="processed",
                         detail=f"{len(result.values)} 项数据"))


# ---------------------------------------------------------------- copies and newer returns

def figures_match(a: dict[str, float], b: dict[str, float]) -> bool:
    """Do two returns state the same figures? Most of the indicators both state must agree
    (an OCR misreading on one copy must not split a return in two)."""
    common = set(a) & set(b)
    if not common:
        return True
    agree = sum(1 for k in common if abs(a[k] - b[k]) <= 1e-6 * max(1.0, abs(a[k])))
    return agree * 2 >= len(common)


def lock_group(period: Optional[str]) -> None:
    """Serialise the relinking of one quarter's returns across threads, processes and
    machines: a write to the quarter's row takes the database's write lock (SQLite) or a row
    lock (PostgreSQL) until the transaction ends, and makes later reads see every return
    committed before it."""
    from sqlalchemy import update

    from app.models import Period

    if not period:
        return
    lock = update(Period).where(Period.code == period).values(open=Period.open)
    if db.session.execute(lock).rowcount == 0:  # a quarter init-app did not create
        y, q = period.split("Q")
        try:
            with db.session.begin_nested():
                db.session.add(Period(code=period, year=int(y), quarter=int(q)))
        except IntegrityError:  # created at this moment by another worker
            pass
        db.session.execute(lock)


def relink(unit: Optional[str], period: Optional[str]) -> None:
    """Recompute how the processed returns of one department and quarter relate, from
    scratch and in upload order, so the result does not depend on which finished first:

    * a native file and a scan whose figures mostly agree are two copies of one return: the
      native file is the primary (figures), the scan points at it (``duplicate_of``);
    * otherwise a later upload supersedes the earlier return (``superseded_by``), which
      stays on record.
    Call inside the caller's transaction after ``lock_group(period)``."""
    if not (unit and period):
        return
    docs = db.session.scalars(
        select(Document).where(Document.unit == unit, Document.period == period,
                               Document.status == "done").order_by(Document.id)).all()
    before = {d.id: (d.superseded_by_id, d.duplicate_of_id) for d in docs}
    relation: dict[int, tuple[Optional[int], Optional[int]]] = {}
    primary: Optional[Document] = None
    members: list[Document] = []  # copies of the current primary
    for d in docs:
        if primary is None:
            primary, members = d, []
            continue
        if ((d.kind in SCAN_KINDS) != (primary.kind in SCAN_KINDS)
                and figures_match(_extracted(d), _extracted(primary))):
            if primary.kind in SCAN_KINDS:  # the native file takes over as the primary
                members, primary = members + [primary], d
            else:
                members.append(d)
            for m in members:
                relation[m.id] = (None, primary.id)
            continue
        for old in [primary, *members]:
            relation[old.id] = (d.id, relation.get(old.id, (None, None))[1])
        primary, members = d, []
    for d in docs:
        new = relation.get(d.id, (None, None))
        if before[d.id] == new:
            continue
        d.superseded_by_id, d.duplicate_of_id = new
        if new[1] and new[1] != before[d.id][1]:
            db.session.add(Event(document_id=d.id, action="copy",
                                 detail=f"与 #{new[1]} 为同一份回执（数据以 #{new[1]} 为准）"))
        if new[0] and new[0] != before[d.id][0]:
            db.session.add(Event(document_id=d.id, action="superseded",
                                 detail=f"被较新的回执 #{new[0]} 取代"))


def _extracted(doc: Document) -> dict[str, float]:
    return {v.indicator_id: v.value for v in doc.values}


def copy_disagreements(doc: Document) -> list[dict]:
    """Every figure on which the primary and one of its copies differ."""
    mine = doc.effective_values()
    out = []
    for copy in doc.copies():
        theirs = {v.indicator_id: v.value for v in copy.values}
        for ind_id in sorted(set(mine) & set(theirs)):
            if abs(mine[ind_id] - theirs[ind_id]) > 1e-6 * max(1.0, abs(mine[ind_id])):
                out.append({"indicator_id": ind_id, "value": mine[ind_id],
                            "copy_value": theirs[ind_id], "copy_id": copy.id,
                            "copy_filename": copy.filename})
    return out


def return_stamped(doc: Document) -> Optional[bool]:
    """The return is stamped if the primary or any copy shows a seal (seal from the scan)."""
    flags = [doc.stamped] + [c.stamped for c in doc.copies()]
    if any(f is True for f in flags):
        return True
    return False if any(f is False for f in flags) else None


def return_seal_text(doc: Document) -> Optional[str]:
    for d in [doc, *doc.copies()]:
        if d.seal_text:
            return d.seal_text
    return None


# ---------------------------------------------------------------- queries

def get_document(document_id: int) -> Document:
    doc = db.session.get(Document, document_id)
    if doc is None:
        raise NotFound("没有找到这份文件")
    return doc


def list_documents(period: Optional[str] = None, unit: Optional[str] = None,
                   status: Optional[str] = None, review_state: Optional[str] = None,
                   include_old: bool = False) -> list[Document]:
    q = select(Document).order_by(Document.unit.is_(None), Document.unit, Document.id.desc())
    if period == "none":
        q = q.where(Document.period.is_(None))
    elif period:
        q = q.where(Document.period == period)
    if unit == "none":
        q = q.where(Document.unit.is_(None))
    elif unit:
        q = q.where(Document.unit == unit)
    if status:
        q = q.where(Document.status == status)
    if review_state:
        q = q.where(Document.review_state == review_state)
    if not include_old:
        q = q.where(Document.superseded_by_id.is_(None))
    return list(db.session.scalars(q))


def batch_progress(batch_id: int) -> dict:
    batch = db.session.get(Batch, batch_id)
    if batch is None:
        raise NotFound("没有这一批上传")
    counts = dict(db.session.execute(
        select(Document.status, func.count()).where(Document.batch_id == batch_id)
        .group_by(Document.status)).all())
    total = sum(counts.values())
    finished = counts.get("done", 0) + counts.get("failed", 0)
    docs = db.session.scalars(select(Document).where(Document.batch_id == batch_id)
                              .order_by(Document.id)).all()
    return {"batch": batch_id, "total": total, "finished": finished,
            "counts": {s: counts.get(s, 0) for s in ("queued", "processing", "done", "failed")},
            "documents": [{"id": d.id, "filename": d.filename, "status": d.status,
                           "error": d.error, "unit": d.unit, "period": d.period}
                          for d in docs]}
