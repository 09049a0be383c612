"""Entry point of ``tailor-app`` and ``python -m tailor_app``.

No arguments open the window; anything else is the command line (see ``cli``).
The window's modules are imported only when it opens.
"""

from __future__ import annotations

import sys

from .cli import main

__all__ = ["main"]

if __name__ == "__main__":
    sys.exit(main())
