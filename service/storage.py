"""Where uploaded originals live, addressed by SHA-256; processing never modifies or deletes them.

Two backends behind one small interface:

- ``fs`` (default): ``DATA_DIR/files/ab/cdef…``.  Workers on other machines need the
  same directory (a shared volume: NFS, a docker volume).
- ``db`` (``BIENBAN_STORAGE=db``): blobs in the database itself, so any machine that
  reaches the database can process any document.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Protocol

from flask import Flask, current_app
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from service.db import Database
from service.models import Blob

CHUNK = 1 << 20


class Storage(Protocol):
    def put(self, path: Path, sha256: str) -> None:
        """Keep a copy of the file at ``path`` (whose hash is ``sha256``); a no-op if already kept."""

    def local_path(self, sha256: str) -> Iterator[Path]:
        """A context manager yielding a local file with the stored bytes."""

    def exists(self, sha256: str) -> bool: ...


def spool(stream: IO[bytes], tmp_dir: Path) -> tuple[Path, str, int]:
    """Copy a stream to a temporary file in ``tmp_dir``, hashing as it goes: (path, sha256, size)."""
    tmp_dir.mkdir(parents=True, exist_ok=True)
    h = hashlib.sha256()
    size = 0
    fd, name = tempfile.mkstemp(dir=tmp_dir, prefix="upload-")
    try:
        with os.fdopen(fd, "wb") as out:
            for chunk in iter(lambda: stream.read(CHUNK), b""):
                h.update(chunk)
                out.write(chunk)
                size += len(chunk)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    return Path(name), h.hexdigest(), size


class FileStorage:
    """Originals as read-only files under ``root/ab/cdef…``."""

    def __init__(self, root: Path):
        self.root = Path(root)

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256[2:]

    def exists(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def put(self, path: Path, sha256: str) -> None:
        target = self.path_for(sha256)
        if target.is_file():
            return
        target.parent.mkdir(parents=True, exist_ok=True)
        # Copy next to the target, then rename: readers never see a half-written file.
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as out, open(path, "rb") as src:
                shutil.copyfileobj(src, out, CHUNK)
                out.flush()
                os.fsync(out.fileno())
            os.chmod(tmp, 0o444)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    @contextmanager
    def local_path(self, sha256: str) -> Iterator[Path]:
        path = self.path_for(sha256)
        if not path.is_file():
            raise FileNotFoundError(path)
        yield path


class DatabaseStorage:
    """Originals as rows of the ``blobs`` table; workers copy one to a temporary file to process it."""

    def __init__(self, db: Database, tmp_dir: Path):
        self.db = db
        self.tmp_dir = Path(tmp_dir)

    def exists(self, sha256: str) -> bool:
        with self.db.session() as s:
            return s.scalar(select(Blob.sha256).where(Blob.sha256 == sha256)) is not None

    def put(self, path: Path, sha256: str) -> None:
        if self.exists(sha256):
            return
        try:
            with self.db.session() as s:
                s.add(Blob(sha256=sha256, data=Path(path).read_bytes()))
        except IntegrityError:
            pass  # stored by a concurrent upload of the same bytes

    @contextmanager
    def local_path(self, sha256: str) -> Iterator[Path]:
        with self.db.session() as s:
            data = s.scalar(select(Blob.data).where(Blob.sha256 == sha256))
        if data is None:
            raise FileNotFoundError(sha256)
        self.tmp_dir.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=self.tmp_dir, prefix="blob-")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            yield Path(name)
        finally:
            Path(name).unlink(missing_ok=True)


def make_storage(kind: str, data_dir: Path, db: Database) -> Storage:
    """The storage backend named by ``BIENBAN_STORAGE`` (``fs`` or ``db``)."""
    if kind == "db":
        return DatabaseStorage(db, data_dir / "tmp")
    if kind == "fs":
        return FileStorage(data_dir / "files")
    raise ValueError(f"unknown BIENBAN_STORAGE {kind!r} (expected 'fs' or 'db')")


def init_app(app: Flask) -> Storage:
    storage = make_storage(app.config["STORAGE"], Path(app.config["DATA_DIR"]), app.extensions["bienban.db"])
    app.extensions["bienban.storage"] = storage
    return storage


def get_storage(app: Flask | None = None) -> Storage:
    return (app or current_app).extensions["bienban.storage"]
