"""Coding rules that sit between the lexicon and the events: where PLOVER codes by what a
clause *does* rather than by its main word.

* **Light verbs.** "staged demonstrations", "launched a mediation effort", "held talks", "took
  part in the march": the noun says what happened, the verb carries the subject; the event is
  read from the verb.
* **Demands with "must".** "Britain said Libya must hand over the suspects" is Britain's
  REQUEST to Libya, whatever the embedded verb is.
* **Stated intentions.** As the PLOVER manual says: CONSULT, SUPPORT, COOPERATE and AID in the
  future tense are AGREE ("is ready to host talks"), and so is stated willingness to concede
  ("is prepared to lift the ban"); an announced withdrawal or ceasefire is CONCEDE ("announced
  ... would withdraw troops") while an announced resignation stays RETREAT; CONCEDE stays
  CONCEDE; conflictual acts stated as intentions are THREATEN ("would boycott"), or MOBILIZE when
  the actor is preparing them ("prepared to resume shelling"); any non-cooperative future act
  made conditional with "unless" is THREATEN; refusing to cooperate ("will not accept") is REJECT.
* **Promised violence.** "vowed to attack", "pledged to punish": a promise whose content is a
  conflictual act is a THREATEN (PLOVER manual), not an AGREE.
* **Riots.** Property set on fire, looted or wrecked by protesters or rioters is a violent
  protest (CAMEO 145, PLOVER PROTEST riot), not an ASSAULT: the crowd is protesting. So is
  force that people, not the state or an armed group, use "in protest" or "to protest" ("stormed
  the ministry in protest at ..."); a place they occupy so is an obstruction (144).
* **Obstruction by the state.** Roads, access or sites blocked by authorities, police or
  troops restrict others (COERCE restrict), not protest.
* **Condemning statements.** A speaker who says, tweets or writes that an attack is "a heinous
  crime" or "a new sedition" condemns it: ACCUSE, coded on the reporting verb.
* **Protest codes.** A protest's CAMEO code stays in the protest family and says its manner
  (a riot 145, a blockade 144), whatever row of the lexicon found it.
"""

from __future__ import annotations

import dataclasses
from functools import cache

from spacy.tokens import Doc, Token

from eventwire.datafiles import word_group, word_list
from eventwire.nlp.events.arguments import attack_nouns
from eventwire.nlp.events.lexicon import (
    HARMING,
    LEGAL_ACTS,
    QUANTITY_NOUNS,
    REACTION_VERBS,
    Entry,
)
from eventwire.ontology import cameo_entry, cameo_of_mode, plover_default_cameo
from eventwire.records import Actor

LIGHT_VERBS = word_group("eventwire.nlp.events", "light_verbs")
DECLARING = word_group("eventwire.nlp.events", "declaring")
MUST_REQUEST = Entry("must", "V", (), "100", "REQUEST", None, (), 0.75)
CONDEMNING = Entry("statement", "V", (), "111", "ACCUSE", "disapprove", (), 0.6)
#: A statement laying an act at someone's door ("Syria said Israel was behind the bombing").
BLAMING = Entry("statement", "V", (), "112", "ACCUSE", "disapprove", (), 0.7)
STATEMENT_VERBS = word_group("eventwire.nlp.events", "statement_verbs")
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID"})
CONFLICTUAL = frozenset({"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})
INTENT_CAMEO = {
    "CONSULT": "036",
    "AID": "033",
    "RETREAT": "0356",
    "CONCEDE": "035",
    "COOPERATE": "031",
    "SUPPORT": "032",
}
THREAT_CAMEO = {
    "ASSAULT": "138",
    "SANCTION": "1313",
    "COERCE": "1312",
    "MOBILIZE": "138",
    "PROTEST": "133",
}


def move_light_verbs(doc: Doc, triggers: dict[int, Entry]) -> None:
    """Re-anchor noun triggers that are the object of a light verb on that verb, in place."""
    for i, entry in list(triggers.items()):
        tok = _through_quantities(doc[i])
        if tok.dep_ == "compound" and tok.head.dep_ == "dobj":
            tok = tok.head  # "launched a mediation effort": the frame noun is the object
        head = tok.head
        taking_part = _taking_part(tok)
        if taking_part is not None and entry.pos == "N" and taking_part.i not in triggers:
            triggers[taking_part.i] = dataclasses.replace(entry, pos="V")
            del triggers[i]
            continue
        if entry.pos == "N" and _read_by_its_verb(tok, triggers):
            del triggers[i]  # "signed an agreement": one act, the verb's row reads the noun
            continue
        if entry.pos != "N" or tok.dep_ != "dobj" or head.i in triggers:
            continue
        if _is_light(head) and head.pos_ in ("VERB", "AUX"):
            triggers[head.i] = dataclasses.replace(entry, pos="V")
            del triggers[i]


def _read_by_its_verb(noun: Token, triggers: dict[int, Entry]) -> bool:
    """Whether a noun trigger is the object its verb trigger's row names ("sign" with
    ``dobj:agreement``, "go" with ``pobj:on:strike``): the two words tell one act, whatever the
    noun's own row reads ("went on strike in Kolkata" is no attack in Kolkata). An owned object
    ("accepted the rebels' demand") is its owner's own act, and stays."""
    if any(c.dep_ == "poss" for c in noun.children):
        return False
    lemma = noun.lemma_.lower()
    if noun.dep_ == "dobj":
        entry = triggers.get(noun.head.i)
        return entry is not None and any(
            c.kind == "dobj" and lemma in c.words for c in entry.conditions
        )
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    entry = triggers.get(prep.head.i)
    return entry is not None and any(
        c.kind == "pobj" and c.prep == prep.lower_ and lemma in c.words for c in entry.conditions
    )


#: Verbs of taking part in an event named by their "in" object ("participated in the talks").
PARTAKING = frozenset({"participate", "engage", "partake"})


def _taking_part(noun: Token) -> Token | None:
    """The verb by which someone takes part in the noun's event ("took part in the march",
    "participated in talks"), else None."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return None
    verb = noun.head.head
    if verb.lemma_.lower() in PARTAKING and verb.pos_ == "VERB":
        return verb
    if verb.lower_ == "part" and verb.dep_ == "dobj" and verb.head.lemma_.lower() == "take":
        return verb.head  # "took part in the march", "in" hung on "part"
    if verb.lemma_.lower() == "take" and any(
        c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children
    ):
        return verb  # ... or on "took"
    return None


def _through_quantities(tok: Token) -> Token:
    """The quantity a noun is counted by ("held dozens of rounds of *talks*" → "dozens"), so
    that the light verb over the quantity carries the noun's event; else the noun itself."""
    while (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "of"
        and tok.head.head.lemma_.lower() in QUANTITY_NOUNS
    ):
        tok = tok.head.head
    return tok


def _is_light(tok: Token) -> bool:
    # The lemmatizer sometimes misses ("staged" → "stag"), so the word form is checked too.
    return tok.lemma_.lower() in LIGHT_VERBS or any(
        tok.lower_.startswith(v) for v in LIGHT_VERBS if len(v) > 3
    )


#: Verbs of promising: AGREE on their own, THREATEN when what they promise is conflictual.
PROMISING = frozenset({"vow", "pledge", "promise", "swear"})

#: Verbs of paying back a blow, which no lexicon row types on their own ("retaliated against
#: the decision" may be a tariff): promised, they are a threat of force ("vowed to retaliate").
RETALIATING = frozenset({"retaliate", "avenge", "revenge"})


def _promised_act(verb: Token, triggers: dict[int, Entry]) -> str | None:
    """The type of what a promise promises: a coded act, or force for a blow paid back
    ("vowed to retaliate", "swore to hit back")."""
    back = any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children)
    paying_back = verb.lemma_.lower() in RETALIATING or (back and verb.lemma_.lower() == "hit")
    if paying_back and _economic_blow(verb):
        return "SANCTION"  # "vowed to retaliate against the tariffs": a trade measure answered
    if verb.i in triggers:
        return triggers[verb.i].type
    return "ASSAULT" if paying_back or (back and verb.lemma_.lower() == "strike") else None


#: Measures of trade and money, whose answer in kind is no force ("retaliate against tariffs").
ECONOMIC_BLOWS = word_group("eventwire.nlp.events", "economic_blows")


def _economic_blow(verb: Token) -> bool:
    """Whether what is paid back is a trade or money measure ("retaliate against the tariffs",
    "hit back at U.S. trade measures")."""
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("against", "at", "for")]
    hit = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    return any(o.lemma_.lower() in ECONOMIC_BLOWS for o in hit)


def promised_violence(doc: Doc, triggers: dict[int, Entry]) -> None:
    """Re-type promises of a conflictual act ("vowed to attack") as THREATEN, in place."""
    for i, entry in list(triggers.items()):
        tok = doc[i]
        if entry.type != "AGREE" or tok.lemma_.lower() not in PROMISING:
            continue
        acts = [_promised_act(c, triggers) for c in tok.children if c.dep_ == "xcomp"]
        conflictual = [t for t in acts if t in CONFLICTUAL]
        if conflictual:
            cameo = THREAT_CAMEO.get(conflictual[0], "130")
            row = cameo_entry(cameo)
            context = tuple(row.context) if row is not None else ()
            triggers[i] = dataclasses.replace(
                entry, type="THREATEN", cameo=cameo, mode=None, context=context
            )


def must_requests(doc: Doc, triggers: dict[int, Entry]) -> set[int]:
    """Mark "X said Y must ..." clauses as REQUEST triggers; returns their token indices."""
    found: set[int] = set()
    # Start from the word "must" itself: cheaper than asking every token about its children.
    clauses = {t.head.i: t.head for t in doc if t.lower_ == "must" and t.dep_ == "aux"}
    for tok in clauses.values():
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in DECLARING:
            triggers[tok.i] = MUST_REQUEST
            found.add(tok.i)
    return found


@cache
def condemnation_words() -> frozenset[str]:
    """Words that make a statement a condemnation (``data/condemnation_words.txt``)."""
    return word_list("eventwire.nlp.events", "data", "condemnation_words.txt")


@cache
def _attack_nouns() -> frozenset[str]:
    """Nouns of armed acts and their weapons ("responsible for the car bomb")."""
    return attack_nouns() | word_list("eventwire.nlp.events", "data", "hostile_words.txt")


def blaming_statements(doc: Doc, triggers: dict[int, Entry]) -> None:
    """Mark reporting verbs whose clause says someone "was responsible for" or "was behind" an
    act as ACCUSE triggers, in place: the speaker blames that clause's subject, an actor ("a
    faulty heater was responsible for the fire" blames no one, "the ministry is responsible for
    roads" tells of no act)."""
    actor_of: dict[int, str] = doc._.ew_actor_of or {}
    for tok in doc:
        if tok.lower_ not in ("responsible", "behind") or tok.head.lemma_ != "be":
            continue
        clause, speech = tok.head, tok.head.head
        if clause.dep_ != "ccomp" or speech.i in triggers:
            continue
        if speech.lemma_.lower() not in STATEMENT_VERBS | DECLARING:
            continue
        preps = [tok] if tok.lower_ == "behind" else [c for c in tok.children if c.lower_ == "for"]
        objects = [o for p in preps for o in p.children if o.dep_ == "pobj"]
        acts = [o for o in objects if o.i in triggers or o.lemma_.lower() in _attack_nouns()]
        subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.i in actor_of]
        speakers = {actor_of.get(c.i) for c in speech.children if c.dep_ == "nsubj"}
        if acts and subjects and not {actor_of[s.i] for s in subjects} & speakers:
            triggers[speech.i] = BLAMING  # not "the army said it was behind the strike": a claim


def condemning_statements(doc: Doc, triggers: dict[int, Entry]) -> None:
    """Mark reporting verbs whose statement (the rest of their sentence, or the quote that
    follows) uses condemning words as ACCUSE triggers, in place."""
    words = condemnation_words()
    for tok in doc:
        if tok.i in triggers or tok.pos_ != "VERB" or tok.lemma_.lower() not in STATEMENT_VERBS:
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            continue
        said = [t for t in tok.sent if t.i != tok.i and t.i not in _subject_span(tok)]
        if any(
            t.lemma_.lower() in words
            and not _named_doer(t)
            and not _names_offence(t)
            and not _others_reaction(t)
            for t in said
        ):
            triggers[tok.i] = CONDEMNING


#: Condemning words that also name an offence before a noun of the law's process or of a body
#: that pursues it ("terrorism charges", "a sedition law", "criminal cases", "a terror suspect",
#: "the crime scene", "the crime branch", "an anti-terror unit"): the name of a charge or a
#: unit, no one's condemnation ("terrorist activities", "a terrorist act" still condemn).
OFFENCE_NAMES = word_group("eventwire.nlp.events", "offence_names")
LEGAL_PROCESS = word_group("eventwire.nlp.events", "legal_process")


CHARGING_PREPS = frozenset({"for", "of", "on", "with"})


def _names_offence(word: Token) -> bool:
    """Whether a condemning word names the offence a law process is about: "terrorism
    charges", or anything in the charge a court or police act names ("sentenced a journalist
    for justifying terrorism, her lawyer said"): the lawyer condemns no one."""
    if word.lemma_.lower() not in OFFENCE_NAMES:
        return False
    if word.dep_ in ("compound", "amod") and word.head.lemma_.lower() in LEGAL_PROCESS:
        return True
    return any(
        a.dep_ == "prep" and a.lower_ in CHARGING_PREPS and _legal_act(a.head)
        for a in word.ancestors
    )


def _legal_act(head: Token) -> bool:
    """A verb of the law's dealing, or its object the parser hung the charge on ("sentenced [a
    journalist for justifying terrorism]")."""
    if head.dep_ in ("dobj", "nsubjpass") and head.pos_ in ("NOUN", "PROPN", "PRON"):
        head = head.head
    return head.lemma_.lower() in LEGAL_ACTS


def _others_reaction(word: Token) -> bool:
    """A condemning word naming what the act drew from others ("said they would recognise a
    Palestinian state, drawing condemnation from Israel"): Israel's condemnation, not the
    speakers'."""
    return word.dep_ in ("dobj", "nsubjpass") and word.head.lemma_.lower() in REACTION_VERBS


#: Condemning nouns that also just name who did or underwent an act.
DOER_NOUNS = frozenset({"criminal", "terrorist"})


def _named_doer(word: Token) -> bool:
    """A condemning noun that names who acted or was acted on, as a police or army report
    does ("shot dead by unidentified criminals, police said", "said it had killed 40
    terrorists"), rather than calling someone so ("they are terrorists")."""
    if word.pos_ != "NOUN" or word.lemma_.lower() not in DOER_NOUNS:
        return False
    if any(
        c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in word.children
    ):
        return False  # "Ukrainian terrorists shelled …": a political label
    if word.dep_ in ("nsubj", "nsubjpass"):
        return True
    if word.dep_ == "dobj":  # "killed 40 terrorists", not "hired criminals to attack voters"
        return word.head.lemma_.lower() in HARM_VERBS
    return word.dep_ == "pobj" and word.head.dep_ == "agent"


#: Acts done to the criminals or terrorists a report names.
HARM_VERBS = HARMING | word_group("eventwire.nlp.events", "coding.harm_verbs")


def _subject_span(verb: Token) -> set[int]:
    return {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}


def must_arguments(tok: Token, actor_of: dict[int, str]) -> tuple[Token | None, Token | None]:
    """(source head, target head) of a must-request: the declarer and the one who must act."""
    from eventwire.nlp.events.subjects import clause_subject

    target = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return clause_subject(tok.head), target


WILLING = frozenset({"willing", "prepared", "ready"})
#: RETREAT modes whose declaration is a verbal concession (PLOVER manual, CONCEDE: "declarations
#: (but not implementations) of ceasefires and withdrawals from territory").
DECLARED_RETREATS = frozenset({"withdraw", "ceasefire", "demobilize", "disarm", "release"})


def intent_cues(trigger: Token) -> frozenset[str]:
    """What kind of intention a future event is stated as.

    ``willing``: "is willing / prepared / ready to withdraw" (an offer); ``unless``: the act is
    conditional on the other side not acting ("will withdraw ... unless"), i.e. a threat;
    ``prepare``: the subject is getting ready to act ("the army prepared to resume shelling");
    ``hosted``: forces are sent to a named country ("will deploy troops to Romania").
    """
    from eventwire.nlp.events.modality import verb_chain

    cues: set[str] = set()
    for tok in verb_chain(trigger, 3):
        lemma = tok.lemma_.lower()
        if lemma in WILLING and tok.pos_ == "ADJ":
            cues.add("willing")
        elif lemma == "prepare" and tok.pos_ == "VERB":
            cues.add("prepare")
        if any(c.dep_ == "advcl" and _has_mark(c, "unless") for c in tok.children):
            cues.add("unless")
    if _sent_to_a_country(trigger):
        cues.add("hosted")
    return frozenset(cues)


def _sent_to_a_country(trigger: Token) -> bool:
    """Whether forces are sent "to" a country that is named as where they go ("will deploy
    4,000 troops to Romania"): a deployment it hosts, no threat against it."""
    preps = [c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "to"]
    places = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    if not places or not all(o.ent_type_ == "GPE" for o in places):
        return False
    # sent to help ("to reassure allies", "to bolster its defences"), or by an alliance: forces
    # sent "to Syria to fight" or by a state to its own province may be a threat
    purposes = [c for c in trigger.children if c.dep_ in ("advcl", "xcomp")]
    helping = any(p.lemma_.lower() in SUPPORTING_PURPOSES for p in purposes)
    senders = [c for c in trigger.children if c.dep_ == "nsubj"]
    alliance = any(s.lemma_.lower() in ALLIANCES or s.lower_ in ALLIANCES for s in senders)
    return helping or alliance


#: Purposes of forces sent to help a country ("to reassure", "to bolster its defences").
SUPPORTING_PURPOSES = word_group("eventwire.nlp.events", "supporting_purposes")
#: Senders whose forces sent to a member are an alliance's cooperation.
ALLIANCES = word_group("eventwire.nlp.events", "alliances")


def _has_mark(clause: Token, word: str) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == word for c in clause.children)


def intent_type(
    type_: str, negated: bool, mode: str | None = None, cues: frozenset[str] = frozenset()
) -> tuple[str, str] | None:
    """(new type, CAMEO code) for an event stated as an intention, or None to keep it."""
    if "unless" in cues and not negated and type_ not in COOPERATIVE | {"AGREE"}:
        return "THREATEN", THREAT_CAMEO.get(type_, "130")
    if "willing" in cues and not negated and type_ in ("CONCEDE", "RETREAT"):
        return "AGREE", "030"  # "indicate willingness or commitment" (PLOVER manual, AGREE)
    if type_ in ("AGREE", "CONCEDE"):
        return ("REJECT", "120") if negated else None
    if type_ == "RETREAT":
        return None if negated or mode not in DECLARED_RETREATS else ("CONCEDE", "080")
    if type_ in COOPERATIVE:
        return ("REJECT", "120") if negated else ("AGREE", INTENT_CAMEO.get(type_, "030"))
    if type_ in ("ASSAULT", "COERCE") and "prepare" in cues and not negated:
        return "MOBILIZE", "150"
    if type_ == "MOBILIZE" and "hosted" in cues and "unless" not in cues:
        # a promise of forces to a country: intent to cooperate militarily (CAMEO 0312)
        return ("REJECT", "120") if negated else ("AGREE", "0312")
    if type_ in CONFLICTUAL and not negated:
        return "THREATEN", THREAT_CAMEO.get(type_, "130")
    return None


#: Actor names (``actors/data/actor_nouns.tsv`` canonical forms) of a protesting crowd.
CROWDS = frozenset({"protesters", "rioters"})


def crowd_riot(entry: Entry, source_names: list[str]) -> bool:
    """Whether the act is property destroyed by a protesting crowd ("rioters torched the
    office"): a violent protest, coded by :func:`as_riot`."""
    return (
        entry.type == "ASSAULT"
        and entry.mode == "destroy"
        and any(name in CROWDS for name in source_names)
    )


#: Words that, as the purpose or manner of an act, tell it was done in protest.
PROTEST_WORDS = word_group("eventwire.nlp.events", "protest_words")


def protest_deed(tok: Token, entry: Entry, sources: list[Actor]) -> bool:
    """Whether force used by people, not by the state or an armed group, is told as done in
    protest ("farmers stormed the ministry in protest at ...", "students occupied the building
    to protest against ..."): the crowd is protesting, coded by :func:`as_protest_deed`."""
    if entry.type not in ("ASSAULT", "COERCE") or not _told_in_protest(tok) or not sources:
        return False  # "12 people were killed in protests": killed by someone, not protesting
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
        return False
    armed = STATE_SECTORS | ARMED_SECTORS
    return not any(a.kind == "state" or a.sector in armed for a in sources)


def _told_in_protest(tok: Token) -> bool:
    """ "... in protest at", "... to protest against": a protest word as the verb's manner (the
    object of its "in") or purpose (its infinitive clause)."""
    for child in tok.children:
        manner = child.dep_ == "prep" and child.lower_ == "in"
        # "in protest" (singular, no article) tells a manner; "in (the) protests" a setting
        objects = [o for o in child.children if o.dep_ == "pobj" and o.tag_ == "NN"]
        words = [o.lemma_.lower() for o in objects if not any(d.dep_ == "det" for d in o.children)]
        if manner and any(w in PROTEST_WORDS for w in words):
            return True
        purpose = child.dep_ in ("advcl", "xcomp") and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in child.children
        )
        if purpose and child.lemma_.lower() in PROTEST_WORDS:
            return True
    return False


def as_protest_deed(entry: Entry) -> Entry:
    """The entry as a protest: force on people or property a riot (CAMEO 145), a seizure of a
    place an obstruction (CAMEO 144, "occupied the ministry")."""
    if entry.type == "COERCE":
        return dataclasses.replace(entry, type="PROTEST", cameo="144", mode="obstruct")
    return as_riot(entry)


def protest_cameo(cameo: str, mode: str | None) -> str:
    """A protest's CAMEO code, kept in the protest family (14x) and to its manner: students
    "protesting against" a law demonstrate (140), they do not criticize (111); a protest that
    turned into a riot is 145, not 141. A code that already says the manner stays."""
    row = cameo_entry(cameo)
    by_mode = cameo_of_mode("PROTEST", mode) if mode else None
    if row is not None and row.type == "PROTEST" and (by_mode is None or row.mode == mode):
        return cameo
    return by_mode or plover_default_cameo("PROTEST")


def as_riot(entry: Entry) -> Entry:
    """The entry as PROTEST riot (CAMEO 145, "engage in violent protest")."""
    return dataclasses.replace(entry, type="PROTEST", cameo="145", mode="riot")


#: Sectors of the state's own organs: what they block they restrict.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "SPY", "LEG"})


def state_obstruction(entry: Entry, sources: list[Actor]) -> bool:
    """Whether an obstruction ("blocked access to ...") is done by the state: a restriction
    coded by :func:`as_restriction`, not a protest."""
    if entry.type != "PROTEST" or entry.mode != "obstruct":
        return False
    return any(a.kind == "state" or a.sector in STATE_SECTORS for a in sources)


def as_restriction(entry: Entry) -> Entry:
    """The entry as COERCE restrict (CAMEO 172, "impose administrative sanctions")."""
    return dataclasses.replace(entry, type="COERCE", cameo="172", mode="restrict")


#: Sectors of people and bodies whose "attack" on someone is words: politicians, parties,
#: judges and the press.
SPEAKING_SECTORS = frozenset({"GOV", "LEG", "PTY", "OPP", "JUD", "MED", "JRN"})
#: Sectors whose members are fought, not argued with.
ARMED_SECTORS = frozenset({"MIL", "COP", "REB", "UAF", "INS", "CRM", "SPY"})


def verbal_attack(entry: Entry, sources: list[Actor], targets: list[Actor]) -> bool:
    """Whether "attacked" is criticism: a politician, party, judge, journalist or named person
    attacking a person or body with no weapon named ("the governor attacked Senator Lima"), coded by
    :func:`as_criticism`. A state or armed group attacking stays an assault, as does an attack
    on armed men or on a place."""
    if entry.type != "ASSAULT" or entry.lemma != "attack" or entry.mode is not None:
        return False
    speakers = bool(sources) and all(_speaks(a) for a in sources)
    people = bool(targets) and all(
        a.kind in ("person", "organization") and a.sector not in ARMED_SECTORS for a in targets
    )
    return speakers and people


def _speaks(actor: Actor) -> bool:
    """A politician, party, judge or journalist, or a person the article names: news names
    the public figure who attacks a rival, not the man who assaults a passer-by."""
    if actor.kind not in ("person", "organization") or actor.sector in ARMED_SECTORS:
        return False
    named = actor.kind == "person" and actor.name[:1].isupper()
    return named or actor.sector in SPEAKING_SECTORS


def official_protest(entry: Entry, sources: list[Actor]) -> bool:
    """Whether a protest is a state's ("Japan protested to China over the incursion", "the
    ministry protested that ..."): a diplomatic complaint, coded by :func:`as_complaint`,
    not a demonstration."""
    if entry.type != "PROTEST" or entry.mode not in (None, "demo") or not sources:
        return False
    return all(a.kind == "state" or (a.sector == "GOV" and a.kind != "group") for a in sources)


def as_complaint(entry: Entry) -> Entry:
    """The entry as ACCUSE allege (CAMEO 114, "complain officially")."""
    return dataclasses.replace(
        entry, type="ACCUSE", cameo="114", mode="allege", context=("diplomatic",)
    )


def as_criticism(entry: Entry) -> Entry:
    """The entry as ACCUSE disapprove (CAMEO 111, "criticize or denounce")."""
    return dataclasses.replace(entry, type="ACCUSE", cameo="111", mode="disapprove")
