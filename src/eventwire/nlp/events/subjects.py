"""Who does what a verb says: its subject, or the one the parse hides.

The parser's subject is often not the doer: a relative pronoun stands for its noun; an act
someone is accused of is the accused's ("accused the army of bombing"); a verb in a time phrase,
a conjunct or a complement borrows its governor's subject; a past participle hung on a noun is
done to it ("the men arrested"), unless it has an object, when the parser misread a finite verb
("Gunmen on motorbikes killed 14 villagers"); a dateline the parser took for a subject gives way
to the subject set beside it. Used by :mod:`eventwire.nlp.events.arguments`.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.datafiles import word_group
from eventwire.nlp.parse import RELATIVE_PRONOUNS, datelines

SUBJ = ("nsubj", "csubj")


#: Verbs whose object does what their infinitive says ("asked the army to deploy troops").
OBJECT_CONTROL = word_group("eventwire.nlp.events", "object_control")
#: The preposition before whom such a verb asks, when it is not its object ("called on",
#: "appealed to").
ASKED_PREPS = {"call": ("on", "upon"), "appeal": ("to",)}


def controller(verb: Token) -> Token | None:
    """Who does an infinitive under an object-control verb: its object ("ordered police to
    release the activists": the police release), or the object of "call on"."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_.lower() not in OBJECT_CONTROL:
        return None
    objects = [c for c in head.children if c.dep_ == "dobj" and c.i < verb.i]
    preps = ASKED_PREPS.get(head.lemma_.lower())
    if preps:
        ons = [p for p in head.children if p.dep_ == "prep" and p.lower_ in preps]
        objects = [o for p in ons for o in p.children if o.dep_ == "pobj"]
    return next((o for o in objects if o.pos_ in ("NOUN", "PROPN", "PRON")), None)


#: Forms that agree with one doer only ("the son of the leader, who was killed").
SINGULAR_FORMS = frozenset({"was", "is", "has", "does"})


def _relative_referent(noun: Token, clause: Token) -> Token:
    """Whom a relative clause tells of: the parser hangs it on the nearest noun, but after a
    named person a group is "of" it tells of the group ("supporters of Evo Morales who blocked
    highways"), unless its verb agrees with one ("the son of Ali Khan, who was killed")."""
    if noun.pos_ != "PROPN" or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return noun
    group = noun.head.head
    if group.tag_ != "NNS":
        return noun
    forms = [clause, *(c for c in clause.children if c.dep_ in ("aux", "auxpass"))]
    if clause.tag_ == "VBZ" or any(f.lower_ in SINGULAR_FORMS for f in forms):
        return noun
    return group


def clause_subject(verb: Token) -> Token | None:
    """The subject of a verb, borrowed from the governing verb when it has none of its own."""
    seen = 0
    # "India and Sri Lanka are expected to sign": a passive verb's subject does what it embeds
    subjects: tuple[str, ...] = SUBJ
    while seen < 6:
        seen += 1
        for child in _without_dateline(verb):
            if child.dep_ in subjects:
                if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                    return _relative_referent(verb.head, verb)
                return _past_dateline(child)
        doer = sequence_subject(verb) or _charged_with(verb) or _conj_of_noun(verb)
        doer = doer or controller(verb)
        if doer is not None:
            return doer
        subjects = (*SUBJ, "nsubjpass") if verb.dep_ == "xcomp" else SUBJ
        if verb.dep_ in ("acl",) and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
            # "militants arrested on Tuesday": a past participle's noun undergoes the act
            doer = misread_finite(verb)
            if doer is not None:
                return doer
            return None if passive_participle(verb) else verb.head
        if after_clause(verb) and verb.head.head.pos_ in ("VERB", "AUX"):
            # "released him two weeks after kidnapping him": who released, kidnapped
            verb = verb.head.head
            continue
        if _misread_conj(verb):
            # "accused police of shooting protesters and blamed the minister": the parser hung
            # the finite verb on the gerund; it is the accuser's
            verb = verb.head.head.head
            continue
        if _finite_on_infinitive(verb):
            # "called on both sides to talk and announced aid": the parser hung the finite
            # verb on the infinitive; it is the caller's
            speech = verb.lemma_.lower() in SPEECH_ACTS
            verb = verb.head.head
            if speech and _said_of_a_thing(verb):
                verb = verb.head  # "said the policy has failed to cut crime and accused …"
            continue
        if _said_and_did(verb):
            # "said the crackdown was a disgrace and called on …": the speaker calls
            verb = verb.head.head
            continue
        if _then_clause(verb):
            # "forced villagers to leave, then detained five men": the parser's loose "dep"
            verb = verb.head
            continue
        if verb.dep_ in ("conj", "xcomp", "advcl", "ccomp", "acomp") and verb.head.pos_ in (
            "VERB",
            "AUX",
            "ADJ",
        ):
            verb = verb.head
            continue
        return None
    return None


#: Verbs that report what someone said.
REPORTING = word_group("eventwire.nlp.events", "reporting")


#: Adverbs that tell a next act of the same doer ("…, then detained five men").
NEXT_ACT_ADVERBS = frozenset({"then", "later", "subsequently", "afterwards", "afterward"})


def _then_clause(verb: Token) -> bool:
    """A finite verb the parser hung loosely ("dep") on the verb before it, told as the next
    act by "then" or "later": a clause of that verb's doer."""
    loose = (
        verb.dep_ in ("dep", "parataxis")
        and verb.tag_ in ("VBD", "VBZ", "VBP")
        and verb.head.pos_ == "VERB"
        and verb.head.i < verb.i
    )
    # "…, then shot three men": the parser may hang "then" on the verb before
    before = (c for c in verb.head.children if verb.head.i < c.i < verb.i)
    return loose and any(_next_act_adverb(c) for c in (*verb.children, *before))


def _next_act_adverb(word: Token) -> bool:
    return word.dep_ == "advmod" and word.lower_ in NEXT_ACT_ADVERBS


def _misread_conj(verb: Token) -> bool:
    """A finite verb conjoined to the gerund of what someone is charged with."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.tag_ in ("VBD", "VBZ", "VBP")
        and head.tag_ == "VBG"
        and head.dep_ == "pcomp"
        and head.head.lower_ in CHARGE_PREPS
        and head.head.head.pos_ in ("VERB", "AUX")
    )


def _finite_on_infinitive(verb: Token) -> bool:
    """A past or present verb conjoined to an infinitive complement, which it cannot be."""
    head = verb.head
    bare_participle = verb.tag_ == "VBN" and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children
    )  # "... to withdraw and imposed sanctions": a past tense the tagger read as a participle
    return (
        verb.dep_ == "conj"
        and (verb.tag_ in ("VBD", "VBZ") or bare_participle)
        and head.tag_ == "VB"
        and head.dep_ == "xcomp"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
    )


#: Acts done by saying, which a speaker adds to what they said ("said … and urged …").
SPEECH_ACTS = word_group("eventwire.nlp.events", "speech_acts")


def _said_and_did(verb: Token) -> bool:
    """A verb of saying the parser conjoined to a copula inside what was said ("said the
    decision was unacceptable and urged the court …"), or hung there as a participle ("said
    the vessels collided, accusing Beijing …"): it is the speaker's. A deed stays with the
    copula's subject ("said the rebels were desperate and attacked civilians")."""
    head = verb.head
    if verb.lemma_.lower() not in SPEECH_ACTS:
        return False
    if verb.dep_ == "advcl" and verb.tag_ == "VBG":
        # "said police had beaten protesters, calling on the UN to investigate": a speech act
        # as a participle after what was said is the speaker's, whoever did the deed told. Told
        # before a trailing "…, the opposition said", it is the deed's doer's ("authorities
        # arrested him, accusing him of plotting, the opposition said").
        speaker_first = head.head.i < verb.i
        return (
            _reported(head) and speaker_first and not any(c.dep_ == "mark" for c in verb.children)
        )
    return verb.dep_ == "conj" and (
        head.lemma_ == "be" and _reported(head) or _said_of_a_thing(head)
    )


def _reported(clause: Token) -> bool:
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in REPORTING


def _said_of_a_thing(clause: Token) -> bool:
    """What was said has a thing for its subject, no actor ("said Israel's aggression
    threatened stability and called on the UN"): a speech act joined to it is the speaker's,
    for a thing neither calls nor accuses."""
    if not _reported(clause):
        return False
    actor_of = clause.doc._.ew_actor_of or {}
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(
        s.pos_ == "NOUN" and s.i not in actor_of and not s.ent_type_ for s in subjects
    )


#: Prepositions that name what someone is accused, blamed, praised or jailed for.
CHARGE_PREPS = frozenset({"of", "for"})


#: Verbs that clear someone of what they were charged with.
CLEARING_VERBS = frozenset({"acquit", "clear", "absolve", "exonerate"})


def _charged_with(verb: Token) -> Token | None:
    """Who did an act someone is charged with, blamed or praised for: the object of that verb
    ("accused the army of bombing", "blamed the police for killing", "arrested two men for
    robbing"), or its passive subject ("was convicted of killing"), not whoever speaks. A
    participle the parser hung on the accusing verb ("accused the army of bombing the town,
    killing 12") tells the same act."""
    if verb.dep_ == "pcomp" and (verb.head.lower_ in CHARGE_PREPS or _charged_with_prep(verb)):
        holder = verb.head.head
        if holder.lemma_.lower() in CLEARING_VERBS or holder.head.lemma_.lower() in CLEARING_VERBS:
            return None  # "acquitted the officers of killing": they did not, as the court saw it
        while holder.dep_ == "conj" and holder.head.pos_ in NOUNS:
            holder = holder.head  # "accused soldiers and [their allies of executing]": both
        if holder.dep_ in ("dobj", "nsubjpass") and holder.head.pos_ in ("VERB", "AUX"):
            return holder  # "accused [the army of bombing]"
        if holder.dep_ == "acl" and holder.tag_ == "VBN" and holder.head.pos_ in NOUNS:
            return holder.head  # "arrested a man accused of killing his neighbour"
        if holder.pos_ not in ("VERB", "AUX"):
            return None
        return _charge_object(holder) or clause_subject(holder)  # "apologized for attacking"
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and _charges(verb.head):
        return _charge_object(verb.head)
    return None


def _charged_with_prep(verb: Token) -> bool:
    """ "charged three officers with torturing", "were charged with killing": "with" names the
    crime only after "charge"."""
    prep = verb.head
    holder = prep.head
    charging = holder if holder.pos_ in ("VERB", "AUX") else holder.head
    return prep.lower_ == "with" and charging.lemma_.lower() == "charge"


def _charges(verb: Token) -> bool:
    """Whether a verb says what someone is charged with ("accused X of -ing")."""
    for child in verb.children:
        preps = [child] if child.dep_ == "prep" else []
        if child.dep_ == "dobj":
            preps = [c for c in child.children if c.dep_ == "prep"]
        if any(
            p.lower_ in CHARGE_PREPS and any(g.dep_ == "pcomp" for g in p.children) for p in preps
        ):
            return True
    return False


def _charge_object(verb: Token) -> Token | None:
    own = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    return own if own is not None else relative_object(verb)


def relative_object(verb: Token) -> Token | None:
    """The noun a relative clause is told of, when that noun is the clause's object: "three
    firms [it accused]", "the journalist [police arrested]", "the ship, [which China seized]".
    Not when the clause has an object of its own, is passive, or its subject is the relative
    pronoun ("firms that supplied")."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in NOUNS:
        return None
    subjects = [c for c in verb.children if c.dep_ in SUBJ]
    if not subjects or any(s.lower_ in RELATIVE_PRONOUNS for s in subjects):
        return None
    if any(c.dep_ == "advmod" and c.lower_ in ("where", "when", "why") for c in verb.children):
        return None  # "the district where police fired": the noun is where, not whom
    own = [
        c
        for c in verb.children
        if c.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp") and c.lower_ not in RELATIVE_PRONOUNS
    ]
    if own:
        return None
    if any(c.dep_ == "prep" and not list(c.children) for c in verb.children):
        return None  # "the town they fought over": the noun is the preposition's
    return verb.head


DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


def _without_dateline(verb: Token) -> list[Token]:
    """The verb's children less a dateline parsed as a second subject ("COLOMBO (Reuters) -
    Sri Lanka's government lifted ..."): a subject ended by a dash, when another one follows."""
    children = list(verb.children)
    subjects = [c for c in children if c.dep_ in SUBJ]
    if len(subjects) < 2:
        return children
    lines = datelines(verb.doc)
    dated = {
        c.i
        for c in subjects[:-1]
        if any(g.lower_ in DASHES for g in c.children)
        or any(d.start <= c.i < d.mark for d in lines)  # "YANGON, Myanmar — …"
    }
    return [c for c in children if c.i not in dated]


def _past_dateline(subject: Token) -> Token:
    """The subject the parser hung on a dateline read as the subject ("ADDIS ABABA, Ethiopia
    (Reuters) - Ethiopian troops … clashed": the troops, set beside the town)."""
    for line in datelines(subject.doc):
        if line.start <= subject.i <= line.mark:
            beside = [
                c for c in subject.children if c.dep_ in ("appos", "conj") and c.i > line.mark
            ]
            return beside[0] if beside else subject
    return subject


#: Prepositions before a passive "-ing" whose undergoer is the subject of the verb they hang
#: on ("was hospitalised after being beaten": the one hospitalised was beaten).
TIME_PREPS = frozenset({"after", "before", "while", "since", "upon", "on", "without"})


#: Words that open a clause told as before or after another act.
SEQUENCE_PREPS = frozenset({"after", "before"})


def sequence_subject(verb: Token) -> Token | None:
    """The subject the parser hung on a measure of time before the clause ("struck on Tuesday,
    a day after an attack on a post killed two soldiers": "day" takes "after an attack" and
    "killed" is left with no subject, so would borrow the strikers); else None."""
    if verb.dep_ != "advcl" or any(c.dep_ in SUBJ for c in verb.children):
        return None
    for measure in (c for c in verb.children if c.dep_ == "npadvmod" and c.i < verb.i):
        for prep in (c for c in measure.children if c.lower_ in SEQUENCE_PREPS):
            noun = next((c for c in prep.children if c.dep_ == "pobj" and c.i < verb.i), None)
            if noun is not None:
                return noun
    return None


def after_clause(verb: Token) -> bool:
    """A verb telling what happened before or during another ("after being beaten")."""
    head = verb.head
    return verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in TIME_PREPS


def passive_participle(verb: Token) -> bool:
    """A past participle modifying a noun ("the men arrested", "homes destroyed"): the noun is
    what the act was done to, as the subject of a passive would be."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.head.pos_ in ("NOUN", "PROPN", "PRON")
        and misread_finite(verb) is None
    )


#: Verbs whose passive keeps an object ("protesters denied bail", "a man handed a sentence").
DOUBLE_OBJECT = word_group("eventwire.nlp.events", "double_object")


def misread_finite(verb: Token) -> Token | None:
    """The subject of a past-tense verb the parser hung on a noun of a sentence with no verb
    ("Gunmen on motorbikes killed 14 villagers" read as motorbikes that were killed): a passive
    participle takes no object, so the verb is finite and the sentence's root noun its doer."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD"):
        return None
    if verb.lemma_.lower() in DOUBLE_OBJECT or not any(c.dep_ == "dobj" for c in verb.children):
        return None
    noun = verb.head
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in NOUNS:
        noun = noun.head.head
    return noun if _verbless_top(noun) else None


def _verbless_top(noun: Token) -> bool:
    """A noun at the top of a sentence the parser found no verb for ("dep" when it hung the
    whole on a later phrase: "Gunmen … killed …, officials said, the latest in a string …")."""
    if noun.pos_ not in NOUNS:
        return False
    if noun.dep_ == "ROOT":
        return True
    if _second_subject_of_report(noun):
        return True  # "Armed men on motorcycles killed 15 …, local sources said"
    # "…, the latest in a string of raids": hung as subject or "dep" of a later noun phrase
    return noun.dep_ in ("dep", "nsubj") and noun.i < noun.head.i and noun.head.pos_ in NOUNS_ADJ


def _second_subject_of_report(noun: Token) -> bool:
    """A noun the parser made a closing reporting verb's subject though that verb has its own
    ("Armed men … killed 15 people, local sources said": the sources said)."""
    report = noun.head
    if noun.dep_ != "nsubj" or report.lemma_.lower() not in REPORTING or report.i < noun.i:
        return False
    return any(c.dep_ == "nsubj" and c.i > noun.i for c in report.children)


def _conj_of_noun(verb: Token) -> Token | None:
    """The doer of a past-tense verb the parser conjoined to that sentence's top noun ("Gunmen
    … killed 14 villagers and wounded nine others": the gunmen wounded)."""
    head = verb.head
    if verb.dep_ == "conj" and verb.tag_ == "VBD" and _verbless_top(head):
        return head
    return None


NOUNS = ("NOUN", "PROPN")


NOUNS_ADJ = ("NOUN", "PROPN", "ADJ")
