"""Learn attribution cue words from PolNeAR (``nlp/quotes/data/learned_cues.tsv``).

    .venv/bin/python scripts/learn_attribution_cues.py            # writes the list
    .venv/bin/python scripts/learn_attribution_cues.py --dry-run  # cross-validated figures only

PolNeAR annotates beliefs, wishes, plans and stances as attributions, not only speech, and their
cue words form a long tail the hand lists of ``quote_words.tsv`` cannot follow. This script reads
the **tune** part of PolNeAR (:mod:`eventwire.eval.parts`; the check part is never read), parses
each article with the project's spaCy model and collects *candidates*: a word in the shape an
attribution's cue takes in the quote stage (see :func:`candidates`):

* a verb with a subject (a name, a noun, a personal pronoun) and a clause, object, infinitive or
  prepositional phrase after it ("voters fear the deal …");
* an adjective after a copula with a subject and a clause or phrase ("they are hopeful that …");
* a noun with a holder (a possessor, or the object of "by"/"from") and a "that" clause, an
  infinitive or a phrase ("his vow to …").

A candidate is a cue when it overlaps a gold attribution's cue. Per lemma and kind the cues and
all occurrences are counted; a lemma is kept when it has at least ``--min-cues`` cues and a cue
rate of at least a threshold, and when no hand group lists it (the hand lists keep precedence)
and it is no physical act (the events stage's ASSAULT, COERCE, FIGHT and mass-violence triggers,
CAMEO 17-20). The threshold is chosen by 5-fold cross-validation over tune articles (fold = a
hash of the article id): lemmas are learned on four folds and the fifth fold's candidates are
predicted cues when a hand group or the learned list has their lemma. The lowest threshold whose
held-out precision is no lower than the hand lists' alone wins (the most cues found at today's
precision). The same inputs give the same file.
"""

from __future__ import annotations

import argparse
import datetime
import sys
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, Token

from eventwire.errors import EvalError
from eventwire.nlp.quotes.words import lemma_of

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "src/eventwire/nlp/quotes/data/learned_cues.tsv"
POLNEAR = REPO.parent / "shared" / "eval" / "polnear" / "polnear.jsonl"
EVENT_LEXICON = REPO / "src/eventwire/nlp/events/data/event_lexicon.tsv"
QUOTE_WORDS = REPO / "src/eventwire/nlp/quotes/data/quote_words.tsv"

#: Hand groups that already list cue words, per kind: a lemma there is never learned.
HAND_GROUPS = {
    "verb": (
        "cue",
        "cue_with",
        "indirect",
        "stance",
        "position",
        "judging",
        "judging_person",
        "stance_with",
        "interrogation",
        "designate",
    ),
    "adj": ("stance_adj",),
    "noun": ("speech_noun", "finding", "document"),
}
#: Event types of physical acts: their triggers are never stances ("the army shelled the town").
ACT_TYPES = ("ASSAULT", "COERCE", "FIGHT", "ENGAGE_IN_MASS_VIOLENCE")
ACT_CAMEO = ("17", "18", "19", "20")
#: Pronouns that can hold a view; "it", "this", "there" and the like rarely do.
PERSONAL = frozenset({"i", "you", "he", "she", "we", "they", "who"})
SUBJECTS = ("nsubj",)
VERB_PARTS = ("ccomp", "xcomp", "dobj", "prep")
ADJ_PARTS = ("ccomp", "xcomp", "prep")
COPULAS = frozenset({"be", "feel", "seem", "remain", "become", "appear", "sound"})
THRESHOLDS = tuple(round(0.20 + 0.05 * k, 2) for k in range(15))  # 0.20 … 0.90
#: The kinds of word that can be learned.
KINDS = frozenset({"verb", "adj", "noun"})


@dataclass(frozen=True)
class Candidate:
    """A word in the shape of a cue: its lemma, kind ("verb", "adj", "noun"), character span."""

    lemma: str
    kind: str
    start: int
    end: int


Counts = dict[tuple[str, str], tuple[int, int]]  # (lemma, kind) → (cues, occurrences)


def _holder_like(tok: Token) -> bool:
    """A subject or holder that may hold a view: a name, a noun or a personal pronoun."""
    if tok.pos_ == "PRON":
        return tok.lower_ in PERSONAL
    return tok.pos_ in ("PROPN", "NOUN")


def _verb(tok: Token) -> bool:
    subject = any(c.dep_ in SUBJECTS and _holder_like(c) for c in tok.children)
    return subject and any(c.dep_ in VERB_PARTS and c.i > tok.i for c in tok.children)


def _adjective(tok: Token) -> bool:
    verb = tok.head
    if tok.dep_ != "acomp" or verb.lemma_.lower() not in COPULAS:
        return False
    subject = any(c.dep_ in SUBJECTS and _holder_like(c) for c in verb.children)
    return subject and any(c.dep_ in ADJ_PARTS and c.i > tok.i for c in tok.children)


def _noun(tok: Token) -> bool:
    holder = any(c.dep_ == "poss" and _holder_like(c) for c in tok.children) or any(
        c.dep_ == "prep"
        and c.lower_ in ("by", "from")
        and any(o.dep_ == "pobj" and _holder_like(o) for o in c.children)
        for c in tok.children
    )
    parts = [c for c in tok.rights if c.dep_ in ("acl", "ccomp", "prep") and c.lower_ != "by"]
    return holder and bool(parts)


def candidates(doc: Doc) -> Iterator[Candidate]:
    """Every word of ``doc`` in the shape of an attribution cue (see the module docstring)."""
    for tok in doc:
        if tok.pos_ == "VERB" and _verb(tok):
            kind = "verb"
        elif tok.pos_ == "ADJ" and _adjective(tok):
            kind = "adj"
        elif tok.pos_ == "NOUN" and _noun(tok):
            kind = "noun"
        else:
            continue
        yield Candidate(lemma_of(tok), kind, tok.idx, tok.idx + len(tok.text))


def cue_spans(gold: dict) -> list[tuple[int, int]]:
    """The character spans of every gold cue of an attribution with a source."""
    spans = []
    for att in gold.get("attributions") or []:
        if att.get("source") and att.get("cue"):
            spans += [(int(a), int(b)) for a, b in att["cue"]["fragments"]]
    return spans


def is_cue(cand: Candidate, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a < cand.end and cand.start < b for a, b in spans)


def count(examples: Iterable[tuple[list[Candidate], list[tuple[int, int]]]]) -> Counts:
    """(lemma, kind) → (cue occurrences, all occurrences) over (candidates, gold cue spans)."""
    cues: Counter[tuple[str, str]] = Counter()
    total: Counter[tuple[str, str]] = Counter()
    for cands, spans in examples:
        for cand in cands:
            key = (cand.lemma, cand.kind)
            total[key] += 1
            cues[key] += is_cue(cand, spans)
    return {key: (cues[key], total[key]) for key in total}


def select(
    counts: Counts, threshold: float, min_cues: int, banned: set[tuple[str, str]]
) -> list[tuple[str, str, int, int]]:
    """The lemmas with at least ``min_cues`` cues and a cue rate of at least ``threshold``, not
    banned, sorted by kind and lemma: (lemma, kind, cues, total)."""
    kept = [
        (lemma, kind, c, t)
        for (lemma, kind), (c, t) in counts.items()
        if c >= min_cues and c / t >= threshold and (lemma, kind) not in banned
    ]
    return sorted(kept, key=lambda row: (row[1], row[0]))


def fold_of(article_id: str, folds: int) -> int:
    return zlib.crc32(article_id.encode("utf-8")) % folds


def cross_validate(
    data: list[tuple[str, list[Candidate], list[tuple[int, int]]]],
    hand: set[tuple[str, str]],
    banned: set[tuple[str, str]],
    min_cues: int,
    folds: int = 5,
) -> dict[float, tuple[int, int, int, int]]:
    """Threshold → (held-out cues found by hand lists + learned list, its predictions, the hand
    lists' cues found, their predictions), summed over folds."""
    scores = {}
    for threshold in THRESHOLDS:
        tp = pred = hand_tp = hand_pred = 0
        for k in range(folds):
            train = count((c, s) for a, c, s in data if fold_of(a, folds) != k)
            learned = {(w, kd) for w, kd, _, _ in select(train, threshold, min_cues, banned)}
            for art, cands, spans in data:
                if fold_of(art, folds) != k:
                    continue
                for cand in cands:
                    key, hit = (cand.lemma, cand.kind), is_cue(cand, spans)
                    if key in hand:
                        hand_tp, hand_pred = hand_tp + hit, hand_pred + 1
                    if key in hand or key in learned:
                        tp, pred = tp + hit, pred + 1
        scores[threshold] = (tp, pred, hand_tp, hand_pred)
    return scores


def choose(scores: dict[float, tuple[int, int, int, int]]) -> float:
    """The lowest threshold (the most cues) whose held-out precision is no lower than the hand
    lists' alone."""
    for threshold in sorted(scores):
        tp, pred, hand_tp, hand_pred = scores[threshold]
        if tp * hand_pred >= hand_tp * pred:
            return threshold
    return max(scores)


def hand_lemmas() -> set[tuple[str, str]]:
    """(lemma, kind) of every word a hand group of ``quote_words.tsv`` lists."""
    groups: dict[str, set[str]] = {}
    for line in QUOTE_WORDS.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            group, word = (line.split("\t") + [""])[:2]
            groups.setdefault(group, set()).add(word.strip().lower())
    return {
        (w, kind) for kind, names in HAND_GROUPS.items() for g in names for w in groups.get(g, ())
    }


def act_lemmas() -> set[tuple[str, str]]:
    """(lemma, "verb"/"noun") of the events stage's triggers of physical acts."""
    kinds = {"V": "verb", "N": "noun", "A": "adj"}
    acts = set()
    for line in EVENT_LEXICON.read_text("utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("#") or len(cols) < 5:
            continue
        if cols[4] in ACT_TYPES or (cols[4] == "-" and cols[3][:2] in ACT_CAMEO):
            acts.add((cols[0].lower(), kinds.get(cols[1], "verb")))
    return acts


def tune_data(path: Path) -> list[tuple[str, list[Candidate], list[tuple[int, int]]]]:
    """(article id, candidates, gold cue spans) of every PolNeAR tune article."""
    from eventwire.eval.attributions import EXPECTED
    from eventwire.eval.gold import read_jsonl
    from eventwire.eval.parts import part_of
    from eventwire.nlp.pipeline import load_base

    # A missing file or a broken line stops the build with its path and line: a list learned
    # from part of the data would be silently different.
    golds = [g for _, g in read_jsonl(path, ("id", "text", "attributions"), EXPECTED)]
    golds = sorted((g for g in golds if part_of(g) == "tune"), key=lambda g: str(g["id"]))
    nlp = load_base()
    docs = nlp.pipe((g["text"] for g in golds), batch_size=16)
    return [
        (str(g["id"]), list(candidates(d)), cue_spans(g)) for g, d in zip(golds, docs, strict=True)
    ]


def write(rows: list[tuple[str, str, int, int]], out: Path, header: list[str]) -> None:
    lines = [f"# {h}" if h else "#" for h in header]
    lines += ["# lemma\tkind\tcues\ttotal"]
    lines += [f"{w}\t{k}\t{c}\t{t}" for w, k, c, t in rows]
    out.write_text("\n".join(lines) + "\n", "utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true", help="print figures, write nothing")
    parser.add_argument("--out", type=Path, default=OUT, help="where to write the list")
    parser.add_argument("--polnear", type=Path, default=POLNEAR, help="polnear.jsonl")
    parser.add_argument("--min-cues", type=int, default=3, help="cue occurrences a lemma needs")
    parser.add_argument("--kinds", default="verb,adj,noun", help="kinds of word to learn")
    parser.add_argument("--date", default=datetime.date.today().isoformat(), help="for the header")
    args = parser.parse_args(argv)
    kinds = set(args.kinds.split(","))
    if not kinds <= KINDS:
        parser.error(
            f"unknown kind(s) {', '.join(sorted(kinds - KINDS))}; choose from verb, adj, noun"
        )
    try:
        tuned = tune_data(args.polnear)
    except EvalError as exc:
        parser.error(str(exc))
    data = [(a, [c for c in cs if c.kind in kinds], s) for a, cs, s in tuned]
    hand, banned = hand_lemmas(), hand_lemmas() | act_lemmas()
    scores = cross_validate(data, hand, banned, args.min_cues)
    for threshold, (tp, pred, htp, hpred) in sorted(scores.items()):
        print(
            f"threshold {threshold:.2f}: {tp}/{pred} held-out ({tp / max(pred, 1):.3f}); "
            f"hand lists {htp}/{hpred} ({htp / max(hpred, 1):.3f})"
        )
    threshold = choose(scores)
    rows = select(count((c, s) for _, c, s in data), threshold, args.min_cues, banned)
    print(f"threshold {threshold:.2f}: {len(rows)} lemmas", file=sys.stderr)
    if args.dry_run:
        print("\n".join(f"{w}\t{k}\t{c}\t{t}" for w, k, c, t in rows))
        return 0
    header = [
        "Attribution cue words learned from the PolNeAR tune part (never its check part), read by",
        "eventwire.nlp.quotes.words beside the hand groups of quote_words.tsv, which keep",
        "precedence: a lemma here is one no hand group lists. kind: verb (a stance verb), adj (an",
        "adjective after a copula), noun (a noun with a holder); cues: occurrences PolNeAR marks",
        "as a cue, total: all occurrences in the shape of a cue. Do not edit: rebuild with",
        f"  .venv/bin/python scripts/learn_attribution_cues.py --min-cues {args.min_cues} "
        f"--kinds {args.kinds}",
        f"built {args.date}; cue-rate threshold {threshold:.2f} (5-fold cross-validation on tune)",
    ]
    write(rows, args.out, header)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
