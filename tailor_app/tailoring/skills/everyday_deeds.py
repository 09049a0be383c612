"""Everyday office, shop and front-desk skills shown by the plain words of doing them.

Postings in every field ask for data entry, cash handling, event planning, record
keeping and quality control by those names; resumes tell the work instead: "Entered
300 orders a day into SAP", "Counted the drawer at open and close", "Planned the annual
offsite for 60 people", "Kept maintenance logs for 40 trucks", "Inspected every part
against the drawing". Each skill here has one pattern of a verb of doing it and the
things it is done to, read only in the resume's own entries (bullets and entry lines),
never in a summary's claims. A pattern names the work, never a product or a field, so
it reads a resume of any trade.
"""

from __future__ import annotations

import re

from tailor_app.tailoring.model import SkillMatch, SkillMention
from tailor_app.tailoring.skills.care_deeds import CARE_DEEDS
from tailor_app.tailoring.skills.evidence import ResumeLine, evidence_rank
from tailor_app.tailoring.skills.field_deeds import FIELD_DEEDS
from tailor_app.tailoring.skills.floor_deeds import FLOOR_DEEDS
from tailor_app.tailoring.skills.result_deeds import RESULT_DEEDS
from tailor_app.tailoring.skills.work_words import FIRM_ACCOUNTS, WORK_WORDS

__all__ = ["everyday_deed"]

# Getting a better price is negotiating it: "haggle rates with brokers", "work price
# breaks with purchasing", "got lower freight rates from 3 carriers".
_PRICE_DEED = (
    r"\b(?:haggl(?:e|ed|es|ing)|bargain(?:ed|ing))\s+(?:over\s+|on\s+|down\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:rates|prices|pricing|costs|fees)\b"
    r"|\b(?:work(?:ed|ing|s)?|hammer(?:ed|ing|s)?\s+out)\s+(?:out\s+)?(?:[\w-]+\s+)?"
    r"(?:price\s+breaks|discounts|volume\s+pricing|better\s+(?:rates|pricing|prices|terms))\b"
    r"|\b(?:got|get|gets|getting|won|win|wins|secured|secure|secures|securing)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:lower|better|reduced|discounted)\s+(?:[\w-]+\s+)?"
    r"(?:rates|pricing|prices|terms)\b")
_PRICED = re.compile(_PRICE_DEED, re.IGNORECASE)

# A result that only the practice gives: "avg ticket up 14%", "check average rose 8%",
# "Add on hardware and fasteners to lumber orders" (selling more to one buyer).
_SOLD_MORE = (
    r"\b(?:average|avg\.?)\s+(?:ticket|check|sale|order|transaction)s?(?:\s+(?:size|value))?"
    r"\s+(?:up|rose|grew|increased|climbed)\b"
    r"|\bcheck\s+average\s+(?:up|rose|grew|increased|climbed)\b"
    r"|\b(?:rais|increas|grow|grew|boost|lift)(?:ed|es|ing|s)?\s+(?:the\s+|our\s+|my\s+)?"
    r"(?:average|avg\.?)\s+(?:ticket|check|sale|order|transaction)"
    r"|\badd(?:ed|s|ing)?\s+on\s+(?:[\w,'’-]+\s+){1,5}?to\s+(?:[\w-]+\s+)?"
    r"(?:orders|sales|tickets|purchases|jobs)\b"
    # "Add fabric protection and pillows to most sofa sales": most buyers sold more.
    r"|\badd(?:ed|s|ing)?\s+(?:[\w,'’-]+\s+){1,5}?to\s+(?:most|every|each|nearly\s+every"
    r"|\d+%\s+of)\s+(?:[\w-]+\s+){0,2}?(?:orders|sales|tickets|purchases|jobs|invoices)\b"
    # "a customer buying paper towels should also be buying our dispensers"; "38% of my
    # book has 2+ policies".
    r"|\bshould\s+also\s+(?:be\s+)?buy(?:ing)?\b"
    r"|\b\d+%\s+of\s+(?:my|our|the)\s+(?:book|customers|clients|accounts|households)\s+"
    r"(?:has|have|with|carr(?:y|ies)|own)\s+(?:2|two|3|three|multiple)\+?\s+(?:or\s+more\s+)?"
    r"(?:policies|products|lines|accounts|services)\b"
    r"|\battach\s+rates?\b")
_SOLD_MORE_DEED = re.compile(_SOLD_MORE, re.IGNORECASE)

# Selling, told as a rep tells it. A line only names a call or a visit as prospecting
# when it says what was sold or sought ("new accounts", leads, prospects): property
# managers phone owners too.
_SALES_LINE = re.compile(r"\bnew\s+(?:[\w-]+\s+)?(?:accounts|business|customers|clients|contracts)"
                         r"|\bprospect|\bleads?\b|\bsell|\bsold\b|\bsales\b|\bquota",
                         re.IGNORECASE)
_DIALS = (r"\b(?:make|made|makes|making|log(?:ged|s|ging)?|averag(?:e|ed|es|ing))\s+"
          r"(?:\d[\d,]*\+?(?:[–-]\d[\d,]*)?|\w+)\s+(?:outbound\s+|cold\s+|sales\s+)?dials\b")
_PHONED = (r"\b(?:phon(?:e|ed|es|ing)|cold[- ]call(?:ed|s|ing)?|call(?:ed|s|ing)?"
           r"|dial(?:ed|s|ing)?)\s+(?:on\s+)?(?:[\w-]+\s+){0,2}?(?:prospects|decision[- ]makers"
           r"|business\s+owners|owners|buyers|purchasing\s+agents|plant\s+managers|office\s+managers)\b")
_DOORS = (r"\bknock(?:ed|s|ing)?\s+on\s+(?:[\w,–+-]+\s+){0,3}?doors\b|\bdoor[- ]to[- ]door\b"
          r"|\bcanvass(?:ed|es|ing)?\b")
_LEADS_FOUND = (r"\b(?:find|found|finds|finding|generat(?:e|ed|es|ing)|sourc(?:e|ed|es|ing)"
                r"|dig(?:s|ging)?\s+up|dug\s+up)\s+(?:[\w-]+\s+){0,2}?leads\b")
# New buyers found by one's own effort: "Find new clients through my referral network",
# "drum up new business".
_NEW_FOUND = (r"\b(?:find|found|finds|finding|bring(?:s|ing)?\s+in|brought\s+in"
              r"|drum(?:med|s|ming)?\s+up|dig(?:s|ging)?\s+up|dug\s+up|generat(?:e|ed|es|ing)"
              r"|hunt(?:ed|s|ing)?\s+(?:down|for))\s+(?:[\w-]+\s+){0,2}?new\s+(?:[\w-]+\s+)?"
              r"(?:clients|customers|business|accounts|buyers|prospects)\b")

# Inspecting what was made, or checking it against its drawing or procedure: "Inspected
# every part", "Checked welds against the WPS before sign-off".
_CHECKED = re.compile(
    r"\binspect(?:ed|ing|s)?\s+(?:[\w-]+\s+){0,3}?(?:parts?|products?|welds?|units?"
    r"|assemblies|items?|shipments?|goods|materials?|finished\s+work)\b"
    r"|\b(?:check(?:ed|s|ing)?|verif(?:ied|y|ies|ying)|measur(?:ed|es|e|ing))\s+(?:[\w-]+\s+){0,3}?"
    r"(?:parts?|welds?|units?|assemblies|dimensions|work|products?|builds?)\s+against\b",
    re.IGNORECASE)
# Words of a pitch, not of goods sold ("Sold the new process to ..."), and words that put
# the buyers in the writer's own firm ("... to department managers", "to our directors").
_NO_GOODS = (r"(?:the|our|my|their|his|her|this|that|process|processes|idea|ideas|plan|plans"
             r"|redesign|change|changes|proposal|proposals|vision|concept|strategy|initiative"
             r"|approach|policy|roadmap|budget)\b")
_IN_HOUSE = (r"(?:the|our|my|their|his|her|department|departmental|internal|in-house|senior"
             r"|leadership|team|company|executive|division|unit)\b")
_DEEDS: dict[str, re.Pattern[str]] = {
    **FIELD_DEEDS,
    **FLOOR_DEEDS,
    **CARE_DEEDS,
    **RESULT_DEEDS,
    # Add-ons sold (field_deeds), or a result only selling more to one buyer gives.
    "Upselling": re.compile(FIELD_DEEDS["Upselling"].pattern + "|" + _SOLD_MORE,
                            re.IGNORECASE),
    # "Ran orientation for 15 new hires a month": welcoming new people is onboarding.
    "Onboarding": re.compile(
        r"\b(?:ran|run|runs|running|led|leads|leading|held|holds?|holding|conduct(?:ed|s|ing)?"
        r"|gave|give|gives|giving|deliver(?:ed|s|ing)?|facilitat(?:ed|es|e|ing)|plan(?:ned|s|ning)?)"
        r"\s+(?:[\w'’-]+\s+){0,2}?orientations?\b", re.IGNORECASE),
    # "Paid 600 vendor invoices a month": the bills a business owes, paid.
    "Accounts Payable": re.compile(
        r"\b(?:pa(?:id|y|ys|ying)|cut\s+checks\s+for|vouch(?:ed|ing)?|match(?:ed|es|ing)"
        r"|cod(?:ed|es|e|ing))\s+(?:[\w,$-]+\s+){0,2}?(?:vendor|supplier|subcontractor)?\s*"
        r"(?:invoices|bills)\b", re.IGNORECASE),
    # "Built the department's $3M budget", "owned a $40M capital budget"; "keep monthly
    # spend under $1,200", "held food costs within 29%".
    "Budgeting": re.compile(
        r"\b(?:buil(?:t|d|ds|ding)|own(?:ed|s|ing)?|set|sets|setting|draft(?:ed|s|ing)?"
        r"|develop(?:ed|s|ing)?|creat(?:ed|es|e|ing)|plan(?:ned|s|ning)?|ran|run|runs|running)"
        r"\s+(?!(?:out|over|under|within|on|to|of)\s)(?:the\s+|a\s+|an\s+|our\s+|my\s+)?"
        r"(?:[\w'’$.,-]+\s+){0,3}?budgets?\b"
        r"|\b(?:kept|keep|keeps|keeping|held|hold|holds|holding)\s+(?:[\w$,'’-]+\s+){0,3}?"
        r"(?:spend|spending|costs|expenses)\s+(?:under|within|below)\b", re.IGNORECASE),
    # "made 50+ dials a day" (and see _ON_A_SALES_LINE).
    "Cold Calling": re.compile(_DIALS, re.IGNORECASE),
    # Dials, doors knocked on, leads found (and see _ON_A_SALES_LINE).
    "Prospecting": re.compile(f"{_DIALS}|{_DOORS}|{_LEADS_FOUND}|{_NEW_FOUND}", re.IGNORECASE),
    "Lead Generation": re.compile(f"{_LEADS_FOUND}|{_NEW_FOUND}", re.IGNORECASE),
    "Door-to-door canvassing": re.compile(_DOORS, re.IGNORECASE),
    # "Book 12-15 in-person meetings a week with owners".
    "Appointment setting": re.compile(
        r"\b(?:book(?:ed|s|ing)?|set(?:s|ting)?|schedul(?:e|ed|es|ing)|land(?:ed|s|ing)?)\s+"
        r"(?:\d[\d,]*\+?(?:[–-]\d[\d,]*)?\s+)?(?:(?:in-person|face-to-face|on-site|sales"
        r"|discovery|first|new|qualified)\s+){0,2}(?:meetings|demos)\b", re.IGNORECASE),
    # "Sell cutting tools and MRO supplies to 70+ plants", "calls to business owners".
    "B2B Sales": re.compile(
        r"\b(?:sell|sells|sold|selling)\s+(?:[\w,&'’-]+\s+){0,6}?to\s+(?:\d[\d,]*\+?\s+)?"
        r"(?:[\w-]+\s+)?(?:businesses|plants|manufacturers|restaurants|clinics|contractors"
        r"|offices|warehouses|hospitals|schools|dealers|dealerships|retailers|companies"
        r"|distributors|facilities|fleets|builders)\b"
        # Sold to the people who buy for a business: its managers, buyers, directors,
        # purchasing agents ("Sold janitorial supplies to facility directors and office
        # managers", "Sell lab consumables to purchasing agents"). An idea pitched inside
        # one's own firm is no sale ("Sold the new process to department managers",
        # "sold the redesign to our directors": review27's S5): no article or idea word
        # in the object, no article, possessive or in-house word before the buyers.
        r"|\b(?:sell|sells|sold|selling)\s+(?:(?!" + _NO_GOODS + r")[\w,&'’-]+\s+){1,6}?"
        r"to\s+(?:\d[\d,]*\+?\s+)?(?:(?!" + _IN_HOUSE + r")[\w-]+\s+){0,2}?"
        r"(?:managers|buyers|directors|purchasing\s+agents"
        r"|procurement\s+(?:teams|managers|staff)|superintendents|administrators"
        r"|executives)\b"
        r"|\bbusiness\s+(?:doors|owners)\b", re.IGNORECASE),
    # "Opened 34 new accounts", "sold $412K in new annual contracts".
    "New business development": re.compile(
        r"\b(?:open(?:ed|s|ing)?|won|win|wins|winning|land(?:ed|s|ing)?|sign(?:ed|s|ing)?"
        r"|brought\s+in|bring(?:s|ing)?\s+in|sold|sell|sells|add(?:ed|s|ing)?)\s+"
        r"(?:\$[\d.,]+\s*[kmb]?\s+(?:in\s+)?|\d[\d,]*\+?\s+)?new\s+(?:[\w-]+\s+)?"
        r"(?:accounts|customers|clients|business|contracts|logos)\b(?!['’])", re.IGNORECASE),
    # "Text and call internet leads within 15 min", "work every lead in the CRM".
    "Lead Follow-Up": re.compile(
        r"\b(?:call(?:ed|s|ing)?|text(?:ed|s|ing)?|e-?mail(?:ed|s|ing)?|phon(?:e|ed|es|ing)"
        r"|work(?:ed|s|ing)?)\s+(?:back\s+)?(?:every\s+|all\s+|each\s+|my\s+|our\s+)?"
        r"(?:(?:new|inbound|internet|web|online|warm|open)\s+)*leads?\b", re.IGNORECASE),
    # "Walk each site to find problems", "ask questions and match them to the right truck".
    "Needs Analysis": re.compile(
        r"\bwalk(?:ed|s|ing)?\s+(?:[\w-]+\s+){0,3}?(?:sites?|floors?|plants?|facilit(?:y|ies)"
        r"|buildings?|properties|homes)\s+(?:[\w-]+\s+){0,4}?to\s+(?:find|see|learn|spot"
        r"|understand|identify)\b"
        r"|\bask(?:ed|s|ing)?\s+(?:[\w-]+\s+){0,2}?questions\b[^.;]{0,40}?\b(?:match|fit"
        r"|recommend|right)", re.IGNORECASE),
    # "win rate 41%", "close ratio of 1 in 3", "closed 28 new contracts in 2024".
    "Deal Closing": re.compile(
        r"\b(?:win|close|closing)\s+(?:rate|ratio)s?\b"
        r"|\bclos(?:ed|es|ing)\s+(?:\$[\d.,]+\s*[kmb]?|\d[\d,]*)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:deals|sales|contracts|accounts|bookings)\b", re.IGNORECASE),
    "Cross-selling": _SOLD_MORE_DEED,
    # See _PRICE_DEED; haggling or bargaining with someone is negotiating too.
    "Negotiation": re.compile(
        _PRICE_DEED + r"|\b(?:haggl(?:e|ed|es|ing)|bargain(?:ed|ing))\s+with\b",
        re.IGNORECASE),
    "Pricing negotiation": _PRICED,
    "Price negotiation": _PRICED,
    "Rate negotiation": _PRICED,
    # "Entered 300 orders a day into SAP", "keyed invoices into QuickBooks": typing
    # something into a system.
    "Data Entry": re.compile(
        r"\b(?:enter(?:ed|s|ing)?|key(?:ed|s|ing)?|input(?:ted|s|ting)?|typ(?:ed|ing))\s+"
        r"(?:[\w$%.,/&-]+\s+){0,5}?into\s+(?:the\s+|our\s+|a\s+)?"
        r"(?:[A-Z][\w-]*|system|database|spreadsheets?|computer|[\w-]+\s+system)",
        re.IGNORECASE),
    # "Counted the drawer at open and close", "balanced my till", "ran a register".
    "Cash Handling": re.compile(
        r"\b(?:count(?:ed|ing|s)?|balanc(?:ed|ing|es|e)|clos(?:ed|ing|es)\s+out"
        r"|reconcil(?:ed|ing|es|e))\s+(?:[\w'’-]+\s+){0,2}?"
        r"(?:drawers?|tills?|registers?|cash|safes?|deposits?)\b"
        r"|\b(?:ran|run|runs|running|operat(?:ed|ing|es|e))\s+(?:a\s+|the\s+)?(?:cash\s+)?"
        r"registers?\b", re.IGNORECASE),
    # "Planned the annual leadership offsite for 60 people", "hosted a spring gala".
    "Event Planning": re.compile(
        r"\b(?:plan(?:ned|ning|s)?|organiz(?:ed|ing|es|e)|coordinat(?:ed|ing|es|e)"
        r"|host(?:ed|ing|s)?)\s+(?:[\w'’$-]+\s+){0,4}?(?:events?|off-?sites?|galas?"
        r"|fundraisers?|conferences?|part(?:y|ies)|weddings?|banquets?|retreats?"
        r"|luncheons?|receptions?|summits?|trade\s+shows?|open\s+houses?|ceremon(?:y|ies)"
        r"|tournaments?|festivals?|fairs?)\b", re.IGNORECASE),
    # "Kept maintenance logs for 40 trucks", "maintained patient records".
    "Records Management": re.compile(
        r"\b(?:kept|keep|keeps|keeping|maintain(?:ed|s|ing)?)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:logs?|records?|files|filing\s+systems?|charts)\b"
        # "Logged every call and visit in the CRM", "documented each repair in the work
        # order system": every one of a kind of thing written into a system.
        r"|\b(?:logg?(?:ed|ing|s)?|document(?:ed|ing|s)?|record(?:ed|ing|s)?)\s+(?:each|every"
        r"|all)\s+(?:[\w-]+\s+){0,3}?in(?:to)?\s+(?:the\s+|a\s+|our\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:CRM|system|log|logbook|database|spreadsheet|tracker|(?-i:[A-Z][\w-]+))\b",
        re.IGNORECASE),
    # "Connected families to food banks, WIC and housing programs", "referred clients
    # to outpatient treatment".
    "Resource Referral": re.compile(
        r"\b(?:connect(?:ed|ing|s)?|link(?:ed|ing|s)?|referr?(?:ed|ing|s)?)\s+"
        r"(?:[\w'’-]+\s+){0,3}?(?:to|with)\s+[^.;:]{0,60}?\b(?:resources|services"
        r"|programs?|benefits|food\s+banks?|pantr(?:y|ies)|shelters?|agencies|treatment"
        r"|supports|assistance|counseling|housing)\b", re.IGNORECASE),
    # "Fixed laptops, reset passwords and set up printers for 200 staff".
    "Technical Support": re.compile(
        r"\b(?:fix(?:ed|ing|es)?|repair(?:ed|ing|s)?|troubleshot|troubleshoot(?:ing|s)?"
        r"|set\s+up|setting\s+up|configur(?:ed|ing|es|e)|imag(?:ed|ing)|reset(?:ting|s)?"
        r"|replac(?:ed|ing|es|e))\s+(?:[\w'’-]+\s+){0,2}?(?:laptops?|computers?|pcs|desktops?"
        r"|printers?|passwords?|workstations?|monitors?|tablets?|phones|e-?mail\s+accounts?"
        r"|user\s+accounts?)\b", re.IGNORECASE),
    # "Prepared the monthly P&L and balance sheet", "closed and issued quarterly
    # financial statements".
    "Financial Reporting": re.compile(
        r"\b(?:prepar(?:ed|ing|es|e)|produc(?:ed|ing|es|e)|issu(?:ed|ing|es|e)"
        r"|deliver(?:ed|ing|s)?|present(?:ed|ing|s)?|built|build(?:ing|s)?)\s+"
        r"(?:[\w'’-]+\s+){0,3}?(?:financial\s+statements?|financials|P&L|profit\s+and\s+loss"
        r"|balance\s+sheets?|income\s+statements?|cash\s+flow\s+statements?"
        r"|financial\s+reports?)(?!\w)", re.IGNORECASE),
    # "Hired 40 seasonal workers for the warehouse", "recruited and hired 12 nurses".
    "Recruiting": re.compile(
        r"\b(?:hir(?:ed|ing|es|e)|recruit(?:ed|ing|s)?)\s+(?:and\s+\w+\s+)?"
        r"(?:[\w$,+-]+\s+){0,3}?(?:workers|employees|staff|people|associates|drivers"
        r"|nurses|teachers|techs|technicians|agents|reps|servers|cooks|cashiers|engineers"
        r"|candidates|hires|interns|caregivers|aides|volunteers|tutors)\b"
        # "Filled 60 hourly roles a year": the openings, filled.
        r"|\bfill(?:ed|s|ing)?\s+(?:over\s+|more\s+than\s+)?\d+\+?\s+(?:[\w-]+\s+){0,2}?"
        r"(?:roles|positions|reqs|requisitions|openings|vacancies)\b", re.IGNORECASE),
    # "Drafted wills, trusts and powers of attorney", "prepared leases and contracts".
    "Legal Document Preparation": re.compile(
        r"\b(?:draft(?:ed|ing|s)?|prepar(?:ed|ing|es|e))\s+(?:[\w'’-]+,?\s+){0,3}?"
        r"(?:wills|trusts|powers?\s+of\s+attorney|contracts|agreements|leases|deeds"
        r"|pleadings|motions|briefs|affidavits|subpoenas|complaints|petitions"
        r"|legal\s+documents)\b", re.IGNORECASE),
    # "Worked with 25 families at a time", "carried a caseload of 30 youth".
    "Case Management": re.compile(
        r"\b(?:work(?:ed|ing|s)?\s+with|serv(?:ed|ing|es|e)|support(?:ed|ing|s)?"
        r"|manag(?:ed|ing|es|e)|carr(?:ied|y|ies|ying))\s+(?:a\s+caseload\s+of\s+)?"
        r"(?:up\s+to\s+)?\d+\+?\s+(?:[\w-]+\s+)?(?:families|clients|youth|participants"
        r"|households|individuals|adults|consumers|veterans|survivors)\b", re.IGNORECASE),
    # "Inspected every part against the drawing", "inspect welds before paint".
    "Quality Control": _CHECKED,
    "Quality Inspection": _CHECKED,
}


# Deeds that show the skill only on a line that also says it sells: "phoning plant
# managers and buyers to open new accounts" is cold calling, "called owners about
# repairs" a property manager's day.
_PHONED_DEED = re.compile(_PHONED, re.IGNORECASE)
# Nurses', front desks' and field sellers' own words (work_words.py), tried beside the
# patterns above for a skill both tables read.
for _name, _pattern in WORK_WORDS.items():
    _DEEDS[_name] = _pattern if _name not in _DEEDS else re.compile(
        f"(?:{_DEEDS[_name].pattern})|(?:{_pattern.pattern})", _DEEDS[_name].flags)
# A posting may write a name in its own case ("Safety Inspections").
_FOLDED = {name.casefold(): pattern for name, pattern in _DEEDS.items()}
_ON_A_SALES_LINE = {"Cold Calling": _PHONED_DEED, "Prospecting": _PHONED_DEED,
                    "B2B Sales": FIRM_ACCOUNTS}


def everyday_deed(mention: SkillMention, lines: list[ResumeLine]
                  ) -> tuple[float, SkillMatch | None]:
    """A hard skill of ``_DEEDS`` shown by a line of the resume's own entries that does
    it, the strongest evidence first."""
    pattern = _DEEDS.get(mention.name) or _FOLDED.get(mention.name.casefold())
    if pattern is None:
        return 0.0, None
    gated = _ON_A_SALES_LINE.get(mention.name)
    own = [line for line in lines
           if line.part in ("bullet", "header") and line.section != "contact"]
    # Most asks are done by no line: one search of the lines together says so before
    # they are ranked and read one by one (a full stop between them, so no pattern's
    # gap runs from one line into the next).
    if gated is None and pattern.search("\n.\n".join(line.text for line in own)) is None:
        return 0.0, None
    for line in sorted(own, key=evidence_rank, reverse=True):
        found = pattern.search(line.text)
        if found is None and gated is not None and _SALES_LINE.search(line.text):
            found = gated.search(line.text)
        if found is not None and not line.in_name(found.start(), found.end()):
            return 1.0, SkillMatch(mention.name, mention.kind, mention.required, line.text,
                                   found.group().strip())
    return 0.0, None
