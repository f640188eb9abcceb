"""Who said it: the cue verb of a quote, its speaker's words and actor, and the channel.

A quote's cue is the nearest cue verb ("said", "warned", "asked", …;
``quotes/data/quote_words.tsv``) outside any quote in the sentences the quote touches; its subject
is the speaker (never a time the parser hung on the verb: "No wonder X said", "said Thursday").
A quote after a colon belongs to the clause before the colon ("Mendes disagreed: "…"", "Minister
X: "…"", "… - Jane Roe: "…"", "From the report: "…""). A quote with no cue of its own
continues the speaker of its paragraph's previous (or next) sentence. Pronoun speakers resolve
to the nearest earlier actor of a compatible kind and gender (he/she → a person whose honorific,
title noun or first name does not contradict; it → an organisation or state; they → a group,
organisation or state), skipping words inside quotes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from eventwire.nlp.events import clause_subject
from eventwire.nlp.parse import RELATIVE_PRONOUNS, actors_at
from eventwire.nlp.quotes.words import doing_object, lemma_of, mapping, words
from eventwire.records import Actor, Quote

SUBJECTS = ("nsubj", "nsubjpass")
PRONOUN_KINDS = {
    "he": ("person",),
    "she": ("person",),
    "it": ("organization", "state"),
    "they": ("group", "organization", "state"),
}
PRONOUN_GENDER = {"he": "m", "she": "f"}
#: Relative pronouns a cue's subject may be: "… Brockovich, who endorsed Sanders".
RELATIVES = RELATIVE_PRONOUNS
#: Nouns in these relations before a colon name the speaker themselves ("Minister X: "…"").
HEADS = frozenset({"ROOT", "nsubj", "appos", "dep", "npadvmod"})
#: How far back (in sentences) a pronoun speaker's antecedent may be.
PRONOUN_WINDOW = 3
#: Words after an inverted cue ("said Atlantic City Mayor Don Guardian") read for a name.
MAX_NAME_WORDS = 8
#: Tokens at most between a closing mark and a cue whose speaker is named in between.
MAX_APPOSITION = 25


@dataclass(slots=True)
class Found:
    """A quote with the tokens it was attributed through (for speakers and event links)."""

    quote: Quote
    cue: Token | None
    speaker: Token | None


@dataclass(slots=True)
class DocView:
    """What attribution needs about a doc, computed once: text, sentences, quoted tokens."""

    doc: Doc
    text: str
    sents: list[SpacySpan]
    sent_of: list[int]  # token index → sentence index
    quoted: set[int]  # tokens inside a direct quote (marks included)
    #: Tokens inside any quotation marks, short ones too (a name, a scare quote, "firmly opposes").
    marked: set[int] = field(default_factory=set)

    @classmethod
    def build(
        cls,
        doc: Doc,
        text: str,
        quoted_chars: list[tuple[int, int]],
        marked_chars: Sequence[tuple[int, int]] = (),
    ) -> DocView:
        sents = list(doc.sents)
        sent_of = [0] * len(doc)
        for n, s in enumerate(sents):
            for i in range(s.start, s.end):
                sent_of[i] = n
        quoted = _tokens_within(doc, text, quoted_chars)
        return cls(doc, text, sents, sent_of, quoted, _tokens_within(doc, text, marked_chars))

    def event_types(self, tok: Token) -> set[str]:
        """The types of the events the events stage found with ``tok`` as a mention."""
        mentions: dict[str, list[int]] = self.doc._.ew_event_mentions or {}
        events = {e.id: e for e in self.doc._.ew_events or []}
        return {events[e].type for e, idxs in mentions.items() if e in events and tok.i in idxs}

    def same_paragraph(self, a: int, b: int) -> bool:
        """Whether sentences ``a`` and ``b`` are in one paragraph (no newline between them)."""
        lo, hi = sorted((self.sents[a].start_char, self.sents[b].start_char))
        return "\n" not in self.text[lo:hi].strip()


def _tokens_within(doc: Doc, text: str, chars: Sequence[tuple[int, int]]) -> set[int]:
    """Tokens of the given quotations, their marks included."""
    found: set[int] = set()
    for start, end in chars:
        span = doc.char_span(max(0, start - 1), min(len(text), end + 1), alignment_mode="expand")
        if span is not None:
            found.update(range(span.start, span.end))
    return found


def subject(verb: Token, view: DocView, depth: int = 0) -> Token | None:
    """The speaker head of a cue verb, outside any quote; follows conjoined and adverbial verbs
    ("she said, adding: …") and inverted order (""…," said the minister")."""
    # Not a short quote either: ""The risk," said X, "is …"" has "The risk" for subject.
    subjects = [
        c
        for c in verb.children
        if c.dep_ in SUBJECTS and c.i not in view.quoted and c.i not in view.marked
    ]
    if subjects:
        child = nearest_subject(subjects, verb)
        return _name_before(verb, view) if _misread_subject(child, verb) else child
    for child in verb.lefts:  # ""…," Conway notes." parsed as a compound of the verb
        misparsed = child.dep_ in ("compound", "npadvmod", "dep", "nmod") and not _when(child)
        outside = child.i not in view.quoted and child.i not in view.marked
        if misparsed and child.pos_ in ("PROPN", "NOUN", "PRON") and outside:
            return child
    if verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.i != verb.i and depth < 3:
        found = subject(verb.head, view, depth + 1)
        if found is not None:
            return found
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and depth < 3:  # "replied by saying"
        found = subject(verb.head.head, view, depth + 1)
        if found is not None:
            return found
    named = _named_before_cue(verb, view) or listed_before_cue(verb, view)
    if named is not None:
        return named
    for child in verb.rights:
        inverted = child.dep_ in ("dobj", "attr", "npadvmod", "nsubj", "appos", "dep")
        inverted = inverted and not _when(child)  # ""…," he said Thursday morning"
        if inverted and child.pos_ in ("PROPN", "NOUN", "PRON") and child.i not in view.quoted:
            return child
    return _after_quote(verb, view) or _opening_name(verb, view) or _name_before_aside(verb, view)


def nearest_subject(subjects: Sequence[Token], verb: Token) -> Token:
    """The subject nearest before the verb, else the first after it. A second subject the
    parser hangs on a verb is mostly a misreading further off: a dateline or a live blog's
    time stamp opening the line ("WASHINGTON -- Sen. Ann Lee said …", "12:15 p.m.: Ann Lee says
    …") or a relative word ("the plan, which she said was flawed"). An object taken for the
    subject gives way to the speakers after it (:func:`_speakers_after_object`)."""
    before = [s for s in subjects if s.i < verb.i]
    interrupted = interruption(verb)
    if before and interrupted is not None and interrupted[0] == before[-1]:
        return interrupted[1]  # "The harbour, said the mayor, will close": the mayor speaks
    chosen = before[-1] if before else subjects[0]
    return _speakers_after_object(chosen) or chosen


def interrupted_subject(verb: Token) -> Token | None:
    """The subject of a reported clause that an inverted cue interrupts (:func:`interruption`)."""
    found = interruption(verb)
    return found[0] if found is not None else None


def interruption(verb: Token) -> tuple[Token, Token] | None:
    """The subject of a reported clause that an inverted cue interrupts and the speaker ("The
    harbour, said the mayor, will close in May", "Most of the money, said the treasurer, came
    from farmers"): the parser hangs the clause's subject on the cue, set off by a comma right
    before it, and the speaker, right after the cue with a comma after it, on the cue too or on
    the clause's verb, which has no other subject."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None  # a participle's subject is its own ("Democrats, fearing defeat, failed")
    before = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    doc = verb.doc
    # The parser may hang either comma on the phrase before it.
    if not before or before[-1].right_edge.i not in (verb.i - 1, verb.i - 2):
        return None
    # A subject with an aside of its own speaks ("The manager, Ann Lee, said the aide, Tom
    # Barlow, should go"): a clause's subject is set off by the cue alone.
    if doc[verb.i - 1].text != "," or any(
        t.text == "," for t in doc[before[-1].left_edge.i : verb.i - 1]
    ):
        return None
    clause = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    if verb.dep_ == "parataxis" and verb.head.i > verb.i:
        clause.append(verb.head)  # the verb the parser set the cue beside
    if not clause:
        return None
    subjects = ("nsubj", "nsubjpass")
    own = [c for c in clause[0].children if c.dep_ in subjects]
    after = [c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i] or own[:1]
    if not after or after[0].left_edge.i != verb.i + 1 or len(own) > (after[0] in own):
        return None
    speaker = after[0]
    closing = speaker.right_edge.i + (doc[speaker.right_edge.i].text != ",")
    if closing >= len(doc) or doc[closing].text != "," or closing > clause[0].i:
        return None
    return before[-1], speaker


def _speakers_after_object(child: Token) -> Token | None:
    """ "... kidnapped 40 pupils, police and residents said": the parser made the last clause's
    object the subject and the speakers its conjuncts. No subject follows its verb bare, so the
    speakers are the conjuncts after the comma."""
    start = child.left_edge.i
    if start == 0 or child.doc[start - 1].pos_ != "VERB":
        return None
    after_comma = [c for c in child.rights if c.dep_ == "conj" and child.doc[c.i - 1].text == ","]
    return after_comma[0] if after_comma else None


def _misread_subject(child: Token, verb: Token) -> bool:
    """A subject the parser took from a time or from the paragraph before: "Saturday at the
    convention Sen. Ann Lee said", a live blog's "6:50 p.m." line above "Ann Lee has told"."""
    lo, hi = sorted((child.i, verb.i))
    return _when(child) or any(t.is_space and "\n" in t.text for t in child.doc[lo:hi])


def _name_before(verb: Token, view: DocView) -> Token | None:
    """The noun right before a cue verb, past auxiliaries, adverbs and a parenthesis ("Sen. Ann
    Lee (D-MA) once said"): the speaker when the parsed subject is a misreading."""
    depth = 0
    for tok in reversed(verb.doc[verb.sent.start : verb.i]):
        if tok.is_space and "\n" in tok.text:
            return None
        depth += (tok.text == ")") - (tok.text == "(")
        if depth > 0 or tok.text == "(" or tok.pos_ in ("AUX", "ADV", "PART"):
            continue
        named = tok.pos_ in ("PROPN", "NOUN", "PRON") and not _when(tok)
        return tok if named and tok.i not in view.quoted else None
    return None


def _opening_name(verb: Token, view: DocView) -> Token | None:
    """The name that opens the sentence of a cue the parser left without a subject, set off by
    a comma ("Columnist Ann Lee, in a long post on Monday, wrote, "…"")."""
    name: list[Token] = []
    for tok in verb.sent:
        if tok.i >= verb.i or tok.i in view.quoted:
            return None
        if tok.is_space or (not name and tok.is_punct):
            continue
        if tok.text == ",":
            break
        if not _in_name(tok):
            return None
        name.append(tok)
    names = [t for t in name if t.pos_ == "PROPN"]
    return names[-1] if names else None


def _name_before_aside(verb: Token, view: DocView) -> Token | None:
    """The name before an aside set off by commas, when the parser cut the cue from it
    ("Columnist Ann Lee, in a long post on Monday, wrote, "…"", "after Mr. Lee, asked about
    the deal, had said, "…""): the last word before the aside's opening comma, if a name."""
    doc = view.doc
    i = verb.i - 1
    while i >= 0 and doc[i].pos_ in ("AUX", "ADV", "PART"):
        i -= 1
    if i < 0 or doc[i].text != ",":
        return None
    for j in range(i - 1, max(0, i - MAX_APPOSITION), -1):
        tok = doc[j]
        if tok.i in view.quoted or "\n" in tok.text or tok.text in (".", ";", ":", "?", "!"):
            return None
        if tok.text == ",":
            before = doc[j - 1]
            named = before.pos_ == "PROPN" and not _when(before)
            return before if named and before.i not in view.quoted else None
    return None


def listed_before_cue(verb: Token, view: DocView) -> Token | None:
    """ "... killed six farmers, police and witnesses said": a subjectless cue right after a
    list the parser joined to the object before it; the speakers follow the comma."""
    if verb.i == 0 or verb.nbor(-1).dep_ != "conj" or verb.nbor(-1).i in view.quoted:
        return None
    first = verb.nbor(-1)
    while first.head.dep_ == "conj" and first.head.i < first.i:
        first = first.head  # "police and witnesses": back to the first after the comma
    if first.pos_ not in ("NOUN", "PROPN") or first.i == 0 or first.nbor(-1).text != ",":
        return None
    return _speakers_after_object(first.head) and first


def _when(tok: Token) -> bool:
    """A time or an adverbial phrase the parser hung on a cue verb as a noun: "Saturday",
    "Thursday morning", "5:45 p.m.", "at one point", "No wonder": never the speaker."""
    return tok.ent_type_ in ("DATE", "TIME") or tok.lemma_.lower() in words("not_speaker")


def _named_before_cue(verb: Token, view: DocView) -> Token | None:
    """The name between a closing mark and a cue further on (""…," Ann Lee, founder of the
    trust, tells the Gazette"): the subject, so the noun after the verb is no inverted one; a
    cue right after the mark may be inverted (""…," said Ann Lee")."""
    i = verb.i - 1
    while i >= 0 and view.doc[i].is_punct and i not in view.quoted and i not in view.marked:
        i -= 1
    if i < 0 or i in view.quoted or i in view.marked:
        return None
    return _after_quote(verb, view)


def _after_quote(verb: Token, view: DocView) -> Token | None:
    """The speaker of a cue that follows a quote when the parser hung the name elsewhere: the
    name right after the cue (""…," said Mayor Ann Lee, who …") or between the closing mark and
    the cue (""…," Ann Lee, a lawyer in the city, wrote")."""

    # A short quote ends where a long one would (""The risk," said X, "is that …""): the
    # closing mark of any quotation counts.
    def quoted(i: int) -> bool:
        return i in view.quoted or i in view.marked

    i = verb.i - 1
    while i >= 0 and view.doc[i].is_punct and not quoted(i):
        i -= 1
    if i >= 0 and quoted(i):
        return _name_from(verb.i + 1, view)
    mark = next(
        (j for j in range(verb.i - 1, max(-1, verb.i - MAX_APPOSITION), -1) if quoted(j)),
        None,
    )
    if mark is None or view.sent_of[mark] != view.sent_of[verb.i]:
        return None
    found = _name_from(mark + 1, view)
    before = view.doc[verb.i - 1]  # ""…," screenwriter Ann Lee wrote": a title misread as a verb
    if found is None and before.i > mark and before.pos_ in ("PROPN", "NOUN", "PRON"):
        return before
    return found


def _name_from(start: int, view: DocView) -> Token | None:
    """The last noun of the name that starts at token ``start``."""
    found: Token | None = None
    for tok in view.doc[start : start + MAX_NAME_WORDS]:
        if tok.i in view.quoted or not (_in_name(tok) or _title_before_name(tok)):
            break
        found = tok if tok.pos_ in ("PROPN", "NOUN") else found
    return found


def _title_before_name(tok: Token) -> bool:
    """A lower-case title the tagger read as a verb right before a name ("screenwriter Ann")."""
    nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    return tok.is_lower and tok.is_alpha and nxt is not None and nxt.pos_ == "PROPN"


def _in_name(tok: Token) -> bool:
    """A word of a noun phrase naming someone: "the state's attorney general", "co-host Stu X"."""
    if tok.pos_ in ("PROPN", "NOUN", "ADJ", "DET", "NUM") or tok.tag_ == "POS":
        return True
    if tok.pos_ == "VERB" and tok.dep_ in ("amod", "compound"):  # "retired neurosurgeon"
        return True
    return tok.text == "-" and tok.whitespace_ == "" and tok.i + 1 < len(tok.doc)


def cue_verbs(view: DocView, sent_ids: list[int]) -> list[Token]:
    """Cue verbs outside quotes in the given sentences."""
    return [
        t
        for n in sent_ids
        for t in view.sents[n]
        if t.i not in view.quoted and t.pos_ in ("VERB", "AUX") and is_cue(t)
    ]


def is_cue(verb: Token) -> bool:
    """A cue verb, or a verb that is one with its particle or object ("as she put it", "he
    pointed out")."""
    lemma = lemma_of(verb)
    if doing_object(verb, lemma):
        return False  # "observed a ceasefire": kept, not said
    if lemma in words("cue"):
        return True
    with_word = mapping("cue_with").get(lemma)
    return with_word is not None and any(c.lower_ == with_word for c in verb.children)


def according_to(view: DocView, sent_ids: list[int]) -> tuple[Token, Token] | None:
    """("according", source head) of an "according to X" outside quotes, if any."""
    for n in sent_ids:
        for t in view.sents[n]:
            if t.lower_ == "according" and t.i not in view.quoted:
                to = next((c for c in t.children if c.lower_ == "to"), None)
                obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
                if obj is not None:
                    return t, obj
    return None


def colon_clause(view: DocView, span: SpacySpan) -> tuple[Token | None, Token | None]:
    """(verb, speaker) of the clause before a colon that introduces the quote."""
    i = span.start - 1
    # "Cruz continued:" may end the paragraph before the quote's own.
    while i >= 0 and (view.doc[i].is_punct or view.doc[i].is_space) and view.doc[i].text != ":":
        i -= 1
    if i < 0 or view.doc[i].text != ":":
        return None, None
    named = _named_before_colon(view, i)
    if named is not None:
        return None, named
    head = view.doc[i].head
    if head.i in view.quoted:  # the parser hung the colon on the quote: start on its left
        head = view.doc[i - 1] if i > 0 else head
    # Climb to the clause: "said in a statement:" ends on "statement", "was blunt:" on "blunt".
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        if head.head.i in view.quoted or (head.pos_ in ("PROPN", "NOUN") and head.dep_ in HEADS):
            break
        head = head.head
    if head.i in view.quoted:
        return None, None
    if head.pos_ in ("VERB", "AUX"):
        speaker = subject(head, view)
        return (head, speaker) if speaker is not None else (None, None)
    if head.pos_ in ("PROPN", "NOUN"):  # headline style: "Defence Minister X: "…""
        return None, head
    return None, None


def _named_before_colon(view: DocView, colon: int) -> Token | None:
    """The name between a dash or "from" and a colon: "… - Jane Roe and John Poe: "…"", "From
    the report: "…"" (a list item or a digest quoting its source)."""
    doc = view.doc
    for j in range(colon - 1, max(-1, colon - MAX_NAME_WORDS - 1), -1):
        tok = doc[j]
        if tok.text in ("-", "\u2013", "\u2014") or tok.lower_ == "from":
            # After a dash only a name: "- a back-handed compliment:" describes the quote.
            kinds = ("PROPN", "NOUN") if tok.lower_ == "from" else ("PROPN",)
            last = doc[colon - 1]
            return last if j < colon - 1 and last.pos_ in kinds else None
        if tok.i in view.quoted or not (_in_name(tok) or tok.lower_ == "and"):
            return None
    return None


def gender_of(actor: Actor, doc_text: str) -> str | None:
    """ "f", "m" or ``None`` from the honorifics, gendered nouns and first names around an actor."""
    genders = mapping("gender")
    seen: set[str] = set()
    for m in actor.mentions:
        before = doc_text[max(0, m.start - 12) : m.start].split()
        first = m.text.split()[:1]
        for word in [*before[-1:], *first, actor.role or ""]:
            g = genders.get(word.lower().strip(",")) or genders.get(word.lower().rstrip("."))
            if g:
                seen.add(g)
    return seen.pop() if len(seen) == 1 else None


def resolve_pronoun(pron: Token, view: DocView, actors: list[Actor]) -> str | None:
    """The actor a he/she/it/they speaker stands for: the nearest earlier compatible mention."""
    word = pron.lower_
    kinds = PRONOUN_KINDS.get(word)
    if kinds is None:
        return None
    first_sent = view.sents[max(0, view.sent_of[pron.i] - PRONOUN_WINDOW)].start_char
    pronouns = set(PRONOUN_KINDS) | {"him", "her", "his", "its", "their", "them", "we", "i"}
    best: tuple[bool, int, str] | None = None
    for actor in actors:
        # "they" is also people named in the plural ("the senators"), whatever their kind
        plural_only = actor.kind not in kinds and word == "they" and actor.kind == "person"
        if (actor.kind not in kinds and not plural_only) or _town(actor, view.doc):
            continue  # "…, it said": a town the NER took for a body says nothing
        gender = gender_of(actor, view.text) if word in PRONOUN_GENDER else None
        if gender not in (None, PRONOUN_GENDER.get(word)):
            continue
        starts = [
            m.start
            for m in actor.mentions
            if first_sent <= m.start < pron.idx
            and m.text.lower() not in pronouns
            and not _in_quote(view, m.start)
            and (not plural_only or _plural(view, m.start, m.end))
            and not _owned_by_its_kind(view, m.start, m.end, word)
        ]
        # One whose gender is known to fit beats a nearer one whose gender is unknown.
        key = (gender is not None, max(starts), actor.id) if starts else None
        if key is not None and (best is None or key[:2] > best[:2]):
            best = key
    return best[2] if best else None


#: The possessive pronoun of each gendered subject pronoun.
POSSESSIVE_OF = {"he": "his", "she": "her"}


def _owned_by_its_kind(view: DocView, start: int, end: int, pronoun: str) -> bool:
    """Whether a mention is owned by a possessive of the pronoun's own gender ("Her boss fired
    her, she said": "she" is the one "her" stands for, not the boss)."""
    owner = POSSESSIVE_OF.get(pronoun)
    span = view.doc.char_span(start, end, alignment_mode="expand")
    if owner is None or span is None or len(span) == 0:
        return False
    return any(c.dep_ == "poss" and c.lower_ == owner for c in span.root.children)


def _town(actor: Actor, doc: Doc) -> bool:
    """Whether an actor is a place the places stage placed and no state ("El Fasher" tagged as
    an organisation): every word of its names is a place's ("Yale" or "the Post" are not)."""
    if actor.kind in ("state", "person"):
        return False
    place_of: dict[int, str] = doc._.ew_place_of or {}
    spans = [doc.char_span(m.start, m.end, alignment_mode="expand") for m in actor.mentions]
    named = [s for s in spans if s is not None and s[0].pos_ != "PRON"]
    return bool(named) and all(t.i in place_of for s in named for t in s)


def _plural(view: DocView, start: int, end: int) -> bool:
    """Whether the mention's last word is a plural noun ("the senators", "officials")."""
    span = view.doc.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span[-1].tag_ in ("NNS", "NNPS")


def _in_quote(view: DocView, char: int) -> bool:
    tok = view.doc.char_span(char, char + 1, alignment_mode="expand")
    return tok is not None and len(tok) > 0 and tok[0].i in view.quoted


def speaker_actor(speaker: Token, view: DocView, actors: list[Actor]) -> str | None:
    """The actor id a speaker head refers to; pronouns are resolved here with gender."""
    actor_of: dict[int, str] = view.doc._.ew_actor_of or {}
    if speaker.pos_ == "PRON" and speaker.lower_ in PRONOUN_KINDS:
        found = (
            _named_in_sentence(speaker, view, actors)
            or _framing_subject(speaker, view, actors)
            or resolve_pronoun(speaker, view, actors)
        )
        if found is not None:
            return found
    if kin_of_someone(speaker):
        # "his lawyer said", "her employer, the Daily Ledger, said": someone else speaks, not
        # the one "his" or "her" stands for; only a name beside the noun says who
        beside = [a for c in speaker.children if c.dep_ == "appos" for a in actors_at(c, actor_of)]
        owners = {actor_of.get(c.i) for c in speaker.children if c.dep_ == "poss"}
        own = actor_of.get(speaker.i)  # "their lawyers said": the lawyers, an actor of their own
        return beside[0] if beside else (own if own not in owners else None)
    ids = actors_at(_antecedent_of(speaker), actor_of)
    people = {a.id for a in actors if a.kind == "person"}
    named = {a.id for a in actors if a.name[:1].isupper()}
    # "the Council's Secretary, Ali Shamkhani": the person speaks, not the Council; "the
    # governor of the central bank, Helena Marques": the named person, not the title.
    ids.sort(key=lambda i: (i not in people, i not in named))
    return ids[0] if ids else None


def _framing_subject(pron: Token, view: DocView, actors: list[Actor]) -> str | None:
    """ "China launched drills around Taiwan, in what it called a warning": the pronoun of a
    "what" clause inside another clause is that clause's subject, when its kind fits."""
    verb = pron.head
    if pron.dep_ != "nsubj" or verb.dep_ not in ("pcomp", "pobj", "ccomp", "advcl"):
        return None
    if not any(c.dep_ == "dobj" and c.lower_ == "what" for c in verb.children):
        return None
    outer = verb.head.head if verb.head.dep_ == "prep" else verb.head
    subject = clause_subject(outer) if outer.pos_ in ("VERB", "AUX") else None
    actor_of: dict[int, str] = view.doc._.ew_actor_of or {}
    aid = actor_of.get(subject.i) if subject is not None else None
    actor = next((a for a in actors if a.id == aid), None)
    kinds = PRONOUN_KINDS.get(pron.lower_, ())
    return actor.id if actor is not None and actor.kind in kinds else None


def _named_in_sentence(pron: Token, view: DocView, actors: list[Actor]) -> str | None:
    """The subject of the verb a pronoun's clause is reported by, when the actors stage took
    the pronoun for it and no gender says otherwise ("Antonio Guterres said he was appalled and
    called for ..."): the sentence binds it more surely than a known gender further back. Only
    there: "Le Pen attacked Macron, and she said" is no report of Macron's."""
    clause = pron.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp":
        return None
    reporter = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    actor_of: dict[int, str] = view.doc._.ew_actor_of or {}
    aid = actor_of.get(pron.i)
    if reporter is None or aid is None or actor_of.get(reporter.i) != aid:
        return None
    actor = next((a for a in actors if a.id == aid), None)
    if actor is None:
        return None
    gender = gender_of(actor, view.text) if pron.lower_ in PRONOUN_GENDER else None
    return actor.id if gender in (None, PRONOUN_GENDER.get(pron.lower_)) else None


def kin_of_someone(speaker: Token) -> bool:
    """A noun of someone's relative, counsel or employer with a possessive pronoun ("his
    lawyer", "her brother"; group ``kin``): a person of its own, not the possessor. "His
    office" or "her spokesman" speak for the possessor and are not in the group."""
    owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in speaker.children)
    return owned and speaker.pos_ == "NOUN" and lemma_of(speaker) in words("kin")


def _antecedent_of(speaker: Token) -> Token:
    """The noun a relative pronoun stands for ("the council, which said …": the council); the
    speaker words stay the pronoun, which is where the clause names its source."""
    relative = speaker.lower_ in RELATIVES and speaker.dep_ in SUBJECTS
    if relative and speaker.head.dep_ == "relcl" and speaker.head.head.pos_ in ("NOUN", "PROPN"):
        return speaker.head.head
    return speaker


def channel_of(cue: Token, view: DocView) -> str | None:
    """tweet / statement / interview from the cue verb and the phrases around it."""
    channels = mapping("channel")
    lemma = cue.lemma_.lower()
    if lemma in ("tweet", "post"):
        return "tweet"
    found: str | None = None
    for tok in _around(cue, view):
        word = tok.lower_
        if tok.dep_ in ("pobj", "dobj", "nsubj") and word in channels and tok.pos_ != "VERB":
            if word == "x" and tok.text != "X":
                continue
            found = found or channels[word]
    if found is None and lemma == "tell" and _told_media(cue, view):
        return "interview"
    if found is None and _spoke_to_media(cue, view):
        return "interview"
    return found


def _spoke_to_media(cue: Token, view: DocView) -> bool:
    """ "Speaking to Al Jazeera, she said", "asked by reporters, he replied": an interview."""
    media = words("media_noun") | words("media_name")
    for tok in cue.sent:
        if tok.i in view.quoted or tok.lemma_.lower() not in ("speak", "talk", "ask"):
            continue
        preps = [c for c in tok.children if c.dep_ in ("prep", "agent")]
        heard = {t.lower_ for p in preps for t in p.subtree if t.i not in view.quoted}
        if heard & media:
            return True
    return False


def _around(cue: Token, view: DocView) -> list[Token]:
    """Tokens of the cue's own phrases: its subtree minus quotes and reported clauses."""
    skip = {
        t.i for c in cue.children if c.dep_ in ("ccomp", "conj", "parataxis") for t in c.subtree
    }
    heads = [cue, cue.head] if cue.dep_ in ("advcl", "conj") else [cue]
    toks = [t for h in heads for t in h.subtree]
    return [t for t in toks if t.i not in skip and t.i not in view.quoted]


def _told_media(cue: Token, view: DocView) -> bool:
    listeners = [c for c in cue.children if c.dep_ in ("dobj", "dative", "iobj", "npadvmod")]
    media = words("media_noun") | words("media_name")
    for listener in listeners:
        names = {t.lower_ for t in listener.subtree if t.i not in view.quoted}
        if names & media:
            return True
    return False


def is_spokesperson(speaker: Token, actor: Actor | None) -> bool:
    """Whether the speaker is someone who speaks for an organisation."""
    spokes = words("spokes")
    if actor is not None and (actor.role or "").lower() in spokes:
        return True
    return any(t.lower_ in spokes for t in speaker.subtree)


def speaking_for(
    speaker: Token, person: str | None, view: DocView, actors: list[Actor]
) -> str | None:
    """The organisation a spokesperson speaks for: one named around the speaker ("State Department
    spokesman X", "a spokesman for the ministry", "the ministry's spokesman"), else the nearest
    organisation or state that was the subject of a clause before the quote."""
    kinds = {a.id: a.kind for a in actors}
    actor_of: dict[int, str] = view.doc._.ew_actor_of or {}
    org = ("organization", "state")
    for tok in _speaker_phrase(speaker):
        aid = actor_of.get(tok.i)
        if aid is not None and aid != person and kinds.get(aid) in org:
            return _named(aid, actors)
    found = _previous_organisation(speaker, view, actor_of, kinds)
    return _named(found, actors) if found else None


def _named(aid: str, actors: list[Actor]) -> str:
    """A bare "the ministry" the actor coder kept apart stands for the one named ministry before
    it ("External Affairs Ministry"), when exactly one such name ends in the same word."""
    by_id = {a.id: a for a in actors}
    bare = by_id[aid].name
    if " " in bare or bare[:1].isupper():
        return aid
    named = [
        a.id
        for a in actors
        if a.kind in ("organization", "state") and a.name.lower().endswith(" " + bare.lower())
    ]
    return named[0] if len(named) == 1 else aid


def _speaker_phrase(speaker: Token) -> list[Token]:
    """The speaker's words plus a noun it is in apposition to ("X, the army spokesman")."""
    toks = list(speaker.subtree)
    if speaker.dep_ == "appos":
        toks += list(speaker.head.subtree)
    return toks


def _previous_organisation(
    speaker: Token, view: DocView, actor_of: dict[int, str], kinds: Mapping[str, str]
) -> str | None:
    first = view.sents[max(0, view.sent_of[speaker.i] - PRONOUN_WINDOW)].start
    for i in range(speaker.i - 1, first - 1, -1):
        tok = view.doc[i]
        aid = actor_of.get(i)
        if aid is None or i in view.quoted or kinds.get(aid) not in ("organization", "state"):
            continue
        if tok.dep_ in SUBJECTS or tok.head.dep_ in SUBJECTS:
            return aid
    return None
