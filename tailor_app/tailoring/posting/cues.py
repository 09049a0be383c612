"""Is a skill required or preferred? The wording around it decides first.

Most specific first: the words of its comma-separated part ("Python, SQL
preferred"), then of its clause (up to ';', a dash or "but"), then the section's
default. A cue *leads* what it governs ("must have X", "ideally X") or *trails* it
("X is a plus", "X required"); in "3+ years of experience, ideally at a consumer
brand" the "ideally" governs the brand, not the years before it. A cue inside
parentheses speaks only for what the parentheses hold: "(Y preferred)".

``Wording`` answers these questions for one unit of a posting and remembers the
clauses and cue words of every span it has read, since a sentence listing ten
skills asks the same question ten times. A unit without a single cue word (most
bullets) is answered from the section at once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tailor_app.tailoring.caseless import Caseless, folded, word_start
from tailor_app.tailoring.posting.wishes import LEADING_WISH, TRAILING_WISHES
from tailor_app.tailoring.skills.phrases import clause_spans

__all__ = ["Wording"]

_OWN_YEARS = re.compile(r"\b\d{1,2}\s*\+?\s*(?:-\s*\d{1,2}\s*)?(?:years?|yrs?)\b",
                        re.IGNORECASE)

# Chinese and Japanese cues stand right after what they govern, with no space
# ("有Tableau经验者优先", "AWSの経験歓迎"), so they carry no word boundary.
_CJK_PREFERRED = "优先|優先|加分|尚可|歓迎|歡迎|優遇|あれば尚可"
_CJK_REQUIRED = "必须|必須|必需|必要条件"
_LEADING = {
    False: Caseless(word_start(
        "preferably", "ideally", "exposure to", "nice[- ]to[- ]haves?", "bonus(?: points)?",
        "optional", "would be (?:great|nice)", "good to have", "atouts?", "un atout", "souhait",
        "we(?:'|’| woul)d love", "would love", "nice if", "great if", "even better if",
        "bonus if",
        # "It helps if you know Canvas", "We would also welcome experience with wound
        # vacs", "We'd appreciate familiarity with Seesaw": a wish told by the employer.
        r"it (?:also |really )?helps if", r"it (?:would|will) (?:also |really )?help if",
        r"it(?:'|’)s helpful if", r"it is helpful if", r"helpful if",
        r"we(?:'|’)d (?:also |especially )?(?:welcome|appreciate)",
        r"we (?:would|will) (?:also |especially )?(?:welcome|appreciate)",
        # "Preference will be given to candidates with X", "priority to those with X"
        "preference (?:will be |is )?given to", "priority (?:will be |is )?given to",
        # "We encourage Spanish speakers to apply": an invitation, not a demand.
        r"we (?:strongly |especially )?encourage")),
    True: Caseless(word_start(
        # Whole words: "dry needling", "butterfly needles" and "mustard" say no need.
        r"must(?!\w)", "requires?", r"need(?:ed|s)?(?!\w)", "essential", "minimum",
        "mandatory", "at least", "obligatoire", "exig")),
}
# "X would be an advantage, as would Y", "X is a big plus, and so is any Spanish", "A
# Class A CDL is required, and so is a clean MVR": the comparison carries the cue of
# the clause before it on to a new subject, whichever strength that cue is.
_CARRY = Caseless(word_start("as would", "as are", "as is", LEADING_WISH))
_SENTENCE_END = re.compile(r"[.;!?\n]")
_TRAILING = {
    False: Caseless(word_start(
        "preferred", "preferable", "a plus", r"plus(?=\s*[.;,)!]|\s*$)", "bonus",
        "nice[- ]to[- ]haves?", "desirable", "desired", "an asset", r"assets?(?=\s*[:.)])",
        "advantageous", "is an? advantage", "be an? advantage", "are an? advantage",
        "is helpful", "be helpful", "are helpful", r"helpful(?=\s*[.;,)!]|\s*$)",
        # "experience with ServiceTitan or flat-rate pricing helps.", "Spanish helps on
        # our crews": "helps" closing its clause, or before where it helps; not "when it
        # helps" ("offer financing when it helps" is a duty, no wish).
        r"helps(?<!\bit helps)(?<!\bthat helps)(?<!\bthis helps)"
        r"(?=\s*[.;,)!]|\s*$|\s+(?:on|in|at|with)\s+(?:our|the|this|a)\b)",
        r"would help(?=\s*[.;,)!]|\s*$)",
        "is beneficial", "are beneficial",
        "be beneficial",
        "is welcomed?", "are welcomed?", "be welcomed?", "is also welcomed?",
        # "Knowledge of Lutron controls is appreciated", "would be greatly appreciated"
        *(rf"{verb} (?:also |always |much |greatly |highly |very much )?appreciated"
          for verb in ("is", "are", "be")),
        # "BSN preferred; MSN welcome": the word alone closing the item
        r"welcomed?(?=\s*[.;,)!]|\s*$)",
        "would be an? (?:bonus|asset|advantage)",
        # "Candidates with X will be given priority", "X is highly regarded"
        "be given (?:priority|preference)", "are given (?:priority|preference)",
        "is given (?:priority|preference)", "highly (?:regarded|valued)",
        # "Spanish-speaking candidates are encouraged to apply": an invitation to those
        # who have it, so the others may apply too.
        r"are (?:strongly |especially |also )?encouraged to apply",
        r"is (?:strongly |especially |also )?encouraged to apply",
        # "CPC required; CCS or CCS-P also accepted": taken instead, never asked.
        "also accepted", r"also be (?:accepted|considered)",
        "not required", "not mandatory", "not needed", "not necessary", "optional",
        # "QuickBooks experience isn't necessary, but it helps": the same hedge.
        r"isn[’']t (?:required|mandatory|needed|necessary)",
        r"aren[’']t (?:required|mandatory|needed|necessary)",
        "good to have",
        # "10 years would be ideal", "Spanish would be even better", "X is ideal"
        "would be (?:great|nice|ideal|even better|better|welcome|useful|handy|valuable)",
        "is ideal", "are ideal", r"ideal(?=\s*[.;,)!]|\s*$)", "even better",
        # "Experience with laser therapy is nice but not required", "Spanish is nice to
        # see", "Kaizen exposure is great to have": a wish closing its clause.
        # (not "each display is nice to look at": only "nice to have/see/know").
        r"is (?:also |really )?nice(?=\s*[.;,)!]|\s*$|\s+(?:but|if|though)\b"
        r"|\s+to\s+(?:have|see|know)\b)",
        r"are (?:also |really )?nice(?=\s*[.;,)!]|\s*$|\s+(?:but|if|though)\b"
        r"|\s+to\s+(?:have|see|know)\b)",
        r"is (?:also )?great to (?:have|see)", r"are (?:also )?great to (?:have|see)",
        "un atout", "souhait",
        # "X is a big plus", "X and Y are pluses", "X would make you stand out".
        *TRAILING_WISHES) + "|" + _CJK_PREFERRED),
    True: Caseless(word_start("required", "requirement", "essential", "mandatory",
                              "obligatoire", "exig") + "|" + _CJK_REQUIRED),
}
# ", and" opening a clause of its own ("..., and it would be a plus if", "..., and have at
# least", "..., and experience with X would be"), not the last item of a list.
_JOINT = re.compile(
    r",\s+(?:and|or|but|while|whereas|plus)\s+(?=(?:it|you|we|they|this|that|there|have|has"
    r"|had|be|is|are|was|were|must|should|would|will|can|could|may|might|experience"
    r"|knowledge|familiarity|exposure|ideally|preferably|any|some|also)\b)", re.IGNORECASE)
# ", and <a few words> is a plus": a clause with its own subject and its own cue (one
# subject: "are" is a list's, "A, B or C would be" the list's last item).
_SUBJECT_JOINT = re.compile(
    r",\s+and\s+(?=[^,;.()]{1,60}?\s(?:is|would be|will be)\s+(?:also\s+)?"
    r"(?:an?\s+)?(?:big\s+|huge\s+|real\s+|definite\s+|strong\s+)?"
    r"(?:plus|bonus|advantage|asset|preferred|helpful|ideal|desirable|welcome)\b)",
    re.IGNORECASE)
# The rest of a list's last item and the list's plural wish: "familiarity with ABA
# strategies are a plus", "... are all nice to have".
_PLURAL_WISH = re.compile(
    r"[^,;.()]{1,80}?\s(?:are|would\s+all\s+be)\s+(?:all\s+|also\s+)?(?:an?\s+)?"
    r"(?:big\s+|huge\s+|real\s+|definite\s+|strong\s+)?"
    r"(?:plus(?:es)?|bonus(?:es)?|advantages?|assets?|preferred|helpful|desirable|welcome"
    r"|nice[ -]to[ -]have)\b", re.IGNORECASE)
# A wish standing alone before a comma, as a sentence's opener: "Ideally, ...".
_ALONE = re.compile(r"[A-Za-z]+\s*,\s*")
_NEW_ASK = re.compile(
    r"\s*(?:(?:and|or)\s+)?(?:a\s+)?(?:(?:good|strong|solid|excellent|working|deep|proven)\s+)?"
    r"(?:knowledge|experience|familiarity|proficiency|understanding|command|the ability"
    r"|ability)\b", re.IGNORECASE)
_CUE_JOINT = re.compile(
    r"\b(?:required|preferred|a plus|a bonus|an asset|essential|mandatory|desired|desirable)"
    r"(\s+(?:and|but|while|whereas)\s+)(?!not\b|also\b|required\b|preferred\b)",
    re.IGNORECASE)
_TABLES = tuple(
    (strength, before, table[strength])
    for strength in (True, False)
    for before, table in ((True, _LEADING), (False, _TRAILING))
)
# Every cue above contains one of these stems, so a unit without any of them has no
# cue in any of its spans. (The stems ignore word boundaries and look-aheads, which
# only ever make a cue *less* likely to match.)
_CUE_STEMS = tuple((
    "prefer|ideal|exposure to|nice|bonus|optional|would be|good to have|atout|souhait|must"
    "|require|need|essential|minimum|mandatory|at least|obligatoire|exig|plus|desir|asset"
    "|advantage|help|benefic|welcome|love|great|better|if you|priorit|highly|encourag"
    "|also accept|also be|as are|stand out|apart|so is|so are|so would|so do|necessar"
    "|may be considered|make us smile|make our day|icing on|cherry on|brownie|extra points"
    "|appreciat|"
    + _CJK_PREFERRED + "|" + _CJK_REQUIRED).split("|"))
# The stems as one pattern, for a text lower-casing cannot stand in for (see caseless).
# Written in plain letters and spaces only, so on the lower-cased text the pattern
# matches exactly where one of them is a substring: that test is made with ``in``,
# which is faster than trying the alternation at every character.
_ANY_CUE = Caseless("|".join(_CUE_STEMS))


# "(Preferred)", "(required)": parentheses holding nothing but a cue have nothing of
# their own for it to govern, so it speaks for what stands before them ("Sales: 2 years
# (Preferred)", the form job boards give their experience lines).
_BARE_CUE = re.compile(
    r"\(\s*(?:strongly\s+)?(?:preferred|preferable|required|a plus|optional|desired|"
    r"desirable|mandatory|essential|nice[- ]to[- ]have|an asset)\s*\)", re.IGNORECASE)


# "..., ideally in food distribution, comfort with Excel and a valid license": a wish set
# off by a comma and opening with a preposition narrows the ask before it ("experience,
# ideally in X"); it speaks for its own comma part, never for the items after it.
_ASIDE = re.compile(r"(?:ideally|preferably)\s+(?:in|at|with|within|from|for|on|of)\b",
                    re.IGNORECASE)


def _aside(text: str, start: int) -> bool:
    """Is the leading cue at ``start`` such an aside: right after a comma, then a
    preposition?"""
    if _ASIDE.match(text, start) is None:
        return False
    i = start - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i >= 0 and text[i] == ","


# An item of the aside's own list is short and names a kind of the same thing ("ideally
# with Epic, Meditech or Cerner"); a part that opens with its own adjective or article, or
# ends in what is asked ("strong Excel skills", "a valid driver's license"), is a new ask.
_NEW_ITEM = re.compile(
    r"\s*(?:an?|the|strong|solid|excellent|good|proven|working|deep|basic|valid|current)\b",
    re.IGNORECASE)
_ASK_END = re.compile(
    r"\b(?:skills?|experience|knowledge|licen[cs]es?|certifications?|certificates?|degrees?)"
    r"\s*$", re.IGNORECASE)
_CONJUNCTION = re.compile(r"\s(?:and|or)\s", re.IGNORECASE)
_OPENING_CONJUNCTION = re.compile(r"\s*(?:and|or)\s+", re.IGNORECASE)


def _aside_end(text: str, start: int, limit: int) -> int:
    """Where the list of the aside at ``start`` ends: its own comma part, and the short
    items after it up to the one its "and"/"or" closes ("ideally with Epic, Meditech or
    Cerner"), never a part that is an ask of its own."""
    end = text.find(",", start, limit)
    if end < 0:
        return limit
    if _CONJUNCTION.search(text, start, end):
        return end  # "ideally in X or Y,": closed in its own part
    while True:
        after = text.find(",", end + 1, limit)
        part_end = after if after >= 0 else limit
        opening = _OPENING_CONJUNCTION.match(text, end + 1, part_end)
        item = text[opening.end() if opening else end + 1:part_end]
        words = [w for w in item.split() if w.lower() not in ("and", "or")]
        if not words or len(words) > 3 or _NEW_ITEM.match(item) or _ASK_END.search(item) \
                or _NEW_ASK.match(item):
            return end
        end = part_end
        if opening or " or " in f" {item} " or " and " in f" {item} " or after < 0:
            return end


_AND = re.compile(r"\s(?:and|&)\s", re.IGNORECASE)
_LABEL_COLON = re.compile(r"[ \t]*(?:\([^()\n]{0,20}\)[ \t]*)?:")  # "Nice to have (any of):"
# A label opening a sentence of a paragraph: "Preferred:", "Nice to have:", "Bonus:",
# "Required:", "Must have:".
_LABEL = re.compile(
    r"\s*(preferred|nice[- ]to[- ]haves?|bonus(?: points)?|desired|desirable|pluses"
    r"|required|must[- ]haves?|minimum)(?:\s+(?:qualifications|skills|experience))?\s*:",
    re.IGNORECASE)


def _paren_spans(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """(open, close) offsets of the parentheses in text[a:b] that hold words of their
    own (not a bare cue); nested ones count once."""
    spans = []
    i = text.find("(", a, b)
    while i >= 0:
        j = text.find(")", i, b)
        if j < 0:
            break
        if not _BARE_CUE.fullmatch(text, i, j + 1):
            spans.append((i, j))
        i = text.find("(", j, b)
    return spans


# How near two cues of both strengths must stand to be one hedge ("preferred but not
# required"); farther apart, each speaks for the words nearest it ("cold calling is
# required and a forklift certification would be a bonus").
_HEDGE = 24


@dataclass
class _SpanCues:
    parens: list[tuple[int, int]]
    # Where a bare "(preferred)" stands: it speaks for the item right before it only.
    bare: list[tuple[int, int]] = field(default_factory=list)
    # (strength, leads, start, label) of each cue in the span, in the order they are
    # weighed; ``label``: a leading cue that heads the line with a colon ("Nice to
    # have: X, experience in Y"), which speaks for every part after it.
    cues: list[tuple[bool, bool, int, bool]] = field(default_factory=list)


class Wording:
    """The cue words of one unit's text, read at most once per span."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.low = folded(text)
        self.has_cues = (_ANY_CUE.search(text, None) is not None if self.low is None
                         else any(map(self.low.__contains__, _CUE_STEMS)))
        self._clauses: dict[tuple[int, int], list[tuple[int, int]]] = {}
        self._spans: dict[tuple[int, int], _SpanCues] = {}

    def clause(self, sentence: tuple[int, int], pos: int) -> tuple[int, int]:
        """The clause of ``sentence`` that holds ``pos`` (the sentence when none does)."""
        clauses = self._clauses.get(sentence)
        if clauses is None:
            clauses = self._clauses[sentence] = clause_spans(self.text, *sentence)
        return next((c for c in clauses if c[0] <= pos <= c[1]), sentence)

    def required(self, sentence: tuple[int, int], pos: int, default: bool) -> bool:
        """Is what stands at ``pos`` required? Its comma-separated part's wording, then its
        clause's, then ``default`` (the section's)."""
        if not self.has_cues:
            return default
        text = self.text
        clause = self.clause(sentence, pos)
        seg_start = max(text.rfind(",", clause[0], pos), text.rfind("(", clause[0], pos)) + 1
        seg_start = max(seg_start, clause[0])
        ends = [e for e in (text.find(c, pos, clause[1]) for c in ",()") if e >= 0]
        phrase = self._phrase(clause, pos)
        segment = (max(seg_start, phrase[0]), min(min(ends) if ends else clause[1], phrase[1]))
        # A clause cut by such joints: its part speaks for itself, and a cue in another
        # part ("..., and it would be a plus if you speak Spanish") does not reach over.
        # "..., preferably high-volume hiring, working knowledge of EEO": a part that
        # opens an ask of its own is out of reach of a cue leading an earlier part.
        fresh = _NEW_ASK.match(text, segment[0]) is not None
        for span in (segment, phrase) if phrase != clause else (segment, clause):
            said = self._cue(span, pos, segment, fresh)
            if said is not None:
                return said
        # "X and dry needling are a bonus (dry needling is PT-only here, so interest is
        # enough)": an aside with no cue of its own says more of what it hangs on, and
        # is as wished or as firm as the words before its bracket.
        opened = text.rfind("(", sentence[0], pos)
        if opened > sentence[0] and text.find(")", opened, pos) < 0:
            return self.required(sentence, opened - 1, default)
        # "Required: SQL, Excel. Preferred: Python (pandas), dbt, statistics.": a label
        # opening the sentence speaks for all of it, as a heading would.
        label = _LABEL.match(text, sentence[0], pos)
        if label is not None:
            return label.group(1).lower().startswith(("req", "must", "min"))
        return default

    def _phrase(self, clause: tuple[int, int], pos: int) -> tuple[int, int]:
        """The part of ``clause`` between ", and" / ", or" / ", but" joints that holds
        ``pos``: in "hold a CDL, and experience with X, Y or Z would be a plus" the
        trailing cue speaks for the list before it, not for the CDL."""
        a, b = clause
        for m in _JOINT.finditer(self.text, a, b):
            if self._closes_a_wished_list(a, m, b):
                continue  # "Experience with X, training in Y, and familiarity with Z are a plus"
            if m.end() <= pos:
                a = m.end()
            elif m.start() >= pos:
                b = m.start()
                break
        # "you need A, B and C, and D is a plus": the trailing cue has a subject of its
        # own after ", and", and speaks for it alone. Only after a list already closed by
        # its "and": in "A, B, and C are a plus" the ", and" closes the cue's own list.
        for m in _SUBJECT_JOINT.finditer(self.text, a, b):
            if _AND.search(self.text, a, m.start()) is None:
                continue
            if m.end() <= pos:
                a = m.end()
            elif m.start() >= pos:
                b = m.start()
                break
        # "cold calling is required and a forklift certification would be a bonus": a
        # cue ends its phrase before "and" as a comma would.
        for m in _CUE_JOINT.finditer(self.text, a, b):
            if m.end(1) <= pos:
                a = m.end(1)
            elif m.start(1) >= pos:
                b = m.start(1)
                break
        return a, b

    def _closes_a_wished_list(self, a: int, joint: re.Match[str], b: int) -> bool:
        """Is the ", and" at ``joint`` the closing "and" of one list whose plural cue
        follows ("Experience with X, training in Y or Z, and familiarity with W are a
        plus")? Then the cue speaks for every item, as in "A, B, and C are a plus". Not
        when the words before hold an "and" of their own or a cue ("You need a CDL, and
        X and Y are a plus"), nor for a singular cue ("..., and experience with X would
        be a plus" speaks for X alone)."""
        if not joint.group().rstrip().lower().endswith("and"):
            return False
        if _PLURAL_WISH.match(self.text, joint.end(), b) is None:
            return False
        return _AND.search(self.text, a, joint.start()) is None \
            and not self._span_cues((a, joint.start())).cues

    def _span_cues(self, span: tuple[int, int]) -> _SpanCues:
        found = self._spans.get(span)
        if found is None:
            a, b = span
            found = _SpanCues(_paren_spans(self.text, a, b))
            if "(" in self.text[a:b]:
                found.bare = [m.span() for m in _BARE_CUE.finditer(self.text, a, b)]
            for strength, leads, pattern in _TABLES:
                found.cues.extend(
                    (strength, leads, m.start(),
                     leads and _LABEL_COLON.match(self.text, m.end()) is not None)
                    for m in pattern.finditer(self.text, self.low, a, b))
            found.cues.extend((self._carried(m.start()), True, m.start(), False)
                              for m in _CARRY.finditer(self.text, self.low, a, b))
            self._spans[span] = found
        return found

    def _carried(self, at: int) -> bool:
        """The strength "so is" / "as are" standing at ``at`` carries on: that of the
        last cue before it in its sentence, a wish when there is none."""
        start = max(0, at - 160)
        for m in _SENTENCE_END.finditer(self.text, start, at):
            start = m.end()
        last: tuple[int, bool] | None = None
        for strength, _leads, pattern in _TABLES:
            for m in pattern.finditer(self.text, self.low, start, at):
                if last is None or m.start() > last[0]:
                    last = (m.start(), strength)
        return last[1] if last is not None else False

    def _cue(self, span: tuple[int, int], pos: int, segment: tuple[int, int],
             fresh: bool = False) -> bool | None:
        """The strength the wording of ``span`` gives to what stands at ``pos``: True,
        False, or None when it says nothing (or says both)."""
        cached = self._span_cues(span)
        parens = [p for p in cached.parens if not p[0] <= pos <= p[1]]
        # A part that states its own years is a demand of its own, not an item of a list
        # that a cue after it could close ("Python, SQL preferred").
        own_years = segment != span and _OWN_YEARS.search(self.text, *segment) is not None
        # strength -> (outside the segment, facing away, distance) of its closest cue: a
        # cue in the segment speaks before any outside it, one facing the words ("X is
        # required", "ideally X") before one facing away.
        nearest: dict[bool, tuple[bool, bool, int]] = {}
        for strength, leads, start, label in cached.cues:
            if any(p0 <= start <= p1 for p0, p1 in parens):
                continue  # "(Y preferred)" speaks for Y only
            if cached.bare and any(b0 <= start < b1 for b0, b1 in cached.bare) and (
                    not segment[0] <= pos < start <= segment[1] + 2
                    or _AND.search(self.text, pos, start)):
                # "current RN license, BLS, ACLS and a PCCN or CCRN (preferred)": the bare
                # cue closes the last item, not the list before it.
                continue
            inside = segment[0] <= start < segment[1]
            if fresh and leads and start < segment[0] and not label \
                    and _ALONE.fullmatch(self.text, start, segment[0]) is None:
                continue  # ("Ideally, experience with X": the wish alone is X's)
            if leads and not inside and start < segment[0] and _aside(self.text, start) \
                    and pos > _aside_end(self.text, start, span[1]):
                continue  # "3+ years of X, ideally in Y, Excel and a license": Y's only
            if not inside and not leads and start >= segment[1] and own_years \
                    and "," in self.text[segment[1]:start]:
                continue  # "3+ years of X experience, healthcare preferred": X's own ask
            toward = start < pos if leads else start > pos
            if inside or toward:
                # A cue that faces away counts only when none faces the words.
                distance = (not inside, not toward, abs(start - pos))
                nearest[strength] = min(distance, nearest.get(strength, distance))
        if len(nearest) == 1:
            return next(iter(nearest))
        if nearest and span == segment \
                and abs(nearest[True][2] - nearest[False][2]) <= _HEDGE:
            return False  # "preferred but not required", "not required": the hedge wins
        if nearest:
            # "we need you to hold X ..., and Y, Z or W would be a plus": each cue
            # governs the words nearest it.
            return min(nearest, key=lambda strength: nearest[strength])
        return None
