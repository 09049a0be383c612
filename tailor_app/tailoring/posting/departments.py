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
"""

from __future__ import annotations

import re

from tailor_app.tailoring.caseless import folded

__all__ = ["department_lists"]

# Department names as companies, hospitals and schools write them; the common
# divisions of an organisation, not any one employer's.
_NAMES = """
Sales|Marketing|Finance|Accounting|Engineering|Product|Product Management|Design|Operations
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
_NAME = "|".join(sorted((re.escape(n.strip()) for n in _NAMES.replace("\n", "").split("|")
                         if n.strip()), key=len, reverse=True))
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
_ITEM = rf"(?:the[ \t]+)?(?:{_NAME})(?![\w&])"
_LIST = re.compile(
    rf"\b(?i:{_VERB})(?:[ \t]+(?i:{_HOW}))?[ \t]+(?i:with)[ \t]+(?:(?i:our|the|your)[ \t]+)?"
    rf"({_ITEM}(?:(?:[ \t]*,[ \t]*(?:(?:and|or|&)[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+){_ITEM})*)"
    rf"(?![ \t]*(?:[-/]|,|(?:,[ \t]*)?(?:and|or|&)(?![\w&]))?[ \t]*[A-Z]\w)")


# Written in lower case, the same names close a duty done with their people: "Forecast
# demand with purchasing", "resolve delivery issues with customer service and the
# warehouse". Only where the list ends the clause, and not after a word asking
# experience or after "help"/"assist"/"support" ("help with payroll" is payroll work).
_LOWER_ITEM = rf"(?:the[ \t]+)?(?i:{_NAME})(?![\w&-])"
_AFTER_A_DUTY = re.compile(
    rf"with[ \t]+(?:(?:our|the|your)[ \t]+)?"
    rf"({_LOWER_ITEM}(?:(?:[ \t]*,[ \t]*(?:(?:and|or|&)[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+)"
    rf"{_LOWER_ITEM})*)[ \t]*(?=[.;\n]|$)")
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
        return [m.span(1) for m in _LIST.finditer(text)] + _after_duties(text, 0, len(text))
    out: list[tuple[int, int]] = []
    start = 0
    for line in low.split("\n"):  # a list never spans a line break
        end = start + len(line)
        if "with" in line:
            if any(stem in line for stem in _VERB_STEMS):
                out += [m.span(1) for m in _LIST.finditer(text, start, end)]
            out += _after_duties(text, start, end)
        start = end + 1
    return out
