"""Pure analysis stages over Vietnamese Party-cell minutes (no I/O beyond package data).

The public verbs are re-exported here and loaded on first use, so importing one
stage (``nlp.normalize``) does not load the others.
"""

from __future__ import annotations

import importlib
from typing import Any

_VERBS = {
    "normalize": "nlp.normalize",
    "find_references": "nlp.references",
    "find_sections": "nlp.sections",
    "read_meeting": "nlp.meeting",
    "check": "nlp.rules",
    "analyze": "nlp.analyze",
}

__all__ = sorted(_VERBS)


def __getattr__(name: str) -> Any:
    if name in _VERBS:
        return getattr(importlib.import_module(_VERBS[name]), name)
    raise AttributeError(f"module 'nlp' has no attribute {name!r}")
