"""``/openapi.json``: the API described as data (OpenAPI 3.1)."""

from __future__ import annotations

from flask import Blueprint

from service.api.common import PREFIX

bp = Blueprint("openapi", __name__, url_prefix=PREFIX)


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict, description: str) -> dict:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _error(description: str) -> dict:
    return _json(_ref("Error"), description)


def _query(name: str, schema: dict, description: str) -> dict:
    return {"name": name, "in": "query", "required": False, "schema": schema, "description": description}


_PAGE = [
    _query("limit", {"type": "integer", "minimum": 1, "maximum": 500, "default": 50}, "Số mục tối đa."),
    _query("offset", {"type": "integer", "minimum": 0, "maximum": 2**31 - 1, "default": 0}, "Bỏ qua bao nhiêu mục."),
]
_NULLABLE_STR = {"type": ["string", "null"]}
_NULLABLE_INT = {"type": ["integer", "null"]}

SCHEMAS: dict = {
    "Error": {
        "type": "object", "required": ["error", "message"],
        "properties": {"error": {"type": "string", "description": "Stable code, e.g. empty_file, too_large."},
                       "message": {"type": "string", "description": "A sentence for people (Vietnamese)."}},
    },
    "Links": {"type": "object", "required": ["self"], "properties": {"self": {"type": "string"}}},
    "Accepted": {
        "type": "object", "required": ["id", "status", "links"],
        "properties": {"id": {"type": "string"}, "status": {"const": "queued"}, "links": _ref("Links")},
    },
    "Document": {
        "type": "object", "required": ["id", "status", "links"],
        "properties": {
            "id": {"type": "string"},
            "status": {"enum": ["queued", "processing", "done", "failed"]},
            "filename": _NULLABLE_STR, "media_type": {"type": "string"}, "size": {"type": "integer"},
            "sha256": {"type": "string"}, "queue": {"enum": ["default", "ocr"]},
            "attempts": {"type": "integer"}, "pipeline_version": _NULLABLE_STR,
            "created_at": {"type": "string", "format": "date-time"},
            "updated_at": {"type": "string", "format": "date-time"},
            "started_at": {"type": ["string", "null"], "format": "date-time"},
            "finished_at": {"type": ["string", "null"], "format": "date-time"},
            "error": {"oneOf": [{"type": "null"}, {"type": "object", "properties": {
                "code": {"type": "string"}, "message": {"type": "string"}}}]},
            "report": {"oneOf": [{"type": "null"}, _ref("Report")],
                       "description": "Present on GET /documents/{id}; null until done."},
            "links": _ref("Links"),
        },
    },
    "DocumentList": {
        "type": "object",
        "properties": {"items": {"type": "array", "items": _ref("Document")}, "total": {"type": "integer"},
                       "limit": {"type": "integer"}, "offset": {"type": "integer"}},
    },
    "Report": {
        "type": "object", "description": "The report object bienban.report/1 (see the README).",
        "required": ["schema", "source", "is_minutes", "meeting", "sections", "references", "findings", "ruleset"],
        "properties": {
            "schema": {"const": "bienban.report/1"}, "source": {"type": "object"}, "is_minutes": {"type": "boolean"},
            "meeting": {"type": ["object", "null"]}, "sections": {"type": "array", "items": {"type": "object"}},
            "references": {"type": "array", "items": {"type": "object"}},
            "findings": {"type": "array", "items": {"type": "object"}}, "ruleset": _NULLABLE_STR,
        },
    },
    "Mention": {
        "type": "object",
        "properties": {
            "code": {"type": "string"}, "kind": {"enum": ["party", "state"]}, "type": _NULLABLE_STR,
            "issuer": _NULLABLE_STR, "year": _NULLABLE_INT, "date": _NULLABLE_STR, "text": {"type": "string"},
            "start": {"type": "integer"}, "end": {"type": "integer"},
            "sentence": {"type": "string", "description": "The citing sentence."},
            "sentence_start": {"type": "integer"}, "sentence_end": {"type": "integer"},
            "document": {"type": "object", "properties": {
                "id": {"type": "string"}, "filename": _NULLABLE_STR, "organization": _NULLABLE_STR,
                "meeting_date": _NULLABLE_STR, "links": _ref("Links")}},
        },
    },
    "MentionList": {
        "type": "object",
        "properties": {"items": {"type": "array", "items": _ref("Mention")}, "total": {"type": "integer"},
                       "documents": {"type": "integer", "description": "Distinct documents among all matches."},
                       "limit": {"type": "integer"}, "offset": {"type": "integer"}},
    },
    "Directive": {
        "type": "object",
        "properties": {
            "code": {"type": "string"}, "kind": {"type": "string"}, "type": _NULLABLE_STR, "issuer": _NULLABLE_STR,
            "mentions": {"type": "integer"}, "documents": {"type": "integer"},
            "catalogue": {"oneOf": [{"type": "null"}, {"type": "object", "properties": {
                "title": {"type": "string"}, "issued_by": _NULLABLE_STR, "date": _NULLABLE_STR,
                "superseded_by": _NULLABLE_STR, "confidence": {"type": "string"}, "type_name": _NULLABLE_STR}}]},
        },
    },
    "DirectiveList": {
        "type": "object",
        "properties": {"items": {"type": "array", "items": _ref("Directive")}, "total": {"type": "integer"},
                       "limit": {"type": "integer"}, "offset": {"type": "integer"}},
    },
    "BatchAccepted": {
        "type": "object", "required": ["id", "status", "links"],
        "properties": {"id": {"type": "string"}, "status": {"const": "queued"}, "links": _ref("Links")},
    },
    "Batch": {
        "type": "object", "required": ["id", "status", "total", "done", "failed", "pending", "report"],
        "properties": {
            "id": {"type": "string"},
            "status": {"enum": ["queued", "processing", "done"]},
            "total": {"type": "integer", "description": "Entries so far (a zip's grow while a worker unpacks it)."},
            "done": {"type": "integer"},
            "failed": {"type": "integer", "description": "Entries kept out (zip safety, empty…) or whose document "
                                                         "failed."},
            "pending": {"type": "integer"},
            "unpacked": {"type": "boolean", "description": "Every entry of the upload is listed."},
            "archive": _NULLABLE_STR,
            "created_at": {"type": "string", "format": "date-time"},
            "finished_at": {"type": ["string", "null"], "format": "date-time"},
            "links": _ref("Links"),
            "report": {"oneOf": [{"type": "null"}, _ref("AuditReport")], "description": "Null until done."},
        },
    },
    "AuditReport": {
        "type": "object", "description": "The archive report bienban.audit/1 (see the README).",
        "required": ["schema", "documents", "organizations"],
        "properties": {
            "schema": {"const": "bienban.audit/1"},
            "documents": {"type": "array", "items": {"type": "object", "required": ["path", "report", "error"],
                                                     "properties": {"path": {"type": "string"},
                                                                    "document_id": _NULLABLE_STR,
                                                                    "report": {"oneOf": [{"type": "null"},
                                                                                         _ref("Report")]},
                                                                    "error": {"oneOf": [{"type": "null"},
                                                                                        _ref("Error")]}}}},
            "organizations": {"type": "array", "items": {"type": "object"}},
        },
    },
    "Health": {
        "type": "object",
        "properties": {"status": {"enum": ["ok", "degraded"]}, "database": {"type": "object"},
                       "broker": {"type": "object"}, "workers": {"type": "object"},
                       "documents": {"type": "object", "description": "Counts by status of the documents the "
                                     "token sent (if any) sees; absent without a valid token."}},
    },
}

_FILTERS = [
    _query("code", {"type": "string"}, "Số hiệu văn bản, ví dụ 05-CT/TW hoặc 30/2020/NĐ-CP."),
    _query("kind", {"enum": ["party", "state"]}, "Văn bản của Đảng hay của Nhà nước."),
    _query("type", {"type": "string"}, "Loại văn bản: NQ, CT, QĐ, QĐi, KL, HD, NĐ-CP…"),
    _query("issuer", {"type": "string"}, "Cơ quan ban hành: TW, BCT, BBT…"),
]

PATHS: dict = {
    "/documents": {
        "post": {
            "summary": "Tải lên một biên bản (PDF, DOCX, TXT, ảnh) để kiểm tra",
            "operationId": "uploadDocument",
            "requestBody": {"required": True, "content": {"multipart/form-data": {"schema": {
                "type": "object", "required": ["file"],
                "properties": {"file": {"type": "string", "contentMediaType": "application/octet-stream"}}}}}},
            "responses": {
                "202": _json(_ref("Accepted"), "Stored and queued."),
                "200": _json(_ref("Document"), "The same bytes were uploaded before: the existing document."),
                "400": _error("No file (missing_file) or an empty one (empty_file)."),
                "413": _error("Larger than the upload limit or too many form parts (too_large), too many pages "
                              "(too_many_pages), too many pixels (image_too_large), a DOCX zip bomb (too_large)."),
                "415": _error("Content no extractor reads (unsupported_media_type)."),
            },
        },
        "get": {
            "summary": "Danh sách tài liệu, mới nhất trước", "operationId": "listDocuments",
            "parameters": [_query("status", {"enum": ["queued", "processing", "done", "failed"]}, "Trạng thái."),
                           *_PAGE],
            "responses": {"200": _json(_ref("DocumentList"), "Documents."), "400": _error("Bad parameter.")},
        },
    },
    "/documents/{id}": {
        "get": {
            "summary": "Trạng thái và báo cáo của một tài liệu", "operationId": "getDocument",
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "responses": {"200": _json(_ref("Document"), "Status, error, and the report when done."),
                          "404": _error("No such document (not_found).")},
        },
    },
    "/batches": {
        "post": {
            "summary": "Tải lên một tệp nén hoặc nhiều biên bản để kiểm tra cả hồ sơ lưu trữ",
            "operationId": "createBatch",
            "requestBody": {"required": True, "content": {"multipart/form-data": {"schema": {
                "type": "object",
                "properties": {
                    "file": {"type": "string", "contentMediaType": "application/zip",
                             "description": "One zip, unpacked safely by a worker."},
                    "files": {"type": "array", "items": {"type": "string",
                                                         "contentMediaType": "application/octet-stream"},
                              "description": "Several minutes (PDF, DOCX, TXT, images)."}}}}}},
            "responses": {
                "202": _json(_ref("BatchAccepted"), "Stored and queued."),
                "400": _error("No file (missing_file), empty (empty_file), an unreadable zip (corrupt_file), "
                              "a zip bomb (unsafe_archive), a zip with other files (bad_request)."),
                "413": _error("Larger than the batch limit, or too many entries (too_large)."),
            },
        },
    },
    "/batches/{id}": {
        "get": {
            "summary": "Tiến độ của một lô và báo cáo kiểm tra hồ sơ khi xong", "operationId": "getBatch",
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
                           _query("from", {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}$"},
                                  "Tháng đầu của kỳ kiểm tra (YYYY-MM)."),
                           _query("to", {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}$"},
                                  "Tháng cuối của kỳ kiểm tra (YYYY-MM).")],
            "responses": {"200": _json(_ref("Batch"), "Progress, and the archive report when done."),
                          "400": _error("Bad period (bad_request)."),
                          "404": _error("No such batch (not_found).")},
        },
    },
    "/references": {
        "get": {
            "summary": "Các lần trích dẫn một văn bản, kèm câu trích dẫn", "operationId": "listReferences",
            "parameters": [*_FILTERS,
                           _query("year", {"type": "integer"}, "Năm ban hành của văn bản được trích dẫn."),
                           _query("organization", {"type": "string"}, "Chi bộ đã trích dẫn."), *_PAGE],
            "responses": {"200": _json(_ref("MentionList"), "Mentions, one per citation."),
                          "400": _error("Bad parameter.")},
        },
    },
    "/directives": {
        "get": {
            "summary": "Mọi văn bản đã được trích dẫn, số lần và dữ liệu danh mục", "operationId": "listDirectives",
            "parameters": [*_FILTERS[1:], *_PAGE],
            "responses": {"200": _json(_ref("DirectiveList"), "Cited codes, most cited first.")},
        },
    },
    "/health": {
        "get": {
            "summary": "Tình trạng cơ sở dữ liệu, hàng đợi và worker", "operationId": "health",
            "responses": {"200": _json(_ref("Health"), "All parts up."),
                          "503": _json(_ref("Health"), "Something is down (see the parts).")},
        },
    },
    "/health/live": {
        "get": {"summary": "Máy chủ web còn trả lời", "operationId": "live",
                "responses": {"200": _json({"type": "object"}, "Alive.")}},
    },
    "/openapi.json": {
        "get": {"summary": "Tài liệu OpenAPI này", "operationId": "openapi",
                "responses": {"200": _json({"type": "object"}, "This document.")}},
    },
}


_PUBLIC = {"/health", "/health/live", "/openapi.json"}


def _secured(paths: dict) -> dict:
    """Every operation but health and this document needs a token: say so, with its 401 and 429 answers."""
    out = {}
    for path, ops in paths.items():
        out[path] = {}
        for method, op in ops.items():
            if path in _PUBLIC:
                out[path][method] = {**op, "security": []}
                continue
            responses = {**op["responses"],
                         "401": _error("No token, or an invalid or revoked one (unauthorized)."),
                         "429": {**_error("Too many requests for this token (rate_limited)."),
                                 "headers": {"Retry-After": {"schema": {"type": "integer"},
                                                             "description": "Seconds to wait."}}}}
            out[path][method] = {**op, "responses": responses}
    return out


def document() -> dict:
    """The OpenAPI 3.1 document of the API (other blueprints may add their paths to ``PATHS``)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        ver = version("bienban")
    except PackageNotFoundError:  # pragma: no cover
        ver = "0"
    return {
        "openapi": "3.1.0",
        "info": {"title": "bienban API", "version": ver,
                 "description": "Kiểm tra và tra cứu biên bản sinh hoạt chi bộ. Mọi lỗi có dạng "
                                '{"error": mã, "message": câu tiếng Việt}. Mọi đường dẫn trừ /health và '
                                "/openapi.json cần tiêu đề 'Authorization: Bearer <mã>'."},
        "servers": [{"url": PREFIX}],
        "paths": _secured(PATHS),
        "security": [{"bearer": []}],
        "components": {"schemas": SCHEMAS, "securitySchemes": {"bearer": {
            "type": "http", "scheme": "bearer",
            "description": "Mã truy cập của một tổ chức (`bienban token create --org TÊN`); thấy tài liệu của "
                           "tổ chức đó và các tổ chức cấp dưới."}}},
    }


@bp.get("/openapi.json")
def openapi():
    return document()
