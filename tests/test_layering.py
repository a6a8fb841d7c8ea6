"""Layers: the library never imports Prefect (flows do), and only harvester.index knows Qdrant."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "harvester"
INDEX = SRC / "index"


def imported_names(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            names.append(node.module or "")
    return names


def offenders(paths: list[Path], packages: tuple[str, ...]) -> list[str]:
    return [
        f"{path.relative_to(ROOT)}: {name}"
        for path in paths
        for name in imported_names(path)
        if any(name == p or name.startswith(p + ".") for p in packages)
    ]


def library_modules() -> list[str]:
    return sorted(
        ".".join(("harvester", *p.relative_to(SRC).with_suffix("").parts)).removesuffix(".__init__")
        for p in SRC.rglob("*.py")
        if p.stem != "__main__"
    )


def test_no_module_of_the_library_imports_prefect() -> None:
    assert offenders(list(SRC.rglob("*.py")), ("prefect",)) == []


def test_only_the_index_package_imports_qdrant() -> None:
    outside = [p for p in SRC.rglob("*.py") if INDEX not in p.parents]
    outside += [*(ROOT / "flows").rglob("*.py"), *(ROOT / "bench").rglob("*.py")]
    assert offenders(outside, ("qdrant_client", "qdrant_edge")) == []


def test_importing_every_library_module_loads_no_prefect() -> None:
    code = (
        f"import sys, importlib\nfor m in {library_modules()!r}: importlib.import_module(m)\n"
        "print(any(k == 'prefect' or k.startswith('prefect.') for k in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_the_embedded_path_never_loads_qdrant_client() -> None:
    """Searching the embedded index needs only Edge: qdrant-client (1 s to import) stays unloaded."""
    modules = [m for m in library_modules() if m != "harvester.index.server"]
    code = (
        f"import sys, importlib\nfor m in {modules!r}: importlib.import_module(m)\n"
        "print(any(k == 'qdrant_client' or k.startswith('qdrant_client.') for k in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
