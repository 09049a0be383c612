"""The employer's departments a job works with, which are not what it asks.

"Work with Sales and Customer Success to resolve billing disputes", "collaborate
closely with Engineering, Finance and Human Resources", "coordinate with Nursing,
Pharmacy and Case Management": after a verb of working together, a list of
capitalised department names names the employer's other people, whose work is
theirs. Read as skills, each one became a false "missing" ("Sales", "Customer
Success", "Case Management") on a resume that never claimed that work.

Only a list whose every item is a department's name, capitalised as a company
writes its departments mid-sentence: "work with Salesforce and HubSpot" uses tools,
"experience in Sales or Customer Success" asks for that field, and neither is read
here. ``noise.groups_and_bosses`` reads the lowercase forms followed by "team" or
"department".

The same names after a verb of handing work on and "to" are where the work goes:
"match invoices before sending them to Accounts Payable", "refer members to Lending",
"escalate outages to engineering". Read as skills, "Accounts Payable" and "Lending"
were false "missing" on an administrator's or a service representative's report.
"""

from __future__ import annotations

import re

from tailor_app.tailoring.caseless import folded

__all__ = ["department_lists"]

# Department names as companies, hospitals and schools write them; the common
# divisions of an organisation, not any one employer's.
_NAMES = """
Sales|Marketing|Finance|Accounting|Engineering|Product|Product Management|Design|Operations
|Product Marketing|Inside Sales|Sales Development|Field Sales|Customer Marketing
|Legal|Compliance|HR|Human Resources|People|People Operations|IT|Information Technology
|Procurement|Purchasing|Customer Success|Customer Support|Customer Service|Support
|Customer Care|Account Management|Business Development|Sales Operations
|Revenue Operations|RevOps|Marketing Operations|Supply Chain|Logistics|Shipping|Receiving
|Production|Manufacturing|Maintenance|Quality|Quality Assurance|QA|Facilities|Security
|Payroll|Accounts Payable|Accounts Receivable|Billing|Collections|Treasury|Tax|FP&A
|Recruiting|Talent Acquisition|Talent|Research|R&D|Data Science|Analytics|Data
|Data Engineering|Leadership|Executive Leadership|Communications|Corporate Communications
|Public Relations|PR|Creative|Brand|Merchandising|Underwriting|Risk|Credit|Servicing
|Nursing|Pharmacy|Case Management|Social Work|Admissions|Registration|Patient Access
|Environmental Services|EVS|Dietary|Food Services|Nutrition Services|Rehab|Therapy
|Radiology|Laboratory|Lab|Medical Records|Health Information Management|HIM
|Sanitation|Housekeeping|Front Office|Front Desk|Guest Services|Banquets|Culinary
|Development|Fundraising|Advancement|Programs|Student Services|Special Education
|Administration|Partnerships|Growth|Platform|Infrastructure|DevOps|Security Engineering
|Field Operations|Dispatch|Fleet|Warehouse|Inventory Control|Estimating|Project Management
|Preconstruction|Safety|EHS|Clinical|Clinical Operations|Regulatory|Regulatory Affairs
"""
# Read only when capitalised: in lower case these are as often the work or a thing
# ("provide riders with transportation", "help with onboarding").
_CAPITALISED_NAMES = """
Transportation|Onboarding|Implementation|Lending|Claims|Member Services|Member Support
|Customer Experience|Fulfillment|Fulfilment|Distribution|Loss Prevention|Asset Protection
|Internal Audit|Contracts|Sourcing|Planning|Parts|Service|Field Service|Technical Support
|Help Desk|Service Desk|Professional Services|Sales Engineering|Solutions Engineering
|Leasing|Property Management|Reservations|Events|Catering|Food & Beverage|F&B|Training
|Learning & Development|L&D|Benefits|Total Rewards|Enrollment|Financial Aid|Registrar
|Patient Experience|Utilization Review|Infection Prevention|Traffic|Returns|Scheduling
|Store Operations|Retail Operations|Editorial|Content|Social|UX|Product Support
|Production Planning|Production Control|Quality Control|Materials Management|Demand Planning
|Supply Planning|Materials|Plant Maintenance|Plant Operations|Customer Operations
"""


def _alternation(names: str) -> str:
    return "|".join(sorted((re.escape(n.strip()) for n in names.replace("\n", "").split("|")
                            if n.strip()), key=len, reverse=True))


_NAME = _alternation(_NAMES)
_ANY_NAME = _alternation(_NAMES + "|" + _CAPITALISED_NAMES)
# Only before "with": "support Sales with quotes" may as well be a duty of its own.
_VERB = (r"(?:work(?:s|ing)?|partner(?:s|ing)?|collaborat(?:e|es|ing)|liais(?:e|es|ing)"
         r"|coordinat(?:e|es|ing)|interfac(?:e|es|ing)|communicat(?:e|es|ing)"
         r"|consult(?:s|ing)?|align(?:s|ing)?|engag(?:e|es|ing)|team(?:s|ing)?[ \t]+up)")
# What every verb above holds, lower-cased: a line without one (or without "with") is
# not read with the pattern, which tries its verbs at every character.
_VERB_STEMS = ("work", "partner", "collaborat", "liais", "coordinat", "interfac",
               "communicat", "consult", "align", "engag", "team")
_HOW = (r"(?:closely|directly|cross[- ]functionally|regularly|daily|together|"
        r"effectively|collaboratively|frequently)")
# Each name must end where a word does: "Sales" is not the start of "Salesforce". The
# names are matched as the company writes them (case-sensitive), the verb in any case.
_ITEM = rf"(?:the[ \t]+)?(?:{_ANY_NAME})(?![\w&])"
_ITEMS = rf"({_ITEM}(?:(?:[ \t]*,[ \t]*(?:(?:and|or|&)[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+){_ITEM})*)"
# The list ends there: no capitalised word runs on from it ("Finance Cloud").
_NO_NAME_AFTER = r"(?![ \t]*(?:[-/]|,|(?:,[ \t]*)?(?:and|or|&)(?![\w&]))?[ \t]*[A-Z]\w)"
_LIST = re.compile(
    rf"\b(?i:{_VERB})(?:[ \t]+(?i:{_HOW}))?[ \t]+(?i:with)[ \t]+(?:(?i:our|the|your)[ \t]+)?"
    rf"{_ITEMS}{_NO_NAME_AFTER}")
# The same verb's next partners, after what is done with the first: "work closely with
# Marketing on campaigns and with Customer Success to learn what customers love".
_AND_WITH = re.compile(
    rf"[ \t]+(?i:and)[ \t]+(?i:with)[ \t]+(?:(?i:our|the|your)[ \t]+)?{_ITEMS}{_NO_NAME_AFTER}")

# A verb of handing work on, then its object and "to": "send approved invoices to",
# "refer them to", "escalate outages to". The object is a few words of the clause.
_HAND_ON = (r"(?:send|sends|sending|sent|forward(?:s|ed|ing)?|rout(?:e|es|ed|ing)"
            r"|refer(?:s|red|ring)?|escalat(?:e|es|ed|ing)|hand(?:s|ed|ing)?"
            r"|pass(?:es|ed|ing)?|submit(?:s|ted|ting)?|transfer(?:s|red|ring)?"
            r"|direct(?:s|ed|ing)?|relay(?:s|ed|ing)?|report(?:s|ed|ing)?)")
# What every verb above holds, lower-cased: lines and spans without one are not read.
_HAND_ON_STEM = re.compile(
    "send|sent|forward|rout|refer|escalat|hand|pass|submit|transfer|direct|relay|report")
# Questions or issues of a kind handed on to someone, and who takes them: "route
# clinical questions to nurse triage", "hand off invoicing questions to Billing". The
# job passes them on; it does not do that work.
_MATTERS = (r"(?:questions|issues|inquiries|enquiries|requests|concerns|complaints"
            r"|matters|disputes)")
# Only verbs of passing work on: "submit change requests to the owner" and "report
# safety issues to the foreman" are the job's own work.
_PASS_ON = (r"(?:forward(?:s|ed|ing)?|rout(?:e|es|ed|ing)|refer(?:s|red|ring)?"
            r"|escalat(?:e|es|ed|ing)|hand(?:s|ed|ing)?|pass(?:es|ed|ing)?"
            r"|transfer(?:s|red|ring)?|direct(?:s|ed|ing)?|relay(?:s|ed|ing)?)")
_PASS_ON_STEM = re.compile("forward|rout|refer|escalat|hand|pass|transfer|direct|relay")
_HANDED_MATTERS = re.compile(
    rf"\b(?i:{_PASS_ON})(?:[ \t]+(?i:off|over|along|on))?[ \t]+"
    rf"((?:[\w'’-]+[ \t]+){{1,2}}?(?i:{_MATTERS}))[ \t]+(?i:to)[ \t]+"
    r"((?:[\w&'’-]+[ \t]+){0,4}?[\w&'’-]+)(?=[ \t]*(?:[.;,\n]|$)|[ \t]+(?i:and)\b)")
# The same verb's next object and taker: "... to nurse triage and billing questions to
# Patient Financial Services".
_AND_MATTERS = re.compile(
    rf"[ \t]+(?i:and)[ \t]+((?:[\w'’-]+[ \t]+){{1,2}}?(?i:{_MATTERS}))[ \t]+(?i:to)[ \t]+"
    r"((?:[\w&'’-]+[ \t]+){0,4}?[\w&'’-]+)(?=[ \t]*(?:[.;,\n]|$)|[ \t]+(?i:and)\b)")
# The verb before " to ", at most 60 characters of the clause back: searched only where
# a line says " to ", from a few words before it.
_HAND_ON_BEFORE = re.compile(rf"\b(?i:{_HAND_ON})\b[^.;:!?\n]{{0,60}}\Z")
_TARGET = re.compile(rf"(?:(?i:our|the)[ \t]+)?{_ITEMS}{_NO_NAME_AFTER}")
# The first words of the names, lower-cased: the word after "to" (and "our" or "the")
# must be one before the names are tried, most often it is no department's.
_FIRST_WORDS = frozenset(n.strip().split()[0].lower()
                         for n in (_NAMES + "|" + _CAPITALISED_NAMES).replace("\n", "").split("|")
                         if n.strip())
_NEXT_WORD = re.compile(r"(?:(?:our|the)[ \t]+)?([\w&]+)")
_MATTER_GATE = re.compile("question|issue|inquir|enquir|request|concern|complaint|matter"
                          "|dispute")


# Written in lower case, the same names close a duty done with their people: "Forecast
# demand with purchasing", "resolve delivery issues with customer service and the
# warehouse". Only where the list ends the clause, and not after a word asking
# experience or after "help"/"assist"/"support" ("help with payroll" is payroll work).
_LOWER_ITEM = rf"(?:the[ \t]+)?(?i:{_NAME})(?![\w&-])"
_AFTER_A_DUTY = re.compile(
    rf"with[ \t]+(?:(?:our|the|your)[ \t]+)?"
    rf"({_LOWER_ITEM}(?:(?:[ \t]*,[ \t]*(?:(?:and|or|&)[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+)"
    rf"{_LOWER_ITEM})*)[ \t]*(?=[.;\n]|$)")
# In lower case, only names that end the clause: "forward timesheets to payroll".
_LOWER_ITEMS = (rf"({_LOWER_ITEM}(?:(?:[ \t]*,[ \t]*(?:(?:and|or|&)[ \t]+)?|[ \t]+(?:and|or|&)"
                rf"[ \t]+){_LOWER_ITEM})*)")
_TARGET_LOWER = re.compile(rf"(?:(?i:our|the)[ \t]+)?{_LOWER_ITEMS}[ \t]*(?=[.;\n]|$)")
_HELPING = ("help", "helps", "helping", "assist", "assists", "assisting", "support",
            "supports", "supporting")
_ASKS_EXPERIENCE = re.compile(
    r"\b(?:experience[ds]?|familiar\w*|knowledge|proficien\w*|skills?|background"
    r"|expertise|comfortable|exposure)\b[^.;\n]*$", re.IGNORECASE)


def _after_duties(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Lower-case department lists closing a duty in ``text[start:end]`` (one line)."""
    out = []
    at = text.find("with ", start, end)
    while at >= 0:
        m = _AFTER_A_DUTY.match(text, at, end) if at == 0 or not (
            text[at - 1].isalnum() or text[at - 1] == "-") else None
        at = text.find("with ", at + 5, end)
        if m is None:
            continue
        if m.group(1)[:1].isupper() or _ASKS_EXPERIENCE.search(text, start, m.start()) \
                or text[max(start, m.start() - 12):m.start()].rstrip().lower().endswith(
                    _HELPING):
            continue  # capitalised: the other pattern's; "experience with sales": an ask
        out.append(m.span(1))
    return out


def department_lists(text: str) -> list[tuple[int, int]]:
    """Spans of department lists after a verb of working together (see the module's
    docstring). A list that runs on into another capitalised word is not one: "Finance
    Cloud" is a product's name, and "Sales and NetSuite admins" names more than
    departments."""
    low = folded(text)
    if low is None:
        return [m.span(1) for m in _LIST.finditer(text)] + _after_duties(text, 0, len(text)) \
            + [span for a, b in _line_spans(text)
               for span in _handed_to(text, a, b, text[a:b])]
    out: list[tuple[int, int]] = []
    start = 0
    for line in low.split("\n"):  # a list never spans a line break
        end = start + len(line)
        if "with" in line:
            if any(stem in line for stem in _VERB_STEMS):
                for m in _LIST.finditer(text, start, end):
                    out.append(m.span(1))
                    out += _next_partners(text, low, m.end(), end)
            out += _after_duties(text, start, end)
        if " to " in line and _HAND_ON_STEM.search(line) is not None:
            out += _handed_to(text, start, end, line)
        start = end + 1
    return out


def _next_partners(text: str, low: str, at: int, end: int) -> list[tuple[int, int]]:
    """Department lists of the same clause after "and with" (``_AND_WITH``), from ``at``
    to the clause's end in ``text[:end]`` (``low`` is its lower-cased text)."""
    stop = min((i for i in (low.find(c, at, end) for c in ".;") if i >= 0), default=end)
    spans = []
    found = low.find(" and with ", at, stop)
    while found >= 0:
        m = _AND_WITH.match(text, found, stop)
        if m is not None:
            spans.append(m.span(1))
        found = low.find(" and with ", found + 10, stop)
    return spans


def _line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of ``text``."""
    out, start = [], 0
    for line in text.split("\n"):
        out.append((start, start + len(line)))
        start += len(line) + 1
    return out


def _handed_to(text: str, start: int, end: int, low: str) -> list[tuple[int, int]]:
    """Department lists after a verb of handing work on and "to" in ``text[start:end]``
    (one line, ``low`` its lower-cased text): capitalised as a company writes them, or
    in lower case where they end the clause; and questions or issues of a kind handed
    on, with whoever takes them."""
    spans: list[tuple[int, int]] = []
    at = low.find(" to ")
    while at >= 0:
        word = _NEXT_WORD.match(low, at + 4)
        if word is not None and word.group(1) in _FIRST_WORDS:
            pos = start + at
            if _HAND_ON_STEM.search(low, max(0, at - 80), at) is not None \
                    and _HAND_ON_BEFORE.search(text, max(start, pos - 80), pos) is not None:
                for pattern in (_TARGET, _TARGET_LOWER):
                    m = pattern.match(text, pos + 4, end)
                    if m is not None:
                        spans.append(m.span(1))
        at = low.find(" to ", at + 4)
    if _MATTER_GATE.search(low) is not None and _PASS_ON_STEM.search(low) is not None:
        for m in _HANDED_MATTERS.finditer(text, start, end):
            more: re.Match[str] | None = m
            while more is not None:
                spans += [more.span(1), more.span(2)]
                more = _AND_MATTERS.match(text, more.end(), end)
    return sorted(set(spans)) if len(spans) > 1 else spans
