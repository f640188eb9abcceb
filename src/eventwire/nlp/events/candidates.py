"""Which lexicon words are no trigger where they stand.

A word the lexicon lists names no act when it is a verb of saying ("said"), part of a date or a
number, a word inside an institution's name ("Court of Appeal"), a manner ("fired without
warning"), a modifier ("protest leaders"), or a phrase of news-writing rather than news: a
source "asking not to be named", a reporter's "request for comment", a group "opposed to" the
junta described rather than acting, forces "charged with upholding" the law, names or a
report "released" (published, not set free). Used by
:mod:`eventwire.nlp.events.component` on every lexicon and scorer trigger.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.datafiles import word_group
from eventwire.nlp.events.lexicon import Entry, gives_a_name
from eventwire.nlp.events.subjects import REPORTING
from eventwire.nlp.parse import told_of_a_day

__all__ = ["drop_labels", "drop_modifying_acts", "names_an_act"]


# Nouns that frame an event named by their modifier: "assassination attempt", "mediation effort".
FRAME_NOUNS = word_group("eventwire.nlp.events", "frame_nouns")
NOT_EVENT_ENTITIES = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"}
)
#: Named entities a capitalised trigger word may sit inside, as part of the name.
NAME_ENTITIES = frozenset({"ORG", "FAC", "LAW", "EVENT", "WORK_OF_ART", "PRODUCT"})
#: Words joining the parts of an institution's name ("Court of Appeal", "Office for Aid").
NAME_LINKS = frozenset({"of", "for"})
#: Act nouns that say how after "without" ("without warning", "without a fight").
MANNER_NOUNS = word_group("eventwire.nlp.events", "manner_nouns")


def names_an_act(tok: Token, entry: Entry) -> bool:
    """Whether a word the lexicon or the scorer offers names an act where it stands."""
    if tok.lemma_.lower() in REPORTING and not _phrasal(entry):
        return False  # "said", "wrote"; not "wrote off the debt"
    if tok.ent_type_ in NOT_EVENT_ENTITIES:
        return False  # "March" the month
    if _inside_name(tok) or _inside_actor_name(tok):
        return False
    if _asks_anonymity(tok) or _charged_with_duty(tok):
        return False
    if _described_stance(tok) or _comment_sought(tok) or _published(tok):
        return False
    if _the_accused(tok) or _offence_named(tok) or _admitted_for_care(tok):
        return False
    if _released_from_care(tok):
        return False
    if _a_kind_of_act(tok) or _a_long_spell(tok) or _fighting_for_life(tok):
        return False
    if a_habit(tok) or _describes_a_group(tok) or _sentenced_to(tok):
        return False
    if entry.type not in FORCE_TYPES and _a_class_by_its_act(tok):
        return False
    if tok.lemma_.lower() == "summon" and not _foreign_envoy_summoned(tok):
        return False  # "summoned the former ambassador to testify", "summoned his envoys"
    if tok.lemma_.lower() in NAMING_VERBS and any(
        gives_a_name(tok, c) for c in tok.children if c.dep_ == "dobj"
    ):
        return False  # "called the minister a liar": a name given, no call made
    bare = tok.dep_ in ("pobj", "pcomp") and not any(
        c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in tok.children
    )
    if bare and tok.head.lower_ == "without" and tok.lemma_.lower() in MANNER_NOUNS:
        return False  # "fired without warning": a manner, no act
    # "protest leaders", "attack helicopter": a modifier, not a happening.
    # "a sit-in" is parsed as "sit" modifying "in": the noun is the happening all the same.
    hyphenated = tok.head.lower_ in ("in", "out", "down", "up", "off")
    # A word the tagger took for a verb is a modifier all the same ("Aid groups say ...").
    return not (
        (entry.pos == "N" or tok.head.pos_ in ("NOUN", "PROPN"))
        and tok.dep_ == "compound"
        and tok.head.lemma_.lower() not in FRAME_NOUNS
        and not hyphenated
    )


def _phrasal(entry: Entry) -> bool:
    """Whether a row names a verb with its particle ("write off"), which says nothing."""
    return any(c.kind == "prt" for c in entry.conditions)


#: Adverbs of how often, which make a verb in the simple present a habit, not an act done.
HABIT_ADVERBS = word_group("eventwire.nlp.events", "habit_adverbs")


def a_habit(verb: Token) -> bool:
    """ "Bandits often kidnap people for ransom", "the group regularly attacks convoys": what
    someone does as a rule, told in the simple present, is no act done on a day."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBP", "VBZ"):
        return False
    return any(c.dep_ == "advmod" and c.lower_ in HABIT_ADVERBS for c in verb.children)


#: Acts of force, which a relative clause in a headline's present tells as done ("Police arrest
#: youths who pelt stones"), and which the quotes stage would read as words if no event.
FORCE_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE"})


def _a_class_by_its_act(verb: Token) -> bool:
    """ "an amnesty for fighters who surrender", "will let rebels who lay down their arms go
    home": a simple-present relative clause on a bare plural tells who is meant, whoever does
    it, no act done; not under a main verb in the present, a headline's way of telling."""
    if verb.dep_ != "relcl" or verb.tag_ != "VBP" or verb.head.tag_ != "NNS":
        return False
    if verb.sent.root.tag_ in ("VBP", "VBZ"):
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return False
    return not any(c.dep_ in ("det", "poss", "nummod") for c in verb.head.children)


def _sentenced_to(tok: Token) -> bool:
    """ "sentenced two men to flogging": the punishment a court hands down, not yet done."""
    prep = tok.head
    told = tok.dep_ in ("pobj", "pcomp") and prep.lower_ == "to"
    return told and prep.head.lemma_.lower() == "sentence"


#: Nouns by which an apposition tells what a group is ("the group fighting to topple ...").
GROUP_APPOSITIONS = word_group("eventwire.nlp.events", "group_appositions")


def _describes_a_group(verb: Token) -> bool:
    """ "Al Shabaab, the group fighting to topple the government, said ...": a present
    participle told of a group noun in apposition says what the group is about, no act done
    that day ("Ahmed Ali, a student protesting outside parliament" still protests)."""
    noun = verb.head
    described = noun.dep_ == "appos" and noun.lemma_.lower() in GROUP_APPOSITIONS
    return verb.dep_ == "acl" and verb.tag_ == "VBG" and described


def _foreign_envoy_summoned(verb: Token) -> bool:
    """Whether a summons is a state's complaint to another's envoy: the envoy is another
    country's ("Iran's ambassador", "the Iranian envoy", "the ambassador of Iran"), serving
    (no "former"), and is not called to testify or brief."""
    if any(c.dep_ in ("xcomp", "advcl") for c in verb.children):
        return False  # "summoned ... to testify"
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        mods = [*obj.children, *(g for p in obj.children if p.lower_ == "of" for g in p.children)]
        if any(m.lower_ in ("former", "ex") for m in mods):
            return False
        if any(m.ent_type_ in ("GPE", "NORP") for m in mods):
            return True
    return False


def _fighting_for_life(tok: Token) -> bool:
    """ "fighting for his life", "battling for their lives": a gravely hurt person, no fight."""
    return any(
        p.lower_ == "for" and any(o.lemma_.lower() == "life" for o in p.children)
        for p in tok.children
    ) and tok.lemma_.lower() in ("fight", "battle", "struggle")


#: Spans long enough that acts told over them are a story's background, no act of the day
#: ("after nearly two years of fighting", "decades of conflict", "months of protests").
LONG_SPANS = frozenset({"month", "year", "decade", "century"})


def _a_long_spell(tok: Token) -> bool:
    """Whether an act noun is told as going on for months or years: "after two years of
    fighting". Days of it may be one battle ("three days of fighting") and stay an act."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "of" or tok.pos_ != "NOUN":
        return False
    return prep.head.lemma_.lower() in LONG_SPANS and prep.head.tag_ == "NNS"


#: Verbs that give what they name a second name ("called the detention a kidnapping").
NAMING_VERBS = word_group("eventwire.nlp.events", "naming_verbs")
#: Verbs that name what they see "as" something ("described the raid as a massacre").
AS_VERBS = NAMING_VERBS | frozenset(
    {"describe", "characterize", "characterise", "denounce", "condemn", "decry", "see", "view"}
    | {"regard", "treat", "classify", "portray", "paint", "depict", "criticise", "criticize"}
)


def drop_labels(doc: Doc, triggers: dict[int, Entry]) -> None:
    """Drop, in place, the names a speaker gives an act told in the same words: "called the
    detention a kidnapping", "described the raid as a massacre", "termed the attack an act of
    terrorism" tell one act. A name given to something that is no act ("described the operation
    as a massacre") is the act. A hostile name given to an act told in general words, no
    trigger ("called the rebel advance a violation of the ceasefire", "termed the new law an
    attack on press freedom"), is the speaker's accusation, no second act: the naming verb
    becomes an ACCUSE trigger."""
    for i in list(triggers):
        named = _named_by_label(doc[i])
        if named is None:
            continue
        if named.i in triggers:
            del triggers[i]
        elif named.lemma_.lower() in NAMED_ACTS:
            label = triggers.pop(i)
            verb = named.head
            if label.type in HOSTILE_LABELS and verb.i not in triggers:
                triggers[verb.i] = LABELLING


def drop_modifying_acts(doc: Doc, triggers: dict[int, Entry]) -> None:
    """Drop, in place, a noun trigger that only qualifies another noun trigger ("approved a
    ceasefire deal", "ceasefire talks", "protest march"): the head noun tells the act, the
    modifier what it is about or how."""
    for i in list(triggers):
        head = _qualified(doc[i])
        if head is not None and head.i in triggers and triggers[head.i].pos == "N":
            del triggers[i]


def _qualified(tok: Token) -> Token | None:
    """The noun a noun qualifies: its head as a compound, or the noun right after it when the
    parser made both objects of one verb ("approved a [ceasefire] [deal]")."""
    if tok.pos_ != "NOUN" or tok.i + 1 >= len(tok.doc):
        return None
    after = tok.doc[tok.i + 1]
    if tok.dep_ == "compound" and tok.head.i == after.i:
        return after
    both = tok.dep_ == after.dep_ == "dobj" and tok.head.i == after.head.i
    return after if both and after.pos_ == "NOUN" else None


#: Nouns that name an act in general words, which a speaker may name anew ("called the advance
#: a violation"): the name is the speaker's, not a second act.
NAMED_ACTS = word_group("eventwire.nlp.events", "named_acts")
#: Types of a name that accuses whoever did the act so named.
HOSTILE_LABELS = frozenset({"ASSAULT", "COERCE", "THREATEN", "SANCTION", "MOBILIZE", "ACCUSE"})
#: A hostile name given to an act ("called the advance a violation of the truce"): an accusation.
LABELLING = Entry("label", "V", (), "112", "ACCUSE", "disapprove", (), 0.7)


def _named_by_label(tok: Token) -> Token | None:
    """What a noun names, when it is the second name of a naming verb's object."""
    word = tok
    while word.dep_ in ("pobj", "prep") and word.head.lower_ == "of" or word.dep_ == "prep":
        word = word.head  # "an act of terrorism"
    verb = word.head
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < word.i]
    if word.dep_ in ("oprd", "dobj") and verb.lemma_.lower() in NAMING_VERBS:
        # "called the detention a kidnapping"; "branded the protest a riot": two objects
        return objects[0] if objects else None
    if word.dep_ != "pobj" or verb.lower_ != "as":
        return None
    named = verb.head if verb.head.dep_ != "dobj" else verb.head.head
    if named.lemma_.lower() not in AS_VERBS:
        return None
    return (
        verb.head
        if verb.head.dep_ == "dobj"
        else next((c for c in named.children if c.dep_ == "dobj"), None)
    )


#: Words that make an act noun a kind of act, not one that happened ("similar attacks").
KIND_WORDS = frozenset({"similar", "such"})
#: Verbs of doing the act their object names ("carried out similar attacks").
DOING_KIND = word_group("eventwire.nlp.events", "doing_kind")
#: Verbs that tell what is so in general ("such killings have become common").
GENERIC_VERBS = frozenset({"be", "become", "remain"})


def _a_kind_of_act(tok: Token) -> bool:
    """Whether a word names a kind of act told in general, with no day of its own ("the
    Taliban have carried out similar attacks in recent years", "such protests are banned",
    "suspected of similar bombings"); not "a similar protest took place in Lyon on Saturday",
    nor "condemned such killings", one act. An act "similar to" another is the act in hand,
    told again ("attacked the town, in an assault similar to one last year")."""
    gerund = tok.tag_ == "VBG" and any(c.dep_ == "det" for c in tok.children)  # "the killing"
    if tok.pos_ == "VERB" and not gerund:
        if tok.lemma_.lower() not in DOING_KIND:
            return False
        nouns, verb = [c for c in tok.children if c.dep_ == "dobj"], tok
    else:
        nouns, verb = [tok], tok.head
    kinds = [c for n in nouns for c in n.children if c.dep_ in KIND_DEPS and c.lower_ in KIND_WORDS]
    if not kinds:
        return False
    if any(c.dep_ == "prep" for k in kinds for c in k.children):
        return True  # "similar to one last year"
    if any(_counts_in_its_kind(n) for n in nouns):
        return True  # "shot a worker, the third such killing this month": told again
    if verb.pos_ == "ADP":  # "suspected of similar attacks"
        verb = verb.head
    if verb.dep_ == "pcomp" and verb.head.pos_ == "ADP":  # "... of carrying out similar ..."
        verb = verb.head.head
    if verb.lemma_.lower() in SUSPECTING:
        return True
    if verb.pos_ not in ("VERB", "AUX") or told_of_a_day(verb):
        return False  # "similar clashes broke out on Tuesday"
    return _told_in_general(verb)


#: Words that count an act among others of its kind ("the latest such attack").
COUNTING_WORDS = frozenset({"latest", "last", "another", "recent"})


def _counts_in_its_kind(noun: Token) -> bool:
    """ "the third such killing", "the latest such attack", "the deadliest such attack": the
    act in hand counted or ranked among its kind, told again."""
    return any(
        c.dep_ == "amod"
        and (c.ent_type_ == "ORDINAL" or c.lower_ in COUNTING_WORDS or c.tag_ == "JJS")
        for c in noun.children
    )


#: Verbs that hold someone to a kind of act ("suspected of similar attacks").
SUSPECTING = word_group("eventwire.nlp.events", "suspecting")


def _told_in_general(verb: Token) -> bool:
    """The perfect, a modal, a negation, the present, or "be"/"become"/"remain": what has
    happened or happens, not what happened on a day."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")]
    if any(a.lemma_ == "have" or a.tag_ in ("MD", "VBZ", "VBP") or a.dep_ == "neg" for a in auxes):
        return True
    return verb.tag_ in ("VBZ", "VBP") or verb.lemma_.lower() in GENERIC_VERBS


KIND_DEPS = frozenset({"amod", "det", "predet"})


#: Places one is admitted to for care, not admissions of guilt ("was admitted to hospital").
CARE_PLACES = word_group("eventwire.nlp.events", "care_places")


def _admitted_for_care(tok: Token) -> bool:
    """ "was admitted to a private hospital", "admitted him to the ICU": care, no concession."""
    if tok.lemma_.lower() != "admit":
        return False
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "into", "in")]
    places = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    return any(o.lemma_.lower() in CARE_PLACES for o in places)


#: Verbs of care a release from it follows ("was treated and released").
CARE_VERBS = frozenset({"treat", "hospitalize", "hospitalise"})


def _released_from_care(tok: Token) -> bool:
    """ "was released from hospital", "was treated and released": care ended, no captive
    freed."""
    if tok.lemma_.lower() not in ("release", "discharge"):
        return False
    if any(c.dep_ == "agent" for c in tok.children):
        return False  # "released by police": freed by someone
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"]
    if any(o.lemma_.lower() in CARE_PLACES for p in preps for o in p.children):
        return True
    return tok.dep_ == "conj" and tok.head.lemma_.lower() in CARE_VERBS


def _the_accused(tok: Token) -> bool:
    """ "five other accused", "the accused was produced in court", "the accused soldiers":
    people so called, as Indian and court reporting writes, not an accusation."""
    if tok.lemma_.lower() != "accuse" or tok.tag_ != "VBN":
        return False
    if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "amod", "appos"):
        return True
    return tok.dep_ == "acl" and not any(c.dep_ in ("prep", "dobj", "agent") for c in tok.children)


#: Nouns that name an offence in law, not a deed: "sections of murder", "two counts of rape".
OFFENCE_HEADS = word_group("eventwire.nlp.events", "offence_heads")
#: Verbs by which the police open a case ("registered a case of murder"); "a case of arson"
#: told otherwise may be the deed itself.
FILING_VERBS = frozenset({"register", "file", "lodge", "book", "open"})


def _offence_named(tok: Token) -> bool:
    """Whether a nominal trigger names the offence of a charge or a law's section ("registered
    under sections of murder and rioting", "charges of arson"): the deed, if any, is told
    elsewhere."""
    noun = tok
    if noun.dep_ == "dobj" and noun.head.tag_ == "VBG":
        noun = noun.head  # "charges of organising mass unrest": what was organised, charged
    if noun.dep_ == "conj":
        noun = noun.head  # "sections of murder and rioting"
    prep = noun.head
    if noun.dep_ == "pcomp" and prep.lower_ == "of" and noun.tag_ == "VBG":
        # "detained on charges of organising mass unrest": the charge, not a deed told
        return prep.head.lemma_.lower() in OFFENCE_HEADS
    if noun.dep_ != "pobj" or prep.lower_ != "of" or tok.pos_ != "NOUN":
        return False
    head = prep.head
    if head.lemma_.lower() == "case":  # "registered a case of murder": a case the police file
        # "wanted in several cases of robbery and murder": a record of cases, no deed told
        return head.head.lemma_.lower() in FILING_VERBS or head.tag_ == "NNS"
    return head.lemma_.lower() in OFFENCE_HEADS


#: What a source asks of the reporter, not of anyone in the news ("asking not to be named").
UNNAMED = frozenset({"name", "identify", "quote"})


#: What a body is charged with doing, not accused of ("forces charged with upholding the
#: country's sovereignty"); not "leading" or "running", which charges name as often.
DUTIES = word_group("eventwire.nlp.events", "duties")


#: What a body is set up to do, as well as its duties ("charged with organising the vote").
TASKS = DUTIES | frozenset(
    {"organise", "organize", "run", "manage", "coordinate", "lead", "draft", "probe", "prepare"}
    | {"plan", "write", "conduct", "administer", "oversee", "examine", "assess", "study"}
)
#: Bodies set up to do something: what they are "charged with" is their task.
BODIES = word_group("eventwire.nlp.events", "bodies")


def _charged_with_duty(tok: Token) -> bool:
    """A body described by its duty ("a panel charged with investigating …", "the committee
    charged with organising the vote"); a person "was charged with" a crime keeps the charge."""
    if tok.lemma_.lower() != "charge":
        return False
    withs = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"]
    doing = [g for w in withs for g in w.children if g.dep_ == "pcomp"]
    if not doing:
        return False
    if tok.dep_ == "acl" and any(g.lemma_.lower() in DUTIES for g in doing):
        return True
    if not any(g.lemma_.lower() in TASKS for g in doing):
        return False  # "a police unit charged with killing protesters": a charge
    # the parser reads "The committee charged with organising the vote met" as the committee
    # charging, with no one charged; "the ministry charged three officers with …" is a charge
    if tok.dep_ == "acl":
        return _body(tok.head)
    charged_someone = any(c.dep_ == "dobj" for c in tok.children)
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subject is not None and not charged_someone and _body(subject)


def _body(noun: Token) -> bool:
    """A body set up for a task ("the committee", "a task force"), not armed "forces"."""
    lemma = noun.lemma_.lower()
    task = any(c.lower_ == "task" for c in noun.children if c.dep_ == "compound")
    return lemma in BODIES or (lemma == "force" and task)


#: Participles that describe who a group is, not what it did ("an armed group opposed to the
#: junta", "militias loyal to …" is an adjective already).
STANCE_PARTICIPLES = word_group("eventwire.nlp.events", "stance_participles")


def _described_stance(tok: Token) -> bool:
    """ "an armed group opposed to the junta" describes the group; "a government opposed by
    most parties" names who opposes it, an act."""
    if any(c.dep_ == "agent" for c in tok.children):
        return False
    return (
        tok.dep_ in ("acl", "amod")
        and tok.tag_ == "VBN"
        and tok.lemma_.lower() in STANCE_PARTICIPLES
        and tok.head.pos_ in ("NOUN", "PROPN")
    )


#: What is released by being published, not set free ("will release the victims' names").
PUBLISHED = word_group("eventwire.nlp.events", "published")


def _published(tok: Token) -> bool:
    return tok.lemma_.lower() == "release" and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in PUBLISHED for c in tok.children
    )


def _comment_sought(tok: Token) -> bool:
    """A reporter's request for comment ("did not respond to requests for comment")."""
    return tok.lemma_.lower() in ("request", "ask") and any(
        p.dep_ == "prep" and p.lower_ == "for" and any(o.lemma_ == "comment" for o in p.children)
        for p in tok.children
    )


def _asks_anonymity(tok: Token) -> bool:
    return tok.lemma_.lower() in ("ask", "request") and any(
        c.dep_ == "xcomp"
        and c.lemma_.lower() in UNNAMED
        and any(g.dep_ == "auxpass" for g in c.children)
        for c in tok.children
    )


def _inside_actor_name(tok: Token) -> bool:
    """A word inside the name of an actor the actors stage found, past its first word: "the
    Organization for Security and Co-operation in Europe", "the Committee to Protect
    Journalists" (names from the actor lists, which the NER may not tag)."""
    aid = (tok.doc._.ew_actor_of or {}).get(tok.i)
    actor = next((a for a in tok.doc._.ew_actors or [] if a.id == aid), None) if aid else None
    if actor is None or actor.kind not in ("organization", "state") or " " not in actor.name:
        return False
    return any(
        m.start < tok.idx < m.end and m.text[:1].isupper() and " " in m.text for m in actor.mentions
    )


def _inside_name(tok: Token) -> bool:
    """A capitalised word inside a name names no act: "Court of Appeal", "the Rapid Support
    Forces", "Ministry of Defence"."""
    if tok.pos_ != "PROPN" or not tok.is_title or tok.i == tok.sent.start:
        return False
    if tok.ent_type_ in NAME_ENTITIES and tok.ent_iob_ == "I":
        return True
    k = tok.i - 1
    if k > 0 and tok.doc[k].lower_ == "the":
        k -= 1  # "Committee for the Release of Political Prisoners"
    before = tok.doc[k - 1 : k + 1] if k >= 1 else tok.doc[0:0]
    return (
        len(before) == 2
        and before[1].lower_ in NAME_LINKS
        and before[0].pos_ == "PROPN"
        and before[0].is_title
    )
