"""The words nurses, front-desk staff and field sellers use for work a posting names
otherwise, each read as the deed it tells.

The same kind of table as ``field_deeds.py`` (``everyday_deeds.py`` reads it, and a
pattern here for a skill that table already reads is tried beside it): a skill's name
and one pattern of the words that do it, read only in the resume's own entries, with
the doer checks every deed gets (another's deed, a clinician helped: "Helped nurses
start IVs" is the nurse's).

- A nurse's IV work: "Stick IVs", "Place and maintain peripheral lines", "hang
  piggybacks", "Hang IV antibiotics", "push meds".
- Care given for a kind of person: "residents, most with Alzheimer's or other
  dementias"; grooming told as the care it is ("mouth care", "hair and nail care").
- The front desk: "Answer six lines", "Say hi to everyone who walks in", "Order paper,
  toner and coffee".
- A field seller's book: "Called on 45 framing and remodeling contractors" (outside
  sales, to businesses), "140 clinic accounts" on a line that sells, "Opened 31 new
  accounts" (prospecting),
  "ran the Tuesday subs meeting" (a superintendent's subcontractors), "our booth at the
  Ohio Manufacturing Expo" (trade shows).

Each pattern names the work and the thing it is done to, never a product or employer;
the things are kept to the trade's own words ("paper towels" and "paper records" are
no office supplies, "production lines" no phone lines, a kitchen's "Ran Expo" no trade
show).
"""

from __future__ import annotations

import re

__all__ = ["FIRM_ACCOUNTS", "WORK_WORDS"]

# --- A nurse's IV work -------------------------------------------------------------
_IV_LINES = (r"(?:IVs|PIVs|IV\s+lines|IV\s+catheters|peripheral\s+(?:IVs|IV\s+lines|lines"
             r"|catheters))")
_PLACED = (r"\b(?:stick|sticks|stuck|sticking|start|starts|started|starting|plac(?:e|es|ed|ing)"
           r"|insert(?:s|ed|ing)?)\s+(?:and\s+[a-z]+\s+)?(?:[\w-]+\s+){0,2}?" + _IV_LINES + r"\b")
_HUNG = r"\b(?:hang|hangs|hanging|hung)\s+(?:[\w-]+\s+){0,2}?"
_PIGGYBACKS = _HUNG + r"(?:piggybacks|IVPBs?|IV\s+(?:antibiotics|abx))\b"
_INFUSED = (_HUNG + r"(?:IV\s+(?:antibiotics|abx|fluids|bags|drips|meds|medications)|piggybacks"
            r"|IVPBs?|fluids|drips|TPN)\b")
_PUSHED = r"\bpush(?:ed|es|ing)?\s+(?:IV\s+)?(?:meds|medications)\b"

# --- Care for a kind of person ------------------------------------------------------
_WITH_DEMENTIA = (
    r"\b(?:residents|patients|clients|seniors|elders|adults|people)\b[^.;:]{0,40}?"
    r"\b(?:with|who\s+have|living\s+with)\s+(?:[\w'’-]+\s+){0,3}?(?:dementias?"
    r"|Alzheimer['’]?s)\b"
    r"|\bmemory[ -]care\s+(?:unit|hall|neighborhood|wing|floor|residents|community)\b")
_GROOMED = r"\b(?:mouth|oral|denture|nail|hair)\s+care\b"

# --- The front desk -----------------------------------------------------------------
_COUNT = r"(?:\d+|two|three|four|five|six|seven|eight|ten|twelve)"
_LINES_ANSWERED = (
    r"\b(?:answer(?:ed|s|ing)?|pick(?:ed|s|ing)?\s+up)\s+(?:a\s+|the\s+|our\s+)?"
    r"(?:[\w-]+\s+){0,3}?\(?" + _COUNT + r"[ -](?:phone\s+)?lines\b"
    r"|\b" + _COUNT + r"[ -]phone\s+lines\b")
_WALK_INS = (
    r"\b(?:greet(?:ed|s|ing)?|welcom(?:e|ed|es|ing)|s(?:ay|aid|ays|aying)\s+(?:hi|hello)\s+to"
    r"|check(?:ed|s|ing)?\s+in)\s+(?:[\w,'’-]+\s+){0,5}?(?:walk-?ins|visitors"
    r"|(?:everyone|everybody|anyone|people|customers|clients|patients)\s+(?:who|that|as\s+they)"
    r"\s+(?:walks?|comes?)\s+in)\b")
_SUPPLY = (r"(?:paper(?![ \t-]+(?:towels?|goods|products|plates|cups|bags|records?"
           r"|charts?|files?|forms?|documents?|logs?|copies|work|trails?|based))|toner"
           r"|printer\s+ink|ink\s+cartridges|copy\s+paper|office\s+supplies)\b")
# The supplies are the object of ordering or stocking ("Order paper, toner and coffee"),
# or what a place is kept stocked with ("Keep the office stocked with paper"): "Kept paper
# and electronic records" keeps records.
_SUPPLIES = (
    r"\b(?:order(?:ed|s|ing)?|reorder(?:ed|s|ing)?|restock(?:ed|s|ing)?|stock(?:ed|s|ing)?)"
    r"\s+(?:(?:the|our|more|extra)\s+)?" + _SUPPLY
    + r"|\b(?:keep|kept|keeps|keeping)\s+(?:[\w'’-]+\s+){0,3}?stocked\s+(?:with|on)\s+"
    r"(?:[\w'’-]+\s+){0,1}?" + _SUPPLY
    + r"|\brestock(?:ed|s|ing)?\s+the\s+(?:front\s+)?office\b")

# --- A field seller's book ----------------------------------------------------------
_FIRMS = (r"(?:businesses|plants|manufacturers|restaurants|cafes|bakeries|clinics|contractors"
          r"|offices|warehouses|hospitals|schools|dealers|dealerships|retailers|companies"
          r"|distributors|facilities|fleets|builders|shops|remodelers|fabricators)")
_CALLED_ON = (r"\bcall(?:ed|s|ing)?\s+on\s+(?:\d[\d,]*\+?\s+)?(?:[\w,&'’-]+\s+){0,4}?"
              + _FIRMS + r"\b")
# Accounts of trade customers, read only on a line that says it sells (see
# ``everyday_deeds._ON_A_SALES_LINE``): a bank's "business accounts", a cleaning crew's
# "commercial accounts" are no sales.
FIRM_ACCOUNTS = re.compile(
    r"\b(?:contractor|restaurant|clinic|dealer|industrial|manufacturing|warehouse|plant|OEM"
    r"|fleet|wholesale|distributor|builder|shop)\s+accounts\b", re.IGNORECASE)
_OPENED = (r"\b(?:open(?:ed|s|ing)?)\s+(?:\d[\d,]*\+?\s+)?new\s+(?:[\w-]+\s+)?accounts\b")
_SUBS_MET = (r"\b(?:ran|run|runs|running|held|hold|holds|holding|led|lead|leads|leading"
             r"|chair(?:ed|s|ing)?)\s+(?:the\s+|our\s+|a\s+)?(?:[\w-]+\s+){0,2}?"
             r"(?:subs|subcontractors?|trade\s+partners?|foremen)\s+(?:coordination\s+)?"
             r"meetings?\b")
# A booth, table or stand at a named show: "Ran Expo" is a kitchen's station.
_BOOTH = (r"\b(?:booths?|tables?|stands?)\s+at\s+(?:the\s+)?(?:[A-Z][\w&'’.-]*\s+){1,6}?"
          r"(?:Expo|Exposition|Trade\s+Show|Show|Convention)\b")

WORK_WORDS: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern, re.IGNORECASE if name != "Trade Shows" else 0)
    for name, pattern in {
        "IV Catheter Placement": _PLACED,
        "IV Piggyback": _PIGGYBACKS,
        "IV Therapy": _INFUSED + "|" + _PUSHED,
        "IV push": _PUSHED,
        "Dementia Care": _WITH_DEMENTIA,
        "Grooming": _GROOMED,
        "Grooming Assistance": _GROOMED,
        "Multi-Line Phones": _LINES_ANSWERED,
        "Greeting Visitors": _WALK_INS,
        "Office Supplies Management": _SUPPLIES,
        "B2B Sales": _CALLED_ON,
        "Outside Sales": _CALLED_ON,
        "Prospecting": _OPENED,
        "Subcontractor Coordination": _SUBS_MET,
        "Trade Shows": _BOOTH,
    }.items()
}
