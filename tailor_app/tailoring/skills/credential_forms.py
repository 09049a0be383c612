"""A credential, degree or rule the posting names one way and the resume another.

- A licence asked by a place and an acronym ("Nebraska OTA") shown by a line naming
  the place (by its name or postal code: "NE OTA") and the acronym, or the words it
  stands for in capitals ("Nebraska Occupational Therapy Assistant License"). A lower
  grade after those words ("... Assistant" after "Occupational Therapy") is another
  licence. A licensed holder's acronym ("LPN", "LCSW", with or without the place) is
  also shown by the licence named for what it is for ("Practical Nursing license").
- A degree asked by its abbreviation ("PharmD", "MSW") shown by its name in words
  ("Doctor of Pharmacy"), or the other way round. The table is the degrees' own
  standard abbreviations, nothing else.
- A credential of three words or more (or an issuer and a code with a figure: "ASE
  T2") shown by a line holding every one of its words in another order ("APhA
  Certificate Program in Pharmacy-Based Immunization Delivery"): on a line of the
  certifications section, or one that says it is held (certified, licence ...). The
  issuing state may stand apart on that line ("Clear Education Specialist Instruction
  Credential, Mild/Moderate (California)").
- A credential asked by its state, its work and its kind ("New Jersey teaching
  certificate") shown by a credential line naming the state and a paper of that kind
  by the state's own name ("New Jersey Standard Certificate, Mathematics"), the work
  named on it or in the resume's roles.
- A regulation asked by its part ("49 CFR Part 396") shown by a section of that part
  ("49 CFR 396.25").
"""

from __future__ import annotations

import functools
import re

from tailor_app.tailoring.model import SkillMatch, SkillMention
from tailor_app.tailoring.posting.places import is_region
from tailor_app.tailoring.skills.evidence import ResumeLine, evidence_rank, quoted_by
from tailor_app.tailoring.skills.regions import with_region_names

__all__ = ["DEGREE_NAMES", "credential_in_other_words"]

# A degree's standard abbreviation -> its name in words. Not those that are also other
# names ("MD" a state, "JD" a software vendor, "MFA" multi-factor authentication).
DEGREE_NAMES: dict[str, str] = {
    "PharmD": "Doctor of Pharmacy", "DPT": "Doctor of Physical Therapy",
    "OTD": "Doctor of Occupational Therapy", "DNP": "Doctor of Nursing Practice",
    "DDS": "Doctor of Dental Surgery",
    "DMD": "Doctor of Dental Medicine", "DVM": "Doctor of Veterinary Medicine",
    "PsyD": "Doctor of Psychology", "PhD": "Doctor of Philosophy", "EdD": "Doctor of Education",
    "MBA": "Master of Business Administration",
    "MPA": "Master of Public Administration", "MPH": "Master of Public Health",
    "MHA": "Master of Health Administration", "MSW": "Master of Social Work",
    "MSN": "Master of Science in Nursing", "MEd": "Master of Education",
    "BSN": "Bachelor of Science in Nursing", "BSW": "Bachelor of Social Work",
    "BFA": "Bachelor of Fine Arts", "BBA": "Bachelor of Business Administration",
    "ADN": "Associate Degree in Nursing", "AAS": "Associate of Applied Science",
}
_DEGREE_BY_WORDS = {words.casefold(): abbreviation for abbreviation, words in DEGREE_NAMES.items()}

_DEGREE_OPENINGS = frozenset(w[:6].casefold() for w in DEGREE_NAMES.values())

_HOLDING = re.compile(r"\b(?:certifi\w*|licen[cs]\w*|credential\w*|registered)\b", re.IGNORECASE)
# Words for what kind of paper it is, not which: the line may word them otherwise. "Certified"
# stays, as it opens a credential's own name ("Certified Medical-Surgical Registered Nurse").
_CREDENTIAL_WORDS = frozenset({"certification", "certificate", "license", "licence",
                               "licensure", "credential", "program", "course", "training",
                               # "Middle Education 6–8 Science endorsement" is listed bare
                               # under a resume's licensure, as the licence it endorses.
                               "endorsement"})
_CERT_SECTIONS = frozenset({"certifications", "licenses", "credentials"})
_LOWER_GRADE_NEXT = re.compile(r"[\s-]+(?:assistant|apprentice|trainee|intern|student|aide"
                               r"|technician)\b", re.IGNORECASE)
_GRADE = re.compile(r"\b(?:assistant|apprentice|trainee|intern|student|aide|technician)\b",
                    re.IGNORECASE)
_LINK = r"(?:[ \t]+(?:of|and|for|the|in|on|to|&))*[ \t-]+"
_PLACE_ACRONYM = re.compile(r"(?P<place>(?:[A-Z][a-z]+\s+){1,2})(?P<acronym>[A-Z]{2,5})"
                            r"(?:\s+(?:licen[cs]e|certification|certificate))?")
_CFR = re.compile(r"(?P<title>\d+)\s*C\.?F\.?R\.?\s*(?:Part\s+)?(?P<part>\d+)", re.IGNORECASE)
_OPENERS = frozenset({"certified", "licensed", "registered", "state", "national", "board",
                      "professional", "advanced", "basic", "senior", "master", "valid",
                      "current", "active"})


@functools.lru_cache(maxsize=1024)
def _place_acronym(name: str) -> tuple[tuple[str, ...], re.Pattern[str]] | None:
    """(the place's words, the acronym or its words) for "Nebraska OTA", else None."""
    found = _PLACE_ACRONYM.fullmatch(name.strip())
    if found is None:
        return None
    place = tuple(found["place"].split())
    if any(w.lower() in _OPENERS for w in place):
        return None
    return place, _acronym_pattern(found["acronym"])


def _acronym_pattern(acronym: str) -> re.Pattern[str]:
    """The acronym, the words it stands for in capitals, and for a licensed one ("LPN",
    "LCSW": Licensed ...) the licence named after its other words ("Practical Nursing
    license", "Clinical Social Work licence"): people write what the licence is for,
    then the word licence, rather than the holder's title."""
    spelled = _LINK.join(rf"{c}[a-z]+" for c in acronym)
    forms = [acronym, spelled]
    if acronym.startswith("L") and len(acronym) >= 3:
        forms.append(_LINK.join(rf"{c}[a-z]+" for c in acronym[1:]) + r"[ \t-]+licen[cs]e")
    return re.compile(rf"(?<![\w-])(?:{'|'.join(forms)})(?![\w-])")


_LICENSED_ACRONYM = re.compile(r"L[A-Z]{2,4}")
# Where a licence named in words is one the writer holds: a bullet's licence is as often
# someone else's ("checked each driver's Commercial Driver license").
_HELD_SECTIONS = frozenset({"certifications", "licenses", "credentials", "education"})


def _licensed_in_words(mention: SkillMention, lines: list[ResumeLine]) -> SkillMatch | None:
    """A licence asked by its acronym alone ("LPN") shown by a line of the resume's
    licences naming the licence by what it is for ("Practical Nursing license")."""
    name = mention.name.strip()
    if _LICENSED_ACRONYM.fullmatch(name) is None:
        return None
    pattern = _acronym_pattern(name)
    for line in sorted(lines, key=evidence_rank, reverse=True):
        if line.part == "contact" or line.section not in _HELD_SECTIONS:
            continue  # "Verified Practical Nursing license status of agency staff"
        for found in pattern.finditer(line.text):
            if found.group() != name and not _LOWER_GRADE_NEXT.match(line.text, found.end()) \
                    and not line.in_name(found.start(), found.end()):
                return SkillMatch(mention.name, mention.kind, mention.required, line.text,
                                  found.group())
    return None


def _by_place(mention: SkillMention, lines: list[ResumeLine]) -> SkillMatch | None:
    parts = _place_acronym(mention.name)
    if parts is None:
        return None
    place, pattern = parts
    for line in sorted(lines, key=evidence_rank, reverse=True):
        if line.part == "contact":
            continue
        # the place by its name or its postal code ("TX ACR Technician License")
        named = with_region_names(line.text)
        if not all(re.search(rf"\b{w.lower()}\b", named) for w in place):
            continue
        for found in pattern.finditer(line.text):
            if not _LOWER_GRADE_NEXT.match(line.text, found.end()) \
                    and not line.in_name(found.start(), found.end()):
                return SkillMatch(mention.name, mention.kind, mention.required, line.text,
                                  found.group())
    return None


# The words for each kind of paper: a state's teaching certificate is held as its
# "Standard Certificate" or "Instructional I Certificate", a nursing licence as its
# "Registered Nurse License"; a licence is never a certificate (skills/certified_thing.py).
_KIND_FAMILIES = (
    re.compile(r"\b(?:certificat(?:e|es|ion|ions)|certified|credentials?)\b", re.IGNORECASE),
    re.compile(r"\b(?:licen[cs]e[sd]?|licensure)\b", re.IGNORECASE),
    re.compile(r"\b(?:registration|registered)\b", re.IGNORECASE),
)
_STATE_KIND = re.compile(r"(?P<rest>(?:[A-Za-z]+\s+){2,5})(?P<kind>certificate|certification"
                         r"|credential|licen[cs]e|licensure|registration)", re.IGNORECASE)
# A paper that stands in for a while, or a helper's: not the one a state asks of the hire.
_STOPGAP = re.compile(r"\b(?:substitute|emergency|temporary|intern|student|provisional"
                      r"|assistant|aide|apprentice|trainee|permit)\b", re.IGNORECASE)


# Words a state puts before a credential's kind to say its grade or level, not its work
# ("Standard", "Instructional I", "Clear", "Initial Educator").
_GRADE_WORDS = frozenset({"standard", "initial", "professional", "instructional", "clear",
                          "permanent", "continuing", "level", "i", "ii", "iii", "iv", "tier",
                          "educator", "state", "of", "the", "valid", "current", "active",
                          "full", "master", "advanced", "preliminary", "renewable",
                          "lifetime", "certified", "licensed", "registered"})
_PLACE_LINKS = frozenset({"state", "of", "commonwealth", "the"})
_NAME_WORD = re.compile(r"[A-Za-z][\w']*")


@functools.lru_cache(maxsize=1024)
def _state_kind(name: str) -> tuple[tuple[str, ...], tuple[str, ...], re.Pattern[str]] | None:
    """(the place's words, the stems of the work it is for, the kind's words) for a
    credential asked as "<state> <work> <kind>" ("Pennsylvania teaching certificate",
    "Ohio pharmacy technician registration"), else None."""
    found = _STATE_KIND.fullmatch(name.strip())
    if found is None:
        return None
    words = found["rest"].split()
    place = _place_words(words)
    work = [w for w in words if w not in place]
    if not place or not 1 <= len(work) <= 2 or words[0] not in place \
            or not all(w.isalpha() and not w.isupper() for w in work):
        return None
    family = next(f for f in _KIND_FAMILIES if f.search(found["kind"]))
    stems = tuple((w.lower()[:-3] if w.lower().endswith("ing") else w.lower())[:5] for w in work)
    return tuple(w.lower() for w in place), stems, family


def _by_state_and_kind(mention: SkillMention, lines: list[ResumeLine]) -> SkillMatch | None:
    """A credential asked by its state, the work it is for and its kind ("New Jersey
    teaching certificate") shown by a line of the resume's credentials naming the same
    state and a paper of the same kind under the state's own name for it ("New Jersey
    Standard Certificate, Mathematics (Grades K-12)"), where the line or the resume's
    own role lines name the work ("Mathematics Teacher"). Another state, another kind
    (a licence for a certificate) or a stopgap paper (substitute, emergency) shows
    nothing."""
    parts = _state_kind(mention.name)
    if parts is None:
        return None
    place, stems, family = parts
    asked = mention.name.lower()
    # The work as the writer's own role names it: a nursing assistant's or a teacher
    # aide's role names no nurse's or teacher's work.
    roles = " ".join(line.text for line in lines if line.part == "header"
                     and not any(g.group().lower() not in asked
                                 for g in _STOPGAP.finditer(line.text))).lower()
    for line in sorted(lines, key=evidence_rank, reverse=True):
        if line.part == "heading" or (line.part == "contact" and line.section != "headline"):
            continue
        kind = family.search(line.text)
        if kind is None or line.in_name(kind.start(), kind.end()):
            continue
        if line.section not in _CERT_SECTIONS and line.section != "headline" \
                and kind.start() > 60:
            continue  # a credential line names its paper up front, a sentence may not
        named = with_region_names(line.text)
        if not all(re.search(rf"\b{w}\b", named) for w in place):
            continue
        low = line.text.lower()
        if not all(stem in low or stem in roles for stem in stems):
            continue
        if any(g.group().lower() not in asked for g in _STOPGAP.finditer(line.text)):
            continue
        # The paper's own name names no other work: "Pennsylvania Driver's License" or
        # "Texas Food Handler Certificate" is no nursing licence or teaching certificate.
        # Its words before the kind are the state's grade words or the work itself.
        own = [w for w in _NAME_WORD.findall(line.text[:kind.start()])
               if w.lower() not in place and w.lower() not in _PLACE_LINKS]
        if not all(w.lower() in _GRADE_WORDS or w.isdigit() for w in own) and not any(
                stem in w.lower() for w in own for stem in stems):
            continue
        return SkillMatch(mention.name, mention.kind, mention.required, line.text,
                          line.text[:kind.end()].strip())
    return None


@functools.lru_cache(maxsize=1024)
def _degree_pattern(name: str) -> re.Pattern[str] | None:
    """The other way of writing a degree asked by its abbreviation or its words."""
    plain = name.strip()
    words = DEGREE_NAMES.get(plain)
    if words is not None:
        body = r"[\s-]+".join(re.escape(w) for w in words.split())
        return re.compile(rf"(?<![\w-]){body}(?![\w-])", re.IGNORECASE)
    abbreviation = _DEGREE_BY_WORDS.get(plain.casefold())
    if abbreviation is not None:
        dotted = r"\.?".join(re.escape(c) for c in abbreviation)
        return re.compile(rf"(?<![\w-]){dotted}\.?(?![\w-])")
    return None


def _words_of(name: str) -> list[str]:
    return [w for w in re.findall(r"[A-Za-z0-9][\w'’-]*", name)
            if w.lower() not in _CREDENTIAL_WORDS]


@functools.lru_cache(maxsize=1024)
def _name_words(name: str) -> tuple[list[str], list[re.Pattern[str]]] | None:
    """A credential's own words and a pattern for each, or None when they are too few
    to name one credential (three, or an issuer and a code with a figure: "ASE T2")."""
    words = _words_of(name)
    coded = len(words) == 2 and any(c.isdigit() for c in words[1]) and words[0].isupper()
    if not (len(words) >= 3 or coded) or not any(w[0].isupper() for w in words):
        return None
    # "and" is also written "&": "Property & Casualty" is the Property and Casualty one.
    return words, [re.compile(r"(?<![\w-])(?:and|&)(?![\w-])" if w.lower() == "and" else
                              rf"(?<![\w-]){re.escape(w)}(?![\w-])",
                              0 if w.isupper() or any(c.isdigit() for c in w)
                              else re.IGNORECASE) for w in words]


def _reordered(mention: SkillMention, lines: list[ResumeLine], resume_low: str
               ) -> SkillMatch | None:
    """Every word of a credential's name on one line that holds a credential."""
    parts = _name_words(mention.name)
    if parts is None:
        return None
    words, patterns = parts
    asked = {w.lower() for w in words}
    if any(w not in resume_low for w in asked - {"and"}):
        return None
    # The state that issues it may stand anywhere on the line: "Clear Education
    # Specialist Instruction Credential, Mild/Moderate (California)" holds the asked
    # "California Education Specialist Instruction Credential"; the rest is one name.
    place = _place_words(words)
    named = [p for w, p in zip(words, patterns, strict=True) if w not in place]
    if len(named) < 2:
        named, place = patterns, set()
    place_patterns = [p for w, p in zip(words, patterns, strict=True) if w in place]
    for line in sorted(lines, key=evidence_rank, reverse=True):
        if line.part in ("contact", "heading"):
            continue
        if line.section not in _CERT_SECTIONS and not any(
                h.group().lower() not in asked for h in _HOLDING.finditer(line.text)):
            continue  # held: a word saying so, other than the name's own ("Registered")
        # Each item of a list of credentials on its own: in "Biology 6–12; Middle
        # Education 6–8 Science" the asked "6" is the second item's, not the first's.
        for start, end in _items(line.text):
            found = [p.search(line.text, start, end) for p in named]
            if not all(f is not None and not line.in_name(f.start(), f.end())
                       for f in found) or not all(
                    p.search(line.text, start, end) for p in place_patterns):
                continue
            spans = [f for f in found if f is not None]
            a, b = min(f.start() for f in spans), max(f.end() for f in spans)
            # One name, not words strewn over a sentence: a few words between at most,
            # no clause ending among them.
            if len(line.text[a:b].split()) > len(named) + 3 or re.search(
                    r"[.;()](?:\s|$)|[()]", line.text[a:b]):
                continue
            # a lower grade among or right after the words is another credential:
            # "Physical Therapist Assistant License" is no Physical Therapist licence
            grades = {g.lower() for g in _GRADE.findall(line.text[a:b + 30])}
            if grades - asked:
                continue
            return SkillMatch(mention.name, mention.kind, mention.required, line.text,
                              line.text[a:b])
    return None


def _place_words(words: list[str]) -> set[str]:
    """The words of ``words`` that name a state or province ("California", "New York")."""
    found: set[str] = set()
    for k, word in enumerate(words):
        if is_region(word):
            found.add(word)
        elif k + 1 < len(words) and is_region(f"{word} {words[k + 1]}"):
            found.update((word, words[k + 1]))
    return found


def _items(text: str) -> list[tuple[int, int]]:
    """(start, end) of each "; "-separated item of a line (the whole line when it has one)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in re.finditer(r";\s*", text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


@functools.lru_cache(maxsize=1024)
def _cfr_part(name: str) -> re.Pattern[str] | None:
    found = _CFR.fullmatch(name.strip())
    if found is None:
        return None
    return re.compile(rf"(?<![\w.]){found['title']}\s*C\.?F\.?R\.?\s*(?:Part\s+|§\s*)?"
                      rf"{found['part']}(?:\.\d+)?(?![\w])", re.IGNORECASE)


def _maybe_degree_or_rule(name: str) -> bool:
    """A cheap test before the patterns: a degree's abbreviation or words, or a CFR."""
    plain = name.strip()
    return "CFR" in plain or plain in DEGREE_NAMES or plain[:6].casefold() in _DEGREE_OPENINGS


# A CDL's endorsements are written after it by their names alone: "CDL-A w/ Hazmat,
# Tanker, Doubles/Triples", "Class A CDL (hazmat, tanker)". Only on a line that names
# the CDL: a teacher's "ESL endorsement" line says nothing of a reading one.
_ENDORSEMENT = re.compile(r"(?P<kind>[A-Za-z][\w/ -]*?)[ \t]+endorsements?", re.IGNORECASE)
_CDL = re.compile(r"\bCDL\b")


def _cdl_endorsement(mention: SkillMention, lines: list[ResumeLine]) -> SkillMatch | None:
    asked = _ENDORSEMENT.fullmatch(mention.name.strip())
    if asked is None:
        return None
    kind = re.compile(rf"(?<![\w-]){re.escape(asked['kind'])}(?![\w-])", re.IGNORECASE)
    for line in sorted(lines, key=evidence_rank, reverse=True):
        cdl = _CDL.search(line.text)
        if cdl is None:
            continue
        found = kind.search(line.text, cdl.end())
        if found is not None and not line.in_name(found.start(), found.end()):
            return SkillMatch(mention.name, mention.kind, mention.required, line.text,
                              found.group())
    return None


def credential_in_other_words(mention: SkillMention, lines: list[ResumeLine],
                              resume_text: str, resume_low: str
                              ) -> tuple[float, SkillMatch | None]:
    """(credit, match) when a resume line names the asked credential, degree or rule in
    one of the other ways the module's docstring lists, else (0.0, None)."""
    if mention.kind not in ("hard", "tool", "certification"):
        return 0.0, None
    if mention.kind != "certification" and not _maybe_degree_or_rule(mention.name):
        return 0.0, None
    degree = _degree_pattern(mention.name)
    if degree is not None:
        if degree.search(resume_text) is None:
            return 0.0, None
        # The abbreviation counts where degrees are written: after the name or in the
        # education section ("Dana Roe, PharmD"); the words anywhere.
        held = [line for line in lines if mention.name.strip() in DEGREE_NAMES
                or line.section == "education" or line.part == "contact"]
        return quoted_by(mention, held, (degree,), skipped=("heading",))
    cfr = _cfr_part(mention.name)
    if cfr is not None:
        if cfr.search(resume_text) is None:
            return 0.0, None
        return quoted_by(mention, lines, (cfr,))
    if mention.kind != "certification":
        return 0.0, None
    match = (_by_place(mention, lines) or _licensed_in_words(mention, lines)
             or _reordered(mention, lines, resume_low) or _cdl_endorsement(mention, lines)
             or _by_state_and_kind(mention, lines))
    return (1.0, match) if match is not None else (0.0, None)
