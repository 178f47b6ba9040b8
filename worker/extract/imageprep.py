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
    return img.convert("L")


def otsu(a: np.ndarray) -> int:
    """Otsu's threshold of an 8-bit array."""
    hist = np.bincount(a.ravel(), minlength=256).astype(np.float64)
    total = hist.sum()
    weight = np.cumsum(hist)
    mean = np.cumsum(hist * np.arange(256))
    with np.errstate(divide="ignore", invalid="ignore"):
        between = (mean[-1] * weight / total - mean) ** 2 / (weight * (total - weight))
    return int(np.nanargmax(between))


def probe(gray: Image.Image) -> tuple[np.ndarray, float]:
    """A small ink mask (True = ink) of the page and its scale relative to ``gray``."""
    scale = min(1.0, PROBE_SIDE / max(gray.size))
    small = gray.resize((max(1, round(gray.width * scale)), max(1, round(gray.height * scale))), Image.Resampling.BOX)
    a = np.asarray(flatten(small), dtype=np.uint8)
    return a < otsu(a), scale


def _profile_energy(ink: Image.Image, angle: float) -> float:
    rows = np.asarray(ink.rotate(angle, resample=Image.Resampling.BILINEAR), dtype=np.float32).sum(axis=1)
    return float(np.square(np.diff(rows)).sum())


def estimate_skew(ink: np.ndarray) -> float:
    """The rotation (degrees, counter-clockwise) that makes text lines horizontal.

    Projection-profile search: text lines straight across give the sharpest row
    profile.  Coarse 0.5° steps over ±5°, then 0.1° around the best.
    """
    img = Image.fromarray(ink.astype(np.uint8) * 255)
    coarse = np.arange(-MAX_SKEW, MAX_SKEW + 1e-6, 0.5)
    best = max(coarse, key=lambda a: _profile_energy(img, float(a)))
    fine = np.arange(best - 0.5, best + 0.5 + 1e-6, 0.1)
    return round(float(max(fine, key=lambda a: _profile_energy(img, float(a)))), 2)


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


def flatten(gray: Image.Image) -> Image.Image:
    """Divide out uneven lighting: the page background is estimated by a coarse max filter."""
    w, h = gray.size
    factor = max(1, round(max(w, h) / 160))
    small = gray.resize((max(1, w // factor), max(1, h // factor)), Image.Resampling.BOX)
    background = small.filter(ImageFilter.MaxFilter(5)).filter(ImageFilter.GaussianBlur(2))
    background = background.resize((w, h), Image.Resampling.BILINEAR)
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
    cols, rows = np.arange(w)[None, :], np.arange(h)[:, None]
    left = _first_run(bright, k)[:, None]
    right = w - _first_run(bright[:, ::-1], k)[:, None]
    top = _first_run(bright.T, k)[None, :]
    bottom = h - _first_run(bright.T[:, ::-1], k)[None, :]
    return (cols < left) | (cols >= right) | (rows < top) | (rows >= bottom)


def whiten_surround(gray: Image.Image) -> Image.Image:
    """Paint everything outside the page white, so photo borders do not read as text."""
    scale = min(1.0, PROBE_SIDE / max(gray.size))
    small = gray.resize((max(1, round(gray.width * scale)), max(1, round(gray.height * scale))), Image.Resampling.BOX)
    outside = outside_page(np.asarray(small, dtype=np.uint8))
    if outside.mean() < 0.002:
        return gray
    # Grow the mask a little: the page edge itself is a dark line after flattening.
    mask = Image.fromarray(outside.astype(np.uint8) * 255).filter(ImageFilter.MaxFilter(5))
    mask = mask.resize(gray.size, Image.Resampling.NEAREST)
    return Image.composite(Image.new("L", gray.size, 255), gray, mask)


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
    gray = whiten_surround(gray)
    ink, scale = probe(gray)
    angle = estimate_skew(ink)
    if abs(angle) >= 0.05:
        ink = np.asarray(Image.fromarray(ink.astype(np.uint8) * 255).rotate(angle), dtype=np.uint8) > 127
    factor = text_scale(ink, scale)
    if flatten_light:
        gray = flatten(gray)
    gray = straighten(gray, angle)
    if abs(factor - 1.0) > 0.05:
        size = (round(gray.width * factor), round(gray.height * factor))
        gray = gray.resize(size, Image.Resampling.LANCZOS if factor > 1 else Image.Resampling.BOX)
    return binarize(gray) if threshold else gray
