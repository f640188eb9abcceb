"""The packaged word lists: every group a module reads exists, and every group is read."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from eventwire.datafiles import word_group

SRC = Path(__file__).resolve().parent.parent / "src" / "eventwire"


def _calls() -> list[tuple[str, str, str]]:
    """(module, package, group) of every ``word_group("pkg", "group")`` call in the source."""
    found = []
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "word_group"):
                continue
            args = [a.value for a in node.args if isinstance(a, ast.Constant)]
            if len(args) == 2:
                found.append((str(path.relative_to(SRC)), str(args[0]), str(args[1])))
    return found


def _groups(tsv: Path) -> set[str]:
    lines = tsv.read_text("utf-8").splitlines()
    return {line.split("\t")[0] for line in lines if line.strip() and not line.startswith("#")}


@pytest.mark.parametrize(("module", "package", "group"), _calls())
def test_word_group_every_group_read_exists(module: str, package: str, group: str) -> None:
    assert word_group(package, group), f"{module}: {package} has no words in group {group!r}"


def test_word_group_every_group_is_read() -> None:
    read = {(package, group) for _, package, group in _calls()}
    for tsv in SRC.rglob("data/word_groups.tsv"):
        package = ".".join(tsv.parent.parent.relative_to(SRC.parent).parts)
        unread = {g for g in _groups(tsv) if (package, g) not in read}
        assert not unread, f"{tsv}: groups no module reads: {sorted(unread)}"


def test_word_group_unknown_group_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        word_group("eventwire.nlp.events", "no_such_group")
