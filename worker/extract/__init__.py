"""Text extraction: one ``Extractor`` per format and a registry that picks the best.

Public entry point: :func:`extract_file`.
"""

from worker.extract.base import ExtractedText, Extractor
from worker.extract.registry import extract_file, sniff_media_type

__all__ = ["ExtractedText", "Extractor", "extract_file", "sniff_media_type"]
