"""Irregular past tenses and their plain forms, so the summary line can tell a bullet's
deed in its -ing form: "Bent conduit" is "bending conduit", "Rebuilt toilets"
"rebuilding toilets", "Led audits" "leading audits".

A regular past tense gives its -ing form by dropping "-ed" (``gerund.past_gerund``); an
irregular one has no such stem, and the rule for a plain form made non-words of it
("benting", "rebuilting", "metting"). English lists these verbs, so this is data: the
common irregular verbs with their prefixed forms a resume writes ("rebuilt",
"oversaw", "undertook"). A past that is also another verb's plain form or a noun
("saw" lumber, "fell" trees, "bore" holes, "ground" a wire, "wound" care, "found" a
company, "left" side) has no one -ing form: it is in ``AMBIGUOUS`` and a deed opening
with it is not told. A past the same as its plain form ("set", "cut", "put", "read")
needs no entry: the plain form's rule gives "setting", "cutting".
"""

from __future__ import annotations

from tailor_app.tailoring.skills.stems import IRREGULAR_FORMS, irregular_base

__all__ = ["AMBIGUOUS", "PASTS", "is_irregular_past", "plain_of_past"]

# Beyond ``skills.stems``' table (which the matcher shares): past -> plain form.
_MORE = {
    "fed": "feed", "bled": "bleed", "bred": "breed", "fled": "flee", "sped": "speed",
    "misled": "mislead", "lit": "light", "slid": "slide", "hid": "hide", "shot": "shoot",
    "spun": "spin", "swung": "swing", "stuck": "stick", "struck": "strike", "sang": "sing",
    "rang": "ring", "drank": "drink", "swam": "swim", "came": "come", "became": "become",
    "overcame": "overcome", "went": "go", "did": "do", "redid": "redo", "ate": "eat",
    "forgot": "forget", "forgave": "forgive", "shook": "shake", "stole": "steal",
    "tore": "tear", "wore": "wear", "woke": "wake", "wove": "weave", "swore": "swear",
    "slept": "sleep", "wept": "weep", "crept": "creep", "knelt": "kneel", "felt": "feel",
    "meant": "mean", "lost": "lose", "heard": "hear", "overheard": "overhear",
    "said": "say", "retook": "retake", "mistook": "mistake", "overtook": "overtake",
    "reran": "rerun", "outran": "outrun", "overran": "overrun", "remade": "remake",
    "resent": "resend", "rebuilt": "rebuild", "rebound": "rebind", "oversold": "oversell",
    "undersold": "undersell", "outgrew": "outgrow", "foresaw": "foresee", "withdrew":
    "withdraw", "withstood": "withstand", "underwent": "undergo", "underwrote":
    "underwrite", "upheld": "uphold", "mislaid": "mislay", "relaid": "relay",
    "sought": "seek", "taught": "teach", "retaught": "reteach", "sent": "send",
    "spent": "spend", "lent": "lend", "built": "build", "bent": "bend", "kept": "keep",
    "led": "lead", "ran": "run", "took": "take", "made": "make", "drove": "drive",
    "wrote": "write", "brought": "bring", "bought": "buy", "sold": "sell", "told": "tell",
    "held": "hold", "met": "meet", "gave": "give", "grew": "grow", "drew": "draw",
    "began": "begin", "chose": "choose", "fought": "fight", "thought": "think",
    "caught": "catch", "won": "win", "paid": "pay", "prepaid": "prepay", "hung": "hang",
    "dealt": "deal", "got": "get", "stood": "stand", "swept": "sweep", "rode": "ride",
    "dug": "dig", "strung": "string", "broke": "break", "froze": "freeze", "threw":
    "throw", "flew": "fly", "understood": "understand", "spoke": "speak", "laid": "lay",
    "oversaw": "oversee", "undertook": "undertake", "rewrote": "rewrite", "outsold":
    "outsell", "resold": "resell", "troubleshot": "troubleshoot",
}
PASTS = frozenset(_MORE) | IRREGULAR_FORMS  # every irregular past either table holds
# Pasts that are as often another verb's plain form or a noun: no one -ing form.
AMBIGUOUS = frozenset({"saw", "fell", "bore", "ground", "wound", "found", "left", "rose",
                       "sat", "bound"})


def plain_of_past(word: str) -> str | None:
    """The plain form of an irregular past ("bent" -> "bend", "rebuilt" -> "rebuild");
    None for a word that is none, or whose past is ambiguous (``AMBIGUOUS``)."""
    low = word.casefold()
    if low in AMBIGUOUS:
        return None
    return _MORE.get(low) or (irregular_base(low) if low in IRREGULAR_FORMS else None)


def is_irregular_past(word: str) -> bool:
    """Is ``word`` an irregular past of either table, ambiguous or not?"""
    low = word.casefold()
    return low in _MORE or low in IRREGULAR_FORMS or low in AMBIGUOUS
