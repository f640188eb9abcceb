"""Who did it, to whom, where and when: an event trigger's arguments read off the parse.

Handles active clauses (subject → source, object → target), passives ("was attacked by X"),
subjects shared by conjoined or infinitival verbs ("condemned the attack and offered help",
"agreed to meet", "are expected to sign"), reduced and full relative clauses ("a drone ...
targeted the residence", "the attack that targeted the Prime Minister"), event nouns ("Iran's
attack on ...", "protests by supporters", "held rounds of talks", "a curfew was imposed by X")
and possessors of objects ("targeted Al-Kadhimi's residence" → al-Kadhimi).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from spacy.tokens import Doc, Token

from eventwire.datafiles import word_group, word_list
from eventwire.nlp.events.lexicon import HARMING, LEGAL_ACTS, REACTION_VERBS, does_the_act
from eventwire.nlp.events.subjects import (
    REPORTING,
    after_clause,
    clause_subject,
    passive_participle,
    relative_object,
)
from eventwire.nlp.parse import actor_at, actors_at
from eventwire.records import Actor

TARGET_PREPS = frozenset({"against", "on", "at", "with", "to", "upon", "toward", "towards", "into"})
NOUN_SOURCE_PREPS = frozenset({"by", "from"})
#: Participles whose agent owns the act they follow ("an attack claimed by X", "a strike
#: called by the unions", "the raid carried out by Y"); not "an attack condemned by Z", nor
#: "a march led by the president", whom leading a march makes no protester.
OWNING_PARTICIPLES = word_group("eventwire.nlp.events", "owning_participles")
#: Prepositions naming both sides of an act ("clashes between X and Y").
SIDE_PREPS = frozenset({"between", "among", "amongst"})
#: Who an object noun comes from is whom acting on it targets ("rejected an offer from Kabul").
OBJECT_SOURCE_PREPS = TARGET_PREPS | NOUN_SOURCE_PREPS
#: Prepositions whose object the act bears on, or follows from ("after talks with X").
THING_PREPS = TARGET_PREPS | {"after", "following"}


def verb_arguments(verb: Token, actor_of: dict[int, str]) -> tuple[list[str], list[str]]:
    """(source ids, target ids) of a verbal trigger."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    passive = passive or _passive_conj(verb)
    sources: list[str] = []
    targets: list[str] = []
    if passive_participle(verb):  # "31 people arrested near the border (by police)"
        targets += actors_at(verb.head, actor_of)
        passive = True
    headline = _headline_passive(verb)
    if headline is not None:  # "Police officers killed in attack"
        targets += actors_at(headline, actor_of)
        passive = True
    if passive:
        for child in verb.children:
            if child.dep_ == "nsubjpass":
                targets += actors_at(child, actor_of)
            if child.dep_ == "agent":
                sources += [
                    a
                    for obj in child.children
                    if obj.dep_ == "pobj"
                    for a in actors_at(obj, actor_of)
                ]
        undergoer = _borrowed_undergoer(verb)
        if undergoer is not None:
            targets += actors_at(undergoer, actor_of)
    elif ran_into_device(verb):  # "their convoy hit a roadside bomb": the convoy is harmed
        subject = clause_subject(verb)
        targets += actors_at(subject, actor_of) if subject is not None else []
    else:
        subject = clause_subject(verb)
        if subject is not None and subject.head != verb and _sides(verb, actor_of, [])[0]:
            # "…, as fighting between the army and the RSF entered its second year": the sides
            # the act names beat a subject borrowed from another clause
            subject = None
        if subject is not None:
            sources += actors_at(subject, actor_of)
        for child in verb.children:
            if child.dep_ in ("dobj", "dative", "attr") and not _own(child, sources, actor_of):
                if child.dep_ == "dobj" and verb.lemma_.lower() in TOPIC_VERBS:
                    continue  # "to discuss North Korea's missile programme": what is talked of
                targets += actors_at(child, actor_of)
        targets += _misread_object(verb, actor_of)
        told_of = relative_object(verb)
        if told_of is not None:  # "the three firms it accused of supplying parts"
            targets += actors_at(told_of, actor_of)
    if not sources:  # "three were killed in police firing", "died during an army raid"
        sources += _attack_owners(verb, actor_of)
    if not sources:  # "Fighting between the army and the rebels killed ..."
        sources, targets = _sides(verb, actor_of, targets)
    targets += _prep_targets(verb, actor_of, _aimed_preps(verb, targets))
    targets += _taken_from(verb, actor_of)
    targets = [t for t in targets if t not in sources]  # "reneged on his commitment": no target
    if not targets:
        targets += _xcomp_object(verb, actor_of, sources)
    if not targets:  # "issued an ultimatum to Ecuador"; "reneged on a pledge to the people"
        targets += [t for c in _thing_objects(verb, actor_of) for t in concerned(c, actor_of)]
    return _dedupe(sources), [t for t in _dedupe(targets) if t not in sources]


#: Verbs of running into a thing: with a planted device as what is run into ("the convoy hit a
#: roadside bomb", "stepped on a landmine", "drove over a mine"), their subject is who the
#: device harms, not who set it.
CONTACT_VERBS = frozenset({"hit", "strike", "step", "run", "drive"})
#: Prepositions of running into a thing ("stepped on", "ran over", "drove into").
CONTACT_PREPS = frozenset({"on", "over", "into"})


def ran_into_device(verb: Token) -> bool:
    """Whether the verb tells its subject running into a planted device ("hit a landmine")."""
    if verb.lemma_.lower() not in CONTACT_VERBS:
        return False
    things = [c for c in verb.children if c.dep_ == "dobj"]
    things += [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in CONTACT_PREPS
        for o in c.children
        if o.dep_ == "pobj"
    ]
    return any(_planted(t, verb) for t in things)


#: Verbs of running over a thing, which make a bare "mine" one laid in the ground.
TREADING = frozenset({"step", "drive", "run"})
#: Words that make a "mine" a device, not a pit ("a land mine", "an anti-tank mine").
MINE_KINDS = word_group("eventwire.nlp.events", "mine_kinds")


def _planted(thing: Token, verb: Token) -> bool:
    """A planted device run into: a "mine" only when trodden on or called a device by a word
    before it, since "struck a gold mine" and "hit a coal mine" name pits."""
    lemma = thing.lemma_.lower()
    if lemma not in planted_devices():
        return False
    if lemma != "mine" or verb.lemma_.lower() in TREADING:
        return True
    return any(c.lower_ in MINE_KINDS for c in thing.children if c.dep_ in ("amod", "compound"))


@cache
def planted_devices() -> frozenset[str]:
    """Devices left to go off when run into (``data/planted_devices.txt``)."""
    return word_list("eventwire.nlp.events", "data", "planted_devices.txt")


#: Verbs of talking over something: their object is what is talked of, not whom with.
TOPIC_VERBS = frozenset({"discuss", "debate", "review", "examine", "consider"})


#: Verbs that take the one they harm or hold as their object: without one, in a headline,
#: their subject is that one ("Soldiers killed in ambush").
UNDERGONE = HARMING | word_group("eventwire.nlp.events", "undergone")


def _misread_object(verb: Token, actor_of: dict[int, str]) -> list[str]:
    """The object the parser took for an adverb: "detained opposition leader Maria Machado"
    parsed with "leader" as an ``npadvmod``. Only a named actor right after a verb with no
    object of its own."""
    if any(c.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp") for c in verb.children):
        return []
    after = next((c for c in verb.rights if c.dep_ == "npadvmod"), None)
    if after is None or after.i != verb.i + 1 + _left_width(after):
        return []
    return actors_at(after, actor_of) if after.ent_type_ not in ("DATE", "TIME") else []


def _left_width(word: Token) -> int:
    return word.i - word.left_edge.i


def _headline_passive(verb: Token) -> Token | None:
    """The subject of a headline's passive written without "were" ("Police officers killed in
    attack", "Three held for assault"): a main verb with a subject, no auxiliary and no object,
    a participle or a verb of harm, in a line without a full stop. Else None."""
    if verb.dep_ != "ROOT" or any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or verb.tag_ not in ("VBN", "VBD"):
        return None
    if verb.tag_ == "VBD" and verb.lemma_.lower() not in UNDERGONE:
        return None
    last = [t for t in verb.sent if not t.is_space][-1]
    return subject if last.text not in (".", "!", "?", '"', "\u201d") else None


def _passive_conj(verb: Token) -> bool:
    """A participle conjoined to a passive verb shares its voice ("were arrested and
    charged"), with a bare count as its subject too ("were killed and seven wounded")."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and not any(c.dep_ == "aux" for c in verb.children)
        and all(_bare_count(c) for c in verb.children if c.dep_ == "nsubj")
        and any(c.dep_ == "auxpass" for c in head.children)
    )


#: Words that count people on their own ("and dozens wounded").
COUNT_WORDS = word_group("eventwire.nlp.events", "count_words")


def _bare_count(word: Token) -> bool:
    """A number standing for the people counted ("and seven wounded"), no noun of its own."""
    counting = word.like_num or word.lower_ in COUNT_WORDS
    return counting and not any(c.dep_ in ("prep", "amod", "compound") for c in word.children)


def _borrowed_undergoer(verb: Token) -> Token | None:
    """Who undergoes a passive verb with no subject of its own: the subject of the verb it is
    conjoined to ("Two men were arrested and charged") or that its time phrase hangs on ("died
    after being shot by soldiers")."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    head = verb.head
    deps: tuple[str, ...]
    if after_clause(verb):
        head, deps = head.head, ("nsubjpass", "nsubj")
    elif verb.dep_ == "conj" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        deps = ("nsubjpass",)  # "were arrested and charged"; not "... and his brother was"
    else:
        return None
    if head.i == verb.i or head.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in head.children if c.dep_ in deps), None)


def passive_subjects(verb: Token, actor_of: dict[int, str]) -> list[str]:
    """Actors of a passive verb's subject ("riot police *were deployed*"): for a force posture
    they are who mobilizes, not its target, when no agent says who sent them."""
    if any(c.dep_ == "agent" for c in verb.children):
        return []
    return _dedupe(
        [a for c in verb.children if c.dep_ == "nsubjpass" for a in actors_at(c, actor_of)]
    )


def _attack_owners(verb: Token, actor_of: dict[int, str]) -> list[str]:
    """The actors whose armed act ("police firing", "an army raid", "a coup by officers") a
    harm happened in."""
    owners: list[str] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "during"):
            continue
        for act in prep.children:
            if act.dep_ != "pobj":
                continue
            if act.lemma_.lower() in attack_nouns():
                owners += [
                    a
                    for mod in act.children
                    if mod.dep_ in ("compound", "amod", "poss", "nmod")
                    and (mod.dep_ == "poss" or not local_place(mod))  # "in a Gaza strike"
                    for a in actors_at(mod, actor_of)
                ]
                # "ousted in a coup by army officers": the act's own doer
                owners += _doers_by(act, actor_of)
                if act.lemma_.lower() in MUTUAL_ACTS:
                    # "killed in an encounter with security forces": the other side did it
                    owners += _prep_targets(act, actor_of, frozenset({"with"}))
            elif any(_is_attack_word(c) for c in act.children if c.dep_ == "acl"):
                owners += actors_at(act, actor_of)  # the parser's "in [police] [firing]"
    return owners


def _is_attack_word(tok: Token) -> bool:
    return tok.lower_ in attack_nouns() or tok.lemma_.lower() in attack_nouns()


@cache
def attack_nouns() -> frozenset[str]:
    """Nouns of armed acts (``data/attack_nouns.txt``)."""
    return word_list("eventwire.nlp.events", "data", "attack_nouns.txt")


def _thing_objects(verb: Token, actor_of: dict[int, str]) -> list[Token]:
    """The verb's objects that are no actor: its direct object, or the object of one of its
    prepositions ("reneged on his commitment", "cracked down on protests")."""
    found = [c for c in verb.children if c.dep_ == "dobj" and c.i not in actor_of]
    for prep in verb.children:  # "called off a strike after talks with the government"
        if prep.dep_ == "prep" and prep.lower_ in THING_PREPS:
            found += [o for o in prep.children if o.dep_ == "pobj" and o.i not in actor_of]
    return found


def concerned(obj: Token, actor_of: dict[int, str], depth: int = 0) -> list[str]:
    """Whom a thing-object comes from or is aimed at, through its prepositional phrases:
    "an offer from Kabul", "reforms by Suharto's government", "demands for freedom from the
    government" (one phrase deep: the phrase's own object may carry the actor)."""
    found: list[str] = []
    for prep in obj.children:
        if prep.dep_ != "prep":
            continue
        for pobj in (o for o in prep.children if o.dep_ == "pobj"):
            actors = actors_at(pobj, actor_of)
            if actors and prep.lower_ in OBJECT_SOURCE_PREPS:
                found += actors
            elif not actors and depth < 1:
                found += concerned(pobj, actor_of, depth + 1)
    # "wrote off debt owed by farmers", "rejected a plan drawn up by the opposition": whose the
    # thing is, told by the doer of a participle on it
    for participle in (c for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        for agent in (g for g in participle.children if g.dep_ == "agent"):
            found += [a for o in agent.children if o.dep_ == "pobj" for a in actors_at(o, actor_of)]
    return found


def _own(obj: Token, sources: list[str], actor_of: dict[int, str]) -> bool:
    """Whether the subject's own ("strengthened its forces"): no target, the subject's means.
    "Met his counterpart", "attacked his rival" name another party, whoever's they are."""
    if obj.lemma_.lower() in OTHER_PARTIES:
        return False
    return any(c.dep_ == "poss" and actor_of.get(c.i) in sources for c in obj.children)


#: Nouns that name another party by its relation to the possessor ("his counterpart").
OTHER_PARTIES = word_group("eventwire.nlp.events", "other_parties")


#: Verbs of taking ground or things: whom they are taken "from" loses them.
TAKING = word_group("eventwire.nlp.events", "taking")


def _taken_from(verb: Token, actor_of: dict[int, str]) -> list[str]:
    """Who loses what a taking verb takes: "retook the palace from the Rapid Support Forces",
    with "from" on the verb or, as the parser often hangs it, on the object."""
    if verb.lemma_.lower() not in TAKING:
        return []
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return [a for h in heads for a in _prep_targets(h, actor_of, frozenset({"from"}))]


#: Verbs that remove people from a country: whom they remove is the target, the place "to"
#: which they are sent only where they go ("deported 40 asylum seekers to Kabul").
REMOVING = word_group("eventwire.nlp.events", "removing")
#: Prepositions of where someone is sent.
DESTINATION_PREPS = frozenset({"to", "into"})


def _aimed_preps(verb: Token, targets: list[str]) -> frozenset[str]:
    """The prepositions whose object is the verb's target: not where those removed are sent."""
    if targets and verb.lemma_.lower() in REMOVING:
        return TARGET_PREPS - DESTINATION_PREPS
    return TARGET_PREPS


#: Sites an act is done "by" (beside): "an attack by the army base" names no doer.
SITES = word_group("eventwire.nlp.events", "sites")


def _doers_by(act: Token, actor_of: dict[int, str]) -> list[str]:
    """The doers of an act noun named in its "by" phrase ("a coup by army officers"), not a
    place or site beside which it happened ("an attack by the army base in Kidal")."""
    return [
        a
        for prep in act.children
        if prep.dep_ == "prep" and prep.lower_ == "by"
        for obj in prep.children
        if obj.dep_ == "pobj" and obj.lemma_.lower() not in SITES and not local_place(obj)
        for a in actors_at(obj, actor_of)
    ]


def _prep_targets(
    head: Token, actor_of: dict[int, str], preps: frozenset[str] = TARGET_PREPS
) -> list[str]:
    found: list[str] = []
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    found += actors_at(obj, actor_of)
    return found


def _xcomp_object(verb: Token, actor_of: dict[int, str], sources: list[str]) -> list[str]:
    """Targets of an embedded verb ("offered to hand over to Britain", "demanded that the US
    cancel ...": the one who must act is the target of the demand; "Russia could cut gas to
    Moldova, the Kremlin warned": the speaker's own country acting aims at the act's object)."""
    for child in verb.children:
        own_subject = next((g for g in child.children if g.dep_ == "nsubj"), None)
        if _infinitive_clause(child) and own_subject is not None:
            return actors_at(own_subject, actor_of)  # "pushing for Germany to fund ..."
        if child.lemma_.lower() in TOPIC_VERBS:
            continue  # "met to discuss North Korea's missile programme": no one met
        if child.dep_ == "xcomp" or _infinitive_clause(child):
            objects = [g for g in child.children if g.dep_ in ("dobj", "dative")]
            found = [a for g in objects for a in actors_at(g, actor_of)]
            found += _prep_targets(child, actor_of, OBJECT_SOURCE_PREPS)  # "to seek aid from X"
            # "staged protests to demand reforms by the government": whom the demand is aimed at
            return found or [a for g in objects for a in concerned(g, actor_of)]
        if child.dep_ == "ccomp":
            subj = next((g for g in child.children if g.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None:
                continue
            doers = actors_at(subj, actor_of)
            own = any(c.dep_ == "poss" and actor_of.get(c.i) in sources for c in subj.children)
            if doers and (own or _same_side(doers, sources, verb.doc)):
                # "Thailand denied that its troops had fired on Cambodian soldiers"
                return _act_objects(child, actor_of)
            return doers
    return []


def _same_side(doers: list[str], sources: list[str], doc: Doc) -> bool:
    """Whether an embedded act's doers are the sources or their own state ("the Kremlin
    warned that Russia could …", "the ministry said the country would …")."""
    if set(doers) & set(sources):
        return True
    by_id = {a.id: a for a in doc._.ew_actors or []}
    own = {by_id[s].country for s in sources if s in by_id and by_id[s].country}
    told = [by_id[d] for d in doers if d in by_id]
    return bool(own) and bool(told) and all(a.kind == "state" and a.country in own for a in told)


def _act_objects(clause: Token, actor_of: dict[int, str]) -> list[str]:
    """Whom an embedded act is aimed at: its object, its target's preposition, or the one its
    thing-object is aimed at ("cut gas supplies to Moldova")."""
    objects = [g for g in clause.children if g.dep_ in ("dobj", "dative")]
    found = [a for g in objects for a in actors_at(g, actor_of)]
    found += _prep_targets(clause, actor_of)
    return found or [a for g in objects for a in concerned(g, actor_of)]


def _that_clause(clause: Token) -> bool:
    return any(g.lower_ == "that" and g.dep_ == "mark" for g in clause.children)


def _infinitive_clause(clause: Token) -> bool:
    """A purpose clause read like a complement: "struck to demand X", "pushing for the US to
    support X"."""
    if clause.dep_ != "advcl":
        return False
    return any(
        (c.dep_ == "aux" and c.lower_ == "to") or (c.dep_ == "mark" and c.lower_ == "for")
        for c in clause.children
    )


def noun_arguments(noun: Token, actor_of: dict[int, str]) -> tuple[list[str], list[str]]:
    """(source ids, target ids) of a nominal trigger: "Iran's attack on X", "protests by Y"."""
    sources: list[str] = []
    targets: list[str] = []
    for child in noun.children:
        if child.dep_ in ("poss", "compound", "amod", "nmod") and child.i in actor_of:
            if child.dep_ != "poss" and local_place(child):
                continue  # "the Gaza strike", "a Kabul blast": where it was, not who did it
            if _undergoer(child, noun):
                targets.append(actor_of[child.i])
                continue
            sources.append(actor_of[child.i])
        elif child.dep_ == "prep" and child.lower_ in NOUN_SOURCE_PREPS:
            sources += [
                a for obj in child.children if obj.dep_ == "pobj" for a in actors_at(obj, actor_of)
            ]
        elif child.dep_ == "prep" and child.lower_ in TARGET_PREPS | {"of"}:
            targets += [
                a for obj in child.children if obj.dep_ == "pobj" for a in actors_at(obj, actor_of)
            ]
        elif child.dep_ == "acl":
            targets += [
                a for g in child.children if g.dep_ == "dobj" for a in actors_at(g, actor_of)
            ]
        if child.dep_ in ("acl", "ccomp") and _that_clause(child):
            # "its demand that Israel ease restrictions": who must act is the target
            targets += [
                a for g in child.children if g.dep_ == "nsubj" for a in actors_at(g, actor_of)
            ]
    sources += [a for agent in owning_agents(noun) for a in actors_at(agent, actor_of)]
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in REACTION_VERBS:
        # "drawing condemnation from Israel": who reacts is told on the verb
        froms = [p for p in noun.head.children if p.dep_ == "prep" and p.lower_ == "from"]
        sources += [a for p in froms for o in _pobjs(p) for a in actors_at(o, actor_of)]
    if noun.dep_ == "nsubj" and noun.head.pos_ == "VERB":
        # "An explosion killed two youths": the verb re-describes the noun's event
        verbs = [noun.head, *(c for c in noun.head.children if c.dep_ == "conj")]
        objects = [c for v in verbs for c in v.children if c.dep_ in ("dobj", "dative")]
        targets += [a for o in objects for a in actors_at(o, actor_of)]
    purpose = _purpose_of_verb(noun)
    if purpose is not None:
        # "Nigerians were converging for a rally": the subject of the verb holds the rally
        subject = clause_subject(purpose)
        if subject is not None:
            sources += actors_at(subject, actor_of)
    done_by = _doing_verb(noun) or _answering_with(noun)
    done_by = done_by or (_claimed(noun) if not sources else None)
    if done_by is not None:
        # "Peru issued an ultimatum to Ecuador": the verb's subject does what its object names
        # (but "condemned the attack" does not make the condemner an attacker).
        sources += _doer(done_by, actor_of)
        if not targets:
            targets += _prep_targets(done_by, actor_of)
    if noun.dep_ == "dobj" and not targets:
        # "reiterated its demand that Israel ease restrictions": who must act is the target
        clauses = [c for c in noun.head.children if c.dep_ == "ccomp" and _that_clause(c)]
        targets += [
            a
            for c in clauses
            for g in c.children
            if g.dep_ == "nsubj"
            for a in actors_at(g, actor_of)
        ]
    if not sources:  # "clashes between police and protesters"
        sources, targets = _sides(noun, actor_of, targets)
    return _dedupe(sources), [t for t in _dedupe(targets) if t not in sources]


def _undergoer(owner: Token, noun: Token) -> bool:
    """Whether a possessive names who underwent the act ("his arrest", "the activists'
    detention"): a person or people, on an act done to someone, with no "of" object naming
    another undergoer ("the army's arrest of the mayor"). A state or body owns its act ("Iran's
    executions")."""
    if owner.dep_ != "poss" or noun.lemma_.lower() not in undergone_nouns():
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return False
    if owner.ent_type_ in ("GPE", "ORG", "NORP", "FAC", "LOC"):
        return False
    actor = actor_at(owner)
    # "the army's arrests", "the militia's abductions": an armed or state body owns its acts
    return actor is None or actor.kind == "person" or actor.sector not in ACTING_BODIES


#: Sectors of bodies that do what their possessive names ("the junta's detentions").
ACTING_BODIES = frozenset({"MIL", "COP", "GOV", "REB", "PRM", "UAF", "CRM", "SPY", "JUD", "LEG"})


@cache
def undergone_nouns() -> frozenset[str]:
    """Nouns of acts done to someone (``data/undergone_nouns.txt``)."""
    return word_list("eventwire.nlp.events", "data", "undergone_nouns.txt")


def owning_agents(noun: Token) -> list[Token]:
    """The words naming who an act's noun says did it (see ``OWNING_PARTICIPLES``): "a bombing
    claimed by the Islamic State", "the strike was called by the unions"."""
    verbs = [c for c in noun.children if c.dep_ == "acl"]
    if noun.dep_ == "nsubjpass":
        verbs.append(noun.head)
    verbs = [v for v in verbs if v.lemma_.lower() in OWNING_PARTICIPLES]
    return [
        o for v in verbs for agent in v.children if agent.dep_ == "agent" for o in _pobjs(agent)
    ]


def local_place(word: Token) -> bool:
    """Whether a word names a place smaller than a country (a city, a province, a strip)."""
    doc = word.doc
    place_id = (doc._.ew_place_of or {}).get(word.i)
    place = next((p for p in doc._.ew_places or [] if p.id == place_id), None)
    return place is not None and place.precision != "country"


def _sides(
    head: Token, actor_of: dict[int, str], targets: list[str]
) -> tuple[list[str], list[str]]:
    """(sources, targets) of an act between two named sides ("fighting between the army and the
    rebels", "talks between X and Y"): the first named is the source, the others its targets,
    as ACLED's actor 1 and actor 2. One side alone tells no one's role."""
    heads = [head]
    if head.dep_ == "nsubj" and head.head.pos_ == "VERB":
        heads.append(head.head)  # "clashes broke out between X and Y"
    preps = [p for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in SIDE_PREPS]
    sides = _dedupe([a for prep in preps for obj in _pobjs(prep) for a in actors_at(obj, actor_of)])
    if len(sides) < 2:
        return [], targets
    return sides[:1], [*sides[1:], *targets]


#: Verbs of answering an act by doing what their "with" object names ("responded with air
#: strikes", "retaliated with rocket fire").
ANSWERING_VERBS = word_group("eventwire.nlp.events", "answering_verbs")


def _answering_with(noun: Token) -> Token | None:
    """The verb whose subject answers with the act the noun names: "The army responded with
    air strikes" (the army strikes)."""
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and measure_prep(noun.head):
        noun = noun.head.head  # "retaliated with a wave of strikes"
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "with" or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ANSWERING_VERBS:
        return None
    back = any(c.lower_ == "back" for c in verb.children)
    if verb.lemma_.lower() in ("hit", "strike") and not back:
        return None  # "hit with a rock" names the means of a harm, not an answer
    return verb


def _doing_verb(noun: Token) -> Token | None:
    """The light verb that does what ``noun`` names: "held talks", "held rounds of talks", "a
    curfew was imposed"."""
    for _ in range(2):  # "held dozens of rounds of talks", "announced $60 million in aid"
        if noun.dep_ != "pobj" or not measure_prep(noun.head):
            break
        noun = noun.head.head
    if noun.dep_ not in ("dobj", "nsubjpass") or not does_the_act(noun.head, noun):
        return None
    if noun.head.lemma_ in ANNOUNCING and noun.lemma_.lower() in CUSTODY:
        return None  # "the ministry announced the arrest of five": the police arrested them
    return noun.head


#: Verbs by which a group owns an act ("claimed the attack", "took responsibility for").
CLAIMING = frozenset({"claim", "accept", "take", "admit", "assume"})
#: What a group claims for an act.
CLAIMED_NOUNS = frozenset({"responsibility", "credit"})


def _claimed(noun: Token) -> Token | None:
    """The verb by which someone owns the act ``noun`` names: "claimed the attack", "claimed
    responsibility for a missile attack", "took credit for the bombing"; the claimer did it."""
    owned = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else None
    if owned is not None and owned.lemma_ in CLAIMED_NOUNS:  # "claimed responsibility for"
        verb = owned.head
        claimed = owned.dep_ == "dobj" and verb.lemma_ in CLAIMING
    else:  # "claimed the attack"; not "took the attack"
        verb = noun.head
        claimed = noun.dep_ == "dobj" and verb.lemma_ == "claim"
    # "A suicide bomber killed 10 … Islamic State claimed the attack": the claimer is a doer of
    # the act told before, which this mention joins (its unnamed doers are the claimer's men)
    return verb if claimed and not _claim_denied(verb) else None


#: Verbs under which a claim was not made ("denied claiming", "refused to claim").
UNMADE = frozenset({"deny", "refuse", "decline", "fail", "reject"})


def _claim_denied(verb: Token) -> bool:
    """ "has not claimed the attack", "falsely claimed", "denied claiming", "declined to claim",
    "has yet to claim": no one owned it."""
    if any(c.dep_ == "neg" or c.lower_ in ("falsely", "wrongly") for c in verb.children):
        return True
    head = verb.head
    if head.i == verb.i or verb.dep_ not in ("xcomp", "ccomp", "pcomp", "advcl"):
        return False
    return head.lemma_ in UNMADE or any(c.lower_ in ("yet", "not") for c in head.children)


def measure_prep(prep: Token) -> bool:
    """Whether a preposition ties a noun to what measures it: "rounds of talks", "$60 million
    in aid" ("in" after an amount only)."""
    if prep.lower_ == "of":
        return prep.head.pos_ == "NOUN"
    return prep.lower_ == "in" and prep.head.pos_ == "NUM"


#: Verbs that make known what another may have done (see ``DOING_VERBS``).
ANNOUNCING = frozenset({"announce", "unveil"})
#: Acts of custody, which police do whoever announces them.
CUSTODY = frozenset({"arrest", "detention", "capture", "apprehension"})


def _doer(verb: Token, actor_of: dict[int, str]) -> list[str]:
    """Who does a light verb's act: its subject, or the agent of a passive ("by authorities")."""
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        agents = [c for c in verb.children if c.dep_ == "agent"]
        return [a for c in agents for o in _pobjs(c) for a in actors_at(o, actor_of)]
    subject = clause_subject(verb)
    return actors_at(subject, actor_of) if subject is not None else []


def _pobjs(prep: Token) -> list[Token]:
    return [o for o in prep.children if o.dep_ == "pobj"]


#: Verbs of holding someone to account: what follows their "for" is the crime charged, not
#: an act of the verb's subject ("police booked them for murder", "arrested for rioting").
CHARGING_VERBS = LEGAL_ACTS | frozenset(
    {"book", "hold", "try", "nab", "remand", "accuse", "punish", "blame", "suspect", "condemn"}
    | {"criticize", "criticise", "praise", "thank", "apologize", "apologise"}
)


#: Verbs whose "on" object is what their subject speaks of ("did not comment on the strike"),
#: not what it does ("went on strike", "embarked on a campaign").
SPEAKING_ON = word_group("eventwire.nlp.events", "speaking_on")


#: Verbs whose subject undergoes the act named "in" it ("three died in an attack").
UNDERGOING = word_group("eventwire.nlp.events", "undergoing")
#: Acts two sides do together, each named as a doer ("clashed", "exchanged fire"; the noun
#: "fighting" keeps its own lemma): the one side's harm is the other's doing.
MUTUAL_ACTS = word_group("eventwire.nlp.events", "mutual_acts")


def _undergoes(verb: Token) -> bool:
    """Whether the verb's subject undergoes what is named "in" it ("three soldiers died in an
    attack"), not one of its doers: men named by their attack ("two suicide bombers died in the
    attack", actors of the unidentified-armed sector)."""
    if verb.lemma_.lower() not in UNDERGOING:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    actor = actor_at(subject) if subject is not None else None
    return actor is None or actor.sector != "UAF"


def _purpose_of_verb(noun: Token) -> Token | None:
    """The verb whose subject does the act its "for", "in" or "on" object names ("converging
    for a rally", "banged pots in protest"), else None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.dep_ == "dobj" and prep.lower_ == "in" and noun.lemma_.lower() == "protest":
        verb = verb.head  # "banged pots in protest", "in protest" hung on the object
    if prep.lower_ == "on" and verb.lemma_.lower() in SPEAKING_ON:
        return None
    if verb.lemma_.lower() in REPORTING and _is_attack_word(noun):
        # "…, the army said, in a rare assault on the capital": the sayer did not attack (but
        # "told the board in a meeting" met it)
        return None
    doer = (
        prep.lower_ in ("for", "in", "on")
        and verb.pos_ == "VERB"
        # "a woman was wounded in a shooting": who undergoes it holds no shooting
        and not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        and not _undergoes(verb)  # "died in an attack" neither
        and _headline_passive(verb) is None  # "Soldiers killed in ambush" too
        and not (prep.lower_ == "for" and verb.lemma_.lower() in CHARGING_VERBS)
        and not any(c.dep_ in ("poss", "compound") for c in noun.children)
    )
    return verb if doer else None


def clause_tokens(trigger: Token) -> list[Token]:
    """Tokens that belong to the trigger's own clause: its subtree, plus its governing verb's
    direct modifiers when the trigger is a noun or a non-finite verb."""
    tokens = list(trigger.subtree)
    head = trigger.head
    if (
        trigger.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj", "xcomp", "conj", "advcl")
        and head.i != trigger.i
    ):
        tokens += [c for c in head.children if c.dep_ in ("prep", "npadvmod", "advmod", "tmod")]
        tokens += [t for c in head.children if c.dep_ in ("prep", "npadvmod") for t in c.subtree]
    return list({t.i: t for t in tokens}.values())


def _close_to_verb(tok: Token, trigger: Token) -> bool:
    """A time or place word attached near a verbal trigger, not deep inside one of its objects."""
    steps = 0
    while tok.i != trigger.i and steps < 7:
        if tok.pos_ == "VERB" and steps > 0:
            return False
        if tok.head.i == tok.i:
            return False
        tok, steps = tok.head, steps + 1
    return tok.i == trigger.i


def nearest(trigger: Token, indices: Mapping[int, object], doc: Doc) -> int | None:
    """The token index among ``indices`` that lies in the trigger's clause, nearest first.

    For verbs, words inside an embedded clause do not count, so a year in a relative clause
    ("accused of ... killing protesters who took the street in 2019") does not date the accusation.
    """
    clause = {t.i for t in clause_tokens(trigger)}
    if trigger.pos_ == "VERB":
        clause = {
            i for i in clause if not trigger.is_ancestor(doc[i]) or _close_to_verb(doc[i], trigger)
        }
    hits = [i for i in indices if i in clause]
    if not hits:
        return None
    # as near before as after: the word in the trigger's own clause ("…, a day after one was
    # set off by a bomber in Baidoa": Baidoa, not the main clause's place)
    return min(hits, key=lambda i: (abs(i - trigger.i), not trigger.is_ancestor(doc[i])))


def _dedupe(ids: list[str]) -> list[str]:
    return list(dict.fromkeys(ids))


#: Verbs that move forces: what they move is the mover's own, not whom the act is aimed at.
MOVING = word_group("eventwire.nlp.events", "moving")


def moved_forces(triggers: list[Token], target: Actor) -> bool:
    """Whether a target is what a mobilisation moves ("sent troops to the region", "promised
    to deploy more police", each of the things it sends): the source's own forces are its
    means, not its target."""
    verbs = [v for t in triggers for v in (t, *(c for c in t.children if c.dep_ == "xcomp"))]
    moved = [
        (o.left_edge.idx, o.idx + len(o.text))
        for v in verbs
        if v.lemma_.lower() in MOVING
        for d in v.children
        if d.dep_ == "dobj"
        for o in (d, *d.conjuncts)  # "sent 35 warplanes and nine navy ships"
    ]
    return any(lo <= m.start < hi for m in target.mentions for lo, hi in moved)
