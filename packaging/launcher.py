"""PyInstaller's entry script: the same ``main`` as the ``tailor-app`` console script.

PyInstaller needs a file to run as ``__main__``; ``tailor_app/__main__.py`` uses a
relative import, so it cannot be that file itself.
"""

import sys

from tailor_app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
