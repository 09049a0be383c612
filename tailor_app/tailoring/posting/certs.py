"""Certifications and licences a posting names, without a list of every credential.

The vocabulary knows many certifications by name; postings also name them by
pattern: "RN license", "BLS and ACLS certification", "Certified Public
Accountant", "CDL Class A". The capitalised words next to a certification word are
the credential, split at "and"/"or"/commas; the vocabulary's name is used when it
knows the term, else the posting's own wording.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, Protocol

from tailor_app.tailoring.caseless import folded
from tailor_app.tailoring.posting.context import offers, rewards_or_applying
from tailor_app.tailoring.posting.earned import earned_spans
from tailor_app.tailoring.posting.employer_credentials import employer_credential_spans
from tailor_app.tailoring.posting.headings import word_set
from tailor_app.tailoring.posting.holders import holders_named, told_letters
from tailor_app.tailoring.posting.offered import offered_spans
from tailor_app.tailoring.posting.outside import outside_the_job, to_clause_end, wish_follows
from tailor_app.tailoring.posting.own_people import names_own_people
from tailor_app.tailoring.posting.places import is_region
from tailor_app.tailoring.posting.terms import initials_match
from tailor_app.tailoring.skills.senses import OTHER_SENSE
from tailor_app.tailoring.whole_words import caseless_whole_spans

__all__ = ["credential_name", "find_certifications"]


class _Lookup(Protocol):
    def lookup(self, term: str) -> Any: ...


# An endorsement is a credential added to a licence ("Tanker (N) endorsement", "an ESL
# endorsement"); an insurer's policy endorsements have no capitalised name before them.
_CERT_WORD = re.compile(
    r"\b(?:certifications?|certificates?|certified|licen[cs]es?|licensure|credentials?"
    r"|permit|registration|endorsements?)\b",
    re.IGNORECASE,
)
# Certificates that are papers a job files or checks, not credentials a person holds:
# "insurance certificates", "gift certificates", "certificates of occupancy".
_PAPERS = frozenset({"insurance", "gift", "birth", "death", "marriage", "occupancy",
                     "analysis", "conformance", "conformity", "compliance", "exemption",
                     "exempt", "resale", "stock", "origin", "deposit", "calibration",
                     "warranty", "destruction", "title", "liability", "coi", "cois"})
_PAPER_OF = re.compile(r"s?\s+of\s+(?:liability\s+)?(?:insurance|occupancy|analysis|conformance"
                       r"|conformity|compliance|origin|deposit|calibration|destruction"
                       r"|title|exemption)\b", re.IGNORECASE)
# What every _CERT_WORD match holds, lower-cased.
_CERT_STEMS = ("certifica", "certified", "licen", "credential", "permit", "registration",
               "endorsement")
# The employer as the subject of the credential word: "we are proud to be a certified B
# Corp", "we're a licensed and bonded contractor" (never with "you" between them).
_WE_ARE = re.compile(r"\b(?:we|we['’]re|we['’]ve)\s+(?:(?!you\b|your\b)[a-z]+\s+){1,5}$",
                     re.IGNORECASE)
# "without an ESL endorsement", "without a CDL": the credential is what one lacks.
_WITHOUT = re.compile(r"\bwithout\s+(?:an?\s+|the\s+|any\s+)?$", re.IGNORECASE)
_CERT_IN = re.compile(r"\b[Cc]ertifi(?:cation|cate)s? (?:in|as an?) ")
# A credential the posting says it does not need: "CDL not required".
_NOT_NEEDED = re.compile(r"\s+(?:is\s+|are\s+)?not\s+(?:required|needed|necessary)\b",
                         re.IGNORECASE)


def _waived(text: str, end: int) -> bool:
    """Whether the credential ending at ``end`` is said not to be needed ("CDL not
    required"), and not turned back into a wish ("…, but preferred")."""
    m = _NOT_NEEDED.match(text, end)
    return m is not None and not wish_follows(text, m.end())


_CDL = re.compile(r"\b(?:Class [ABC] CDL|CDL(?:[- ](?:Class )?[ABC]\b)?)")
# "a valid driver's license", but not the one inside "Commercial Driver's License" (a CDL).
_DRIVER = re.compile(r"(?<!commercial )\bdriver['’]?s['’]? licen[cs]e\b", re.IGNORECASE)
# A grade band's en dash stays in its token: "Middle Education 6–8 Science endorsement",
# "Special Education K–12" (cut at it, the name read "6 8" and no resume wrote that).
_CERT_TOKEN = re.compile(r"\(?[\w&+.'’/–-]+\)?,?")
_CERT_JOIN = word_set("and or of in & /")
_CERT_QUALIFIERS = word_set(
    "valid current active unrestricted must hold holds possess required preferred relevant "
    "appropriate any the a an industry including plus with have has and or state obtain "
    # How or since when one is certified, no credential's name: "Nationally certified
    # pharmacy technician" asks the certified technician, not a "Nationally" credential.
    "nationally internationally federally currently fully actively newly recently "
    "preferably ideally dually properly"
)
_PARENS = re.compile(r"\s*\([^)]*\)")
_PARENS_ACRONYM = re.compile(r"\(([A-Z][A-Za-z0-9&+-]{1,9})\)")
_CERT_SPLIT = re.compile(r",\s*(?:(?:and|or|&)\s+)?|\s+(?:and|or|&)\s+|/")  # ", and" is one cut
_CERT_AND = re.compile(r"\s(?:and|or|&)\s|/")
# The skill a bracket opening with a credential word follows: "Forklift experience
# (certification a plus)", "Phlebotomy (certification required)".
_BRACKET_OF = re.compile(r"(?<![\w-])([A-Za-z][\w-]*)\s+(?:experience\s+|skills\s+)?\(\s*$")
# A bracket saying the employer gives the credential: "(certification provided on site)",
# "(certification paid by us after 90 days)", "(we'll certify you)".
_GIVEN = re.compile(
    r"\b(?:provided|paid|offered|covered|reimbursed|sponsored|included|free|in-house"
    r"|on[- ]site|after hire|we(?:['’]ll| will)? (?:certify|train|provide|pay))\b",
    re.IGNORECASE)
# The words that make a named test a licensing one, where the vocabulary does not know
# it: a licence, certification or board in its line, or a passing score (how licensing
# tests are reported). A test taken before hire to screen applicants is none: "Must pass
# the Wonderlic test before hire", "the Criteria Cognitive Aptitude test".
_LICENSING = re.compile(r"\b(?:licen[cs]\w*|certif\w*|credential\w*|endorsement\w*|board"
                        r"|passing scores?)\b", re.IGNORECASE)
_SCREENING = re.compile(r"\b(?:before hire|pre-?employment|pre-?hire|aptitude|cognitive"
                        r"|personality|screening)\b", re.IGNORECASE)
# A licensing test named by its capitalised name after a verb of passing or taking it:
# "a passing score on the Foundations of Reading test", "pass the Praxis Core exam",
# "must sit for the ServSafe Manager exam". The test is the credential asked; a test
# named in lower case ("pass a drug test", "the DOT physical exam") is no credential.
# Small words may join the name's capitalised words ("Foundations of Reading").
_NAMED_TEST = re.compile(
    r"\b(?i:pass(?:es|ed|ing)?|scores?\s+on|tak(?:e|es|ing)|sit\s+for)\s+"
    r"(?i:the\s+|an?\s+|your\s+|their\s+)?"
    r"([A-Z][\w&'’.+-]*(?:\s+(?:(?:of|and|for|in|&)\s+)?[A-Z0-9][\w&'’.+-]*)*)"
    r"\s+(?:test|exam|examination)s?\b")




def _without_region(name: str) -> str:
    """A test's name without the state or province that gives it ("Ohio Foundations of
    Reading" -> "Foundations of Reading"): unlike a licence, a test is the same test in
    each state that uses it, and resumes name it bare."""
    words = name.split()
    for k in (3, 2, 1):
        if len(words) > k + 1 and is_region(" ".join(words[:k])):
            return " ".join(words[k:])
    return name


# A pronoun opening a sentence is capitalised but names no body or place: "You are
# certified on sit-down forklifts" says the hire holds something named after the word.
_PRONOUNS = word_set("i you we they he she it your our their its this that these those")


def _capital(token: str) -> bool:
    core = token.strip("(),")
    return bool(core) and (core[0].isupper() or core[0].isdigit()) \
        and core.lower() not in _PRONOUNS


# Where a name ends in a title line or a list: "Certified Nursing Assistant – Nights".
_NAME_BREAK = re.compile(r";|\.\s|\s[–—-]\s|\s[|·•]\s")


def _run_before(text: str, end: int) -> str:
    """The capitalised words (with 'and', 'of', commas) right before ``end``; inside a
    bracket still open there, only the bracket's own words ("(Certified ...")."""
    window = text[max(0, end - 80):end]
    # A sentence's end cuts too: "Azure Data Factory or SSIS. Microsoft PL-300
    # certification" names one credential.
    # So does a job board's separator: "Mesa, AZ · Full Time · Certified" lists facts
    # (a school's certified staff), no credential named "AZ Full Time Certified".
    cut = max(window.rfind(";"), window.rfind(": "), window.rfind(" – "),
              window.rfind(" — "), window.rfind(" - "), window.rfind(". "),
              window.rfind(" · "), window.rfind(" | "), window.rfind(" • "))
    if window.rfind("(") > window.rfind(")"):
        cut = max(cut, window.rfind("("))
    window = window[cut + 1:]  # one list item
    tokens = _CERT_TOKEN.findall(window)
    # Up to two lower-case words between a capitalised name and the credential word
    # belong to it: "an Ohio journeyman plumber license", "the Oregon radiology
    # certificate". Without a place's or a body's name before them ("NLC multistate
    # license", "the building permit") they name nothing.
    lower: list[str] = []
    while len(lower) < 2 and len(tokens) > len(lower):
        token = tokens[-1 - len(lower)]
        if not (token.isalpha() and token.islower()) or token in _CERT_QUALIFIERS \
                or token in _CERT_JOIN:
            break
        lower.append(token)
    kept: list[str] = []
    for token in reversed(tokens[:len(tokens) - len(lower)] if lower else tokens):
        if _capital(token) or (token.lower() in _CERT_JOIN and kept):
            kept.append(token)
        else:
            break
    while kept and (kept[-1].lower().strip(",") in _CERT_QUALIFIERS | _CERT_JOIN):
        kept.pop()  # the far end: "Valid", "Must", "and"
    while kept and kept[0].lower() in _CERT_JOIN:
        kept.pop(0)
    if lower:  # after a place's or a body's name only, not an acronym ("NLC")
        kept = [*lower, *kept] if kept and kept[0].istitle() and kept[0].isalpha() else []
    return " ".join(reversed(kept)).strip(", ")


_NEXT_WORDS = re.compile(r"\s+([a-z][\w-]*)(?:\s+([a-z][\w-]*))?")


def _certified_thing(text: str, end: int, vocabulary: _Lookup) -> bool:
    """Whether "certified" is said of the thing named right after it, which the
    vocabulary knows as a skill other than a credential ("certified payroll",
    "certified mail"): the word describes a paper the job handles, not the hire."""
    m = _NEXT_WORDS.match(text, end)
    if m is None:
        return False
    for words in (m.group(1), f"{m.group(1)} {m.group(2)}" if m.group(2) else None):
        known = vocabulary.lookup(f"certified {words}") if words else None
        if known is not None and known.kind != "certification":
            return True
    return False


def _run_after(text: str, start: int) -> str:
    """The capitalised words right after ``start``, up to a dash, a semicolon or a
    bracket that closes one opened before them ("(Certified Fraud Examiner)")."""
    kept: list[str] = []
    for token in _CERT_TOKEN.findall(_NAME_BREAK.split(text[start:start + 80], maxsplit=1)[0]):
        if _capital(token) or (token.lower() in _CERT_JOIN and kept):
            if token.rstrip(".,;:").endswith(")") and "(" not in token:
                kept.append(token.rstrip(".,;:)"))
                break
            kept.append(token.rstrip(".,;:"))
            if token[-1] in ".,;:":
                break
        else:
            break
    while kept and kept[-1].lower() in _CERT_JOIN:
        kept.pop()
    return " ".join(kept).strip(", ")


# A bracket that glosses the credential in words ("ASE T2 (Diesel Engines)"), not
# the acronym of the words before it ("Professional Engineer (PE)").
_GLOSS = re.compile(r"\s*\((?![A-Z][A-Za-z0-9&+-]{1,9}\))[^)]*\)")
# A last token that names a credential by itself: an acronym of three or more capitals or a
# code with a figure ("LSW", "AIPB", "T2", "D1.1", "608"); two capitals are too often a
# place or another field's word ("NC", "PE") to stand alone.
_CODE = re.compile(r"^(?:[A-Z][A-Z&+-]{2,}s?|[A-Z]*\d[\w.+-]*)$")
_TITLE_WORDS = frozenset({"Certified", "Registered", "Licensed", "Chartered", "Accredited"})


# A credential body's letters ("NABCEP", "NALA", "NCCER"): three capitals or more, no
# figure.
_BODY = re.compile(r"^[A-Z]{3,}$")
# A last word that makes one name with the credential word ("TBLS Board Certification").
_PART_OF_CREDENTIAL = frozenset({"board"})


def _issued(tokens: list[str]) -> bool:
    """Does the item open with a credential body's letters and go on with a capitalised
    name ("NABCEP PV Associate", "NFPA RP")? Then it names the body's credential as a
    person writes it, and the word after it ("credential", "certification") only says
    so. A plain word after the letters ("OSHA forklift") names a skill the body rules
    on, and keeps its word."""
    return len(tokens) >= 2 and _BODY.match(tokens[0]) is not None \
        and tokens[-1].lower() not in _PART_OF_CREDENTIAL \
        and all(t[:1].isupper() or t[:1].isdigit() for t in tokens[1:])


def credential_name(item: str, word: str, posting: str = "",
                    here: tuple[int, int] = (0, 0)) -> str:
    """How a person names the credential ``item`` that a posting writes before a
    credential word (``word``: "licensure", "certification", "credential"): "LSW
    licensure" is the LSW, "AIPB Certified Bookkeeper credential" the AIPB Certified
    Bookkeeper, "ASE T2 (Diesel Engines) certification" the ASE T2. The word stays
    when the item alone would not name a credential ("Forklift certification",
    "Journeyman Electrician license", "PE license", "TBLS Board Certification"), goes
    after a credential body's letters and a capitalised name ("NABCEP PV Associate
    credential", see ``_issued``), and stays when the ``posting`` also names the item
    alone: "work to AWS D1.1 … hold an AWS D1.1 certification" asks the standard and
    the credential, two things (``here`` is the span of the credential's own phrase in
    ``posting``). A gloss in brackets goes."""
    bare = _GLOSS.sub("", item).strip() or item
    tokens = bare.split()
    if (_CODE.match(tokens[-1]) or any(t in _TITLE_WORDS for t in tokens[:-1])
            or _issued(tokens)) \
            and not _named_alone(posting, item, here):
        return bare
    return f"{bare} {word}"


_CERT_WORD_NEXT = re.compile(rf"\s*{_CERT_WORD.pattern}", re.IGNORECASE)


def _named_alone(posting: str, item: str, here: tuple[int, int]) -> bool:
    """Does ``posting`` name ``item`` outside ``here`` without a credential word after it?
    (Found with ``str.find`` in the lower-cased posting where that stands in for
    IGNORECASE: a pattern holding the item was compiled anew for each posting.)"""
    if not posting:
        return False
    low = folded(posting) if item.isascii() else None
    if low is None:
        alone = re.compile(rf"(?<![\w-]){re.escape(item)}(?![\w-])(?!\s*{_CERT_WORD.pattern})",
                           re.IGNORECASE)
        return any(not here[0] <= m.start() < here[1] for m in alone.finditer(posting))
    return any(not here[0] <= a < here[1] and _CERT_WORD_NEXT.match(posting, b) is None
               for a, b in caseless_whole_spans(posting, low, item.lower()))


# An acronym (and its one noun) glossed in brackets: "CHFM (Certified Healthcare Facility
# Manager)", "PERC card (Permanent Employee Registration Card)".
_GLOSSED = re.compile(r"\b([A-Z][A-Z&]{1,9})(?:\s+([a-z]+))?\s*\(([A-Z][^()]{2,80})\)")


def _glosses(text: str) -> list[tuple[int, int, str]]:
    """The brackets of ``text`` that spell out the credential acronym before them, as
    (start, end, the name before the bracket): "PERC card" is the credential, as a
    resume names it, where a credential word inside the bracket would cut a name at the
    bracket ("(Permanent Employee Registration")."""
    out = []
    for m in _GLOSSED.finditer(text):
        words = m.group(3).split()
        if m.group(2) and words[-1].lower() == m.group(2):
            words = words[:-1]  # "PGR card (Private Guard Registration Card)"
        if (initials_match(words, m.group(1)) or initials_match(m.group(3).split(), m.group(1))) \
                and _CERT_WORD.search(m.group(3)):
            out.append((m.start(3), m.end(3), text[m.start():m.start(3) - 1].strip()))
    return out


_AFTER_ACRONYM = re.compile(r"\s*" + _PARENS_ACRONYM.pattern)  # the same, after a space


def _bracketed_credential(text: str, end: int, vocabulary: _Lookup,
                          before: str = "", word: str = "") -> str | None:
    """The certification a bracketed acronym right after a credential word names
    ("certification (CMSRN)"), if the vocabulary knows it as one. Where the words
    before the credential word name a certification whose letters the acronym is
    ("Medication Aide certification (CMA)": C, M, A in any order, or the initials of
    the vocabulary's name, Certified Medication Aide), the bracket glosses those words
    and the acronym's other owners (a management accountant, a medical assistant) are
    not meant."""
    m = _AFTER_ACRONYM.match(text, end)
    if m is None:
        return None
    letters = "".join(c for c in m.group(1).rstrip("s") if c.isupper())
    for words in (before, *_without_lead(before)) if before else ():
        own = vocabulary.lookup(words)
        if own is not None and own.kind == "certification" and letters and (
                letters == _initials(own.name)
                or sorted(letters) == sorted(_initials(f"{words} {word}"))):
            return str(own.name)
    skill = vocabulary.lookup(m.group(1))
    return skill.name if skill is not None and skill.kind == "certification" else None


_SMALL_WORDS = frozenset({"and", "of", "the", "for", "in", "on", "to", "a", "an"})


def _initials(words: str) -> str:
    return "".join(w[0].upper() for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", words)
                   if w.lower() not in _SMALL_WORDS)


def _without_lead(name: str) -> list[str]:
    """``name`` without one, then two, capitalised words in front, as long as two words
    remain: "Ohio State Tested Nurse Aide" is the vocabulary's State Tested Nurse Aide
    (the state's or the board's name before a credential the vocabulary knows)."""
    words = name.split()
    return [" ".join(words[k:]) for k in (1, 2)
            if len(words) - k >= 2 and all(w[:1].isupper() for w in words[:k])]


def find_certifications(
    units: Iterable[Any], skills: Iterable[Any], vocabulary: _Lookup,
    title: str | None = None,
) -> list[str]:
    """Certifications and licences the posting names: the vocabulary's, then phrases like
    "RN license", "BLS and ACLS certification", "Certified Public Accountant", "CDL Class A"
    (the vocabulary's name when it knows the term, else as the posting writes it)."""
    skills = list(skills)
    names: list[str] = [s.name for s in skills if s.kind == "certification"]
    # The skills were read with each acronym's sense ("CMA or RMA": a medical
    # assistant's); a credential read here by its bare letters in the other sense is
    # the same words again, not a second ask.
    sensed = {s.name for s in skills}
    other_reading = {name for name, other in OTHER_SENSE.items()
                     if other in sensed and name not in sensed}

    def add(term: str, written: str) -> None:
        bare = _PARENS.sub("", term).strip()  # "Certified ScrumMaster (CSM)"
        skill = None
        # The bracketed acronym is asked only when no words stand before it: in
        # "Certified Medical Assistant (CMA)" the words say which CMA is meant.
        acronyms = _PARENS_ACRONYM.findall(term) if not bare else []
        # "Ohio State Tested Nurse Aide (STNA)": the state's name before words the
        # vocabulary knows, which the bracketed acronym shows to be one credential's name.
        spelled = _without_lead(bare) if bare != term.strip() else []
        # Last, the name as a person writes it: "Tanker (N)" is the vocabulary's
        # "tanker endorsement" once its letter goes.
        for candidate in (term, bare, *acronyms, *spelled, written):
            skill = vocabulary.lookup(candidate) if candidate else None
            if skill is not None and skill.kind == "certification":
                break
        name = skill.name if skill is not None and skill.kind == "certification" else written
        if len(name) >= 2 and any(c.isupper() for c in name):
            names.append(name)

    units = list(units)
    posting = "\n".join(u.text for u in units)
    offset = -1
    for unit in units:
        text = unit.text
        offset += 1
        # Most units hold none of the words _CERT_WORD reads: no pattern for them
        # (``low`` is None where lower-casing is no stand-in for IGNORECASE).
        low = folded(text)
        read = low is None or any(w in low for w in _CERT_STEMS)
        spared = _not_asked(text, title) if read or "CDL" in text else []
        glosses = _glosses(text) if read and "(" in text else []
        for a, b, words in glosses:
            # "CPO (Certified Pool Operator)": the words the vocabulary knows name the
            # credential its acronym only abbreviates (CPO is also a chief officer).
            spelled = vocabulary.lookup(text[a:b])
            if spelled is not None and spelled.kind == "certification":
                add(spelled.name, spelled.name)
            else:
                add(words, words)
        for m in _CERT_WORD.finditer(text) if read else ():
            if any(a <= m.start() < b for a, b, _w in glosses) \
                    or _waived(text, m.end()) \
                    or any(a <= m.start() < b for a, b in spared):
                continue  # "a forklift certification is not required": no ask
            word = m.group()
            before = _run_before(text, m.start())
            if word.lower().startswith("endorsement") and any(
                    w.islower() for w in before.split() if w.lower() not in _CERT_JOIN):
                continue  # "Process policy endorsements": an insurer's, not a licence's
            if word.lower().startswith("certificate") and (
                    before.rsplit(" ", 1)[-1].lower() in _PAPERS
                    or _PAPER_OF.match(text, m.end())):
                continue  # "Track subcontractor insurance certificates", "certificates
                # of occupancy": papers the job handles, no credential of the hire
            lead = text.rfind(before, 0, m.start()) if before else -1
            if lead > 0 and _WITHOUT.search(text, max(0, lead - 16), lead):
                continue  # "Teachers without an ESL endorsement must earn one": not held
            if word.lower() == "certified" and _certified_thing(text, m.end(), vocabulary):
                continue  # "Track certified payroll": a paper that is certified, no credential
            if before.split(" ", 1)[0].lower() in ("our", "we", "we're") \
                    or _WE_ARE.search(text, max(0, m.start() - 50), m.start()):
                continue  # "Our ISO 9001:2015 certified plant": the employer's, no ask
            if word.lower() == "certified":
                after = _run_after(text, m.end())
                first, _or, other = after.partition(" or ")
                held = vocabulary.lookup(f"{word} {_PARENS.sub('', first).strip()}") \
                    if other else None
                if held is not None and held.kind == "certification":
                    # "PTCB Certified Pharmacy Technician (CPhT) or ExCPT": two
                    # credentials either of which will do, each asked by its name.
                    add(held.name, held.name)
                    add(other, other)
                    continue
                if other and _OWN_LETTERS.search(first) and not before:
                    # "Certified Dietary Manager (CDM) or Food Protection Professional
                    # (FPP)": each side glossed by its own letters is a credential of its
                    # own, no one name holding "or".
                    add(f"{word} {first}", f"{word} {first}")
                    add(other, other)
                    continue
                if after:
                    whole = f"{before} {word} {after}".strip()
                    add(whole if vocabulary.lookup(whole) else f"{word} {after}",
                        f"{word} {after}" if not before else whole)
                    continue
            if not before:
                follow = _CERT_IN.match(text, m.start())
                after = _run_after(text, follow.end()) if follow else ""
                if after:
                    add(after, f"{follow.group() if follow else ''}{after}")
                    continue
                # "Forklift experience (certification a plus)": the bracket's credential
                # is the one of the skill it follows, where the vocabulary names it so.
                of = _BRACKET_OF.search(text, max(0, m.start() - 60), m.start())
                close = text.find(")", m.end())
                aside = text[m.start():close if close >= 0 else len(text)]
                if of is not None and (offers(aside) or _GIVEN.search(aside)):
                    of = None  # "(certification provided on site)": the employer's to give
                held = vocabulary.lookup(f"{of.group(1)} {word}") if of else None
                if held is not None and held.kind == "certification":
                    add(held.name, held.name)
                continue
            named = _bracketed_credential(text, m.end(), vocabulary, before, word)
            if named is not None and not _CERT_AND.search(before):
                # "Med-Surg certification (CMSRN)": the acronym after the words names
                # the one credential they describe, by the vocabulary's name.
                add(named, named)
                continue
            one = (vocabulary.lookup(f"{before} {word}")
                   # "an Iowa Property & Casualty license": the state gives that licence
                   or vocabulary.lookup(f"{_without_region(before)} {word}")) \
                if _CERT_AND.search(before) else None
            if one is not None and one.kind == "certification":
                # "a Property & Casualty license": one licence named by two words, which
                # are no two licences ("Property license", "Casualty license").
                add(one.name, one.name)
                continue
            items = _split_items(before)
            if "," in before and not _CERT_AND.search(before):
                # "experience in HVAC, EPA 608 certification, and brazing": commas
                # without an "and"/"or" make the credential one item of a longer list,
                # not a head shared with the items before it ("BLS, ACLS and PALS
                # certification").
                items = items[-1:]
            for item in items:
                # "EPA-certified": the hyphen joins the name to the word, no part of it.
                item = item.strip(" ,").rstrip("-")
                if len(item) >= 2 and item.lower() not in _CERT_QUALIFIERS:
                    whole = vocabulary.lookup(f"{item} {word}")
                    if whole is not None and whole.kind == "certification" \
                            and whole.name.casefold().startswith(item.casefold()):
                        # "ESL endorsement" is the vocabulary's ESL Endorsement: the
                        # same words, no second credential named by the letters alone.
                        # ("AED certification" is an alias of CPR Certification, which
                        # does not name the AED of "CPR/AED certification".)
                        add(whole.name, whole.name)
                        continue
                    here = (offset + max(0, m.start() - len(before) - 2), offset + m.end())
                    add(item, credential_name(item, word, posting, here))
        for m in _NAMED_TEST.finditer(text) if low is None or "exam" in low or "test" in low \
                else ():
            if any(a <= m.start() < b for a, b in spared):
                continue
            test = _without_region(m.group(1))
            known = vocabulary.lookup(test)
            clause = text[max(text.rfind("\n", 0, m.start()), 0):
                          (text.find("\n", m.end()) + 1 or len(text) + 1) - 1]
            if (known is not None and known.kind == "certification") or (
                    _LICENSING.search(clause) and not _SCREENING.search(clause)):
                add(test, test)
        # Each match holds "CDL", or "licen" in any case: a unit without them (most)
        # needs neither search.
        for pattern, needed in ((_CDL, "CDL" in text), (_DRIVER, low is None or "licen" in low)):
            for m in pattern.finditer(text) if needed else ():
                if _waived(text, m.end()) or any(a <= m.start() < b
                                                 for a, b in spared) \
                        or text[max(0, m.start() - 4):m.start()].lower() == "non-":
                    continue  # "CDL not required", "a paid CDL training program",
                    # "Delivery Driver (Non-CDL)": no ask
                # "a valid driver's license" asks for one: named as a credential is.
                add(m.group(), m.group()[:1].upper() + m.group()[1:])
        offset += len(text)
    seen: set[str] = set()
    out = []
    for name in (_tidy(n, vocabulary) for n in names):
        key = _PARENS.sub("", name).strip().lower()
        key = _TAIL_WORD.sub("", _HEAD_WORD.sub("", key))
        if key not in seen and name not in other_reading:
            seen.add(key)
            out.append(name)
    return out


# A name glossed by its own letters in brackets: "Tax Credit Specialist (TCS)".
_OWN_LETTERS = re.compile(r"\(([A-Z][A-Za-z&]{1,7})\)\s*$")
_HEAD_WORD = re.compile(r"^(?:certified|registered|licensed)\s+")
_PAPER_TAIL = re.compile(r"\s+(?:certifications?|credentials?|designations?)$")
_TAIL_WORD = re.compile(r"\s+(?:certifications?|certificates?|credentials?|designations?"
                        r"|licen[cs]es?|licensure)$")


_OR_SPLIT = re.compile(r",\s*(?:or\s+)?|\s+or\s+")


def _split_items(before: str) -> list[str]:
    """The credentials of a list before a shared credential word ("BLS, ACLS and PALS"),
    with a name glossed by its own letters kept whole: "Construction Health and Safety
    Technician (CHST)" is one credential, its "and" no cut between two."""
    if "(" not in before:
        return _CERT_SPLIT.split(before)
    out: list[str] = []
    for piece in _OR_SPLIT.split(before):
        m = _OWN_LETTERS.search(piece)
        words = piece[:m.start()].strip() if m else ""
        if m is not None and len(words.split()) >= 2 and m.group(1).replace("&", "").upper() \
                == _initials(words.replace("-", " ")):
            out.append(piece)
        else:
            out += _CERT_SPLIT.split(piece)
    return out


def _tidy(name: str, vocabulary: _Lookup) -> str:
    """A credential's name as a person writes it when the posting glosses it with its own
    letters: "Tax Credit Specialist (TCS) certification" and "Specialist in Housing Credit
    Management (SHCM) certification" are the Tax Credit Specialist (TCS) and the
    Specialist in Housing Credit Management (SHCM), the shared credential word dropped (the
    report lists such a credential by its letters, as "CHHE"). The vocabulary's names,
    licences and brackets that are no such letters are left as they are."""
    if ")" not in name:
        return name
    tail = _PAPER_TAIL.search(name)  # a licence keeps its word: "PE license"
    body = name[:tail.start()] if tail else name
    m = _OWN_LETTERS.search(body)
    if m is None or vocabulary.lookup(name) is not None:
        return name
    words = body[:m.start()].strip()
    letters = m.group(1).replace("&", "").upper()
    if len(words.split()) < 2 or letters not in {_initials(words),
                                                 _initials(words.replace("-", " "))}:
        return name
    return body.strip()  # "Tax Credit Specialist (TCS)": listed by its letters after


# A clause ends at its stop or semicolon; a one-paragraph posting's pay and perks are
# often one clause of a longer sentence.
_CLAUSE = re.compile(r"[^.;!?\n]+")
# Capital letters of a credential ("RN", "LPNs"), opened by their first capital.
_LETTERS = re.compile(r"[A-Z](?<![A-Za-z][A-Z])[A-Z]{1,5}s?\b")


# The employer's own people or places holding a credential: "Our maintenance techs are
# EPA-certified", "our drivers all hold Class A CDLs", "our quality lab is AS9100
# certified". Told of them, no ask of the hire. Only a verb of holding says so: "our
# plant is seeking an operator with a Grade II certification" asks it of the hire.
_OURS_HOLD = re.compile(
    r"(?<![\w'’])(?:all[ \t]+of[ \t]+)?our[ \t]+((?:[\w-]+[ \t]+){0,3}?"
    r"(?:people|staff|team|teams|crews?|techs"
    r"|technicians|drivers|nurses|teachers|instructors|installers|mechanics|electricians"
    r"|plumbers|employees|members|professionals|specialists|agents|operators|therapists"
    # Its places and parts: "our quality lab is AS9100 and ISO 9001 certified".
    r"|labs?|laborator(?:y|ies)|plants?|facilit(?:y|ies)|shops?|sites?|warehouses?|company"
    r"|clinics?|hospitals?|schools?|kitchens?|offices?|fleet|programs?|centers?|centres?"
    # Its buildings and outlets: "three of our newest properties are LEED Gold certified".
    r"|propert(?:y|ies)|communit(?:y|ies)|buildings?|stores?|locations?|branch(?:es)?"
    r"|campus(?:es)?|restaurants?|hotels?)"
    r")[ \t]+(?:all[ \t]+)?(?:(?:are|is)[ \t]+(?:all[ \t]+)?(?:[\w/-]+[ \t]+(?:and[ \t]+)?){0,4}?"
    r"(?:[\w-]*-)?(?:certified|licensed|accredited|registered|credentialed)"
    r"|hold|holds|carry|carries)\b",
    re.IGNORECASE)


def _not_asked(text: str, title: str | None = None) -> list[tuple[int, int]]:
    """Spans of a unit where a credential is named but not asked: a clause that tells
    what the job gives ("Pay $25/hr with health insurance and a paid CDL training
    program"; "we offer CPR certification"), what the posting says the job does not
    need or involve ("You won't need a CDL") and what its own people hold ("Our
    maintenance techs are EPA-certified")."""
    # "we'll pay for your CDL", "Grow into a Medication Aide role": gifts and paths.
    spans = [*outside_the_job(text), *offered_spans(text), *holders_named(text),
             *earned_spans(text), *employer_credential_spans(text)]
    if " to the " in text or "otify" in text or "nform" in text:
        # "report changes in condition to the RN": the nurse told, no licence asked.
        spans += [m.span() for m in _LETTERS.finditer(text)
                  if told_letters(text, m.start(), m.end())]
    if "our " in text.lower():
        # Not the job's own people: "Our techs are EPA-certified, and you must be too"
        # in a technician's posting, "All of our drivers hold a Class A CDL with Hazmat
        # endorsements" in a driver's, tell what the hire will hold as they do.
        spans += [(m.start(), to_clause_end(text, m.end()))
                  for m in _OURS_HOLD.finditer(text)
                  if not names_own_people(m.group(1), title, head_only=True)]
    for m in _CLAUSE.finditer(text):
        clause = m.group()
        if offers(clause) or rewards_or_applying(clause):
            spans.append(m.span())
    return spans

