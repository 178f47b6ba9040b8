"""Every API error as ``{"error": code, "message": ...}``: ours, werkzeug's, and unexpected ones."""

from __future__ import annotations

import logging

from flask import Flask, Response, jsonify
from werkzeug.exceptions import HTTPException

from worker.errors import (
    BadRequest,
    BienbanError,
    InternalError,
    MethodNotAllowed,
    NotFound,
    RateLimited,
    ServiceUnavailable,
    TooLarge,
    Unauthorized,
    UnsupportedMediaType,
)

log = logging.getLogger(__name__)

_BY_STATUS: dict[int, type[BienbanError]] = {
    400: BadRequest,
    401: Unauthorized,
    404: NotFound,
    405: MethodNotAllowed,
    413: TooLarge,
    415: UnsupportedMediaType,
    429: RateLimited,
    503: ServiceUnavailable,
}


def error_response(err: BienbanError, status: int | None = None) -> tuple[Response, int]:
    return jsonify(err.to_dict()), status or err.http_status


def _ours(err: BienbanError) -> tuple[Response, int]:
    resp, status = error_response(err)
    if isinstance(err, RateLimited):
        resp.headers["Retry-After"] = str(err.retry_after)
    elif isinstance(err, Unauthorized):
        resp.headers["WWW-Authenticate"] = 'Bearer realm="bienban"'
    return resp, status


def _http(err: HTTPException) -> tuple[Response, int]:
    status = err.code or 500
    cls = _BY_STATUS.get(status)
    if cls is TooLarge:
        return error_response(TooLarge("Tệp tải lên vượt quá giới hạn dung lượng cho phép."), 413)
    if cls is None:
        return error_response(InternalError() if status >= 500 else BadRequest(), status)
    resp, _ = error_response(cls(), status)
    if status == 405 and err.valid_methods:
        resp.headers["Allow"] = ", ".join(err.valid_methods)
    return resp, status


def _unexpected(err: Exception) -> tuple[Response, int]:
    if isinstance(err, HTTPException):
        return _http(err)
    log.exception("unhandled error")  # the stack trace goes to the log, never to the client
    return error_response(InternalError())


def init_app(app: Flask) -> None:
    app.register_error_handler(BienbanError, _ours)
    app.register_error_handler(HTTPException, _http)
    app.register_error_handler(Exception, _unexpected)
