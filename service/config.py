"""Service settings: defaults here, then ``BIENBAN_*`` environment variables, then test overrides."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from flask import Flask


def default_data_dir() -> Path:
    """``./var`` under the current directory, unless ``BIENBAN_DATA_DIR`` says otherwise (as the README says)."""
    return Path.cwd() / "var"


class Defaults:
    """Every setting the service reads, with its default (each overridable as ``BIENBAN_<NAME>``)."""

    DATA_DIR: str | None = None  # resolved by resolve_paths()
    DATABASE_URL: str | None = None  # default: sqlite:///<DATA_DIR>/bienban.sqlite3
    BROKER_URL: str | None = None  # default: sqla+sqlite:///<DATA_DIR>/broker.sqlite3
    STORAGE: str = "fs"  # "fs" (files under DATA_DIR/files, shared volume) or "db" (blobs in the database)
    MAX_FILE_MB: float = 50
    MAX_CONTENT_LENGTH: int | None = None  # bytes; default: MAX_FILE_MB plus room for the multipart envelope
    TASK_SOFT_TIME_LIMIT: int = 600  # seconds
    TASK_TIME_LIMIT: int = 660
    TASK_MAX_RETRIES: int = 5
    VISIBILITY_TIMEOUT: int | None = None  # Redis redelivery of unacked messages; default max(3600, 2×time limit)
    RECONCILE_QUEUED_AFTER: int = 600  # a queued document not picked up for this long is enqueued again
    RECONCILE_INTERVAL: int = 60  # how often `bienban serve` and each worker reconcile
    HEARTBEAT_INTERVAL: int = 10  # workers write their heartbeat this often
    HEARTBEAT_STALE_AFTER: int = 60  # a worker silent this long is presumed dead (its attempts are lost)
    PAGE_LIMIT_MAX: int = 500
    RATE_LIMIT: int = 600  # requests per token per window (0: no limit)
    RATE_WINDOW: int = 60  # seconds
    JSON_SORT_KEYS = False


def resolve_paths(app: Flask) -> None:
    """Fill the settings derived from DATA_DIR (database, broker, upload limit)."""
    cfg = app.config
    data_dir = Path(cfg.get("DATA_DIR") or default_data_dir()).expanduser().resolve()
    cfg["DATA_DIR"] = str(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    if not cfg.get("DATABASE_URL"):
        cfg["DATABASE_URL"] = f"sqlite:///{data_dir / 'bienban.sqlite3'}"
    if not cfg.get("BROKER_URL"):
        cfg["BROKER_URL"] = f"sqla+sqlite:///{data_dir / 'broker.sqlite3'}"
    if not cfg.get("MAX_CONTENT_LENGTH"):
        # The multipart envelope (boundaries, headers) adds a little to the file itself.
        cfg["MAX_CONTENT_LENGTH"] = int(float(cfg["MAX_FILE_MB"]) * 1024 * 1024) + 64 * 1024
    if not cfg.get("VISIBILITY_TIMEOUT"):
        cfg["VISIBILITY_TIMEOUT"] = max(3600, 2 * int(cfg["TASK_TIME_LIMIT"]))


def load_config(app: Flask, overrides: dict[str, Any] | None = None) -> None:
    """Defaults → ``BIENBAN_*`` environment → overrides, then derived paths."""
    app.config.from_object(Defaults)
    app.config.from_prefixed_env("BIENBAN")
    if overrides:
        app.config.update(overrides)
    resolve_paths(app)


def service_env(config: dict[str, Any]) -> dict[str, str]:
    """The environment a child process (a worker) needs to see the same service."""
    return {
        "BIENBAN_DATA_DIR": str(config["DATA_DIR"]),
        "BIENBAN_DATABASE_URL": str(config["DATABASE_URL"]),
        "BIENBAN_BROKER_URL": str(config["BROKER_URL"]),
        "BIENBAN_STORAGE": str(config["STORAGE"]),
    }
