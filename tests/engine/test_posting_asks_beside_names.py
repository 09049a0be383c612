"""Two readings that dropped asks a posting makes beside a name:

- a clause after a part of the employer that says what the part asks of the job's
  people ("our safety program, which means lockout/tagout on anything live") is no
  story of the employer, as ", which maintains 60 city buildings" is;
- letters the vocabulary reads alone in another field's sense name the thing the
  pair's head names with them ("install EMT and rigid conduit": EMT conduit, not the
  medical technician).
"""

from __future__ import annotations

from tailor_app.tailoring import analyse_posting


def _asks(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


def test_what_a_program_asks_of_the_job_is_read() -> None:
    text = ("Food Production Worker\n\nThe work\nYou'll portion and pack salads on our line. "
            "Everything follows our food safety program, which requires temperature logs and "
            "HACCP records on every shift.\n")
    assert "HACCP" in _asks(text)


def test_what_a_department_does_stays_its_story() -> None:
    text = ("Custodian\n\nAbout us\nYou will join the Facilities Department, which maintains "
            "60 city buildings with Asana and ServiceNow.\n\nRequirements\n- Driver's license\n")
    assert "ServiceNow" not in {s.name for s in analyse_posting(text).skills if s.required}


def test_letters_sharing_a_trade_head_name_the_trade_thing() -> None:
    text = "Electrician\n\nDuties\n- Bend and install EMT and rigid conduit on rooftops\n"
    asks = _asks(text)
    assert {"EMT conduit", "Rigid conduit"} <= asks
    assert "Emergency Medical Technician" not in asks


def test_letters_of_a_credential_beside_another_stay_the_credential() -> None:
    text = "Ambulance Driver\n\nPreferred\n- Certified EMT and paramedic\n"
    assert "Emergency Medical Technician" in _asks(text)
