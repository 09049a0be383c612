"""Which section a heading names, from the way people really title them.

Nobody agrees on section titles: "Relevant Experience", "Customer Service
Experience", "Employment History", "Technical Proficiencies", "Areas of
Expertise", "Licenses & Certifications". An exact list would never be complete,
so a heading is read like a noun phrase: its *head noun* (the last word:
"experience", "proficiencies", "certifications") decides the kind, a few
modifiers override it ("Volunteer Work" is volunteering, "Programming Languages"
are skills), and in "X of Y" the Y decides when X is only a frame ("Areas of
Expertise", but "Summary of Qualifications"). Coordinated headings take the kind
of their first recognised part ("Education and Training", "Skills & Abilities").

``heading_kind`` says only what a line would mean *if* it were a heading; whether
it is one is decided by the parser from layout evidence (style, capitals, colon,
underline). A phrase whose last word is not a heading noun ("Education
Coordinator", "ACME CORP") is never given a kind.
"""

from __future__ import annotations

import re

from tailor_app.tailoring.ascii_twin import ascii_twin, ascii_words
from tailor_app.tailoring.text import word_set

__all__ = ["WEAK_NOUNS", "heading_kind", "heading_words", "is_standard_heading"]

# Head noun -> kind. Singular and plural are both listed; spelling variants too.
_NOUNS: dict[str, str] = {}


def _add(kind: str, words: str) -> None:
    for word in words.split():
        _NOUNS[word] = kind


_add("summary", "summary summaries profile profiles objective objectives overview about "
     "introduction statement bio biography highlights synopsis")
_add("experience", "experience experiences employment work career careers history "
     "positions appointments jobs internships internship background")
_add("education", "education academics academic schooling degrees degree coursework "
     "courses studies study")
_add("skills", "skills skill abilities competencies competency proficiencies proficiency "
     "expertise strengths technologies tools toolbox toolkit stack software knowledge "
     "capabilities specialties specialities skillset skillsets")
_add("projects", "projects project portfolio samples")
_add("certifications", "certifications certification certificates certificate licenses "
     "license licences licence licensure credentials accreditations accreditation "
     "registrations training trainings tickets endorsements")  # "Tickets": Canada's trade word
_add("awards", "awards award honors honours honor honour achievements achievement "
     "accomplishments distinctions scholarships scholarship recognition recognitions "
     "prizes fellowships")
_add("publications", "publications publication papers presentations talks patents "
     "writing writings articles research conferences")
_add("volunteering", "volunteering volunteer volunteerism service involvement "
     "activities outreach leadership")
_add("languages", "languages language")
_add("interests", "interests interest hobbies hobby pursuits reading")
_add("references", "references referees reference")
_add("contact", "contact contacts details")
# "Other" and "Additional" alone are the catch-all headings many resumes end with.
_add("other", "affiliations affiliation memberships membership governance "
     "information miscellaneous extras associations qualifications other additional")

# Nouns that are ordinary words too: a line made of one of them needs layout
# evidence (capitals, colon, style) before the parser believes it is a heading.
WEAK_NOUNS = frozenset(
    [
        "service", "software", "tools", "work", "background", "history", "research", "writing",
        "reading", "training", "knowledge", "activities", "stack", "study", "studies", "about",
        "details", "information", "statement", "leadership", "involvement", "degree",
        "project", "language", "tickets"
    ]
)

# Whole phrases whose meaning the head-noun rule would get wrong.
_PHRASES: dict[str, str] = {
    "selected work": "projects",
    "work samples": "projects",
    "about me": "summary",
    "what i do": "summary",
    "summary of qualifications": "summary",
    "highlights of qualifications": "summary",
    "key qualifications": "summary",
    "qualifications summary": "summary",
    "qualifications": "summary",
    "professional qualifications": "certifications",
    "professional development": "certifications",
    "continuing education": "education",
    "personal details": "contact",
    "personal information": "contact",
    "contact information": "contact",
    "contact info": "contact",
    "additional information": "other",
    "professional memberships": "other",
    "professional affiliations": "other",
    "leadership experience": "experience",
    "tech stack": "skills",
    "research experience": "experience",
    # A bare "Research" heading lists positions in labs (title, lab, dates, what was
    # done) far more often than papers, which resumes put under "Publications".
    "research": "experience",
    # Everyday phrases that end in a heading noun but name a skill, not a section.
    "customer service": "",
    "food service": "",
    "public service": "",
    "field service": "",
}

# A summary of something else is that something: "Skills Summary", "Experience
# Summary"; but "Career Summary" and "Professional Summary" are summaries.
_SUMMARY_OF = frozenset({"skills", "experience", "education", "projects", "certifications"})

# (modifier, kind the head noun gives) -> kind the phrase really has.
_MODIFIERS: dict[str, dict[str, str]] = {
    "volunteer": {"*": "volunteering"},
    "volunteering": {"*": "volunteering"},
    "community": {"*": "volunteering"},
    "civic": {"*": "volunteering"},
    "pro": {"*": "volunteering"},  # pro bono
    "programming": {"languages": "skills"},
    "computer": {"languages": "skills"},
    "coding": {"languages": "skills"},
    "scripting": {"languages": "skills"},
    "software": {"languages": "skills"},
    "academic": {"experience": "education", "other": "education"},
    "educational": {"experience": "education", "other": "education"},
    "teaching": {"education": "experience"},
    "extracurricular": {"*": "volunteering"},
}

# Every word through which a heading can name a kind: a head noun (or its plural, by
# an "s"), a word of a whole phrase. A line without one names none, whatever its parts
# and dashes (each part's words are the line's, when the line is ASCII: casefolding
# splits no word then), so its conjunctions and parts are not read.
_NAMING_WORDS = frozenset(_NOUNS) | frozenset(w for p in _PHRASES for w in p.split())

# "of" phrases whose first part is only a frame: the noun after "of" decides.
_FRAMES = frozenset(["areas", "area", "fields", "field", "scope", "range", "list"])
_CONJUNCTION = re.compile(r"\s*(?:,|&|\+|/|\band\b|\bor\b)\s*")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_WORD_ASCII = ascii_twin(_WORD)  # the same on an ASCII line, faster (ascii_twin.py)
_MAX_WORDS = 7
_DASH = re.compile(r"\s[—–|-]\s")


def _undecorated(text: str) -> str:
    r"""``text`` without the marks and symbols around it ("## Skills:" -> "Skills"): what
    ``re.sub(r"^[\W_]+|[\W_]+$", "", text)`` gives, as ``re``'s word characters are
    those ``str.isalnum`` accepts and "_", without trying a pattern at every character."""
    start, end = 0, len(text)
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return text[start:end]


def heading_words(text: str) -> list[str]:
    """The words of a heading, lower-cased, markup and numbering gone."""
    cleaned = text.replace("**", " ").replace("__", " ")
    words = (_WORD_ASCII if ascii_words(cleaned) else _WORD).findall(cleaned)
    return [w.casefold().replace("’", "'") for w in words]


def _part_kind(words: list[str]) -> str | None:
    """The kind of one conjunct ("customer service experience")."""
    if not words:
        return None
    phrase = " ".join(words)
    if phrase in _PHRASES:
        return _PHRASES[phrase] or None
    if "of" in words:
        cut = words.index("of")
        before, after = words[:cut], words[cut + 1:]
        if not before or before[-1] in _FRAMES:
            return _part_kind(after)
        # "Summary of Qualifications" is a summary; "Vice President of Local
        # Services" is a job title, not a heading about services.
        return _part_kind(before)
    # A trailing "section" or "summary"-less filler never is the head.
    while words and words[-1] in ("section", "sections"):
        words = words[:-1]
    if not words:
        return None
    kind = _NOUNS.get(words[-1])
    if kind is None and words[-1].endswith("s"):
        kind = _NOUNS.get(words[-1][:-1])
    if kind is None:
        return None
    if kind == "summary" and len(words) > 1 and words[-2] != "career":
        of_kind = _NOUNS.get(words[-2])
        if of_kind in _SUMMARY_OF:
            return of_kind
    for modifier in words[:-1]:
        rule = _MODIFIERS.get(modifier)
        if rule:
            return rule.get(kind, rule.get("*", kind))
    return kind


# A heading in the first person is a clause, not a noun phrase: "Where I've Worked",
# "What I'm Good At", "Places I've Worked", "Tools I Use". Its pronoun marks it; the
# noun before the pronoun ("Tools", "Jobs") or else the verb after it names the section.
_PRONOUNS = frozenset(["i", "i've", "i'm", "i'd"])
_OPENERS = frozenset(["where", "what", "how", "who", "why", "when", "things", "places",
                      "stuff", "companies", "teams", "people", "schools"])
_CLAUSE_VERBS: dict[str, str] = {}
for _kind, _verbs in (
        ("experience", "worked work working served serve employed been held done did led"),
        ("education", "studied study studying learned learnt trained train schooled "
                      "graduated went"),
        ("skills", "good know knew use using bring offer excel can am"),
        ("projects", "built build made make created create shipped"),
        ("awards", "won earned"),
        ("volunteering", "volunteered volunteer volunteering helped give gave"),
        ("interests", "enjoy love like"),
        ("languages", "speak")):
    for _verb in _verbs.split():
        _CLAUSE_VERBS[_verb] = _kind
_CLAUSE_OPENER_KIND = {"schools": "education", "companies": "experience",
                       "teams": "experience", "places": None, "things": None}


def _clause_kind(words: list[str]) -> str | None:
    """The kind of a first-person heading ("where i've worked" -> experience), or None
    when ``words`` are no such clause."""
    at = next((i for i, w in enumerate(words[:3]) if w in _PRONOUNS), None)
    if not at or not (words[0] in _OPENERS or words[0] in _NOUNS):
        return None
    if words[0] in _NOUNS:  # "Tools I Use", "Jobs I've Held", "Languages I Speak"
        return _NOUNS[words[0]]
    if _CLAUSE_OPENER_KIND.get(words[0]):
        return _CLAUSE_OPENER_KIND[words[0]]
    if words[0] == "how" or (words[at:] in (["i", "am"], ["i", "do"])
                              and words[0] in ("who", "what")):
        return "summary"  # "Who I Am", "What I Do", "How I Work"
    for word in words[at + 1:]:
        if word in ("have", "has", "had", "can", "to", "really", "also", "do"):
            continue
        return _CLAUSE_VERBS.get(word)
    return None


def _split_dash(body: str) -> tuple[str, bool]:
    """The part before a spaced dash or bar ("Plumber — Service"), and whether one was."""
    found = _DASH.search(body)
    return (body[:found.start()], True) if found else (body, False)


def heading_kind(text: str) -> str | None:
    """The section kind a heading names, or None when it names none we know.

    >>> heading_kind("Customer Service Experience")
    'experience'
    >>> heading_kind("Education Coordinator") is None
    True
    """
    if not isinstance(text, str) or len(text) > 80:
        return None
    body = _undecorated(text.replace("**", "")).strip()
    if not body or any(map(str.isdigit, body)):
        return None
    words = heading_words(body)
    if not words or len(words) > _MAX_WORDS:
        return None
    phrase = " ".join(words)
    if phrase in _PHRASES:
        return _PHRASES[phrase] or None
    clause = _clause_kind(words)
    if clause:
        return clause
    if body.isascii() and not any(w in _NAMING_WORDS or (w[-1] == "s" and w[:-1] in _NOUNS)
                                  for w in words):
        return None  # no word that can name a section (most lines): see _NAMING_WORDS
    first, dash = _split_dash(body)
    if dash and heading_kind(first) is None:
        # "PLUMBER — SERVICE AND REPAIR": a headline naming a trade and its line of
        # work; a heading opens with what it names ("Skills — Technical").
        return None
    for part in _CONJUNCTION.split(body.casefold()):
        part_words = heading_words(part)
        kind = _part_kind(part_words)
        if kind:
            return kind
        if "of" in part_words[1:]:
            return None  # "Vice President of Location & Services": a title, not a list
    return None


def is_weak(text: str) -> bool:
    """True when the heading is a single everyday word ("Service", "Tools")."""
    words = heading_words(text)
    return len(words) == 1 and words[0] in WEAK_NOUNS


# The titles nearly every resume uses, as their own line: "Experience", "Work
# Experience", "Education", "Skills", "Licenses & Certifications". Written alone on a
# line, capitalised, they are headings whatever the layout: a resume pasted as plain
# text often has no blank line before them and no capitals, and nobody writes "Work
# Experience" as an item of a list. A list's items are longer phrases ("ESL
# Supplemental Certification"), or everyday words (``WEAK_NOUNS``), which stay out.
_STANDARD_NOUNS = word_set(
    "summary profile objective experience employment education skills competencies "
    "certifications certificates licenses licences licensure credentials projects awards "
    "honors honours publications volunteering languages interests references "
    "accomplishments achievements qualifications expertise")
_STANDARD_MODIFIERS = word_set(
    "professional work relevant career core key technical employment additional selected "
    "volunteer clinical teaching related other academic personal military "
    "and community")
_STANDARD_AFTER = word_set("history background training development highlights "
                           "affiliations memberships activities service")


def is_standard_heading(text: str) -> bool:
    """Is ``text`` one of the titles nearly every resume uses, written capitalised
    ("Work Experience", "Licenses & Certifications"), with nothing else on the line?"""
    body = _undecorated(text)
    if not body or not body[0].isupper() or any(map(str.isdigit, body)):
        return False
    words = heading_words(body)
    if not 1 <= len(words) <= 3 or not all(
            w in _STANDARD_MODIFIERS or w in _STANDARD_NOUNS for w in words[:-1]):
        return False
    # "Work History", "Education and Training": an everyday noun after a title's words.
    return words[-1] in _STANDARD_NOUNS or (len(words) > 1 and words[-1] in _STANDARD_AFTER)
