"""The house rules a test can see: the core knows nothing of the outside; lint and types are clean."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent.parent


def imported_modules(package: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in (ROOT / package).rglob("*.py"):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module.split(".")[0])
        found[str(path.relative_to(ROOT))] = names
    return found


@pytest.mark.parametrize(
    ("package", "forbidden"),
    [("domain", {"telegram", "dialogs", "bot"}), ("dialogs", {"telegram", "bot"})],
)
def test_inner_layers_do_not_import_outer_ones(package: str, forbidden: set[str]) -> None:
    offenders = {path: names & forbidden for path, names in imported_modules(package).items() if names & forbidden}
    assert offenders == {}


def test_only_the_storage_package_imports_sqlite_utils() -> None:
    users = sorted(
        path
        for package in ("bot", "dialogs", "domain")
        for path, names in imported_modules(package).items()
        if "sqlite_utils" in names
    )
    assert users
    assert all(path.startswith("domain/storage/") for path in users), users


def test_importing_the_domain_does_not_load_telegram() -> None:
    code = (
        "import sys, domain.documents.plan_text, domain.storage, dialogs.core.engine; print('telegram' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert result.stdout.strip() == "False"


def test_ruff_finds_nothing() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "bot", "dialogs", "domain", "tests"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_code_is_formatted() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--check", "bot", "dialogs", "domain", "tests"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_finds_nothing() -> None:
    result = subprocess.run([sys.executable, "-m", "mypy"], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
