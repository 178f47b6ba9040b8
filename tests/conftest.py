"""Shared fixtures: the service's databases (SQLite and PostgreSQL), Redis, a built app, sample minutes.

PostgreSQL and Redis come from ``BIENBAN_TEST_DATABASE_URL`` / ``BIENBAN_TEST_REDIS_URL``
(``scripts/services`` prints them).  When unreachable, tests needing them FAIL under
``CI=true`` and are skipped otherwise.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "minutes"
PG_URL = os.environ.get("BIENBAN_TEST_DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
REDIS_URL = os.environ.get("BIENBAN_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def unavailable(what: str, err: object) -> None:
    """A service the test needs is not reachable: fail in CI, skip on a laptop."""
    msg = f"{what} unreachable: {err}"
    if IN_CI:
        pytest.fail(msg)
    pytest.skip(msg)


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """A fresh PostgreSQL schema for this test session (dropped at the end); its URL pins search_path."""
    from sqlalchemy import create_engine, text

    schema = f"bienban_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_URL, connect_args={"connect_timeout": 3})
    try:
        with admin.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    except Exception as e:
        admin.dispose()
        unavailable("PostgreSQL", e)
    sep = "&" if "?" in PG_URL else "?"
    yield f"{PG_URL}{sep}options=-csearch_path%3D{schema}"
    with admin.begin() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


@pytest.fixture(scope="session")
def pg_migrated(pg_url: str) -> str:
    from service.db import Database

    db = Database(pg_url)
    db.migrate()
    db.engine.dispose()
    return pg_url


def _truncate(url: str) -> None:
    from sqlalchemy import inspect, text

    from service.db import Database

    db = Database(url)
    tables = [t for t in inspect(db.engine).get_table_names() if t != "alembic_version"]
    with db.engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {', '.join(tables)} CASCADE"))
    db.engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Each DB test runs twice: on a fresh SQLite file and on the (truncated) PostgreSQL schema."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'bienban.sqlite3'}"
    url = request.getfixturevalue("pg_migrated")
    _truncate(url)
    return url


@pytest.fixture
def db(database_url: str):
    """A migrated ``service.db.Database``."""
    from service.db import Database

    database = Database(database_url)
    database.migrate()
    yield database
    database.engine.dispose()


@pytest.fixture
def app(database_url: str, tmp_path: Path):
    """The Flask app on a temp data dir, the parametrised database and the embedded broker."""
    from service.app import create_app
    from service.db import get_db

    application = create_app({
        "TESTING": True,
        "DATA_DIR": str(tmp_path / "data"),
        "DATABASE_URL": database_url,
        "BROKER_URL": f"sqla+sqlite:///{tmp_path / 'broker.sqlite3'}",
    })
    get_db(application).migrate()
    yield application
    get_db(application).engine.dispose()


def issue_token(app, org: str = "Chi bộ Kiểm thử", parent: str | None = None) -> str:
    """A new API token of ``org`` (created under ``parent`` when new)."""
    from service.auth import create_token
    from service.db import get_db

    return create_token(get_db(app), org, parent=parent)[0]


def authed_client(app, org: str = "Chi bộ Kiểm thử", parent: str | None = None):
    """A test client that sends a fresh token of ``org`` with every request."""
    client = app.test_client()
    client.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {issue_token(app, org, parent)}"
    return client


@pytest.fixture
def client(app):
    """A client of one organisation, with its token (every /api/v1 route but health needs one)."""
    return authed_client(app)


@pytest.fixture(scope="session")
def redis_url() -> str:
    import redis

    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2).ping()
    except Exception as e:
        unavailable("Redis", e)
    return REDIS_URL


@pytest.fixture(scope="session")
def pipeline():
    """The analysis pipeline (extract + analyse), as the worker runs it."""
    import worker.pipeline

    return worker.pipeline


def sample(name: str) -> Path:
    return SAMPLES / name


@pytest.fixture
def stack(pg_migrated: str, redis_url: str, pipeline, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Integration: a fresh stack (truncated PostgreSQL schema, flushed Redis db, empty data dir, no worker yet)."""
    import redis
    from itstack import FAST_RECOVERY, REDIS_DB, Stack

    _truncate(pg_migrated)
    broker = redis_url.rsplit("/", 1)[0] + f"/{REDIS_DB}"
    redis.Redis.from_url(broker).flushdb()
    for key, value in FAST_RECOVERY.items():  # the in-process web app reads the same settings
        monkeypatch.setenv(key, value)
    env = {"BIENBAN_DATA_DIR": str(tmp_path / "data"), "BIENBAN_DATABASE_URL": pg_migrated,
           "BIENBAN_BROKER_URL": broker, **FAST_RECOVERY}
    s = Stack(env, tmp_path)
    try:
        yield s
    finally:
        s.close()


@pytest.fixture
def embedded_stack(pipeline, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Integration: the embedded default (SQLite database, SQLAlchemy broker on SQLite), no worker yet."""
    from itstack import FAST_RECOVERY, Stack

    for key, value in FAST_RECOVERY.items():
        monkeypatch.setenv(key, value)
    data = tmp_path / "data"
    env = {"BIENBAN_DATA_DIR": str(data), "BIENBAN_DATABASE_URL": f"sqlite:///{data / 'bienban.sqlite3'}",
           "BIENBAN_BROKER_URL": f"sqla+sqlite:///{data / 'broker.sqlite3'}", **FAST_RECOVERY}
    data.mkdir()
    s = Stack(env, tmp_path)
    from service.db import get_db

    get_db(s.app).migrate()
    try:
        yield s
    finally:
        s.close()
