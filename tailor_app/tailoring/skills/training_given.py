"""Staff training shown by the training the person built or gave: "rebuilt check-in
training", "developed a new-hire training program", "led weekly safety trainings".

``staff.py`` reads a verb done to people ("train servers"); a resume as often names
the training itself as the thing made or run. Only verbs of making or giving it count
("completed", "attended" or "received" training is training taken), and never a
training for people other than staff (customers, clients, users, patients, students,
the public ...), named before the word or after it ("training for clients").
"""

from __future__ import annotations

import functools
import re

from tailor_app.tailoring.model import SkillMatch, SkillMention
from tailor_app.tailoring.skills.evidence import ResumeLine, work_bullet_showing
from tailor_app.tailoring.skills.staff import PEOPLE
from tailor_app.tailoring.skills.vocabulary import Vocabulary

__all__ = ["topic_training_given", "training_given"]

_OTHERS = (r"(?:customers?|clients?|users?|end-users?|patients?|students?|public|community"
           r"|partners?|vendors?|famil(?:y|ies)|parents?|caregivers?|members?|volunteers?"
           r"|consumers?|guests?|residents?|children|youth|learners?)")
_KINDS = r"(?:programs?|sessions?|modules?|curricul(?:um|a)|materials?|videos?|courses?)"
_GIVEN = re.compile(
    r"\b(?:(?:re)?buil[dt](?:s|ing)?|develop(?:s|ed|ing)?|design(?:s|ed|ing)?"
    r"|creat(?:e|es|ed|ing)|deliver(?:s|ed|ing)?|lead|led|leads|leading|ran|run(?:s|ning)?"
    r"|conduct(?:s|ed|ing)?|facilitat(?:e|es|ed|ing)|overhaul(?:s|ed|ing)?"
    r"|revamp(?:s|ed|ing)?|launch(?:es|ed|ing)?|wr(?:ite|ites|ote|iting|itten)"
    r"|redesign(?:s|ed|ing)?)"
    rf"[ \t]+(?:(?:a|an|the|our|new|all|weekly|monthly|annual)[ \t]+)*"
    rf"(?P<what>(?:(?!{_OTHERS}\b)[\w/-]+[ \t]+){{0,2}}?)"
    rf"trainings?(?:[ \t]+{_KINDS})?\b"
    rf"(?![ \t]+(?:{_KINDS}[ \t]+)?(?:for|to|with)[ \t]+(?:\w+[ \t]+)?{_OTHERS}\b)",
    re.IGNORECASE)


def training_given(mention: SkillMention, lines: list[ResumeLine]
                   ) -> tuple[float, SkillMatch | None]:
    """(1.0, match) for an ask of training staff ("Staff training", "Employee
    training") shown by a work line where the person built or gave a training (see the
    module docstring); else (0.0, None)."""
    words = mention.name.lower().split()
    if mention.kind != "hard" or len(words) != 2 or words[1] not in ("training", "trainings") \
            or words[0] not in PEOPLE:
        return 0.0, None
    return work_bullet_showing(mention, lines, _GIVEN)


# A training on a topic given as sessions: "Led anti-harassment sessions for all staff",
# "ran quarterly forklift safety workshops". The verbs are _GIVEN's (making or giving).
_VERB = _GIVEN.pattern.split(r"[ \t]+", 1)[0]
_SESSIONS = r"(?:sessions?|workshops?|classes|class|seminars?|in-services?|trainings?)"
# Topics that name the people taught or a generic thing, no subject: "user training" (a
# business analyst's "user workshops" gather requirements), "management training"
# ("management briefings" report output). Their training is told as training.
_NO_SUBJECT = frozenset({"user", "users", "end-user", "end", "management", "manager",
                         "managers", "leadership", "corporate", "personal", "customer",
                         "customers", "client", "clients", "product", "system", "systems",
                         "software", "team", "group", "new", "distributed", "parent", "parents"})


@functools.lru_cache(maxsize=256)
def _topic_pattern(topics: tuple[str, ...]) -> re.Pattern[str]:
    spelled = "|".join(r"[ \t]+".join(re.escape(w) for w in t.split()) for t in topics)
    return re.compile(
        rf"{_VERB}[ \t]+(?:(?:a|an|the|our|new|all|weekly|monthly|quarterly|annual|yearly)"
        rf"[ \t]+)*(?:{spelled})[ \t]+{_SESSIONS}\b", re.IGNORECASE)


def topic_training_given(mention: SkillMention, lines: list[ResumeLine],
                         vocabulary: Vocabulary) -> tuple[float, SkillMatch | None]:
    """(1.0, match) for an ask of a training on a topic ("Harassment prevention
    training", "Forklift safety training") shown by a work line where the person gave
    that topic's sessions, workshops or classes under one of the ask's names ("Led
    anti-harassment sessions", the topic of its alias "anti-harassment training"); else
    (0.0, None). Sessions attended, or the topic's other work ("anti-harassment
    investigations"), show nothing."""
    if mention.kind != "hard" or not mention.name.lower().endswith(" training"):
        return 0.0, None
    names = [mention.name]
    skill = vocabulary.lookup(mention.name)
    if skill is not None:
        names += list(skill.aliases)
    topics = set()
    for name in names:
        words = name.lstrip("=~").split()
        if len(words) >= 2 and words[-1].lower() in ("training", "trainings") \
                and not any(w.lower() in PEOPLE or w.lower() in _NO_SUBJECT
                            for w in words[:-1]):
            topics.add(" ".join(words[:-1]))
    if not topics:
        return 0.0, None
    return work_bullet_showing(mention, lines,
                               _topic_pattern(tuple(sorted(topics, key=len, reverse=True))))
