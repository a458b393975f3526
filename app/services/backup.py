"""Backup and restore of everything the office cannot re-create: the database (every table
of ``app.models``) and the originals in storage.

A backup is one ``.tar.gz``::

    manifest.json        format version, time, row counts, SHA-256 of every original
    tables/<name>.jsonl  one JSON object per row (portable: SQLite ⇄ PostgreSQL)
    originals/<key>      the stored files, byte for byte

``backup`` reads the database in one transaction (a consistent snapshot, while the service
keeps running); originals are immutable and stored before their row is committed, so every
row in the snapshot has its file. ``restore`` checks the archive (names, hashes) before it
touches anything, then replaces every table's rows in one transaction and puts back the
originals; returns that were waiting for extraction are queued again by the command.

``flask --app app backup OUT`` / ``flask --app app restore IN`` (``register_cli(app)``).
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import json
import os
import posixpath
import tarfile
import tempfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, Integer, LargeBinary, Table, func, select, text

from app.models import db
from app.services import ServiceError

FORMAT = "wcr-backup/1"


@dataclass
class BackupSummary:
    path: Path
    rows: dict[str, int] = field(default_factory=dict)
    originals: int = 0

    def describe(self) -> str:
        docs = self.rows.get("documents", 0)
        return f"{docs} 份回执、{self.originals} 个原件、共 {sum(self.rows.values())} 条记录"


# ---------------------------------------------------------------- values ⇄ JSON

def _dump_value(value: Any) -> Any:
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


def _load_value(column, value: Any) -> Any:
    if value is None:
        return None
    t = column.type
    if isinstance(t, DateTime):
        return dt.datetime.fromisoformat(value)
    if isinstance(t, Date):
        return dt.date.fromisoformat(value)
    if isinstance(t, LargeBinary):
        return base64.b64decode(value)
    if isinstance(t, Boolean):
        return bool(value)
    if isinstance(t, (Integer, Float, JSON)):
        return value
    return value


def _tables() -> list[Table]:
    """Every table of the models, parents before children."""
    return list(db.metadata.sorted_tables)


def _self_refs(table: Table) -> list[str]:
    return [c.name for c in table.columns for fk in c.foreign_keys if fk.column.table is table]


# ---------------------------------------------------------------- backup

def _add_bytes(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(dt.datetime.now(dt.timezone.utc).timestamp())
    info.mode = 0o600
    tar.addfile(info, io.BytesIO(data))


def backup(out_path: str | os.PathLike) -> BackupSummary:
    """Write a backup of the database and originals to ``out_path`` (written to a temporary
    name beside it and renamed when complete, so a half-written backup never looks whole)."""
    from app.storage import get_storage

    storage = get_storage()
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    summary = BackupSummary(path=out)
    manifest: dict[str, Any] = {"format": FORMAT, "created_at": dt.datetime.now(dt.timezone.utc).isoformat(),
                                "tables": {}, "originals": {}}
    fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=".backup-", suffix=".tmp")
    os.close(fd)
    try:
        with tarfile.open(tmp, "w:gz", compresslevel=1) as tar:
            keys: set[str] = set()
            with db.engine.connect() as conn, conn.begin():  # one snapshot of every table
                if conn.dialect.name == "postgresql":
                    conn.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"))
                elif conn.dialect.name == "sqlite":
                    conn.exec_driver_sql("BEGIN")  # pysqlite would read each table on its own
                for table in _tables():
                    lines = []
                    for row in conn.execute(select(table).order_by(*table.primary_key.columns)):
                        record = {k: _dump_value(v) for k, v in row._mapping.items()}
                        lines.append(json.dumps(record, ensure_ascii=False))
                        if table.name == "documents" and record.get("storage_key"):
                            keys.add(record["storage_key"])
                    _add_bytes(tar, f"tables/{table.name}.jsonl", ("\n".join(lines) + "\n").encode())
                    manifest["tables"][table.name] = summary.rows[table.name] = len(lines)
            for key in sorted(keys):
                path = storage.local_path(key)
                if not path.exists():
                    raise ServiceError(f"原件缺失：{key}，备份已中止，请检查存储目录")
                data = path.read_bytes()
                manifest["originals"][key] = hashlib.sha256(data).hexdigest()
                _add_bytes(tar, key, data)
            summary.originals = len(keys)
            _add_bytes(tar, "manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1).encode())
        with open(tmp, "rb") as f:
            os.fsync(f.fileno())
        os.replace(tmp, out)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return summary


# ---------------------------------------------------------------- restore

def _safe_key(key: str) -> bool:
    norm = posixpath.normpath(key)
    return norm == key and norm.startswith("originals/") and ".." not in norm.split("/")


def read_archive(in_path: str | os.PathLike) -> tuple[dict, dict[str, list[dict]], dict[str, bytes]]:
    """(manifest, rows per table, originals per key), every original checked against the
    manifest's hash; nothing outside the manifest is read."""
    try:
        return _read_archive(in_path)
    except (OSError, EOFError, zlib.error, tarfile.TarError, UnicodeDecodeError, KeyError, TypeError) as e:
        raise ServiceError("备份文件无法打开（不是本系统的备份，或已损坏）") from e


def _read_archive(in_path):
    with tarfile.open(in_path, "r:gz") as tar:
        def member(name: str) -> bytes:
            try:
                info = tar.getmember(name)
            except KeyError as e:
                raise ServiceError(f"备份文件不完整：缺少 {name}") from e
            if not info.isfile():
                raise ServiceError(f"备份文件结构异常：{name}")
            return tar.extractfile(info).read()

        try:
            manifest = json.loads(member("manifest.json"))
        except ValueError as e:
            raise ServiceError("备份文件的清单已损坏") from e
        if manifest.get("format") != FORMAT:
            raise ServiceError("不是本系统的备份文件，或版本不兼容")
        rows = {}
        for name, count in manifest["tables"].items():
            lines = [ln for ln in member(f"tables/{name}.jsonl").decode().splitlines() if ln.strip()]
            if len(lines) != count:
                raise ServiceError(f"备份文件已损坏：{name} 的记录数不符")
            rows[name] = [json.loads(ln) for ln in lines]
        originals = {}
        for key, digest in manifest["originals"].items():
            if not _safe_key(key):
                raise ServiceError("备份文件含有不安全的路径，已拒绝恢复")
            data = member(key)
            if hashlib.sha256(data).hexdigest() != digest:
                raise ServiceError(f"备份文件已损坏：原件 {key} 校验不符")
            originals[key] = data
    return manifest, rows, originals


def restore(in_path: str | os.PathLike) -> BackupSummary:
    """Replace the database's rows and put back the originals from a backup. The archive is
    checked completely first; the rows are replaced in one transaction (all or nothing)."""
    from app.storage import get_storage

    manifest, rows, originals = read_archive(in_path)
    storage = get_storage()
    for key, data in originals.items():  # content-addressed: writing again is harmless
        if storage.put(data) != key:
            raise ServiceError(f"原件 {key} 与存储的命名方式不符，已停止恢复")
    tables = _tables()
    known = {t.name for t in tables}
    unknown = set(rows) - known
    if unknown:
        raise ServiceError(f"备份中有本版本不认识的数据表：{'、'.join(sorted(unknown))}")
    summary = BackupSummary(path=Path(in_path), originals=len(originals))
    with db.engine.begin() as conn:
        for table in reversed(tables):
            conn.execute(table.delete())
        for table in tables:
            records = rows.get(table.name, [])
            later = _self_refs(table)
            cols = {c.name: c for c in table.columns}
            loaded = [{k: _load_value(cols[k], v) for k, v in r.items() if k in cols} for r in records]
            if loaded:
                conn.execute(table.insert(), [{**r, **{c: None for c in later}} for r in loaded])
                for r in loaded:  # links within the table, once every row exists
                    refs = {c: r.get(c) for c in later if r.get(c) is not None}
                    if refs:
                        pk = table.primary_key.columns.values()[0]
                        conn.execute(table.update().where(pk == r[pk.name]).values(**refs))
            summary.rows[table.name] = len(loaded)
            if conn.dialect.name == "postgresql":
                _reset_sequence(conn, table)
    db.session.expire_all()
    return summary


def _reset_sequence(conn, table: Table) -> None:
    pk = list(table.primary_key.columns)
    if len(pk) != 1 or not isinstance(pk[0].type, Integer):
        return
    top = conn.execute(select(func.max(pk[0]))).scalar()
    conn.execute(text("SELECT setval(pg_get_serial_sequence(:t, :c), :v, :called)"),
                 {"t": table.name, "c": pk[0].name, "v": top or 1, "called": top is not None})


def requeue_unfinished() -> int:
    """Queue the extraction of restored returns that were waiting or being processed when
    the backup was taken (the job queue itself is not part of a backup)."""
    from app.models import Document
    from app.services.documents import queue_extraction

    docs = db.session.scalars(select(Document).where(Document.status.in_(("queued", "processing")))).all()
    for doc in docs:
        queue_extraction(doc)
    return len(docs)


# ---------------------------------------------------------------- commands

def register_cli(app) -> None:
    import click
    from flask.cli import with_appcontext

    @click.command("backup")
    @click.argument("out", type=click.Path(dir_okay=False))
    @with_appcontext
    def backup_command(out):
        """Write a backup (database and originals) to OUT (.tar.gz)."""
        try:
            s = backup(out)
        except ServiceError as e:
            raise click.ClickException(str(e)) from e
        click.echo(f"已备份：{s.describe()} → {s.path}")

    @click.command("restore")
    @click.argument("archive", type=click.Path(exists=True, dir_okay=False))
    @click.option("--yes", is_flag=True, help="replace existing data without asking")
    @with_appcontext
    def restore_command(archive, yes):
        """Replace the database and originals with those of ARCHIVE (made by `backup`)."""
        from app.models import Document

        existing = db.session.scalar(select(func.count(Document.id)))
        if existing and not yes:
            click.confirm(f"当前数据库已有 {existing} 份回执，恢复将用备份替换全部数据，是否继续？", abort=True)
        try:
            s = restore(archive)
        except ServiceError as e:
            raise click.ClickException(str(e)) from e
        queued = requeue_unfinished()
        click.echo(f"已恢复：{s.describe()}" + (f"；{queued} 份未处理完的回执已重新排队" if queued else ""))

    app.cli.add_command(backup_command)
    app.cli.add_command(restore_command)
