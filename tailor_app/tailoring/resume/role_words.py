"""Nouns that name a job, shared by the parts that must tell a title from a name.

The contact reader uses them to reject "Senior Software Engineer" as a person's
name; the role reader uses them to pick the title out of "Acme — Staff Nurse".
Each adds the words only it needs.
"""

from __future__ import annotations

JOB_NOUNS = frozenset([
    "accountant", "administrator", "adviser", "advisor", "agent", "analyst", "architect",
    "assistant", "associate", "cashier", "clerk", "consultant", "coordinator", "designer",
    "developer", "director", "editor", "engineer", "executive", "founder", "head",
    "instructor", "intern", "lead", "manager", "marketer", "nurse", "officer", "owner",
    "partner", "pharmacist", "physician", "president", "principal", "professor", "programmer",
    "representative", "researcher", "scientist", "server", "specialist", "student",
    "supervisor", "teacher", "technician", "therapist", "tutor", "volunteer", "writer",
    # Trades and services, whose titles headline a resume as often as an office job's.
    "attorney", "carpenter", "dispatcher", "driver", "electrician", "fabricator",
    "housekeeper", "hygienist", "inspector", "installer", "ironworker", "lawyer",
    "machinist", "mason", "millwright", "paralegal", "pipefitter", "plumber", "roofer",
    "welder",
])
