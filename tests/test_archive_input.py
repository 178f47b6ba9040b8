"""Zip safety and folder walking for audits: real malformed archives built in the test."""

import io
import struct
import zipfile
import zlib

import pytest

from worker.archive_input import count_inputs, iter_inputs

MINUTES = "BIÊN BẢN SINH HOẠT CHI BỘ\nChi bộ họp ngày 12/3/2024.\n".encode()


def _zip(tmp_path, entries, name="a.zip"):
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for entry_name, data in entries:
            zf.writestr(entry_name, data)
    return path


def _codes(items):
    return [(i.display.split("!")[-1], i.error.code if i.error else None) for i in items]


def test_folder_and_zip_are_walked_in_order(tmp_path):
    folder = tmp_path / "kho"
    (folder / "2024").mkdir(parents=True)
    (folder / "2024" / "t1.txt").write_bytes(MINUTES)
    (folder / "2024" / ".DS_Store").write_bytes(b"x")
    _zip(folder, [("t2.txt", MINUTES), ("__MACOSX/._t2.txt", b"x"), ("sub/t3.txt", MINUTES)], name="b.zip")
    items = list(iter_inputs([folder]))
    try:
        assert [i.display.replace(str(folder), "") for i in items] == ["/2024/t1.txt", "/b.zip!t2.txt",
                                                                       "/b.zip!sub/t3.txt"]
        assert count_inputs([folder]) == 3
        assert all(i.path.read_bytes() == MINUTES for i in items)
    finally:
        for i in items:
            i.cleanup()
    assert not any(i.path.exists() for i in items if i.temporary)


@pytest.mark.parametrize(
    "entry, code",
    [
        pytest.param("../../etc/evil.txt", "unsafe_archive", id="parent-traversal"),
        pytest.param("/etc/evil.txt", "unsafe_archive", id="absolute-path"),
        pytest.param("C:/Windows/evil.txt", "unsafe_archive", id="drive-letter"),
        pytest.param("ok/bien-ban.txt", None, id="normal-entry"),
    ],
)
def test_entry_names_never_used_as_paths(tmp_path, entry, code):
    items = list(iter_inputs([_zip(tmp_path, [(entry, MINUTES)])]))
    assert _codes(items) == [(entry, code)]
    for i in items:
        if i.path:
            assert str(i.path).startswith("/tmp") or i.path.parent != tmp_path
            i.cleanup()


def test_nested_archive_is_reported(tmp_path):
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as zf:
        zf.writestr("t.txt", MINUTES)
    items = list(iter_inputs([_zip(tmp_path, [("inner.zip", inner.getvalue()), ("t.txt", MINUTES)])]))
    assert _codes(items) == [("inner.zip", "unsafe_archive"), ("t.txt", None)]
    items[1].cleanup()


def test_compression_bomb_is_rejected_without_expanding(tmp_path):
    # 200 MB of zeros compresses to ~200 KB: rejected by ratio before any byte is written.
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        with zf.open("bomb.txt", "w", force_zip64=True) as fh:
            chunk = b"\0" * (1 << 20)
            for _ in range(200):
                fh.write(chunk)
    assert _codes(iter_inputs([path])) == [("bomb.txt", "too_large")]


def test_ratio_bomb_under_size_limit(tmp_path, monkeypatch):
    monkeypatch.setenv("BIENBAN_MAX_FILE_MB", "500")
    path = _zip(tmp_path, [("zeros.txt", b"\0" * (20 << 20))])
    assert _codes(iter_inputs([path])) == [("zeros.txt", "unsafe_archive")]


def test_lying_header_is_capped(tmp_path, monkeypatch):
    """An entry whose header claims a small size but inflates to more is cut off at the limit."""
    monkeypatch.setenv("BIENBAN_MAX_FILE_MB", "1")
    data = bytes(range(256)) * (8 << 10)  # 2 MB, incompressible enough to pass the ratio check
    path = _zip(tmp_path, [("big.txt", data)])
    raw = bytearray(path.read_bytes())
    # Patch the uncompressed size in the local header and the central directory to 1000 bytes.
    for sig, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        pos = raw.find(sig)
        raw[pos + offset:pos + offset + 4] = struct.pack("<I", 1000)
    path.write_bytes(bytes(raw))
    [(name, code)] = _codes(iter_inputs([path]))
    assert name == "big.txt" and code in ("too_large", "corrupt_file")


def test_corrupt_zip_is_one_error(tmp_path):
    path = tmp_path / "hong.zip"
    path.write_bytes(b"PK\x03\x04" + zlib.compress(b"not really a zip") + b"\0" * 50)
    items = list(iter_inputs([path]))
    assert len(items) == 1 and (items[0].error is not None or items[0].path == path)


def test_encrypted_entry_is_reported(tmp_path):
    path = _zip(tmp_path, [("t.txt", MINUTES)])
    raw = bytearray(path.read_bytes())
    for sig, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        pos = raw.find(sig)
        raw[pos + offset] |= 0x1
    path.write_bytes(bytes(raw))
    assert _codes(iter_inputs([path])) == [("t.txt", "unsafe_archive")]
