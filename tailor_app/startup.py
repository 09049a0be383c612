"""Opening the app's database at start, for the window and the command line alike.

It sits above both the database module and the importer because start-up needs
both (recover jobs, clean copies an interrupted import left); keeping it in the
database module made ``db`` and ``importer`` import each other.
"""

from __future__ import annotations

import logging
from pathlib import Path

from . import db, instance, paths
from .importer import remove_interrupted_copies

__all__ = ["open_app_database"]

log = logging.getLogger(__name__)


def open_app_database(path: Path | str | None = None, *, recover: bool = True) -> str:
    """What the window and the command line do at start: check the file if the last
    run on it did not end normally, open and migrate it, recover jobs a crash left
    PROCESSING, remove resume copies an interrupted import left, make sure the local
    profile exists. Returns the local user's id."""
    db_path = Path(path) if path is not None else paths.default_db_path()
    try:
        unclean = instance.begin_run(db_path)
    except OSError as exc:  # an unwritable data folder must not stop the start
        log.warning("running marker not written (%s)", exc.strerror)
        unclean = False
    if unclean:
        log.warning("the last run on this database did not end normally")
    db.init_db(db_path, check=unclean)
    if recover:
        db.recover_interrupted_jobs()
    remove_interrupted_copies()
    return db.get_or_create_local_user()
