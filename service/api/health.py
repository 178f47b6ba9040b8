"""``/health``: is the database reachable, the broker reachable, and are workers alive (by heartbeat)?"""

from __future__ import annotations

import datetime as dt

from flask import Blueprint, current_app, request
from sqlalchemy import func, select, text

from service.api.common import PREFIX, iso
from service.auth import authenticate
from service.db import get_db
from service.models import Document, OrgClosure, WorkerHeartbeat, utcnow

bp = Blueprint("health", __name__, url_prefix=PREFIX)

BROKER_TIMEOUT = 2.0  # seconds: health must answer fast even when the broker is down


def _caller_org() -> int | None:
    """The caller's organisation when a valid token is sent (health itself needs none)."""
    if not request.headers.get("Authorization"):
        return None
    try:
        return authenticate(get_db(), request.headers["Authorization"]).organization_id
    except Exception:  # a bad token, or the database away: health answers all the same
        return None


def _database(org_id: int | None) -> tuple[dict, list[dict], dict[str, int]]:
    db = get_db()
    stale = float(current_app.config["HEARTBEAT_STALE_AFTER"])
    now = utcnow()
    try:
        with db.session() as s:
            s.execute(text("SELECT 1"))
            beats = s.scalars(select(WorkerHeartbeat).order_by(WorkerHeartbeat.node)).all()
            counts = {}
            if org_id is not None:  # how many documents a token sees is its own business only
                visible = select(OrgClosure.descendant_id).where(OrgClosure.ancestor_id == org_id)
                counts = dict(s.execute(select(Document.status, func.count())
                                        .where(Document.organization_id.in_(visible))
                                        .group_by(Document.status)).all())
    except Exception as e:
        return {"ok": False, "error": type(e).__name__}, [], {}
    workers = [{
        "node": b.node, "queues": b.queues, "last_seen": iso(b.last_seen),
        "age_seconds": round((now - b.last_seen).total_seconds(), 1),
        "alive": now - b.last_seen < dt.timedelta(seconds=stale),
    } for b in beats]
    return {"ok": True, "dialect": db.engine.dialect.name}, workers, counts


def _broker() -> dict:
    from kombu import Connection

    url = current_app.config["BROKER_URL"]
    try:
        with Connection(url, connect_timeout=BROKER_TIMEOUT,
                        transport_options={"socket_timeout": BROKER_TIMEOUT}) as conn:
            conn.ensure_connection(max_retries=1, interval_start=0, timeout=BROKER_TIMEOUT)
        return {"ok": True, "transport": url.split(":", 1)[0]}
    except Exception as e:
        return {"ok": False, "transport": url.split(":", 1)[0], "error": type(e).__name__}


@bp.get("/health")
def health():
    """200 when the database and broker answer and a worker is alive; 503 otherwise (with details)."""
    org_id = _caller_org()
    database, workers, counts = _database(org_id)
    broker = _broker()
    alive = [w for w in workers if w["alive"]]
    ok = database["ok"] and broker["ok"] and bool(alive)
    body = {
        "status": "ok" if ok else "degraded",
        "database": database,
        "broker": broker,
        "workers": {"ok": bool(alive), "alive": len(alive), "nodes": workers},
    }
    if org_id is not None:
        body["documents"] = {status: counts.get(status, 0) for status in ("queued", "processing", "done", "failed")}
    return body, 200 if ok else 503


@bp.get("/health/live")
def live():
    """Liveness only: the web process answers (for container health checks)."""
    return {"status": "ok"}
