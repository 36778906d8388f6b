"""The package layers of docs/architecture.md: a lower layer never imports a higher one.

Every ``import`` and ``from ... import`` in src/summitgraph is read with ``ast`` (imports inside functions too:
a lazy import is still a dependency). A module's layer is that of the longest package prefix listed below.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"

# Lowest first. Packages on one line are one layer and may import each other.
LAYERS: list[tuple[str, ...]] = [
    ("summitgraph.errors", "summitgraph.model", "summitgraph.text"),
    ("summitgraph.registry", "summitgraph.similarity"),
    ("summitgraph.store",),
    ("summitgraph.extract",),
    ("summitgraph.ingest", "summitgraph.evaluate", "summitgraph.baseline", "summitgraph.training"),
    ("summitgraph.kb", "summitgraph.kb.types", "summitgraph.kb.dates", "summitgraph.kb.keys", "summitgraph.kb.names",
     "summitgraph.kb.titles", "summitgraph.kb.transliteration", "summitgraph.kb.labels", "summitgraph.kb.db",
     "summitgraph.kb.heads"),
    ("summitgraph.kb.build",),
    ("summitgraph.kb.read",),
    ("summitgraph.monitor",),
    ("summitgraph.api", "summitgraph.web"),
    ("summitgraph.cli", "summitgraph.examples"),
]
RANK = {name: rank for rank, names in enumerate(LAYERS) for name in names}
# The kb package's __init__ re-exports build and read: importing it costs (and depends on) both halves.
FACADES = {"summitgraph.kb": RANK["summitgraph.kb.read"]}


def layer_of(module: str) -> tuple[str, int] | None:
    parts = module.split(".")
    for end in range(len(parts), 0, -1):
        prefix = ".".join(parts[:end])
        if prefix in RANK:
            return prefix, RANK[prefix]
    return None


def module_name(path: Path, root: Path = SRC) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(path: Path, module: str, root: Path = SRC) -> list[tuple[int, str]]:
    is_package = path.name == "__init__.py"
    package = module.split(".") if is_package else module.split(".")[:-1]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            # `from pkg import sub` may name a submodule: judge by the submodule when it is one.
            for alias in node.names:
                candidate = f"{target}.{alias.name}"
                found.append((node.lineno, candidate if _is_module(candidate, root) else target))
    return [(line, name) for line, name in found if name.startswith("summitgraph")]


def _is_module(dotted: str, root: Path) -> bool:
    path = root.joinpath(*dotted.split("."))
    return path.with_suffix(".py").exists() or (path / "__init__.py").exists()


def violations(root: Path = SRC) -> list[str]:
    found = []
    for path in sorted((root / "summitgraph").rglob("*.py")):
        module = module_name(path, root)
        if module in FACADES or module == "summitgraph":
            continue
        mine = layer_of(module)
        assert mine is not None, f"{module} is in no layer: add its package to LAYERS and docs/architecture.md"
        for line, target in imported_modules(path, module, root):
            theirs = (target, FACADES[target]) if target in FACADES else layer_of(target)
            if theirs is not None and theirs[1] > mine[1]:
                found.append(f"{path.relative_to(root)}:{line}: {module} ({mine[0]}) imports {target} ({theirs[0]})")
    return found


def test_no_module_imports_a_higher_layer():
    assert violations() == []


def test_every_package_has_a_layer():
    packages = {module_name(p.parent / "__init__.py") for p in (SRC / "summitgraph").rglob("__init__.py")}
    assert all(layer_of(p) is not None for p in packages - {"summitgraph"})


@pytest.mark.parametrize("lower, higher", [
    ("summitgraph.kb.build", "summitgraph.kb.read"),
    ("summitgraph.extract", "summitgraph.kb"),
    ("summitgraph.store", "summitgraph.ingest"),
])
@pytest.mark.parametrize("statement", ["from {higher} import something", "import {higher}.thing",
                                       "def lazy():\n    from {higher} import something\n"])
def test_the_checker_sees_an_upward_import(tmp_path, lower, higher, statement):
    # A checker that passes on a planted violation proves nothing: plant one in a copy of the layout.
    for package in ("summitgraph", lower, higher):
        folder = tmp_path.joinpath(*package.split("."))
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "__init__.py").touch()
    probe = tmp_path.joinpath(*lower.split(".")) / "probe.py"
    code = statement.format(higher=higher)
    probe.write_text(code + "\n", encoding="utf-8")
    target = f"{higher}.thing" if f"import {higher}.thing" in code else higher
    assert [v.split(": ", 1)[1] for v in violations(tmp_path)] == [f"{lower}.probe ({lower}) imports {target} ({higher})"]


def test_the_kb_facade_reexports_from_both_halves():
    from summitgraph import kb

    assert kb.rebuild.__module__ == "summitgraph.kb.build.rebuild"
    assert kb.get_meeting.__module__ == "summitgraph.kb.read.queries"
