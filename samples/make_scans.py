"""Make deterministic scanned and photographed samples of Vietnamese minutes, with ground truth.

Text is laid out on A4 pages with a real serif TTF (DejaVu Serif 12 pt, the 3/2/2/2 cm margins of
Party documents), then degraded the way offices degrade paper: 200 and 300 dpi, skew,
sensor noise, JPEG artefacts, a page fed sideways, a phone photo (perspective, uneven
light, blur), image-only PDFs, a G4 multi-page TIFF and a PDF mixing a text-layer page
with a scanned one.  Every degradation draws from a seeded generator, so the same
sources always give the same bytes.  Each file gets ``<stem>.gt.txt`` beside it.

    python samples/make_scans.py OUT_DIR SOURCE.txt [SOURCE.txt ...]
"""

from __future__ import annotations

import io
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

A4_MM = (210.0, 297.0)
MARGINS_MM = (30.0, 20.0, 20.0, 20.0)  # left, top, right, bottom
FONT_PT = 12.0
LINE_SPACING = 1.25
FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"))
FONTS = {
    # Liberation Serif as packaged here lacks the precomposed Vietnamese letters (ố, ạ, ư).
    "regular": ("DejaVuSerif.ttf",),
    "bold": ("DejaVuSerif-Bold.ttf",),
}


@dataclass(frozen=True)
class Line:
    text: str
    bold: bool
    centred: bool
    right: str | None = None  # two-column header/signature rows: "left<TAB>right" in the source
    # a row of a table typed with tabs (three cells or more): the cells and where each column starts, as a
    # share of the text width, sized like a word processor's table to the widest cell of each column
    cells: tuple[str, ...] = ()
    stops: tuple[float, ...] = ()


def font_path(style: str = "regular") -> Path:
    """The first installed serif TTF for a style."""
    for name in FONTS[style]:
        for folder in FONT_DIRS:
            if (folder / name).exists():
                return folder / name
    raise FileNotFoundError(f"no serif font for {style!r} in {FONT_DIRS}")


def _mm(mm: float, dpi: int) -> int:
    return round(mm / 25.4 * dpi)


def _is_heading(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and len(line) < 70 and all(c.isupper() for c in letters)


def layout(text: str, dpi: int = 300) -> list[list[Line]]:
    """Wrap a source text into A4 pages of lines (the same layout at every dpi)."""
    # Wrap with the 300 dpi metrics so 200 and 300 dpi renders hold the same lines.
    fonts = {s: ImageFont.truetype(str(font_path(s)), round(FONT_PT / 72 * 300)) for s in FONTS}
    width = _mm(A4_MM[0] - MARGINS_MM[0] - MARGINS_MM[2], 300)
    pitch = FONT_PT / 72 * 300 * LINE_SPACING
    per_page = int(_mm(A4_MM[1] - MARGINS_MM[1] - MARGINS_MM[3], 300) // pitch)
    lines: list[Line] = []
    raws = [raw.rstrip(" \r") for raw in text.splitlines()]  # keep a trailing tab: an empty right-hand cell
    stops = _table_stops(raws, fonts["regular"], width)
    for n, raw in enumerate(raws):
        if n in stops:  # a row of a tabbed table
            cells = tuple(c.strip() for c in re.split(r"\t+", raw.strip("\t")))
            lines.append(Line("    ".join(cells), False, False, None, cells, stops[n]))
            continue
        if "\t" in raw:  # the two-column head of Party documents (issuer | Party name, date)
            left, _, right = raw.partition("\t")
            lines.append(Line(left.strip(), _is_heading(left), True, right.strip()))
            continue
        heading = _is_heading(raw)
        font = fonts["bold" if heading else "regular"]
        if font.getlength(raw) <= width:
            lines.append(Line(raw, heading, heading))
            continue
        current = ""
        for word in raw.split():
            candidate = f"{current} {word}".strip()
            if current and font.getlength(candidate) > width:
                lines.append(Line(current, heading, False))
                current = word
            else:
                current = candidate
        if current:
            lines.append(Line(current, heading, False))
    while lines and not lines[-1].text:
        lines.pop()
    return [lines[i : i + per_page] for i in range(0, len(lines), per_page)]


def _table_stops(raws: list[str], font: ImageFont.FreeTypeFont, width: float) -> dict[int, tuple[float, ...]]:
    """Column starts (shares of the text width) of every row in a block of lines with three tabbed cells or more."""
    out: dict[int, tuple[float, ...]] = {}
    n = 0
    while n < len(raws):
        if len(re.split(r"\t+", raws[n].strip("\t"))) < 3:
            n += 1
            continue
        end = n
        while end < len(raws) and "\t" in raws[end]:
            end += 1
        rows = [[c.strip() for c in re.split(r"\t+", r.strip("\t"))] for r in raws[n:end]]
        columns = max(len(r) for r in rows)
        gap = font.getlength("    ")
        widths = [max((font.getlength(r[k]) for r in rows if k < len(r)), default=0) + gap for k in range(columns)]
        scale = min(1.0, width / sum(widths))
        starts = tuple(sum(widths[:k]) * scale / width for k in range(columns))
        for k in range(n, end):
            out[k] = starts
        n = end
    return out


def render(page: list[Line], dpi: int) -> Image.Image:
    """Render one page of lines as a clean grayscale A4 image at ``dpi``."""
    size = (_mm(A4_MM[0], dpi), _mm(A4_MM[1], dpi))
    img = Image.new("L", size, 255)
    draw = ImageDraw.Draw(img)
    px = FONT_PT / 72 * dpi
    fonts = {s: ImageFont.truetype(str(font_path(s)), round(px)) for s in FONTS}
    left, top = _mm(MARGINS_MM[0], dpi), _mm(MARGINS_MM[1], dpi)
    width = size[0] - left - _mm(MARGINS_MM[2], dpi)
    for i, line in enumerate(page):
        y = top + i * px * LINE_SPACING
        for text, x0, span in _cells(line, left, width):
            font = fonts["bold" if _is_heading(text) or (line.bold and line.right is None) else "regular"]
            x = x0 + (span - font.getlength(text)) / 2 if line.centred else x0
            draw.text((x, y), text, font=font, fill=20)
    return img


def _cells(line: Line, left: float, width: float) -> list[tuple[str, float, float]]:
    """(text, x, width) of each column of a line: one cell, 45 % | 55 % for two-column rows, or a table row."""
    if line.cells:
        bounds = [*line.stops, 1.0]
        return [(c, left + bounds[k] * width, (bounds[k + 1] - bounds[k]) * width) for k, c in enumerate(line.cells)]
    if line.right is None:
        return [(line.text, left, width)]
    split = width * 0.45
    return [(line.text, left, split), (line.right, left + split, width - split)]


def ground_truth(page: list[Line]) -> str:
    """The text a perfect OCR would read from a page (blank lines dropped).

    The reading order of ``worker/extract/pdf_text.py``: a two-column head at the top
    of a page reads as its left column, then its right column; other two-column rows
    read line by line, the columns four spaces apart.
    """
    out: list[str] = []
    rows = [line for line in page if line.text.strip() or line.right]
    head = 0
    while head < len(rows) and rows[head].right is not None:
        head += 1
    if head:
        out += [r.text for r in rows[:head]] + [r.right or "" for r in rows[:head]]
    for line in rows[head:]:
        out.append(line.text if line.right is None else f"{line.text}    {line.right}".strip())
    return "\n".join(" ".join(t.split()) for t in out if t.strip())


# --- degradations (all take a seeded numpy Generator) -------------------------------


def skew(img: Image.Image, degrees: float, fill: int = 250) -> Image.Image:
    """Rotate counter-clockwise by ``degrees`` as a crooked feed would, keeping the page size."""
    return img.rotate(degrees, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=fill)


def add_noise(img: Image.Image, rng: np.random.Generator, sigma: float, salt: float = 0.0) -> Image.Image:
    """Gaussian sensor noise plus salt-and-pepper specks (``salt`` = fraction of pixels)."""
    a = np.asarray(img, dtype=np.float32)
    a = a + rng.normal(0.0, sigma, a.shape).astype(np.float32)
    if salt:
        specks = rng.random(a.shape, dtype=np.float32)
        a[specks < salt / 2] = 0
        a[specks > 1 - salt / 2] = 255
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def jpeg(img: Image.Image, quality: int) -> Image.Image:
    """Round-trip through JPEG at ``quality`` to bake in its block artefacts."""
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality)
    buf.seek(0)
    out = Image.open(buf)
    out.load()
    return out


def red_stamp(img: Image.Image, rng: np.random.Generator, centre: tuple[int, int], dpi: int) -> Image.Image:
    """Press a red round seal (rings, star, lettering) over ``centre``, as cells stamp the chair's signature."""
    rgb = img.convert("RGB")
    layer = Image.new("L", rgb.size, 0)
    draw = ImageDraw.Draw(layer)
    r = round(dpi * 0.8)  # a 4 cm seal
    x, y = centre[0] + int(rng.integers(-r // 4, r // 4)), centre[1] + int(rng.integers(-r // 4, r // 4))
    for radius, width in ((r, max(3, dpi // 40)), (round(r * 0.72), max(2, dpi // 80))):
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), outline=255, width=width)
    star = [(x + 0.25 * r * np.cos(np.pi / 2 + k * 4 * np.pi / 5), y - 0.25 * r * np.sin(np.pi / 2 + k * 4 * np.pi / 5))
            for k in range(5)]
    draw.polygon(star, fill=255)
    font = ImageFont.truetype(str(font_path("bold")), round(dpi * 0.12))
    draw.text((x - r * 0.55, y + r * 0.3), "CHI BỘ", font=font, fill=255)
    ink = np.asarray(layer, dtype=np.float32)[..., None] / 255.0 * 0.85
    seal = np.array([200, 30, 40], dtype=np.float32)
    a = np.asarray(rgb, dtype=np.float32)
    a = a * (1 - ink) + np.minimum(a, seal) * ink  # ink multiplies: black text shows through red
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def _perspective_coeffs(dst: list[tuple[float, float]], src: list[tuple[float, float]]) -> list[float]:
    """Coefficients for ``Image.transform(PERSPECTIVE)`` mapping output points ``dst`` to input ``src``."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs += [u, v]
    return np.linalg.solve(np.array(rows, float), np.array(rhs, float)).tolist()


def photograph(img: Image.Image, rng: np.random.Generator) -> Image.Image:
    """A phone photo of the page: perspective, desk around it, uneven light, blur, colour cast."""
    w, h = img.size
    cw, ch = round(w * 1.12), round(h * 1.1)
    jitter = lambda s: float(rng.uniform(-s, s))  # noqa: E731
    corners = [
        (cw * 0.06 + jitter(40), ch * 0.05 + jitter(40)),
        (cw * 0.95 + jitter(40), ch * 0.04 + jitter(40)),
        (cw * 0.97 + jitter(40), ch * 0.96 + jitter(40)),
        (cw * 0.03 + jitter(40), ch * 0.95 + jitter(40)),
    ]
    coeffs = _perspective_coeffs(corners, [(0, 0), (w, 0), (w, h), (0, h)])
    page = img.transform((cw, ch), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC, fillcolor=0)
    mask = Image.new("L", img.size, 255).transform(
        (cw, ch), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BILINEAR, fillcolor=0
    )
    desk = Image.new("L", (cw, ch), 90)
    a = np.asarray(Image.composite(page, desk, mask), dtype=np.float32)
    # Light falls off from one corner (a lamp or window to the side).
    yy, xx = np.mgrid[0:ch, 0:cw].astype(np.float32)
    cx, cy = rng.uniform(0.1, 0.4) * cw, rng.uniform(0.05, 0.3) * ch
    dist = np.hypot(xx - cx, yy - cy) / np.hypot(cw, ch)
    a = a * (1.0 - 0.45 * dist)
    a = a + rng.normal(0.0, 4.0, a.shape)
    gray = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.1))
    tint = (1.0, 0.97, 0.88)  # warm indoor light
    rgb = Image.merge("RGB", [gray.point(lambda v, t=t: round(v * t)) for t in tint])
    return jpeg(rgb, 60)


# --- files ---------------------------------------------------------------------------


def _save_gt(path: Path, pages: list[list[Line]]) -> None:
    path.with_name(path.name.split(".")[0] + ".gt.txt").write_text(
        "\n".join(ground_truth(p) for p in pages) + "\n", encoding="utf-8"
    )


def _image_pdf(path: Path, images: list[Image.Image], text_pages: dict[int, list[Line]] | None = None) -> None:
    """Write an A4 PDF of page images (JPEG inside), with optional text-layer pages at given indices."""
    from fpdf import FPDF

    text_pages = text_pages or {}
    pdf = FPDF(unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_font("serif", "", str(font_path("regular")))
    pdf.add_font("serif", "B", str(font_path("bold")))
    pdf.set_creator("bienban samples/make_scans.py")
    images = list(images)
    for index in range(len(images) + len(text_pages)):
        pdf.add_page()
        if index in text_pages:
            pitch = FONT_PT * LINE_SPACING * 25.4 / 72
            width = A4_MM[0] - MARGINS_MM[0] - MARGINS_MM[2]
            for i, line in enumerate(text_pages[index]):
                for text, x, span in _cells(line, MARGINS_MM[0], width):
                    bold = _is_heading(text) or (line.bold and line.right is None)
                    pdf.set_font("serif", "B" if bold else "", FONT_PT)
                    pdf.set_xy(x, MARGINS_MM[1] + i * pitch)
                    pdf.cell(span, pitch, text, align="C" if line.centred else "L")
            continue
        buf = io.BytesIO()
        images.pop(0).convert("L").save(buf, "JPEG", quality=70)
        buf.seek(0)
        pdf.image(buf, x=0, y=0, w=A4_MM[0], h=A4_MM[1])
    pdf.output(str(path))


def build(out_dir: Path, sources: list[Path], seed: int = 20240325) -> list[Path]:
    """Write every scan variant of the source texts into ``out_dir``; return the sample paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    docs = [layout(Path(s).read_text(encoding="utf-8")) for s in sources]
    pool = [page for doc in docs for page in doc]  # multi-page variants draw from every source
    first = docs[0][0]
    second = docs[-1][0]
    other = pool[1] if len(pool) > 1 else first
    made: list[Path] = []

    def save(name: str, img: Image.Image, pages: list[list[Line]], dpi: int, **kw) -> None:
        path = out_dir / name
        img.save(path, dpi=(dpi, dpi), **kw)
        _save_gt(path, pages)
        made.append(path)

    img = add_noise(skew(render(first, 300), 2.0), rng, sigma=6)
    save("scanned-300dpi-skewed-2deg.png", img, [first], 300)

    img = add_noise(skew(render(second, 200), -3.5), rng, sigma=14, salt=0.003)
    save("scanned-200dpi-skewed-noisy-q50.jpg", img, [second], 200, quality=50)

    img = add_noise(skew(render(other, 300), -1.2), rng, sigma=8)
    save("scanned-300dpi-skewed-1deg-q40.jpg", img, [other], 300, quality=40)

    img = add_noise(skew(render(second, 300), 0.8), rng, sigma=5).rotate(90, expand=True)
    save("scanned-300dpi-rotated-90.png", img, [second], 300)

    img = add_noise(render(first, 300).rotate(180), rng, sigma=5)
    save("scanned-300dpi-upside-down.png", img, [first], 300)

    save("photo-phone-perspective.jpg", photograph(render(first, 300), rng), [first], 300, quality=90)

    last = docs[0][-1]
    dpi = 300
    sign_row = next((i for i, line in enumerate(last) if line.right and "TRÌ" in line.right.upper()), len(last) - 1)
    pitch = FONT_PT / 72 * dpi * LINE_SPACING
    centre = (_mm(A4_MM[0] * 0.62, dpi), round(_mm(MARGINS_MM[1], dpi) + (sign_row + 1.5) * pitch))
    img = red_stamp(add_noise(skew(render(last, dpi), -0.6), rng, sigma=4), rng, centre, dpi)
    save("scanned-300dpi-colour-red-stamp.jpg", img, [last], dpi, quality=80)

    multi = pool[:3]
    frames = [
        add_noise(skew(render(p, 300), float(rng.uniform(-2, 2))), rng, sigma=6).point(lambda v: 255 if v > 140 else 0)
        .convert("1")
        for p in multi
    ]
    path = out_dir / "scanned-300dpi-g4-multipage.tif"
    frames[0].save(path, compression="group4", dpi=(300, 300), save_all=True, append_images=frames[1:])
    _save_gt(path, multi)
    made.append(path)

    path = out_dir / "scanned-200dpi-image-only.pdf"
    _image_pdf(path, [add_noise(skew(render(p, 200), float(rng.uniform(-3, 3))), rng, sigma=8) for p in multi])
    _save_gt(path, multi)
    made.append(path)

    doc = docs[0] if len(docs[0]) > 1 else [first, other]
    path = out_dir / "mixed-text-layer-and-scan.pdf"
    _image_pdf(path, [add_noise(skew(render(doc[1], 300), 1.5), rng, sigma=6)], text_pages={0: doc[0]})
    _save_gt(path, doc[:2])
    made.append(path)
    return made


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    for path in build(Path(argv[0]), [Path(a) for a in argv[1:]]):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
