"""Asks a resume shows in its field's own words, read by the app's vocabulary: a duty
filed as a duty reads its word forms ("mandated reports"), one term's other names are
one skill ("multilingual learners" are English language learners), a platform built on
automated flows shows marketing automation, a nurse hangs packed red cells, a teacher
differentiates tasks. Each has a near miss that stays missing. Texts written for these
tests."""

from __future__ import annotations

import pytest

from tests.match_probe import shown_by_bullet

CASES = [
    ("Follow mandated reporting requirements", "Case Manager",
     "Completed mandated reports to adult protection", "Mandated Reporting"),
    ("Follow mandated reporting requirements", "School Counselor",
     "Made 12 reports of suspected child abuse to the state hotline", "Mandated Reporting"),
    ("Experience supporting English language learners", "Teacher",
     "Support newcomer multilingual learners with sentence frames", "English as a Second Language"),
    ("Run paid search campaigns", "Marketing Specialist",
     "Ran $20K a month of campaigns in Google Ads", "Search Engine Marketing"),
    ("Experience with a marketing automation platform", "Marketing Specialist",
     "Set up welcome and abandoned-cart flows in Klaviyo", "Marketing Automation"),
    ("Administer blood transfusions", "Staff Nurse",
     "Hang packed red cells and platelets and watch for reactions", "Blood Transfusion"),
    ("Differentiate instruction for all learners", "Teacher",
     "Differentiated tasks for three readiness groups", "Differentiated Instruction"),
]


@pytest.mark.parametrize(("ask", "title", "bullet", "skill"), CASES)
def test_shown_in_the_fields_words(ask: str, title: str, bullet: str, skill: str) -> None:
    assert skill in shown_by_bullet(ask, bullet, title)


NEAR_MISSES = [
    ("Follow mandated reporting requirements", "Teacher",
     "Taught students about personal safety", "Mandated Reporting"),
    ("Experience supporting English language learners", "Teacher",
     "Taught Spanish I and II", "English as a Second Language"),
    # Paid social is not paid search; a newsletter tool is not an automation platform.
    ("Run paid search campaigns", "Marketing Specialist",
     "Ran Meta ads for three brands", "Search Engine Marketing"),
    ("Experience with a marketing automation platform", "Marketing Specialist",
     "Sent a monthly newsletter in Mailchimp", "Marketing Automation"),
    ("Administer blood transfusions", "Staff Nurse", "Drew blood for morning labs",
     "Blood Transfusion"),
    ("Differentiate instruction for all learners", "Teacher",
     "Graded tasks for three classes", "Differentiated Instruction"),
]


@pytest.mark.parametrize(("ask", "title", "bullet", "skill"), NEAR_MISSES)
def test_a_near_miss_stays_missing(ask: str, title: str, bullet: str, skill: str) -> None:
    assert skill not in shown_by_bullet(ask, bullet, title)


def test_the_training_is_a_paper_and_shows_the_duty() -> None:
    shown = shown_by_bullet("Follow mandated reporting requirements",
                            "Completed Mandated Reporter Training (2024)", "Teacher")
    assert "Mandated Reporting" in shown
