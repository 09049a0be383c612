"""How the summary line names one matched skill: in the resume's own words.

``summary_term`` decides, for one skill the resume shows, the words the line may use
for it: the skill's name where the resume writes it, the resume's deed with its verb
in the -ing form ("resolving guest complaints"), or nothing (a licence, a language,
a deed the line cannot say in the resume's words). The line itself, its title and
its years are ``summary.build_summary``'s.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Sequence

from tailor_app.tailoring.caseless import lowered
from tailor_app.tailoring.compose.gerund import (
    AFTER_OBJECT,
    activity_of,
    cut_short,
    gerund,
    gerund_phrase,
    ing_form,
    is_gerund_of,
    past_gerund,
    plain_verb,
    whole_object,
)
from tailor_app.tailoring.compose.past_forms import is_irregular_past
from tailor_app.tailoring.compose.relevance import stem
from tailor_app.tailoring.skills.phrases import verb_form
from tailor_app.tailoring.skills.stems import object_stem, same_word, word_stems
from tailor_app.tailoring.skills.vocabulary import Vocabulary
from tailor_app.tailoring.whole_words import has_whole

SMALL_WORDS = frozenset({"of", "and", "the", "for", "in", "at", "to", "a", "an", "on", "with"})


# Endings of a noun that names an activity ("Budgeting", "Phlebotomy" is a name):
# capitalised only because it opened a list item.
_ACTIVITY_ENDINGS = ("ing", "tion", "ment", "ance", "ence")


def _numbered(term: str) -> bool:
    """A name with a number in it: a product or a standard, written as it is named."""
    return any(c.isdigit() for c in term)


def _named_with_its_gerund(term: str, name: str) -> str | None:
    """ "cold calling" for "Cold call dental offices" or "Cold called" when the skill
    is Cold Calling: the resume's words with the last one's -ing form are the skill's
    own name, so the line says the name ("experience in cold calling", never "in cold
    call"), every word the resume's or that word's -ing form. None otherwise."""
    said, named = term.split(), name.casefold().split()
    if len(said) != len(named) or len(said) < 2 or not said[-1].isalpha():
        return None
    if [w.casefold() for w in said[:-1]] != named[:-1]:
        return None
    last = said[-1].casefold()
    told = ing_form(last)
    if told is None or told != named[-1] or told == last:
        return None
    return " ".join([*said[:-1], told])


def capital_mid_sentence(words: str, text: str) -> bool:
    """Does ``text`` write ``words`` (capitalised) right after another word, where only
    a name keeps its capital ("Find failed capacitors with a Fluke meter")? At the
    opening of a line, after a list's separator (a comma, a bullet's mark, a run of
    spaces between a table's columns) or a full stop ("Fluke meters" as a skills
    list's item, "Set furnaces …") a capital is the place's, not the word's."""
    if not words[:1].isupper():
        return False
    at = text.find(words)
    while at >= 0:
        after = at + len(words)
        # One space after a word: a run of spaces or a tab lays out a table's columns
        # ("Patient assessment    Wound care"), a list's separator.
        if (after == len(text) or not text[after].isalnum()) and (
                at >= 2 and text[at - 1] == " " and text[at - 2].isalnum()):
            return True
        at = text.find(words, after)
    return False


def _in_sentence(term: str, kind: str, vocabulary: Vocabulary, resume_text: str = "") -> str:
    """ "Patient assessment" reads "patient assessment" mid-sentence; names stay,
    and so does a language ("English language learners") or a name with a number
    ("Studio 5000", "ISO 9001"). A capital the resume writes mid-sentence
    (``resume_text``: "with a Fluke meter") belongs to a maker's or a product's name
    and stays ("Fluke meter", not "fluke meter")."""
    if _numbered(term):
        return term
    # "Drop-and-hook" opened a bullet: a compound of words reads like a phrase. A
    # letter naming a shape keeps its capital ("I-joists", "U-bolts", "X-ray").
    head = re.split(r"[\s-]", term)[0]
    if kind in ("hard", "soft", "tool") and re.search(r"[\s-]", term) and term[:1].isupper() and (
            term[1:].islower()) and len(head) > 1:
        first = vocabulary.lookup(head)
        if (first is None or first.kind not in ("language", "tool")) and not (
                capital_mid_sentence(term, resume_text)):
            return term[0].lower() + term[1:]
    if kind in ("hard", "soft") and " " not in term and term[:1].isupper() and (
            term[1:].islower() and term.endswith(_ACTIVITY_ENDINGS)):
        return term.lower()  # "Wireframing" opened a list item; mid-sentence it is a word
    return term


def calm_title(title: str, vocabulary: Vocabulary) -> str:
    """A title the resume writes in capitals ("SOFTWARE ENGINEER") in ordinary title
    case for a sentence, keeping acronyms and short capitalised words ("IT", "QA")."""
    letters = [c for c in title if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters):
        return title

    def word(w: str) -> str:
        known = vocabulary.lookup(w)
        if (len(w) <= 3 and w.casefold() not in SMALL_WORDS) or (
                known is not None and known.name.isupper()):
            return w
        return w.casefold() if w.casefold() in SMALL_WORDS else w[:1] + w[1:].lower()

    out = re.sub(r"[^\W\d_]+", lambda m: word(m.group()), title)
    return out[:1].upper() + out[1:]


# Verbs that open a skill written as a deed (ESCO's "manage budgets", a posting's
# "develop curriculum"): such a name reads wrongly after "experience in".
_PLAIN_DEED_VERBS = frozenset({
    "manage", "develop", "perform", "use", "apply", "create", "provide", "ensure",
    "maintain", "prepare", "conduct", "coordinate", "design", "implement", "monitor",
    "write", "analyse", "analyze", "plan", "operate", "supervise", "train", "assist",
    "advise", "communicate", "negotiate", "organise", "organize", "evaluate", "identify",
    "handle", "assess", "liaise", "build", "lead", "work", "keep", "follow", "interpret",
    "carry", "make", "adapt", "deliver", "oversee", "promote", "report", "review",
    "support", "test", "teach", "administer", "attend", "check", "collaborate", "define",
    "deploy", "establish", "execute", "facilitate", "improve", "inspect", "install",
    "mentor", "motivate", "optimise", "optimize", "process", "program", "run",
    "schedule", "set", "solve", "track", "troubleshoot", "update", "utilise", "utilize",
    "take", "give", "turn", "cut", "reduce", "lower", "save", "renew", "enroll", "calm",
    "brief", "learn", "greet", "sell", "attach", "own", "remind", "cook",
})
# Past tenses that do not end in -ed: "took minutes", "led audits", "ran payroll".
_PAST_DEED_VERBS = frozenset({
    "took", "made", "ran", "led", "wrote", "built", "kept", "held", "gave", "met", "taught",
    "sold", "bought", "drove", "oversaw", "grew", "won", "brought", "sent", "spent",
    "found", "did", "got", "began", "drew", "fed", "fought", "rode", "shot", "spoke",
    "stood", "struck", "swept", "told", "understood", "undertook", "withdrew", "wound",
    "paid", "put", "laid",
})
_DEED_VERBS = _PLAIN_DEED_VERBS | _PAST_DEED_VERBS
DEED_VERBS = _DEED_VERBS  # the verbs a resume's deeds open with, for the summary's list


_ARTICLES = frozenset({"a", "an", "the"})


def is_deed(term: str) -> bool:
    """A verb phrase rather than a skill's name: "manage budgets", "A/B tested"; or
    words of a sentence that no list can hold as one item: "recover, evacuate and
    charge refrigerant" (a list of its own), "cost to a job" (an article inside a
    lower-case phrase; "The Creative Curriculum" is a name)."""
    words = term.split()
    if not words:
        return False
    if words[-1].endswith("ed") and len(words[-1]) > 4:
        return True
    if len(words) < 2:
        return False
    if "," in term or (term[:1].islower() and not _ARTICLES.isdisjoint(words[1:-1])):
        return True
    first = words[0].casefold()
    # "manage budgets", or "Manage budgets" opening a bullet; "Build Automation",
    # capitalised throughout, is a name.
    sentence = words[0][:1].islower() or words[1][:1].islower()
    # "four-handed technique", "evidence-based practice": a compound ending in -ed
    # describes the noun after it; it is no verb.
    return sentence and (
        first in _DEED_VERBS or (first.endswith(("ing", "ed")) and "-" not in first))


# The people a deed is done to: "transfer clients", "reposition residents" is an action
# on them, never the name of a skill (a skill names the work: Transfer Assistance).
_PEOPLE_OBJECTS = frozenset({
    "clients", "residents", "patients", "customers", "guests", "members", "families",
    "students", "children", "staff", "employees", "callers", "tenants", "visitors", "users",
})


def _the_name(term: str, name: str) -> bool:
    """Is ``term`` the skill's own name, in either number ("work order" of "Work
    orders")? A name whose first word is also a verb ("work", "change", "purchase")
    is still a name there: "dealer's work order system" is no deed to tell."""
    a, b = term.casefold(), name.casefold()
    return a == b or a + "s" == b or a == b + "s"


def _verb_phrase(term: str, name: str, vocabulary: Vocabulary, resume_text: str = "") -> bool:
    """The resume's words for a skill read as a deed, not as a name: "manage budgets",
    "deploying predictive models", "tender loads" (a verb and its object, as the
    vocabulary's deed reader finds them) for Budget Management or Load Tendering;
    "Coach" or "Forecast" opening a bullet for Coaching or Forecasting (the verb of
    the activity the skill names). A phrase the vocabulary knows as a name of the
    skill ("fixed assets") is a deed only when it opens with a verb of a deed."""
    if _verb_of(term, name) or _action_first(term, name) or _deed_alias(
            term, name, vocabulary) or _verb_on_the_object(term, name, vocabulary):
        return True
    words = term.casefold().split()
    if len(words) == 1 and len(words[0]) >= 5 \
            and not words[0].endswith(("ing", "ion", "ment", "ance", "ence")) and (
            _opens_with_verb(words)
            or any(s in vocabulary.deed_verbs() for s in word_stems(words[0]))) and any(
            w != words[0] and w.startswith(words[0][:5])
            for w in name.casefold().split()):
        return True  # "Recover" opening a list of verbs, for Refrigerant Recovery
    if len(words) == 2 and words[1] in _PEOPLE_OBJECTS and words[1] not in name.casefold():
        return True
    if len(words) >= 2 and words[1][:1].isdigit() and any(
            s in vocabulary.deed_verbs() for s in word_stems(words[0])):
        return True  # "Resolve 25–30 tickets": a bullet's verb before its figure
    if (len(words) >= 2 and words[0].endswith("ed") and term[:1].isupper()
            and term[1:] == term[1:].lower() and term.casefold() != name.casefold()
            and past_gerund(words[0]) is not None):
        return True  # "Rotated stock" opening a bullet, for FIFO: a deed, not a name
    if _named_action(words, name) or _listed_deed(term, resume_text, vocabulary):
        return True  # "verified insurance" for Insurance Verification: the deed of it
    if len(words) >= 2 and not words[-1].endswith("ed") and (
            _the_name(term, name) or not _opens_with_verb(words)):
        # A name the vocabulary reads whole as the skill is no deed; nor one it reads as
        # a narrower skill when it is a noun phrase ("wiring diagrams" for Electrical
        # Schematics: a thing named by its -ing word, as "cleaning supplies" are), not
        # a verb's form and its object ("visited families at home" for Home visits).
        known = vocabulary.lookup(term)
        if known is not None and (known.name == name or (
                name in known.broader and not _a_verb_form(words[0]))):
            return False
    if len(words) >= 2 and not _the_name(term, name) and _opens_with_verb(words):
        return True
    return is_deed(term) or any(h.start == 0 for h in vocabulary.deeds(term))


# The endings of a noun that names an action: "verification", "installation", "scheduling".
_ACTION_NOUN = ("tion", "sion", "ment", "ing", "ance", "ence", "al", "ure")


def _named_action(words: Sequence[str], name: str) -> bool:
    """A verb opening the term whose action the skill's name says as a noun:
    "verified insurance" or "Install panels" for Insurance Verification or Panel
    Installation. The vocabulary keeps such words as another way to find the skill,
    but they tell a deed. A word the name itself holds is no verb of it ("fixed
    asset" for Fixed Asset Accounting, "advanced Excel"), and a term ending in an
    activity's noun is a name ("automated testing")."""
    if len(words) < 2 or words[-1].endswith("ing") or words[0] != words[0].lower():
        return False
    verb = words[0]
    # A plain form only of the common verbs of bullets: "virtual machines" opens with
    # an adjective that looks like one.
    if not (verb in _PLAIN_DEED_VERBS or past_gerund(verb) is not None):
        return False
    named = [w.casefold() for w in re.findall(r"[^\W\d_]+", name)]
    return verb not in named and any(
        w != verb and w.endswith(_ACTION_NOUN) and w[:5] == verb[:5] for w in named)


def _listed_deed(term: str, resume_text: str, vocabulary: Vocabulary) -> bool:
    """A deed in a bullet's list of deeds: "replace toilets" of "Repair leaking faucets,
    replace toilets and clear clogged drains". The bullet opens with a verb, and the
    term, after a comma or "and", opens with a verb the vocabulary's deeds open with;
    words the vocabulary knows as a name ("heat pumps" after "Repair furnaces and")
    are a thing, not a deed."""
    words = term.split()
    if len(words) < 2 or term != term.lower() or not plain_verb(words[0]):
        return False
    if _joined_to_the_verb(term, resume_text):
        return True
    if words[0] not in _PLAIN_DEED_VERBS and words[0] not in vocabulary.deed_verbs():
        return False
    if vocabulary.lookup(term) is not None:
        return False
    for line in resume_text.split("\n"):
        at = line.find(term)
        if at <= 0 or not re.search(r"(?:,|\band)\s+$", line[:at]):
            continue
        first = line.split()[0]
        if first[:1].isupper() and plain_verb(first) and (
                first.casefold() in _PLAIN_DEED_VERBS
                or first.casefold() in vocabulary.deed_verbs()):
            return True
    return False


def _joined_to_the_verb(term: str, resume_text: str) -> bool:
    """The second of two verbs a bullet opens with: "recharge refrigerant" of "Recover
    and recharge refrigerant". Joined to the bullet's opening verb by "and", the word
    is a verb as that one is, even where the vocabulary keeps the words as a name."""
    pattern = re.compile(rf"^[A-Z][a-z]+\s+and\s+{re.escape(term)}(?![\w-])")
    return any(pattern.match(line) and plain_verb(line.split()[0])
               for line in resume_text.split("\n"))


def _a_verb_form(word: str) -> bool:
    """A verb of a bullet's deed in any form: its plain form or a past ("closed",
    "visited", "took"), or its -ing form ("managing"), of the common verbs of deeds."""
    word = word.casefold()
    if word in _DEED_VERBS or past_gerund(word) is not None or is_irregular_past(word):
        return True
    return word.endswith("ing") and any(v in _DEED_VERBS for v in (word[:-3], word[:-3] + "e"))


def _opens_with_verb(words: Sequence[str]) -> bool:
    """ "take vital signs", "turn and reposition": a lower-case phrase opening with a
    verb, as a deed is written, even when the vocabulary keeps it as another way to
    say the skill (it finds the skill in a bullet; a summary names the skill). Only
    the common verbs of resume bullets: the vocabulary's verb stems also hold nouns
    ("floor" of flooring, "bank" of banking) that open names ("bank deposits")."""
    return words[0] in _DEED_VERBS


def _action_first(term: str, name: str) -> bool:
    """The action of a two-word name told first, its object after: "Secure mixed loads"
    or "reconciliation of five bank" for Load securing or Bank reconciliation."""
    words, named = term.split(), name.split()
    return (len(words) >= 2 and len(named) == 2 and same_word(words[0], named[1])
            and not same_word(words[0], named[0]))


def _verb_of(term: str, name: str) -> bool:
    """ "Coach" of "Coaching", "schedule" of "Scheduling", "plan" of "Planning": the
    verb of the activity; or a participle of the skill's word ("nonconforming" of
    "Nonconformance"), which describes something else ("nonconforming material")."""
    word, skill = term.casefold(), name.casefold()
    if " " in word or word == skill:
        return False
    if " " in skill:
        # "proofread" of "Editing and Proofreading": the verb of one of the activities
        # the name joins (a lone verb, as "Forecast" is of Forecasting).
        return any(w.endswith("ing") and w != word and gerund(word) == w
                   for w in skill.split())
    if word.endswith(("ing", "ed")) and word[:5] == skill[:5]:
        return True
    if not skill.endswith("ing"):
        return False
    root = skill[:-3]
    return word in (root, root + "e") or (len(root) > 2 and root[-1] == root[-2]
                                           and word == root[:-1])


def _deed_alias(term: str, name: str, vocabulary: Vocabulary) -> bool:
    """A deed the vocabulary keeps as a way to find a skill, told by its verb: "pull
    outdates", "grade papers", "unload containers". The vocabulary holds the same
    words with the verb in the past ("pulled outdates") beside it, which a name never
    has ("heat pumps" has no "heated pumps"), so the pair says the first word is a verb
    whatever list of verbs the line knows. A word of the skill's own name opening the
    term, as the name writes it, is a name's word ("advance ship notices": Advance Ship
    Notices); its verb is not ("grade papers": Grading Student Work)."""
    words = term.split()
    if len(words) < 2 or term != term.lower() or not plain_verb(words[0]):
        return False
    first = words[0]
    if first in re.findall(r"[^\W\d_]+", name.casefold()):
        return False
    skill = vocabulary.lookup(term)
    if skill is None:
        return False
    pasts = {first + "ed", first + "d", first + first[-1:] + "ed"}
    if first.endswith("y"):
        pasts.add(first[:-1] + "ied")
    rest = words[1:]
    return any(a.split()[0] in pasts and a.split()[1:] == rest
               for a in (alias.casefold() for alias in skill.aliases) if " " in a)


def _verb_on_the_object(term: str, name: str, vocabulary: Vocabulary) -> bool:
    """Two lower-case words, a verb and then the object of the skill's action: "move
    reservations" for Reservation Management, "key garnishments" for Garnishment
    Processing. The first word is no word of the name, and a verb by the duty verbs the
    phrase reader knows or the vocabulary's deeds; a word describing the object ("gross
    margin" for Margin Management, "group reservations") is none, and stays a name."""
    words = term.split()
    if len(words) != 2 or term != term.lower() or not all(w.isalpha() for w in words):
        return False
    named = re.findall(r"[^\W\d_]+", name.casefold())
    if len(named) != 2 or not named[1].endswith(_ACTION_NOUN):
        return False
    first = words[0]
    if any(same_word(first, w) or stem(first) == stem(w) for w in named):
        return False
    return (same_word(words[1], named[0]) or stem(words[1]) == stem(named[0])) and (
        plain_verb(first) and (verb_form(first) or first in vocabulary.deed_verbs()))


# A worker rather than the work: "welders" for Welding, "programmers" for Programming.
_PERSON_ENDING = re.compile(r"(?:er|or|ist|ian)s?$")


@functools.lru_cache(maxsize=4)
def _with_plain_verbs(deed_verbs: frozenset[str]) -> frozenset[str]:
    """The common verbs of resume bullets and the vocabulary's deed verbs, joined once
    per vocabulary: the summary asks for them at every skill it names."""
    return _PLAIN_DEED_VERBS | deed_verbs


def plain_deed_verbs(vocabulary: Vocabulary) -> frozenset[str]:
    """The plain verbs of deeds (``_with_plain_verbs`` of the vocabulary's deed verbs)."""
    return _with_plain_verbs(vocabulary.deed_verbs())


def verb_of_deeds(word: str, vocabulary: Vocabulary) -> bool:
    """A verb a resume's deeds open with (``DEED_VERBS``), or one whose stem the
    vocabulary's deed reader knows ("file" of filing, "audit" of auditing)."""
    verbs = vocabulary.deed_verbs()
    return word in _DEED_VERBS or word in verbs or any(s in verbs for s in word_stems(word))


def opens_the_name(word: str, name: str) -> bool:
    """Does the skill's ``name`` open with ``word``, whole or cut short ("pay" of Pay
    Applications, "weld" of Welding Symbols, "trach" of Tracheostomy Care)? The word is
    then the first noun of the name's compound, not a verb done to the rest."""
    named = re.findall(r"[^\W\d_]+", name.casefold())
    low = word.casefold()
    # A past participle describes the thing after it: "Differentiate instruction" for
    # Differentiated Instruction is the deed, its name the result.
    return bool(named) and named[0].startswith(low) and named[0] not in (low + "d", low + "ed")


def _paired_with_a_verb(word: str, resume_text: str, verbs: Collection[str]) -> bool:
    """Does a line of the resume open with ``word`` joined to a deed verb ("Image and
    deploy laptops")? Then the word is a verb too, whatever the lists know."""
    pattern = re.compile(rf"{re.escape(word)} (?:and|or|&) (\w+)")
    return any((found := pattern.match(line)) is not None and found.group(1).casefold() in verbs
               for line in resume_text.split("\n"))


def _opens_a_bullet(term: str, name: str, resume_text: str,
                    verbs: Collection[str] = ()) -> bool:
    """Words that open one of the resume's lines, capitalised as a sentence is, whose
    first word is no word of the skill's name: a bullet's verb and what it did ("Talk
    people down when things get heated" for De-escalation), whatever the verb. A line
    opening with the skill's own words ("Customer service for 200 callers") or with a
    name ("QuickBooks Online") is not one, nor one opening with letters in capitals
    ("RF scanners" heading a skills list): an acronym is no verb. A name later in the
    line does not make its opening one ("Enter maintenance requests into AppFolio" is a
    deed: "entering maintenance requests"), nor does an acronym after one of ``verbs``,
    the deed verbs ("Collect DOT urine drug screens": its object is "DOT urine drug
    screens")."""
    words = term.split()
    if len(words) < 2 or not words[0][:1].isupper() or (
            len(words[0]) > 1 and words[0].isupper()):
        return False
    if words[1][:1].isupper() and not (
            words[0].casefold() in verbs and len(words[1]) > 1 and words[1].isupper()):
        return False
    if words[0].casefold() in {w.casefold() for w in re.findall(r"[^\W\d_]+", name)}:
        return False
    # ``resume_text`` holds the parsed bullets, their glyphs already gone (``_said_text``).
    return any(line.startswith(term) for line in resume_text.split("\n"))


def _names_people(term: str, name: str) -> bool:
    """Does the term end with the workers of the skill's work ("welders" for Welding,
    "inspectors" for Inspection) rather than its name? A word whose ending is its own,
    not a doer's ("orders" for Ordering, "meters" for Metering: the skill's name opens
    with the word itself), names the thing worked on."""
    last, skill = term.split()[-1].casefold(), name.split()[-1].casefold()
    found = _PERSON_ENDING.search(last)
    if not found or not skill.endswith(("ing", "ion", "ment")):
        return False
    root = last[: found.start()]
    return (len(root) >= 3 and skill.startswith(root) and not skill.startswith(last)
            and not skill.startswith(last.removesuffix("s")))


@functools.lru_cache(maxsize=4096)  # a pure function of a name or term, asked of each pair
def _stems(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in re.findall(r"[^\W\d_]+", text))


_JOINED = re.compile(r",|\b(?:and|or)\b|&", re.IGNORECASE)


def _other_words(term: str, name: str) -> bool:
    """Words of a list the matcher joined ("posts and social" for Social Posts): fine
    as evidence, but no name to put in a sentence."""
    return (len(term.split()) >= 2 and term[:1].islower() and bool(_JOINED.search(term))
            and not _JOINED.search(name))


def _has_inner_capitals(name: str) -> bool:
    """A name whose capitals are part of it: "HTML", "PowerPoint", "iCIMS", "T-SQL"; not
    the capital of a word after a slash or a hyphen ("Lockout/Tagout", "Month-End Close"
    are words in title case)."""
    return any(c.isupper() for word in re.split(r"[\s/-]", name) for c in word[1:]) or any(
        c.isdigit() for c in name)


def phrase_in(text: str, phrase: str) -> bool:
    """Does ``text`` hold ``phrase`` as words of its own (see ``whole_words``)?"""
    return has_whole(text, phrase)


def _shown_only(term: str, vocabulary: Vocabulary) -> bool:
    """Is ``term`` a resume-only phrase ("on budget", "welcomed guests"): words that show
    a skill in a bullet but do not name it, so a summary names the skill instead."""
    return vocabulary.lookup(term) is None and any(
        h.start == 0 and h.end == len(term) for h in vocabulary.shown_by(term))


def same_skill(a: str, b: str) -> bool:
    """ "Internal Audit" and "audits", "EKG" and "EKGs": one says the other. A number
    is part of a name: "504 plans" is no "behavior plans", "OSHA 10" no "OSHA 30",
    though their words are; "EKG" is still said by "12-lead EKGs"."""
    sa, sb = _stems(a), _stems(b)
    if not (sa and sb):
        return False
    na, nb = _numbers(a), _numbers(b)
    return (sa <= sb and na <= nb) or (sb <= sa and nb <= na)


_NUMBER = re.compile(r"\d+")


@functools.lru_cache(maxsize=4096)
def _numbers(text: str) -> frozenset[str]:
    return frozenset(_NUMBER.findall(text))


def says_the_name(term: str, name: str | None) -> bool:
    """Does the resume's ``term`` say the whole of the posting's name for the skill in
    words of two or more ("study models", "spore test" for Spore testing, "medical
    histories" for Medical history)? Then it is that skill's name in the resume's
    words, an item a skills list holds, though no vocabulary lists it; one word
    ("builders") is as often the thing a duty was done to."""
    if not name or len(re.findall(r"[^\W\d_]+", term)) < 2:
        return False
    named = _stems(name)
    return bool(named) and named <= _stems(term)


def summary_term(term: str, kind: str, name: str, resume_text: str,
                 vocabulary: Vocabulary, shown: Collection[str] | None = None) -> str | None:
    """How the summary line names one matched skill, in the resume's own words; None
    when it should not name it.

    A deed ("Administer medications") or a worker ("welders") is replaced by the
    skill's name only where the resume writes that name itself; a licence, a language
    or a skill the resume shows only through a narrower one it names is left out
    rather than claimed in other words. The resume's own casing is kept ("wound
    care" mid-sentence), except that a name whose capitals belong to it stays so
    ("html" reads HTML). A deed whose words make the skill's own name ("Load the
    truck": truck loading) is said by that name, a reader's and a search's word for
    it, when the vocabulary reads that name as skills the resume shows (``shown``,
    the guard's own set: "structural welding" of "Weld structural steel" is a skill
    the resume's lines show only as a deed, so the deed is told instead)."""
    if kind == "language" or (kind == "certification" and not _practised(term, name, resume_text)):
        return None  # one holds a licence, and speaks a language: not "experience in"
    if _taught_only(term, resume_text):
        return None  # "taught patients how to manage their medications": theirs to do
    if _only_sent_to(term, resume_text):
        return None  # "Referred suspicious claims to the Special Investigations Unit"
    if _HELD.search(name) or _HELD.search(term):
        return None  # what the vocabulary files as a skill: "Driver's License", "CDL"
    if _OWNERS_THING.match(term) and not _OWNERS_THING.match(
            getattr(vocabulary.lookup(term), "name", "")):
        # "CEO's calendar" of "Manage the CEO's calendar": an owner's thing without
        # its article reads as a fragment ("experience in CEO's calendar"); told as
        # the bullet's deed ("managing the CEO's calendar"), or not at all. A skill
        # named with its owner is a name ("workers' compensation").
        opening = re.search(rf"^[^\w\n]*([A-Z][a-z]+)[ \t]+the[ \t]+{re.escape(term)}(?![\w'’-])",
                            resume_text, re.MULTILINE)
        told = None if opening is None else _as_deed(
            f"{opening.group(1)} the {term}", resume_text, vocabulary, opens_a_bullet=True)
        return None if told is None else _in_sentence(
            _letters_kept(told, resume_text), kind, vocabulary, resume_text)
    by_name = _named_with_its_gerund(term, name)
    if by_name is not None:
        # "Cold calling" opened a bullet
        return _in_sentence(by_name, kind, vocabulary, resume_text)
    verbs = _with_plain_verbs(vocabulary.deed_verbs())
    if term.istitle() and " " not in term and (
            term.casefold() in verbs or _paired_with_a_verb(term, resume_text, verbs)) and (
            ing_form(term) not in name.casefold().split()):
        # "Chart" of "Chart treatment and book next visits": a bullet's opening verb,
        # read alone; told as the deed with its object ("charting treatment"), never
        # as a capitalised word in a list of skills; not at all when it cannot be told.
        # (A skill named by the verb's own -ing form is said by that name:
        # "Troubleshoot" is troubleshooting.)
        lines = resume_text.split("\n")
        if any(line.startswith(term + " ") for line in lines):
            whole = whole_object(term, resume_text)
            told = None if whole is None or not any(
                line.startswith(whole) for line in lines) else _as_deed(
                whole, resume_text, vocabulary, opens_a_bullet=True)
            return None if told is None else _in_sentence(
                _letters_kept(told, resume_text), kind, vocabulary, resume_text)
    folded = resume_text.casefold()
    opens = _opens_a_bullet(term, name, resume_text, verbs)
    if _ing_noun_name(term, name):
        pass  # "ceiling fans" is the asked thing by its name: no deed to tell
    elif (opens or _verb_phrase(term, name, vocabulary, resume_text)
            or _names_people(term, name) or _other_words(term, name)
            or _shown_only(term, vocabulary)):
        if is_deed(name) or not phrase_in(folded, name.casefold()):
            said = activity_of(term, name, resume_text) or _own_name(
                term, name, vocabulary, shown) or _as_deed(
                term, resume_text, vocabulary, opens, _named_action(term.split(), name)
                or _listed_deed(term, resume_text, vocabulary)
                or _deed_alias(term, name, vocabulary)
                or _verb_on_the_object(term, name, vocabulary)) or _lone_verb(
                term, name, resume_text, vocabulary, shown)
            if not said:
                return None
            return _in_sentence(_letters_kept(said, resume_text), kind, vocabulary,
                                resume_text)
        term = _resume_casing(name, resume_text)
    elif not phrase_in(folded, term.casefold()):
        return None  # only in a role's header: "Triangle Site Design, PLLC" is an employer
    elif term == term.lower() and term.casefold() == name.casefold() and (
            _has_inner_capitals(name)):
        term = name
    elif term != term.lower() and phrase_in(resume_text, term.lower()):
        term = term.lower()  # the resume writes it in lower case too: "wound care"
    if _names_no_work(term, name, resume_text, vocabulary):
        return None
    if term.casefold() + "s" == name.casefold() and _only_before_its_software(term, resume_text):
        # "work order" of "the work order app" for Work orders: the singular only ever
        # names the software the records are kept in; alone in the line it reads as a
        # slip (review23 T3).
        return None
    joined = _first_of_two_kinds(term, resume_text, vocabulary)
    if joined is not None:
        term = joined  # "bitewing and full-mouth x-rays", never "bitewing" alone
    elif _cut_modifier(term, name, resume_text):
        # "fine motor" of "fine motor groups": the noun it was cut from, if always one.
        term = _with_its_noun(term, resume_text) or ""
        if not term:
            return None
    elif _cut_from_a_noun(term, resume_text, vocabulary):
        return None
    if " " in term and not _numbered(term):
        term = calm_title(term, vocabulary)  # "COMPUTER SCIENCE"; "NFPA 70E" is a name
    return _in_sentence(term, kind, vocabulary, resume_text)


# Short prefixes a hyphen joins to a verb ("co-teach", "de-escalate", "re-key").
_LONE_PREFIXES = frozenset({"co", "de", "re", "pre", "e", "un", "cross", "sub", "mis"})
# The adverb of a phrasal verb told with it ("put away": putting away).
_VERB_PARTICLES = frozenset({"up", "out", "off", "down", "back", "away"})
# Where a deed opens on its line: the line's start (past a bullet's mark), or a joint
# of a row of deeds (", ", "; ", " and ").
_LINE_MARKS = re.compile(r"^[\s\-*•·‣◦–]*")
_ROW_JOINT = re.compile(r"(?:[;,]|\band)[ \t]+$")


def _lone_verb(term: str, name: str, resume_text: str, vocabulary: Vocabulary,
               shown: Collection[str] | None) -> str | None:
    """ "co-teaching" of "… and co-teach two general education classes" (Co-teaching),
    "coaching" of "…; coached at four meets a season" (Coaching), "negotiating renewal
    increases" of "… and negotiated renewal increases" (Negotiation): a skill the
    matcher read from one verb alone (or a verb and its particle: "Put away pallets"),
    told by that verb's -ing form, which the vocabulary reads as the same skill. The
    -ing form is the resume's word in the form the guard allows, and a reader's word
    for the work; where it is not itself a word of the skill's name ("negotiating" for
    Negotiation) the deed is told with its object when the resume's object is whole.

    Only where the resume writes the verb as a deed (opening its line, or in a row of
    deeds after ", ", "; " or "and" on a line that opens with a verb), never a describing
    word ("scheduled maintenance"); and only where every skill the vocabulary reads in
    the words said is one the resume shows (``shown``, the guard's set). None otherwise."""
    if shown is None or name not in shown:
        return None
    words = term.split()
    if not 1 <= len(words) <= 2 or (
            len(words) == 2 and words[1].casefold() not in _VERB_PARTICLES):
        return None
    prefix, _hyphen, verb = words[0].rpartition("-")
    if (prefix and prefix.casefold() not in _LONE_PREFIXES) or not verb.isalpha() or (
            verb[1:] != verb[1:].lower()):
        return None
    ing = ing_form(verb)
    if ing is None or not _opens_a_deed(term, resume_text):
        return None
    said = " ".join([f"{prefix.casefold()}-{ing}" if prefix else ing,
                     *(w.casefold() for w in words[1:])])

    def shows_it(words_said: str) -> bool:
        found = {h.skill.name for h in vocabulary.find(words_said)}
        return name in found and found <= set(shown)

    if not shows_it(said):
        return None
    if said.split()[0].split("-")[-1] in name.casefold().replace("-", " ").split():
        return said  # "coaching", "proofreading", "co-teaching": the skill's own word
    whole = whole_object(term, resume_text)
    if whole is not None and _object_ends(whole, resume_text):
        told = " ".join([said, *whole.split()[len(words):]])
        if shows_it(told):
            return told
    return said


_OF_AFTER = re.compile(r"[ \t]+of(?![\w'’-])", re.IGNORECASE)


def _object_ends(deed: str, resume_text: str) -> bool:
    """Does ``deed`` (a verb and what follows it) end on its object's noun, wherever the
    resume writes it: not on a determiner ("audited the" of "audited the daily cash
    log") nor on a quantity cut from its "of" ("audited a sample" of "… a sample of
    vendor invoices")? (review28 T1)"""
    last = deed.split()[-1].casefold()
    if last in _DETERMINERS or last in SMALL_WORDS:
        return False
    spots = _whole_spots(deed, resume_text)
    # The object ends where the resume's phrase does: at a mark, the line's end or a
    # word that goes on after an object, never before another word of the noun
    # ("Negotiated annual supply agreements": "annual" is no object; whole_object takes
    # "supply" for an adverb by its "-ly").
    return bool(spots) and all(_OBJECT_END.match(resume_text, spot.end())
                               and not _OF_AFTER.match(resume_text, spot.end()) for spot in spots)


_OBJECT_END = re.compile(
    r"[ \t]*(?:$|[,.;:)!?]|[ \t](?:" + "|".join(sorted(AFTER_OBJECT)) + r")(?![\w'’-]))",
    re.IGNORECASE | re.MULTILINE)


def _opens_a_deed(term: str, resume_text: str) -> bool:
    """Does the resume write ``term`` where a deed opens: at the start of a line, or
    after a joint of a row of deeds in a line that opens with a verb ("Renew leases
    and negotiated renewal increases", "Ran drills for 30 swimmers; coached at meets")?"""
    for spot in _whole_spots(term, resume_text):
        line_start = resume_text.rfind("\n", 0, spot.start()) + 1
        before = resume_text[line_start:spot.start()]
        opening = len(_LINE_MARKS.match(before).group())  # type: ignore[union-attr]
        if opening == len(before):
            return True
        first = before[opening:].split()[0]
        if _ROW_JOINT.search(before) and first[:1].isupper() and first[1:].islower() and (
                ing_form(first) is not None):
            return True
    return False


# The last word of a body's name: a unit, an office, an agency one sends work or
# people to ("the Special Investigations Unit", "Child Protective Services").
_BODY_WORDS = frozenset({"unit", "department", "office", "board", "agency", "division",
                         "committee", "bureau", "services", "hotline", "court", "team"})
_SENT_TO = re.compile(r"(?:\bto|\bwith)[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)


def _only_sent_to(term: str, resume_text: str) -> bool:
    """Does the resume name the body ``term`` names only as where work or people were
    sent ("Referred 9 suspicious claims to the Special Investigations Unit", "Reported
    neglect to Child Protective Services")? The writer worked with it, not in it: no
    "experience in" the body. (review28 T3)"""
    words = term.split()
    if len(words) < 2 or words[-1].casefold() not in _BODY_WORDS or not term[:1].isupper():
        return False
    spots = _whole_spots(term, resume_text)
    return bool(spots) and all(
        _SENT_TO.search(resume_text, max(0, spot.start() - 12), spot.start()) for spot in spots)


# Nouns for the software a kind of record is kept in: "the work order app", "our
# purchase order system".
_SOFTWARE = frozenset({"app", "apps", "application", "system", "systems", "software",
                       "portal", "platform", "module", "database", "tool"})


def _only_before_its_software(term: str, resume_text: str) -> bool:
    """Does the resume write ``term`` only right before a word for software ("work
    order app", "work order system")? The words then name the software, not the work."""
    after = [m.group(1).casefold() for m in re.finditer(
        rf"(?<![\w-]){re.escape(term)}(?![\w-])[ \t]*([^\W\d_]*)", resume_text, re.IGNORECASE)]
    return bool(after) and all(w in _SOFTWARE for w in after)


def _ing_noun_name(term: str, name: str) -> bool:
    """The skill's own name, in lower case, opening with a noun that ends in -ing
    ("ceiling fans", "siding repair", "railing installation"): no verb of a deed makes
    that word, so the words are a thing's name, not a deed to tell in the -ing form."""
    words = term.split()
    return (len(words) >= 2 and term == term.lower() and term == name.casefold()
            and words[0].endswith("ing") and not _a_verb_form(words[0]))


# Nouns of a place where work is done: "the supply closet", "the dish pit", "the front
# window" tell where a duty was done, not the work.
_PLACES = frozenset({
    "closet", "closets", "room", "rooms", "desk", "dock", "docks", "floor", "floors", "hall",
    "halls", "window", "windows", "aisle", "aisles", "pit", "lobby", "office", "kitchen",
    "warehouse", "ward", "site", "sites", "yard", "bay", "bays", "counter", "shop",
    "storeroom", "stockroom", "cooler", "freezer", "cage", "lot",
})
# Not "area": it names a field as often as a place ("practice areas", "laydown areas"
# planned for a site's logistics).


def _cut_from_a_noun(term: str, resume_text: str, vocabulary: Vocabulary) -> bool:
    """Words read out of the middle of a longer noun phrase that no vocabulary names:
    "Bates-number document" of "Bates-number document productions" is no thing of its
    own, and a line naming it reads as a slip. Wherever the resume writes the words,
    the next word carries the phrase on (``cut_short``). A name the vocabulary knows
    ("guided reading groups") or one written in capitals throughout ("Conscious
    Discipline routines") stays a name before another noun."""
    words = term.split()
    return (len(words) > 1 and not all(w[:1].isupper() for w in words)
            and vocabulary.lookup(term) is None and cut_short(term, resume_text))


def _names_no_work(term: str, name: str, resume_text: str, vocabulary: Vocabulary) -> bool:
    """Words a bullet names around a skill that are no name for it, though the
    vocabulary finds the skill by them:

    - a place: "supply closet" for Office Supplies Management ("Keep the supply
      closet stocked"), unless the place is the skill's own word ("front desk");
    - people: who hold a credential ("STNAs", "CNAs" are the aides one supervised;
      "CMAs" for Comparative Market Analysis are no people) or a worker's noun in
      the plural ("Train new baristas" for Barista), or whom the phrase names
      ("year-end auditors", "Tier 2 team")."""
    words = term.split()
    named = _stems(name)
    if len(words) >= 2 and term == term.lower() and words[-1] in _PLACES and (
            stem(words[-1]) not in named):
        return True
    if len(term) > 2 and term[-1] == "s" and term[:-1].isupper():
        held = vocabulary.lookup(term[:-1])
        if held is not None and held.kind == "certification" and (
                term.casefold() == name.casefold() or held.name == name):
            return True
    if words and words[-1].casefold() in _PEOPLE:
        # "year-end auditors", "Tier 2 team"; whom the work serves, told with what
        # sets them apart ("residents with dementia"), says the work's field: kept.
        return True
    # "Train new baristas", "electricians": the people, not the trade.
    return term == term.lower() and words[-1].endswith(_WORKERS) and len(words[-1]) > 6


def _cut_modifier(term: str, name: str, resume_text: str) -> bool:
    """A modifier without its noun: "fixed asset" of "fixed asset roll-forward" for Fixed
    Asset Accounting, part of the name the resume never writes alone. A plural stands
    alone even before a noun ("fixed assets register")."""
    words = term.split()
    if not words or words[-1].endswith("s") or not cut_short(term, resume_text):
        return False
    if len(words) == 1 and term == term.lower() and term.endswith("ic") and len(term) > 5:
        return True  # "hydraulic" of "a hydraulic bender": a describing word without its noun
    if term == term.lower() and _stems(term) < _stems(name):
        return True
    # "ABC behavior" of "ABC behavior data" for Behavior Data Collection: the word the
    # resume always writes next is a word of the skill's name, which the term cut off.
    return words[-1] == words[-1].lower() and _next_word_in(term, name, resume_text)


# "bitewing and full-mouth x-rays", "rigid and PVC conduit": a describing word, a joint,
# a second describing word and the one noun both describe, up to where the phrase ends
# (the line's end, a mark, or a word that goes on after a noun).
_TWO_KINDS = re.compile(
    r"[ \t]+(and|or)[ \t]+([^\W\d_][\w'’-]*)[ \t]+([a-z][a-z'’-]*[a-z])(?=[ \t]*(?:$|[,.;:)]|[ \t]"
    r"(?:with|in|of|on|for|at|from|under|to|by|as|per|into|each|every|daily|weekly|using)\b))",
    re.MULTILINE)


def _first_of_two_kinds(term: str, resume_text: str, vocabulary: Vocabulary) -> str | None:
    """ "bitewing and full-mouth x-rays" for "bitewing", which the resume writes only as
    the first of two kinds of one thing ("Expose bitewing and full-mouth x-rays"), and
    which alone names no thing ("experience in bitewing"); "shortage and damage reports",
    "rigid and PVC conduit". One lower-case word, no plural (a plural is a thing of its
    own: "withdrawals and loan payments"), written so wherever it is written, with the
    same words after it; the phrase ends there; and the two kinds are of one thing the
    vocabulary names: the word with the noun ("bitewing x-rays", "rigid conduit") or the
    two kinds ("shortage and damage", "profit and loss"). "Garbing and aseptic
    technique" are two things, "clearinghouse and correct rejections" a second deed.
    None otherwise."""
    if " " in term or term != term.lower() or not term.replace("-", "").isalpha() or (
            term.endswith("s") or _a_verb_form(term)):
        return None
    said: set[str] = set()
    for spot in _whole_spots(term, resume_text):
        found = _TWO_KINDS.match(resume_text, spot.end())
        if found is None or _described(resume_text, spot.start()):
            return None
        second, noun = found.group(2), found.group(3)
        if noun in _AFTER_NOUN or noun.endswith(("ed", "ing", "ly")) or (
                second.casefold() in plain_deed_verbs(vocabulary) or _a_verb_form(second)):
            return None
        said.add(resume_text[spot.start():found.end()])
    if len(said) != 1:
        return None
    phrase = said.pop()
    words = phrase.split()
    one_thing = (f"{term} {words[-1]}", " ".join(words[:-1]))
    if not any(_one_hit(words_said, vocabulary) for words_said in one_thing):
        return None
    return phrase


def _one_hit(words: str, vocabulary: Vocabulary) -> bool:
    """Does the vocabulary read ``words`` whole as one name?"""
    return any(h.start == 0 and h.end == len(words) for h in vocabulary.find(words))


def _described(text: str, at: int) -> bool:
    """Does a lower-case describing word stand right before the word at ``at`` ("prepaid
    amortization and payroll entries")? The word is then the head of a noun of its own,
    not the first of two kinds. The line's opening word (a bullet's verb), a determiner,
    a word saying which or when, a list's mark or a capitalised word are no describers;
    a describing word is also the past of a verb ("prepaid")."""
    line_start = text.rfind("\n", 0, at) + 1
    before = _WORD_BEFORE.search(text, max(line_start, at - 40), at)
    if before is None or text[before.end(1):at].strip() != "":
        return False  # the line's opening, or a mark between ("EMT, rigid and PVC conduit")
    word = before.group(1)
    opens_line = not text[line_start:before.start(1)].strip(" \t•*-–·")
    return not (opens_line or word != word.lower() or word in _DETERMINERS
                or word in ("and", "or") or _A_WORD_THAT_SAYS_WHICH.fullmatch(word))


def _next_word_in(term: str, name: str, resume_text: str) -> bool:
    """Is the word after ``term``, wherever the resume writes it, a word of ``name``?"""
    after = [m.group(1) for m in re.finditer(
        rf"(?<!\w){re.escape(term)}[ \t]+([^\W\d_][\w'’-]*)", resume_text, re.IGNORECASE)]
    named = _stems(name)
    return bool(after) and all(stem(w) in named for w in after)


def _with_its_noun(term: str, resume_text: str) -> str | None:
    """``term`` with the one noun the resume writes after it wherever it writes it
    ("fine motor groups"); None when it goes on with different nouns ("fixed asset
    roll-forward", "fixed asset register") or a word that is no noun."""
    after = {m.group(1) for m in re.finditer(
        rf"(?<!\w){re.escape(term)}[ \t]+([^\W\d_][\w'’-]*)", resume_text, re.IGNORECASE)}
    if len(after) != 1:
        return None
    noun = after.pop()
    if noun != noun.lower() or noun.endswith(("ed", "ing", "ly")) or noun in _AFTER_NOUN:
        return None
    return f"{term} {noun}"


# People one works for or with: what a bullet names beside the work, never its name.
_PEOPLE = _PEOPLE_OBJECTS | frozenset({
    "team", "teams", "crew", "crews", "drivers", "parents", "volunteers", "donors",
    "borrowers", "applicants", "candidates", "providers", "physicians", "nurses", "aides",
    "attendants", "auditors", "vendors", "subcontractors", "shoppers", "patrons", "peers",
})
# Words that go on after a noun phrase rather than name its noun.
_AFTER_NOUN = frozenset({"with", "in", "of", "on", "for", "at", "from", "under", "who", "and",
                         "or", "to", "by", "as", "per", "into", "that", "which"})
# Plural endings of nouns naming workers ("baristas", "pharmacists", "electricians").
_WORKERS = ("istas", "ists", "ians")


# Before a deed that others do: "taught patients how to manage…", "trained new hires to
# operate…", "helped families to apply for…". The bullet is true of the writer, but the
# deed is the learner's: "experience in managing medications" would claim it.
_OTHERS_DO = re.compile(
    r"(?:\bhow\s+to|\b(?:taught|teach\w*|train\w*|educat\w*|show\w*|coach\w*|help\w*"
    r"|instruct\w*|remind\w*|encourag\w*|assist\w*|support\w*)\b[^.;\n]{0,60}\bto)\s+$",
    re.IGNORECASE)


def _taught_only(term: str, resume_text: str) -> bool:
    """Does the resume write ``term`` only as what others were taught or helped to do?"""
    low, word = lowered(resume_text), term.lower()
    spots = []
    at = low.find(word)
    while at != -1 and word:
        end = at + len(word)
        if (not at or not low[at - 1].isalnum()) and (end == len(low) or not low[end].isalnum()):
            spots.append(at)
        at = low.find(word, at + 1)
    # "to" just before: the one shape of a deed others do; most terms have none.
    return bool(spots) and all(
        "to" in low[max(0, at - 12):at] and _OTHERS_DO.search(resume_text, max(0, at - 90), at)
        for at in spots)


# Words of a document or a record one holds, whatever kind the vocabulary gives its
# skill: one holds a driver's licence or a clean record, and has no experience in it.
# Certificates and permits in the plural are papers the work handles ("keep vendors'
# insurance certificates on file", "pull building permits"), not one the person holds.
_HELD = re.compile(r"\b(?:licen[cs]e[sd]?|permit|certificate|certification|"
                   r"clean (?:driving )?record)\b", re.IGNORECASE)
_CREDENTIAL_WORDS = re.compile(
    r"\b(?:licen[cs]\w*|certif\w*|credential\w*|card|registered|registration|permit|"
    r"endorsement|training|trained|course|class|hours?)\b", re.IGNORECASE)


def _practised(term: str, name: str, resume_text: str) -> bool:
    """A skill the vocabulary files as a certification that is a practice, and that
    the resume shows as work done in a bullet's own words ("lockout/tagout"):
    "experience in" it is true. Not a credential held: a name or a word of one
    ("Forklift Certification", "forklift certified", "OSHA 30-Hour", "OSHA Safety
    Training"), nor an acronym naming one ("OSHA", "CDL"), nor a card's own name in
    capitals ("ServSafe Food Handler", "Mental Health First Aid"): a practice is
    written in lower case, as "lockout/tagout" is."""
    return not (_CREDENTIAL_WORDS.search(term) or _CREDENTIAL_WORDS.search(name)
                or term.isupper() or any(c.isdigit() for c in term)
                or _a_card_name(term)) and (
        phrase_in(resume_text.casefold(), term.casefold()))


def _a_card_name(term: str) -> bool:
    """A name of two words or more, each opening in capitals, or one word with a
    capital inside ("ServSafe"): what a card or a course is called, not work done."""
    words = re.findall(r"[^\W\d_][\w'’/-]*", term)
    return (len(words) >= 2 and all(w[0].isupper() for w in words)) or any(
        any(c.isupper() for c in part[1:]) and not part.isupper()
        for w in words for part in re.split(r"[-/]", w))  # not "Orton-Gillingham"


def _a_name_of_its_past_word(term: str, vocabulary: Vocabulary) -> bool:
    """Does a name the vocabulary holds open ``term`` with its past form and the word
    after it ("Controlled substance inventory", "Managed care", "Licensed practical
    nurse")? Then the past form describes a thing named so, and no deed is done: told
    with "-ing" ("controlling substance inventory") the line would misstate it. Only a
    name that itself opens with the past form counts: "Finished concrete" is a spelling
    of Concrete finishing, a deed told as such."""
    first = term.split()[0] if term.split() else ""
    low = first.casefold()
    return past_gerund(low) is not None and any(
        h.start == 0 and " " in h.surface.strip()
        and h.skill.name.casefold().startswith(low + " ") for h in vocabulary.find(term))


def _as_deed(term: str, resume_text: str, vocabulary: Vocabulary,
             opens_a_bullet: bool = False, known_verb: bool = False) -> str | None:
    """The resume's deed with its verb in the -ing form ("resolving guest
    complaints"), when the term opens with a verb: a common verb of resume bullets, one
    the vocabulary's deed reader takes as the verb of a skill's deed, or the plain word
    a bullet opens with ("Solder copper": "soldering copper")."""
    first = term.split()[0].casefold() if term.split() else ""
    said = past_gerund(first)
    if first in _PAST_DEED_VERBS or not (
            first in _PLAIN_DEED_VERBS or opens_a_bullet or known_verb
            or any(h.start == 0 for h in vocabulary.deeds(term))
            or (said is not None and any(gerund(v) == said for v in _PLAIN_DEED_VERBS))):
        return None
    if _only_after_a_determiner(term, resume_text):
        return None  # "Kept a calm classroom": "calm" describes; "calming classroom" is no deed
    if _people_sent_on(term, resume_text):
        return None  # "Link families to rental assistance": "linking families" says nothing
    known = vocabulary.lookup(term) if opens_a_bullet and not known_verb else None
    if known is not None and opens_the_name(first, known.name) and not any(
            h.start == 0 for h in vocabulary.deeds(term)):
        # "Trach care and suctioning" opening a bullet: a name the vocabulary knows for a
        # skill named by that first word (Tracheostomy Care) is said as the name ("trach
        # care"), never as a deed made of it ("traching care").
        return term[:1].lower() + term[1:] if term[1:2].islower() else term
    if _a_name_of_its_past_word(term, vocabulary):
        # "Controlled substance inventory" names a thing: said as the resume writes it,
        # never "controlling substance inventory".
        return term[:1].lower() + term[1:] if term[1:2].islower() else term
    return gerund_phrase(term, _with_plain_verbs(vocabulary.deed_verbs()), resume_text)


def _people_sent_on(term: str, resume_text: str) -> bool:
    """Does the deed end on the people it is done to, the resume always going on with
    where or to whom it sends them ("Link families to rental assistance", "Connect
    patients with community clinics")? Cut there, the deed says nothing of the work."""
    words = term.split()
    if len(words) < 2 or words[-1].casefold() not in _PEOPLE_OBJECTS:
        return False
    spots = _whole_spots(term, resume_text)
    return bool(spots) and all(
        _SENT_ON.match(resume_text, spot.end()) for spot in spots)


_SENT_ON = re.compile(r"[ \t]+(?:to|with|into|toward|towards)\b", re.IGNORECASE)
# Capitals in the plural name people or things that act ("RNs", "CNAs", "PMs").
_LETTERS_PLURAL = re.compile(r"[A-Z]{2,}['’]?s")
# A term opening with its owner: "CEO's calendar", "clients' accounts".
_OWNERS_THING = re.compile(r"[^\W\d_][\w-]*(?:['’]s|s['’])[ \t]+[^\W\d_]")
# Words that open a noun phrase: the word after one is a noun or what describes it,
# never a verb ("a calm classroom", "the weekly schedule", "our work plan").
_DETERMINERS = frozenset({
    "a", "an", "the", "my", "our", "their", "his", "her", "its", "your", "this", "that",
    "these", "those", "each", "every", "any", "some", "no", "all",
})
_WORD_BEFORE = re.compile(r"([^\W_][\w'’-]*)\W*$")
# A word inside a noun phrase that says which or when, never its subject: a name
# ("Thursday", "Epic"), a word with a figure or a hyphen ("2024", "month-end"), a
# time word ("weekly", "nightly", "annual").
_A_WORD_THAT_SAYS_WHICH = re.compile(
    r"[A-Z][\w'’-]*|[\w'’]*\d[\w'’-]*|[^\W\d_]+-[^\W\d_][\w-]*"
    r"|(?:dai|week|month|quarter|year|night|hour)ly|annual|biweekly|semiannual")


def _whole_spots(term: str, text: str) -> list[re.Match[str]]:
    """Where ``text`` writes ``term`` as whole words, in any case."""
    return list(re.finditer(rf"(?<![\w-]){re.escape(term)}(?![\w-])", text, re.IGNORECASE))


def _only_after_a_determiner(term: str, resume_text: str) -> bool:
    """Does the resume write ``term`` only after "a", "the", "our" and the like? Its
    first word is then a noun's modifier wherever it stands ("Kept a calm classroom",
    "Wrote the weekly schedule"), not a verb the line could tell as a deed."""
    spots = _whole_spots(term, resume_text)
    if not spots:
        return False
    return all(_a_determiner_opens_its_phrase(resume_text, spot.start()) for spot in spots)


def _a_determiner_opens_its_phrase(text: str, at: int) -> bool:
    """Is the word at ``at`` inside a noun phrase a determiner opened, the determiner
    right before it or before up to two words that only say which or when: a name
    ("Run the Thursday check run"), a time word ("the weekly check run"), a word
    with a figure or a hyphen ("the 2024 budget", "the month-end close"). A plain
    lower-case word between may be the phrase's subject ("the nurses check vitals"),
    and leaves the term a deed."""
    end = at
    for _ in range(3):
        line_start = text.rfind("\n", 0, end) + 1
        before = _WORD_BEFORE.search(text, max(line_start, end - 30), end)
        if before is None:
            return False
        word = before.group(1)
        if word.casefold() in _DETERMINERS:
            return True
        opens_line = not text[line_start:before.start(1)].strip(" \t•*-–·")
        if opens_line or not _A_WORD_THAT_SAYS_WHICH.fullmatch(word) or (
                _LETTERS_PLURAL.fullmatch(word)):  # "the RNs check vitals": who does it
            return False
        end = before.start(1)
    return False


def _own_name(term: str, name: str, vocabulary: Vocabulary,
              shown: Collection[str] | None) -> str | None:
    """``named_in_its_words``, kept only when every skill the vocabulary reads in the
    name is one the resume shows (without ``shown``, as a last resort: the caller's
    filter then decides)."""
    said = named_in_its_words(term, name)
    if said is None or shown is None:
        return said
    return said if all(h.skill.name in shown for h in vocabulary.find(said)) else None


def named_in_its_words(term: str, name: str) -> str | None:
    """The skill's own name where the resume's words for it are that name said as a
    sentence says it, so the line may name the skill and claim nothing more:

    - a verb and its object, the name being the object and the verb's -ing form:
      "cost to a job" says Job Costing ("Allocated labor cost to a job"), as "plan
      the menu" would say menu planning. The verb opens the words; a noun before
      "of" is none ("the PT's plan of care" is followed, not planned);
    - the name's words in the same order, its first and last opening and closing the
      words, what lies between joined to the head: "sales and use tax" says Sales
      Tax. Words of two phrases a list joined ("posts and social" of "blog posts and
      social media") run in another order, and are left alone.

    Only a name of two words or more, none of them a small word; the name is written
    in lower case, as a sentence does (the caller keeps capitals of its own)."""
    named = re.findall(r"[^\W\d_]+", name.casefold())
    written = [w.casefold() for w in re.findall(r"[^\W\d_]+", term)]
    if len(named) < 2 or len(written) < 2 or any(w in SMALL_WORDS for w in named):
        return None
    if len(written) > len(named) and named[0] == written[0] and named[-1] == written[-1] and (
            _in_order(named, written)):
        return " ".join(named)
    verb, rest = written[0], written[1:]
    if rest[0] in ("of", "for") or ing_form(verb) != named[-1] or verb in named:
        return None
    return " ".join(named) if _in_order(named[:-1], rest) else None


def _in_order(words: Sequence[str], within: Sequence[str]) -> bool:
    """Are ``words`` found in ``within`` in the same order (not necessarily next to
    one another)?"""
    left = iter(within)
    return all(any(w == x for x in left) for w in words)


def same_work(deed: str, name: str) -> bool:
    """ "managing budgets" and "budget management": each word of the name is a form
    of a word of the deed, so the deed would say the named skill again."""
    said = re.findall(r"[^\W\d_]+", deed.casefold())
    named = re.findall(r"[^\W\d_]+", name.casefold())
    return bool(named) and all(any(same_word(n, d) for d in said) for n in named)


def told_as_deed(term: str, raw: str) -> bool:
    """``term`` is ``raw``'s deed with its verb in the -ing form (``_as_deed``)."""
    said, written = term.split(), raw.split()
    return len(said) > 1 and bool(written) and said[0] != written[0].casefold() and (
        is_gerund_of(said[0], {written[0].casefold()}))


def only_a_thing(term: str, name: str, vocabulary: Vocabulary) -> bool:
    """ "instruments" for Sterilization ("sterilize rooms and instruments"): the
    thing the work is done to, which the resume's bullet names and the line would
    name alone. One lower-case word the vocabulary reads as no skill and that shares
    no stem with the skill's name is no name for it ("spore test" for Spore testing
    is; "Hoyer" or "ARR" is a name in its own right, and a phrase such as "units per
    transaction" names a measure). Nor is a word of the name that only describes its
    head ("office" for Office Supplies Management, of "Order office and clinical
    supplies"; "cash" for Cash Handling): the thing itself is the name's last word. A
    plural is a thing, never a describing word ("groups" of Small group instruction)."""
    if " " in term or term != term.lower() or vocabulary.find(term):
        return False
    own = _stems(term)
    named = [stem(w) for w in re.findall(r"[^\W\d_]+", name)]
    if not own & set(named):
        return True
    return len(named) > 1 and named[-1] not in own and object_stem(term) == term


def _letters_kept(said: str, resume_text: str) -> str:
    """A name made of the resume's words in lower case keeps the letters the resume
    writes in capitals: "DPF cleaning" of "Clean and replace DPF filters", never "dpf
    cleaning"."""
    def word(match: re.Match[str]) -> str:
        w = match.group()
        if w != w.lower() or len(w) < 2:
            return w
        written = re.findall(rf"(?<![\w-]){re.escape(w)}(?![\w-])", resume_text, re.IGNORECASE)
        kept = bool(written) and all(x == written[0] and x.isupper() for x in written)
        return written[0] if kept else w
    return re.sub(r"[^\W\d_]+", word, said)


def _resume_casing(name: str, resume_text: str) -> str:
    """``name`` as the resume writes it: in lower case when it does so anywhere
    (mid-sentence), else as first written."""
    found = [m.group() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", resume_text,
                                            re.IGNORECASE)]
    return next((f for f in found if f == f.lower()), found[0] if found else name)


# For by_name.py: the same tests of a term that names people or another's deed.
names_people = _names_people
ing_noun_name = _ing_noun_name
taught_only = _taught_only

__all__ = ["DEED_VERBS", "SMALL_WORDS", "calm_title", "ing_noun_name", "is_deed",
           "named_in_its_words",
           "names_people", "only_a_thing", "phrase_in", "plain_deed_verbs", "same_skill",
           "same_work",
           "says_the_name", "summary_term", "taught_only", "told_as_deed"]
