"""A module-level constant is bound once, read from the source with ``ast``.

Two helpers each added a ``_NEXT_WORD`` pattern to one module; the second silently
replaced the first for every function that read it, and the posting reader failed on
text the first one was written for. Neither ruff nor mypy reports a name rebound with
a value of the same type, so this test does.
"""

from __future__ import annotations

import ast
import re
from collections import Counter
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parents[2] / "tailor_app"
CONSTANT = re.compile(r"_?[A-Z][A-Z0-9_]*")


def rebound_constants(source: str) -> list[str]:
    """Upper-case names bound more than once by the module's own top-level
    statements (a name bound under ``if``/``try`` is a deliberate alternative)."""
    bound: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets = [node.target]
        else:
            continue
        for target in targets:
            for name in ast.walk(target):
                if isinstance(name, ast.Name) and CONSTANT.fullmatch(name.id):
                    bound[name.id] += 1
    return sorted(name for name, count in bound.items() if count > 1)


def test_the_check_finds_a_constant_bound_twice() -> None:
    source = ("import re\n_NEXT = re.compile('a')\nLIMIT: int = 3\n"
              "def f():\n    _NEXT = 1\n_NEXT = re.compile('b')\n")
    assert rebound_constants(source) == ["_NEXT"]


def test_no_module_binds_a_constant_twice() -> None:
    rebound = {str(path.relative_to(PACKAGE_DIR.parent)): names
               for path in sorted(PACKAGE_DIR.rglob("*.py"))
               if (names := rebound_constants(path.read_text("utf-8")))}
    assert rebound == {}, f"a later binding replaces the earlier one everywhere: {rebound}"
