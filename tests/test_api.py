"""The HTTP API with Flask's test client, on SQLite and PostgreSQL, with the embedded broker."""

from __future__ import annotations

import io
import re

import pytest
from conftest import SAMPLES, sample
from sqlalchemy import select

from service.db import get_db
from service.models import Document
from service.reconcile import write_heartbeat
from service.storage import get_storage

API = "/api/v1"
COMPLETE = "regular-2024-03-khupho3-complete.txt"


def upload(client, data: bytes, filename: str = "bien-ban.txt"):
    return client.post(f"{API}/documents", data={"file": (io.BytesIO(data), filename)},
                       content_type="multipart/form-data")


def run_worker_once(app, document_id: str) -> str:
    """Do what a worker does for one message (the plain task function, no Celery)."""
    from worker.tasks import process_document

    return process_document(get_db(app), get_storage(app), document_id, node="test@api")


def assert_error(resp, status: int, code: str) -> None:
    assert resp.status_code == status, resp.get_data(as_text=True)
    body = resp.get_json()
    assert body["error"] == code and isinstance(body["message"], str) and body["message"]
    assert "Traceback" not in resp.get_data(as_text=True)


def test_upload_returns_202_then_same_bytes_return_the_document(app, client):
    data = sample(COMPLETE).read_bytes()
    first = upload(client, data, COMPLETE)
    assert first.status_code == 202
    body = first.get_json()
    assert body["status"] == "queued" and body["links"]["self"] == f"{API}/documents/{body['id']}"
    again = upload(client, data, "renamed.txt")
    assert again.status_code == 200 and again.get_json()["id"] == body["id"]
    got = client.get(body["links"]["self"]).get_json()
    assert (got["status"], got["report"], got["error"], got["filename"]) == ("queued", None, None, COMPLETE)
    assert got["size"] == len(data) and got["queue"] == "default" and got["media_type"] == "text/plain"
    with get_db(app).session() as s:
        doc = s.scalar(select(Document))
        assert doc.enqueued_at is not None  # the message reached the (embedded) broker
    assert get_storage(app).exists(doc.sha256)


@pytest.mark.parametrize("data, filename, status, code", [
    pytest.param(b"", "empty.txt", 400, "empty_file", id="empty"),
    pytest.param(b"\x00\x01\x02\x03binary\x00", "x.bin", 415, "unsupported_media_type", id="binary"),
])
def test_upload_refuses_bad_files(client, data, filename, status, code):
    assert_error(upload(client, data, filename), status, code)


def test_upload_without_file_is_400(client):
    assert_error(client.post(f"{API}/documents", data={"other": "x"}), 400, "missing_file")
    assert_error(client.post(f"{API}/documents"), 400, "missing_file")


def test_upload_too_big_is_413(app, client):
    app.config["MAX_CONTENT_LENGTH"] = 10_000
    assert_error(upload(client, b"Chi bo " * 5000), 413, "too_large")


@pytest.mark.parametrize("method, path, status, code", [
    pytest.param("get", f"{API}/documents/nope", 404, "not_found", id="unknown-document"),
    pytest.param("get", f"{API}/nowhere", 404, "not_found", id="unknown-route"),
    pytest.param("delete", f"{API}/documents", 405, "method_not_allowed", id="wrong-method"),
    pytest.param("get", f"{API}/references?limit=0", 400, "bad_request", id="bad-limit"),
    pytest.param("get", f"{API}/references?year=abc", 400, "bad_request", id="bad-year"),
    pytest.param("get", f"{API}/documents?status=lost", 400, "bad_request", id="bad-status"),
])
def test_errors_are_json(client, method, path, status, code):
    assert_error(getattr(client, method)(path), status, code)


def test_unexpected_error_is_json_500_without_trace(app, client):
    @app.get(f"{API}/_boom")
    def boom():
        raise RuntimeError("secret internals")

    resp = client.get(f"{API}/_boom")
    assert_error(resp, 500, "internal_error")
    assert "secret internals" not in resp.get_data(as_text=True)


def test_done_document_has_report_and_feeds_references_and_directives(app, client, pipeline):
    ids = {}
    for path in sorted(SAMPLES.glob("*.txt"))[:4]:
        resp = upload(client, path.read_bytes(), path.name)
        ids[resp.get_json()["id"]] = path.name
        assert run_worker_once(app, resp.get_json()["id"]) == "done"
    reports = {}
    for doc_id in ids:
        got = client.get(f"{API}/documents/{doc_id}").get_json()
        assert got["status"] == "done" and got["error"] is None
        assert got["report"]["schema"] == "bienban.report/1" and got["report"]["source"]["filename"] == ids[doc_id]
        reports[doc_id] = got["report"]
    cited = {}
    for doc_id, report in reports.items():
        for ref in report["references"]:
            cited.setdefault(ref["code"], []).append(doc_id)
    if not cited:
        pytest.skip("no references found in the samples yet")
    code = max(cited, key=lambda c: len(cited[c]))
    refs = client.get(f"{API}/references", query_string={"code": code}).get_json()
    assert refs["total"] == len(cited[code]) and refs["documents"] == len(set(cited[code]))
    for item in refs["items"]:
        assert item["code"] == code and item["document"]["id"] in reports
        assert item["text"] in item["sentence"]
        assert item["sentence_start"] <= item["start"] < item["end"] <= item["sentence_end"]
    page = client.get(f"{API}/references", query_string={"code": code, "limit": 1, "offset": 1}).get_json()
    assert len(page["items"]) == min(1, refs["total"] - 1) and page["total"] == refs["total"]
    directives = client.get(f"{API}/directives").get_json()
    by_code = {d["code"]: d for d in directives["items"]}
    assert set(by_code) == set(cited) and directives["total"] == len(cited)
    for c, docs in cited.items():
        assert (by_code[c]["mentions"], by_code[c]["documents"]) == (len(docs), len(set(docs)))
    counts = [(d["documents"], d["mentions"]) for d in directives["items"]]
    assert counts == sorted(counts, reverse=True)  # most cited first
    from nlp.catalogue import lookup

    for c in cited:
        entry = lookup(c)
        assert (by_code[c]["catalogue"] is None) == (entry is None)


def test_references_filters_by_type_issuer_year(app, client, pipeline):
    resp = upload(client, sample(COMPLETE).read_bytes(), COMPLETE)
    run_worker_once(app, resp.get_json()["id"])
    report = client.get(resp.get_json()["links"]["self"]).get_json()["report"]
    if not report["references"]:
        pytest.skip("no references found yet")
    ref = report["references"][0]
    for key in ("type", "issuer"):
        if ref[key]:
            got = client.get(f"{API}/references", query_string={key: ref[key]}).get_json()
            assert got["total"] == sum(1 for r in report["references"] if r[key] == ref[key])
    assert client.get(f"{API}/references", query_string={"code": "99-XX/YY"}).get_json()["total"] == 0


def test_failed_document_reports_its_error(app, client, pipeline):
    resp = upload(client, b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ntruncated", "hong.pdf")
    assert resp.status_code == 202
    assert run_worker_once(app, resp.get_json()["id"]) == "failed"
    got = client.get(resp.get_json()["links"]["self"]).get_json()
    assert got["status"] == "failed" and got["report"] is None
    assert got["error"]["code"] == "corrupt_file" and got["error"]["message"]


def test_health_reports_database_broker_and_workers(app, client):
    resp = client.get(f"{API}/health")
    body = resp.get_json()
    assert resp.status_code == 503 and body["status"] == "degraded"  # no worker yet
    assert body["database"]["ok"] and body["broker"]["ok"] and not body["workers"]["ok"]
    write_heartbeat(get_db(app), "w1@test", queues="default,ocr")
    resp = client.get(f"{API}/health")
    assert resp.status_code == 200 and resp.get_json()["workers"]["alive"] == 1
    assert client.get(f"{API}/health/live").status_code == 200


def test_health_detects_unreachable_broker(app, client):
    write_heartbeat(get_db(app), "w1@test")
    app.config["BROKER_URL"] = "redis://127.0.0.1:1/0"
    body = client.get(f"{API}/health").get_json()
    assert body["broker"]["ok"] is False and body["status"] == "degraded"


def test_openapi_describes_every_route(app, client):
    doc = client.get(f"{API}/openapi.json").get_json()
    assert doc["openapi"].startswith("3.1")
    routes = set()
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith(API) and not rule.rule.startswith(f"{API}/_"):
            path = re.sub(r"<\w+_id>", "{id}", rule.rule[len(API):])
            for method in rule.methods - {"HEAD", "OPTIONS"}:
                routes.add((path, method.lower()))
    described = {(p, m) for p, ops in doc["paths"].items() for m in ops}
    assert routes == described
    refs = set()

    def walk(node):
        if isinstance(node, dict):
            if "$ref" in node:
                refs.add(node["$ref"].rsplit("/", 1)[1])
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(doc)
    assert refs <= set(doc["components"]["schemas"])


def test_openapi_validates_real_responses(app, client, pipeline):
    jsonschema = pytest.importorskip("jsonschema")
    doc = client.get(f"{API}/openapi.json").get_json()
    resp = upload(client, sample(COMPLETE).read_bytes(), COMPLETE)
    run_worker_once(app, resp.get_json()["id"])
    checks = [("Accepted", resp.get_json()),
              ("Document", client.get(resp.get_json()["links"]["self"]).get_json()),
              ("MentionList", client.get(f"{API}/references").get_json()),
              ("DirectiveList", client.get(f"{API}/directives").get_json()),
              ("DocumentList", client.get(f"{API}/documents").get_json()),
              ("Error", client.get(f"{API}/documents/nope").get_json())]
    for name, body in checks:
        schema = {**doc["components"]["schemas"][name], "components": doc["components"]}
        jsonschema.Draft202012Validator(schema).validate(body)


@pytest.mark.parametrize("fmt", ["table", "json"])
def test_refs_command_reads_the_service_database(app, client, pipeline, monkeypatch, fmt):
    import json

    from click.testing import CliRunner

    from service.cli import main

    resp = upload(client, sample(COMPLETE).read_bytes(), COMPLETE)
    run_worker_once(app, resp.get_json()["id"])
    report = client.get(resp.get_json()["links"]["self"]).get_json()["report"]
    if not report["references"]:
        pytest.skip("no references found yet")
    code = report["references"][0]["code"]
    monkeypatch.setenv("BIENBAN_DATA_DIR", app.config["DATA_DIR"])
    monkeypatch.setenv("BIENBAN_DATABASE_URL", app.config["DATABASE_URL"])
    result = CliRunner().invoke(main, ["refs", "--code", code, "--format", fmt])
    assert result.exit_code == 0, result.output
    expected = sum(1 for r in report["references"] if r["code"] == code)
    if fmt == "json":
        mentions = json.loads(result.output)
        assert len(mentions) == expected and {m["code"] for m in mentions} == {code}
        assert all(m["text"] in m["sentence"] for m in mentions)
    else:
        assert code in result.output and COMPLETE in result.output
        assert f"{expected} lần trích dẫn trong 1 tài liệu" in result.output
    none = CliRunner().invoke(main, ["refs", "--code", "99-XX/YY"])
    assert none.exit_code == 0 and "Không có trích dẫn" in none.output


def _png() -> bytes:
    from PIL import Image, ImageDraw

    img = Image.new("L", (600, 200), 255)
    ImageDraw.Draw(img).text((20, 80), "BIEN BAN SINH HOAT CHI BO", fill=0)
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def _scanned_pdf() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.open(io.BytesIO(_png())).convert("RGB").save(out, "PDF", resolution=150)
    return out.getvalue()


def _text_pdf() -> bytes:
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    for line in sample(COMPLETE).read_text(encoding="utf-8").splitlines()[:40]:
        pdf.cell(0, 6, line.encode("ascii", "replace").decode(), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


@pytest.mark.parametrize("make, filename, media_type, queue", [
    pytest.param(lambda: sample(COMPLETE).read_bytes(), "m.txt", "text/plain", "default", id="text"),
    pytest.param(_text_pdf, "m.pdf", "application/pdf", "default", id="text-layer-pdf"),
    pytest.param(_scanned_pdf, "scan.pdf", "application/pdf", "ocr", id="scanned-pdf"),
    pytest.param(_png, "photo.png", "image/png", "ocr", id="image"),
])
def test_upload_routes_ocr_work_to_its_queue(client, make, filename, media_type, queue):
    resp = upload(client, make(), filename)
    assert resp.status_code == 202
    got = client.get(resp.get_json()["links"]["self"]).get_json()
    assert (got["media_type"], got["queue"]) == (media_type, queue)
