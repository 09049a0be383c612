"""Stand-ins for the tailoring step, for the engine pool's tests (nothing is shipped).

Module-level, so a child process can import them: :func:`behave` does what the
request's ``"do"`` says, which lets one pool show every way a child can end.
"""

from __future__ import annotations

import os
import time
from typing import Any

from tailor_app.job_processor import TailoringRefusedError

SECRET = "resume text that must never reach the log"


def behave(job_data: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """ok (echo and the child's pid), sleep, die, refuse, crash or balloon."""
    what = job_data.get("do", "ok")
    if what == "sleep":
        time.sleep(float(job_data.get("seconds", 30)))
    elif what == "die":
        os._exit(3)
    elif what == "refuse":
        raise TailoringRefusedError("The result added the word 'Kubernetes'.")
    elif what == "crash":
        raise KeyError(SECRET)
    elif what == "balloon":
        hoard = []
        while True:
            hoard.append(bytearray(64 * 1024 * 1024))
    return f"echo {job_data.get('text', '')}", {"pid": os.getpid()}
