"""The import graph of ``src/eventwire``: no cycles, and stages meet only through their packages.

Every ``import`` statement counts, including those inside functions and ``TYPE_CHECKING``
blocks: a cycle hidden in a function is still two modules that cannot be read apart.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
ROOT = "eventwire"
NLP = f"{ROOT}.nlp"
#: One package per pipeline stage, each with its component, its helpers and its data.
STAGES = ("actors", "times", "places", "events", "casualties", "quotes")
#: Shared ``nlp`` modules that every stage may use, so they may import no stage.
SHARED = (f"{NLP}.parse", f"{NLP}.extensions")


@dataclass(frozen=True)
class Edge:
    """One import: ``importer`` imports ``target`` (a module), taking ``names`` from it."""

    importer: str
    target: str
    names: tuple[str, ...]
    line: int


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted((SRC / ROOT).rglob("*.py"))}


def _base(importer: str, path: Path, node: ast.ImportFrom) -> str:
    """The absolute module a ``from ... import`` names, relative imports resolved."""
    if not node.level:
        return node.module or ""
    package = importer if path.name == "__init__.py" else importer.rpartition(".")[0]
    for _ in range(node.level - 1):
        package = package.rpartition(".")[0]
    return f"{package}.{node.module}" if node.module else package


def _edges(name: str, path: Path, modules: dict[str, Path]) -> list[Edge]:
    found: list[Edge] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found += [Edge(name, a.name, (), node.lineno) for a in node.names if a.name in modules]
        elif isinstance(node, ast.ImportFrom):
            base = _base(name, path, node)
            if base not in modules:
                continue
            plain = [a.name for a in node.names if f"{base}.{a.name}" not in modules]
            if plain:
                found.append(Edge(name, base, tuple(plain), node.lineno))
            found += [
                Edge(name, f"{base}.{a.name}", (), node.lineno)
                for a in node.names
                if f"{base}.{a.name}" in modules
            ]
    return found


def import_edges() -> list[Edge]:
    """Every import of one ``eventwire`` module by another, in ``src/eventwire``."""
    modules = _modules()
    return [e for name, path in modules.items() for e in _edges(name, path, modules)]


def find_cycles(edges: list[Edge]) -> list[list[str]]:
    """The import cycles: each strongly connected group of modules (Tarjan), as a loop."""
    graph: dict[str, set[str]] = {}
    for e in edges:
        if e.importer != e.target:
            graph.setdefault(e.importer, set()).add(e.target)
            graph.setdefault(e.target, set())
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group: list[str] = []
            while not group or group[-1] != node:
                group.append(stack.pop())
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def stage_of(module: str) -> str | None:
    """The stage a module belongs to (``eventwire.nlp.places.resolve`` → ``places``)."""
    for stage in STAGES:
        package = f"{NLP}.{stage}"
        if module == package or module.startswith(package + "."):
            return stage
    return None


def test_imports_stages_are_packages() -> None:
    missing = [s for s in STAGES if not (SRC / ROOT / "nlp" / s / "__init__.py").is_file()]
    assert not missing, f"stage packages missing under src/eventwire/nlp/: {missing}"


def test_imports_have_no_cycles() -> None:
    cycles = find_cycles(import_edges())
    assert not cycles, "import cycles:\n" + "\n".join(" <-> ".join(c) for c in cycles)


def stage_violations(edges: list[Edge]) -> list[str]:
    """Imports of a stage from outside it that skip its package or take a private name."""
    wrong = []
    for e in edges:
        stage = stage_of(e.target)
        if stage is None or stage_of(e.importer) == stage:
            continue
        where = f"{e.importer} (line {e.line}) imports {e.target}"
        if e.target != f"{NLP}.{stage}":
            wrong.append(f"{where}: import from {NLP}.{stage} instead")
        private = [n for n in e.names if n.startswith("_")]
        if private:
            wrong.append(f"{where}: private name(s) {', '.join(private)}")
    return wrong


def test_imports_cross_stages_only_through_the_stage_package() -> None:
    wrong = stage_violations(import_edges())
    assert not wrong, "imports across stages:\n" + "\n".join(wrong)


def test_imports_shared_nlp_modules_import_no_stage() -> None:
    wrong = [
        f"{e.importer} (line {e.line}) imports {e.target}"
        for e in import_edges()
        if e.importer in SHARED and stage_of(e.target) is not None
    ]
    assert not wrong, "shared modules must import no stage:\n" + "\n".join(wrong)


@pytest.mark.parametrize(
    ("edge", "problem"),
    [
        (Edge(f"{NLP}.events.component", f"{NLP}.actors", ("fill_actor_countries",), 1), None),
        (Edge(f"{NLP}.places.component", f"{NLP}.places.gazetteer", ("fold",), 1), None),
        (Edge(f"{NLP}.events.component", f"{NLP}.actors.located", ("x",), 1), "instead"),
        (Edge(f"{ROOT}.eval.geo", f"{NLP}.places.tables", ("fold",), 1), "instead"),
        (Edge(f"{NLP}.quotes.links", f"{NLP}.events", ("_words",), 1), "private"),
    ],
)
def test_imports_stage_violations_are_found(edge: Edge, problem: str | None) -> None:
    found = stage_violations([edge])
    assert (problem in found[0]) if problem else not found


def test_imports_find_cycles_reports_a_loop() -> None:
    edges = [Edge("a", "b", (), 1), Edge("b", "c", (), 1), Edge("c", "a", (), 1)]
    assert find_cycles([*edges, Edge("c", "d", (), 1)]) == [["a", "b", "c"]]
    assert find_cycles(edges[:2]) == []
