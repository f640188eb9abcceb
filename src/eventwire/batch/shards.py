"""Shards: the units of work of ``eventwire batch``, each done whole or not at all.

Every JSONL, CSV/TSV or Parquet file named (or found in a folder) is one shard. The other files
of a folder (text, HTML, feeds: one article each) are grouped, in sorted order, into shards of
:data:`FILES_PER_SHARD`. A shard's id is a hash of its resolved paths, so the same input gives
the same ids on every run: that is how a restarted run knows what is already done. Inputs must
therefore not change between a run and its restart; new data goes to a new output folder.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from eventwire.readers.inputs import folder_files

#: File extensions that hold many articles: each such file is a shard of its own.
SHARD_SUFFIXES = frozenset({".jsonl", ".ndjson", ".json", ".csv", ".tsv", ".parquet"})
#: How many one-article files of a folder make a shard.
FILES_PER_SHARD = 500


@dataclass(frozen=True, slots=True)
class Shard:
    """A unit of work: ``paths`` (absolute) read in order; ``id`` names its output files."""

    id: str
    name: str
    paths: tuple[str, ...]

    @classmethod
    def of(cls, paths: Sequence[Path], name: str) -> Shard:
        resolved = tuple(str(p.resolve()) for p in paths)
        digest = hashlib.sha1("\x00".join(resolved).encode("utf-8")).hexdigest()[:16]
        return cls(id=digest, name=name, paths=resolved)

    def to_dict(self) -> dict[str, object]:
        return {"id": self.id, "name": self.name, "paths": list(self.paths)}

    @classmethod
    def from_dict(cls, d: dict[str, object]) -> Shard:
        paths = d["paths"]
        assert isinstance(paths, list)
        return cls(id=str(d["id"]), name=str(d["name"]), paths=tuple(str(p) for p in paths))


def _folder_shards(folder: Path, glob: str, seen: set[Path]) -> Iterator[Shard]:
    loose: list[Path] = []
    for path in folder_files(folder, glob):
        if path.resolve() in seen:
            continue  # also given on its own, or in another folder given
        if path.suffix.lower() in SHARD_SUFFIXES:
            yield Shard.of([path], str(path))
        else:
            loose.append(path)
    for start in range(0, len(loose), FILES_PER_SHARD):
        group = loose[start : start + FILES_PER_SHARD]
        yield Shard.of(group, f"{folder} ({len(group)} files from {group[0].name})")


def find_shards(inputs: Sequence[str], glob: str = "**/*") -> list[Shard]:
    """The shards of ``inputs`` (files and folders), in input order, each once.

    A path that does not exist is still a shard: reading it reports it in the errors file.
    """
    shards: dict[str, Shard] = {}
    seen: set[Path] = set()  # every file once, however many inputs name it
    for arg in inputs:
        path = Path(arg)
        if path.is_dir():
            found = list(_folder_shards(path, glob, seen))
        elif path.resolve() in seen:
            continue
        else:
            found = [Shard.of([path], arg)]
        for shard in found:
            shards.setdefault(shard.id, shard)
            seen.update(Path(p).resolve() for p in shard.paths)
    return list(shards.values())
