"""The job board's own words in a pasted posting: navigation, buttons, ads, footers.

A posting copied from a job board brings the page around it along: "Home | Jobs |
Sign in", "Apply now", "Save job", "Sponsored", "Report job | Privacy | Terms",
"© 2026 ...", "Ad: Learn HVAC in 10 weeks!". None of it is the employer's, and
read as the posting it makes a title of "Sign in" and skills of an advertisement.
A line is chrome when it is one of the boards' interface phrases, a bar of short
links most of which are such phrases, a copyright line, or a labelled ad. A line
that says anything else is kept: losing a requirement costs more than reading a
stray link.
"""

from __future__ import annotations

import re

from tailor_app.tailoring.caseless import Caseless, folded

__all__ = ["is_chrome"]

# Interface phrases of job boards and career sites, as whole link or button texts.
_UI = (
    r"(?:←\s*|<\s*)?(?:back(?: to)?(?: (?:search|all))?(?: results| jobs| listings)?"
    r"|apply(?: now| here| online| for this (?:job|position)"
    r"| on (?:the )?(?:company|employer)(?:'s)? (?:site|website))?|easy apply|easily apply"
    r"|quick apply|save(?: job| this job)?|saved(?: jobs| searches)?"
    r"|share(?: job| this job)?(?: (?:on|via) (?:facebook|linkedin|twitter|x|email|e-mail"
    r"|whatsapp))?|report(?: job| this job| ad)?"
    r"|talent (?:community|network)|companies|resources|promoted by (?:the )?\w+"
    r"|(?:over |more than )?\d+\+? applicants?|\d(?:\.\d)? ?★? ?[\d,]+ reviews?"
    r"|sign (?:in|up|out)|log ?in|log ?out|register|create (?:an )?account|post a job"
    r"|search(?: jobs)?|find jobs|jobs|home|menu|company reviews|salaries|help cent(?:er|re)"
    r"|privacy(?: policy)?|terms(?: of (?:use|service))?|privacy (?:&|and) terms"
    r"|cookies?(?: policy| settings)?|sitemap|get the app|download the app"
    # The board's own app, told by where it is sold: "Get the TeachLink app on the App
    # Store and Google Play", "Download our app for iOS and Android".
    r"|(?:get|download|install|try) (?:the |our )?(?:[\w.&'-]+ ){0,2}(?:mobile )?app"
    r"(?: (?:on|from|for|in) (?:the )?(?:app store|google play|ios|android|iphone)"
    r"(?:(?: and| or|,) (?:the )?(?:app store|google play|ios|android|iphone))*)?"
    r"|sponsored|promoted|featured"
    r"|urgently hiring|hiring multiple candidates|actively recruiting|new|view all jobs"
    r"|see all jobs|similar jobs|jobs you may like|people also viewed|show more|show less"
    r"|see more|read more|job alerts?|set (?:up )?job alert|skip to (?:main )?content"
    r"|accept(?: all)?(?: cookies)?|reject all|manage cookies|follow|message|more jobs"
    r"|posted (?:today|yesterday|\d+\+? (?:days?|hours?|weeks?|months?) ago)"
    r"|\d+\+? (?:days?|hours?|weeks?) ago|\d+ applicants?|be an early applicant"
    # The board's own name as a line of its own ("LinkedIn" above the title), and its
    # upsell: "Set alert for similar jobs", "Try Premium for $0".
    r"|linkedin|indeed|glassdoor|ziprecruiter|monster|careerbuilder|simplyhired|dice"
    r"|handshake|usajobs|idealist|snagajob|wellfound|set alert for similar jobs"
    r"|try premium(?: for \$\d+)?|see how you compare to (?:over )?\d+ other applicants"
    # A board's own blocks around the employer's text: "Profile insights", "Hiring
    # insights", "Job activity", "Pulled from the full job description".
    r"|profile insights|hiring insights|job activity|pulled from the full job description"
    # The site's logo as its image's text ("Indeed logo") and its job seekers' links.
    r"|[\w.&'-]+(?: [\w.&'-]+)? logo|salary guide|post (?:your|a) (?:resume|cv)"
    r"|upload (?:your|a) (?:resume|cv))"
)
_UI_LINE = re.compile(rf"{_UI}\s*[→›»]?", re.IGNORECASE)
# The same in lower case, for the lower-cased line where that stands in (caseless.py):
# an IGNORECASE alternation tries each of its seventy branches at a line's start, the
# lower-case one only those whose first letter is the line's (about four times faster).
_UI_LINE_LOW = Caseless(_UI_LINE.pattern)
# Footer links that alone on a line could be a posting's own heading ("About us",
# "Contact"): chrome only inside a bar of links.
_LINK = re.compile(
    rf"{_UI}|about(?: us| \S+)?|careers|contact(?: us)?|help|accessibility|blog|press"
    r"|investors|for employers|employers|career advice|talent solutions|advertise(?: with us)?"
    r"|community guidelines|ad choices|all rights reserved\.?|join free|media kit|partners"
    r"|(?:browse )?jobs by (?:location|title|category|company|city|state|industry)",
    re.IGNORECASE)
# The site's sign-in link, which closes a board's menu bar ("Login / Register").
_SIGN_IN = re.compile(
    r"(?:sign (?:in|up)|log ?in)(?:\s*(?:/|or)\s*(?:sign up|register|join(?: free)?))?"
    r"|(?:register|join(?: free)?)\s*(?:/|or)\s*(?:sign in|log ?in)", re.IGNORECASE)
# A bar of links: pieces between "|", "·", "•" or wide gaps.
_BAR_SPLIT = re.compile(r"(?=[\s|·•])(?:\s*[|·•]\s*|\s{2,})")  # (opens with either)
_TWO_SPACES = re.compile(r"\s\s")
# "LawCrossing Jobs › Texas › Houston › Legal Assistant": the board's breadcrumbs.
_BREADCRUMB = re.compile(r"[^›»>]{1,40}(?:\s[›»>]\s[^›»>]{1,40}){2,}"
                         r"|[^›»>]{1,40}(?:\s[›»]\s[^›»>]{1,40}){1,}")
# "Home / Arizona / Special Education / Job #448213": crumbs parted by slashes, from the
# site's home page; a posting's own slashes ("Days / Nights") open no line with "Home".
_SLASH_CRUMBS = re.compile(r"home\s/\s[^/]{1,40}(?:\s/\s[^/]{1,40})+", re.IGNORECASE)
# A piece of a bar as the page shows it: "[Apply now]", "☆ Save", "Saved jobs (0)".
_DECOR = re.compile(r"^[\W_]+|[\W_]+$|\s*\(\d{1,4}\)$")
# A button in brackets: "[Accept all]", "[Sign in]".
_BUTTON = re.compile(r"\[[^\[\]]{1,30}\]")
# A consent banner: the site telling the reader about its cookies.
_COOKIES = re.compile(r"\bcookies?\b", re.IGNORECASE)
_CONSENT = re.compile(
    r"\b(?:we use|this (?:site|website) uses|accept|agree|consent|continu\w*|got it"
    r"|preferences|settings|privacy)\b", re.IGNORECASE)
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright\b)\s*(?:\d{4})?", re.IGNORECASE)
# "Ad: Learn HVAC in 10 weeks!", and the ad block's credit line "Ads by JobNet".
_AD = re.compile(r"(?:ad|advertisement|sponsored|promoted)\s*[:|–-]\s*\S"
                 r"|(?:ads|advertisements|sponsored|promoted)\s+by\s+\S+$", re.IGNORECASE)
# Lists the board adds under a posting: "People also searched: travel nurse, LPN jobs".
_BOARD_LIST = re.compile(
    r"(?:(?:people|job seekers|members) also (?:searched|viewed|applied)|related (?:searches"
    r"|jobs)|similar searches|popular searches|jobs near me|recently viewed"
    r"|more jobs (?:like this|from)|referrals increase your chances|seniority level\s*:"
    r"|see who .{0,30} has hired"
    # "Similar Jobs: RN Charge Nurse | CNA", "Share this job: Facebook LinkedIn Email".
    r"|similar (?:jobs|positions|openings)\s*:|(?:see )?more jobs like this\s*:"
    r"|(?:recommended )?jobs (?:for you|you might like)\s*:"
    r"|share (?:this )?(?:job|posting|position|opening)\s*:"
    # "Share: Facebook | LinkedIn | X | Email": the board's buttons, labelled.
    r"|share\s*:"
    # "Search: pipe welder   Location: Beaumont, TX   Find jobs": the board's search
    # form, holding what the reader typed in it.
    r"|(?:search|what|keywords?)\s*:.{1,60}?(?:\s{2,}|\t)(?:location|where)\s*:)",
    re.IGNORECASE)
_SIGN_UP = re.compile(
    r"(?:sign up|subscribe|get notified|create (?:a )?job alert)\b.{0,60}"
    r"(?:job alerts?|jobs like this|new jobs|e-?mail)", re.IGNORECASE)


def _piece(text: str) -> str:
    """A bar's piece without the page's decoration around its words."""
    piece = text.strip()
    if piece[:1].isalnum() and piece[-1:].isalnum():
        return piece  # _DECOR needs a sign ([\W_]) first or last, or a ")" last: none here
    return _undecorated(piece).strip()


# _DECOR's count in parentheses, tried only on a piece that ends with ")".
_COUNT_AT_END = re.compile(r"\s*\(\d{1,4}\)$")


def _undecorated(piece: str) -> str:
    r"""``_DECOR.sub("", piece)`` worked out from the ends: the substitution tried its
    end-anchored branches at every character of the line (most lines end with a full
    stop, so were searched whole). A sign run opening the piece goes; of the rest, the
    leftmost of a count in parentheses closing it or the sign run closing it goes (a
    count holds digits, so it starts before that run). ``[\W_]`` is a character that is
    not ``isalnum()``, as ``re`` reads ``\w`` in a str pattern."""
    n = len(piece)
    start = 0
    while start < n and not piece[start].isalnum():
        start += 1
    if start == n:
        return ""
    if piece[-1] == ")":
        count = _COUNT_AT_END.search(piece, start)
        if count is not None:
            return piece[start:count.start()]
    end = n
    while not piece[end - 1].isalnum():
        end -= 1
    return piece[start:end]


def _consent_banner(line: str) -> bool:
    """ "We use cookies to improve your experience. ... [Accept all]": the site's
    notice about its cookies, never a posting's (which has no reason to say so)."""
    if len(line) > 400:
        return False
    low = folded(line)  # most lines do not say "cookie" in any case: no search
    return ((low is None or "cookie" in low) and bool(_COOKIES.search(line))
            and len(_CONSENT.findall(line)) >= 2)


def _buttons_only(line: str) -> bool:
    """ "[Apply now]   [Save]", "Sign in to compare yourself. [Sign in] [Join free]":
    two buttons or more and nothing long besides them."""
    if "[" not in line:
        return False  # no button: most lines
    buttons = _BUTTON.findall(line)
    rest = _BUTTON.sub(" ", line)
    return len(buttons) >= 2 and len(rest.split()) <= 16 and not rest.strip().endswith(":")


def _has_bar(line: str) -> bool:
    r"""Can ``_BAR_SPLIT`` cut ``line``? Each cut holds a bar or dot, or two spaces of any
    kind; most lines have neither, and the test skips ahead to them where the pattern
    (which opens with "\s*") is tried at every character."""
    return "|" in line or "·" in line or "•" in line or _TWO_SPACES.search(line) is not None


# A recruiter's tracking tags: "#LI-Onsite #IND123", "#LI-DNI", "#ZR". Boards index
# postings by them; they name no skill ("IND123" was asked as a tool).
_TAG = re.compile(r"#[A-Za-z][\w-]*")


def _tracking_tags(line: str) -> bool:
    """Is the line only a recruiter's codes, each holding a digit or a board's prefix
    ("#LI-Onsite", "#ZR")? Hashtags of words ("#OSHA #Forklift") may name skills, and
    a lone "#Requirements" may be a Markdown heading without its space: both stay."""
    tags = line.split()
    return bool(tags) and all(_TAG.fullmatch(t) and (
        any(c.isdigit() for c in t) or t[:4].upper() == "#LI-" or t[:3].upper() == "#ZR")
        for t in tags)


def is_chrome(line: str) -> bool:
    """Is this stripped, non-blank line the job board's rather than the posting's?"""
    if _consent_banner(line) or (line[0] == "#" and _tracking_tags(line)):
        return True
    if len(line) > 160:
        return False
    if _buttons_only(line):
        return True
    if _UI_LINE_LOW.fullmatch(line, folded(line)) or _COPYRIGHT.match(line) \
            or _AD.match(line):
        return True
    if _SIGN_UP.match(line) or _BOARD_LIST.match(line) or (
            # (every crumb trail holds a "›", "»" or ">": most lines none, and the
            # pattern tries each of its first 40 characters' lengths before failing)
            ("›" in line or "»" in line or ">" in line) and _BREADCRUMB.fullmatch(line)) \
            or (line[:4].lower() == "home" and _SLASH_CRUMBS.fullmatch(line)):
        return True
    raw = [x.strip() for x in _BAR_SPLIT.split(line)] if _has_bar(line) else [line.strip()]
    pieces = [p for p in (_piece(x) for x in raw) if p]
    if any(_BOARD_LIST.match(p) for p in pieces[1:]) and len(pieces) <= 4:
        return True  # "Report this job  |  Job seekers also viewed: ..."
    if len(pieces) == 1 and pieces[0] != line:
        return bool(_UI_LINE.fullmatch(pieces[0]))  # "[Apply now]", "♡ Save"
    if len(pieces) < 2:
        return False
    # The copyright is read on the piece as written: its sign is what the decoration
    # strips ("© 2026" would be "2026").
    ui = sum(1 for p in pieces if _LINK.fullmatch(p)) + sum(
        1 for x in raw if _COPYRIGHT.match(x) and _piece(x))
    # "Get the app | About us | Careers | Help center | Privacy & Terms", "Save job   Share":
    # most pieces are interface words and none is long.
    if ui * 2 > len(pieces) and all(len(p.split()) <= 5 for p in pieces):
        return True
    # "EdJobsWest   Search Jobs   Districts   Career Fairs   Login / Register": a bar of
    # short links that ends on the site's sign-in is the site's menu, whatever its own
    # sections are called; a posting's line never offers a log-in.
    signs = [p for p in pieces[-2:] if _SIGN_IN.fullmatch(p)]
    if len(pieces) >= 3 and bool(signs) \
            and all(len(p.split()) <= 3 or p in signs for p in pieces):
        return True
    # "Carpenters   Olympia, WA   Search": the board's search form as the reader left
    # it, what was typed and where, then its button. Read as the posting's first line,
    # it was taken for the title, and the real title's words for asks.
    return 2 <= len(pieces) <= 4 and _SEARCH_BUTTON.fullmatch(pieces[-1]) is not None \
        and any(_SEARCHED_PLACE.fullmatch(p) for p in pieces[:-1]) \
        and all(len(p.split()) <= 4 for p in pieces)


_SEARCH_BUTTON = re.compile(r"(?:search|find jobs|search jobs|go)", re.IGNORECASE)
_SEARCHED_PLACE = re.compile(
    r"(?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w.'’-]*,[ \t]*[A-Z]{2}(?:[ \t]+\d{5})?|remote|anywhere",
    re.IGNORECASE)


# A board's own heading over a list of other jobs, alone on its line: "Similar jobs",
# "More jobs at Lakeside Honda", "Jobs you may like", "People also viewed". The short
# lines under it ("Delivery Driver - Lowe's", "CDL-A Driver - Werner") are those jobs'
# titles, not the posting's asks (``board_list_lines``).
_LIST_OPENER = re.compile(
    r"(?:similar (?:jobs|positions|openings)|more jobs(?: (?:at|from) .{1,60}| like this)?"
    r"|jobs you may like|people also viewed|recommended jobs(?: for you)?"
    # "Jobs you might like", "Other jobs you may also like", "You might also like": the
    # same block told with "might" or "also".
    r"|(?:other )?jobs you (?:may|might) (?:also )?like|you (?:may|might) also like"
    r"|(?:people|job seekers) also (?:applied|searched)(?: for)?"
    # The board's other blocks under a posting, each a list of short lines: its
    # articles and questions ("Explore collaborative articles", "Frequently asked
    # questions about Acme"), its reviews of the employer, and the criteria a board
    # files the job under ("Seniority level", "Employment type", "Industries"), whose
    # values ("Administrative and Business Development") are no asks.
    r"|explore collaborative articles|frequently asked questions(?: about .{1,60})?"
    r"|(?:company|employee) reviews|what (?:employees|people) (?:are )?say(?:ing)?"
    r"(?: about .{1,60})?)\s*:?", re.IGNORECASE)
# The criteria a board files the job under, each name alone on its line over one short
# value ("Seniority level / Entry level", "Job function / Administrative and Business
# Development", "Industries / Truck Transportation"): the value is no ask. Only that one
# line goes with each name, since a career site opens its posting the same way
# ("Employment type / Full-time") over the duties. "Job function" and "Industries" are
# criteria names only after "Seniority level" or "Employment type" (a posting's own "Job
# function" may head its duties).
_CRITERION = re.compile(r"(?:job function|industries|employment type)\s*:?", re.IGNORECASE)
_FIRST_CRITERION = re.compile(r"(?:seniority level|employment type)\s*:?", re.IGNORECASE)
_QUOTED = re.compile(r"^[\"“”'‘]")
# Another job's listing closes with its age: "— 3 days ago", "· 1 week ago", "| 30+ days ago".
_POSTED_AGO = re.compile(r"[-–—·|•,]\s*(?:posted\s+)?\d{1,2}\+?\s*(?:hours?|days?|weeks?"
                         r"|months?)\s+ago$", re.IGNORECASE)
# A line that reads as another job's listing: a few words, no sentence's end.
_LISTING_WORDS = 10


def opens_board_list(line: str) -> bool:
    """Is this stripped line a board's heading over other jobs' titles, its questions
    or its reviews?"""
    return len(line) <= 80 and _LIST_OPENER.fullmatch(line) is not None


def names_criterion(line: str, criteria: bool = False) -> bool:
    """Is this stripped line the name of a criterion a board files the job under
    ("Seniority level"; ``criteria``: one has been named already)?"""
    return _FIRST_CRITERION.fullmatch(line) is not None or (
        criteria and _CRITERION.fullmatch(line) is not None)


def criterion_value(line: str) -> bool:
    """Could this stripped line be a criterion's value ("Entry level", "Hospitals and
    Health Care, Medical Practices"): a few words, no sentence, no bullet?"""
    return len(line.split()) <= 8 and not line.endswith((".", ":", "?", "!")) \
        and line[:1].isalnum()


def board_listing(line: str) -> bool:
    """Could this stripped line be one of the other jobs a board lists ("CDL-A Driver -
    Werner", "Math Teacher - Keizer | Science Teacher - Salem"), one of its questions
    ("What is the interview process like?") or a quoted review?"""
    words = len(line.split())
    if _QUOTED.match(line) and words <= _LISTING_WORDS * 4:
        return True  # "“Great training program and a supportive team.” - Underwriter"
    if line.endswith("?") and words <= _LISTING_WORDS * 2:
        return True
    if line.endswith("ago") and words <= _LISTING_WORDS * 2 and _POSTED_AGO.search(line):
        return True  # "Special Education Teacher (Mild/Moderate) — Sac City USD — 3 days ago"
    return words <= _LISTING_WORDS * 2 and not line.endswith((".", ":", "?", "!")) \
        and ("|" in line or words <= _LISTING_WORDS)
