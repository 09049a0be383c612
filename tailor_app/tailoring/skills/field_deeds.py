"""Everyday work of particular fields, shown by the plain words of doing it.

The same kind of table as ``everyday_deeds.py`` (which reads it): a skill's name and
one pattern of the words that do it, read only in the resume's own entries. These are
the work of a seller ("Kept a $2M pipeline current"), a classroom ("Kept 28 second
graders on task"), a care aide ("bathing, dressing and meals"), a restaurant or a
shop floor ("Cut labor from 31% to 27%", "placed weekly orders with Sysco"), the
trades and the road ("Lined up framers and roofers", "Re-sequenced 12 routes"). Each
pattern names the work, never a product or an employer.
"""

from __future__ import annotations

import re

__all__ = ["FIELD_DEEDS"]

# Cutting a cost, told with the cost it cut: "Cut labor from 31% to 27% of sales",
# "Lowered freight spend $140K", "Reduced food cost 3 points", "Kept overtime under 2%";
# or the money it saved: "Saved $60K a year", "$1.2M in annual savings".
_CUT = (r"(?:cut|cuts|cutting|reduc(?:ed|es|ing|e)|lower(?:ed|s|ing)?|trim(?:med|ming|s)?"
        r"|decreas(?:ed|es|ing|e)|slash(?:ed|es|ing)?|(?:brought|bring|bringing|brings"
        r"|drove|drive|drives|driving)\s+down)")
_KEPT = r"(?:kept|keep|keeps|keeping|held|hold|holds|holding)"
# Words that join the verb to something other than its object ("budget cuts to labor
# costs", "cleaned rooms and updated records"): an object is not read past them.
_JOINS = r"(?:and|or|to|for|from|with|by|in|on|at|into)\s"


def _cost_deed(costs: str) -> str:
    """A cut of one of ``costs``, or one of them kept under a line."""
    return (rf"\b{_CUT}\s+(?:(?!{_JOINS})[\w'’$%.-]+\s+){{0,3}}?(?:{costs})\b"
            rf"|\b{_KEPT}\s+(?:[\w'’-]+\s+){{0,2}}?(?:{costs})\s+(?:under|below|within)\b")


_COSTS = (r"costs?|spend|spending|expenses?|overhead|overtime|labou?r(?:\s+(?:costs?|hours))?"
          r"|freight|shrink|shrinkage|payroll\s+costs?")
_SAVED = (r"|\bsav(?:ed|es|e|ing)\s+(?:the\s+[\w-]+\s+|us\s+|our\s+[\w-]+\s+)?"
          r"(?:over\s+|more\s+than\s+|nearly\s+|about\s+|roughly\s+)?\$\s?\d[\d,]*(?:\.\d+)?"
          r"(?:[kKmM]\b)?"
          r"|\$\s?\d[\d,]*(?:\.\d+)?\s*[kKmM]?\+?\s+(?:in\s+|of\s+)?(?:annual\s+|yearly\s+"
          r"|recurring\s+)?(?:cost\s+)?savings\b")
_COST_CUT = re.compile(_cost_deed(_COSTS) + _SAVED, re.IGNORECASE)

# Dealing with unhappy people is resolving their complaints: "Took care of unhappy
# guests at the table", "Calmed upset customers", "turned angry callers into regulars".
_UNHAPPY = (r"(?:unhappy|upset|angry|irate|frustrated|dissatisfied|disgruntled|difficult"
            r"|demanding)\s+(?:guests|customers|callers|clients|patrons|diners|shoppers"
            r"|members|tenants|residents|patients|buyers|families|parents|travell?ers)\b")
_COMPLAINTS = re.compile(
    r"\b(?:handl(?:ed|es|e|ing)|calm(?:ed|s|ing)?|help(?:ed|s|ing)?|t(?:ook|ake|akes|aking)"
    r"\s+care\s+of|turn(?:ed|s|ing)?|w(?:on|in|ins|inning)\s+(?:back|over)|serv(?:ed|es|e|ing)"
    r"|assist(?:ed|s|ing)?|sooth(?:ed|es|e|ing)|de-?escalat(?:ed|es|e|ing)|deal(?:t|s|ing)?"
    r"\s+with|work(?:ed|s|ing)?\s+with|smooth(?:ed|s|ing)?\s+over)\s+(?:[\w'’-]+\s+){0,2}?"
    + _UNHAPPY, re.IGNORECASE)

# Buying what the work uses: "Ordered parts and materials for 12 job sites", "placed
# weekly orders with Sysco", "reordered stock when it ran low". Goods, never people or
# services ("ordered lab tests" is a clinician's).
_GOODS = (r"parts|materials|supplies|stock|inventory|equipment|food|produce|products"
          r"|merchandise|ingredients|lumber|tools|consumables|linens|chemicals|liquor"
          r"|beer|wine")
_ORDERING = re.compile(
    # (not the nouns: "loaded contractor orders of lumber" bought nothing)
    r"\b(?:order(?:ed|ing)?|reorder(?:ed|ing)?|purchas(?:ed|e|ing)|bought|buy(?:ing)?"
    r"|procur(?:ed|e|ing))\s+(?:(?!(?:of|for|from|to|with|by)\s)[\w'’&-]+\s+){0,3}?"
    r"(?:" + _GOODS + r")\b"
    r"|\bplac(?:ed|es|e|ing)\s+(?:the\s+|all\s+|our\s+)?(?:daily\s+|weekly\s+|monthly\s+)?"
    r"(?:[\w-]+\s+)?orders?\s+(?:with|from|for)\b", re.IGNORECASE)

# The activities of daily living, named two together as care aides tell them: "Help 12
# residents a shift with bathing, dressing and meals", "assisted with toileting and
# transfers".
_DAILY = (r"(?:bathing|showering|baths|showers|dressing|grooming|toileting|feeding|meals"
          r"|eating|ambulation|ambulating|walking|transfers|transferring|oral\s+care"
          r"|mouth\s+care|incontinence\s+care|peri(?:neal)?\s+care|personal\s+hygiene"
          r"|hygiene|mobility)")
_DAILY_LIVING = re.compile(
    rf"\b{_DAILY}(?:,\s*|,?\s+(?:and|&)\s+|\s*/\s*){_DAILY}\b", re.IGNORECASE)

# A word that links a verb to something else than its object ("ran reports on territory
# sales"): the object is not past it.
_LINKS = r"(?:on|for|of|to|in|about|with|from|by|at)\s"

# Trades booked for a job: "Lined up framers, roofers and drywall crews on 8 homes".
_TRADES = (r"subs|subcontractors|trades|framers|roofers|plumbers|electricians|drywallers"
           r"|drywall\s+crews|painters|masons|concrete\s+crews|HVAC\s+subs|finishers|tile\s+setters")

_PLATFORMS = (r"Instagram|Facebook|TikTok|LinkedIn|Twitter|Pinterest|YouTube|Snapchat|Threads"
              r"|social\s+media|socials")

# Setting when things happen is scheduling them: "Book, move and cancel visits for four
# doctors", "Set up staff meetings", "Lined up framers and MEP subs two weeks ahead",
# "booked crane and concrete deliveries", "set pickup times with our carriers". A verb of
# booking (or a series opening with one), then the things that happen at a time; the
# words between are the things' own describing words, never a preposition or a verb in
# the past ("Booked travel and ran the meetings" booked no meeting).
_BOOKED = (r"\b(?:(?:re-?)?book(?:ed|s|ing)?|(?:re-?)?schedul(?:e|ed|es|ing)|lin(?:e|ed|es|ing)"
           r"\s+up|set(?:s|ting)?\s+up|arrang(?:e|ed|es|ing))"
           r"(?:(?:,\s*|,?\s+(?:and|&)\s+)[a-z]+){0,3}\s+"
           r"(?:(?!(?:to|for|from|with|by|in|on|at|into|of|through)\s)(?![\w'’-]+ed\s)"
           r"(?!(?:and|&)\s+\w+\s+(?:the|a|an|our|all|every|each|his|her|their|my)\s)"
           r"[\w'’,&-]+\s+){0,4}?")
_APPOINTMENTS = (r"appointments?|appts?|visits|follow-?ups|consults|consultations|exams"
                 r"|sessions|patients")
_TIMED = (_APPOINTMENTS + r"|meetings|interviews|pick-?ups|(?:pickup|delivery|dock)\s+times"
          r"|deliveries|service\s+calls|installs|inspections|tours|showings|closings|shifts"
          r"|crews|" + _TRADES)
# "set pickup times", "set appointments": a plain "set" names only a time or a meeting.
_SET_TIMES = (r"\bset(?:s|ting)?\s+(?:the\s+|all\s+)?(?:[\w-]+\s+)?(?:(?:pickup|delivery|dock"
              r"|appointment|meeting)\s+times|appointments|appts|meetings)\b")
_SCHEDULING = re.compile(rf"{_BOOKED}(?:{_TIMED})\b|{_SET_TIMES}", re.IGNORECASE)
_APPOINTMENT_BOOKING = re.compile(rf"{_BOOKED}(?:{_APPOINTMENTS})\b", re.IGNORECASE)

FIELD_DEEDS: dict[str, re.Pattern[str]] = {
    # An HR office's, a counsellor's and a clinic's front office's everyday words:
    # "Filled 60 hourly roles from posting to offer", "Kept I-9s audit-ready", "Talked
    # clients through panic attacks", "Called payers to check benefits".
    "Full-cycle recruiting": re.compile(
        r"\bfrom\s+(?:the\s+)?(?:job\s+)?(?:posting|sourcing|req|requisition|intake|first\s+call)"
        r"\s+(?:to|through)\s+(?:the\s+)?(?:offer|hire|start|onboarding|close|first\s+day)\b",
        re.IGNORECASE),
    "HR Compliance": re.compile(
        r"\b(?:I-9s?|E-Verify|personnel\s+files|employee\s+files|EEO-1)\b[^.;]{0,40}?"
        r"\b(?:audit-?ready|compliant|in\s+compliance)\b"
        r"|\baudit(?:ed|s|ing)?\s+(?:[\w-]+\s+){0,2}?(?:I-9s?|personnel\s+files|employee\s+files)\b",
        re.IGNORECASE),
    "Crisis intervention": re.compile(
        r"\b(?:talk(?:ed|s|ing)?|walk(?:ed|s|ing)?|support(?:ed|s|ing)?|help(?:ed|s|ing)?|coach(?:ed|es"
        r"|ing)?)\s+(?:[\w'’-]+\s+){0,2}?(?:clients|patients|callers|students|residents|youth"
        r"|members|families)\s+through\s+(?:[\w'’-]+\s+){0,2}?(?:crises|crisis|panic\s+attacks"
        r"|suicidal|overdoses?|psychiatric|mental\s+health\s+emergencies)\b", re.IGNORECASE),
    "Insurance Verification": re.compile(
        r"\b(?:check(?:ed|s|ing)?|verif(?:ied|y|ies|ying)|confirm(?:ed|s|ing)?|ran|run|runs)\s+"
        r"(?:[\w'’-]+\s+){0,2}?(?:insurance\s+(?:benefits|eligibility|coverage)|benefits"
        r"|eligibility)\b"
        r"(?![^.;]{0,30}\b(?:enrollment|open\s+enrollment))", re.IGNORECASE),
    # A marketer's and an analyst's everyday words: "Ran the brand's Instagram and grew
    # it to 18K followers", "Wrote and shot 3 TikToks a week", "Wrote landing pages, ads
    # and product descriptions", "Grew organic traffic 140%", "Cleaned and merged 3
    # years of sales data"; a law office's "Screened new callers for conflicts".
    "Social Media Marketing": re.compile(
        r"\b(?:ran|run|runs|running|manag(?:ed|es|e|ing)|gr(?:ew|ow|ows|owing)|buil(?:t|d|ds|ding)"
        r"|launch(?:ed|es|ing)?|own(?:ed|s|ing)?|handl(?:ed|es|e|ing))\s+(?:the\s+|our\s+|a\s+)?"
        r"(?:[\w'’-]+\s+){0,2}?(?:" + _PLATFORMS + r")(?:\s+(?:accounts?|pages?|channels?"
        r"|presence|feeds?))?\b|\bgr(?:ew|ow|ows|owing)\s+(?:[\w'’-]+\s+){0,3}?"
        r"(?:followers|following|subscribers|engagement)\b", re.IGNORECASE),
    "Content creation": re.compile(
        r"\b(?:wr(?:ote|ite|ites|iting)|sh(?:ot|oot|oots|ooting)|film(?:ed|s|ing)?|edit(?:ed|s|ing)?"
        r"|creat(?:ed|es|e|ing)|produc(?:ed|es|e|ing)|design(?:ed|s|ing)?)(?:\s+(?:and|&)\s+\w+)?"
        r"\s+(?:(?!" + _JOINS + r")[\w$,.-]+\s+){0,3}?(?:TikToks|Reels|videos|posts|graphics"
        r"|blog\s+posts|carousels"
        r"|podcasts?|episodes|infographics)\b", re.IGNORECASE),
    "Copywriting": re.compile(
        r"\b(?:wr(?:ote|ite|ites|iting)|draft(?:ed|s|ing)?)\s+(?:the\s+|our\s+)?"
        r"(?:(?!" + _JOINS + r")[\w-]+\s+){0,2}?"
        r"(?:landing\s+pages|ads|ad\s+copy|web\s+copy|product\s+descriptions|taglines|headlines"
        r"|sales\s+emails|email\s+copy|brochures|scripts)\b", re.IGNORECASE),
    "Search Engine Optimization": re.compile(
        r"\b(?:organic\s+(?:traffic|search|rankings?)|search\s+rankings?|keyword\s+research"
        r"|meta\s+descriptions|(?:first|front)\s+page\s+of\s+Google)\b", re.IGNORECASE),
    "Data Cleaning": re.compile(
        r"\b(?:clean(?:ed|s|ing)?|cleans(?:ed|es|ing)|scrub(?:bed|s|bing)?|de-?dup(?:ed|ing"
        r"|licated)?|standardiz(?:ed|es|e|ing))(?:\s+(?:and|&)\s+\w+)?\s+"
        r"(?:(?!" + _JOINS + r")[\w$,.-]+\s+){0,4}?"
        r"(?:data|records|lists|datasets|spreadsheets|addresses|contacts)\b", re.IGNORECASE),
    "Client Intake": re.compile(
        r"\b(?:screen(?:ed|s|ing)?|interview(?:ed|s|ing)?|qualif(?:ied|y|ies|ying))\s+"
        r"(?:\d+\s+)?(?:new|potential|prospective)\s+(?:callers|clients|applicants|cases"
        r"|patients)\b", re.IGNORECASE),
    # Telling the next shift what it needs: "Briefed the overnight auditor on arrivals
    # at shift change", "gave bedside report to the oncoming nurse".
    "Shift Handoff": re.compile(
        r"\b(?:brief(?:ed|s|ing)?|updat(?:ed|es|e|ing)|gave\s+report|give\s+report"
        r"|report(?:ed|s|ing)?\s+to|hand(?:ed|s|ing)?\s+off\s+to|pass(?:ed|es|ing)?\s+(?:on\s+)?"
        r"to)\b[^.;]{0,80}?(?:\bat\s+(?:each\s+|every\s+)?shift\s+change|\b(?:the\s+)?(?:next"
        r"|incoming|oncoming|overnight|relief)\s+(?:shift|auditor|nurse|supervisor|team|crew"
        r"|agent|manager)s?)\b", re.IGNORECASE),
    # Signing guests up for the rewards: "Signed up 30 guests a month for the rewards club".
    "Loyalty programs": re.compile(
        r"\b(?:sign(?:ed|s|ing)?\s+up|enroll(?:ed|s|ing)?|register(?:ed|s|ing)?)\s+(?:[\w,-]+\s+){0,2}?"
        r"(?:guests|customers|shoppers|members|patrons|diners|clients|visitors|travell?ers"
        r"|riders|fans|buyers|people)\s+(?:[\w,-]+\s+){0,3}?(?:for|in|into|to)\s+(?:the\s+|our\s+)?(?:[\w&'’-]+\s+){0,2}?(?:rewards?|loyalty"
        r"|membership|club\s+cards?|store\s+cards?)\b", re.IGNORECASE),
    # Pricing the work before it is sold: "Priced kitchen remodels from $20K to $120K".
    "Cost Estimating": re.compile(
        r"\b(?:pric(?:ed|es|e|ing)|estimat(?:ed|es|e|ing)|bid|bids|bidding)\s+(?:[\w'’$-]+\s+){0,3}?"
        r"(?:jobs|remodels?|projects|renovations|repairs|installs|installations|additions|roofs"
        r"|builds|fit-?outs)\b", re.IGNORECASE),
    # Routes made shorter: "Re-sequenced 12 routes to cut 300 miles a week".
    "Route Optimization": re.compile(
        r"\b(?:optimiz|re-?sequenc|re-?rout|redesign|rebuil|re-?balanc|consolidat|streamlin)\w*"
        r"\s+(?:[\w-]+\s+){0,2}?routes?\b", re.IGNORECASE),
    "Subcontractor Coordination": re.compile(
        r"\b(?:lin(?:ed|es|e|ing)\s+up|schedul(?:ed|es|e|ing)|book(?:ed|s|ing)?|coordinat(?:ed|es|e"
        r"|ing)|sequenc(?:ed|es|e|ing))\s+(?:the\s+|all\s+|our\s+)?(?:[\w-]+\s+)?(?:" + _TRADES
        + r")\b", re.IGNORECASE),
    # Opening and closing the place one works in: "Opened and closed the restaurant".
    "Opening and closing procedures": re.compile(
        r"\b(?:open(?:ed|s|ing)?\s+and\s+clos(?:ed|es|e|ing)|clos(?:ed|es|e|ing)\s+and\s+"
        r"open(?:ed|s|ing)?)\s+(?:the\s+|our\s+|a\s+)?(?:[\w'’-]+\s+)?(?:restaurant|store"
        r"|shop|bar|cafe|café|branch|office|location|clinic|kitchen|building|gym|salon|pharmacy)\b",
        re.IGNORECASE),
    # A class kept working: "Kept 28 second graders on task with a token system".
    "Classroom Management": re.compile(
        r"\b(?:kept|keep|keeps|keeping|held|hold)\s+(?:my\s+|the\s+|a\s+|all\s+)?(?:\d+\s+)?"
        r"(?:[\w-]+\s+)?(?:students|kids|children|graders|learners|class(?:es)?|preschoolers"
        r"|toddlers|scholars)\s+(?:on[- ]task|engaged|focused|on\s+track)\b", re.IGNORECASE),
    # Measuring learners' growth again and again: "Tracked reading growth with DIBELS".
    "Progress monitoring": re.compile(
        r"\b(?:track(?:ed|s|ing)?|monitor(?:ed|s|ing)?|measur(?:ed|es|e|ing)|chart(?:ed|s|ing)?"
        r"|graph(?:ed|s|ing)?)\s+(?:each\s+|every\s+|my\s+|students['’]?\s+|the\s+)?"
        r"(?:[\w-]+\s+)?(?:growth|progress)\b", re.IGNORECASE),
    # Knowing what is sold: "Learned 400 SKUs of power tools", "knew the wine list".
    "Product Knowledge": re.compile(
        r"\b(?:learn(?:ed|t|s|ing)?|kn(?:ew|ow|ows|owing)|master(?:ed|s|ing)?|memoriz(?:ed|es|e"
        r"|ing))\s+(?:the\s+|our\s+|all\s+|every\s+)?(?:[\d,]+\+?\s+)?(?:[\w-]+\s+)?"
        r"(?:SKUs|products|product\s+lines?|menu|wine\s+list|catalog(?:ue)?|inventory)\b",
        re.IGNORECASE),
    # Teaching patients or their people what to do: "Taught new diabetics to check their
    # sugar", "educated families on safe sleep", "showed caregivers how to use the lift".
    "Patient Education": re.compile(
        r"\b(?:taught|teach(?:es|ing)?|educat(?:ed|es|e|ing)|instruct(?:ed|s|ing)?"
        r"|show(?:ed|s|ing)?|coach(?:ed|es|ing)?)\s+(?:[\w'’-]+\s+){0,2}?(?:patients|families"
        r"|caregivers|parents|mothers|moms|diabetics|clients|residents)\s+(?:how\s+to|to|on"
        r"|about)\b", re.IGNORECASE),
    # Booking the rooms and the food of meetings, or arranging the meetings themselves.
    "Meeting Coordination": re.compile(
        r"\b(?:book(?:ed|s|ing)?|reserv(?:ed|es|e|ing)|order(?:ed|s|ing)?|set\s+up"
        r"|arrang(?:ed|es|e|ing))\s+(?:[\w'’-]+\s+){0,3}?(?:conference\s+rooms?|meeting\s+rooms?"
        r"|catering|lunch(?:es)?|breakfasts?|AV)\b[^.;]{0,60}?\bmeetings?\b"
        # (the meetings the verb's object: "Coordinated catering for client meetings"
        # coordinated the catering)
        r"|\b(?:coordinat|organiz|schedul|arrang)(?:ed|es|e|ing)\s+"
        r"(?:(?!(?:for|of|at|to|with|on|in)\s)[\w'’-]+\s+){0,3}?"
        r"(?:meetings|board\s+meetings|staff\s+meetings)\b", re.IGNORECASE),
    # Notes taken at a meeting are its minutes: "Type up notes at our monthly team
    # meetings", "took notes in board meetings", "wrote up the notes from staff meetings".
    # The notes must be the verb's object, the meeting named within a few words.
    "Minute Taking": re.compile(
        r"\b(?:t(?:ook|ake|akes|aking)|typ(?:ed|es|e|ing)(?:\s+up)?|wr(?:ote|ite|ites|iting)"
        r"(?:\s+up)?|kept|keep|keeps|keeping|record(?:ed|s|ing)?)\s+(?:the\s+)?notes\s+"
        r"(?:at|of|from|for|during|in)\s+(?:[\w'’-]+\s+){0,3}?meetings?\b", re.IGNORECASE),
    # A seller's everyday words: "Kept a $2M pipeline current in HubSpot", "Renewed 95%
    # of accounts", "Sold add-on warranties on 40% of tickets", "Covered a five-county
    # territory of 120 dealers".
    "Pipeline Management": re.compile(
        r"\b(?:kept|keep|keeps|keeping|manag(?:ed|es|e|ing)|buil(?:t|d|ds|ding)|gr(?:ew|ow|ows"
        r"|owing)|maintain(?:ed|s|ing)?|own(?:ed|s|ing)?|ran|run|runs|running)\s+(?:a\s+|my\s+"
        r"|the\s+)?(?:(?!" + _LINKS + r")[\w$.,+-]+\s+){0,2}?pipelines?\b"
        r"(?!\s+(?:welding|fitting|inspection|construction|integrity|maintenance))",
        re.IGNORECASE),
    "Customer Retention": re.compile(
        r"\b(?:renew(?:ed|s|ing)?|retain(?:ed|s|ing)?|kept|keep|keeps)\s+(?:over\s+|nearly\s+)?"
        r"\d[\d.]*\s?%\s+of\s+(?:my\s+|our\s+|the\s+|all\s+)?(?:[\w-]+\s+)?(?:accounts|clients"
        r"|customers|contracts|members|subscribers|policies|book)\b", re.IGNORECASE),
    "Upselling": re.compile(
        r"\b(?:sold|sell|sells|selling|attach(?:ed|es|ing)?|add(?:ed|s|ing)?)\s+(?:[\w-]+\s+){0,1}?"
        r"(?:add-?ons?|upgrades|extended\s+warrant(?:y|ies)|warrant(?:y|ies)|protection\s+plans"
        r"|service\s+plans|accessories)\s+(?:to|on|with)\b"
        # Whatever is sold "as an add-on" is sold on top of the purchase ("Sold detailing
        # packages as add-ons to oil changes"); an extended warranty or a protection plan
        # is always sold on top of one, wherever ("Sold extended warranties at the
        # register").
        r"|\b(?:sold|sell|sells|selling)\s+(?:(?!as\s)[\w'’-]+,?\s+){1,5}?as\s+(?:an\s+)?"
        r"add-?ons?\b"
        r"|\b(?:sold|sell|sells|selling)\s+(?:[\w-]+\s+)?(?:extended\s+warrant(?:y|ies)"
        r"|protection\s+plans?)\b", re.IGNORECASE),
    "Territory Management": re.compile(
        r"\b(?:cover(?:ed|s|ing)?|manag(?:ed|es|e|ing)|ran|run|runs|work(?:ed|s|ing)?|own(?:ed|s"
        r"|ing)?|grew|grow)\s+(?:a\s+|my\s+|the\s+)?(?:(?!" + _LINKS + r")[\w$,.-]+\s+){0,2}?"
        r"territor(?:y|ies)\b",
        re.IGNORECASE),
    "Scheduling": _SCHEDULING,
    "Appointment scheduling": _APPOINTMENT_BOOKING,
    "Activities of Daily Living": _DAILY_LIVING,
    "Ordering": _ORDERING,
    "Inventory ordering": _ORDERING,
    "Purchasing": _ORDERING,
    "Complaint Resolution": _COMPLAINTS,
    # See _COST_CUT: the general name and its narrower ones.
    "Cost Reduction": _COST_CUT,
    "Cost control": _COST_CUT,
    "Cost savings": _COST_CUT,
    "Labor Cost Management": re.compile(
        _cost_deed(r"labou?r(?:\s+(?:costs?|hours|percentage))?|overtime|payroll\s+costs?"),
        re.IGNORECASE),
    "Food Cost Management": re.compile(
        _cost_deed(r"food\s+(?:costs?|waste)|spoilage|waste\s+and\s+spoilage"), re.IGNORECASE),
}
