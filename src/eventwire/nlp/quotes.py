"""``eventwire_quotes``: who said what.

Reads: the parse and ``doc._.ew_actor_of``. Adds: ``doc._.ew_quotes``.

Direct quotes are text between paired quotation marks (straight or curly) of at least three
words, so scare quotes ("Unity", "terrorism") are left alone. A quote's speaker is the subject
of the reporting verb in the quote's sentence, or in the sentence just before it for a quote
that stands alone ("Salih concluded" after the quote also counts). Indirect quotes are the
clausal complement of a reporting verb ("Al-Sadr said the security forces need to take
charge"). The channel comes from the verb or its modifiers: tweeted → tweet, "in a statement"
→ statement, "in an interview"/"told" → interview.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Token

from eventwire.nlp.arguments import actors_at
from eventwire.nlp.extensions import register_extensions
from eventwire.records import Quote, Span

QUOTE_RE = re.compile(r"[\"“]([^\"“”]{2,}?)[\"”]")
REPORTING = frozenset(
    {
        "say",
        "tell",
        "tweet",
        "write",
        "add",
        "state",
        "declare",
        "announce",
        "conclude",
        "warn",
        "insist",
        "stress",
        "explain",
        "note",
        "claim",
        "argue",
        "describe",
        "post",
        "according",
    }
)
CHANNELS = {
    "tweet": "tweet",
    "statement": "statement",
    "interview": "interview",
    "told": "interview",
    "post": "tweet",
    "conference": "statement",
}
MIN_WORDS = 3


def _reporting_verb(sent_tokens: list[Token]) -> Token | None:
    verbs = [t for t in sent_tokens if t.lemma_.lower() in REPORTING and t.pos_ in ("VERB", "AUX")]
    return verbs[0] if verbs else None


def _speaker(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    if verb.dep_ in ("conj", "advcl") and verb.head.i != verb.i:
        return _speaker(verb.head)
    return None


def _channel(verb: Token) -> str | None:
    lemma = verb.lemma_.lower()
    if lemma in CHANNELS:
        return CHANNELS[lemma]
    for tok in verb.subtree:
        if tok.lemma_.lower() in CHANNELS and tok.dep_ == "pobj":
            return CHANNELS[tok.lemma_.lower()]
    return "interview" if verb.lower_ == "told" else None


def _span_of(doc: Doc, tokens: list[Token]) -> Span:
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return Span(doc[tokens[0].i : tokens[-1].i + 1].text, start, end)


def _direct(doc: Doc, text: str) -> list[tuple[int, int]]:
    spans = []
    for m in QUOTE_RE.finditer(text):
        if len(m.group(1).split()) >= MIN_WORDS:
            spans.append((m.start(1), m.end(1)))
    return spans


def _attribute(doc: Doc, start: int, end: int) -> tuple[Token | None, Token | None]:
    """(reporting verb, speaker head) for a quote at chars start..end."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None, None
    sents = list(doc.sents)
    idx = next(i for i, s in enumerate(sents) if s.start <= span.start < s.end)
    candidates = [sents[idx]]
    if span.end > sents[idx].end and idx + 1 < len(sents):
        candidates.append(sents[idx + 1])
    # A quote standing alone continues the speaker of the paragraph's previous sentence.
    for j in (idx - 1, idx + 1):
        if 0 <= j < len(sents) and _same_paragraph(doc, sents[j], sents[idx]):
            candidates.append(sents[j])
    for sent in candidates:
        outside = [t for t in sent if not (span.start <= t.i < span.end)]
        verb = _reporting_verb(outside)
        if verb is not None and _speaker(verb) is not None:
            return verb, _speaker(verb)
    return None, None


def _same_paragraph(doc: Doc, a: object, b: object) -> bool:
    lo, hi = sorted((a.start_char, b.start_char))  # type: ignore[attr-defined]
    return "\n" not in doc.text[lo:hi].strip()  # called rarely: only for stand-alone quotes


def _make(
    doc: Doc, n: int, content: Span, verb: Token | None, speaker: Token | None, direct: bool
) -> Quote:
    actor_of: dict[int, str] = doc._.ew_actor_of or {}
    ids = actors_at(speaker, actor_of) if speaker is not None else []
    people = {a.id for a in doc._.ew_actors or [] if a.kind == "person"}
    ids.sort(
        key=lambda i: i not in people
    )  # "the Council's Secretary, Ali Shamkhani": the person speaks
    speaker_tokens = [t for t in speaker.subtree if t.i <= speaker.i] if speaker is not None else []
    return Quote(
        id=f"q{n}",
        content=content,
        speaker=ids[0] if ids else None,
        speaker_span=_span_of(doc, speaker_tokens) if speaker_tokens else None,
        cue=_span_of(doc, [verb]) if verb is not None else None,
        direct=direct,
        channel=_channel(verb) if verb is not None else None,
    )


def _indirect(doc: Doc, quoted: list[tuple[int, int]]) -> list[tuple[Token, Token, list[Token]]]:
    found = []
    for tok in doc:
        if tok.lemma_.lower() not in REPORTING or tok.pos_ != "VERB":
            continue
        comp = next((c for c in tok.children if c.dep_ == "ccomp"), None)
        speaker = _speaker(tok)
        if comp is None or speaker is None:
            continue
        words = [t for t in comp.subtree if not t.is_punct or t.i < comp.right_edge.i]
        if len(words) < MIN_WORDS or any(s <= words[0].idx < e for s, e in quoted):
            continue
        if tok.dep_ == "relcl" or words[0].lower_ in ("which", "that", "who"):
            continue  # "which security sources said injured ...": not a reported statement
        if any(t.text in '"“”' for t in words):
            continue
        found.append((tok, speaker, words))
    return found


def find_quotes(doc: Doc) -> list[Quote]:
    """Direct and indirect quotes of a parsed doc, in text order."""
    quotes: list[Quote] = []
    text = doc.text  # Doc.text rebuilds the string on every access: read it once
    direct = _direct(doc, text)
    for start, end in direct:
        verb, speaker = _attribute(doc, start, end)
        content = Span(text[start:end], start, end)
        quotes.append(_make(doc, 0, content, verb, speaker, True))
    for verb, speaker, words in _indirect(doc, direct):
        quotes.append(_make(doc, 0, _span_of(doc, words), verb, speaker, False))
    quotes.sort(key=lambda q: q.content.start)
    for n, q in enumerate(quotes, start=1):
        q.id = f"q{n}"
    return quotes


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
