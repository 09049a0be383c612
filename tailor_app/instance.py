"""Which app process is this, is another still alive, and did the last run end cleanly?

Several processes may use one database (the window and a `tailor-app` command, or
two windows). Each claims jobs under its own *owner token* ``host:pid:random``, so
a process starting up can tell a job that a crashed process left PROCESSING (owner
dead) from one another live process is running right now (owner alive): only the
first is recovered. The random part tells a new process that happens to get a dead
one's pid (containers number from 1) from the dead one.

A run that starts writes a *running marker* ``running/<owner token>`` in the data
folder naming its database, and removes it at a normal exit (``atexit``). A marker
whose process is gone means that run ended in a crash or a kill, so the next start
checks the database file's integrity before using it. (This is the brief's "clean
shutdown marker" turned around: one marker per running process keeps two instances
from hiding each other's crashes.)

Nothing here imports the database module, so both the database and the start-up
code can use it.
"""

from __future__ import annotations

import atexit
import logging
import os
import secrets
import socket
import sys
from pathlib import Path

from . import paths

log = logging.getLogger("tailor_app.instance")

_TOKEN = f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(4)}"
_MARKERS = "running"


def owner_token() -> str:
    """This process's identity as it is stored in the jobs it claims.

    Computed again after a fork (a new pid), so a child never claims as its parent.
    """
    global _TOKEN
    if int(_TOKEN.rsplit(":", 2)[1]) != os.getpid():
        _TOKEN = f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(4)}"
    return _TOKEN


def pid_alive(pid: int) -> bool:
    """True when a process with this id exists on this machine."""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # os.kill(pid, 0) would terminate it on Windows
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        try:
            kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        finally:
            kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    except OSError:
        return False
    return True


def owner_alive(owner: str | None) -> bool | None:
    """Is the process behind an owner token running? None when we can't tell
    (another machine sharing the file, or no owner recorded)."""
    if not owner:
        return None
    try:
        host, pid_text, _ = owner.rsplit(":", 2)
        pid = int(pid_text)
    except ValueError:
        return None
    if owner == owner_token():
        return True
    if host != socket.gethostname():
        return None
    if pid == os.getpid():  # our pid, another token: the old process is gone
        return False
    return pid_alive(pid)


# ---------------------------------------------------------------- running markers


def _marker_dir() -> Path:
    return paths.private_dir(paths.data_dir() / _MARKERS)


def _marker_name(token: str) -> str:
    return token.replace(":", "_")


def begin_run(db_path: Path) -> bool:
    """Record that this process uses ``db_path``; returns True when a previous run on
    the same file ended without a normal exit (its marker is left and it is dead).

    Markers of dead runs on this file are removed: the caller checks the file once.
    """
    target = str(Path(db_path).resolve())
    unclean = False
    folder = _marker_dir()
    mine = _marker_name(owner_token())
    for marker in folder.iterdir():
        if marker.name == mine:
            continue
        try:
            named = marker.read_text(encoding="utf-8").strip()
        except OSError:
            continue
        if named != target:
            continue
        if owner_alive(":".join(marker.name.rsplit("_", 2))) is False:
            unclean = True
            marker.unlink(missing_ok=True)
    (folder / mine).write_text(target, encoding="utf-8")
    if not getattr(begin_run, "_registered", False):
        atexit.register(end_run)
        begin_run._registered = True  # type: ignore[attr-defined]
    return unclean


def end_run() -> None:
    """Remove this process's marker: the run ended normally."""
    try:
        (paths.data_dir(create=False) / _MARKERS / _marker_name(owner_token())).unlink(
            missing_ok=True)
    except OSError as exc:
        log.warning("running marker not removed (%s)", exc.strerror)
