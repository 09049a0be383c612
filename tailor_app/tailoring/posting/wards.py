"""The hospital wards a job that nurses no one works in, named as places.

"Draw blood on inpatient floors, in the ICU and in the ED", "move patients between the
ED, ICU and radiology", "answer phones for a busy ED and a 12-bed ICU", "clean rooms in
the NICU and PICU": a phlebotomist, a transporter, a unit clerk and a housekeeper were
asked Critical Care Nursing, Emergency Department and Neonatal Intensive Care. Said
after a word of place (in, on, across, between, for, to, covering ...), with at most a
few describing words or other wards between, and listed with another place, the wards
are the hospital the work moves through. One ward alone ("manage ventilated patients
in a 24-bed ICU") is the job's home unit and stays asked, as prec23 decided: the labels
ask ICU of a respiratory therapist.
prec23's ``hit_filters.ward_span`` reads a ward said with its noun ("two 32-bed med/surg
units"); this reads it by its letters or its name as a place. The caller asks
``nursing_job`` first, as for that rule. It stays asked as experience ("1 year of ICU
experience", "experience in an ICU or ED setting"), and where the title names it ("ED
Technician", "OR Assistant"): there the ward is the job's own.
"""

from __future__ import annotations

import re

from tailor_app.tailoring.posting.populations import EXPERTISE_BEFORE
from tailor_app.tailoring.posting.protocols import HitLike

__all__ = ["placed_ward"]

# The vocabulary's wards: a nursing specialty or a hospital unit by its name.
WARDS = frozenset({
    "Critical Care Nursing", "Neonatal Intensive Care", "Pediatric Intensive Care",
    "Cardiac Care Unit", "Post-Anesthesia Care Unit", "Step-Down Unit",
    "Emergency Department", "Operating Room", "Labor and Delivery",
    "Medical-Surgical Nursing", "Oncology Nursing", "Psychiatric Nursing",
    "Rehabilitation Nursing", "Perioperative Nursing"})
# A word of place, then a few describing words, counts or other wards up to the hit:
# "in the", "between the ED, ", "for a busy", "on a 24-bed", "across our adult".
_PLACED = re.compile(
    r"\b(?P<place>(?i:in|into|on|onto|across|throughout|between|within|to|from|for|at|inside"
    r"|cover|covers|covering|serving|float(?:s|ing)?[ \t]+to|round(?:s|ing)?[ \t]+(?:in|on)))"
    r"[ \t]+(?:[\w&/'’-]+(?:[ \t]*,)?[ \t]+){0,7}$")
# Words that, between the place word and the hit, open another clause or make the
# words before a thing rather than a place.
_BREAK = re.compile(r"\b(?i:that|which|who|with|by|to|of|as|is|are|will|you|we|experience"
                    r"|training|certification)\b")
# After the hit: the ward as the experience or credential asked, or the ward's people.
_ASKED_AFTER = re.compile(
    r"[ \t]*(?i:experience|background|nursing|rotation|skills?|certification|certified"
    r"|competenc|setting[ \t]+experience|or[ \t]+\w+[ \t]+(?:setting[ \t]+)?experience)")
# Another place in the same list, before or after the hit: "in the ICU and in the ED",
# "between the ED, ICU and radiology", "a busy ED and a 12-bed ICU". A ward said alone
# ("manage ventilated patients in a 24-bed ICU") is the job's home unit, which the
# labels ask of a therapist as the experience it brings (prec23); wards listed are the
# hospital the job moves through.
_DESCRIBING = (r"(?:(?:in|on|to|at|into|across)[ \t]+)?(?:(?i:the|a|an|our|its|all|other|busy"
               r"|general|inpatient|outpatient|adult|pediatric|main|\d+-bed)[ \t]+){0,3}")
_PLACE_ITEM = (r"(?:[A-Z][A-Z&/]{1,5}\b|(?i:floors?|units?|wards?|departments?|clinics?"
               r"|radiology|imaging|lab|laboratory|pharmacy|surgery|med/surg|step-down"
               r"|telemetry|dialysis|cath[ \t]+lab|recovery|nursery|ORs?)\b)")
_LIST_JOIN = r"(?:[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+|[ \t]*/[ \t]*)"
_ITEM_BEFORE = re.compile(rf"{_PLACE_ITEM}{_LIST_JOIN}{_DESCRIBING}$")
_ITEM_AFTER = re.compile(rf"{_LIST_JOIN}{_DESCRIBING}(?:[\w-]+[ \t]+)?{_PLACE_ITEM}")
# A clinician treating patients in the ward works there, no one passing through:
# "manage ventilated patients in the adult ICU and the NICU" (review24 P5).
_TREATED_BEFORE = re.compile(
    r"\b(?i:manag\w*|treat\w*|car(?:e|es|ing)[ \t]+for|assess\w*|resuscitat\w*|wean\w*"
    r"|intubat\w*|extubat\w*|ventilat\w*|stabiliz\w*|nurs(?:e|es|ing))[ \t]+"
    r"(?:[\w-]+[ \t]+){0,3}(?i:patients?|infants?|neonates?|newborns?|children|adults)"
    r"[ \t]+$")


def placed_ward(text: str, hit: HitLike, title: str | None) -> tuple[int, int] | None:
    """The span of a ward ``hit`` names as the place the work is done, else None."""
    if hit.skill.name not in WARDS:
        return None
    lo = max(0, hit.start - 60)
    # The nearest word of place with nothing between that opens another clause: "to
    # patients from neonates to geriatrics across the ICU" is placed by "across".
    m = _PLACED.search(text, lo, hit.start)
    while m is not None and _BREAK.search(text, m.end("place"), hit.start) is not None:
        m = _PLACED.search(text, m.end("place"), hit.start)
    if m is None:
        return None
    if _ITEM_BEFORE.search(text, lo, hit.start) is None \
            and _ITEM_AFTER.match(text, hit.end) is None:
        return None  # one ward alone: the job's own unit
    if _ASKED_AFTER.match(text, hit.end) is not None:
        return None
    if _TREATED_BEFORE.search(text, max(0, m.start("place") - 80), m.start("place")) \
            is not None:
        return None
    if EXPERTISE_BEFORE.search(text, max(0, hit.start - 120), hit.start) is not None:
        return None
    surface = text[hit.start:hit.end]
    own = (title or "").lower()
    if own and (surface.lower() in re.findall(r"[\w&/-]+", own)
                or hit.skill.name.split()[0].lower() in own):
        return None  # "ED Technician": the ward is the job's own
    # The places listed after it go with it ("the ICU, ED and general floors"): no
    # phrase reader makes an ask of "general floors" either.
    end = hit.end
    while (more := _ITEM_AFTER.match(text, end)) is not None:
        end = more.end()
    return hit.start, end
