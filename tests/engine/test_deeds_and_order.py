"""Skills written as deeds, and bullet order that counts every kind of asked term.

Postings state duties as a verb and its object ("plan lessons", "track shipments"),
resumes as a past tense ("Planned weekly lessons"); a term read from the posting by
its shape ("FluxPilot", a product no vocabulary holds) must lift the bullet that
names it as a vocabulary skill does. Texts are written for these tests.
"""

from __future__ import annotations

from datetime import date

from tailor_app.tailoring import tailor
from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.skills.deeds import DeedIndex, action_verbs
from tailor_app.tailoring.skills.stems import word_stems
from tailor_app.tailoring.skills.vocabulary import load_vocabulary

TODAY = date(2026, 6, 1)


def test_action_nouns_give_their_verbs() -> None:
    assert action_verbs("planning") == ("plan",)
    assert action_verbs("management") == ("manage",)
    assert "coordinat" in action_verbs("coordination")
    assert action_verbs("supervision") == ("supervis",)
    assert action_verbs("calendar") == ()


def test_action_nouns_whose_verb_changes_its_ending_give_that_verb() -> None:
    """"resolution" is what one resolves, "submission" what one submits, "conversion"
    what one converts, "prescription" what one prescribes, "reconciliation" what one
    reconciles."""
    assert "resolv" in action_verbs("resolution")
    assert "submit" in action_verbs("submission")
    assert "convert" in action_verbs("conversion")
    assert "prescrib" in action_verbs("prescription")
    assert "reconcil" in action_verbs("reconciliation")


def test_a_resolution_skill_is_shown_by_what_was_resolved() -> None:
    from tailor_app.tailoring.posting.analyse import analyse_posting
    from tailor_app.tailoring.resume.parser import parse_resume
    from tailor_app.tailoring.skills.matching import match_resume

    resume = ("Dana Cole\ndana@example.com\n\nExperience\nFront Desk Lead  2020 – Present\n"
              "Harbor Inn, Portland, ME\n- Resolved guest complaints within one shift\n")
    report = match_resume(parse_resume(resume),
                          analyse_posting("Requirements\n- Complaint resolution\n"))
    assert "Complaint Resolution" in {m.name for m in report.matched}


def test_a_posting_s_duties_in_sentences_are_read_as_skills() -> None:
    analysis = analyse_posting(
        "Classroom Teacher. In this role you will plan lessons for three grade levels, "
        "track shipments of lab supplies and manage a yearly budget.")
    names = {s.name for s in analysis.skills}
    assert {"Lesson Planning", "Shipment Tracking", "Budgeting"} <= names


def test_a_deed_stops_at_the_end_of_its_clause() -> None:
    vocabulary = load_vocabulary()
    assert vocabulary.deeds("We plan. Lessons are free") == []
    assert vocabulary.deeds("plan (weekly) lessons") == []
    hits = vocabulary.deeds("Manage a $2.4M annual paid media budget")
    assert [h.skill.name for h in hits] == ["Budgeting"]


def test_a_text_read_in_lines_gives_the_deeds_it_gives_whole() -> None:
    # Deeds are remembered line by line; where a line starts must not shift them.
    vocabulary = load_vocabulary()
    text = ("Managed inventory for two stores\n\nPlanned weekly lessons; graded essays\n"
            "Supervise, schedule and train front office staff\nManage a calendar")
    whole = [(h.skill.name, h.start, h.end) for h in vocabulary.deeds(text)]
    vocabulary.clear_cache()
    by_line = []
    offset = 0
    for line in text.split("\n"):
        by_line += [(h.skill.name, h.start + offset, h.end + offset)
                    for h in vocabulary.deeds(line)]
        offset += len(line) + 1
    assert whole == by_line
    assert [text[a:b] for _n, a, b in whole][:2] == ["Managed inventory",
                                                     "Planned weekly lessons"]


def test_every_written_form_of_a_verb_is_known_and_nothing_else() -> None:
    index = DeedIndex([(0, "lesson planning"), (1, "inventory management"),
                       (2, "staff supervision")])
    words = ["plan", "plans", "planned", "planning", "planner", "manage", "managed",
             "manages", "managing", "supervise", "supervised", "super",
             "planet", "man", "mana", "supervisor", "PLANNED", "Managing"]
    for word in words:
        slow = tuple(s for s in word_stems(word) if s in index.verbs)
        assert index.forms.get(word.lower(), ()) == slow, word
    assert index.forms["planned"] == ("plan",)
    # The action noun is the skill's name, not a verb of a deed ("management of ...").
    assert "management" not in index.forms


def test_a_resume_s_past_tense_shows_the_skill() -> None:
    resume = ("Mai Tran\nmai@example.com\n\nEXPERIENCE\nTeacher, Westfield Middle School"
              "    2019 – Present\n• Planned weekly lessons for 120 students\n"
              "• Ran the science fair\n")
    result = tailor(resume, "Teacher\nRequirements:\n- Lesson planning\n- Grading",
                    today=TODAY)
    matched = {m.name: m for m in result.match_before.matched}
    assert matched["Lesson Planning"].resume_term == "Planned weekly lessons"
    assert result.guard.ok
    # The summary names no skill in words the resume does not have.
    assert "lesson planning" not in (result.summary or "").lower()


def test_a_shape_read_term_lifts_its_bullet() -> None:
    resume = ("Ana Ruiz\nana@example.com\n\nEXPERIENCE\nAnalyst, Northgate Freight"
              "    2020 – Present\n• Organised the quarterly team offsite\n"
              "• Answered carrier emails\n• Built route dashboards in FluxPilot\n")
    posting = "Logistics Analyst\nRequirements:\n- Experience with FluxPilot\n- Excel"
    result = tailor(resume, posting, today=TODAY)
    assert "FluxPilot" in {s.name for s in result.analysis.skills}
    bullets = [line for line in result.text.splitlines() if line.startswith("•")]
    assert bullets[0] == "• Built route dashboards in FluxPilot"
    assert result.guard.ok


def test_a_bullet_in_the_posting_s_own_words_goes_first() -> None:
    # No vocabulary skill in either bullet: the one that does what the posting's duties
    # say ("pick, pack and ship orders") leads, the unrelated ones keep their order.
    posting = ("Warehouse Associate\nResponsibilities:\n"
               "- Pick, pack and ship customer orders accurately\n- Keep aisles safe and clean\n"
               "Requirements:\n- Forklift certification\n")
    resume = ("Dana Moss\ndana@example.com\n\nEXPERIENCE\n"
              "Associate, Crossroads Distribution    2019 – Present\n"
              "• Organised the charity raffle for the site\n"
              "• Picked and packed 300 orders a shift at 99.8% accuracy\n"
              "• Greeted visitors at the front lobby\n")
    result = tailor(resume, posting, today=TODAY)
    assert result.tailored.sections[0].entries[0].bullets == [
        "Picked and packed 300 orders a shift at 99.8% accuracy",
        "Organised the charity raffle for the site",
        "Greeted visitors at the front lobby"]
    assert result.guard.ok


def test_word_forms_share_a_stem() -> None:
    from tailor_app.tailoring.compose.relevance import content_stems, stem

    assert stem("pickers") == stem("picking") == stem("picked") == stem("pick")
    assert stem("shipping") == stem("shipments") == stem("ship")
    assert stem("immunizations") == stem("immunization")
    assert stem("install") == stem("installed") == stem("installing") == "install"
    # Function words and the boilerplate of postings carry no relevance.
    assert content_stems("with strong experience in the role") == set()


def test_a_shared_word_or_two_does_not_reorder_what_the_author_put_first() -> None:
    """The first bullet is the role's main work; a later one shares a single word with
    the posting ("schedule"), which is no reason to put it above the author's lead."""
    from tailor_app.tailoring.compose.order import order_bullets
    from tailor_app.tailoring.model import Entry

    entry = Entry(header=["Office Assistant  2021 – Present"],
                  bullets=["Answered a six-line phone system for a law office",
                           "Kept the partners' schedule for court dates"])
    scores = {entry.bullets[0]: 0.0, entry.bullets[1]: 0.4}  # one shared word
    assert order_bullets(entry, scores.__getitem__).bullets == entry.bullets
    # One more asked skill (3 for a required one) still lifts a later line.
    scores[entry.bullets[1]] = 3.0
    assert order_bullets(entry, scores.__getitem__).bullets == entry.bullets[::-1]


def test_a_bullet_showing_a_required_skill_still_rises_in_a_whole_tailoring() -> None:
    resume = ("Rosa Vidal\nrosa@example.com\n\nExperience\nWarehouse Associate  2019 – Present\n"
              "Northgate Supply, Reno, NV\n"
              "- Unloaded trailers and staged freight for the day shift\n"
              "- Kept the break room and the dock clean and stocked\n"
              "- Drove a sit-down forklift to put away pallets in the racking\n")
    posting = ("Warehouse Associate\nRequirements\n- Forklift experience\n"
               "- Keep the dock clean\n")
    result = tailor(resume, posting, today=TODAY)
    bullets = next(e.bullets for s in result.tailored.sections for e in s.entries if e.bullets)
    assert bullets[0].startswith("Drove a sit-down forklift")


def test_a_long_lived_process_builds_the_deed_indexes_at_its_start() -> None:
    """``load_engine`` (the window's warm-up, each engine child's start) builds what the
    first job would otherwise build from the vocabulary (~180 ms, ten jobs' worth), and
    the readers then use those very indexes."""
    from tailor_app.tailoring import load_engine

    load_engine()
    vocabulary = load_vocabulary()
    index, staff = vocabulary._deed_index, vocabulary._staff_index
    assert index is not None and staff is not None
    vocabulary.prepare()  # once per vocabulary
    hits = vocabulary.deeds("Planned weekly lessons and trained new servers.", lists=True)
    assert {h.skill.name for h in hits} >= {"Lesson Planning"}
    assert vocabulary._deed_index is index and vocabulary._staff_index is staff


def test_an_action_noun_written_as_its_verb_reads_as_a_deed() -> None:
    """ "Code review" is what "review code" does; "design" stays a noun before its
    object ("design experience" asks no experience design)."""
    assert action_verbs("review") == ("review",)
    assert action_verbs("design") == ()
    vocabulary = load_vocabulary()
    assert [h.skill.name for h in vocabulary.deeds("Reviewed code for two teams")] == [
        "Code Review"]
    asked = {s.name for s in analyse_posting(
        "Backend Engineer\n\nYou will\n- Review code and mentor two junior engineers\n"
        "\nYou have\n- 4+ years of product design experience\n").skills}
    assert "Code Review" in asked
    assert "User Experience Design" not in asked


def test_bullets_never_move_past_a_plain_line_between_them() -> None:
    """A plain line between marked ones heads those below it (a second role the parser
    read into the same entry): each run of bullets is ordered on its own, so no deed
    moves to another employer."""
    from tailor_app.tailoring.compose.order import order_bullets
    from tailor_app.tailoring.model import Entry

    entry = Entry(header=["Line Cook | Harbor Grill | 2022 – Present"],
                  bullets=["Prepped the salad station", "Ran the grill on weekends",
                           "Prep Cook | Dockside Diner | 2019 – 2022",
                           "Washed dishes", "Butchered whole fish for the raw bar"],
                  plain=[False, False, True, False, False])
    scores = {b: 0.0 for b in entry.bullets}
    scores["Butchered whole fish for the raw bar"] = 9.0  # the posting's ask
    scores["Ran the grill on weekends"] = 3.0
    assert order_bullets(entry, scores.__getitem__).bullets == [
        "Ran the grill on weekends", "Prepped the salad station",
        "Prep Cook | Dockside Diner | 2019 – 2022",
        "Butchered whole fish for the raw bar", "Washed dishes"]
