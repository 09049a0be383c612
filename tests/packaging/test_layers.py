"""The import-layer contract, read from the source with ``ast`` (no import runs).

Layers, top to bottom (docs/ARCHITECTURE.md, "Layers and modules"):

- entry: ``tailor_app.__main__`` and the command line, ``tailor_app.cli`` and its
  parts ``tailor_app.cli_*`` (it starts the window when given no command);
- window: ``tailor_app.gui``;
- workflow: every other module of ``tailor_app`` (database, jobs, processor,
  import, export, start-up, paths, the sandbox and the engine pool);
- engine: ``tailor_app.tailoring`` and ``tailor_app.rewriting``.

A module imports its own layer or lower ones, never a higher one. Outside the engine,
the engine is imported only from its packages' public surface
(``tailor_app.tailoring``, ``tailor_app.rewriting``), never from their submodules.
No two modules import each other at module level, however indirectly. Imports inside
functions count for the layers (they run too) but not for cycles (they run after
both modules are loaded); imports under ``if TYPE_CHECKING:`` count for neither.
"""

from __future__ import annotations

import ast
import importlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

PACKAGE_DIR = Path(__file__).resolve().parents[2] / "tailor_app"
ENGINE_PACKAGES = ("tailor_app.tailoring", "tailor_app.rewriting")
LAYERS = ("engine", "workflow", "window", "entry")  # low to high
ENTRY_MODULES = ("tailor_app.__main__", "tailor_app.cli")
# Third-party packages a layer must not load: the engine runs without Qt or a
# database (the command line and the reading sandbox use it), the workflow
# without widgets (the command line never loads a widget module).
FORBIDDEN_PACKAGES = {
    "engine": ("PySide6", "shiboken6", "peewee", "sqlite3"),
    "workflow": ("PySide6.QtWidgets",),
}


@dataclass(frozen=True)
class Import:
    source: str  # the importing module
    target: str  # the imported module (resolved)
    line: int
    lazy: bool  # inside a function body
    typing_only: bool  # under `if TYPE_CHECKING:`

    def where(self) -> str:
        return f"{self.source} (line {self.line}) imports {self.target}"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE_DIR.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE_DIR.rglob("*.py"))}


def layer_of(module: str) -> str:
    if module in ENTRY_MODULES or module.startswith("tailor_app.cli_"):
        return "entry"
    if module == "tailor_app.gui" or module.startswith("tailor_app.gui."):
        return "window"
    if any(module == p or module.startswith(p + ".") for p in ENGINE_PACKAGES):
        return "engine"
    return "workflow"


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _walk(node: ast.AST, lazy: bool, typing_only: bool) -> Iterator[tuple[ast.AST, bool, bool]]:
    for child in ast.iter_child_nodes(node):
        yield child, lazy, typing_only
        if isinstance(child, ast.If) and _is_type_checking(child.test):
            for stmt in child.body:
                yield stmt, lazy, True
                yield from _walk(stmt, lazy, True)
            for stmt in child.orelse:
                yield stmt, lazy, typing_only
                yield from _walk(stmt, lazy, typing_only)
            continue
        inner = lazy or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
        yield from _walk(child, inner, typing_only)


def imports_of(module: str) -> list[Import]:
    """Every import in ``module``'s source, its target resolved to a module name
    (``from pkg import sub`` is ``pkg.sub`` when ``sub`` is a module)."""
    path = MODULES[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = []
    for node, lazy, typing_only in _walk(ast.parse(path.read_text(encoding="utf-8")),
                                          False, False):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                origin = ".".join([*base, *([node.module] if node.module else [])])
            else:
                origin = node.module or ""
            submodules = [f"{origin}.{a.name}" for a in node.names
                          if f"{origin}.{a.name}" in MODULES]
            names_only = len(submodules) < len(node.names)
            targets = [*submodules, *([origin] if names_only else [])]
        found += [Import(module, target, node.lineno, lazy, typing_only)
                  for target in targets]
    return found


ALL_IMPORTS = [imp for module in MODULES for imp in imports_of(module)]
OWN_IMPORTS = [imp for imp in ALL_IMPORTS if imp.target.split(".")[0] == "tailor_app"]


def test_the_contract_reads_every_module() -> None:
    """The checks below see the whole package (a wrong root would pass vacuously)."""
    assert {"tailor_app.cli", "tailor_app.gui.main_window", "tailor_app.job_processor",
            "tailor_app.tailoring.compose.tailor", "tailor_app.db.models"} <= set(MODULES)
    assert {layer_of(m) for m in MODULES} == set(LAYERS)
    assert any(imp.lazy for imp in OWN_IMPORTS) and any(imp.typing_only for imp in OWN_IMPORTS)


def test_no_module_imports_a_higher_layer() -> None:
    upward = [imp.where() + f" ({layer_of(imp.source)} → {layer_of(imp.target)})"
              for imp in OWN_IMPORTS
              if imp.target != "tailor_app"
              and LAYERS.index(layer_of(imp.target)) > LAYERS.index(layer_of(imp.source))]
    assert not upward, "imports against the layers:\n" + "\n".join(upward)


def test_engine_and_workflow_load_no_qt_widgets_or_database() -> None:
    wrong = [imp.where() for imp in ALL_IMPORTS
             for banned in FORBIDDEN_PACKAGES.get(layer_of(imp.source), ())
             if imp.target == banned or imp.target.startswith(banned + ".")]
    assert not wrong, "\n".join(wrong)


def test_the_app_uses_only_the_engines_public_surface() -> None:
    internal = [imp.where() + f": import it from {engine}" for imp in OWN_IMPORTS
                if layer_of(imp.source) != "engine"
                for engine in ENGINE_PACKAGES if imp.target.startswith(engine + ".")]
    assert not internal, (
        "the app reaches into the engine; export the name from the package's "
        "__init__.py instead:\n" + "\n".join(internal))


def _public_names_imported(package: str) -> set[str]:
    names = set()
    for module in MODULES:
        if layer_of(module) == "engine":
            continue
        path = MODULES[module]
        base = module if path.name == "__init__.py" else module.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                origin = node.module or ""
                if node.level:
                    parts = base.split(".")[: len(base.split(".")) - node.level + 1]
                    origin = ".".join([*parts, *([node.module] if node.module else [])])
                if origin == package:
                    names |= {a.name for a in node.names} - {
                        a.name for a in node.names if f"{package}.{a.name}" in MODULES}
    return names


@pytest.mark.parametrize("package", ENGINE_PACKAGES)
def test_every_public_name_the_app_imports_is_exported(package: str) -> None:
    """A name the app takes from the engine is in ``__all__`` and resolves (the
    tailoring package resolves its names lazily, so a typo would fail only when
    the line runs)."""
    engine = importlib.import_module(package)
    exported = set(getattr(engine, "__all__", ()))
    used = _public_names_imported(package)
    assert used <= exported, f"not in {package}.__all__: {sorted(used - exported)}"
    missing = [name for name in sorted(exported) if not hasattr(engine, name)]
    assert not missing, f"{package}.__all__ names what it does not have: {missing}"


def test_the_type_checker_sees_each_public_name() -> None:
    """``tailor_app.tailoring`` imports each name of its lazy table under
    TYPE_CHECKING from the same module, so mypy checks callers against the real
    signature rather than ``Any``."""
    import tailor_app.tailoring as engine

    tree = ast.parse(MODULES["tailor_app.tailoring"].read_text(encoding="utf-8"))
    typed = {(alias.asname or alias.name, (node.module or "").removeprefix(engine.__name__ + "."))
             for node, _lazy, typing_only in _walk(tree, False, False)
             if typing_only and isinstance(node, ast.ImportFrom) for alias in node.names}
    assert typed == set(engine._WHERE.items())
    defined_here = {"load_engine", "stage_modules"}  # functions of the surface itself
    assert sorted(engine.__all__) == sorted([*engine._WHERE, *defined_here])


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(edges.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def test_cycle_finder_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycles_at_module_level() -> None:
    edges: dict[str, set[str]] = {}
    for imp in OWN_IMPORTS:
        if not imp.lazy and not imp.typing_only and imp.target in MODULES:
            edges.setdefault(imp.source, set()).add(imp.target)
    assert not _cycles(edges), f"modules that import each other: {_cycles(edges)}"
