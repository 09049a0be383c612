"""Heading words of job postings: which section kind a heading names.

Shared by the posting splitter (is this line a heading, and of what?) and the
title finder (a line naming a section is no job title). The kinds are matched by
the heading's words, most specific first; a bare line counts as a heading only
when every word of it is a heading word, so "Experience with Python" stays a
requirement.
"""

from __future__ import annotations

import itertools
import re

from tailor_app.tailoring.alternation import AnywhereTest
from tailor_app.tailoring.ascii_twin import ascii_twin, ascii_words
from tailor_app.tailoring.text import word_set

__all__ = [
    "classify_heading",
    "few_words",
    "is_caps",
    "kind_of_words",
    "only_heading_words",
    "question_heading_kind",
    "word_set",
]

# A heading's words for what would please the employer beyond what it needs: the
# employer's delight ("make us smile", "wow us", "we'd be thrilled"), a reward of points
# or stars ("brownie points", "gold stars", "kudos"), a finishing touch ("icing on the
# cake", "cherry on top"). Each speaks of "us" or of a reward, never of the hire's own
# pleasure ("Perks that will make you smile" is the job's offer, claimed by "perks").
_DELIGHT = (r"|make us (?:smile|happy|grin)|make our day(?![\w-])"
            r"|(?:wow|impress|delight|thrill)(?:e?s)? us\b"
            r"|we(?:'d| would)(?: really| also)? be (?:thrilled|delighted|excited|happy|glad) if"
            # Figures of speech only as the heading's own words: "Bake brownies", "Pipe
            # icing on the cakes" are a bakery's duties.
            r"|brownie points\b|gold stars? (?:for|if)\b|^gold stars?$|\bkudos\b"
            r"|(?:double|extra|big) points\b"
            r"|^(?:the |a little )?(?:icing on (?:the|our) cake|cherry on top)\b")

# Heading words -> kind. Order matters: the first pattern that matches wins, so
# "Preferred qualifications" is preferred before "qualifications" can claim it,
# and "About you" is a requirement before "about" can make it company talk.
_KIND_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern))
    for kind, pattern in (
        # A job board's own line between its summary (pay, schedule, benefits) and the
        # employer's text: what follows is the whole posting again, read as its opening.
        ("other", r"^full job description$"),
        ("legal", r"^(?:the )?fine print$"
                  r"|equal (?:employment )?opportunit|\beeo\b|accommodat|diversity|inclusion"
                  r"|discriminat|disclaimer|privacy|e-?verify|\bapply\b|application process"
                  # What to send with an application ("Application Requirements: online
                  # application, resume, three references"): no skills of the job.
                  r"|\bapplying\b|^application (?:requirements|materials|instructions"
                  r"|procedures?|checklist|packet|documents)\b"
                  r"|^required (?:application )?(?:documents|materials)\b"
                  r"|^(?:supplemental|additional) (?:application )?(?:materials|documents)\b"
                  # "Legal", "Legal notice": never a job named by its trade ("LEGAL
                  # SECRETARY - CIVIL LITIGATION", "Legal Assistant").
                  r"|affirmative|^(?:the )?legal(?: (?:notices?|disclaimers?|information"
                  r"|statements?|notes?|text|stuff|fine print))?$|\blegal (?:notice|disclaimer)"
                  # What every hire must meet (citizenship, a background check, a
                  # financial disclosure), not the skills of the job.
                  r"|conditions? of (?:employment|hire)|employment (?:requirements|conditions)"
                  # "If selected, you must meet the following conditions": the same.
                  r"|^if (?:you are )?selected\b.*\b(?:conditions|requirements)\b"),
        # What the work is like, not what it asks: "Physical Demands", "Working
        # Conditions", "Physical Requirements and Work Environment". Their lines ("sitting
        # for extended periods, repetitive keyboard use", "walking uneven terrain") were
        # read as duties; a job's bodily demands are no skill a resume shows.
        ("conditions", r"^physical (?:demands?|requirements?|activit|effort|abilit|conditions"
                       r"|environment|and (?:mental|environmental))"
                       r"|(?:^|\band )(?:working|work|environmental)"
                       r" (?:conditions|environment)\b"
                       # What the job is not: "What this job isn't", "What you won't be
                       # doing", "Not part of this role". Its lines name what the job
                       # leaves to others, no asks (``outside.py`` reads the sentences).
                       r"|^what (?:this|the) (?:job|role|position) (?:isn't|is not)\b"
                       r"|^what (?:you|you'll) (?:won't|will not|will never|don't)"
                       r" (?:do|be doing)\b"
                       r"|^not (?:part of |in )?(?:this|the) (?:job|role|position)$"),
        ("benefits", r"benefit|perks|we offer|^(?:what )?we (?:provide|supply)$|compensation"
                     # "We give you", "What we'll give you": what the job comes with.
                     r"|^(?:what )?we(?:'ll| will)? give(?: you)?$"
                     r"|salary|\bpay\b|rewards"
                     # "Comp: $85,000 base + commission, car allowance, laptop": the pay.
                     r"|^comp\b"
                     # "Schedule", "Work schedule", "Schedule & Pay": the hours, no ask.
                     r"|^(?:(?:work|shift|your) )?schedule\b"
                     # "Why Sunrise?", "Why Acme": what the employer offers.
                     # "Why Comfort Pros" too: a name of up to three words.
                     r"|^why (?!you\b|this\b|the\b|we\b|it\b|our\b|it's\b)[\w&'’.-]+"
                     r"(?: [\w&'’.-]+){0,2}$"
                     r"|why (?:join|work)|in it for you|you'?ll get|time off|package|avantages"
                     # "Why drive for Prairie Star?", "Why teach at Lone Oak?", "Why
                     # choose Summit": the employer's case for itself.
                     r"|^why [\w'’-]+ (?:for|with|at|on) |^why choose "
                     r"|love working|why you'?ll love|working here"
                     # "Why you'll like it here", "Why people stay here": the employer's
                     # case for itself, never the duties its "you'll" might suggest.
                     r"|^why you'?ll (?:like|enjoy)\b|^why\b.*\bhere$"
                     # "The good stuff", "What you get", "Our promise to you".
                     r"|good stuff|^what you get$|^our promise"
                     # "You get", "What you will get", "You'll receive": the job's side.
                     r"|^(?:what )?you(?:'ll|’ll| will)? (?:get|receive|earn)$"),
        ("preferred", r"prefer|nice[- ]?to[- ]?ha|bonus|desir|\bplus(?:es)?\b|\bassets?\b"
                      r"|extra credit|good to have|would be great|ideally|optional|atouts?\b"
                      r"|stand out|even better|love to see|sets? you apart|helpful|would help"
                      r"|great if|\bextras\b|^extra$|love it if"
                      # "Extra points", "Things that will help", "What helps": wishes.
                      r"|^extra points$|will help$|^what helps$"
                      # "It would be an advantage if you have", "Advantageous", "Would be
                      # an asset": a heading that says its lines are wishes.
                      r"|\badvantage(?:ous)?\b"
                      # What would please the employer beyond the needs: "What would make
                      # us smile", "Brownie points for", "Icing on the cake", "The cherry
                      # on top", "Things that would wow us", "We'd be thrilled if you
                      # have". Read as requirements, every wish under it was required.
                      + _DELIGHT +
                      r"|歓迎|优先|加分"),
        # The people the job works with: "Who you'll work with", "Your team".
        ("about", r"^who you'?ll (?:work|partner|collaborate) with$|^your (?:team|colleagues)$"),
        # "Life at Brightlane", "Life at Harborview": the employer told in its own voice.
        ("about", r"^life at "),
        ("about", r"^(?:about|the) (?:the )?(?:role|position|job|opportunity|company|us|team)\b"
                  r"|^[àa] propos|qui sommes"),
        ("responsibilities", r"responsib|dut(?:y|ies)|what you'?ll do|you will do|accomplish"
                             r"|what you do|day[- ]to[- ]day|day in the life|spend your time"
                             r"|your (?:typical )?day\b|typical day|day with us|your week"
                             r"|on the job\b|what the job involves"
                             # Headings in a company's own voice: "The work", "What the job
                             # looks like", "Where you come in", "Your first 90 days".
                             r"|^the work$|job looks like|where you come in|success looks like"
                             r"|(?:your|an?|the) (?:\w+ )?(?:days?|weeks?|mornings?|shifts?)"
                             r" looks? like"
                             r"|your first (?:\d+ )?(?:days|weeks|months|year)|in your first"
                             r"|nuts and bolts"
                             # "Position Purpose", "Job purpose", "Purpose of the role": what
                             # the job does, said in one paragraph (the employer's own purpose
                             # is "Our purpose", company talk).
                             r"|(?:position|job|role) purpose"
                             r"|purpose of (?:the|this) (?:position|role|job)"
                             r"|t[âa]ches|职责|内容"),
        ("requirements", r"requir|qualifica|must[- ]?ha|looking for|look for|\bbring\b|you'?ll need"
                         r"|^what we need$"
                         r"|is this you|a fit if|toolkit|need from you|ideal (?:teammate|hire)"
                         r"|you need|who you are|about you|your profile|skills|experience"
                         r"|competenc|evaluate you|you have|you'?ll have|essential|knowledge"
                         r"|what it takes|to succeed|candidate|criteria|expertise|education"
                         r"|abilities|certification|licen[cs]|exigences|comp[ée]tences|profil"
                         r"|[ée]valu|要求|资格|資格|必須|条件|人物像"
                         # "You'll thrive here if you have": whom the job suits.
                         r"|\bthrive"
                         # "Your toolbox", "Tools of the trade", "What gets you hired",
                         # "Your background", "You are"
                         r"|toolbox|your tools|tools of the trade|gets you hired"
                         r"|your background|^you are$"
                         # "What we expect", "What makes you a great fit", "You'll be
                         # great at this if": whom the job suits, in the company's voice.
                         r"|^what we expect(?: from you)?$|\b(?:great|good|right) fit\b"
                         r"|great at this\b"),
        ("responsibilities", r"responsib|dut(?:y|ies)|what you'?ll do|you will do|what you do"
                             r"|your role|\bthe role\b|^role$|day[- ]to[- ]day|objective|tasks"
                             r"|accountabilit|in this role|your impact|be doing|your mission"
                             r"|functions|\byou will\b|\byou'?ll\b"),
        ("about", r"about|who we are|company|overview|summary|our team|the team|introduction"
                  # The employer's trade told in its own voice: "Who we serve", "What we
                  # do", "Industries we serve".
                  r"|who we serve|what we do|industries (?:we )?serve"
                  r"|we'?re building|^the project$|^our projects$|^your crew$"
                  r"|mission|opportunity|description|culture|our story|why us"
                  # "Our Values", "Our Core Values", "What we believe": the creed.
                  r"|^(?:our )?(?:core )?values$|^what we believe$"),
    )
)

# Words a bare heading line may consist of. A line of only such words is a heading
# even without a colon; "Experience with Python" is not ("with", "python").
_HEADING_WORDS = word_set(
    """
    a about abilities additional an and apply full are asset assets basic be benefits bonus bring
    can candidate certifications comp company compensation core credit culture day demands
    conditions description desirable desired details diversity do doing duties education eeo
    employer employment
    environment equal essential expect experience extra for functions get have how i ideal
    impact in inclusion information introduction is it job key knowledge licenses licensure
    life looking main minimum mission must nice nice-to-have nice-to-haves need objective
    objectives of offer on opportunity or our overview pay perks plus pluses points position
    preferred primary profile qualifications range required requirements responsibilities
    rewards role salary skills statement success summary take takes tasks team technical the
    this to tools total us want we we'll we're what what's who why will with work you
    you'll you're your
    look fit might if ideal help stand out better even love see sets apart helpful but not
    from life spend time toolkit must-haves haves teammate things that would working here
    we'd isn't won't don't give
    looks like thrive here serve
    own build tackle achieve deliver handle sentence nutshell brief purpose good stuff
    physical schedule story
    promise colleagues partner collaborate values believe
    toolbox tools trade gets hired background extras come where first days weeks months
    year nuts bolts building project projects crew
    include includes
    found post posting
    hard little value helps great at fine print day-to-day makes
    it's it’s
    """
) | word_set(
    # Chinese and Japanese headings are written without spaces, so each is one "word".
    """
    岗位要求 任职要求 任职资格 应聘要求 岗位职责 工作职责 工作内容 加分项 优先条件
    必須スキル 歓迎スキル 必須条件 歓迎条件 応募資格 仕事内容 業務内容 求める人物像
    """
)

_WORD = re.compile(r"[^\W\d_][\w'’\-]*+|#\d+")  # (possessive: the same words)
_WORD_ASCII = ascii_twin(_WORD)  # the same where every word character is ASCII


def _words(text: str) -> list[str]:
    words = (_WORD_ASCII if ascii_words(text) else _WORD).findall(text)
    return [w.lower().replace("’", "'") for w in words]


def few_words(text: str, limit: int) -> list[str] | None:
    """The words of ``text`` when it has at most ``limit`` of them, else None: a long line
    is never a heading, and counting stops before reading all of it."""
    found = [m.group() for m in itertools.islice(_WORD.finditer(text), limit + 1)]
    if len(found) > limit:
        return None
    return [w.lower().replace("’", "'") for w in found]


# The same tests, each split so that ``re`` can skip ahead (see alternation.py).
_KIND_TESTS = tuple((kind, AnywhereTest(pattern.pattern)) for kind, pattern in _KIND_PATTERNS)


# What a hire's work brings about, named in a heading of the company's own words.
_EFFECTS = frozenset({"difference", "impact", "work", "change", "changes", "contribution",
                      "mark", "results", "wins"})


def kind_of_words(words: list[str]) -> str | None:
    low = " ".join(words)
    if not low:
        return None
    if len(words) == 4 and words[0] == "the" and words[2] in ("you'll", "you'd") \
            and words[1] in _EFFECTS:
        # "The Difference You'll Make", "The Impact You'll Have": the effect the hire will
        # have is the work, whatever the verb ("have" names the requirements in "What
        # you'll have"); "The Skills You'll Need" and "The team you'll join" keep theirs.
        return "responsibilities"
    for kind, test in _KIND_TESTS:
        if test(low):
            return kind
    return None


def classify_heading(heading: str) -> str | None:
    """The section kind a heading's words name, or None when they name none."""
    return kind_of_words(_words(heading))


def only_heading_words(words: list[str], limit: int) -> bool:
    if not words or len(words) > limit:
        return False
    if words[0] == "about" and len(words) <= 4:  # "About Acme", "About Northwind Health"
        return True
    if words[:2] == ["life", "at"] and len(words) <= 5:  # "Life at Brightlane"
        return True
    return all(w in _HEADING_WORDS or w.startswith("#") for w in words)


# How a heading in a company's own voice opens: "What you bring to the table", "What
# your week looks like", "Who you'll work with". A requirement line never opens so.
_QUESTION_OPENERS = frozenset({"what", "what's", "who", "where", "how", "why", "when"})


# A heading that sets a scene of the job in the company's voice: "A day in the
# territory", "A typical shift behind the bar", "A week on the road". What follows is
# what the person does there.
_SCENE_TIMES = frozenset({"day", "days", "week", "weeks", "shift", "shifts", "morning",
                          "night", "evening"})
_SCENE_USUAL = frozenset({"typical", "normal", "regular", "usual", "good", "busy", "real"})
_SCENE_PLACES = frozenset({"in", "on", "at", "behind", "with", "inside", "out"})


def scene_heading_kind(words: list[str]) -> str | None:
    """"responsibilities" for a bare line that opens with "a"/"an"/"one", an optional
    word of the usual, a time of work and a place ("a day in the territory", "a
    typical shift behind the bar", "a week on the road"), or a time of work alone after
    "a typical"; else None. Like a question heading, the splitter takes it only where
    the layout agrees (``sections._question_headings``)."""
    if not 2 <= len(words) <= 8 or words[0] not in ("a", "an", "one"):
        return None
    rest = words[1:]
    usual = rest[0] in _SCENE_USUAL
    if usual:
        rest = rest[1:]
    if not rest or rest[0] not in _SCENE_TIMES:
        return None
    if len(rest) == 1:
        return "responsibilities" if usual else None
    return "responsibilities" if rest[1] in _SCENE_PLACES else None


def _wish_lead_in(words: list[str]) -> bool:
    """A bare line that leads wishes in as a sentence would: "It would be an advantage if
    you have", "Bonus points if you", "Even better if you've". Its words say it is a wish
    and it ends on what the reader has or does after "if you", so the lines under it
    finish it. Read as a line of the requirements, its bullets were asked as required."""
    if not 3 <= len(words) <= 8 or "if" not in words:
        return False
    tail = words[words.index("if") + 1:]
    if tail[1:2] == ["also"]:
        tail = tail[:1] + tail[2:]  # "It would be great if you also have"
    return bool(tail) and tail[0] in ("you", "you've", "you're", "you'd") and len(tail) <= 2 \
        and kind_of_words(words) == "preferred"


_DELIGHT_TEST = AnywhereTest(_DELIGHT[1:])


def _delight_heading(words: list[str]) -> bool:
    """A short line saying what would please the employer beyond its needs ("Brownie
    points for", "Icing on the cake", "You'd make our day with"): a heading of wishes
    whatever its other words, which no heading-word list can hold. Like a question
    heading, the splitter takes it only where the layout agrees."""
    return 2 <= len(words) <= 8 and _DELIGHT_TEST(" ".join(words))


def question_heading_kind(words: list[str]) -> str | None:
    """The kind of a bare line worded like a question heading, or None. The words after
    the opener may be the company's own ("table", "week"), so unlike
    ``only_heading_words`` this does not ask that every word be a heading word; the
    splitter takes it as a heading only where the layout agrees (see
    ``sections._question_headings``)."""
    if words[:1] == ["here's"] or words[:2] == ["here", "is"]:
        # "Here's what you'll be doing", "Here is what we offer": the question after it.
        words = words[1:] if words[0] == "here's" else words[2:]
    if _wish_lead_in(words) or _delight_heading(words):
        return "preferred"
    if not 2 <= len(words) <= 8 or words[0] not in _QUESTION_OPENERS:
        return scene_heading_kind(words)
    return kind_of_words(words)


def is_caps(text: str, words: list[str] | None = None) -> bool:
    """An all-capitals line ("REQUIREMENTS", "IT PROJECT MANAGER"); ``words`` are
    ``text``'s words when the caller has them already."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 3 or "," in text or not all(c.isupper() for c in letters):
        return False
    # A lone "AND" joins two lists.
    return not set(_words(text) if words is None else words) <= {"and", "or", "the", "of"}
