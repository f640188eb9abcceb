"""``eventwire_quotes``: who said what.

Reads: the parse, ``doc._.ew_actors``/``ew_actor_of`` and ``doc._.ew_events``/
``ew_event_mentions`` (so it runs after ``eventwire_events``). Adds: ``doc._.ew_quotes``.

- **Direct quotes** are the outermost quotations (straight or curly marks, nested quotes kept
  inside; :mod:`eventwire.nlp.quotes.marks`) of at least three words. Titles ("the documentary
  "Children of the Dry River"") and names given to things (a "special military operation",
  "dubbed", "so-called", "labelled them "enemies of the state"") are left alone, and so is a
  short verbless phrase that no cue verb attributes to anyone (scare quotes).
- **Speakers, cues and channels** come from :mod:`eventwire.nlp.quotes.speakers`: the cue right
  after a whole quotation ending in a comma, question or exclamation mark (""…," she said"), a
  transcript label inside the marks (""MORALES: …""), a heading in capitals a digest quotes
  under, the clause before a colon, the cue or stance verb the quote hangs from, the nearest cue
  verb outside quotes, the paragraph's previous speaker (or the previous sentence's subject) for
  a quote standing alone, pronouns resolved by kind and gender, spokespeople with the
  organisation they speak for (``speaking_for``). A quoted phrase inside what a stance verb
  attributes is its source's ("A report found "no evidence of …""), even a short one. A quote of
  one or two words counts only with its cue right after it (""No," she replied"), or a cry
  right after its cue ("Some chanted "Out! Out!"").
- **Indirect quotes** (:mod:`eventwire.nlp.quotes.reported`) are the clausal complement of a
  reporting verb ("Al-Sadr said the security forces need to take charge"), the clause an
  "according to X" phrase attaches to, and the complement of a stance verb ("wants to …",
  "believes …", "accused X of …"), its source the verb's subject.
- **Event links** (:mod:`eventwire.nlp.quotes.links`): the events a quote states or comments on.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from eventwire.nlp.extensions import register_extensions
from eventwire.nlp.parse import dateline_tokens
from eventwire.nlp.quotes.contents import paragraph
from eventwire.nlp.quotes.cueless import MAX_HEADLINE_SOURCE, transcript_label
from eventwire.nlp.quotes.filters import reports_nothing
from eventwire.nlp.quotes.holders import author, source_of
from eventwire.nlp.quotes.links import link_events
from eventwire.nlp.quotes.marks import (
    MIN_WORDS,
    designates,
    is_fragment,
    is_markup,
    is_named_title,
    is_title,
    marked_spans,
    word_count,
)
from eventwire.nlp.quotes.reported import find_reported
from eventwire.nlp.quotes.speakers import (
    DocView,
    Found,
    according_to,
    channel_of,
    colon_clause,
    cue_verbs,
    is_cue,
    is_spokesperson,
    speaker_actor,
    speaking_for,
    subject,
)
from eventwire.nlp.quotes.words import is_stance
from eventwire.records import Actor, Quote, Span

#: A standalone quote continues the speaker of a quote at most this many sentences before it.
CARRY_SENTENCES = 2
#: A line of at most this many tokens opening with a dash signs the quotation before it.
MAX_SIGNATURE = 8
#: How many heads up from a quoted phrase its holder's verb may be ("found "no evidence …"").
MAX_HOLDER_STEPS = 3
#: How many heads up it may be through complements only ("accused him of keeping voters from
#: being able to "stand together"").
MAX_HOLDER_REACH = 7
#: Relations that keep a phrase inside what the verb above it says, holds or charges.
#: Not an object's ("found him carrying a bag with a sign reading "…"": the sign's words).
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "prep", "acomp", "oprd"})
#: Words at least in a heading in capitals that introduces a quotation.
MIN_HEADING = 3
#: Words at most between a quote and the cue that follows it (""…," the state's senior
#: senator said").
MAX_TRAILING = 8
SIGNATURE_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


@dataclass(slots=True)
class Attribution:
    cue: Token | None
    speaker: Token | None
    #: The cue of a neighbouring sentence a standalone quote borrows its speaker from: it gives
    #: the channel ("… said in a statement. "Second quote."" is from the statement too).
    via: Token | None = None


def _span_of(tokens: list[Token]) -> Span:
    doc = tokens[0].doc
    return Span(
        doc[tokens[0].i : tokens[-1].i + 1].text, tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    )


def _nearest_cue(view: DocView, span: SpacySpan, sent_ids: list[int]) -> Attribution | None:
    def distance(t: Token) -> int:
        return min(abs(t.i - span.start), abs(t.i - span.end))

    lo, hi = paragraph(span.root)  # a sentence the splitter ran across paragraphs
    near = [c for c in cue_verbs(view, sent_ids) if lo < c.i < hi]
    cues = sorted({_outermost_cue(c, view) for c in near}, key=distance)
    governing = _governing_cue(view, span)
    if governing is not None and lo < governing.i < hi:
        # "X said the talks had "made progress" but warned …": said
        cues.insert(0, _outermost_cue(governing, view))
    for cue in cues:
        speaker = subject(cue, view)
        if speaker is not None:
            return Attribution(cue, speaker)
    found = according_to(view, sent_ids)
    return Attribution(*found) if found else None


def _outermost_cue(cue: Token, view: DocView) -> Token:
    """A cue verb inside what another one reports belongs to the report: in "Karimi warned that
    Tehran would respond '…'", Karimi speaks, not Tehran."""
    tok, found = cue, cue
    lo, hi = paragraph(cue)  # a misparse may hang a paragraph on the one before
    for _ in range(4):
        if tok.dep_ not in ("ccomp", "xcomp", "advcl", "conj", "acomp") or tok.head.i == tok.i:
            break
        if not lo < tok.head.i < hi:
            break
        tok = tok.head
        if tok.i not in view.quoted and is_cue(tok):
            found = tok
    return found


def _governing_cue(view: DocView, span: SpacySpan) -> Token | None:
    """The cue or stance verb the quote hangs from in the parse, a few steps up from its root:
    "he thought it "risks higher inflation"" is what he thought, whatever cue is nearer."""
    tok = span.root.head
    lo, hi = paragraph(span.root)
    for _ in range(4):
        if not lo < tok.i < hi:
            return None
        # A passive stance ("Trump is seen as "a bully"") says nothing of who holds it.
        active = not any(c.dep_ == "nsubjpass" for c in tok.children)
        stance = tok.pos_ == "VERB" and active and is_stance(tok)
        if tok.i not in view.quoted and (is_cue(tok) or stance):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _own_sentences(view: DocView, span: SpacySpan) -> list[int]:
    first = view.sent_of[max(0, span.start - 1)]
    if _opens_sentence(view, span.start - 1):  # the splitter left the opening mark behind
        first = view.sent_of[span.start]
    last = view.sent_of[min(len(view.doc) - 1, span.end)]
    own = list(range(first, last + 1))
    # '"…," said X.' split by the parser: a quote ending in a comma is attributed afterwards,
    # and so is one ending a sentence when what follows its mark is a bare '… X said.'
    nxt = last + 1
    if nxt < len(view.sents) and "\n" not in view.text[span.end_char : view.sents[nxt].start_char]:
        ending = span.text.rstrip(" '’")
        if ending.endswith(",") or _bare_attribution(view, span, nxt):
            own.append(nxt)
    return own


def _bare_attribution(view: DocView, span: SpacySpan, n: int) -> bool:
    """Whether sentence ``n`` starts at the quote's closing mark and is a cue verb with its
    speaker and nothing reported ("Weaver said.", "asked Ms. Lee, who …")."""
    sent = view.sents[n]
    if sent.start > span.end + 1:
        return False
    cues = cue_verbs(view, [n])
    return bool(cues) and not any(c.dep_ == "ccomp" for c in cues[0].children)


def _opens_sentence(view: DocView, mark: int) -> bool:
    """Whether the opening mark at token ``mark`` starts a sentence or paragraph of its own."""
    i = mark - 1
    while i >= 0 and view.doc[i].is_space and "\n" not in view.doc[i].text:
        i -= 1
    return i < 0 or view.doc[i].is_space or view.doc[i].text in (".", "!", "?")


def _trailing(view: DocView, span: SpacySpan) -> Attribution | None:
    """The cue and speaker right after a quote that ends in a comma, question or exclamation
    mark (""…," the senator said", ""…?" asked Ms. Lee"): they attribute it, whatever clause
    comes before it (a colon, a nearer cue)."""
    if span.text.rstrip(" '’\"”")[-1:] not in (",", "?", "!"):
        return None
    doc = view.doc
    before = span.start - 2  # the token before the opening mark
    # Only a whole quotation: a partial one inside a clause ("that X "had a plan,"") is that
    # clause's speaker's.
    if not (_opens_sentence(view, span.start - 1) or (before >= 0 and doc[before].text == ":")):
        return None
    i = span.end
    while i < len(doc) and (doc[i].is_punct or doc[i].is_space) and "\n" not in doc[i].text:
        i += 1
    for tok in doc[i : i + MAX_TRAILING]:
        if tok.i in view.quoted or "\n" in tok.text:
            return None
        if tok.pos_ in ("VERB", "AUX") and is_cue(tok):
            speaker = subject(tok, view)
            return Attribution(tok, speaker) if speaker is not None else None
    return None


def _labelled(span: SpacySpan) -> Attribution | None:
    """A transcript line quoted whole (""MORALES: We have the votes."") is its label's."""
    words_ = [t for t in span[: MAX_HEADLINE_SOURCE + 1] if not t.is_space]
    colon = next((k for k, t in enumerate(words_) if t.text == ":"), 0)
    label = words_[:colon]
    return Attribution(None, label[-1]) if label and transcript_label(label) else None


def _headed(view: DocView, span: SpacySpan) -> Attribution | None:
    """A quotation right after a heading in capitals that opens its paragraph, as news digests
    quote the story a heading names ("STORM CLOSES THE PORT "The harbour will stay shut …"
    [Wire.]"): the story speaks; its heading's last word stands for it."""
    lo, _ = paragraph(span.root)
    before = [t for t in view.doc[lo + 1 : span.start] if not (t.is_punct or t.is_space)]
    words_ = [t for t in before if t.is_alpha]
    if len(words_) < MIN_HEADING or len(words_) < len(before) - 1:
        return None
    return Attribution(None, words_[-1]) if all(t.is_upper for t in words_) else None


def attribute(view: DocView, span: SpacySpan) -> Attribution | None:
    """The cue and speaker of the direct quote ``span``, or ``None`` when nothing attributes it."""
    # The words right around the quote outrank the clause before a colon or a nearer cue.
    framed = _trailing(view, span) or _labelled(span) or _headed(view, span)
    if framed is not None:
        return framed
    cue, speaker = colon_clause(view, span)
    if speaker is not None:
        return Attribution(cue, speaker)
    own = _own_sentences(view, span)
    found = _nearest_cue(view, span, own)
    if found is not None:
        return found
    # A quote standing alone continues the speaker of the paragraph's previous (or next) sentence.
    for j in (own[0] - 1, own[-1] + 1):
        if 0 <= j < len(view.sents) and view.same_paragraph(j, own[0]):
            found = _nearest_cue(view, span, [j])
            if found is not None:
                return Attribution(None, found.speaker, found.cue)
    return _signed(view, span)


def _signed(view: DocView, span: SpacySpan) -> Attribution | None:
    """A quotation signed on the line after it, as epigraphs and fact checks do ("- Jane Doe.")."""
    i, doc = span.end, view.doc
    while i < len(doc) and (i in view.quoted or doc[i].is_space):
        i += 1
    if i >= len(doc) or "\n" not in doc[span.end : i].text or doc[i].text not in SIGNATURE_DASHES:
        return None
    line = []
    for tok in doc[i : i + MAX_SIGNATURE + 1]:
        if tok.is_space and "\n" in tok.text:
            break
        line.append(tok)
    names = [t for t in line if t.pos_ == "PROPN"]
    return Attribution(None, names[-1]) if names and len(line) <= MAX_SIGNATURE else None


def _spaced_dash(tok: Token) -> bool:
    """A dash with spaces around it, which ends a dateline ("LAGOS, Nigeria - Residents …");
    not the hyphen of "Indo-Pak"."""
    spaced_before = tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_)
    return tok.text in SIGNATURE_DASHES and bool(tok.whitespace_) and spaced_before


def _make(
    view: DocView, actors: list[Actor], content: Span, att: Attribution, direct: bool
) -> Found:
    # "He released a letter that says "…"": the letter speaks for whoever released it.
    speaker, cue = (author(att.speaker) if att.speaker is not None else None), att.cue
    channel_cue = cue or att.via
    actor_id = speaker_actor(speaker, view, actors) if speaker is not None else None
    words_ = [t for t in speaker.subtree if t.i <= speaker.i] if speaker is not None else []
    if speaker is not None:
        lo, hi = paragraph(speaker)
        words_ = [t for t in words_ if t.i not in view.quoted and lo < t.i < hi] or [speaker]
        dashes = [k for k, t in enumerate(words_) if _spaced_dash(t)]
        if dashes and dashes[-1] + 1 < len(words_):  # "LAGOS, Nigeria - Residents are …"
            words_ = words_[dashes[-1] + 1 :]
        while len(words_) > 1 and words_[0].is_punct:  # the closing mark of a short quote
            words_ = words_[1:]
    by_id = {a.id: a for a in actors}
    org = None
    if speaker is not None and is_spokesperson(speaker, by_id.get(actor_id or "")):
        org = speaking_for(speaker, actor_id, view, actors)
    quote = Quote(
        id="q0",
        content=content,
        speaker=actor_id,
        speaker_span=_span_of(words_) if words_ else None,
        cue=_span_of([cue]) if cue is not None else None,
        direct=direct,
        channel=_channel(channel_cue, view),
        speaking_for=org,
    )
    return Found(quote, cue, speaker)


def _channel(cue: Token | None, view: DocView) -> str | None:
    return channel_of(cue, view) if cue is not None and cue.lower_ != "according" else None


def _direct(view: DocView, spans: list[tuple[int, int]], actors: list[Actor]) -> list[Found]:
    found: list[Found] = []
    for start, end in spans:
        span = view.doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        content = view.text[start:end]
        titled = is_title(content) or is_named_title(view.doc, span, content)
        if titled or designates(view.doc, span) or is_markup(view.text, start):
            continue
        att = attribute(view, span) or _holder(view, span, actors)
        if att is None and is_fragment(span):
            continue  # a scare quote: "the "moderate opposition" fighters"
        if att is None:
            att = _previous_subject(view, span, actors) or _carry(view, span, found)
        found.append(_make(view, actors, Span(content, start, end), att, True))
    return found


def _short(view: DocView, marked: list[tuple[int, int]], actors: list[Actor]) -> list[Found]:
    """Quotations of one or two words that a cue right after them attributes (""No," she
    replied", ""Out!" the crowd yelled"), or that are a cry right after their cue ("she asked,
    "Really?""): too short to tell from scare quotes otherwise."""
    found: list[Found] = []
    for start, end in marked:
        if word_count(view.text[start:end]) >= MIN_WORDS:
            continue
        span = view.doc.char_span(start, end, alignment_mode="expand")
        att = _trailing(view, span) or _leading(view, span) if span and len(span) > 0 else None
        if att is not None:
            found.append(_make(view, actors, Span(view.text[start:end], start, end), att, True))
    return found


def _leading(view: DocView, span: SpacySpan) -> Attribution | None:
    """The cue right before a short exclamation or question ("Some chanted "Out! Out!"", "she
    asked, "Really?""): a cry, not a scare quote ("called him a "liar"" has no cue next to its
    mark, and no closing punctuation)."""
    if span.text.rstrip(" '’\"”")[-1:] not in ("?", "!"):
        return None
    doc, i = view.doc, span.start - 2  # the token before the opening mark
    while i >= 0 and doc[i].text in (",", ":"):
        i -= 1
    if i < 0 or i in view.quoted or not (doc[i].pos_ == "VERB" and is_cue(doc[i])):
        return None
    if _continues(doc, span.end):
        return None  # a title the sentence goes on with: 'told "Jeopardy!" viewers'
    speaker = subject(doc[i], view)
    return Attribution(doc[i], speaker) if speaker is not None else None


#: Words after a cry's closing mark that end its phrase: 'shouted "Go home!" at the police',
#: '"Go home!" again and again'.
_AFTER_CRY = frozenset({"PUNCT", "ADP", "SCONJ", "CCONJ", "SPACE", "ADV"})


def _continues(doc: Doc, end: int) -> bool:
    """Whether the sentence goes on with the quoted words as a part of it after their closing
    mark ('said "Yahoo!" would cut jobs', 'sang "Help!" to open the show'): a name or title, not
    a cry."""
    j = end
    while j < len(doc) and doc[j].is_quote:
        j += 1
    if j >= len(doc) or "\n" in doc[j].text:
        return False
    if doc[j].is_sent_start and doc[j].text[:1].isupper():
        return False  # 'chanted "Resign!" Police then fired tear gas.': a new sentence
    return doc[j].pos_ not in _AFTER_CRY


def _holder(view: DocView, span: SpacySpan, actors: list[Actor]) -> Attribution | None:
    """A quoted phrase inside what a stance or reporting verb attributes belongs to that verb's
    source: "A House report found "no evidence of …"", "agreed to keep "every matter apart"",
    and, through complements only, "accused him of keeping voters from being able to "…""."""
    tok = span.root
    lo, hi = paragraph(tok)
    below, nominal = "", False  # the relation the walk came up from; whether it left a noun
    for step in range(MAX_HOLDER_REACH):
        if tok.head.i == tok.i or not lo < tok.head.i < hi:
            return None
        # "a sign reading "…"", "shirts with the words "…"": a noun's phrase, not a clause
        nominal = (
            nominal or tok.dep_ in ("acl", "relcl") or (tok.dep_ == "prep" and below == "pobj")
        )
        # Further up only through complements, and never out of a noun's phrase: an
        # adverbial or relative clause far below a verb is not what the verb says or holds.
        if step >= MAX_HOLDER_STEPS and (nominal or tok.dep_ not in COMPLEMENT_DEPS):
            return None
        below, tok = tok.dep_, tok.head
        if tok.i not in view.quoted and tok.pos_ == "VERB" and is_stance(tok):
            source = source_of(tok, view, actors)
            return Attribution(tok, source) if source is not None else None
    return None


def _previous_subject(view: DocView, span: SpacySpan, actors: list[Actor]) -> Attribution | None:
    """A quotation opening its sentence with no cue anywhere near is what the subject of the
    paragraph's previous sentence said: "The senator singled out young voters. "They are sick
    of it."" (someone: a name, a personal pronoun or a person)."""
    n = view.sent_of[span.start]
    if not _opens_sentence(view, span.start - 1) or n == 0 or not view.same_paragraph(n - 1, n):
        return None
    root = view.sents[n - 1].root
    subj = next((c for c in root.children if c.dep_ == "nsubj" and c.i not in view.quoted), None)
    if subj is None:
        return None
    kinds = {a.id: a.kind for a in actors}
    person = kinds.get(speaker_actor(subj, view, actors) or "") == "person"
    someone = subj.pos_ == "PROPN" or subj.lower_ in ("he", "she", "they", "i", "we")
    return Attribution(None, subj, root) if person or someone else None


def _carry(view: DocView, span: SpacySpan, earlier: list[Found]) -> Attribution:
    """A quote nobody is said to say continues the previous quote's speaker when it is close."""
    for f in reversed(earlier):
        if f.speaker is not None:
            gap = view.sent_of[span.start] - view.sent_of[f.speaker.i]
            if 0 <= gap <= CARRY_SENTENCES:
                return Attribution(None, f.speaker, f.cue)
            break
    return Attribution(None, None)


def _indirect(view: DocView, actors: list[Actor], kept: set[int]) -> list[Found]:
    # "DAYTON, Ohio (AP) — Two men were killed …, police said": what was said starts after the
    # dateline, which the reporter wrote
    dated = dateline_tokens(view.doc)
    found = []
    for r in find_reported(view, actors, kept):
        content = [t for t in r.content if t.i not in dated]
        if content and not reports_nothing(r.cue, r.source, content):
            found.append(
                _make(view, actors, _span_of(content), Attribution(r.cue, r.source), False)
            )
    return found


def _tokens_of(view: DocView, quotes: list[Found]) -> set[int]:
    """Tokens of the direct quotes found, their marks included."""
    kept: set[int] = set()
    for f in quotes:
        start, end = f.quote.content.start, f.quote.content.end
        span = view.doc.char_span(
            max(0, start - 1), min(len(view.text), end + 1), alignment_mode="expand"
        )
        kept.update(range(span.start, span.end) if span is not None else ())
    return kept


def find_quotes(doc: Doc) -> list[Quote]:
    """Direct and indirect quotes of a parsed doc, in text order, with speakers and links."""
    text = doc.text  # Doc.text rebuilds the string on every access: read it once
    marked = marked_spans(text)
    spans = [(s, e) for s, e in marked if word_count(text[s:e]) >= MIN_WORDS]
    view = DocView.build(doc, text, spans, marked)
    actors: list[Actor] = list(doc._.ew_actors or [])
    direct = _direct(view, spans, actors) + _short(view, marked, actors)
    direct.sort(key=lambda f: f.quote.content.start)
    found = direct + _indirect(view, actors, _tokens_of(view, direct))
    found.sort(key=lambda f: f.quote.content.start)
    for n, f in enumerate(found, start=1):
        f.quote.id = f"q{n}"
    link_events(doc, view, found)
    return [f.quote for f in found]


class QuotesComponent:
    def __init__(self, nlp: Language, name: str) -> None:
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.ew_quotes = find_quotes(doc)
        return doc


@Language.factory("eventwire_quotes")
def make_quotes(nlp: Language, name: str) -> QuotesComponent:
    return QuotesComponent(nlp, name)
