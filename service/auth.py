"""Access control: organisations in a hierarchy, API tokens, who sees what, and the access log.

A token belongs to one organisation and sees that organisation's documents and batches and those
of every organisation below it (a committee sees its cells; a cell sees neither its parent nor its
siblings).  Ancestry is a closure table (``organization_closure``), so "this organisation and those
below it" is one indexed lookup on SQLite and PostgreSQL alike, with no recursive query.

Tokens are 256-bit random strings shown once; only their SHA-256 is stored, with a short prefix to
recognise them in ``bienban token list`` and to revoke them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import os
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from flask import Flask, current_app, g, request
from sqlalchemy import Select, insert, select, update

from service.db import Database, get_db
from service.models import AccessLog, ApiToken, Organization, OrgClosure, utcnow
from worker.errors import Unauthorized

TOKEN_MARK = "bb_"
PREFIX_CHARS = 12  # "bb_" and 9 random characters: enough to tell tokens apart, useless to guess one
LOCAL_ORG = "local"
TOKEN_FILE = "token.txt"
PUBLIC_PATHS = frozenset({"/api/v1/health", "/api/v1/health/live", "/api/v1/openapi.json"})
LAST_USED_EVERY = dt.timedelta(seconds=60)  # refresh last_used_at at most this often (one write a minute)


@dataclass(frozen=True)
class Principal:
    """Who is calling: the token and its organisation."""

    token_id: str
    organization_id: int


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def ensure_org(db: Database, name: str, parent: str | None = None) -> int:
    """The id of organisation ``name``, created (under ``parent``, which must exist) when missing.

    Raises ``ValueError`` (message for people) when the parent is unknown or differs from the one recorded.
    """
    name = name.strip()
    if not name:
        raise ValueError("Tên tổ chức không được để trống.")
    with db.session() as s:
        parent_id = None
        if parent:
            parent_id = s.scalar(select(Organization.id).where(Organization.name == parent.strip()))
            if parent_id is None:
                raise ValueError(f"Không có tổ chức cấp trên '{parent}'; hãy tạo nó trước.")
        org = s.scalar(select(Organization).where(Organization.name == name))
        if org is not None:
            if parent and org.parent_id != parent_id:
                raise ValueError(f"Tổ chức '{name}' đã có và thuộc cấp trên khác.")
            return org.id
        org = Organization(name=name, parent_id=parent_id)
        s.add(org)
        s.flush()
        rows = [{"ancestor_id": org.id, "descendant_id": org.id, "depth": 0}]
        if parent_id is not None:
            rows += [{"ancestor_id": a, "descendant_id": org.id, "depth": d + 1} for a, d in s.execute(
                select(OrgClosure.ancestor_id, OrgClosure.depth).where(OrgClosure.descendant_id == parent_id))]
        s.execute(insert(OrgClosure), rows)
        return org.id


def create_token(db: Database, org: str = LOCAL_ORG, *, parent: str | None = None,
                 label: str | None = None) -> tuple[str, ApiToken]:
    """A new token for organisation ``org`` (created if needed): (the token, shown once; its row)."""
    org_id = ensure_org(db, org, parent)
    token = TOKEN_MARK + secrets.token_urlsafe(32)
    row = ApiToken(organization_id=org_id, prefix=token[:PREFIX_CHARS], token_hash=hash_token(token), label=label)
    with db.session() as s:
        s.add(row)
    return token, row


def revoke_token(db: Database, prefix_or_id: str) -> ApiToken:
    """Revoke the one token with this id or prefix; ``LookupError`` when none or several match."""
    key = prefix_or_id.strip()
    with db.session() as s:
        rows = s.scalars(select(ApiToken).where(ApiToken.id == key)).all()
        if not rows and len(key) >= 4:  # a prefix as `token list` shows it (or the whole token's start)
            rows = s.scalars(select(ApiToken).where(ApiToken.prefix == key[:PREFIX_CHARS])).all() \
                if len(key) >= PREFIX_CHARS else \
                s.scalars(select(ApiToken).where(ApiToken.prefix.startswith(key, autoescape=True))).all()
        if len(rows) != 1:
            raise LookupError("Không có mã nào khớp." if not rows else "Nhiều mã khớp; hãy ghi rõ hơn.")
        row = rows[0]
        if row.revoked_at is None:
            row.revoked_at = utcnow()
        return row


def list_tokens(db: Database) -> list[dict[str, Any]]:
    """Every token (never its secret) with its organisation and parent."""
    parent = Organization.__table__.alias("parent")
    with db.session() as s:
        rows = s.execute(
            select(ApiToken, Organization.name, parent.c.name)
            .join(Organization, Organization.id == ApiToken.organization_id)
            .outerjoin(parent, parent.c.id == Organization.parent_id)
            .order_by(Organization.name, ApiToken.created_at)).all()
    return [{"id": t.id, "prefix": t.prefix, "organization": org, "parent": par, "label": t.label,
             "created_at": t.created_at, "last_used_at": t.last_used_at, "revoked_at": t.revoked_at}
            for t, org, par in rows]


def authenticate(db: Database, header: str | None) -> Principal:
    """The principal of an ``Authorization: Bearer`` header, or ``Unauthorized``."""
    scheme, _, token = (header or "").strip().partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token.startswith(TOKEN_MARK) or len(token) > 200:
        raise Unauthorized()
    digest = hash_token(token)
    with db.session() as s:
        row = s.execute(select(ApiToken.id, ApiToken.organization_id, ApiToken.token_hash, ApiToken.revoked_at,
                               ApiToken.last_used_at).where(ApiToken.token_hash == digest)).first()
        # The lookup is by hash (a preimage an attacker cannot steer); compare in constant time anyway.
        if row is None or not hmac.compare_digest(row.token_hash, digest) or row.revoked_at is not None:
            raise Unauthorized("Mã truy cập không hợp lệ hoặc đã bị thu hồi.")
        now = utcnow()
        if row.last_used_at is None or now - row.last_used_at > LAST_USED_EVERY:
            s.execute(update(ApiToken).where(ApiToken.id == row.id).values(last_used_at=now))
    return Principal(row.id, row.organization_id)


def current_principal() -> Principal:
    principal = g.get("principal")
    if principal is None:  # a view reached without the hook: refuse rather than show everything
        raise Unauthorized()
    return principal


def visible_orgs() -> Select:
    """The ids of the caller's organisation and every one below it (a subquery for ``IN``)."""
    return select(OrgClosure.descendant_id).where(OrgClosure.ancestor_id == current_principal().organization_id)


def log_access(document_ids: Iterable[str], action: str) -> None:
    """Record that the caller touched these documents (one row each)."""
    principal = current_principal()
    ids = list(dict.fromkeys(d for d in document_ids if d))
    if not ids:
        return
    now = utcnow()
    with get_db().session() as s:
        s.execute(insert(AccessLog), [{
            "token_id": principal.token_id, "organization_id": principal.organization_id, "document_id": d,
            "action": action, "at": now, "remote_addr": (request.remote_addr or "")[:64] or None} for d in ids])


def _require_token() -> None:
    if request.method == "OPTIONS" or not request.path.startswith("/api/v1") or request.path in PUBLIC_PATHS:
        return
    g.principal = authenticate(get_db(), request.headers.get("Authorization"))
    from service.ratelimit import check_rate

    check_rate(current_app, g.principal.token_id)


def bootstrap_local_token(app: Flask) -> str | None:
    """First start: create organisation ``local`` and one token, write it to ``DATA_DIR/token.txt`` (0600).

    Returns the token, or None when any token (even a revoked one) exists already.
    """
    db = get_db(app)
    with db.session() as s:
        if s.scalar(select(ApiToken.id).limit(1)) is not None:
            return None
    token, _ = create_token(db, LOCAL_ORG, label="bienban serve (lần chạy đầu)")
    path = Path(app.config["DATA_DIR"]) / TOKEN_FILE
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.fchmod(fd, 0o600)
        os.write(fd, (token + "\n").encode())
    finally:
        os.close(fd)
    return token


def init_app(app: Flask) -> None:
    app.before_request(_require_token)
