"""Per-token rate limits: a fixed window counted in Redis when the broker is Redis, else in the database.

``BIENBAN_RATE_LIMIT`` requests per ``BIENBAN_RATE_WINDOW`` seconds (default 600 per 60 s; 0 turns it
off).  Over the limit the API answers ``429 rate_limited`` with ``Retry-After``.  No new service: the
embedded default counts in its own SQLite file with one upsert per request.
"""

from __future__ import annotations

import logging
import math
import time

from flask import Flask
from sqlalchemy import delete
from sqlalchemy.dialects import postgresql, sqlite

from service.db import get_db
from service.models import RateWindow
from worker.errors import RateLimited

log = logging.getLogger(__name__)


def _count_in_db(app: Flask, token_id: str, window_no: int) -> int:
    db = get_db(app)
    dialect = postgresql if db.engine.dialect.name == "postgresql" else sqlite
    stmt = (dialect.insert(RateWindow).values(token_id=token_id, window_no=window_no, count=1)
            .on_conflict_do_update(index_elements=["token_id", "window_no"], set_={"count": RateWindow.count + 1})
            .returning(RateWindow.count))
    with db.session() as s:
        count = s.execute(stmt).scalar_one()
        if count == 1:  # a new window: forget the token's older ones
            s.execute(delete(RateWindow).where(RateWindow.token_id == token_id, RateWindow.window_no < window_no))
    return count


def _count_in_redis(app: Flask, token_id: str, window_no: int, seconds: int) -> int:
    import redis

    client = app.extensions.get("bienban.ratelimit.redis")
    if client is None:
        client = redis.Redis.from_url(app.config["BROKER_URL"], socket_timeout=1, socket_connect_timeout=1)
        app.extensions["bienban.ratelimit.redis"] = client
    key = f"bienban:rate:{token_id}:{window_no}"
    pipe = client.pipeline()
    pipe.incr(key)
    pipe.expire(key, seconds * 2)
    return int(pipe.execute()[0])


def check_rate(app: Flask, token_id: str) -> None:
    """Count one request of ``token_id``; ``RateLimited`` when over the limit of the current window."""
    limit = int(app.config.get("RATE_LIMIT") or 0)
    if limit <= 0:
        return
    seconds = max(1, int(app.config.get("RATE_WINDOW") or 60))
    now = time.time()
    window_no = int(now // seconds)
    if str(app.config.get("BROKER_URL", "")).startswith(("redis://", "rediss://")):
        try:
            count = _count_in_redis(app, token_id, window_no, seconds)
        except Exception as e:  # Redis away: the limiter fails open rather than take the API down
            log.warning("rate limiter: Redis unavailable (%s); request let through", e)
            return
    else:
        count = _count_in_db(app, token_id, window_no)
    if count > limit:
        raise RateLimited(retry_after=max(1, math.ceil((window_no + 1) * seconds - now)))
