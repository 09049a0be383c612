"""The tailoring engine: pure functions on text and small dataclasses.

``tailor(resume_document, job_text, title=None, company=None) -> TailorResult`` is
the one entry point the workflow needs; the parts (readers, parser, posting
analyser, vocabulary, matching, guard) are usable alone. Imported lazily so that
importing ``tailoring.model`` stays cheap.
"""

from __future__ import annotations

from typing import Any

__all__ = ["tailor"]


def __getattr__(name: str) -> Any:
    if name == "tailor":
        from tailor_app.tailoring.compose.tailor import tailor

        return tailor
    raise AttributeError(name)
