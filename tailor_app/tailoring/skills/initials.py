"""An acronym asked ("OEE", "ISP", "VFC") shown by a run of the resume's words whose
initials spell it, in any case: "Track overall equipment effectiveness by shift",
"Write individualized service plans with each resident", "reconcile Vaccines for
Children stock".

``wording._acronym_evidence`` reads an acronym only from words its capitals open
("Google Analytics 4"), and ``spelled_out`` only from a name the vocabulary already
holds; most acronyms a posting uses are in no vocabulary, and resumes spell them out in
lower case. Initials alone spell many things ("prepared payroll entries" is no PPE), so
a run is read only as a name is written:

- its words side by side in one clause (spaces or hyphens between them: "trauma-informed
  care"), each content word three letters or more, none a pronoun, article, helping
  verb, "and" or other word no name is made of (``_BREAKS``: "overtime and equipment
  expenses" is no OEE); "of", "for", "per", "to", "in", "on" and "the" inside the run
  may be passed over once, and give their letter only as "per" ("units per hour"),
  joined by a hyphen ("on-time delivery") or inside a capitalised name ("Vaccines for
  Children"): "orders to distributors" is no OTD;
- in one case: every word after the first in lower case, or every content word
  capitalised (the first may be capitalised by its sentence);
- not a clause's opening verb: a run at the start of a line, or after a comma, "and" or
  "or", whose first word is a verb's form ("Prepared payroll entries", "Wrote inventory
  procedures") is a deed, not a name; no word ends in "-ly";
- not inside a compound ("six-point probe depths" is no PPD), nor a bullet's opening
  words in lower case (a bullet opens with its verb: "Check delivered counts" is no CDC)
  unless they are the whole item;
- about the work the posting asks: its line shares two words of four letters or more
  with the posting's sentence besides the acronym and the run ("track OEE and scrap" —
  "Track overall equipment effectiveness and scrap"), one for a capitalised run. A
  capitalised run after "at", or ending in a place's or a firm's word
  (``PLACE_HEADS``), is a name of one ("restocked at Carolina Nursing Center").

Only acronyms the posting wrote and no vocabulary skill is known by are read, three
to six capitals (the ask's name or the posting's own word for it): a known one is read
by its known names. Never for a credential (credentials' initials collide across
fields: CPT).
"""

from __future__ import annotations

import functools
import re

from tailor_app.tailoring.model import SkillMatch, SkillMention
from tailor_app.tailoring.skills.evidence import ALIAS_CREDIT, ResumeLine, evidence_rank
from tailor_app.tailoring.skills.phrases import any_verb_form
from tailor_app.tailoring.skills.stems import irregular_base
from tailor_app.tailoring.skills.vocabulary import Vocabulary

__all__ = ["PLACE_HEADS", "initials_evidence"]

_ACRONYM = re.compile(r"[A-Z]{3,6}")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
# Inside a run: a space or a hyphen between two words ("trauma-informed care").
_GAP = re.compile(r"[ \t]+|[ \t]*-[ \t]*")
_SMALL = frozenset({"of", "for", "per", "to", "in", "on", "the"})
# Words no name is made of: a run holding one is a clause, not a name.
_BREAKS = frozenset({
    "a", "an", "as", "at", "by", "from", "with", "into", "onto", "over", "under", "up",
    "down", "out", "off", "about", "after", "before", "is", "are", "was", "were", "be",
    "been", "being", "am", "has", "have", "had", "do", "does", "did", "will", "would",
    "can", "could", "shall", "should", "may", "might", "must", "not", "no", "nor", "or",
    "but", "so", "if", "than", "then", "when", "while", "where", "who", "whom", "whose",
    "which", "what", "that", "this", "these", "those", "there", "here", "it", "its",
    "our", "ours", "my", "your", "yours", "their", "theirs", "his", "her", "hers",
    "him", "them", "they", "we", "you", "he", "she", "me", "us", "i", "each", "every",
    "all", "any", "some", "both", "either", "neither", "few", "many", "more", "most",
    "much", "other", "such", "own", "same", "very", "also", "only", "just", "even",
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "new", "via", "and", "&", "several", "various", "multiple", "numerous", "certain"})
# The last word of a place's or a firm's name: "Carolina Nursing Center", "Elm Ridge
# Park" spell no skill. (A body's word — Association, Council, Society, Institute,
# Department, Board — stays: the body may be the ask, "American Heart Association" is
# the AHA and "National Fire Protection Association" the NFPA: review26's S6.)
PLACE_HEADS = frozenset({
    "Park", "Center", "Centre", "Clinic", "Hospital", "House", "Company", "Corporation",
    "Museum", "Library", "School", "Church", "Club", "Bank", "Hotel", "Inn", "Cafe",
    "Coffee", "Store", "Market", "Farm", "Ranch", "Village", "Township", "Group",
    "Partners", "Associates", "Studio", "Studios", "Restaurant", "Bakery", "Diner",
    "Grill", "Kitchen", "Home", "Homes"})
_ITEM_END = re.compile(r"[ \t]*(?:$|[,;:(])")
_STEM = 5  # words compared by their first letters: "tracked" and "track" are one word
_TOPIC = re.compile(r"[A-Za-z]{4,}")
_TOPIC_SMALL = frozenset({"with", "from", "into", "each", "every", "your", "their", "that",
                          "this", "will", "have", "also", "more", "must", "able", "work",
                          "team", "other", "what", "when", "where", "which", "while",
                          "about", "them", "they", "such", "than", "then", "over", "within",
                          "including", "year", "years", "experience", "ensure", "using"})


def _acronyms(mention: SkillMention, vocabulary: Vocabulary) -> list[str]:
    """The ask's acronyms as the posting wrote them, that no vocabulary skill is known
    by: its name or the posting's word for it. A posting that asks in words
    ("continuous renal replacement therapy") is not met by other words with the same
    initials ("changes to the rapid response team"), and an acronym the vocabulary
    knows is read by its known names only: "emergency medicine rotation" is no EMR,
    "private label client" no PLC (review26's S1)."""
    found: list[str] = []
    for name in (mention.name, mention.term):
        name = name.strip()
        if name.endswith("s") and _ACRONYM.fullmatch(name[:-1]):
            name = name[:-1]
        if _ACRONYM.fullmatch(name) and name not in found and vocabulary.lookup(name) is None:
            found.append(name)
    return found


@functools.lru_cache(maxsize=4096)
def _runs(text: str) -> tuple[tuple[tuple[str, int, int], ...], ...]:
    """The line's words in runs that only a space or a hyphen separates, each word as
    (word, start, end)."""
    runs: list[list[tuple[str, int, int]]] = []
    last_end = -1
    for word in _WORD.finditer(text):
        if runs and _GAP.fullmatch(text, last_end, word.start()):
            runs[-1].append((word.group(), word.start(), word.end()))
        else:
            runs.append([(word.group(), word.start(), word.end())])
        last_end = word.end()
    return tuple(tuple(run) for run in runs)


def _spell(words: list[str], joined: list[bool], letters: str, title: bool) -> int:
    """How many of ``words`` spell ``letters`` from the first word on; 0 when they do
    not. A small word may be passed over once, inside the run; it gives its letter when
    it is "per" ("units per hour"), joined by a hyphen ("on-time delivery"), or, in a
    capitalised name (``title``), inside it ("Vaccines for Children"): in lower-case
    words "orders to distributors" spells no OTD (review26's S7). ``joined[i]``: word
    ``i`` is joined to a neighbour by a hyphen."""
    def walk(i: int, k: int, passed: int) -> int:
        if k == len(letters):
            return i if words[i - 1].lower() not in _SMALL or joined[i - 1] else 0
        if i == len(words):
            return 0
        word = words[i].lower()
        if word in _BREAKS:
            return 0
        small = word in _SMALL and not joined[i]
        if small and i == 0:
            return 0
        if not small and word not in _SMALL and (len(word) < 3 or word.endswith("ly")):
            return 0
        gives = not small or word == "per" or (title and i > 0)
        if gives and word[0] == letters[k]:
            end = walk(i + 1, k + 1, passed)
            if end:
                return end
        if small and not passed:
            return walk(i + 1, k, passed + 1)
        return 0
    return walk(0, 0, 0)


def _deed(first: str, after: str) -> bool:
    """Does a run opening a clause open with its verb? A past, an -ing form, an
    irregular past ("wrote") or a duty verb's form ("process", "track"); a duty verb's
    form names a thing when the run is a whole item of a list."""
    low = first.lower()
    if low.endswith(("ed", "ing")) or irregular_base(low) is not None:
        return True
    return any_verb_form(low) and not re.match(r"[ \t]*(?:$|[,;:(])", after)


def _one_case(words: list[str], at_start: bool) -> str:
    """"lower" when the run's words are in lower case (the first may take its
    sentence's capital), "title" when every content word is capitalised, else ""."""
    content = [w for w in words if w.lower() not in _SMALL]
    rest = content[1:] if at_start else content
    if all(w.islower() for w in rest) and (content[0].islower() or at_start):
        return "lower"
    if all(w[0].isupper() and w[1:].islower() for w in content):
        return "title"
    return ""


def _topic_words(text: str) -> set[str]:
    return {w.lower()[:_STEM] for w in _TOPIC.findall(text)
            if w.lower() not in _TOPIC_SMALL}


def initials_evidence(mention: SkillMention, lines: list[ResumeLine],
                      vocabulary: Vocabulary) -> tuple[float, SkillMatch | None]:
    """(credit, match) quoting the line whose words spell the asked acronym (see the
    module docstring), else (0.0, None)."""
    if mention.kind not in ("hard", "tool"):
        return 0.0, None
    acronyms = _acronyms(mention, vocabulary)
    if not acronyms:
        return 0.0, None
    asked: set[str] | None = None
    for line in sorted(lines, key=evidence_rank, reverse=True):
        if line.part in ("contact", "heading", "header"):
            continue
        for acronym in acronyms:
            letters = acronym.lower()
            if f" {letters[0]}" not in f" {line.text.lower()}":
                continue
            for run in _runs(line.text):
                texts = [w for w, _a, _b in run]
                for start, first in enumerate(texts):
                    if first[0].lower() != letters[0]:
                        continue
                    window = run[start:start + 2 * len(letters)]
                    joined = [line.text[x - 1:x] == "-" or line.text[y:y + 1] == "-"
                              for _w, x, y in window]
                    end = _spell(texts[start:start + len(window)], joined, letters, False)
                    titled = _spell(texts[start:start + len(window)], joined, letters, True)
                    if not end and not titled:
                        continue
                    if not end:  # small words gave letters: only a capitalised name
                        end = titled
                        if _one_case(texts[start:start + end], False) != "title":
                            continue
                    words = texts[start:start + end]
                    a, b = run[start][1], run[start + end - 1][2]
                    if line.text[a - 1:a] == "-" or line.text[b:b + 1] == "-":
                        continue  # inside a compound: "six-point probe depths"
                    before = line.text[:a].rstrip()
                    at_start = not re.search(r"[A-Za-z0-9]", before)
                    opens = at_start or before.endswith((",", ";", ":")) or bool(
                        re.search(r"\b(?:and|or)$", before))
                    if opens and _deed(first, line.text[b:]):
                        continue  # "Prepared payroll entries", "Wrote inventory procedures"
                    case = _one_case(words, at_start)
                    if at_start and case == "lower" and line.part == "bullet" and not \
                            _ITEM_END.match(line.text, b):
                        continue  # a bullet opens with its verb: "Check delivered counts"
                    if not case or line.in_name(a, b):
                        continue
                    if case == "title" and (re.search(r"\bat(?:[ \t]+the)?$", before)
                                            or words[-1] in PLACE_HEADS):
                        continue  # "restocked at Carolina Nursing Center": a place
                    if asked is None:
                        asked = _topic_words(mention.snippet) - {acronym.lower()[:_STEM]}
                    shared = _topic_words(f"{line.text[:a]} {line.text[b:]}") & asked
                    if len(shared) < (1 if case == "title" else 2):
                        continue
                    return ALIAS_CREDIT, SkillMatch(mention.name, mention.kind,
                                                    mention.required, line.text,
                                                    line.text[a:b])
    return 0.0, None
