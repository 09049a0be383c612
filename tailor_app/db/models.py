"""The tables and the deferred database they live in.

``database`` is a deferred :class:`peewee.SqliteDatabase` bound by
:func:`tailor_app.db.connection.init_db`, so the CLI, the window and tests can each point
it at their own file (``--db``). Timestamps are UTC ISO-8601 strings of fixed width,
which sort as text and go straight into the plain-dict jobs. The models describe the
newest schema; the schema itself is built only by :mod:`.migrations`.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from peewee import CharField, ForeignKeyField, IntegerField, Model, SqliteDatabase, TextField

from .. import instance

database = SqliteDatabase(None)
# Connections opened by anything but this package lack the function, so the claim
# trigger (migration v3) would fail there: other programs must not claim jobs.
database.register_function(instance.owner_token, "tailor_owner", 0)


class Status:
    """The four job states of DESIGN.md (plain strings in the database)."""

    PENDING = "PENDING"
    PROCESSING = "PROCESSING"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    ALL = (PENDING, PROCESSING, COMPLETED, FAILED)


def now_iso() -> str:
    """The current UTC time as a fixed-width ISO-8601 string."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def new_id() -> str:
    """A new primary key: a random UUID as text."""
    return str(uuid.uuid4())


class BaseModel(Model):  # type: ignore[misc]  # peewee has no type information
    class Meta:
        database = database


class User(BaseModel):
    """The local profile; one is created on first run (no accounts, no passwords)."""

    id = CharField(primary_key=True, default=new_id)
    name = TextField()
    created_at = TextField(default=now_iso)

    class Meta:
        table_name = "user"


class Resume(BaseModel):
    """An imported resume: a private copy of the file plus what was read from it.

    ``document_json`` keeps the reader's lines with their hints (DOCX styles, bold,
    sizes), so jobs tailor from the same understanding the import preview showed
    without re-reading the file.
    """

    id = CharField(primary_key=True, default=new_id)
    user = ForeignKeyField(User, column_name="user_id", backref="resumes", on_delete="CASCADE")
    display_name = TextField()
    original_filename = TextField()
    file_format = TextField()
    stored_path = TextField()
    sha256 = TextField()
    parsed_text = TextField(null=True)
    parsed_json = TextField(null=True)
    document_json = TextField(null=True)
    char_count = IntegerField(default=0)
    page_count = IntegerField(null=True)
    created_at = TextField(default=now_iso)
    updated_at = TextField(default=now_iso)

    class Meta:
        table_name = "resume"


class Job(BaseModel):
    """One tailoring request and its outcome. ``resume_name`` is copied from the resume
    so the job list needs no join and still names the resume after it is deleted."""

    id = CharField(primary_key=True, default=new_id)
    user = ForeignKeyField(User, column_name="user_id", backref="jobs", on_delete="CASCADE")
    resume = ForeignKeyField(Resume, column_name="resume_id", null=True, backref="jobs",
                             on_delete="SET NULL")
    resume_name = TextField(null=True)
    title = TextField(null=True)
    company_name = TextField(null=True)
    job_description = TextField()
    status = TextField(default=Status.PENDING)
    tailored_resume_text = TextField(null=True)
    result_json = TextField(null=True)
    error_message = TextField(null=True)
    attempts = IntegerField(default=0)
    progress = IntegerField(default=0)
    stage = TextField(null=True)
    score_before = IntegerField(null=True)
    score_after = IntegerField(null=True)
    created_at = TextField(default=now_iso)
    updated_at = TextField(default=now_iso)
    started_at = TextField(null=True)
    finished_at = TextField(null=True)
    owner = TextField(null=True)  # host:pid:token of the process that claimed it last
    pages = IntegerField(null=True)  # fit to 1 or 2 pages; None keeps everything
    kept_lines = TextField(null=True)  # JSON list: left-out lines the user put back
    current_revision = IntegerField(null=True)  # None: the engine's result (revision 1)
    cover_letter = TextField(null=True)

    class Meta:
        table_name = "job"


class Fact(BaseModel):
    """Something the user confirmed having for one resume (DESIGN.md, Data): used by
    every later job of that resume, and part of what the guard holds results to."""

    id = CharField(primary_key=True, default=new_id)
    resume = ForeignKeyField(Resume, column_name="resume_id", backref="facts",
                             on_delete="CASCADE")
    skill = TextField()
    entry = TextField(null=True)  # the entry's first header line; None: skills list only
    line = TextField(null=True)  # one line in the user's own words
    created_at = TextField(default=now_iso)
    updated_at = TextField(default=now_iso)

    class Meta:
        table_name = "fact"


class Revision(BaseModel):
    """A later text of a job: the user's edits or accepted rewrites. Revision 1 is the
    engine's own result, kept on the job itself; these are 2, 3, …."""

    id = CharField(primary_key=True, default=new_id)
    job = ForeignKeyField(Job, column_name="job_id", backref="revisions", on_delete="CASCADE")
    number = IntegerField()
    kind = TextField()  # "edited" or "rewritten"
    text = TextField()
    structure_json = TextField(null=True)  # a ParsedResume when the text came from one
    score = IntegerField(null=True)
    created_at = TextField(default=now_iso)
    updated_at = TextField(default=now_iso)

    class Meta:
        table_name = "revision"


MODELS = (User, Resume, Job, Fact, Revision)
