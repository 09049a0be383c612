"""How the vocabulary cuts text and aliases into tokens, and the keys it compares them by.

Text and aliases go through the same tokeniser (see ``vocabulary.py`` for why tokens
rather than one regular expression); an alias's key is its tokens joined by single
spaces, lower-cased unless the alias is case-exact. The fold and singular rules here
are pure functions of a word or key, shared by the tables' building and the matcher.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from tailor_app.tailoring.ascii_twin import ascii_twin, ascii_words

# A token: letters/digits, with a dot or "&" kept between letters (Node.js, ASP.NET,
# R&D), an optional leading dot (.NET) and trailing "+"/"#" (C++, C#, Security+). The
# leading dot is a branch of its own, not "\.?": a pattern that opens with an optional
# character is tried at every position of the text, one that opens with a letter, a
# digit or a dot lets the search skip to them (the same tokens, about 4 % fewer machine
# instructions on a posting or a resume). Possessive quantifiers: nothing after one must
# match, so giving characters back could find no other token (the same tokens, fewer
# steps).
_TOKEN = re.compile(r"[^\W_]++(?:[.&][^\W_]++)*+[+#]*+|\.[^\W_]++(?:[.&][^\W_]++)*+[+#]*+")
_TOKEN_ASCII = ascii_twin(_TOKEN)  # the same on an ASCII text, faster (ascii_twin.py)
# Chinese, Japanese and Korean letters. Those scripts put no space between words, so
# reading "熟悉Python和SQL" must cut "Python" and "SQL" out of the run: with
# ``find(text, cjk=True)`` a token never mixes these letters with others. It is an
# option, not the default, because the renamer compares whole words as written; the
# posting analysis, the match report and the guard (which splits words the same way)
# read text this way.
_CJK = ("\u3040-\u30ff\u3100-\u312f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
        "\uf900-\ufaff\uff66-\uff9f")
CJK_LETTERS = _CJK  # for a regex character class; the guard splits words the same way
_HAS_CJK = re.compile(f"[{_CJK}]")
_TOKEN_CJK = re.compile(rf"[{_CJK}]+|\.?[^\W_{_CJK}]+(?:[.&][^\W_{_CJK}]+)*[+#]*")


def has_cjk(text: str) -> bool:
    """Does ``text`` hold Chinese, Japanese or Korean letters? (An ASCII text, which
    Python marks as such, is answered without scanning it.)"""
    return not text.isascii() and _HAS_CJK.search(text) is not None
# An alias of plain words and single spaces: its key is itself (lower-cased), which
# spares the tokeniser for most of the thousands of aliases at load time.
_SIMPLE = re.compile(r"[^\W_]+(?: [^\W_]+)*")


def is_simple(text: str) -> bool:
    """``_SIMPLE.fullmatch(text)``, told by string methods: a word character that is no
    "_" is what ``str.isalnum`` accepts, so plain words and single spaces are a text
    with no space at either end, no two together, and nothing else but such characters
    (a lookup asks it of every new name, where the pattern's call cost more)."""
    return (text[:1] not in ("", " ") and text[-1] != " " and "  " not in text
            and text.replace(" ", "").isalnum())


_HYPHENATED = re.compile(r"(?<=[^\W_])-(?=[^\W_])")


def _tokens(text: str, cjk: bool = False) -> list[re.Match[str]]:
    pattern = _TOKEN_CJK if cjk else _TOKEN_ASCII if ascii_words(text) else _TOKEN
    return list(pattern.finditer(text))


def _ci_key(alias: str) -> str:
    if _SIMPLE.fullmatch(alias):  # most aliases: plain words and single spaces
        return alias.lower()
    return " ".join(m.group().lower() for m in _TOKEN.finditer(alias))


def _cs_key(alias: str) -> str:
    if _SIMPLE.fullmatch(alias):
        return alias
    return " ".join(m.group() for m in _TOKEN.finditer(alias))


def closed_key(alias: str, exact: bool) -> str:
    """The key of a hyphenated alias's closed-up spelling ("front-end" -> "frontend"), or ""."""
    if not _HYPHENATED.search(alias):
        return ""
    return alias_key(_HYPHENATED.sub("", alias), exact)


def one_closed_keys(alias: str, exact: bool) -> list[str]:
    """The keys of an alias with two hyphens or more written with one of them closed up
    and the others open: "three-week look-ahead" is written "three-week lookahead" as
    often as "threeweek look-ahead" is not, and ``closed_key`` closes every one at
    once. [] for an alias with fewer than two hyphens (most)."""
    hyphens = list(_HYPHENATED.finditer(alias))
    if len(hyphens) < 2:
        return []
    return [alias_key(alias[:h.start()] + alias[h.end():], exact) for h in hyphens]


def _prefixes(keys: Iterable[str]) -> tuple[set[str], set[str]]:
    """Every proper word prefix of the keys ("a b c" -> "a", "a b"), and every key's
    first word ("a"): one pass, as both are worked out at each load."""
    out: set[str] = set()
    first: set[str] = set()
    for key in keys:
        cut = key.find(" ")
        if cut < 0:
            first.add(key)
            continue
        first.add(key[:cut])
        cut = key.rfind(" ")
        while cut > 0:
            key = key[:cut]
            if key in out:
                break  # its shorter prefixes are in already
            out.add(key)
            cut = key.rfind(" ")
    return out, first


def alias_key(alias: str, exact: bool) -> str:
    """The form the matcher compares ``alias`` in (tokens, lower-cased unless exact)."""
    return _cs_key(alias) if exact else _ci_key(alias)


# Endings of the plural of a noun in "-sis" ("analyses", "diagnoses", "hypotheses").
_SIS_PLURALS = ("yses", "oses", "theses")


@functools.lru_cache(maxsize=16384)
def _word_folds(word: str) -> tuple[str, ...]:
    """Base forms a plural or past/present-participle word may come from (a pure
    function of the word, asked of the same few thousand words on every job)."""
    if len(word) < 4 or not word.isalpha():
        return ()
    if word.endswith("ies"):
        return (word[:-3] + "y",)
    if len(word) >= 7 and word.endswith(_SIS_PLURALS):
        # The Greek plural of "-sis": "analyses" is "analysis" (or the verb "analyse"),
        # "diagnoses" "diagnosis", "hypotheses" "hypothesis".
        return (word[:-1], word[:-2] + "is")
    if word.endswith(("sses", "xes", "ches", "shes", "zes")):
        return (word[:-2],)
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return (word[:-1],)
    if word.endswith("ing") and len(word) >= 6:
        stem = word[:-3]
        forms = [stem, stem + "e"]
        if stem[-1] == stem[-2]:
            forms.append(stem[:-1])
        return tuple(forms)
    if word.endswith("ed") and len(word) >= 5:
        stem = word[:-2]
        forms = [stem, word[:-1]]
        if stem[-1] == stem[-2]:
            forms.append(stem[:-1])
        return tuple(forms)
    return ()


def _singular(key: str) -> str | None:
    """The singular of a plural alias key's last word ("spreadsheets" -> "spreadsheet")."""
    head, _, last = key.rpartition(" ")
    if len(last) < 4 or not last.isalpha() or not last.endswith("s"):
        return None
    if last.endswith(("ss", "us", "is")):
        return None
    if last.endswith("ies"):
        last = last[:-3] + "y"
    elif last.endswith(("sses", "xes", "ches", "shes")):
        last = last[:-2]
    else:
        last = last[:-1]
    return f"{head} {last}" if head else last
