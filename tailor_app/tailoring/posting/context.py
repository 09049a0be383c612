"""Where in a posting a skill word is no ask: the title line, the company's story,
values boilerplate, and short acronyms that belong to another field.

Each of these turned into a false "missing" in the match report: "Plumbing" read
from "a family-owned plumbing company", "Teamwork" from "our values: teamwork and
innovation", "Public Health" from "a community health leader", a two-letter word
that is an acronym in another trade. The rules are about the wording around the
word, never about particular skills.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable

from tailor_app.tailoring.caseless import folded
from tailor_app.tailoring.posting.outside import NEEDS_SOMEONE
from tailor_app.tailoring.posting.title import is_job_noun
from tailor_app.tailoring.posting.wishes import DEGREE_WISH, STAND_OUT_WISH

__all__ = [
    "continues_story",
    "describes_company",
    "field_outliers",
    "header_rest",
    "listed_with_kin",
    "names_products",
    "offers",
    "rewards_or_applying",
    "speaks_of_the_work",
    "speaks_of_tools",
    "states_values",
    "tools_of_others",
]

# A sentence about the employer rather than the job: "We are a family-owned ...",
# "Acme is a leading ...", "Founded in 1998, ...", "Since 1998 we have ...". "We are
# looking for" and "we're hiring" are the job, so they are not matched.
_BUSINESS = (r"(?:mov|mak|build|design|serv|sell|ship|deliver|manufactur|develop|operat"
             r"|provid|distribut|produc|creat|power|specializ|specialis|offer|supply|suppli"
             # "Parkview Residential manages 3,200 apartment homes", "The School of Nursing
             # educates 1,200 students", "Acme employs 400 people".
             r"|own|run|manag|educat|haul|employ|hous)")
# A past deed of the employer's trade, after "we've"/"we have": the business verbs'
# past forms, and the common irregular ones.
_DONE = (r"(?:(?:serv|ship|deliver|manufactur|develop|operat|provid|distribut|produc|creat"
         r"|power|specializ|specialis|offer|suppli|own|manag|educat|haul|employ|hous|print"
         r"|install|design|help|partner|support|build|repair|train|clean|treat|car)ed"
         r"|sold|built|made|grown|kept|run|brought|taught|done|moved)\b")
# The same sentence turning to the hire: "We've built our dashboard in React and need a
# developer to extend it" asks React of the developer; only a deed told alone is story.
_NO_TURN = (r"(?![^.;!?\n]*\b(?:need|needs|want|wants|looking|seek|seeks|seeking|hire"
            r"|hiring|recruiting|require|requires)\b)")
# After "We": the verbs of what the job needs or how the team works, not the business.
_NOT_BUSINESS = (r"(?:need|needs|want|require|expect|ask|seek|look|hire|hiring|will|would|can"
                 r"|could|may|might|must|should|use|work|value|believe|do|don't|did|also|are"
                 r"|were|have|had|invite|encourage|welcome|offer|provide|support|hope|love"
                 r"|like|think|know)")
# The last word of an organisation's name: "... Action Agency", "... Family Services".
_ORGANISATION_WORD = (
    r"(?-i:Agency|Services|Group|Inc\.?|LLC|Center|Centre|Company|Partners|Foundation"
    r"|Association|Trust|Bank|Network|Health|Systems|Labs|Solutions|Industries|Enterprises"
    r"|Corporation|Corp\.?|Co\.|University|College|School|Schools|District|Department"
    r"|County|Council|Alliance|Coalition|Institute|Society|Ministries|Hospital|Clinic"
    # "Larch County Public Works maintains 900 miles of road".
    r"|Collective|Cooperative|Authority|Commission|Works)")
_COMPANY_SENTENCE = re.compile(
    r"^\W*(?:we(?:'|’)?re|we are|we have been|we've been"
    # "The department also includes Child Support Enforcement and ...": the employer's
    # other parts, told of the department or agency the job belongs to.
    r"|the (?:company|firm|client|department|agency|district|division|organi[sz]ation)\b"
    # "The Facilities & Operations department maintains 14 buildings, grounds …": the
    # named department the job sits in, told as the employer is.
    r"|the\s+(?:(?-i:[A-Z])[\w&.'’-]*\s+|&\s+){1,5}(?:department|division|office|unit)\s+"
    rf"(?!{_NOT_BUSINESS}s?\b)(?-i:[a-z]){{2,}}s\b"
    r"|our (?:client|company|firm|team|clinic"
    r"|practice|hospital|store|shop|plant|organi[sz]ation|agency|school|district|mission"
    r"|story|business|family|client base|customers|stack|platform|products?)|founded\b"
    # "Our 140 rooms, two restaurants and spa host weddings ...", "Our 12 clinics see
    # 300 patients a day": the employer's things counted, told as its story.
    # The words counted are read as the subject: "Our 3 dispatchers plan loads" in a
    # dispatcher's posting names the job's own people.
    r"|our \d[\d,.]*(?:[ \t]|-(?=[a-z]))(?:[\w-]+[ \t,]+){0,3}"
    # "Our high schools offer AP and IB programs", "our two campuses house a cath lab":
    # the employer's sites and what they offer or hold, told as its story. Not "Our
    # clinics need a nurse" nor "our stores use Square", nor "Our restaurants run Toast
    # POS": "run" and "operate" name the system the hire works in as often.
    r"|our[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:schools|campuses|hospitals|clinics|stores"
    r"|branches|plants|warehouses|facilities|locations|pharmacies|restaurants|hotels"
    r"|properties|offices|centers|centres|libraries|sites|buildings)[ \t]+(?:also[ \t]+)?"
    r"(?:offer|feature|include|serve|provide|house|host|carry|boast)\b"
    r"|established\b|since (?:19|20)\d\d|for (?:over|more than) \d+ years"
    # "For 40 years we have printed labels for craft breweries", "For three decades,
    # our crews have ...": the employer's years, told before what it has done.
    r"|for (?:nearly |almost |about |close to )?(?:\d+|two|three|four|five|six|seven|eight"
    rf"|nine|ten|twenty|thirty|forty|fifty|sixty) (?:years|decades),? (?:we|our)\b{_NO_TURN}"
    # What it has done so far: "We've sold fasteners to manufacturers since 1961", "We
    # have printed labels for craft breweries". Not "we have openings" nor "we've
    # added a shift and need ...", which no past deed of the trade tells.
    rf"|we(?:'|’)ve (?:proudly )?{_DONE}{_NO_TURN}|we have (?:proudly )?{_DONE}{_NO_TURN}"
    # Its customers counted: "More than 40,000 businesses run on our terminals".
    r"|(?:more than |over |nearly |almost )?\d[\d,.]*\+?(?: million| thousand)? (?:[\w-]+ ){1,3}"
    r"(?:run|rely|depend|count) on (?:our|us)\b"
    # What the business does: "We move refrigerated freight ...", "Ridgeview designs
    # specimen-handling equipment ...".
    rf"|we (?!{_NOT_BUSINESS}\b)[a-z]{{3,}}\b"
    # "At Crumb & Kettle we bake everything from scratch".
    r"|at (?-i:[A-Z])[\w&'’.-]*(?:[ \t]+(?:(?-i:[A-Z])[\w&'’.-]*|&))*,?[ \t]+we[ \t]+"
    rf"(?!{_NOT_BUSINESS}\b)[a-z]{{3,}}\b"
    # A name, its bracketed acronym and the words after it: "Facilities Planning &
    # Construction (FP&C) delivers about 60 projects a year". The name opens with a
    # capital read as such ("(?-i:...)"), after "The" or "Our" too ("Our Zeeland plant
    # makes", "The Login.gov team is"): "The loader operates a forklift" and "This
    # position is responsible for" are the job, not a name.
    r"|(?:(?:the|our)\s+)?(?!(?:this|these|that|those|each|every|all|any|some|the|an?|our"
    r"|your|its|their|it|he|she|they)\b)(?-i:[A-Z])[\w&.'’-]*\s+"
    # "Keller & Moss, PLLC is a 25-attorney firm": the legal form after a comma.
    r"(?:(?:[\w&.'’-]+(?:,\s+(?-i:Inc\.?|LLC|PLLC|LLP|Ltd\.?|P\.C\.|P\.A\.|PC|PA))?|\+"
    r"|\([A-Z][\w&.-]*\))\s+){0,5}"
    # "Smile Bright Pediatric Dentistry has cared for kids in Boise for 20 years".
    # "is" a word of its own: "Resolve guest complaints and report maintenance issues"
    # is a duty, no name that "is" something.
    r"(?:is\b|has (?:been|served|run|operated|built|made|grown|sold|helped|kept|cared|partnered"
    r"|provided|delivered|offered|supported|specialized|specialised|pioneered|earned|won)"
    r"|was founded"
    rf"|{_BUSINESS}(?:es|s)\b)"
    # An organisation's name (its last word says so, or its acronym follows it) and any
    # verb of what it does: "Lakeshore Community Action Agency (LCAA) fights poverty".
    # Not "Keep HR files": no organisation.
    r"|(?!(?:this|these|that|those|each|every|all|any|some|the|an?|our|your|its|their)\b)"
    r"(?-i:[A-Z])[\w&.'’-]*(?:[ \t]+(?:(?-i:[A-Z])[\w&.'’-]*|&|of)){0,5}"
    rf"(?:[ \t]+\((?-i:[A-Z])[\w&.-]{{1,10}}\)|[ \t]+{_ORGANISATION_WORD})[ \t]+"
    rf"(?!{_NOT_BUSINESS}s?\b)[a-z]{{2,}}[^s\W]s\b"
    # With a phrase that names it in between: "Northfield Savings Bank, a 150-year-old
    # community bank, offers personal and business banking".
    r"|(?:(?:(?-i:[A-Z])[\w&.'’-]*|&)\s+){0,5}(?-i:[A-Z])[\w&.'’-]*,\s+(?:an?|the)\s[^,;]{2,80}"
    r",\s+"
    rf"(?:is|has been|was founded|has served|{_BUSINESS}(?:es|s)\b))",
    re.IGNORECASE,
)
# How the employer began, told of it by name: "Rolling Pin started as one bakery in
# 2008", "Hollis Mechanical began with one truck", "Pine Ridge opened its doors in 1994".
_BEGAN = r"(?:started|began|opened|grew)"
# After the company's own name: "Hartwell Packaging manufactures corrugated boxes".
# Or with a phrase between: "Northfield Savings Bank, a community bank, offers".
# Its bracketed acronym may come first, and any verb of what it does: "Sunnyvale
# Community Action Agency (SCAA) fights poverty through Head Start and LIHEAP".
_NAME_VERB = re.compile(
    r"(?:\s*\([A-Z][\w&.-]{1,10}\))?(?:,\s+(?:an?|the)\s[^,;]{2,80},)?\s+"
    rf"(?:is|has|was|{_BUSINESS}(?:es|s)|{_BEGAN}|(?!{_NOT_BUSINESS}s?\b)[a-z]{{3,}}[^s\W]s)\b")
_SHORT_NAME_VERB = re.compile(rf"[ \t]+(?:is|has|was|{_BUSINESS}(?:es|s)|{_BEGAN})\b")
_NOT_DESCRIPTION = re.compile(
    r"^\W*(?:we(?:'|’)?re|we are)\s+(?:currently\s+|now\s+)?(?:looking|seeking|hiring"
    r"|recruiting|searching|in need|expanding our team)\b", re.IGNORECASE)
_YOU = re.compile(r"\byou(?:r|'ll|’ll|'d|’d)?\b", re.IGNORECASE)
# A sentence that says whom the employer seeks is the job, however it opens: "We are a
# 120-seat bistro looking for an assistant manager who will run dinner service".
_SEEKS = re.compile(
    r"\b(?:looking for|seeking|searching for|in search of|hiring|recruiting|in need of"
    r"|who (?:will|can|is|has)|to join)\b", re.IGNORECASE)
_VALUES = re.compile(
    r"\b(?:our (?:core )?values|we value|we believe|we are committed|we're committed|committed"
    r" to|culture of|our culture|we celebrate|we champion|we foster|we embrace"
    r"|upholding|uphold our|our principles|guided by"
    # "Our kitchen team values teamwork": "values" as the verb, a noun right after it.
    # A preposition after it makes it the noun of a lab or a report ("reports critical
    # values per policy", "enters values into the log"), no value statement.
    r"|values(?= (?!and\b|of\b|to\b|that\b|are\b|is\b|in\b|we\b|our\b|per\b|for\b"
    r"|from\b|within\b|outside\b|into\b|against\b|on\b|at\b|by\b|as\b|were\b|was\b)"
    r"[a-z]))\b",
    re.IGNORECASE)


# Words in "-ing" that describe a perk rather than name work ("enjoy amazing benefits",
# "enjoy working with a great team"), and the perks such a word may go before.
_PERK_GERUNDS = ("amazing|outstanding|ongoing|exciting|matching|rewarding|engaging"
                 "|interesting|challenging|thriving|growing|leading|working|being|having"
                 "|getting|earning|learning|living|spending|taking")
_PERK_NOUNS = r"(?:benefits|perks|pay|discounts?|bonus(?:es)?|time\b|hours|schedules?)"
# What arrives at a job to be worked on, as the object of "receive": goods, requests and
# people ("receive the truck", "receive inbound calls", "receive the daily wholesaler
# order"), after at most three determiners or describing words; "a" or "an" opens a gift
# ("receive a company truck").
_RECEIVED_WORK = (r"\s+(?!(?:a|an)\s)(?:[a-z-]+\s+){0,3}(?:trucks?|trailers?|freight|shipments?"
                  r"|deliver(?:y|ies)|orders?|stock|merchandise|pallets|loads|calls|inquiries|requests|complaints"
                  r"|referrals|prescriptions|patients|specimens|samples|mail|packages|parcels)\b")
# What the job comes with: "Our techs get a take-home truck and iPad", "we offer ...",
# "you will receive training in ...". Nothing in such a sentence is asked of anyone.
_OFFER = re.compile(
    # "we'll provide a laptop": the employer gives it.
    r"\b(?:we(?:'ll|’ll| will| also| will also)? (?:offer|provide|supply|furnish|give)"
    r"|(?:you|you'll|you’ll|you will|our \w+|employees"
    r"|staff|team members|techs|technicians) (?:get|receive|enjoy|earn)\b"
    r"(?<!\byou enjoy)(?<!\byou'll enjoy)(?<!\byou’ll enjoy)(?<!\byou will enjoy)"
    r"(?!\s*(?:,|and\b|or\b))"
    # "You will receive the truck", "you'll receive inbound calls": what arrives at the
    # job to be worked is a duty, not a gift ("you will receive paid training" stays).
    rf"(?!(?<=receive){_RECEIVED_WORK})"
    # "An active P&C license, or you get one within 60 days of hire": a credential the
    # reader must hold by a date is asked, not given.
    r"(?!\s+(?:one|it|licensed|certified)\s+(?:within|by|before|in)\b)"
    # "You enjoy troubleshooting heat pumps" is the reader's liking for a kind of work,
    # told as "you're comfortable ..." is, and asks for that work; "you'll enjoy a 401(k)
    # match", "you'll enjoy amazing benefits" or "... working with a great team" is a
    # perk, as is anything other people enjoy ("our caregivers enjoy ...").
    rf"|\byou(?:'ll|’ll| will)? enjoy\b(?!\s+[a-z]+ing\s+(?!{_PERK_NOUNS})[a-z])"
    rf"|\byou(?:'ll|’ll| will)? enjoy\s+(?:{_PERK_GERUNDS})\b"
    r"|(?:is|are) provided|comes with"
    # "You'll be eligible for our 401(k)" is a benefit; "must hold, or be eligible
    # for, a state certification" is a demand: a modal or an "or" before "be".
    r"|(?<!\bmust be )(?<!\bor be )(?<!\bshould be )(?<!\bmust also be )eligible for"
    # "... and includes full health benefits and PSERS retirement": the job's rewards.
    r"|includes?\s+(?:full\s+|comprehensive\s+|generous\s+)?(?:health|medical)\s+benefits"
    # "New graduates get a structured mentorship": anyone given something, unless told
    # to get it ("must get a CDL", "able to get a permit").
    r"|(?<!\bto )(?<!\bmust )(?<!\bshould )(?:get|gets|receive|receives|enjoy|enjoys)"
    r"\s+(?:a|an)\s)\b", re.IGNORECASE)


# Every reading of _OFFER holds one of these words (any case): a sentence without any is
# judged without the pattern, which tries each of its branches at every character.
_OFFER_WORDS = ("offer", "provide", "supply", "give", "get", "receive", "enjoy", "earn",
                "eligible for", "comes with", "include")
# The employer named as the giver: "the company supplies all power tools", "testers
# furnished by the employer". Read only where a sentence names one.
_GIVER = re.compile(
    r"\b(?:(?:the |our )?(?:company|employer) (?:provides|supplies|furnishes)"
    r"|(?:provided|supplied|furnished) by (?:the |our )?(?:company|employer|us))\b",
    re.IGNORECASE)
_GIVER_WORDS = ("company provides", "company supplies", "company furnishes",
                "employer provides", "employer supplies", "employer furnishes",
                "provided by", "supplied by", "furnished by")


def offers(sentence: str) -> bool:
    """Does the sentence tell what the job gives rather than what it asks?"""
    low = folded(sentence)  # None where lower-casing is no stand-in for IGNORECASE
    if low is not None and not any(map(low.__contains__, _OFFER_WORDS)):
        return _names_the_giver(sentence, low)
    return _OFFER.search(sentence) is not None or _names_the_giver(sentence, low)


def _names_the_giver(sentence: str, low: str | None) -> bool:
    """Does the sentence name the employer as what gives ("the company supplies ...")?"""
    if low is not None:
        if "company" not in low and "employer" not in low and " by " not in low:
            return False
        if not any(word in low for word in _GIVER_WORDS):
            return False
    return _GIVER.search(sentence) is not None


# The employer by name giving something: "Okafor Brandt offers a hybrid schedule, a
# 401(k) with profit sharing, parking", "Juniper Valley provides loan repayment".
_NAME_GIVES = re.compile(r"^\W*(?:[A-Z][\w&'’.-]*\s+){1,5}(?:offers|provides|gives)\b")
# ... unless the capitalised name is the job's title: "The Reading Interventionist
# provides small-group reading intervention" tells the job's duty.
_TITLE_GIVES = re.compile(r"(\w+)\s+(?:offers|provides|gives)$")
_REWARDS_ARE = re.compile(
    r"\b(?:benefits|perks|compensation|rewards)\s+(?:include|includes|including|are)\b",
    re.IGNORECASE)
# How to apply: "Submit a cover letter, resume and writing sample to ...", "Applications
# accepted on EdJoin only", "apply in person or email your resume to jobs@...".
# The channels too, a fax above all, which the vocabulary holds as an office skill:
# "Please fax resumes to HR", "Resumes accepted by fax only", "send by mail, email or
# fax", and the employer's numbers ("Phone (555) 201-3344 | Fax (555) 201-3345").
_APPLY = re.compile(
    r"^\W*to apply\b|\b(?:(?<!to )apply (?:online|in person|now|today|here|via|through"
    r"|at|on|by|with|using)\b|(?:applications?|resumes?|résumés?) (?:are |will be |is )?"
    r"(?:accepted|received|reviewed|due)\b|(?:submit|send|e-?mail|upload|attach|fax|mail)"
    r" (?:a |an |your |the |us |us your )?(?:cover letters?|resumes?|résumés?|cvs?"
    r"|letters? of interest|applications?)\b"
    r"|(?:faxed|mailed|e-?mailed) (?:applications|resumes|résumés)\b"
    r"|(?:send|submit|apply)(?: (?:it|them|yours|your resume|your application))?"
    r" (?:by|via) (?:mail|e-?mail|fax)\b"
    r"|fax(?: number| no\.?| #)?:?[ \t]*\(?\+?\d{3}\)?[ \t.-]*\d{3}[ \t.-]*\d{4}\b)",
    re.IGNORECASE)
# What the job pays in kind: a clause naming one of these, and nothing asked, is the
# rewards ("CalSTRS retirement.", "Employee discount 40%, gear days, 401k").
_PERK = re.compile(
    r"\b(?:401\s?\(?k\)?|403\s?\(?b\)?|457\s?\(?b\)?|pension|retirement\b(?!\s+plan"
    r"\s+admin)|paid time off|pto|paid (?:holidays?|leave|training)|tuition (?:reimbursement"
    r"|assistance)|employee discounts?|(?:sign[- ]on|hiring|referral) bonus|relocation"
    r" (?:assistance|package)|loan (?:repayment|forgiveness)|profit[- ]sharing"
    r"|stock ownership|health,? (?:dental|insurance|benefits)|dental(?:,| and| &) vision"
    r"|parental leave|stipend|bonus plan|flexible (?:scheduling|schedules?|hours)"
    r"|long[- ]term care insurance"
    # A public employer's retirement system by its letters: "The County participates in
    # PERS", "CalSTRS", "PERA". (A home-care duty's PERS units are told with a verb or
    # a demand, which the caller reads first.)
    r"|(?:cal|o|k|i|maine|nm|mo)?pers|(?:cal)?strs|pera|imrf|nyslrs"
    r"|equal housing (?:lender|opportunity)|member fdic)\b",
    re.IGNORECASE)
# A demand beside a reward: "a 401(k), and experience with ADP is required".
# Years of work asked, a wish or a fluency are demands too: "1+ year in a call center,
# ideally in health insurance" asks for the call center, whatever perk word it holds.
_DEMAND = re.compile(
    r"\b(?:required|requires?|must|should|preferred|a plus|experience[ds]?|knowledge"
    r"|abilit(?:y|ies)|able to|skills?|proficien\w*|familiar\w*|certificat\w*|licen[cs]\w*"
    r"|degree|uses?|using|you will|you'll|you’ll|need|needs|ideally|fluen\w*"
    r"|\d+\+?[ \t]*(?:-[ \t]*\d+[ \t]*)?(?:years?|yrs?)[ \t]+(?:of|in|as|at|with))\b",
    re.IGNORECASE)


# A posting's header line cut by bars or dots: "Evergold Home Health & Hospice | Tucson,
# AZ | PRN or Full Time". One of its pieces names a place ("Tucson, AZ", "Location:
# ..."), the others the employer, the pay, the kind of job: no asks.
_HEADER_CUT = re.compile(r"[ \t]+[|·•][ \t]+")
_PLACE_PIECE = re.compile(
    r"^(?:location:.*|(?-i:[A-Z])[\w.'’-]+(?:[ \t]+(?-i:[A-Z])[\w.'’-]+){0,3},[ \t]*"
    r"(?-i:[A-Z]{2})\b.*)$", re.IGNORECASE)


def header_rest(text: str) -> int | None:
    """Where the pieces after the first begin, when a unit is a header line of short
    pieces, one of them a place; else None. The first piece (the employer's name or
    the job's) is left to the other rules: "Okafor Lind Immigration Law Group" may be
    the only place a posting names its field."""
    if len(text) > 160 or "\n" in text:
        return None
    pieces = _HEADER_CUT.split(text)
    if not (2 <= len(pieces) <= 6 and all(len(p.split()) <= 7 for p in pieces)
            and any(_PLACE_PIECE.match(p.strip()) for p in pieces)):
        return None
    cut = _HEADER_CUT.search(text)
    return cut.end() if cut else None


@functools.lru_cache(maxsize=2048)  # a clause is asked once per skill word in it
def rewards_or_applying(sentence: str, duty: bool = False) -> bool:
    """Does a clause tell what the job gives or how to apply for it, asking nothing?
    Postings close with such lines wherever their last heading left them: "Okafor
    Brandt offers a 401(k) with profit sharing", "Submit a cover letter and writing
    sample", "CalSTRS retirement". A duty ("Administer the 401(k) plan") or a clause
    that turns to the reader or a demand is judged as usual; ``duty`` says the clause
    stands among the job's duties."""
    if _APPLY.search(sentence):
        return True
    if duty:
        return False  # "Write offers and negotiate contracts": the work itself
    given = _NAME_GIVES.match(sentence)
    if given is not None and (head := _TITLE_GIVES.search(given.group())) is not None \
            and is_job_noun(head.group(1)):
        given = None
    return bool(given or _REWARDS_ARE.search(sentence)
                or ((_PERK.search(sentence) or _pay_told(sentence))
                    and not _DEMAND.search(sentence)))


# A clause that opens by telling the pay: "Pay is $18/hour plus a share of the service
# charge, free meals on shift ...", "We pay $28-40/hour plus spiffs and a take-home van",
# "Starting wage is $21", "The role pays $52K plus commission". What it goes on to name
# is what the job gives. Told by its opening words and a figure of money, so "Pay
# attention to detail" and "We pay close attention to 5S and OSHA 10 standards" stay read.
_PAY_TOLD = re.compile(
    r"\W*(?:(?:the[ \t]+)?(?:starting[ \t]+|base[ \t]+|hourly[ \t]+)?(?:pay|wages?|salary"
    r"|compensation)(?:[ \t]+(?:range|rate))?[ \t]+(?:is|are|starts|begins|ranges|will[ \t]+be)"
    r"|(?:we|the[ \t]+(?:job|role|position)|this[ \t]+(?:job|role|position))[ \t]+pays?)\b"
    # The figure is money: a currency sign, or a number told per hour or year ("22
    # dollars", "$52K"); "5S and OSHA 10 standards" carry digits but no pay.
    r"[^$€£\d]{0,30}(?:[$€£]|\d[\d,.]*[ \t]*(?:k\b|dollars|an[ \t]+hour|per[ \t]+hour"
    r"|/[ \t]*(?:hr|hour)\b|a[ \t]+year|per[ \t]+year))", re.IGNORECASE)


def _pay_told(sentence: str) -> bool:
    """Does the clause open by telling the pay, with a figure (``_PAY_TOLD``)?"""
    head = sentence.lstrip()[:5].lower()  # cheap cue: its first word
    if not head.startswith(("pay", "wage", "salar", "compe", "the ", "start", "base",
                            "hourl", "we ", "this ")):
        return False
    return _PAY_TOLD.match(sentence) is not None


# The employer's things counted, opening the sentence ("Our 140 rooms ...").
_COUNTED = re.compile(r"^\W*our[ \t]+\d", re.IGNORECASE)


# The employer, as the subject, needing a worker to do the work the sentence goes on to
# tell: "Our clinic needs a medical receptionist to check patients in ...", "Our shop
# is looking for a diesel mechanic who ...", "The agency wants an experienced case aide
# to ...". The worker is named by a job's noun right before "to", "who", "with",
# "that" or "for"; the sentence is the job, told in the employer's voice.
_NEEDS_A_WORKER = re.compile(
    r"^\W*(?:our|the)[ \t]+((?:[\w'’&-]+[ \t]+){0,3}?)(?:needs?|wants?|seeks?|requires?"
    r"|is[ \t]+(?:looking|searching)[ \t]+for|is[ \t]+(?:seeking|hiring|adding|recruiting)"
    r"|(?:would|will)[ \t]+(?:love|like)[ \t]+to[ \t]+(?:add|hire))[ \t]+"
    r"(?:an?|one|two|another)[ \t]+(?:[\w'’/-]+[ \t]+){0,3}?([A-Za-z]+)[ \t]+"
    # "to" opening the work, not a place: "adding a paralegal to a busy team of eight"
    r"(?:to(?![ \t]+(?:a|an|the|our|its|their|this|that|his|her|my|your|one)\b)|who|with"
    r"|that|for)\b", re.IGNORECASE)
# Subjects that are the people served, not the employer: "Our clients need a partner who".
_SERVED_SUBJECT = frozenset({
    "client", "clients", "customer", "customers", "patient", "patients", "member",
    "members", "resident", "residents", "student", "students", "guest", "guests",
    "family", "families", "user", "users", "partner", "partners", "donor", "donors",
    "tenant", "tenants", "buyer", "buyers", "homeowner", "homeowners", "community"})


def _needs_a_worker(sentence: str) -> bool:
    """Does the sentence open with the employer needing a worker for the work it goes
    on to tell (``_NEEDS_A_WORKER``)?"""
    m = _NEEDS_A_WORKER.match(sentence)
    return m is not None and is_job_noun(m.group(2).lower()) \
        and _SERVED_SUBJECT.isdisjoint(m.group(1).lower().split())


def describes_company(sentence: str, company: str | None = None, job_word: str = "",
                      initials: str = "") -> bool:
    """Is ``sentence`` the employer's story ("We are a 40-year-old family business ...")
    rather than a demand? A sentence that speaks to the reader ("you") is a demand, and
    so is one whose subject names the job (``job_word``: "The Office Assistant provides
    front-desk coverage"), or names it by the title's initials (``initials``: "The MLS
    runs coagulation panels" in a Medical Laboratory Scientist's posting)."""
    if _NOT_DESCRIPTION.match(sentence) or _YOU.search(sentence) or _SEEKS.search(sentence):
        return False
    if _COUNTED.match(sentence) and NEEDS_SOMEONE.search(sentence):
        return False  # "Our 32-bed telemetry unit needs an RN skilled in ...": the job
    if _needs_a_worker(sentence):
        return False  # "Our clinic needs a medical receptionist to check patients in"
    setting = _SETTING.match(sentence)
    if setting is not None:  # "Nestled on 200 acres, Pine Ridge offers 150 guest rooms"
        sentence = sentence[setting.end():]
    if company:
        # "Steel City Erectors erects ..." of "Steel City Erectors LLC": its legal form
        # is left out of its own sentences.
        company = _LEGAL_FORM.sub("", company) or company
        # "Seaway Home Furnishings, Savannah GA" read off a title line: the place is
        # no part of the name the story opens with.
        company = _PLACE_AFTER.sub("", company) or company
    if company and sentence.lstrip().startswith(company):
        rest = sentence.lstrip()[len(company):]
        if _NAME_VERB.match(rest) is not None:
            return True
        if rest[:1] != " " or not rest[1:2].isupper():
            return False
    elif company and " " in company and _told_by_short_name(sentence.lstrip(), company):
        return True
        # The name read short ("Pioneer" of "Pioneer Federal Credit Union serves 95,000
        # members with auto loans, mortgages …"): the whole name is judged below.
    m = _COMPANY_SENTENCE.match(sentence)
    if m is None:
        return False
    # The subject goes on through the capitalised words after "Our Family": "Our Family
    # Support Specialists carry a caseload" names the job, not the employer's family.
    run = _CAPITALISED_RUN.match(sentence, m.end())
    subject = m.group() + (run.group() if run is not None else "")
    if len(job_word) > 2 and job_word.casefold() in subject.casefold():
        return False
    if len(initials) > 1 and re.search(rf"\b{initials}s?\b", m.group()):
        return False
    # "Python is required", "Knowledge of DAX is ideal": a capitalised subject with a
    # demand or a wish is no story.
    return not _demands(sentence)


def _told_by_short_name(sentence: str, company: str) -> bool:
    """Does the sentence open with the first words of the company's name and a verb of
    what it is or does ("Hollis Mechanical has installed plumbing ..." of "Hollis
    Mechanical Contractors", "Ridgeway is an asset-based carrier ...")? A demand or a
    wish in it is no story ("Ridgeway requires a CDL" is read as asked)."""
    words = company.split()
    for n in range(len(words) - 1, 0, -1):
        short = " ".join(words[:n])
        if len(short) >= 4 and short[:1].isupper() and sentence.startswith(short) and (
                _SHORT_NAME_VERB.match(sentence, len(short)) is not None
                or _OWNED_THING_VERB.match(sentence, len(short)) is not None):
            return not _demands(sentence)
    return False


# The name's possessive, the employer's thing and what it does: "Copperline's AI
# forecasting platform helps 800 brands predict demand".
_OWNED_THING_VERB = re.compile(
    r"['’]s[ \t]+(?:[\w-]+[ \t]+){0,3}(?:platform|product|products|software|app|apps|tools?"
    r"|service|services|team|teams|mission|clinics?|stores?|schools?|network)[ \t]+"
    rf"(?:is|are|has|have|helps|lets|gives|{_BUSINESS}(?:es|s))\b")


# Capitalised words going on from where a pattern stopped ("Our Family| Support
# Specialists"); always matches, maybe empty.
_CAPITALISED_RUN = re.compile(r"(?:[ \t]+(?-i:[A-Z])[\w&'’-]*)*")
_LEGAL_FORM = re.compile(r",?\s+(?:Inc\.?|LLC|L\.L\.C\.|Ltd\.?|Corp\.?|Co\.|LLP|PLLC)$")
# A city and a state's two letters after the name: ", Savannah GA", ", Boise, ID".
_PLACE_AFTER = re.compile(r",\s+[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,2},?[ \t]+[A-Z]{2}$")
# Where the employer stands, told before its name: "Nestled on 200 acres in the Blue
# Ridge Mountains, Pine Ridge offers ...", "Headquartered in Denver, Acme builds ...".
# The rest of the sentence is judged as if it opened with the name.
_SETTING = re.compile(
    r"^\W*(?:(?:nestled|located|based|headquartered|situated|tucked|perched"
    # What the employer's product is made of or who backs it: "Built on Snowflake and
    # dbt, our product plugs into SAP", "Backed by top investors, we ...".
    r"|built|powered|backed|trusted|founded)\b[^,;:]{0,80},\s+"
    # When the story happened: "Last year our district was recognized for ...", "In
    # 2024, the firm opened a second office".
    r"|(?:last|this|each|every)[ \t]+(?:year|spring|summer|fall|autumn|winter|month)"
    r",?[ \t]+|in[ \t]+(?:19|20)\d\d,?[ \t]+)",
    re.IGNORECASE)
# The employer's creed: a value word "is essential" to its place or mission ("Teamwork
# is essential in our small kitchen", "customer service is essential to everything we
# do", "safety is essential on every job site"). No demand: taken out of a sentence
# before ``_DEMAND_OR_WISH`` reads it. A named skill, language or credential as the
# subject ("Spanish is essential in our front office") stays a demand.
_CREED = re.compile(
    r"\b(?:teamwork|safety|kindness|compassion|hospitality|integrity|respect|honesty"
    r"|quality|collaboration|customer[ \t]+service|communication|trust|excellence|empathy"
    r"|diversity|inclusion|a[ \t]+positive[ \t]+attitude|attitude|patience|humility|care)"
    r"[ \t]+(?:is|are)[ \t]+(?:also[ \t]+)?(?:essential|expected|necessary)[ \t]+"
    r"(?:(?:in|at|on|across|throughout)[ \t]+(?:our|everything|all|every)\b"
    r"|to[ \t]+(?:everything|all|our|who|what)\b|here\b)[^,.;!?\n]*",
    re.IGNORECASE)


def _demands(sentence: str) -> bool:
    """Does the sentence ask or wish for something, the employer's creed aside?"""
    if "ssential" in sentence or "xpected" in sentence or "ecessary" in sentence:
        sentence = _CREED.sub(" ", sentence)
    return _DEMAND_OR_WISH.search(sentence) is not None


_DEMAND_OR_WISH = re.compile(
    r"\b(?:required|must|preferred|preferably|ideally|a plus|needed|ideal|desired|desirable"
    r"|helpful|mandatory|advantageous|nice[ \t-]to[ \t-]have|good[ \t-]to[ \t-]have"
    # "a bonus", not "an asset-based carrier": a describing word's first half is no wish.
    r"|an? (?:asset|advantage|bonus)(?![\w-]))\b"
    # "Experience with DocuSign and Zoom is expected", "Spanish is essential": a demand
    # told by its verb, not "Growth is expected to double" (the story's forecast).
    r"|\b(?:is|are)[ \t]+(?:also[ \t]+)?(?:expected|essential|necessary)\b(?![ \t]+to\b)"
    # "Experience with fire alarm systems is welcome", "Knowledge of Lutron controls is
    # appreciated": a wish told by its verb, as "is a plus" is.
    r"|\b(?:is|are|be)[ \t]+(?:also[ \t]+|always[ \t]+|very[ \t]+|much[ \t]+|greatly[ \t]+"
    r"|highly[ \t]+)?(?:welcomed?|appreciated|valued|beneficial|useful)\b(?![ \t]+(?:to|by)\b)"
    # "Payroll experience is nice", "Kaizen exposure is great to have": the same wish
    # (not "Our office is nice and quiet").
    r"|\b(?:is|are)[ \t]+(?:also[ \t]+|really[ \t]+)?nice(?=[ \t]*(?:[.;,)!]|$)"
    r"|[ \t]+(?:but|if|though)\b|[ \t]+to[ \t]+(?:have|see|know)\b)"
    r"|\b(?:is|are)[ \t]+(?:also[ \t]+)?great[ \t]+to[ \t]+(?:have|see)\b"
    # "Experience with VoIP is a big plus", "would make you stand out" (wishes.py).
    rf"|\b(?:{DEGREE_WISH}|{STAND_OUT_WISH})", re.IGNORECASE)


# Words of a sentence that turns from the employer to the job or the reader: what it
# asks, who is sought, the tools used.
_TURNS_TO_THE_JOB = re.compile(
    # "on every job" is a builder's work site, not the job offered.
    r"\b(?:you|your|you'll|you’ll|you're|you’re|candidates?|applicants?|roles?|positions?"
    r"|(?<!every )(?<!each )jobs?(?![ \t-](?:training|seekers?|fairs?|placement|readiness))"
    r"|opening|hires?|hiring|responsib\w*|duties|required|requires?|must|should|preferred"
    r"|a plus|experience[ds]?|knowledge|abilit(?:y|ies)|able to|skills?|proficien\w*"
    rf"|{DEGREE_WISH}|{STAND_OUT_WISH}"
    # "Our licensed technicians are NATE-certified": the employer's people, not a demand.
    r"|familiar\w*|certificat\w*|(?<!our )licen[cs]\w*|degree|will|need|needs|seek\w*"
    r"|looking|join\w*"
    # "Requirements: 2+ years of retail sales", "comfortable with basic math": a list of
    # demands, or the hire's ease with the work, told after the employer's story.
    r"|requirements?|qualifications?|comfortable|\d+\+?[ \t]*(?:years?|yrs)"
    # The tools the job's people use ("We use Dentrix", "our team uses Jira"), not the
    # ones of another team ("Our R&D team in San Diego uses AI-driven drug discovery").
    r"|(?:we|our team|our staff)[ \t]+(?:\w+[ \t]+)?(?:use|uses|using|work in|run on))\b",
    re.IGNORECASE)


def continues_story(sentence: str, job_word: str = "") -> bool:
    """In a paragraph that opened with the employer's story, does this later sentence
    go on with it? "Cedar Bend has served the county for 60 years. Our programs include
    foster care, adoption and a food bank": the programs are the employer's, not asks.
    A sentence that speaks of the job, the reader, a demand or a tool the job's people
    use ("We use Dentrix"), or names the job itself ("Our nurses chart in Epic" in a
    nurse's posting), turns back to the work."""
    if _TURNS_TO_THE_JOB.search(sentence) or _SEEKS.search(sentence):
        return False
    return not (len(job_word) > 2
                and re.search(rf"\b{re.escape(job_word)}", sentence, re.IGNORECASE))


# The employer's trade in its wares: "Tallow & Finch makes inventory and point-of-sale
# software", "Pinecrest sells kayaks and mountain bikes". Not the tools it works with
# ("our stack runs on AWS", "a platform built on Kubernetes").
_SELLS = re.compile(
    r"\b(?:makes?|making|builds?|sells?|selling|manufactures?|designs?|develops?|rents?"
    r"|renting|distributes?|produces?|creates?|carries|stocks?)\b(?!\s+(?:on|with|in|using)\b)"
    # What its product works with: "Our platform ... integrates with Square, Toast and
    # QuickBooks Online" names the product's partners, not the job's tools.
    r"|\b(?:integrates|integrating|syncs|connects|plugs)[ \t]+(?:directly[ \t]+|seamlessly[ \t]+)?"
    r"(?:with|to|into)\b"
    # Or names its kind by its wares: "Trellis is a payroll and HR software company".
    r"|\b(?:is|are)[ \t]+(?:an?|the)[ \t]+(?:[\w&/-]+,?[ \t]+){1,8}?(?:company|provider"
    r"|vendor|maker|startup|start-up)\b"
    # Or what its customers run on: "More than 40,000 restaurants run on our
    # point-of-sale terminals" names the employer's wares ("our stack runs on AWS" is
    # its own tools: no "our" after the verb).
    r"|\b(?:run|rely|depend|count)[ \t]+on[ \t]+our\b",
    re.IGNORECASE)


def names_products(sentence: str) -> bool:
    """Does a sentence of the employer's story name what it makes or sells? A tool
    named there is its product, no ask; a tool in any other story sentence is context
    ("our stack runs on AWS"), which the posting may still mean the job to use."""
    return _SELLS.search(sentence) is not None and not re.search(
        # "the platform that 12,000 restaurants run on": what runs on it is the product.
        r"\b(?:built|powered|runs?|running)\s+(?:on|by|with)\b(?!\s*(?:[.,;:!?)]|our\b|$))",
        sentence, re.IGNORECASE)


# Other people of the employer, or its clients, as a story sentence's subject: "our
# engineering team ships new features using React", "Our VDC group models every project
# in Revit", "our clients move their Shopify stores onto our network".
# Or the clients named by example: "Customers like Gong, Zoom and HubSpot use CloudCast"
# names companies, no tools of the job.
_OTHERS = re.compile(
    r"\b(?:our|the|its|their)[ \t]+((?:[\w&/-]+[ \t]+){0,3}?)(?:teams?|departments?"
    r"|groups?|divisions?|shops?|labs?|crews?|clients|customers|engineers|developers"
    r"|clinicians|technicians|drivers)\b"
    r"|\b(?:clients|customers|brands|companies)[ \t]+(?:like|such[ \t]+as|including)\b",
    re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z]{4,}")


def tools_of_others(sentence: str, title: str | None) -> bool:
    """Does a story sentence name tools that other people use, the employer's other teams
    or its clients, rather than the job's own? A tool the employer's story names is
    context the posting may mean the job to use ("our stack runs on AWS"); the tools of
    a team the job's title does not name are theirs ("our engineering team ships using
    React" in a support specialist's posting), no ask."""
    m = _OTHERS.search(sentence)
    if m is None:
        return False
    own = {w[:5].lower() for w in _WORD.findall(title or "")}
    return not own & {w[:5].lower() for w in _WORD.findall(m.group())}


# A story sentence about the tools the employer works with: "our stack runs on AWS",
# "We use Dentrix", "the team works in Python", "we are moving to Workday".
_TOOL_TALK = re.compile(
    r"\b(?:stack|platforms?|built[ \t]+(?:on|with)|runs?[ \t]+on|running[ \t]+on|powered"
    r"[ \t]+by|uses?|using|used|works?[ \t]+(?:in|with)|tools?|tooling|technolog\w*|tech"
    r"|software|systems?|migrat\w*|moving[ \t]+to|adopt\w*|implement\w*|roll\w*[ \t]+out)\b",
    re.IGNORECASE)


def speaks_of_tools(sentence: str) -> bool:
    """Does a story sentence tell the tools the employer works with ("our stack runs on
    AWS"), which the posting may mean the job to use? A tool in any other story sentence
    is part of what the employer does, owns or serves ("special needs routes with
    wheelchair lifts"), no ask."""
    return _TOOL_TALK.search(sentence) is not None


def states_values(sentence: str) -> bool:
    """Values boilerplate ("We value teamwork, integrity and innovation"): soft words in
    it describe the employer, not an ask."""
    return _VALUES.search(sentence) is not None and not _YOU.search(sentence)


def field_outliers(hits: Iterable[tuple[str, tuple[str, ...]]]) -> set[int]:
    """Indexes of short all-capitals hits whose skill belongs to none of the posting's
    main fields. ``hits`` are (surface, skill fields) in order.

    "PT" is physical therapy in a clinic and part-time in a warehouse; "OR" an
    operating room only where nursing is the field. The posting's fields are voted by
    its longer hits, which are rarely ambiguous; a posting with too few of them to
    tell keeps every hit.
    """
    items = list(hits)
    votes: Counter[str] = Counter()
    for surface, fields in items:
        if not _short_capitals(surface):
            votes.update(set(fields))
    if sum(votes.values()) < 4:
        return set()
    # Every field with as many votes as the third: a field tied with it is as much the
    # posting's, and a cut among ties would follow the set's hash order, so the same
    # posting would keep or drop "CNA" from one run to the next.
    third = sorted(votes.values(), reverse=True)[:3][-1]
    main = {f for f, count in votes.items() if count >= third}
    return {n for n, (surface, fields) in enumerate(items)
            if _short_capitals(surface) and fields and not set(fields) & main}


def _short_capitals(surface: str) -> bool:
    """Two or three capital letters: the acronyms that mean one thing in one trade and
    another in the next ("PT", "OR", "CNA"). A figure makes a name of its own: "5S" is
    the workplace method in a warehouse as in a plant."""
    return len(surface) <= 3 and surface.isalpha() and surface.isupper()


# What joins two items of one list: "First Aid/CPR", "CPR and First Aid", "OSHA 10, CPR".
_KIN_JOIN = re.compile(r"\s*(?:[/,&+]|\band\b|\bor\b)\s*", re.IGNORECASE)


def listed_with_kin(text: str, spans: list[tuple[int, int, str]], outliers: set[int]) -> set[int]:
    """The credential outliers (``field_outliers``) listed right beside a kept credential
    (``spans``: start, end and kind of every hit, in the posting's order): "First
    Aid/CPR" in a builder's posting, "OSHA 10, CPR". An item of a list of credentials is
    read in the credentials' sense; the field vote is for acronyms standing alone. Only
    credentials: most of the vocabulary is of kind hard, so "AP and IB chemistry" beside
    each other would rescue another field's "AP" (Accounts Payable, review14).
    """
    kept = [(a, b) for n, (a, b, kind) in enumerate(spans)
            if n not in outliers and kind == "certification"]
    found = set()
    for n in outliers:
        a, b, kind = spans[n]
        if kind != "certification":
            continue
        for x, y in kept:
            gap = text[y:a] if y <= a else text[b:x] if b <= x else None
            if gap is not None and len(gap) <= 6 and _KIN_JOIN.fullmatch(gap):
                found.add(n)
                break
    return found


# The reader's own work or fit: "you'll pull data", "you should be comfortable", "if you
# have three years".
_YOUR_WORK = re.compile(
    r"\byou(?:'ll|’ll| will| would| should| must| need| have| can|'ve|’ve| are expected)\b"
    r"|\bif you\b", re.IGNORECASE)


def speaks_of_the_work(sentence: str) -> bool:
    """Does a sentence about the role tell the reader what they will do or must have?
    Under "About the role" such a sentence is a duty or a requirement, not context."""
    return _YOUR_WORK.search(sentence) is not None
