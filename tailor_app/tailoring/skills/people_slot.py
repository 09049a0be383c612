"""The people a duty is done to, said plainly: "Check people in and out at the desk"
checks guests in (Guest check-in), "Seat people and hand out menus" seats guests,
"Greet people at the door" greets them.

The vocabulary names many front-of-house and care duties by their verb and the people
served ("seat guests", "check patients in", "transport residents"). A resume says who
they were in everyday words, "people" or "everyone", and the verb and its particle
carry the duty. So a name of the ask whose object is a plural word for the people
served is read with that word open to "people", "everyone", "everybody" or "folks".

Only verbs whose duty is the same whoever the people are take "people" (greet, seat,
welcome, check in or out, card, usher): after review, a duty that depends on who they
are or where they go keeps its served word ("feeding people" at a market is no feeding
assistance, "Referred people to the manager" no resource referral, "caring people" no
carding), and staff verbs are staff.py's. Left alone too: a name whose people word is a
modifier ("guest rooms"), a name ending in a preposition whose object it leaves out
("walked customers through"), and a particle the name does not have after the people
("turned people away"). The people care is given to are open the same way among
patients, residents and clients ("hospice clients" for Hospice patients).
"""

from __future__ import annotations

import functools
import re

from tailor_app.tailoring.model import SkillMatch, SkillMention
from tailor_app.tailoring.skills.evidence import ResumeLine
from tailor_app.tailoring.skills.vocabulary import Vocabulary

__all__ = ["people_slot"]

# Plural words for the people a business serves, as a duty's object.
_SERVED = frozenset({"guests", "patients", "customers", "visitors", "residents", "clients",
                     "members", "diners", "patrons", "shoppers", "callers", "passengers",
                     "tenants"})
_PLAIN_PEOPLE = r"(?:people|everyone|everybody|folks)"
# Particles that turn the verb into another when the name has none there.
_PARTICLES = r"(?:away|down|off|out|up|over|back|around)"
_WORD = re.compile(r"[a-z][a-z'-]*$")
# Prepositions a name may end with, their object left out: "walk people through empty
# townhomes" is a tour, not the name's "walked customers through" (a fix).
_NEEDS_OBJECT = frozenset({"through", "to", "with", "for", "about", "into", "at", "on", "of"})


def _inflections(base: str) -> tuple[str, ...]:
    """A regular verb's forms ("seat": seat, seats, seated, seating)."""
    stem = base[:-1] if base.endswith("e") else base
    return (base, base + "s", stem + "ed", stem + "ing")


# Verbs whose duty is the same whoever the people are: greeting, seating, checking in,
# welcoming, carding. A duty that depends on who they are or where they go (feeding and
# transferring residents, referring clients to services, transporting them) is left to
# the served word: "Loved feeding people at farmers markets" is no feeding assistance,
# "Referred people to the manager" no resource referral.
_ANY_PEOPLE = {form: base for base in ("greet", "seat", "welcome", "check", "card", "usher")
               for form in _inflections(base)}


@functools.lru_cache(maxsize=2048)
def _patterns(name: str, vocabulary: Vocabulary) -> tuple[re.Pattern[str], ...]:
    """The ask's names that do a duty to the people served, with the people open."""
    skill = vocabulary.lookup(name)
    aliases = skill.aliases if skill is not None else (name,)
    out: list[re.Pattern[str]] = []
    for alias in aliases:
        words = alias.casefold().split()
        if not 2 <= len(words) <= 5 or not all(_WORD.match(w) for w in words):
            continue
        at = next((i for i, w in enumerate(words) if w in _SERVED), None)
        if at is None or at == 0 or words[0] not in _ANY_PEOPLE:
            continue
        if words[-1] in _NEEDS_OBJECT:
            continue  # "walked customers through": through what the name does not say
        if at == 1 and words[0].endswith(("al", "ic", "ive")):
            continue  # "bilingual customers": a kind of people, no duty
        parts = [re.escape(w) for w in words]
        parts[0] = "(?:" + "|".join(_inflections(_ANY_PEOPLE[words[0]])) + ")"
        parts[at] = _PLAIN_PEOPLE
        tail = "" if at + 1 < len(words) else rf"(?![ \t]+{_PARTICLES}\b)"
        out.append(re.compile(r"(?<![\w-])" + r"[ \t]+".join(parts) + r"(?![\w-])" + tail,
                              re.IGNORECASE))
    return tuple(out)


# The people care is given to are named by where it is given: patients in a hospital,
# residents in a home, clients at home. "Hospice patients" are the home care aide's
# "hospice clients", "bariatric patients" a home's "bariatric residents".
_CARED_FOR = ("patients", "residents", "clients")
# Words that say which people, not what kind: "new clients" are no "new patients".
_NO_KIND = frozenset({"new", "all", "the", "our", "my", "existing", "current", "prospective",
                      "potential", "returning", "with", "for", "of", "to", "and", "or"})
_KIND_OF_CARED = re.compile(r"((?:[a-z][a-z'-]*[ \t]+){1,2})(?:patients|residents|clients)",
                            re.IGNORECASE)


@functools.lru_cache(maxsize=2048)
def _cared_for(name: str) -> re.Pattern[str] | None:
    """The ask "<kind> patients" (or residents, clients) with its people word open to
    the other two, or None for any other name."""
    found = _KIND_OF_CARED.fullmatch(name)
    if found is None or any(w.lower() in _NO_KIND for w in found.group(1).split()):
        return None
    kind = r"[ \t]+".join(re.escape(w) for w in found.group(1).split())
    return re.compile(rf"(?<![\w-]){kind}[ \t]+(?:{'|'.join(_CARED_FOR)})(?![\w-])",
                      re.IGNORECASE)


def _care_by_setting(mention: SkillMention, lines: list[ResumeLine]
                     ) -> tuple[float, SkillMatch | None]:
    """Evidence of "<kind> patients" told with residents or clients (see ``_CARED_FOR``),
    in the resume's own work lines."""
    pattern = _cared_for(mention.name)
    if pattern is None:
        return 0.0, None
    for line in lines:
        if line.part not in ("bullet", "summary", "header") or line.section == "contact":
            continue
        found = pattern.search(line.text)
        if found is not None and not line.in_name(found.start(), found.end()):
            return 1.0, SkillMatch(name=mention.name, kind=mention.kind,
                                   required=mention.required, evidence=line.text,
                                   resume_term=found.group(0))
    return 0.0, None


def people_slot(mention: SkillMention, lines: list[ResumeLine], vocabulary: Vocabulary
                ) -> tuple[float, SkillMatch | None]:
    """Evidence that the resume did the asked duty to "people" (see the module), or
    cared for the asked kind of patients as residents or clients."""
    if mention.kind != "hard":
        return 0.0, None
    patterns = _patterns(mention.name, vocabulary)
    if not patterns:
        return _care_by_setting(mention, lines)
    for line in lines:
        if line.part not in ("bullet", "summary"):
            continue
        low = line.text.casefold()
        if not any(w in low for w in ("people", "everyone", "everybody", "folks")):
            continue
        for pattern in patterns:
            found = pattern.search(line.text)
            if found is not None:
                return 1.0, SkillMatch(
                    name=mention.name, kind=mention.kind, required=mention.required,
                    evidence=line.text, resume_term=found.group(0))
    return 0.0, None
