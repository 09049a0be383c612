"""US states and Canadian provinces by their postal codes: a licence asked for
"Washington" is the resume's "WA Registered Nurse License", and a posting's "TX RN
license" the resume's "Texas Board of Nursing". Resumes write the code where postings
write the name, and the other way round; a licence of another state is still another.
"""

from __future__ import annotations

import re

__all__ = ["region_word", "with_region_names", "without_state_word"]

_CODES = {
    "AL": "alabama", "AK": "alaska", "AZ": "arizona", "AR": "arkansas", "CA": "california",
    "CO": "colorado", "CT": "connecticut", "DE": "delaware", "FL": "florida", "GA": "georgia",
    "HI": "hawaii", "ID": "idaho", "IL": "illinois", "IN": "indiana", "IA": "iowa",
    "KS": "kansas", "KY": "kentucky", "LA": "louisiana", "ME": "maine", "MD": "maryland",
    "MA": "massachusetts", "MI": "michigan", "MN": "minnesota", "MS": "mississippi",
    "MO": "missouri", "MT": "montana", "NE": "nebraska", "NV": "nevada",
    "NH": "new hampshire", "NJ": "new jersey", "NM": "new mexico", "NY": "new york",
    "NC": "north carolina", "ND": "north dakota", "OH": "ohio", "OK": "oklahoma",
    "OR": "oregon", "PA": "pennsylvania", "RI": "rhode island", "SC": "south carolina",
    "SD": "south dakota", "TN": "tennessee", "TX": "texas", "UT": "utah", "VT": "vermont",
    "VA": "virginia", "WA": "washington", "WV": "west virginia", "WI": "wisconsin",
    "WY": "wyoming", "DC": "district of columbia", "AB": "alberta", "BC": "british columbia",
    "MB": "manitoba", "NB": "new brunswick", "NL": "newfoundland", "NS": "nova scotia",
    "ON": "ontario", "PE": "prince edward island", "QC": "quebec", "SK": "saskatchewan",
}
_CODE = re.compile(r"(?<![\w.&/-])[A-Z]{2}(?![\w&/-])")
_NAME = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, _CODES.values()), key=len,
                                              reverse=True)) + r")\b")
_CODE_OF = {name: code.lower() for code, name in _CODES.items()}


def with_region_names(text: str) -> str:
    """``text`` in lower case, with the other name of each state or province it names
    added at its end ("WA Registered Nurse" -> "wa registered nurse washington"). A
    code counts only in capitals on a line that also has lower case, where two capital
    letters alone are a code rather than a shouted word ("IN", "OR")."""
    low = text.lower()
    extra = [_CODES[c] for c in _CODE.findall(text) if c in _CODES] if text != text.upper() \
        else []
    extra += [_CODE_OF[name] for name in _NAME.findall(low)]
    return f"{low} {' '.join(extra)}" if extra else low


_NAME_WORDS = frozenset(word for name in _CODES.values() for word in name.split())


def region_word(word: str) -> bool:
    """Is ``word`` a state's or province's postal code (in capitals) or a word of its
    name ("NC", "Carolina")?"""
    return word in _CODES or word.lower() in _NAME_WORDS


_STATE_WORDS = frozenset({"state", "province"})


def without_state_word(words: list[str]) -> list[str]:
    """Lower-cased qualifier words without a "state" or "province" that follows a
    state's or province's name: "Washington State" is Washington ("New York State",
    "Washington State Department of Health"). A "state" with no name before it stays
    ("State Tested Nursing Assistant" names its credential)."""
    out: list[str] = []
    for word in words:
        if word in _STATE_WORDS and out and _ends_with_region(out):
            continue
        out.append(word)
    return out


def _ends_with_region(words: list[str]) -> bool:
    return any(" ".join(words[-n:]) in _CODE_OF for n in (1, 2, 3) if len(words) >= n)
