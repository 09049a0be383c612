"""A wish told by a verb inside a paragraph makes only its own clause preferred.

"Experience with fire alarm systems is welcome", "Knowledge of Lutron lighting controls is
appreciated", "It helps if you know Canvas", "We would also welcome experience with wound
vacs", "We'd appreciate candidates who know Pyxis": such sentences were read as the
employer's story (nothing asked) or as demands. The rest of the posting keeps its
strength. Texts are written for these tests, in three fields.
"""

from __future__ import annotations

from tailor_app.tailoring import analyse_posting


def test_welcome_and_appreciated_wishes_in_an_electricians_paragraph() -> None:
    analysis = analyse_posting(
        "Electrician: pull wire and bend conduit on commercial jobs. Experience with fire alarm "
        "systems is welcome. Knowledge of lighting controls is appreciated. You must hold a "
        "journeyman license.")
    assert "Fire Alarm Systems" in analysis.preferred_skills
    assert "Lighting Controls" in analysis.preferred_skills
    assert "Cable Pulling" in analysis.required_skills
    assert "Conduit Work" in analysis.required_skills


def test_it_helps_if_in_a_teachers_paragraph() -> None:
    analysis = analyse_posting(
        "Fourth grade teacher: plan lessons, grade work and meet with families. It helps if you "
        "know Canvas. You must know Google Classroom.")
    assert "Canvas LMS" in analysis.preferred_skills
    assert "Google Classroom" in analysis.required_skills
    assert "Lesson Planning" in analysis.required_skills


def test_we_would_welcome_and_appreciate_in_a_nurses_paragraph() -> None:
    analysis = analyse_posting(
        "Registered nurse for our med-surg floor: give medications and start IVs, charting in "
        "Epic. We would also welcome experience with wound vacs. We'd appreciate candidates who "
        "know Pyxis. BLS is required.")
    assert "Negative Pressure Wound Therapy" in analysis.preferred_skills
    assert "Pyxis" in analysis.preferred_skills
    assert "Epic" in analysis.required_skills
    assert "Basic Life Support" in analysis.required_skills


def test_a_tool_before_a_full_stop_is_no_firms_name() -> None:
    # "... in NetSuite. A CPA ...": the full stop ends the name a CPA firm would end in.
    analysis = analyse_posting(
        "Staff accountant. Close the books monthly and prepare journal entries in NetSuite. "
        "A CPA would be great to have.")
    assert "NetSuite" in analysis.required_skills
    analysis = analyse_posting(
        "Sales rep. Log every call in HubSpot. The Company pays commission monthly.")
    assert "HubSpot" in analysis.required_skills


def test_nice_and_great_to_have_are_wishes_in_three_fields() -> None:
    analysis = analyse_posting(
        "Our dental office is hiring a hygienist to perform prophylaxis and take radiographs "
        "with Dexis. Experience with laser therapy is nice but not required. You must know "
        "Eaglesoft.")
    assert "Laser therapy" in analysis.preferred_skills
    assert "Eaglesoft" in analysis.required_skills
    analysis = analyse_posting(
        "Warehouse lead: run shipping and receiving and cycle counts in Fishbowl. Forklift "
        "certification is required. Kaizen exposure is great to have, and Spanish is nice "
        "to see.")
    assert "Kaizen" in analysis.preferred_skills and "Spanish" in analysis.preferred_skills
    assert "Forklift Certification" in analysis.required_skills
    analysis = analyse_posting(
        "Bookkeeper: reconcile accounts in QuickBooks Online. Payroll experience is nice. Our "
        "office is nice and quiet.")
    assert "Payroll" in analysis.preferred_skills
    assert "QuickBooks" in analysis.required_skills


def test_a_thing_nice_to_look_at_waives_no_duty() -> None:
    # review26 A10: only "nice to have / see / know" wishes; a display nice to look at
    # is the duty's own standard.
    analysis = analyse_posting(
        "Retail associate: make sure each display is nice to look at and set to the "
        "planogram, and run the register.")
    assert "Planograms" in analysis.required_skills
