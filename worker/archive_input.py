"""Walk the inputs of an audit — folders, zip archives, single files — one file at a time.

Zip entries are copied to temporary files with generated names (an entry's own
name is only ever shown, never used as a path), with a hard cap on the bytes
read, so a crafted archive cannot write outside its folder or fill the disk.
"""

from __future__ import annotations

import os
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from worker.errors import BienbanError, CorruptFile, TooLarge, UnsafeArchive
from worker.extract import limits

# An archive whose entries expand more than this much is treated as a bomb.
MAX_COMPRESSION_RATIO = 200
MAX_ARCHIVE_TOTAL_BYTES = 20 * 1024**3
ARCHIVE_SUFFIXES = (".zip",)

SKIPPED_NAMES = ("__MACOSX/", ".DS_Store", "Thumbs.db", "desktop.ini")


@dataclass(frozen=True)
class InputFile:
    """One file to audit: ``display`` is what the report shows; ``path`` is where the bytes are."""

    display: str
    path: Path | None
    temporary: bool = False
    error: BienbanError | None = None

    def cleanup(self) -> None:
        if self.temporary and self.path is not None:
            self.path.unlink(missing_ok=True)


def _is_zip(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(4) == b"PK\x03\x04" and zipfile.is_zipfile(path) and not _is_docx(path)
    except OSError:
        return False


def _is_docx(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as zf:
            return "word/document.xml" in zf.namelist()
    except (zipfile.BadZipFile, OSError):
        return False


def count_inputs(paths: list[Path]) -> int:
    """How many files ``iter_inputs`` will yield (for a progress bar); reads no contents."""
    n = 0
    for p in paths:
        for f in _walk(p) if p.is_dir() else [p]:
            if _is_zip(f):
                try:
                    with zipfile.ZipFile(f) as zf:
                        n += sum(1 for i in zf.infolist() if not i.is_dir() and not _skipped(i.filename))
                except (zipfile.BadZipFile, OSError):
                    n += 1
            else:
                n += 1
    return n


def _skipped(name: str) -> bool:
    return any(part in name for part in SKIPPED_NAMES) or PurePosixPath(name).name.startswith("._")


def _walk(root: Path) -> Iterator[Path]:
    """Files under ``root`` in path order (only names are held, never contents)."""
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".") and not _skipped(d + "/")]
        found.extend(Path(dirpath) / n for n in filenames if not _skipped(n) and not n.startswith("."))
    yield from sorted(found)


def iter_inputs(paths: list[Path]) -> Iterator[InputFile]:
    """Yield every file under ``paths``, expanding folders and zip archives lazily."""
    for p in paths:
        if p.is_dir():
            for f in _walk(p):
                yield from _expand(f, display=str(f))
        else:
            yield from _expand(p, display=str(p))


def _expand(path: Path, display: str) -> Iterator[InputFile]:
    if path.suffix.lower() in ARCHIVE_SUFFIXES or _is_zip(path):
        if _is_zip(path):
            yield from _iter_zip(path, display)
            return
    yield InputFile(display, path)


def _unsafe_name(name: str) -> bool:
    p = PurePosixPath(name.replace("\\", "/"))
    return p.is_absolute() or ".." in p.parts or (len(name) > 1 and name[1] == ":")


def _iter_zip(path: Path, display: str) -> Iterator[InputFile]:
    limit = limits.current().max_file_bytes
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as e:
        yield InputFile(display, None, error=CorruptFile(f"Tệp nén {path.name} bị hỏng: {e}"))
        return
    total = 0
    with zf:
        for info in zf.infolist():
            if info.is_dir() or _skipped(info.filename):
                continue
            shown = f"{display}!{info.filename}"
            if _unsafe_name(info.filename):
                yield InputFile(shown, None, error=UnsafeArchive(
                    f"Bỏ qua mục có đường dẫn không an toàn trong tệp nén: {info.filename}"))
                continue
            if info.flag_bits & 0x1:
                yield InputFile(shown, None, error=UnsafeArchive("Mục trong tệp nén được đặt mật khẩu."))
                continue
            if info.file_size > limit:
                yield InputFile(shown, None, error=TooLarge(f"Tệp quá lớn ({info.file_size // 2**20} MB)."))
                continue
            if info.compress_size and info.file_size / info.compress_size > MAX_COMPRESSION_RATIO \
                    and info.file_size > 2**20:
                yield InputFile(shown, None, error=UnsafeArchive("Tỉ lệ nén bất thường (nghi là bom giải nén)."))
                continue
            total += info.file_size
            if total > MAX_ARCHIVE_TOTAL_BYTES:
                yield InputFile(shown, None, error=UnsafeArchive("Tổng dung lượng giải nén vượt giới hạn."))
                return
            try:
                tmp = _copy_capped(zf, info, limit)
            except BienbanError as e:
                yield InputFile(shown, None, error=e)
                continue
            except (zipfile.BadZipFile, OSError, EOFError, RuntimeError) as e:
                yield InputFile(shown, None, error=CorruptFile(f"Không giải nén được: {e}"))
                continue
            if _is_zip(tmp):
                tmp.unlink(missing_ok=True)
                yield InputFile(shown, None, error=UnsafeArchive("Tệp nén lồng trong tệp nén không được xử lý."))
                continue
            yield InputFile(shown, tmp, temporary=True)


def _copy_capped(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> Path:
    """Copy one entry to a temporary file, never reading more than ``limit`` bytes (headers can lie)."""
    fd, name = tempfile.mkstemp(prefix="bienban-audit-", suffix=PurePosixPath(info.filename).suffix[:10])
    tmp = Path(name)
    copied = 0
    try:
        with zf.open(info) as src, os.fdopen(fd, "wb") as dst:
            while chunk := src.read(1 << 16):
                copied += len(chunk)
                if copied > limit:
                    raise TooLarge("Tệp giải nén vượt giới hạn dung lượng.")
                dst.write(chunk)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


__all__ = ["InputFile", "count_inputs", "iter_inputs"]
