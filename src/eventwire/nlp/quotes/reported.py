"""Indirect attributions: what someone said, thought or wanted, told without quotation marks.

A cue verb outside quotes attributes its complement to its subject:

- **Reported speech**: the clausal complement of a reporting verb (group ``indirect`` of
  ``quotes/data/quote_words.tsv``): "Al-Sadr said the security forces need to take charge",
  "told reporters in an interview that …"; also the clause it interrupts or ends ("The talks will
  fail, he said"), a word standing for a whole statement (group ``pro_form``: "55 percent said
  so", "she said no"), the listener with the infinitive a verb of saying tells it ("officials
  told residents not to drink the water") and the clause an "according to X" phrase attaches
  to.
- **Stances**: the complement of a verb of belief, wish, plan, judgement or finding (group
  ``stance``): a clause ("believe Beijing has …"), an object ("endorsed Cruz") with what it is
  charged with or taken as (group ``object_prep``: "accused Trump of …", "described the plan
  as …"; not a scare quote alone; a gerund's charge states something even when the events
  stage records the accusation: "accused the mayor of hiding the audit"), an infinitive
  ("wants to emerge as …", "declined to comment") or a phrase after a particle the cue takes
  (group ``stance_prep``: "called for a ban").

  A verb of talking counts with its particle only (group ``stance_with``: "talked about the
  economy", not "talked with reporters"), and an adjective after a copula is a stance too (group
  ``stance_adj``: "are wary of the deal", "is confident that …"; also a participle of the group
  the parser reads as a verb: "they are convinced that …", "not everyone is convinced the plan
  will work"), held by someone or by people no actor names ("some beekeepers are wary of …").
- **Findings**: "As the Herald reported, …", "was first reported by the Herald", "In the latest
  poll, the senator leads …" (group ``finding``: polls, studies and reports are sources).
- **Nouns of saying** with their holder (group ``speech_noun``): "the senator's claim that …",
  "his call for a ban", "a promise by the mayor to …", or the subject of the verb they are the
  object of ("the senator voiced support for the plan"; not a bare noun: "took charge of") or
  that their "with" hangs on ("answered with a call for calm"), or the clause after the copula
  they are the subject of ("the mayor's view is that …"); one received from its holder
  (group ``receive``: "the plan drew criticism from the union", "won the endorsement of the
  mayor") is the holder's, about the receiver.
- **Light nouns** (group ``light_noun``): a noun that states a stance only as the object of
  its verb, with its particle ("took a swipe at the mayor", "cast a vote for her").
- **Misread verbs**: a cue verb's "-s" form the parser reads as a plural noun heading the
  sentence with a clause or infinitive after it ("the campaign plans to spend …"), or a cue
  closing its sentence that it reads as a compound's last noun ("…, county records show").
- **Views framed by a fronted "For X,"** (group ``view_prep``: "For many voters, the economy
  comes first"; see :mod:`.cueless`).
- **Passives of taking a side** (groups ``position``, ``judging``, ``judging_person``): "the
  mayor was endorsed by the union" is the union's stance about the mayor.
- **Sides taken** (group ``stance_agent``): "she is a fierce critic of the plan", "he emerged
  as an advocate for reform": what the noun backs or opposes is its subject's stance.
- **Topics of saying**: a verb of saying with no clause, about or against something ("she wrote
  about the trial", "they cautioned against haste").
- **Signed posts**: an embedded post signed "— Ann Lee (@annlee) May 2" is its signer's (the
  finders without a cue word, with "according to" and findings, are in :mod:`.cueless`).
- **Title-case headlines** (:mod:`.headlines`): "Senator Lee Endorses Mayor Ruiz", whose cue
  verb the parser reads as part of a name: the name before it speaks.
- **Retold quotes**: ""…," the senator said, according to the Herald" is also the Herald's.
- **Scored cues**: a word no list names that the learned scorer (:mod:`.cue_model`) accepts in
  its sentence is a stance of its kind ("she bristled at the suggestion that …"), held by
  someone and never a physical act's trigger.

The source is the cue's subject ("who" in "…, who endorsed Sanders"; "officials" in "…, which
officials said will …"), the agent of a passive reporting verb, or, for a verb without one, the
subject of the verb it is conjoined to or hangs on ("… and said", "responded by saying …",
"seems to think …") when that subject is someone (a personal pronoun, a name, an actor, a poll),
and a participle its noun ("Democrats urging him to …"); a participle's clause lends its
subject even when that is a common noun ("the campaign sued, claiming …"), and so, when it is
near, does the verb a cue is joined to, hangs on or follows after a particle ("aides met and
agreed …", "voters seem to want …"); a gerund after a particle takes the subject of the clause
it hangs in ("risks … by dismissing him"). An infinitive
naming something in quotation marks ("continues to describe the war as a "special operation"")
is a designation.
A document stands for whoever it is from ("the party issued a statement saying …", "he
released a letter that says …"), and a
transcript's capitalised label ("TAPPER: …") speaks to the end of its paragraph. In "the wall
he promised" the content is the noun; a fronted relative object or passive subject takes the
noun through the relative word ("the charge, which he denied", "a plan that was endorsed by
the union"), unless the cue is an act the events stage records; "what" alone ("repeated what
his lawyer said") is no content.

A stance whose cue the events stage reads as an event of words only (group ``verbal_event``: "asked
the board to wait", "offered new ideas"; not an accusation: the accused is the event's) takes its
object as any stance does, unless that object is only whom it is addressed to ("asked him",
"welcomed the envoy": then only with what it is about, after a particle of group ``reason_prep``,
and without quoted words); something of someone's or a finding is what it is about ("welcomed the
mayor's election", "offered her views", "denied the reports"). Another stance whose cue the events
stage reads as an event ("condemned the coup": ACCUSE) and that has no clause after it is left to
that event, unless it takes a side or raises a topic (group ``position``: "endorsed Cruz",
"discussed the budget"), backs, praises or blames anything but a violent act or an armed group
(groups ``judging`` and ``act_noun``: "criticized the plan", not "condemned the bombing" nor "backed
the rebels"), attacks a person or their words (group ``judging_person``), or anything when that
event is words (group ``spoken_attack``: "attacked the harbour plan"), holds quoted words
("accused X of "…"") or is an appeal ("called for a ban").
A clause holding a quotation is left to the direct quotes (a partial quote is found there)
unless the quote belongs to a second statement inside it ("saying the bridge is safe and
arguing that "…""), and a cue inside quotation marks is the quoted speaker's word.
"Found himself in a bind" finds nothing, and a verb of group ``copular`` with only an adjective
("the plan proved costly") holds no view.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.nlp.events import a_habit
from eventwire.nlp.parse import split_infinitive
from eventwire.nlp.quotes.contents import (
    OBJECT_DEPS,
    antecedent,
    fronted_object,
    is_timed,
    paragraph,
    passive_target,
    reported_clause,
    spoken_topic,
    stance_object,
    told_to,
    trim_words,
)
from eventwire.nlp.quotes.cue_model import learned_cue
from eventwire.nlp.quotes.cueless import (
    SIGN_DASHES,
    Reported,
    according,
    headline_claim,
    in_finding,
    signed_post,
    viewpoint,
)
from eventwire.nlp.quotes.headlines import headline_cue
from eventwire.nlp.quotes.holders import (
    holds_views,
    is_passive_holder,
    is_someone,
    own_subject,
    source_of,
)
from eventwire.nlp.quotes.nouns import (
    light_noun_cue,
    noun_cue,
    possessed,
    side_phrase,
    stance_agent,
)
from eventwire.nlp.quotes.speakers import RELATIVES, DocView, kin_of_someone, speaker_actor
from eventwire.nlp.quotes.words import (
    is_judged,
    is_stance,
    learned,
    lemma_of,
    listed,
    mapping,
    stance_words,
    words,
)
from eventwire.records import Actor

#: The same persons as objects ("questioned him").
OBJECT_PRONOUNS = frozenset({"me", "us", "you", "him", "her", "them"})
#: Event types of acts done, not said: their triggers are never stances, however the scorer
#: reads them ("the army shelled the town", "a court sentenced a journalist", "sent troops").
ACT_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "AID"})
#: Relations of a word that stands for a statement ("said so", "said no", "said the same").
PRO_FORM_DEPS = frozenset({"advmod", "intj", "dobj", "npadvmod", "acomp", "oprd", "attr"})
#: Tokens at most between a reporting verb and such a word ("said as much", "told them so").
MAX_PRO_FORM_GAP = 3
#: Verbs that with only a reflexive object tell where someone ended up, not what they found
#: ("found themselves outvoted").
FIND_ONESELF = frozenset({"find"})
#: Reflexive pronouns: an object that is only one says nothing of its own ("prided itself").
REFLEXIVES = frozenset(
    {"myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves", "themselves"}
)


def find_reported(view: DocView, actors: list[Actor], kept: set[int]) -> list[Reported]:
    """Every indirect attribution in the doc, in text order.

    ``kept`` are the tokens of the direct quotes found: a clause holding one is left to it (its
    speaker is found there), while a clause holding only quoted words that are no quote of
    their own (a name: 'said the so-called "rescue package" would cost …') is reported speech.
    """
    found: list[Reported] = []
    triggers = _event_triggers(view)
    for tok in view.doc:
        if tok.i in view.marked:  # the words of someone quoted ("China "firmly opposes" …")
            continue
        if tok.lower_ == "according":
            found += according(tok, view, kept)
        elif tok.lower_ == "in":
            found += in_finding(tok, view, kept)
        elif tok.pos_ == "ADP" and tok.lower_ in words("view_prep"):
            found += viewpoint(tok, view, actors, kept)
        elif tok.text == ":":
            found += headline_claim(tok, view, actors, kept)
        elif tok.text in SIGN_DASHES:
            found += signed_post(tok, view, kept)
        elif _adjective_of_stance(tok):
            found += _stance_adjective(tok, view, actors, kept)
        elif tok.pos_ == "VERB" and is_stance(tok):
            found += _verb_cue(tok, view, actors, (kept, triggers))
        elif _misread_verb(tok):
            found += _misread_cue(tok, view, kept)
        elif tok.pos_ == "NOUN" and (light := light_noun_cue(tok, view, actors, kept)):
            found += light
        elif tok.pos_ == "NOUN" and (side := _side_phrase(tok, view, actors, kept)):
            found += side
        elif tok.pos_ == "NOUN" and lemma_of(tok) in stance_words("noun"):
            found += noun_cue(tok, view, actors, kept)
        elif tok.pos_ == "NOUN" and lemma_of(tok) in words("stance_agent"):
            found += stance_agent(tok, view, actors, kept)
        else:
            scored = _scored_cue(tok, view, actors, (kept, triggers))
            found += scored or headline_cue(tok, view, actors, kept)
    return found


def _side_phrase(tok: Token, view: DocView, actors: list[Actor], kept: set[int]) -> list[Reported]:
    return side_phrase(tok, view, actors, kept) if lemma_of(tok) in words("side_phrase") else []


#: Words that may be the subject of a cue verb read as a noun.
SOURCE_POS = frozenset({"NOUN", "PROPN", "PRON"})
#: Complements only a verb takes: a clause or an infinitive.
VERB_COMPLEMENTS = ("ccomp", "xcomp")


def _misread_verb(tok: Token) -> bool:
    """A cue verb's "-s" form the parser read as a plural noun heading the sentence ("Trump
    estimates that he spent …", "the campaign plans to spend …"), or a closing cue read as the
    last word of a noun phrase (:func:`_misread_closing`): no noun takes a clause or an
    infinitive as its complement while heading the sentence."""
    if tok.pos_ != "NOUN" or tok.dep_ != "ROOT":
        return False
    lemma = lemma_of(tok)
    if lemma not in words("indirect") and lemma not in stance_words("verb"):
        return False
    if _misread_closing(tok):
        return True
    if tok.tag_ != "NNS" or not tok.lower_.endswith("s"):
        return False
    complement = _misread_complement(tok)
    return complement is not None and complement.i > tok.i


def _misread_complement(tok: Token, source: Token | None = None) -> Token | None:
    """What a cue verb read as a noun takes: a clause or an infinitive, or after it an object
    or an infinitive the parser hung on it as a noun's clause ("Watchdog blasts mayor for
    skipping hearing", "House panel votes to delay the budget"): as the head of a sentence
    with its subject before it, only a verb takes them."""
    for child in tok.children:
        if source is not None and child.i == source.i:
            continue
        if child.dep_ in VERB_COMPLEMENTS:
            return child
        if child.i > tok.i and (child.dep_ == "dobj" or _infinitive_clause(child)):
            return child
    return None


def _infinitive_clause(tok: Token) -> bool:
    """A "to" infinitive hung on a noun as its clause ("votes to delay …")."""
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.lefts)
    return tok.dep_ in ("acl", "relcl") and tok.pos_ == "VERB" and to


def _misread_closing(tok: Token) -> bool:
    """A cue closing the sentence after a comma, with its subject, that the parser read as a
    noun compound ("The mill was sold in 2010, county records show."): the clause before the
    comma hangs on it and nothing but punctuation follows it."""
    comps = [c for c in tok.children if c.dep_ in VERB_COMPLEMENTS and c.i < tok.i]
    if not comps or any(not t.is_punct for t in tok.rights):
        return False
    subject = [c for c in tok.lefts if c.dep_ in ("nsubj", "compound")]
    if not subject or subject[-1].right_edge.i != tok.i - 1:
        return False
    comma = tok.doc[subject[-1].left_edge.i - 1] if subject[-1].left_edge.i > 0 else None
    return comma is not None and comma.text == "," and comma.i > comps[-1].right_edge.i


def _misread_cue(tok: Token, view: DocView, kept: set[int]) -> list[Reported]:
    """What a cue verb read as a noun reports: its clause or infinitive, held by the noun
    phrase right before it (its subject, which the parser made a compound or a possessor)."""
    before = [c for c in tok.lefts if c.dep_ in ("nsubj", "compound", "poss")]
    source = before[-1] if before and before[-1].right_edge.i == tok.i - 1 else None
    if source is None or source.lower_ in RELATIVES or source.pos_ not in SOURCE_POS:
        return []  # as for a cue verb read right: any subject holds what a listed verb says
    # The complement after it, or, for a closing cue, the clause before it.
    comp = _misread_complement(tok, source)
    if comp is None:
        return []
    lo, hi = paragraph(tok)
    said = trim_words([t for t in comp.subtree if lo < t.i < hi])
    if len(said) < 2 or any(t.i in kept or t.i in view.marked for t in said):
        return []
    return [Reported(tok, source, said)]


def _scored_cue(
    tok: Token, view: DocView, actors: list[Actor], seen: tuple[set[int], set[int]]
) -> list[Reported]:
    """A word no list names that the learned scorer accepts as a cue in its sentence ("is proud
    of", "pushed back on"), read as a stance of its kind."""
    kind = _scored_kind(tok, view)
    if kind == "verb":
        return _verb_cue(tok, view, actors, seen, scored=True)
    if kind == "adj":
        return _stance_adjective(tok, view, actors, seen[0])
    if kind == "noun":
        return noun_cue(tok, view, actors, seen[0])
    return []


def _scored_kind(tok: Token, view: DocView) -> str | None:
    """The kind of cue the scorer makes of ``tok``; never a word a list names (the lists keep
    precedence), one that frames a stance as not taken (group ``unsaid``: "was unlikely to
    endorse") nor a trigger of a physical act ("the army shelled the town")."""
    lemma = lemma_of(tok)
    if tok.pos_ not in ("VERB", "ADJ", "NOUN") or listed(lemma) or lemma in words("unsaid"):
        return None
    kind = learned_cue(tok)
    if kind is None or view.event_types(tok) & ACT_TYPES:
        return None
    return kind


def _verb_cue(
    tok: Token,
    view: DocView,
    actors: list[Actor],
    seen: tuple[set[int], set[int]],
    scored: bool = False,
) -> list[Reported]:
    """What a reporting or stance verb attributes to its source; ``seen`` holds the tokens of
    the direct quotes and the event triggers, ``scored`` whether the learned scorer made the
    verb a cue."""
    kept, triggers = seen
    if tok.dep_ == "pcomp" and tok.head.lower_ == "without":
        return []  # "said, without saying whether a ransom was paid": nothing said
    if _verdict(tok):
        return []  # "found the minister guilty of fraud": a ruling, no view
    own = scored or lemma_of(tok) in learned("verb")  # a cue no hand list names
    if own and (_passes_on_words(tok) or _orders_an_act(tok)):
        return []
    lemma = lemma_of(tok)
    speech = lemma in words("indirect")
    stance = own or lemma in stance_words("verb") or lemma in mapping("stance_with")
    stance = stance and not _interrogates(tok, view, actors)
    source = source_of(tok, view, actors)
    if source is None or (own and not is_someone(source, view, actors)):
        return []  # a learned cue needs someone to hold it: not "the new law prohibits …"
    if not is_passive_holder(tok, source, view, actors):
        return []  # "the wall is supported by steel beams": no one takes a side
    content = reported_clause(tok, view, kept) if speech else None
    if content is None and speech:
        content = _pro_form(tok, kept) or spoken_topic(tok, view, kept)
    if content is None and speech and not stance:
        content = told_to(tok, view, kept)  # "told residents not to drink the water"
    if content is None and stance and _about_antecedent(tok, source):
        content = antecedent(tok, kept)
    if content is None and stance and _threatened_act(tok, triggers):
        return []  # "threatened to attack the airport": the threat's words, no stance of its own
    if content is None and stance:
        # a habit of force ("militants often attack army posts") is an act the events stage
        # drops, not words
        habit = a_habit(tok) and lemma in words("judging_person")
        event = (tok.i in triggers or habit) and not _takes_side(tok, view, actors)
        verbal = event and _verbal_event(tok, view)
        content = stance_object(tok, view, kept, (not speech, event and not verbal))
        if verbal and content is not None and _addressed_only(content, tok, view, actors):
            content = _with_reason(content, tok, view, kept)
    if content is None and stance:
        content = reported_clause(tok, view, kept) or passive_target(tok, view, kept)
    if content is None and (speech or stance) and _held_object(tok, view, actors, triggers):
        content = fronted_object(tok, kept)  # "the charge, which he denied"
    if content and own and (_reflexive_only(content) or _small_clause_only(tok, content)):
        return []  # "prided itself"; "made its position clear" says nothing of the position
    if content and lemma in FIND_ONESELF and _reflexive_only(content):
        return []  # "found himself in a bind": where he ended up, nothing found
    if content and lemma in words("copular") and _adjective_only(content):
        return []  # "the plan proved costly": what it turned out to be, no view
    content = _less_speakers(content, source, tok) if content else content
    return [Reported(tok, source, content)] if content else []


#: Relations of the small clause a verdict's adjective heads ("found him guilty", "… liable").
VERDICT_DEPS = frozenset({"ccomp", "oprd", "xcomp", "acomp"})


def _verdict(cue: Token) -> bool:
    """A verb of finding (group ``verdict_verb``) with a small clause headed by an adjective of a
    verdict (group ``verdict``: "found the minister guilty of fraud", "found the firm not
    liable"): a court's ruling, not a view its subject holds ("believe him innocent" is one)."""
    return (
        lemma_of(cue) in words("verdict_verb")
        and any(
            c.dep_ in VERDICT_DEPS and c.pos_ == "ADJ" and lemma_of(c) in words("verdict")
            for c in cue.rights
        )
        and _finder_rules(cue)
    )


def _finder_rules(cue: Token) -> bool:
    """Whether the verb of finding has no subject of its own (passive: "was found guilty"; a
    joined verb: "the jury retired and found him guilty") or a finder that gives verdicts (group
    ``verdict_finder``: "a court in Abuja found", "Judge Ade found"); "most voters find the
    minister guilty" is a view they hold."""
    subjects = [c for c in cue.children if c.dep_ == "nsubj"]
    if not subjects:
        return True
    subject = subjects[0]
    if subject.tag_ in ("WDT", "WP") and cue.dep_ == "relcl":  # "the jury, which found ..."
        subject = cue.head
    heads = [subject, *(c for c in subject.children if c.dep_ == "compound")]
    return any(lemma_of(t) in words("verdict_finder") for t in heads)


def _held_object(cue: Token, view: DocView, actors: list[Actor], triggers: set[int]) -> bool:
    """Whether an object of the cue is what it holds or says, as it is for any stance whose cue
    the events stage does not read as an act ("the plan, which she backed"), or for one that
    takes a side or is words only ("the remarks, which he condemned")."""
    if cue.i not in triggers:
        return True
    return _takes_side(cue, view, actors) or _verbal_event(cue, view)


def _threatened_act(cue: Token, triggers: set[int]) -> bool:
    """An act of force promised or threatened in an event's infinitive ("threatened to attack
    the airport", "vowed to attack"): what the threat says, which the threat's own quote holds;
    attacking words ("threatened to attack the bill") are the threat's too."""
    infinitive = cue.dep_ == "xcomp" or split_infinitive(cue)
    return infinitive and cue.head.i in triggers and lemma_of(cue) in words("judging_person")


def _less_speakers(content: list[Token], source: Token, cue: Token) -> list[Token]:
    """What was said without its speakers, when the parser hung them on its last object
    ("Rebels shelled the town, police and witnesses said"): up to the comma before them."""
    ids = {t.i for t in content}
    if source.i not in ids or source.i > cue.i or source.i == 0:
        return content
    comma = source.doc[source.i - 1]
    return [t for t in content if t.i < comma.i] if comma.text == "," else content


def _small_clause_only(verb: Token, content: list[Token]) -> bool:
    """A scored verb whose object is only a small clause, with no clause of what was made
    clear or known ("made its position clear on Tuesday"; not "made it clear that …")."""
    return any(c.dep_ in ("ccomp", "oprd") for c in verb.children) and not any(
        t.pos_ in ("VERB", "AUX") for t in content
    )


def _adjective_only(content: list[Token]) -> bool:
    """Content that is one adjective or adverb alone ("costly", "right"), with nothing it is
    said of or for ("proved divisive for the party" stays)."""
    words_ = [t for t in content if not t.is_punct]
    return len(words_) == 1 and words_[0].pos_ in ("ADJ", "ADV")


def _reflexive_only(content: list[Token]) -> bool:
    return all(t.lower_ in REFLEXIVES for t in content if t.is_alpha)


def _pro_form(cue: Token, kept: set[int]) -> list[Token] | None:
    """A word that stands for a whole statement ("55 percent said so", "she said no", "he said
    the same", group ``pro_form``): what was said, shorter than a clause; never a quote's word."""
    for child in cue.rights:
        if child.dep_ not in PRO_FORM_DEPS or child.i - cue.i > MAX_PRO_FORM_GAP:
            continue
        # "the same", "as much": the word with what stands before it, not "… in an interview"
        said = [t for t in child.subtree if t.i <= child.i and not t.is_punct]
        phrase = " ".join(t.lower_ for t in said)
        if phrase in words("pro_form") and not any(t.i in kept for t in said):
            return said + _said_about(child, kept)
    return None


#: Prepositions after a pro-form that say what the statement was about ("said the same of").
_ABOUT = frozenset({"about", "of", "for"})


def _said_about(pro_form: Token, kept: set[int]) -> list[Token]:
    """What a pro-form's statement was about, when a phrase says it ("said the same about the
    plan"): part of what was said."""
    for prep in pro_form.rights:
        if prep.dep_ == "prep" and prep.lower_ in _ABOUT:
            about = trim_words(list(prep.subtree))
            return [] if any(t.i in kept for t in about) else about
    return []


def _addressed_only(content: list[Token], cue: Token, view: DocView, actors: list[Actor]) -> bool:
    """ "asked him", "thanked the minister", "welcomed the envoy": an act of words whose content
    is only the person or body it is addressed to says nothing of its own (the events stage
    records it)."""
    # Someone, not something: "rejected the proposal" is about the proposal.
    whom = [c for c in cue.children if c.dep_ == "dobj" and _addressee(c, view, actors)]
    # Only the name itself: "asked the minister about the budget" may hang the reason on it,
    # but "the envoy of Japan" and "the envoy over the weekend" are still only whom.
    reasons = {t.i for c in whom for p in c.children if _reason(p) for t in p.subtree}
    covered = {t.i for c in whom for t in c.subtree} - reasons
    return all(t.i in covered for t in content)


def _addressee(obj: Token, view: DocView, actors: list[Actor]) -> bool:
    """An object that is someone an act of words is addressed to ("asked him", "thanked the
    minister", "welcomed the envoy"): a pronoun or a person or body itself, not something of
    theirs ("welcomed the mayor's election", "offered her views", "sought approval of the
    plan": a stance about it) nor a finding ("denied the reports": what is denied)."""
    if obj.pos_ in ("PRON", "PROPN") or kin_of_someone(obj):
        return True
    actor_of: dict[int, str] = view.doc._.ew_actor_of or {}
    if any(c.dep_ == "appos" and c.i in actor_of for c in obj.children):
        return True  # "welcomed the envoy, Ann Lee"
    if obj.i not in actor_of or lemma_of(obj) in words("finding"):
        return False  # its actor is only an owner ("her views") or an "of" ("approval of X")
    return is_someone(obj, view, actors)


def _reason(prep: Token) -> bool:
    """A phrase that says what an act of words is about ("for their support", "about the deal"):
    a particle of group ``reason_prep``, not a time, and not the "of" of a name."""
    about = prep.dep_ == "prep" and prep.lower_ in words("reason_prep") and not is_timed(prep)
    return about and not (prep.lower_ == "of" and prep.head.pos_ in ("NOUN", "PROPN"))


def _with_reason(
    content: list[Token], cue: Token, view: DocView, kept: set[int]
) -> list[Token] | None:
    """Who an act of words is addressed to with what it is about, after a particle of group
    ``reason_prep`` ("thanked voters for their support", "asked him about the deal"); nothing
    without one, or with quoted words in it."""
    reasons = [c for c in cue.rights if _reason(c)]
    if not reasons:
        return None
    _, hi = paragraph(cue)
    last = min(max(r.right_edge.i for r in reasons) + 1, hi)
    said = trim_words(list(cue.doc[content[0].i : last]))
    # Words in quotation marks there are the speaker's own ("thanked X for "…""): a direct quote.
    return said if said and not any(t.i in kept or t.i in view.marked for t in said) else None


def _passes_on_words(cue: Token) -> bool:
    """A learned cue whose object is a document, a finding or something said that speaks on its
    own ("issued a statement saying …"): that clause is the document's, so the verb would only
    repeat it ("released a report on the cuts" stays the verb's)."""
    said = words("document") | words("speech_noun") | words("finding")
    objects = [c for c in cue.children if c.dep_ == "dobj" and lemma_of(c) in said]
    return any(c.dep_ == "acl" and c.pos_ == "VERB" for o in objects for c in o.children)


def _orders_an_act(cue: Token) -> bool:
    """A learned cue whose object is a violent act or an armed group (group ``act_noun``:
    "ordered the arrest of …", "ordered the strikes") or a pact (group ``pact_noun``: "signed
    agreements on trade", for verbs that do something with a document, group ``issue``): the
    events stage's to record, no stance ("backed the deal" is one)."""
    objects = [c for c in cue.children if c.dep_ == "dobj"]
    if lemma_of(cue) in words("issue") and any(lemma_of(o) in words("pact_noun") for o in objects):
        return True
    return not all(_judgeable(c) for c in objects)


def _interrogates(cue: Token, view: DocView, actors: list[Actor]) -> bool:
    """ "Police questioned the suspect": an interrogation (group ``interrogation``) when its
    object is someone, so no stance ("questioned whether …" has no object and stays one); not
    what someone argues or is judged by (:func:`is_judged`: "questioned the senator's honesty"
    doubts it; "questioned the mayor's aide" is an interrogation)."""
    if lemma_of(cue) not in words("interrogation"):
        return False
    objects = [c for c in cue.children if c.dep_ == "dobj"]
    objects = [o for o in objects if not (possessed(o) and is_judged(o))]
    objects = [o for o in objects if not any(c.lower_ == "of" for c in o.rights)]
    return any(o.lower_ in OBJECT_PRONOUNS or is_someone(o, view, actors) for o in objects)


def _takes_side(cue: Token, view: DocView, actors: list[Actor]) -> bool:
    """A stance that is a position held even when the events stage records the act: a verb of
    taking a side or raising a topic (group ``position``), or of backing, praise or blame (group
    ``judging``) whose object is someone or something proposed or said ("backed Lima",
    "condemned the remarks"), not an act or an armed group ("condemned the bombing", "backed the
    rebels") nor with means ("backed X with weapons"); "attacked" whatever its object when the
    events stage reads words (group ``spoken_attack``: "attacked the harbour plan")."""
    lemma = lemma_of(cue)
    if lemma in words("position"):
        return True
    if lemma in words("judging_person"):
        if _force_at(cue, view):  # "gunmen attacked the senator": the events stage says force
            return False
        if view.event_types(cue) & words("spoken_attack"):
            return True  # "the senator attacked the plan": the events stage read words
        return any(_said_or_someone(o, view, actors) for o in _objects(cue))
    if lemma not in words("judging") or any(c.lower_ == "with" for c in cue.children):
        return False
    # Words quoted in the cue's own complements ("dismissed the plan as "absurd""), not in a
    # second verb joined to it ("condemned the attack and called for "unity"").
    own = [c for c in cue.rights if c.dep_ not in ("conj", "cc")]
    if any(t.i in view.marked for c in own for t in c.subtree):
        return True
    objects = [c for c in cue.children if c.dep_ == "dobj"]
    return any(_judgeable(o) for o in objects)


def _objects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "dobj"]


def _verbal_event(cue: Token, view: DocView) -> bool:
    """A cue the events stage records as an act of words only (group ``verbal_event``: an appeal,
    an agreement, backing: "asked the board to wait", "offered his thanks"), none of whose
    objects is a violent act or an armed group: what it takes is a stance as well as an event."""
    if lemma_of(cue) in words("judging") | words("judging_person"):
        return False  # their own rules (_takes_side) decide
    types = view.event_types(cue)
    if not types or not types <= words("verbal_event"):
        return False
    return all(_judgeable(c) for c in cue.children if c.dep_ == "dobj")


def _force_at(cue: Token, view: DocView) -> bool:
    """Whether the events stage coded the cue as an assault: who attacks whom (an armed group,
    a mob, a politician) decides there whether "attacked" is force or words."""
    return "ASSAULT" in view.event_types(cue)


def _said_or_someone(obj: Token, view: DocView, actors: list[Actor]) -> bool:
    """A person (a name, him or her, a person actor, or what they hold: "Lima's record", not
    "Lima's car") or something said ("the remarks"): what "attacked" takes when it is words,
    not force."""
    if lemma_of(obj) in words("speech_noun") or obj.lower_ in ("him", "her"):
        return True
    actor_of: dict[int, str] = view.doc._.ew_actor_of or {}
    possessed = obj.i not in actor_of and any(c.dep_ == "poss" for c in obj.children)
    if possessed and lemma_of(obj) not in words("held_noun"):
        return False  # "the senator's car": a thing of theirs, attacked by force
    kinds = {a.id: a.kind for a in actors}
    owners = [obj] + [c for c in obj.children if c.dep_ == "poss"]
    return any(kinds.get(speaker_actor(o, view, actors) or "") == "person" for o in owners)


def _judgeable(obj: Token) -> bool:
    """Anything but a violent act or an armed group (group ``act_noun``: "the bombing", "the
    rebels", "the coup", also as a compound: "the assassination attempt"), whose backing or
    condemnation is the event's to record."""
    named = [obj] + [c for c in obj.children if c.dep_ == "compound"]
    return not any(lemma_of(t) in words("act_noun") for t in named)


def _stance_adjective(
    adj: Token, view: DocView, actors: list[Actor], kept: set[int]
) -> list[Reported]:
    """ "Voters are wary of the deal", "she is confident that …": what the subject of the
    copula feels or holds, the adjective's clause or phrase."""
    if _passive_state(adj):
        source = _state_holder(adj, view)
    elif adj.dep_ == "acomp" and adj.head.pos_ in ("AUX", "VERB"):
        source = own_subject(adj.head, view)
    else:
        source = _described_holder(adj)
        if source is not None and _armed(source, view, actors):
            return []  # "gunmen loyal to the cartel": a side in arms, the events stage's
    if source is None or source.lower_ in RELATIVES or not holds_views(source, view, actors):
        return []
    parts = [c for c in adj.children if c.dep_ in ("ccomp", "xcomp", "prep") and c.i > adj.i]
    if not parts:
        return []
    lo, hi = paragraph(adj)
    first, last = max(parts[0].left_edge.i, lo + 1), min(parts[-1].right_edge.i + 1, hi)
    said = trim_words(list(adj.doc[first:last]))
    if len(said) < 2 or any(t.i in kept for t in said):
        return []
    return [Reported(adj, source, said)]


#: Sectors of armed sides, whose loyalty is told by what they do ("militiamen loyal to …").
ARMED_SECTORS = frozenset({"MIL", "REB", "PRM", "UAF", "CRM", "COP", "SPY"})


def _armed(word: Token, view: DocView, actors: list[Actor]) -> bool:
    sectors = {a.id: a.sector for a in actors}
    return sectors.get(speaker_actor(word, view, actors) or "") in ARMED_SECTORS


#: Prepositions of when, after which an adjective tells a state, not a view.
TIME_PREPS = frozenset({"after", "before", "since", "following", "during", "until"})
#: Words an adjective after them may describe as holding a stance ("voters angry at …").
HOLDER_POS = frozenset({"NOUN", "PROPN", "PRON", "ADJ"})


def _described_holder(adj: Token) -> Token | None:
    """Whom a stance adjective describes outside a copula: the word before it that it follows
    ("every voter angry at the government", "many of them skeptical about the plan"), or the
    object a verb leaves in that state ("left residents nervous about the levees"). Only an
    adjective a list names: the scorer reads a copula's."""
    if lemma_of(adj) not in stance_words("adj"):
        return None
    if any(c.dep_ == "prep" and c.lower_ in TIME_PREPS for c in adj.children):
        return None  # "two men critical after a stabbing": a condition, no view
    if adj.dep_ == "amod" and adj.head.i < adj.i and adj.head.pos_ in HOLDER_POS:
        if lemma_of(adj.head) in words("act_noun"):
            return None  # "forces loyal to the president": a side in arms, the events stage's
        return adj.head
    if adj.dep_ == "oprd" and adj.head.pos_ == "VERB":
        objects = [c for c in adj.head.children if c.dep_ == "dobj" and c.i < adj.i]
        return objects[-1] if objects else None
    return None


def _adjective_of_stance(tok: Token) -> bool:
    """An adjective of group ``stance_adj``, or a participle of the group the parser reads as a
    verb: "they are convinced that …" (after a copula) or "not everyone is convinced the plan
    will work" (a passive with a clause of its own)."""
    if tok.pos_ == "ADJ":
        return lemma_of(tok) in stance_words("adj")
    if tok.tag_ != "VBN" or tok.lower_ not in stance_words("adj"):
        return False
    if not any(c.dep_ == "ccomp" for c in tok.children):
        return False  # "was convinced to resign": persuaded to act, no view held
    return tok.dep_ == "acomp" or _passive_state(tok)


def _passive_state(tok: Token) -> bool:
    """A participle of stance read as a passive with its subject and a clause ("everyone is
    convinced the plan will work"): the state its subject is in, not an act done to them."""
    deps = {c.dep_ for c in tok.children}
    return tok.tag_ == "VBN" and "auxpass" in deps and "ccomp" in deps and "agent" not in deps


def _state_holder(participle: Token, view: DocView) -> Token | None:
    """Who is in the state a participle of stance names: its subject, passive or not."""
    subjects = ("nsubj", "nsubjpass")
    found = [c for c in participle.children if c.dep_ in subjects and c.i not in view.quoted]
    return found[0] if found else None


def _event_triggers(view: DocView) -> set[int]:
    """Token indices of every event mention the events stage found."""
    mentions: dict[str, list[int]] = view.doc._.ew_event_mentions or {}
    return {i for idxs in mentions.values() for i in idxs}


def _about_antecedent(cue: Token, source: Token) -> bool:
    """ "the wall he promised", "things they want": a relative clause whose object is the noun
    it describes."""
    return (
        cue.dep_ == "relcl"
        and source.lower_ not in RELATIVES
        and not any(c.dep_ in OBJECT_DEPS for c in cue.children)
    )
