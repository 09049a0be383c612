"""Is this text a job posting? One rule for the window and the command line.

Text that is clearly not a posting ("hi", a pasted link, a number) gives the
engine nothing to match, and a job made from it would "complete" with a
meaningless score. The window says so under the editor and keeps Tailor off;
:func:`~tailor_app.job_processor.validate_job_request` refuses it with the same
sentence, so ``tailor-app tailor`` exits 2 with it and no job is made.

The rule: a link (with or without a few words around it), text with no words at
all, or fewer than :data:`MIN_POSTING_WORDS` words outside links. Between that and
:data:`SHORT_POSTING_WORDS` words the text may still be a terse list of
requirements ("Staff Accountant. Requirements: GAAP, month-end close, Excel" has
nine words and three skills to match), so it is allowed and the window only
suggests pasting the whole posting. Real postings run to a hundred words and more.
"""

from __future__ import annotations

import re

MIN_POSTING_WORDS = 8  # fewer: refused (a title, a greeting, a company name)
SHORT_POSTING_WORDS = 15  # fewer: allowed, with a hint in the window
_LINK_PATTERN = r"(?i:https?://|www\.)\S+"
_WORD_PATTERN = r"[^\W\d_][\w'\u2019-]*"  # starts with a letter, any script
_LINK = re.compile(_LINK_PATTERN)
# A link is matched first, so its parts ("https", "jobs", "example") are not words.
_LINK_OR_WORD = re.compile(f"(?P<link>{_LINK_PATTERN})|{_WORD_PATTERN}")

LINK_MESSAGE = ("That is a link. Resume Tailor works offline and does not open web pages: "
                "open the posting in your browser and paste its text here.")
LINK_AND_WORDS_MESSAGE = ("That is a link and a few words. Resume Tailor works offline and "
                          "does not open web pages: open the posting in your browser and "
                          "paste its text here.")
NO_WORDS_MESSAGE = ("This doesn\u2019t look like a job posting: it has no words. Paste the "
                    "posting\u2019s text, requirements included.")


def _count(text: str, enough: int) -> tuple[int, bool]:
    """Words outside links (counted up to ``enough``) and whether a link was seen."""
    words, link = 0, False
    for match in _LINK_OR_WORD.finditer(text):
        if match.group("link"):
            link = True
            continue
        words += 1
        if words >= enough:
            break
    return words, link


def posting_words(text: str, enough: int = SHORT_POSTING_WORDS) -> int:
    """Words in a posting outside its links, counted up to ``enough``: runs that start
    with a letter ("C++", "2024" don't count alone, but a number never makes a
    posting anyway).

    The window runs it at every keystroke, and only "fewer than 15?" matters, so it
    stops counting there rather than scan a 100,000-character posting.
    """
    return _count(text, enough)[0]


def posting_problem(text: str) -> str | None:
    """Why ``text`` is clearly not a job posting, in a sentence, or None.

    Blank text is not a problem here: the window's button says "Paste the job
    posting first" for that, and validation has its own message for it.
    """
    stripped = text.strip()
    if not stripped:
        return None
    if _LINK.fullmatch(stripped):
        return LINK_MESSAGE
    words, link = _count(stripped, MIN_POSTING_WORDS)
    if words >= MIN_POSTING_WORDS:
        return None
    if link:
        return LINK_AND_WORDS_MESSAGE if words else LINK_MESSAGE
    if words == 0:
        return NO_WORDS_MESSAGE
    noun = "word" if words == 1 else "words"
    return (f"This is too short to be a job posting ({words} {noun}). Paste the whole "
            "posting, requirements included, so there is something to match your "
            "resume against.")
