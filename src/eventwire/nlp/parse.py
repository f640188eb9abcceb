"""Parse helpers several stages share: which actors a word of the dependency tree refers to.

Reads ``doc._.ew_actor_of`` as the callers pass it (token index → actor id, from
``eventwire_actors``); used by the events stage for an event's source and target and by the
quotes stage for a quote's speaker. Imports no stage, so every stage may use it.
"""

from __future__ import annotations

from spacy.tokens import Token


def actors_at(tok: Token, actor_of: dict[int, str], depth: int = 0) -> list[str]:
    """Actor ids an argument head refers to, following conjunctions, appositions and possessors."""
    found: list[str] = []
    if tok.i in actor_of:
        found.append(actor_of[tok.i])
    else:
        for child in tok.children:
            if child.dep_ in ("poss", "compound", "nmod") and child.i in actor_of:
                found.append(actor_of[child.i])
        if not found and depth < 2:
            found += _of_phrase_actors(tok, actor_of, depth)
        if not found and tok.pos_ == "VERB" and depth < 2:
            # "The Red Cross operating in Iraq said": a misparsed reduced relative as subject
            subjects = [c for c in tok.children if c.dep_ == "nsubj"]
            found += [a for c in subjects for a in actors_at(c, actor_of, depth + 1)]
    for child in tok.children:
        if child.dep_ in ("conj", "appos") and depth < 4:
            found += actors_at(child, actor_of, depth + 1)
    return list(dict.fromkeys(found))


def _of_phrase_actors(tok: Token, actor_of: dict[int, str], depth: int) -> list[str]:
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "for"):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return actors_at(obj, actor_of, depth + 1)
    return []
