"""A part of a routine check asked ("Blood pressure") shown by the check's name: "Seat
patients and take vital signs", "Took vitals every four hours".

The vocabulary files a part under its whole (a blood pressure shows Vital Signs) and
never the reverse, since a broader skill does not show a narrower one (Welding shows no
GMAW). A routine check is the exception: it is the same few readings every time, so
whoever takes vital signs takes a blood pressure, a pulse, respirations and a
temperature. Only such wholes are listed here, each with the parts every instance of
it takes that the vocabulary names as a skill of its own (today a blood pressure: a
pulse or a temperature is no ask the vocabulary holds; an oxygen saturation is taken
often, not always); the whole must be shown as the vocabulary reads it, and its line is
quoted.
"""

from __future__ import annotations

from tailor_app.tailoring.model import SkillMention
from tailor_app.tailoring.skills.entries import SkillHit
from tailor_app.tailoring.skills.evidence import ResumeLine

__all__ = ["whole_of_part"]

# A part's name (lower case, as asked) -> the vocabulary skill of the whole check.
_PART_OF: dict[str, str] = {
    "blood pressure": "Vital Signs", "blood pressures": "Vital Signs",
}


def whole_of_part(mention: SkillMention,
                  shown: dict[str, list[tuple[ResumeLine, SkillHit]]]
                  ) -> list[tuple[ResumeLine, SkillHit]]:
    """The resume's hits of the routine check the asked part belongs to; [] when the
    ask is no such part or the check is not shown."""
    whole = _PART_OF.get(mention.name.strip().lower())
    if whole is None or mention.kind != "hard":
        return []
    return [(line, hit) for line, hit in shown.get(whole, [])
            if hit.skill.name == whole and line.part not in ("contact", "heading")]
