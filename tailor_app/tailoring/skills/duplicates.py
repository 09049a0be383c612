"""One ask written in two names is one gap: the report's "missing" list names it once.

The posting's analysis may read two skills from one name: a product and its family
("Microsoft Dynamics 365 Business Central" gives Microsoft Dynamics and Business
Central), two names of one method ("SMAW stick welding"), a term and its acronym in
parentheses ("authority to operate (ATO)", "Med-Surg certification (CMSRN)"). A
reader counts one gap, so two missing asks read from the same words are one when:

- the second is an acronym alone in parentheses right after the first, or at the
  end of the first's own name;
- they stand side by side (nothing between them but spaces or a version number) and
  the vocabulary files them together: a broader skill in common, one broader than
  the other, or one the family of the other ("Microsoft Dynamics" opens the name of
  Business Central's broader "Microsoft Dynamics 365 Finance");
- a tool is named with its kind after it, then a word for a kind of product
  ("Pyxis medication dispensing systems"): the tool is kept.

A name that holds its own acronym ("Certified Hospitality Housekeeping Executive
(CHHE)", "Oregon Expanded Function Dental Assistant (EFDA) certificate") is listed
by the acronym, as people name the credential (``listed_name``).

Names in a list ("Excel and Power BI", "Python, SQL"), instances in parentheses
("Video editing (Premiere Pro, CapCut)", "TMS (Oracle Transportation Management)")
and unrelated names side by side ("Java Spring Boot") stay separate asks.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator

from tailor_app.tailoring.caseless import folded
from tailor_app.tailoring.model import SkillMention
from tailor_app.tailoring.skills.vocabulary import Vocabulary
from tailor_app.tailoring.whole_words import caseless_whole_spans

# Between the two words of a compound name: spaces, a version ("365", "2019", "v8").
_VERSION_GAP = re.compile(r"[ \t]*(?:v?\d[\w.]*[ \t]*)?")
# An acronym written in parentheses right after the words it stands for.
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&-]{1,7}")
_PAREN_GAP = re.compile(r"[ \t]*\([ \t]*")


def _spans(mention: SkillMention, snippet: str) -> list[tuple[int, int]]:
    """Where the posting's ``snippet`` writes the ask: its own word for it (``term``,
    what the posting analysis read) or its name, as whole words."""
    spans: list[tuple[int, int]] = []
    low = folded(snippet)  # None where lower-casing is no stand-in for IGNORECASE
    for words in dict.fromkeys(w for w in (mention.term, mention.name) if w):
        if low is not None and words.isascii():
            # Found with str.find: no pattern made of each posting's ask (the most
            # patterns a new posting made, one for each ask its snippet writes).
            spans += caseless_whole_spans(snippet, low, words.lower())
        else:
            spans += [(m.start(), m.end()) for m in _whole(words).finditer(snippet)]
    return spans


@functools.lru_cache(maxsize=4096)
def _whole(words: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(words)}(?![\w-])", re.IGNORECASE)


def _one_run(a: tuple[int, int], b: tuple[int, int], snippet: str) -> str | None:
    """How spans ``a`` (first) and ``b`` of one snippet make one name: "acronym" when
    ``b`` is an acronym alone in parentheses right after ``a`` or at its end
    ("authority to operate (ATO)", "Certified Hospitality Housekeeping Executive
    (CHHE)"), "compound" when they stand side by side; None otherwise."""
    in_parens = (_ACRONYM.fullmatch(snippet[b[0]:b[1]])
                 and snippet[:b[0]].rstrip().endswith("(")
                 and snippet[b[1]:].lstrip().startswith(")"))
    if in_parens and (_PAREN_GAP.fullmatch(snippet, a[1], b[0]) or b[1] <= a[1]):
        return "acronym"
    if a[1] <= b[0] and _VERSION_GAP.fullmatch(snippet, a[1], b[0]):
        return "compound"
    return None


def duplicate_asks(missing: list[SkillMention], vocabulary: Vocabulary) -> dict[str, str]:
    """{name to leave out of the "missing" list: the name kept for the same words of
    the posting}. Of a name and its acronym in parentheses the name is kept (the
    posting's own wording), of a compound the last (its head: "Business Central",
    "stick welding") unless it is the first's kind ("Epic EHR": Epic)."""
    dropped: dict[str, str] = {}
    spans = _SpanMemo()  # each ask's spans in a snippet, read once for all its pairs
    for a, b, snippet in _read_together(missing):
        if a.name in dropped or b.name in dropped or a.name == b.name:
            continue
        how, (first, second), end = _relation(a, b, snippet, spans)
        if how == "acronym":
            # Of "X (ACR)" read as two asks the plain name X is kept; of a name that
            # holds its own acronym, the acronym (the shorter, as people say it).
            inside = first.endswith(")")
            dropped[first if inside else second] = second if inside else first
        elif how == "compound" and _filed_together(first, second, vocabulary):
            # The head is last ("Microsoft Dynamics 365 Business Central"), but a
            # product before its own kind ("Epic EHR") is the product asked.
            if _is_broader(second, first, vocabulary):
                dropped[second] = first
            else:
                dropped[first] = second
        elif how == "compound" and _tool_and_its_kind(first, second, snippet[end:],
                                                      vocabulary):
            dropped[second] = first
        elif how is None and (inner := _name_inside(a, b, snippet, spans)) is not None:
            wider = b.name if inner == a.name else a.name
            dropped[inner] = wider
    return dropped


_LETTERS = re.compile(r"[A-Za-z]+")  # compiled once, not looked up per call


def _name_words(name: str) -> frozenset[str]:
    return frozenset(stem for word in _LETTERS.findall(name.lower())
                     for stem in (word[:-1] if len(word) > 3 and word.endswith("s")
                                  else word,))


class _SpanMemo:
    """``_spans`` and ``_name_words`` remembered for one ``duplicate_asks`` call: a
    snippet's asks are paired each with each, so every ask's spans and words were
    worked out again for every pair it is in (and the second ask's spans once for
    each span of the first)."""

    __slots__ = ("_spans", "_words")

    def __init__(self) -> None:
        self._spans: dict[tuple[str | None, str, str], list[tuple[int, int]]] = {}
        self._words: dict[str, frozenset[str]] = {}

    def spans(self, mention: SkillMention, snippet: str) -> list[tuple[int, int]]:
        key = (mention.term, mention.name, snippet)
        found = self._spans.get(key)
        if found is None:
            found = self._spans[key] = _spans(mention, snippet)
        return found

    def words(self, name: str) -> frozenset[str]:
        found = self._words.get(name)
        if found is None:
            found = self._words[name] = _name_words(name)
        return found


def _name_inside(a: SkillMention, b: SkillMention, snippet: str, memo: _SpanMemo
                 ) -> str | None:
    """The name of the two whose words are all in the other's, when both were read
    from overlapping words of the snippet: "verbal and written communication" asks
    Written Communication, and Communication read from the same words is no second
    gap; "Ductless / mini-split" gives Ductless mini-splits, and Mini-splits is it
    again. Two asks written apart ("safety, food safety") stay two."""
    words_a, words_b = memo.words(a.name), memo.words(b.name)
    if words_a < words_b:
        inner = a
    elif words_b < words_a:
        inner = b
    else:
        return None
    spans_a, spans_b = memo.spans(a, snippet), memo.spans(b, snippet)
    if not spans_a or not spans_b:
        return None
    inner_spans = spans_a if inner is a else spans_b
    outer_spans = spans_b if inner is a else spans_a
    # Every place the inner name is read overlaps the wider one: it is no ask of its own.
    if all(any(x0 < y1 and y0 < x1 for y0, y1 in outer_spans) for x0, x1 in inner_spans):
        return inner.name
    return None


def _read_together(missing: list[SkillMention]
                   ) -> Iterator[tuple[SkillMention, SkillMention, str]]:
    """Pairs of asks read from the same words of the posting, with those words: one
    snippet, or a credential the posting analysis names on its own (its snippet is its
    name) inside another ask's snippet."""
    groups: dict[str, list[SkillMention]] = {}
    for mention in missing:
        groups.setdefault(mention.snippet, []).append(mention)
    alone = [m for m in missing if m.snippet == m.name]
    for snippet, group in groups.items():
        low = snippet.lower()
        members = group + [m for m in alone if m.snippet != snippet and m.name.lower() in low]
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                yield a, b, snippet


def _relation(a: SkillMention, b: SkillMention, snippet: str, memo: _SpanMemo
              ) -> tuple[str | None, tuple[str, str], int]:
    """How two asks sit in one snippet (see ``_one_run``), which name comes first, and
    where the second ends."""
    spans_b = memo.spans(b, snippet)
    for sa in memo.spans(a, snippet):
        for sb in spans_b:
            (first, s1), (second, s2) = sorted(((a.name, sa), (b.name, sb)),
                                               key=lambda x: (x[1][0], -x[1][1]))
            how = _one_run(s1, s2, snippet)
            if how is not None:
                return how, (first, second), s2[1]
    return None, (a.name, b.name), 0


_KIND_WORD = re.compile(r"\s*(?:systems?|software|platforms?|tools?|solutions?|applications?)"
                        r"(?!\w)", re.IGNORECASE)


def _tool_and_its_kind(tool: str, kind: str, after: str, vocabulary: Vocabulary) -> bool:
    """Is ``tool`` named with its kind after it, as English names a product ("Pyxis
    medication dispensing systems", "Dentrix practice management software")? The
    kind is a skill, not a tool, and a word for a kind of product follows it; "Jira
    Scrum boards" names two skills."""
    a, b = vocabulary.lookup(tool), vocabulary.lookup(kind)
    return (a is not None and b is not None and a.kind == "tool" and b.kind == "hard"
            and _KIND_WORD.match(after) is not None)


def _is_broader(name: str, than: str, vocabulary: Vocabulary) -> bool:
    skill = vocabulary.lookup(than)
    return skill is not None and name in skill.broader


def _filed_together(name_a: str, name_b: str, vocabulary: Vocabulary) -> bool:
    """Does the vocabulary file the two skills together: one broader than the other, a
    broader skill in common, or one's name opening the other's broader one?"""
    a, b = vocabulary.lookup(name_a), vocabulary.lookup(name_b)
    if a is None or b is None:
        return False
    if a.name in b.broader or b.name in a.broader or set(a.broader) & set(b.broader):
        return True
    return any(broad.startswith(x.name + " ")
               for x, y in ((a, b), (b, a)) for broad in y.broader)


OWN_ACRONYM = re.compile(r"^(?P<words>[^()]+?)\s*\((?P<acronym>[A-Z][A-Z0-9&-]{1,7})\)[^()]*$")


def listed_name(name: str) -> str:
    """The name the "missing" list gives an ask: its acronym when the name writes the
    acronym in parentheses after the words it stands for (its letters are initials of
    those words, in order: "ISA Certified Control Systems Technician (CCST)" -> CCST);
    else the name itself."""
    found = OWN_ACRONYM.match(name) if "(" in name else None  # (no bracket: most names)
    if found is None:
        return name
    initials = iter(w[0].upper() for w in re.split(r"[\s/-]+", found["words"]) if w)
    letters = [c for c in found["acronym"] if c.isalpha()]
    return found["acronym"] if all(c in initials for c in letters) else name


# Between two credentials the posting offers as a choice: "RMA or CCMA", "CMA (AAMA),
# RMA or CCMA", "Journeyman or Master Electrician license".
_CHOICE_GAP = re.compile(r"[^.;:]{0,40}")
_OR = re.compile(r"\bor\b|/", re.IGNORECASE)
# A slash offers a choice only between the two names it joins ("RMA/CCMA"): in "the
# radiology certificate, plus current CPR/BLS" it joins two other credentials.
_OR_WORD = re.compile(r"\bor\b", re.IGNORECASE)


def _offers_choice(gap: str) -> bool:
    return _OR_WORD.search(gap) is not None or gap.strip() == "/"
_AND = re.compile(r"\band\b|&", re.IGNORECASE)
# "EFDA certificate or at least the radiology certificate": the second is the least the
# posting takes, the first what it would rather have.
_AT_LEAST = re.compile(r"\bor\s+(?:at\s+(?:the\s+)?(?:very\s+)?least|at\s+(?:a\s+)?minimum)\b",
                       re.IGNORECASE)


# A credential's letters the vocabulary does not know are read as a plain ask ("RHIT or
# CCA": CCA is no known skill); beside a credential in a choice, in a sentence that asks
# for one credential by its kind before it names them ("National certification required
# (RHIT or CCA)", "Certification through PTCB or NHA"), they are the other credential
# offered. Without that word before them the letters may be a second credential asked
# ("ASQ CQE or CQA", "CCNA or CCNP certification": a reader notes the one not held).
_UNKNOWN_LETTERS = re.compile(r"[A-Z][A-Z0-9]{1,5}")
_KIND_ASKED = re.compile(r"\b(?:certification|certificate|credential|licen[cs]e|licensure"
                         r"|registration)\b", re.IGNORECASE)


def _a_credential(ask: SkillMention, lookup: Callable[[str], object] | None) -> bool:
    """Is ``ask`` a credential, or letters no vocabulary skill is known by that a
    sentence asking for a credential by its kind offers (which makes them one)?"""
    if ask.kind == "certification":
        return True
    if lookup is None or _UNKNOWN_LETTERS.fullmatch(ask.name) is None:
        return False
    kind = _KIND_ASKED.search(ask.snippet)
    # The kind asked first, the names after it: "CCNA or CCNP certification" names two
    # credentials of which a reader notes the one not held.
    return kind is not None and all(kind.end() <= a for a, _b in _spans(ask, ask.snippet)) \
        and lookup(ask.name) is None


def met_by_choice(missing: list[SkillMention], met: list[SkillMention],
                  lookup: Callable[[str], object] | None = None) -> set[str]:
    """Names of missing credentials the posting offers as a choice with one the resume
    shows: in one snippet, the two names are joined by "or" (no "and" between), so the
    posting asks for one of them and the resume has it. A choice written "A or at least
    B" ranks them: B met leaves A a gap worth reporting, A met meets B. With the
    vocabulary's ``lookup``, letters it does not know offered so beside a met credential
    ("RHIT or CCA", "PTCB or NHA") are the other credential of the choice."""
    out: set[str] = set()
    met = [m for m in met if m.kind == "certification"]
    for ask in missing:
        if not _a_credential(ask, lookup) or not _OR.search(ask.snippet):
            continue
        others = [m for m in met if m.snippet == ask.snippet]
        mine = _spans(ask, ask.snippet) if others else []
        for other in others:
            for a in mine:
                for b in _spans(other, ask.snippet):
                    first, second = sorted((a, b))
                    gap = ask.snippet[first[1]:second[0]]
                    if first[1] <= second[0] and _CHOICE_GAP.fullmatch(gap) and \
                            _offers_choice(gap) and not _AND.search(gap) and not (
                                a == first and _AT_LEAST.search(gap)):
                        out.add(ask.name)
    return out
