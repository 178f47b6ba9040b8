"""Page image clean-up before OCR: grayscale, deskew, text-size scaling, light flattening.

Everything works on a small binarised copy of the page (long side ~1000 px) to decide,
then touches the full-size image once per step, so a 300 dpi A4 page costs well under
a second here and the tesseract call dominates.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageFilter, ImageOps

PROBE_SIDE = 1000  # long side of the copy used for estimates
MAX_SKEW = 5.0  # degrees searched either way; larger tilts are OSD's business
TARGET_LINE_PX = 40.0  # ink height of a text line (12 pt at 300 dpi measures ~39 px)
MAX_UPSCALE = 2.0


def scaled(img: Image.Image, factor: float, resample: int = Image.Resampling.BOX) -> Image.Image:
    """``img`` resized by ``factor`` (at least 1 px each way)."""
    size = (max(1, round(img.width * factor)), max(1, round(img.height * factor)))
    return img.resize(size, resample)


def to_gray(img: Image.Image) -> Image.Image:
    """8-bit grayscale, transparent areas on white, EXIF rotation applied (phone photos)."""
    img = ImageOps.exif_transpose(img)
    if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
        rgba = img.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        img = Image.alpha_composite(white, rgba)
    if img.mode.startswith("I;16") or img.mode in ("I", "F"):
        a = np.asarray(img, dtype=np.float32)
        top = float(a.max()) or 1.0
        return Image.fromarray((a * (255.0 / top)).astype(np.uint8))
    if img.mode in ("RGB", "RGBA", "P", "CMYK", "YCbCr", "LAB", "HSV"):
        return drop_red(img.convert("RGB"))
    return img.convert("L")


RED_MARGIN = 40  # red channel this far above green and blue: seal ink, not text


def drop_red(rgb: Image.Image) -> Image.Image:
    """Grayscale in which red seal ink turns pale, so the chair's stamp does not hide the text under it.

    Where a pixel is clearly red, its red channel (bright for red ink, still dark where
    black text lies under the seal) replaces the luminance.
    """
    gray = rgb.convert("L")
    r, g, b = (np.asarray(c, dtype=np.int16) for c in rgb.split())
    red = (r - np.maximum(g, b)) > RED_MARGIN
    if not red.any():
        return gray
    out = np.asarray(gray, dtype=np.uint8).copy()
    out[red] = np.maximum(out[red], r[red].astype(np.uint8))
    return Image.fromarray(out)


def otsu(a: np.ndarray) -> int:
    """Otsu's threshold of an 8-bit array."""
    hist = np.bincount(a.ravel(), minlength=256).astype(np.float64)
    total = hist.sum()
    weight = np.cumsum(hist)
    mean = np.cumsum(hist * np.arange(256))
    denominator = weight * (total - weight)
    with np.errstate(divide="ignore", invalid="ignore"):
        between = (mean[-1] * weight / total - mean) ** 2 / denominator
    # Where one class is empty the ratio is 0/0 in theory, but rounding leaves tiny/0 = inf,
    # which would pick 255 and turn the whole page black.
    between[denominator == 0] = np.nan
    if np.isnan(between).all():  # a single gray level: call it all paper
        return int(a.min()) - 1 if a.size else 0
    return int(np.nanargmax(between))


def probe(gray: Image.Image) -> tuple[np.ndarray, float]:
    """A small ink mask (True = ink) of the page and its scale relative to ``gray``."""
    scale = min(1.0, PROBE_SIDE / max(gray.size))
    small = scaled(gray, scale)
    a = np.asarray(flatten(small), dtype=np.uint8)
    return a < otsu(a), scale


class _Ink:
    """Coordinates of ink pixels (a sample of them), to project at any angle without rotating images."""

    def __init__(self, ink: np.ndarray, limit: int = 200_000):
        ys, xs = np.nonzero(ink)
        step = max(1, len(ys) // limit)
        self.y = ys[::step].astype(np.float32) - ink.shape[0] / 2
        self.x = xs[::step].astype(np.float32) - ink.shape[1] / 2

    def energy(self, angle: float, *, columns: bool = False) -> float:
        """Sharpness of the row (or column) profile after turning the page ``angle``° counter-clockwise."""
        t = np.deg2rad(angle)
        if columns:
            coord = self.x * np.cos(t) + self.y * np.sin(t)
        else:
            coord = self.y * np.cos(t) - self.x * np.sin(t)
        if coord.size == 0:
            return 0.0
        counts = np.bincount(np.round(coord - coord.min()).astype(np.int64)).astype(np.float64)
        return float(np.square(np.diff(counts)).sum())


def estimate_skew(ink: np.ndarray) -> float:
    """The rotation (degrees, counter-clockwise) that makes text lines horizontal.

    Projection-profile search: text lines straight across give the sharpest row
    profile.  Coarse 0.5° steps over ±5°, then 0.1° around the best.
    """
    pixels = _Ink(ink)
    coarse = np.arange(-MAX_SKEW, MAX_SKEW + 1e-6, 0.5)
    best = max(coarse, key=lambda a: pixels.energy(float(a)))
    fine = np.arange(best - 0.5, best + 0.5 + 1e-6, 0.1)
    return round(float(max(fine, key=lambda a: pixels.energy(float(a)))), 2)


def text_direction(ink: np.ndarray) -> str | None:
    """"horizontal" or "vertical" text lines in an ink mask, or None when the profiles do not say.

    Lines of text give a row profile with sharp steps; the same page turned by 90° gives
    them in the column profile instead.  Checked over the skew range, since a 5° tilt
    blurs the profile of long lines.
    """
    pixels = _Ink(ink)
    angles = np.arange(-MAX_SKEW, MAX_SKEW + 1e-6, 1.0)
    rows = max(pixels.energy(float(a)) for a in angles)
    cols = max(pixels.energy(float(a), columns=True) for a in angles)
    if rows > 1.5 * cols:
        return "horizontal"
    if cols > 1.5 * rows:
        return "vertical"
    return None


def upright_score(binary: Image.Image) -> float | None:
    """From -1 (upside down) to 1 (upright), or None with too few text lines to tell.

    In upright Latin script, and much more so in Vietnamese with its stacked marks,
    a line carries more ink above its x-height band (ascenders, capitals, diacritics)
    than below it (descenders).  Each line votes; the mean vote is the score.
    """
    height = line_height(np.asarray(binary, dtype=np.uint8) < 128)
    if height is None:
        return None
    small = scaled(binary, min(1.0, 24.0 / height))  # ~24 px lines: enough to see the x-height band
    rows = (np.asarray(small, dtype=np.float32) < 160).sum(axis=1)
    on = rows > 0.08 * np.percentile(rows, 98)
    edges = np.flatnonzero(np.diff(np.concatenate(([0], on.view(np.int8), [0]))))
    votes = []
    for start, end in zip(edges[::2], edges[1::2], strict=True):
        seg = rows[start:end]
        if len(seg) < 8:
            continue
        band = np.flatnonzero(seg >= 0.5 * seg.max())
        above, below = seg[: band[0]].sum(), seg[band[-1] + 1 :].sum()
        if above + below > 0:
            votes.append(float(np.sign(above - below)))
    if len(votes) < 5:
        return None
    return float(np.mean(votes))


def line_height(ink: np.ndarray) -> float | None:
    """Median ink height of text lines in the (deskewed) mask, or None when there are no lines."""
    rows = ink.sum(axis=1).astype(np.float64)
    if rows.max() <= 0:
        return None
    on = rows > 0.08 * np.percentile(rows, 98)
    edges = np.flatnonzero(np.diff(np.concatenate(([0], on.view(np.int8), [0]))))
    runs = edges[1::2] - edges[::2]
    runs = runs[runs >= 3]  # specks and rules are not lines
    if len(runs) < 3:
        return None
    return float(np.median(runs))


def _background(gray: Image.Image) -> Image.Image:
    """The page's paper brightness, small: a coarse max filter removes the text, a blur smooths it."""
    w, h = gray.size
    factor = max(1, round(max(w, h) / 160))
    small = gray.resize((max(1, w // factor), max(1, h // factor)), Image.Resampling.BOX)
    return small.filter(ImageFilter.MaxFilter(5)).filter(ImageFilter.GaussianBlur(2))


def is_evenly_lit(gray: Image.Image) -> bool:
    """True when the paper is about equally bright everywhere (a flatbed scan)."""
    lo, hi = np.percentile(np.asarray(_background(gray)), [5, 95])
    return hi - lo < 25


def flatten(gray: Image.Image) -> Image.Image:
    """Divide out uneven lighting (shadows, a lamp to one side) so one threshold fits the page."""
    background = _background(gray).resize(gray.size, Image.Resampling.BILINEAR)
    a = np.asarray(gray, dtype=np.float32)
    b = np.maximum(np.asarray(background, dtype=np.float32), 1.0)
    return Image.fromarray(np.clip(a * (255.0 / b), 0, 255).astype(np.uint8))


def _first_run(bright: np.ndarray, k: int) -> np.ndarray:
    """Per row, the index where ``k`` bright pixels in a row first start (row length if never)."""
    c = np.cumsum(np.pad(bright.astype(np.int32), ((0, 0), (1, 0))), axis=1)
    full = (c[:, k:] - c[:, :-k]) == k
    return np.where(full.any(axis=1), full.argmax(axis=1), bright.shape[1])


def outside_page(small: np.ndarray) -> np.ndarray:
    """Mask of the dark surround (desk, scanner lid) around a bright page in a small gray array."""
    bright = small > otsu(small)
    k = max(8, small.shape[1] // 40)  # wider than any letter: a run this long is paper
    h, w = bright.shape
    if min(h, w) <= 2 * k:
        return np.zeros_like(bright)
    cols, rows = np.arange(w)[None, :], np.arange(h)[:, None]
    left = _first_run(bright, k)[:, None]
    right = w - _first_run(bright[:, ::-1], k)[:, None]
    top = _first_run(bright.T, k)[None, :]
    bottom = h - _first_run(bright.T[:, ::-1], k)[None, :]
    return (cols < left) | (cols >= right) | (rows < top) | (rows >= bottom)


def whiten_surround(gray: Image.Image) -> Image.Image:
    """Paint everything outside the page white, so photo borders do not read as text."""
    scale = min(1.0, PROBE_SIDE / max(gray.size))
    small = scaled(gray, scale)
    outside = outside_page(np.asarray(small, dtype=np.uint8))
    if outside.mean() < 0.002:
        return gray
    # Grow the mask a little: the page edge itself is a dark line after flattening.
    mask = Image.fromarray(outside.astype(np.uint8) * 255).filter(ImageFilter.MaxFilter(5))
    mask = mask.resize(gray.size, Image.Resampling.NEAREST)
    return Image.composite(Image.new("L", gray.size, 255), gray, mask)


def _perspective(dst: np.ndarray, src: np.ndarray) -> list[float]:
    """Coefficients for ``Image.transform(PERSPECTIVE)`` mapping output corners ``dst`` to input ``src``."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows += [[x, y, 1, 0, 0, 0, -u * x, -u * y], [0, 0, 0, x, y, 1, -v * x, -v * y]]
        rhs += [u, v]
    return np.linalg.solve(np.array(rows, float), np.array(rhs, float)).tolist()


def unwarp_page(gray: Image.Image) -> Image.Image:
    """Map a photographed page (a bright quadrilateral on a darker surround) back to a rectangle.

    Only when a surround is visible on every side: the page's corners are the extreme
    points of the paper mask (top-left has the smallest x + y, and so on).
    """
    scale = min(1.0, PROBE_SIDE / max(gray.size))
    outside = outside_page(np.asarray(scaled(gray, scale), dtype=np.uint8))
    h, w = outside.shape
    border = [outside[0].mean(), outside[-1].mean(), outside[:, 0].mean(), outside[:, -1].mean()]
    if min(border) < 0.5 or outside.mean() > 0.6:
        return gray  # a scan, or a page cut by the frame: nothing to unwarp
    ys, xs = np.nonzero(~outside)
    corners = np.array([
        (xs[np.argmin(xs + ys)], ys[np.argmin(xs + ys)]),
        (xs[np.argmax(xs - ys)], ys[np.argmax(xs - ys)]),
        (xs[np.argmax(xs + ys)], ys[np.argmax(xs + ys)]),
        (xs[np.argmin(xs - ys)], ys[np.argmin(xs - ys)]),
    ], dtype=float) / scale
    width = round((np.hypot(*(corners[1] - corners[0])) + np.hypot(*(corners[2] - corners[3]))) / 2)
    height = round((np.hypot(*(corners[3] - corners[0])) + np.hypot(*(corners[2] - corners[1]))) / 2)
    target = np.array([(0, 0), (width, 0), (width, height), (0, height)], dtype=float)
    coeffs = _perspective(target, corners)
    return gray.transform((width, height), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC, fillcolor=255)


def noise_level(gray: Image.Image) -> float:
    """Mean absolute change a 3x3 median makes on a sample of the page (speckle and sensor noise)."""
    w, h = gray.size
    box = (w // 4, h // 4, w // 4 + min(800, w // 2), h // 4 + min(800, h // 2))
    crop = gray.crop(box)
    a = np.asarray(crop, dtype=np.int16)
    b = np.asarray(crop.filter(ImageFilter.MedianFilter(3)), dtype=np.int16)
    return float(np.abs(a - b).mean())


def binarize(gray: Image.Image) -> Image.Image:
    """Black text on white by Otsu's threshold (after flattening a global threshold suffices)."""
    a = np.asarray(gray, dtype=np.uint8)
    return Image.fromarray(np.where(a > otsu(a), 255, 0).astype(np.uint8))


def straighten(gray: Image.Image, angle: float) -> Image.Image:
    """Rotate by ``angle`` degrees (counter-clockwise) on a white background, keeping all content."""
    if abs(angle) < 0.05:
        return gray
    return gray.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)


def text_scale(ink: np.ndarray, probe_scale: float) -> float:
    """Resize factor that brings text lines to the height tesseract reads best."""
    height = line_height(ink)
    if height is None:
        return 1.0
    full = height / probe_scale
    if full < TARGET_LINE_PX * 0.8:
        return min(MAX_UPSCALE, TARGET_LINE_PX / full)
    if full > TARGET_LINE_PX * 2.2:  # very high-resolution input: smaller is faster and no worse
        return TARGET_LINE_PX * 1.4 / full
    return 1.0


NOISY = 2.0  # noise_level above which a median filter pays off (measured on 200-300 dpi scans)


def prepare(gray: Image.Image, *, flatten_light: bool = True, threshold: bool = True) -> Image.Image:
    """Clean a grayscale page for tesseract: despeckle, crop surround, deskew, rescale, binarise.

    Each step was kept because it lowered CER on the degraded samples
    (``bench/bench_ocr.py``): the median filter on noisy scans, the white surround on
    photos, the upscaling on 200 dpi scans; binarising costs nothing in CER and saves
    about a third of tesseract's time.
    """
    if noise_level(gray) > NOISY:
        gray = gray.filter(ImageFilter.MedianFilter(3))
    gray = whiten_surround(unwarp_page(gray))
    ink, scale = probe(gray)
    angle = estimate_skew(ink)
    if abs(angle) >= 0.05:
        ink = np.asarray(Image.fromarray(ink.astype(np.uint8) * 255).rotate(angle), dtype=np.uint8) > 127
    factor = text_scale(ink, scale)
    if flatten_light and not is_evenly_lit(gray):
        gray = flatten(gray)
    gray = straighten(gray, angle)
    if abs(factor - 1.0) > 0.05:
        size = (round(gray.width * factor), round(gray.height * factor))
        gray = gray.resize(size, Image.Resampling.LANCZOS if factor > 1 else Image.Resampling.BOX)
    return binarize(gray) if threshold else gray
