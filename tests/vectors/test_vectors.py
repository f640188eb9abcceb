"""The shared static word vectors: one table, unit vectors, means of known words only."""

from __future__ import annotations

import numpy as np

from eventwire.vectors import word_vectors


def test_vectors_known_words_are_unit_length_and_case_free() -> None:
    vec = word_vectors()
    attack = vec.get("attack")
    assert attack is not None and vec.get("ATTACK") is not None
    assert abs(float(np.linalg.norm(attack.astype(np.float64))) - 1.0) < 0.01
    assert vec.get("qqzzxv") is None


def test_vectors_mean_skips_unknown_words_and_is_zero_for_none() -> None:
    vec = word_vectors()
    both = vec.mean(["attack", "qqzzxv"])
    assert np.allclose(both, vec.mean(["attack"]), atol=1e-3)
    assert not vec.mean(["qqzzxv"]).any()


def test_vectors_related_words_are_closer_than_unrelated() -> None:
    vec = word_vectors()
    bomb, blast, recipe = (vec.get(w) for w in ("bomb", "explosion", "recipe"))
    assert bomb is not None and blast is not None and recipe is not None
    assert float(bomb @ blast) > float(bomb @ recipe)
