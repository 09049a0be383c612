"""What the work follows and the kinds of experience that count are no asks.

"Salary per the teachers' collective bargaining agreement" asked Labor Relations of a
teacher, "(retail, restaurant, or call center all count)" asked Call Center of anyone
with customer service. Texts are written for these tests.
"""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def _asked(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


def test_what_the_work_follows_is_no_ask() -> None:
    asks = _asked("Second Grade Teacher\n\nRequirements\n- Valid teaching license\n\n"
                  "Salary per the union's collective bargaining agreement; full benefits.\n")
    assert "Labor Relations" not in asks
    asks = _asked("Dental Assistant\n\nDuties\n- Take X-rays and chart per the "
                  "dentist's instructions\n- Negotiate payment plans with patients\n")
    assert "Negotiation" in asks  # the next duty is still read


def test_a_standard_the_job_follows_is_still_asked() -> None:
    asks = _asked("Diesel Mechanic\n\nDuties\n- Perform DOT annual inspections per "
                  "FMCSA requirements\n- Keep records per HIPAA\n")
    assert {"FMCSA", "HIPAA"} <= asks


def test_kinds_of_experience_that_count_are_no_asks_of_their_own() -> None:
    asks = _asked("Front Desk Agent\n\nRequirements\n- One year of customer service "
                  "(retail, restaurant, or call center all count)\n- Opera PMS a plus\n")
    assert "Customer Service" in asks
    assert not asks & {"Call Center", "Restaurant", "Retail"}
    asks = _asked("Host\n\nWhat you need\n- Guest-facing experience: any retail or "
                  "call center work counts\n")
    assert "Call Center" not in asks
