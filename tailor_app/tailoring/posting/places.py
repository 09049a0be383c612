"""Names of states and provinces, which a posting writes as a place and never asks for.

"An Oregon Food Handler card", "a Texas CDL", "licensed in Ontario": the place names
whose rules the credential follows. Read by their shape (a capitalised word beside a
known term) such a name became an ask of its own ("Oregon"), which no resume shows.
"""

from __future__ import annotations

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


def is_region(name: str) -> bool:
    """Is ``name`` a US state or territory, or a Canadian province or territory?"""
    return name.strip().casefold() in _REGIONS
