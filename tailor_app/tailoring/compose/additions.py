"""What an edited resume states that the resume and its facts do not.

The user may type anything into the tailored text (it is their resume), but the
app promises never to *add* a claim on its own, so it shows which words of an
edit are claims of the user's own making: a number, a skill, a name (an employer,
a title, a place) that neither the resume nor the facts the user confirmed state.
It reads words the way the truthfulness guard does (:func:`guard.tokens`,
:func:`guard.units`, the vocabulary's skill hits with their acronym parents), so
"not in your resume" means the same thing in the editor as in the guard.

Ordinary words are not flagged: rewording a bullet is an edit, not a claim. A word
counts as a name when it starts with a capital anywhere but at the start of a line
or sentence ("Led a team at Google": Google is a name, Led is not).

The source's words and skills are worked out once per job (:class:`Supported`);
each check of an edit is then a pass over its words and skill hits.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from tailor_app.tailoring.compose.addition import NAME, NUMBER, SKILL, Addition, fact_for
from tailor_app.tailoring.compose.facts import with_facts
from tailor_app.tailoring.compose.guard import SUMMARY_WORDS, token_spans, tokens, units
from tailor_app.tailoring.model import ParsedResume, UserFact
from tailor_app.tailoring.skills.matching import acronym_parent
from tailor_app.tailoring.skills.vocabulary import Vocabulary, load_vocabulary

__all__ = ["NAME", "NUMBER", "SKILL", "Addition", "Supported", "fact_for", "unsupported"]

# Where a sentence starts: the start of a line (after a bullet mark) or after . ! ? :
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|^[\s\-–—•*·]+)$")


@dataclass
class Supported:
    """The words and skills a job's resume (with its facts) states.

    ``also`` is text the app itself produced from that resume and checked with the
    guard (the engine's tailored text: its summary line, its renames), so nothing
    the engine wrote is ever flagged.
    """

    words: set[str] = field(default_factory=set)
    skills: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, source: ParsedResume, facts: Iterable[UserFact] = (), also: str = "",
           vocabulary: Vocabulary | None = None) -> Supported:
        vocabulary = vocabulary or load_vocabulary()
        facts = list(facts)
        resume = with_facts(source, facts)
        # A fact's own words count even where tailoring would not place its line (an
        # entry no longer in the resume, or none given): the user stated them.
        lines = [text for _kind, text in units(resume)] + also.splitlines() + [
            text for fact in facts for text in (fact.skill, fact.line or "")]
        found = cls(words=set(SUMMARY_WORDS))
        for line in lines:
            found.words.update(tokens(line))
            found.add_skills(line, vocabulary)
        return found

    def add_skills(self, line: str, vocabulary: Vocabulary) -> None:
        for hit in vocabulary.find(line, cjk=True):
            self.skills.add(hit.skill.name)
            parent = acronym_parent(hit, vocabulary)
            if parent is not None:
                self.skills.add(parent.skill.name)

    def add_fact(self, skill: str, line: str | None = None,
                 vocabulary: Vocabulary | None = None) -> None:
        """A fact the user just confirmed: its words are supported from now on."""
        vocabulary = vocabulary or load_vocabulary()
        for text in (skill, line or ""):
            self.words.update(tokens(text))
            self.add_skills(text, vocabulary)
        found = vocabulary.lookup(skill)
        if found is not None:
            self.skills.add(found.name)


def _starts_sentence(line: str, offset: int) -> bool:
    return bool(_SENTENCE_START.search(line[:offset]))


def unsupported(text: str, supported: Supported,
                vocabulary: Vocabulary | None = None) -> list[Addition]:
    """Each claim of ``text`` the resume and its facts do not state, in text order:
    skills the resume does not show (by any of their names), numbers it does not
    contain, and capitalised words inside a sentence it never uses."""
    vocabulary = vocabulary or load_vocabulary()
    found: list[Addition] = []
    offset = 0
    for line in text.split("\n"):
        covered: list[tuple[int, int]] = []  # skill hits: their words are judged as skills
        for hit in vocabulary.find(line, cjk=True):
            covered.append((hit.start, hit.end))
            parent = acronym_parent(hit, vocabulary)
            known = hit.skill.name in supported.skills or (
                parent is not None and parent.skill.name in supported.skills)
            if not known:
                found.append(Addition(offset + hit.start, offset + hit.end, SKILL, hit.surface))
        for match in token_spans(line):
            word, start = match.group(), match.start()
            if word.casefold() in supported.words or any(a <= start < b for a, b in covered):
                continue
            if any(ch.isdigit() for ch in word):
                found.append(Addition(offset + start, offset + match.end(), NUMBER, word))
            elif len(word) > 1 and word[0].isupper() and not _starts_sentence(line, start):
                found.append(Addition(offset + start, offset + match.end(), NAME, word))
        offset += len(line) + 1
    found.sort(key=lambda a: a.start)
    return found
