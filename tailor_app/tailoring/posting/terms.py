"""Terms a posting asks for that no vocabulary holds, read by their shape.

A vocabulary never lists every standard, product and acronym of every trade, yet a
posting's "NFPA 70E", "ControlLogix", "VRF" or "continuous renal replacement therapy
(CRRT)" is as much an ask as "Python". These shapes name a thing, not a duty:

- a standard or code with a number: capitals then a number ("ISO 9001", "IEC 62443",
  "NFPA 70E", "EPA 608", "AWS D1.1", "ICD-10");
- an acronym of three or more capitals ("VRF", "CMMS", "VFDs"); a two-letter one only
  with its spelled-out form beside it, since two capitals mean different things in
  different fields;
- a product-like name with a capital inside ("ControlLogix", "FactoryTalk View",
  "ServiceTitan");
- a spelled-out form with its acronym in brackets ("National Electrical Code (NEC)"),
  named by the spelled-out words so the report reads plainly; the resume may show
  either form;
- a capitalised name listed beside a known skill or one of the shapes above ("Feast,
  Tecton or Evidently" beside "MLflow").

Only units that state the job's demands are read (never the about, benefits or legal
text), never the title line, the company's name or a line written in capitals (a
shouted heading), and never a span the vocabulary already found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tailor_app.tailoring.caseless import Caseless, folded, word_start
from tailor_app.tailoring.posting.lists import GRADE, base_form
from tailor_app.tailoring.posting.names import product_names
from tailor_app.tailoring.skills.coded_areas import coded_areas
from tailor_app.tailoring.skills.phrases import stop_word as _stop
from tailor_app.tailoring.skills.phrases import verb_form
from tailor_app.tailoring.text import word_set
from tailor_app.tailoring.text_memo import per_text

__all__ = ["ShapeTerm", "acronym_pairs", "cites_more", "in_a_rulebook", "initials_match",
           "numbered", "organisation_names", "shape_terms"]


@dataclass(frozen=True)
class ShapeTerm:
    """A term found by its shape: ``name`` as the posting writes it, ``kind`` a skill kind,
    ``start``/``end`` its span in the unit's text."""

    name: str
    kind: str
    start: int
    end: int


# USP's chapters are written with their number in angle brackets: "USP <795>".
_STANDARD = re.compile(
    r"(?<![\w/-])([A-Z]{2,6}(?:/[A-Z]{2,6})?)(?:[ -]|(?=\d)| <(?=\d{3,4}>))"
    r"((?:[A-Z]?\d{1,5}[A-Z]{0,2})(?:[.-]\d{1,3})*)(?:(?<=\d)>)?(?::(?:19|20)\d\d)?(?![\w-])")
# A form or position code: "I-9", "W-2", "N-400" (one capital, a hyphen, digits) and
# "5S", "3G", "6G" (a digit and capitals: a method or a welding position).
# Either may be plural ("audit I-9s", "collect W-9s"); the name is the form's. A
# number with a letter suffix is a form ("1099-NEC", "1095-C"); a bare number only after
# "Form" ("Form 941") or in the plural when it is no decade ("prepare 1099s", not "the
# 1990s"). After a currency sign it is a sum ("a budget over $5M", "€2B in assets").
# A school's grade band ("Elementary Education K-6", "grades K-12") is no form; a tax
# schedule's "K-1" is.
_FORM = re.compile(
    r"(?<![\w.$€£¥-])(?!K-(?:[2-9]|1[0-2])\b)"
    r"(?:[A-Z]-\d{1,4}|\d[A-Z]{1,2}|Form \d{3,4}(?:-[A-Z]+)?|\d{3,4}-[A-Z]{1,4})"
    r"(?![\w-]|\.\d)|(?<![\w.-])(?:[A-Z]-\d{1,4}|\d{3,4}(?<!0))(?=s\b)")
# A make and its model code: one or two capitalised words, then a code of capitals and
# figures ("Hamilton C6", "Philips V60", "Bobcat S650", "Cat D6", "Trane XR15", "Lincoln
# 350MP"). The code's letters and figures together tell a model from a count ("Windows
# 11", "Route 9") or a form ("W-2").
_MODEL = re.compile(
    r"([A-Z](?<![\w./&-][A-Z])[a-z]{2,}(?:[ -][A-Z][a-z]{2,})?) "
    r"((?:[A-Z]{1,3}\d{1,4}[A-Za-z]{0,2}|\d{1,4}[A-Z]{1,3})(?:-\d{1,4})?)(?![\w-])")
# Words that a code of letters and figures follows without naming a model: places,
# rooms and roads, grades, levels and parts of a text or a plan.
_NOT_MAKES = word_set(
    """
    suite building bldg room gate dock lot unit floor level pod hall wing bay aisle
    station zone area terminal section ward route highway exit apt apartment box lane
    form schedule class grade grades type step part chapter article title tier phase
    table figure appendix module version size group team shift day week year cohort
    block site position positions plate pipe test tests weld welds certified tower bed
    beds pavilion campus lots floors wards bays lines shifts rooms suites buildings gates
    docks units zones areas levels band bands pay grade round rounds corp corporation
    inc llc co tax contract interview interviews
    """)
# A named code and more codes of its series after it: "ASE T2 and T4", "FINRA Series 7,
# 63 and 65", "AWS D1.1 and D1.5". Group 1 is the prefix, 2 the first code, 3 the rest.
# (The look-behind after the first capital, so ``re`` skips from capital to capital.)
_CODE = r"[A-Z]{0,2}\d{1,4}(?:\.\d{1,2})?[A-Z]?"
_CODE_SERIES = re.compile(
    rf"([A-Z](?<![\w-][A-Z])[A-Za-z]{{1,9}}(?: [A-Z][A-Za-z]{{1,9}})?) ({_CODE})"
    rf"((?:,? (?:and |or |& )?{_CODE}(?![\w.-]))+)")
_SERIES_CODE = re.compile(_CODE)
# Words whose numbers count or order things, never a credential's series: "Grades 3
# and 4", "Levels 1 and 2", "Steps 1, 2 and 3".
_COUNTED = word_set("grades levels tier tiers steps phases chapters sections parts units"
                    " weeks months days hours years rooms classes types division divisions"
                    " stage stages periods")
# Federal pay plans beside GS: "a WG 10 or 11 position" is a wage grade, no series.
_PAY_PLANS = word_set("WG WL WS NH ZP ND NT GG SES")
_CERT_AFTER = re.compile(r"[ \t]+(?:licen[cs]es?|certifications?|certificates?|exams?)\b",
                         re.IGNORECASE)


_MONTHS = word_set("january february march april may june july august september october"
                   " november december jan feb mar apr jun jul aug sep sept oct nov dec"
                   " monday tuesday wednesday thursday friday saturday sunday")
_A_YEAR = re.compile(r"(?:19|20)\d\d")


def _code_shape(code: str) -> tuple[int, bool]:
    """A code's shape: its leading capitals and whether it has a dotted part ("T2" and
    "T4" are alike, "7" and "66", "D1.1" and "D1.5"; "A1" and "66" are not)."""
    letters = len(code) - len(code.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    return letters, "." in code


def _not_a_make(word: str, verbs: frozenset[str]) -> bool:
    """Is the capitalised ``word`` before a model code no maker's name: a place, a
    grade or part word (``_NOT_MAKES``), a small word or a duty's verb ("Install")?"""
    low = word.lower()
    return low in _NOT_MAKES or low in _MONTHS or _stop(low) or low in verbs or verb_form(low)


_CLOCK = re.compile(r"\d{1,2}(?:AM|PM|A|P)")


# A bare form number listed before a form code with a head both share ("the quarterly
# 941 and DE 9 filings"). Alone, "500 forms" is a count and "2025 returns" a year.
_FORM_NUMBER = re.compile(
    r"(?<![\w.,$-])(?!(?:19|20)\d\d\b)(\d{3,4})"
    r"(?= (?:and|or) [A-Z]{1,4}[ -]?\d{1,4}[A-Z]? (?:filings?|forms?|returns?)\b)")
# A list of forms by their numbers, some bare: "payroll tax filings (941, 940, W-2)",
# "W-2s, 1099s and 940". A bare number is a form only in a list that also names one by
# its code ("W-2", "1099-NEC", "Form 941") or its plural ("1099s"): alone "941" may be
# a count, and "(2019, 2020)" are years.
_FORM_ITEM = r"(?:Form[ \t]+\d{3,4}|[A-Z]-\d{1,4}s?|\d{3,4}-[A-Z]{1,4}s?|\d{3,4}s?)(?![\w-])"
_FORM_LIST = re.compile(
    rf"(?<![\w.,$€£¥-]){_FORM_ITEM}(?:(?:[ \t]*,[ \t]+(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)"
    rf"[ \t]+){_FORM_ITEM})+")
_FORM_LIST_ITEM = re.compile(_FORM_ITEM)
_BARE_NUMBER = re.compile(r"(?!(?:19|20)\d\d)[1-9]\d{2,3}")
# The item that makes a list one of forms: a tax or hiring form's own code ("W-2",
# "I-9", "1099-NEC", "1095-C", "Form 941", "1099s"), never any capital and figures
# ("I-35, 494 and 694" are roads, "Cat 320, 336 and D-6" machines; review28 A1).
_TAX_FORM_CODE = re.compile(r"W-\d{1,2}s?|I-9s?|Form[ \t]+\d{3,4}(?:-[A-Z]+)?"
                            r"|\d{3,4}-[A-Z]{1,4}s?|\d{3,4}s")


def _listed_forms(text: str) -> list[tuple[int, int]]:
    """The spans of the bare form numbers in a list of forms ("941" and "940" in
    "(941, 940, W-2)"), where another item of the list is a form by its code."""
    out: list[tuple[int, int]] = []
    for m in _FORM_LIST.finditer(text):
        items = list(_FORM_LIST_ITEM.finditer(text, m.start(), m.end()))
        bare = [i for i in items if _BARE_NUMBER.fullmatch(i.group())]
        if bare and any(_TAX_FORM_CODE.fullmatch(i.group()) for i in items):
            out.extend((i.start(), i.end()) for i in bare)
    return out
# An instrument signal standard, a range and an electrical unit: "4-20 mA", "0-10 VDC".
_SIGNAL = re.compile(r"(?<![\w.,/-])\d{1,2}\s?[-–]\s?\d{1,3}\s?(?:mA|mV|VDC|V)(?![\w/-])")
# A protocol written as a word and a two-capital suffix: "Ethernet/IP", "Profinet/IO".
# (Two capitals alone are no acronym this module reads; with the word they name one
# thing.)
# Written "X(?<!...X)" rather than "(?<!...)X" here and in _ACRONYM: the same matches,
# but ``re`` skips ahead to the capitals instead of trying the look-behind everywhere.
_SLASH_NAME = re.compile(r"([A-Z](?<![\w/.-][A-Z])[a-z]{2,}[A-Za-z]*)/([A-Z]{2})(?![\w/-])")
# A credential's other level named in brackets after it: "Lean Six Sigma Green Belt
# (Black Belt would be an advantage)", "CDL Class A (Class B considered)". The bracket
# names the same credential at that level.
_LEVEL_BEFORE_HEAD = re.compile(
    r"((?:[A-Z][\w-]* ){1,4})([A-Z][\w-]*) ([A-Z][a-z][\w-]*)[ \t]*\(((?:or |and )?"
    r"([A-Z][\w-]*) \3)(?![\w-])")
_HEAD_BEFORE_LEVEL = re.compile(
    r"((?:[A-Z][\w-]* ){1,4})([A-Z][a-z][\w-]*) ([A-Z0-9][\w-]{0,3})[ \t]*\(((?:or |and )?"
    r"\2 ([A-Z0-9][\w-]{0,3}))(?![\w-])")
_NOT_FORMS = frozenset({"K-12", "K-8", "K-5", "1K", "5K", "2D", "1A", "1B", "2A", "2B"})
# An interstate highway, shaped like a form ("I-9"): "knowledge of the I-5 corridor",
# "routes along I-35 and I-45", "just off I-70". A road told by its place words or a
# travel word before it, never a form the hire fills in.
_ROAD_AFTER = re.compile(
    r"(?:[ \t]+(?:and|or|&|to)[ \t]+I-\d{1,3})*[ \t]+(?:corridors?|north\w*|south\w*|east\w*"
    r"|west\w*|exits?|interchanges?|traffic|between|loop|beltway|routes?)\b", re.IGNORECASE)
# "along I-94", "north of I-96", "just off I-75", "near I-35": where a place lies.
_ROAD_BEFORE = re.compile(r"\b(?:along|off|via|near|(?:north|south|east|west)[ \t]+of)[ \t]+"
                          r"(?:the[ \t]+)?$", re.IGNORECASE)


def _a_road(text: str, start: int, end: int) -> bool:
    """Is the form-shaped code at ``start:end`` an interstate ("I-5 corridor")?"""
    if not text.startswith("I-", start):
        return False
    return _ROAD_AFTER.match(text, end) is not None \
        or _ROAD_BEFORE.search(text, max(0, start - 12), start) is not None


# A regulation cited title first: "21 CFR 820", "29 CFR 1910.147", "42 U.S.C. 1983".
_CITATION = re.compile(
    r"(?<![\w.])(?:[A-Z]{2,5}\s+)?\d{1,3}\s+(?:CFR|U\.S\.C\.|USC)\s+(?:Part\s+)?\d{1,5}"
    r"(?:\.\d{1,4})?(?![\w])")
_CITED_LAWS = ("CFR", "USC", "U.S.C.")  # what a citation cites: one always stands in it
# A section of an agency's or a body's rules cited after its letters: "OSHA 1910.178"
# (powered industrial trucks), "OSHA 1926.501", "ASME B31.3". The number has a dotted
# part, so "OSHA 10", "EPA 608" and "NFPA 70E", credentials and standards the vocabulary
# names whole, never stand here; and a part of three figures or more, or a letter's, so
# a version ("WCAG 2.1", "HL7 2.5") is no section either.
_SECTION_CITED = re.compile(r" (?:[A-Z]\d{1,4}|\d{3,5})\.\d{1,4}(?![\w.])")
# A digit: every form, form number, citation, signal and standard shape holds one (each
# of those patterns consumes a "\d"), so a unit without any, most of them, is spared
# those five searches.
_DIGIT = re.compile(r"\d")
# A body of rules cited by its number, written out: "Minnesota Rules 9505", "Texas
# Administrative Code 217", "Ohio Revised Code 4723".
_NUMBERED_RULES = re.compile(
    r"(?<![\w-])(?:[A-Z][a-z]+ ){1,3}(Rules?|Statutes?|Regulations?|Code) "
    r"\d[\dA-Z]*(?:\.\d+)*(?![\w-])")
_RULES_WORD = re.compile(r"Rule|Code |Statute|Regulation")
_ACRONYM = re.compile(r"([A-Z](?<![\w/.&-][A-Z])[A-Z0-9&]{1,6}?)(s?)(?![\w&-])")
_CAMEL = re.compile(
    r"(?<![\w.-])((?:[A-Z][a-z]+|[a-z]{1,2})(?:[A-Z]+[a-z0-9]*)+|[A-Z]{2,}[a-z]{2,}[a-z0-9]*)"
    r"(?:[ ]((?:[A-Z][a-z]+)|\d{3,5}))?"
    r"(?=[\s,;:.)/]|$)")
# What every match of ``_CAMEL`` holds: a small letter before a capital ("JavaScript",
# "iPad") or two capitals before a small letter ("PLCnext"). Most units have neither,
# and this pattern, opening with its capital, lets ``re`` skip from capital to capital
# where ``_CAMEL`` tries its look-behind at every character.
# A capitalised word right before a product-like name: its maker's ("Angus AnyWhere"),
# when no capitalised word stands before it ("Detroit Diesel DiagnosticLink" is a longer
# maker's name, whose last word alone names none).
_MAKER_WORD = re.compile(r"(?<![\w.&/-])([A-Z][a-z]{2,}) \Z")
_CAPITAL_WORD_BEFORE = re.compile(r"[A-Z][\w&.-]* \Z")
_CAMEL_GATE = re.compile(r"[A-Z](?:(?<=[a-z][A-Z])|(?=[A-Z][a-z]))")
_PAREN_ACRONYM = re.compile(r"\(([A-Z][A-Za-z0-9&]{1,7})\)")
# A sum of money and "in" just before a term: the term is the measure the sum is told
# in ("roughly $2.5M in ARR", "$40M in AUM"), not a skill.
_SUM_IN = re.compile(r"[$€£]\s?\d[\d.,]*\s?(?:[KMBkmb]|million|billion|thousand)?"
                     r"\+?[ \t]+in[ \t]+(?:annual[ \t]+)?\Z")
# The other way round: "CPO (Certified Pool Operator)", "EHR (electronic health record)".
# (Its acronym opens with the capital and looks behind it only then: the same matches as
# "(?<![\w&.-])([A-Z]…", but ``re`` skips ahead to the capitals.)
_ACRONYM_THEN_WORDS = re.compile(
    r"([A-Z](?<![\w&.-][A-Z])[A-Z0-9&]{1,7}s?) \(([A-Za-z][A-Za-z'’ &]{2,80})\)")
_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’-]*|&)\s*$")
_SMALL = word_set("of and for the in on to & a an with")
_TITLE_CASE_WORD = re.compile(r"[A-Z][a-z]{2,}")
# Capitals that are not a skill: places, time, pay, forms of address, the posting's
# own business (EEO, PTO) and shouted plain words.
_NOT_TERMS = word_set(
    """
    USA US UK EU UAE LLC LLP PLLC LP INC LTD PLC CO CORP GMBH CEO CFO COO CTO CIO VP SVP EVP HQ
    EEO EOE EEOC DEI LGBT LGBTQ LGBTQIA BIPOC PTO FTE FT PT DOE DOQ TBD TBA ASAP FAQ FAQS
    AM PM EST EDT CST CDT MST MDT PST PDT UTC GMT USD CAD EUR GBP AUD OK NA ID NO II III IV
    VI VII VIII IX XI XII AND OR THE FOR WITH YOU YOUR OUR WE NEW NOW ALL NOT ANY ARE CAN
    JOB JOBS APPLY HIRING REMOTE HYBRID ONSITE MUST PLUS BONUS ETC IE EG AKA NB PS RSVP
    MON TUE WED THU FRI SAT SUN JAN FEB MAR APR JUN JUL AUG SEP SEPT OCT NOV DEC
    SR JR LEAD TEAM COVID WFH FY GS PO ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN
    EACH BOTH ONLY NOTE MUST NEVER ALWAYS AT LEAST
    """.upper()
) | word_set(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV "
    "NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY"
)
# After a letters' word that is mostly something else (a time zone, a state), the word
# that makes it a code set or a credential: "CDT codes", "MST certification".
_A_SYSTEM_AFTER = re.compile(r" (?:codes?|coding|certifications?|certified|licen[cs]e)\b")
# Standards-like shapes that are not standards: a pay grade, a year, a zip code.
_NOT_STANDARD_PREFIX = word_set("GS FY Q PO ID NO RM SQ FT COVID TIER LEVEL AGE SHIFT W")
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:(?:and|or|and/or)\s+)?|\s(?:and|or|and/or|&)\s+|/)\s*")
# A whole list item of capitalised words ending at the gap: "FactoryTalk View", not "View".
_NAME_BEFORE = re.compile(r"(?<![\w.-])[A-Z][\w.+#-]*[\w+#](?: [A-Z][\w.+#-]*[\w+#]){0,2}$")
_LIST_NAME = re.compile(r"[A-Z][\w.+#-]*[\w+#](?: [A-Z][\w.+#-]*[\w+#]){0,2}")


# Something every shape above needs: two capitals in a row, a capital inside a word, a
# bracket, or a capitalised word after a comma, slash, "and"/"or" or another word. One
# pattern of those seven branches was tried at every character; as four, each opens
# with the characters it needs (a capital, "(", a comma or slash, "and"/"or"/"&"), so
# the search skips to them: the same lines pass, in half the time.
_ANY_SHAPE = (
    re.compile(r"[A-Z](?:[A-Z0-9]|-\d|(?<=[a-z\d][A-Z]))"),  # "SQL", "4-20", "iOS", "3D"
    re.compile(r"\(\w"),
    re.compile(r"[,/]\s*[A-Z]"),
    re.compile(r"(?<=\s)(?:and|or|&)\s+[A-Z]"),
)


def _any_shape(text: str) -> bool:
    """Does ``text`` hold any of the marks a shape needs (see ``_ANY_SHAPE``)?"""
    return any(p.search(text) is not None for p in _ANY_SHAPE)


# A line with none of those may still name a product or a body of rules by capitalised
# words after another word ("the Trucker Path app", "Thermo King reefer unit repair"):
# only those two readings run on it.
_CAPITAL_AFTER_A_WORD = re.compile(r"\w [A-Z]")


def cites_more(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` only the title of a longer citation ("49 CFR" of "49 CFR
    Part 396", "OSHA" of "OSHA 1910.178")? The citation is the ask; a skill read from
    its title is not."""
    if _SECTION_CITED.match(text, end) and text[start:end].isupper():
        return True  # "OSHA 1910.178": the section cited, not the agency's training
    a, b = max(0, start - 8), end + 24
    if not any(text.find(law, a, b) >= 0 for law in _CITED_LAWS):
        return False  # every citation writes one of them: most hits need no search
    m = _CITATION.search(text, a, b)
    return m is not None and m.start() <= start and m.end() > end


def initials_match(words: list[str], acronym: str) -> bool:
    """Do ``words`` (small words like "of" skipped) spell ``acronym``'s capitals?"""
    letters = [c for c in acronym.rstrip("s") if c.isalpha()]
    heads = [w[0].upper() for w in words if w.lower() not in _SMALL]
    return len(letters) >= 2 and heads == [c.upper() for c in letters]


def acronym_pairs(text: str) -> list[tuple[int, int, str, int, int, str]]:
    """Each "spelled-out words (ACR)" in ``text``: (words start, words end, the words,
    acronym start, acronym end, the acronym). The words are the fewest before the
    bracket whose initials spell the acronym ("Certified Nursing Assistant (CNA)",
    "continuous renal replacement therapy (CRRT)"), and each "ACR (spelled-out words)"
    whose bracket holds just the words ("CPO (Certified Pool Operator)"): postings write
    both, and either way the two name one thing.

    A posting's unit is asked this by the misread filter, the shape terms, the
    organisation names and, for an unread ask, its other forms: read once
    (``text_memo``)."""
    if "(" not in text:
        return []
    return list(_acronym_pairs(text))


@per_text()
def _acronym_pairs(text: str) -> tuple[tuple[int, int, str, int, int, str], ...]:
    out: list[tuple[int, int, str, int, int, str]] = []
    for m in _ACRONYM_THEN_WORDS.finditer(text):
        if initials_match(m.group(2).split(), m.group(1)):
            out.append((m.start(2), m.end(2), m.group(2), m.start(1), m.end(1), m.group(1)))
    for m in _PAREN_ACRONYM.finditer(text):
        acronym = m.group(1)
        want = sum(1 for c in acronym.rstrip("s") if c.isalpha())
        if want < 2:
            continue
        words: list[str] = []
        pos = m.start()
        start = pos
        while len([w for w in words if w.lower() not in _SMALL]) < want:
            found = _WORD_BEFORE.search(text, max(0, pos - 40), pos)
            if found is None:
                break
            words.insert(0, found.group(1))
            start = found.start(1)
            pos = found.start()
        if words and initials_match(words, acronym):
            spelled = text[start:m.start()].rstrip()
            out.append((start, start + len(spelled), spelled, m.start(1), m.end(1), acronym))
    return tuple(sorted(out, key=lambda pair: min(pair[0], pair[3])))  # in text order


# The last word of an organisation's name: "Technology Transformation Service (TTS)",
# "General Services Administration (GSA)" name where the job is, not a skill.
_ORGANISATION = word_set(
    "service services administration office agency department centre center centers "
    "centres bureau institute council commission authority board division ministry "
    "university college hospital foundation association society group company corporation "
    "inc llc ltd team unit program programme")


# The parties a duty names, with examples in brackets: "sell to foodservice
# distributors (Sysco, US Foods, PFG)", "payers (Aetna, BCBS)". The bracket names those
# companies, never a tool or a standard.
# (Caseless, its words opening with their letters: ``re`` skips ahead to them, where a
# case-insensitive "\b(?:…)" was tried at every character.)
_PARTIES_NAMED = Caseless(word_start(
    "distributors", "customers", "clients", "retailers", "partners", "carriers", "vendors",
    "suppliers", "brands", "chains", "dealers", "wholesalers", "brokers", "payers",
    "insurers", "accounts", "lenders", "manufacturers") + r"[ \t]*\(([^()]{2,120})\)")
_NAME_SPLIT = re.compile(r"\s*(?:,|;|/|\band\b|\bor\b|\betc\.?)\s*")


def organisation_names(text: str) -> set[str]:
    """Lower-cased spelled-out names and acronyms of organisations ``text`` introduces
    ("General Services Administration (GSA)"): the posting's own places, never asks;
    and the companies named in brackets after the parties a duty deals with
    ("distributors (Sysco, US Foods, PFG)")."""
    out: set[str] = set()
    for m in _PARTIES_NAMED.finditer(text, folded(text)):
        out.update(n.lower() for n in _NAME_SPLIT.split(text[m.start(1):m.end(1)]) if n)
    for _a, b, spelled, _pa, pb, acronym in acronym_pairs(text):
        words = spelled.split()
        last = words[-1].lower()
        if (last in _ORGANISATION or last.rstrip("s") in _ORGANISATION) and all(
                w[:1].isupper() or w.lower() in _SMALL for w in words) \
                and not _ITS_COURSE.match(text, max(b, pb)):
            out.update((spelled.lower(), acronym.lower()))
    return out


# After an organisation's name, what it teaches or grants: "Crisis Prevention Institute
# (CPI) training", "CPI (Crisis Prevention Institute) certification" ask for it.
_ITS_COURSE = re.compile(r"\)?[ \t]*(?:training|certifi\w*|course|class|card)\b",
                         re.IGNORECASE)


def _shouted(text: str, pos: int) -> bool:
    """Is the line around ``pos`` written in capitals (a heading, a banner), or is
    ``pos`` inside a label of two words or more in capitals that opens the line before
    its colon ("WORK YEAR: 210 days", "FLSA STATUS: Non-exempt", "JOB GOAL: To ...")?
    A job's facts block prints its labels so; read as acronyms, "WORK", "YEAR" and
    "STATUS" were asked."""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    line = text[a:b if b >= 0 else len(text)]
    colon = line.find(":", 0, 40)
    if colon > pos - a and " " in line[:colon].strip() and line[:colon].isupper():
        return True
    letters = list(filter(str.isalpha, line))
    return len(letters) > 12 and sum(map(str.isupper, letters)) > 0.8 * len(letters)


# A product's release or edition number right after its name, where the clause ends
# ("Eclipse or Prophet 21", "Prophet 21, Eclipse"): the number is part of the
# name. Not a count of something ("Prophet 21 users", "Excel 5+ years"), a figure with a
# point or comma, or a year's span.
_EDITION = re.compile(r"[ \t](\d{1,4})(?=\s*(?:[,;.)]\s|[,;.)]?$|\s(?:and|or)\b))")


# A band of school grades written as a letter and a number, alone: "(Primary P-5 or Early
# Childhood)", "PK-3", "K-8", "TK–6". Whom a licence lets one teach, no skill; inside a
# longer name ("School Counselor PK-12") it stays that name's. Never "K-9", a police dog,
# nor "K-1", the tax form.
_LETTER_BAND = re.compile(r"(?:Pre-K|PK|TK|P)[-–]\d{1,2}|K[-–](?![19]$)\d{1,2}")
# A band is a grade band only where the text speaks of school: "P-8 aircraft" is the
# airframe a mechanic works on, and stays asked.
_SCHOOL_WORDS = re.compile(
    r"\b(?:grades?|licen[sc]e|licensure|certificat\w*|endorse\w*|credential|teach\w*"
    r"|students?|school|classroom|Primary|Early[ \t]+Childhood|Elementary|Kindergarten)\b",
    re.IGNORECASE)


def numbered(text: str, found: list[ShapeTerm]) -> list[ShapeTerm]:
    """``found``, each capitalised name of a product followed by its number (see
    ``_EDITION``) named with the number; a term that is only a grade band dropped."""
    out = []
    for term in found:
        if term.name[-1:].isdigit() and _LETTER_BAND.fullmatch(term.name) \
                and _SCHOOL_WORDS.search(text) is not None:
            continue
        m = _EDITION.match(text, term.end) if term.kind == "tool" else None
        if m is not None and term.name[:1].isupper() and not term.name[-1:].isdigit():
            term = ShapeTerm(text[term.start:m.end(1)], term.kind, term.start, m.end(1))
        out.append(term)
    return out


def shape_terms(text: str, taken: list[tuple[int, int]], avoid: set[str],
                verbs: frozenset[str] = frozenset(),
                duties: list[tuple[int, int]] | None = None) -> list[ShapeTerm]:
    """The shape terms of one unit's ``text``. ``taken`` are spans the vocabulary (or a
    certification) already covers; ``avoid`` holds lower-cased words of the title and
    the company, which are no ask; ``verbs`` duty verbs that may open a line.
    ``duties`` are those of ``taken`` the vocabulary read as a whole duty ("Calibrates
    4-20 mA instruments"): a signal standard inside one is still its own ask."""
    every = _any_shape(text) or _RULEBOOK_HEAD.search(text) is not None \
        or _PRACTICE_HEAD.search(text) is not None
    if not every and _CAPITAL_AFTER_A_WORD.search(text) is None and len(taken) < 2:
        return []  # most bullets: no capitals but the first, no brackets, no list of names
    found: list[ShapeTerm] = []
    covered = _Covered(len(text), taken)
    free = covered.free
    for m in (_NUMBERED_RULES.finditer(text) if _RULES_WORD.search(text) else ()):
        a = m.start()
        while (first := re.match(r"([A-Z][a-z]+) ", text[a:m.end()])) and _stop(first.group(1)):
            a += first.end()  # "Follow Minnesota Rules 9505": the verb is no part of it
        if a < m.start(1) and free(a, m.end()) and text[a:m.end()].lower() not in avoid:
            found.append(ShapeTerm(text[a:m.end()], "hard", a, m.end()))
            covered.add(a, m.end())

    def add(name: str, kind: str, a: int, b: int) -> None:
        if free(a, b) and name.lower() not in avoid and not _shouted(text, a):
            found.append(ShapeTerm(name, kind, a, b))
            covered.add(a, b)

    # "ASE certifications in A4, A5 and A6": each area with the body's letters.
    for a, b, name in coded_areas(text):
        add(name, "certification", a, b)
    if not every:
        for name, a, b in product_names(text, free, avoid, verbs):
            add(name, "tool", a, b)
        if len(taken) >= 2:  # "…, flow meters and radio telemetry": a list of known things
            found.extend(_listed_phrases(text, covered, avoid, verbs))
        return numbered(text, sorted(found, key=lambda t: t.start))
    found.extend(_rulebooks(text, covered, avoid))
    found.extend(_rulebooks(text, covered, avoid, _PRACTICE_HEAD))

    for a, b, spelled, pa, pb, acronym in acronym_pairs(text):
        if spelled.lower() in avoid or acronym.lower() in avoid:
            covered.add(a, b)  # the employer's own name: "Canadian Digital Service (CDS)"
            covered.add(pa, pb)
            continue
        if pa < a:
            # "CPO (Certified Pool Operator)": when the vocabulary knows the words whole,
            # or the letters, the other form is the same ask, not one of its own. (A
            # gloss neither side of which is known is named by its letters, as written
            # first: see certs.py; the resume may show either form, see wording.py.)
            if (a, b) in covered.spans or not free(pa, pb):
                covered.add(a, b)
                covered.add(pa, pb)
            continue
        if free(pa, pb) and not free(a, b) and 0 in covered.mask[a:b] \
                and _PRODUCT_WORDS.fullmatch(spelled):
            # A product's capitalised name the vocabulary reads a piece of: "Oracle
            # Customer Care & Billing (CC&B)" is no customer care. Its maker's name
            # before it belongs to it.
            maker = _MAKER_BEFORE.search(text, max(0, a - 30), a)
            if maker and not _sentence_start(text, maker.start()) and not _stop(maker.group(1)):
                a = maker.start()
            found.append(ShapeTerm(text[a:b], "tool", a, b))
            covered.add(a, b)
            covered.add(pa, pb)
            continue
        if not free(a, b) or not free(pa, pb):
            # The vocabulary knows the words or the acronym: block both, so an acronym
            # that means something else in another field is not read again on its own.
            covered.add(a, b)
            covered.add(pa, pb)
            continue
        name = spelled[0].upper() + spelled[1:]
        if len(spelled.split()) <= 8 and acronym.upper() not in _NOT_TERMS:
            add(name, "hard", a, b)
            covered.add(pa, pb)
    for name, a, b in product_names(text, free, avoid, verbs):
        add(name, "tool", a, b)
    digits = _DIGIT.search(text) is not None
    for m in _FORM.finditer(text) if digits else ():
        if m.group() not in _NOT_FORMS and not _a_road(text, m.start(), m.end()) \
                and not _CLOCK.fullmatch(m.group()):  # "to 6PM": a time
            add(m.group(), "hard", m.start(), m.end())
    for m in _MODEL.finditer(text) if digits else ():
        # "Hamilton C6", "Bobcat S650": a make and its model code. Not a place or a
        # grade by its number ("Suite 4B", "Class 2A"), nor a duty's verb and a welding
        # position ("Weld 6G").
        a = m.start()
        words = m.group(1).split()
        if len(words) == 2 and _not_a_make(words[0], verbs):
            a = m.start(1) + len(words[0]) + 1  # "Install Trane XR15": the verb's object
            words = words[1:]
        if not _not_a_make(words[0].split("-")[0], verbs) \
                and not _CLOCK.fullmatch(m.group(2)):  # "Saturday 10AM": a time (review R1)
            add(text[a:m.end()], "tool", a, m.end())
    for m in _CODE_SERIES.finditer(text) if digits else ():
        # "ASE T2 and T4", "Series 7, 63 and 65", "AWS D1.1 and D1.5": the later codes
        # are named with the first one's prefix, as a reader hears them.
        prefix, lead_code = m.group(1), m.group(2)
        if prefix.split()[-1].lower() in _NOT_MAKES or prefix.split()[-1].lower() in _COUNTED \
                or _stop(prefix.split()[0].lower()):
            continue
        # Only a credential's or a body's series: a licence word after it ("Series 7 and
        # 66 licenses") or a body's capitals before it ("OSHA 10 or 30"). A pay band, a
        # federal grade or a parking lot ("Band 5 or 6", "GS 11 or 12", "Lots A1 and A2")
        # is none (review R2).
        head = prefix.split()[0]
        if not (_CERT_AFTER.match(text, m.end()) or (
                head.isupper() and len(head) >= 2 and head not in _NOT_STANDARD_PREFIX
                and head not in _PAY_PLANS and head not in _NOT_TERMS)):
            continue
        if prefix.split()[-1].lower() in _MONTHS:
            continue  # "November 11, 2020": a date
        for code in _SERIES_CODE.finditer(m.group(3)):
            if _code_shape(code.group()) == _code_shape(lead_code) \
                    and not _A_YEAR.fullmatch(code.group()):
                a, b = m.start(3) + code.start(), m.start(3) + code.end()
                add(f"{prefix} {code.group()}", "certification" if _CERT_AFTER.match(
                    text, m.end()) else "hard", a, b)
    for m in _FORM_NUMBER.finditer(text) if digits else ():
        add(m.group(1), "hard", m.start(1), m.end(1))
    for a, b in _listed_forms(text) if digits and "," in text else ():
        add(f"Form {text[a:b]}", "hard", a, b)
    for m in _CITATION.finditer(text) if digits else ():
        add(m.group(), "hard", m.start(), m.end())
    signals = list(_SIGNAL.finditer(text)) if digits else []
    if signals:
        within = _Covered(len(text), [s for s in taken if s not in (duties or ())])
        for m in signals:
            if within.free(m.start(), m.end()) and not _shouted(text, m.start()):
                found.append(ShapeTerm(m.group(), "hard", m.start(), m.end()))
                covered.add(m.start(), m.end())
    for m in _SLASH_NAME.finditer(text):
        if m.group(2) not in _NOT_TERMS:
            add(m.group(), "hard", m.start(), m.end())
    for m in _STANDARD.finditer(text) if digits else ():
        prefix, number = m.group(1), m.group(2)
        if prefix in _NOT_STANDARD_PREFIX or (prefix in _NOT_TERMS and len(number) == 5):
            continue  # "GS-12", "IL 60540"
        if not any(c.isdigit() for c in number) or (len(number) == 4 and number.isdigit()
                                                    and number[:2] in ("19", "20")):
            continue  # "Q4 2026": a date
        if number.startswith("0") or (len(prefix) == 2 and m.group()[2:3] == "-"
                                      and number.isdigit() and len(number) <= 2):
            continue  # "CS-04", "GS-12": a pay grade or level, not a standard
        add(m.group(), "hard", m.start(), m.end())
    for m in _CAMEL.finditer(text) if _CAMEL_GATE.search(text) else ():
        name = m.group(1)
        if sum(c.isupper() for c in name) < 2 and not name[0].islower():
            continue
        if name[0].islower() and len(name) < 5:
            continue  # "iOS", "iPad": the vocabulary's, or a device the job comes with
        a = m.start()
        maker = _MAKER_WORD.search(text, max(0, a - 16), a)
        if maker is not None and free(maker.start(), a) and not _stop(maker.group(1).lower()) \
                and not _sentence_start(text, maker.start()) \
                and not _CAPITAL_WORD_BEFORE.search(text, max(0, maker.start() - 20),
                                                    maker.start()):
            # "log work orders in Angus AnyWhere": the maker's word and the product's
            # are one name, not "AnyWhere" alone
            a = maker.start()
        add(text[a:m.end()].rstrip(), "tool", a, m.end())
    if "/" in text:
        # "Knowledge of CDC/NFPA/AAMI standards": each body of a slash list is asked.
        for a, b in _slashed_acronyms(text):
            if text[a:b] not in _NOT_TERMS:
                add(text[a:b], "hard", a, b)
    for m in _ACRONYM.finditer(text):
        core = m.group(1)
        letters = sum(c.isalpha() for c in core)
        if len(core) < 3 or letters < 2 or core.isdigit() or (
                core in _NOT_TERMS and not _A_SYSTEM_AFTER.match(text, m.end())):
            continue  # "CDT" is a time zone, but "CDT codes" the dentists' code set
        if text[m.start() - 2:m.start()] == " (" and text[m.end():m.end() + 1] == ")" \
                and not free(m.start() - 12, m.start() - 2) \
                and not _SOFTWARE_KIND_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue  # "CMA (AAMA)": who grants the credential just named
        if _SUM_IN.search(text, max(0, m.start() - 24), m.start()):
            continue  # "$2.5M in ARR", "$40M in AUM": what a sum is counted in
        add(m.group(), "hard", m.start(), m.end())
    found.extend(_other_levels(text, covered))
    found.extend(_listed_names(text, covered, avoid))
    found.extend(_listed_phrases(text, covered, avoid, verbs))
    return numbered(text, sorted(found, key=lambda t: t.start))


# Acronyms joined by slashes ("CDC/NFPA/AAMI", "OSHA/EPA/DOT"), the run ending where no
# letter, digit, slash or hyphen follows.
_SLASHED = re.compile(r"(?<![\w/.&-])[A-Z][A-Z0-9&]{1,6}s?(?:/[A-Z][A-Z0-9&]{1,6}s?)+"
                      r"(?:(?![\w/&-])|(?=/[a-z]))")


def _slashed_acronyms(text: str) -> list[tuple[int, int]]:
    """The spans of each acronym in a slash list of bodies: a run of three or more
    ("CDC/NFPA/AAMI standards", "SLIs/SLOs/SLAs"), or of two the list goes on after with
    a plain item ("FMLA/ADA/short-term disability leaves"). Each names a thing of its own;
    the acronym reading passes over a capital after a slash, since two joined are as
    often one name ("TCP/IP", "DEF/SCR", "CI/CD", "ATS/ERS standards"), and a number after
    the run makes it one standard's name ("ISO/IEC 17025")."""
    out: list[tuple[int, int]] = []
    for m in _SLASHED.finditer(text):
        parts = m.group().split("/")
        if len(parts) < 3 and text[m.end():m.end() + 1] != "/":
            continue  # "ATS/ERS standards", "ISO/IEC": two bodies' one joint name
        if re.match(r"[ \t]*\d", text[m.end():m.end() + 3]):
            continue
        pos = m.start()
        for part in parts:
            out.append((pos, pos + len(part)))
            pos += len(part) + 1
    return out


# A kind of software written as its acronym, then a bracket: the product in capitals
# ("our POS (STORIS)", "the EHR (PCC)") is the system the job uses, not who grants
# the acronym before it ("CMA (AAMA)").
_SOFTWARE_KIND_BEFORE = re.compile(
    r"\b(?:POS|CRM|ERP|EHR|EMR|WMS|TMS|LMS|HRIS|ATS|CMMS|PMS|DMS) \($")


def _other_levels(text: str, covered: _Covered) -> list[ShapeTerm]:
    """The credential a bracket names at another level: "Lean Six Sigma Green Belt
    (Black Belt …)" -> "Lean Six Sigma Black Belt", "CDL Class A (Class B …)" -> "CDL
    Class B". Read at the bracket's words, so where the wording prefers them the
    ask is preferred."""
    out: list[ShapeTerm] = []
    if "(" not in text:
        return out
    for pattern, level_first in ((_LEVEL_BEFORE_HEAD, True), (_HEAD_BEFORE_LEVEL, False)):
        for m in pattern.finditer(text):
            words = m.group(1).split()
            while words and _stop(words[0]):
                words.pop(0)  # "The", "Our": the sentence's, not the name's
            level, head, other = (m.group(2), m.group(3), m.group(5)) if level_first \
                else (m.group(3), m.group(2), m.group(5))
            if not words or other == level or _stop(other):
                continue
            a, b = m.span(4)
            if text[a:b].startswith(("or ", "and ")):
                a = text.index(" ", a) + 1
            if not covered.free(a, b):
                continue
            tail = f"{other} {head}" if level_first else f"{head} {other}"
            out.append(ShapeTerm(" ".join([*words, tail]), "hard", a, b))
            covered.add(a, b)
    return out


# The last word of a named body of rules: "Ohio Plumbing Code", "College and Career
# Readiness Standards", "Fair Labor Standards Act".
_RULEBOOK_HEAD = re.compile(  # "(?<![\w-])" after each capital, as in _ACRONYM
    r"(?:C(?<![\w-]C)ode|C(?<![\w-]C)odes|S(?<![\w-]S)tandards|G(?<![\w-]G)uidelines"
    r"|A(?<![\w-]A)ct|R(?<![\w-]R)egulations)\b")
# A plural owner's word is one of the name's ("Georgia Workers' Compensation Act").
_NAME_TOKEN = re.compile(r"((?<![\w-])[A-Z][a-z]+(?:-[A-Z][a-z]+)*(?:(?<=s)['’])?|[A-Z]{2,6}"
                         r"|and|of|for|on|&)"
                         r"[ \t]+$")  # "Teaching-Family Model", "Taft-Hartley Act"
_RULEBOOK_GLUE = frozenset({"and", "of", "for", "on", "&"})
# A capitalised word right after the head, on its line: the name goes on past it.
_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z][a-z]")
_RULEBOOK_OPENERS = frozenset({"The", "Our", "Your", "All", "Any", "Each", "Applicable"})


# The last word of a named way of working: "the Sanctuary Model", "the Pyramid Model",
# "the Danielson Framework", "the Nurtured Heart Approach". Teaching, care and social
# services name their practices so, and the name is asked as a whole. Read only where no
# word of the name is a vocabulary skill ("Montessori Method" is asked as Montessori).
_PRACTICE_HEAD = re.compile(
    r"(?:M(?<![\w-]M)odel|M(?<![\w-]M)ethod|F(?<![\w-]F)ramework|A(?<![\w-]A)pproach)\b")


_MODEL_NUMBER = re.compile(r"[ \t]+[A-Z0-9]")
# Words of how the job is arranged or paid, never a practice of the trade: "Hybrid Work
# Model", "Flexible Schedule Approach", "Pay Model", "Business Model".
_ARRANGEMENT = frozenset({"hybrid", "remote", "work", "working", "flexible", "schedule",
                          "scheduling", "shift", "pay", "compensation", "commission", "business",
                          "operating", "staffing", "office", "in-office", "return"})


_RULEBOOK_AFTER = re.compile(r"[ \t]+(?:Code|Codes|Standards|Guidelines|Act|Regulations|Law)\b")
_NAME_WORD_BEFORE = re.compile(r"(?<=[a-z,] )([A-Z][a-z]+)[ \t]+$")


def in_a_rulebook(text: str, start: int, end: int) -> bool:
    """Is the capitalised ``text[start:end]`` a part of a longer named body of rules:
    "Child Protective Services" of "Child Protective Services Law", "State Learning
    Standards" of "the Washington State Learning Standards"? The whole name is the ask
    (``_rulebooks`` reads it, but for a law: "Cascade Family Law" is as often a firm);
    its part is no skill of its own."""
    if not text[start:start + 1].isupper():
        return False
    if _RULEBOOK_AFTER.match(text, end):
        return True
    head = _RULEBOOK_HEAD.search(text, start, end)
    if head is None or head.end() != end:
        return False
    before = _NAME_WORD_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and before.group(1) not in _RULEBOOK_OPENERS \
        and not _stop(before.group(1))


def _rulebooks(text: str, covered: _Covered, avoid: set[str],
               heads: re.Pattern[str] = _RULEBOOK_HEAD) -> list[ShapeTerm]:
    """Named codes, standards and acts no vocabulary holds: the capitalised words (and
    "and", "of", "for") before a head such as "Code" or "Standards". A verb or "the"
    opening the run is no part of the name; one word alone ("Standards") names none.
    With ``heads`` of named practices ("Model"), a name any word of which the vocabulary
    already reads is left to that reading."""
    out: list[ShapeTerm] = []
    practice = heads is _PRACTICE_HEAD
    for head in heads.finditer(text):
        if _NAME_GOES_ON.match(text, head.end()) or (
                practice and _MODEL_NUMBER.match(text, head.end())):
            continue  # "Code Gray and Code Silver": the head opens another name; a
            # "Model T" or "Model 3" is a product's
        words: list[tuple[str, int]] = []
        pos = head.start()
        while len(words) < 6 and (m := _NAME_TOKEN.search(text, max(0, pos - 30), pos)):
            words.insert(0, (m.group(1), m.start(1)))
            pos = m.start(1)
        while words and (words[0][0] in _RULEBOOK_GLUE or words[0][0] in _RULEBOOK_OPENERS
                         or (_stop(words[0][0]) and "-" not in words[0][0])):
            words.pop(0)
        if words and words[0][0][-1] in "'’" and not head.group().startswith("Act"):
            # "the Drivers' Guidelines", "our Members' Standards": the people's own rules
            # (review A3); a law may be named for them ("the Veterans' Benefits Act").
            words = []
        if not words:
            continue
        a, b = words[0][1], head.end()
        name = text[a:b]
        if 0 not in covered.mask[a:b] or name.lower() in avoid \
                or (practice and (not covered.free(a, b)
                                  or not _ARRANGEMENT.isdisjoint(name.lower().split()))):
            continue  # the vocabulary's own name, or the employer's; "our Hybrid Work
            # Model" is how the job is arranged, no way of working one can have
        out.append(ShapeTerm(name, "hard", a, b))
        covered.add(a, b)
    return out


class _Covered:
    """Which characters of a unit a known term already covers (one byte each): overlap
    tests stay linear in the term's length however many terms a long posting holds."""

    def __init__(self, size: int, spans: list[tuple[int, int]]) -> None:
        self.mask = bytearray(size + 1)
        self.spans: list[tuple[int, int]] = []
        for a, b in spans:
            self.add(a, b)

    def add(self, a: int, b: int) -> None:
        a, b = max(0, a), min(len(self.mask) - 1, b)
        if a < b:
            self.mask[a:b] = b"\x01" * (b - a)
            self.spans.append((a, b))

    def free(self, a: int, b: int) -> bool:
        return 1 not in self.mask[max(0, a):max(0, b)]


_GAP_AT_END = re.compile(r"(?:,\s*|\s(?:and|or|&)\s+|/)$")  # compiled once, not looked up per call


def _listed_names(text: str, covered: _Covered, avoid: set[str]) -> list[ShapeTerm]:
    """Capitalised names listed right beside a known term: "MLflow, Feast or Tecton"."""
    out: list[ShapeTerm] = []
    known = sorted(covered.spans)
    for a, b in known:
        for direction in (1, -1):
            pos = b if direction == 1 else a
            for _ in range(6):
                if direction == 1:
                    gap = _LIST_GAP.match(text, pos)
                    name = _LIST_NAME.match(text, gap.end()) if gap else None
                    if name is None:
                        break
                    na, nb = name.start(), name.end()
                else:
                    before = text[max(0, pos - 40):pos]
                    gap_m = _GAP_AT_END.search(before)
                    if gap_m is None:
                        break
                    gpos = pos - len(gap_m.group())
                    name_m = _NAME_BEFORE.search(text, max(0, gpos - 40), gpos)
                    if name_m is None:
                        break
                    na, nb = gpos - len(name_m.group()), gpos
                if not covered.free(na, nb):
                    pos = nb if direction == 1 else na
                    continue  # another known term: the list goes on
                words = text[na:nb].split()
                if _OF_BEFORE.search(text, max(0, na - 4), na):
                    break  # "Department of Health and Joint Commission": a longer name's end
                if (text[na:nb].lower() in avoid or any(w.lower() in _SMALL for w in words)
                        or _sentence_start(text, na) or _phrase_goes_on(text, nb)
                        or not all(_TITLE_CASE_WORD.match(w) or not w.isalpha() for w in words)):
                    break
                out.append(ShapeTerm(text[na:nb], "tool", na, nb))
                covered.add(na, nb)
                pos = nb if direction == 1 else na
    return out


_OF_BEFORE = re.compile(r"\bof $")
_INFINITIVE_AFTER = re.compile(r" to [a-z]")
# One lower-case word closing a list item: "Live chat," or "Live chat" at the line's end.
_LOWER_AFTER = re.compile(r" ([a-z][a-z]+)[ \t]*(?:[,;.)]|$)", re.MULTILINE)


def _phrase_goes_on(text: str, end: int) -> bool:
    """Does a capitalised word open a two-word item in sentence case ("Customer service,
    Live chat")? Then it is the item's first word, not a name of its own ("Live"). An
    adverb or a joining word after a name is no second word ("Manhattan ideally")."""
    if _INFINITIVE_AFTER.match(text, end):
        return True  # "Clean driving record, Ability to lift 100 lbs": a phrase's opening
    after = _LOWER_AFTER.match(text, end)
    if after is None:
        return False
    word = after.group(1)
    return word not in _SMALL and word not in ("or", "nor") and not word.endswith("ly")
_PRODUCT_WORDS = re.compile(r"[A-Z][\w-]*(?: (?:&|and|of|for) [A-Z][\w-]*| [A-Z][\w-]*)+")
_MAKER_BEFORE = re.compile(r"([A-Z][A-Za-z]+) $")


def _sentence_start(text: str, pos: int) -> bool:
    """Does ``pos`` open a sentence (capitalised for that reason alone)?"""
    before = text[:pos].rstrip()
    return not before or before[-1] in ".!?:;•-–—("


_JOINER = r"(?!(?:and|or|of|the|in|for|with|to|at|on|from|by|as|&)\b)"
_PHRASE_ITEM = re.compile(
    rf"{_JOINER}[a-z][a-z]+(?:-[a-z]+)*(?: {_JOINER}[a-z][a-z]+(?:-[a-z]+)*){{0,2}}")
_ITEM_END = re.compile(r"\s*(?:,|;|:|\.(?:\s|$)|\)|$|\s(?:and|or|and/or|&)\s)")
# The last item of a long list may run on into what it is for: "…, chemical analyzers and
# radio telemetry to remote pump stations".
_LAST_ITEM_END = re.compile(r"\s(?:to|for|in|on|at|across|from|under)\s")
_LIST_GAP_BACK = re.compile(r"(?:,\s*(?:(?:and|or)\s+)?|\s(?:and|or|&)\s+)$")
_PHRASE_BEFORE = re.compile(r"(?<![\w-])[a-z][a-z]+(?:-[a-z]+)*(?: [a-z][a-z]+(?:-[a-z]+)*){0,2}$")


_NAME_TAIL = re.compile(r"[A-Z][\w&/-]*\s$")


def _plain_item(words: list[str]) -> bool:
    """A list item that can name a thing: no stop word, verb or generic posting word."""
    return all(w not in _SMALL and not _stop(w) for w in words)


_VERB_AND_BEFORE = re.compile(r"(?<![\w-])([a-z]+) (?:and|or|&) $")
_AND_VERB_AFTER = re.compile(r" (?:and|or|&) ([a-z]+) [a-z]")
# Verbs of dealing with people, never a thing a list names on their own.
_DEALING = word_set("answer greet welcome assist help call email contact visit thank")


def _deed_item(text: str, start: int, words: list[str], verbs: frozenset[str]) -> bool:
    """Is a list item a verb's deed rather than a thing? A duty verb's bare form opening
    an item joined to another bare verb ("grind and finish welds"). A noun spelled like
    a verb keeps its place in a list of things ("graphics, email headers and web
    banners"), and a verb alone stays the list's ask ("screen and schedule interviews"
    asks screening), but not one whose object comes after the next verb: in "solder
    copper, glue PVC and cut and thread steel pipe" the item "cut" shares "steel pipe"
    with "thread", a deed, no thing."""
    if len(words) == 1 and words[0] in _DEALING:
        return True  # "..., answer and route calls, ...": a verb of dealing with people
    if words[0].lower() not in verbs:
        return False
    if len(words) == 1:
        after = _AND_VERB_AFTER.match(text, start + len(words[0]))
        return after is not None and after.group(1) in verbs
    before = _VERB_AND_BEFORE.search(text, max(0, start - 20), start)
    return before is not None and before.group(1) in verbs


_OPENING_WORD = re.compile(r"(?:(?:and|or)\s+)?([a-z]+)\s+[\w-]", re.IGNORECASE)


def _a_duty(text: str, a: int, b: int, verbs: frozenset[str]) -> bool:
    """Does the list member at ``a:b`` open with a duty's verb in its base form and go
    on to its object ("inspect damaged homes", "write estimates")?"""
    m = _OPENING_WORD.match(text, a, b)
    if m is None:
        return False
    word = m.group(1).lower()
    return (base_form(word)
            and (word in verbs or verb_form(word)))


def _listed_phrases(text: str, covered: _Covered, avoid: set[str],
                    verbs: frozenset[str] = frozenset()) -> list[ShapeTerm]:
    """Lower-case items of a list that names known skills: in "receiving, put-away,
    picking, packing and shipping" or "gas furnaces, heat pumps, ductless mini-splits
    and central air conditioners" every item is one of the job's things once two of
    them are known skills. Items of one to three plain words, ending where the list
    ends; never across a full stop, a semicolon or a bracket. A list of duties has
    verbs among its items (``_deed_item``)."""
    out: list[ShapeTerm] = []
    by_start = {a: b for a, b in covered.spans}
    by_end = {b: a for a, b in covered.spans}
    done: set[int] = set()
    for a, b in sorted(covered.spans):
        if a in done:
            continue
        items: list[tuple[int, int]] = []
        known = 1
        members = [(a, b)]  # the known skills of the list
        pos = b
        while len(items) + known < 12:  # forwards
            gap = _LIST_GAP.match(text, pos)
            if gap is None or gap.end() == pos:
                break
            if gap.end() in by_start:  # another known skill: the list goes on
                done.add(gap.end())
                known += 1
                members.append((gap.end(), by_start[gap.end()]))
                pos = by_start[gap.end()]
                continue
            m = _PHRASE_ITEM.match(text, gap.end())
            if m is None:
                break
            if _ITEM_END.match(text, m.end()) is None:
                if len(items) + known >= 3 and gap.group().split()[-1:] == ["and"] \
                        and _LAST_ITEM_END.match(text, m.end()):
                    items.append((m.start(), m.end()))  # the list's last item
                break
            items.append((m.start(), m.end()))
            pos = m.end()
        pos = a
        while len(items) + known < 24:  # backwards
            gap = _LIST_GAP_BACK.search(text, max(0, pos - 12), pos)
            if gap is None:
                break
            if gap.start() in by_end:
                known += 1
                members.append((by_end[gap.start()], gap.start()))
                pos = by_end[gap.start()]
                continue
            m = _PHRASE_BEFORE.search(text, max(0, gap.start() - 40), gap.start())
            if m is None or text[m.start() - 1:m.start()] in ("'", "’"):
                break  # "You'll strip and make beds": a contraction's tail opens no item
            items.append((m.start(), m.end()))
            pos = m.start()
        if known < 2 or known + len(items) < 3:
            continue  # a list of three or more, two of them known: "X and Y" is no list
        # "contact insureds within 24 hours, inspect damaged homes, barns and sheds, and
        # write estimates": a list of duties, whose other items are objects and times;
        # only a duty ("count inventory") or an activity named in one word is asked
        # ("help with bathing, dressing and toileting", "screen and schedule interviews").
        # A verb opening the list governs its items too: "Open checking, savings and
        # certificate accounts" asks account opening, not savings.
        listed = sorted((*members, *items))
        duties = sum(_a_duty(text, x, y, verbs) for x, y in listed) >= 2 or (
            _a_duty(text, *listed[0], verbs) and listed[0] in members)
        for ia, ib in items:
            words = text[ia:ib].split(" ")
            while len(words) > 1 and words[0] in GRADE:
                # "…, and unquestionable discretion": a word that grades the item
                ia += len(words.pop(0)) + 1
            if duties and not _a_duty(text, ia, ib, verbs) and not (len(words) == 1 and (
                    words[0].endswith("ing") or words[0].lower() in verbs)):
                continue
            if not _plain_item(words) or text[ia:ib].lower() in avoid \
                    or _deed_item(text, ia, words, verbs):
                continue
            if _NAME_TAIL.search(text, max(0, ia - 15), ia):
                continue  # "HR tech": the end of a name, not an item
            if covered.free(ia, ib):
                name = text[ia:ib]
                out.append(ShapeTerm(name[0].upper() + name[1:], "hard", ia, ib))
                covered.add(ia, ib)
    return out
