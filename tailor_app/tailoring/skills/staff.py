"""Duties done to people: "train servers", "schedule a team of 35", "supervised 22 room
attendants" are Staff training, Staff scheduling and staff supervision.

The vocabulary names these skills with a word for the staff and an action noun
("staff scheduling", "employee training", "crew supervision"); postings and resumes
write the verb and whoever it is done to, in their own words: servers, attendants,
new hires, a front-of-house team. The index maps each action's verb stem to the
skill once per vocabulary (staff names first, then employee, personnel, crew and
team names), and a text is read word by word: a verb of the index, possibly one of
a list ("supervise, schedule and train"), whose object is a word for people within a
few words, before any preposition or clause break. "Hire" and "recruit" map to
Recruiting by its "staff hiring" names ("hire, train and schedule a crew"); "hire" is
also a person, so after a verb it is the object ("train new hires") unless it goes on
the list of verbs ("recruit, hire, train and coach associates").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tailor_app.tailoring.ascii_twin import ascii_twin, ascii_words
from tailor_app.tailoring.skills.deeds import action_verbs
from tailor_app.tailoring.skills.stems import IRREGULAR_FORMS, word_stems
from tailor_app.tailoring.text import word_set

__all__ = ["PEOPLE", "StaffIndex"]

# Words for the people a duty is done to, or who a posting names as workers.
PEOPLE = word_set(
    """
    staff staffs team teams crew crews employee employees hire hires member members
    worker workers associate associates attendant attendants server servers cook cooks
    housekeeper housekeepers technician technicians tech techs assistant assistants
    aide aides nurse nurses agent agents representative representatives rep reps
    specialist specialists clerk clerks cashier cashiers driver drivers operator operators
    volunteer volunteers tutor tutors teacher teachers personnel people colleague
    colleagues coworker coworkers apprentice apprentices trainee trainees hourly supervisor
    supervisors manager managers leader leaders engineer engineers analyst analysts
    bartender bartenders host hosts hostess dishwasher dishwashers housepersons houseperson
    porter porters valet valets dispatcher dispatchers installer installers helper helpers
    paraprofessional paraprofessionals paraeducator paraeducators intern interns laborer
    laborers busser bussers picker pickers packer packers loader loaders mechanic
    mechanics electrician electricians carpenter carpenters instructor instructors
    coordinator coordinators counselor counselors caseworker caseworkers
    """
)
# A word for people or its plural ("nurse", "nurses", "staffs"): what ``_read``'s gate
# asks of every word of a line, told by one set test (``w`` is ``p + "s"`` exactly when
# ``w`` ends in "s" and ``w[:-1]`` is ``p``).
_PEOPLE_OR_PLURAL = PEOPLE | {word + "s" for word in PEOPLE}
# Not "caregivers": a family's caregivers are taught as patients are ("teach patients
# and caregivers about their medications" is patient education, no staff training).
# Forms of an index's verb that name no duty: "we're hiring cooks" tells of the opening.
_NOT_DUTY_FORMS = word_set("hiring")
_SERIES = word_set("and or")
# Heads of staff-skill names, best first: the report names the skill the first way.
_HEADS = ("staff", "employee", "personnel", "team", "crew")
_WORD = re.compile(r"[A-Za-z][\w'’-]*+|[.;:!?()\[\]]|\d[\w.,+-]*+")  # (possessive: the same words)
_WORD_ASCII = ascii_twin(_WORD)  # the same on an ASCII line, faster (ascii_twin.py)
_ARTICLES = word_set("a an the")
_SKIP = word_set("a an the our your their all new and or & of about up to its his her")
_BREAK = word_set(
    """
    with for on in at by from into through using via per as than that which who when while
    including across within over under between among
    """)
_MAX_OBJECT_WORDS = 4
# A plural thing before "to": what is handed to the people ("calls to technicians").
_THINGS = re.compile(r"[a-z]{2,}[^s\W]s")
_CACHE_SIZE = 4096  # lines remembered
_PLAIN_SIZE = 65536  # words remembered as no verb
# Verbs too general to name the skill: "build a team", "develop people", "manage staff"
# say no more than that the job has people in it.
_TOO_GENERAL = word_set("build develop manage engage motivat motiv reinforce recognit retent")
# Verbs of an action that its noun's letters do not give: teaching apprentices or new
# hires how to do the work is training them ("Taught my apprentice to bend pipe").
_OTHER_VERBS = {"training": ("teach", "instruct")}


def _verb_of(low: str) -> str:
    """The verb a word holds: "cross-train new hires" trains them."""
    return low[6:] if low.startswith("cross-") else low


class StaffIndex:
    """verb stem -> index of the skill a duty to people with that verb is."""

    def __init__(self, names: Iterable[tuple[int, str]]) -> None:
        ranked: dict[str, tuple[int, int]] = {}
        for index, name in names:
            words = name.lower().split()
            if len(words) != 2 or words[0] not in _HEADS or not words[1].isalpha():
                continue
            rank = _HEADS.index(words[0])
            # "leadership" is the one action noun whose verb its letters do not give.
            verbs = ("lead",) if words[1] == "leadership" else action_verbs(words[1])
            verbs = (*verbs, *_OTHER_VERBS.get(words[1], ()))
            for verb in verbs:
                if verb in _TOO_GENERAL:
                    continue
                if verb not in ranked or rank < ranked[verb][0]:
                    ranked[verb] = (rank, index)
        self.verbs = {verb: index for verb, (_rank, index) in ranked.items()}
        # A word's first three letters rule most words out before any stemming.
        self.heads = frozenset({verb[:3] for verb in self.verbs}
                               | {form[:3] for form in IRREGULAR_FORMS})
        self._lines: dict[str, tuple[tuple[int, int, int], ...]] = {}
        # Lower-cased words known to be no verb of the index: what the index says of a
        # word, remembered for its life (like the word stems' caches), so a line of
        # such words is ruled out at once.
        self._plain: set[str] = set()

    def find(self, text: str) -> list[tuple[int, int, int]]:
        """(skill index, start, end) of each duty to people in ``text``.

        A duty never crosses a line ("train" closing one bullet and "servers" opening
        the next are no duty), so the text is read line by line, and each line's
        duties are remembered: a job reads the same resume lines several times
        (matching, then ordering each role's bullets). ``clear_cache`` forgets them."""
        if "\n" not in text:
            return list(self._line(text))
        out: list[tuple[int, int, int]] = []
        offset = 0
        for line in text.split("\n"):
            out.extend((i, a + offset, b + offset) for i, a, b in self._line(line))
            offset += len(line) + 1
        return out

    def clear_cache(self) -> None:
        """Forget remembered lines (benchmarks time a cold job with it)."""
        self._lines.clear()

    def _line(self, line: str) -> tuple[tuple[int, int, int], ...]:
        found = self._lines.get(line)
        if found is None:
            found = tuple(self._read(line)) if line else ()
            if len(self._lines) >= _CACHE_SIZE:
                self._lines.clear()
            self._lines[line] = found
        return found

    def _read(self, text: str) -> list[tuple[int, int, int]]:
        """The duties to people of one line."""
        if ascii_words(text):
            # Lower-casing an ASCII word and its other characters (bullets, dashes,
            # quotes) changes no token's class or length: the line is lowered once.
            tokenise = _WORD_ASCII
            words_low = tokenise.findall(text.lower())
        else:
            tokenise = _WORD
            words_low = list(map(str.lower, tokenise.findall(text)))
        plain = self._plain
        if plain.issuperset(words_low):
            return []  # every word known to be no verb of the index: most lines
        if _PEOPLE_OR_PLURAL.isdisjoint(words_low):
            return []  # a duty ends at a word for people (the walk below): none here
        heads, verbs = self.heads, self.verbs
        for low in words_low:
            if low in plain:
                continue
            verb = _verb_of(low)
            if verb[:3] in heads and any(s in verbs for s in word_stems(verb)):
                break
            if len(plain) >= _PLAIN_SIZE:
                plain.clear()
            plain.add(low)
        else:
            return []  # no verb of the index, ruled out without the walk below
        tokens = list(tokenise.finditer(text))
        out: list[tuple[int, int, int]] = []
        pending: list[tuple[int, int]] = []  # (skill, start) of the verbs of one list
        words = 0
        named = False  # has the line named people yet? Then "them" are they.
        last = ""  # the object's last word so far
        low, end = "", 0  # the token before, lower-cased, and where it ends
        for tok in tokens:
            word = tok.group()
            before, gap = low, text[end:tok.start()]
            low, end = word.lower(), tok.end()
            skill = None
            verb = _verb_of(low)
            if verb[:3] in heads and low not in _NOT_DUTY_FORMS:
                skill = next((self.verbs[s] for s in word_stems(verb) if s in self.verbs), None)
            people = low in _PEOPLE_OR_PLURAL
            # "train new hires": after a verb a word for people is its object, unless it
            # goes on a series of verbs ("recruit, hire, train and develop associates").
            if skill is not None and (not pending or words == 0) and not (
                    people and pending and before not in _SERIES and "," not in gap
                    and "&" not in gap):
                pending.append((skill, tok.start()))
                continue
            named = named or people
            if not pending:
                continue
            if people or (low == "them" and named):
                out.extend((index, start, tok.end()) for index, start in pending)
                pending, words = [], 0
                continue
            if low == "to" and words and _THINGS.fullmatch(last):
                # "dispatch service calls to 15 technicians": the people receive the
                # things named; "train up to 12 new hires" still trains them.
                pending, words = [], 0
                continue
            if low in _ARTICLES and before in _SERIES and words == 0:
                # "Orton-Gillingham training or a reading specialist credential": after
                # "or a" comes another choice, not the verb's object ("train and coach
                # staff" goes on with a verb, never an article).
                pending = []
                continue
            if low in _SKIP or word[0].isdigit():
                continue
            if (not word[0].isalpha() and word not in ",") or low in _BREAK:
                pending, words = [], 0
                continue
            words += 1
            last = low
            if words > _MAX_OBJECT_WORDS:
                pending, words = [], 0
        return out
