"""What a job posting asks for: ``analyse_posting(text) -> PostingAnalysis``.

The posting is cut into sections (``posting_sections``); every skill the
vocabulary finds outside the benefits and legal sections becomes a SkillMention
with the sentence it came from. Whether a skill is required is decided, most
specific first, by the wording around it (its comma-separated part, then its
clause, then its sentence: "must", "required" against "a plus", "preferred") and
only then by the section:

- requirements, responsibilities and text outside any section: required. Duties
  name the tools of the job, and a posting with no headings is all requirements
  unless its wording says otherwise;
- preferred / nice-to-have: preferred;
- about the company or the role: preferred, since a tool named in the company's
  story ("our stack runs on AWS") is context, not a demand.

Alternatives ("Python or Java", "at least one of JSF, Wicket, GWT") are each
listed with the strength of their sentence, as examples after "such as" / "e.g."
are: a reader of "Experience with Canva or Adobe Creative Cloud" under the
requirements takes both as asked, and a resume showing one still lacks the other
(the labelling rule of the quality benchmark). Only the wording makes one of them
preferred ("CCS or CCS-P also accepted").

Everything runs in time linear in the text (the input is capped) and nothing may
raise: a broken posting still yields an analysis the user can read.
"""

from __future__ import annotations

import bisect
import dataclasses
import logging
import re

from tailor_app.tailoring.caseless import folded
from tailor_app.tailoring.model import PostingAnalysis, PostingSection, SkillMention
from tailor_app.tailoring.posting.certs import find_certifications
from tailor_app.tailoring.posting.context import field_outliers
from tailor_app.tailoring.posting.noise import without_issuer
from tailor_app.tailoring.posting.others_duties import others_duty_spans
from tailor_app.tailoring.posting.protocols import VocabularyLike
from tailor_app.tailoring.posting.reader import PostingReader
from tailor_app.tailoring.posting.sections import IGNORED_KINDS, Unit, split_posting
from tailor_app.tailoring.posting.title import (
    find_company,
    find_title,
    title_of_line,
    without_company,
)
from tailor_app.tailoring.posting.years import DEGREE_CONTEXT, degree, min_years
from tailor_app.tailoring.skills.phrases import key_phrases

log = logging.getLogger(__name__)


_KEYWORD_WEIGHT = {"requirements": 3.0, "preferred": 2.0, "responsibilities": 2.0,
                   "other": 2.0, "about": 1.0}
_CERT_TAIL = re.compile(r"\s+(?:certifications?|certificates?|licen[cs]es?|licensure)$",
                        re.IGNORECASE)

def _own_field(work: PostingReader, certifications: list[str],
               vocabulary: VocabularyLike) -> list[str]:
    """The certifications, less one the posting names only by an acronym that is another
    field's credential: "CMA (AAMA)" in a clinic's posting is no Certified Management
    Accountant. The posting's fields are voted by its longer skill words, as for
    two-letter acronyms (``field_outliers``)."""
    if not certifications:
        return certifications
    items = [(getattr(h, "surface", ""), tuple(getattr(h.skill, "fields", ())))
             for h in work.hits]
    low = work.joined.lower()
    # The acronyms other credentials' own spellings use: "a CDA credential" is the Child
    # Development Associate, so its "CDA" is no Certified Dental Assistant.
    others: dict[str, set[str]] = {}
    for name in certifications:
        skill = vocabulary.lookup(name)
        for alias in getattr(skill, "aliases", ()):
            if " " in alias and alias.lower() in low:
                for word in alias.split():
                    if word.isupper():
                        others.setdefault(word, set()).add(name)
    asked = []
    for name in certifications:
        skill = vocabulary.lookup(name)
        short = [a for a in getattr(skill, "aliases", ()) if a.isupper() and " " not in a]
        if name.lower() not in low and any(others.get(a, {name}) - {name} for a in short):
            continue
        fields = tuple(getattr(skill, "fields", ())) if skill is not None else ()
        # Written some other way (an acronym): judged as a short capitals hit.
        if (fields and name.lower() not in low
                and field_outliers([*items, ("ACR", fields)]) & {len(items)}):
            continue
        asked.append(name)
    return asked


def gives_nothing_to_match(analysis: object) -> bool:
    """True when a stored analysis (``PostingAnalysis.to_dict()``) found nothing a resume
    could be matched with: no skill, certification, years or degree.

    Such a job still completes (the engine never refuses a posting), but its score is
    meaningless; the window and the command line say so instead of showing 0 → 0 as a
    verdict on the resume. Anything that is not an analysis dict is not judged.
    """
    if not isinstance(analysis, dict):
        return False
    return not (analysis.get("skills") or analysis.get("certifications")
                or analysis.get("min_years") or analysis.get("degree"))


def analyse_posting(
    text: str,
    title: str | None = None,
    company: str | None = None,
    *,
    vocabulary: VocabularyLike | None = None,
) -> PostingAnalysis:
    """Analyse a pasted posting. Never raises: on an unexpected error the posting comes
    back as one "other" section with nothing extracted, and the error is logged."""
    try:
        return _analyse(text, title, company, vocabulary)
    except Exception:
        log.exception("posting analysis failed; returning the text unanalysed")
        return PostingAnalysis(title=title, company=company,
                               sections=[PostingSection("other", "", str(text or ""))],
                               skills=[], keywords=[], min_years=None, degree=None,
                               certifications=[])


def _analyse(
    text: str, title: str | None, company: str | None, vocabulary: VocabularyLike | None
) -> PostingAnalysis:
    if vocabulary is None:
        # Imported here so the analyser can be tested with a small vocabulary on its own.
        from tailor_app.tailoring.skills.vocabulary import load_vocabulary

        vocabulary = load_vocabulary()
    split = split_posting(text or "")
    units = [u for u in split.units if u.kind not in IGNORED_KINDS]
    title = title if title and title.strip() else find_title(split)
    company = company if company and company.strip() else find_company(
        split, lambda name: vocabulary.lookup(name) is not None)
    if title and company:
        title = without_company(title, company)
    work = PostingReader(units, vocabulary, company, [s.heading for s in split.sections], title)
    skills = work.skills()
    certifications = _own_field(work, find_certifications(units, skills, vocabulary, title),
                                vocabulary)
    skills += work.shape_mentions(skills, certifications, vocabulary)
    skills += work.preferred_credentials(certifications, skills)
    # "Texas State Board of Pharmacy technician registration": named without its issuer.
    plain = {c: without_issuer(c) for c in certifications}
    certifications = [plain[c] for c in certifications]
    skills = [dataclasses.replace(s, name=plain[s.name]) if plain.get(s.name, s.name) != s.name
              else s for s in skills]

    keywords = _keywords(work, units, skills, certifications, title, company, vocabulary)
    return PostingAnalysis(
        title=title,
        company=company,
        sections=split.sections,
        skills=skills,
        keywords=keywords,
        min_years=min_years(work),
        degree=degree(work),
        certifications=certifications,
    )



def _keywords(
    work: PostingReader,
    units: list[Unit],
    skills: list[SkillMention],
    certifications: list[str],
    title: str | None,
    company: str | None,
    vocabulary: VocabularyLike,
) -> list[str]:
    """Key phrases beyond the vocabulary. Skill words are blanked out first (a ';' keeps
    them from gluing their neighbours together), the title line is left out, and
    phrases that only repeat the title, the company, a degree or a certification go."""
    texts = [u.text for u in units]
    # The skills' words, and what the employer's other workers do ("our nurses pass
    # meds" in a cook's posting): no key phrase of the job's.
    blanks = [(h.start, h.end) for h in work.hits] + others_duty_spans(work.joined, title)
    for start, end in blanks:
        i = bisect.bisect_right(work.starts, start) - 1
        a, b = start - work.starts[i], min(end - work.starts[i], len(texts[i]))
        if 0 <= a < b:
            texts[i] = texts[i][:a] + ";" + " " * (b - a - 1) + texts[i][b:]
    known = {s.name.lower() for s in skills} | work.surfaces
    for cert in certifications:
        known.add(cert.lower())
        known.add(_CERT_TAIL.sub("", cert).lower())
        known.add(re.sub(r"\s*\(.*?\)", "", cert).lower())  # "Certified ScrumMaster (CSM)"
        known.update(a.lower() for a in re.findall(r"\((\w+)\)", cert))
    own_words = {w.strip(".").lower()
                 for w in re.findall(r"[\w'’+#.&-]+", f"{title or ''} {company or ''}")}

    company_low = (company or "").lower()
    memo: dict[str, bool] = {}

    def is_known(phrase: str) -> bool:
        if phrase not in memo:
            memo[phrase] = _is_known(phrase)
        return memo[phrase]

    def _is_known(phrase: str) -> bool:
        low = phrase.lower()
        if low in known or vocabulary.lookup(phrase) is not None:
            return True
        if company_low and low.startswith(company_low):  # "Ferncliff Payments" of "Ferncliff"
            return True
        if DEGREE_CONTEXT.search(phrase, folded(phrase)):
            return True
        return {w.strip(".") for w in low.split()} <= own_words

    weighted = []
    for n, (unit, text) in enumerate(zip(units, texts, strict=True)):
        if n == 0 and len(unit.text) < 120 and (
                (title and title.lower() in unit.text.lower()) or title_of_line(unit.text)):
            continue  # the title line: its words are the title's, not the job's demands
        weighted.append((text, _KEYWORD_WEIGHT.get(unit.kind, 1.0)))
    return [c.text for c in key_phrases(weighted, is_known)]


__all__ = ["VocabularyLike", "analyse_posting", "gives_nothing_to_match"]
