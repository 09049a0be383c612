"""An ask for experience in a kind of workplace ("hospital experience", "banking
background", "experience in a law firm") shown by where the person worked.

A posting in any field may ask for its setting: a hospital, a restaurant, a bank, a
school, a manufacturing plant. Resumes rarely write the setting as a word of their
bullets; they name the employer ("Mercy General Hospital", "Huntington Bank", "Harmon
& Reyes LLP"), and every other reader leaves words inside an employer's name out on
purpose ("Triangle Site Design" is no evidence of site design). For a setting the name
is the evidence, so this reader looks at the words of the resume's work entries'
header lines, and only there: a school named in Education is where one studied, not
where one worked.

The table holds the words that place an employer in each setting: common nouns of
place ("hospital", "credit union", "LLP"), never a brand, so it reads any resume.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tailor_app.tailoring.model import SkillMatch, SkillMention
from tailor_app.tailoring.skills.evidence import ResumeLine
from tailor_app.tailoring.skills.head_in_entry import entries
from tailor_app.tailoring.skills.stems import same_word

__all__ = ["names_a_setting", "setting_in_employer"]

# A practice named by its specialty ("Cumberland Orthopedics", "Cascade Family
# Dentistry") is a medical office and a healthcare employer.
_SPECIALTIES = ("orthopedics", "orthopaedics", "cardiology", "dermatology", "oncology",
                "dentistry", "orthodontics", "ophthalmology", "optometry", "chiropractic",
                "physical therapy", "urology", "neurology", "radiology",
                "obstetrics", "gynecology", "ob/gyn", "women's health", "gastroenterology",
                "pulmonology", "nephrology", "endocrinology", "internal medicine",
                "surgical associates", "surgical group", "eye care", "dialysis")
_HEALTH_PLACES = (*_SPECIALTIES, "hospital", "medical center", "medical centre", "health system",
                  "clinic", "health", "healthcare", "medical", "physicians", "family medicine",
                  "urgent care", "pediatrics", "dental", "pharmacy", "rehabilitation",
                  "hospice", "nursing home", "surgery center", "health care")
_BANKS = ("bank", "credit union", "bancorp", "bancshares", "savings and loan")
_FOOD = ("restaurant", "grill", "cafe", "café", "bistro", "diner", "pizzeria", "steakhouse",
         "tavern", "eatery", "brewery", "brewing", "taqueria", "bar & grill", "bar and grill",
         "kitchen")
_LODGING = ("hotel", "inn", "resort", "suites", "lodge", "motel", "casino")
_SCHOOLS = ("school", "schools", "elementary", "academy", "school district",
            "unified school district", "independent school district")
# (Not "senior living" or "assisted living": their residents need not need nursing care.)
_CARE_HOMES = ("nursing home", "skilled nursing", "nursing and rehabilitation",
               "nursing & rehabilitation", "care center", "health and rehab", "health & rehab",
               "nursing center", "nursing and rehab", "nursing & rehab", "post-acute",
               "transitional care")

# Homes where people live and are cared for over months or years, whose staff's
# nursing is long-term care only when their title is one of care ("Charge Nurse (LPN),
# Riverbend Senior Living"): a senior community's cook or driver gives no care.
_CARE_COMMUNITIES = ("senior living", "assisted living", "memory care", "retirement community",
                     "retirement home", "retirement living", "senior care", "adult family home",
                     "residential care", "care home", "rest home")
_CARE_TITLES = re.compile(
    r"(?<![\w-])(?:nurse|nursing|LPN|LVN|RN|CNA|STNA|caregiver|care\s+partner|care\s+assistant"
    r"|resident\s+care|med(?:ication)?\s+tech(?:nician)?|QMAP|CMA"
    # an aide of care, not a dietary, kitchen, housekeeping or activities aide
    r"|(?:nurse|nursing|care|resident|personal\s+care|home\s+health|patient\s+care"
    r"|med(?:ication)?)\s+aide)(?![\w-])",
    re.IGNORECASE)
# Clinics where patients come and go the same day, named by words of medicine; not a bare
# "Clinic" or "Physicians" (Cleveland Clinic's ICU, a law school's legal clinic, Physicians
# Mutual) and not a dentist's office, whose work is no medical assistant's or nurse's.
_OUTPATIENT = ("medical clinic", "health clinic", "walk-in clinic", "family clinic",
               "pediatric clinic", "medical group", "family medicine", "family practice",
               "primary care", "urgent care", "pediatrics", "pediatric associates",
               "medical office", "medical associates", "community health center", "outpatient",
               *(s for s in _SPECIALTIES if s not in ("dentistry", "orthodontics")))
# A distribution center by its name; a distributor's bare "Distribution" only under a
# title of warehouse work (``_WAREHOUSE_WORK``): its driver, salesman or accountant
# worked for a distributor, not in its building, and a plant's warehouse is no DC.
_WAREHOUSES = ("distribution center", "distribution centre", "fulfillment center",
               "fulfilment centre", "fulfillment")
_WAREHOUSE_WORK = re.compile(
    r"(?<![\w-])(?:warehouse|inventory|receiving|shipping|picker|packer|order\s+selector"
    r"|forklift|loader|material\s+handler|dock\w*|putaway|stocker)(?![\w-])", re.IGNORECASE)
# A store named by its kind or a title only a store has ("Key Holder / Sales Lead |
# Summit Sports"); not "shop", which is as often a machine, body or print shop, nor
# "boutique", which is as often a firm ("Harlow Boutique Advisory"), nor a "Sales
# Associate", who is as often an electrical supply house's inside salesman.
_STORES = ("retail", "retailer", "store", "stores", "supermarket", "key holder", "keyholder",
           "sales floor")
# Words of an entry's header that place its work elsewhere, though the employer's name
# holds a word of the setting: a retailer's distribution center or head office is no
# store ("Warehouse Manager — Target Stores Distribution Center"), an ICU no outpatient
# clinic ("Staff Nurse, Medical ICU — ... Clinic").
_ELSEWHERE = {
    _STORES: re.compile(
        r"\b(?:distribution|warehouse|DC|fulfil+ment|corporate|headquarters|HQ|head\s+office"
        r"|plant|factory|call\s+center|contact\s+center|advisory|consulting|online"
        r"|e-?commerce)\b", re.IGNORECASE),
    _OUTPATIENT: re.compile(
        r"\b(?:ICU|CCU|NICU|PICU|MICU|SICU|intensive\s+care|med[- /]?surg\w*|telemetry"
        r"|inpatient|emergency\s+department|ED|ER|hospital|medical\s+center|law|legal|tax"
        r"|insurance|mutual|veterinary|animal|pet)\b", re.IGNORECASE),
}

_CATERING = ("catering", "caterer", "caterers")
# A hotel's banquets are its catering, in the title of the one who worked them ("Banquet
# Server / Lead, Blue Ridge Lodge"); a guard at the "Grand Banquet Center" served none.
_BANQUET_TITLE = re.compile(r"(?<![\w-])banquets?(?![\w-])", re.IGNORECASE)

_HOSPITALS = ("hospital", "medical center", "medical centre", "health system")
_CALL_CENTERS = ("call center", "call centre", "contact center", "contact centre",
                 "customer care center", "customer contact center", "support center")
_MANUFACTURERS = ("manufacturing", "mfg", "manufacturer", "fabrication", "industries", "plant")
_NONPROFITS = ("foundation", "charities", "ministries", "nonprofit", "non-profit", "united way",
               "ymca", "community services", "community action")
_GOVERNMENT = ("county", "city of", "state of", "department of", "federal", "municipal",
               "township")

# The setting a posting asks (its name, lower case, without a tail such as "setting":
# see ``_TAIL``) -> the words of an employer's name or entry header that place the work
# there.
SETTINGS: dict[str, tuple[str, ...]] = {
    "hospital": _HOSPITALS,
    # A hospital's floors are acute care ("acute care nursing experience").
    "acute care": _HOSPITALS,
    # A call center named by its other names ("Sonoran Credit Union Contact Center").
    "call center": _CALL_CENTERS,
    "call centre": _CALL_CENTERS,
    "contact center": _CALL_CENTERS,
    "contact centre": _CALL_CENTERS,
    "healthcare": _HEALTH_PLACES,
    "health care": _HEALTH_PLACES,
    "medical office": ("clinic", "medical group", "physicians", "family medicine",
                       "pediatrics", "medical office", "medical associates", *_SPECIALTIES),
    "outpatient": _OUTPATIENT,
    "outpatient clinic": _OUTPATIENT,
    "outpatient care": _OUTPATIENT,
    "clinic": _OUTPATIENT,
    "medical clinic": _OUTPATIENT,
    "physician's office": _OUTPATIENT,
    "physician office": _OUTPATIENT,
    "physicians office": _OUTPATIENT,
    "doctor's office": _OUTPATIENT,
    "medical practice": _OUTPATIENT,
    "primary care": _OUTPATIENT,
    "ambulatory care": _OUTPATIENT,
    "banking": _BANKS,
    "bank": _BANKS,
    "credit union": ("credit union",),
    "financial services": (*_BANKS, "financial", "investments", "securities", "wealth"),
    "financial institution": (*_BANKS, "financial"),
    "insurance": ("insurance", "mutual", "assurance", "casualty", "underwriters"),
    "restaurant": _FOOD,
    "restaurants": _FOOD,
    "full-service restaurant": _FOOD,
    "food service": (*_FOOD, "catering", "dining", "food service", "foodservice"),
    "hospitality": (*_LODGING, "hospitality"),
    "catering": _CATERING,
    "hotel": _LODGING,
    "construction": ("construction", "builders", "contractors", "contracting",
                     "general contractor"),
    # Only an employer that says it builds commercial work ("Carolina Commercial
    # Contractors"): a homebuilder shows construction, not this.
    "commercial construction": ("commercial construction", "commercial contractors",
                                "commercial contracting", "commercial builders",
                                "commercial general contractor", "commercial interiors"),
    "manufacturing": _MANUFACTURERS,
    "nonprofit": _NONPROFITS,
    "non-profit": _NONPROFITS,
    "law firm": ("llp", "law firm", "law group", "law offices", "law office", "attorneys",
                 "attorneys at law"),
    "school": _SCHOOLS,
    "k-12": _SCHOOLS,
    "logistics": ("logistics", "freight", "trucking", "transport", "transportation",
                  "distribution", "shipping"),
    "distribution": ("distribution", "distributors", "distributing", "wholesale",
                     "supply", "logistics"),
    "warehouse": ("warehouse", "distribution center", "distribution centre",
                  "fulfillment center", "fulfillment"),
    "distribution center": _WAREHOUSES,
    "distribution centre": _WAREHOUSES,
    "fulfillment center": _WAREHOUSES,
    "retail": _STORES,
    "retail store": _STORES,
    "utility": ("gas & electric", "gas and electric", "electric", "energy", "power",
                "water", "utilities", "utility"),
    "long-term care": _CARE_HOMES,
    "long term care": _CARE_HOMES,
    "ltc": _CARE_HOMES,
    "long-term care facility": _CARE_HOMES,
    "nursing home": _CARE_HOMES,
    "skilled nursing": _CARE_HOMES,
    "skilled nursing facility": _CARE_HOMES,
    "snf": _CARE_HOMES,
    "home health": ("home health", "home care", "homecare", "visiting nurse"),
    "government": _GOVERNMENT,
    "public sector": _GOVERNMENT,
}
# Words a posting puts after a setting that do not change which one it is.
_TAIL = re.compile(r"\s+(?:setting|settings|environment|industry|sector|experience)$")
_TAIL_WORDS = ("setting", "settings", "environment", "industry", "sector", "experience")


def _places(name: str) -> tuple[str, ...]:
    """The words that place an employer in the setting ``name`` asks for: by the whole
    name ("public sector"), else without its tail ("hospital setting"); () for none."""
    low = name.casefold().strip()
    # (A tail is cut only from a name ending in one: the pattern, anchored at the end,
    # is tried at every character; ``low`` has no final line break for "$" to precede.)
    return SETTINGS.get(low) or SETTINGS.get(
        _TAIL.sub("", low) if low.endswith(_TAIL_WORDS) else low, ())


def names_a_setting(name: str) -> bool:
    """Is ``name`` a kind of workplace? A summary line names none: one has worked in a
    hospital, not "experience in Hospital"."""
    return bool(_places(name))


def _setting(mention: SkillMention) -> tuple[str, ...]:
    for name in (mention.name, mention.term):
        words = _places(name or "")
        if words:
            return words
    return ()


@lru_cache(maxsize=64)
def _pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in
                            sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w&])(?:{alternatives})(?![\w&])", re.IGNORECASE)


# Settings whose homes of care count with a title of care (``_CARE_COMMUNITIES``).
_LONG_TERM = frozenset({"long-term care", "long term care", "ltc", "long-term care facility"})
# "<setting> management" is the running of such a place: its manager's, supervisor's or
# key holder's work.
_RUNNING = frozenset({"management", "operations", "supervision", "leadership"})
# The place's own runner: the title's runner word with no other function before it
# ("Store Manager", "Assistant Manager", "Key Holder"; not "Warehouse Manager", "IT Manager").
_RUNNER = re.compile(
    r"(?<![\w-])(?:(?:assistant|asst\.?|associate|general|shift|department|dept\.?|floor|store"
    r"|retail|restaurant|hotel|senior|sr\.?|deputy|co-)\s*)*(?:manager|mgr|supervisor|director"
    r"|key\s?holder|superintendent)(?![\w-])", re.IGNORECASE)  # (a foreman runs a crew)
_RUNNER_OPEN = re.compile(r"(?:^|[|,(—–/]|\s[-–—]\s)\s*$")


def _work_headers(lines: list[ResumeLine]) -> list[list[ResumeLine]]:
    """The header lines of each work entry (title, employer, dates)."""
    out: list[list[ResumeLine]] = []
    for entry in entries(lines):
        headers = [ln for ln in entry
                   if ln.part == "header" and ln.section in ("experience", "volunteering")]
        if headers:
            out.append(headers)
    return out


def _titled(headers: list[ResumeLine], title: re.Pattern[str]) -> bool:
    """Does an entry's title (a header's words outside the employer's name) match? The
    runner's title must open its field of the header: "Warehouse Manager" is no store's."""
    return any(not ln.in_name(m.start(), m.end())
               and (title is not _RUNNER or _RUNNER_OPEN.search(ln.text[:m.start()]))
               for ln in headers for m in title.finditer(ln.text))


def _in_entry(headers: list[ResumeLine], words: tuple[str, ...]
              ) -> tuple[ResumeLine, str] | None:
    pattern = _pattern(words)
    for line in headers:
        found = pattern.search(line.text)
        if found:
            return line, found.group()
    return None


def _in_place(words: tuple[str, ...], lines: list[ResumeLine],
              title: re.Pattern[str] | None = None) -> tuple[ResumeLine, str] | None:
    """The header line and words that place a work entry in the setting ``words``
    names, no header of the entry placing it elsewhere (``_ELSEWHERE``), and its title
    matching ``title`` when one is given."""
    elsewhere = _ELSEWHERE.get(words)
    for headers in _work_headers(lines):
        found = _in_entry(headers, words)
        if found is None:
            continue
        if elsewhere is not None and any(elsewhere.search(ln.text) for ln in headers):
            continue
        if title is None or _titled(headers, title):
            return found
    return None


def _composite(mention: SkillMention, lines: list[ResumeLine]) -> SkillMatch | None:
    """An ask of a setting and one more word, shown by one work entry's header lines:
    "Retail management" by a manager's, supervisor's or key holder's title in a store
    ("Key Holder / Sales Lead | Summit Sports"); "Industrial distribution" by an employer
    naming both ("Fox River Industrial Supply"); "Hospital pharmacy" by a pharmacy job's
    entry placed in a hospital ("Pharmacy Technician, Riverside Community Hospital").
    The word is read by its stem ("Foods" for food distribution), as a whole word of the
    header."""
    words = mention.name.split()
    if len(words) < 2:
        return None
    last, rest = words[-1].casefold(), " ".join(words[:-1])
    if last in _RUNNING and _places(rest):
        place = _in_place(_places(rest), lines, _RUNNER)
        if place is None:
            return None
        return SkillMatch(mention.name, mention.kind, mention.required, place[0].text, place[1])
    # (The setting by its plain name only: one dict look-up for every ask that gets here.)
    # Not the broad "healthcare", whose place words (pharmacy, dental, medical) are shops
    # too, nor a work any employer has (sales, marketing): a drugstore's sales associate
    # has done no healthcare sales (review22's N5).
    rest_places = SETTINGS.get(rest.casefold())
    if rest_places and rest_places is not _HEALTH_PLACES and len(last) >= 4 \
            and last.isalpha() and last not in _ANY_EMPLOYERS_WORK:
        work = _work_in_place(rest_places, last, lines)
        if work is not None:
            return SkillMatch(mention.name, mention.kind, mention.required, *work)
    first, setting = words[0], " ".join(words[1:])
    places = _places(setting)
    if not places or not re.fullmatch(r"[A-Za-z]{4,}", first) or first.casefold() in _TAIL_WORDS:
        return None
    for headers in _work_headers(lines):
        for line in headers:
            found = _pattern(places).search(line.text)
            if found is None:
                continue
            said = next((w for w in re.finditer(r"[A-Za-z]+", line.text)
                         if same_word(w.group(), first)
                         and w.group().casefold() not in places), None)
            if said is not None:
                # The words as the line writes them: "Foods Distribution".
                start, end = min(said.start(), found.start()), max(said.end(), found.end())
                term = line.text[start:end] if end - start <= 40 else found.group()
                return SkillMatch(mention.name, mention.kind, mention.required, line.text, term)
    return None


# Works every kind of employer has: they say nothing of the setting's own work.
_ANY_EMPLOYERS_WORK = frozenset({"sales", "marketing", "retail", "customer", "service",
                                 "services", "administration", "management", "accounting",
                                 "finance", "operations", "experience"})
# The parts of a header line: title, employer, place, dates ("Pharmacy Technician II,
# Riverside Community Hospital, Jackson, MI").
_HEADER_PARTS = re.compile(r"[ \t]*(?:[,|·•()]|[ \t][–—-][ \t]|\t|[ ]{2})[ \t]*")
# A part's dates after the employer's name, with one space: "... Hospital 2021".
_TRAILING_DATES = re.compile(r"(?:[ \t]+(?:(?:19|20)\d\d|present|current|now)\b.*)$",
                             re.IGNORECASE)


def _work_in_place(places: tuple[str, ...], work: str, lines: list[ResumeLine]
                   ) -> tuple[str, str] | None:
    """(the header line, its words) of a work entry placed in the setting ``places``
    names whose headers also name the ``work`` ("Hospital pharmacy": "Pharmacy
    Technician II, Riverside Community Hospital"); None when no one entry does both (a
    pharmacy job and a hospital's volunteer post are two entries). The place's word must
    end its part of the header, as the head of the employer's name ("... Community
    Hospital", not "Lakeview School of Nursing" or "Summit Health & Nutrition", whose
    heads are a subject and a ware), and the work's word stand in another part (the
    title), not in that name."""
    elsewhere = _ELSEWHERE.get(places)
    pattern = _pattern(places)
    for headers in _work_headers(lines):
        if elsewhere is not None and any(elsewhere.search(ln.text) for ln in headers):
            continue
        placed: tuple[str, str] | None = None
        titles: list[str] = []
        for line in headers:
            for part in _HEADER_PARTS.split(line.text):
                name = _TRAILING_DATES.sub("", part.strip())
                head = next(reversed(list(pattern.finditer(name))), None)  # the last one
                if placed is None and head is not None and head.end() == len(name):
                    placed = (line.text, head.group())
                else:
                    titles.append(part)
        if placed is not None and any(same_word(w, work) for t in titles
                                      for w in re.findall(r"[A-Za-z]+", t)):
            return placed
    return None


def setting_in_employer(mention: SkillMention, lines: list[ResumeLine]
                        ) -> tuple[float, SkillMatch | None]:
    """A setting the posting asks, shown by a work entry's header ("Staff Nurse | Mercy
    General Hospital"): the header's own words, employer's name included."""
    if mention.kind not in ("hard", "tool"):
        return 0.0, None
    words = _setting(mention)
    if not words:
        composite = _composite(mention, lines)
        return (1.0, composite) if composite is not None else (0.0, None)
    pattern = _pattern(words)
    elsewhere = _ELSEWHERE.get(words)
    if elsewhere is not None:
        found_in = _in_place(words, lines)
        if found_in is not None:
            return 1.0, SkillMatch(mention.name, mention.kind, mention.required,
                                   found_in[0].text, found_in[1])
        return 0.0, None
    for line in lines:
        if line.part != "header" or line.section not in ("experience", "volunteering"):
            continue
        found = pattern.search(line.text)
        if found:
            return 1.0, SkillMatch(mention.name, mention.kind, mention.required, line.text,
                                   found.group())
    if words is _CATERING:  # "Banquet Server / Lead, Blue Ridge Mountain Lodge"
        for headers in _work_headers(lines):
            if _titled(headers, _BANQUET_TITLE):
                line = next(ln for ln in headers if any(
                    not ln.in_name(m.start(), m.end()) for m in _BANQUET_TITLE.finditer(ln.text)))
                said = next(m.group() for m in _BANQUET_TITLE.finditer(line.text)
                            if not line.in_name(m.start(), m.end()))
                return 1.0, SkillMatch(mention.name, mention.kind, mention.required,
                                       line.text, said)
    if words is _WAREHOUSES:  # "Inventory Clerk — Sierra Home Goods Distribution"
        place = _in_place(("distribution",), lines, _WAREHOUSE_WORK)
        if place is not None:
            return 1.0, SkillMatch(mention.name, mention.kind, mention.required,
                                   place[0].text, place[1])
    if mention.name.casefold() in _LONG_TERM or mention.term.casefold() in _LONG_TERM:
        for headers in _work_headers(lines):
            home = _in_entry(headers, _CARE_COMMUNITIES)
            if home is not None and _titled(headers, _CARE_TITLES):
                return 1.0, SkillMatch(mention.name, mention.kind, mention.required,
                                       home[0].text, home[1])
    described = _described(words)
    for line in lines:
        if line.part != "bullet" or line.section not in ("experience", "volunteering"):
            continue
        low = line.text.casefold()
        if " a " not in low and " an " not in low:
            continue  # the cheap test before the pattern
        found = described.search(line.text)
        if found:
            return 1.0, SkillMatch(mention.name, mention.kind, mention.required, line.text,
                                   found.group())
    return 0.0, None


# A bullet that says what kind of place the work was for: "Ran the front office for a
# 60-person electrical contractor", "Line cook at a 200-seat steakhouse". The place is
# the noun ending a short phrase after "for/at/with a(n)" (not "a bank customer"); a
# bullet names one, singular, so the trades' "contractor" is read here (a header's
# "Independent Contractor" is a role, not a place).
_SINGULAR = {"contractors": "contractor", "builders": "builder"}


@lru_cache(maxsize=64)
def _described(words: tuple[str, ...]) -> re.Pattern[str]:
    places = (*words, *(_SINGULAR[w] for w in words if w in _SINGULAR))
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in
                            sorted(places, key=len, reverse=True))
    return re.compile(rf"\b(?:for|at|with)\s+an?\s+(?:[\w$,+-]+\s+){{0,3}}?"
                      rf"(?:{alternatives})(?=\s*(?:[,.;:()]|$)|\s+(?:in|of|on|with|and|that"
                      r"|where|serving|from|[-–—])\s)", re.IGNORECASE)
