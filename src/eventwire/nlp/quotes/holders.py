"""Who holds what a cue reports: the cue's subject, the agent of a passive reporting verb, a
subject borrowed from the verb the cue hangs on when that is someone, and the author a document
stands for (see :mod:`.reported` for the constructions); for a finite verb the parser left
without a subject, the one it hung elsewhere ("Speaking in Ohio, Ann Lee, without naming him,
accused …"). A relative pronoun standing for someone lends itself to a cue joined to its
clause ("the senator, who toured Ohio and believes …"), and so does a pronoun of a share of
people ("Some stayed, fearing …"). An infinitive after an object is the object's ("required
lawmakers to recognize …"), one after a noun its owner's or its taker's ("missed a chance to
remind voters …"), and a participle after someone's body is that body's ("his campaign sued,
claiming …"). A negated source ("No group has claimed …") holds nothing."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.datafiles import word_group
from eventwire.nlp.parse import to_infinitive
from eventwire.nlp.quotes.speakers import (
    RELATIVES,
    DocView,
    kin_of_someone,
    listed_before_cue,
    nearest_subject,
    speaker_actor,
    subject,
)
from eventwire.nlp.quotes.words import lemma_of, mapping, words
from eventwire.records import Actor

#: Tokens between a reporting verb and a subject that is no actor before the subject is doubted.
MAX_SPEAKER_GAP = 10
#: Pronouns that stand for someone who can say or hold something.
PERSONAL_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they"})
#: Subjects that say no one holds what the verb reports ("Nobody has claimed the attack").
NOBODY = frozenset({"nobody", "none", "no-one", "noone"})
#: Relations of a verb that shares the subject of the verb it is joined to, hangs on or follows
#: after a particle ("… and agreed", "seem to want", "responded by saying").
SHARING = frozenset({"conj", "xcomp", "pcomp"})
#: Words after "no" that make it a comparison, not a negation ("no fewer than twenty lawmakers").
COMPARATIVES = frozenset({"fewer", "less", "more", "longer"})


def source_of(cue: Token, view: DocView, actors: list[Actor]) -> Token | None:
    """The source of what ``cue`` reports; a document that speaks ("a statement from the
    campaign said") stands for whoever it is from."""
    found = cue_source(cue, view, actors)
    return author(found) if found is not None else None


def author(source: Token) -> Token:
    """Who a statement, letter or email is from: "the campaign's statement", "a letter from the
    dean", "a statement released by the party", "the party issued a statement saying …", "he
    released a letter that says …" (through the relative pronoun); the source itself when
    nobody is named."""
    document = _document_of(source)
    if document is None:
        return source
    issuer = next((c for c in document.head.children if c.dep_ == "nsubj"), None)
    if document.dep_ == "dobj" and issuer is not None:
        return issuer
    for child in document.children:
        if child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN"):
            return child
        if child.dep_ == "prep" and child.lower_ in ("from", "by"):
            return next((o for o in child.children if o.dep_ == "pobj"), source)
        if child.dep_ == "acl":
            agents = [a for a in child.children if a.dep_ == "agent"]
            objs = [o for a in agents for o in a.children if o.dep_ == "pobj"]
            if objs:
                return objs[0]
    return source


def _document_of(source: Token) -> Token | None:
    """The document a source is, or the one a relative pronoun stands for when someone made it
    public ("posted a message that read", "a letter from the dean, which says"; not "withheld
    an email that would have shown"); ``None`` for anything else."""
    if lemma_of(source) in words("document"):
        return source
    if source.lower_ not in RELATIVES or source.dep_ != "nsubj" or source.head.dep_ != "relcl":
        return None
    if lemma_of(source.head) in words("evidential"):
        return None  # "posted a video that shows him firing": what it shows is no one's words
    document = source.head.head
    if lemma_of(document) not in words("document"):
        return None
    # Only its publisher speaks through it: the subject of a verb of group ``issue``.
    issued = document.dep_ != "dobj" or lemma_of(document.head) in words("issue")
    return document if issued else None


def cue_source(cue: Token, view: DocView, actors: list[Actor]) -> Token | None:
    """The cue's subject (a relative "who" included), the noun a participle describes ("Democrats
    urging him to …"), a subject borrowed from the verb the cue hangs on when it is someone
    or a common noun that may hold a view (:func:`_holder_noun`), or, for a finite verb the
    parser left with none of these, the subject it hung elsewhere (:func:`stranded_subject`)."""
    found = _parsed_source(cue, view, actors)
    if found is None and cue.dep_ in STRANDED_DEPS:
        return stranded_subject(cue, view, actors) or _listed_speakers(cue, view, actors)
    return found


def _listed_speakers(cue: Token, view: DocView, actors: list[Actor]) -> Token | None:
    """The speakers the parser joined to the object before a subjectless cue ("... killed six
    farmers, police and witnesses said"), when they are someone."""
    if cue.tag_ not in FINITE_TAGS or any(c.dep_ in ANY_SUBJECT for c in cue.children):
        return None
    found = listed_before_cue(cue, view)
    return found if found is not None and is_someone(found, view, actors) else None


#: Relations of a finite verb whose subject the parser may hang elsewhere: a main verb, or one
#: it misreads as joined to, hanging on or set beside another.
STRANDED_DEPS = frozenset({"ROOT", "conj", "advcl", "ccomp", "parataxis", "dep"})


def _parsed_source(cue: Token, view: DocView, actors: list[Actor]) -> Token | None:
    """:func:`cue_source` as the parse gives it."""
    own = own_subject(cue, view)
    if cue.dep_ == "relcl" and own is not None and own.lower_ in RELATIVES:
        return own
    if cue.dep_ == "relcl" and own is None:
        return None  # "the report released on Monday": no one holds anything
    if cue.dep_ == "acl" and own is None and cue.head.pos_ in ("NOUN", "PROPN"):
        # "a chorus of Democrats urging him to bow out"; an infinitive's noun is a plan or a
        # chance that someone has or takes ("missed a chance to remind voters …")
        return _infinitive_holder(cue, view) or cue.head
    if own is not None:
        if own.lower_ in ("which", "that", "who") or _nobody(own):
            return None
        far = cue.i - own.right_edge.i > MAX_SPEAKER_GAP  # "A study by … found": the phrase
        # A far-off subject nobody is: a misparse. So is one the parser hung the clause's "but"
        # on ("A drone laden with … targeted the residence …, but said …": the drone's phrase
        # runs up to the cue).
        coordinated = any(c.dep_ == "cc" and c.i > own.i for c in own.children)
        if coordinated and not is_someone(own, view, actors):
            return None
        return None if far and speaker_actor(own, view, actors) is None else own
    if _not_taken(cue):
        return None  # "stopped short of endorsing", "was unlikely to back": nothing held
    # A subject borrowed must be someone, or a noun that may hold a view (:func:`_holder_noun`):
    # "a drone … targeted the residence …, but said …" is not the drone speaking.
    designates = cue.dep_ == "xcomp" and _names_something(cue, view)
    if cue.dep_ == "xcomp" and cue.head.dep_ == "acomp" and not designates:
        # "voters are more likely to say …", "she was quick to point out …": the copula's subject
        borrowed = own_subject(cue.head.head, view)
    elif cue.dep_ == "xcomp" and not designates and _controller(cue, view, actors) is not None:
        borrowed = _controller(cue, view, actors)  # "would require lawmakers to recognize …"
    elif cue.dep_ in ("conj", "advcl") or (cue.dep_ == "xcomp" and not designates):
        borrowed = subject(cue, view)  # "… and said", "seems to think", "plans to ask"
    elif cue.dep_ == "pcomp" and cue.head.dep_ == "prep":  # "responded by saying …"
        holder = _phrase_verb(cue.head.head)
        borrowed = own_subject(holder, view) or _climbed_subject(holder, view)
    else:
        return None
    if borrowed is None:
        return None
    if _relative_of_someone(borrowed, view, actors) or _people_quantifier(borrowed, view, actors):
        return borrowed
    if not (is_someone(borrowed, view, actors) or _holder_noun(cue, borrowed, view, actors)):
        return None
    return borrowed


#: Object pronouns of people ("asked them to …").
PERSONAL_OBJECTS = frozenset({"me", "you", "him", "her", "us", "them"})


def _controller(cue: Token, view: DocView, actors: list[Actor]) -> Token | None:
    """The object of the verb an infinitive or a participle hangs on, which is who does what it
    says ("asked the council to reconsider", "would require lawmakers to recognize that …",
    "left many to wonder whether …", "left voters feeling that …"): its subject in the
    grammar, not the subject of the verb above it. Only people: a thing before an infinitive
    is what the subject uses to do it ("used it to advocate …", "spent money to urge …")."""
    if cue.head.pos_ != "VERB" or not (to_infinitive(cue) or cue.tag_ == "VBG"):
        return None
    objects = [c for c in cue.head.children if c.dep_ == "dobj" and c.i < cue.i]
    if not objects:
        return None
    found = objects[-1]
    if found.lower_ in PEOPLE_QUANTIFIERS:  # "left many to wonder", "some", "others"
        return found
    if found.pos_ == "PRON":  # "asked him to …", not "used it to …"
        return found if found.lower_ in PERSONAL_OBJECTS | PEOPLE_QUANTIFIERS else None
    return found if is_someone(found, view, actors) else None


#: Relations of a noun whose infinitive is held by the subject of the verb above the noun
#: ("launched a bid to persuade …", "is the first to say …").
HELD_NOUN_DEPS = frozenset({"dobj", "attr"})


#: Nouns of asking, whose infinitive is what the one asked is to do, not the asker's view.
ASKING_NOUNS = word_group("eventwire.nlp.quotes", "asking_nouns")


def _infinitive_holder(cue: Token, view: DocView) -> Token | None:
    """Who holds what an infinitive after a noun says ("a chance to remind voters …", "a bid to
    persuade the board …"): a noun names no one's view, it is had or taken by its owner ("the
    senator's bid to …"), by whoever "by" names ("a push by unions to …") or by the subject of
    the verb it is the object of ("she launched a bid to …"); ``None`` for a participle ("a
    chorus of Democrats urging him …": the noun itself speaks) or when nobody is named."""
    if not to_infinitive(cue):
        return None
    noun = cue.head
    if noun.lemma_.lower() in ASKING_NOUNS:
        return None  # "a request by lawmakers to explain": the one asked is to explain
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ == "by" and child.i < cue.i:
            return next((o for o in child.children if o.dep_ == "pobj"), None)
    if noun.dep_ in HELD_NOUN_DEPS and noun.head.pos_ in ("VERB", "AUX"):
        return own_subject(noun.head, view)
    return None


#: Pronouns of a share of people that hold what their verb says ("Some fear …", "many worry").
PEOPLE_QUANTIFIERS = frozenset({"some", "many", "others", "most", "both", "several", "few"})


def _relative_of_someone(borrowed: Token, view: DocView, actors: list[Actor]) -> bool:
    """A relative pronoun that is the subject of the clause a cue is joined to or hangs on,
    standing for someone ("the senator, who met them and urged …", "a group which backed him
    and endorsed …"): the relative speaks, as it does for a cue of its own."""
    if borrowed.lower_ not in RELATIVES or borrowed.dep_ != "nsubj":
        return False
    clause = borrowed.head
    if clause.dep_ != "relcl" or clause.head.pos_ not in ("NOUN", "PROPN"):
        return False
    return is_someone(clause.head, view, actors)


def _people_quantifier(borrowed: Token, view: DocView, actors: list[Actor]) -> bool:
    """A pronoun of a share of people as the subject a cue borrows ("Some seek …, fearing …",
    "many said …, and worry"); with an "of", only of people ("some of the voters", not "some
    of the funds")."""
    if borrowed.lower_ not in PEOPLE_QUANTIFIERS or borrowed.pos_ not in ("PRON", "ADJ", "NOUN"):
        return False
    of = [o for c in borrowed.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    return all(is_someone(o, view, actors) for o in of)


#: Tags of a verb that has a tense of its own: a clause's main verb, which needs a subject.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
#: Relations of a verb's subject, of any kind: a verb with one has no stranded subject.
ANY_SUBJECT = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
#: Relations of a word that is no verb's subject, however the parser reads the verb: an owner
#: ("the mayor's"), or the object of a verb or a particle ("…, facing a challenge in Ohio, said").
NOT_SUBJECT = frozenset({"poss", "pobj", "dobj", "attr"})
#: Asides set off by commas that may stand between a subject and its verb ("Ann Lee, asked
#: about it on Monday, in Ohio, said …"), and the words at most in each.
MAX_ASIDES = 2
MAX_ASIDE_WORDS = 12
#: Marks no aside runs across: the end of a sentence or clause, or a parenthesis.
_CLAUSE_BREAKS = frozenset({".", ";", ":", "?", "!", "(", ")"})


def stranded_subject(cue: Token, view: DocView, actors: list[Actor]) -> Token | None:
    """The subject of a finite verb the parser left without one, having hung its subject
    elsewhere (as an apposition, a conjunct or a compound of the phrase before it: "Speaking in
    Ohio, Ann Lee, without naming him, also accused …", "After a day of talks, the mayor's
    office announced …"): the word right before the verb, past adverbs, auxiliaries and up to
    :data:`MAX_ASIDES` asides set off by commas, when it is someone. An imperative or a headline
    has nothing before its verb, and a comma with no aside before it ends the search."""
    if cue.tag_ not in FINITE_TAGS and not any(c.dep_ == "aux" for c in cue.children):
        return None
    if any(c.dep_ in ANY_SUBJECT for c in cue.children):
        return None  # a subject the rules above turned down stays turned down
    found = _before_asides(cue, view)
    if found is None or found.pos_ not in ("NOUN", "PROPN", "PRON") or found.dep_ in NOT_SUBJECT:
        return None
    return found if is_someone(found, view, actors) and not _nobody(found) else None


def _before_asides(cue: Token, view: DocView) -> Token | None:
    """The word before ``cue`` in its sentence past adverbs, auxiliaries and particles ("also",
    "has", "not") and past asides set off by commas; ``None`` at a break or an unclosed aside."""
    doc, start, asides = cue.doc, cue.sent.start, 0
    i = cue.i - 1
    while i >= start:
        tok = doc[i]
        if tok.i in view.quoted or tok.i in view.marked or "\n" in tok.text:
            return None
        if tok.pos_ in ("AUX", "ADV", "PART") or tok.is_space:
            i -= 1
        elif tok.text == ",":
            opening = _aside_opening(i, start, view)
            asides += 1
            if opening is None or asides > MAX_ASIDES:
                return None
            i = opening - 1
        else:
            return None if tok.is_punct else tok  # a dash or a bracket: no subject before it
    return None


def _aside_opening(closing: int, start: int, view: DocView) -> int | None:
    """The comma that opens the aside closed by the comma at ``closing``: a few words with no
    verb of their own tense (a clause with its own subject is no aside)."""
    doc = view.doc
    for j in range(closing - 1, max(start, closing - MAX_ASIDE_WORDS - 1) - 1, -1):
        tok = doc[j]
        if tok.text == ",":
            return j if j < closing - 1 else None
        if tok.i in view.quoted or tok.text in _CLAUSE_BREAKS or "\n" in tok.text:
            return None
        if tok.tag_ in FINITE_TAGS:
            return None
    return None


#: Relations a gerund's phrase climbs through to the verb whose subject does what it says:
#: "took the step of criticizing", "was in the lead in advocating", "stopped short of backing".
PHRASE_DEPS = frozenset({"dobj", "pobj", "prep", "acomp", "attr", "advmod"})


#: Relations a verb climbs through to a word that may frame it as not done.
FRAME_DEPS = frozenset({"xcomp", "pcomp", "prep", "acomp", "advmod"})


def _not_taken(cue: Token) -> bool:
    """Whether a verb without a subject hangs, a few steps up, under a word that frames its
    stance as not taken (group ``unsaid``: "stopped short of endorsing", "refrained from
    criticizing", "was unlikely to back"). "Declined to comment" stays: declining is said."""
    tok = cue
    for _ in range(3):
        if tok.dep_ not in FRAME_DEPS or tok.head.i == tok.i:
            return False
        tok = tok.head
        if lemma_of(tok) in words("unsaid"):
            return True
    return False


def _phrase_verb(head: Token) -> Token:
    """The verb a particle's gerund hangs under through a noun or adjective phrase ("took the
    unusual step of criticizing …": "took"; "was quick in backing …": "was"), a few steps up;
    ``head`` itself when it is a verb or nothing leads to one."""
    tok = head
    for _ in range(3):
        if tok.pos_ in ("VERB", "AUX") or tok.dep_ not in PHRASE_DEPS or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok if tok.pos_ in ("VERB", "AUX") else head


def _climbed_subject(verb: Token, view: DocView) -> Token | None:
    """The subject of the clause a verb without one hangs in ("risks alienating voters by
    dismissing him": the subject of "risks"), a few verbs up."""
    for _ in range(3):
        if verb.dep_ not in ("conj", "advcl", "xcomp") or verb.head.i == verb.i:
            return None
        verb = verb.head
        found = own_subject(verb, view)
        if found is not None:
            return found
    return None


def _holder_noun(cue: Token, borrowed: Token, view: DocView, actors: list[Actor]) -> bool:
    """A common noun subject that holds what a verb without a subject of its own says.

    A verb joined to the noun's verb, hanging on it, or after its particle shares its subject
    in the grammar ("aides met and agreed to …", "voters seem to want …", "the union responded
    by saying …"): a noun near enough is the holder, though no actor names it (a far one
    heads a long phrase the parser misread: "A drone laden with … targeted the house …, but
    said …"), unless the verb is one a thing does as often (group ``evidential``: "The economy
    slowed and seemed to suggest …") or a passive ("The delegates arrived and were told …").
    A participle's clause only comments on its noun ("Oil prices fell, suggesting …"), so
    there the noun must be an actor ("the campaign sued, claiming …"). Never a violent act or
    an armed group (group ``act_noun``).
    """
    if (
        borrowed.pos_ != "NOUN"
        or borrowed.dep_ != "nsubj"
        or lemma_of(borrowed) in words("act_noun")
    ):
        return False
    if cue.dep_ in SHARING:
        return (
            cue.i - borrowed.right_edge.i <= MAX_SPEAKER_GAP
            and lemma_of(cue) not in words("evidential")
            and not any(c.dep_ == "auxpass" for c in cue.children)  # "… and were told that"
        )
    if cue.dep_ != "advcl":
        return False
    # A participle of saying or of any other stance after a plural noun ("the candidates
    # followed his lead, saying …", "the growers sued, hoping to …") is its people's, as a verb
    # of saying is; not after a measure ("The index rose 2%, saying …"); one a thing does as
    # often ("suggesting") only an actor's.
    says = lemma_of(cue) not in words("evidential")
    people = says and borrowed.tag_ == "NNS"
    # Someone's team, office or campaign ("his campaign sued, claiming …"): an owner that is
    # someone makes the noun a body of people.
    owned = says and any(_someone_s(c, view, actors) for c in borrowed.children)
    return people or owned or speaker_actor(borrowed, view, actors) is not None


#: Possessive pronouns of people ("his campaign", "their office"; not "its").
PERSONAL_POSSESSIVES = frozenset({"my", "your", "his", "her", "our", "their"})


def _someone_s(owner: Token, view: DocView, actors: list[Actor]) -> bool:
    """An owner that is someone: "his", "their", "the mayor's"."""
    if owner.dep_ != "poss":
        return False
    return owner.lower_ in PERSONAL_POSSESSIVES or is_someone(owner, view, actors)


def _nobody(source: Token) -> bool:
    """ "No group has claimed responsibility", "none of the candidates said": a negated
    source, whose words no one spoke, so there is nothing to attribute."""
    return source.lower_ in NOBODY or any(_negating(c) for c in source.children)


def _negating(det: Token) -> bool:
    """A determiner "no" that negates its noun: lower case or opening the sentence, first in
    the phrase, and not "No fewer than twenty", "No 10" or "the No campaign" (a name)."""
    if det.dep_ != "det" or det.lower_ != "no":
        return False
    if det.text == "No" and det.i != det.sent.start:
        return False
    after = det.nbor(1) if det.i + 1 < len(det.doc) else None
    counted = after is not None and (after.like_num or after.lower_ in COMPARATIVES)
    earlier = any(c.dep_ in ("det", "poss") and c.i < det.i for c in det.head.children)
    return not counted and not earlier


def _names_something(cue: Token, view: DocView) -> bool:
    """A verb whose object is given a name in quotation marks ("describes the war as a "special
    operation""): a designation, not a view reported."""
    objects = [c for c in cue.rights if c.dep_ not in ("ccomp", "conj", "punct")]
    return any(t.i in view.marked for c in objects for t in c.subtree)


def is_someone(tok: Token, view: DocView, actors: list[Actor]) -> bool:
    """A person or body: a personal pronoun, a name, or an actor; or a poll, study or other
    finding that states something ("The survey … and found that …")."""
    if tok.lower_ in PERSONAL_PRONOUNS or tok.pos_ == "PROPN":
        return True
    if lemma_of(tok) in words("finding") or kin_of_someone(tok):  # "his attorney warned"
        return True
    return speaker_actor(tok, view, actors) is not None


def own_subject(verb: Token, view: DocView) -> Token | None:
    """The verb's subject, or the agent of a passive reporting verb ("was first reported by the
    Herald"), of a verb of asking (group ``asked_passive``: "was asked by a reporter whether
    …": the passive's subject is only whom the question is put to) or of a verb of taking a
    side (:func:`takes_side`: "was endorsed by the mayor"), who holds the stance when someone
    (:func:`is_passive_holder`)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i not in view.quoted]
    found = nearest_subject(subjects, verb) if subjects else None
    lemma = lemma_of(verb)
    passive_speech = lemma in words("indirect") or lemma in words("asked_passive")
    if found is None and (passive_speech or takes_side(verb)):
        return passive_agent(verb, view)
    return found


def takes_side(verb: Token) -> bool:
    """A verb of taking a side, backing, praise or blame whose passive's subject is whom or
    what the agent's stance is about (group ``side_passive``: "was endorsed by the mayor"); not
    one as often physical or legal ("was attacked by gunmen", "dismissed by a judge")."""
    return lemma_of(verb) in words("side_passive")


#: Agents that are a share of people ("rejected by 64 percent", "backed by nearly 6").
SHARES = word_group("eventwire.nlp.quotes", "shares")


def is_passive_holder(verb: Token, source: Token, view: DocView, actors: list[Actor]) -> bool:
    """Whether a source that is the agent of a passive of taking a side may hold its stance:
    not an act ("condemned by the violence"), and for a verb a thing does as often (group
    ``side_passive`` -> someone) someone or a share ("was backed by Iran", "by a third of
    voters"), not a thing ("supported by steel beams", "backed by tanks", "rejected by her
    body"); any other source may."""
    agent = source.dep_ == "pobj" and source.head.dep_ == "agent" and source.head.head == verb
    if not agent or lemma_of(verb) in words("indirect"):
        return True
    if lemma_of(source) in words("act_noun"):
        return False
    if mapping("side_passive").get(lemma_of(verb)) != "someone":
        return True
    share = source.pos_ == "NUM" or lemma_of(source) in SHARES
    return share or is_someone(source, view, actors)


def passive_agent(verb: Token, view: DocView) -> Token | None:
    agents = [c for c in verb.children if c.dep_ == "agent"]
    objs = [o for a in agents for o in a.children if o.dep_ == "pobj" and o.i not in view.quoted]
    return objs[0] if objs else None


def holds_views(source: Token, view: DocView, actors: list[Actor]) -> bool:
    """Someone (:func:`is_someone`), or people no actor names: a plural common noun that is no
    violent act, armed group or side ("beekeepers are wary of …", "drew criticism from
    growers"; not "from several quarters"), where only people feel or criticise; never a
    dateline."""
    places: dict[int, str] = view.doc._.ew_place_of or {}
    if source.i in places and source.text.isupper():
        return False  # a dateline the parser made the subject ("LAGOS, Nigeria - Residents …")
    if is_someone(source, view, actors):
        return True
    lemma = lemma_of(source)
    return source.tag_ == "NNS" and lemma not in words("act_noun") | words("not_speaker")
