"""Text normalisation shared by the resume readers and the rest of the engine.

Real resume files are full of characters that look right on screen but break
exact keyword matching: presentation ligatures ("ﬁ"), soft hyphens standing in
for real ones (Awesome-CV's "high\\u00adimpact"), Word's tab + CR + NBSP runs
after every word, icon-font code points in the Private Use Area, and icon *names*
that leak out as words ("♂¶obile-alt", "/linkedin-in"). These helpers turn such
text into plain, comparable text without dropping anything a reader would call a
word. They are pure functions: no I/O, no global state.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "looks_garbled",
    "normalize_line",
    "normalize_text",
    "strip_icon_names",
    "word_set",
]

_SOFT_HYPHEN = "\u00ad"
# Hyphen look-alikes that should compare equal to "-" (en/em dashes are real
# punctuation in date ranges and are kept).
_HYPHENS = {"\u2010": "-", "\u2011": "-", "\u2212": "-", "\u2043": "-", "\ufe63": "-"}
# Characters that take no room and only break words apart for a matcher.
_ZERO_WIDTH = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u180e"}
_TRANSLATE = str.maketrans({**_HYPHENS, **dict.fromkeys(_ZERO_WIDTH, None)})

# A soft hyphen between two letters or digits is printed as a real hyphen by the
# tools that produce these files (see the corpus MANIFEST on Awesome-CV).
_SOFT_CLUSTER = re.compile("[-\u2010\u2011]*\u00ad+[-\u2010\u2011]*")
# Icon glyphs from the Private Use Area go together with the space after them.
_PUA = re.compile("[\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd]+ ?")
# Any run of whitespace that holds something other than plain spaces (tabs, CR,
# NBSP, thin spaces...) is layout noise: it becomes one space.
_NOISY_SPACE = re.compile(r"[^\S\n]*[^\S \n][^\S\n]*")
# Two or more plain spaces are kept as exactly two: readers use "  " on purpose to
# mark a tab stop or a column gap ("Engineer  2019 - Present").
_MANY_SPACES = re.compile(r" {3,}")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Anything _normalize_once would change besides runs of plain spaces. One class, so
# that ``re`` skips ahead to such a character (a second branch "[^\S ]" had it tried at
# every character): every whitespace character but the space is in it (the ones past
# "\x1f" listed after "\x7f"; tests check the class against "\s").
_SPECIAL = re.compile(
    "[\u00ad\u2010\u2011\u2212\u2043\ufe63\u200b\u200c\u200d\u2060\ufeff\u180e"
    "\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd\x00-\x1f\x7f"
    "\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")


def _resolve_soft_hyphen(m: re.Match[str]) -> str:
    """A soft hyphen next to a real one (Word: "555-\u00ad\u20105555") or between
    two letters/digits ("high\u00adimpact") prints as one hyphen; else it is invisible."""
    if m.group().strip(_SOFT_HYPHEN):
        return "-"
    text = m.string
    before = text[m.start() - 1] if m.start() > 0 else ""
    after = text[m.end()] if m.end() < len(text) else ""
    if (before.isalnum() and after.isalnum()) or (before == " " and after == " "):
        return "-"  # "high-impact", "2023 - 2024"
    return ""


def _normalize_once(s: str) -> str:
    s = s.replace("\r\n", " ").replace("\n", " ").replace("\r", " ")
    if _SOFT_HYPHEN in s:
        s = _SOFT_CLUSTER.sub(_resolve_soft_hyphen, s)
    s = unicodedata.normalize("NFKC", s)
    s = s.translate(_TRANSLATE)
    s = _PUA.sub("", s)
    s = _CONTROL.sub("", s)
    s = _NOISY_SPACE.sub(" ", s)
    s = _MANY_SPACES.sub("  ", s)
    return s.strip()


def normalize_line(s: str) -> str:
    """Normalise one line of text (no newlines in the result).

    NFKC (ligatures, full-width forms, odd spaces), soft hyphens resolved,
    hyphen look-alikes made "-", zero-width, control and Private-Use characters
    removed, noisy whitespace collapsed, ends stripped. Idempotent: removing a
    character can leave a pair NFKC composes, so it repeats until nothing changes
    (in practice one pass, rarely two).
    """
    if unicodedata.is_normalized("NFKC", s) and not _SPECIAL.search(s):
        # Most lines are plain already: only the space runs can need work.
        return (_MANY_SPACES.sub("  ", s) if "   " in s else s).strip()
    out = _normalize_once(s)
    for _ in range(3):
        again = _normalize_once(out)
        if again == out:
            break
        out = again
    return out


def normalize_text(s: str) -> str:
    """Normalise a whole text line by line; line breaks (any convention) become "\\n"."""
    return "\n".join(normalize_line(line) for line in s.replace("\r\n", "\n").split("\n"))


# ------------------------------------------------------------------ icon names

# Names of icon-font glyphs (FontAwesome, simple-icons) that templates put in
# front of contact items. Only these exact names are ever removed.
_ICON_NAME_LIST = """
    phone phone-alt phone-square mobile mobile-alt mobile-screen envelope envelope-o
    envelope-square at map-marker map-marker-alt map-pin location-dot location-arrow
    home house house-chimney globe link external-link linkedin linkedin-in
    linkedin-square github github-alt github-square gitlab bitbucket twitter
    twitter-square xicon x-twitter facebook facebook-f facebook-square instagram
    stack-overflow stackoverflow orcid google-scholar researchgate medium dev
    youtube skype telegram whatsapp calendar calendar-alt blog rss id-card
    file file-alt users user book heartbeat chart-line trophy award graduation-cap
    briefcase code laptop-code star language tools cog
"""
_ICON_NAMES = frozenset(_ICON_NAME_LIST.split())
_BRAND_ICONS = frozenset(
    n for n in _ICON_NAMES
    if n.split("-")[0] in {"linkedin", "github", "gitlab", "twitter", "xicon", "x", "facebook",
                           "instagram", "orcid", "stack", "stackoverflow", "researchgate",
                           "bitbucket", "skype", "telegram", "whatsapp", "youtube", "google"}
)
# Letters some icon fonts map to odd code points ("♂¶obile-alt" is "mobile-alt",
# "gl⌢be" is "globe"): undo them only to look a name up.
_ICON_FIXUPS = str.maketrans({"♂": "", "¶": "m", "⌢": "o", "◎": "t"})
# Characters that only appear inside such mangled names, never in a path or word.
_ICON_ODD_GLYPHS = "♂¶⌢◎"
# "/heartbeatPersistence": an icon name glued to the capitalised word after it.
_GLUED_ICON = re.compile(r"(?:(?<=\s)|^)/([a-z][a-z¶⌢◎♂]*(?:-[a-z¶⌢◎♂]+)*)(?=[A-Z])")
_TOKEN = re.compile(r"\S+")


def _is_icon_token(token: str, at_item_start: bool) -> bool:
    """True when ``token`` is an icon-font glyph name rather than a word."""
    if token.startswith("♂") or (("¶" in token or "⌢" in token) and token[:1] in "/♂"):
        return token.translate(_ICON_FIXUPS).lstrip("/").lower() in _ICON_NAMES
    if token.startswith("/"):
        if any(c in token for c in _ICON_ODD_GLYPHS):
            return True
        name = token[1:].translate(_ICON_FIXUPS)
        if not name.islower() or name not in _ICON_NAMES:
            return False
        # Brand names never follow a slash in prose; generic ones ("/home") might,
        # so they go only at the start of an item.
        return at_item_start or name in _BRAND_ICONS
    # Upper-case compound names ("HOUSE-CHIMNEY", "GITHUB-SQUARE") are never words
    # on a resume; a bare "LINKEDIN" is a label a reader understands, so it stays.
    return (
        at_item_start and "-" in token and token.isupper()
        and token.lower() in _ICON_NAMES
    )


def _unglue_icon(m: re.Match[str]) -> str:
    name = m.group(1)
    known = name.translate(_ICON_FIXUPS) in _ICON_NAMES
    return "" if known or any(c in name for c in _ICON_ODD_GLYPHS) else m.group()


def strip_icon_names(line: str) -> str:
    """Remove icon glyph names that leaked as words in front of contact items.

    Conservative: a token goes only when it is a known icon name in a form no
    real word takes (a leading "/" or "♂", an upper-case dashed name) and it
    stands at the start of an item (line start, or after a separator). The item
    that follows is kept ("/linkedin-in hdent" -> "hdent").
    """
    if not line or not any(c in line for c in "/♂¶⌢◎-"):
        return line
    line = _GLUED_ICON.sub(_unglue_icon, line)
    out: list[str] = []
    pos = 0
    prev_sep = True
    for m in _TOKEN.finditer(line):
        token = m.group()
        if _is_icon_token(token, prev_sep) and m.end() < len(line.rstrip()):
            out.append(line[pos:m.start()])
            pos = m.end() + 1 if line[m.end():m.end() + 1] == " " else m.end()
            prev_sep = True
            continue
        prev_sep = token in {"|", "·", "•", "-", "–", "—", ",", ";"} or not token[-1].isalnum()
    out.append(line[pos:])
    return "".join(out).strip()


# ---------------------------------------------------------------- garbled text

_CJK_FAMILY = {"CJK", "HIRAGANA", "KATAKANA", "HANGUL", "BOPOMOFO", "IDEOGRAPHIC"}
_NEUTRAL_SCRIPTS = {"MODIFIER", "LATIN", "COMBINING"}


def _script(ch: str) -> str:
    """A coarse script name for a letter, from its Unicode name."""
    name = unicodedata.name(ch, "")
    first = name.split(" ", 1)[0] if name else "?"
    return "CJK" if first in _CJK_FAMILY else first


def looks_garbled(text: str) -> bool:
    """True when extracted text is evidently not what the page shows.

    Two signs, either is enough: many U+FFFD replacement characters (the file's
    fonts have no usable character map), or words that mix letters of several
    unrelated non-Latin scripts (a broken ToUnicode map sends one font's glyphs
    to Arabic, Tibetan, Malayalam... code points at once). Real multilingual
    resumes write each word in one script, so they pass.
    """
    visible = [c for c in text if not c.isspace()]
    if not visible:
        return False
    if text.count("\ufffd") >= max(5, 0.05 * len(visible)):
        return True
    mixed = 0
    scripted_words = 0
    for word in text.split():
        scripts = {_script(c) for c in word if c.isalpha()} - _NEUTRAL_SCRIPTS
        if scripts:
            scripted_words += 1
            if len(scripts) >= 2:
                mixed += 1
    return mixed >= 3 and mixed >= 0.2 * scripted_words


def word_set(words: str) -> frozenset[str]:
    """A set of words written as one whitespace-separated block (easier to read and edit)."""
    return frozenset(words.split())
