"""Names whose parts the vocabulary reads as skills of another trade.

"Epicor Eclipse" is the distributor's ERP sold by Epicor, not the Eclipse IDE; "Gerald R.
Ford International Airport (GRR)" gives the airport's code, not Gross Revenue Retention.
A vendor's name directly before a word the vocabulary knows in an unrelated field names
the vendor's product line; capital letters in brackets after a named place are its
code. Both are read by shape and by the vocabulary's fields, so they hold for any vendor
and any place; a vendor and a product of the same field ("Allen-Bradley RSLogix") stay
two asks, as the labels read them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tailor_app.tailoring.posting.protocols import HitLike

__all__ = ["place_code_spans", "product_line_drops"]


def _fields(hit: HitLike) -> frozenset[str]:
    return frozenset(getattr(hit.skill, "fields", ()) or ())


def _one_word_name(text: str, hit: HitLike) -> bool:
    surface = text[hit.start:hit.end]
    return " " not in surface and surface[:1].isupper()


def product_line_drops(text: str, hits: Sequence[HitLike]) -> set[int]:
    """Indexes of tool hits that name a vendor's product ("Eclipse" of "Epicor
    Eclipse"): a capitalised one-word tool right after another, one space apart, in no
    field of the first, and not one of a run of three tools written without commas
    (a list of tags)."""
    drop: set[int] = set()
    tools = [(n, h) for n, h in enumerate(hits)
             if h.skill.kind == "tool" and _one_word_name(text, h)]
    for k in range(1, len(tools)):
        (_m, vendor), (n, product) = tools[k - 1], tools[k]
        if text[vendor.end:product.start] != " ":
            continue
        before = tools[k - 2][1] if k >= 2 else None
        after = tools[k + 1][1] if k + 1 < len(tools) else None
        if (before is not None and text[before.end:vendor.start] == " ") or (
                after is not None and text[product.end:after.start] == " "):
            continue  # "QuickBooks Excel Outlook": a list without commas
        if _fields(vendor) and _fields(product) and not _fields(vendor) & _fields(product):
            drop.add(n)
    return drop


# A named place and its code in brackets: "Gerald R. Ford International Airport (GRR)",
# "Mercy West Hospital (MWH)", "Lincoln Distribution Center (LDC)".
_PLACE_CODE = re.compile(
    r"\b(?:Airport|Station|Terminal|Port|Hospital|Center|Centre|University|College|County"
    r"|District|Base|Depot|Campus|Mall|Park|Plant|Warehouse|Facility)[ \t]*\(([A-Z]{2,5})\)")


def place_code_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the codes a posting gives its named places."""
    if "(" not in text:
        return []
    return [m.span(1) for m in _PLACE_CODE.finditer(text)]
