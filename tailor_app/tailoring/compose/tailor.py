"""Tailoring: the truthful operations that make a resume fit one posting.

Only these (DESIGN.md, promise 1): lead with the sections this posting cares
about; within each role put the bullets that show the posting's skills first
(roles keep their chronological order); put the asked-for skills first in skills
lists; use the posting's own word for a skill the resume names differently; add
one summary line made only of the resume's facts. Nothing is added, nothing
dropped: the guard checks that before the result is accepted.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from tailor_app.tailoring.compose.contact_tail import with_contact_tail
from tailor_app.tailoring.compose.facts import added_lines, with_facts
from tailor_app.tailoring.compose.fit import leave_out
from tailor_app.tailoring.compose.guard import check, skill_items, tokens, units
from tailor_app.tailoring.compose.order import (
    order_bullets,
    order_credentials,
    order_skill_entries,
    reorder_skill_line,
)
from tailor_app.tailoring.compose.relevance import Relevance
from tailor_app.tailoring.compose.rename import choose_renames, rename_resume
from tailor_app.tailoring.compose.render import is_headline, render_text
from tailor_app.tailoring.compose.summary import build_summary
from tailor_app.tailoring.compose.top_room import GIVEN_WAY, gives_way
from tailor_app.tailoring.compose.whole_term import whole_term
from tailor_app.tailoring.model import (
    Contact,
    GuardReport,
    MatchReport,
    ParsedResume,
    PostingAnalysis,
    ResumeDocument,
    Section,
    TailorResult,
    UserFact,
)
from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import (
    experience_entries,
    experience_years,
    match_resume,
)
from tailor_app.tailoring.skills.settings import names_a_setting
from tailor_app.tailoring.skills.titles import title_words
from tailor_app.tailoring.skills.vocabulary import Vocabulary, load_vocabulary
from tailor_app.tailoring.whole_words import has_whole

Progress = Callable[[str, int], None]


def _noop(stage: str, percent: int) -> None:
    """Progress sink used when the caller does not watch."""


def posting_terms(analysis: PostingAnalysis) -> dict[str, str]:
    """Canonical skill name -> the word the posting first uses for it (the analysis
    read it with the skill, so the posting is not searched a second time)."""
    return {s.name: s.term for s in analysis.skills if s.term}


def score_before(resume: ParsedResume, analysis: PostingAnalysis, *,
                 vocabulary: Vocabulary | None = None, today: date | None = None,
                 resume_years: tuple[float | None] | None = None) -> MatchReport:
    """The resume's score for a posting before tailoring: the job's "before" score and
    Best fit's Fit column are this one computation, so they always agree (an alias
    earns 0.8 only against the posting's own words, which the analysis carries)."""
    vocabulary = vocabulary or load_vocabulary()
    return match_resume(resume, analysis, posting_terms=posting_terms(analysis),
                        vocabulary=vocabulary, today=today or date.today(),
                        resume_years=resume_years)


def _order_sections(sections: list[Section], relevance: Relevance,
                    analysis: PostingAnalysis, entry_level: bool,
                    unrelated: bool | None = None) -> list[Section]:
    """Summary, then the asked-for skills and the credentials asked (the list that
    answers more of the posting first: ``_listed_first``), then experience (or, for a
    first job in the field, education and projects), then the rest; ties keep the
    resume's own order.
    ``entry_level``: a new graduate whose roles show none of the work asked
    (``_schooling_leads``); ``unrelated`` (default ``entry_level``): roles showing none
    of it, whoever wrote them: projects that show the work asked then lead them too (a
    career changer's course projects), while an old degree stays below the work.
    A long objective that answers little of the posting goes after the work, skills,
    education and credentials, still before the closing sections a reader takes for the
    end of a resume (awards, interests, references: ``top_room``)."""
    unrelated = entry_level if unrelated is None else unrelated
    work = {s.name for s in analysis.skills if s.kind != "soft"}

    def _shows_work(section: Section) -> bool:
        # The work asked, as ``_related_work`` reads a role: a mural project's
        # "communication" and "teamwork" are no reason to lead twelve years of work.
        return any(relevance.skills(line) & work for entry in section.entries
                   for line in (*entry.header, *entry.bullets))

    asks_certs = bool(analysis.certifications) or any(
        s.kind == "certification" for s in analysis.skills)

    required = set(analysis.required_skills)

    def _asks_answered(section: Section) -> float:
        # How many of the posting's asks a list shows, each once, its required ones
        # first: a count, not the weights, so a licence named with the title's word
        # ("Driver's License" for a delivery driver) is one ask, not the job's core,
        # and a teaching licence (required) leads a course list answering two wishes.
        names = {name for entry in section.entries for line in (*entry.header, *entry.bullets)
                 for name in relevance.skills(line)}
        return _REQUIRED_FIRST * len(names & required) + len(names)

    shown_elsewhere: list[set[str]] = []

    def elsewhere() -> set[str]:
        # The posting's skills the sections other than the summary show: worked out
        # once, and only for a paragraph that may give way.
        if not shown_elsewhere:
            shown_elsewhere.append({
                name for s in sections if s.kind != "summary" for entry in s.entries
                for line in (*entry.header, *entry.bullets) for name in relevance.skills(line)})
        return shown_elsewhere[0]

    def priority(section: Section) -> float:
        kind = section.kind
        if kind == "contact":
            return 0
        if kind == "summary":
            return GIVEN_WAY if gives_way(section, relevance.skills, analysis,
                                          elsewhere) else 0
        if kind == "skills":
            return _listed_first(_asks_answered(section)) if relevance.section(section) > 0 \
                else 6
        if kind == "certifications":
            return (_listed_first(_asks_answered(section)) + _AFTER_SKILLS
                    if asks_certs and relevance.section(section) > 0 else 7)
        if kind == "education":
            return 2.5 if entry_level else 5
        if kind == "experience":
            return 3
        if kind == "projects":
            return 2.8 if entry_level or (unrelated and _shows_work(section)) else 4
        return 8

    ranks = [priority(section) for section in sections]
    if sections and is_headline(sections[0]):
        ranks[0] = 0
    for i in range(len(sections) - 2, -1, -1):
        if not sections[i].entries:
            # A heading with nothing under it goes with the section after it ("SKILLS"
            # over "EXPERIENCE" when two columns were pasted as one): alone, it was
            # sent to the end of the resume as an empty heading.
            ranks[i] = ranks[i + 1]
    indexed = sorted(enumerate(sections), key=lambda p: (ranks[p[0]], p[0]))
    return [s for _i, s in indexed]


# The lists above the work (a skills list, the credentials asked) stand in the order of
# how many asks they show: a hygienist's licences, which answer most of a posting's
# gate, lead a list of software, as a careful writer puts them. Their ranks stay between
# the summary (0) and schooling or projects leading the work (2.5, 2.8); on equal counts
# the skills list leads, as it always did.
_AFTER_SKILLS = 0.001
# A required ask shown counts as this many wished ones: the lists stand by required asks
# first, then by all.
_REQUIRED_FIRST = 10


def _listed_first(answered: float) -> float:
    """The rank of a list above the work that shows ``answered`` of the posting's asks
    (required ones counted ``_REQUIRED_FIRST`` times): the more, the nearer 1."""
    return 1 + 0.5 / (1 + answered)


def _related_work(resume: ParsedResume, relevance: Relevance, analysis: PostingAnalysis
                  ) -> bool:
    """Has the resume a role named like the posting's job or showing one of its skills?
    A new graduate's café or shop job does not: the degree and the projects that show
    the skills asked are what a reader of a first software or design job looks at, so
    they lead as they do on a resume with no role at all."""
    roles = experience_entries(resume)
    if not roles:
        return False
    wanted = title_words(analysis.title or "")
    asked = {s.name for s in analysis.skills if s.kind != "soft"}
    return any(wanted & title_words(role.title or "")
               or any(relevance.skills(line) & asked for line in (*role.header, *role.bullets))
               for role in roles)


# A degree finished this many years ago or less, or a programme begun this many years
# ago or less and still running, is a new graduate's: it may lead a resume whose roles
# do not show the work asked. Older schooling stays below the work.
RECENT_DEGREE_YEARS = 2
RECENT_PROGRAMME_YEARS = 4
# With no dated schooling, years of work that make a person no new graduate.
SETTLED_WORK_YEARS = 3.0


def _schooling_leads(resume: ParsedResume, today: date) -> bool:
    """Is the resume a new graduate's, whose schooling may lead when no role shows the
    work asked (``_related_work``)? A nurse of three years applying to a warehouse, or
    a real-estate analyst whose B.A. is fifteen years old, is a career changer: the
    work, however far from the posting, is what a reader weighs, and an old degree the
    posting does not ask for hoisted above it reads as a first job. Only a degree
    finished within ``RECENT_DEGREE_YEARS`` (or a programme begun within
    ``RECENT_PROGRAMME_YEARS`` and still running) is a new graduate's; with no dated
    schooling at all, fewer than ``SETTLED_WORK_YEARS`` years of work are."""
    dated = False
    for section in resume.sections:
        if section.kind != "education":
            continue
        for entry in section.entries:
            end, start = entry.end, entry.start
            if end is not None and end.present:
                dated = True
                if start is None or start.year is None or (
                        today.year - start.year <= RECENT_PROGRAMME_YEARS):
                    return True
                continue
            when = end or start
            year = when.year if when is not None else None
            if year is None:
                continue
            dated = True
            if today.year - year <= RECENT_DEGREE_YEARS:
                return True
    if dated:
        return False
    return (experience_years(resume, today) or 0.0) < SETTLED_WORK_YEARS


def _empty_resume() -> ParsedResume:
    return ParsedResume(contact=Contact(), sections=[])


@dataclass
class _Plan:
    """What one attempt may change; the guard's objections take changes out of it."""

    renamed: dict[str, str]
    banned_terms: set[str] = field(default_factory=set)  # skills left out of the summary
    summary: bool = True
    frozen: set[str] = field(default_factory=set)  # skills lines whose items stay put
    reorder: bool = True
    dropped: list[str] = field(default_factory=list)


def _arrange(source: ParsedResume, plan: _Plan, relevance: Relevance,
             analysis: PostingAnalysis, vocabulary: Vocabulary, today: date) -> ParsedResume:
    """The source with the plan's renames and moves applied."""
    renamed_resume = rename_resume(source, plan.renamed, vocabulary)
    if not plan.reorder:
        return renamed_resume
    asked = {s.name for s in analysis.skills if s.kind != "soft"}
    renamed_resume = with_contact_tail(
        renamed_resume, lambda line: bool(relevance.skills(line) & asked))
    weights = relevance.weights

    def item_rank(item: str) -> float:
        skill = vocabulary.lookup(item)
        return weights.get(skill.name, 0.0) if skill else 0.0

    def items(line: str) -> str:
        return line if line in plan.frozen else reorder_skill_line(line, item_rank)

    sections: list[Section] = []
    for section in renamed_resume.sections:
        entries = section.entries
        if section.kind == "skills":
            entries = [replace(e, header=[items(h) for h in e.header]) for e in entries]
            entries = order_skill_entries(entries, relevance.line, vocabulary)
        elif section.kind == "certifications" and relevance.section(section) > 0:
            # Only a list holding a credential the posting asks for: for a posting it
            # does not answer, the author's order says more than a shared word.
            entries = order_credentials(entries, relevance.answers, vocabulary)
        entries = [order_bullets(e, relevance.line) for e in entries]
        sections.append(replace(section, entries=entries))
    unrelated = not _related_work(source, relevance, analysis)
    return replace(renamed_resume, sections=_order_sections(
        sections, relevance, analysis, unrelated and _schooling_leads(source, today),
        unrelated))


def _repair(plan: _Plan, guard: GuardReport, summary: str | None, tailored: ParsedResume,
            terms: list[str], vocabulary: Vocabulary) -> bool:
    """Take out of the plan the changes the guard objected to; False when none is left
    to take out (the caller then keeps the resume as written)."""
    invented = {t for word in guard.invented for t in tokens(word)}
    lost = [line.casefold() for line in guard.lost]
    # A rename whose words the guard calls invented first; only when none is, one
    # that appears in a line the guard could not find again.
    suspects: tuple[Callable[[str, str], bool], ...] = (
        lambda old, new: bool(set(tokens(new)) & invented or set(tokens(old)) & invented),
        lambda old, new: any(old.casefold() in line or new.casefold() in line
                             for line in lost))
    for implicated in suspects:
        bad = [(old, new) for old, new in plan.renamed.items() if implicated(old, new)]
        for old, new in bad:
            del plan.renamed[old]
            plan.dropped.append(f"{old} \u2192 {new}")
        if bad:
            return True
    in_summary = set(tokens(summary or "")) & invented or {
        h.surface for h in vocabulary.find(summary or "") if h.surface in guard.invented}
    if plan.summary and summary and in_summary:
        # A skill word of the summary the guard does not find in the resume: leave that
        # skill out; a title or number it objects to: leave the line out.
        words = {w.casefold() for w in in_summary}
        banned = {t for t in terms if set(tokens(t)) & words or t.casefold() in words}
        if banned - plan.banned_terms:
            plan.banned_terms |= banned
            plan.dropped.extend(f"\u201c{t}\u201d in the summary line" for t in sorted(banned))
        else:
            plan.summary = False
            plan.dropped.append(f"the summary line \u201c{summary}\u201d")
        return True
    if plan.renamed and (invented or lost):
        plan.dropped.extend(f"{o} \u2192 {n}" for o, n in plan.renamed.items())
        plan.renamed = {}
        return True
    if lost and plan.reorder:
        before = len(plan.frozen)
        plan.frozen.update(line for _kind, line in units(tailored) if _kind == "skills")
        if len(plan.frozen) > before:
            plan.dropped.append("the new order of items in skills lines")
            return True
    if plan.reorder and (lost or invented):
        plan.reorder = False
        plan.dropped.append("the new order of lines and sections")
        return True
    if plan.summary and summary:
        plan.summary = False
        plan.dropped.append(f"the summary line \u201c{summary}\u201d")
        return True
    return False


def _still_shown(matched: list[tuple[str, str, str]], resume: ParsedResume
                 ) -> list[tuple[str, str, str]]:
    """The matched skills whose resume words some line of ``resume`` still holds."""
    text = "\n".join(line for section in resume.sections for entry in section.entries
                     for line in (*entry.header, *entry.bullets)).casefold()
    return [m for m in matched
            if re.search(rf"(?<!\w){re.escape(m[0].casefold())}(?!\w)", text)]


def tailor(
    resume_document: ResumeDocument | str | None,
    job_text: str,
    title: str | None = None,
    company: str | None = None,
    *,
    progress: Progress | None = None,
    today: date | None = None,
    vocabulary: Vocabulary | None = None,
    facts: Sequence[UserFact] = (),
    pages: int | None = None,
    keep: Collection[str] = (),
) -> TailorResult:
    """Tailor one resume to one posting (see the module docstring for what that may do).

    A change the guard objects to (a rename, the summary line, a new order) is left
    out and the rest kept, so a readable resume always completes; what was left out
    is in ``TailorResult.dropped``. With no resume, the result carries the posting
    analysis alone and an empty text.
    ``facts`` are what the user confirmed having (joined to the resume first, so they
    are part of the guard's source); ``pages`` (1 or 2) leaves out the least relevant
    lines until the resume fits, except the lines in ``keep`` (ones the user put back).
    """
    report = progress or _noop
    today = today or date.today()
    vocabulary = vocabulary or load_vocabulary()
    report("analysing posting", 10)
    analysis = analyse_posting(job_text, title, company)
    terms = posting_terms(analysis)

    if resume_document is None:
        empty = _empty_resume()
        before = match_resume(empty, analysis, posting_terms=terms, vocabulary=vocabulary,
                              today=today)
        return TailorResult("", empty, None, empty, analysis, before, before, {},
                            check(empty, empty, None, {}, vocabulary=vocabulary, today=today))

    report("reading resume", 30)
    original = parse_resume(resume_document)
    # The resume's years, read once for the match and, where no fact was added (most
    # jobs: the source is the original itself), the guard.
    years = (experience_years(original, today),)
    before = score_before(original, analysis, vocabulary=vocabulary, today=today,
                          resume_years=years)
    source = with_facts(original, facts)  # what the guard holds the result to
    source_years = years if source is original else None

    report("tailoring", 60)
    plan = _Plan(renamed=choose_renames(source, terms, vocabulary))
    relevance = Relevance(analysis, vocabulary, (
        line for section in source.sections for entry in section.entries
        for line in (*entry.header, *entry.bullets)))
    ranked = sorted(before.matched, key=lambda m: not m.required)
    # The resume's whole name for each term the summary may quote ("SUD treatment", not
    # "SUD"), unless the term is renamed to the posting's word.
    own = frozenset(hit.skill.name for section in original.sections
                    for entry in section.entries for line in (*entry.header, *entry.bullets)
                    for hit in vocabulary.find(line))
    whole = {m.resume_term: whole_term(m.resume_term, m.evidence, vocabulary, own)
             for m in ranked if m.resume_term and m.evidence
             and m.resume_term not in plan.renamed}
    required = set(analysis.required_skills)

    def shows_required(line: str) -> set[str]:
        return relevance.skills(line) & required

    def attempt() -> tuple[ParsedResume, str | None, list[str], list[list[str]],
                           GuardReport, MatchReport]:
        left_out: list[str] = []
        spare: list[list[str]] = []
        for _attempt in range(8):
            tailored = _arrange(source, plan, relevance, analysis, vocabulary, today)
            matched_names = [(term, m.kind, m.name) for m in ranked if m.kind != "soft"
                             and (term := plan.renamed.get(m.resume_term)
                                  or whole.get(m.resume_term, m.resume_term))
                             not in plan.banned_terms and m.name not in plan.banned_terms
                             and not names_a_setting(m.name)]
            summary = (build_summary(tailored, analysis, matched_names, today, vocabulary)
                       if plan.summary else None)
            tailored, left_out, spare = leave_out(tailored, pages, summary, relevance.line,
                                                  shows_required, keep)
            if left_out and summary is not None:
                # The line says only what the fitted page still shows: built before
                # fitting, it named skills whose only lines were left out, and the
                # report then called them missing (user18 N27).
                summary = build_summary(tailored, analysis, _still_shown(matched_names, tailored),
                                        today, vocabulary)
            report("checking", 85)
            guard = check(source, tailored, summary, plan.renamed, vocabulary=vocabulary,
                          today=today, left_out=left_out, source_years=source_years)
            if guard.ok or not _repair(plan, guard, summary, tailored,
                                       [w for t, _k, n in matched_names for w in (t, n)],
                                       vocabulary):
                break
        if not guard.ok:
            # Nothing left to take out: the resume exactly as written, which the guard
            # accepts by construction (every unit and word is the source's own).
            plan.dropped.append("every change")
            plan.renamed, summary = {}, None
            # Leaving out is still asked for, and the guard excuses only those lines.
            tailored, left_out, spare = leave_out(source, pages, None, relevance.line,
                                                  shows_required, keep)
            guard = check(source, tailored, None, {}, vocabulary=vocabulary, today=today,
                          left_out=left_out)
        # The summary line only repeats what the resume shows, so it is no evidence:
        # the match is read from the resume's own lines.
        view = _in_source_order(tailored, source, plan.renamed, left_out, vocabulary)
        # With no rename, no fact and no line left out, those are the very lines the
        # "before" match read: its report is the answer.
        after = _quoting(_copy(before) if view is original else
                         match_resume(view, analysis, posting_terms=terms,
                                      vocabulary=vocabulary, today=today), view, tailored)
        return tailored, summary, left_out, spare, guard, after

    tailored, summary, left_out, spare, guard, after = attempt()
    # A rename must never cost a match it was made for: "GL" written "General Ledger"
    # hid the "tie out the payroll register to the GL" that showed payroll
    # reconciliation. Such a rename is dropped and the resume arranged again.
    costly = _renames_that_cost(before, after, plan.renamed, left_out)
    if costly:
        for old in costly:
            plan.dropped.append(f"{old} \u2192 {plan.renamed.pop(old)}")
        tailored, summary, left_out, spare, guard, after = attempt()
    text = render_text(tailored, summary)
    report("done", 100)
    added = added_lines(original, source)
    return TailorResult(text=text, tailored=tailored, summary=summary, original=original,
                        analysis=analysis, match_before=before, match_after=after,
                        renamed=dict(plan.renamed), guard=guard, dropped=plan.dropped,
                        added=added, left_out=left_out, spare=spare, pages=pages,
                        facts_used=[f for f in facts if _fact_shown(f, source)])


def _renames_that_cost(before: MatchReport, after: MatchReport, renamed: dict[str, str],
                       left_out: Collection[str]) -> list[str]:
    """The renamed words in the evidence of a skill the tailored resume no longer
    shows, where no line was left out to fit a page (that loss is the user's choice)."""
    if not renamed or left_out:
        return []
    kept = {m.name for m in after.matched}
    lost = [m for m in before.matched if m.name not in kept]
    return [old for old in renamed if any(has_whole(m.evidence, old) for m in lost)]


def _in_source_order(tailored: ParsedResume, source: ParsedResume, renamed: dict[str, str],
                     left_out: Sequence[str], vocabulary: Vocabulary) -> ParsedResume:
    """The tailored resume's lines in the source's order, for the "after" match.

    Tailoring only renames and moves lines (the guard holds it to that), and what a
    resume shows does not depend on where its lines stand; read in the source's
    order, a resume with no rename is the text the "before" match already read, so
    its matching is not done twice. Lines left out to fit a page change the text,
    so that resume is read as it is."""
    if left_out:
        return tailored
    return rename_resume(source, renamed, vocabulary)


def _copy(report: MatchReport) -> MatchReport:
    """A copy of ``report`` sharing nothing mutable with it: ``deepcopy``'s result, made
    directly (its lists hold dataclasses of plain values; deepcopy walked them in
    Python, about a job's 0.5 %)."""
    return replace(report, breakdown=[replace(c) for c in report.breakdown],
                   matched=[replace(m) for m in report.matched],
                   missing_required=list(report.missing_required),
                   missing_preferred=list(report.missing_preferred),
                   unconfirmed=list(report.unconfirmed),
                   maybe_shown=dict(report.maybe_shown))


def _skills_key(line: str) -> tuple[str, tuple[str, ...]]:
    category, items = skill_items(line)
    return category, tuple(sorted(items.elements()))


def _quoting(report: MatchReport, view: ParsedResume, tailored: ParsedResume) -> MatchReport:
    """``report`` with its evidence quoted as the tailored resume writes it: a skills
    line read in the source's order may list its items in another order there."""
    if view is tailored:
        return report
    tailored_units = units(tailored)
    written = {text for _kind, text in tailored_units}
    moved = {_skills_key(text): text for kind, text in tailored_units if kind == "skills"}
    matched = [m if m.evidence in written else
               replace(m, evidence=moved.get(_skills_key(m.evidence), m.evidence))
               for m in report.matched]
    return replace(report, matched=matched)


def _fact_shown(fact: UserFact, augmented: ParsedResume) -> bool:
    folded = fact.skill.casefold()
    return any(item.strip().casefold() == folded for item in augmented.skills)


__all__ = ["posting_terms", "reorder_skill_line", "score_before", "tailor"]
