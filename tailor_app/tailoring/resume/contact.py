"""Who a resume is about: name, e-mail, phone, links and location.

The contact block is whatever sits above the first heading, but real files
scatter it: a DOCX keeps it in the page header, a template prints the name as the
last line of the page, pandoc's example puts the e-mail at the very bottom. So
the details are looked for in the block first and then in the rest of the text,
while ``Contact.lines`` always holds the block's own lines as written.

A name is a line (or the first part of a line split at "|", "•", ...) of two to
five capitalised words with no digits, no "@" and no job-title word: "Senior
Software Engineer" is a headline, not a person. Credentials after a comma
("Maria Santos, RN, BSN") stay in the line but not in ``Contact.name``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tailor_app.tailoring.caseless import folded
from tailor_app.tailoring.model import Contact
from tailor_app.tailoring.resume.headings import heading_kind
from tailor_app.tailoring.resume.role_words import JOB_NOUNS

__all__ = ["find_email", "find_links", "find_location", "find_phone", "looks_like_name",
           "parse_contact"]

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+")
_DOMAIN_ENDS = "com|io|me|dev|org|net|ca|co|uk|de|fr|in|ai|app|info|page|site|xyz|us|eu|ch|nl|au"
_URL = re.compile(
    r"(?<![\w@./-])(?:(?:https?://|www\.)[^\s|,;<>()\[\]]+"
    rf"|(?:[A-Za-z0-9-]{{1,63}}\.)+(?:{_DOMAIN_ENDS})(?:/[^\s|,;<>()\[\]]*)?(?![\w@]))",
    re.IGNORECASE,
)
# A dot and a domain ending, as every link _URL reads without "://" or "www." holds
# (for the lower-cased line; see ``find_links``).
_TLD = re.compile(rf"\.(?:{_DOMAIN_ENDS})")
# (Every number opens with "+", "(" or a figure: the look-ahead rules out any other
# character at once.)
_PHONE = re.compile(
    r"(?=[+(\d])(?<![\w/])(?:\+?\d{10,15}(?!\d)|(?:\+\s?\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?|\(0\)\s?)?\d{1,4}"
    r"(?:\s?[\s.\-–—]\s?\(?\d{1,8}\)?){1,5})(?![\w/])"
)
_PHONE_LABEL = re.compile(r"\b(?:tel|phone|mobile|cell|mob|ph|telephone|call)\b\.?\s*:?",
                          re.IGNORECASE)
_STATES = frozenset(
    [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
        "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ",
        "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT",
        "VA", "WA", "WV", "WI", "WY", "DC", "AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON",
        "PE", "QC", "SK", "YT"
    ]
)
_COUNTRIES = frozenset([
    "usa", "us", "canada", "uk", "england", "scotland", "wales", "ireland", "germany",
    "france", "spain", "italy", "portugal", "netherlands", "belgium", "switzerland", "austria",
    "sweden", "norway", "denmark", "finland", "poland", "india", "china", "japan", "korea",
    "singapore", "australia", "mexico", "brazil", "argentina", "chile", "colombia", "peru",
    "taiwan", "türkiye", "turkey", "egypt", "nigeria", "kenya", "israel", "pakistan",
    "bangladesh", "vietnam", "philippines", "indonesia", "malaysia", "thailand", "greece",
    "romania", "ukraine", "czechia", "hungary", "uae", "south africa", "new zealand",
    "united states", "united kingdom",
])
_CITY = r"[A-ZÀ-Þ][\w'’.-]*(?:[ -][A-ZÀ-Þ][\w'’.-]*){0,3}"
_CITY_STATE = re.compile(rf"\b({_CITY}),\s?([A-Z]{{2}})\b(?:\s\d{{5}}(?:-\d{{4}})?)?")
_CITY_COUNTRY = re.compile(rf"\b({_CITY}),\s?([A-ZÀ-Þ][\w’'.]*(?: [A-Z][\w’'.]*)?)")
_LOCATION_LABEL = re.compile(r"^\s*(?:location|address|based in|city)\s*:\s*(.+)$", re.I)
_REMOTE = re.compile(r"\b(?:remote|hybrid)\b", re.IGNORECASE)
_SPLIT = re.compile(r"\s*(?:[|•·⋅◆♦●▪/]|\s{2,}| - | – | — )\s*")
_LABEL = re.compile(r"^\s*(?:name|full name)\s*:\s*", re.IGNORECASE)

# Words that make a line a job title or an organisation rather than a person.
TITLE_WORDS = JOB_NOUNS | frozenset([
    "apt", "ave", "avenue", "back", "backend", "bank", "center", "centre", "chief", "college",
    "company", "corp", "curriculum", "cv", "data", "doctor", "email", "end", "engineering",
    "experience", "front", "frontend", "full", "github", "group", "hospital", "inc",
    "institute", "junior", "linkedin", "llc", "ltd", "marketing", "mobile", "page", "phone",
    "portfolio", "product", "project", "resume", "road", "sales", "school", "senior",
    "services", "skills", "software", "solutions", "st", "stack", "staff", "street", "suite",
    "summary", "tel", "university", "vice", "vitae", "web",
])
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-ÞĀ-ſ][\w'’.-]*|[A-Z]\.|(?:de|da|del|van|von|der|la|le|"
                        r"di|du|bin|binti|al|el|y)|[\u0370-\u03ff\u0400-\u04ff][\w'’-]*)$")
_OTHER_FORM = re.compile(r"\s*\(([^()]{2,40})\)\s*$")
_CJK_NAME = re.compile(r"^[\u4e00-\u9fff\u3040-\u30ff\uac00-\ud7af]{2,4}$")


def find_email(text: str) -> str | None:
    head = text[:2000]
    m = _EMAIL.search(head) if "@" in head else None  # no "@", no address: no search
    return m.group() if m else None


def find_phone(text: str, *, labelled_only: bool = False) -> str | None:
    """A phone number: 10+ digits, a "+" prefix, or 7+ digits after a "Tel:" label.

    Two years with a dash between ("2019 – 2020") are eight digits and never a phone.
    """
    text = text[:2000]
    # A label, or an e-mail on the same line, says the numbers are contact details
    # (looked for once a number needs it: most lines have none).
    labelled: bool | None = None
    for m in _PHONE.finditer(text):
        candidate = m.group().strip(" .-–—")
        digits = sum(ch.isdigit() for ch in candidate)
        if digits > 15 or digits < 7:
            continue
        if re.fullmatch(r"(?:19|20)\d\d\s*[-–—]\s*(?:19|20)\d\d", candidate):
            continue
        strong = digits >= 10 or candidate.startswith("+") or "(" in candidate
        if strong and not labelled_only:
            return candidate
        if labelled is None:
            labelled = bool(_PHONE_LABEL.search(text)) or "@" in text
        if labelled:
            return candidate
    return None


def find_links(text: str) -> list[str]:
    """URLs and bare profile links (linkedin.com/in/..., github.com/...) as written."""
    links: list[str] = []
    head = text[:2000]
    masked = _EMAIL.sub(lambda m: " " * len(m.group()), head) if "@" in head else head
    low = folded(masked)
    if low is not None and "://" not in low and "www." not in low and not _TLD.search(low):
        return links  # every link holds one of them: most lines of a resume hold none
    for m in _URL.finditer(masked):
        link = m.group().rstrip(".,;:)")
        if link and link not in links:
            links.append(link)
    return links


def find_location(text: str) -> str | None:
    """'City, ST', 'City, Country', an 'Address:' line, or 'Remote'."""
    text = text[:500]
    label = _LOCATION_LABEL.match(text)
    if label:
        return label.group(1).strip()
    # Both place patterns write "City, ..." with its comma: a line or part without one
    # (most) needs neither search.
    for part in (_SPLIT.split(text) if "|" in text else [text]) if "," in text else ():
        if "," not in part:
            continue
        for m in _CITY_STATE.finditer(part):
            if m.group(2) in _STATES:
                return m.group().strip()
        for m in _CITY_COUNTRY.finditer(part):
            if m.group(2).casefold() in _COUNTRIES:
                return m.group().strip()
    if len(text) < 40 and _REMOTE.search(text):
        return text.strip()
    return None


def looks_like_name(text: str) -> str | None:
    """The person's name in ``text`` if the text is one, else None."""
    candidate = _LABEL.sub("", text.replace("**", "")).strip()
    if not candidate or len(candidate) > 60:
        return None
    if _CJK_NAME.match(candidate):
        return candidate
    base = candidate.split(",", 1)[0].strip()
    other = _OTHER_FORM.search(base)
    if other:
        # "Yasmin Haddad (ياسمين حداد)", "NGUYỄN THỊ MAI (Mai Nguyen)": the name in
        # one script with its other form in brackets; either that reads as a name.
        return looks_like_name(base[:other.start()]) or looks_like_name(other.group(1))
    if any(map(str.isdigit, base)) or "@" in base or heading_kind(base):
        return None
    words = base.split()
    if not 2 <= len(words) <= 5:
        return None
    if any(w.casefold().strip(".") in TITLE_WORDS for w in words):
        return None
    if not all(_NAME_WORD.match(w) for w in words):
        return None
    if sum(1 for w in words if w[:1].isupper()) < 2:
        return None
    return base


def _pieces(line: str) -> list[str]:
    return [p for p in _SPLIT.split(line) if p.strip()]


def _first_name(lines: Sequence[str]) -> str | None:
    for line in lines:
        for piece in _pieces(line)[:1] or [line]:
            name = looks_like_name(piece)
            if name:
                return name
    return None


def parse_contact(block: Sequence[str], rest: Sequence[str],
                  tail: Sequence[str] = ()) -> Contact:
    """The contact details of ``block`` (lines above the first heading).

    ``rest`` is the remaining text, searched for an e-mail, phone and links the
    block lacks; ``tail`` lines (the last lines of a page) are searched for a name
    when the block has none.
    """
    contact = Contact(lines=list(block))
    top = list(block[:12])
    contact.name = _first_name(top[:6]) or _first_name(tail)
    for pool in (top, list(block[12:]), list(rest)):
        for line in pool:
            if contact.email is None:
                contact.email = find_email(line)
            if contact.phone is None:
                contact.phone = find_phone(line, labelled_only=pool is not top)
            if pool is top or pool is rest:
                for link in find_links(line):
                    if link not in contact.links and (pool is top or _is_profile(link)):
                        contact.links.append(link)
            if contact.location is None and pool is top:
                contact.location = find_location(line)
    return contact


def _is_profile(link: str) -> bool:
    """Links far from the contact block count only when they are profiles."""
    return bool(re.search(r"linkedin\.com|github\.com|gitlab\.com|behance\.net|"
                          r"dribbble\.com|portfolio", link, re.IGNORECASE))
