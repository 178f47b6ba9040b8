"""Image preparation helpers for OCR (pure numpy/Pillow; no tesseract needed)."""

import numpy as np
import pytest

from worker.extract.imageprep import otsu


def _from_histogram(levels, counts):
    return np.repeat(np.array(levels, dtype=np.uint8), counts)


@pytest.mark.parametrize(
    "levels, counts, low, high",
    [
        pytest.param([0, 255], [100, 900], 0, 254, id="two-levels"),
        # A clean page whose mean rounds badly: the last bin's 0/0 came out as tiny/0 = inf and
        # Otsu chose 255, which turned the whole page black (one-page scans OCR'd to nothing).
        # (A page of this size: products of its counts pass 2**53, where doubles stop being exact.)
        pytest.param([16, 77, 133, 255], [203744, 72777, 250445, 6611073], 77, 254,
                     id="rounding-in-the-last-bin"),
    ],
)
def test_otsu_threshold_splits_ink_from_paper(levels, counts, low, high):
    assert low <= otsu(_from_histogram(levels, counts)) < high


def test_otsu_single_level_is_all_paper():
    a = np.full(100, 200, dtype=np.uint8)
    assert otsu(a) < 200


def _data(words):
    """A minimal ``image_to_data`` dict: one line of (text, conf) words, left to right."""
    n = len(words)
    return {
        "level": [5] * n, "text": [t for t, _ in words], "conf": [c for _, c in words],
        "block_num": [1] * n, "par_num": [1] * n, "line_num": [1] * n,
        "left": [i * 100 for i in range(n)], "width": [90] * n, "top": [10] * n, "height": [20] * n,
    }


@pytest.mark.parametrize(
    "words, expected",
    [
        pytest.param([("Địa", 95), ("điểm:", 90), ("..........LQQ", 0), ("HT", 0), ("HH", 4), ("n1", 0)],
                     "Địa điểm: ..........", id="dotted-blank-noise-dropped"),
        pytest.param([("Địa", 95), ("điểm:", 90), ("......", 40), ("Hội", 91), ("trường", 93)],
                     "Địa điểm: ...... Hội trường", id="value-written-on-the-dots-kept"),
        pytest.param([("Chi", 96), ("bộ", 12), ("họp", 90)], "Chi bộ họp", id="low-confidence-word-without-dots-kept"),
    ],
)
def test_dotted_fill_in_noise(words, expected):
    from worker.extract.ocrlayout import lines_from_data

    [line] = lines_from_data(_data(words))
    assert " ".join(w.text for w in line.words) == expected
