"""The library layer never imports Prefect; flows do."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "harvester"


def test_no_module_of_the_library_imports_prefect() -> None:
    offenders = []
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else ([node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            )
            offenders += [f"{path.name}: {n}" for n in names if n == "prefect" or n.startswith("prefect.")]
    assert offenders == []


def test_importing_every_library_module_loads_no_prefect() -> None:
    modules = sorted(f"harvester.{p.stem}" for p in SRC.glob("*.py") if p.stem not in ("__init__", "__main__"))
    code = (
        f"import sys, importlib\nfor m in {modules!r}: importlib.import_module(m)\n"
        "print(any(k == 'prefect' or k.startswith('prefect.') for k in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
