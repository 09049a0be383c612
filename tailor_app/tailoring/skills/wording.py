"""A posting's ask found in the resume's own words when no vocabulary hit shows it:
the literal term ("NFPA 70E", "CDL Class A"), its acronym or spelled-out form, the past
tense of a gerund ("Scheduled 40 technicians" for Scheduling), or other forms of a
phrase's words side by side ("month-end reporting" for Month-end reports).

Each reader returns (credit, match) as ``matching.match_resume`` adds them up; word
forms are read through ``stems.word_stems`` like deeds and duties to people.
"""

from __future__ import annotations

import functools
import itertools
import re

from tailor_app.tailoring.caseless import folded
from tailor_app.tailoring.model import SkillMatch, SkillMention
from tailor_app.tailoring.posting.terms import acronym_pairs
from tailor_app.tailoring.resume.skill_list import split_skill_line
from tailor_app.tailoring.skills.certified_thing import LICENCE_ASK, holds_kind
from tailor_app.tailoring.skills.deeds import place_named
from tailor_app.tailoring.skills.duplicates import OWN_ACRONYM
from tailor_app.tailoring.skills.evidence import (
    ALIAS_CREDIT,
    ResumeLine,
    evidence_rank,
    held_by_another,
    names_a_school_or_degree,
    quoted_by,
)
from tailor_app.tailoring.skills.initials import PLACE_HEADS
from tailor_app.tailoring.skills.made_things import made_thing_pattern
from tailor_app.tailoring.skills.number_words import number_variants
from tailor_app.tailoring.skills.regions import with_region_names
from tailor_app.tailoring.skills.senses import released
from tailor_app.tailoring.skills.stems import IRREGULAR_FORMS, phrase_word_forms, word_stems
from tailor_app.tailoring.skills.vocabulary import Vocabulary
from tailor_app.tailoring.text_memo import per_text


def _same_words(a: str, b: str) -> bool:
    return a.casefold() == b.casefold()


# The verbs before the last of a run that opens a bullet: one to four items of one or two
# words each (no capital after the first: a name is no verb; no plural's "s": "Contracts,
# invoice and receipt filing" lists things), each closed by a comma, "and" or a slash.
_VERB_RUN = (r"(?:[A-Za-z][a-z]*(?:ss|[a-rt-z])(?:[ \t]+[a-z]*(?:ss|[a-rt-z]))?"
             r"(?:[ \t]*,[ \t]*(?:and[ \t]+)?"
             r"|[ \t]+and[ \t]+|[ \t]*/[ \t]*)){1,4}")


@functools.lru_cache(maxsize=2048)
def _past_tense_patterns(aliases: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """(lower-case stem, pattern's text) for each gerund alias of one or two words:
    "Staff scheduling" -> ("schedul", "staff scheduled"). The pattern is made (by
    ``_caseless_pattern``) only for a resume that holds the stem: most hold none of an
    ask's, and making one costs more than reading a resume with it."""
    out = []
    for alias in aliases:
        words = alias.split()
        last = words[-1].lower() if words else ""
        if len(words) > 2 or len(last) < 7 or not last.endswith("ing") or not last.isalpha():
            continue
        stem = last[:-3]
        body = r"[\s-]+".join(re.escape(w) for w in words[:-1])
        verb = rf"{re.escape(stem)}(?:ed|d)" if not stem.endswith("e") else rf"{stem}d"
        out.append((stem, rf"(?<!\w){body + r'[ -]' if body else ''}{verb}(?!\w)"))
        if not body:
            # A bullet that opens with the verb's base form: "Forecast store demand".
            # A doubled letter is the gerund's ("planning": plan) or the verb's own
            # ("topdressing": topdress, "billing": bill): either may stand.
            doubled = len(stem) > 4 and stem[-1] == stem[-2]
            base = stem[:-1] if doubled else stem
            verb = rf"{re.escape(base)}{re.escape(stem[-1]) + '?' if doubled else ''}e?"
            out.append((base, rf"\s*{verb}(?=[ \t]+\S)"))
            # ... or with a run of such verbs, each of one or two words: "Core aerify,
            # verticut, topdress and overseed greens" tells each deed of the run.
            # (The run's first verb is closed by its comma: "Verticut, topdress and ...")
            out.append((base, rf"\s*(?:{_VERB_RUN})?(?P<verb>{verb})(?=[ \t]+\S|[ \t]*,)"))
            made = made_thing_pattern(last)  # "Change diapers", "Write up quotes"
            if made is not None:
                out.append(made)
    return tuple(out)


@functools.lru_cache(maxsize=4096)
def _caseless_pattern(source: str) -> re.Pattern[str]:
    return re.compile(source, re.IGNORECASE)


_GERUND = re.compile(r"[A-Za-z][a-z]{3,}ing")


def _done_evidence(mention: SkillMention, lines: list[ResumeLine], resume_low: str,
                   vocabulary: Vocabulary) -> tuple[float, SkillMatch | None]:
    """A skill named by a gerund ("Scheduling", "Staff scheduling") shown by the resume's
    past tense of the same verb ("Scheduled 40 technicians", "budgeted spare parts"),
    in the resume's own entries, or by a bullet that opens with its base form, as
    resumes tell a current role ("Forecast store demand in R"). Elsewhere only the
    past tense: "markets" or "accounts" are other nouns, not marketing or accounting,
    and a bullet's first word that opens a longer name ("Account management") is one.
    ``resume_low`` is the whole resume in lower case, so a stem it lacks costs one
    substring test."""
    skill = vocabulary.lookup(mention.name)
    if mention.kind not in ("hard", "soft") and not (
            mention.kind == "tool" and skill is None and _GERUND.fullmatch(mention.name)):
        # (A one-word gerund the vocabulary does not know is a deed, however the posting
        # read it: "Upholstering experience" is shown by "Upholstered booths".)
        return 0.0, None
    stem_of = {_caseless_pattern(source): stem for stem, source in _past_tense_patterns(
        skill.aliases if skill is not None else (mention.name,)) if stem in resume_low}
    patterns = list(stem_of)
    if not patterns:
        return 0.0, None
    for line in sorted(lines, key=evidence_rank, reverse=True):
        if line.part not in ("bullet", "header") or line.section == "contact":
            continue
        low = folded(line.text)  # a past tense holds its stem: most lines have none
        for pattern in patterns:
            if pattern.pattern.startswith(r"\s*"):  # the opening verb of a bullet
                opening = pattern.match(line.text) if line.part == "bullet" else None
                found = opening if opening and not _opens_a_name(
                    line.text, opening.end(), vocabulary) else None
                if found and "verb" in pattern.groupindex and _run_of_things(
                        line.text, vocabulary):
                    found = None  # "Payroll, budget and forecast reports": a list of things
            elif low is not None and stem_of[pattern] not in low:
                found = None
            else:
                found = next((m for m in pattern.finditer(line.text)
                              if not line.in_name(m.start(), m.end())), None)
            if found and released(stem_of[pattern], line.text, found.end()):
                found = None
            if found:
                term = found.group("verb") if "verb" in pattern.groupindex else found.group()
                return 1.0, SkillMatch(mention.name, mention.kind, mention.required,
                                       line.text, term.strip())
    return 0.0, None


_RUN_ITEM = re.compile(r"\s*([A-Za-z][\w-]*(?:[ \t]+[a-z][\w-]*)?)(?:[ \t]*,[ \t]*(?:and[ \t]+)?"
                       r"|[ \t]+and[ \t]+|[ \t]*/[ \t]*)")


# What opens a deed's object after the run's last verb: a determiner, a possessive or a
# figure ("overseed the fields", "invoice every job", "deposit 40 payments").
_OBJECT_OPENERS = frozenset({"the", "a", "an", "every", "each", "all", "our", "their", "his",
                             "her", "its", "my", "new", "any", "both", "weekly", "daily",
                             "monthly"})
_TAIL_WORDS = re.compile(r"[\w$][\w$'’.-]*")


def _run_of_things(text: str, vocabulary: Vocabulary) -> bool:
    """Is the run of words a bullet opens with a list of things rather than of deeds? An
    item of it is a name the vocabulary knows ("Payroll, budget and AP reports", "Budget,
    payroll and AP reports"): deeds are told by verbs, which name no skill. Or the run's
    last word is followed by no object: a list of things ends in the thing they describe
    ("Contract, invoice and receipt filing", "Budget, forecast and variance reports":
    review25's S1, S5), a run of deeds in what the last verb is done to, opened by a
    determiner or a figure ("overseed the fields", "invoice every job")."""
    at = 0
    while (item := _RUN_ITEM.match(text, at)) is not None:
        if vocabulary.lookup(item.group(1)) is not None:
            return True
        at = item.end()
    tail = _TAIL_WORDS.findall(text, at)[:2]
    if not tail or vocabulary.lookup(tail[0]) is not None:
        return True
    if len(tail) < 2:
        return True
    after = tail[1]
    low = after.lower()
    # (A bare plural is as often the head of a list of things: "Contract, invoice and
    # receipt files", "Budget, forecast and variance reports": review25's S5.)
    opens_object = low in _OBJECT_OPENERS or after[0].isdigit() or after[0] == "$"
    return not opens_object


def _opens_a_name(text: str, end: int, vocabulary: Vocabulary) -> bool:
    """Does the bullet's first word open a longer vocabulary name ("Account management
    for 30 clients", "Market research")? Then it is a noun, not the verb of a deed."""
    hits = vocabulary.find(text[:end + 40])
    return any(h.start <= len(text) - len(text.lstrip()) and h.end > end for h in hits)


# A word that says what kind of thing the ask is, not which: "techniques", "skills".
_KIND_TAIL = re.compile(r"\s+(?:techniques|skills|methods|principles|practices|concepts"
                        r"|strategies|procedures)$", re.IGNORECASE)
# A word for an aim set on a measure: the measure is what the resume shows ("met the
# gross margin goal" for a "gross-margin target").
_GOAL_TAIL = re.compile(r"\s+(?:targets?|goals?|quotas?|objectives?)$", re.IGNORECASE)
_CERT_TAIL = re.compile(r"\s+(?:certifications?|certificates?|certified|licen[cs]es?|licensure)$",
                        re.IGNORECASE)


# A product named with its edition number ("Prophet 21"), and the mark its bare name's
# form carries: the bare name matches where no number follows it.
_EDITION_END = re.compile(r"^([A-Z][\w&.+-]*(?: [A-Z][\w&.+-]*)*) \d{1,4}$")
_NO_NUMBER = "\u2060"


def _literal_forms(mention: SkillMention) -> list[str]:
    """The ways a term no vocabulary holds may be written: as the posting names it, and
    by its acronym or spelled-out form when the posting gives both ("Certified Nursing
    Assistant (CNA)"), in its sentence or in the name itself. (The match and the
    ordering of lines both ask it of each such ask: its name, kind and sentence are
    all it reads, so it is worked out once, ``text_memo``.)"""
    return list(_forms_of(mention.name, mention.kind, mention.snippet))


@per_text()
def _forms_of(name: str, kind: str, snippet: str) -> tuple[str, ...]:
    forms = [name]
    own = OWN_ACRONYM.match(name) if "(" in name else None
    if own is not None:  # "Certified Hospitality Housekeeping Executive (CHHE)"
        forms += [own["acronym"], own["words"]]
    bare = _CERT_TAIL.sub("", name)
    if bare != name and len(bare) >= 3:
        forms.append(bare)  # "AWS D1.1 certification": the resume's "AWS D1.1 certified"
    kindless = _KIND_TAIL.sub("", name)
    if kindless != name and " " in kindless.strip():
        forms.append(kindless)  # "Manual therapy techniques": the resume's "manual therapy"
    aimless = _GOAL_TAIL.sub("", name)
    if aimless != name and len(re.split(r"[\s-]+", aimless.strip())) >= 2:
        forms.append(aimless)  # "Gross-margin target": the resume's "gross margin goal"
    edition = _EDITION_END.match(name) if kind == "tool" else None
    if edition is not None:
        # "Prophet 21": a resume's bare "Prophet" is the product, unless it gives
        # another number ("Prophet 9").
        forms.append(edition[1] + _NO_NUMBER)
    for _a, _b, spelled, _pa, _pb, acronym in acronym_pairs(snippet):
        if _same_words(spelled, name):
            forms.append(acronym)
        elif _same_words(acronym, name):
            forms.append(spelled)
    # A count in figures or in words: the posting's "Three-week look-ahead" is the
    # resume's "3-week lookahead" (the vocabulary's aliases get this in its tables; a
    # term read from the posting by its shape did not).
    forms += [v for f in list(forms) for v in number_variants(f.rstrip(_NO_NUMBER))]
    return tuple(forms)


# A field's noun and its adjective are one word to a name: "Radiology certificate",
# "Radiologic Proficiency Certificate"; "radiography", "radiographic"; "biometry",
# "biometric".
_FIELD_NOUN = re.compile(r"([A-Za-z]{3,}(?:olog|raph|metr))(?:y|ic|ical)", re.IGNORECASE)


# A trade's activity in a licence's name and the one who does it are one word to it: a
# "Journeyman Plumbing License" is what a "Journeyman Plumber License" is, a "Welding
# Certificate" a "Certified Welder"'s, an "Electrical License" an "Electrician License".
# Only from the posting's activity to the resume's doer (a "Trainer" is more than training).
_DOER_ENDS = {"electrical": "electrician"}


def _doer_regex(word: str) -> str | None:
    """``word`` or its doer ("plumbing" -> "plumb(?:ing|er)"), None when it names no
    activity."""
    low = word.lower()
    if low in _DOER_ENDS:
        return rf"(?:{re.escape(word)}|{_DOER_ENDS[low]})"
    if len(low) < 7 or not low.endswith("ing"):
        return None
    stem = word[:-3]  # "plumb", "weld", "pipefitt", "counsel", "nurs", "coach"
    doers = [f"{stem}er", f"{stem}or", f"{stem}e", stem]
    return "(?:" + "|".join(re.escape(w) for w in dict.fromkeys([word, *doers])) + ")"


def _word_regex(word: str, doers: bool = False) -> str:
    """``word`` escaped, a field's noun or adjective standing for either (_FIELD_NOUN);
    with ``doers``, an activity standing for its doer too (_doer_regex)."""
    if doers:
        doer = _doer_regex(word)
        if doer is not None:
            return doer
    found = _FIELD_NOUN.fullmatch(word)
    if found is None:
        return re.escape(word)
    return rf"{re.escape(found[1])}(?:y|ic|ical)"


def _inflected(word: str) -> str | None:
    """A lower-case word's forms as one pattern ("paint": paints, painted, painting,
    painter), or None for a word too short or not plain letters: a duty the posting
    names by its verb or gerund is the same work in a resume's past tense."""
    if not (word.isalpha() and word.islower() and len(word) >= 4):
        return None
    stem = word
    for ending in ("ing", "ed", "es", "s", "e"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            stem = word[: -len(ending)]
            break
    return rf"{re.escape(stem)}(?:e|es|ed|ing|ings|er|ers|s)?"


@functools.lru_cache(maxsize=4096)
def _literal_pattern(form: str, doers: bool = False, inflect: bool = False) -> re.Pattern[str]:
    """``form`` as a whole word or phrase, any spacing or hyphen between its words or
    none ("follow-up", "follow up", "followup"), an optional plural; an all-capitals
    acronym of up to four letters keeps its case ("VRF" is not "vrf" inside another
    word's sense)."""
    bare = form.endswith(_NO_NUMBER)
    form = form.rstrip(_NO_NUMBER)
    raw = [w for w in re.split(r"[\s-]+", form.strip()) if w]
    words = [_word_regex(w, doers) for w in raw]
    if inflect and raw and (raw[-1].islower() or (len(raw) == 1 and raw[0].istitle())) \
            and (last := _inflected(raw[-1].lower())):
        words[-1] = last  # (a one-word term is capitalised as a name: "Paint"; no acronym)
    # "Electrical/Electronic Systems" names electrical systems too: a word may have a
    # slash and another word after it (or before it) while the rest follows.
    body = r"[\s-]*".join(
        [*(rf"{w}(?:/[A-Za-z-]+)?" for w in words[:-1]), *(rf"(?:[A-Za-z-]+/)?{w}"
                                                          for w in words[-1:])]
        if len(words) > 1 else words)
    exact = form.isupper() and len(form) <= 4
    return re.compile(r"(?<![\w+#])" + body + r"(?:s|es|'s|’s)?(?![\w+#])"
                      + (r"(?![ \t-]*\d)" if bare else ""), 0 if exact else re.IGNORECASE)


_CREDENTIAL_TAIL_WORD = re.compile(r"\b(?:credential|licen[cs]e|certificate|certification"
                                   r"|endorsement)s?\s*$", re.IGNORECASE)
_CREDENTIAL_END = re.compile(r"(?:credential|licen[cs]e|certificate|certification|endorsement)s?",
                             re.IGNORECASE)
# A word that names a lower grade than the credential asked: an assistant's licence is
# not a therapist's.
_LOWER_GRADE = r"(?!(?:Assistant|Apprentice|Trainee|Intern|Student|Provisional|Temporary)\b)"


@functools.lru_cache(maxsize=1024)
def _credential_pattern(form: str) -> re.Pattern[str] | None:
    """A credential's name with one more capitalised word before its last word: the
    resume's "Single Subject Teaching Credential" is a Single Subject Credential, and
    "IV Therapy Certification" an IV certification (the added word names what the
    subject's paper covers, as a head noun takes a modifier). None when ``form`` does
    not end with a word for a credential."""
    words = re.split(r"[\s-]+", form.strip())
    if len(words) < 2 or not _CREDENTIAL_END.fullmatch(words[-1]):
        return None
    head = r"[\s-]*".join(_word_regex(w, doers=True) for w in words[:-1])
    return re.compile(rf"(?<![\w+#])(?i:{head})[\s-]+{_LOWER_GRADE}[A-Z][a-z]+[\s-]+"
                      rf"(?i:{re.escape(words[-1])})s?(?![\w+#])")


def literal_needle(form: str) -> str | None:
    """Letters every match of ``_literal_pattern(form)`` holds, lower-cased: its first
    word, or the stem of a field's noun ("radiolog" of "Radiology"); None when they are
    not plain ASCII, whose lower case stands in for IGNORECASE (see ``caseless``)."""
    words = [w for w in re.split(r"[\s-]+", form.rstrip(_NO_NUMBER).strip()) if w]
    if not words:
        return None
    noun = _FIELD_NOUN.fullmatch(words[0])
    needle = (words[0] if noun is None else noun[1]).lower()
    return needle if needle.isascii() else None


_SPACES_OR_HYPHENS = re.compile(r"[\s-]+")  # compiled once, not looked up per call


def _first_word(form: str) -> str:
    """A form's first word, lower-cased, as the resume must hold it ("follow-up" ->
    "follow", "Lesson plans" -> "lesson")."""
    return _SPACES_OR_HYPHENS.split(form.rstrip(_NO_NUMBER).strip(),
                                    maxsplit=1)[0].lower().rstrip("s")


def literal_patterns(mention: SkillMention) -> list[re.Pattern[str]]:
    """How a term no vocabulary holds is found in a resume line: its own words, or its
    acronym or spelled-out form when the posting gives both (see ``_literal_forms``)."""
    return [_literal_pattern(f) for f in _literal_forms(mention)]


def literal_needles(mention: SkillMention) -> list[tuple[str, str | None]]:
    """The forms ``literal_patterns`` makes patterns of, each with its
    ``literal_needle``: a line whose folded text lacks the needle holds no match, told
    without making or running the pattern (``literal_pattern(form)``)."""
    return [(f, literal_needle(f)) for f in _literal_forms(mention)]


def literal_pattern(form: str) -> re.Pattern[str]:
    """The pattern of one of ``literal_needles``' forms (made once per form)."""
    return _literal_pattern(form)


def _plain_text_match(mention: SkillMention, lines: list[ResumeLine], resume_low: str,
                      vocabulary: Vocabulary) -> tuple[float, SkillMatch | None]:
    """A term the vocabulary does not know (a certification like "CDL Class A", a
    standard like "NFPA 70E", a product like "ControlLogix") still counts when the
    resume writes it out, or writes its acronym or spelled-out form."""
    if mention.kind not in ("certification", "tool", "hard") or (
            mention.kind != "certification" and vocabulary.lookup(mention.name) is not None):
        return 0.0, None
    # Each form's first word must be in the resume at all: most asks are not.
    # The doer stands for the activity only in a credential's whole name: "Service
    # Plumber" holds no "Plumbing" certificate.
    doers = {f: mention.kind == "certification" and bool(_CREDENTIAL_TAIL_WORD.search(f))
             for f in _literal_forms(mention)}
    forms = [f for f, doer in doers.items() if _first_word(f) in resume_low
             or (doer and _first_word(f).endswith("ing") and _first_word(f)[:-3] in resume_low)]
    # A duty's word in its other forms: "Paint" asked, "painted" written.
    inflect = mention.kind == "hard"
    patterns = [_literal_pattern(f, doers=doers[f], inflect=inflect) for f in forms]
    # A credential's subject without its kind word ("HVAC" of "HVAC License") shows the
    # credential only on a line that holds one of that kind (skills/certified_thing.py).
    subject_only = {id(p) for f, p in zip(forms, patterns, strict=True)
                    if mention.kind == "certification" and not doers[f]
                    and _CERT_TAIL.search(mention.name) and not _CERT_TAIL.search(f)
                    and not _CREDENTIAL_END.search(f)}
    if subject_only:
        # The one who does the work names it as its practice on such a line too: "Hold
        # active nursing licenses" holds a Nurse Licensure (review18's M5).
        practices = [_literal_pattern(f[:-1] + "ing" if f.endswith("e") else f + "ing")
                     for f, p in zip(forms, patterns, strict=True) if id(p) in subject_only
                     and re.fullmatch(r"[A-Za-z]{4,}", f) and not f.isupper()
                     and (f[:-1] if f.endswith("e") else f).lower() + "ing" in resume_low]
        subject_only |= {id(p) for p in practices}
    else:
        practices = []
    subject: list[str] = []
    # The contact block holds a credential only by its whole name or "... certified"
    # ("KY LPN license #2-01 | IV certified"): a bare "IV" there is a name's suffix.
    held: list[re.Pattern[str]] = []
    if mention.kind == "certification":
        # "IV certified" holds the IV certification however short the bare name is.
        certified = [_literal_pattern(f"{_CERT_TAIL.sub('', f)} certified") for f in forms
                     if not f.casefold().endswith("certified")] if "certified" in resume_low \
            and not LICENCE_ASK.search(mention.name) else []
        named = [p for p in map(_credential_pattern, forms) if p is not None]
        held = [p for f, p in zip(forms, patterns, strict=True) if doers[f]] + certified + named
        patterns += certified + named
        subject = _credential_subject(mention)
    patterns = patterns + practices  # (after the forms' own lists, zipped above)
    if not patterns:
        return 0.0, None
    for line in sorted(lines, key=evidence_rank, reverse=True):
        tried = patterns
        if line.part == "contact" and line.section != "headline" and not (
                mention.name.isupper() and len(mention.name) <= 5):
            # but "Jane Roe, RN, BSN": credentials after the name count
            if not held:
                continue
            tried = held
        if subject and not all(w in line.text for w in subject):
            continue
        for pattern in tried:
            found = next((m for m in pattern.finditer(line.text)
                          if not line.in_name(m.start(), m.end()) and not (
                              mention.kind == "certification"
                              and (_LOWER_GRADE_NEXT.match(line.text, m.end())
                                   or held_by_another(line.text, m.start())))
                          and not names_a_school_or_degree(line.text, m.start(), m.end())
                          and not (line.part == "heading" and line.text.strip(" :").casefold()
                                   == m.group().casefold())), None)
            if found and id(pattern) in subject_only and not holds_kind(mention.name, line):
                continue
            if found:
                return 1.0, SkillMatch(mention.name, mention.kind, mention.required,
                                       line.text, found.group())
    return 0.0, None


# A credential's name that goes on with a lower grade: "Physical Therapist Assistant
# License" is no Physical Therapist licence.
_LOWER_GRADE_NEXT = re.compile(r"[\s-]+(?:assistant|apprentice|trainee|intern|student"
                               r"|provisional|temporary)\b", re.IGNORECASE)
_SUBJECT_AFTER = re.compile(r"\s+in\s+((?:[A-Z][\w-]*)(?:\s+[A-Z][\w-]*)*)")


def _credential_subject(mention: SkillMention) -> list[str]:
    """The subject the posting asks the credential in ("Single Subject credential in
    English" -> ["English"]): the resume's line must name it too."""
    at = mention.snippet.lower().find(mention.name.lower())
    if at < 0:
        return []
    found = _SUBJECT_AFTER.match(mention.snippet, at + len(mention.name))
    return found.group(1).split() if found else []


# Words that open a credential's own name rather than say where it holds.
_CREDENTIAL_OPENERS = frozenset({"certified", "licensed", "registered", "state", "national",
                                 "board", "professional", "advanced", "basic", "senior",
                                 "master", "journeyman", "associate", "chartered"})


def _place_credential(mention: SkillMention, lines: list[ResumeLine], resume_low: str
                      ) -> tuple[float, SkillMatch | None]:
    """A licence asked with the place it holds in ("Washington State Physical Therapist
    Assistant license") shown by the licence's own name on a resume line that names the
    place too ("Licensed in Washington (Physical Therapist Assistant license)"). A line
    naming another place shows nothing."""
    if mention.kind != "certification":
        return 0.0, None
    words = mention.name.split()
    if len(words) < 4 or not _CERT_TAIL.search(mention.name):
        return 0.0, None
    for cut in (1, 2):
        place = words[:cut]
        if not all(w.isalpha() and w[0].isupper() and w.lower() not in _CREDENTIAL_OPENERS
                   for w in place):
            break
        rest = words[cut:]
        if rest[0] in ("State", "of"):
            rest = rest[1:]
        if len(rest) < 3 or " ".join(rest[:1]).lower() not in resume_low:
            continue
        pattern = _literal_pattern(" ".join(rest), doers=True)
        needed = [w.lower() for w in place]
        for line in sorted(lines, key=evidence_rank, reverse=True):
            if line.part == "contact" or not all(
                    re.search(rf"\b{w}\b", with_region_names(line.text)) for w in needed):
                continue
            found = pattern.search(line.text)
            if found is not None:
                return 1.0, SkillMatch(mention.name, mention.kind, mention.required,
                                       line.text, found.group())
    return 0.0, None


_LINK_WORDS = r"(?:[ \t]+(?:of|and|for|the|in|on|to|&))*[ \t-]+"
_INITIAL_WORDS = frozenset({"of", "and", "for", "the", "in", "on", "to", "&", "a", "an"})


@functools.lru_cache(maxsize=2048)
def _acronym_patterns(name: str) -> tuple[re.Pattern[str], ...]:
    """How the resume may write ``name`` the other way round: an acronym asked ("GA4")
    spelled out in capitalised words ("Google Analytics 4"), or words asked
    ("continuous renal replacement therapy") as their initials ("CRRT", "CRRTs")."""
    if re.fullmatch(r"[A-Z][A-Z0-9]{2,5}", name):
        parts = [re.escape(c) if c.isdigit() else rf"{c}[a-z]+" for c in name]
        # never a place's or a firm's name ("Elm Ridge Park" is no ERP)
        places = "".join(rf"(?<!\b{w})" for w in sorted(PLACE_HEADS))
        return (re.compile(_opening(_LINK_WORDS.join(parts)) + places + r"(?![\w-])"),)
    every = re.findall(r"[A-Za-z]+", name)
    words = [w for w in every if w.lower() not in _INITIAL_WORDS]
    if len(words) < 2 or len(every) > 6:
        return ()
    forms = []
    if len(words) >= 3:
        forms.append("".join(w[0] for w in words).upper())
    # An acronym may keep a small word's letter ("POD": proof of delivery) or write
    # "and" as "&" ("P&L": profit and loss).
    kept = "".join(w[0] for w in every if w.lower() not in ("the", "a", "an")).upper()
    if len(kept) >= 3 and len(every) > len(words):
        forms.append(kept)
    amp = "".join("&" if w.lower() == "and" else w[0] for w in every
                  if w.lower() not in ("the", "a", "an")).upper()
    if "&" in amp and not amp.startswith("&") and not amp.endswith("&"):
        forms.append(re.escape(amp))
    if not forms:
        return ()
    return (re.compile(rf"(?:{'|'.join(_opening(f) for f in forms)})s?(?![\w-])"),)


def _opening(form: str) -> str:
    r"""``(?<![\w-])`` + ``form``, for a form that opens with a plain capital letter,
    written ``X(?<![\w-]X)...``: the same matches, but ``re`` can skip straight to
    the letter instead of trying the look-behind at every character (these patterns
    are searched through the whole resume for every ask)."""
    first = form[0]
    return f"{first}(?<![\\w-]{first}){form[1:]}"


def _acronym_evidence(mention: SkillMention, lines: list[ResumeLine], resume_text: str = ""
                      ) -> tuple[float, SkillMatch | None]:
    """An acronym and the words it stands for, whichever side writes which: a posting's
    "GA4" is shown by "Google Analytics 4", its "continuous renal replacement therapy"
    by "CRRT". Only acronyms of three letters or more, and only words a name's capitals
    open, so ordinary words never spell an acronym by chance; a credential asked in
    words is never read from initials. ``resume_text``, the lines joined, rules most
    asks out at once."""
    if mention.kind not in ("hard", "tool", "certification"):
        return 0.0, None
    patterns = _acronym_patterns(mention.name)
    if mention.kind != "certification" and "(" in mention.snippet:
        two = [a for _a, _b, spelled, _pa, _pb, a in acronym_pairs(mention.snippet)
               if len(a) == 2 and a.isupper() and _same_words(spelled, mention.name)]
        if two:
            credit, match = _glossed_letters(mention, lines, two)
            if match is not None:
                return credit, match
    if mention.kind == "certification" and not mention.name.isupper():
        # Credentials' initials collide across fields: "Certified Pharmacy Technician"
        # is not the resume's "CPT" (Certified Phlebotomy Technician); unless the
        # posting itself gives them ("CPO (Certified Pool Operator)"), which says
        # which credential its letters mean.
        glossed = {acronym for _a, _b, spelled, _pa, _pb, acronym in
                   acronym_pairs(mention.snippet) if _same_words(spelled, mention.name)}
        patterns = tuple(re.compile(rf"(?<![\w&-]){re.escape(a)}(?![\w&-])")
                         for a in sorted(glossed))
    if resume_text:  # the whole resume first: most asks are in no line at all
        patterns = tuple(p for p in patterns if p.search(resume_text))
    return quoted_by(mention, lines, tuple(patterns))


# Two letters read as the posting glossed them stand for another thing after a figure
# ("the 6 PM shift"), after a town ("Lansing, MI", "Detroit MI") or before a field of
# study ("MA in", "MS,"): review19's M1.
_TWO_LETTERS_AFTER = re.compile(r"(?:\d[ \t]*|,[ \t]*|[A-Z][a-z]+[ \t]+)$")
# ... and before a time's or a study's word (review19's M1 re-check).
_TWO_LETTERS_BEFORE = re.compile(r"[ \t]*(?:,|in[ \t]+[A-Z]|degree|students?\b|shifts?\b"
                                 r"|hours?\b|hrs?\b|to[ \t]+\d|[-–—/])")
_CONTENT_WORD = re.compile(r"[A-Za-z]{4,}")
_GLOSS_SMALL = frozenset({"with", "from", "into", "each", "every", "your", "their", "that",
                          "this", "will", "have", "also", "more", "must", "able", "work"})


def _glossed_letters(mention: SkillMention, lines: list[ResumeLine], letters: list[str]
                     ) -> tuple[float, SkillMatch | None]:
    """(credit, match) for a posting's two glossed letters ("Use Motivational
    Interviewing (MI) to help parents set goals") on a resume line that is about the
    same work: the letters case-exact, a whole word, where the line's first word or a
    verb leads to them (not a figure, a town, a degree: ``_TWO_LETTERS_AFTER``), and the
    line sharing a word of four letters or more with the posting's sentence besides
    the gloss ("Use MI to set goals with each parent"). Two letters are too many things
    to read otherwise (MI is Michigan, PM a clock's)."""
    gloss = {w.lower()[:5] for w in _CONTENT_WORD.findall(mention.name)}
    asked = {w.lower()[:5] for w in _CONTENT_WORD.findall(mention.snippet)} - gloss - {
        w[:5] for w in _GLOSS_SMALL}
    pattern = re.compile(rf"(?<![\w&/-])(?:{'|'.join(map(re.escape, letters))})(?![\w&/-])")
    for line in sorted(lines, key=evidence_rank, reverse=True):
        if line.part in ("contact", "heading", "header"):
            continue
        for found in pattern.finditer(line.text):
            before = line.text[:found.start()]
            if before.strip() and _TWO_LETTERS_AFTER.search(before) and not re.fullmatch(
                    r"\W*[A-Za-z]+[ \t]+", before):
                continue  # "6 PM", "Lansing, MI", "Detroit MI" (but "Use MI": its verb)
            if _TWO_LETTERS_BEFORE.match(line.text, found.end()):
                continue  # "MA in Counseling", "MS, Biology", "PM shift", "PM/AM", "OT hours"
            words = {w.lower()[:5] for w in _CONTENT_WORD.findall(line.text)}
            if words & asked and not line.in_name(found.start(), found.end()):
                return ALIAS_CREDIT, SkillMatch(mention.name, mention.kind, mention.required,
                                                line.text, found.group())
    return 0.0, None


_PHRASE_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*")
_SMALL_WORDS = frozenset({"of", "and", "for", "the", "to", "in", "on", "or", "with", "a", "an",
                          "from", "by", "at", "as",
                          # a determiner says which, never what: "chart every visit"
                          "their", "his", "her", "its", "our", "your", "my", "each", "every"})
_MAX_PHRASE_WORDS = 5  # longer asks are sentences, not names to find in other forms

def _phrase_words(text: str) -> list[re.Match[str]]:
    """A phrase's or a line's words, small words left out: what form matching compares."""
    return [w for w in _PHRASE_WORD.finditer(text) if w.group().lower() not in _SMALL_WORDS]


@functools.lru_cache(maxsize=4096)
def _line_stems(text: str) -> tuple[list[re.Match[str]], list[frozenset[str]], frozenset[str]]:
    """A line's words, each word's stems and all of them in one set: the same lines
    are read for the report before tailoring and after, and for every posting tried."""
    words = _phrase_words(text)
    stems = [frozenset(word_stems(w.group())) | _agent_marks(w.group()) for w in words]
    return words, stems, frozenset().union(*stems)


# The person who does an action, by the endings English makes them with: "operator",
# "supervisor", "coordinators", "originator". Their marks ("operat>") meet only the marks
# an asked action noun gives (see _wanted_forms), never a plain word's stems: "counter"
# is no count and "poster" no posting, but a "forklift operator" does forklift operation
# when the operator is the writer (_the_writers_role).
_AGENT = re.compile(r"([a-z]{4,}?)(?:or|er|ant)s?['’]?")


def _agent_marks(word: str) -> frozenset[str]:
    found = _AGENT.fullmatch(word.lower())
    return frozenset((found[1] + ">",)) if found else frozenset()


def _wanted_forms(word: str) -> frozenset[str]:
    """An asked phrase word's forms; an action noun's ("applications", "supervision")
    also meet the people who do it (see _AGENT)."""
    forms = phrase_word_forms(word)
    if _ACTION_LAST_WORD.fullmatch(word) is None or word.lower().endswith("ing"):
        return forms
    return forms | {stem + ">" for stem in forms}


class _LineStems:
    """Each resume line's words and their stems (see ``stems.word_stems``), worked out
    once per report, best evidence first; ``all`` is every stem, so most phrases are
    ruled out at once."""

    def __init__(self, lines: list[ResumeLine]) -> None:
        self.lines: list[tuple[ResumeLine, list[re.Match[str]], list[frozenset[str]]]] = []
        self.unions: list[frozenset[str]] = []  # each line's stems in one set
        self.all: set[str] = set()
        for line in sorted(lines, key=evidence_rank, reverse=True):
            if line.part == "contact":
                continue
            words, stems, union = _line_stems(line.text)
            self.lines.append((line, words, stems))
            self.unions.append(union)
            self.all.update(union)


def _fills(wanted: list[frozenset[str]], window: list[frozenset[str]]) -> bool:
    """Can each wanted word be a different word of ``window`` (same size), in any order?"""
    return any(all(not w.isdisjoint(x) for w, x in zip(wanted, order, strict=True))
               for order in itertools.permutations(window))


def _phrase_variant(mention: SkillMention, lines: list[ResumeLine] | _LineStems
                    ) -> tuple[float, SkillMatch | None]:
    """A phrase read from the posting ("Month-end reports", "Vendor statements") shown
    in other forms of its words: every word's stem, side by side in one resume line in
    any order, small words between them allowed ("month-end reporting", "statements
    from vendors", "managing a territory" for Territory management). A name with a
    figure is a code ("W-9s", "ISO 9001") that words alone never show: they compare
    letters only, and "W-2s" would be its "W s"."""
    if any(map(str.isdigit, mention.name)):
        return 0.0, None
    wanted = [_wanted_forms(w.group()) for w in _phrase_words(mention.name)]
    index = lines if isinstance(lines, _LineStems) else _LineStems(lines)
    size = len(wanted)
    if size == 1 and _ACTION_NOUN.search(mention.name):
        return _action_done(mention, wanted[0], index)
    if not 2 <= size <= _MAX_PHRASE_WORDS or any(w.isdisjoint(index.all) for w in wanted):
        return 0.0, None
    # A two-word name is the action done to its object ("Load securing", "Lease
    # review"): a last word of a verb's shape needs no more, a plain noun that is also
    # a verb ("review", "repair") needs the resume to write it as a verb (see _acted_on).
    acted = size == 2 and (2 if _ends_in_action(mention.name) else 1)
    for (line, words, stems), union in zip(index.lines, index.unions, strict=True):
        if any(w.isdisjoint(union) for w in wanted):
            continue
        for i in range(len(stems) - size + 1):
            span = size if _fills(wanted, stems[i:i + size]) and not _verb_then_preposition(
                wanted, words, stems, i, line.text) else (
                size + 1 if size == 2 and _describes(wanted, words, stems, i) else 0)
            if not span and acted:
                span = _acted_on(wanted, words, stems, i, line.text, acted == 2 or (
                    i == 0 and line.part == "bullet"), plain_noun=acted == 1)
            if span == 2 and size == 2 and place_named(
                    _last_word(line.text[:words[i].start()]), words[i].group().lower(),
                    words[i + 1].group()):
                continue  # "at nursing school career fairs": a school, no School Nursing
            if span:
                a, b = words[i].start(), words[i + span - 1].end()
                if re.search(r"[,;:.()]", line.text[a:b]) is None and not line.in_name(a, b):
                    term = line.text[a:b]
                    if span == size and not _fills([_plain(w) for w in wanted],
                                                   stems[i:i + size]):
                        # Told by its doer ("forklift operator"): only the writer's own
                        # role shows it, never people the work was done with ("results
                        # to project managers"). The stretch is no name of the skill: its
                        # term is the skill's own (see words_in_one_clause).
                        if not _the_writers_role(line, line.text[:a], line.text[a:b]):
                            continue
                        term = mention.name
                    return 1.0, SkillMatch(mention.name, mention.kind, mention.required,
                                           line.text, term)
    return 0.0, None


_CREDENTIAL_SECTIONS = frozenset({"certifications", "licenses", "credentials"})
_LAST_WORD = re.compile(r"([A-Za-z]+)\W*$")


def _last_word(text: str) -> str | None:
    """The last word of ``text``, lower-cased (the words index leaves small words out)."""
    found = _LAST_WORD.search(text[-40:])
    return found.group(1).lower() if found else None


_AS_A = re.compile(r"(?:^|\s)as(?:\s+an?)?\s+$", re.IGNORECASE)


def _the_writers_role(line: ResumeLine, before: str, doer: str) -> bool:
    """Does the doer ``doer``, named after ``before``, stand for the writer: one person
    (no plural: "Forklift operators radioed me" are others) in a summary line, a
    credential held, or after "as a ..."? A bullet's opening words are as often the
    people the writer worked with ("Case managers referred families to me", "Project
    managers relied on my reports"), and a job's title is the title reader's
    (doer_title.py), which quotes the title itself."""
    if line.part == "header" and line.section in ("experience", "volunteering"):
        return False
    last = doer.split()[-1].lower().rstrip("'’") if doer.split() else ""
    if last.endswith("s") and not last.endswith("ss"):
        return False
    return "summary" in (line.part, line.section) or line.section in _CREDENTIAL_SECTIONS \
        or _AS_A.search(before) is not None


def _plain(forms: frozenset[str]) -> frozenset[str]:
    return frozenset(f for f in forms if not f.endswith(">"))


_CLAUSE_BREAK = re.compile(r"[.;:()]|\s[–—-]\s")
_NEAR = 5  # words between the two words of a name written apart in one clause


def words_in_one_clause(mention: SkillMention, index: _LineStems
                        ) -> tuple[float, SkillMatch | None]:
    """A two-word name of a thing whose words a work bullet writes apart, in one clause:
    "Billed third-party insurance and fixed rejected claims" shows Insurance claims. The
    words are the name's own (by their stems), in its order, at most five words apart,
    in a bullet of the person's work, never across a full stop, a semicolon or a
    bracket. A name of an action done to its object ("Bank reconciliation") is left to
    the readers that know what was acted on."""
    if mention.kind != "hard" or any(map(str.isdigit, mention.name)) \
            or _ends_in_action(mention.name):
        return 0.0, None  # an action and its object ("Bank reconciliation"): _acted_on
    wanted = [phrase_word_forms(w.group()) for w in _phrase_words(mention.name)]
    if len(wanted) != 2 or any(w.isdisjoint(index.all) for w in wanted):
        return 0.0, None
    first, second = wanted
    for (line, words, stems), union in zip(index.lines, index.unions, strict=True):
        if line.part != "bullet" or first.isdisjoint(union) or second.isdisjoint(union):
            continue
        at_first = [i for i, x in enumerate(stems) if not first.isdisjoint(x)]
        at_second = [j for j, x in enumerate(stems) if not second.isdisjoint(x)]
        for i in at_first:
            for j in at_second:
                if not 0 < j - i <= _NEAR:
                    continue  # the modifier before its head, as the name has them
                a, b = words[min(i, j)].start(), words[max(i, j)].end()
                if _CLAUSE_BREAK.search(line.text, a, b) is None and not line.in_name(a, b):
                    # No phrase of the resume's names the skill here (the stretch between
                    # the two words is no name), so its term is the skill's own name, which
                    # the summary names only where the resume writes it whole.
                    return 1.0, SkillMatch(mention.name, mention.kind, mention.required,
                                           line.text, mention.name)
    return 0.0, None


# "Sat" is "seated" only with an object right after it ("sat patients"); before a
# preposition it is "sit" ("sat on the patient council"): see stems._IRREGULAR.
_SEATED_ONLY_WITH_OBJECT = frozenset({"sat"})


def _verb_then_preposition(wanted: list[frozenset[str]], words: list[re.Match[str]],
                           stems: list[frozenset[str]], i: int, text: str) -> bool:
    """Does the window at ``i`` open with such a verb for the name's last word, a
    preposition after it? Then the next word is no object of its action."""
    if words[i].group().lower() not in _SEATED_ONLY_WITH_OBJECT or i + 1 >= len(words) \
            or wanted[-1].isdisjoint(stems[i]):
        return False
    gap = text[words[i].end():words[i + 1].start()].lower().split()
    return not _PREPOSITIONS.isdisjoint(gap)


# An action noun, also the "-al" ones of verbs ("accrual", "approval", "referral").
_ACTION_NOUN = re.compile(r"^(?:[A-Za-z]{5,}(?:ment|ion|ance|ence)"
                          r"|[A-Za-z]{2,}(?:ru|ov|ew|aw|os|is|ss|rr|iv)als?)$")
# A two-word name whose last word is the action done to the first ("Load securing",
# "Bank reconciliation", "Staff training").
_ACTION_LAST_WORD = re.compile(r"[A-Za-z]{3,}(?:ing|ion|ment|ance|ence)s?$")
# The ends a match of ``_ACTION_LAST_WORD`` may have, as written.
_ACTION_ENDS = ("ing", "ion", "ment", "ance", "ence", "ings", "ions", "ments", "ances",
                "ences")


def _ends_in_action(name: str) -> bool:
    """``_ACTION_LAST_WORD.search(name) is not None``, the pattern run only on a name
    ending as a match ends (before a final line break, where "$" matches too): a
    search anchored at the end is tried at every character of the name."""
    end = name[:-1] if name.endswith("\n") else name
    return end.endswith(_ACTION_ENDS) and _ACTION_LAST_WORD.search(name) is not None


_OF_NEXT = re.compile(r"\s+of\s")
# A preposition ends the action's object: "coordinated catering for client meetings"
# coordinated catering, not meetings.
_PREPOSITIONS = frozenset({"for", "to", "in", "on", "with", "from", "by", "at", "as", "into",
                           "about", "across", "after", "before", "during", "per", "via"})


def _acted_on(wanted: list[frozenset[str]], words: list[re.Match[str]],
              stems: list[frozenset[str]], i: int, text: str, any_form: bool = True,
              plain_noun: bool = False) -> int:
    """The number of words from ``i`` that tell the action of a two-word name done to
    its object, the verb or action noun first: "Secure mixed loads" (Load securing),
    "reconciliation of five bank accounts" (Bank reconciliation), "reviewed contract
    leases" (Lease review). At most two plain lower-case words stand between; an action
    noun must be followed by "of". Unless ``any_form`` (the name's last word has a
    verb's shape, or the word opens a bullet: "Review leases"), the word must be a verb
    by its form, "-ed", "-ing" or an irregular past: "review" may be a noun ("a lease
    review board"), "reviewed" is not, and the object must end its noun phrase
    (``plain_noun``, see _NOUN_GOES_ON). 0 when the words at ``i`` do not."""
    action = words[i].group()
    if wanted[1].isdisjoint(stems[i]) or not wanted[0].isdisjoint(stems[i]):
        return 0
    if not any_form and not _done_form(action):
        return 0
    if _ACTION_LAST_WORD.fullmatch(action) and not action.lower().endswith("ing") and \
            _OF_NEXT.match(text, words[i].end()) is None:
        return 0  # "reconciliation bank": a noun, not the action done to the bank
    for j in range(i + 1, min(i + 5, len(stems))):
        if not wanted[0].isdisjoint(stems[j]):
            between = words[i + 1:j]
            # "managed up to 30 subcontractors": a quantity is no preposition's object
            gap = _QUANTITY.sub(" ", text[words[i].end():words[j].start()]).lower().split()
            between = [w for w in between if w.group().lower() in gap]
            if len(between) > 2 and not _paired_modifiers(between):
                return 0
            if all(_modifier(w.group()) for w in between) and _PREPOSITIONS.isdisjoint(gap) \
                    and not (plain_noun and _NOUN_GOES_ON.match(text, words[j].end())):
                return j - i + 1
            return 0
        if not _modifier(words[j].group()):
            return 0
    return 0


def _modifier(word: str) -> bool:
    """May ``word`` stand between a verb and its object as the object's modifier: a plain
    lower-case word, or a short acronym ("Give PRN meds", "Process AP invoices")? A
    capitalised word is a name and ends the search."""
    return word.islower() or (2 <= len(word) <= 4 and word.isalpha() and word.isupper())


def _paired_modifiers(between: list[re.Match[str]]) -> bool:
    """Are three words between a verb and its object two modifiers joined by "and"/"or"
    ("Give scheduled and PRN meds")? Not when the word after the joiner is a verb by its
    form: "Prepared reports and reviewed budgets" prepared no budgets."""
    return (len(between) == 3 and between[1].group().lower() in ("and", "or")
            and not _done_form(between[2].group()))


# A count before an object: "up to 30", "more than 40", "over $2M of".
_QUANTITY = re.compile(r"\b(?:up\s+to|over|more\s+than|nearly|almost|about|around|as\s+many\s+as)"
                       r"\s+(?=[$\d])", re.IGNORECASE)


# A plain noun after the object makes the object its modifier: "designed an overall
# service architecture" designed an architecture (no service design). A small word,
# an adverb ("daily") or a participle ("using") ends the object instead.
_NOUN_GOES_ON = re.compile(r"[ \t]+(?!(?:of|and|for|the|to|in|on|or|with|a|an|from|by|at|as"
                           r"|into|across|after|before|during|per|via|every|each|all|both"
                           r"|once|twice|so|that|which|who|where|when|while|until|within"
                           r"|without|through|under|over|than|then|up|out|down|off|worth)\b)"
                           r"[a-z]+(?<!ly)(?<!ing)(?<!ed)\b(?!-)")
_VERB_FORM = re.compile(r"[A-Za-z]{4,}(?:ing|ed)$")
_DONE_FORM = re.compile(r"[A-Za-z]{2,}(?:ing|ed)")


def _done_form(word: str) -> bool:
    """Is ``word`` a verb by its form: "-ed", "-ing" or an irregular past ("led")?"""
    return _DONE_FORM.fullmatch(word) is not None or word.lower() in IRREGULAR_FORMS


# The verbs a present-tense bullet opens with, joined by commas and "and": "Recover,
# evacuate and recharge refrigerant" (each a base form, the sentence's verbs).
_OPENING_SERIES = re.compile(
    r"[A-Z][a-z]+(?:(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+|[ \t]*&[ \t]*)[a-z]+)*")


def _opening_verb(line: ResumeLine, word: re.Match[str]) -> bool:
    """Is ``word`` one of the verbs a work bullet opens with, in the base form a
    present-tense resume writes ("Calibrate gauges", "Recover, evacuate and recharge")?"""
    if line.part != "bullet" or word.start() > 40:
        return False
    opening = _OPENING_SERIES.match(line.text)
    return opening is not None and word.end() <= opening.end()


def _action_done(mention: SkillMention, wanted: frozenset[str], index: _LineStems
                 ) -> tuple[float, SkillMatch | None]:
    """A one-word action noun ("Nonconformance", "Procurement") shown by its verb done
    ("handled nonconforming material", "procured parts"): only an "-ing" or "-ed"
    form, so a plain noun of the same letters ("procure" is no such noun) never is."""
    if wanted.isdisjoint(index.all):
        return 0.0, None
    for line, words, stems in index.lines:
        for word, forms in zip(words, stems, strict=True):
            if not wanted.isdisjoint(forms) and (
                    _VERB_FORM.fullmatch(word.group()) or _opening_verb(line, word)) \
                    and not line.in_name(word.start(), word.end()):
                return 1.0, SkillMatch(mention.name, mention.kind, mention.required,
                                       line.text, word.group())
    return 0.0, None


_ACTION_LAST = re.compile(r"\s+([A-Za-z]{4,}(?:ment|ion|ing|ance|ence)|systems|equipment)$")


def _listed_object(mention: SkillMention, lines: list[ResumeLine]
                   ) -> tuple[float, SkillMatch | None]:
    """An ask named as an object and an action ("Inventory management", "Payroll
    processing") shown by a skills list naming the object alone ("Scheduling ·
    Inventory · Payroll"): in a list of what the person does, the bare noun stands
    for the work with it. Only a whole item of a skills section, never a word in prose."""
    action = _ACTION_LAST.search(mention.name)
    if action is None:
        return 0.0, None
    thing = " ".join(mention.name[:action.start()].lower().split())
    if not thing:
        return 0.0, None
    for line in lines:
        if line.section != "skills" or line.part not in ("bullet", "header"):
            continue
        for piece in split_skill_line(line.text).pieces:
            item = " ".join(piece.lower().split())
            if item in (thing, thing + "s", thing + "es") or item.rstrip("s") == thing:
                return 1.0, SkillMatch(mention.name, mention.kind, mention.required,
                                       line.text, piece.strip())
    return 0.0, None


# A compound adjective whose last part is a participle names a way of working:
# "four-handed", "trauma-informed", "play-based", "client-centered", "data-driven".
_METHOD_ADJECTIVE = re.compile(r"([A-Za-z]+)[-\s]([A-Za-z]+(?:ed|en))\s+[A-Za-z]+")
_METHOD_WORDS = (r"(?:techniques?|methods?|methodolog(?:y|ies)|approach(?:es)?|practices?"
                 r"|principles?|strateg(?:y|ies)|models?|frameworks?)")


@functools.lru_cache(maxsize=2048)
def _method_pattern(name: str) -> re.Pattern[str] | None:
    """For a two-word name opened by such an adjective ("Four-handed dentistry"), the
    adjective before a word for a way of working ("four-handed technique"); else None."""
    found = _METHOD_ADJECTIVE.fullmatch(name.strip())
    if found is None:
        return None
    return re.compile(rf"(?<![\w-]){re.escape(found[1])}[\s-]?{re.escape(found[2])}"
                      rf"\s+{_METHOD_WORDS}(?![\w-])", re.IGNORECASE)


def _method_named(mention: SkillMention, lines: list[ResumeLine], resume_low: str
                  ) -> tuple[float, SkillMatch | None]:
    """A way of working asked by its field ("Four-handed dentistry", "Trauma-informed
    care") shown by the same adjective before a word for a method: "using four-handed
    technique", "trauma-informed approaches". The adjective is what names the skill;
    the head word only says where it is used."""
    pattern = _method_pattern(mention.name)
    if pattern is None or re.split(r"[-\s]", mention.name, maxsplit=1)[0].lower() not in resume_low:
        return 0.0, None
    return quoted_by(mention, lines, (pattern,), skipped=("contact",))


def _describes(wanted: list[frozenset[str]], words: list[re.Match[str]],
               stems: list[frozenset[str]], i: int) -> bool:
    """A two-word name with one describing word between its words, in its order: "data
    processing pipelines" shows Data pipelines, "model compression training" no name
    (the order differs). The word between is a plain lower-case word, never a name."""
    if i + 2 >= len(stems) or not words[i + 1].group().islower():
        return False
    return not wanted[0].isdisjoint(stems[i]) and not wanted[1].isdisjoint(stems[i + 2])
