"""Batches through the API on SQLite and PostgreSQL: task bodies called as plain functions, no Celery."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from conftest import authed_client
from sqlalchemy import delete, func, select

from service import batches
from service.db import get_db
from service.models import Attempt, Batch, Document
from service.storage import get_storage
from worker.pipeline import sha256_file

API = "/api/v1"
NODE = "test@batches"

# Two clerks of one cell write its monthly minutes differently (the cell's name too: "Khu phố 7", "KP 7").
FORMAL = """ĐẢNG BỘ PHƯỜNG AN LẠC                    ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ KHU PHỐ 7
        *                                 An Lạc, ngày {d} tháng {m} năm {y}

BIÊN BẢN
SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG {m}/{y}

Thời gian: bắt đầu lúc 19 giờ 00 phút, ngày {d} tháng {m} năm {y}.
Địa điểm: Văn phòng Ban điều hành khu phố 7.
Chủ trì: đồng chí Trần Quốc Bảo, Bí thư Chi bộ.
Thư ký: đồng chí Nguyễn Thị Thúy, Chi ủy viên.
Tổng số đảng viên: 24 đồng chí; có mặt: {present} đồng chí; vắng: {absent} đồng chí (có lý do).

I. PHẦN MỞ ĐẦU
Đồng chí Bí thư tuyên bố lý do, thông qua chương trình sinh hoạt, chi bộ thống nhất.
II. THÔNG TIN THỜI SỰ
Đồng chí Nguyễn Thị Thúy thông tin tình hình thời sự trong nước, quốc tế và địa phương trong tháng.
III. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG TRƯỚC
Chi bộ lãnh đạo khu phố hoàn thành thu quỹ vì người nghèo, giữ vững an ninh trật tự trên địa bàn.
IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG TỚI
Tiếp tục thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị; vận động nhân dân giữ vệ sinh môi trường.
V. THẢO LUẬN
Các đồng chí đảng viên phát biểu, thống nhất với dự thảo báo cáo.
VI. KẾT LUẬN
Đồng chí chủ trì kết luận, giao nhiệm vụ cho các đồng chí chi ủy viên.
VII. BIỂU QUYẾT
Chi bộ biểu quyết thông qua nghị quyết tháng: {present}/{present} đồng chí tán thành.

Buổi sinh hoạt kết thúc lúc 21 giờ 00 phút cùng ngày.

THƯ KÝ                                        CHỦ TRÌ
Nguyễn Thị Thúy                               Trần Quốc Bảo
"""

TERSE = """ĐẢNG BỘ P. AN LẠC
CHI BỘ KP 7
Số: {m:02d}-BB/CB

BIÊN BẢN HỌP CHI BỘ ĐỊNH KỲ THÁNG {m:02d} NĂM {y}

- Thời gian: 19h30, ngày {d:02d}/{m:02d}/{y}
- Địa điểm: nhà văn hóa KP7
- Chủ trì: đ/c Trần Quốc Bảo - BT
- Thư ký: đ/c Nguyễn Thị Thúy
- Đảng viên: tổng số 24, có mặt {present}, vắng {absent} (đ/c Lê Văn Hai - đi công tác).

1. Khai mạc: đ/c Bí thư nêu lý do, chương trình.
2. Thời sự: đ/c Thúy thông tin thời sự trong tháng.
3. Kiểm điểm tháng qua: hoàn thành tổng vệ sinh, đóng đảng phí đủ.
4. Nhiệm vụ tháng tới: vận động đóng quỹ, tuần tra đêm.
5. Ý kiến đảng viên: đ/c Hai, đ/c Mỹ góp ý, thống nhất.
6. Chủ trì kết luận. Biểu quyết: {present}/{present} tán thành.

Họp kết thúc 21h15 cùng ngày.
  Thư ký                 Chủ trì
  Nguyễn Thị Thúy        Trần Quốc Bảo
"""

CORRUPT_PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\nxref\n0 2\ntrailer << /Root 1 0 R"


def minutes(month: int, *, terse: bool = False, day: int = 20, year: int = 2024, absent: int = 1) -> bytes:
    template = TERSE if terse else FORMAL
    return template.format(m=month, d=day, y=year, present=24 - absent, absent=absent).encode("utf-8")


def archive_members() -> list[tuple[str, bytes]]:
    """January–June 2024 but April, in two styles; a copy of March, a corrupt PDF, an escape, an empty file."""
    march = minutes(3, terse=True)
    return [
        ("2024/thang-01.txt", minutes(1)),
        ("2024/thang-02.txt", minutes(2, terse=True, day=18)),
        ("2024/thang-03.txt", march),
        ("2024/thang-05.txt", minutes(5, day=27, absent=3)),
        ("2024/thang-06.txt", minutes(6, terse=True, day=21)),
        ("2024/ban-sao-thang-03.txt", march),  # the same bytes again: the same document
        ("2024/hong.pdf", CORRUPT_PDF),
        ("../../etc/thoat-ra-ngoai.txt", minutes(7)),  # path traversal: never written, reported
        ("2024/rong.txt", b""),
    ]


def make_zip(members: list[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members:
            zf.writestr(name, data)
    return buf.getvalue()


@pytest.fixture(params=["fs", "db"])
def app(request: pytest.FixtureRequest, database_url: str, tmp_path: Path):
    """The service with either storage backend (a worker reads the zip back from it to unpack)."""
    from service.app import create_app

    application = create_app({
        "TESTING": True, "DATA_DIR": str(tmp_path / "data"), "DATABASE_URL": database_url,
        "BROKER_URL": f"sqla+sqlite:///{tmp_path / 'broker.sqlite3'}", "STORAGE": request.param,
    })
    get_db(application).migrate()
    with get_db(application).session() as s:
        s.execute(delete(Batch))  # the PostgreSQL schema is shared by the session's tests
    yield application
    get_db(application).engine.dispose()


@pytest.fixture
def client(app):
    return authed_client(app)


def post_zip(client, data: bytes, name: str = "ho-so-2024.zip"):
    return client.post(f"{API}/batches", data={"file": (io.BytesIO(data), name)}, content_type="multipart/form-data")


def post_files(client, files: list[tuple[str, bytes]]):
    return client.post(f"{API}/batches", data={"files": [(io.BytesIO(d), n) for n, d in files]},
                       content_type="multipart/form-data")


def unpack(app, batch_id: str) -> tuple[str, list[str]]:
    """What a worker does with the unpack message; returns the outcome and the documents it queued."""
    sent: list[str] = []
    outcome = batches.unpack_batch(get_db(app), get_storage(app), batch_id, lambda doc_id, _queue: sent.append(doc_id))
    return outcome, sent


def process(app, document_id: str) -> str:
    from worker.tasks import process_document

    return process_document(get_db(app), get_storage(app), document_id, node=NODE)


def batch_documents(app, batch_id: str) -> list[str]:
    """Distinct documents of a batch, in entry order."""
    from service.models import BatchDocument

    with get_db(app).session() as s:
        ids = s.scalars(select(BatchDocument.document_id).where(BatchDocument.batch_id == batch_id,
                                                                BatchDocument.document_id.is_not(None))
                        .order_by(BatchDocument.position))
        return list(dict.fromkeys(ids))


def progress(body: dict) -> tuple:
    return body["status"], body["total"], body["done"], body["failed"], body["pending"]


def archive_findings(report: dict) -> list[tuple[str, str]]:
    [org] = report["organizations"]
    return sorted((f["rule"], f["period"]) for f in org["findings"] if f["rule"] == "monthly_regular")


def test_zip_batch_progress_then_archive_report(app, client, pipeline):
    resp = post_zip(client, make_zip(archive_members()))
    assert resp.status_code == 202, resp.get_data(as_text=True)
    body = resp.get_json()
    assert body["status"] == "queued" and body["links"]["self"] == f"{API}/batches/{body['id']}"
    url = body["links"]["self"]
    got = client.get(url).get_json()
    assert progress(got) == ("queued", 0, 0, 0, 0) and got["unpacked"] is False and got["report"] is None
    with get_db(app).session() as s:
        assert s.scalar(select(Batch.enqueued_at).where(Batch.id == body["id"])) is not None  # the unpack message

    outcome, sent = unpack(app, body["id"])
    docs = batch_documents(app, body["id"])
    assert outcome == "unpacked" and sorted(sent) == sorted(docs) and len(docs) == 6  # the copy is one document
    got = client.get(url).get_json()
    # 9 entries: the escape and the empty file are kept out at once, 7 wait for 6 documents.
    assert progress(got) == ("queued", 9, 0, 2, 7) and got["unpacked"] is True and got["report"] is None

    assert process(app, docs[0]) == "done"
    assert progress(client.get(url).get_json()) == ("processing", 9, 1, 2, 6)
    for doc_id in docs[1:]:
        process(app, doc_id)
    # The worker that finishes the last document stores the report (the Celery wrapper calls this).
    assert batches.finish_batches_of(get_db(app), docs[-1]) == [body["id"]]
    assert batches.finish_batches_of(get_db(app), docs[-1]) == []  # once

    got = client.get(url).get_json()
    assert progress(got) == ("done", 9, 6, 3, 0) and got["finished_at"] is not None
    report = got["report"]
    assert report["schema"] == "bienban.audit/1"
    by_path = {d["path"].split("!", 1)[1]: d for d in report["documents"]}
    assert all(d["path"].startswith("ho-so-2024.zip!") for d in report["documents"])
    assert by_path["2024/hong.pdf"]["error"]["error"] == "corrupt_file"
    assert by_path["../../etc/thoat-ra-ngoai.txt"]["error"]["error"] == "unsafe_archive"
    assert by_path["2024/rong.txt"]["error"]["error"] == "empty_file"
    assert by_path["2024/ban-sao-thang-03.txt"]["duplicate_of"] == by_path["2024/thang-03.txt"]["path"]
    assert by_path["2024/thang-05.txt"]["report"]["meeting"]["date"] == "2024-05-27"
    [org] = report["organizations"]
    assert (org["from"], org["to"]) == ("2024-01", "2024-06")
    assert [m["regular"] for m in org["months"]] == [1, 1, 1, 0, 1, 1]  # the copy does not count twice
    assert archive_findings(report) == [("monthly_regular", "2024-04")]

    period = client.get(f"{url}?from=2024-01&to=2024-08").get_json()["report"]
    assert archive_findings(period) == [("monthly_regular", m) for m in ("2024-04", "2024-07", "2024-08")]


def test_same_zip_again_reuses_documents_without_processing(app, client, pipeline):
    data = make_zip(archive_members()[:3])
    first = post_zip(client, data).get_json()["id"]
    _, sent = unpack(app, first)
    for doc_id in sent:
        process(app, doc_id)
    second = post_zip(client, data, "gui-lai.zip").get_json()["id"]
    assert second != first
    outcome, sent_again = unpack(app, second)
    assert outcome == "unpacked" and sent_again == []
    assert batch_documents(app, second) == batch_documents(app, first)
    got = client.get(f"{API}/batches/{second}").get_json()  # finished by the unpacking itself
    assert progress(got) == ("done", 3, 3, 0, 0)
    assert archive_findings(got["report"]) == []
    with get_db(app).session() as s:
        assert s.scalar(select(func.count()).select_from(Attempt)) == 3  # nothing processed twice
    assert unpack(app, second) == ("skipped", [])  # a redelivered message does nothing


def test_several_files_form_and_report_finished_by_get(app, client, pipeline):
    files = [(f"thang-{m:02d}.txt", minutes(m, terse=m % 2 == 0)) for m in (7, 8, 10)] + [("rong.txt", b"")]
    resp = post_files(client, files)
    assert resp.status_code == 202, resp.get_data(as_text=True)
    url = resp.get_json()["links"]["self"]
    got = client.get(url).get_json()
    assert progress(got) == ("queued", 4, 0, 1, 3) and got["unpacked"] is True
    with get_db(app).session() as s:
        assert s.scalar(select(func.count()).select_from(Document).where(Document.enqueued_at.is_not(None))) == 3
    for doc_id in batch_documents(app, resp.get_json()["id"]):
        process(app, doc_id)
    # No worker hook ran: the GET itself notices nothing is pending and stores the report.
    got = client.get(url).get_json()
    assert progress(got) == ("done", 4, 3, 1, 0)
    assert [d["path"] for d in got["report"]["documents"]] == [n for n, _ in files]
    assert archive_findings(got["report"]) == [("monthly_regular", "2024-09")]


def test_reconciler_sends_lost_unpacking_and_finishes_complete_batches(app, client, pipeline):
    db = get_db(app)
    data = make_zip(archive_members()[:2])
    path = Path(app.config["DATA_DIR"]) / "lost.zip"
    path.write_bytes(data)

    def broker_down(_batch_id: str) -> None:
        raise ConnectionError("broker down")

    lost = batches.create_archive_batch(db, get_storage(app), path, sha256_file(path), "lost.zip", broker_down)
    sent: list[str] = []
    assert batches.reconcile_batches(db, sent.append, queued_after=600) == [lost]  # never sent: sent at once
    assert sent == [lost]
    assert batches.reconcile_batches(db, sent.append, queued_after=600) == []  # just sent: not again
    assert batches.reconcile_batches(db, sent.append, queued_after=0) == [lost]  # sent long ago, still packed
    _, docs = unpack(app, lost)
    for doc_id in docs:
        process(app, doc_id)
    assert batches.reconcile_batches(db, sent.append, queued_after=0) == [lost]  # the lost final step
    with db.session() as s:
        assert s.get(Batch, lost).report["schema"] == "bienban.audit/1"
    assert batches.reconcile_batches(db, sent.append, queued_after=0) == []


def _zip_without_files() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("trong/", b"")
    return buf.getvalue()


@pytest.mark.parametrize("form, config, status, code", [
    pytest.param({}, {}, 400, "missing_file", id="no-file"),
    pytest.param({"file": (b"", "rong.zip")}, {}, 400, "empty_file", id="empty-upload"),
    pytest.param({"file": (_zip_without_files(), "trong.zip")}, {}, 400, "empty_file", id="zip-without-files"),
    pytest.param({"file": (b"PK\x03\x04" + b"\x00" * 64, "hong.zip")}, {}, 400, "corrupt_file", id="corrupt-zip"),
    pytest.param({"file": (make_zip([("a.txt", b"a" * 4096)]), "bom.zip")}, {"MAX_ARCHIVE_GB": 1e-6}, 400,
                 "unsafe_archive", id="declared-size-bomb"),
    pytest.param({"file": (make_zip([("a.txt", b"a"), ("b.txt", b"b")]), "nhieu.zip")}, {"MAX_BATCH_FILES": 1},
                 413, "too_large", id="too-many-entries"),
    pytest.param({"file": (b"x" * 300_000, "to.txt")}, {"MAX_BATCH_MB": 0.1}, 413, "too_large", id="request-too-large"),
    pytest.param({"files": [(b"\x00\x01\x02binary\x00", "a.bin"), (b"\x00\xff\x00", "b.bin")]}, {}, 415,
                 "unsupported_media_type", id="nothing-readable"),
    pytest.param({"files": [(make_zip([("a.txt", b"a")]), "a.zip"), (b"Chi bo", "b.txt")]}, {}, 400, "bad_request",
                 id="zip-with-other-files"),
])
def test_upload_refusals(app, client, form, config, status, code):
    app.config.update(config)
    data = {key: ([(io.BytesIO(d), n) for d, n in value] if isinstance(value, list) else (io.BytesIO(value[0]),
                                                                                           value[1]))
            for key, value in form.items()}
    resp = client.post(f"{API}/batches", data=data, content_type="multipart/form-data")
    assert resp.status_code == status, resp.get_data(as_text=True)
    body = resp.get_json()
    assert body["error"] == code and body["message"]
    with get_db(app).session() as s:
        assert s.scalar(select(func.count()).select_from(Batch)) == 0


@pytest.mark.parametrize("url, status, code", [
    pytest.param("/batches/khong-co", 404, "not_found", id="unknown-id"),
    pytest.param("/batches/{id}?from=2024-13", 400, "bad_request", id="bad-month"),
    pytest.param("/batches/{id}?from=2024-06&to=2024-01", 400, "bad_request", id="period-reversed"),
])
def test_get_errors(client, url, status, code):
    batch_id = post_files(client, [("a.txt", minutes(1))]).get_json()["id"]
    resp = client.get(API + url.format(id=batch_id))
    assert resp.status_code == status and resp.get_json()["error"] == code


def test_openapi_validates_batch_responses(app, client, pipeline):
    jsonschema = pytest.importorskip("jsonschema")
    doc = client.get(f"{API}/openapi.json").get_json()
    accepted = post_files(client, [("a.txt", minutes(1)), ("b.txt", minutes(2, terse=True))]).get_json()
    queued = client.get(accepted["links"]["self"]).get_json()
    for doc_id in batch_documents(app, accepted["id"]):
        process(app, doc_id)
    done = client.get(accepted["links"]["self"]).get_json()
    assert (queued["status"], done["status"]) == ("queued", "done")
    for name, body in [("BatchAccepted", accepted), ("Batch", queued), ("Batch", done),
                       ("Error", client.get(f"{API}/batches/khong-co").get_json())]:
        schema = {**doc["components"]["schemas"][name], "components": doc["components"]}
        jsonschema.Draft202012Validator(schema).validate(body)


def test_unpacking_resumes_after_a_crash_without_duplicate_entries(app, client, monkeypatch):
    batch_id = post_zip(client, make_zip(archive_members())).get_json()["id"]
    real_store = batches.store_file
    calls = {"n": 0}

    def dying_store(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 4:
            raise MemoryError("worker killed")  # the worker dies after its first chunk was saved
        return real_store(*args, **kwargs)

    monkeypatch.setattr(batches, "CHUNK_ENTRIES", 2)
    monkeypatch.setattr(batches, "store_file", dying_store)
    with pytest.raises(MemoryError):
        unpack(app, batch_id)
    got = client.get(f"{API}/batches/{batch_id}").get_json()
    assert got["unpacked"] is False and got["total"] == 2 and got["report"] is None
    monkeypatch.setattr(batches, "store_file", real_store)
    outcome, sent = unpack(app, batch_id)  # the message redelivered, or sent again by the reconciler
    got = client.get(f"{API}/batches/{batch_id}").get_json()
    assert outcome == "unpacked" and got["total"] == 9 and got["unpacked"] is True
    assert len(batch_documents(app, batch_id)) == 6 and len(sent) == 4  # the first chunk's two were sent before


def test_abandoned_unpacking_finishes_the_batch_with_its_reason(app, client):
    from worker.errors import ProcessingTimeout

    batch_id = post_zip(client, make_zip(archive_members()[:2])).get_json()["id"]
    batches.abandon_unpack(get_db(app), batch_id, ProcessingTimeout("Giải nén tệp nén quá thời gian cho phép."))
    got = client.get(f"{API}/batches/{batch_id}").get_json()
    assert progress(got) == ("done", 1, 0, 1, 0)
    [entry] = got["report"]["documents"]
    assert (entry["path"], entry["error"]["error"]) == ("ho-so-2024.zip", "processing_timeout")
