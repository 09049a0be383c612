"""Entry point of ``tailor-app`` and ``python -m tailor_app``.

No arguments open the window; anything else is the command line (see ``cli``).
The window's modules are imported only when it opens.
"""

from __future__ import annotations

import multiprocessing
import sys

# A bundled app re-runs its own executable for the resume reader's child process
# (see tailor_app/sandbox.py); this runs that child instead of the app. No-op otherwise.
multiprocessing.freeze_support()

from .cli import main  # noqa: E402

__all__ = ["main"]

if __name__ == "__main__":
    sys.exit(main())
