"""The database resource: one engine and session factory per app, migrations on demand."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from typing import Any

from flask import Flask, current_app
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

# SQLite waits this long for another process's write lock before "database is locked".
SQLITE_BUSY_TIMEOUT_MS = 30_000


def _on_sqlite_connect(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    # WAL lets readers run while a worker writes; the busy timeout makes writers queue instead of failing.
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def make_engine(url: str, **kwargs: Any) -> Engine:
    """An engine for ``url``: SQLite in WAL mode with a busy timeout, or PostgreSQL (psycopg 3)."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}, **kwargs)
        event.listen(engine, "connect", _on_sqlite_connect)
        return engine
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    return create_engine(url, pool_pre_ping=True, **kwargs)


class Database:
    """An engine, a session factory and the migrations that shape the schema."""

    def __init__(self, url: str, **engine_kwargs: Any):
        self.url = url
        self.engine = make_engine(url, **engine_kwargs)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session committed on success, rolled back on error, always closed."""
        session = self.sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def migrate(self) -> None:
        """Bring the schema up to the newest migration (safe to run at every start)."""
        from alembic import command
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(resources.files("service") / "migrations"))
        with self.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        if self.engine.dialect.name == "sqlite":
            # A migration may switch SQLite's foreign keys off on its connection: start pooled ones afresh.
            self.engine.dispose()

    def dispose(self) -> None:
        """Drop pooled connections (after a fork, and at shutdown)."""
        self.engine.dispose(close=False)


def init_app(app: Flask) -> Database:
    """Attach the database named by ``DATABASE_URL`` to ``app``."""
    db = Database(app.config["DATABASE_URL"])
    app.extensions["bienban.db"] = db
    return db


def get_db(app: Flask | None = None) -> Database:
    return (app or current_app).extensions["bienban.db"]
