"""The word lists of ``eventwire_quotes`` (``quotes/data/quote_words.tsv``), read once."""

from __future__ import annotations

from functools import cache
from importlib import resources

from spacy.tokens import Token

#: Groups that say what kind of subject a verb takes, what its subject does with a document or
#: whom it addresses, not that it is a cue: their words are still the learned list's and the
#: cue scorer's.
NOT_CUE_GROUPS = frozenset(
    {
        "evidential",
        "called_out",
        "perceive",
        "witness",
        "seen_thing",
        "issue",
        "receive",
        "side_passive",
        "asked_passive",
        "unsaid",
        "copular",
        "verdict",
        "verdict_verb",
        "verdict_finder",
        "judged_noun",
        "listener",
        "medium",
        "with_reply",
        "held_of",
        "as_view",
        "kin",
        "pact_noun",
        "view_prep",
        "view_pronoun",
        "view_idiom",
        "light_noun",
        "side_phrase",
        "other_verb",
        "doing_object",
    }
)


@cache
def quote_words() -> dict[str, dict[str, str]]:
    """Group → {word: value} from ``quotes/data/quote_words.tsv`` (value ``""`` for plain lists)."""
    path = resources.files("eventwire.nlp.quotes").joinpath("data", "quote_words.tsv")
    groups: dict[str, dict[str, str]] = {}
    for line in path.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        group, word, value = (line.split("\t") + ["", ""])[:3]
        groups.setdefault(group, {})[word.strip()] = value.strip()
    return groups


@cache
def words(group: str) -> frozenset[str]:
    """The words of one plain list, e.g. ``words("cue")``."""
    return frozenset(quote_words().get(group, {}))


@cache
def learned(kind: str) -> frozenset[str]:
    """The lemmas of one kind ("verb", "adj", "noun") learned from annotated news
    (``quotes/data/learned_cues.tsv``, built by ``scripts/learn_attribution_cues.py``) that no hand
    cue group lists: the hand lists keep precedence, the learned list only adds words."""
    path = resources.files("eventwire.nlp.quotes").joinpath("data", "learned_cues.tsv")
    hand = frozenset(
        w for name, group in quote_words().items() if name not in NOT_CUE_GROUPS for w in group
    )
    lines = path.read_text("utf-8").splitlines()
    rows = [line.split("\t") for line in lines if not line.startswith("#")]
    return frozenset(
        row[0] for row in rows if len(row) > 1 and row[1] == kind and row[0] not in hand
    )


@cache
def light_verbs() -> frozenset[str]:
    """Verbs whose object, a noun of saying, is their subject's statement (``light_verbs.txt``:
    "voiced support for"); read by the quote stage alone, no cue list of its own."""
    path = resources.files("eventwire.nlp.quotes").joinpath("data", "light_verbs.txt")
    lines = (line.strip() for line in path.read_text("utf-8").splitlines())
    return frozenset(line for line in lines if line and not line.startswith("#"))


@cache
def all_listed() -> frozenset[str]:
    """Every word of every cue group of ``quote_words.tsv`` and of the learned list."""
    path = resources.files("eventwire.nlp.quotes").joinpath("data", "learned_cues.tsv")
    rows = [line.split("\t") for line in path.read_text("utf-8").splitlines()]
    own = {row[0] for row in rows if len(row) > 1 and not row[0].startswith("#")}
    groups = (g for name, g in quote_words().items() if name not in NOT_CUE_GROUPS)
    return frozenset(w for group in groups for w in group) | own


def listed(lemma: str) -> bool:
    """A word some list of the quote stage names: the learned cue scorer leaves it alone."""
    return lemma in all_listed()


@cache
def stance_words(kind: str) -> frozenset[str]:
    """The cue words of one kind: the hand group's (``stance``, ``stance_adj``, ``speech_noun``)
    and the learned ones."""
    hand = {"verb": "stance", "adj": "stance_adj", "noun": "speech_noun"}[kind]
    return words(hand) | learned(kind)


def mapping(group: str) -> dict[str, str]:
    """The word → value map of one group, e.g. ``mapping("channel")`` (shared: do not modify)."""
    return quote_words().get(group, {})


def lemma_of(tok: Token) -> str:
    """The token's lower-case lemma, corrected where the model's lemmatiser is known to miss
    (group ``lemma``: "hopes" is not "hop")."""
    return mapping("lemma").get(tok.lower_) or tok.lemma_.lower()


def is_stance(verb: Token) -> bool:
    """A verb whose complement is what its subject says, holds or wants."""
    lemma = lemma_of(verb)
    if _another_verb(verb, lemma) or doing_object(verb, lemma):
        return False
    return (
        lemma in words("indirect")
        or lemma in stance_words("verb")
        or lemma in mapping("stance_with")
    )


def _another_verb(verb: Token, lemma: str) -> bool:
    """A stance verb whose particle makes another verb of no words (group ``other_verb``:
    "called off the talks", "called up reservists")."""
    particles = mapping("other_verb").get(lemma)
    if not particles:
        return False
    return any(c.dep_ == "prt" and c.lower_ in particles.split("|") for c in verb.children)


def doing_object(verb: Token, lemma: str) -> bool:
    """A verb of saying whose object is what its subject keeps or does, no words (group
    ``doing_object``: "observe a ceasefire", "called a snap election"); not with a judgement
    of the object ("called the election a sham")."""
    objects = mapping("doing_object").get(lemma)
    if not objects or any(c.dep_ in ("oprd", "ccomp", "xcomp") for c in verb.children):
        return False
    kept = objects.split("|")
    return any(c.dep_ == "dobj" and c.lemma_.lower() in kept for c in verb.children)


def is_judged(noun: Token) -> bool:
    """A noun of what someone argues, holds or is judged by (groups ``held_noun``,
    ``speech_noun``, ``judged_noun``: "her plans", "his case", "the mayor's honesty"), not a
    person or a thing one handles ("the mayor's aide", "the bodies")."""
    lemma = lemma_of(noun)
    return any(lemma in words(group) for group in ("held_noun", "speech_noun", "judged_noun"))
