"""eventwire_casualties: how many were killed, injured or arrested, attached to events.

Reads the parse, ``doc._.ew_events``, ``doc._.ew_event_mentions`` and ``doc._.ew_natural_harm``;
fills each event's ``casualties`` in place.

How it works:
1. **Statements.** Every kill / injure / arrest word (``casualties/data/lexicon.json``: "killed",
   "died", "dead", "death toll", "wounded", "hospitalized", "shot", "arrested", "taken into
   custody", "unhurt", ...) is read with the parse to find its victim ("killing at least one
   demonstrator", "two policemen and a child were killed", "the death toll rose to 12"; the victim
   rules are in :mod:`eventwire.nlp.casualties.victims`) and the victim's quantity becomes a
   ``Count`` (:mod:`eventwire.nlp.casualties.counts`) with bounds: "at least one" → 1..None,
   "nearly 600" → None..600, "several" → 2..None,
   "dozens" → 24..None, "a man" → 1..1, "both" → 2..2, "no one" / "unhurt" → 0..0. Coordinated
   victims are added up, unless casualty words split them ("Three dead and two injured": 3
   killed, 2 injured); "Three people were shot, one fatally" is 1 killed and 2 injured.
   Counts the parser hangs oddly are read too: "killed and 12 hurt" (the number parsed as the
   participle's modifier), "wounding dozens", "injured around 50", "a third was injured"
   (one more person). A toll said alone ("the toll stands at 783") is no day's count.
   "shot and killed", "fatally wounded" and "beaten to death" are deaths, not injuries, and in
   "she shot and killed her neighbour" only the neighbour is a victim; "shot at police" is no
   hit, "was shot at a gas station" is; "suffered a graze" is an injury; "if anyone was hurt"
   and "injured himself in the crash" are no casualties of the violence; "was hit in the leg",
   "opened fire, hitting two", "is recovering", "is expected to survive" and "is fighting for
   his life" are injuries, "did not survive", "succumbed to his wounds", "lost his life" and
   "claimed the lives of three" deaths, "escaped without injury" none, and a year's tally ("so
   far this year, 120 people have been shot") or the generic present ("guns kill people") no
   statement at all. Statements about victims already counted are dropped (``victims``): "Two
   men were shot ... Both died", "All four died", "A man shot his wife and himself ... Both
   died", "They all died" and "a boy died after shooting himself" count the dead only, and
   "Three were shot ... One died" leaves two injured, "shot three people, killing two of
   them" one;
   "A cashier was shot ... The man died" is one death (one person only said to be shot, then
   the story's one death of someone pointed back to, unless gender, side, age, name or "also"
   tell them apart). The attack's own perpetrator dying or hurt by no one else ("the man who
   opened fire died at the scene", :mod:`eventwire.nlp.casualties.perpetrators`) is no victim;
   a relative clause counts its own noun only ("a man, who died, and two women"; "one of the
   robbers, who died" is the one). A group whose members are told counts them: "the dead
   included a girl and her grandmother" (at least two), "among the wounded were three
   officers", "the dead were identified as a man and his son" (two). One more victim told by
   an ordinal beside a count of its kind one fewer makes the ordinal's total ("killed eight
   ... a ninth victim later died": nine), and "two of the wounded later died" adds to the
   dead told beside the wounded.
2. **Attachment** (:mod:`eventwire.nlp.casualties.attach`). A statement goes to the event
   its verb names as the cause ("the attack injured"), else to the violent event with a mention
   nearest to it (by dependency path, then distance) in the same sentence, else to the violent
   event mentioned last in an earlier sentence, else (a headline before the story) to the first
   one mentioned after it. An event's mentions are the triggers ``doc._.ew_event_mentions``
   lists for it ("targeted", "the attack", ...); without that attribute, its primary trigger.
   Each statement goes to one event only; several statements about one event do not add up
   (they usually repeat the same victims): the largest wins, and an explicit zero only counts
   when nothing positive was said.

``Count.text`` holds the quantity words as written ("at least one", "several") or, when the
number is implied, the victim phrase ("A man", "Two policemen and a child") or the word that
says none ("unhurt").
"""

from __future__ import annotations

from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Token

from eventwire.datafiles import word_list
from eventwire.nlp.casualties.attach import attach_statements, sentence_index
from eventwire.nlp.casualties.counts import (
    phrase,
    single_count,
    told_total,
    victim_count,
)
from eventwire.nlp.casualties.partitives import fatal_share, survivors
from eventwire.nlp.casualties.perpetrators import by_another, names_attacker
from eventwire.nlp.casualties.victims import (
    KINDS,
    CasualtyStatement,
    Kind,
    adjective_victim,
    dedupe_statements,
    is_determined,
    lexicon,
    lexicon_words,
    subject_of,
    title_bar,
    verb_victim,
    victim_phrase,
)
from eventwire.nlp.extensions import register_extensions
from eventwire.records import Count


def _own_victims(victim: Token, cue: Token) -> list[Token]:
    """The coordinated victims a cue word counts: all of them ("two policemen and a child were
    killed"), unless casualty words split the coordination, each counting the victims before it
    ("Three dead and two injured": "dead" counts three, "injured" two)."""
    group = [victim, *(t for t in victim.conjuncts if t.i > victim.i)]
    if len(group) == 1 or _relative_of(cue, victim):
        return [victim]  # "a man, who died at the hospital, and two women": the man only
    splits = [
        c.i
        for t in group
        for c in t.children
        if c.dep_ in ("amod", "acl") and c.i != cue.i and _names_casualty(c)
    ]
    # A cue that modifies a victim splits the coordination too ("Three dead and two injured,
    # police said", which the parser reads as one subject "Three dead and two" of "injured").
    modifies = cue.dep_ in ("amod", "acl") and cue.head in group
    if not splits and not modifies:
        return group
    after = max((i for i in splits if i < cue.i), default=-1)
    own = [t for t in group if after < t.i < cue.i]
    return own or group


def _own_end(cue: Token, victim: Token) -> bool:
    """Whether a casualty word tells of the attack's perpetrator dying or hurt by no one else
    ("the gunman died at the scene"); "the gunman was killed by police" is a death of their
    act, told as before."""
    return names_attacker(victim) and not by_another(cue, victim)


def _not_attackers(cue: Token, kind: str, victims: list[Token]) -> list[Token]:
    """The coordinated victims, the attack's own perpetrator last, so that the statement is of
    the others ("the bomber and 12 worshippers died in the blast": 13 dead, as a toll tells
    them, of the worshippers' attack; "six soldiers and two attackers died in the ambush": 8); a
    perpetrator alone is dropped later, with the statement. A second subject the parser left
    uncoordinated counts as a conjunct ("the attacker, a young man, and two bystanders died")."""
    if kind == "arrested" or by_another(cue, victims[0]):
        return victims
    if len(victims) == 1:
        other = next(
            (
                c
                for c in cue.children
                if c.dep_ in ("nsubj", "nsubjpass") and c.i > victims[0].i and c.pos_ == "NOUN"
            ),
            None,
        )
        if other is None or not names_attacker(victims[0]):
            return victims
        victims = [victims[0], other, *(t for t in other.conjuncts if t.i > other.i)]
    others = [v for v in victims if not names_attacker(v)]
    return [*others, *(v for v in victims if v not in others)] if others else victims


def _relative_of(cue: Token, victim: Token) -> bool:
    """Whether a cue word is told in a relative clause of its victim ("a man, who died"), itself
    or the verb it completes or is coordinated with."""
    verb = cue
    for _ in range(3):
        if verb.dep_ == "relcl":
            return verb.head.i == victim.i
        if verb.dep_ not in ("conj", "xcomp") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _names_casualty(tok: Token) -> bool:
    """Whether a modifier says its noun was hurt, killed or held ("dead", "injured")."""
    if tok.pos_ not in ("VERB", "ADJ"):
        return False
    return _verb_kind(tok) is not None or any(
        tok.lower_ in lexicon_words("adjectives", k) for k in KINDS
    )


# ---------------------------------------------------------------- cue words


def _verb_kind(tok: Token) -> Kind | None:
    """Which casualty a verb or adjective reports, looking at "to death", "fatally", "dead"."""
    lemma, lower, lex = tok.lemma_.lower(), tok.lower_, lexicon()
    particle = next((c.lower_ for c in tok.children if c.dep_ in ("prt", "oprd", "acomp")), "")
    fatal = any(c.lower_ in lex["fatal_modifiers"] for c in tok.children) or any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.lemma_ == "death" for g in c.children)
        for c in tok.children
    )
    forms = {lemma, lower, f"{lemma} {particle}", _hyphened(tok)}
    for kind in KINDS:
        if forms & lexicon_words("verbs", kind):
            return "killed" if fatal and kind == "injured" else kind
    if lemma in lexicon_words("death_only_verbs") and fatal:
        return "killed"
    if lemma in lexicon_words("projectile_verbs") and _hit_by_gunfire(tok):
        return "killed" if fatal else "injured"
    if lemma in lexicon_words("intransitive_verbs", "killed"):
        return None if _yields_to_no_harm(tok) else "killed"
    return None


def _yields_to_no_harm(verb: Token) -> bool:
    """ "succumbed to pressure": a verb of dying that gives way "to" something other than a
    harm ("succumbed to his wounds", "succumbed" alone) tells of no death. The parser may
    read "to pressure" as an infinitive: then the word after the verb holds the "to"."""
    causes = [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "to"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    causes += [
        c
        for c in verb.children
        if c.dep_ != "prep" and any(g.lower_ == "to" and g.i == verb.i + 1 for g in c.children)
    ]
    harms = lexicon_words("nouns", "injured")
    return any(g.lemma_.lower() not in harms for g in causes)


def _hyphened(verb: Token) -> str:
    """ "pistol-whipped" → "pistol-whip": the word a hyphen joins to a verb, the parser
    splitting it off as a modifier of its own."""
    doc, i = verb.doc, verb.i
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return ""
    return f"{doc[i - 2].lower_}-{verb.lemma_.lower()}"


def _hit_by_gunfire(verb: Token) -> bool:
    """Whether "hit" / "struck" tells of a person hit by gunfire rather than by a car or a
    fist: a projectile hits ("struck by a bullet"), the hit lands on a body part ("was hit
    in the leg"), or it is what a shot did ("fired three shots, hitting a woman")."""
    return _by_projectile(verb) or _on_body_part(verb) or _after_firing(verb)


def _by_projectile(verb: Token) -> bool:
    projectiles = lexicon_words("projectiles")
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(t.lemma_.lower() in projectiles for t in agents + subjects)


def _on_body_part(verb: Token) -> bool:
    """ "was hit in the leg", "struck him in the chest": a hit that names where on the body."""
    places = [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("in", "on")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return any(p.lemma_.lower() in lexicon_words("body_parts") for p in places)


def _after_firing(verb: Token) -> bool:
    """ "opened fire, hitting two people", "shot at him, hitting him twice": a hit that a
    clause of firing a gun leads to. (A verb coordinated with the firing may hit anything:
    "fired at and struck a parked car".)"""
    head = verb.head
    if verb.dep_ not in ("advcl", "xcomp") or head.i == verb.i:
        return False
    objects = [c.lemma_.lower() for c in head.children if c.dep_ == "dobj"]
    forms = {head.lemma_.lower(), *(f"{head.lemma_.lower()} {o}" for o in objects)}
    return bool(forms & lexicon_words("firing_verbs"))


def _noun_victim(tok: Token) -> tuple[Token | None, bool]:
    """Victim of "the killing of 600 protesters", "12 deaths", "his arrest", "no injuries".

    Returns the victim token (the noun itself when it carries the number) and whether the
    noun may stand alone for itself ("a homicide", "his death").
    """
    injury = tok.lemma_.lower() in lexicon_words("nouns", "injured")
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "to")):
        pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        owner = next((g for g in pobj.children if g.dep_ == "poss"), None) if pobj else None
        if pobj is not None and single_count(pobj) is not None:
            return pobj, False
        if injury and owner is not None:  # "a wound to Doby's chest"
            return owner, False
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss, False
    if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return tok, False
    if injury:  # "he suffered gunshot wounds": wounds are counted by who has them
        holder = tok.head.head if tok.dep_ == "pobj" else tok.head
        if tok.dep_ == "pobj" and tok.head.lower_ == "with" and _person(holder):
            return holder, False  # "found a man with gunshot wounds"
        for _ in range(4):  # "for treatment of injuries": up to the verb
            if holder.pos_ in ("VERB", "AUX") or holder.dep_ not in ("pobj", "prep"):
                break
            holder = holder.head
        if tok.dep_ in ("dobj", "pobj") and holder.pos_ in ("VERB", "AUX"):
            obj = next((c for c in holder.children if c.dep_ == "dobj"), None)
            if tok.dep_ == "pobj" and obj is not None:
                return obj, False  # "found a man with gunshot wounds"
            subject = subject_of(holder)
            return (subject if subject is not None and subject.i != tok.i else None), False
        return None, False
    if any(c.dep_ == "nummod" for c in tok.children):
        return tok, False
    return tok, any(c.dep_ == "det" for c in tok.children)


def _person(noun: Token) -> bool:
    """Whether a noun phrase stands for people someone found or told of ("found a man", "a
    victim ... was found"), not a place ("taken to a hospital with injuries")."""
    if noun.dep_ not in _PARTICIPANTS or noun.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    return single_count(noun) is not None


# Where a person stands in a clause: subject, object, predicate or aside, not a place.
_PARTICIPANTS = ("nsubj", "nsubjpass", "dobj", "attr", "appos", "ROOT")


def _under_death(tok: Token) -> bool:
    """ "died of his injuries": the injuries are part of a death already counted."""
    return any(
        _verb_kind(a) == "killed" for a in list(tok.ancestors)[:3] if a.pos_ in ("VERB", "ADJ")
    )


# ---------------------------------------------------------------- reading one cue word

_Reading = tuple[Kind, Token | None, Count]


def _read(tok: Token) -> list[_Reading]:
    """Casualty readings of one token: (kind, victim token or None, count)."""
    if tok.lower_ in lexicon_words("unharmed_adjectives"):  # "escaped unhurt": explicitly none
        return [("injured", adjective_victim(tok), Count(0, 0, tok.text))]
    members = _read_members(tok)
    if members is not None:
        return members
    counted = _state_count(tok)
    if tok.pos_ in ("NOUN", "PROPN") and not counted:
        return _read_noun(tok)
    if tok.pos_ not in ("VERB", "ADJ") and not counted:
        return []
    if tok.lemma_.lower() in lexicon_words("recovery_verbs"):
        return _read_recovery(tok)
    kind = _verb_kind(tok)
    adjective = next((k for k in KINDS if tok.lower_ in lexicon_words("adjectives", k)), None)
    if kind is None and adjective is None:
        return []
    kind = kind or adjective
    assert kind is not None
    victim = counted or (adjective_victim(tok) if tok.pos_ == "ADJ" else verb_victim(tok))
    if victim is None and adjective is not None:
        victim = adjective_victim(tok)
    own = victim is not None and victim.i == tok.i and tok.pos_ == "VERB"
    if victim is None or own or _irrealis(tok):
        return []
    if kind == "arrested" and _standing_title(tok):
        return []
    if tok.lemma_ == "shoot" and _aimed_at(tok):
        return []
    if _across_title_bar(tok, victim) or _before_colon(tok, victim):
        return []
    if tok.tag_ == "VBG" and not is_determined(victim):  # "shooting victim", "shooting people"
        return []
    if _generic(tok, victim) or _hurt_oneself(tok, kind) or _yearly_tally(tok) or _rate(tok):
        return []
    victims = _not_attackers(tok, kind, _own_victims(victim, tok))
    neg = _denial(tok, kind)
    count = Count(0, 0, neg.text) if neg is not None else victim_count(victims[0], victims)
    if count is None:
        return []
    share = fatal_share(tok, victim) if kind == "injured" and neg is None else None
    if share is not None:  # "Three people were shot, one fatally": one dead, two hurt
        aside, dead = share
        rest = survivors(count, dead)
        readings: list[_Reading] = [("killed", aside, Count(dead, dead, aside.text))]
        return readings + ([("injured", victims[0], rest)] if rest is not None else [])
    return [(kind, victims[0], count)]


def _read_members(tok: Token) -> list[_Reading] | None:
    """ "The dead included a girl and her grandmother", "Among the wounded were two
    officers", "The dead were identified as a man and his son": "the dead" / "the wounded" as
    a group whose members are told; some of them when the group includes them ("included",
    "among"), all of them when it is them. None when the word is no such group."""
    kind = next((k for k in KINDS if tok.lower_ in lexicon_words("adjectives", k)), None)
    if kind is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    if any(c.dep_ in ("prep", "relcl", "acl", "amod", "nummod") for c in tok.children):
        return None  # "the dead man", "the injured in the crash": no group told whole
    head, share = tok.head, None
    if tok.dep_ == "pobj" and head.lower_ in lexicon_words("member_prepositions"):
        verb, share = head.head, "some"
        deps: tuple[str, ...] = ("nsubj", "nsubjpass", "attr")
    elif tok.dep_ in ("nsubj", "nsubjpass"):
        verb = head
        share = lexicon()["member_verbs"].get(verb.lemma_.lower())
        deps = ("dobj", "attr")
    else:
        return None
    if share is None or verb.i == tok.i or _irrealis(verb):
        return None
    found = [c for c in verb.children if c.dep_ in deps and c.i != tok.i]
    found += [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "as"  # "identified as a man and his son"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    if not found:
        return None
    count = victim_count(found[0])
    if count is None:
        return None
    if share == "some":
        count = Count(count.min, None, count.text)
    return [(kind, found[0], count)]


def _state_count(tok: Token) -> Token | None:
    """ "killed and 12 hurt", "Bomb kills 3, 12 hurt", "several hurt": the number of a casualty
    participle the parser hung on it as a modifier (or read the participle as a noun); the
    number is its subject."""
    if not any(tok.lower_ in lexicon_words("adjectives", k) for k in KINDS):
        return None
    vague = lexicon()["vague_quantities"]
    found = next(
        (
            c
            for c in tok.lefts
            if c.dep_ in ("nummod", "quantmod") or (c.dep_ == "amod" and c.lower_ in vague)
        ),
        None,
    )
    if found is not None and found.conjuncts and tok.dep_ == "dobj":
        return None  # "killing three and 12 hurt" read as "killing [three and 12] hurt": unsure
    return found


def _denial(tok: Token, kind: Kind = "killed") -> Token | None:
    """The word that says a harm did not happen: "was not hurt", or a preposition that
    denies it ("left without being hurt", "escaped without injury"), or for a death or a hurt
    a verb of escaping it ("escaped injury"; "evaded arrest" tells of no arrest at all)."""
    neg = next((c for c in tok.children if c.dep_ == "neg"), None)
    if neg is not None:
        return neg
    denied = tok.dep_ in ("pobj", "pcomp") and tok.head.lower_ in lexicon_words(
        "negating_prepositions"
    )
    if denied:
        return tok.head
    return _avoided(tok) if kind != "arrested" else None


def _avoided(tok: Token) -> Token | None:
    """The verb that says a harm was escaped ("escaped injury", "avoided being hit"): what is
    escaped did not happen."""
    head = tok.head
    if tok.dep_ not in ("dobj", "xcomp", "pcomp", "ccomp") or head.i == tok.i:
        return None
    return head if head.lemma_.lower() in lexicon_words("avoiding_verbs") else None


def _read_recovery(verb: Token) -> list[_Reading]:
    """ "He is recovering", "the teen is expected to survive": someone who lives through
    being hurt was hurt; "she did not survive" died. Only people recover here: "the economy
    recovered" names none, and "police recovered a gun" is transitive."""
    if any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children):
        return []
    infinitive = any(c.tag_ == "TO" for c in verb.children if c.dep_ == "aux")
    if infinitive:  # "is expected to survive": what doctors say, not what someone wants
        head = verb.head
        if verb.dep_ != "xcomp" or head.lemma_.lower() not in lexicon_words("prognosis_verbs"):
            return []
        victim = subject_of(head)
    else:
        victim = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if victim is None or _conditional(verb) or any(a.tag_ == "MD" for a in verb.children):
        return []
    count = victim_count(victim)
    if count is None:
        return []
    died = any(c.dep_ == "neg" for c in verb.children) and verb.lemma_.lower() == "survive"
    return [("killed" if died else "injured", victim, count)]


def _generic(verb: Token, victim: Token) -> bool:
    """ "Gun violence hurts communities", "guns kill people": the present tense with a bare
    plural tells what happens in general, not to whom. (A headline's bare singular, "Man
    shoots neighbor", is someone.)"""
    if verb.tag_ not in ("VBZ", "VBP") or victim.tag_ not in ("NNS", "NNPS"):
        return False
    return not is_determined(victim) and victim.i > verb.i


def _yearly_tally(verb: Token) -> bool:
    """ "So far this year, 120 people have been shot in the city": a count over a year is a
    city's tally, not the victims of one event. ("Killed a girl last year" may be the event
    a trial is about.)"""
    times = [c for c in verb.children if c.dep_ in ("npadvmod", "prep", "advmod")]
    periods = [t for c in times for t in c.subtree if t.lower_ in lexicon_words("tally_periods")]
    return any(  # "this year", "the past year"; not "New Year's Eve" nor "last year"
        d.lower_ in ("this", "past") for p in periods for d in p.children
    )


def _rate(verb: Token) -> bool:
    """ "Thousands of people are shot every year", "someone is killed each day": how often
    something happens, told in the present, is a rate, not the victims of one event ("20 were
    killed each day of the offensive" were killed)."""
    if not _present(verb):
        return False
    times = [c for c in verb.children if c.dep_ in ("npadvmod", "prep", "advmod")]
    periods = [
        t for c in times for t in c.subtree if t.lemma_.lower() in lexicon_words("rate_periods")
    ]
    rates = lexicon_words("rate_determiners")
    return any(
        any(d.dep_ == "det" and d.lower_ in rates for d in p.children) or p.head.lower_ in rates
        for p in periods
    )


def _present(verb: Token) -> bool:
    tags = {verb.tag_, *(c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass"))}
    return bool(tags & {"VBZ", "VBP"}) and not tags & {"VBD", "MD"}


def _hurt_oneself(verb: Token, kind: Kind) -> bool:
    """ "The driver injured himself in the crash": someone hurt by their own mishap (a fall,
    a crash) is no casualty of the violence. Weapons are not mishaps: "shot himself" counts."""
    reflexive = any(
        c.dep_ == "dobj" and c.lower_ in lexicon_words("reflexives") for c in verb.children
    )
    return kind == "injured" and reflexive and verb.lemma_.lower() in lexicon_words("mishap_verbs")


def _mishap_cause(cue: Token) -> bool:
    """ "The driver was injured in the crash", "suffered injuries in the crash", "was hurt
    when he fell": a hurt whose cause is told as a mishap is no casualty of the violence
    (a chase that ends in a crash). "Injured in the shooting" is the violence's."""
    holders = [cue, *(c for c in cue.children if c.dep_ == "relcl")]
    if cue.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass"):
        holders.append(cue.head)  # "suffered injuries in the crash": the cause hangs on the verb
    return any(_mishap_adjunct(c) for h in holders for c in h.children)


@cache
def _hostile() -> frozenset[str]:
    """The events stage's words of weapons and attacks (``events/data/hostile_words.txt``), and
    a chase or a gunman besides (``mishap_hostile_extra``)."""
    shared = word_list("eventwire.nlp.events", "data", "hostile_words.txt")
    return shared | lexicon_words("mishap_hostile_extra")


def _mishap_adjunct(tok: Token) -> bool:
    """Whether an adjunct names a mishap: "in the crash", "from a fall", "when he fell"."""
    if tok.dep_ == "prep" and tok.lower_ in ("in", "during", "from"):
        causes = [g for g in tok.children if g.dep_ == "pobj"]
        # "in the fall of 2014" is a season, not a fall
        return any(
            g.lemma_.lower() in lexicon_words("mishap_nouns")
            and not any(c.dep_ == "prep" for c in g.children)
            for g in causes
        )
    if tok.dep_ != "advcl":
        return False
    verbs = [tok, *tok.conjuncts]
    if any(t.lemma_.lower() in _hostile() for v in verbs for t in v.subtree):
        return False  # "when his car crashed after gunmen opened fire on it"
    return any(v.lemma_.lower() in lexicon_words("mishap_cause_verbs") for v in verbs)


def _across_title_bar(cue: Token, victim: Token) -> bool:
    """Whether a title separator ("|", " - ") or a semicolon stands between a cue word and the
    victim after it. (A victim before the cue may be named in the title and again after the
    separator; "Pastor Killed In Dayton; Thieves Take Van" joins two headlines, and a misparse
    may make the second one's subject the first one's victim.)"""
    return any(t.text == ";" or title_bar(t) for t in cue.doc[cue.i + 1 : victim.i])


def _before_colon(cue: Token, victim: Token) -> bool:
    """Whether the victim ends a headline's attribution ("Deputies: woman found in a creek was
    shot"): who says so, before a colon, is never who was hurt after it."""
    return victim.i < cue.i and any(t.text == ":" for t in cue.doc[victim.i + 1 : cue.i])


def _aimed_at(verb: Token) -> bool:
    """ "shot at police", "was shot at by a gunman": aimed at, not hit. "Was shot at a gas
    station" / "at 8:30 p.m." is a hit: a passive "at" with an object of its own is where."""
    if _at_repeatedly(verb):
        return True
    for at in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "at"):
        stranded = not any(g.dep_ == "pobj" for g in at.children)
        passive = any(c.dep_ == "nsubjpass" for c in verb.children)
        between = verb.doc[verb.i + 1 : at.i]  # "shot at", "shot twice at"
        if stranded or (not passive and all(t.pos_ == "ADV" for t in between)):
            return True
    return False


def _at_repeatedly(verb: Token) -> bool:
    """ "was shot at twice", "was shot at several times": "at" followed by how often is
    aimed at, however the parser hangs it ("at" on "twice", or "times" as its object). "Shot
    at least twice" is a hit: "least" is no count of shots."""
    doc, i = verb.doc, verb.i
    if i + 2 >= len(doc) or doc[i + 1].lower_ != "at":
        return False
    repeats = lexicon_words("repeat_words")
    after = doc[i + 2]
    if after.lower_ in repeats:
        return True
    objects = [g for g in doc[i + 1].children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in repeats for o in objects)


def _irrealis(tok: Token) -> bool:
    """ "threatened to kill him", "could have been killed", "if anyone was hurt", "should
    have waited until someone was hurt": no one was actually hurt."""
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ in ("TO", "MD") for a in auxes):
        return True
    if _conditional(tok) or _wished(tok):
        return True
    marks = {c.lower_ for c in tok.children if c.dep_ == "mark"}
    if marks & lexicon_words("unreal_time_marks") and tok.dep_ == "advcl":
        # A time clause under a counterfactual ("should have waited until one was hurt");
        # "will face charges after he shot two men" is no counterfactual.
        head_auxes = [c for c in tok.head.children if c.dep_ == "aux"]
        modal = any(c.tag_ == "MD" for c in head_auxes)
        if modal and any(c.lemma_.lower() == "have" for c in head_auxes):
            return True
    if any(
        c.dep_ == "advmod" and c.lower_ in lexicon_words("irrealis_adverbs") for c in tok.children
    ):
        return True  # "nearly killed", "possibly killing"
    return tok.tag_ == "VB" and not any(a.lemma_ == "do" for a in auxes)


def _wished(tok: Token) -> bool:
    """ "We don't want to see another child killed", "trying to keep people from being shot":
    a harm inside what someone wants, tries, fears or prevents is not told to have happened.
    Only complements lead up to that verb: "he tried to flee after being shot" was shot,
    and "police want to know who shot him" asks about a shooting that happened."""
    if tok.dep_ == "pcomp" and tok.head.lower_ == "from":
        return tok.head.head.lemma_.lower() in lexicon_words("preventing_verbs")
    node = tok
    for _ in range(3):
        small_clause = node.dep_ == "ccomp" and node.tag_ == "VBN" and not _has_aux(node)
        if not (node.dep_ in ("xcomp", "oprd") or small_clause) or node.head.i == node.i:
            return False
        node = node.head
        if _has_passive(node):
            return False  # "five are feared killed", "were believed dead": told as likely
        if node.lemma_.lower() in lexicon_words("irrealis_heads"):
            return True
    return False


def _demanded(noun: Token) -> bool:
    """ "rallied to demand the arrest of the killers", "called for the arrest of the officer":
    an arrest (or a death) asked for, not one made."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "for":
        head = head.head  # "called for", "pressed for", "appealed for"
        if head.lemma_.lower() == "want":
            return False  # "a man wanted for the killing of two officers": done, he is sought
    elif noun.dep_ != "dobj":
        return False
    if head.tag_ == "VBN":
        return False  # "a man wanted for the killing of two officers": the killing was done
    return head.lemma_.lower() in lexicon_words("demanding_verbs")


def _has_passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _has_aux(verb: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _standing_title(tok: Token) -> bool:
    """A participle in a named person's title ("jailed opposition leader Alexei Navalny",
    "supporters of detained activist Ali Hassan"): who they are, not an arrest told."""
    if tok.dep_ != "amod":
        return False
    title = tok.head
    return (
        title.dep_ == "compound" and title.head.pos_ == "PROPN" and title.head.ent_type_ == "PERSON"
    )


def _conditional(verb: Token) -> bool:
    """ "if anyone was hurt", "if a man walks in and shoots him": a clause under a condition,
    itself or the first of the verbs coordinated with it."""
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    marks = {c.lower_ for v in (verb, first) for c in v.children if c.dep_ == "mark"}
    return bool(marks & lexicon_words("conditional_marks"))


def _read_noun(tok: Token) -> list[_Reading]:
    lemma, lex = tok.lemma_.lower(), lexicon()
    if tok.dep_ == "compound":  # "death threats", "arrest warrant"
        return []
    amods = {c.lower_ for c in tok.children if c.dep_ == "amod"}
    if lemma in lex["toll_nouns"]:
        return _read_toll(tok)
    if lemma in lex["life_nouns"]:
        return _read_life(tok)
    if tok.dep_ == "pobj" and tok.head.lower_ in ("into", "in"):
        holder = tok.head.head
        if lemma in lex["custody_nouns"]:
            return _holder_reading("arrested", holder)
        cond = lex["injury_conditions"]
        if lemma == cond["noun"] and amods & set(cond["adjectives"]):
            return _holder_reading("injured", holder)
    no = next((c for c in tok.children if c.dep_ == "det" and c.lower_ == "no"), None)
    if lemma in lex["zero_only_nouns"] and no is not None:
        return [(k, None, Count(0, 0, no.text)) for k in lex["zero_only_nouns"][lemma]]
    fatal = next((c for c in tok.children if c.lower_ in lex["fatal_adjectives"]), None)
    if fatal is not None and _negated(fatal):  # "a non-fatal shooting": no one died
        return []
    if lemma in lex["fatal_event_nouns"] and fatal is not None:  # "a fatal shooting"
        return [("killed", None, Count(1, None, fatal.text))]
    if _suffered_harm(tok):  # "suffered a cut to the head", "sustained a broken arm"
        sufferer = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        harmed = victim_count(sufferer) if sufferer is not None else None
        return [("injured", sufferer, harmed)] if harmed is not None else []
    kind = next((k for k in KINDS if lemma in lexicon_words("nouns", k)), None)
    if kind is None or (kind == "injured" and _under_death(tok)) or _demanded(tok):
        return []
    denial = _denial(tok, kind)
    if denial is not None and _avoided(tok) is not None and _qualified(tok):
        return []  # "escaped serious injury": maybe a lighter one, so no count either way
    if denial is not None:  # "escaped without injury": told to be none, of no one counted
        return [(kind, None, Count(0, 0, denial.text))]
    victim, standalone = _noun_victim(tok)
    if victim is None:
        return []
    if victim.i == tok.i:
        bare = not any(c.dep_ in ("nummod", "det") for c in tok.children)
        count = None if bare and not standalone else single_count(tok, cue=True)
    else:
        count = victim_count(victim)
    return [(kind, victim, count)] if count is not None else []


def _qualified(harm: Token) -> bool:
    """A harm with an adjective of degree ("serious injury", "life-threatening wounds")."""
    return any(c.dep_ == "amod" for c in harm.children)


def _read_life(life: Token) -> list[_Reading]:
    """ "A man lost his life", "the shooting claimed the lives of three people", "three
    lives were lost": a life lost or taken is a death, and whose it was is who died (who
    lost it, the "of" people, the owner, or the lives counted)."""
    verb = life.head
    if life.dep_ == "pobj" and verb.lower_ == "for":
        return _fighting_for_life(life)
    takes = lexicon()["life_taking_verbs"]
    if life.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() not in takes:
        return []
    if _irrealis(verb):  # "could have lost his life", "threatened to take her life"
        return []
    owner = next(
        (g for c in life.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children),
        None,
    )
    if owner is None and life.dep_ == "dobj" and takes[verb.lemma_.lower()] == "subject":
        owner = subject_of(verb)  # "a man lost his life": the man
    if owner is None:
        owner = next((c for c in life.children if c.dep_ == "poss"), None)
    denial = _denial(verb)
    if denial is not None:
        return [("killed", owner, Count(0, 0, denial.text))]
    count = victim_count(owner) if owner is not None else single_count(life, cue=True)
    if owner is None and not any(c.dep_ in ("nummod", "det") for c in life.children):
        return []  # "lost life" with nothing to count by
    return [("killed", owner if owner is not None else life, count)] if count else []


def _fighting_for_life(life: Token) -> list[_Reading]:
    """ "A man is fighting for his life", "left two teens fighting for their lives": someone
    gravely hurt. A life with an adjective is no body's ("fighting for his political life")."""
    verb = life.head.head
    if verb.lemma_.lower() not in lexicon_words("life_fighting_verbs") or _irrealis(verb):
        return []
    if any(c.dep_ == "amod" for c in life.children):
        return []
    victim = _fighter(verb)
    count = victim_count(victim) if victim is not None else None
    return [("injured", victim, count)] if count is not None else []


def _fighter(verb: Token) -> Token | None:
    """Who fights for their life: the verb's own subject ("a man is fighting"), the noun it
    describes ("a man fighting"), or the object of the verb it completes ("left a man
    fighting", however the parser attaches "fighting"), not that verb's subject (the attack)."""
    own = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if own is not None:
        return own
    head = verb.head
    if head.i == verb.i:
        return None
    if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN", "PRON"):
        return head
    objects = [c for c in head.children if c.dep_ == "dobj" and c.i != verb.i]
    return objects[0] if objects else subject_of(head)


def _negated(adjective: Token) -> bool:
    """ "non-fatal", "non fatal", "not fatal": the prefix or word before denies the death."""
    doc, i = adjective.doc, adjective.i
    before = doc[i - 1] if i > 0 else None
    if before is not None and before.text == "-" and i > 1:
        before = doc[i - 2]
    return before is not None and before.lower_ in lexicon_words("fatal_negations")


def _suffered_harm(tok: Token) -> bool:
    """A bodily harm someone suffers ("suffered a graze", "sustained a broken arm"): an
    injury named by what it did to the body rather than by the word "injury"."""
    harm = lexicon()["bodily_harm"]
    if tok.dep_ != "dobj" or tok.head.lemma_.lower() not in harm["verbs"]:
        return False
    amods = {c.lower_ for c in tok.children if c.dep_ == "amod"}
    return tok.lemma_.lower() in harm["nouns"] or bool(amods & set(harm["adjectives"]))


def _holder_reading(kind: Kind, holder: Token) -> list[_Reading]:
    """ "taken into custody", "in critical condition": the victim is who holds the state."""
    for _ in range(3):  # "taken to hospital for treatment of injuries": up to the verb
        if holder.pos_ in ("VERB", "AUX") or holder.dep_ not in ("pobj", "prep"):
            break
        holder = holder.head
    obj = next((c for c in holder.children if c.dep_ == "dobj"), None)
    if holder.pos_ in ("NOUN", "PROPN", "PRON"):
        victim: Token | None = holder
    else:  # "left a man in critical condition" / "he was listed in critical condition"
        victim = obj if obj is not None else subject_of(holder)
    count = victim_count(victim) if victim is not None else None
    return [(kind, victim, count)] if count is not None else []


def _read_toll(tok: Token) -> list[_Reading]:
    """ "the death toll rose to 12", "a death toll of 12", "raising the toll to 12"."""
    compounds = [c.lemma_.lower() for c in tok.children if c.dep_ == "compound"]
    kind = next(
        (lexicon()["toll_compounds"][c] for c in compounds if c in lexicon()["toll_compounds"]),
        None,
    )
    if kind is None:
        return []
    said: Kind = kind
    told = told_total(tok)
    return [(said, told[0], told[1])] if told is not None else []


# ---------------------------------------------------------------- statements


def find_casualty_statements(doc: Doc) -> list[CasualtyStatement]:
    """Every statement of people killed, injured or arrested in a parsed doc, in text order.

    One cue word gives at most one statement; a victim both injured and killed ("shot and
    killed") counts as killed only.
    """
    sent_of = sentence_index(doc)
    found: list[CasualtyStatement] = []
    for tok in doc:
        for kind, victim, count in _read(tok):
            if kind == "injured" and _mishap_cause(tok):
                continue
            if kind != "arrested" and victim is not None and _own_end(tok, victim):
                continue  # "the man who opened fire died": no victim of his own attack
            parts = [tok, *(c for c in tok.children if c.dep_ == "compound")]
            parts += list(victim_phrase(victim)) if victim is not None else []
            start, end = phrase(doc, parts)
            found.append(
                CasualtyStatement(
                    kind,
                    count,
                    sent_of[tok.i],
                    start,
                    end,
                    tok.i,
                    victim.i if victim is not None else None,
                )
            )
    return dedupe_statements(doc, found)


class CasualtiesComponent:
    """Fills ``Event.casualties`` for the events in ``doc._.ew_events``."""

    def __init__(self, nlp: Language, name: str = "eventwire_casualties") -> None:
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        events = doc._.ew_events
        if not events:
            return doc
        attach_statements(doc, find_casualty_statements(doc), events)
        return doc


@Language.factory("eventwire_casualties")
def make_casualties(nlp: Language, name: str) -> CasualtiesComponent:
    """spaCy factory for :class:`CasualtiesComponent`."""
    return CasualtiesComponent(nlp, name)
