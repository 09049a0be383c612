"""An ask named "<modifier> <thing>" shown by the thing alone, in an entry that names the
modifier: a laborer's "Set and stripped forms for patios", in a job whose bullets pour
and saw concrete, shows Concrete forms; a project manager's "Agree on scope, budget
and timeline", in an entry of projects, shows Project scope; "Reviewed drawings and
specs ... construction documents" shows Construction drawings.

Resumes drop the word their context already says. The thing must be a thing, not an
action or a word for a kind ("management", "skills", "care", "safety" are said of
anything), and the resume must use it bare: after a verb, a determiner, a small word
or a list's comma, never after another noun ("intake forms", "shop drawings" are other
forms and drawings), and not itself describing a noun after it. The modifier must be
in the same entry (its title or bullets), outside an employer's or school's name.
"""

from __future__ import annotations

import functools
import re

from tailor_app.tailoring.model import SkillMatch, SkillMention
from tailor_app.tailoring.skills.evidence import ResumeLine
from tailor_app.tailoring.skills.wording import _ACTION_LAST_WORD, _NOUN_GOES_ON, _done_form

__all__ = ["NOT_A_NOUN", "entries", "head_in_entry"]

# Words for a kind of thing or a field of work: said of anything, so no head alone.
_GENERIC_HEADS = frozenset({
    "skills", "skill", "experience", "knowledge", "systems", "system", "services", "service",
    "software", "tools", "tool", "equipment", "operations", "support", "safety", "care",
    "work", "program", "programs", "process", "processes", "team", "teams", "standards",
    "procedures", "practices", "principles", "techniques", "methods", "tasks", "duties",
    "environment", "environments", "settings", "setting", "industry", "field", "background",
    "relations", "issues", "needs", "solutions", "products", "data", "design", "control",
    "quality", "sales", "development", "research", "analysis", "compliance", "strategy",
})
# Words after which the thing stands bare: small words, determiners, conjunctions.
_BARE_AFTER = frozenset({"a", "an", "the", "all", "each", "every", "our", "their", "his", "her",
                         "its", "my", "your", "on", "of", "for", "to", "in", "with", "from",
                         "and", "or", "by", "at", "into", "new", "any"})
_ENTRY_SECTIONS = frozenset({"experience", "volunteering", "projects"})
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


# A modifier by its shape an adjective or a verb's form ("Final files", "Medical history",
# "Rooming patients", "Written materials"): what it says is not a thing an entry names.
NOT_A_NOUN = re.compile(r".*(?:al|ic|ing|ed|en|ive|ous|ful|ary|able|ible|less|ly)$")


@functools.lru_cache(maxsize=2048)
def _parts(name: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """(the modifier, the thing) of a two-word "<noun> <thing>" as patterns of their
    own words (a plural modifier may be singular, the thing keeps its number), or None
    for any other name."""
    words = name.split()
    if len(words) != 2 or not all(re.fullmatch(r"[A-Za-z]{3,}", w) for w in words):
        return None
    modifier, head = words[0].lower(), words[1].lower()
    # a plural in "-ings" is a thing ("drawings", "findings"), though its ending is an action's
    action = _ACTION_LAST_WORD.fullmatch(head) and not head.endswith("ings")
    if head in _GENERIC_HEADS or action or len(head) < 4 \
            or NOT_A_NOUN.fullmatch(modifier):
        return None
    return (re.compile(rf"(?<![\w-]){re.escape(modifier)}s?(?![\w-])", re.IGNORECASE),
            re.compile(rf"(?<![\w-]){re.escape(head)}(?![\w-])", re.IGNORECASE))


def entries(lines: list[ResumeLine]) -> list[list[ResumeLine]]:
    """The resume's lines by entry: a header line of an experience section opens one,
    the header lines right after it (dates, employer) are its own."""
    out: list[list[ResumeLine]] = []
    for line in lines:
        if line.section not in _ENTRY_SECTIONS or line.part == "heading":
            continue
        if not out or (line.part == "header" and out[-1][-1].part != "header"):
            out.append([line])  # a header opens an entry; its next header line is its dates
        else:
            out[-1].append(line)
    return out


def _names_modifier(entry: list[ResumeLine], modifier: re.Pattern[str]) -> bool:
    return any(not line.in_name(m.start(), m.end())
               for line in entry for m in modifier.finditer(line.text))


def _bare(text: str, start: int, end: int) -> bool:
    """Is the thing at ``text[start:end]`` used bare (see the module's docstring)?"""
    before = text[:start].rstrip()
    if not before:
        return False  # the bullet's first word is its verb: "Run weekly payroll"
    if before[-1] not in ",;:(":
        previous = _WORD.findall(before)
        word = previous[-1] if previous else ""
        opening = before.strip() == word  # after the bullet's verb: "Review drawings"
        # or after a verb of a list of verbs: "Set and stripped forms" (but "fully
        # toleranced drawings" is a describing word)
        listed = _done_form(word) and re.search(
            rf"(?:^|,|\band|\bor)\s*{re.escape(word)}$", before) is not None
        # or after a name, a named kind of the thing: "Second Step lessons" (not an
        # acronym: "CSOS orders" are a system's orders, not work orders)
        named = (word[:1].isupper() and not word.isupper() and not opening
                 and word.lower() not in _BARE_AFTER)
        if not before.endswith(word) or not (
                opening or listed or named or word.lower() in _BARE_AFTER):
            return False
    return _NOUN_GOES_ON.match(text, end) is None


def head_in_entry(mention: SkillMention, lines: list[ResumeLine], resume_low: str
                  ) -> tuple[float, SkillMatch | None]:
    """(1.0, match) when an entry shows the asked "<modifier> <thing>" by the thing
    alone and names the modifier elsewhere, else (0.0, None). ``resume_low``, the
    resume in lower case, rules most asks out at once."""
    if mention.kind != "hard":
        return 0.0, None
    parts = _parts(mention.name)
    if parts is None:
        return 0.0, None
    modifier_word, head_word = mention.name.lower().split()
    if head_word not in resume_low or modifier_word not in resume_low:
        return 0.0, None
    modifier, head = parts
    for entry in entries(lines):
        found = [(line, m) for line in entry if line.part == "bullet"
                 for m in head.finditer(line.text) if _bare(line.text, m.start(), m.end())]
        if found and _names_modifier(entry, modifier):
            line, m = found[0]
            return 1.0, SkillMatch(mention.name, mention.kind, mention.required, line.text,
                                   m.group())
    return 0.0, None
