"""Which queue a document goes to: work likely to need OCR goes to ``ocr`` (slow, CPU-heavy workers)."""

from __future__ import annotations

from pathlib import Path

OCR_QUEUE = "ocr"
DEFAULT_QUEUE = "default"
QUEUES = (DEFAULT_QUEUE, OCR_QUEUE)

# A page whose text layer is shorter than this is most likely a scan (the extractor will OCR it).
_MIN_TEXT_CHARS = 40
_PAGES_PROBED = 3


def pdf_needs_ocr(path: Path) -> bool:
    """True when the first pages of a PDF have (almost) no text layer."""
    try:
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(str(path))
    except Exception:
        return False  # unreadable: the worker reports it as corrupt quickly, no OCR needed
    try:
        for i in range(min(len(pdf), _PAGES_PROBED)):
            page = pdf[i]
            text = page.get_textpage().get_text_range()
            if len(text.strip()) < _MIN_TEXT_CHARS:
                return True
        return False
    except Exception:
        return False
    finally:
        pdf.close()


def choose_queue(path: Path, media_type: str) -> str:
    """``ocr`` for images and scanned PDFs, ``default`` for everything else."""
    if media_type.startswith("image/"):
        return OCR_QUEUE
    if media_type == "application/pdf" and pdf_needs_ocr(path):
        return OCR_QUEUE
    return DEFAULT_QUEUE
