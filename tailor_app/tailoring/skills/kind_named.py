"""A skill named for a kind of knowing, shown by the thing it is knowledge of: "Dementia
care" by "Most of my residents have Alzheimer's or another dementia", "Turndown service"
by "did the evening turndowns", "FMCSA regulations" by "FMCSA hours-of-service rules".

Many asks are a telling word and a head that only says what kind of skill it is
(knowledge, experience, care, service, compliance, regulations, procedures ...). The
telling word carries the meaning; a resume names the thing itself and rarely the kind
word beside it. On the hand-labelled fresh batches earlier sessions left, a "missing"
claim of this shape whose telling word a resume line used was wrong every time it was
checked, while the same test on other heads ("Pour cost" beside "Pour draft beer",
"Written communication" beside "Write SQL") was right a quarter of the time: a deed's
head ("repair", "instruction", "cost") says what was done with the thing, and naming the
thing does not show the deed. So only kind heads count, never deeds.

What counts, so that a common word, another sense or another skill does not:

- every word before the head is telling: a name in capitals of at most five skills'
  names ("FMCSA"), a common noun of at most two ("dementia", "turndown"), not a
  time or describing word ("monthly", "daily", "hours", "-ly": "Monthly reports" beside
  "a monthly dashboard" is another thing), no verb's form ("Stored procedures" beside
  "Stored pallets", "Lived experience"), not a language or a soft skill of its own
  ("Spanish" knows no Spanish instruction), and no small word ("Hours of service" has
  "of", and is left to its own names);
- the head is a kind word (``KIND_HEADS``), never a deed or a thing ("policies" are
  things an insurer sells);
- a telling word written with capitals (a name, an acronym) is matched in its capitals
  wherever it stands ("FMCSA hours-of-service rules", "Alzheimer's"); a common noun,
  in its own form (singular or plural: "evacuate" is no evacuation), must head its noun
  phrase ("evening turndowns on weekends", "another dementia"): the
  same word describing a noun after it most often names another thing ("hair nets",
  "memory foam", "comfort level"), a word inside a hyphenated word is none ("full-mouth",
  "pet-friendly"), another noun before it makes a compound of another thing ("data
  import"), and a word that opens a clause, follows "to" or a pronoun or takes an
  object is a verb ("Foster a love of reading");
- the resume line is a bullet or the summary, the writer's own (the readers see it told
  as done), outside an employer's or a school's name: an entry's header names its
  employer ("Brightwater Hospice" tells no hospice care).
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from tailor_app.tailoring.model import SkillMatch, SkillMention
from tailor_app.tailoring.skills.evidence import ResumeLine
from tailor_app.tailoring.skills.stems import object_stem
from tailor_app.tailoring.skills.vocabulary import Vocabulary

__all__ = ["KIND_HEADS", "kind_named"]

# Heads that say what kind of skill a name is, not what is done or used.
KIND_HEADS = frozenset({
    "knowledge", "experience", "skills", "expertise", "proficiency", "familiarity", "care",
    "service", "services", "compliance", "regulations", "rules", "standards", "procedures",
    "protocols", "practices", "principles", "awareness",
})
# A telling word belongs to at most this many skills' names: a name written in capitals
# ("FMCSA", "Alzheimer's") may be shared by a few ("FMCSA compliance", "FMCSA
# regulations"); a common noun must be nearly the skill's own ("turndown", "dementia"),
# since the same word elsewhere most often means another thing ("from memory", "a data
# export", "banquets" a cook prepped for).
_RARE_NAME = 5
_RARE_NOUN = 2
# A word with its apostrophe and inner hyphens: "full-mouth" is no mouth, "pet-friendly"
# no pet.
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’]*(?:-[A-Za-z0-9][A-Za-z0-9'’]*)*")
# Words of time and amount: they tell when or how much, never what.
_TIME = frozenset({
    "daily", "weekly", "monthly", "quarterly", "yearly", "annual", "hour", "hours", "day",
    "days", "week", "weeks", "month", "months", "year", "years", "time", "night", "nights",
    "shift", "shifts", "early", "late", "new", "general", "basic", "advanced", "good",
    "morning", "mornings", "evening", "evenings", "weekend", "weekends", "overnight",
})
# Before a common noun that heads its phrase: a determiner, a number, a preposition or
# a describing word; another noun there makes a compound naming another thing ("data
# import" is no import's compliance).
_BEFORE_A_HEAD = frozenset({
    "a", "an", "the", "my", "our", "your", "his", "her", "their", "its", "this", "that",
    "these", "those", "another", "other", "some", "any", "all", "each", "every", "both",
    "many", "most", "more", "few", "several", "and", "or", "with", "without", "on", "in",
    "at", "for", "of", "to", "from", "by", "into", "about", "including", "like", "plus",
})
_DESCRIBING = re.compile(r".*(?:al|ic|ive|ous|ful|less|able|ible|ly|ed|ing|ish|ary)$")
_SMALL = frozenset({"a", "an", "the", "and", "or", "of", "to", "for", "in", "on", "with",
                    "at", "by", "from", "as"})
# After a common noun that heads its phrase: a function word, a form of "be" or "have",
# a verb's past or an adverb; anything else is the noun the word describes ("hair nets",
# "memory foam") or, after a verb, its object ("foster a culture").
_AFTER_A_HEAD = frozenset({
    "and", "or", "but", "nor", "on", "in", "at", "to", "for", "with", "from", "by", "of",
    "into", "over", "under", "through", "during", "after", "before", "since", "until",
    "while", "when", "where", "who", "which", "that", "as", "than", "so", "if", "is", "are",
    "was", "were", "be", "been", "has", "have", "had", "do", "does", "did",
})
# Before a word in a verb's place: "to foster", "I lived".
_BEFORE_A_VERB = frozenset({"to", "i", "we", "they", "you", "he", "she", "will", "would",
                            "can", "could", "should", "must", "may", "might"})


@functools.lru_cache(maxsize=1)
def _name_counts(vocabulary: Vocabulary) -> Counter[str]:
    """How many skills' names hold each word (lower case), once per vocabulary."""
    counts: Counter[str] = Counter()
    for skill in vocabulary.skills:
        counts.update({w.casefold() for alias in skill.aliases for w in _WORD.findall(alias)})
    return counts


@functools.lru_cache(maxsize=2048)
def _telling(name: str, vocabulary: Vocabulary) -> tuple[tuple[str, str], ...] | None:
    """Each telling word of a "<telling words> <kind head>" name with its form, or None
    when the name is not of that shape or a word before the head tells too little."""
    words = _WORD.findall(name)
    if len(words) < 2 or words[-1].casefold() not in KIND_HEADS:
        return None
    counts = _name_counts(vocabulary)
    skill = vocabulary.lookup(name)
    # A name's words are capitalised as a title; a word any of its names writes in lower
    # case is a common noun ("Hospice Care": "hospice care").
    lower = {w for alias in (skill.aliases if skill is not None else ())
             for w in _WORD.findall(alias) if w.islower()}
    out: list[tuple[str, str]] = []
    for word in words[:-1]:
        low = word.casefold()
        if low in _SMALL or low in _TIME or len(low) < 3 or counts[low] > _RARE_NAME \
                or low.endswith(("ly", "ed", "ing")):
            return None  # a time or describing word, or a verb's form ("Stored procedures")
        own = vocabulary.lookup(word)
        if own is not None and own.kind in ("language", "soft"):
            return None
        written = low if low in lower else word
        if written.islower() and counts[low] > _RARE_NOUN:
            return None
        out.append((written, _form(word)))
    return tuple(out)


def _form(word: str) -> str:
    """A word's form as the line and the name are compared: lower case, without a
    possessive, singular ("dementias", "Alzheimer's"); never another word of its stem
    ("evacuate" is no evacuation)."""
    low = word.casefold().replace("’", "'")
    return object_stem(low[:-2] if low.endswith("'s") else low)


def _names_it(word: str, found: re.Match[str], words: list[re.Match[str]], i: int,
              text: str) -> bool:
    """Does the line's word ``found`` (the i-th) name the thing the name's ``word``
    names? A name written with capitals is that name in the same capitals anywhere
    ("FMCSA hours-of-service rules", "Alzheimer's"); a common noun must head its noun
    phrase and stand in no verb's place."""
    written = found.group()
    if not word.islower():
        return written[:1] == word[:1] and (not word.isupper() or written.isupper())
    if not written[1:].islower() and len(written) > 1:
        return False
    if i + 1 < len(words):
        between = text[found.end():words[i + 1].start()]
        if not between.strip() and words[i + 1].group().casefold() not in _AFTER_A_HEAD \
                and not words[i + 1].group().endswith(("ed", "ly")):
            return False  # it describes the next noun, or a verb takes an object
    if i == 0 or re.search(r"[;:•]", text[words[i - 1].end():found.start()]):
        return False  # a clause's opening word: a verb's place ("Foster a love of ...")
    before = words[i - 1].group().casefold()
    if before in _BEFORE_A_VERB:
        return False
    if text[words[i - 1].end():found.start()].strip():
        return True  # a comma or a bracket between: no compound
    return before in _BEFORE_A_HEAD or before in _TIME or before[:1].isdigit() \
        or bool(_DESCRIBING.fullmatch(before))


def kind_named(mention: SkillMention, lines: list[ResumeLine], vocabulary: Vocabulary
               ) -> tuple[float, SkillMatch | None]:
    """Evidence that a line names the thing a knowledge-kind ask is knowledge of (see
    the module docstring)."""
    if mention.kind != "hard":
        return 0.0, None
    telling = _telling(mention.name, vocabulary)
    if not telling:
        return 0.0, None
    for line in lines:
        if line.part not in ("bullet", "summary"):
            continue  # a role's header names its employer and title, no deed
        text = line.text
        words = list(_WORD.finditer(text))
        found: list[tuple[int, int]] = []
        for word, form in telling:
            spot = next((w for i, w in enumerate(words)
                         if _form(w.group()) == form
                         and _names_it(word, w, words, i, text)
                         and not line.in_name(w.start(), w.end())), None)
            if spot is None:
                break
            found.append((spot.start(), spot.end()))
        else:
            start, end = min(a for a, _ in found), max(b for _, b in found)
            return 1.0, SkillMatch(name=mention.name, kind=mention.kind,
                                   required=mention.required, evidence=text,
                                   resume_term=text[start:end])
    return 0.0, None
