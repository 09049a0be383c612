"""The figures of the quality benchmark, computed from plain data.

Nothing here runs the engine: :class:`EngineView` is what one tailoring run said
(the skills its report lists, its "missing" list, the years it read, the texts),
and :func:`score_pair` compares it with a hand-written label. Keeping the two apart
lets the tests feed a made-up view and check every figure by hand.

Matching a label to an engine skill is fair, not lenient: the same words after
folding case, punctuation and a plural "s", one of the label's alternatives, or the
engine's own vocabulary naming both the same skill. Never a substring: "SQL" does
not stand for "SQL Server".
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from benchmarks.quality.labels import Pair, Skill

Lookup = Callable[[str], str | None]  # a term -> the engine vocabulary's name for it
Finder = Callable[[str], list[str]]  # a text -> the vocabulary names found in it


def fold(text: str) -> str:
    """Lower-case words and digits separated by single spaces ("C++" and "C#" keep
    their sign, "&" reads "and")."""
    text = unicodedata.normalize("NFKC", text).casefold().replace("&", " and ")
    return " ".join(re.findall(r"[^\W_]+[+#]*", text))


def key(text: str) -> str:
    """:func:`fold`, and each word's plural "s" dropped ("Lesson plans" = "lesson plan")."""
    words = []
    for word in fold(text).split():
        if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        words.append(word)
    return " ".join(words)


def contains(text_folded: str, needle: str) -> int:
    """Where ``needle`` (folded) starts in the folded text, on word boundaries; -1 if absent."""
    target = fold(needle)
    if not target:
        return -1
    found = f" {text_folded} ".find(f" {target} ")
    return found


# A licence named with its place is still that licence ("Florida RN license" is the
# label's "RN license"): these leading words are dropped before comparing.
_PLACES = tuple(sorted([
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
    "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa",
    "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan",
    "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "ohio",
    "oklahoma", "oregon", "pennsylvania", "tennessee", "texas", "utah", "vermont",
    "virginia", "washington", "wisconsin", "wyoming", "new hampshire", "new jersey",
    "new mexico", "new york", "north carolina", "north dakota", "rhode island",
    "south carolina", "south dakota", "west virginia", "district of columbia", "alberta",
    "british columbia", "manitoba", "new brunswick", "newfoundland and labrador",
    "nova scotia", "ontario", "prince edward island", "quebec", "saskatchewan", "yukon",
    "northwest territories"], key=len, reverse=True))
_CREDENTIAL_WORDS = ("license", "licence", "certificate", "certification", "credential",
                     "permit", "registration")


def _without_place(folded: str) -> str:
    for place in _PLACES:
        if folded.startswith(place + " "):
            return folded[len(place) + 1:]
    return folded


def _without_credential_word(folded: str) -> str:
    head, _sep, last = folded.rpartition(" ")
    return head if head and last in _CREDENTIAL_WORDS else folded


class Judge:
    """Decides whether an engine skill name is a labelled skill."""

    def __init__(self, lookup: Lookup | None = None) -> None:
        self._lookup = lookup or (lambda _t: None)
        self._memo: dict[str, str | None] = {}

    def canonical(self, term: str) -> str | None:
        if term not in self._memo:
            self._memo[term] = self._lookup(term)
        return self._memo[term]

    def same(self, engine_name: str, skill: Skill) -> bool:
        wanted = {key(n) for n in skill.names}
        said = key(engine_name)
        if said in wanted or _without_place(said) in wanted:
            return True
        if any(w.rsplit(" ", 1)[-1] in _CREDENTIAL_WORDS for w in wanted):
            # A credential label: "… Class D certificate" is its "… Class D".
            bare = _without_credential_word(_without_place(said))
            if bare in {_without_credential_word(w) for w in wanted}:
                return True
        engine_canonical = self.canonical(engine_name) or engine_name
        return any(self.canonical(n) == engine_canonical for n in skill.names)

    def which(self, engine_name: str, skills: Iterable[Skill]) -> Skill | None:
        return next((s for s in skills if self.same(engine_name, s)), None)


@dataclass
class EngineView:
    """What one run of the engine said about a pair."""

    reported: list[tuple[str, bool]]  # (skill name, required) as the match report lists them
    missing: list[str]  # the report's "missing" list
    min_years: int | None
    source_text: str  # the resume as read
    tailored_text: str
    renamed: dict[str, str] = field(default_factory=dict)  # the resume's word -> the posting's
    invented: list[str] = field(default_factory=list)  # terms or numbers the source lacks
    lost: list[str] = field(default_factory=list)  # source lines the tailored text lacks
    guard_refused: bool = False
    error: str | None = None


@dataclass
class PairScore:
    """One pair's counts; :class:`Totals` adds them up."""

    pair_id: str
    field: str
    shape: str = ""
    found: list[str] = field(default_factory=list)  # asked skills the engine reported
    not_found: list[str] = field(default_factory=list)  # asked skills it did not
    true_reports: list[str] = field(default_factory=list)  # engine names that were asked
    false_reports: list[str] = field(default_factory=list)  # engine names never asked
    missing_right: list[str] = field(default_factory=list)  # truly missing, reported missing
    missing_wrong: list[str] = field(default_factory=list)  # reported missing, not truly
    missing_overlooked: list[str] = field(default_factory=list)  # truly missing, not reported
    kind_right: int = 0  # found skills whose required/preferred the engine read right
    kind_wrong: list[str] = field(default_factory=list)
    years_label: int | None = None
    years_engine: int | None = None
    ndcg: float | None = None
    ndcg_source: float | None = None
    first_third: tuple[int, int] = (0, 0)  # (shown skills in the first third, shown skills)
    first_third_source: tuple[int, int] = (0, 0)
    first_third_absent: list[str] = field(default_factory=list)
    unplaced_bullets: list[str] = field(default_factory=list)  # prefixes not in the text
    invented: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)
    guard_refused: bool = False
    error: str | None = None

    @property
    def years_right(self) -> bool:
        return self.years_label == self.years_engine


def score_skills(pair: Pair, view: EngineView, judge: Judge, score: PairScore) -> None:
    """Recall, precision, the missing list and required/preferred, for one pair."""
    neutral = pair.neutral
    engine_kind: dict[str, bool] = {}
    for name, required in view.reported:
        skill = judge.which(name, pair.skills)
        if skill is not None:
            score.true_reports.append(name)
            engine_kind.setdefault(skill.name, required)
        elif judge.which(name, neutral) is None:
            score.false_reports.append(name)
    for skill in pair.skills:
        if skill.name in engine_kind:
            score.found.append(skill.name)
            if engine_kind[skill.name] == skill.required:
                score.kind_right += 1
            else:
                score.kind_wrong.append(skill.name)
        else:
            score.not_found.append(skill.name)
    said_missing: set[str] = set()
    for name in view.missing:
        skill = judge.which(name, pair.skills)
        if skill is None:
            if judge.which(name, neutral) is None:
                score.missing_wrong.append(name)
        elif skill.name in pair.missing:
            if skill.name not in said_missing:
                score.missing_right.append(skill.name)
            said_missing.add(skill.name)
        else:
            score.missing_wrong.append(name)
    score.missing_overlooked = [s for s in sorted(pair.missing) if s not in said_missing]


def dcg(grades: list[int]) -> float:
    return sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(grades))


def ndcg(grades: list[int]) -> float | None:
    """NDCG of grades in the order shown; None when every order is as good (all equal)."""
    best = dcg(sorted(grades, reverse=True))
    worst = dcg(sorted(grades))
    if best == worst:
        return None
    return dcg(grades) / best


def _renamed(prefix: str, renamed: dict[str, str]) -> str:
    for old, new in renamed.items():
        prefix = re.sub(rf"(?<!\w){re.escape(old)}(?!\w)", new, prefix)
    return prefix


def bullet_order(pair: Pair, text: str, renamed: dict[str, str] | None = None
                 ) -> tuple[list[list[int]], list[str]]:
    """Each graded role's grades in the order its bullets appear in ``text`` (where
    a skill may carry the posting's name for it), and the prefixes not found there
    (they count as placed last)."""
    folded = fold(text)
    orders: list[list[int]] = []
    absent: list[str] = []
    for role in pair.roles:
        placed: list[tuple[int, int, int]] = []
        for index, (prefix, grade) in enumerate(role.bullets):
            at = contains(folded, prefix)
            if at < 0 and renamed:
                at = contains(folded, _renamed(prefix, renamed))
            if at < 0:
                absent.append(prefix)
                at = len(folded) + index
            placed.append((at, index, grade))
        orders.append([g for _at, _i, g in sorted(placed)])
    return orders, absent


def mean_ndcg(orders: list[list[int]]) -> float | None:
    values = [v for v in (ndcg(o) for o in orders) if v is not None]
    return sum(values) / len(values) if values else None


def first_third(pair: Pair, text: str, judge: Judge, finder: Finder | None
                ) -> tuple[int, int, list[str]]:
    """How many of the skills the resume shows appear in the first third of ``text``
    (by characters), by one of their names, their labelled evidence, or a vocabulary
    hit the judge takes for them; and the ones that do not."""
    head = text[: len(text) // 3]
    folded = fold(head)
    found_names = finder(head) if finder else []
    absent = []
    for name in sorted(pair.shown):
        skill = pair.skill(name)
        needles = [*skill.names, *pair.evidence.get(name, [])]
        if any(contains(folded, n) >= 0 for n in needles):
            continue
        if any(judge.same(f, skill) for f in found_names):
            continue
        absent.append(name)
    return len(pair.shown) - len(absent), len(pair.shown), absent


def score_pair(pair: Pair, view: EngineView, judge: Judge, finder: Finder | None = None
               ) -> PairScore:
    """Every figure of one pair."""
    score = PairScore(pair.id, pair.field, pair.shape, years_label=pair.min_years,
                      years_engine=view.min_years, invented=list(view.invented),
                      lost=list(view.lost), guard_refused=view.guard_refused,
                      error=view.error)
    score_skills(pair, view, judge, score)
    if pair.roles:
        tailored, absent = bullet_order(pair, view.tailored_text, view.renamed)
        source, _ = bullet_order(pair, view.source_text)
        score.ndcg = mean_ndcg(tailored)
        score.ndcg_source = mean_ndcg(source)
        score.unplaced_bullets = absent
    if pair.shown:
        hits, total, absent_names = first_third(pair, view.tailored_text, judge, finder)
        score.first_third = (hits, total)
        score.first_third_absent = absent_names
        hits, total, _ = first_third(pair, view.source_text, judge, finder)
        score.first_third_source = (hits, total)
    return score
