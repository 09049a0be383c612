"""Which skills the summary line names: those a reader would not see at a glance.

An employer reads the top of a resume first, so the line at the top is best spent
on the posting's skills the resume shows further down. A skill already written in
the first third of the tailored text (a skills list moved up, the first role's
first bullets) is not named again; the others are, most important first, as many
as a sentence a careful person writes can hold.

Every name is one the guard will accept: the vocabulary must read it, out of the
line it came from, as a skill the resume's lines show ("8D" is another skill to it
where the resume's line says "8D problem solving"), so such a name is left out here
rather than refused by the guard (which would cost a whole second attempt).

The first third depends on the line itself: a longer line pushes the resume's own
text down, so a skill near the end of the opening may leave it. The choice is
therefore worked out against the text as it will read with the line in place.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection, Mapping, Sequence

from tailor_app.tailoring.compose.guard import shown_skills
from tailor_app.tailoring.compose.render import render_text
from tailor_app.tailoring.model import ParsedResume, PostingAnalysis
from tailor_app.tailoring.skills.vocabulary import Vocabulary
from tailor_app.tailoring.whole_words import has_whole

# How many skills the line's sentence names at most, and how many characters they take:
# past about seven names or two printed lines a sentence becomes a keyword dump.
MOST_SKILLS = 7
MOST_CHARS = 120
# More matched skills the top does not show go to a short list after the sentence
# ("Key skills: Excel, VLOOKUP, pivot tables"), as resumes write one, within the same
# bounds; a list of one is left out (the sentence already names the most important),
# unless it holds an item the sentence's years are not (``split_named``'s ``keyed``).
KEY_SKILLS = 7
KEY_CHARS = 120
FEWEST_KEY_SKILLS = 2
# A line whose skills all show near the top still names two of them, so that it is a
# sentence about the person rather than a bare title and years; more would repeat
# the skills list standing right below it.
FEW_SKILLS = 2


def by_importance(matched: Sequence[tuple[str, str, str]], analysis: PostingAnalysis,
                  vocabulary: Vocabulary) -> list[tuple[str, str, str]]:
    """(the resume's word, kind, skill name) in the order the line names them: what
    the posting requires before what it prefers; then the skills the resume writes
    by a name of their own ("wound care", "CMM") before those it shows only through a
    narrower one ("Snowflake" for data warehousing, "scikit-learn" for machine
    learning), which a reader takes for the product, not the skill asked. Stable, so
    the posting's own order breaks ties.

    Putting what the posting lists under its requirements before the objects of its
    duties was weighed and left out: in an accounts payable posting the duties name
    the job itself ("accounts payable"), the requirements the tools around it."""
    required = {m.name: m.required for m in analysis.skills}
    mentions = {m.name: m for m in analysis.skills}
    examples = {name for _term, _kind, name in matched
                if (m := mentions.get(name)) is not None
                and only_an_example(m.term or m.name, m.snippet)}

    def rank(item: tuple[str, str, str]) -> tuple[bool, bool, bool]:
        term, _kind, name = item
        known = vocabulary.lookup(term)
        return (not required.get(name, True), name in examples,
                known is not None and name in known.broader)

    return sorted(matched, key=rank)


# Where a posting gives examples of a broader ask: a list in brackets ("scan tools
# (Snap-on, Autel)", "(e.g. Python, R)"), or after "such as", "e.g.", "for example".
_EXAMPLE_CUES = ("such as", "e.g.", "for example", "for instance")
_LISTED_IN = re.compile(r",|\bor\b|\band\b|^\s*(?:e\.g\.|such as|for example)", re.IGNORECASE)
_CLAUSE_END = ".;:()"


@functools.lru_cache(maxsize=512)  # one posting line is the snippet of many of its asks
def _example_spans(snippet: str) -> tuple[tuple[int, int], ...]:
    """Where ``snippet`` lists examples: inside brackets holding a list, or from a cue
    ("such as") to the clause's end. Found with ``str.find``: most lines hold neither."""
    low = snippet.casefold()
    if "(" not in snippet and not any(cue in low for cue in _EXAMPLE_CUES):
        return ()  # most lines: no bracket, no cue ("Such as", "For example" count too)
    spans: list[tuple[int, int]] = []
    opening = snippet.find("(")
    while opening >= 0:
        closing = snippet.find(")", opening + 1)
        if closing < 0:
            break
        inner = snippet[opening + 1:closing]
        if "(" not in inner and _LISTED_IN.search(inner):
            spans.append((opening + 1, closing))
        opening = snippet.find("(", closing + 1)
    for cue in _EXAMPLE_CUES:
        at = low.find(cue)
        while at >= 0:
            if at == 0 or not low[at - 1].isalnum():
                begin = at + len(cue)
                end = next((k for k in range(begin, len(low)) if low[k] in _CLAUSE_END
                            and not (low[k] == "." and cue == "e.g." and k < begin)),
                           len(low))
                spans.append((begin, end))
            at = low.find(cue, at + 1)
    return tuple(spans)


def only_an_example(term: str, snippet: str) -> bool:
    """Does the posting's line ``snippet`` name ``term`` only as an example of a broader
    ask ("using scan tools (Snap-on, Autel)")? A reader of the posting takes the broader
    ask for what is wanted and the brands for an illustration, so the line names the
    asks themselves first. A gloss in brackets ("electronic health records (EHR)",
    "(CPT)") names no example: a list in brackets has a comma, "or" or "and" in it."""
    low = term.casefold()
    if not low or not snippet:
        return False
    spans = _example_spans(snippet)
    if not spans:
        return False
    text = snippet.casefold()
    at, seen = text.find(low), False
    while at >= 0:
        after = at + len(low)
        if (at == 0 or not text[at - 1].isalnum()) and (
                after == len(text) or not text[after].isalnum()):
            if not any(a <= at and after <= b for a, b in spans):
                return False
            seen = True
        at = text.find(low, after)
    return seen


def _said_in(opening: str, term: str) -> bool:
    return has_whole(opening, term.casefold())


def _fitting(terms: Sequence[str], most: int, chars: int) -> list[str]:
    kept: list[str] = []
    used = 0
    for term in terms:
        if len(kept) == most:
            break
        if kept and used + len(term) + 2 > chars:
            continue  # too long for the room left; a shorter name may still fit
        kept.append(term)
        used += len(term) + 2
    return kept


def split_named(terms: Sequence[str], listable: Callable[[str], bool] | None = None,
                told: Collection[str] = (), keyed: Collection[str] = ()
                ) -> tuple[list[str], list[str]]:
    """The skills the sentence names and those of the "Key skills" list after it, in
    ``terms``' order: the sentence takes what fits its bounds, the list the rest that
    fits its own and ``listable`` takes for an item of a list (a skill's name, not a
    deed: "fill prescriptions" reads in a sentence, not in a list); none when only one
    would be left for it.

    ``told`` are deeds in the -ing form ("managing ventilators"), which only the
    sentence can hold: when the sentence's room goes to them first and the names
    they displace to the list, and that names more, the line is written so; a
    posting's first duty, told as a deed, is then not left out for a tool's name.
    ``keyed`` only the list may name (the sentence's years are not theirs)."""
    sentence, rest = _split(terms, terms, listable, keyed)
    deeds = [t for t in terms if t in told]
    if listable is not None and deeds and len(deeds) < len(terms):
        first = [*deeds, *(t for t in terms if t not in told)]
        sentence2, rest2 = _split(terms, first, listable, keyed)
        if len(sentence2) + len(rest2) > len(sentence) + len(rest):
            return sentence2, rest2
    return sentence, rest


def _split(terms: Sequence[str], order: Sequence[str],
           listable: Callable[[str], bool] | None, keyed: Collection[str] = ()
           ) -> tuple[list[str], list[str]]:
    """``split_named`` with the sentence filled in ``order``; both in ``terms``' order."""
    sentence = _fitting([t for t in order if t not in keyed], MOST_SKILLS, MOST_CHARS)
    rest = _fitting([t for t in order if t not in sentence and (listable is None
                                                                 or listable(t))],
                    KEY_SKILLS, KEY_CHARS)
    rank = {t: k for k, t in enumerate(terms)}
    sentence.sort(key=rank.__getitem__)
    rest.sort(key=rank.__getitem__)
    # One item the sentence may not hold (``keyed``) is a list of its own all the same.
    return sentence, rest if len(rest) >= FEWEST_KEY_SKILLS or set(rest) & set(keyed) else []


def _within_budget(terms: Sequence[str], listable: Callable[[str], bool] | None = None,
                   told: Collection[str] = ()) -> list[str]:
    sentence, listed = split_named(terms, listable, told)
    kept = {*sentence, *listed}
    return [t for t in terms if t in kept]


def _shown_in(opening: str, candidates: Sequence[str], skill_of: Mapping[str, str],
              hits: Sequence[tuple[int, str]]) -> set[str]:
    """The candidates the opening already shows: by their own words, or by another
    name of the same skill ("IV catheter placement" on the skills list shows the
    bullet's "intravenous catheters"), which a reader takes for the same thing.
    ``hits`` are the vocabulary's skills in the body's top, by where they end."""
    folded = opening.casefold()
    named = {name for end, name in hits if end <= len(opening)}
    return {c for c in candidates if _said_in(folded, c) or skill_of.get(c) in named}


def choose_skills(candidates: Sequence[str], resume: ParsedResume,
                  line: Callable[[Sequence[str]], str], vocabulary: Vocabulary,
                  skill_of: Mapping[str, str] | None = None,
                  listable: Callable[[str], bool] | None = None,
                  told: Collection[str] = (), shown: Collection[str] | None = None,
                  few: int = FEW_SKILLS, body_of: Callable[[], str] | None = None
                  ) -> list[str]:
    """The skills the line names, in ``candidates``' order (most important first).

    ``line`` writes the summary line naming given skills (``listable`` says which may
    stand in its "Key skills" list, and ``told`` which are deeds, see ``split_named``);
    ``resume`` is the tailored resume the line will stand above; ``skill_of`` gives
    each candidate's vocabulary name, so that a skill the top shows in other words is
    not named again. Skills not yet in the first third of the text come first; the
    line then names a few of the others only when it would otherwise name fewer than
    ``few`` (``FEW_SKILLS``; 0 for a line with no title or years of its own, which
    would only repeat the skills list or the resume's own summary standing right
    below it). ``shown`` is ``guard.shown_skills(resume, vocabulary)`` when the
    caller has worked it out for the same resume (it reads every line again);
    ``body_of`` gives ``render_text(resume)``, rendered once for the caller's readers."""
    skill_of = skill_of or {}
    if shown is None:
        shown = shown_skills(resume, vocabulary)
    candidates = [t for t in candidates
                  if all(h.skill.name in shown for h in vocabulary.find(t, cjk=True))]
    if not candidates:
        return []
    body = render_text(resume) if body_of is None else body_of()
    # The line only pushes the body down, so its top is never longer than a third of
    # the body alone: its skills are read once, and each round keeps those above its cut.
    hits = [(h.end, h.skill.name) for h in vocabulary.find(body[: len(body) // 3])
            ] if skill_of else []
    chosen: list[str] = []
    for _round in range(3):  # the line's length and the opening settle in a round or two
        written = line(chosen)
        # The text is the contact block, a blank line, the summary line, a blank line,
        # then the body's sections: the line adds its length and two line breaks.
        added = len(written) + 2 if written else 0
        cut = (len(body) + added) // 3 - added
        seen_here = _shown_in(body[: max(cut, 0)], candidates, skill_of, hits)
        fresh = [c for c in candidates if c not in seen_here]
        seen = [c for c in candidates if c not in fresh]
        kept = set(_within_budget([*fresh, *seen[: max(0, few - len(fresh))]],
                                  listable, told))
        again = [c for c in candidates if c in kept]
        if again == chosen:
            break
        chosen = again
    foreign = {h.surface.casefold() for h in vocabulary.find(line(chosen), cjk=True)
               if h.skill.name not in shown}
    if foreign:  # read as another skill only with the words around it in the line
        chosen = [t for t in chosen if not any(f in t.casefold() for f in foreign)]
    return chosen


__all__ = ["FEW_SKILLS", "KEY_CHARS", "KEY_SKILLS", "MOST_CHARS", "MOST_SKILLS", "by_importance",
           "choose_skills", "split_named"]
