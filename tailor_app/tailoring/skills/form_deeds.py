"""An ask named by a form and an action ("I-9 audits", "W-2 reconciliation", "1099
preparation") shown by the action's verb done to the form: "Audit I-9 files every
quarter", "Reconciled W-2 totals to the payroll register", "Prepared 1099s".

The deed readers (``deeds``, ``synonym_deeds``, ``verb_synonyms``) read words of
letters, so a form's number ("I-9", "W-2", "941", "1099-NEC") is no object to them,
and HR, payroll and tax work is told by its forms. Here the ask's own form is found in
a resume line (as written, with or without its hyphen, "Form" before it, a plural or a
kind after it: "1099-NECs"), and the action's verb (its own stem or a plain synonym of
``synonym_table``) stands at most three words before it in the same clause, in a
verb's form ("-ed", "-ing", an irregular past) or opening the line's bullet. The words
between are plain lower-case ones (a determiner, a count, a modifier): "Audited the
quarterly I-9 files". A form named with no such verb ("I-9 training", "a W-2
employee") shows nothing, nor another action done to it ("Filed W-2s" is no W-2
reconciliation).
"""

from __future__ import annotations

import functools
import re

from tailor_app.tailoring.model import SkillMatch, SkillMention
from tailor_app.tailoring.skills.deeds import action_verbs
from tailor_app.tailoring.skills.evidence import ResumeLine
from tailor_app.tailoring.skills.stems import word_stems
from tailor_app.tailoring.skills.synonym_table import SYNONYM_VERBS
from tailor_app.tailoring.skills.vocabulary import Vocabulary
from tailor_app.tailoring.skills.wording import _done_form

__all__ = ["form_deed"]

# "I-9 audits", "Form 941 filing", "W-2 reconciliation", "1099 preparation".
_FORM_ACTION = re.compile(r"(?:Forms?[ \t]+)?(?P<form>[A-Z]{0,3}-?\d{1,4}[A-Z]?)s?"
                          r"[ \t]+(?P<action>[a-z]{4,})", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\w,.]*")
_MAX_BETWEEN = 3  # words between the verb and the form
_CLAUSE_BREAK = re.compile(r"[,;:.()!?]|\s[–—-]\s")
_SKIPPED = ("contact", "heading")


@functools.lru_cache(maxsize=1024)
def _asked_forms(names: tuple[str, ...]) -> tuple[tuple[re.Pattern[str], str, frozenset[str]], ...]:
    """(the form's pattern in a line, the form as the ask writes it, the action's verb
    stems) for each name of a form and an action."""
    out = []
    for name in names:
        found = _FORM_ACTION.fullmatch(name.strip())
        if found is None:
            continue
        action = found.group("action").lower()
        singular = action[:-1] if action.endswith("s") and not action.endswith("ss") else action
        verbs: set[str] = set(action_verbs(singular)) | set(action_verbs(action))
        for verb in SYNONYM_VERBS.get(singular, ()):
            verbs.update(word_stems(verb))
        if not verbs:
            continue
        form = found.group("form")
        letters = [re.escape(c) for c in form.replace("-", "")]
        # "I-9" and "I9"; "1099" and "1099-NEC"; "941" and "941s"; "Form 941".
        digits_at = next(i for i, c in enumerate(form.replace("-", "")) if c.isdigit())
        spelled = "".join(letters[:digits_at]) + ("-?" if digits_at else "") \
            + "".join(letters[digits_at:])
        pattern = re.compile(r"(?<![\w-])(?:Forms?[ \t]+)?" + spelled
                             + r"(?:-[A-Z]{2,4})?s?(?![\w-])", re.IGNORECASE)
        out.append((pattern, form, frozenset(verbs)))
    return tuple(out)


def _verb_before(line: ResumeLine, at: int, verbs: frozenset[str]) -> str | None:
    """The verb of ``verbs`` done to the form starting at ``at`` in ``line``, or None."""
    clause = line.text[:at]
    cut = max((m.end() for m in _CLAUSE_BREAK.finditer(clause)), default=0)
    words = list(_WORD.finditer(clause, cut))[-(_MAX_BETWEEN + 1):]
    for k in range(len(words) - 1, -1, -1):
        word = words[k].group()
        if verbs.isdisjoint(word_stems(word.lower())):
            if not (word.islower() or word[0].isdigit()):
                return None  # a name between ends the search
            continue
        opens = line.part == "bullet" and words[k].start() < 3 and cut == 0
        return word if opens or _done_form(word) else None
    return None


def form_deed(mention: SkillMention, lines: list[ResumeLine], resume_low: str,
              vocabulary: Vocabulary) -> tuple[float, SkillMatch | None]:
    """(1.0, match) when a resume line does the asked action to the asked form (see the
    module docstring), else (0.0, None)."""
    if mention.kind != "hard" or not any(c.isdigit() for c in mention.name):
        return 0.0, None
    names = [mention.name, mention.term or ""]
    skill = vocabulary.lookup(mention.name)
    if skill is not None and skill.name == mention.name:
        names += list(skill.aliases)
    forms = _asked_forms(tuple(n for n in names if n))
    if not forms:
        return 0.0, None
    closed = resume_low.replace("-", "")
    for pattern, form, verbs in forms:
        if form.replace("-", "").lower() not in closed:
            continue
        for line in lines:
            if line.part in _SKIPPED:
                continue
            for hit in pattern.finditer(line.text):
                verb = _verb_before(line, hit.start(), verbs)
                if verb is not None:
                    start = line.text.rfind(verb, 0, hit.start())
                    return 1.0, SkillMatch(mention.name, mention.kind, mention.required,
                                           line.text, line.text[start:hit.end()])
    return 0.0, None
