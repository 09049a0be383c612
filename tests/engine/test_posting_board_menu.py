"""A job board's menu bar, ended by its sign-in link, is the board's, whatever its own
sections are called.

Found on a fresh teaching posting pasted from a school jobs board: the menu line
"…   Search Jobs   Districts   Career Fairs   Login / Register" asked Career fairs, since
only one of its links was a known interface word. Each test is on text written for it.
"""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.posting.chrome import is_chrome

_BODY = ("\nHome > Oregon > Salem > Teaching\n\nFourth Grade Teacher\n"
         "Maple Street Elementary — Salem-Keizer SD\nPosted: 02/11/2026\n\n"
         "The teacher will:\n* Plan and teach lessons in reading and math\n"
         "* Use PBIS to manage the classroom\n* Give i-Ready assessments three times a year\n\n"
         "Qualifications:\n* Oregon teaching license\n")


def test_a_menu_ending_in_a_sign_in_link_asks_nothing() -> None:
    nav = "SchoolSpring   Search Jobs   Career Fairs   Substitute Teaching   Login / Register"
    names = {s.name for s in analyse_posting(nav + _BODY).skills}
    assert not {"Career fairs", "Substitute Teaching"} & names
    assert {"PBIS", "i-Ready"} <= names


def test_the_sign_in_link_is_read_in_its_usual_spellings() -> None:
    assert is_chrome("Jobs | Salaries | Sign in | Register")
    assert is_chrome("CareerLink   Browse   Employers   Register / Sign in")


def test_a_list_of_skills_ending_in_register_is_kept() -> None:
    assert not is_chrome("Forklift   Reach truck   Pallet jack   Register")
    assert not is_chrome("Teach | Coach | Register students")
