"""Schema, migrations and storage, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from service.models import Document, utcnow
from service.storage import DatabaseStorage, FileStorage, make_storage


def migration_head() -> str:
    """The single newest revision (two heads would mean two helpers' migrations were not chained)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).resolve().parents[1] / "service" / "migrations"))
    [head] = ScriptDirectory.from_config(cfg).get_heads()
    return head


def test_migrations_make_indexed_tables(db):
    insp = inspect(db.engine)
    assert {"documents", "reports", "citations", "attempts", "worker_heartbeats", "blobs"} <= set(
        insp.get_table_names())
    indexed = {tuple(ix["column_names"]) for ix in insp.get_indexes("citations")}
    for column in ("code", "type", "issuer", "year", "organization", "document_id"):
        assert (column,) in indexed, column
    db.migrate()  # running again at every start is harmless
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == migration_head()


def test_sqlite_runs_in_wal_mode_with_busy_timeout(tmp_path):
    from service.db import Database

    database = Database(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    with database.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 10_000


def test_sha256_is_unique_within_an_organization(db):
    from service.auth import ensure_org

    cell, other = ensure_org(db, "Chi bộ A"), ensure_org(db, "Chi bộ B")
    with db.session() as s:
        s.add(Document(sha256="a" * 64, organization_id=cell, media_type="text/plain", size=1, queue="default",
                       status="queued"))
    with db.session() as s:  # the same bytes in another organisation: its own document
        s.add(Document(sha256="a" * 64, organization_id=other, media_type="text/plain", size=1, queue="default",
                       status="queued"))
    with pytest.raises(IntegrityError), db.session() as s:
        s.add(Document(sha256="a" * 64, organization_id=cell, media_type="text/plain", size=1, queue="default",
                       status="queued"))


def test_timestamps_come_back_aware_utc(db):
    local = dt.datetime(2024, 3, 25, 21, 0, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    with db.session() as s:
        doc = Document(sha256="b" * 64, media_type="text/plain", size=1, queue="default", status="queued",
                       started_at=local)
        s.add(doc)
    with db.session() as s:
        back = s.get(Document, doc.id)
    assert back.started_at == local and back.started_at.utcoffset() == dt.timedelta(0)
    assert abs(back.created_at - utcnow()) < dt.timedelta(minutes=1)
    assert back.attempts == 0 and len(back.id) == 36


@pytest.mark.parametrize("kind", [pytest.param("fs", id="files"), pytest.param("db", id="database-blobs")])
def test_storage_keeps_exact_bytes(db, tmp_path, kind):
    storage = make_storage(kind, tmp_path / "data", db)
    data = "Biên bản sinh hoạt chi bộ\n".encode() * 1000
    sha = hashlib.sha256(data).hexdigest()
    src = tmp_path / "upload"
    src.write_bytes(data)
    assert not storage.exists(sha)
    storage.put(src, sha)
    storage.put(src, sha)  # the same bytes twice: one copy
    assert storage.exists(sha)
    with storage.local_path(sha) as p:
        assert p.read_bytes() == data
    if isinstance(storage, FileStorage):
        path = storage.path_for(sha)
        assert path.parent.name == sha[:2] and path.name == sha[2:]
        assert not stat.S_IMODE(os.stat(path).st_mode) & 0o222  # read-only: processing never modifies it
        assert not list(path.parent.glob(".tmp-*"))  # no half-written leftovers
    else:
        assert isinstance(storage, DatabaseStorage) and not list((tmp_path / "data" / "tmp").glob("blob-*"))
    with pytest.raises(FileNotFoundError), storage.local_path("0" * 64):
        pass


def test_unknown_storage_kind_is_refused(db, tmp_path: Path):
    with pytest.raises(ValueError):
        make_storage("s3", tmp_path, db)
