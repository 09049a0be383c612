"""Which of the posting's asks the resume shows, with evidence, and the match score.

The score is meant to be acted on, so every point is traceable: it is the sum of
a few categories (required skills, preferred skills, tools, certifications, job
title, years, degree), each reported with what earned its points. The formula is
versioned (FORMULA_VERSION) and stated in README.md; change both together.

Formula v1
  points possible: required skills 40, preferred skills 10, tools 20,
  certifications 10, job title 10, years of experience 5, degree 5.
  A category the posting does not ask about is left out and the rest are scaled
  to 100: score = round(100 * earned / possible over the categories present).
  Within a category each posting item has a weight (required tool or
  certification 2, preferred 1; soft skills count half) and a credit:
  1.0 when the resume shows it in the posting's own words, 0.8 when it shows it
  under another name for the same skill ("Postgres" for "PostgreSQL"), 0 when it
  does not show it. Job title: the share of the posting title's words found in
  the resume's own titles. Years: years found / years asked, at most 1. Degree:
  1 when the resume's highest degree is at least the level asked, else 0.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date

from tailor_app.tailoring.caseless import lowered, stands_in
from tailor_app.tailoring.degrees import highest_degree, rank
from tailor_app.tailoring.model import (
    CategoryScore,
    MatchReport,
    ParsedResume,
    PostingAnalysis,
    SkillMatch,
    SkillMention,
)
from tailor_app.tailoring.skills.alias_deeds import alias_deed
from tailor_app.tailoring.skills.alias_variant import alias_variant
from tailor_app.tailoring.skills.broader_asks import broader_of_met
from tailor_app.tailoring.skills.calming import calmed
from tailor_app.tailoring.skills.care_given import care_given
from tailor_app.tailoring.skills.certified_thing import certified_thing, unnamed_licence
from tailor_app.tailoring.skills.closed_compounds import closed_compound_deed
from tailor_app.tailoring.skills.coded_to import coded_to
from tailor_app.tailoring.skills.credential_forms import credential_in_other_words
from tailor_app.tailoring.skills.credential_subjects import subjects
from tailor_app.tailoring.skills.credentials import (
    _credential_evidence,
    _credential_inside,
    _posting_line,
    body_spelled_out,
)
from tailor_app.tailoring.skills.doer_title import doer_title
from tailor_app.tailoring.skills.duplicates import duplicate_asks, listed_name, met_by_choice
from tailor_app.tailoring.skills.electronic_kind import electronic_kind
from tailor_app.tailoring.skills.everyday_deeds import everyday_deed
from tailor_app.tailoring.skills.evidence import (
    ALIAS_CREDIT,
    ResumeLine,
    acronym_parent,
    evidence_rank,
    find_in_lines,
    may_be_ahead,
    not_yet_held,
    resume_lines,
    still_ahead,
)
from tailor_app.tailoring.skills.family_conferences import family_conference
from tailor_app.tailoring.skills.form_deeds import form_deed
from tailor_app.tailoring.skills.form_numbers import form_number
from tailor_app.tailoring.skills.framework_followed import framework_followed
from tailor_app.tailoring.skills.generic_credential import generic_credentials_met
from tailor_app.tailoring.skills.halves import both_halves
from tailor_app.tailoring.skills.hanging_hyphen import hanging_hyphen_readings
from tailor_app.tailoring.skills.head_in_entry import head_in_entry
from tailor_app.tailoring.skills.held_in import certification_in
from tailor_app.tailoring.skills.how_often import period_said_otherwise
from tailor_app.tailoring.skills.initials import initials_evidence
from tailor_app.tailoring.skills.instances import example_evidence, worded_examples
from tailor_app.tailoring.skills.kept_private import kept_private
from tailor_app.tailoring.skills.kind_of_head import kind_by_narrower_name
from tailor_app.tailoring.skills.kinds_dropped import kinds_dropped
from tailor_app.tailoring.skills.kinds_in_brackets import bracketed_kinds_readings
from tailor_app.tailoring.skills.listed_head import listed_head
from tailor_app.tailoring.skills.listed_objects import verb_on_list
from tailor_app.tailoring.skills.maker_asked import maker_asked
from tailor_app.tailoring.skills.maker_named import maker_named
from tailor_app.tailoring.skills.multi_state import multi_state
from tailor_app.tailoring.skills.named import (
    ShownTools,
    _kind_in_alias,
    _named_instance,
    _shared_name,
)
from tailor_app.tailoring.skills.named_as_example import examples_met
from tailor_app.tailoring.skills.neighbour_item import qualifier_in_item_before
from tailor_app.tailoring.skills.paired_deeds import paired_deeds
from tailor_app.tailoring.skills.paper_items import listed_paper, paper_lines
from tailor_app.tailoring.skills.particle_moved import particle_moved
from tailor_app.tailoring.skills.parts_named import parts_named
from tailor_app.tailoring.skills.party_deeds import done_with_party
from tailor_app.tailoring.skills.people_slot import people_slot
from tailor_app.tailoring.skills.phrasal_verbs import plain_readings
from tailor_app.tailoring.skills.phrases import verb_form
from tailor_app.tailoring.skills.place_deeds import done_at_place
from tailor_app.tailoring.skills.products import edition_dropped
from tailor_app.tailoring.skills.routine_wholes import whole_of_part
from tailor_app.tailoring.skills.screened import screening_or_assessment
from tailor_app.tailoring.skills.senses import out_of_trade
from tailor_app.tailoring.skills.settings import setting_in_employer
from tailor_app.tailoring.skills.soft import _languages_shown, _soft_evidence, soft_deed
from tailor_app.tailoring.skills.spelled_out import spelled_out_acronym
from tailor_app.tailoring.skills.spread_names import acronym_with_kind_word, spread_name
from tailor_app.tailoring.skills.stems import irregular_base
from tailor_app.tailoring.skills.studied import (
    CLASS_WORDS,
    EXAM_WORDS,
    asks_training,
    exam_only_taken,
    only_studied,
)
from tailor_app.tailoring.skills.synonym_deeds import synonym_deed
from tailor_app.tailoring.skills.thing_skill import thing_skill
from tailor_app.tailoring.skills.titles import (
    EXPERIENCE_KINDS,
    _title_credit,
    experience_entries,
    experience_years,
    not_counted,
    resume_date,
    resume_titles,
    title_words,
)
from tailor_app.tailoring.skills.training_given import topic_training_given, training_given
from tailor_app.tailoring.skills.troubleshot_kind import troubleshot_kind
from tailor_app.tailoring.skills.uncertain_gaps import line_and_other_kind, uncertain_gap
from tailor_app.tailoring.skills.verb_synonyms import synonym_verb_deed
from tailor_app.tailoring.skills.vocabulary import SkillHit, Vocabulary, load_vocabulary
from tailor_app.tailoring.skills.wording import (
    _acronym_evidence,
    _done_evidence,
    _LineStems,
    _listed_object,
    _method_named,
    _phrase_variant,
    _place_credential,
    _plain_text_match,
    _same_words,
    literal_patterns,
    words_in_one_clause,
)
from tailor_app.tailoring.skills.worked_from import worked_from
from tailor_app.tailoring.skills.writers_own import by_another, clinicians_deed, told_as_done_lines
from tailor_app.tailoring.skills.written_forms import other_written_form

# What other modules read from here: the report's lines and readers live in evidence.py,
# wording.py and titles.py (the resume's titles and years), named here as before.
__all__ = ["ALIAS_CREDIT", "EXPERIENCE_KINDS", "FORMULA_VERSION", "POINTS", "ResumeLine",
           "acronym_parent", "experience_entries", "experience_years", "find_in_lines",
           "literal_patterns", "match_resume", "not_counted", "resume_date", "resume_lines",
           "resume_titles", "score_resume", "title_words"]

FORMULA_VERSION = "1"
POINTS = {
    "Required skills": 40.0,
    "Preferred skills": 10.0,
    "Tools": 20.0,
    "Certifications": 10.0,
    "Job title": 10.0,
    "Years of experience": 5.0,
    "Degree": 5.0,
}


def _credit(mention: SkillMention, shown: list[tuple[ResumeLine, SkillHit]],
            posting_term: str | None, vocabulary: Vocabulary) -> tuple[float, SkillMatch | None]:
    if not shown:
        return 0.0, None
    best_line, best_hit = max(shown, key=lambda pair: evidence_rank(pair[0]))
    credit = 1.0
    term = best_hit.surface
    if posting_term:
        exact = [pair for pair in shown if _same_words(pair[1].surface, posting_term)]
        if exact:
            term = exact[0][1].surface
        else:
            # Another alias of the same skill costs a little; a mere inflection
            # ("budgets" for "budgeting") is not an alias and costs nothing.
            other = vocabulary.lookup(best_hit.surface)
            if other is not None and other.name == mention.name:
                credit = ALIAS_CREDIT
    match = SkillMatch(name=mention.name, kind=mention.kind, required=mention.required,
                       evidence=best_line.text, resume_term=term)
    return credit, match


def _category(mention: SkillMention) -> str:
    if mention.kind == "certification":
        return "Certifications"
    if mention.kind == "tool":
        return "Tools"
    return "Required skills" if mention.required else "Preferred skills"


def _weight(mention: SkillMention) -> float:
    weight = 2.0 if mention.required and mention.kind in ("tool", "certification") else 1.0
    return weight * (0.5 if mention.kind == "soft" else 1.0)


def _not_yet(match: SkillMatch) -> bool:
    """Does the line a credential was matched in say the writer is still working toward
    it ("Georgia Journeyman Electrician (in progress)")? Every reader of a credential's
    other wordings answers here, not only the vocabulary's finder."""
    at = match.evidence.casefold().find(match.resume_term.casefold())
    return at >= 0 and not_yet_held(match.evidence, at, at + len(match.resume_term))


def _ahead_item(match: SkillMatch, line: ResumeLine) -> bool:
    """Is the match quoted from an item of schooling or papers still ahead ("LEED Green
    Associate exam — scheduled Jan 2027")? Every reader answers here, whatever the kind
    of skill: a course in progress shows neither its paper nor what it teaches."""
    at = line.text.casefold().find(match.resume_term.casefold())
    return at >= 0 and still_ahead(line, at, at + len(match.resume_term))


_ASKED_AS_HELP = re.compile(r"\b(?:assist|help)", re.IGNORECASE)
# A title of one licensed to do clinical work (not a nurse aide, extern or student).
_CLINICIAN_TITLE = re.compile(
    r"(?<!student )\b(?:nurse|RN|LPN|LVN|physician|doctor|surgeon|NP|PA-C|pharmacist|dentist"
    r"|hygienist|paramedic)\b(?![ \t]+(?:aide|assistant|tech|technician|extern|intern"
    r"|apprentice|student|resident))", re.IGNORECASE)


def _helped_a_clinician(match: SkillMatch, mention: SkillMention) -> bool:
    """Is the match work the writer helped a nurse, doctor or other clinician do
    ("Helped nurses start IVs")? The deed is the clinician's, under a licence, unless
    the posting asks for that help itself ("Assist providers with minor procedures")."""
    at = match.evidence.casefold().find(match.resume_term.casefold())
    if at < 0 or not clinicians_deed(match.evidence, at):
        return False
    return not _ASKED_AS_HELP.search(mention.snippet)


def _in_another_sense(match: SkillMatch) -> bool:
    """Are the resume's words for the skill that skill's everyday words used in another
    trade, told by their sentence (``senses.out_of_trade``): "Checked IDs of visitors at
    the front desk and issued badges" is a guard's identity check, no age verification?
    The vocabulary's own hits are read so where they are found; this holds every other
    reader of the resume's words to the same test."""
    term = match.resume_term or ""
    at = match.evidence.find(term) if term else -1
    return at >= 0 and out_of_trade(match.name, match.evidence, at, at + len(term))


def _studied_only(match: SkillMatch) -> bool:
    """Is the match's term named only as a class the writer took ("Took a construction
    estimating class") or, for a paper, an exam only sat ("Sat for the PCCN exam but did
    not pass")? Every reader answers here (skills/studied.py), as to ``_not_yet``."""
    term = match.resume_term
    low = match.evidence.casefold()
    if not term or not any(w in low for w in (
            EXAM_WORDS if match.kind == "certification" else CLASS_WORDS)):
        return False
    at = low.find(term.casefold())
    if at < 0:
        return False
    if match.kind == "certification":
        return exam_only_taken(match.evidence, at, at + len(term))
    return only_studied(match.evidence, at, at + len(term))


def _anothers_deed(match: SkillMatch) -> bool:
    """Is the match a deed whose doer is someone else ("Reported leaks to the
    landlord's plumber, who fixed leaks and toilets")? Every reader of a deed answers
    here, as every reader of a credential does to ``_not_yet``: the term opens with a
    verb's form, and ``writers_own.by_another`` finds another doer before it."""
    term = match.resume_term
    first = term.split()[0].casefold() if term.split() else ""
    if not (first.endswith("ed") or irregular_base(first) is not None or verb_form(first)):
        return False
    at = match.evidence.casefold().find(term.casefold())
    return at >= 0 and by_another(match.evidence, at)


_OPENS_A_CREDENTIAL = frozenset({"certified", "registered", "licensed"})


def _credentials_word(match: SkillMatch, mention: SkillMention, vocabulary: Vocabulary
                      ) -> bool:
    """Does the match's term take the word that opens a credential's name for its own
    ("Certified Payroll" read in "Certified Payroll Professional (CPP)")? The credential
    is held in what its name says without its credential words ("Payroll", see
    ``scripts/build_vocabulary.subject_relations``); a skill whose name opens with the
    same word (the contractor's certified payroll reports) is not shown by it, as the
    longest name wins wherever the vocabulary reads."""
    term = match.resume_term
    if term.split(" ", 1)[0].casefold() not in _OPENS_A_CREDENTIAL:
        return False
    at = match.evidence.find(term)
    return at >= 0 and any(
        hit.skill.kind == "certification" and hit.start <= at and hit.end > at + len(term)
        and mention.name not in (hit.skill.name, *hit.skill.broader)
        for hit in vocabulary.find(match.evidence))


# The word a credential's name ends in when it names the body's credentials of any kind
# ("ASE Certification", "NATE certification"): any credential of that body shows it.
_LICENCE_WORDS = frozenset({"license", "licence", "licensure"})
_ANY_OF_THE_BODY = frozenset({"certification", "certifications", "certified", "certificate",
                              "credential", "credentials"})


def _grantor_of_another(match: SkillMatch, mention: SkillMention, vocabulary: Vocabulary
                        ) -> bool:
    """Is the match's term only the body that grants a longer credential the line names,
    of another role ("State Bar" of "State Bar Certified Paralegal": no attorney's Bar
    Admission)? The term stands right before a credential the vocabulary knows that
    opens with "Certified", "Registered" or "Licensed", which is not the ask nor of its
    kind; an ask of the body's credentials of any kind ("ASE Certification") is shown by
    any of them ("ASE Certified Master Technician")."""
    if mention.kind != "certification" or not match.resume_term:
        return False
    last = mention.name.rsplit(" ", 1)[-1].casefold()
    if last in _ANY_OF_THE_BODY:
        return False
    line = match.evidence
    at = line.find(match.resume_term)
    if at < 0:
        return False
    end = at + len(match.resume_term)
    after = line[end:]
    gap = len(after) - len(after.lstrip(" \t"))
    opener = after[gap:].split(" ", 1)[0].casefold()
    if not gap or opener not in _OPENS_A_CREDENTIAL:
        return False
    asked = {w.casefold() for w in mention.name.split()}
    if opener == "licensed" and asked & _LICENCE_WORDS:
        return False  # "Journeyman Licensed Electrician": the licence asked, held
    # The credential after it of the ask's own role ("RN Certified Wound Care Nurse"
    # for a Registered Nurse) holds the ask: its term names a grade held, no grantor
    # (review27's S4).
    return any(hit.start == end + gap and hit.skill.kind == "certification"
               and hit.skill.name != mention.name and mention.name not in hit.skill.broader
               and not asked & {hit.skill.name.rsplit(" ", 1)[-1].casefold(),
                                hit.surface.rsplit(" ", 1)[-1].casefold()}
               for hit in vocabulary.find(line))


# A work line holds a credential it names when it says so: "ServSafe certified line cook",
# "Earned the CPP in 2022".
_HOLDS = re.compile(r"\b(?:certified|licensed|earned|holds?|held|obtained|achieved|awarded"
                    r"|passed|completed|maintain(?:s|ed)?|renewed|current)\b", re.IGNORECASE)
_WORK_SECTIONS = frozenset({"experience", "volunteering", "projects"})


def _credential_not_held(match: SkillMatch, mention: SkillMention, lines: list[ResumeLine],
                         vocabulary: Vocabulary) -> bool:
    """Is a skill credited by a credential's name on a work line that does not say the
    writer holds it ("Scheduled the Certified Bookkeeper exam for two clerks",
    "Reimbursed staff for Certified Professional Recruiter exam fees": review25's S3)? A
    credential shows what it is held in (``subject_relations``) only where it is held: a
    line of credentials, schooling or the summary, or a work line that says so."""
    if mention.kind not in ("hard", "tool"):
        return False
    term = match.resume_term
    held = vocabulary.lookup(term) if term else None
    if held is None or held.kind != "certification" or mention.name not in held.broader \
            or mention.name not in subjects(held, vocabulary.lookup):
        return False  # (an "EMT" bent is conduit; a curated ^ is no subject read so)
    line = next((ln for ln in lines if ln.text == match.evidence), None)
    if line is None or line.section not in _WORK_SECTIONS:
        return False
    at = line.text.find(term)
    rest = line.text[:at] + " " + line.text[at + len(term):] if at >= 0 else line.text
    return _HOLDS.search(rest) is None


# Words naming a kind of worker in any trade: a "Pharmacy Technician" is of no
# "Maintenance Technician"'s work, a "Team Member" of no other team's.
_ROLE_HEADS = frozenset({
    "technician", "tech", "assistant", "associate", "representative", "rep", "specialist",
    "member", "worker", "clerk", "lead", "service", "line", "team", "staff", "agent",
    "coordinator", "manager", "supervisor", "operator", "aide", "attendant", "helper",
    "officer", "administrator", "analyst", "consultant", "engineer", "director", "intern",
    "trainee", "apprentice", "crew", "general", "senior", "junior", "head", "chief",
})


def match_resume(
    resume: ParsedResume,
    analysis: PostingAnalysis,
    *,
    posting_terms: dict[str, str] | None = None,
    summary: str | None = None,
    vocabulary: Vocabulary | None = None,
    today: date | None = None,
    resume_years: tuple[float | None] | None = None,
) -> MatchReport:
    """Score a resume against a posting analysis (formula v1, see module docstring).

    ``posting_terms`` maps a skill's canonical name to the word the posting uses
    for it; without it every alias earns full credit. ``resume_years`` holds
    ``experience_years(resume, today)`` when the caller has read it already.
    """
    vocabulary = vocabulary or load_vocabulary()
    today = today or date.today()
    # Every reader reads only what the lines tell as the writer's own deeds: "Did not
    # book flights", "Goal: arrange travel" and "learned how to cold call" blanked
    # (skills/writers_own.py); a match quotes its line as the resume writes it.
    written = resume_lines(resume, summary)
    # (A line told wholly as done, nearly all of them, is its own object: no copy.)
    lines = [line if told is line.text else dataclasses.replace(line, text=told)
             for line, told in zip(written, told_as_done_lines([w.text for w in written]),
                                   strict=True)]
    as_written = {told.text: line.text for told, line in zip(lines, written, strict=True)
                  if told.text != line.text}
    # A deed told with a phrasal verb is read again with the plain verb it means ("Key in
    # vendor bills": "Enter vendor bills"), and one told with a list of kinds before its
    # thing without the list ("Take card/EFT payments": "Take payments"); a match found
    # only there quotes the written line and the written words (skills/phrasal_verbs.py,
    # skills/kinds_dropped.py).
    # (and "2- and 3-week lookaheads" read "2-week and 3-week lookaheads":
    # skills/hanging_hyphen.py)
    # (and "conduit bending (EMT, rigid, PVC)" read "EMT conduit bending, ...":
    # skills/kinds_in_brackets.py)
    readings = [*plain_readings(lines), *kinds_dropped(lines, vocabulary),
                *hanging_hyphen_readings(lines), *bracketed_kinds_readings(lines)]
    phrase_of: dict[str, tuple[str, str]] = {}
    for reading in readings:
        source = as_written.get(reading.source.text, reading.source.text)
        if reading.line.text not in as_written:
            as_written[reading.line.text] = source
            phrase_of[reading.line.text] = (source, reading.phrase)
    lines = [*lines, *(reading.line for reading in readings)]
    resume_text = "\n".join(line.text for line in lines)
    resume_low = lowered(resume_text)
    studied: dict[str, list[tuple[ResumeLine, SkillHit]]] = {}  # "Took a HACCP course"
    shown = find_in_lines(lines, vocabulary, studied, resume_low)
    shown_tools = ShownTools(shown)  # the tools' kinds, listed once for the unmet asks
    ahead = {line.text: line for line in lines if may_be_ahead(line)}
    # A nurse, doctor or paramedic who helped a colleague did the work too.
    clinician_writer = any(_CLINICIAN_TITLE.search(t) for t in resume_titles(resume))
    # The same, where lower-casing stands in for IGNORECASE (gates before patterns).
    resume_folded = resume_low if stands_in(resume_text, resume_low) else None

    earned: dict[str, float] = {}
    weights: dict[str, float] = {}
    matched: list[SkillMatch] = []
    missing_required: list[str] = []
    missing_preferred: list[str] = []
    missing_mentions: list[SkillMention] = []
    met: list[SkillMention] = []
    details: dict[str, list[str]] = {}
    seen: set[str] = set()
    line_stems: _LineStems | None = None
    papers: list[ResumeLine] | None = None
    titles: list[str] | None = None
    mentions = list(analysis.skills)
    for cert in analysis.certifications:
        names = {m.name for m in mentions}
        if cert.casefold() in {n.casefold() for n in names}:
            continue  # "Driver's license" read as a credential, "Driver's License" a skill
        plain = _credential_inside(cert, names, vocabulary)
        if plain is None:
            mentions.append(SkillMention(cert, "certification", True,
                                         _posting_line(cert, analysis), "requirements"))
        else:  # one ask: listed by the posting's fuller name
            mentions = [dataclasses.replace(m, name=cert) if m.name == plain else m
                        for m in mentions]
    by_snippet: dict[str, set[str]] = {}  # the asks of each sentence of the posting
    for mention in mentions:
        by_snippet.setdefault(mention.snippet, set()).add(mention.name)
    for mention in mentions:
        # "Driver's License" read as a skill and "Driver's license" as a credential
        # from one line are one ask.
        if mention.name.casefold() in seen:
            continue
        seen.add(mention.name.casefold())
        pairs = shown.get(mention.name, [])
        if not pairs and mention.name in studied and asks_training(mention.snippet):
            pairs = studied[mention.name]  # "HACCP training a plus": the class is the ask
        if not pairs and mention.kind == "certification":
            pairs = _credential_evidence(mention.name, shown, vocabulary)
        if not pairs and mention.kind == "certification":  # "Six Sigma Green Belt"
            pairs = certification_in(mention, shown, vocabulary)
        if not pairs and mention.kind == "soft":
            pairs = _soft_evidence(mention.name, lines, shown)
        if not pairs and mention.name == "Bilingualism":
            pairs = _languages_shown(shown)
        if not pairs:
            pairs = _named_instance(mention, shown, vocabulary)
        if not pairs:
            pairs = _kind_in_alias(mention, shown, vocabulary, shown_tools)
        if not pairs:
            pairs = example_evidence(mention, shown, vocabulary)
        if not pairs and " " not in mention.name:
            pairs = _shared_name(mention, shown, vocabulary)
        if not pairs and " " in mention.name:
            # "packaged RTUs": Packaged rooftop units; "CAUTI": CAUTI prevention
            pairs = acronym_with_kind_word(mention, shown, vocabulary)
            if not pairs:  # "stand-up reach trucks": a Stand-up forklift
                pairs = kind_by_narrower_name(mention, shown, vocabulary, resume_low)
        if not pairs:  # "MAR in Cerner PowerChart": an eMAR, the record in a named system
            pairs = electronic_kind(mention, shown, vocabulary)
        if not pairs:  # "take vital signs": a Blood pressure taken
            pairs = whole_of_part(mention, shown)
        if pairs:
            term = (posting_terms or {}).get(mention.name)
            credit, match = _credit(mention, pairs, term, vocabulary)
        else:
            credit, match = _plain_text_match(mention, lines, resume_low, vocabulary)
            if match is None:
                credit, match = _done_evidence(mention, lines, resume_low, vocabulary)
            if match is None:
                credit, match = _acronym_evidence(mention, lines, resume_text)
            if match is None:  # "first in, first out", "Efforts to Outcomes": FIFO, ETO
                credit, match = spelled_out_acronym(mention, lines, vocabulary, resume_low)
            if match is None:  # "overall equipment effectiveness", "Vaccines for Children"
                credit, match = initials_evidence(mention, lines, vocabulary)
            if match is None:  # "an ASCA-aligned program": the ASCA National Model
                credit, match = framework_followed(mention, lines, resume_text)
            if match is None:  # "run opening/closing": Opening and closing procedures
                credit, match = paired_deeds(mention, lines, resume_low)
            if match is None:  # "Lock out equipment before clearing jams": lockout/tagout
                credit, match = closed_compound_deed(mention, lines, resume_low, vocabulary)
            if match is None:
                credit, match = _place_credential(mention, lines, resume_low)
            if match is None:  # "Powered Industrial Truck operator card": forklift certification
                credit, match = certified_thing(mention, shown, vocabulary)
            if match is None:  # "NC H3 Class II License" for an HVAC technician's HVAC licence
                credit, match = unnamed_licence(mention, lines, shown, vocabulary)
            if match is None and mention.kind == "certification":
                # "Endorsements: doubles/triples (T)": doubles/triples endorsement
                if papers is None:
                    papers = paper_lines(lines)
                credit, match = listed_paper(mention, papers)
            if match is None:
                credit, match = body_spelled_out(mention, lines, resume_text)
            if match is None and mention.kind == "soft":
                # "make coverage decisions": Decision Making
                if line_stems is None:
                    line_stems = _LineStems(lines)
                credit, match = soft_deed(mention, line_stems)
            if match is None and mention.kind == "hard":
                # "Soldering copper" shown by "Solder copper, crimp PEX": the same words
                # in another form, side by side.
                if line_stems is None:
                    line_stems = _LineStems(lines)
                credit, match = _phrase_variant(mention, line_stems)
                if match is None and mention.term and mention.term.casefold() not in (
                        mention.name.casefold(), ""):
                    # The posting's own words for a vocabulary skill ("performance
                    # reviews" for Performance Management), in other forms.
                    credit, match = _phrase_variant(
                        dataclasses.replace(mention, name=mention.term), line_stems)
                    if match is not None:
                        match = dataclasses.replace(match, name=mention.name)
                if match is None:  # "Repaired leaks, clogs, gas lines": gas line repair
                    credit, match = verb_on_list(mention, line_stems)
                if match is None:  # "Remind clients to take their medications"
                    credit, match = alias_variant(mention, line_stems, vocabulary)
                if match is None:  # "managed 30 subcontractors": subcontractor management
                    credit, match = synonym_deed(mention, line_stems, vocabulary)
                if match is None:  # "Cook diabetic meals": meal preparation
                    credit, match = synonym_verb_deed(mention, line_stems, vocabulary)
                if match is None:  # "Audit I-9 files", "Reconciled W-2 totals": a form's deed
                    credit, match = form_deed(mention, lines, resume_low, vocabulary)
                if match is None and mention.name.endswith(("coding", "Coding")):
                    # "assign each bill to its GL account": GL coding
                    credit, match = coded_to(mention, lines, resume_low, vocabulary)
                if match is None:  # "rebuilt check-in training": staff training
                    credit, match = training_given(mention, lines)
                if match is None and mention.name.endswith(("training", "Training")):
                    # "Led anti-harassment sessions": harassment prevention training
                    credit, match = topic_training_given(mention, lines, vocabulary)
                if match is None:  # "suicide risk screenings": risk assessment
                    credit, match = screening_or_assessment(mention, lines)
                if match is None:  # "Visit clients at home": home visits
                    credit, match = done_at_place(mention, line_stems)
                if match is None:  # "Cared for 5 to 6 post-op patients": patient care
                    credit, match = care_given(mention, lines)
                if match is None:  # "Calm down angry callers": de-escalation
                    credit, match = calmed(mention, lines)
                if match is None:  # "Troubleshoot faults on PLCs": electrical troubleshooting
                    credit, match = troubleshot_kind(mention, lines)
                if match is None:  # "driver's license, clean record": clean driving record
                    credit, match = qualifier_in_item_before(mention, lines, resume_folded)
                if match is None:  # "Schedule trailers with carriers": carrier coordination
                    credit, match = done_with_party(mention, lines)
                if match is None:  # "room assignments, billing": guest billing
                    credit, match = listed_head(mention, lines, shown, frozenset(
                        by_snippet.get(mention.snippet, set()) - {mention.name}))
                if match is None:  # "returns/exchanges, refunds": returns and refunds
                    credit, match = both_halves(mention, lines, resume_low)
                if match is None:  # "Set and stripped forms", in a concrete job
                    credit, match = head_in_entry(mention, lines, resume_low)
                if match is None:  # "Caregiver — Sierra Comfort": caregiving
                    if titles is None:
                        titles = resume_titles(resume)
                    credit, match = doer_title(mention, titles, lines)
                if match is None:  # "Counted the drawer at open and close": cash handling
                    credit, match = everyday_deed(mention, lines)
                if match is None:  # "fall and spring conferences", in a teacher's job
                    credit, match = family_conference(mention, lines)
                if match is None:  # "Kept personnel files locked": confidentiality
                    credit, match = kept_private(mention, lines)
                if match is None:  # "weights, BPs and temps": vital signs, by their parts
                    credit, match = parts_named(mention, lines)
                if match is None:  # "Price out quotes": a verb and an object of its names
                    credit, match = alias_deed(mention, lines, vocabulary)
                if match is None:  # "Scanned pallets in and put them away": putaway
                    credit, match = particle_moved(mention, lines)
            if match is None and mention.kind in ("hard", "tool"):
                # "Answered a 6-line phone": phone skills, by the thing used
                credit, match = thing_skill(mention, lines, vocabulary)
            if match is None and mention.kind in ("hard", "tool"):
                # "Chase down shorts with my Fluke": multimeters, by the maker's word
                credit, match = maker_named(mention, lines, vocabulary)
            if match is None and mention.kind in ("hard", "tool"):
                # "Leica equipment" asked: "Sectioned blocks on a Leica RM2235"
                credit, match = maker_asked(mention, lines, resume_low)
            if match is None and mention.kind == "hard":
                # "Work off the prints": blueprint reading, by working from them
                credit, match = worked_from(mention, lines, resume_low, vocabulary)
            if match is None and mention.kind == "hard":
                # "Check people in and out": guest check-in, the people said plainly
                credit, match = people_slot(mention, lines, vocabulary)
            if match is None and mention.kind == "hard":
                credit, match = _listed_object(mention, lines)
            if match is None and mention.kind == "hard":
                # "Billed third-party insurance and fixed rejected claims"
                if line_stems is None:
                    line_stems = _LineStems(lines)
                credit, match = words_in_one_clause(mention, line_stems)
            if match is None and mention.kind == "hard":
                credit, match = _method_named(mention, lines, resume_low)
            if match is None and mention.kind == "tool":
                credit, match = edition_dropped(mention, lines, resume_text)
            if match is None:  # "Hospital experience": "Staff Nurse | Mercy General Hospital"
                credit, match = setting_in_employer(mention, lines)
            if match is None:  # "die line" for dielines, "PTA" for PTAs
                credit, match = other_written_form(mention, lines, resume_text, resume_low)
            if match is None:  # "electric walkie rider pallet jack": electric pallet jack
                credit, match = spread_name(mention, lines, resume_low, vocabulary)
            if match is None:  # "941s ... each quarter": quarterly payroll tax
                credit, match = period_said_otherwise(mention, lines, resume_low, shown,
                                                      vocabulary)
            if match is None:  # "payroll for staff in Iowa, Nebraska and Missouri"
                credit, match = multi_state(mention, lines, resume_low)
            if match is None:  # "small-business returns (1065, 1120S)": Form 1065
                credit, match = form_number(mention, lines, resume_text)
            if match is None:  # "Doctor of Pharmacy" for PharmD, "Nebraska ... License"
                credit, match = credential_in_other_words(mention, lines, resume_text,
                                                          resume_low)
            if match is None:
                match = worded_examples(mention, lines, resume_low, vocabulary)
                credit = 1.0 if match is not None else 0.0
        if match is not None and mention.kind == "certification" and _not_yet(match):
            credit, match = 0.0, None  # "Journeyman Electrician (in progress)": not held
        if match is not None and mention.kind == "hard" and not clinician_writer \
                and _helped_a_clinician(match, mention):
            credit, match = 0.0, None  # "Helped nurses start IVs": the nurse's deed
        if match is not None and match.evidence in ahead and _ahead_item(
                match, ahead[match.evidence]):
            credit, match = 0.0, None  # "Currently enrolled: RN to BSN": not held yet
        if match is not None and _studied_only(match) and not asks_training(mention.snippet):
            credit, match = 0.0, None  # "Took a construction estimating class"
        if match is not None and _anothers_deed(match):
            # "…'s plumber, who fixed leaks": not the writer's. The writer's help may
            # still be told: "help 10 residents wash up, get dressed" (residents dress).
            credit, match = everyday_deed(mention, lines)
            if match is not None and _anothers_deed(match):
                credit, match = 0.0, None
        if match is not None and _in_another_sense(match):
            credit, match = 0.0, None  # "Checked IDs of visitors": a guard's, no age check
        if match is not None and _credentials_word(match, mention, vocabulary):
            credit, match = 0.0, None  # "Certified Payroll Professional": no wage report
        if match is not None and _grantor_of_another(match, mention, vocabulary):
            credit, match = 0.0, None  # "State Bar Certified Paralegal": no bar admission
        if match is not None and _credential_not_held(match, mention, lines, vocabulary):
            credit, match = 0.0, None  # "Scheduled the Certified Bookkeeper exam for ..."
        category = _category(mention)
        weight = _weight(mention)
        weights[category] = weights.get(category, 0.0) + weight
        earned[category] = earned.get(category, 0.0) + weight * credit
        if match is not None:
            matched.append(match)
            met.append(mention)
            details.setdefault(category, []).append(f"✓ {mention.name}")
        else:
            (missing_required if mention.required else missing_preferred).append(mention.name)
            missing_mentions.append(mention)
            details.setdefault(category, []).append(f"✗ {mention.name}")

    # A credential offered as a choice ("RMA or CCMA") is no gap when the other is met.
    chosen = met_by_choice(missing_mentions, met, vocabulary.lookup) \
        if missing_mentions and met else set()
    for mention in [m for m in missing_mentions if m.name in chosen]:
        missing_mentions.remove(mention)
        (missing_required if mention.required else missing_preferred).remove(mention.name)
        category = _category(mention)
        weights[category] -= _weight(mention)
        details[category].remove(f"✗ {mention.name}")
    # "Troubleshooting" met by the Electrical Troubleshooting the resume shows.
    lifted = broader_of_met(missing_mentions, matched, vocabulary) if missing_mentions and \
        matched else {}
    # "Orton-Gillingham or another structured literacy approach": the posting names the
    # one as a kind of the other (skills/named_as_example.py).
    if missing_mentions and met:
        for name, match in examples_met(missing_mentions, met, matched,
                                              vocabulary.lookup).items():
            lifted.setdefault(name, match)
        # "National certification required (RHIT or CCA)": the credential the sentence
        # names meets its kind asked (skills/generic_credential.py).
        for name, match in generic_credentials_met(missing_mentions, met, matched,
                                                   vocabulary.lookup).items():
            lifted.setdefault(name, match)
    for mention in [m for m in missing_mentions if m.name in lifted]:
        missing_mentions.remove(mention)
        (missing_required if mention.required else missing_preferred).remove(mention.name)
        matched.append(lifted[mention.name])
        category = _category(mention)
        earned[category] += _weight(mention)
        details[category][details[category].index(f"✗ {mention.name}")] = f"✓ {mention.name}"
    # One ask the posting writes in two names is one gap (see duplicates.py).
    dropped = duplicate_asks(missing_mentions, vocabulary) if len(missing_mentions) > 1 else {}
    if dropped:
        missing_required, missing_preferred = _one_each(
            missing_required, missing_preferred, dropped)
    missing_required = list(dict.fromkeys(listed_name(n) for n in missing_required))
    missing_preferred = [n for n in dict.fromkeys(listed_name(n) for n in missing_preferred)
                         if n not in missing_required]
    # The posting's everyday words for a duty are listed to check, not called missing.
    # Whether the resume is of the posting's work at all: it meets one of its skills or
    # tools, or a role of its is named by a word of the posting's job title ("Dock
    # Worker" for a "Dock Lead"). A cook's resume has not drawn blood in other words.
    work_shown = any(m.kind in ("hard", "tool") for m in met) or bool(
        analysis.title and (title_words(analysis.title) - _ROLE_HEADS)
        & {w for t in resume_titles(resume) for w in title_words(t)})
    unsure = {listed_name(m.name) for m in missing_mentions if uncertain_gap(m, work_shown)}
    unconfirmed = [n for n in (*missing_required, *missing_preferred) if n in unsure]
    if unconfirmed:
        missing_required = [n for n in missing_required if n not in unsure]
        missing_preferred = [n for n in missing_preferred if n not in unsure]
    # A required skill of the work whose words a line of the resume uses is listed beside
    # that line to check: the line tells the work in a form no reader knows, more often
    # than not (a preferred one is truly missing as often as not: it stays missing).
    # (An entry's header shares words by its title or employer: "Shipping Clerk" tells no
    # shipment tracking, so only the lines under the headers are read; and only as the
    # writer's own deeds: "Never booked travel myself" may show no travel arrangements.)
    # (A resume of other work tells none of it in other words: see ``work_shown``.)
    own = [line.text for line in lines if line.part == "bullet"] if work_shown else []
    maybe_shown: dict[str, str] = {}
    # A required duty listed to check is listed with its line instead: the line is
    # what the user needs to judge it.
    for mention in missing_mentions:
        name = listed_name(mention.name)
        if name in maybe_shown or not (name in missing_required or (
                mention.required and name in unsure)):
            continue
        line, other_kind = line_and_other_kind(mention, own)
        if line is not None:
            maybe_shown[name] = as_written.get(line, line)
        elif other_kind and name not in unconfirmed:
            unconfirmed.append(name)  # to check, beside no line about other work
    if maybe_shown:
        missing_required = [n for n in missing_required if n not in maybe_shown]
        unconfirmed = [n for n in unconfirmed if n not in maybe_shown]
    missing_required = [n for n in missing_required if n not in unconfirmed]

    breakdown: list[CategoryScore] = []
    for category in ("Required skills", "Preferred skills", "Tools", "Certifications"):
        if weights.get(category):
            share = earned[category] / weights[category]
            breakdown.append(CategoryScore(category, round(POINTS[category] * share, 1),
                                           POINTS[category], ", ".join(details[category])))

    if analysis.title:
        credit, detail = _title_credit(analysis.title, resume)
        breakdown.append(CategoryScore("Job title", round(POINTS["Job title"] * credit, 1),
                                       POINTS["Job title"], detail))

    years = experience_years(resume, today) if resume_years is None else resume_years[0]
    years_found = None if years is None else round(years, 1)
    if analysis.min_years:
        found = years_found or 0.0
        credit = min(1.0, found / analysis.min_years)
        breakdown.append(CategoryScore(
            "Years of experience", round(POINTS["Years of experience"] * credit, 1),
            POINTS["Years of experience"],
            f"asked: {analysis.min_years}+; found in your dates: {found:g}"))

    degree_found = highest_degree("\n".join(
        line.text for line in lines if line.section in ("education", "certifications")))
    if analysis.degree:
        ok = rank(degree_found) >= rank(analysis.degree)
        breakdown.append(CategoryScore(
            "Degree", POINTS["Degree"] if ok else 0.0, POINTS["Degree"],
            f"asked: {analysis.degree}; found: {degree_found or 'none'}"))

    if phrase_of:
        matched = [_as_written_phrase(m, phrase_of) for m in matched]
    if as_written:
        matched = [dataclasses.replace(m, evidence=as_written.get(m.evidence, m.evidence))
                   for m in matched]
    possible = sum(c.possible for c in breakdown)
    score = round(100 * sum(c.earned for c in breakdown) / possible) if possible else 0
    return MatchReport(
        score=max(0, min(100, score)),
        formula_version=FORMULA_VERSION,
        breakdown=breakdown,
        matched=matched,
        missing_required=missing_required,
        missing_preferred=missing_preferred,
        years_required=analysis.min_years,
        years_found=years_found,
        degree_required=analysis.degree,
        degree_found=degree_found,
        unconfirmed=unconfirmed,
        maybe_shown=maybe_shown,
    )


def _as_written_phrase(match: SkillMatch, phrase_of: dict[str, tuple[str, str]]
                       ) -> SkillMatch:
    """A match found in a line read with its plain verb names the written words it stands
    for when its own are not the line's ("Enter vendor bills" for "Key in vendor bills")."""
    found = phrase_of.get(match.evidence)
    if found is None or match.resume_term.casefold() in found[0].casefold():
        return match
    return dataclasses.replace(match, resume_term=found[1])


def _one_each(required: list[str], preferred: list[str], dropped: dict[str, str]
              ) -> tuple[list[str], list[str]]:
    """The missing lists without the ``dropped`` names; the name kept for a required
    one is required."""
    promoted = {kept for name, kept in dropped.items() if name in required}
    return ([n for n in required if n not in dropped]
            + [n for n in preferred if n in promoted and n not in dropped],
            [n for n in preferred if n not in dropped and n not in promoted])


def score_resume(resume: ParsedResume, analysis: PostingAnalysis) -> MatchReport:
    """The score of an untailored resume: what Best fit ranks resumes by."""
    return match_resume(resume, analysis)
