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


def import_graph() -> dict[str, set[str]]:
    """Module -> the harvester modules it imports, anywhere in its body (a function-level import that
    dodges a cycle at run time is still a cycle in the design)."""
    modules = {name: SRC / Path(*name.split(".")[1:]) for name in library_modules()}
    graph: dict[str, set[str]] = {}
    for name in modules:
        path = SRC.joinpath(*name.split(".")[1:])
        path = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("harvester"):
                found.add(node.module)
                found.update(f"{node.module}.{alias.name}" for alias in node.names)
            elif isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names if alias.name.startswith("harvester"))
        graph[name] = {m for m in found if m in modules and m != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in graph[node]:
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_library_has_no_import_cycles() -> None:
    graph = import_graph()
    assert len(graph) > 30 and graph["harvester.pipeline"]  # the walk saw the library
    assert cycles(graph) == []


def test_the_cycle_finder_finds_cycles() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


MAX_MODULE_LINES = 450
MAX_CLASS_LINES = 200


def test_no_module_or_class_outgrows_a_reading() -> None:
    too_long = []
    for path in SRC.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if len(text.splitlines()) > MAX_MODULE_LINES:
            too_long.append(f"{path.relative_to(ROOT)}: {len(text.splitlines())} lines")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.ClassDef) and node.end_lineno is not None:
                lines = node.end_lineno - node.lineno + 1
                if lines > MAX_CLASS_LINES:
                    too_long.append(f"{path.relative_to(ROOT)}: class {node.name} {lines} lines")
    assert too_long == []


def untyped_public_signatures(path: Path) -> list[str]:
    """Public functions and methods whose parameters or result are `dict[str, Any]`, as 'line name'."""
    module = ast.parse(path.read_text(encoding="utf-8"))
    classes = [n for n in module.body if isinstance(n, ast.ClassDef) and not n.name.startswith("_")]
    found = []
    for node in [*module.body, *(n for c in classes for n in c.body)]:  # nested helpers are not public
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) or node.name.startswith("_"):
            continue
        annotations = [a.annotation for a in node.args.args + node.args.kwonlyargs if a.annotation]
        annotations += [node.returns] if node.returns else []
        if any("dict[str, Any]" in ast.unparse(a) for a in annotations):
            found.append(f"{node.lineno} {node.name}")
    return found


def test_records_crossing_modules_are_typed() -> None:
    """No public function takes or returns `dict[str, Any]`; payloads handed to Qdrant (index/) excepted."""
    outside_index = [p for p in SRC.rglob("*.py") if INDEX not in p.parents]
    found = [f"{p.relative_to(ROOT)}:{s}" for p in outside_index for s in untyped_public_signatures(p)]
    assert found == []


def test_the_signature_check_sees_untyped_signatures(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "def shown(a: dict[str, Any]) -> None: ...\n"
        "def _hidden() -> dict[str, Any]: ...\n"
        "async def returned() -> list[dict[str, Any]]: ...\n"
        "def fine(a: Mapping[str, object]) -> None: ...\n"
        "class Shown:\n    def method(self) -> dict[str, Any]: ...\n"
        "def outer() -> None:\n    def nested(a: dict[str, Any]) -> None: ...\n"
    )
    assert [s.split(" ")[1] for s in untyped_public_signatures(sample)] == ["shown", "returned", "method"]


def _stems() -> list[str]:
    return [p.stem for p in SRC.rglob("*.py") if p.stem not in ("__init__", "__main__")]


def test_no_two_library_modules_share_a_name_or_its_plural() -> None:
    """One name, one concept: no `principles` in two packages, no `line` beside `lines`, no `meta`
    beside `metadata` (a reader guessing which one holds a function guesses wrong half the time)."""
    stems = _stems()
    assert sorted(s for s in set(stems) if stems.count(s) > 1) == []
    close = [
        (a, b)
        for a in stems
        for b in stems
        if a != b and b.startswith(a) and b.removeprefix(a) in ("s", "es", "data", "_", "2")
    ]
    assert close == []
