"""Where the engine finds its shipped data (the skills vocabulary), without the app.

``resources/`` sits at the repository root in a source checkout and is shipped as
``tailor_app/resources`` in the wheel and in the PyInstaller bundle (whose modules'
``__file__`` lie under ``sys._MEIPASS/tailor_app``), so a path relative to this
package finds it in all three. It lives in the engine, not in ``tailor_app.paths``,
so the engine imports nothing of the workflow; ``paths.resource_path`` is this one.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parents[1]  # tailor_app/


def resource_roots() -> list[Path]:
    """The folders searched for a resource, first match wins."""
    roots: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        roots.append(Path(bundle) / "tailor_app" / "resources")
    roots.append(_PACKAGE / "resources")  # installed wheel, bundle
    roots.append(_PACKAGE.parent / "resources")  # source checkout / editable install
    return roots


def resource_path(name: str) -> Path:
    """The path of a shipped resource, from a checkout, a wheel or a bundle.

    Raises FileNotFoundError naming every place looked in, so a packaging mistake
    is obvious rather than a silent empty vocabulary.
    """
    roots = resource_roots()
    for root in roots:
        candidate = root / name
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"resource {name!r} not found in: " + ", ".join(map(str, roots)))
