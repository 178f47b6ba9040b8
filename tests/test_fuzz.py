"""Fuzzing with hypothesis: the upload routes never answer 5xx, the extractors raise only our errors.

Bounded: a fixed number of examples per property, each example under a time alarm (a hang fails).
"""

from __future__ import annotations

import io
import signal
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
from conftest import issue_token
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from werkzeug.datastructures import MultiDict

from service.db import get_db
from worker import errors

API = "/api/v1"
ROOT = Path(__file__).resolve().parent.parent
FUZZ = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
                derandomize=True)
PER_EXAMPLE_SECONDS = 60


def _codes(cls: type[errors.BienbanError]) -> set[str]:
    return {cls.code} | {c for sub in cls.__subclasses__() for c in _codes(sub)}


STABLE_CODES = _codes(errors.BienbanError)
MAGIC = [b"", b"%PDF-1.7\n", b"PK\x03\x04", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff\xe0", b"II*\x00", b"MM\x00*",
         b"\xef\xbb\xbf", b"\xff\xfe", "BIÊN BẢN SINH HOẠT CHI BỘ\n".encode()]


@contextmanager
def alarm(seconds: int):
    """Turn a hang into a test failure."""
    def on_alarm(_signum, _frame):
        raise TimeoutError(f"no answer within {seconds} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture(scope="module")
def fuzz_client(tmp_path_factory):
    from service.app import create_app

    tmp = tmp_path_factory.mktemp("fuzz")
    app = create_app({"TESTING": True, "DATA_DIR": str(tmp / "data"),
                      "DATABASE_URL": f"sqlite:///{tmp / 'bienban.sqlite3'}",
                      "BROKER_URL": f"sqla+sqlite:///{tmp / 'broker.sqlite3'}", "RATE_LIMIT": 0,
                      "MAX_FILE_MB": 1, "MAX_BATCH_MB": 2})
    get_db(app).migrate()
    client = app.test_client()
    client.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {issue_token(app)}"
    yield client
    get_db(app).engine.dispose()


def assert_answer(resp) -> None:
    body = resp.get_data(as_text=True)
    assert resp.status_code < 500, body
    assert resp.is_json, body
    data = resp.get_json()
    if resp.status_code in (200, 202):
        assert data["id"] and data["status"] in ("queued", "processing", "done", "failed")
    else:
        assert data["error"] in STABLE_CODES and isinstance(data["message"], str) and data["message"], body
    assert "Traceback" not in body


payloads = st.builds(lambda magic, rest: magic + rest, st.sampled_from(MAGIC), st.binary(max_size=4096))
filenames = st.one_of(st.none(), st.text(max_size=80), st.sampled_from(["../../x.pdf", "a\\b.docx", ".", ""]))
fields = st.sampled_from(["file", "files", "other", "", "file[]"])
parts = st.lists(st.tuples(fields, payloads, filenames), min_size=0, max_size=4)


@settings(FUZZ, max_examples=150)
@given(route=st.sampled_from(["/documents", "/batches"]), form=parts,
       extra=st.dictionaries(st.text(max_size=10), st.text(max_size=20), max_size=3))
def test_multipart_uploads_never_fail_the_server(fuzz_client, route, form, extra):
    data = MultiDict(list(extra.items()))
    for name, payload, filename in form:
        data.add(name, (io.BytesIO(payload), filename or ""))
    with alarm(PER_EXAMPLE_SECONDS):
        resp = fuzz_client.post(API + route, data=data, content_type="multipart/form-data")
    assert_answer(resp)


@settings(FUZZ, max_examples=120)
@given(route=st.sampled_from(["/documents", "/batches"]), body=st.binary(max_size=2048),
       content_type=st.sampled_from(["multipart/form-data; boundary=xyz", "multipart/form-data",
                                     "multipart/form-data; boundary=", "application/json", "text/plain",
                                     "application/x-www-form-urlencoded", "multipart/mixed; boundary=a"]))
def test_malformed_bodies_never_fail_the_server(fuzz_client, route, body, content_type):
    if "boundary=xyz" in content_type:  # a plausible envelope around random bytes
        body = (b"--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\n" + body
                + b"\r\n--xyz--\r\n")
    with alarm(PER_EXAMPLE_SECONDS):
        resp = fuzz_client.post(API + route, data=body, content_type=content_type)
    assert_answer(resp)


# -- the extractors on mutated real samples -------------------------------------------------------------

@pytest.fixture(scope="module")
def seeds(tmp_path_factory) -> dict[str, bytes]:
    """Real samples of each format (built by samples/build_samples.py), and a small scan-like image."""
    from PIL import Image, ImageDraw

    sys.path.insert(0, str(ROOT / "samples"))
    import build_samples

    out = tmp_path_factory.mktemp("seeds")
    names = ["text-dejavusans-two-column-head.pdf", "docx-table-head-signature-table.docx", "plain-cp1258-crlf.txt",
             "plain-utf16-bom-crlf.txt"]
    found = {name: build_samples.build_one(name, out).read_bytes() for name in names}
    img = Image.new("L", (320, 120), 255)
    ImageDraw.Draw(img).text((10, 50), "BIEN BAN SINH HOAT CHI BO", fill=0)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    found["scan.png"] = buf.getvalue()
    return found


def mutate(data: bytes, ops: list[tuple[str, int, bytes]]) -> bytes:
    """Apply byte-level mutations: flip, truncate, insert, delete, duplicate a slice."""
    buf = bytearray(data)
    for op, pos, chunk in ops:
        if not buf:
            break
        at = pos % len(buf)
        if op == "flip":
            buf[at] ^= chunk[0] if chunk else 0xFF
        elif op == "truncate":
            del buf[at:]
        elif op == "insert":
            buf[at:at] = chunk
        elif op == "delete":
            del buf[at:at + len(chunk) * 16 + 1]
        elif op == "duplicate":
            buf[at:at] = buf[at:at + 256]
    return bytes(buf)


mutations = st.lists(st.tuples(st.sampled_from(["flip", "truncate", "insert", "delete", "duplicate"]),
                               st.integers(min_value=0, max_value=10**7), st.binary(min_size=1, max_size=32)),
                     min_size=1, max_size=6)


def _extract_mutated(seeds, tmp_path_factory, name: str, ops) -> None:
    from worker.extract import extract_file

    path = tmp_path_factory.mktemp("mutant", numbered=True) / f"m{Path(name).suffix}"
    path.write_bytes(mutate(seeds[name], ops))
    started = time.monotonic()
    try:
        with alarm(PER_EXAMPLE_SECONDS):
            result = extract_file(path)
        assert isinstance(result.text, str)
    except errors.BienbanError:
        pass  # a stable, reported refusal
    assert time.monotonic() - started < PER_EXAMPLE_SECONDS


@settings(FUZZ, max_examples=120)
@given(name=st.sampled_from(["text-dejavusans-two-column-head.pdf", "docx-table-head-signature-table.docx",
                             "plain-cp1258-crlf.txt", "plain-utf16-bom-crlf.txt"]), ops=mutations)
def test_extractors_raise_only_bienban_errors_on_mutated_documents(seeds, tmp_path_factory, name, ops):
    _extract_mutated(seeds, tmp_path_factory, name, ops)


@pytest.mark.ocr
@settings(FUZZ, max_examples=20)
@given(ops=mutations)
def test_ocr_raises_only_bienban_errors_on_mutated_images(seeds, tmp_path_factory, ops):
    _extract_mutated(seeds, tmp_path_factory, "scan.png", ops)
