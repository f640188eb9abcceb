"""Attaching casualty statements to events: which event each count of dead, hurt or held is
about (step 2 of :mod:`eventwire.nlp.casualties.component`).

A toll told in a relative clause of occasion goes to the act it modifies ("launched an offensive
against the town, in which 30 soldiers were killed", "marched to the square on Friday, in
which three were killed", however the parser hangs the clause). Else a statement goes to the
event its verb names as the cause ("the attack injured"), else to the violent event with a
mention nearest to it (by dependency path, then distance) in the same sentence, else to the violent
event mentioned last in an earlier sentence, else (a headline before the story) to the first
one mentioned after it. Several statements about one event do not add up: the largest wins,
and an explicit zero counts only when nothing positive was said.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.nlp.casualties.lexicon import lexicon, lexicon_words
from eventwire.nlp.casualties.occasions import same_time, told_times
from eventwire.nlp.casualties.statement import CasualtyStatement
from eventwire.nlp.parse import running_toll
from eventwire.records import Casualties, Count, Event


def _tree_distance(a: Token, b: Token) -> int:
    """Number of dependency arcs between two tokens of one sentence."""
    up_a = [a, *a.ancestors]
    depth = {t.i: k for k, t in enumerate(up_a)}
    for k, t in enumerate([b, *b.ancestors]):
        if t.i in depth:
            return k + depth[t.i]
    return len(a.doc)


def attach_statements(doc: Doc, statements: list[CasualtyStatement], events: list[Event]) -> None:
    """Fill ``Event.casualties`` from the statements, each statement going to one event.

    Events are found in the text by every mention ``doc._.ew_event_mentions`` lists for them
    (event id → trigger token index of each mention), or by their primary trigger alone when
    that attribute is None.
    """
    sent_of = sentence_index(doc)
    mentions = _mentions(doc, events, doc._.ew_event_mentions)
    for st in statements:
        target = _target(doc, st, mentions, sent_of)
        if target is not None:
            _merge(target.casualties, st)


def _mentions(
    doc: Doc, events: list[Event], listed: dict[str, list[int]] | None
) -> list[tuple[Event, Token]]:
    """(event, trigger token) for each mention of each event, the primary trigger included."""
    found: list[tuple[Event, Token]] = []
    for event in events:
        span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
        tokens = [span.root] if span is not None and len(span) else []
        if listed is not None:
            extra = {i for i in listed.get(event.id, []) if 0 <= i < len(doc)}
            tokens += [doc[i] for i in sorted(extra - {t.i for t in tokens})]
        found += [(event, t) for t in tokens]
    return found


def _target(
    doc: Doc, st: CasualtyStatement, triggers: list[tuple[Event, Token]], sent_of: list[int]
) -> Event | None:
    """The event a statement reports on: the one its causer names ("the attack injured"),
    else the one mentioned nearest to it in its sentence (preferring assaults to protests for
    the dead and hurt), else the one mentioned last before it, else the first one after it."""
    allowed = lexicon()["event_types"][st.kind]
    cue = doc[st.cue]
    grievance = _grievance(cue)
    primary: dict[str, Token] = {}
    for e, t in triggers:
        primary.setdefault(e.id, t)  # the first mention listed is the event's own trigger
    fitting = [
        (e, t)
        for e, t in triggers
        if e.type in allowed
        and not (e.type in BYSTANDER_TYPES and _outside_clause(cue, t))
        and not (
            grievance is not None
            and not _under(primary[e.id], grievance)
            and not _told_in(e.id, triggers, grievance, cue)
        )
    ]
    if running_toll(cue):
        return None  # "the war, which has killed 500,000": no one day's event's dead
    if cue.i in (doc._.ew_natural_harm or set()):
        return None  # "marched, a month after a canopy's collapse killed 15": no act's dead
    occasion = _occasion_of(cue, triggers, allowed)
    if occasion is not None:  # "an offensive, in which 30 soldiers were killed"
        return occasion
    causer = _causer(cue)
    if causer is not None:
        named = [e for e, t in fitting if t.i == causer.i]
        if named:
            return named[0]
        if any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in causer.children):
            before = [(e, t) for e, t in fitting if t.i < causer.i and e.type == allowed[0]]
            if before:  # "The attack ... injured several": the attack told of before
                return max(before, key=lambda p: p[1].i)[0]
    same = [(e, t) for e, t in fitting if sent_of[t.i] == st.sentence]
    if same:
        return min(
            same,
            key=lambda p: (
                allowed.index(p[0].type) > 1,
                _tree_distance(cue, p[1]),
                abs(cue.i - p[1].i),
            ),
        )[0]
    # an act told as not done or not real takes no toll told in another sentence ("The men had
    # not burnt any houses. The toll stands at 40.")
    fitting = [(e, t) for e, t in fitting if not (e.aux.negated or e.aux.hypothetical)]
    earlier = [(e, t) for e, t in fitting if sent_of[t.i] < st.sentence]
    if earlier:
        return max(earlier, key=lambda p: p[1].i)[0]
    # A headline ("Man found dead in ...") tells of the event before the story names it.
    later = [(e, t) for e, t in fitting if sent_of[t.i] > st.sentence]
    return min(later, key=lambda p: (allowed.index(p[0].type) > 1, p[1].i))[0] if later else None


def _occasion_of(
    cue: Token, triggers: list[tuple[Event, Token]], allowed: list[str]
) -> Event | None:
    """The act a relative clause of occasion tells the toll of: "launched an offensive against
    the town, in which 30 soldiers were killed", "an ambush during which four were hurt". The
    clause belongs to the act it modifies, whichever noun the parser hung it on: the nearest
    mention up from that noun, not a target or grievance ("against the town") beside it. A
    clause without a comma defines its own noun ("raided a house in which three were killed
    last year"): only an act noun takes it."""
    prep = _occasion_preposition(cue)
    if prep is None or _own_time(prep.head):
        return None  # "marched to the square, in which 12 were killed in 1989": another time
    at = {t.i: e for e, t in triggers if e.type in allowed and t.i != cue.i}
    noun = prep.head.head
    comma = prep.i > 0 and cue.doc[prep.i - 1].text == ","
    if prep.head.dep_ == "advcl" and not comma:
        return None  # "raided a house in which ...", hung on the verb: the house's clause
    if noun.i in at:
        return at[noun.i]
    if not comma:
        return None
    return next((at[t.i] for t in noun.ancestors if t.i in at), None)


def _own_time(clause: Token) -> bool:
    """Whether a relative clause tells a time of its own, none of those told in the rest of its
    sentence ("marched on Tuesday to the square, in which 12 students were killed in 1989")."""
    doc, sent = clause.doc, clause.sent
    start, end = clause.left_edge.i, clause.right_edge.i + 1
    inside = told_times(doc[start:end])
    outside = told_times(doc[sent.start : start]) | told_times(doc[end : sent.end])
    return bool(inside) and not same_time(inside, outside)


def _occasion_preposition(cue: Token) -> Token | None:
    """The preposition of a relative clause of occasion ("in which …", "during which …") a
    casualty word is told in, itself or the verb it completes or is coordinated with. The
    parser may hang the clause on the main verb as an adverbial clause ("marched to the square
    on Friday, in which three were killed"): "in which" makes it relative all the same."""
    verb = cue
    for _ in range(3):
        prep = _occasion_child(verb)
        if prep is not None and verb.dep_ in ("relcl", "advcl"):
            return prep
        if verb.dep_ not in ("conj", "xcomp", "advcl") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _occasion_child(verb: Token) -> Token | None:
    """The "in which" / "during which" preposition a verb governs, if any."""
    preps = lexicon_words("occasion_prepositions")
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "prep"
            and c.lower_ in preps
            and any(g.dep_ == "pobj" and g.tag_ == "WDT" for g in c.children)
        ),
        None,
    )


#: Types that take the dead and hurt only of their own clause: an arrest or a curfew is no
#: cause of deaths told beside it ("imposed a curfew after one of the victims succumbed").
BYSTANDER_TYPES = frozenset({"COERCE"})


def _outside_clause(cue: Token, trigger: Token) -> bool:
    """Whether a casualty word lies outside the trigger's own clause: not under it, or under it
    through a relative clause, a time clause ("after …") or a prepositional phrase ("arrested
    in connection with the fire which claimed 58 lives"). A participle of it ("cracked down,
    killing five") is its own."""
    tok = cue
    while tok.i != trigger.i:
        if tok.head.i == tok.i:
            return True  # the trigger does not govern the word
        marked = tok.dep_ == "advcl" and any(c.dep_ == "mark" for c in tok.children)
        if tok.dep_ in ("relcl", "pobj", "pcomp", "acl") or marked:
            return True
        tok = tok.head
    return False


def _grievance(cue: Token) -> Token | None:
    """What a casualty word is the grievance of, when it is one: the object of a protest or a
    demand ("to protest the killing of a teenager", "demanding justice for a student who was
    killed", "anger over the deaths"). Returns the top of the grievance phrase; only an act
    inside it caused those dead, not the protest, riot or arrest it is the reason for."""
    tok = cue
    while tok.head.i != tok.i:
        if tok.dep_ in ("conj", "advcl", "ccomp", "parataxis"):
            return None  # another clause, told beside the protest ("protested, and ... killed")
        if tok.head.lemma_.lower() in lexicon_words("grievance_words"):
            return tok if tok.dep_ in ("dobj", "pobj", "prep") else None
        tok = tok.head
    return None


def _told_in(e_id: str, triggers: list[tuple[Event, Token]], grievance: Token, cue: Token) -> bool:
    """Whether an event is told inside a grievance phrase (a mention other than the casualty
    word itself), or is the act the phrase is the object of ("a bombing against a checkpoint
    that killed 15")."""
    prep = grievance.head
    for e, t in triggers:
        if e.id != e_id or t.i == cue.i:
            continue
        named = t.lemma_.lower() in lexicon_words("fatal_event_nouns")  # "the bombing, which"
        object_of = prep.lower_ in ("over", "against") and t.i == prep.head.i
        if (named and _under(t, grievance)) or object_of:
            return True
    return False


def _under(tok: Token, top: Token) -> bool:
    """Whether a token lies in the subtree of another (or is it)."""
    return tok.i == top.i or any(a.i == top.i for a in tok.ancestors)


def _causer(cue: Token) -> Token | None:
    """The event noun a casualty verb names as its cause: "the attack injured", "killed in a
    blast" is left to distance."""
    subj = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subj is None or cue.pos_ != "VERB":
        return None
    if subj.tag_ in ("WDT", "WP"):  # "the attack, which sources said injured ..."
        verb = cue
        while verb.dep_ in ("ccomp", "xcomp", "conj") and verb.head.i != verb.i:
            verb = verb.head
        subj = verb.head if verb.dep_ == "relcl" else None
    if subj is None or subj.lemma_.lower() not in lexicon_words("fatal_event_nouns"):
        return None
    return subj


def _merge(casualties: Casualties, st: CasualtyStatement) -> None:
    old: Count | None = getattr(casualties, st.kind)
    setattr(casualties, st.kind, _larger(old, st.count))


def _larger(old: Count | None, new: Count) -> Count:
    """Keep the larger of two counts for one event; any positive count beats an explicit zero."""
    if old is None:
        return new

    def rank(c: Count) -> tuple[bool, int, int]:
        top = c.max if c.max is not None else (c.min or 0)
        return (bool(c.min or c.max), c.min or 0, top)

    return new if rank(new) > rank(old) else old


def sentence_index(doc: Doc) -> list[int]:
    if not doc.has_annotation("SENT_START") and not doc.has_annotation("DEP"):
        return [0] * len(doc)
    index = [0] * len(doc)
    for k, sent in enumerate(doc.sents):
        for t in sent:
            index[t.i] = k
    return index
