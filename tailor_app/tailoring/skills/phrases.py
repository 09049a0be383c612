"""Sentences and key phrases of a posting, without a tagger or a model.

The vocabulary knows skills; a posting also cares about things no vocabulary
lists ("FedRAMP", "Joint Commission", "data governance"). These are found the way
RAKE finds them: a sentence is cut at stopwords, generic posting words ("strong",
"experience", "team") and verbs, and what remains are candidate phrases.
Capitalised terms and acronyms are kept alone; lower-case phrases need two words
to mean something. Coordinated lists are expanded, so "data preparation,
transformation and exploration" gives three phrases, not one odd one.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from tailor_app.tailoring.ascii_twin import ascii_twin, ascii_words
from tailor_app.tailoring.text import word_set
from tailor_app.tailoring.text_memo import per_text

__all__ = ["ABBREVIATIONS", "Candidate", "clause_spans", "key_phrases", "sentence_spans",
           "shared_modifier_phrases", "stacked_modifier_names", "stop_word", "verb_form",
           "word_before"]

# Words whose full stop ends no sentence ("e.g.", "Pinecrest Outdoor Co.").
ABBREVIATIONS = word_set(
    "e.g i.e etc vs incl approx mr mrs ms dr st no jr sr inc ltd co corp dept est min max"
    " fig al resp ex cf"
)
# Longer "sentences" (lists without full stops, pasted tables) are cut into pieces of
# this size so that the work per skill stays bounded.
_MAX_SENTENCE = 400
# "[.!?][.!?]*" is "[.!?]+" written so that ``re`` can skip ahead to the marks (a
# pattern opening with a repeat is tried at every character).
_SENTENCE_END = re.compile(r"[.!?][.!?]*[\"')\]”’]*\s+(?=[\"'(\[“‘]?[A-Z0-9•])")
_CLAUSE_BREAK = re.compile(r";|\s[—–-]\s|\bbut\b|\bwhile\b|\bwhereas\b|\bhowever\b")

_STOPWORDS = word_set(
    """
    a about above across after again against all also am among an and any are as at be
    because been before being below between both but by can could did do does doing done
    down during each either etc every few for from further had has have having he her here
    hers him his how i if in into is it its itself just least less like may me might more
    most much must my neither no nor not now of off on once one only or other others our ours
    out over own per please same shall she should so some such than that the their theirs
    them then there these they this those through to too under until up upon us very via
    was we were what when where whether which while who whom whose why will with within
    without would yet you your yours e.g i.e including include includes included across
    plus within well able based new etc. eg ie un une le la les de des du et en pour dans
    sur avec vous nous est sont au aux par qui que ou pas très non où leur leurs à ces cette
    ce seront se sa son ses notre nos votre vos ne tous toutes tout peu importe être avoir
    faire fait ils elles il elle lors afin ainsi comme
    zero two three four five six seven eight nine ten
    """
)
# Words that are everywhere in postings and say nothing about this one.
_GENERIC = word_set(
    """
    experience experiences experienced ability abilities team teams work working works
    strong excellent good great proven solid deep demonstrated demonstrable skill skills
    knowledge understanding familiarity proficiency proficient expertise background
    years year role roles position job candidate candidates applicant applicants
    opportunity opportunities company organization organisation environment
    responsibilities responsibility requirements requirement qualifications qualification
    preferred required plus bonus nice minimum maximum preferably ideal ideally desired desirable
    related relevant various multiple several key high highly level levels etc things thing
    ways way part day days time times new best first one two three field fields area areas
    successful success effective effectively including ensure ensures ensuring needs need
    needed looking seeking join hiring apply applying approach approaches practices
    practice tools tool use using used world other others able across daily strongly
    must-have nice-to-have nice-to-haves hands-on hands equivalent combination similar
    basic minimum preferred knowledgeable exposure familiar comfortable passion passionate
    state customer customers client clients nights weekends evenings holidays shift shifts
    together senior junior full-time part-time remote individual individuals people person
    """
)
# Verbs that open duties ("Lead ...", "maintaining ..."): a phrase never starts there.
_VERBS = word_set(
    """
    lead build develop design manage ensure provide support create deliver use help identify
    maintain implement drive collaborate communicate conduct prepare review write perform
    own partner coordinate oversee monitor analyze analyse evaluate assess establish define
    improve promote share mentor coach advise guide participate contribute serve assist
    report track document plan execute operate teach sell present negotiate administer
    deliver demonstrate apply learn understand work handle resolve respond test troubleshoot
    architect ship champion advocate respect foster inspire empower enable facilitate
    organize organise schedule prioritize prioritise reconcile record process complete
    maintain follow keep make take get give set meet bring grow engage educate train
    recommend collect validate display explain deepen navigate cultivate generate seek
    investigate delivering determine communicate iterate research contribute prototype
    escalate produce verify exceed hire earn hold reach attend submit receive consider
    believe celebrate welcome commit offer tackle solve expect accept allow reduce increase
    liberate embrace equip capitalize capitalise fulfil fulfill aspire stay continue deploy
    configure integrate automate optimize optimise migrate refactor debug spend love recognize
    recognise pair turn run move leverage secure read reads fix
    """
)
_ADJ_SUFFIXES = ("al", "ive", "ic", "ous", "ent", "ant", "ary", "end", "ed", "ful", "ile")
_NOUN_SUFFIXES = ("tion", "sion", "ment", "ance", "ence", "ysis", "ity", "ure", "ics")
# Endings that make a capitalised opening word a noun rather than an imperative verb.
_OPENING_NOUN = (*_NOUN_SUFFIXES, "s", "ness", "ship", "er", "or", "ist", "ism")
_NOT_ADVERBS = word_set("supply family assembly anomaly italy monopoly early daily only")
_TOKEN = re.compile(r"[^\W\d_][\w.+#/&'’-]*[\w+#]|[^\W\d_]|\d[\w.+/-]*|[,;:()&]")
_TOKEN_ASCII = ascii_twin(_TOKEN)  # the same on an ASCII text, faster (ascii_twin.py)
_NAME_GLUE = word_set("of &")
_LABEL_TAILS = word_set("experience skills skill knowledge requirements qualifications")
_CONNECTORS = {(",",), ("and",), ("or",), (",", "and"), (",", "or"), ("&",), ("and/or",)}


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; "e.g.", "U.S." and "B.S." do not end one.

    A posting's unit is cut so by the reader, the key phrases, the list reader and the
    duty reader: cut once (``text_memo``)."""
    return list(_sentence_spans(text))


@per_text()
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        before = text[start:m.start()].rsplit(None, 1)
        word = before[-1].lower() if before else ""
        if word in ABBREVIATIONS or "." in word or (len(word) == 1 and word.isalpha()):
            continue
        spans.append((start, m.start() + 1))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    out: list[tuple[int, int]] = []
    for a, b in spans:
        while b - a > _MAX_SENTENCE:  # a run-on "sentence": cut at a space, keep work bounded
            cut = text.rfind(" ", a + _MAX_SENTENCE // 2, a + _MAX_SENTENCE)
            cut = cut if cut > a else a + _MAX_SENTENCE
            out.append((a, cut))
            a = cut
        if text[a:b].strip():
            out.append((a, b))
    return tuple(out)


def clause_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clauses of text[start:end]: parts between ';', dashes and "but"."""
    spans = []
    pos = start
    for m in _CLAUSE_BREAK.finditer(text, start, end):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, end))
    return [(a, b) for a, b in spans if b > a]


@dataclass
class Candidate:
    """A key phrase and how telling it is."""

    text: str
    score: float
    first: int  # order of first appearance, to break ties


@dataclass
class _Run:
    words: list[str]
    proper: bool


def _base(word: str) -> str:
    w = word.lower()
    # "-ifies" is a verb's alone ("verifies", "identifies"); "supplies" and "studies"
    # are nouns as often, so "-ies" is not read back to "-y" otherwise.
    for suffix, add in (("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("ifies", "ify"),
                        ("es", ""), ("s", "")):
        if w.endswith(suffix) and w[: -len(suffix)] + add in _VERBS:
            return w[: -len(suffix)] + add
    return w


def stop_word(word: str) -> bool:
    """A word no key phrase or listed term may hold: a stop word, a verb, a word every
    posting uses ("experience", "team"), an adverb."""
    return _stop(word)


@lru_cache(maxsize=8192)
def _stop(word: str) -> bool:
    """A word that cannot be part of a key phrase (memoised: a pure function of the word)."""
    low = word.lower()
    if low in _STOPWORDS or low in _GENERIC or _base(word) in _VERBS:
        return True
    return low.endswith("ly") and len(low) > 4 and low not in _NOT_ADVERBS  # adverbs


def plain_verb(word: str) -> bool:
    """Is ``word`` a duty verb in its plain form ("process", "write")? A past or -ing
    form is as often a describing word ("fixed assets", "operating budget")."""
    return word.lower() in _VERBS


@lru_cache(maxsize=8192)
def verb_form(word: str) -> bool:
    """Is ``word`` a stop word only as a form of a duty verb ("design", "tracking",
    "planning")? After another word it may be a noun: "menu design". (Memoised like
    ``_stop``: a pure function of the word, asked some 75 times a job by a dozen
    readers, of the same words.)"""
    low = word.lower()
    return low not in _STOPWORDS and low not in _GENERIC and _base(word) in _VERBS


def any_verb_form(word: str) -> bool:
    """Is ``word`` a form of a duty verb, the generic ones ("apply", "use") included?
    Where the word opens a clause of a duty list it is the duty's verb whatever else
    it could be."""
    return _base(word.lower()) in _VERBS


# What _runs needs to know of a token, worked out once per distinct token:
# (word, lower-cased word, is a word, capitalised by its shape, opens with a capital,
# a stop word, the token lower-cased).
_TokenInfo = tuple[str, str, bool, bool, bool, bool, str]
# ``_token_info`` of the tokens read so far: a pure function of the token, so kept for
# the life of the process like the stop words' cache (every posting repeats "the",
# "and", "experience"), and emptied when it grows past its size.
_TOKEN_INFOS: dict[str, _TokenInfo] = {}
_TOKEN_INFOS_SIZE = 16384


def _token_info(token: str) -> _TokenInfo:
    word = token.strip(".'’")
    is_word = bool(word) and word[0].isalpha()
    shape = upper = stop = False
    if is_word:
        rest = word[1:]
        # "FedRAMP", "iOS", "SQL", "Login.gov": capitalised whatever their place.
        shape = rest.lower() != rest or "." in word.strip(".")
        upper = word[0].isupper()
        stop = _stop(word)
    return word, word.lower(), is_word, shape, upper, stop, token.lower()


def _runs(
    tokens: list[str], mid_caps: set[str], infos: dict[str, _TokenInfo]
) -> list[tuple[_Run, tuple[str, ...]]]:
    """Content-word runs of a sentence's tokens, each with the connector tokens before it.

    A run is all capitalised (a name: "Joint Commission", "Centers of Excellence") or
    all lower case; the word opening the sentence counts as a name only when it is
    one ("FedRAMP", a word capitalised elsewhere) or starts a longer name. ``infos``
    memoises ``_token_info`` (``_TOKEN_INFOS``).
    """
    out: list[tuple[_Run, tuple[str, ...]]] = []
    run: _Run | None = None
    between: list[str] = []
    glue: str | None = None  # "of" / "&" waiting to see whether a name goes on
    first = True
    for n, token in enumerate(tokens):
        info = infos.get(token)
        if info is None:
            info = infos[token] = _token_info(token)
        word, low, is_word, shape, upper, stop, token_low = info
        if run and run.proper and low in _NAME_GLUE and glue is None:
            glue = word
            continue
        # A capitalised term: by its shape, or capitalised other than for opening the
        # sentence (or capitalised elsewhere in the posting too).
        proper = is_word and (shape or (upper and (not first or word in mid_caps)))
        if is_word and first and not proper and upper and n + 1 < len(tokens):
            nxt = tokens[n + 1]
            proper = nxt[:1].isupper() and not stop and not _stop(nxt)
        if glue is not None:
            if run and proper:
                run.words.append(glue)
            else:
                between.append(glue.lower())
            glue = None
        stopped = not is_word or (low in _STOPWORDS if proper else stop)
        if stopped:
            if run:
                out.append((run, tuple(between)))
                run, between = None, []
            between.append(token_low)
            first = first and not is_word
            continue
        if first and not proper and upper and not low.endswith(_OPENING_NOUN):
            first = False
            between.append(low)  # an opening imperative: "Produce wireframes"
            continue
        first = False
        if run and run.proper != proper:
            out.append((run, tuple(between)))
            run, between = None, []
        if run is None:
            run = _Run([word], proper)
        else:
            run.words.append(word)
    if run:
        out.append((run, tuple(between)))
    for r, _ in out:  # "community hospital recognized": a trailing participle is no noun
        while len(r.words) > 1 and not r.proper and r.words[-1].lower().endswith("ed"):
            r.words.pop()
        while r.proper and len(r.words) > 1 and _base(r.words[0]) in _VERBS:
            r.words.pop(0)  # "Developing KPIs" -> "KPIs"
        while r.proper and len(r.words) > 1 and r.words[-1].lower() in _LABEL_TAILS:
            r.words.pop()  # "Specialized Experience" -> "Specialized"
    return out


def _expand(group: list[_Run], is_known: Callable[[str], bool]) -> list[_Run]:
    """Distribute the shared words of a coordinated list over its items."""
    if len(group) < 2 or any(r.proper for r in group):
        return group
    if is_known(" ".join(group[0].words)) or is_known(" ".join(group[-1].words)):
        return group  # "risk management and budgeting" is two skills, not "risk budgeting"
    head, rest = group[0], group[1:]
    if len(head.words) >= 2 and all(
        len(r.words) == 1 and r.words[0].lower().endswith(_NOUN_SUFFIXES) for r in rest
    ):
        prefix = head.words[:-1]
        return [head, *(_Run([*prefix, r.words[0]], False) for r in rest)]
    last, before = group[-1], group[:-1]
    if len(last.words) >= 2 and all(
        len(r.words) == 1 and (r.words[0].lower().endswith(_ADJ_SUFFIXES) or "-" in r.words[0])
        for r in before
    ):
        suffix = last.words[1:]
        return [*(_Run([r.words[0], *suffix], False) for r in before), last]
    return group


def _phrases(
    tokens: list[str],
    mid_caps: set[str],
    is_known: Callable[[str], bool],
    infos: dict[str, _TokenInfo],
) -> Iterable[_Run]:
    runs = _runs(tokens, mid_caps, infos)
    group: list[_Run] = []
    for run, before in runs:
        if group and before in _CONNECTORS:
            group.append(run)
            continue
        yield from _expand(group, is_known)
        group = [run]
    yield from _expand(group, is_known)


def key_phrases(
    units: Iterable[tuple[str, float]],
    is_known: Callable[[str], bool],
    limit: int = 25,
) -> list[Candidate]:
    """Key phrases of weighted texts, most telling first.

    ``units`` are (text, weight) pairs (the weight says how much the section counts);
    ``is_known`` says when a phrase is already a skill, the company, the title or
    otherwise not worth showing.
    """
    texts = list(units)
    # Each sentence's tokens, read once for both passes.
    sentences = [[(_TOKEN_ASCII if ascii_words(text) else _TOKEN).findall(text[a:b])
                  for a, b in sentence_spans(text)] for text, _ in texts]
    mid_caps: set[str] = set()
    lower_words: set[str] = set()  # words the posting also writes in lower case
    for tokens in itertools.chain.from_iterable(sentences):
        mid_caps.update(t for t in tokens[1:] if t[:1].isupper())
        lower_words.update(t for t in tokens if t[:1].islower())
    found: dict[str, Candidate] = {}
    max_weight = max((w for _, w in texts), default=1.0) * 1.3
    order = 0
    infos = _TOKEN_INFOS
    if len(infos) >= _TOKEN_INFOS_SIZE:
        infos.clear()
    for (_, weight), text_sentences in zip(texts, sentences, strict=True):
        for tokens in text_sentences:
            for run in _phrases(tokens, mid_caps, is_known, infos):
                words = run.words
                if not run.proper and not 2 <= len(words) <= 4:
                    continue
                if run.proper and len(words) > 5:
                    continue
                if run.proper and len(words) == 1 and (
                        words[0].lower() in lower_words or _stop(words[0])):
                    continue  # "Management", "Design": a capitalised label, not a name
                phrase = " ".join(words)
                single = len(phrase) == 1 and not (run.proper and phrase not in {"I", "A"})
                if single or is_known(phrase):
                    continue
                key = phrase.lower().removesuffix("s")
                bonus = (1.3 if run.proper else 1.0) * (1.2 if len(words) > 1 else 1.0)
                if key in found:
                    found[key].score += weight * bonus
                else:
                    found[key] = Candidate(phrase, weight * bonus, order)
                    order += 1
    counts = {k: c.score for k, c in found.items()}
    ranked = sorted(
        (c for k, c in found.items() if not _weak(c.text, counts[k] > max_weight)),
        key=lambda c: (-c.score, c.first),
    )
    return ranked[:limit]


_US_STATES = word_set(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH "
    "NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY"
)


def _weak(phrase: str, repeated: bool) -> bool:
    """Short acronyms seen once ("AA" of "WCAG 2.1 AA") and state codes say little."""
    if phrase in _US_STATES:
        return True
    return len(phrase) == 2 and not repeated


# ------------------------------------------------- shared modifiers in coordinated lists
# Between two items of one list: a comma (optionally followed by "and"/"or"), or
# " and " / " or " / " & " / "/". A full stop, semicolon, colon, bracket or line break
# ends the list, so a modifier never reaches into another sentence or list.
_ITEM_GAP = re.compile(r",[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+|[ \t]*/[ \t]*")
_FINAL_GAP = re.compile(r"(?:,[ \t]*)?(?:and|or|&)[ \t]+|[ \t]+(?:and|or|&)[ \t]+")
_ITEM_WORD = re.compile(r"[A-Za-z][a-z]+(?:-[a-z]+)?")
_MODIFIER_WORDS = re.compile(r"[A-Za-z][A-Za-z-]*")


def _item_words(text: str, pos: int, limit: int) -> list[re.Match[str]]:
    """Up to ``limit`` words from ``pos``, one space apart: the start of a list item."""
    words: list[re.Match[str]] = []
    while len(words) < limit:
        m = _ITEM_WORD.match(text, pos)
        if m is None or m.group() in ("and", "or"):
            break  # the next item's joint, not this item's word
        words.append(m)
        if text[m.end():m.end() + 1] != " ":
            break
        pos = m.end() + 1
    return words


# Compiled once, not looked up for each call.
_LIST_GAP_AT_END = re.compile(r"(?:,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+|/)$")


_ITEM_WORD_AT_END = re.compile(r"(?<![\w-])[A-Za-z][a-z]+(?:-[a-z]+)?-?$")


def shared_modifier_phrases(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Phrases a coordinated list spells out only once, from a phrase at text[start:end].

    "financial analysis, modeling, and budget reporting" says "financial modeling" and
    "financial budget reporting" too: the first item's leading words ("financial") are
    shared by the list's later items. "unit and integration testing" shares its last
    word backwards: "unit testing". Returned as (start, end, phrase) where start:end is
    the later (or earlier) item as written, so evidence points at the resume's words.

    Conservative on purpose: plain words only (no acronyms, digits or names in
    capitals), items of one or two words, one list inside one sentence; the caller
    keeps only phrases that are vocabulary entries.
    """
    words = _MODIFIER_WORDS.findall(text[start:end])
    if len(words) < 2 or any(w.isupper() for w in words):
        return []
    found: list[tuple[int, int, str]] = []
    modifier, head = " ".join(words[:-1]).lower(), words[-1].lower()
    pos = end
    while True:
        gap = _ITEM_GAP.match(text, pos)
        if gap is None:
            break
        final = _FINAL_GAP.fullmatch(gap.group()) is not None
        item = _item_words(text, gap.end(), 2)
        if not item:
            break
        for n in (len(item), 1):
            a, b = item[0].start(), item[n - 1].end()
            found.append((a, b, f"{modifier} {text[a:b].lower()}"))
        pos = item[-1].end()
        if final or (len(item) > 1 and not _ITEM_GAP.match(text, pos)):
            break
    # Backwards: "unit and integration testing", "Python, SQL and NoSQL databases" (one
    # plain word per earlier item).
    pos = start
    while True:
        before = text[max(0, pos - 12):pos]
        gap = _LIST_GAP_AT_END.search(before)
        if gap is None:
            break
        gap_start = pos - len(gap.group())
        word = _ITEM_WORD_AT_END.search(text[max(0, gap_start - 30):gap_start])
        if word is None:
            break
        a = gap_start - len(word.group())
        earlier = word.group().lower().rstrip("-")  # "pre- and post-trip"
        found.append((a, gap_start, f"{earlier} {head}"))
        rest = " ".join(words[1:]).lower()
        if len(words) > 2:  # "pre/post trip inspections": the earlier item's trip too
            found.append((a, gap_start, f"{earlier} {rest}"))
        if word.group().endswith("-") and "-" in words[0]:  # "pre- and post-trip checks"
            found.append((a, gap_start, f"{earlier}-{words[0].split('-', 1)[1].lower()} {rest}"))
        pos = a
    return found


# The word right before a name, on its line.
_WORD_BEFORE = re.compile(r"(?:(?<=[^\w-])|^)([A-Za-z][A-Za-z-]*)[ \t]+$")


_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def word_before(text: str, lo: int, pos: int) -> tuple[str, int] | None:
    """``_WORD_BEFORE.search(text, lo, pos)``'s (group 1, its start), read backwards from
    ``pos``: the pattern, which opens with a look-behind, was tried at each of the 40
    characters. It matches one word of letters and hyphens opening with a letter, after
    no word character or hyphen (or at the text's start), then spaces or tabs up to
    ``pos`` (or up to a line break ending there, as ``$`` allows)."""
    end = pos - 1 if pos and text[pos - 1] == "\n" else pos
    stop = end
    while stop > lo and text[stop - 1] in " \t":
        stop -= 1
    if stop == end:
        return None  # no space before pos
    start = stop
    while start > lo and (text[start - 1] in _LETTERS or text[start - 1] == "-"):
        start -= 1
    if start == stop or text[start] not in _LETTERS:
        return None
    if start and (text[start - 1] in _LETTERS or text[start - 1] == "-"
                  or text[start - 1].isalnum() or text[start - 1] == "_"):
        return None  # inside a longer word (or the window cut one)
    return text[start:stop], start
# A word that sorts a thing into a kind: hyphenated ("full-cycle", "long-term") or an
# adjective's ending ("technical", "pediatric", "residential", "regulatory"). A verb or
# a participle before a name ("process insurance claims", "adjusting journal entries")
# mostly names the same ask again, so it is not tried.
_CLASSIFYING = re.compile(r"^[a-z]{2,}-[a-z]{2,}$|^[a-z]{3,}(?:al|ic|ive|ary)$")
# Words of where or through which channel the work is done. Before a name opening with
# an acronym they make a name of their own with its head ("outside B2B sales" is
# Outside Sales and B2B Sales); another describing word there leaves too little of the
# name ("residential HVAC service" is no "residential service").
_CHANNELS = frozenset({"outside", "inside", "field", "direct", "online", "wholesale",
                       "retail"})
# Such words that say how much or how well, not which kind: "extensive project
# management" is no "extensive management".
_NO_KIND = frozenset({
    "general", "hands-on", "real-world", "fast-paced", "high-volume", "cross-functional",
    "additional", "practical", "essential", "extensive", "comprehensive", "effective",
    "successful", "positive", "typical", "critical", "crucial", "exceptional", "proactive",
    "collaborative", "innovative", "creative", "competitive", "in-depth", "entry-level",
    "high-level", "mid-level", "senior-level", "award-winning", "professional", "actual",
    # Or how often: "the annual operating budget" is one operating budget, no second
    # "annual budget" beside it.
    "annual", "semiannual", "biannual"})


# A word of capitals with a figure or a lower-case letter among them: "B2B", "SaaS".
_ACRONYM_WORD = re.compile(r"^[A-Z][A-Za-z0-9]*[A-Z0-9]$")


def stacked_modifier_names(text: str, lookup: Callable[[str], Any], found: Sequence[Any]
                           ) -> list[tuple[Any, int, int]]:
    """Hits for a name another describing word stands in front of: "full-cycle
    technical recruiting" is Technical Recruiting and Full-cycle Recruiting, "pediatric
    emergency nursing" Emergency Nursing and Pediatric Nursing. Both words describe the
    one head, so the word before a vocabulary name of two or more words, with the name's
    first word left out, is a name too when the vocabulary holds it. Returns (skill,
    start, end) spanning the describing word and the name (a lookup costs
    microseconds; only a describing word right before a lower-case name is tried)."""
    names = {h.skill.name for h in found}
    out: list[tuple[Any, int, int]] = []
    for h in found:
        surface = text[h.start:h.end]
        words = surface.split()
        # The name in lower case, or after a channel's word opening with an acronym
        # ("B2B sales", "SaaS sales").
        lettered = not surface.islower() and " ".join(words[1:]).islower() \
            and _ACRONYM_WORD.match(words[0]) is not None
        if len(words) < 2 or h.skill.kind != "hard" or not (surface.islower() or lettered):
            continue
        before = word_before(text, max(0, h.start - 30), h.start)
        if before is None:
            continue
        written = before[0]
        word = written.lower()  # "Full-cycle technical recruiting" opening a line
        if not written[1:].islower() or word in _NO_KIND or not (
                (word in _CHANNELS) if lettered else _CLASSIFYING.search(word)):
            continue
        skill = lookup(f"{word} {' '.join(words[1:])}")
        if skill is not None and skill.kind == "hard" and skill.name not in names:
            names.add(skill.name)
            out.append((skill, before[1], h.end))
    return out
