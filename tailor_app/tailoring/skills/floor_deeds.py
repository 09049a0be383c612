"""Everyday work of the warehouse floor, the dock and the maintenance shop, shown by
the plain words of doing it.

The same kind of table as ``field_deeds.py`` (``everyday_deeds.py`` reads both): a
skill's name and one pattern of the words that do it, read only in the resume's own
entries. Postings ask for cycle counts, putaway, receiving, shipment tracking, safety
inspections and preventive maintenance by those names; the people who do the work
write "Count a few aisles every morning", "putting product away", "Unload the nightly
LTL drop", "Check on trucks in transit", "Walk the site every morning for hazards",
"Change filters and belts on 40 rooftop units every quarter". Each pattern names the
work, never a product, an employer or a field.
"""

from __future__ import annotations

import re

__all__ = ["FLOOR_DEEDS"]

# Counting a part of the stock again and again is cycle counting: "Count bins every
# shift", "Counted a section of the building every night". The period makes it a
# cycle; a count once ("counted the returns") is not.
_CYCLE_COUNTS = re.compile(
    r"\bcount(?:ed|s|ing)?\s+(?:[\w'’-]+\s+){0,4}?(?:aisles?|bins?|locations?|sections?"
    r"|zones?|racks?|shelves|slots|SKUs|bays|building|warehouse|stock|inventory)\b"
    r"[^.;]{0,40}?\b(?:(?:every|each|per)\s+(?:night|morning|day|shift|week|evening"
    r"|afternoon)|daily|nightly|weekly)\b", re.IGNORECASE)

# The whole building counted once a year: "help with the big year-end count".
_PHYSICAL_COUNT = re.compile(
    r"\b(?:year-?end|annual|yearly|end-of-year|end\s+of\s+year|full[- ]building)\s+"
    r"(?:physical\s+|inventory\s+|stock\s+)?counts?\b", re.IGNORECASE)

# Putting received stock where it lives: "putting product away", "shelve parts in the
# right aisle and slot", "get it into locations before the morning".
_STOCK = (r"(?:parts|products?|stock|freight|inventory|pallets|cases|goods|materials"
          r"|merchandise|returns|receipts)")
_PUTAWAY = re.compile(
    r"\bput(?:s|ting)?\s+(?:[\w'’-]+\s+){0,2}?" + _STOCK + r"\s+away\b"
    r"|\bput(?:s|ting)?\s+away\s+(?:[\w'’-]+\s+){0,2}?" + _STOCK + r"\b"
    r"|\b(?:shelv(?:e|ed|ing)|slott(?:ed|ing)|stow(?:ed|s|ing)?)\s+(?:[\w'’-]+\s+){0,2}?"
    + _STOCK + r"\b"
    r"|\b(?:get|got|gets|getting|put|puts|putting|mov(?:e|ed|es|ing)|plac(?:e|ed|es|ing))\s+"
    r"(?:[\w'’-]+\s+){0,4}?into\s+(?:its\s+|their\s+|the\s+right\s+|the\s+|assigned\s+)?"
    r"(?:locations|slots|bins|rack\s+locations|pick\s+faces)\b", re.IGNORECASE)

# Taking in what arrives: "unloading inbound trucks", "Unload the nightly LTL drop",
# "Check in 15-20 deliveries a day" (not a driver's unloading at a customer's).
_RECEIVED = re.compile(
    r"\bunload(?:ed|s|ing)?\s+(?:[\w'’-]+\s+){0,3}?(?:(?:inbound|incoming|vendor|supplier)\s+"
    r"(?:[\w-]+\s+)?(?:trucks|trailers)|drops?|deliveries|shipments|containers|freight)\b"
    r"(?!\s+at\s+(?:the\s+)?(?:customer|client|job|store))"
    r"|\bcheck(?:ed|s|ing)?\s+in\s+(?:[\d–-]+\s+)?(?:[\w'’-]+\s+){0,2}?(?:deliveries|shipments"
    r"|trucks|freight|pallets)\b", re.IGNORECASE)

# Knowing where freight is on the road: "Watch every truck on Samsara", "Look up where
# loads are on the carrier websites", "Check on trucks in transit".
_TRACKED = re.compile(
    r"\b(?:watch(?:ed|es|ing)?|track(?:ed|s|ing)?|check(?:ed|s|ing)?\s+on|look(?:ed|s|ing)?\s+up)"
    r"\s+(?:where\s+)?(?:every\s+|each\s+|all\s+|our\s+|the\s+|my\s+)?"
    r"(?:(?!(?:electrical|circuit|panel|power|heat|heating|cooling|laundry|wash|work|case)\s)"
    r"[\w-]+\s+)?(?:trucks?|loads?|shipments?|freight)\b"
    r"(?!\s+(?:rates|bills|invoices|costs|claims|back)\b)", re.IGNORECASE)

# Walking a place to find what could hurt someone: "Walked the site every morning for
# hazards", "walk the floor for spills and blocked exits", "Walk the buildings every
# month to check extinguishers and exit signs"; or a safety walk by its name.
_PLACE = (r"(?:site|jobsite|job\s+site|floor|building|plant|warehouse|yard|dock|property"
          r"|facility|shop|aisles)s?")
_SAFETY_WALK = re.compile(
    r"\bwalk(?:ed|s|ing)?\s+(?:the\s+|each\s+|every\s+|our\s+|my\s+|all\s+)?(?:[\w-]+\s+)?"
    + _PLACE + r"\s+(?:[\w-]+\s+){0,3}?(?:for|checking\s+for|looking\s+for|to\s+(?:check|spot"
    r"|find|look\s+for|catch))\s+(?:[\w-]+\s+){0,2}?(?:hazards|safety|spills|unsafe"
    r"|trip|blocked|extinguishers|exit\s+signs|emergency\s+lights)"
    r"|\b(?:safety|hazard)\s+walks?\b|\bsafety\s+walk-?throughs?\b", re.IGNORECASE)

# Keeping equipment up on a schedule: "Change filters and belts on 40 rooftop units
# every quarter", "Spring and fall check-ups", "Work through the weekly PM list".
_PREVENTIVE = re.compile(
    r"\b(?:chang|replac|greas|lub|oil|clean|check|inspect|swap)\w*\s+(?:[\w,'’-]+\s+){0,4}?"
    r"(?:filters|belts|bearings|oil|coils|chains|gearboxes|fluids)\b[^.;]{0,60}?"
    r"\b(?:every\s+(?:week|month|quarter|season|spring|fall|year|\d+\s+\w+)|weekly|monthly"
    r"|quarterly|seasonal(?:ly)?|twice\s+a\s+year|on\s+(?:a|the)\s+schedule)\b"
    r"|\b(?:spring|fall|autumn|seasonal)\s+(?:and\s+(?:spring|fall|autumn)\s+)?"
    r"(?:check-?ups|tune-?ups|maintenance\s+visits)\b"
    r"|\b(?-i:PM)\s+(?:lists?|routes?|checklists?|sheets?|rounds)\b", re.IGNORECASE)

FLOOR_DEEDS: dict[str, re.Pattern[str]] = {
    "Cycle counts": _CYCLE_COUNTS,
    "Cycle counting": _CYCLE_COUNTS,
    "Physical Inventory": _PHYSICAL_COUNT,
    "Putaway": _PUTAWAY,
    "Receiving": _RECEIVED,
    "Shipping and Receiving": _RECEIVED,
    "Shipment Tracking": _TRACKED,
    "Truck tracking": _TRACKED,
    "Load tracking": _TRACKED,
    "Safety inspections": _SAFETY_WALK,
    "Safety inspection": _SAFETY_WALK,
    "Site safety inspections": _SAFETY_WALK,
    "Preventive Maintenance": _PREVENTIVE,
}
