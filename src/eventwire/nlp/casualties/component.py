"""eventwire_casualties: how many were killed, injured or arrested, attached to events.

Reads the parse, ``doc._.ew_events``, ``doc._.ew_event_mentions`` and ``doc._.ew_natural_harm``;
fills each event's ``casualties`` in place.

How it works:
1. **Statements.** Every kill / injure / arrest word (``casualties/data/lexicon.json``: "killed",
   "died", "dead", "death toll", "wounded", "hospitalized", "shot", "arrested", "taken into
   custody", "unhurt", ...) is read with the parse (:mod:`eventwire.nlp.casualties.readings`,
   :mod:`eventwire.nlp.casualties.nouns`; which casualty a word names is in
   :mod:`eventwire.nlp.casualties.cues`) to find its victim ("killing at least one
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
   statement at all (:mod:`eventwire.nlp.casualties.no_harm`). Statements about victims
   already counted are dropped (:mod:`eventwire.nlp.casualties.dedupe`): "Two men were shot
   ... Both died", "All four died", "A man shot his wife and himself ... Both
   died", "They all died" and "a boy died after shooting himself" count the dead only, and
   "Three were shot ... One died" leaves two injured, "shot three people, killing two of
   them" one (:mod:`eventwire.nlp.casualties.groups`);
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

from spacy.language import Language
from spacy.tokens import Doc, Token

from eventwire.nlp.casualties.attach import attach_statements, sentence_index
from eventwire.nlp.casualties.counts import phrase
from eventwire.nlp.casualties.dedupe import dedupe_statements
from eventwire.nlp.casualties.no_harm import mishap_cause
from eventwire.nlp.casualties.perpetrators import by_another, names_attacker
from eventwire.nlp.casualties.readings import read_cue
from eventwire.nlp.casualties.statement import CasualtyStatement
from eventwire.nlp.casualties.victims import victim_phrase
from eventwire.nlp.extensions import register_extensions


def _own_end(cue: Token, victim: Token) -> bool:
    """Whether a casualty word tells of the attack's perpetrator dying or hurt by no one else
    ("the gunman died at the scene"); "the gunman was killed by police" is a death of their
    act, told as before."""
    return names_attacker(victim) and not by_another(cue, victim)


def find_casualty_statements(doc: Doc) -> list[CasualtyStatement]:
    """Every statement of people killed, injured or arrested in a parsed doc, in text order.

    One cue word gives at most one statement; a victim both injured and killed ("shot and
    killed") counts as killed only.
    """
    sent_of = sentence_index(doc)
    found: list[CasualtyStatement] = []
    for tok in doc:
        for kind, victim, count in read_cue(tok):
            if kind == "injured" and mishap_cause(tok):
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
