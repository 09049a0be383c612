"""Is the posting in a language the skills vocabulary reads?

The vocabulary holds English names (and the Latin names of tools that every language
writes the same way). A posting in German or Polish still "works": a few tool names are
found and the score rests on them, as if the posting asked for nothing else. The user
must be told so. A posting is taken as unread when its words are mostly not English
(few English function words among many words, or mostly Chinese, Japanese or Korean
letters) and the vocabulary found few skills for its length.
"""

from __future__ import annotations

import re
from typing import Any

from tailor_app.tailoring.text import word_set

__all__ = ["LANGUAGE_NOTICE", "language_notice", "unread_language"]

LANGUAGE_NOTICE = ("This posting does not seem to be written in English, which is the "
                   "language the app reads skills in: only the few names it recognised "
                   "were matched, so the score says little. Paste an English version of "
                   "the posting if there is one.")

# The commonest English words of running text: a page of English prose has one in four
# or five of its words among them, any other language hardly any.
_ENGLISH = word_set(
    """
    the and of to in a an for with you your we our is are will be on as or at by this that
    from have has who what can all any able work working experience skills team including
    must should would about into their they it its not us more
    """
)
_WORD = re.compile(r"[^\W\d_]+")
_CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
MIN_WORDS = 40  # shorter texts say too little to judge
MAX_ENGLISH_SHARE = 0.06
MIN_SKILLS_PER_100_WORDS = 4.0


def unread_language(text: str, skills_found: int) -> bool:
    """True when ``text`` is mostly not English and few skills were found in it."""
    words = _WORD.findall(text[:20_000])
    cjk = len(_CJK.findall(text[:20_000]))
    letters = sum(len(w) for w in words) or 1
    if cjk > 0.3 * letters:
        size = cjk / 2  # about two letters a word
        english = False
    else:
        size = len(words)
        english = (sum(1 for w in words if w.lower() in _ENGLISH) / max(1, size)
                   > MAX_ENGLISH_SHARE)
    if english or size < MIN_WORDS:
        return False
    return skills_found * 100 / size < MIN_SKILLS_PER_100_WORDS


def language_notice(analysis: Any) -> str | None:
    """The notice for a stored analysis (``PostingAnalysis.to_dict()``), or None.

    Worked out from the analysis's own section texts and skills, so it needs no new
    field and applies to jobs finished before it existed."""
    if not isinstance(analysis, dict):
        return None
    text = "\n".join(str(s.get("heading") or "") + "\n" + str(s.get("text") or "")
                     for s in analysis.get("sections") or [] if isinstance(s, dict))
    found = len(analysis.get("skills") or []) + len(analysis.get("certifications") or [])
    return LANGUAGE_NOTICE if unread_language(text, found) else None
