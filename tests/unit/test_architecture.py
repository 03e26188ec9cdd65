"""The house rules a test can see: the import contract (no cycle, no layer crossing) and what the core loads.

Every import counts, wherever it is written: at the top, inside a function, or under ``if TYPE_CHECKING:``
(a cycle that only the type checker sees is still two modules that cannot be read apart). Lint, formatting,
types and the benchmarks are run by ``.ci/run``, not here.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent.parent
PACKAGES = ("bot", "dialogs", "domain")


@dataclass(frozen=True)
class Import:
    """One import statement's target, as a dotted module name (an outside library's too)."""

    importer: str
    target: str
    path: str
    line: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line} imports {self.target}"


def module_name(path: Path) -> str:
    """``dialogs/core/engine.py`` as ``dialogs.core.engine``; a package's ``__init__.py`` as the package."""
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def modules() -> dict[str, Path]:
    """Every module of the project's packages, by name."""
    return {module_name(path): path for package in PACKAGES for path in sorted((ROOT / package).rglob("*.py"))}


def _resolved(name: str) -> str:
    """The module an imported name stands for: the longest one of ours it starts with, or the name itself."""
    parts = name.split(".")
    for end in range(len(parts), 0, -1):
        if ".".join(parts[:end]) in modules():
            return ".".join(parts[:end])
    return name


def _targets(node: ast.Import | ast.ImportFrom, module: str, is_package: bool) -> Iterator[str]:
    """The modules one import statement loads (``from package import submodule`` names the submodule)."""
    if isinstance(node, ast.Import):
        yield from (_resolved(alias.name) for alias in node.names)
        return
    base = node.module or ""
    if node.level:
        package = module if is_package else module.rpartition(".")[0]
        anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
        base = f"{anchor}.{base}" if base else anchor
    for alias in node.names:
        submodule = f"{base}.{alias.name}"
        yield submodule if submodule in modules() else _resolved(base)


@cache
def imports() -> tuple[Import, ...]:
    """Every import in the project's packages: top level, in functions and under ``TYPE_CHECKING`` alike."""
    found = []
    for module, path in modules().items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                for target in _targets(node, module, path.name == "__init__.py"):
                    found.append(Import(module, target, str(path.relative_to(ROOT)), node.lineno))
    return tuple(dict.fromkeys(found))


def within(name: str, prefixes: tuple[str, ...]) -> bool:
    """Whether a dotted module name is one of the prefixes or inside one of them."""
    return any(name == p or name.startswith(f"{p}.") for p in prefixes)


# The import contract ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rule:
    """Modules under ``importer`` (but not under ``unless``) may not import what ``forbids`` names.

    ``only`` turns the rule round: of the project's modules (and Telegram), they import those prefixes only.
    ``together``: they may import one of the two, not both.
    """

    importer: str
    forbids: tuple[str, ...] = ()
    only: tuple[str, ...] = ()
    together: tuple[str, str] | None = None
    unless: tuple[str, ...] = ()

    def __str__(self) -> str:
        what = (
            f"imports only {', '.join(self.only)}"
            if self.only
            else f"never imports {' and '.join(self.together)} together"
            if self.together
            else f"never imports {', '.join(self.forbids)}"
        )
        return f"{self.importer} {what}" + (f" (except {', '.join(self.unless)})" if self.unless else "")

    def crossings(self) -> list[Import]:
        """The imports that break the rule."""
        mine = [i for i in imports() if within(i.importer, (self.importer,)) and not within(i.importer, self.unless)]
        if self.together is not None:
            first, second = self.together
            both = {i.importer for i in mine if within(i.target, (first,))}
            both &= {i.importer for i in mine if within(i.target, (second,))}
            return [i for i in mine if i.importer in both and within(i.target, self.together)]
        if self.only:
            ours = (*PACKAGES, "telegram")
            return [i for i in mine if within(i.target, ours) and not within(i.target, self.only)]
        return [i for i in mine if within(i.target, self.forbids)]


RULES = [
    # The domain: the rules of marketing, knowing nothing of dialogs or transports.
    Rule("domain", forbids=("dialogs", "bot", "telegram")),
    Rule("domain", forbids=("domain.documents", "domain.storage"), unless=("domain.documents", "domain.storage")),
    Rule("domain.storage", forbids=("domain.documents",)),
    # The dialogs: the interview, knowing the domain and never a transport.
    Rule("dialogs", forbids=("bot", "telegram")),
    Rule("dialogs", forbids=("domain.storage",)),  # the conversation sees the ports (domain.ports), not SQLite
    Rule("dialogs.parsing", only=("domain", "dialogs.parsing")),
    Rule("dialogs.answers", only=("domain", "dialogs.parsing", "dialogs.answers")),
    Rule("dialogs.core", only=("domain", "dialogs.parsing", "dialogs.answers", "dialogs.core")),
    Rule("dialogs.phases", forbids=("dialogs.screens", "dialogs.conversation", "dialogs.assembly")),
    Rule("dialogs.screens", forbids=("dialogs.phases", "dialogs.conversation")),
    Rule(
        "dialogs",
        together=("dialogs.phases", "dialogs.screens"),
        unless=("dialogs.assembly", "dialogs.conversation", "dialogs.graph"),
    ),
    # bot/ (the console, Telegram, the command line) may import everything inner: no rule of its own.
]


@pytest.mark.parametrize("rule", RULES, ids=str)
def test_no_layer_is_crossed(rule: Rule) -> None:
    crossings = [str(i) for i in rule.crossings()]
    assert crossings == [], f"{rule}:\n" + "\n".join(crossings)


def cycles() -> list[str]:
    """A cycle through each group of modules that import each other (Tarjan's strongly connected components)."""
    graph: dict[str, set[str]] = {m: set() for m in modules()}
    for i in imports():
        if i.target in graph:
            graph[i.importer].add(i.target)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[set[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for target in sorted(graph[module]):
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            group = set(stack[stack.index(module) :])
            del stack[stack.index(module) :]
            if len(group) > 1 or module in graph[module]:
                groups.append(group)

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return [f"{' → '.join(_loop(min(group), graph, group))} ({len(group)} modules in the group)" for group in groups]


def _loop(start: str, graph: dict[str, set[str]], group: set[str]) -> list[str]:
    """The shortest path from a module back to itself inside its group."""
    paths = {start: [start]}
    frontier = [start]
    while frontier:
        following = []
        for module in frontier:
            for target in sorted(graph[module] & group):
                if target == start:
                    return [*paths[module], start]
                if target not in paths:
                    paths[target] = [*paths[module], target]
                    following.append(target)
        frontier = following
    return [start]


def test_no_module_imports_itself_back_through_others() -> None:
    found = cycles()
    assert found == [], "import cycles (TYPE_CHECKING and function-level imports count):\n" + "\n".join(found)


# What the core loads -----------------------------------------------------------------------------------------


def test_only_the_storage_package_imports_sqlite_utils() -> None:
    users = sorted({i.path for i in imports() if within(i.target, ("sqlite_utils",))})
    assert users
    assert all(path.startswith("domain/storage/") for path in users), users


def test_importing_the_domain_does_not_load_telegram() -> None:
    code = (
        "import sys, domain.documents.plan_text, domain.storage, dialogs.core.engine; print('telegram' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert result.stdout.strip() == "False"
