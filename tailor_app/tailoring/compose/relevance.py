"""How relevant a resume line is to a posting: what puts a bullet first.

Two signals, added up:

* **Skills.** Each of the posting's skills the line shows (see ``order.LineSkills``):
  a required one weighs 3, a preferred one 1.5, a soft skill half that. A skill that
  names what the job is (a word of the posting's title: Tanker hauling for a "Tanker
  Driver", Phlebotomy for a "Phlebotomist II") weighs ``CORE_WEIGHT`` times more.
* **The posting's words.** Skills no vocabulary holds are still the posting's words:
  "Give IM injections and immunizations" answers a posting that asks for
  immunizations even when no skill name is found in it. Each content word the line
  shares with the posting's duties and requirements counts, by its stem ("pickers",
  "picking" and "pick" are one word), weighted by where the posting says it (duties
  and requirements fully, the preferred list and an unheaded paragraph half) and by
  how rare it is among the resume's own lines (a word in every bullet tells nothing).
  A shared word weighs at most half a required skill, so the skills lead and the
  words order what the skills leave tied or unseen.

Both signals give **diminishing returns** within a line: its skills are taken
heaviest first, each next one counting ``SKILL_DECAY`` times the one before, and its
shared words likewise by ``WORD_DECAY``. A plain sum let a line touching three minor
asks ("Order supplies and schedule copier service with our vendor": supplies,
copiers, vendors) outrank the line that is the job ("Welcome clients, answer a
6-line phone and route calls"), and a long line outrank a short one by its length
alone; a reader grading bullets asks how central a line's best ask is, then whether
it shows more.

* **The posting's lead duty.** A posting names the job's core work first: the first
  sentences of its duties ("Process weekly payroll for 1,100 employees", "leads a team
  of 15 cooks"). A line that says the same (two or more shared words) gets up to
  ``LEAD_WEIGHT``, the first such sentence fully and the second half. Skills and
  words alone let the line that is the job ("Run biweekly payroll for 820 hourly
  employees", "Lead a back-of-house team of 14") fall under lines touching several
  minor asks or tools (garnishments, deductions, a scheduling app), which a reader
  grading bullets puts below the core duty.

* **The title's own work.** A line that opens by doing what the job's title names
  ("Dispatch 30-38 drivers a night" for a "Night Dispatcher", "Teach ..." for a
  "Science Teacher", "Manage a $5.2M store" for a "Store Manager") gets
  ``TITLE_WEIGHT``. The title's words are taken out of the posting's words (its name
  asks nothing), so such a line, which names no skill the vocabulary holds, sank to
  the bottom of its role under lines touching minor asks. Only the line's opening
  verb counts: a title word further in ("shipping papers checked before dispatch",
  "counseling notes") says where the work happened, not that the line is the job.

* **Teaching newcomers.** A line that opens by training, coaching or leading people new
  to the work ("Train 3 apprentices on weld prep, fit-up and grinding", "Cross-train new
  hires on Dentrix") names what they learn, not the writer's own work: its skills and
  words count ``TOPIC_SHARE`` of their weight (a skill of teaching or leading itself in
  full), unless teaching is the title's own work. Such a line naming a core ask rose
  over the lines doing the job.

The posting's key phrases beyond the vocabulary still break the last ties. This is the
ordinary relevance of information retrieval (term overlap weighted by rarity), with
no list written for any field.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from tailor_app.tailoring.ascii_twin import ascii_twin, ascii_words
from tailor_app.tailoring.compose.order import LineSkills
from tailor_app.tailoring.model import PostingAnalysis, Section
from tailor_app.tailoring.posting.title import is_job_noun
from tailor_app.tailoring.skills.vocabulary import Vocabulary

__all__ = ["CORE_WEIGHT", "LEAD_WEIGHT", "SKILL_DECAY", "TITLE_WEIGHT", "TOPIC_SHARE", "WORD_DECAY",
           "Relevance", "diminishing", "skill_weights", "stem", "teaches_newcomers", "title_stems",
           "title_work"]

# Where in a posting a word is asked, and how much that counts.
_SECTION_WEIGHT = {"responsibilities": 1.0, "requirements": 1.0, "preferred": 0.5,
                   "other": 0.5}
WORD_WEIGHT = 1.5  # the most one shared word adds: half a required skill
# Diminishing returns within one line (see the module docstring): the k-th heaviest
# skill a line shows counts SKILL_DECAY**k of its weight, the k-th shared word
# WORD_DECAY**k. Weighed on the 80 labelled pairs (NDCG .9655 -> .9700 with
# CORE_WEIGHT), 0.5/0.5 and 0.6/0.6 and each alone were tried too (see ARCHITECTURE).
SKILL_DECAY = 0.5
WORD_DECAY = 0.7
# How much more a skill weighs when its name shares a word with the posting's title,
# the job's own name ("Press brake" for a "Press Brake Operator").
CORE_WEIGHT = 2.0
# The posting's lead duty (see the module docstring): what a line saying it adds, how
# many of the duties' first sentences count (each next one half the one before), and
# how many words a line must share with one. Weighed on the labelled pairs and the
# helpers' graded batches (NDCG .9700 -> .9718 and .9700 -> .9743 with
# ``order.AUTHOR_SHARE``); 3 and 4, one or three sentences, or only the first words of
# a sentence were each no better on one of the two.
LEAD_WEIGHT = 2.0
LEAD_SENTENCES = 2
LEAD_SHARED = 2
# What a line opening with the title's own work adds (see the module docstring): more
# than a required skill (3), so the line that is the job leads a line naming one ask;
# a line showing two asks, or one and several of the posting's words, still passes it.
# Weighed on the labelled pairs and the helpers' graded batches
# with the line's first word as the test: 3 left a dispatcher's "Dispatch ..." line
# fifth, 5 cost a first-third skill on one pair and moved nothing more.
TITLE_WEIGHT = 4.0
# A line teaching or leading newcomers (see ``teaches_newcomers``): what its topic
# (the skills and words it names, but a skill of teaching or leading itself) counts,
# as a share of what the same words count as the writer's own work. Weighed on the
# labelled pairs and helpers' graded batches: a half, a third and a fifth each moved
# one or two roles the right way and none the wrong way; a third lets a line showing
# the core ask "National Electrical Code" no longer pass a line showing one plain ask.
TOPIC_SHARE = 1 / 3
_SENTENCE = re.compile(r"(?<=[.!?;:])\s+|\n+")
_NON_WORD = re.compile(r"[\W_]+")
_WORD = re.compile(r"[^\W\d_][\w'’-]*+")  # (possessive: the same words, fewer steps)
_WORD_ASCII = ascii_twin(_WORD)  # the same on an ASCII line, faster (ascii_twin.py)
_SUFFIX = re.compile(r"(?:ations?|ments?|ings?|ions?|ers?|ies|es|ed|s)$")
# Words every posting and resume use, which say nothing about the job itself.
_COMMON_WORDS = """
a about above across after again all also am an and any are as at be been being both
but by can could did do does doing during each either etc for from had has have
having he her here his how i if in into is it its itself just may me more most must
my no nor not now of off on once only or other our ours out over own per same she
should so some such than that the their them then there these they this those
through to too under until up very via was we were what when where which while who
whom why will with within without would you your yours yourself ability able across
additional applicant applicants apply based best candidate candidates career company
day days degree demonstrated desire desired environment equivalent etc excellent
experience experienced familiarity familiar field good great help high highly ideal
ideally including job knowledge level looking minimum new opportunity plus position
preferred proficiency proficient proven qualifications related relevant required
requirement requirements responsibilities responsible role seeking skill skilled
skills strong successful team teams understanding using various well work working
year years
"""
_COMMON = frozenset(_COMMON_WORDS.split())


@lru_cache(maxsize=16384)  # a pure function of the word; each job asks it thousands of times
def stem(word: str) -> str:
    """A word's stem for comparing words: "immunizations" -> "immuniz", "pickers" ->
    "pick", "shipping" -> "ship". Consistent rather than linguistic."""
    w = word.casefold().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    found = _SUFFIX.search(w, 3)  # the longest ending that leaves three letters
    if found:
        w = w[: found.start()] + ("y" if found.group() == "ies" else "")
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]  # "shipp" -> "ship", but "install" stays
    return w[:8]


# Each word's stem ("" for a function word), as ``content_stems`` works it out: a pure
# function of the word, remembered across jobs like ``stem``'s cache (every resume and
# posting repeat most of their words), and emptied when it grows past its size.
_STEMS: dict[str, str] = {}
_STEMS_SIZE = 32768


def content_stems(text: str, stems: dict[str, str] | None = None) -> set[str]:
    """The stems of a line's content words (no function or posting boilerplate word).
    ``stems`` remembers each word's stem (a job's ``Relevance`` passes ``_STEMS``)."""
    stems = {} if stems is None else stems
    folded = text.casefold()
    words = (_WORD_ASCII if ascii_words(folded) else _WORD).findall(folded)
    # Most words' stems are known already: the set is made in one call over them all,
    # and the words not yet known are worked out only when there are some. (The loop
    # never reads back what it wrote: jobs on other threads share ``_STEMS`` and may
    # empty it at any moment.)
    try:
        out = set(map(stems.__getitem__, words))
    except KeyError:
        out = set()
        for word in words:
            found = stems.get(word)
            if found is None:
                found = stems[word] = stem(word) if len(word) >= 3 and word not in _COMMON \
                    else ""
            out.add(found)
    out.discard("")  # a function word's
    return out


# Title words that say the job's rank or kind of post, not its work: a "Payroll
# Specialist" is about payroll, and "Inventory Management" is no core skill of a
# "Warehouse Manager" (whose stem "manag" it shares).
_ROLE_NOUNS = frozenset(stem(w) for w in (
    "agent", "assistant", "associate", "clerk", "consultant", "coordinator", "director",
    "engineer", "generalist", "lead", "leader", "manager", "member", "officer", "operator",
    "partner", "professional", "representative", "rep", "specialist", "staff", "supervisor",
    "tech", "technician", "worker", "shift", "time", "full", "part", "senior", "junior"))
# An adjective of the setting ("Medical" Receptionist, "Dental" Assistant, "Clinical",
# "Residential"): it says where the work is done, and made every skill sharing it
# (Medical Billing, Dental insurance) count as the job itself (a review finding).
_SETTING = re.compile(r"[a-z]{3,}(?:al|ic)\W*$", re.IGNORECASE)


def title_stems(analysis: PostingAnalysis, stems: dict[str, str] | None = None) -> set[str]:
    """The stems of the posting title's words that name the work ("tank" and "driv" of
    "Tanker Driver"; "Specialist", "Operator" and other rank words, and adjectives of
    the setting such as "Medical" or "Dental", left out)."""
    title = " ".join(w for w in (analysis.title or "").split() if not _SETTING.search(w))
    return {s for s in content_stems(title, stems) if s not in _ROLE_NOUNS}


def skill_weights(analysis: PostingAnalysis, stems: dict[str, str] | None = None
                  ) -> dict[str, float]:
    """How much showing each posting skill is worth when ordering lines: required 3,
    preferred 1.5, soft half that, and ``CORE_WEIGHT`` times that for a skill named by
    a word of the title (the job itself, which its duties list beside minor asks)."""
    weights: dict[str, float] = {}
    core = title_stems(analysis, stems)
    for mention in analysis.skills:
        weight = 3.0 if mention.required else 1.5
        if core and not core.isdisjoint(content_stems(mention.name, stems)):
            weight *= CORE_WEIGHT
        weights[mention.name] = weight * (0.5 if mention.kind == "soft" else 1.0)
    return weights


def diminishing(values: Iterable[float], decay: float) -> float:
    """``values`` added heaviest first, each counting ``decay`` times the one before:
    one strong reason outweighs several weak ones (3, 3, 3 at 0.5 makes 5.25)."""
    total, factor = 0.0, 1.0
    for value in sorted(values, reverse=True):
        total += value * factor
        factor *= decay
    return total


def _posting_words(analysis: PostingAnalysis, stems: dict[str, str]) -> dict[str, float]:
    """Stem -> the weight of the section that asks for it most."""
    words: dict[str, float] = {}
    for section in analysis.sections:
        weight = _SECTION_WEIGHT.get(section.kind)
        if weight is None:
            continue  # what the company does, its benefits and legal notices ask nothing
        for word in content_stems(section.text, stems):
            words[word] = max(words.get(word, 0.0), weight)
    for word in content_stems(analysis.title or "", stems):
        words.pop(word, None)  # the job's own name asks nothing
    # Nor does the company's, unless the posting also writes the word as an everyday
    # one ("Summit Air Services" and "central air conditioners").
    company = content_stems(analysis.company or "", stems) & words.keys()
    if company:  # (the body's everyday words are read only for a name's word it asks)
        body = " ".join(s.text for s in analysis.sections if s.kind in _SECTION_WEIGHT)
        common = set(content_stems(" ".join(re.findall(r"\b[a-z][\w-]*", body)), stems))
        for word in company:
            if word not in common:
                words.pop(word, None)
    return words


def _as_words(text: str, fold: bool = True) -> str:
    """``text`` (folded), its words joined by single spaces ("C++" -> "c")."""
    low = text.casefold() if fold else text
    return low if low.replace(" ", "").isalnum() else _NON_WORD.sub(" ", low).strip()



def _short_name(term: str) -> bool:
    """A name of three letters or fewer written with a capital ("Go", "R", "SQL")."""
    return 0 < len(term) <= 3 and not term.islower()


# A word in lower case: a duty sentence has some; a line of names ("Copper Canyon
# Electric, Mesa AZ", "JOURNEYMAN ELECTRICIAN - RESIDENTIAL SERVICE") has none.
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]{2,}")


def _a_name_line(sentence: str) -> bool:
    """A line with no word in lower case: the posting's title, the employer's name and
    place, a heading. A hard-wrapped or one-paragraph posting has no duties heading, so
    its unheaded lines are read as duties, and such a line stood as the lead duty
    (every resume line naming the trade then "said" it)."""
    return _LOWER_WORD.search(sentence) is None


def _sentences(text: str) -> Iterator[str]:
    """``text``'s sentences and lines one by one, so that a caller needing the first
    two never splits a whole pasted page."""
    start = 0
    for cut in _SENTENCE.finditer(text):
        yield text[start:cut.start()]
        start = cut.end()
    yield text[start:]


def lead_duties(analysis: PostingAnalysis, stems: dict[str, str] | None = None
                ) -> list[tuple[float, frozenset[str]]]:
    """The first sentences of the posting's duties, each with its weight (1, then
    half): of its duties sections (or, in a posting without one, of its unheaded
    paragraphs), from the first that names a required skill on. The company's own
    story before it and a list's lead-in ("Duties include, but are not limited to,
    the following:", a review finding) say nothing of the work."""
    duties = ([s for s in analysis.sections if s.kind == "responsibilities"]
              or [s for s in analysis.sections if s.kind == "other"])
    # The posting's own words for its required skills, found in a sentence as whole
    # words by a substring test between spaces (a stem set for every sentence cost more
    # than the rest; a bare substring found "R" in every sentence: review O2).
    # A short name the posting wrote with a capital ("Go", "R", "AI") is matched as
    # written: "We go the extra mile" names no language (review O2). A longer one may
    # open a line or the title ("Payroll"), and is matched in any case.
    required = [m for m in analysis.skills if m.required and m.kind != "soft"]
    exact = [f" {_as_words(m.term, fold=False)} " for m in required if _short_name(m.term)]
    asked = [f" {_as_words(m.term or m.name)} " for m in required
             if not _short_name(m.term)]
    started = False
    found: list[tuple[float, frozenset[str]]] = []
    for section in duties:
        for sentence in _sentences(section.text):
            if _a_name_line(sentence):
                continue  # the title or the employer's name, no duty
            if not started:
                said = f" {_NON_WORD.sub(' ', sentence)} "
                low = said.casefold()
                if not (any(term in low for term in asked)
                        or any(term in said for term in exact)):
                    continue
                started = True
            words = content_stems(sentence, stems)
            if len(words) < LEAD_SHARED:
                continue  # a heading or a fragment, no duty
            found.append((0.5 ** len(found), frozenset(words)))
            if len(found) >= LEAD_SENTENCES:
                return found
    return found


# A rank noun's own verb: a "Store Manager" manages the store, a "Receiving Supervisor"
# supervises receiving.
_RANK_VERBS = {stem(noun): verb for noun, verb in (
    ("manager", "manage"), ("supervisor", "supervise"), ("director", "direct"),
    ("coordinator", "coordinate"), ("lead", "lead"), ("leader", "lead"),
    ("operator", "operate"))}
# Heads whose verb is no work of the job: an Attendant who "Attended staff meetings", an
# Accountant who "Accounted for" something (a review finding).
_NO_VERB = frozenset(stem(w) for w in ("attendant", "accountant", "servant"))
# The endings that make a doer of a verb: dispatch-er, instruct-or, typ-ist.
_AGENT = ("er", "or", "ist")
_ROMAN = re.compile(r"[ivx]+")


def _verb_stems(verb: str) -> frozenset[str]:
    """The stems a line's opening word has when it is ``verb``: "manage", "managed",
    "manages" and "managing" give "manage" and "manag"; "dispatch" gives "dispatch"."""
    return frozenset({stem(verb), stem(verb + "e"), stem(verb + "d"), stem(verb + "ed")})


def _same_stem(a: str, b: str) -> bool:
    """Two stems of one noun: equal, or sharing their first five letters (four for a
    short one): "store" and "stor" (stores), "receiv" (Receiving) and "receiv"."""
    n = min(5, len(a), len(b))
    return a == b or (n >= 4 and a[:n] == b[:n])


def title_work(analysis: PostingAnalysis, stems: dict[str, str] | None = None
               ) -> tuple[frozenset[str], str | None] | None:
    """The title's own work as (its verb's stems, the object's stem or None): the head
    noun as its verb, the noun itself or without its doer's ending ("Night Dispatcher"
    -> dispatch, "Science Teacher" -> teach, "Line Cook" -> cook), or a rank noun's verb
    with the title's word before it ("Assistant Store Manager" -> manage + store). None
    when the head is a rank with no verb ("Payroll Specialist": "payroll" is on every
    line of such a resume), a noun whose verb is other work ("Attendant"), or there is
    no title. The verb is matched by its forms, not a shared prefix: "atten" would make
    "Attended staff meetings" an Attendant's work."""
    words = [w for w in _WORD.findall((analysis.title or "").casefold())
             if len(w) >= 3 and w not in _COMMON and not _ROMAN.fullmatch(w)]
    named = [(w, next(iter(s))) for w, s in ((w, content_stems(w, stems)) for w in words) if s]
    if not named:
        return None
    word, head = named[-1]
    if head in _RANK_VERBS:
        objects = [s for _w, s in named[:-1] if s not in _ROLE_NOUNS]
        return (_verb_stems(_RANK_VERBS[head]), objects[-1]) if objects else None
    if head in _ROLE_NOUNS or head in _NO_VERB:
        return None
    roots = [word, *(word[:-len(end)] for end in _AGENT
                     if word.endswith(end) and len(word) - len(end) >= 4)]
    return frozenset().union(*(_verb_stems(r) for r in roots)), None


# A line whose deed is teaching or leading people new to the work: "Train 3 apprentices
# on weld prep, fit-up and safe grinding", "Cross-train new techs on the drive-thru",
# "Lead a crew of two apprentices and check their work against the NEC". What it names
# is what the newcomers learn or are checked on; the writer's own work is the teaching.
# The verb opens the line; its object, after a few words of count or kind ("two",
# "a crew of", "first-year"), is a learner, or "new" and people ("new front desk hires",
# "new line cooks"): "new" before work ("Supervised new construction", "Trained new
# forecasting models", "Led new store openings") is the writer's own (review26 O1).
_NEWCOMER_LEAD = re.compile(
    r"\W*(?:cross-?)?(?:train(?:s|ed|ing)?|coach(?:es|ed|ing)?|mentor(?:s|ed|ing)?|"
    r"teach(?:es|ing)?|taught|orient(?:s|ed|ing)?|lead(?:s|ing)?|led|"
    r"supervis(?:e|es|ed|ing)|oversee(?:s|ing)?|oversaw)\s+"
    r"(?:(?:a|an|the|our|my|all|each|every|up|to|crew|team|group|class|cohort|shift|of|"
    r"\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|incoming|first-year|"
    r"second-year|junior|seasonal|part-time|summer)\s+)*"
    r"(?:(?:apprentices?|trainees?|temps?|interns?|juniors?|helpers?|externs?|rookies?)\b"
    r"|new\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+)(?=\s+(?:on|in|to|for|with|at|and|"
    r"through|during|each|every|across|by|from|how)\b|\s*[,;.:(]|\s*$))", re.IGNORECASE)
# People a "new" object names by its last word: workers ("new line cooks", "new
# technicians", ``is_job_noun``) and the few plain words for staff.
_NEW_PEOPLE = frozenset(("hires", "hire", "employees", "staff", "members", "recruits",
                         "starters", "graduates", "grads", "techs", "people", "colleagues",
                         "teammates", "coworkers", "co-workers"))
# The stems of skills that are the teaching or leading itself (Mentoring, Staff
# training, Coaching, Team Leadership, Supervision): these a teaching line does show.
_TEACHING_STEMS = frozenset(stem(w) for w in (
    "training", "trainer", "mentoring", "mentorship", "coaching", "teaching", "leadership",
    "supervision", "supervisor", "apprentice", "apprenticeship", "onboarding", "orientation"))


def teaches_newcomers(text: str) -> bool:
    """Does ``text`` open by teaching or leading newcomers ("Trained two new hires on
    the saw", "Lead a crew of two apprentices")?"""
    found = _NEWCOMER_LEAD.match(text)
    if found is None:
        return False
    if found.group(1) is None:
        return True  # a learner by name: apprentices, trainees, interns
    last = found.group(1).rsplit(None, 1)[-1].casefold()
    return last in _NEW_PEOPLE or is_job_noun(last)


class Relevance:
    """Scores resume lines for one posting (each distinct line worked out once)."""

    def __init__(self, analysis: PostingAnalysis, vocabulary: Vocabulary,
                 resume_lines: Iterable[str] = ()) -> None:
        if len(_STEMS) >= _STEMS_SIZE:
            _STEMS.clear()
        self._stems = _STEMS
        self.weights = skill_weights(analysis, self._stems)
        self.keywords = [k.casefold() for k in analysis.keywords]
        self.shows = LineSkills(analysis, vocabulary)
        self._skills: dict[str, set[str]] = {}
        self._scores: dict[str, float] = {}
        asked = _posting_words(analysis, self._stems)
        self._lines = {t: content_stems(t, self._stems) for t in resume_lines}
        lines = list(self._lines.values())
        count = len(lines)
        seen: dict[str, int] = {}
        for stems in lines:
            for s in stems & asked.keys():
                seen[s] = seen.get(s, 0) + 1
        # Rarity among the resume's lines, 1 for a word one line has, less for one many
        # lines share (log(1 + N / n) / log(1 + N)).
        self.lead = lead_duties(analysis, self._stems)
        self.work = title_work(analysis, self._stems)
        self.words = {s: asked[s] * math.log1p(count / n) / math.log1p(count)
                      for s, n in seen.items()} if count > 1 else {s: asked[s] for s in seen}

    def _lead(self, stems: set[str]) -> float:
        """What saying one of the posting's lead duties adds: half for two shared
        words, all for three or more, times that sentence's weight."""
        best = 0.0
        for weight, duty in self.lead:
            shared = len(stems & duty)
            if shared >= LEAD_SHARED:
                best = max(best, weight * min(1.0, (shared - LEAD_SHARED + 1) / 2))
        return LEAD_WEIGHT * best

    def does_title_work(self, text: str, stems: set[str] | None = None) -> bool:
        """Does ``text`` open by doing the title's own work: its first word is the
        work's verb, and the line names the work's object if it has one ("Manage a
        $5.2M store" for a "Store Manager", "Dispatch 30 drivers" for a "Dispatcher")?"""
        if self.work is None:
            return False
        verbs, obj = self.work
        first = _WORD.search(text.casefold())
        if first is None or stem(first.group()) not in verbs:
            return False
        if obj is None:
            return True
        if stems is None:
            stems = content_stems(text, self._stems)
        return any(_same_stem(s, obj) for s in stems)

    def _title(self, text: str, stems: set[str]) -> float:
        """``TITLE_WEIGHT`` for a line doing the title's own work."""
        return TITLE_WEIGHT if self.does_title_work(text, stems) else 0.0

    def skills(self, text: str) -> set[str]:
        """The posting's skills ``text`` shows."""
        found = self._skills.get(text)
        if found is None:
            found = self.shows(text) & self.weights.keys()
            self._skills[text] = found
        return found

    def line(self, text: str) -> float:
        """How much putting ``text`` first serves the posting."""
        score = self._scores.get(text)
        if score is None:
            weights = self.weights
            stems = self._lines.get(text)
            if stems is None:
                stems = content_stems(text, self._stems)
            # A line teaching newcomers shows its topic at a share (see
            # ``teaches_newcomers``), unless teaching is the title's own work.
            topic = 1.0
            if teaches_newcomers(text) and not self._title(text, stems):
                topic = TOPIC_SHARE
            score = diminishing([weights[s] * (1.0 if topic == 1.0 or not _TEACHING_STEMS
                                               .isdisjoint(content_stems(s, self._stems))
                                               else topic)
                                 for s in self.skills(text)], SKILL_DECAY)
            words = self.words
            rest = WORD_WEIGHT * diminishing([words[s] for s in stems if s in words],
                                             WORD_DECAY)
            rest += self._lead(stems)
            folded = text.casefold()
            # Key phrases beyond the vocabulary break ties but never outrank a skill.
            rest += min(1.0, 0.25 * sum(1 for k in self.keywords if k in folded))
            score += topic * rest + self._title(text, stems)
            self._scores[text] = score
        return score

    def answers(self, text: str) -> bool:
        """Does ``text`` answer the posting at all: show one of its skills, or share
        a word with what it asks ("Single Subject Teaching Credential, Science" where
        the posting asks for a science credential no vocabulary names)?"""
        return bool(self.skills(text)) or self.line(text) > 0

    def section(self, section: Section) -> float:
        """The weight of the skills a whole section shows (each skill once)."""
        names: set[str] = set()
        for entry in section.entries:
            for text in (*entry.header, *entry.bullets):
                names |= self.skills(text)
        return math.fsum(self.weights[n] for n in names)
