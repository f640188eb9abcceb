"""Actor nouns and the titles people hold, for ``eventwire_actors``.

The actor-noun lexicon (``actors/data/actor_nouns.tsv``: "police", "protesters", "the Prime
Minister") and how a title written beside a name joins it: "The Iraqi President, Barham
Salih", "Foreign Minister Ayman Safadi", "a former minister" (an elite, no longer in office),
"the president of Radio Free Europe" (the head of a private body holds no government office).
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from spacy.tokens import Doc, Token

from eventwire.datafiles import word_group
from eventwire.nlp.actors.coref import ActorNoun, Mention
from eventwire.nlp.actors.countries import modifier_country, phrase_country

#: Titles any body has (a party's or a militia's leader): they say nothing of the sector.
GENERIC_TITLES = word_group("eventwire.nlp.actors", "generic_titles")


#: Words before a title that say its holder no longer holds it ("former Prime Minister",
#: "ex-President"), and the sector CAMEO gives such people: elites (ELI), not the government.
FORMER_WORDS = frozenset({"former", "ex", "onetime", "one-time", "erstwhile"})


FORMER_SECTOR = "ELI"


#: What may stand between such a word and the title ("former Prime Minister", "ex-President").
FORMER_GAP = frozenset({"PROPN", "NOUN", "ADJ"})


@cache
def actor_nouns() -> dict[str, ActorNoun]:
    """The actor-noun lexicon, keyed by lower-cased lemma or multiword title."""
    path = resources.files("eventwire.nlp.actors").joinpath("data", "actor_nouns.tsv")
    table: dict[str, ActorNoun] = {}
    for line in path.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        noun, sector, kind, title, canonical = line.split("\t")
        table[noun] = ActorNoun(
            sector,
            kind,  # type: ignore[arg-type]
            title == "yes",
            canonical,
            needs_owner=title == "owned",
        )
    return table


def title_of(tokens: list[Token]) -> tuple[str, ActorNoun] | None:
    """The actor noun a run of tokens ends in: a hyphenated compound the tokenizer split
    ("sub-inspector"), two-word titles, then the lemma."""
    split = hyphenated(tokens[-1])
    if split in actor_nouns():
        return split, actor_nouns()[split]
    if len(tokens) >= 2:
        for end in (tokens[-1].lower_, tokens[-1].lemma_.lower()):  # "aid workers"
            pair = f"{tokens[-2].lower_} {end}"
            if pair in actor_nouns():
                return pair, actor_nouns()[pair]
    last = tokens[-1]
    keys = [last.lemma_.lower(), last.lower_]
    if last.pos_ == "PROPN" and last.lower_.endswith("s"):
        keys.append(last.lower_[:-1])  # "Protesters" tagged a name keeps its plural lemma
        opening = last.is_sent_start or last.i == 0 or last.nbor(-1).text in ("-", "—", "–", ":")
        if last.lower_.endswith("ies") and opening:
            # "Authorities" opening the story after a dateline; not "Grace Ministries pastor"
            keys.append(last.lower_[:-3] + "y")
    for key in keys:
        if key in actor_nouns():
            return key, actor_nouns()[key]
    return None


def hyphenated(last: Token) -> str:
    """ "sub-inspector" for the "inspector" of "sub", "-", "inspector" (else "")."""
    doc, i = last.doc, last.i
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return ""
    return f"{doc[i - 2].lower_}-{last.lemma_.lower()}"


def attach_titles(doc: Doc, persons: list[Mention], nouns: list[Mention]) -> list[Mention]:
    """Give people the titles written next to them; drop title mentions used that way."""
    used: set[int] = set()
    for person in persons:
        head = doc[person.end - 1]
        for idx, noun_m in enumerate(nouns):
            noun_head = doc[noun_m.end - 1]
            if noun_m.noun is None:
                continue
            if not (noun_m.noun.title or _rank_of(noun_m, noun_head, person)):
                continue
            if idx not in used and _is_title_of(noun_head, head, person):
                if person.builtin and _namesake(person, noun_m, noun_head):
                    person.from_dictionary = person.builtin = False
                    person.country = person.role = person.sector = None
                    person.text = doc[person.start : person.end].text  # as written, not the list's
                if not person.from_dictionary:  # the user's dictionary wins over the text
                    _apply_title(doc, person, noun_m, noun_head)
                elif person.builtin and person.role is None:
                    # Roles change, who people are does not: the text's title gives role and
                    # sector ("Prime Minister Ismail Haniyeh" is GOV), the list the country.
                    person.role = _role_text(doc, noun_m)
                    assert noun_m.noun is not None
                    if former_title(noun_head):  # a former PM is no longer the government
                        person.sector = FORMER_SECTOR
                    elif noun_m.noun.canonical not in GENERIC_TITLES:  # a party's "leader"
                        person.sector = noun_m.noun.sector
                    elif person.sector == "GOV" and (out := _outside_rule(noun_head)):
                        person.sector = out  # "opposition leader Khaleda Zia": OPP
                noun_m.owner = person
                noun_m.sector = noun_m.role = None  # the person's own attributes win
                used.add(idx)
    return nouns


#: Sectors of those who hold no office: a listed head of government written as one of them
#: ("opposition leader", "rebel leader") is out of office now.
OUT_OF_OFFICE = frozenset({"OPP", "REB"})


def _outside_rule(title: Token) -> str | None:
    """The sector of an out-of-office collective written right before a generic title
    ("opposition leader"); not an owner ("the movement's leader"), a party ("ruling party
    leader" may govern) or a word further off ("opposition parties leader")."""
    before = title.doc[title.i - 1] if title.i > 0 else None
    if before is None or before.head.i != title.i or before.dep_ not in ("compound", "amod"):
        return None
    found = title_of([before])
    if found is None or found[1].title or found[1].sector not in OUT_OF_OFFICE:
        return None
    return found[1].sector


def _namesake(person: Mention, title: Mention, title_head: Token) -> bool:
    """Whether a title of another country shows a known name to be someone else's:
    "Colombia's defence minister, Pedro Sanchez" is not Spain's prime minister."""
    stated = title.country or modifier_country(title_head)
    return stated is not None and person.country is not None and stated != person.country


#: Sectors of the forces whose members' nouns serve as a title right before a name.
RANKED_SECTORS = frozenset({"COP", "MIL"})


def _rank_of(noun_m: Mention, noun_head: Token, person: Mention) -> bool:
    """A member of a force named right before a name is the person's title ("police officer
    Abdirahman Ali", "soldier Ivan Petrov"), though the noun alone names a body of them."""
    assert noun_m.noun is not None
    modifiers = [c for c in noun_head.lefts if c.dep_ in ("compound", "amod")]
    if not all((found := title_of([c])) and found[1].sector in RANKED_SECTORS for c in modifiers):
        return False  # "chief executive officer Tim Cook" holds no rank
    return (
        noun_m.noun.sector in RANKED_SECTORS
        and noun_head.tag_ in ("NN", "NNP")
        and noun_m.end == person.start
        and noun_head.dep_ == "compound"
        and noun_head.head.i in range(person.start, person.end)
    )


def _is_title_of(title: Token, name_head: Token, person: Mention) -> bool:
    if title.i == linear_title(title.doc, person):
        return True
    if title.dep_ == "compound" and title.head.i in range(person.start, person.end):
        return True
    if name_head.dep_ == "appos" and name_head.head.i == title.i:
        return True
    if title.dep_ == "appos" and title.head.i in range(person.start, person.end):
        return True
    return title.i == person.start - 1 and title.pos_ == "PROPN"


TITLE_GAP_POS = frozenset({"PROPN", "DET", "ADJ", "NOUN", "PART"})


def linear_title(doc: Doc, person: Mention) -> int | None:
    """Index of the title written right around a name, read off the word order.

    Parses of appositions are unreliable, so "The Secretary of Iran's Supreme National Security
    Council, Ali Shamkhani" and "Barham Salih, the Iraqi president" are matched linearly.
    """
    sent = doc[person.start].sent
    i = person.start - 1
    if i >= sent.start and title_of([doc[i]]):
        return i
    if i >= sent.start and doc[i].text == ",":
        for j in range(i - 1, max(sent.start, i - 12) - 1, -1):
            tok = doc[j]
            if _title_word(tok) and (tok.nbor(1).lower_ == "of" or j == i - 1):
                return j
            if tok.pos_ not in TITLE_GAP_POS and tok.lower_ not in ("of", "'s", "’s"):
                return None
    k = person.end
    if k < sent.end - 1 and doc[k].text == ",":
        for j in range(k + 1, min(sent.end, k + 6)):
            tok = doc[j]
            if title_of([tok]) and _title_word(tok):
                return j
            if tok.pos_ not in ("DET", "ADJ", "PROPN") and tok.ent_type_ != "NORP":
                return None
    return None


def _title_word(tok: Token) -> bool:
    found = title_of([tok])
    return found is not None and found[1].title


def _apply_title(doc: Doc, person: Mention, title: Mention, title_head: Token) -> None:
    person.role = _role_text(doc, title)
    assert title.noun is not None
    # "police commissioner V K Gupta", "rebel commander X": the collective named with the
    # title says whose official the person is ("Union minister" is a federal minister, though;
    # a "union leader" or "union president" leads the union).
    any_bodys = title.noun.canonical in ANY_BODYS_TITLES
    union_minister = title.sector == "LAB" and title.noun.sector == "GOV" and not any_bodys
    person.sector = title.noun.sector if union_minister else title.sector or title.noun.sector
    person.country = person.country or title.country or modifier_country(title_head)
    org = title_organisation(title_head)
    if org is not None:
        found = title_of([org])
        if found and not found[1].title and found[1].sector not in ("GOV",):
            person.sector = found[1].sector  # "leader of the Sadrist Movement" → PTY
        elif found is None and person.sector == "GOV" and _private_body(org, title_head):
            person.sector = None  # "the president of Harvard University" holds no office
        person.country = person.country or phrase_country(org) or modifier_country(org)
    if title.private:
        person.sector = None  # "FNSEA head Arnaud Rousseau" holds no office


#: Titles any organisation's head bears, unlike "minister" or "commissioner".
BODY_TITLES = word_group("eventwire.nlp.actors", "body_titles")


#: Titles any body's people hold, which take the sector of the body named before them
#: ("UNRWA chief", "union spokesman", "Hamas spokesman").
ANY_BODYS_TITLES = GENERIC_TITLES | BODY_TITLES | word_group("eventwire.nlp.actors", "body_roles")


#: Words in an organisation's name that make it a state body ("the Ministry of Finance",
#: "minister of Home Affairs", "the National Police Service").
STATE_NAME_WORDS = word_group("eventwire.nlp.actors", "state_name_words")


def _private_body(org: Token, title: Token) -> bool:
    """Whether a title that any body's head bears ("president", "chairman") is "of" an
    organisation that is no state nor part of one ("Radio Free Europe", "the Lawyers
    Association"): a name no country or state body is read from."""
    name = org.doc[org.left_edge.i : org.i + 1]
    if title.lemma_.lower() not in BODY_TITLES or org.ent_type_ != "ORG":
        return False
    if phrase_country(org) or modifier_country(org):
        return False
    words = {t.lower_ for t in name}
    return not words & STATE_NAME_WORDS and not any(organisation(t) for t in name)


def private_owner(title: Token) -> bool:
    """Whether a title any body's head bears comes right after the name of an organisation that
    is no state nor part of one ("FNSEA head", "the Lawyers Association president")."""
    orgs = [c for c in title.lefts if c.dep_ == "compound" and c.ent_type_ == "ORG"]
    return bool(orgs) and _private_body(orgs[-1], title)


def _role_text(doc: Doc, title: Mention) -> str:
    assert title.noun is not None
    role_tokens = [
        t
        for t in doc[title.start : title.end]
        if t.dep_ != "amod" and t.ent_type_ != "NORP" and t.lower_ not in FORMER_WORDS | {"-"}
    ]
    role = " ".join(t.text for t in role_tokens) or title.noun.canonical
    return f"former {role}" if former_title(doc[title.end - 1]) else role


def former_title(title: Token) -> bool:
    """Whether a title is written as one its holder has left: "former Prime Minister", "the
    ex-minister", "Ex-President"."""
    doc = title.doc
    for j in range(title.i - 1, max(title.sent.start, title.i - 4) - 1, -1):
        word = doc[j]
        if word.lower_ in FORMER_WORDS:
            return True
        if word.pos_ not in FORMER_GAP and word.text != "-":
            return False
    return False


def title_organisation(title: Token) -> Token | None:
    for prep in title.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    return obj
    return None


def organisation(tok: Token) -> bool:
    found = title_of([tok])
    return found is not None and found[1].kind == "organization"
