"""An agency or authority named as the source of a rule, and the rule it sets.

The labels (``benchmarks/data/quality/LABELLING.md``) count a regulation or standard as
an ask, and name it by its body when it has no other name: "keep the log in line with
DEA rules", "DOT annual inspections per FMCSA requirements", "refrigerant recovery
according to EPA regulations" ask DEA rules, FMCSA requirements, EPA regulations. Two
other ways of naming a body ask nothing of their own:

- **Who requires it** (``required_by``): "earn the CCHT within 18 months as required by
  CMS", "keep ratios as required by the state licensing board", "notarize signings as
  required by the Secretary of State", "make reports as mandated by DCFS". The ask is
  the credential or the duty the clause names; the body only says whose rule makes it
  a demand. Told by the words before the name ("required/mandated/set/... by").
- **Whose rules on a named subject** (``rules_on_a_subject``): "following CDC guidelines
  for infection control", "CDC infection control guidelines", "OSHA bloodborne
  pathogens standards", "according to CDC and hospital infection prevention standards".
  The subject is read as its own ask (Infection Control, Bloodborne Pathogens); the
  body is how the subject is spelled in that rule, no second ask (the labelled dental
  assistant's "CDC infection control guidelines" is one ask, Infection control).

And a body's acronym told right before its rule's noun is named with it
(``rule_name``): "EPA regulations", "DEA rules", "CDC guidelines", as the labels write
them, and no longer taken for the body's credential named elsewhere ("EPA 608").

A law by its own name ("as required by HIPAA", "per FERPA") is a rule, not a body:
only names the vocabulary does not hold as a skill are judged here.
"""

from __future__ import annotations

import re

__all__ = ["names_a_body", "required_by", "rule_name", "rules_of_a_credential",
           "rules_on_a_subject"]

# The words that make a body the source of a demand: "as required by (the) (state) ".
_REQUIRED_BY = re.compile(
    r"\b(?:required|mandated|set|set[ \t]+out|permitted|allowed|directed|enforced"
    r"|prescribed|defined|established|specified|dictated|determined|stipulated"
    r"|regulated|governed|licensed|issued|approved)[ \t]+by[ \t]+"
    r"(?:the[ \t]+)?(?:(?:state|federal|local|county|city|our|your|applicable|governing"
    r"|relevant|appropriate)[ \t]+)?\Z", re.IGNORECASE)
# A rule's noun: what a body sets.
_RULE_NOUN = r"(?:regulations?|rules?|guidelines?|standards?|requirements?|guidance" \
             r"|protocols?|codes?|recommendations?)"
# The nouns a body's rules are named by ("EPA regulations"); not "requirements", which
# may be a system's ("gather CRM requirements"), nor "protocols" or "recommendations";
# nor "standards", asked by the body's name ("HSPA standards for tray assembly": HSPA).
_RULE_AFTER = re.compile(r"[ \t]+(regulations|rules|guidelines)\b")
# The body's rule's noun ahead in the same clause: " infection control guidelines",
# " and hospital infection prevention standards".
_RULE_AHEAD = re.compile(rf"[^,;.:!?()\n]{{0,60}}?\b({_RULE_NOUN})\b", re.IGNORECASE)
# The rule's subject told after its noun: " for ", " on the ".
_ON_AFTER = re.compile(r"[ \t]+(?:for|on|of|covering|regarding|about)[ \t]+(?:the[ \t]+)?",
                       re.IGNORECASE)
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,5}")
# A word of manner before the body: its rules are how the work is done ("following CDC
# guidelines for infection control", "according to the 2021 AMA E/M guidelines").
_MANNER_BEFORE = re.compile(
    r"\b(?:following|follow|follows|per|according[ \t]+to|in[ \t]+accordance[ \t]+with"
    r"|in[ \t]+line[ \t]+with|consistent[ \t]+with|in[ \t]+compliance[ \t]+with|under)"
    r"[ \t]+(?:the[ \t]+|all[ \t]+)?(?:current[ \t]+|latest[ \t]+|applicable[ \t]+"
    # "Follow OSHA and CDC guidelines for ...": another body's letters first.
    r"|(?:19|20)\d\d[ \t]+)?(?:(?-i:[A-Z]{2,6})[ \t]+(?:and|&|or)[ \t]+)?\Z", re.IGNORECASE)
# Between a body and its rules' subject: nothing, or one more owner ("and hospital").
_OTHER_OWNER = re.compile(r"[ \t]+(?:(?:and|&|/|or)[ \t]+(?:the[ \t]+)?[\w'’-]+[ \t]+)?")
# A credential, then the rules it is held under: "certification under current ", "BLS
# per ", "card according to the ".
_CREDENTIAL_RULES_BEFORE = re.compile(
    r"(?:\b(?:certifications?|certificates?|cards?|certified|licen[cs]es?|credentials?"
    r"|CPR|BLS|ACLS|PALS|AED|First[ \t]+Aid)[ \t]+(?:per|under|according[ \t]+to|following"
    r"|in[ \t]+line[ \t]+with|meeting|that[ \t]+meets?|to)[ \t]+(?:the[ \t]+)?"
    r"(?:current[ \t]+|latest[ \t]+)?)\Z", re.IGNORECASE)


# Words that make a name a body's, not a law's ("the Veterans' Benefits Act" is a rule of
# its own): an agency, a board, an office, an officer.
_BODY_WORDS = frozenset({
    "board", "boards", "department", "dept", "commission", "agency", "office", "administration",
    "bureau", "council", "authority", "division", "ministry", "secretary", "marshal",
    "inspector", "court", "services", "service", "center", "centers", "institute",
    "association", "society", "organization", "organisation"})


def names_a_body(name: str) -> bool:
    """Is ``name`` an agency's or an authority's (letters, or a body's word in it: "CMS",
    "the State Board of Pharmacy", "Secretary of State"), not a law's ("FERPA" is the
    vocabulary's, "the Veterans' Benefits Act" a rule)?"""
    if _ACRONYM.fullmatch(name):
        return True
    return any(w.lower().strip(".,") in _BODY_WORDS for w in name.split())


def required_by(text: str, start: int) -> bool:
    """Is the name at ``start`` the body that requires what its clause names ("as
    required by CMS", "as mandated by the State Board")?"""
    return _REQUIRED_BY.search(text, max(0, start - 60), start) is not None


def rules_on_a_subject(text: str, start: int, end: int,
                       subjects: list[tuple[int, int]]) -> bool:
    """Is the name at ``text[start:end]``, after a word of manner ("following", "per",
    "according to"), the body whose rules on a subject the posting names, the subject
    being one of ``subjects`` (spans of other asks read in the same
    text): "CDC guidelines for infection control", "CDC infection control guidelines",
    "CDC and hospital infection prevention standards"?"""
    if not subjects or _MANNER_BEFORE.search(text, max(0, start - 40), start) is None:
        return False  # "knowledge of SQF food safety requirements": the scheme is asked
    m = _RULE_AHEAD.match(text, end)
    if m is None:
        return False
    noun = m.start(1)
    for a, b in subjects:
        # "CDC infection control guidelines", "CDC and hospital infection prevention
        # standards": only another owner between the body and the subject, and the
        # rule's noun right after the subject ("OSHA 30 card and follow fall protection
        # standards" is a card, then a duty).
        if end <= a and b <= noun and _OTHER_OWNER.fullmatch(text, end, a) \
                and not text[b:noun].strip(" \t"):
            return True
    on = _ON_AFTER.match(text, m.end(1))
    return on is not None and _OTHER_OWNER.fullmatch(text, end, noun) is not None \
        and any(a == on.end() for a, _b in subjects)


def rules_of_a_credential(text: str, start: int) -> bool:
    """Is the body at ``start`` the grantor of a credential whose rules the clause names
    ("CPR and AED certification under current ARC standards", "BLS per AHA guidelines")?
    The card is the ask; the body's rules only say who set its course."""
    return _CREDENTIAL_RULES_BEFORE.search(text, max(0, start - 60), start) is not None


def rule_name(text: str, start: int, end: int) -> str | None:
    """The rule's name for a body's acronym told right before its rule's noun ("EPA
    regulations", "DEA rules", "CDC guidelines"), or None."""
    name = text[start:end]
    if _ACRONYM.fullmatch(name) is None:
        return None
    m = _RULE_AFTER.match(text, end)
    if m is None:
        return None
    return f"{name} {m.group(1).lower()}"
