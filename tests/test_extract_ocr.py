"""OCR of scans and photos, on pages generated from a text the OCR was never tuned on.

The pages are laid out and degraded by ``samples/make_scans.py`` (seeded), then read
by the real tesseract.  Checks are a character error rate against the ground truth and
order-tolerant substrings that matter downstream (names, dates, document codes).
"""

from __future__ import annotations

import io
import shutil
import struct
import sys
import time
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "samples"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_scans  # noqa: E402
import pytesseract  # noqa: E402
from cer import cer, edit_distance  # noqa: E402

from nlp.normalize import normalize  # noqa: E402
from worker.errors import (  # noqa: E402
    CorruptFile,
    EmptyFile,
    ImageTooLarge,
    OcrFailed,
    OcrTimeout,
    TooManyPages,
)
from worker.extract.ocr import OcrImageExtractor, ocr_pdf_pages, read_page  # noqa: E402
from worker.extract.ocrlayout import page_text  # noqa: E402

pytestmark = [
    pytest.mark.ocr,
    pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed"),
]

# Held out: written for this test, never used to choose OCR settings.
# A tab separates the two columns of the head and of the signature row.
HELD_OUT = """\
ĐẢNG BỘ THỊ TRẤN PHÚ XUYÊN\tĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ TỔ DÂN PHỐ SỐ 6\t
*\t
Số 04-BB/CB\tPhú Xuyên, ngày 14 tháng 4 năm 2025

BIÊN BẢN
SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 4 NĂM 2025

Thời gian: khai mạc lúc 8 giờ 00 phút, sáng Chủ nhật ngày 14/4/2025.
Địa điểm: Nhà sinh hoạt cộng đồng Tổ dân phố số 6, thị trấn Phú Xuyên.
Chủ trì: đ/c Đặng Văn Thịnh, Bí thư Chi bộ. Thư ký: đ/c Kiều Thị Loan.
Đảng viên: tổng số 31 đồng chí, miễn sinh hoạt 05 đồng chí, phải có mặt 26 đồng chí.
Có mặt 23 đồng chí; vắng 03 đồng chí, trong đó có lý do 02 (đ/c Giáp Văn Hữu, đ/c Ông Thị Nhàn),
không lý do 01 (đ/c Lã Văn Quyết).

I. PHẦN MỞ ĐẦU
Đồng chí Bí thư tuyên bố lý do, thông qua chương trình; Chi bộ nhất trí.

II. THÔNG TIN THỜI SỰ
Đồng chí Kiều Thị Loan thông tin tình hình sắp xếp đơn vị hành chính cấp xã theo Nghị quyết
số 60-NQ/TW ngày 12/4/2025 và việc thực hiện Nghị định số 178/2024/NĐ-CP về chính sách
đối với cán bộ, công chức khi sắp xếp tổ chức bộ máy.

III. KIỂM ĐIỂM KẾT QUẢ THÁNG 3/2025
- Thu thuế sử dụng đất phi nông nghiệp được 96,4%; vận động 58 hộ lắp camera an ninh.
- Hưởng ứng Tết trồng cây, trồng mới 120 cây xanh dọc đường Phan Bội Châu.
- Hạn chế: còn 07 hộ để vật liệu xây dựng lấn chiếm vỉa hè, chưa xử lý dứt điểm.

IV. NHIỆM VỤ THÁNG 5/2025
- Tuyên truyền, lấy ý kiến nhân dân về dự thảo sửa đổi Hiến pháp năm 2013.
- Chuẩn bị kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2025).
- Đôn đốc đảng viên đóng đảng phí đúng hạn theo Quyết định số 342-QĐ/TW.

V. THẢO LUẬN VÀ BIỂU QUYẾT
Đ/c Nghiêm Xuân Khải đề nghị rà soát lại danh sách hộ kinh doanh ở chợ Đồng Quê.
Chi bộ biểu quyết thông qua nghị quyết tháng 5/2025 với 23/23 đồng chí tán thành.
Buổi sinh hoạt kết thúc lúc 10 giờ 05 phút cùng ngày.

THƯ KÝ\tCHỦ TRÌ
Kiều Thị Loan\tĐặng Văn Thịnh
"""

# Downstream stages need these, in this order (each may carry one OCR slip, e.g. PHÔ for PHỐ).
KEY_PHRASES = [
    "CHI BỘ TỔ DÂN PHỐ SỐ 6",
    "Số 04-BB/CB",
    "14 tháng 4 năm 2025",
    "8 giờ 00 phút",
    "Đặng Văn Thịnh",
    "Kiều Thị Loan",
    "60-NQ/TW",
    "178/2024/NĐ-CP",
    "23/23",
    "10 giờ 05 phút",
    "THƯ KÝ CHỦ TRÌ",
]


@pytest.fixture(scope="module")
def pages() -> list[list[make_scans.Line]]:
    return make_scans.layout(HELD_OUT)


def _find_fuzzy(text: str, phrase: str, start: int, edits: int) -> int:
    """End of the first window after ``start`` within ``edits`` edits of ``phrase``, or -1."""
    for anchor, offset in ((phrase[:3], 0), (phrase[-3:], len(phrase) - 3)):
        at = text.find(anchor, start)
        while at >= 0:
            begin = max(start, at - offset)
            for length in range(len(phrase) - edits, len(phrase) + edits + 1):
                if edit_distance(text[begin : begin + length], phrase) <= edits:
                    return begin + length
            at = text.find(anchor, at + 1)
    return -1


def assert_ordered_substrings(text: str, phrases: list[str], edits: int = 1) -> None:
    """Every phrase appears, each after the previous one, with at most ``edits`` OCR slips each."""
    flat = " ".join(text.split())
    position = 0
    for phrase in phrases:
        end = _find_fuzzy(flat, phrase, position, edits)
        assert end >= 0, f"{phrase!r} not found after offset {position} in OCR text"
        position = end


def scan(page, dpi, angle, sigma, salt=0.0, seed=1) -> Image.Image:
    rng = np.random.default_rng(seed)
    return make_scans.add_noise(make_scans.skew(make_scans.render(page, dpi), angle), rng, sigma, salt)


SCANS = [
    pytest.param(300, 2.5, 6, 0.0, "PNG", None, id="300dpi-skewed-2.5deg-png"),
    pytest.param(200, -3.0, 12, 0.003, "JPEG", 50, id="200dpi-skewed-3deg-noisy-q50"),
    pytest.param(300, 4.0, 8, 0.0, "JPEG", 40, id="300dpi-skewed-4deg-q40"),
    pytest.param(200, -1.5, 5, 0.0, "TIFF", None, id="200dpi-skewed-tiff"),
]


@pytest.mark.parametrize(("dpi", "angle", "sigma", "salt", "fmt", "quality"), SCANS)
def test_scan_is_read_within_3_percent_cer(tmp_path, pages, dpi, angle, sigma, salt, fmt, quality):
    path = tmp_path / f"scan.{fmt.lower()}"
    kwargs = {"quality": quality} if quality else {}
    scan(pages[0], dpi, angle, sigma, salt).save(path, fmt, dpi=(dpi, dpi), **kwargs)
    result = OcrImageExtractor().extract(path)
    assert (result.extraction, result.pages, result.media_type) == ("ocr", 1, f"image/{fmt.lower()}")
    assert result.text == normalize(result.text).text
    assert cer(make_scans.ground_truth(pages[0]), result.text) <= 0.03
    assert_ordered_substrings(result.text, [p for p in KEY_PHRASES if p in make_scans.ground_truth(pages[0])])


@pytest.mark.parametrize("turn", [pytest.param(90, id="rotated-90"), pytest.param(180, id="upside-down")])
def test_turned_page_is_read_upright(tmp_path, pages, turn):
    path = tmp_path / "turned.png"
    scan(pages[0], 300, 0.7, 5).rotate(turn, expand=True).save(path)
    text = OcrImageExtractor().extract(path).text
    assert cer(make_scans.ground_truth(pages[0]), text) <= 0.03


def test_phone_photo_is_read(tmp_path, pages):
    path = tmp_path / "photo.jpg"
    make_scans.photograph(make_scans.render(pages[0], 300), np.random.default_rng(7)).save(path, quality=90)
    text = OcrImageExtractor().extract(path).text
    # A photo is harder than a scan (perspective, shading, blur): a looser bound.
    assert cer(make_scans.ground_truth(pages[0]), text) <= 0.05


def test_red_seal_over_the_signature_does_not_hide_it(tmp_path, pages):
    last = pages[-1]
    row = next(i for i, line in enumerate(last) if line.right and "CHỦ TRÌ" in line.right)
    pitch = make_scans.FONT_PT / 72 * 300 * make_scans.LINE_SPACING
    centre = (round(8.27 * 300 * 0.62), round(20 / 25.4 * 300 + (row + 1.5) * pitch))
    img = make_scans.red_stamp(scan(last, 300, 0.5, 4), np.random.default_rng(5), centre, 300)
    path = tmp_path / "stamped.jpg"
    img.save(path, quality=80)
    text = OcrImageExtractor().extract(path).text
    assert cer(make_scans.ground_truth(last), text) <= 0.03
    assert_ordered_substrings(text, ["THƯ KÝ CHỦ TRÌ", "Kiều Thị Loan Đặng Văn Thịnh"])
    assert "THƯ KÝ    CHỦ TRÌ" in text  # the signature row keeps its column gap


def _two_pages(pages) -> list[list[make_scans.Line]]:
    # The held-out text fills one page and a bit; split it so both pages carry text.
    lines = [line for page in pages for line in page]
    half = len(lines) // 2
    return [lines[:half], lines[half:]]


def test_multipage_tiff_reads_every_frame(tmp_path, pages):
    two = _two_pages(pages)
    scans = [scan(p, 300, a, 4) for p, a in zip(two, (1, -2), strict=True)]
    frames = [s.point(lambda v: 255 if v > 140 else 0).convert("1") for s in scans]
    path = tmp_path / "scan.tif"
    frames[0].save(path, compression="group4", dpi=(300, 300), save_all=True, append_images=frames[1:])
    result = OcrImageExtractor().extract(path)
    assert result.pages == 2
    truth = "\n".join(make_scans.ground_truth(p) for p in two)
    assert cer(truth, result.text) <= 0.03
    assert_ordered_substrings(result.text, KEY_PHRASES)


def test_image_only_pdf_pages_are_read(tmp_path, pages, monkeypatch):
    monkeypatch.setenv("BIENBAN_OCR_WORKERS", "2")
    two = _two_pages(pages)
    path = tmp_path / "scanned.pdf"
    make_scans._image_pdf(path, [scan(p, 200, a, 6) for p, a in zip(two, (2, -1), strict=True)])
    texts = ocr_pdf_pages(path, [1, 0])
    assert sorted(texts) == [0, 1]
    for index, page in enumerate(two):
        assert cer(make_scans.ground_truth(page), texts[index]) <= 0.03


def _png_header(width: int, height: int) -> bytes:
    """A PNG whose header claims ``width`` x ``height`` (a decompression bomb's calling card)."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    chunk = lambda kind, data: (  # noqa: E731
        struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    )
    idat = chunk(b"IDAT", zlib.compress(b"\x00" * 64))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + idat + chunk(b"IEND", b"")


def _data(*lines: tuple[tuple[int, ...], list[tuple[str, int]]]) -> dict[str, list]:
    """A minimal ``image_to_data`` dict: per line its (block, par, line) and (word, x) pairs, 40 px high, one
    line every 60 px; a fourth number in the key leaves that many empty lines above the line."""
    data: dict[str, list] = {k: [] for k in ("level", "block_num", "par_num", "line_num", "left", "top",
                                             "width", "height", "text")}
    row = 0
    for key, words in lines:
        row += key[3] if len(key) > 3 else 0
        for text, x in words:
            for name, value in zip(("level", "block_num", "par_num", "line_num", "left", "top", "width", "height",
                                    "text"), (5, *key[:3], x, 100 + 60 * row, 28 * len(text), 40, text), strict=True):
                data[name].append(value)
        row += 1
    return data


def _words(text: str, x: int) -> list[tuple[str, int]]:
    out = []
    for word in text.split():
        out.append((word, x))
        x += 28 * len(word) + 14
    return out


BODY = "Hôm nay vào lúc 19 giờ 30 phút tại hội trường Chi bộ tổ chức sinh hoạt thường kỳ"
HEAD_ROW = "ĐẢNG BỘ PHƯỜNG AN KHÁNH QUẬN NINH KIỀU ĐẢNG CỘNG SẢN VIỆT NAM ĐỘC LẬP TỰ DO HẠNH PHÚC"
LAYOUTS = [
    pytest.param(
        _data(((1, 1, 1), _words("ĐẢNG BỘ XÃ AN PHÚ", 300) + _words("ĐẢNG CỘNG SẢN VIỆT NAM", 1500)),
              ((1, 1, 2), _words("CHI BỘ THÔN ĐÔNG", 320)),
              ((1, 1, 3), _words("Số 10-BB/CB", 420) + _words("An Phú, ngày 12 tháng 10", 1450)),
              ((2, 1, 1), _words("BIÊN BẢN", 1180)),
              ((3, 1, 1, 1), _words(BODY, 250))),
        "ĐẢNG BỘ XÃ AN PHÚ\nCHI BỘ THÔN ĐÔNG\nSố 10-BB/CB\n\nĐẢNG CỘNG SẢN VIỆT NAM\nAn Phú, ngày 12 tháng 10\n\n"
        f"BIÊN BẢN\n\n{BODY}\n",
        id="head-columns-on-shared-lines",
    ),
    pytest.param(
        _data(((1, 1, 1), _words("ĐẢNG BỘ XÃ AN PHÚ", 300)), ((2, 1, 1), _words("ĐẢNG CỘNG SẢN VIỆT NAM", 1500)),
              ((3, 1, 1), _words(BODY, 250))),
        f"ĐẢNG BỘ XÃ AN PHÚ\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n{BODY}\n",
        id="head-columns-in-separate-blocks",
    ),
    pytest.param(
        _data(((1, 1, 1), _words(BODY, 250)), ((1, 1, 2), _words("THƯ KÝ", 500) + _words("CHỦ TRÌ", 1700))),
        f"{BODY}\nTHƯ KÝ    CHỦ TRÌ\n",
        id="signature-row-four-spaces",
    ),
    pytest.param(
        _data(((1, 1, 1), _words(BODY, 250)), ((1, 2, 1, 1), _words("trình.", 250))),
        f"{BODY}\n\ntrình.\n",
        id="body-only-paragraphs",
    ),
    pytest.param(
        # lines wrapped at the margin are one paragraph, whatever paragraphs tesseract sees in them
        _data(((1, 1, 1), _words(BODY, 250)), ((1, 1, 2), _words(BODY, 250)), ((1, 2, 1), _words(BODY, 250)),
              ((1, 2, 2), _words("xong.", 250)), ((1, 3, 1), _words("Chi bộ nhất trí.", 250))),
        f"{BODY} {BODY} {BODY} xong.\nChi bộ nhất trí.\n",
        id="wrapped-paragraph-joined",
    ),
    pytest.param(
        # specks of the paper a column away from the line are no column of text
        _data(((1, 1, 1), _words("phương hướng đã nêu.", 250) + [("„", 1400), (":", 1700)]),
              ((1, 1, 2), _words("III. BIỂU QUYẾT", 250))),
        "phương hướng đã nêu.\nIII. BIỂU QUYẾT\n",
        id="specks-a-column-away-dropped",
    ),
    pytest.param(
        # a head tesseract read as one column stays line by line down to the title, however wide its lines
        _data(((1, 1, 1), _words(HEAD_ROW, 250)), ((1, 1, 2), _words("CHI BỘ KHU PHỐ 7", 250)),
              ((1, 1, 3), _words("BIÊN BẢN", 1180)), ((1, 2, 1, 1), _words(BODY, 250)),
              ((1, 2, 2), _words(BODY, 250)), ((1, 2, 3), _words(BODY, 250))),
        f"{HEAD_ROW}\nCHI BỘ KHU PHỐ 7\nBIÊN BẢN\n\n{BODY} {BODY} {BODY}\n",
        id="head-in-one-column-kept-line-by-line",
    ),
    pytest.param(
        _data(((1, 1, 1), _words("BIÊN BẢN ___", 1180)), ((1, 1, 2), _words(BODY, 250))),
        f"BIÊN BẢN\n{BODY}\n",
        id="underscore-rule-dropped",
    ),
    pytest.param(
        _data(((1, 1, 1), _words("Kế hoạch 21-KH/ĐÐU và Quyết định 12/QÐĐ-UBND; ĐĐ 2 đóng quân tại đðội 3", 250))),
        "Kế hoạch 21-KH/ĐU và Quyết định 12/QĐ-UBND; ĐĐ 2 đóng quân tại đội 3\n",
        id="d-read-twice-as-d-and-eth",
    ),
    pytest.param(_data(), "", id="no-words"),
]


@pytest.mark.parametrize(("data", "expected"), LAYOUTS)
def test_page_text_reading_order(data, expected):
    assert page_text(data) == expected


def _png(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def _tiff_frames(count: int) -> bytes:
    buf = io.BytesIO()
    frames = [Image.new("L", (64, 64), 255) for _ in range(count)]
    frames[0].save(buf, "TIFF", save_all=True, append_images=frames[1:])
    return buf.getvalue()


def _truncated_jpeg() -> bytes:
    buf = io.BytesIO()
    Image.new("L", (800, 600), 200).save(buf, "JPEG")
    return buf.getvalue()[: len(buf.getvalue()) // 2]


ERRORS = [
    pytest.param(_truncated_jpeg(), {}, CorruptFile, id="truncated-jpeg"),
    pytest.param(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, {}, CorruptFile, id="garbage-png"),
    pytest.param(_png_header(30_000, 30_000), {}, ImageTooLarge, id="png-900-megapixels"),
    pytest.param(_png_header(12_000, 10_000), {}, ImageTooLarge, id="png-120-megapixels-over-default"),
    pytest.param(_png_header(3_000, 3_000), {"BIENBAN_MAX_PIXELS": "1000000"}, ImageTooLarge, id="env-limit"),
    pytest.param(_tiff_frames(3), {"BIENBAN_MAX_PAGES": "2"}, TooManyPages, id="tiff-over-page-limit"),
    pytest.param(_png(Image.new("L", (1654, 2339), 255)), {}, EmptyFile, id="blank-page"),
    pytest.param(_png(Image.new("RGB", (6, 6), (0, 0, 0))), {}, EmptyFile, id="tiny-image"),
]


@pytest.mark.parametrize(("data", "env", "error"), ERRORS)
def test_bad_images_raise_input_errors(tmp_path, monkeypatch, data, env, error):
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    path = tmp_path / "bad.img"
    path.write_bytes(data)
    with pytest.raises(error):
        OcrImageExtractor().extract(path)


def test_page_timeout_raises_ocr_timeout(tmp_path, pages, monkeypatch):
    monkeypatch.setenv("BIENBAN_OCR_PAGE_TIMEOUT", "0.2")
    path = tmp_path / "scan.png"
    scan(pages[0], 300, 1.0, 4).save(path)
    with pytest.raises(OcrTimeout):
        OcrImageExtractor().extract(path)


def test_deadline_inside_tesseract_kills_it(pages):
    from worker.extract import ocr

    img = scan(pages[0], 300, 0.0, 0)
    with pytest.raises(OcrTimeout) as info:
        ocr._call(pytesseract.image_to_string, img, lang="vie", deadline=time.monotonic() + 0.3)
    assert isinstance(info.value.__cause__, RuntimeError)  # pytesseract's "process timeout"


def test_missing_tesseract_raises_ocr_failed(pages, monkeypatch):
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/tesseract")
    with pytest.raises(OcrFailed) as info:
        read_page(scan(pages[0], 200, 0.0, 0), orient=False)
    assert isinstance(info.value.__cause__, pytesseract.TesseractNotFoundError)


@pytest.mark.parametrize(
    ("media_type", "handled"),
    [
        pytest.param("image/jpeg", True, id="jpeg"),
        pytest.param("image/png", True, id="png"),
        pytest.param("image/tiff", True, id="tiff"),
        pytest.param("application/pdf", False, id="pdf-declined"),
        pytest.param("text/plain", False, id="text-declined"),
    ],
)
def test_score_accepts_only_images(media_type, handled):
    assert (OcrImageExtractor().score(media_type, b"") is not None) == handled


def test_env_is_read_at_call_time(monkeypatch):
    from worker.extract import ocr

    monkeypatch.setenv("BIENBAN_MAX_PIXELS", "1234")
    monkeypatch.setenv("BIENBAN_OCR_PAGE_TIMEOUT", "7.5")
    assert (ocr.max_pixels(), ocr.page_timeout()) == (1234, 7.5)
    monkeypatch.delenv("BIENBAN_MAX_PIXELS")
    assert ocr.max_pixels() == 100_000_000
