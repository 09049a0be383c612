"""The working state of one posting's analysis (``PostingReader``): its units and
sentences, the vocabulary's hits less the misread ones, and the questions the analysis
asks of each hit (required or preferred, one of alternatives, in context or not).
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Callable, Sequence

from tailor_app.tailoring.caseless import folded, literal_spans, lowered, occurrences
from tailor_app.tailoring.model import SkillMention
from tailor_app.tailoring.posting.after_hire import after_hire_spans
from tailor_app.tailoring.posting.appositives import employer_aside_spans
from tailor_app.tailoring.posting.bare_items import bare_item_term
from tailor_app.tailoring.posting.brand_choice import makers_of_the_kind
from tailor_app.tailoring.posting.channels import channel_hits
from tailor_app.tailoring.posting.context import (
    continues_story,
    describes_company,
    field_outliers,
    header_rest,
    listed_with_kin,
    names_products,
    offers,
    rewards_or_applying,
    speaks_of_the_work,
    speaks_of_tools,
    states_values,
    tools_of_others,
)
from tailor_app.tailoring.posting.credential_bodies import (
    body_after_credential,
    body_before_credential,
    names_a_credential,
    names_a_grantor,
)
from tailor_app.tailoring.posting.cues import Wording
from tailor_app.tailoring.posting.customers import (
    names_any_business,
    names_customers,
    selling_ends,
    sold_by_the_job,
)
from tailor_app.tailoring.posting.duties import (
    AT_EASE,
    ActivityTerm,
    AgainTerm,
    HeadTerm,
    MadeTerm,
    VerbTerm,
    activity_namer,
    done_again,
    gerund_base,
    role_duty_verb,
    third_person_base,
)
from tailor_app.tailoring.posting.employer_credentials import employer_credential_spans
from tailor_app.tailoring.posting.employer_volume import employer_volume_spans
from tailor_app.tailoring.posting.events import ends_in_event, planned_before
from tailor_app.tailoring.posting.firms import firm_name_spans
from tailor_app.tailoring.posting.foreign_senses import foreign_sense_hits, written_as_credential
from tailor_app.tailoring.posting.gapped_deeds import gapped_deed_hits
from tailor_app.tailoring.posting.glosses import gloss_of, glossed_acronyms, glossed_otherwise
from tailor_app.tailoring.posting.greeting import greeting_hits
from tailor_app.tailoring.posting.hit_filters import (
    a_measured_figure,
    a_modal_will,
    a_pay_status,
    a_program_completed,
    a_shouted_or,
    a_things_quality,
    a_verb_of_the_same_name,
    an_accreditor,
    bilingual_pairs,
    deed_hits,
    describes_a_thing,
    describes_capitals,
    inside_a_titled_name,
    language_of_others,
    name_edges,
    names_a_currency,
    names_a_gathering,
    names_a_machines_part,
    names_a_workforce,
    names_people,
    nursing_job,
    opens_a_name,
    opens_with_degree,
    spelled_otherwise,
    splits_a_compound,
    ward_span,
)
from tailor_app.tailoring.posting.holders import (
    helped_holders,
    holders_named,
    names_a_crew,
    told_letters,
)
from tailor_app.tailoring.posting.idioms import hiring_spans, idiom_spans
from tailor_app.tailoring.posting.kinds_named import kinds_checked, kinds_named
from tailor_app.tailoring.posting.listed_kinds import listed_kind_hits
from tailor_app.tailoring.posting.lists import bare_word, base_form
from tailor_app.tailoring.posting.measures import a_measure, is_unit
from tailor_app.tailoring.posting.needs import may_tell_needs, needs_terms, sells
from tailor_app.tailoring.posting.noise import (
    agents_of,
    an_organisations_budget,
    chosen_goods_spans,
    describes_listed_accounts,
    in_a_title,
    in_the_medium,
    language_in_a_name,
    listed_activities,
    modifies_a_word,
    moved_goods,
    named_in_passing,
    names_goods,
    names_the_moving,
    not_asked_spans,
    object_skill,
    our_workplace,
    plain_phrase,
    short_form,
    soft_in_other_words,
)
from tailor_app.tailoring.posting.nouns import noun_terms
from tailor_app.tailoring.posting.object_work import work_namer
from tailor_app.tailoring.posting.of_phrases import of_phrase_hits
from tailor_app.tailoring.posting.offered import offered_spans
from tailor_app.tailoring.posting.outside import around_the_worker, others_work
from tailor_app.tailoring.posting.own_people import names_own_people
from tailor_app.tailoring.posting.own_systems import own_instance_drops
from tailor_app.tailoring.posting.partners import partner_terms
from tailor_app.tailoring.posting.places import is_region, names_a_city
from tailor_app.tailoring.posting.populations import ages_served, names_a_condition_of_people
from tailor_app.tailoring.posting.products import whole_products
from tailor_app.tailoring.posting.proper_names import (
    grade_band_spans,
    initials_of_names,
    place_code_spans,
    product_line_drops,
)
from tailor_app.tailoring.posting.protocols import HitLike, SkillLike, VocabularyLike
from tailor_app.tailoring.posting.rule_sources import (
    names_a_body,
    required_by,
    rule_name,
    rules_of_a_credential,
    rules_on_a_subject,
)
from tailor_app.tailoring.posting.sections import Unit
from tailor_app.tailoring.posting.served_people import people_served
from tailor_app.tailoring.posting.shared import SharedHit, shared_head_hits
from tailor_app.tailoring.posting.streets import street_spans
from tailor_app.tailoring.posting.subjects import SubjectTerm, may_name_subjects, subject_terms
from tailor_app.tailoring.posting.suites import named_with_maker
from tailor_app.tailoring.posting.terms import (
    ShapeTerm,
    acronym_pairs,
    cites_more,
    in_a_rulebook,
    numbered,
    organisation_names,
    shape_terms,
)
from tailor_app.tailoring.posting.time_clauses import clause_of_time
from tailor_app.tailoring.posting.title import role_nouns, title_of_line
from tailor_app.tailoring.posting.topics import talked_about
from tailor_app.tailoring.posting.upset_people import upset_people_hits
from tailor_app.tailoring.posting.verb_nouns import (
    activity_skill,
    named_with_object,
    verb_named,
    without_wider,
)
from tailor_app.tailoring.posting.wards import placed_ward
from tailor_app.tailoring.posting.work_terms import is_term_of_work
from tailor_app.tailoring.posting.worker_lists import (
    listed_among_workers,
    names_colleagues,
    trades_of_others,
)
from tailor_app.tailoring.skills.phrases import (
    ABBREVIATIONS,
    any_verb_form,
    sentence_spans,
    stacked_modifier_names,
    verb_form,
)
from tailor_app.tailoring.skills.senses import OTHER_SENSE, SENSES, out_of_trade
from tailor_app.tailoring.skills.vocabulary import has_cjk
from tailor_app.tailoring.text import word_set
from tailor_app.tailoring.whole_words import caseless_whole_spans

_GLOSS_SMALL = frozenset({"of", "and", "for", "the", "in", "on", "to", "&"})


# An about section on the employer ("About us", "Who we are", "About Acme") rather than
# on the role ("About the role", "Job summary").
# The dash between a one-paragraph posting's heading and its first sentence.
_HEADING_DASH = re.compile(r"[ \t][—–-][ \t]")
_NEED_AFTER = re.compile(r"\b(?:needs?|seeks?|seeking|looking for|wants?|requires?|hiring)\b",
                         re.IGNORECASE)
_COMPANY_HEADING = re.compile(
    r"\b(?:us|company|who we are|who we serve|what we do|we serve|our|story|culture|mission"
    r"|values)\b"
    r"|^about (?!the |this )[A-Z]|^life at\b", re.IGNORECASE)
# A heading that sums up the job itself, not the employer: "Job Summary", "Position
# Overview", "The Role", "Job Description", and a bare "Summary" (a form's heading over
# the job's purpose; the employer's is "About us").
_ROLE_HEADING = re.compile(
    r"^(?:(?:the\s+)?(?:job|position|role|opportunity)"
    r"(?:\s+(?:summary|overview|description|purpose))?"
    r"|summary|description)\s*:?$"
    r"|^(?:summary|purpose)\s+of\s+(?:the\s+)?(?:job|position|role)\s*:?$", re.IGNORECASE)
_JOIN_OUR = re.compile(
    r"\b(?:join(?:ing)?|(?:is|are|be) (?:a )?part of) (?:our|the|a|an) ((?:[\w/-]+ ){0,5}?"
    r"(?:team|unit|department|group|crew|squad|practice|family|floor|lab|community|division))\b",
    re.IGNORECASE)
# The workplace one joins, told by what holds there: "Join a fast-paced, team-oriented
# warehouse where safety comes first", "be part of a crew where every voice matters". Its
# clause describes the place, unless it tells the reader's own work ("where you'll run
# Epic") or the tools used there ("a team where we live in SQL"): those stay read.
_JOIN_WHERE = re.compile(
    r"\b(?:join(?:ing)?|(?:is|are|be) (?:a )?part of) (?:our|the|a|an) [^.;:!?\n]{0,60}?"
    r"\bwhere ([^.;:!?\n]{3,120})", re.IGNORECASE)
_YOU_IN = re.compile(r"\byou(?:'ll|’ll|'re|’re|r)?\b", re.IGNORECASE)
# A demand told of the place joined still asks: "Join a warehouse where forklift
# certification is required", "a practice where every assistant is X-ray certified and
# fluent in Dentrix".
_DEMAND_IN = re.compile(
    r"\b(?:required|requires?|requirements?|must|mandatory|essential|need(?:s|ed)?"
    r"|certifi\w*|licen[cs]\w*|fluent|proficien\w*|experienced|trained|qualified)\b",
    re.IGNORECASE)
# After a language's name: the name of a credential, a subject or a programme, not the
# language asked ("English Learner Authorization", "English as a Second Language",
# "English language arts", "a Single Subject credential in English").
_NAMED_AFTER_LANGUAGE = re.compile(
    r"[ \t]+(?:[A-Z][a-z]+\b(?<!And)(?<!Or)|as an? (?:second|foreign|additional|new) language"
    r"|language (?:arts|learners?|development|acquisition)|learners?\b|literature"
    r"|composition|teachers?\b|instruction\b)")
# Before a soft word: the people it names ("the leadership", "our senior leadership",
# "dashboards for site leadership").
_GROUP_BEFORE = re.compile(
    r"\b(?:the|our|your|to|with|for)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# One word of a shape reading that names a kind of thing, never a skill by itself.
_VAGUE_THINGS = word_set("""
system systems computer computers software tool tools equipment machine machines device
devices platform platforms application applications app apps program programs product
products service services item items process processes technology technologies
procedure procedures policy policies operation operations
phone phones telephone telephones counter counters
""")
# (A phone is how a request comes, "from e-prescribing, fax and phone", and a counter
# where it comes, "at the counter, by phone or fax": Phone Support is read from "answer
# phones", and neither bare word names a skill.)
# Words that join or place others and name nothing: a phrase of these alone is no
# skill ("before, during and after each treatment" read "During").
_SMALL_WORDS = word_set("""
before during after between within throughout while until upon among via per and or
than then also as well both either neither of in on at by to from into onto over under
""")
_DEMAND_KINDS = frozenset({"requirements", "preferred", "responsibilities", "other"})
# The vocabulary's fields of skills every trade asks ("Negotiation" is filed under
# sales and soft skills): a duty's verb read by such a skill's noun is of the posting's
# field whatever its field ("Negotiate lease renewals" in a property manager's posting).
_EVERY_FIELD = frozenset({"soft_skills", "general"})
# "limited English", "little English": the people's own speech, not the job's.
_LIMITED_BEFORE = re.compile(r"\b(?:limited|little|no|emerging|beginning)[ \t]+$",
                             re.IGNORECASE)
_REQUIRED_BY_SECTION = {"requirements": True, "responsibilities": True, "other": True,
                        "preferred": False, "about": False}

def _sentence_of(spans: list[tuple[int, int]], starts: list[int], pos: int) -> tuple[int, int]:
    i = bisect.bisect_right(starts, pos) - 1
    return spans[max(i, 0)] if spans else (0, 0)


def _snippet(text: str, sentence: tuple[int, int], start: int, end: int) -> str:
    a, b = sentence
    s = text[a:b].strip()
    if len(s) <= 200:
        return s
    lo = max(a, min(start - 80, b - 200))
    lo = text.rfind(" ", a, lo) + 1 if lo > a else a
    hi = min(b, max(lo + 200, end))
    hi = text.find(" ", hi - 10, b) if text.find(" ", hi - 10, b) != -1 else hi
    return ("…" if lo > a else "") + text[lo:hi].strip() + ("…" if hi < b else "")


# A screening paper named by the body that runs it: "FBI clearances", "DOJ fingerprint
# checks". The capitals alone name the body, no ask; with the paper they name the ask.
_SCREENING_AFTER = re.compile(
    # "DOJ/FBI fingerprint clearance", "DOJ and FBI clearances": a second agency first.
    r"(?:[ \t]*(?:/|&|[ \t]and[ \t]|[ \t]or[ \t])[ \t]*[A-Z]{2,5})?"
    r"[ \t]+((?:fingerprint[ \t]+)?(?:clearances?|checks?)|fingerprints|fingerprinting)\b",
    re.IGNORECASE)
# A phrase read by its shape whose last word names a credential is one the person holds
# ("single subject credential", "food handler permit"): matched as a credential is.
_CREDENTIAL_NOUN = re.compile(
    r"\s(?:credentials?|licen[cs]es?|licensure|certificates?|certifications?|permits?"
    r"|endorsements?)$", re.IGNORECASE)


def _verb_out_of_trade(skill: str, text: str, start: int, end: int) -> bool:
    """Is the duty's verb (the first word of a verb term's span, "audit" of "audit
    pallet builds") the skill's everyday word used in another trade (``out_of_trade``)?"""
    word = _FIRST_WORD.match(text, start, end)
    return word is not None and out_of_trade(skill, text, word.start(), word.end())


def _describes_the_place(clause: str, title: str | None) -> bool:
    """Does the "where" clause of a workplace joined only describe it ("where safety
    comes first")? Not when it tells the reader's own work ("where you'll run Epic"),
    the tools used there ("a team where we live in SQL"), a demand ("where forklift
    certification is required") or the job's own people at their work ("join our shop
    where techs work on Cummins engines" in a technician's posting)."""
    return (not _YOU_IN.search(clause) and not speaks_of_tools(clause)
            and _DEMAND_IN.search(clause) is None
            and not names_own_people(clause, title, head_only=True))


# Dispositions a posting wishes for ("A friendly, positive attitude is a big plus", "A
# sense of humor and a love of teenagers are pluses", "curiosity would make you stand
# out"): told as a wish they are the employer's hope for a person, no skill a resume
# shows, and each became a false "missing". Demanded in so many words ("must have a
# positive attitude") they stay asked, as the labelling rules read soft skills.
_TEMPERAMENTS = frozenset({"Positive Attitude", "Sense of Humor", "Curiosity"})


def _language_word(vocabulary: VocabularyLike, word: str) -> bool:
    """Is ``word`` a spoken language's name in the vocabulary?"""
    skill = vocabulary.lookup(word)
    return skill is not None and skill.kind == "language"


class PostingReader:
    """The working state of one analysis: units, their sentences and the vocabulary hits."""

    def __init__(
        self, units: list[Unit], vocabulary: VocabularyLike, company: str | None = None,
        headings: Sequence[str] = (), title: str | None = None,
    ) -> None:
        self.units = units
        self.headings = headings
        self.company = company
        self.title = title
        self._roles = role_nouns(title)  # the title's nouns for the person
        # The title line names the job; skills read from its words ("Plumber" ->
        # Plumbing) are umbrella guesses, not asks.
        # A bullet under "Requirements" is a demand even when it names a job ("Send
        # RFIs to the architect"): a title line stands before the posting's body.
        self.title_unit = 0 if units and not units[0].bullet \
            and units[0].kind not in {"requirements", "preferred", "responsibilities"} \
            and _is_title_line(units[0].text, title) else None
        self.sentences = [sentence_spans(u.text) for u in units]
        self.sentence_starts = [[a for a, _ in spans] for spans in self.sentences]
        self.starts: list[int] = []
        pos = 0
        for u in units:
            self.starts.append(pos)
            pos += len(u.text) + 1
        joined = "\n".join(u.text for u in units)
        # A posting never becomes output, so names glued to Chinese or Japanese
        # letters ("熟悉Python和SQL") are read too.
        found = vocabulary.find(joined, cjk=True) if has_cjk(joined) else vocabulary.find(joined)
        # The posting's first word for each skill it names, wherever it stands.
        self.terms: dict[str, str] = {}
        for h in found:
            self.terms.setdefault(h.skill.name, joined[h.start:h.end])
        # "written and verbal communication": Written Communication too.
        noun = activity_namer(vocabulary)
        opens, closes = name_edges(vocabulary)
        shared = shared_head_hits(
            joined, vocabulary.lookup, found, opens, closes,
            activity=lambda verb, words: activity_skill(verb, words, vocabulary, noun))
        # "EMT and rigid conduit": the letters name the conduit, not the technician.
        lettered = {h.start for h in shared if h.surface[:1].isupper()
                    and h.surface.split(" ", 1)[0].isupper()
                    and h.skill.name.startswith(h.surface.split(" ", 1)[0] + " ")}
        if lettered:
            found = [h for h in found if h.start not in lettered
                     or not joined[h.start:h.end].isupper()]
        found = [*found, *shared]
        # "stay calm with frustrated customers", "handle irate callers": De-escalation.
        # "answer calls, emails and chats": Email support and Live chat too.
        found += [h for h in [*upset_people_hits(joined, vocabulary.lookup),
                              *channel_hits(joined, vocabulary.lookup),
                              # "greet walk-in customers": Customer greeting.
                              *greeting_hits(joined, vocabulary.lookup)]
                  if not any(f.start <= h.start < f.end or h.start <= f.start < h.end
                             for f in found if f.skill is h.skill)]
        # "respond to noise complaints", "check in late arrivals": a curated deed with
        # describing words before its object.
        found += gapped_deed_hits(joined, vocabulary, found)
        # "calculation of overtime", "administration of medications": the vocabulary's
        # Overtime Calculation and Medication Administration, action noun first.
        found += of_phrase_hits(joined, vocabulary.lookup, found)
        # "full-cycle technical recruiting": Full-cycle Recruiting too.
        found += [SharedHit(skill, a, b, joined[a:b])
                  for skill, a, b in stacked_modifier_names(joined, vocabulary.lookup, found)]
        # "site design: grading, drainage and roadways": Drainage design, Roadway design.
        found += listed_kind_hits(joined, vocabulary.lookup, found, closes)
        # "answer patient calls": reception work in passing, no ask (``calls_in_passing``)
        reception: list[tuple[int, int]] = []
        deeds = deed_hits(vocabulary, joined, found, reception, title)
        self.deed_hits = {id(h) for h in deeds}  # "train servers": a duty, not a worker
        # Letters of another field's skill written as a credential (``_drop_misread``).
        self.credential_letters: set[tuple[int, int]] = set()
        # Letters the posting glosses with capitalised words the vocabulary does not
        # know ("Place of Service (POS)"): asked by those words (``_drop_misread``).
        self.glossed_names: dict[str, str] = {}
        self.credential_starts: set[int] = set()  # where kept credential readings start
        hits = sorted([*found, *deeds], key=lambda h: (h.start, -h.end))
        # "3M 360 Encompass", "Epic Resolute HB", "Yardi Voyager 7S": one product each.
        whole, releases = whole_products(joined, hits, vocabulary.lookup)
        if whole:
            hits = sorted((w for n, h in enumerate(hits) if (w := whole.get(n, h)) is not None),
                          key=lambda h: (h.start, -h.end))
            for w in whole.values():
                if w is not None:
                    self.terms.setdefault(w.skill.name, joined[w.start:w.end])
        names: list[tuple[int, int]] = []
        if company and len(company) > 2:
            # "Harborline Logistics is hiring" asks for no logistics skills.
            names += occurrences(company, joined)
            names += _short_name_spans(company, joined)
        bare_title = re.sub(r"\s*\([^)]*\)", "", title or "").strip()
        low = folded(joined)  # None when IGNORECASE folds a letter lower() keeps apart
        if len(bare_title) > 3:
            # "We are seeking a Machine Learning Engineer": the job's name, not an ask
            # (its brackets may be: "Support Specialist (Bilingual English/Spanish)").
            # But "5 years' experience as a litigation paralegal" asks for that work.
            # And "an Idaho Journeyman Plumber license" asks for the licence the title
            # names.
            names += [(a, b) for a, b in literal_spans(bare_title, joined, low)
                      if not _AS_A_TITLE.search(joined, max(0, a - 40), a)
                      and not _PAPER_AFTER.match(joined, b)]
        # "to join our AI platform team", "join our 20-bed intensive care unit", "is
        # part of the Software Development Community": where the job is, not what it asks.
        # Most postings never say it: no scan.
        described: list[tuple[int, int]] = []  # the workplace joined, described
        if low is None:
            names += [m.span(1) for m in _JOIN_OUR.finditer(joined)]
            described += [m.span(1) for m in _JOIN_WHERE.finditer(joined)
                          if _describes_the_place(m.group(1), title)]
        elif "join" in low or "part of" in low:
            start = 0
            for line in low.split("\n"):  # no match spans a line: only lines saying it
                end = start + len(line)
                if "join" in line or "part of" in line:
                    names += [m.span(1) for m in _JOIN_OUR.finditer(joined, start, end)]
                    described += [m.span(1) for m in _JOIN_WHERE.finditer(joined, start, end)
                                  if _describes_the_place(m.group(1), title)]
                start = end + 1
        # The ages a job that nurses no one serves ("pediatric and adult patients"): a
        # nurse's may name the care asked, as its ward's specialty does.
        # Under Requirements the ages are asked, as every list there (review24 P3).
        served = [span for span in ages_served(joined, title) if self._kind_at(span[0])
                  not in ("requirements", "preferred")]
        if served and nursing_job(title, joined):
            served = []
        # "a degree in Computer Science, Engineering", "work with SDRs and consultants".
        self.not_asked = [*not_asked_spans(joined), *others_work(joined, title), *described,
                          *reception,
                          # "lend a hand", "we'll pay for your CDL": idioms and gifts
                          *offered_spans(joined),
                          # "obtain a food handler card within 30 days of hire", "must
                          # furnish own hand tools": after hire, or the employer's gear
                          *after_hire_spans(joined),
                          # "work alongside our CDL drivers": their letters, not the job's
                          *holders_named(joined, lambda letters: getattr(
                              vocabulary.lookup(letters), "kind", "") == "certification"),
                          # "International Airport (GRR)": a place's code
                          *place_code_spans(joined), *grade_band_spans(joined),
                          # "the RUSD schedule" after "Ridgecrest Unified School District"
                          *initials_of_names(joined),
                          *around_the_worker(joined, title),
                          # "patients from neonates to geriatrics": whom the job serves
                          *served,
                          # "help patrons, including job seekers and new immigrants"
                          *people_served(joined, title, [
                              (h.start, h.end) for h in hits
                              if joined[h.start:h.start + 1].isupper()]),
                          # "a Lean, ISO 9001 certified operation": the plant's own
                          *employer_credential_spans(joined),
                          # "Orchard Hall hosts 300 weddings a year": its business, counted
                          *employer_volume_spans(joined, low),
                          # "Whitfield & Osei LLP, a family law firm, is hiring": its trade
                          *employer_aside_spans(joined),
                          # "service styles (French, Russian, American)": kinds, not speech
                          *kinds_named(joined, lambda w: _language_word(vocabulary, w)),
                          # "special inspections (concrete, rebar, welding)": what is checked
                          *kinds_checked(joined),
                          # "1800 Salesforce Way": where the office is
                          *street_spans(joined),
                          # "Yardi Voyager 7S": the release is the product's
                          *releases]
        # "Receptionist at Brightline Payroll Services": a firm's name, not its trade.
        self.not_asked += firm_name_spans(joined, [(h.start, h.end) for h in hits])
        names += self.not_asked
        # "lend a hand", "run paperwork to the contractor desk", "Acme is hiring a ...":
        # no hit is read there, and no phrase inside them (``shape_mentions``); they are
        # no blank for the phrase readers, whose verbs keep their objects beside them.
        hiring = hiring_spans(joined)
        self.idioms = sorted([*idiom_spans(joined), *hiring])
        # Where the employer's "hiring" stands: no duty's verb is read from it, however
        # long the job named after it ("is hiring a full-time staff bookkeeper for our
        # Dayton office" asked Recruiting of the bookkeeper). The words after it are read
        # as before: "hiring a bilingual certified medical assistant" asks both.
        self._hiring_at = frozenset(a for a, _b in hiring)
        names += self.idioms
        if names:
            names.sort()
            name_starts = [a for a, _ in names]

            def covered(h: HitLike) -> bool:
                k = bisect.bisect_right(name_starts, h.start)
                return any(names[j][0] <= h.start and h.end <= names[j][1] + 1
                           for j in range(max(0, k - 3), k))

            hits = [h for h in hits if not covered(h)]
        if self._hiring_at:  # a deed read from the employer's "hiring" and the job after it
            hits = [h for h in hits if h.start not in self._hiring_at]
        self.joined = joined
        self.vocabulary = vocabulary
        self._plain_names: dict[str, tuple[str, str]] = {}
        deed_verbs = getattr(vocabulary, "deed_verbs", None)
        self._verbs: frozenset[str] = deed_verbs() if deed_verbs is not None else frozenset()
        hits = self._drop_misread(hits)
        self.hits = hits
        self.surfaces = {joined[h.start:h.end].lower() for h in self.hits}
        self._wordings: dict[int, Wording] = {}
        self._contexts: dict[tuple[int, str, str, bool], bool | None] = {}
        self._offered: set[str] = set()  # clauses that tell what the job gives
        self._story_openers: dict[int, bool] = {}
        # The job's own noun ("processor" of "Home Loan Processor"): a sentence naming
        # it speaks of the job, not of the employer.
        words = re.findall(r"[A-Za-z]{3,}", re.sub(r"\([^)]*\)", "", title or ""))
        self._job_word = words[-1] if words else ""
        # Its initials, by which the posting may name it: "The MLS performs ..." in a
        # Medical Laboratory Scientist's posting.
        self._initials = "".join(w[0] for w in words) if 2 <= len(words) <= 4 \
            and all(w[0].isupper() for w in words) else ""

    def _drop_misread(self, hits: list[HitLike]) -> list[HitLike]:
        """Hits that read a word in a sense the posting does not mean: an acronym whose
        spelled-out form stands beside it and names another skill ("Certified Medical
        Assistant (CMA)" is no management accountant), a two-letter acronym of another
        field, and anything in the title line."""
        drop: set[int] = set()
        by_span = {(h.start, h.end): n for n, h in enumerate(hits)}
        for i, unit in enumerate(self.units):
            base = self.starts[i]
            if i == self.title_unit:
                # Words in its brackets are asks ("Support Specialist (Bilingual
                # English/Spanish)"); the title's own words are not.
                brackets = [(base + m.start(), base + m.end())
                            for m in re.finditer(r"\([^)]*\)", unit.text)]
                end = base + len(unit.text)
                drop.update(n for n, h in enumerate(hits) if base <= h.start < end
                            and not any(x <= h.start < y for x, y in brackets))
            if "(" not in unit.text:
                continue
            for a, b, spelled, pa, pb, _acronym in acronym_pairs(unit.text):
                if _NAMED_SYSTEM.search(spelled) and (base + a, base + b) not in by_span:
                    # "Natural Resource Asset Management System (NRAMS)": a system's own
                    # name, read whole by its shape; its words name no skill of theirs.
                    drop.update(k for k, h in enumerate(hits)
                                if base + a <= h.start and h.end <= base + b)
                n = by_span.get((base + pa, base + pb))
                if n is None:
                    continue
                skill = hits[n].skill
                inside = {h.skill.name for h in hits if base + a <= h.start < base + b}
                names = {x.casefold() for x in (skill.name, *getattr(skill, "aliases", ()))}
                if skill.name not in inside and spelled.casefold() not in names:
                    drop.add(n)
        resensed: dict[int, SkillLike] = {}  # hits read in another trade's sense (OTHER_SENSE)
        selling = selling_ends(self.joined)  # "sell our": what the employer sells
        business = names_any_business(lowered(self.joined))  # "HVAC contractors": whom
        for n, h in enumerate(hits):
            kind = h.skill.kind
            if id(h) not in self.deed_hits and names_people(self.joined, h, kind) \
                    and not _worked_as(self.joined, h.start, h.end):
                drop.add(n)  # "a team of room attendants", "ironworkers": people, not a skill
                continue
            if kind in ("hard", "tool") and (
                    names_a_crew(self.joined, h.start, h.end)
                    or listed_among_workers(self.joined, h.start, h.end)
                    or names_colleagues(self.joined, h.start, h.end)
                    or trades_of_others(self.joined, h.start)):
                drop.add(n)  # "trade partners (framers, plumbers, drywall, painters)": a crew
                continue
            if (business or selling) and kind in ("hard", "tool") \
                    and id(h) not in self.deed_hits and (
                    (business and names_customers(self.joined, h.start, h.end))
                    or (selling and sold_by_the_job(self.joined, h.start, selling))):
                drop.add(n)  # "sell our software to HVAC contractors": whom, and what
                continue
            if kind == "certification" and (helped_holders(self.joined, h) or told_letters(
                    self.joined, h.start, h.end)):
                drop.add(n)  # "Assist journeyman plumbers", "report changes to the RN": people
                continue
            if kind == "certification" and names_a_body(self.joined[h.start:h.end]) \
                    and rules_on_a_subject(self.joined, h.start, h.end, [
                        (o.start, o.end) for o in hits[n + 1:n + 4]
                        if o.skill.kind in ("hard", "certification")]):
                drop.add(n)  # "OSHA bloodborne pathogens standards": the body's rules on
                continue  # a subject read on its own, no OSHA card (rule_sources.py)
            if a_pay_status(self.joined, h) or an_accreditor(self.joined, h) \
                    or a_program_completed(self.joined, h) \
                    or a_measured_figure(self.joined, h) or splits_a_compound(self.joined, h) \
                    or describes_capitals(self.joined, h) or a_shouted_or(self.joined, h) \
                    or (kind == "tool" and a_verb_of_the_same_name(self.joined, h)) \
                    or a_modal_will(self.joined, h):
                drop.add(n)  # "FLSA: Non-Exempt", "an ABA-approved program", "an EMR
                # of 0.62": no skill
                continue
            if named_in_passing(self.joined, h.start, h.end) \
                    or (all(is_unit(w) for w in self.joined[h.start:h.end].split())
                        and a_measure(self.joined, h.start, h.end)) \
                    or names_a_currency(self.joined, h) \
                    or cites_more(self.joined, h.start, h.end) \
                    or modifies_a_word(self.joined, h.start, h.end) \
                    or (kind == "hard" and describes_listed_accounts(self.joined, h.start, h.end)) \
                    or (kind == "hard" and our_workplace(self.joined, h.start, h.end)) \
                    or (kind == "hard" and an_organisations_budget(self.joined, h.start, h.end)) \
                    or (kind == "hard" and id(h) not in self.deed_hits
                        and names_goods(self.joined, h.start, h.end, self._duty_gerund)) \
                    or agents_of(getattr(h, "surface", ""), h.skill.name) \
                    or (kind in ("hard", "soft") and in_a_title(self.joined, h.start, h.end)) \
                    or (kind == "soft" and id(h) not in self.deed_hits
                    and soft_in_other_words(getattr(h, "surface", ""), h.skill.name)):
                drop.add(n)  # "support in the operating room", "good judgment"
                continue
            after = _NAMED_AFTER_LANGUAGE.match(self.joined, h.end) if kind == "language" \
                else None
            if kind == "language" and (
                    language_in_a_name(self.joined, h.start, self._is_language)
                    or in_the_medium(self.joined, h.start, h.end, self._is_language)
                    or language_of_others(self.joined, h)):
                drop.add(n)  # "a credential in English", "plain English", "bilingual teams"
            elif after is not None:
                named = self.vocabulary.lookup(after.group().strip())
                if named is None or named.kind != "language":  # "Bilingual English/Spanish"
                    drop.add(n)  # "English Learner Authorization", "English as a Second …"
            elif kind == "soft" and _GROUP_BEFORE.search(self.joined, max(0, h.start - 30),
                                                         h.start):
                drop.add(n)  # "report results to the marketing leadership": people
            elif kind == "soft" and names_a_machines_part(self.joined, h):
                drop.add(n)  # "module communication faults": a fault, no way of working
            elif kind == "soft" and names_a_gathering(self.joined, h):
                drop.add(n)  # "take notes in leadership meetings": who meets, no trait
            elif kind == "soft" and inside_a_titled_name(self.joined, h):
                drop.add(n)  # "Training in Collaborative Problem Solving": a program's name
            elif kind == "soft" and describes_a_thing(self.joined, h):
                drop.add(n)  # "thorough, timely investigations", "Engineering Collaborative"
            elif kind == "soft" and a_things_quality(self.joined, h.start, h.end):
                drop.add(n)  # "standards of performance and reliability": the system's
            elif kind == "hard" and opens_a_name(self.joined, h):
                drop.add(n)  # "Pediatric First Aid/CPR" asks for first aid, not pediatrics
            elif kind == "hard" and in_a_rulebook(self.joined, h.start, h.end):
                drop.add(n)  # "Child Protective Services Law": the law, read by its shape
            elif out_of_trade(h.skill.name, self.joined, h.start, h.end):
                sense = self.vocabulary.lookup(OTHER_SENSE.get(h.skill.name, ""))
                if sense is None:
                    drop.add(n)  # "employee relations, corrective action and terminations"
                else:  # "collaborate with the grade-level team in PLCs": a school's
                    resensed[n] = sense
        # "The social worker covers two 32-bed med/surg units": the ward, no nursing
        # asked of a job that nurses no one; the ward's words are read by no other reader.
        wards = [(n, span) for n, h in enumerate(hits) if n not in drop
                 and (span := ward_span(self.joined, h)
                      or (placed_ward(self.joined, h, self.title)
                          # Under Requirements the wards are asked (review24 P5).
                          if self._kind_at(h.start) not in ("requirements", "preferred")
                          else None)) is not None]
        if wards and not nursing_job(self.title, self.joined):
            drop.update(n for n, _span in wards)
            self.not_asked += [span for _n, span in wards]
        drop.update(bilingual_pairs(self.joined, hits))
        drop.update(product_line_drops(self.joined, hits))  # "Epicor Eclipse": Epicor's
        hits = list(hits)
        for n, sense in resensed.items():
            surface = self.joined[hits[n].start:hits[n].end]
            hits[n] = SharedHit(sense, hits[n].start, hits[n].end, surface)
            # the posting's own word for the skill in its other sense ("LPC"), as for
            # any other: a choice among credentials is read by it
            self.terms.setdefault(sense.name, surface)
        for n, reread in self._verbs_by_object(hits, drop).items():
            # "Audit freight invoices": the freight audit, no audit of the books.
            hits[n] = SharedHit(reread, hits[n].start, hits[n].end,
                                self.joined[hits[n].start:hits[n].end])
        # "Medicare Set-Aside (MSA)": the posting spells its letters out in other words
        # than the vocabulary's meaning (glosses.glossed_otherwise); else such words
        # written anywhere ("Labor & Delivery" beside "L&D").
        glossed = glossed_otherwise(self.joined, hits, self.vocabulary.lookup)
        otherwise = spelled_otherwise(self.joined, hits, self.vocabulary.lookup, self.company)
        for n, other in {**otherwise, **glossed}.items():
            if other is None and n in glossed:
                # "Place of Service (POS)": capitalised words the vocabulary does not
                # know name the ask the letters stand for here (``shape_mentions``).
                surface = self.joined[hits[n].start:hits[n].end]
                words = gloss_of(surface, self.joined)
                if words and all(w[:1].isupper() or w.lower() in _GLOSS_SMALL
                                 for w in words.split()):
                    self.glossed_names[surface] = words
            if other is None or other is hits[n].skill:
                drop.add(n)
            else:  # "L&D experience" where the posting writes "Labor & Delivery"
                hits[n] = SharedHit(other, hits[n].start, hits[n].end,
                                    self.joined[hits[n].start:hits[n].end])
        # "Medication Aide certification (CMA)": the letters are the words' before them
        drop.update(glossed_acronyms(self.joined, hits, self.vocabulary.lookup))
        # "ASCP PBT": the body's generic credential before the credential it grants.
        credentials = {h.start for h in hits if h.skill.kind == "certification"}
        # "Pyxis or Omnicell automated dispensing cabinets": the cabinets are asked.
        drop.update(makers_of_the_kind(self.joined, hits))
        # "MLT(ASCP)", "PBT (ASCP)": the body in brackets after the credential's letters.
        drop.update(n for n, h in enumerate(hits) if h.skill.kind == "certification"
                    and self.joined[h.start - 1:h.start] == "("
                    and body_after_credential(self.joined, h.start, h.end, h.skill.name))
        if len(credentials) >= 2:
            drop.update(n for n, h in enumerate(hits) if h.skill.kind == "certification"
                        and body_before_credential(self.joined, h.start, h.end, h.skill.name,
                                                   credentials))
        outliers = field_outliers(
            (h.surface if hasattr(h, "surface") else "", tuple(getattr(h.skill, "fields", ())))
            for h in hits)
        outliers -= listed_with_kin(self.joined, [(h.start, h.end, h.skill.kind) for h in hits],
                                    outliers)
        # Two capitals of another field, or a three-letter credential of one: "CMA
        # (AAMA)" in a clinic's posting is no management accountant.
        # Three capitals of another field opening a credential's name are its body:
        # "ACI Flatwork Finisher certification" is no Azure Container Apps.
        drop.update(n for n in outliers
                    if len(getattr(hits[n], "surface", "")) == 2
                    or hits[n].skill.kind == "certification"
                    or names_a_credential(self.joined, hits[n].end))
        # "quizzes and unit tests": the trade's own words, read in another field's sense.
        foreign = foreign_sense_hits(hits, self.joined)
        drop.update(foreign)
        # "CNN (Certified Nephrology Nurse) or CDN": letters of another field's skill
        # written as the trade's credential are that credential, by its letters.
        self.credential_letters = {
            (hits[n].start, hits[n].end) for n in foreign
            if self.joined[hits[n].start:hits[n].end].isupper()
            and written_as_credential(self.joined, hits[n].start, hits[n].end)}
        # "students who have dyslexia or limited English": the people's own speech.
        drop.update(self._conditions_of_people(hits, drop))
        # "through our mobile app": the employer's app, no app development asked.
        drop.update(own_instance_drops(self.joined, hits))
        kept = [h for n, h in enumerate(hits) if n not in drop]
        self.credential_starts = {h.start for h in kept if h.skill.kind == "certification"}
        return kept

    def _kind_at(self, at: int) -> str:
        """The kind of the section of the unit holding offset ``at`` of the joined text."""
        return self.units[max(0, bisect.bisect_right(self.starts, at) - 1)].kind

    def _conditions_of_people(self, hits: list[HitLike], drop: set[int]) -> set[int]:
        """Language hits that are the speech of the people the job serves, outside the
        requirements: "differentiate lessons for students who have dyslexia or limited
        English" asks no English. Only a language with "limited", "little", "no",
        "emerging" or "beginning" before it, in a list of the people's conditions
        (``populations``); a skill hit there may be the care asked ("handle fearful
        patients with low-stress handling") and stays."""
        out: set[int] = set()
        for n, h in enumerate(hits):
            if n in drop or h.skill.kind != "language":
                continue
            i = bisect.bisect_right(self.starts, h.start) - 1
            unit = self.units[i]
            at = h.start - self.starts[i]
            if unit.kind not in ("requirements", "preferred") \
                    and _LIMITED_BEFORE.search(unit.text, max(0, at - 20), at) is not None \
                    and names_a_condition_of_people(unit.text, at):
                out.add(n)
        return out

    def _in_idiom(self, start: int, end: int) -> bool:
        """Does ``start:end`` lie inside an idiom's or an errand place's span?"""
        return any(a <= start and end <= b for a, b in self.idioms)

    def _verbs_by_object(self, hits: list[HitLike], drop: set[int]) -> dict[int, SkillLike]:
        """Hits of one word that is a duty's verb whose object names, with the verb after
        it, another skill: "Audit freight invoices" is the vocabulary's "freight audit"
        (Freight Management), not Audit. Only one-word hits of a duty verb with a plain
        word after them are looked at, most hits none."""
        out: dict[int, SkillLike] = {}
        for n, h in enumerate(hits):
            if n in drop or h.end - h.start > 12:
                continue
            verb = self.joined[h.start:h.end].lower()
            if verb not in self._verbs or not verb.isalpha():
                continue
            m = _OBJECT_AFTER.match(self.joined, h.end)
            if m is None:
                continue
            noun = m.group(1)
            for phrase in (f"{noun} {verb}", f"{noun[:-1]} {verb}" if noun.endswith("s") else ""):
                other = self.vocabulary.lookup(phrase) if phrase else None
                if other is not None and other.name != h.skill.name \
                        and other.kind == h.skill.kind:
                    out[n] = other
                    break
        return out

    def _is_language(self, word: str) -> bool:
        skill = self.vocabulary.lookup(word)
        return skill is not None and skill.kind == "language"

    def wording(self, index: int) -> Wording:
        found = self._wordings.get(index)
        if found is None:
            found = self._wordings[index] = Wording(self.units[index].text)
        return found

    def sentence(self, index: int, pos: int) -> tuple[int, int]:
        return _sentence_of(self.sentences[index], self.sentence_starts[index], pos)

    def required(self, index: int, pos: int) -> bool:
        unit = self.units[index]
        default = _REQUIRED_BY_SECTION.get(unit.kind, True)
        sentence = self.sentence(index, pos)
        if unit.kind == "about" and not _COMPANY_HEADING.search(self._heading(index)) and (
                speaks_of_the_work(unit.text[sentence[0]:sentence[1]])
                or _ROLE_HEADING.search(self._heading(index))
                or _opens_with_verb(unit.text[sentence[0]:sentence[1]], self._is_verb)):
            # "About the work: Day to day you'll pull data from PostgreSQL"; "Job Summary:
            # The Warehouse Lead leads a team in receiving, picking and shipping": what
            # the job does, told of the job rather than of "you". "About the role: Assign
            # ICD-10-CM codes ...", "Overview: Performs radiographic exams ...": a duty
            # told by its verb alone.
            default = True
        return self.wording(index).required(sentence, pos, default)

    def context(self, index: int, pos: int, kind: str) -> bool | None:
        """What the place of a skill word says: None when it is no ask at all (the
        company's story, values boilerplate), False when it is context at most (a tool
        in the about section), True when it may be a demand."""
        unit = self.units[index]
        # "Tucson, AZ | PRN or Full Time": the place, pay and kind of job in a header
        # line ask nothing.
        rest = None if unit.bullet else header_rest(unit.text)
        if rest is not None and pos >= rest:
            return None
        # The clause, not the sentence: a one-paragraph posting may be one long
        # sentence of clauses joined by semicolons, its pay and perks among them.
        sentence = _clause_around(unit.text, pos)
        base = unit.text.rfind(sentence, 0, pos + len(sentence))
        if "(" in sentence:
            # "forklift experience, and comfort in a -10F freezer (we provide freezer
            # suits and boots)": an offer in brackets is an aside; the words outside it
            # are judged without it.
            sentence = _without_offered_asides(sentence, pos - base)
        if unit.kind in ("about", "other") and ", " in sentence \
                and _PART_JOINT.search(sentence):
            # "Ironhorse runs 85 trucks hauling steel across the Midwest, and we need a
            # flatbed driver with a Class A CDL": the part that turns to the hire is
            # judged on its own, not as the employer's story it follows.
            part = _part_around(sentence, pos - base)
            if part != sentence and not sentence.startswith(part) and _TURNS_TO_HIRE.match(part):
                sentence = part
        # The answer depends on the unit, the clause and the kind alone, and a clause
        # often holds several skills: each is judged once.
        told = self._you_will_goes_on(index, pos, base, sentence)
        key = (index, sentence, kind, told)
        if key not in self._contexts:
            self._contexts[key] = self._context(index, sentence, kind, told)
        found = self._contexts[key]
        if found is None and sentence in self._offered and ", " in sentence:
            # "Spanish is strongly preferred, and PAT certification is provided after
            # hire": a part of the clause that asks in so many words is no offer.
            part = _part_around(sentence,
                                pos - base)
            if part != sentence and _ASKED.search(part) and not offers(part):
                key = (index, part, kind, False)
                if key not in self._contexts:
                    self._contexts[key] = self._context(index, part, kind)
                return self._contexts[key]
        if found and unit.kind in ("about", "other") and ", " in sentence \
                and _PART_JOINT.search(sentence):
            # "Redline Freight is a family-owned carrier hauling dry van freight, and we
            # are looking for a dispatcher who ...": the part before the turn to the job
            # is the employer's story, told in the same sentence as the job.
            part = _part_around(sentence,
                                pos - base)
            if part != sentence and sentence.startswith(part) \
                    and _SEEKS_OR_NEEDS.search(sentence, len(part)) and describes_company(
                        part, self.company, self._job_word, self._initials):
                return False if kind == "tool" and speaks_of_tools(part) else None
        return found

    def _you_will_goes_on(self, index: int, pos: int, base: int, clause: str) -> bool:
        """Is the clause one more duty of a "you will" list whose sentence began before
        it: "In this role you will perform prophylaxis …; take and interpret digital
        radiographs; apply sealants; and administer local anesthesia"? Each clause after
        a semicolon opens with a lowercase verb, so none read as a duty told to the
        reader, and in a paragraph that opened with the employer's story they were
        taken for more of it."""
        m = _CLAUSE_VERB.match(clause)
        if m is None:
            return False
        word = m.group(1)
        if not base_form(word):
            # "The journeyman plumber lays out and installs DWV ...; sets fixtures ...;
            # and reads isometrics": the title's duties told in the third person go
            # on after each semicolon as "you will" does.
            stem = third_person_base(word) if word.endswith("s") else ""
            if not stem or not (self._is_verb(stem) or any_verb_form(stem)):
                return False
            start, _end = self.sentence(index, pos)
            return start < base and self._role_told(self.units[index].text[start:base])
        if not (self._is_verb(word) or any_verb_form(word)):
            return False
        start, _end = self.sentence(index, pos)
        return start < base and _YOU_WILL.search(self.units[index].text, start, base) is not None

    def _context(self, index: int, sentence: str, kind: str, told: bool = False
                 ) -> bool | None:
        unit = self.units[index]
        offered = offers(sentence)
        if offered:
            self._offered.add(sentence)
        if (unit.kind == "about" and kind == "soft"
                and self._tells_the_work(index, sentence) is not True) or offered \
                or rewards_or_applying(sentence, unit.kind == "responsibilities"
                                       or _opens_with_verb(sentence, self._is_verb)):
            return None
        story = (not told and unit.kind in ("about", "other") and (
            describes_company(sentence, self.company, self._job_word, self._initials)
            or (index == 0 and self._story_after_heading(sentence))
            or (unit.kind == "about" and _COMPANY_HEADING.search(self._heading(index)))
            or (self._opens_with_story(index) and continues_story(sentence, self._job_word)
                and not _imperative(sentence, self._is_verb))
        ) and not self._role_told(sentence)) or (
            _OUR_PLAN.match(sentence) is not None and describes_company(sentence))
        if story:
            # A tool in the story is context ("our stack runs on AWS"), unless it is
            # what the employer sells ("we make point-of-sale software"): no ask.
            # Nor when other people use it ("our engineering team ships using React"),
            # nor when the sentence tells no tools in use ("routes with wheelchair lifts").
            return False if kind == "tool" and not names_products(sentence) \
                and speaks_of_tools(sentence) \
                and not tools_of_others(sentence, self.title) else None
        if (kind == "soft" or (kind != "tool" and unit.kind in ("about", "other"))) \
                and states_values(sentence):
            return None  # "a culture of safety, accountability and continuous improvement"
        return True

    def _tells_the_work(self, index: int, clause: str) -> bool | str:
        """Is a clause of an "about" unit a duty of the job told by its verb ("The Role:
        Support our manager with email campaigns, social media scheduling ...")? Under a
        heading of the role, not the company's, its phrases are read as a duty's are. A
        clause told to "you" tells one when a verb and its object follow "you will"
        ("You'll activate new lines, port numbers …"): then "you" is returned. "you
        will rotate between exam rooms, treatment and surgery" tells the role as a
        whole."""
        if self.units[index].kind != "about" or _COMPANY_HEADING.search(self._heading(index)):
            return False
        if _opens_with_verb(clause, self._is_verb):
            return True
        if _told_a_duty(clause, self._is_verb):
            return "you"
        return "you" if self._role_told(clause) else False

    def _role_told(self, clause: str) -> bool:
        """Does the clause tell a duty with the job's title as its subject ("Our
        dispatchers plan loads, assign trucks …", "The Coordinator recruits and trains
        volunteers")? It is then read as "you will" is, never as the employer's story."""
        told = role_duty_verb(clause, self._roles, self._is_verb)
        return told is not None and told[0] not in _ROLE_VERBS \
            and told[1] not in _PLACE_WORDS

    def _opens_with_story(self, index: int) -> bool:
        """Does the paragraph open with the employer's story ("Cedar Bend Family Services
        has served Pierce County for 60 years.")? Its later sentences may go on with it."""
        found = self._story_openers.get(index)
        if found is None:
            spans = self.sentences[index]
            text = self.units[index].text
            # A question put to the reader first is the hook, not the paragraph's
            # opening: "Do you love animals? Cedar Hollow is a four-doctor practice
            # that ... We do wellness exams, surgery and urgent care".
            # So is the job's title told as the first sentence of a one-paragraph
            # posting ("Night Dispatcher — Blue Mesa Freight Lines, Albuquerque, NM.
            # Blue Mesa is a 140-truck carrier ...; our drivers run ...").
            first = next((n for n, (a, b) in enumerate(spans[:3])
                          if not text[a:b].rstrip().endswith("?")
                          and not (n == 0 and index == 0 and self._titled(text[a:b]))),
                         len(spans))
            found = len(spans) > first + 1 and describes_company(
                _clause_around(text, spans[first][0]), self.company, self._job_word,
                self._initials)
            self._story_openers[index] = found
        return found

    def _story_after_heading(self, sentence: str) -> bool:
        """Does a one-paragraph posting's opening join the job's heading to the
        employer's story by a dash ("School Bus Driver, Cottonwood Valley School District
        — Cottonwood Valley School District serves 6,200 students …, offers AP and
        welding courses …")? The heading names the title or the employer; what follows
        the dash is judged as the story it tells."""
        m = _HEADING_DASH.search(sentence, 0, 160)
        if m is None:
            return False
        head, rest = sentence[:m.start()].casefold(), sentence[m.end():]
        first = rest.split(" ", 1)[0].casefold()
        if not ((self.company and self.company.casefold() in head)
                or (self.title and str(self.title).casefold() in head)
                # "Custodian, Maple Run School District — Maple Run School District
                # serves …": the heading's name said again as the story's subject.
                or (rest[:1].isupper() and len(first) > 2 and first in head.split())):
            return False
        if _NEED_AFTER.search(rest):
            return False  # "… has grown to 40 and needs a bookkeeper who knows QuickBooks"
        return describes_company(rest, self.company, self._job_word, self._initials)

    def _titled(self, sentence: str) -> bool:
        """Is a paragraph's first sentence the job's title and employer, told before the
        story ("Night Dispatcher — Blue Mesa Freight Lines, Albuquerque, NM.")?"""
        bare = sentence.strip().rstrip(".")
        return bool(self.title) and len(bare) < 120 and "." not in bare \
            and bare.lower().startswith(str(self.title).lower())

    def _heading(self, index: int) -> str:
        section = self.units[index].section
        return self.headings[section] if 0 <= section < len(self.headings) else ""

    def skills(self) -> list[SkillMention]:
        mentions: dict[str, SkillMention] = {}
        for hit in self.hits:
            name, kind = self._plain_name(hit.skill.name, hit.skill.kind)
            old = mentions.get(name)
            i = bisect.bisect_right(self.starts, hit.start) - 1
            unit, local = self.units[i], hit.start - self.starts[i]
            if old is not None and old.required:
                # A later mention can only repeat it, but told among the duties and
                # asked again where the job screens, it is an ask the report may call
                # missing (skills/uncertain_gaps.py).
                if unit.kind == "requirements" != old.section \
                        and self.context(i, local, kind) and self.required(i, local):
                    mentions[name] = dataclasses.replace(old, section=unit.kind)
                continue
            place = self.context(i, local, kind)
            if place is None:
                continue
            # "Python or Java": each keeps its sentence's strength, as the posting's
            # reader takes it; a resume showing one still lacks the other.
            required = place and self.required(i, local)
            if old is not None and not required:
                continue
            if not required and name in _TEMPERAMENTS:
                continue  # "A sense of humor is a big plus": a wish, no skill to show
            sentence = self.sentence(i, local)
            snippet = _snippet(unit.text, sentence, local, hit.end - self.starts[i])
            # "picking, packing and shipping": Packing and Shipping each, not the pair.
            parts = listed_activities(self.joined, hit.start, hit.end)
            for part, a, b in parts or [(name, hit.start, hit.end)]:
                term = self.joined[a:b] if parts else self.terms.get(hit.skill.name, "")
                mentions[part] = SkillMention(part, kind, required, snippet, unit.kind, term)
        return list(mentions.values())

    def _is_verb(self, word: str) -> bool:
        return bool(verb_form(word)) or word in self._verbs

    def _duty_gerund(self, word: str) -> bool:
        """Is ``word`` a duty verb's "-ing" form ("bagging", "labeling")?"""
        return gerund_base(word, self._is_verb) is not None

    def _plain_name(self, name: str, kind: str) -> tuple[str, str]:
        """The name a skill is reported by: "Reading wiring diagrams" is Wiring diagrams
        (``noise.object_skill``); worked out once per name."""
        known = self._plain_names.get(name)
        if known is None:
            skill = object_skill(name, self.vocabulary.lookup, self._is_verb)
            known = (skill.name, skill.kind) if skill is not None else (name, kind)
            self._plain_names[name] = known
        return known

    def shape_mentions(self, known: list[SkillMention], certifications: list[str],
                       vocabulary: VocabularyLike) -> list[SkillMention]:
        """Terms no vocabulary holds, read by their shape (see ``terms.py``) from the
        units that state the job's demands."""
        avoid = {w.lower() for w in re.findall(r"[\w'’+#.&-]+",
                                                f"{self.title or ''} {self.company or ''}")}
        avoid |= {x.lower() for x in (self.title, self.company) if x}
        for unit in self.units:  # "Technology Transformation Service (TTS)": a place
            if "(" in unit.text:
                avoid |= organisation_names(unit.text)
        # "Our CSMs own the post-sale journey" under "Customer Success Manager": the
        # title's initials name the job's own people, no ask.
        own_letters: set[str] | None = None  # worked out at the first plural acronym
        taken_names = {m.name.casefold() for m in known}
        cert_words = " ".join(certifications).casefold()
        # "BrightPath Home Care helps seniors": a capitalised run made only of the
        # employer's words is its name cut short, never a product it asks for.
        company_words = {w.casefold() for w in re.findall(r"[\w'’&-]+", self.company or "")}
        out: dict[str, SkillMention] = {}
        ruled_keys: dict[str, str] = {}  # "epa regulations": "epa" (rule_sources.py)
        verb_nouns: dict[str, str] = {}  # a duty's verb read by its noun: the noun
        # ... and the skill its one-word object names with it ("schedule interviews":
        # Interviewing), which names the duty more closely where it is asked.
        verb_objects: dict[str, str] = {}
        hit_starts = [h.start for h in self.hits]
        deed_verbs = getattr(vocabulary, "deed_verbs", None)
        verbs: frozenset[str] = deed_verbs() if deed_verbs is not None else frozenset()
        activity = activity_namer(vocabulary)  # "repair leaks": Leak repair
        work = work_namer(vocabulary)  # "give meds": Medication Administration
        # The fields any of the posting's skill words belong to: a duty's verb read by
        # its noun must name a skill of one of them ("interpret drawings" is no
        # language interpreting where the posting names no other language skill). A
        # posting with too few skill words to tell keeps every one.
        fields = {f for h in self.hits for f in getattr(h.skill, "fields", ())} \
            if len(self.hits) >= _FIELD_VOTES else set()
        # Readers of everyday words asked only where the posting holds their words.
        low = lowered(self.joined)
        # A seller's job by its title ("Insurance Sales Agent"): its requirement lines
        # may tell needs discovery without a word of selling of their own.
        selling_job = bool(self.title) and sells(self.title or "")
        subjects, needs = may_name_subjects(low), may_tell_needs(low) or selling_job
        bare_areas = self._bare_areas(vocabulary)
        for i, unit in enumerate(self.units):
            if i == self.title_unit or (unit.kind not in _DEMAND_KINDS and not (
                    unit.kind == "about" and any(
                        self._tells_the_work(i, _clause_around(unit.text, a))
                        for a, _b in self.sentences[i]))):
                continue  # an "about" unit is read only where a clause tells a duty
            base, end = self.starts[i], self.starts[i] + len(unit.text)
            lo = bisect.bisect_left(hit_starts, base)
            near = self.hits[lo:bisect.bisect_left(hit_starts, end, lo)]  # hits by start
            taken = [(h.start - base, h.end - base) for h in near]
            deeds = [(h.start - base, h.end - base) for h in near if id(h) in self.deed_hits]
            subject_spans = [(h.start - base, h.end - base) for h in near
                             if h.skill.kind in ("hard", "certification")]
            # "Northwind Logistics (NWL) is hiring": the name, shortened (a unit without
            # the name needs no pattern made of it)
            if self.company and self.company in unit.text:
                taken += _shortened_name_spans(self.company, unit.text)
            taken += [(a - base, b - base) for a, b in self.not_asked if base <= a < end]
            # "Help runners find shoes, apparel and nutrition": the store's goods.
            goods = chosen_goods_spans(unit.text)
            taken += goods
            terms = shape_terms(unit.text, taken, avoid, verbs, duties=deeds)
            # "Google Workspace (Gmail, Docs, Sheets)": Google Docs, Google Sheets
            terms = named_with_maker(unit.text, terms, vocabulary.lookup)
            # "• Brakes", "• Occupancy": a field's area alone on its line (bare_items.py).
            if not near and i in bare_areas:
                terms.append(bare_areas[i])
            nouns = numbered(unit.text, noun_terms(
                unit.text, [*taken, *((t.start, t.end) for t in terms)], avoid,
                free=_line_of_its_own(unit), verbs=verbs, noun=activity, roles=self._roles))
            # "give meds", "pull permits": the work the object names (object_work.py).
            nouns = [r for r in (_head_read(t, work) if isinstance(t, HeadTerm) else t
                                 for t in nouns) if r is not None]
            # "unload trailers of meat, dairy and frozen produce": goods moved, no ask.
            # ("Unload pallets from trailers" names the moving itself: Pallet unloading.)
            nouns = [t for t in nouns if t.kind != "hard" or names_the_moving(t.name)
                     or not moved_goods(unit.text, t.start, t.end)]
            # "communicate with families": Family communication, in the vocabulary's
            # name when it has one.
            partners = [ShapeTerm(p.name, "hard", p.start, p.end)
                        for p in partner_terms(unit.text)]
            # Skills told in everyday words, named as the vocabulary names them: the
            # subjects taught ("lessons in reading, writing, math"; the words' own
            # readings give way) and a seller's needs discovery ("find out what they
            # need"). Named skills, judged as the vocabulary's hits are.
            # A subject the vocabulary already reads where it stands ("Teach science":
            # Science Instruction) is left to that reading.
            named = [ShapeTerm(p.name, "hard", p.start, p.end)
                     for p in [*(subject_terms(unit.text) if subjects else ()),
                               *(needs_terms(unit.text, selling_job) if needs else ())]
                     if not (isinstance(p, SubjectTerm)
                             and any(a <= p.start < b for a, b in taken))]
            if named:
                spans = {(t.start, t.end) for t in named}
                nouns = [t for t in nouns if (t.start, t.end) not in spans]
            if self.idioms:
                terms = [t for t in terms if not self._in_idiom(base + t.start, base + t.end)]
                nouns = [t for t in nouns if not self._in_idiom(base + t.start, base + t.end)]
            phrases = {id(t) for t in [*nouns, *partners]}
            spelled = {id(t) for t in [*partners, *named]} | {  # "produce documents" too
                id(t) for t in nouns if isinstance(t, ActivityTerm)}
            for term in [*terms, *nouns, *partners, *named]:
                if self._hiring_at and base + term.start in self._hiring_at:
                    continue  # "is hiring a ... staff bookkeeper": no Recruiting
                if id(term) in phrases and id(term) not in spelled \
                        and term.name.lower() == unit.text[term.start:term.end].lower():
                    # "positive guidance strategies": Positive guidance; "the evolving
                    # nature of": none.
                    plain = plain_phrase(unit.text, term.start, term.end, vocabulary.lookup,
                                         activity, self._is_verb)
                    if plain is None:
                        continue
                    term = ShapeTerm(plain[0], term.kind, plain[1], plain[2])
                    phrases.add(id(term))
                told = None
                if unit.kind == "about":
                    told = self._tells_the_work(i, _clause_around(unit.text, term.start))
                    if not told:
                        continue  # the role told as a whole: its phrases are no duties
                name, kind = term.name, term.kind
                skill = vocabulary.lookup(term.name)
                if term.name in self.glossed_names:
                    name, skill = self.glossed_names[term.name], None  # "Place of Service"
                if skill is not None and (base + term.start, base + term.end) \
                        in self.credential_letters:
                    skill, kind = None, "certification"  # "... or CDN": the letters
                if skill is None and ends_in_event(term.name) \
                        and planned_before(unit.text, term.start):
                    # "Organize the monthly safety luncheon": the event is planned, no
                    # "Safety luncheon" (events.py)
                    skill = vocabulary.lookup("event planning")
                    if skill is None:
                        continue
                if skill is None and isinstance(term, AgainTerm):
                    skill = vocabulary.lookup(term.plain)  # "reslot": Slotting
                elif skill is None and isinstance(term, ActivityTerm) \
                        and (again := done_again(term.name)) is not None:
                    # "reschedule appointments": Appointment scheduling
                    skill = vocabulary.lookup(again)
                if told == "you" and skill is None and isinstance(term, ActivityTerm):
                    # "Day to day you'll pull data from our replica": told to "you" in
                    # a paragraph, an activity no vocabulary names is no ask.
                    continue
                if skill is None and verb_named(term, vocabulary.lookup, fields):
                    continue  # "prospect new accounts": Prospecting, no Account prospecting
                if isinstance(term, VerbTerm) and (
                        skill is None or skill.kind != "hard"
                        or (fields and not isinstance(term, MadeTerm)
                            and not set(getattr(skill, "fields", ())) & (fields | _EVERY_FIELD))):
                    # "ensure": a verb whose noun names no skill; "interpret drawings":
                    # its noun is another field's skill (a language interpreter's).
                    continue
                if isinstance(term, VerbTerm) and skill is not None \
                        and skill.name in SENSES and _verb_out_of_trade(
                            skill.name, unit.text, term.start, term.end):
                    # "audit pallet builds": the verb in another trade's sense, as its
                    # noun is among the vocabulary's hits (skills/senses.py).
                    continue
                if skill is not None:
                    if id(term) not in spelled and skill.name in self.terms:
                        continue  # the vocabulary's own reading of the text stands
                    # Or its finder missed the word here ("audit I-9s"): its name.
                    name, kind = skill.name, skill.kind
                if skill is None and name.isupper() and name.isalpha() and 2 <= len(name) <= 5 \
                        and (paper := _SCREENING_AFTER.match(unit.text, term.end)) is not None:
                    if vocabulary.lookup(paper.group(1)) is not None:
                        # "DOJ/FBI fingerprint clearance": the check is read by its own
                        # words; the agencies only say who runs it.
                        continue
                    name = f"{name} {paper.group(1).lower()}"  # "FBI clearances"
                if skill is None and names_a_body(name) and (
                        required_by(unit.text, term.start)
                        or rules_of_a_credential(unit.text, term.start)
                        or rules_on_a_subject(unit.text, term.start, term.end, subject_spans)):
                    # "as required by CMS", "CDC guidelines for infection control": who
                    # sets the rule, no ask of its own (rule_sources.py)
                    continue
                written = ""
                if skill is None and (ruled := rule_name(unit.text, term.start, term.end)):
                    # "according to EPA regulations": EPA regulations, as the posting
                    # wrote it (a named thing, so a gap the report may claim)
                    ruled_keys[ruled.casefold()] = name.casefold()
                    name = written = ruled
                key = name.casefold()
                if key in taken_names or key in cert_words or key.rstrip("s") in taken_names:
                    continue
                if skill is None and (is_region(name) or names_a_city(
                        unit.text, term.start, term.end)):
                    continue  # "an Oregon Food Handler card": whose rules, not an ask
                if skill is None and name[-1:] == "s" and name[:-1].isupper() \
                        and _OURS_BEFORE.search(unit.text, max(0, term.start - 8), term.start):
                    if own_letters is None:
                        own_letters = title_initials(self.title or "")
                    if name[:-1].lower() in own_letters:
                        continue  # "Our CSMs own the book": the job's own people, by letters
                if skill is None and (names_a_grantor(unit.text, term.start,
                                                      plainly=not name.isupper()) or (
                        name.isupper() and body_before_credential(
                            self.joined, base + term.start, base + term.end, None,
                            self.credential_starts))):
                    # "certification through HSPA", "a credential from PayrollOrg", "NHA
                    # CPT": who grants it
                    continue
                if skill is None and is_term_of_work(name):
                    continue  # "(Full Time, Days)", "(Temp-to-Hire, Day Shift)": the terms
                if is_unit(name.split(" ", 1)[0]) and a_measure(unit.text, term.start, term.end):
                    continue  # "200 amp services", "26,000 pounds GVWR": a measure (measures.py)
                if skill is None and key in _VAGUE_THINGS:
                    continue  # "a core system", "a computer": names no skill by itself
                if skill is None and set(key.split()) <= _SMALL_WORDS:
                    continue  # "before, during and after each treatment": small words only
                if skill is None and unit.kind not in ("requirements", "preferred") \
                        and names_a_condition_of_people(unit.text, term.start):
                    continue  # "students with asthma, diabetes and seizures": who is served
                if company_words and len(key.split()) >= 2 and set(key.split()) <= company_words:
                    continue
                if our_workplace(unit.text, term.start, term.end) \
                        or trades_of_others(unit.text, term.start) or named_in_passing(
                        unit.text, term.start, term.end) or (
                        id(term) not in phrases and short_form(self.joined, name)) \
                        or names_a_workforce(unit.text, term.start, term.end) \
                        or sold_by_the_job(unit.text, term.start) \
                        or opens_with_degree(unit.text, term.start, term.end) \
                        or describes_listed_accounts(unit.text, term.start, term.end) \
                        or talked_about(unit.text, term.start) \
                        or clause_of_time(unit.text, term.start, term.end) \
                        or an_organisations_budget(unit.text, term.start, term.end):
                    continue  # "in the operating room"; "Google" beside "Google Ads"
                # A phrase read by its place is judged as a soft skill is: never from
                # values ("a safe, inclusive workplace") or what the job offers.
                place = "soft" if id(term) in phrases else term.kind
                if self.context(i, term.start, place) is not True:
                    continue
                required = self.required(i, term.start)
                old = out.get(key)
                if old is not None and (old.required or not required):
                    if required and unit.kind == "requirements" != old.section:
                        # Told among the duties, asked again where the job screens: an
                        # ask the report may call missing (skills/uncertain_gaps.py).
                        out[key] = dataclasses.replace(old, section=unit.kind)
                    continue
                if skill is None and kind == "hard" and _CREDENTIAL_NOUN.search(name):
                    kind = "certification"  # "single subject credential": one holds it
                sentence = self.sentence(i, term.start)
                snippet = _snippet(unit.text, sentence, term.start, term.end)
                out[key] = SkillMention(name, kind, required, snippet, unit.kind, written)
                if isinstance(term, VerbTerm):
                    # A verb done again is judged by the plain verb's noun ("reschedule
                    # appointments": Appointment scheduling names it more closely).
                    said = term.plain if isinstance(term, AgainTerm) and term.plain \
                        else term.name
                    verb_nouns[key] = said.casefold()
                    closer = named_with_object(unit.text, term.end, said,
                                               vocabulary.lookup)
                    if closer is not None:
                        verb_objects[key] = closer.casefold()
                    else:  # "schedule appointments" too: Scheduling is asked
                        verb_objects.pop(key, None)
        for ruled, bare in ruled_keys.items():
            # "NCDOT driveway permits" and "NCDOT standards": the body asked once, by
            # the bare name the posting also uses.
            if ruled in out and bare in out:
                if out[ruled].required and not out[bare].required:
                    out[bare] = dataclasses.replace(out[bare], required=True)
                del out[ruled]
        return without_wider(list(out.values()), known, verb_nouns, verb_objects)

    def _bare_areas(self, vocabulary: VocabularyLike) -> dict[int, ShapeTerm]:
        """Each one-word line read as a field's area (``bare_items.py``), by its unit, kept
        only where the area's field is the posting's: another of its skills is of that
        field, or another such line is. "Computers" on an office assistant's list is no
        Computer repair, "Facilities" on a church office's no Facilities Maintenance
        (review23 A6); "Brakes" beside "Tires", or beside a scan tool, is brake work."""
        found: dict[int, tuple[ShapeTerm, set[str]]] = {}
        for i, unit in enumerate(self.units):
            if len(unit.text) <= 24 and unit.kind in _DEMAND_KINDS and i != self.title_unit \
                    and _line_of_its_own(unit) \
                    and (term := bare_item_term(unit.text, vocabulary.lookup)) is not None:
                skill = vocabulary.lookup(term.name)
                found[i] = (term, set(getattr(skill, "fields", ())))
        if not found:
            return {}
        posting = {f for h in self.hits for f in getattr(h.skill, "fields", ())}
        return {i: term for i, (term, fields) in found.items()
                if fields & posting or any(fields & other for j, (_t, other) in found.items()
                                           if j != i)}

    def preferred_credentials(self, certifications: list[str],
                              known: list[SkillMention]) -> list[SkillMention]:
        """Credentials the posting writes out where its wording makes them preferred
        ("LSW or LGSW licensure … a plus"): a mention of their own, so the match lists
        them as a preferred skill is listed instead of as required, the default for a
        certification. One that holds a skill already asked is left to the match,
        which lists the two as one ask."""
        names = {m.name for m in known}
        out = []
        for cert in certifications:
            if any(h.skill.name in names and h.end - h.start < len(cert)
                   for h in self.vocabulary.find(cert)):
                continue  # "ServSafe Allergens certification": the match lists it once
            at = None if cert in names else _whole_caseless(self.joined, cert)
            if at is None and cert not in names and " " in cert:
                # Written with a code or a sibling between its words: "Hazmat (H) and
                # Tanker (N) endorsements" holds the Hazmat Endorsement.
                first, last = cert.split()[0], cert.split()[-1]
                m = re.search(rf"(?<![\w-]){re.escape(first)}(?![\w-])[^.;\n]{{0,40}}?"
                              rf"(?<![\w-]){re.escape(last)}", self.joined, re.IGNORECASE)
                # Judged where its credential word stands: "Forklift experience
                # (certification a plus)" prefers the certification, not the forklift.
                at = None if m is None else m.end() - len(last)
            if at is None:
                continue
            i = bisect.bisect_right(self.starts, at) - 1
            unit, local = self.units[i], at - self.starts[i]
            if not self.required(i, local):
                snippet = _snippet(unit.text, self.sentence(i, local), local,
                                   local + len(cert))
                out.append(SkillMention(cert, "certification", False, snippet, unit.kind))
        return out

# The employer by the first word of its name, as the subject of its own boilerplate:
# "Apex is a drug-free workplace", "Apex's plants", "at Apex we believe".
_AS_EMPLOYER_AFTER = (r"(?:['’]s\b|\s+(?:is|are|was)\s+(?:a|an|the|one|proud|committed"
                      r"|an?\s+equal)\b"
                      r"|\s+(?:has been|offers?|provides?|believes?|values?)\b)")
_AS_EMPLOYER_BEFORE = r"(?:\b(?i:at|join|joining)\s+)"


_EMPLOYER_AFTER = re.compile(_AS_EMPLOYER_AFTER)
_EMPLOYER_BEFORE = re.compile(rf"{_AS_EMPLOYER_BEFORE}\Z")


_OURS_BEFORE = re.compile(r"\b(?:our|your|other|fellow)[ \t]+$", re.IGNORECASE)


def title_initials(title: str) -> set[str]:
    """The lower-cased initials of each run of two to four capitalised words of a job
    title: "Customer Success Manager (SMB)" gives "csm", "cs", "sm". A posting writes
    its own people in the plural so ("Our CSMs own the book"), and those letters ask
    for nothing; the singular ("a licensed PTA", "CMS" under Content Marketing
    Specialist) may well be an ask."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", title.split("(")[0])
             if w[0].isupper() and w.lower() not in _TITLE_SMALL]
    out: set[str] = set()
    for n in range(2, 5):
        for k in range(len(words) - n + 1):
            out.add("".join(w[0] for w in words[k:k + n]).lower())
    return out


_TITLE_SMALL = frozenset({"of", "and", "the", "for", "in", "to", "a", "an", "or", "i", "ii", "iii"})


def _short_name_spans(company: str, text: str) -> list[tuple[int, int]]:
    """Where the posting names the employer by its first word ("Apex" of "Apex
    Packaging") in its own voice: no skill of that name is asked there. The word is
    found with ``str.find`` and its two sides tested with fixed patterns: a pattern
    holding the name was compiled anew for each posting (a tenth of a millisecond)."""
    words = company.split()
    short = words[0] if len(words) >= 2 else ""
    if len(short) <= 3 or not short.isalpha() or not short[0].isupper():
        return []
    out = []
    at = text.find(short)
    while at >= 0:
        end = at + len(short)
        if (at == 0 or not _word_char(text[at - 1])) and (
                end == len(text) or not _word_char(text[end])) and (
                _EMPLOYER_AFTER.match(text, end)
                or _EMPLOYER_BEFORE.search(text, max(0, at - 40), at)):
            out.append((at, end))
        at = text.find(short, end)
    return out


def _whole_caseless(text: str, phrase: str) -> int | None:
    r"""Where ``phrase`` first stands in ``text`` with no word character or hyphen on
    either side, case ignored: found with ``str.find`` where lower-casing stands in for
    IGNORECASE, else with a pattern made of the phrase (compiled anew for each posting,
    a tenth of a millisecond, so only for text lower-casing does not stand in for)."""
    low = folded(text) if phrase.isascii() and phrase else None
    if low is None:
        m = re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", text, re.IGNORECASE)
        return None if m is None else m.start()
    spans = caseless_whole_spans(text, low, phrase.lower())
    return spans[0][0] if spans else None


# What follows an employer's name to give its short form: "Northwind Logistics (NWL)".
_SHORT_FORM_AFTER = re.compile(r"\s*\([^)]{1,15}\)")


def _shortened_name_spans(company: str, text: str) -> list[tuple[int, int]]:
    """The spans of ``company`` followed by its short form in brackets, found with
    ``str.find`` rather than a pattern made of the name for each posting."""
    out = []
    at = text.find(company)
    while at >= 0:
        m = _SHORT_FORM_AFTER.match(text, at + len(company))
        if m is not None:
            out.append((at, m.end()))
            at = text.find(company, m.end())
        else:
            at = text.find(company, at + 1)
    return out


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"



# What the employer is doing, in any section: "...; we are adding a CLIA-waived testing
# service next spring". Its words are the employer's plans, no ask.
# The last word of a system's or product's spelled-out name.
_NAMED_SYSTEM = re.compile(r"\b(?:System|Software|Platform|Portal|Database|Application)s?$")
_OUR_PLAN = re.compile(r"\W*(?:we(?:'|’)?re|we are)\s+(?:now\s+|currently\s+)?[a-z]{3,}ing\b"
                       # Or what the employer is, told among the duties: "We are a
                       # 120-truck refrigerated carrier hauling produce ...".
                       r"|\W*(?:we(?:'|’)?re|we are)\s+an?\s", re.IGNORECASE)


# ";" or a ".", "!", "?" before a space or the end; one class first, so ``re`` skips
# ahead to those marks (";|[.!?](?=...)" was tried at every character).
_CLAUSE_END = re.compile(r"[;.!?](?:(?<=;)|(?=\s|$))")


def _head_read(term: HeadTerm,
               work: Callable[[str, tuple[str, ...]], tuple[str, bool] | None]
               ) -> ShapeTerm | None:
    """A verb of doing's object as the work the vocabulary names on it ("give meds":
    Medication Administration), else as written where it has two words, else none.
    An object of two words named by its head's own activity ("complete lesson plans":
    Lesson Planning) has its sense from the object (a ``MadeTerm``); any other reading
    is judged by the posting's fields, as a verb's noun is ("perform scans" for a
    sonographer is no office's Document Scanning)."""
    named = work(term.verb, term.words)
    if named is not None:
        name, own = named
        made = MadeTerm if own and len(term.words) > 1 else VerbTerm
        return made(name, "hard", term.start, term.end)
    if len(term.words) < 2:
        return None
    return ShapeTerm(term.name, term.kind, term.start, term.end)


def _clause_around(text: str, pos: int) -> str:
    """The text between the semicolons or sentence ends around ``pos``, however long.

    The full stop of an abbreviation ends nothing: "Pinecrest Outdoor Co. sells kayaks"
    is one clause, the employer's story, not "sells kayaks" on its own."""
    dot = text.rfind(". ", 0, pos)
    while dot > 0 and _ends_abbreviation(text, dot):
        dot = text.rfind(". ", 0, dot)
    a = max(text.rfind(";", 0, pos), dot, text.rfind("! ", 0, pos),
            text.rfind("? ", 0, pos)) + 1
    m = _CLAUSE_END.search(text, pos)
    while m is not None and m.group() == "." and _ends_abbreviation(text, m.start()):
        m = _CLAUSE_END.search(text, m.end())
    return text[a:m.start() if m else len(text)]


# A part of a clause that asks on its own: "bilingual in Spanish is strongly preferred".
_ASKED = re.compile(r"\b(?:preferred|required|must|a plus|desired|needed|essential)\b",
                    re.IGNORECASE)
# The turn of a sentence to whom the employer seeks: "…, and we are looking for a
# dispatcher", "…, and with a backlog through 2028 we need licensed journeymen".
_SEEKS_OR_NEEDS = re.compile(r"\b(?:looking for|seeking|searching for|hiring|recruiting"
                             r"|we need|we're adding|we are adding)\b", re.IGNORECASE)
# A part of a clause that opens by turning to the hire: "we need a flatbed driver with …".
_TURNS_TO_HIRE = re.compile(r"(?:we|we're|we’re|we are)\s+(?:now\s+|also\s+)?"
                            r"(?:need|looking for|seeking|searching for|hiring|recruiting"
                            r"|adding|want)\b", re.IGNORECASE)
# ", and", ", but", ", while" between two parts of a clause that each tell their own.
_PART_JOINT = re.compile(r",\s+(?:and|but|while|whereas)\s+", re.IGNORECASE)


_ASIDE = re.compile(r"\(([^()]{3,200})\)")


def _without_offered_asides(clause: str, pos: int) -> str:
    """``clause`` with each bracketed aside that tells what the job gives blanked out
    (same length), unless ``pos`` stands inside it."""
    for m in _ASIDE.finditer(clause):
        if not m.start() <= pos < m.end() and offers(m.group(1)):
            clause = clause[:m.start()] + " " * (m.end() - m.start()) + clause[m.end():]
    return clause


def _part_around(clause: str, pos: int) -> str:
    """The part of ``clause`` between ", and"/", but" joints that holds ``pos``."""
    a, b = 0, len(clause)
    for m in _PART_JOINT.finditer(clause):
        if m.end() <= pos:
            a = m.end()
        elif m.start() >= pos:
            b = m.start()
            break
    return clause[a:b]


# "you will greet", "You'll also activate": a duty's verb told to the reader.
_YOU_WILL_VERB = re.compile(
    r"\byou(?:'ll|’ll| will)\s+(?:(?:also|then|often|regularly|directly)\s+)?"
    r"([a-z]+)\s+([a-z]+)", re.IGNORECASE)


# The hire's work told as what they are like: "you'll be comfortable reading tickets",
# "you're great at closing", "you don't mind unloading trucks", "you enjoy troubleshooting
# heat pumps". The "-ing" word and the word after it are the duty's verb and object.
_AT_EASE_CLAUSE = re.compile(
    r"\byou(?:'re|’re| are|'ll be|’ll be| will be)?\s+(?:also\s+|very\s+|really\s+)?"
    rf"(?:{'|'.join(sorted(AT_EASE, key=lambda w: (-len(w), w)))}|(?:great|good|excellent|expert)"
    r" at|don't mind|don’t mind|do not mind)"
    r"\s+(?:at\s+|in\s+)?([a-z]+ing)\s+([a-z]+)", re.IGNORECASE)


def _told_a_trait(clause: str, is_verb: Callable[[str], bool]) -> bool:
    """Does the clause tell "you" a duty as what you are like ("You'll be comfortable
    reading tickets off the printer")? Read then as "you will read tickets" is."""
    m = _AT_EASE_CLAUSE.search(clause)
    if m is None:
        return False
    verb = gerund_base(m.group(1).lower(), is_verb)
    return verb is not None and verb not in _ROLE_VERBS \
        and m.group(2).lower() not in _PLACE_WORDS


def _told_a_duty(clause: str, is_verb: Callable[[str], bool]) -> bool:
    """Does the clause tell "you" a duty, a verb and its object ("You'll activate new
    lines, port numbers …", "As a Sales Consultant you will greet every customer")?
    A verb before a preposition tells the role as a whole ("you will rotate between
    exam rooms, treatment and surgery"), as does one no word list knows as a verb."""
    if "you" not in clause and "You" not in clause:
        return False
    m = _YOU_WILL_VERB.search(clause)
    if m is None or m.group(1).lower() == "be":
        return _told_a_trait(clause, is_verb)
    verb = m.group(1).lower()
    # After "you will" a bare word is a verb; those that tell the role as a whole
    # ("you will be", "you'll join", "you'll enjoy") tell no duty.
    return (is_verb(verb) or bare_word(verb)) and verb not in _ROLE_VERBS \
        and m.group(2).lower() not in _PLACE_WORDS


_ROLE_VERBS = word_set(
    "be have need get want like love enjoy thrive join become learn grow receive earn gain"
    " play make feel see know bring work report find spend start help support")


# Words after a verb that make it tell where or how the role goes, not a duty's object.
_PLACE_WORDS = word_set(
    "between among across around through with in on at for from to into as alongside"
    " within under over")


def _imperative(sentence: str, is_verb: Callable[[str], bool]) -> bool:
    """Does the sentence open with a duty's verb in its base form, told to the reader
    ("Troubleshoot basic device issues and set up email")? After the employer's story
    in one paragraph it turns back to the work, as "you" does."""
    m = re.match(r"\W*([A-Z][a-z]+)\s+[a-z]", sentence)
    return m is not None and base_form(m.group(1).lower()) and is_verb(m.group(1).lower())


_FIRST_WORD = re.compile(r"\W*([A-Za-z]+)")  # compiled once, not looked up per call
# A clause's own verb in lower case, after a list's "and" or the hire told again:
# " and administer local …", " he or she will also weld …".
_CLAUSE_VERB = re.compile(
    r"\s*(?:and\s+)?(?:(?:you|he or she|she or he|he/she|they)(?:'ll|’ll|\s+will)\s+)?"
    r"(?:also\s+|then\s+)?(?:[a-z]+-)?([a-z]+)\b")
# The sentence's turn to the hire's work: "you will", "the ideal candidate will", "this
# person will".
_YOU_WILL = re.compile(
    r"\b(?:you(?:'ll|’ll| will)|(?:the|our) (?:ideal|successful|right|selected|new)"
    r" (?:candidate|person|applicant|hire|team member)s? will|this (?:person|individual"
    r"|position|role) will|(?:he or she|she or he|he/she) will)\b", re.IGNORECASE)


def _opens_with_verb(clause: str, is_verb: Callable[[str], bool]) -> bool:
    """Does the clause open with a duty's verb ("Administer the 401(k) plan")?"""
    m = _FIRST_WORD.match(clause)
    return m is not None and is_verb(m.group(1))


def _ends_abbreviation(text: str, dot: int) -> bool:
    """Is the full stop at ``dot`` the end of an abbreviation ("Co.", "Inc.", "e.g.")
    or followed by a word in lower case, so no sentence ends there?"""
    word = text[max(0, dot - 8):dot].rsplit(None, 1)
    if word and word[-1].lower().lstrip("(") in ABBREVIATIONS:
        return True
    after = text[dot + 1:dot + 3].lstrip()
    return bool(after) and after[0].islower()


def _line_of_its_own(unit: Unit) -> bool:
    """A bullet or a short line of one sentence: a line that is one noun phrase and
    nothing else ("• Tiered huddles") is an ask."""
    if len(unit.text) > 160 or ". " in unit.text.strip():
        return False
    return unit.bullet or unit.kind in ("requirements", "responsibilities", "preferred")


# The object's first word after a duty's verb: "Audit freight invoices".
_OBJECT_AFTER = re.compile(r"[ \t]+([a-z][a-z-]{2,})\b")


# "experience as a", "three years as an": the title after it is work asked for.
# A credential's word after the job's title: the title names the paper asked.
_PAPER_AFTER = re.compile(r"[ \t]+(?:licen[cs]es?|licensure|certificates?|certifications?"
                          r"|registration|credentials?|cards?)\b", re.IGNORECASE)
_AS_A_TITLE = re.compile(r"\b(?:experience|years?['’]?|yrs?)[ \t]+(?:working[ \t]+)?"
                         r"as[ \t]+(?:an?|the)[ \t]+$", re.IGNORECASE)


# "barista experience", "dispatcher experience": the worker's name before it is the work,
# as it is before another line of work that shares the word ("barista or café
# experience", "cashier or retail experience", "cashier/retail experience").
_EXPERIENCE_AFTER = re.compile(r"[ \t]+experience\b|(?:[ \t]+(?:or|and)[ \t]+|[ \t]*/[ \t]*)"
                               r"(?:[\w’'-]+[ \t]+){0,2}experience\b", re.IGNORECASE)


def _worked_as(text: str, start: int, end: int) -> bool:
    """Does a worker's name stand for the work asked ("1+ year as a barista", "two years
    of experience as a dispatcher", "bartender experience")? Then it is no mere person."""
    return bool(_AS_A_TITLE.search(text, max(0, start - 40), start)
                or _EXPERIENCE_AFTER.match(text, end))


def _is_title_line(text: str, title: str | None) -> bool:
    """Is the posting's first unit its title line ("Senior Plumber – Dayton, OH")?"""
    if len(text) >= 120 or len(text.split()) > 14 or (
            text.rstrip()[-1:] in ".!?" and ". " in text):
        return False  # a sentence or two that names the job is not its title line
    return bool((title and title.lower() in text.lower()) or title_of_line(text))


__all__ = ["PostingReader"]


_FIELD_VOTES = 4  # skill words a posting needs before their fields judge a verb's noun
