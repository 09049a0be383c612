"""Streets in a posting's address, whose names are sometimes a product's or a skill's.

"1800 Salesforce Way, Fort Collins", "4410 Excel Parkway, Suite 200", "Tucson, AZ 85705
(Oracle Rd area)": employers sit on streets named after the companies that built the
office park, and the address line of a posting or a job board's location line was read
as an ask of Salesforce, Excel or Oracle, which then showed as a false "missing" in the
match report. A street is told by its shape: a house number, then one to three
capitalised words, then a street's kind ("Way", "Parkway", "Drive"); or, without a
number, a capitalised word before a street's kind written only of streets ("Rd",
"Street", "Avenue", "Blvd"). "Google Drive" (no number) and "the Toyota Way" (no number,
and "Way" is no street without one) stay what they are.
"""

from __future__ import annotations

import re

__all__ = ["street_spans"]

# Kinds of street written only of streets, with or without a number before the name.
_ONLY_STREETS = (r"(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Boulevard|Blvd\.?|Parkway|Pkwy\.?"
                 r"|Highway|Hwy\.?|Lane|Ln\.?)")
# Kinds that are other words too ("Drive", "Way", "Place", "Court", "Circle", "Trail"):
# a street only after a house number.
_AFTER_NUMBER = r"(?:Way|Drive|Dr\.?|Place|Pl\.?|Court|Ct\.?|Circle|Trail|Terrace|Plaza)"
_NAME = r"((?:[A-Z][\w'’.-]*[ \t]+){1,3})"
# Without a number the name is a word, not letters ("pass the DOT Road Test" keeps its
# DOT), and no capitalised word follows the street's kind ("Road Test", "Street Journal").
_WORD_NAME = r"((?:[A-Z][a-z][\w'’.-]*[ \t]+){1,3})"
_STREET = re.compile(
    rf"\b\d{{1,6}}[ \t]+(?:[NSEW]\.?[ \t]+)?{_NAME}(?:{_ONLY_STREETS}|{_AFTER_NUMBER})(?![\w])"
    rf"|\b{_WORD_NAME}{_ONLY_STREETS}(?![\w])(?![ \t]+[A-Z])")
# What a match holds: the street's kind after a blank, found in one pass of ``re`` (a
# line scan per kind cost more than the rest of the reader).
_KIND = re.compile(r" (?:Street|St[., ]|Road|Rd\b|Ave|Blvd|Boulevard|Parkway|Pkwy|Highway"
                   r"|Hwy|Lane|Ln\b|Way\b|Drive|Dr[., ]|Place|Pl[.,]|Court|Ct\b|Circle"
                   r"|Trail|Terrace|Plaza)")


def street_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the street names in ``text`` (the name's words, without the number or
    the street's kind)."""
    out: list[tuple[int, int]] = []
    done = -1  # the end of the last line read
    for kind in _KIND.finditer(text):
        if kind.start() < done:
            continue
        start = text.rfind("\n", 0, kind.start()) + 1
        end = text.find("\n", kind.end())
        done = end = len(text) if end < 0 else end
        for m in _STREET.finditer(text, start, end):
            group = 1 if m.group(1) is not None else 2
            out.append((m.start(group), m.start(group) + len(m.group(group).rstrip())))
    return out
