"""The same posting gives the same asks in every run: the posting's main fields, which
decide whether a short acronym ("CNA", "PT") is of its field, keep every field tied with
the third rather than cutting among ties in the set's hash order (which changes with
PYTHONHASHSEED from one process to the next). Text written for the test.
"""

from __future__ import annotations

import os
import subprocess
import sys

from tailor_app.tailoring.posting.context import field_outliers

POSTING = ("Caregiver - Sunrise Home Care\n"
           "You will help clients with bathing, dressing and meals, and keep a daily "
           "care log.\nCaregivers must have CNA training and CPR certification.\n")
SCRIPT = ("from tailor_app.tailoring.posting.analyse import analyse_posting\n"
          f"print(analyse_posting({POSTING!r}).certifications)\n")


def test_fields_tied_with_the_third_all_count_as_the_postings() -> None:
    hits = [("bathing", ("care",)), ("dressing", ("care",)), ("care log", ("health",)),
            ("meals", ("food",)), ("daily", ("office",)), ("CNA", ("office",)),
            ("OR", ("surgery",))]
    # care 2 votes; health, food and office 1 each: all three tie for third place
    assert field_outliers(hits) == {6}


def test_the_same_posting_asks_the_same_credentials_in_every_process() -> None:
    answers = set()
    for seed in ("0", "1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", SCRIPT], env=env, check=True,
                             capture_output=True, text=True).stdout.strip()
        answers.add(out)
    assert len(answers) == 1
    assert "Certified Nursing Assistant" in answers.pop()
