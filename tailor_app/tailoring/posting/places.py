"""Names of states and provinces, which a posting writes as a place and never asks for.

"An Oregon Food Handler card", "a Texas CDL", "licensed in Ontario": the place names
whose rules the credential follows. Read by their shape (a capitalised word beside a
known term) such a name became an ask of its own ("Oregon"), which no resume shows.
"""

from __future__ import annotations

import re

from tailor_app.tailoring.text import word_set

__all__ = ["is_region", "names_a_city"]

_REGIONS = frozenset(name.casefold() for name in """
Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia
|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts
|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey
|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania
|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington
|West Virginia|Wisconsin|Wyoming|District of Columbia|Puerto Rico|Guam
|Alberta|British Columbia|Manitoba|New Brunswick|Newfoundland|Newfoundland and Labrador
|Nova Scotia|Ontario|Prince Edward Island|Quebec|Québec|Saskatchewan|Yukon|Nunavut
|Northwest Territories
""".replace("\n", "").split("|"))


# A part of a state named by where it lies: "central Ohio", "Northern California",
# "upstate New York".
_PARTS = word_set("""
central northern southern eastern western north south east west northeast northwest
southeast southwest northeastern northwestern southeastern southwestern upstate downstate
greater coastal rural metro inland
""")


def is_region(name: str) -> bool:
    """Is ``name`` a US state or territory, or a Canadian province or territory, or a
    part of one named by where it lies ("central Ohio")?"""
    low = name.strip().casefold()
    if low in _REGIONS:
        return True
    first, _, rest = low.partition(" ")
    return first in _PARTS and rest in _REGIONS


# A state's or province's two letters after a city: "Reno, NV.", "Denver, CO:",
# "Springfield, MA 01103", "(Tacoma, WA)". Only where the letters end the place: "Kareo,
# MS Office" names two tools.
_CODES = ("AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT"
          "|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|PR"
          "|AB|BC|MB|NB|NL|NS|ON|PE|QC|SK|YT|NT|NU")
_STATE_AFTER = re.compile(
    rf",[ \t]*(?:(?:{_CODES})(?=[ \t]*(?:[.,;:)|\n]|\d|$)|[ \t]+[a-z])"
    r"|(?-i:[A-Z])[a-z]+(?:[ \t]+(?-i:[A-Z])[a-z]+)?)")


def names_a_city(text: str, start: int, end: int) -> bool:
    """Is the capitalised name at ``start:end`` a city, told by the state or province
    after it ("Lakeside Dental, Reno, NV. We are ...", "Denver, Colorado")? Read by its
    shape, "Reno" was asked as a tool."""
    if not text[start:start + 1].isupper():
        return False
    m = _STATE_AFTER.match(text, end)
    if m is None:
        return False
    after = m.group()
    return after.lstrip(", \t")[:2].isupper() or is_region(after.lstrip(", \t"))
