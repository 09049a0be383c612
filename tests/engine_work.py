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
    """ok (echo and the child's pid), sleep, die, refuse, crash, balloon, or
    inherited (what the child found loaded when it started, and its memory)."""
    what = job_data.get("do", "ok")
    if what == "inherited":
        return "inherited", inherited()
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


def inherited() -> dict[str, Any]:
    """Where this child's engine was loaded (the fork server's pid, if it was there) and
    this process's memory from /proc (Linux): private pages are its own copies."""
    import sys

    from tailor_app.tailoring.skills.vocabulary import load_vocabulary

    warm = sys.modules.get("tailor_app.child_warm")
    memory: dict[str, int] = {}
    try:
        with open("/proc/self/smaps_rollup", encoding="ascii") as rollup:
            for line in rollup:
                key, _, rest = line.partition(":")
                if key in ("Private_Dirty", "Private_Clean", "Shared_Dirty", "Shared_Clean"):
                    memory[key] = int(rest.split()[0])  # kB
    except OSError:
        pass
    return {"pid": os.getpid(), "warmed_in": getattr(warm, "WARMED_IN", None),
            "same_vocabulary": warm is not None and warm.VOCABULARY is load_vocabulary(),
            "frozen": getattr(warm, "FROZEN", 0), "memory_kb": memory,
            "nice": os.getpriority(os.PRIO_PROCESS, 0) if hasattr(os, "getpriority") else None}


def claim_then_die(request: dict[str, Any]) -> dict[str, Any]:
    """A whole-job child (``job_child.run_job``'s request) that claims its job and then
    dies before recording any outcome, as an out-of-memory kill would end it."""
    from tailor_app import db
    from tailor_app.job_processor import _claim

    db.attach_db(request["db"])
    _claim(str(request["job_id"]))
    os._exit(3)
