"""Bad input: every case a real malformed file made here, the error we raise, and the CLI's exit 2."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from worker.errors import (
    CorruptFile,
    EmptyFile,
    EncryptedPdf,
    InputError,
    TooLarge,
    TooManyPages,
    UnsupportedMediaType,
)
from worker.extract import extract_file

SAMPLES_DIR = Path(__file__).resolve().parents[1] / "samples"
sys.path.insert(0, str(SAMPLES_DIR))
import build_samples  # noqa: E402

PDF_2 = "text-dejavusans-two-column-head.pdf"
PDF_3 = "text-dejavuserif-multipage-running-header-page-numbers.pdf"
DOCX = "docx-table-head-signature-table.docx"


@pytest.fixture(scope="session")
def good(tmp_path_factory) -> Path:
    """Well-formed samples to break."""
    out = tmp_path_factory.mktemp("good")
    for name in (PDF_2, PDF_3, DOCX):
        build_samples.build_one(name, out)
    return out


# --- makers of bad files: (good samples dir, target dir) -> path ------------------------------------------


def empty(good: Path, tmp: Path) -> Path:
    path = tmp / "empty.pdf"
    path.write_bytes(b"")
    return path


def blank_text(good: Path, tmp: Path) -> Path:
    path = tmp / "blank.txt"
    path.write_bytes(b"\r\n  \t\r\n\xef\xbb\xbf")
    return path


def truncated_pdf(good: Path, tmp: Path) -> Path:
    data = (good / PDF_2).read_bytes()
    path = tmp / "truncated-half.pdf"
    path.write_bytes(data[: len(data) // 2])
    return path


def garbage_pdf(good: Path, tmp: Path) -> Path:
    path = tmp / "garbage.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    return path


def encrypted_pdf(good: Path, tmp: Path) -> Path:
    if shutil.which("qpdf") is None:
        pytest.skip("qpdf not installed")
    path = tmp / "encrypted-user-password.pdf"
    subprocess.run(["qpdf", "--encrypt", "mat-khau", "chu-so-huu", "256", "--", str(good / PDF_2), str(path)],
                   check=True)
    return path


def encrypted_rc4_pdf(good: Path, tmp: Path) -> Path:
    if shutil.which("qpdf") is None:
        pytest.skip("qpdf not installed")
    path = tmp / "encrypted-rc4-40.pdf"
    subprocess.run(["qpdf", "--allow-weak-crypto", "--encrypt", "u", "o", "40", "--", str(good / PDF_2), str(path)],
                   check=True)
    return path


def _hand_pdf(objects: list[bytes]) -> bytes:
    """A minimal PDF with a correct cross-reference table around the given objects."""
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def cyclic_pdf(good: Path, tmp: Path) -> Path:
    """A page tree whose node lists itself among its kids (a classic way to hang naive readers)."""
    path = tmp / "cyclic-page-tree.pdf"
    path.write_bytes(_hand_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
    ]))
    return path


def blank_pdf(good: Path, tmp: Path) -> Path:
    """One blank page whose content stream claims a gigantic length: nothing to read, even by OCR."""
    pytest.importorskip("worker.extract.ocr")
    if shutil.which("tesseract") is None:
        pytest.skip("tesseract not installed")
    path = tmp / "blank-page-bad-length.pdf"
    path.write_bytes(_hand_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length 999999999 >>\nstream\nBT ET\nendstream",
    ]))
    return path


def truncated_docx(good: Path, tmp: Path) -> Path:
    data = (good / DOCX).read_bytes()
    path = tmp / "truncated.docx"
    path.write_bytes(data[: len(data) * 2 // 3])
    return path


def _rewrite_docx(good: Path, path: Path, replace: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(good / DOCX) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, replace.get(info.filename, src.read(info)))
    return path


def broken_xml_docx(good: Path, tmp: Path) -> Path:
    return _rewrite_docx(good, tmp / "broken-xml.docx", {"word/document.xml": b"<w:document xmlns:w='x'><w:body>"})


def missing_part_docx(good: Path, tmp: Path) -> Path:
    """The page header a section refers to is missing from the package."""
    build_samples.build_one("docx-paragraph-head-section-header.docx", tmp)
    path = tmp / "missing-header-part.docx"
    with zipfile.ZipFile(tmp / "docx-paragraph-head-section-header.docx") as src, zipfile.ZipFile(path, "w") as dst:
        for info in src.infolist():
            if not info.filename.startswith("word/header"):
                dst.writestr(info.filename, src.read(info))
    return path


def crc_docx(good: Path, tmp: Path) -> Path:
    """A member's bytes changed after the zip was written: its CRC no longer matches."""
    path = tmp / "bad-crc.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as dst, zipfile.ZipFile(good / DOCX) as src:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info))
    data = bytearray(path.read_bytes())
    at = data.index(b"<w:body>")
    data[at + 1 : at + 2] = b"W"
    path.write_bytes(bytes(data))
    return path


def bomb_docx(good: Path, tmp: Path) -> Path:
    """20 MB of zeros packed into a few kilobytes inside a DOCX."""
    path = _rewrite_docx(good, tmp / "zip-bomb.docx", {})
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive, archive.open("word/media/a.bin", "w") as fh:
        chunk = bytes(1 << 20)
        for _ in range(20):
            fh.write(chunk)
    return path


def random_binary(good: Path, tmp: Path) -> Path:
    path = tmp / "random.txt"
    path.write_bytes(bytes((i * 7919 + 13) % 256 for i in range(4096)))
    return path


def plain_zip(good: Path, tmp: Path) -> Path:
    path = tmp / "minutes.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("bien-ban.txt", "Chi bộ họp")
    return path


def old_word_doc(good: Path, tmp: Path) -> Path:
    path = tmp / "minutes.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + b"Word.Document.8" + bytes(1000))
    return path


def gif_image(good: Path, tmp: Path) -> Path:
    path = tmp / "scan.gif"
    path.write_bytes(b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,"
                     b"\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")
    return path


BAD: list = [
    pytest.param(empty, EmptyFile, "empty_file", {}, id="empty"),
    pytest.param(blank_text, EmptyFile, "empty_file", {}, id="blank-text"),
    pytest.param(truncated_pdf, CorruptFile, "corrupt_file", {}, id="truncated-pdf"),
    pytest.param(garbage_pdf, CorruptFile, "corrupt_file", {}, id="garbage-pdf"),
    pytest.param(encrypted_pdf, EncryptedPdf, "encrypted_pdf", {}, id="encrypted-aes256"),
    pytest.param(encrypted_rc4_pdf, EncryptedPdf, "encrypted_pdf", {}, id="encrypted-rc4"),
    pytest.param(cyclic_pdf, CorruptFile, "corrupt_file", {}, id="cyclic-page-tree-pdf"),
    pytest.param(blank_pdf, EmptyFile, "empty_file", {}, id="blank-page-pdf"),
    pytest.param(truncated_docx, CorruptFile, "corrupt_file", {}, id="truncated-docx"),
    pytest.param(broken_xml_docx, CorruptFile, "corrupt_file", {}, id="broken-xml-docx"),
    pytest.param(crc_docx, CorruptFile, "corrupt_file", {}, id="bad-crc-docx"),
    pytest.param(missing_part_docx, CorruptFile, "corrupt_file", {}, id="missing-part-docx"),
    pytest.param(bomb_docx, TooLarge, "too_large", {}, id="zip-bomb-docx"),
    pytest.param(lambda g, t: g / DOCX, TooLarge, "too_large", {"BIENBAN_MAX_FILE_MB": "0.002"}, id="docx-unpacks-big"),
    pytest.param(
        lambda g, t: g / PDF_3, TooManyPages, "too_many_pages", {"BIENBAN_MAX_PAGES": "2"}, id="too-many-pages"
    ),
    pytest.param(lambda g, t: g / PDF_2, TooLarge, "too_large", {"BIENBAN_MAX_FILE_MB": "0.01"}, id="too-large"),
    pytest.param(random_binary, UnsupportedMediaType, "unsupported_media_type", {}, id="random-binary"),
    pytest.param(plain_zip, UnsupportedMediaType, "unsupported_media_type", {}, id="zip-named-docx"),
    pytest.param(old_word_doc, UnsupportedMediaType, "unsupported_media_type", {}, id="old-word-doc"),
    pytest.param(gif_image, UnsupportedMediaType, "unsupported_media_type", {}, id="gif"),
]


@pytest.mark.parametrize("make, error, code, env", BAD)
def test_bad_input_raises(good: Path, tmp_path: Path, monkeypatch, make: Callable, error: type, code: str,
                          env: dict[str, str]) -> None:
    path = make(good, tmp_path)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    with pytest.raises(error) as info:
        extract_file(path)
    assert info.value.code == code
    assert isinstance(info.value, InputError) and info.value.exit_code == 2
    assert info.value.message  # a Vietnamese sentence for the user


def test_limits_read_when_checked_not_at_import(good: Path, monkeypatch) -> None:
    monkeypatch.setenv("BIENBAN_MAX_PAGES", "2")
    with pytest.raises(TooManyPages):
        extract_file(good / PDF_3)
    monkeypatch.setenv("BIENBAN_MAX_PAGES", "3")
    assert extract_file(good / PDF_3).pages == 3


def test_owner_password_only_pdf_is_read(good: Path, tmp_path: Path) -> None:
    """Permissions without a user password do not stop reading: such PDFs are common and harmless."""
    if shutil.which("qpdf") is None:
        pytest.skip("qpdf not installed")
    path = tmp_path / "owner-password-only.pdf"
    subprocess.run(["qpdf", "--encrypt", "", "chu-so-huu", "256", "--", str(good / PDF_2), str(path)], check=True)
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in extract_file(path).text


def test_chained_from_library_error(good: Path, tmp_path: Path) -> None:
    with pytest.raises(EncryptedPdf) as info:
        extract_file(encrypted_pdf(good, tmp_path))
    assert info.value.__cause__ is not None


CLI_CASES = [p for p in BAD if p.id in ("empty", "truncated-pdf", "encrypted-aes256", "zip-bomb-docx",
                                        "random-binary", "too-many-pages")]


@pytest.mark.parametrize("command", ["extract", "check"])
@pytest.mark.parametrize("make, error, code, env", CLI_CASES)
def test_cli_exit_2_with_one_line_reason(good: Path, tmp_path: Path, command: str, make: Callable, error: type,
                                         code: str, env: dict[str, str]) -> None:
    import os

    path = make(good, tmp_path)
    proc = subprocess.run(
        [sys.executable, "-m", "service.cli", command, str(path)],
        capture_output=True, text=True, timeout=120, env={**os.environ, **env},
        cwd=Path(__file__).resolve().parents[1],
    )
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"bienban: {code}: ")
    assert "Traceback" not in proc.stderr and proc.stdout == ""
