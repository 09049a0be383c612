"""Names of states and provinces, which a posting writes as a place and never asks for.

"An Oregon Food Handler card", "a Texas CDL", "licensed in Ontario": the place names
whose rules the credential follows. Read by their shape (a capitalised word beside a
known term) such a name became an ask of its own ("Oregon"), which no resume shows.
"""

from __future__ import annotations

from tailor_app.tailoring.text import word_set

__all__ = ["is_region"]

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
