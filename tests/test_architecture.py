"""The import rules are a contract checked on every run.

``lint-imports`` checks the contracts in ``pyproject.toml`` ([tool.importlinter]): the layers
entry points > ui > services > printing | db > domain, a domain and a printing package that
import nothing above them, and areas that do not import each other's internals. Here it runs on
the tree as it is, and on a copy with rules broken on purpose, which it must refuse.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "src" / "hall_desk"
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")

CONTRACTS = (
    "Layers: entry points > ui > services > printing | db > domain",
    "Domain imports no other Hall Desk module, Qt, SQLAlchemy or ReportLab",
    "Printing imports only the domain: no services, db, ui, config or Qt",
    "Modules outside the layers import only the domain",
    "UI areas do not import each other",
    "UI areas stand on the kit; the kit imports no area",
    "Service areas: demo > figures > activities > bookings | cases | party | safety | visitors"
    " > shared",
    "Figures use the bookings and party areas, no other service area",
)


def lint_imports(source_root: Path, config: Path) -> subprocess.CompletedProcess[str]:
    """Run lint-imports on the ``hall_desk`` package found in ``source_root``."""
    if not LINT_IMPORTS.exists():
        pytest.fail(f"{LINT_IMPORTS} is missing: install the test tools (pip install -e '.[test]')")
    env = {**os.environ, "PYTHONPATH": str(source_root), "COLUMNS": "200"}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "--no-logo", str(config)],
        cwd=config.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def verdicts(output: str) -> dict[str, str]:
    """Each contract's name and KEPT or BROKEN, as the summary lists them."""
    found: dict[str, str] = {}
    text = " ".join(output.split())  # long names wrap onto two lines
    for name in CONTRACTS:
        for verdict in ("KEPT", "BROKEN"):
            if f"{name} {verdict}" in text:
                found[name] = verdict
    return found


def test_the_tree_keeps_every_import_rule() -> None:
    result = lint_imports(ROOT / "src", ROOT / "pyproject.toml")
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert verdicts(output) == dict.fromkeys(CONTRACTS, "KEPT"), output
    assert f"Contracts: {len(CONTRACTS)} kept, 0 broken." in output


def break_rule(package: Path, module: str, line: str) -> None:
    path = package.joinpath(*module.split(".")[1:]).with_suffix(".py")
    path.write_text(path.read_text(encoding="utf-8") + f"\n{line}\n", encoding="utf-8")


def test_rules_broken_on_purpose_fail_naming_the_contract(tmp_path: Path) -> None:
    package = tmp_path / "src" / "hall_desk"
    shutil.copytree(SOURCE, package, ignore=shutil.ignore_patterns("__pycache__"))
    config = tmp_path / "pyproject.toml"
    shutil.copy(ROOT / "pyproject.toml", config)
    # A domain module reaching up into the UI, a UI area importing another area's widgets,
    # printing asking config where the files are.
    break_rule(package, "hall_desk.domain.periods", "import hall_desk.ui.kit.common")
    break_rule(
        package, "hall_desk.ui.visitors.visit_models", "import hall_desk.ui.bookings.time_grid"
    )
    break_rule(package, "hall_desk.printing.report_text", "import hall_desk.config")

    result = lint_imports(tmp_path / "src", config)
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    found = verdicts(output)
    assert set(found) == set(CONTRACTS), output
    broken = {name for name, verdict in found.items() if verdict == "BROKEN"}
    assert broken >= {
        CONTRACTS[0],  # domain -> ui goes up the layers
        CONTRACTS[1],  # the domain imports hall_desk.ui (and Qt through it)
        CONTRACTS[2],  # printing -> config
        CONTRACTS[4],  # visitors -> bookings
    }, output
    assert found[CONTRACTS[6]] == "KEPT", output  # the services were not touched
    assert "hall_desk.domain.periods -> hall_desk.ui.kit.common" in output
    assert "hall_desk.ui.visitors.visit_models -> hall_desk.ui.bookings.time_grid" in output
    assert "hall_desk.printing.report_text -> hall_desk.config" in output


def test_domain_and_printing_import_no_other_hall_desk_module() -> None:
    # The forbidden contracts list today's modules; this also catches a module added later.
    graph = grimp.build_graph("hall_desk", cache_dir=None)
    allowed = {"hall_desk.domain": ("hall_desk.domain",)}
    allowed["hall_desk.printing"] = ("hall_desk.domain", "hall_desk.printing")
    strays = [
        f"{importer} -> {imported}"
        for package, inside in allowed.items()
        for importer in sorted(graph.find_descendants(package))
        for imported in sorted(graph.find_modules_directly_imported_by(importer))
        if imported.split(".")[0] == "hall_desk"
        and not any(imported == p or imported.startswith(p + ".") for p in inside)
    ]
    assert strays == []
