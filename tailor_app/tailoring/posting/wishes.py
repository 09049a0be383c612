"""How a posting says "we would like this, but it is not a must" in words of degree.

"X is a plus" was read; "X is a big plus", "X and Y are pluses", "X would make you
stand out" and "..., and so is any Spanish" were not: the first three lost the ask as
preferred (it was read as required), and in a paragraph that opened with the
employer's story "Experience with VoIP is a big plus" was taken as more of the story,
so the ask was lost altogether. These are the same wish in the grammar people use
for it: a word of degree before the wish's noun, the noun's plural, the reader made
to stand out, and "so" carrying the last clause's wish on to a new subject.

The fragments are plain regular-expression text in lower case, shared by the cue
reader (``cues.py``), the story test (``context.py``) and the splitter
(``sections.py``), so that the three agree on what a wish is.
"""

from __future__ import annotations

__all__ = ["DEGREE_WISH", "LEADING_WISH", "STAND_OUT_WISH", "TRAILING_WISHES"]

# Words of degree people put before a wish's noun: "a big plus", "a huge advantage",
# "a real bonus", "a definite asset". Adjectives only: "a plus" itself is read already.
_DEGREE = (r"(?:big|huge|real|major|definite|great|strong|nice|massive|serious"
           r"|significant|distinct|added|clear|key|valuable|welcome|bonus)")

# "a big plus", "an added advantage", "pluses" ("NFPA 70E training and robot tooling
# are pluses"). Callers read it as a wish only where they read "a plus".
_DEGREE_WISHES = (rf"an? {_DEGREE}[ \t]+(?:plus|bonus|advantage|asset)(?![\w-])",
                  r"pluses(?![\w-])")

# "would make you stand out", "will help you stand out", "sets you apart": what the
# reader may have beyond what is asked. Stands after what it speaks for.
_WHOM = r"[ \t]+(?:you|your[ \t]+(?:application|resume))[ \t]+stand[ \t]+out"
_STAND_OUT_WISHES = (rf"makes?{_WHOM}", rf"helps?{_WHOM}",
                     r"sets?[ \t]+you[ \t]+apart")

# What would please the employer beyond its needs, after what it speaks for: "Spanish
# would make us smile", "a CDL would make our day", "Hazmat experience is the icing on
# the cake", "X earns brownie points" (the headings' own words: ``headings._DELIGHT``).
_DELIGHT_WISHES = (r"would (?:really )?make (?:us smile|our day)(?![\w-])",
                   r"will (?:really )?make (?:us smile|our day)(?![\w-])",
                   r"is (?:the |a )?(?:icing on the cake|cherry on top)",
                   r"are (?:the |a )?(?:icing on the cake|cherry on top)",
                   r"would be (?:the |a )?(?:icing on the cake|cherry on top)",
                   r"earns? (?:you )?(?:brownie|bonus|extra) points",
                   r"gets? (?:you )?(?:brownie|bonus|extra) points")
# Told as taken if offered, not asked: "student teaching may be considered", closing its
# clause ("also be considered" is the cue reader's own). A bare "will be considered" is
# left alone: "Only applicants with an RN license will be considered" is the firmest
# must (review21 A4).
_CONSIDERED = (r"may be considered(?=\s*[.;,)!]|\s*$)",)

# Each alternative opens with a lower-case letter, as ``caseless.word_start`` wants.
TRAILING_WISHES = (*_DEGREE_WISHES, *_STAND_OUT_WISHES, *_DELIGHT_WISHES, *_CONSIDERED)
DEGREE_WISH = "|".join(_DEGREE_WISHES)
STAND_OUT_WISH = "|".join(_STAND_OUT_WISHES)

# "…, and so is any Spanish", "so are X and Y", "so would Z": "so" carries the last
# clause's wish on to what follows it. Stands before what it speaks for.
LEADING_WISH = r"so (?:is|are|would|does|do)(?![\w-])"
