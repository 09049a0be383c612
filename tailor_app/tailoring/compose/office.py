"""The office suites' applications and features (Excel, pivot tables, Outlook, Google
Docs): the programs nearly every job uses, which say little of what a job is. Read by the
summary line (a role writing only these shows no work of the posting's own) and by bullet
order (a line using one as its means shows the job no more for naming it)."""

from __future__ import annotations

import re

from tailor_app.tailoring.skills.vocabulary import Vocabulary

# The office suites and their applications: the programs nearly every job uses (O*NET
# lists Excel for 859 of its 923 occupations, Word for 784, Outlook for 638). A skill
# filed under one of these, itself or by a broader skill (VLOOKUP under Excel), is an
# office tool; administering a suite is an IT job's own work.
_OFFICE_SUITES = frozenset({
    "Microsoft Office", "Google Workspace", "Spreadsheet Software", "Word Processing Software",
    "Computer Literacy",
})


def office_tool(name: str, vocabulary: Vocabulary) -> bool:
    """Is the skill ``name`` an office application or one of its features (Excel, pivot
    tables, Outlook, Google Docs), which many jobs use and none is defined by? Each
    answer is kept with the vocabulary (``Vocabulary.kept``)."""
    answers: dict[str, bool] = vocabulary.kept("summary.office_tool", dict)
    found = answers.get(name)
    if found is None:
        found = answers[name] = _office_tool(name, vocabulary)
    return found


def _office_tool(name: str, vocabulary: Vocabulary) -> bool:
    if "administration" in name.casefold():
        return False
    seen = {name}
    todo = [name]
    while todo:
        if seen & _OFFICE_SUITES:
            return True
        skill = vocabulary.lookup(todo.pop())
        for broader in skill.broader if skill is not None else ():
            if broader not in seen:
                seen.add(broader)
                todo.append(broader)
    return bool(seen & _OFFICE_SUITES)


# A name the line's deed works in or with: "in Excel", "in the Excel estimating workbook",
# "with pivot tables and VLOOKUP", "using Outlook". The office tool is then the means of
# the deed, not its object ("Fix Outlook, Teams and OneDrive problems" is a help desk's
# own work on the tool). The phrase runs from its word of means to the end of its deed:
# the clause's end, or the next deed joined by "and" or "then" ("Built trackers in Excel
# and trained staff on Outlook").
_MEANS_WORD = re.compile(r"\b(?:in|into|with|using|via|through)\b", re.IGNORECASE)
_CLAUSE = re.compile(r"[^;.:!?]+")
# Verbs of teaching or helping someone: what follows "in" or "with" is then the topic the
# people learned or were helped with ("Trained new tellers in Microsoft 365", "Coached
# agents in Salesforce", "Helped 250 staff with Outlook"), the writer's own work on it,
# not a means (review27 O2).
_TEACHING = (r"(?:train|teach|taught|tutor|coach|mentor|instruct|educat|certif|help|assist|"
             r"support|guid|onboard)\w*")
_TEACHING_WORD = re.compile(rf"\b{_TEACHING}\b", re.IGNORECASE)
_NEXT_DEED = re.compile(rf",?\s+(?:and|then)\s+(?=[A-Za-z]+ed\b|{_TEACHING}\b)", re.IGNORECASE)


def _deeds(text: str) -> list[tuple[int, int]]:
    """Where each deed of ``text`` stands: its clauses, each cut where "and" or "then"
    opens another deed (a past tense or a verb of teaching after it)."""
    spans: list[tuple[int, int]] = []
    for clause in _CLAUSE.finditer(text):
        begin = clause.start()
        for joint in _NEXT_DEED.finditer(text, clause.start(), clause.end()):
            spans.append((begin, joint.start()))
            begin = joint.end()
        spans.append((begin, clause.end()))
    return spans


def used_as_means(text: str, start: int) -> bool:
    """Does the name at ``start`` of ``text`` stand in a phrase of means ("in", "with",
    "using" up to its deed's end: "in Excel (pivot tables, XLOOKUP)", "with pivot tables
    and VLOOKUP")? Not where the deed teaches or helps someone in it ("Trained new
    tellers in Microsoft 365"): the tool is then what was taught."""
    for begin, end in _deeds(text):
        if not begin <= start < end:
            continue
        means = _MEANS_WORD.search(text, begin, end)
        return bool(means and means.start() < start
                    and not _TEACHING_WORD.search(text, begin, means.start()))
    return False


__all__ = ["office_tool", "used_as_means"]
