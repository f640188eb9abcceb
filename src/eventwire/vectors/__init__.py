"""Static word vectors shared by the learned scorers (event types, ACLED sub-event types).

``resources/word_vectors.npz``: lower-case words and their unit vectors (27,479 × 128, float16),
distilled from the all-MiniLM-L6-v2 sentence encoder by ``scripts/build_word_vectors.py``; no
transformer runs at extraction time. A package of its own, outside every stage, so the events
stage and the ontology's ACLED model read one table without importing each other.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np
from numpy.typing import NDArray

VECTORS_FILE = "word_vectors.npz"

Vector = NDArray[np.float32]


@dataclass(frozen=True, slots=True)
class Vectors:
    """Static word vectors: lower-case word → unit vector."""

    index: dict[str, int]
    matrix: Vector

    @property
    def dims(self) -> int:
        return int(self.matrix.shape[1])

    def get(self, word: str) -> Vector | None:
        row = self.index.get(word.lower())
        return None if row is None else self.matrix[row]

    def mean(self, words: list[str]) -> Vector:
        """The unit-length mean of the known words' vectors (zeros when none is known)."""
        rows = [r for w in words if (r := self.index.get(w.lower())) is not None]
        if not rows:
            return np.zeros(self.dims, np.float32)
        v = self.matrix[rows].mean(0)
        n = float(np.linalg.norm(v))
        return np.asarray(v / n if n else v, np.float32)


def read_npz(package: str, *path: str) -> dict[str, NDArray[np.generic]]:
    """The arrays of a packaged ``.npz`` file (no pickles allowed)."""
    data = resources.files(package).joinpath(*path).read_bytes()
    with np.load(io.BytesIO(data), allow_pickle=False) as npz:
        return {k: npz[k] for k in npz.files}


@cache
def word_vectors() -> Vectors:
    """The packaged table, loaded once per process."""
    data = read_npz("eventwire.vectors", "resources", VECTORS_FILE)
    words = [str(w) for w in data["words"]]
    return Vectors({w: i for i, w in enumerate(words)}, data["vectors"].astype(np.float32))


__all__ = ["VECTORS_FILE", "Vector", "Vectors", "read_npz", "word_vectors"]
