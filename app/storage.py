"""Where originals are kept, unchanged. Backends in a small registry chosen by config
(``STORAGE_BACKEND``); the filesystem one stores each file under its SHA-256.

``put`` returns only after the bytes are on disk (file and directory fsync'd), so an upload
is acknowledged only once the original is durable."""
from __future__ import annotations

import abc
import hashlib
import os
import tempfile
from pathlib import Path
from typing import BinaryIO


class Storage(abc.ABC):
    @abc.abstractmethod
    def put(self, data: bytes) -> str:
        """Store ``data`` durably; return its key (idempotent for the same bytes)."""

    @abc.abstractmethod
    def open(self, key: str) -> BinaryIO:
        ...

    @abc.abstractmethod
    def local_path(self, key: str) -> Path:
        """A path on this machine where the file can be read (parsers need a path)."""

    @abc.abstractmethod
    def cache_dir(self, key: str) -> Path:
        """A directory for things derived from the file (page images, PDF conversion)."""


class FilesystemStorage(Storage):
    def __init__(self, root: str | os.PathLike):
        self.root = Path(root)
        (self.root / "originals").mkdir(parents=True, exist_ok=True)

    @staticmethod
    def key_for(data: bytes) -> str:
        h = hashlib.sha256(data).hexdigest()
        return f"originals/{h[:2]}/{h}"

    def _path(self, key: str) -> Path:
        p = (self.root / key).resolve()
        if self.root.resolve() not in p.parents:
            raise ValueError(f"storage key outside the store: {key!r}")
        return p

    def put(self, data: bytes) -> str:
        key = self.key_for(data)
        path = self._path(key)
        if path.exists() and path.stat().st_size == len(data):
            return key
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".up-")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, path)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
        return key

    def open(self, key: str) -> BinaryIO:
        return open(self._path(key), "rb")

    def local_path(self, key: str) -> Path:
        return self._path(key)

    def cache_dir(self, key: str) -> Path:
        d = self.root / "cache" / Path(key).name
        d.mkdir(parents=True, exist_ok=True)
        return d


BACKENDS: dict[str, type[Storage]] = {"filesystem": FilesystemStorage}


def storage_from_config(config) -> Storage:
    name = config.get("STORAGE_BACKEND", "filesystem")
    try:
        cls = BACKENDS[name]
    except KeyError:
        raise ValueError(f"STORAGE_BACKEND {name!r} unknown; one of {sorted(BACKENDS)}") from None
    return cls(config["STORAGE_DIR"])


def init_app(app) -> None:
    app.extensions["storage"] = storage_from_config(app.config)


def get_storage() -> Storage:
    from flask import current_app

    return current_app.extensions["storage"]
