"""Evidence through the posting's own sentence: the examples it gives for an ask.

"Business intelligence tools (e.g. Tableau, Power BI)", "a sales methodology such as
MEDDIC or Challenger", "Minitab, JMP or similar statistical software": the posting
itself names Tableau as an instance of the business intelligence it asks for, so a
resume showing Tableau shows it. Only names right after the ask (a kind word such as
"tools" between them allowed) or right before its "or similar" count, and an
example never stands for a product asked by its kind ("Epic (EHR)": another EHR is
not Epic).
"""

from __future__ import annotations

import re

from tailor_app.tailoring.caseless import Caseless, folded
from tailor_app.tailoring.model import SkillMatch, SkillMention
from tailor_app.tailoring.skills.evidence import ResumeLine, evidence_rank
from tailor_app.tailoring.skills.vocabulary import SkillHit, Vocabulary

Shown = dict[str, list[tuple[ResumeLine, SkillHit]]]

# What may stand between an ask and its examples: a kind word or two ("tools",
# "solutions"), then a parenthesis or the words that open examples ("such as").
# "Including" is left out: it lists parts as often as instances ("design controls
# under FDA 21 CFR 820, including DFMEA").
_LEAD = re.compile(
    r"\s*(?P<between>(?:[A-Za-z-]+\s+){0,2}?)"
    r"(?:\(\s*(?P<inner>(?:e\.\s?g\.|i\.\s?e\.|for example|such as|like)[,:]?)?"
    r"|,?\s*(?P<outer>such as|e\.\s?g\.|i\.\s?e\.|for example|like)(?!\w)[,:]?)",
    re.IGNORECASE)
# A bare parenthesis lists instances only after a word naming a kind of thing
# ("a sales methodology (MEDDIC, Challenger)"); after a field of knowledge it lists
# its parts ("import/export knowledge (Incoterms, bills of lading)"), and knowing one
# part is not knowing the field.
_KIND_NOUNS = frozenset({
    "tool", "tools", "software", "system", "systems", "platform", "platforms",
    "framework", "frameworks", "methodology", "methodologies", "method", "methods",
    "language", "languages", "package", "packages", "solution", "solutions",
    "application", "applications", "database", "databases", "suite", "suites",
    "library", "libraries", "program", "programs", "technology", "technologies",
})
# Where the examples end: a closing parenthesis, a clause's end. "e.g." and "etc."
# keep their dots.
_EXAMPLES_END = re.compile(r"\)|;|\n|(?<!\be\.g)(?<!\bi\.e)(?<!\betc)\.(?=\s|$)")
_MAX_EXAMPLES = 200  # characters: longer is another sentence


def _lists_instances(lead: re.Match[str], surface: str) -> bool:
    """Do the words after ``hit`` open a list of its instances? Only kind words may
    stand between (see ``_KIND_NOUNS``)."""
    between = lead.group("between").split()
    if any(w.lower() not in _KIND_NOUNS for w in between):
        return False  # "cloud infrastructure using approaches such as TDD": not its kind
    if lead.group("inner") or lead.group("outer"):
        return True
    words = [*surface.split(), *between]
    return bool(words) and words[-1].lower() in _KIND_NOUNS


def example_evidence(mention: SkillMention, shown: Shown, vocabulary: Vocabulary
                     ) -> list[tuple[ResumeLine, SkillHit]]:
    """The resume's evidence for one of the examples the posting gives for ``mention``
    right after naming it ("BI tools (e.g. Tableau)"); [] when it gives none the resume
    shows."""
    if mention.kind not in ("hard", "tool"):
        return []
    snippet = mention.snippet
    hits = vocabulary.find(snippet)
    asked = vocabulary.lookup(mention.name)
    kinds = asked.broader if asked is not None else ()
    for _start, end, surface in _ask_spans(mention, hits):
        span = _example_range(snippet, end, surface)
        if span is None:
            continue
        a, b = span
        for example in hits:
            skill = example.skill
            if not (a <= example.start and example.end <= b) or (
                    skill.name == mention.name or skill.name in kinds
                    or skill.kind not in ("tool", "hard")
                    or (mention.kind == "tool" and skill.kind != "tool")):
                continue  # outside the examples, the ask's own kind, or another
                # kind of ask ("Board portals such as Diligent, or Japanese")
            if shown.get(skill.name):
                return shown[skill.name]
    return []


def _ask_spans(mention: SkillMention, hits: list[SkillHit]) -> list[tuple[int, int, str]]:
    """(start, end, surface) of the ask in its snippet: its vocabulary hits, else the
    posting's own words for it."""
    spans = [(h.start, h.end, h.surface) for h in hits if h.skill.name == mention.name]
    if not spans:
        for words in dict.fromkeys(w for w in (mention.term, mention.name) if w):
            spans += _whole_words(mention.snippet, words)
    return spans


def _whole_words(text: str, words: str) -> list[tuple[int, int, str]]:
    """(start, end, surface) of ``words`` in ``text``, any case, as whole words (no
    letter, digit, "_" or "-" on either side). A plain search: a pattern compiled per
    ask cost more than the rest of the reader (the asks differ on every posting)."""
    low, wanted = text.lower(), words.lower()
    if len(low) != len(text) or len(wanted) != len(words):
        # A letter whose lower case is longer ("İ"): positions would shift.
        return [(m.start(), m.end(), m.group()) for m in re.finditer(
            rf"(?<![\w-]){re.escape(words)}(?![\w-])", text, re.IGNORECASE)]
    out = []
    at = low.find(wanted)
    while at >= 0 and wanted:
        end = at + len(wanted)
        if not _joined(low, at - 1) and not _joined(low, end):
            out.append((at, end, text[at:end]))
        at = low.find(wanted, at + 1)
    return out


def _joined(text: str, i: int) -> bool:
    """Does the character at ``i`` (if any) join the word next to it: a word character
    or a hyphen?"""
    if not 0 <= i < len(text):
        return False
    c = text[i]
    return c == "-" or c == "_" or c.isalnum()


def _example_range(snippet: str, end: int, surface: str) -> tuple[int, int] | None:
    """Where the posting lists examples of the ask that ends at ``end``, after it (see
    ``_LEAD``). Examples before it ("JMP or similar statistical software") are read
    once the asks are matched (skills/named_as_example.py)."""
    lead = _LEAD.match(snippet, end)
    if lead is None or not _lists_instances(lead, surface):
        return None
    stop = _EXAMPLES_END.search(snippet, lead.end())
    after = stop.start() if stop else len(snippet)
    return (lead.end(), after) if after - lead.end() <= _MAX_EXAMPLES else None


# The posting's examples or parts in its own words, after the ask (an acronym in
# parentheses between allowed): "manual therapy techniques such as soft tissue
# mobilization", "activities of daily living (ADLs) including bathing, dressing".
_WORDED_LEAD = re.compile(
    r"\s*(?:\([A-Z][A-Za-z]{1,7}\)\s*)?,?\s*(?P<lead>such as|e\.\s?g\.,?|like|including)\s+",
    re.IGNORECASE)
# A lead to examples: its words in any case, or a bracket opening with a capitalised word
# (what "(?i:such as|e\.\s?g\.|\blike\b|including)|\(\s*[A-Z][a-z]" finds, in two
# patterns ``re`` can skip through: the words' letters, the bracket).
_LEAD_WORD = Caseless(r"such as|e\.\s?g\.|l(?<!\wl)ike\b|including")
_LEAD_BRACKET = re.compile(r"\(\s*[A-Z][a-z]")
_LEAD_WORDS = ("such as", "e.", "like", "including")  # one is in every _LEAD_WORD match
_ITEM_SPLIT = re.compile(r"\s*(?:,|;|/|\bor\b|\band\b|\betc\b\.?)\s*", re.IGNORECASE)
_ITEM = re.compile(r"[a-z][a-z'-]*(?: [a-z][a-z'-]*){0,3}", re.IGNORECASE)


def worded_examples(mention: SkillMention, lines: list[ResumeLine], resume_low: str,
                    vocabulary: Vocabulary) -> SkillMatch | None:
    """The resume shows the ask by the posting's own examples written out, vocabulary
    names or not: one example of two words or more after "such as", "e.g." or "like"
    ("soft tissue mobilization"), or two of the parts it lists after "including"
    ("bathing", "toileting"): one part is not the whole. Only the resume's own
    entries count."""
    if mention.kind not in ("hard", "tool"):
        return None
    snippet = mention.snippet
    low = folded(snippet)  # None where lower-casing is no stand-in for IGNORECASE
    if low is not None and "(" not in snippet and not any(w in low for w in _LEAD_WORDS):
        return None  # no word _LEAD_WORD needs: most asks, told without its pattern
    if _LEAD_BRACKET.search(snippet) is None and _LEAD_WORD.search(snippet, low) is None:
        return None  # most asks give no examples
    for _start, end, surface in _ask_spans(mention, vocabulary.find(snippet)):
        lead = _WORDED_LEAD.match(snippet, end)
        if lead is None:
            brand = _brand_shown(surface, snippet, end, lines)
            if brand is not None:
                return SkillMatch(mention.name, mention.kind, mention.required, *brand)
            continue
        stop = _EXAMPLES_END.search(snippet, lead.end())
        listed = snippet[lead.end():stop.start() if stop else len(snippet)]
        if len(listed) > _MAX_EXAMPLES:
            continue
        parts = lead.group("lead").lower() == "including"
        items = [_written(i, resume_low, 1 if parts else 2) for i in _ITEM_SPLIT.split(listed)]
        items = [i for i in items if i]
        if not items:
            continue
        found = _items_shown(items, lines)
        if len(found) >= (2 if parts else 1):
            line, text = found[0]
            return SkillMatch(mention.name, mention.kind, mention.required, line.text, text)
    return None


def _written(item: str, resume_low: str, fewest: int) -> str:
    """The item's words the resume holds, from its first word: the whole item, or in
    running prose its first words ("soft tissue mobilization would be an advantage"),
    at least ``fewest`` of them; "" when it holds none."""
    words = item.strip().lower().split()
    if not words or not _ITEM.fullmatch(words[0]):
        return ""
    for k in range(min(4, len(words)), fewest - 1, -1):
        phrase = " ".join(words[:k])
        if _ITEM.fullmatch(phrase) and phrase in resume_low:
            return phrase
    return ""


def _items_shown(items: list[str], lines: list[ResumeLine], exact: bool = False
                 ) -> list[tuple[ResumeLine, str]]:
    """(line, words) for each item a resume entry writes, best line first; a name
    (``exact``) in its own case."""
    found = []
    for item in items:
        pattern = re.compile(r"(?<![\w-])" + r"[\s-]+".join(map(re.escape, item.split()))
                             + r"(?:s|es)?(?![\w-])", 0 if exact else re.IGNORECASE)
        for line in sorted(lines, key=evidence_rank, reverse=True):
            if line.part not in ("bullet", "header") or line.section == "contact":
                continue
            m = pattern.search(line.text)
            if m is not None and not line.in_name(m.start(), m.end()):
                found.append((line, m.group()))
                break
    return found


# Brand names in parentheses right after things asked in the plural: "mechanical lifts
# (Hoyer)", "label printers (Zebra, Dymo)". Never an acronym ("(ADLs)" is the ask's own).
_BRANDS = re.compile(r"\s*\(((?:[A-Z][a-z][\w-]*)(?:\s*(?:,|/|\bor\b)\s*[A-Z][a-z][\w-]*)*)\)")


def _brand_shown(surface: str, snippet: str, end: int, lines: list[ResumeLine]
                 ) -> tuple[str, str] | None:
    """(line, brand) of a resume entry naming a brand the posting gives in parentheses
    for the things it asks for (see ``_BRANDS``), or None."""
    if not surface.endswith("s"):
        return None
    found = _BRANDS.match(snippet, end)
    if found is None:
        return None
    brands = [b for b in re.split(r"\s*(?:,|/|\bor\b)\s*", found.group(1)) if b]
    shown = _items_shown(brands, lines, exact=True)
    return (shown[0][0].text, shown[0][1]) if shown else None
