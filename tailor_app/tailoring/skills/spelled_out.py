"""An acronym asked ("FIFO", "BANT") shown by the words it stands for, written with
commas: "Rotate stock first in, first out", "Qualify leads on budget, authority, need
and timeline".

The vocabulary holds such names ("first in first out" for FIFO; BANT's "budget
authority need and timeline" as a resume's phrase), but the matcher finds a name's
words only with spaces between them, and people write these as a list. Here a name of
the ask's skill whose words' initials spell the acronym (a small word, "to", "and",
"of", "the", "for", "in", "on" or "&", may give its letter or be passed over) is read
with at most one comma, hyphen or slash between two of its words, so a sentence's
break still ends it, and its commas must cut it into parallel parts, as a list of the
name's words is written ("first in, first out"; "budget, authority, need and
timeline"), never into the tail and head of two items of another list. Only the
skill's own names are read: the initials alone spell many things ("Reviewed budgets,
approvals, needs and timelines" is no BANT), and a list of other words is no name
("customer service, training" is no customer service training: those initials spell no
acronym asked). An acronym written in capitalised
words ("Efforts to Outcomes") is ``wording._acronym_evidence``'s reading.

Only asks named by three to six capitals whose skill has such a name, every word of it
in the resume, are read, and only lines holding a comma.
"""

from __future__ import annotations

import re

from tailor_app.tailoring.model import SkillMatch, SkillMention
from tailor_app.tailoring.skills.evidence import ALIAS_CREDIT, ResumeLine, evidence_rank
from tailor_app.tailoring.skills.vocabulary import Vocabulary

__all__ = ["spelled_out_acronym"]

_ACRONYM = re.compile(r"[A-Z]{3,6}")
_WORD = re.compile(r"[A-Za-z][A-Za-z']*")
_SMALL = frozenset({"to", "and", "of", "the", "for", "in", "on", "&"})
# Between two words of a name: spaces and at most one comma, hyphen, slash or "&".
_GAP = re.compile(r"[ \t]*[,/&-]?[ \t]*")
_SKIPPED = ("contact", "heading")


def _spell(words: list[str], letters: str) -> int:
    """How many of ``words`` spell ``letters`` from the first word on (a small word may
    give its letter or be passed over; the last word gives the last letter); 0 when
    they do not."""
    def walk(i: int, k: int) -> int:
        if k == len(letters):
            return i
        if i == len(words):
            return 0
        word = words[i].lower()
        if word[0] == letters[k]:
            end = walk(i + 1, k + 1)
            if end:
                return end
        if word in _SMALL and i > 0:
            return walk(i + 1, k)
        return 0
    return walk(0, 0)


def _runs(text: str) -> list[list[re.Match[str]]]:
    """The line's words in runs that nothing but a name's gap separates."""
    runs: list[list[re.Match[str]]] = []
    last_end = -1
    for word in _WORD.finditer(text):
        if runs and _GAP.fullmatch(text, last_end, word.start()):
            runs[-1].append(word)
        else:
            runs.append([word])
        last_end = word.end()
    return runs


def _one_name(text: str, first: int, last: int) -> bool:
    """Are the words at ``text[first:last]`` one name written as a list, not the tail
    and head of two list items? The commas cut the name into parallel parts (each one
    word, the last maybe two joined by "and": "budget, authority, need and timeline";
    or halves of one pattern, a word repeated in its place: "first in, first out"). So
    "budget management, information systems" spells no MIS (review20's M3), nor "human
    resources, information system upgrades" an HRIS (M7)."""
    parts = [_WORD.findall(p) for p in text[first:last].split(",")]
    if len(parts) == 1:
        return True
    sizes = [len([w for w in p if w.lower() != "and"]) for p in parts]
    last_and = "and" in (w.lower() for w in parts[-1])
    if all(n == 1 for n in sizes[:-1]) and (sizes[-1] == 1 or (sizes[-1] == 2 and last_and)):
        return True  # one word an item: "budget, authority, need and timeline"
    # halves of one pattern, a word repeated in its place: "first in, first out";
    # "human resources, information system" are two items' words (review20's M7)
    low = [[w.lower() for w in p] for p in parts]
    return len(set(sizes)) == 1 and any(len({p[i] for p in low}) == 1 for i in range(sizes[0]))


def _key(words: list[str]) -> tuple[str, ...]:
    return tuple(w.lower() for w in words if w.lower() not in _SMALL)


def spelled_out_acronym(mention: SkillMention, lines: list[ResumeLine],
                        vocabulary: Vocabulary, resume_low: str
                        ) -> tuple[float, SkillMatch | None]:
    """(credit, match) quoting the line that spells the asked acronym out (see the
    module docstring), else (0.0, None)."""
    name = mention.name.strip()
    if mention.kind not in ("hard", "tool", "certification") or not _ACRONYM.fullmatch(name):
        return 0.0, None
    letters = name.lower()
    skill = vocabulary.lookup(name)
    names = [*(skill.aliases if skill else ()),
             *(p for p, _ in vocabulary.resume_phrases(skill.name if skill else name))]
    spelled = {_key(words) for words in map(_WORD.findall, names)
               if len(words) >= 3 and _spell(words, letters) == len(words)}
    # every word of one of the names in the resume at all, before any line is read
    spelled = {k for k in spelled if all(w in resume_low for w in k)}
    if not spelled:
        return 0.0, None
    for line in sorted(lines, key=evidence_rank, reverse=True):
        if line.part in _SKIPPED or "," not in line.text:
            continue
        for run in _runs(line.text):
            texts = [w.group() for w in run]
            for start in range(len(run)):
                if texts[start][0].lower() != letters[0]:
                    continue
                end = _spell(texts[start:start + len(letters) + 3], letters)
                if not end:
                    continue
                words = texts[start:start + end]
                if _key(words) not in spelled:
                    continue
                first, last = run[start].start(), run[start + end - 1].end()
                if not _one_name(line.text, first, last):
                    continue
                return ALIAS_CREDIT, SkillMatch(mention.name, mention.kind, mention.required,
                                                line.text, line.text[first:last])
    return 0.0, None
