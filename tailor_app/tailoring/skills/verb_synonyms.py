"""An ask named "<object> <action noun>" shown by a deed whose verb is a plain English
synonym of the action: "Cook low-sodium and diabetic meals" is meal preparation,
"Chart every visit" visit documentation, "checked skin for redness" skin inspection,
"fixed leaks" leak repair.

``wording._phrase_variant`` reads the action's own verb ("prepared meals");
``synonym_deeds`` reads the vocabulary's other names for the whole skill. Neither
knows that English has more than one verb for most actions. The table below is
general English, one line per action noun, each verb a dictionary synonym of the
action in every field (never one posting's wording); a verb that only fits some
objects ("cook") is still safe because the object must be the ask's own noun.

Three guards keep a synonym from widening what counts twice over: the word must be a
verb by its form ("-ed", "-ing", an irregular past) or open a bullet (resumes tell a
current role in the base form: "Chart every visit"); the object is the ask's own noun
(singular or plural, no other stem); and the object must end its noun phrase, so
"recorded meal intake" documents intake, not meals.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Any

from tailor_app.tailoring.model import SkillMatch, SkillMention
from tailor_app.tailoring.skills.object_nouns import everyday_nouns
from tailor_app.tailoring.skills.stems import word_stems
from tailor_app.tailoring.skills.synonym_deeds import VerbTest, deed_on_a_line
from tailor_app.tailoring.skills.synonym_table import SYNONYM_VERBS
from tailor_app.tailoring.skills.vocabulary import Vocabulary
from tailor_app.tailoring.skills.wording import _done_form, _LineStems

__all__ = ["SYNONYM_VERBS", "synonym_verb_deed"]

_WORD = re.compile(r"[A-Za-z]{3,}")


def _singular(word: str) -> str:
    low = word.lower()
    return low[:-1] if low.endswith("s") and low[:-1] in SYNONYM_VERBS else low


def _noun(word: str) -> frozenset[str]:
    """The object noun as a line's word stems hold it: itself and its singular, and the
    everyday nouns for it ("callers" for calls, see ``object_nouns``)."""
    low = word.lower()
    if low.endswith("ies") and len(low) > 4:
        forms = frozenset({low, low[:-3] + "y"})
    elif low.endswith("s") and not low.endswith(("ss", "us", "is")):
        forms = frozenset({low, low[:-1]})
    else:
        forms = frozenset({low, low + "s", low + "es"})
    return forms | everyday_nouns(forms)


# The verbs whose action the table knows, in their base form: "install" is the verb of
# "installation", "repair" of "repair".
_BASE_VERB = re.compile(r"[A-Za-z]{3,}(?<!ing)(?<!ion)(?<!ment)(?<!ance)(?<!ence)")


@functools.lru_cache(maxsize=1024)
def _verb_first(word: str) -> tuple[str, ...]:
    """The synonyms of a name's first word when it is the verb of an action the table
    knows ("Repair" in "Repair leaks"), else ()."""
    if not _BASE_VERB.fullmatch(word):
        return ()
    stems = set(word_stems(word.lower()))
    return next((verbs for action, verbs in SYNONYM_VERBS.items()
                 if word.lower() in word_stems(action) or (word.lower() + "e" in stems
                 and word.lower() + "e" in word_stems(action))), ())


@functools.lru_cache(maxsize=4096)
def _forms(names: tuple[str, ...]) -> tuple[tuple[frozenset[str], frozenset[str], str], ...]:
    """(object forms, synonym verb stems, the object's modifier or "") for each name
    "<object> <action>" whose action the table knows; a three-word name's object is a
    compound ("Water heater installation": a water heater), whose first word must stand
    right before the object in the resume ("Replaced water heaters")."""
    out = []
    for name in names:
        words = name.split()
        if not 2 <= len(words) <= 3 or not all(_WORD.fullmatch(w) for w in words):
            continue
        modifier = words[0].lower() if len(words) == 3 else ""
        verbs = SYNONYM_VERBS.get(_singular(words[-1]))
        noun = words[-2]
        if not verbs and not modifier:  # "Repair leaks", "Solder copper": the verb first
            verbs, noun = _verb_first(words[0]), words[1]
        if not verbs:
            continue
        stems: set[str] = set()
        for verb in verbs:
            stems.update(word_stems(verb))
        out.append((_noun(noun), frozenset(stems), modifier))
    return tuple(dict.fromkeys(out))


# What stands before a verb that a present-tense bullet joins to its first: "Walk the
# customer through options and take payment", "Clean coils, check oil; find leaks".
_JOINED = re.compile(r"(?:,[ \t]*|;[ \t]*|[ \t]+)and[ \t]+$|[,;][ \t]*$")


def _present_tense_bullet(line: Any, words: Sequence[re.Match[str]]) -> bool:
    """A bullet told in the present tense: it opens with a capitalised verb in its base
    form ("Walk", "Take"), not a done form ("Walked") or a name ("Toyota")."""
    if line.part != "bullet" or not words:
        return False
    first = words[0].group()
    return words[0].start() < 3 and first[:1].isupper() and first[1:].islower() \
        and not _done_form(first)


def _opens_or_done(action: frozenset[str]) -> VerbTest:
    """The verb is a synonym of the action, opening a bullet, in a done form, or a
    present-tense bullet's later verb joined by "and" or a comma."""
    def verb_ok(line: Any, words: Sequence[re.Match[str]], stems: Sequence[frozenset[str]],
                i: int) -> bool:
        if action.isdisjoint(stems[i]):
            return False
        if (i == 0 and line.part == "bullet") or _done_form(words[i].group()):
            return True
        return i > 0 and words[i].group().islower() and _present_tense_bullet(line, words) \
            and _JOINED.search(line.text, words[i - 1].end(), words[i].start()) is not None
    return verb_ok


def synonym_verb_deed(mention: SkillMention, index: _LineStems, vocabulary: Vocabulary
                      ) -> tuple[float, SkillMatch | None]:
    """(1.0, match) when a resume line does the asked "<object> <action>" with a
    synonym verb of the action (see SYNONYM_VERBS), else (0.0, None)."""
    if mention.kind != "hard":
        return 0.0, None
    names = [mention.name, mention.term]
    skill = vocabulary.lookup(mention.name)
    if skill is not None and skill.name == mention.name:
        names += list(skill.aliases)
    for noun, action, modifier in _forms(tuple(n for n in names if n)):
        if noun.isdisjoint(index.all) or action.isdisjoint(index.all):
            continue
        found = deed_on_a_line(mention, index, noun, action, _opens_or_done(action))
        if found is not None and (not modifier or re.search(
                rf"\b{re.escape(modifier)}[ \t-]+[A-Za-z]+$", found.resume_term, re.IGNORECASE)):
            return 1.0, found
    return 0.0, None
