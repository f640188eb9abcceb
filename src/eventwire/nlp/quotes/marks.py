"""Direct quotes: pairing quotation marks, and telling quotes from scare quotes and titles.

Curly marks (and the TeX-style ``…'' of some tokenised corpora) pair by direction and straight
ones by alternation, so a straight quote inside a
curly one (“a note saying "pay or we come back" on the gate”) stays part of the outer quote, and
two apostrophes with no `` open are a straight mark (''…'', as some archives write quotes), and
single marks (‘…’, '…') are left inside whatever encloses them. Only outermost quotes are
returned. A quote left open at the end of a paragraph ends there: wire copy reopens it on the
next paragraph, and pairing across paragraphs would swallow the narrative in between.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from eventwire.nlp.quotes.words import words

OPENING = "“"
CLOSING = "”"
STRAIGHT = '"'
MIN_WORDS = 3
#: The only characters :func:`marked_spans` acts on: line breaks, marks, apostrophes, backticks.
_MARK_CHARS = re.compile("[\n\"“”'`]")
#: A quoted phrase up to this many words without final punctuation is a scare quote or slogan
#: unless a cue verb attributes it.
MAX_FRAGMENT_WORDS = 6
DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "this", "our"})


def marked_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the content of every outermost quotation in ``text``."""
    spans: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for found in _MARK_CHARS.finditer(text):  # every other character leaves the stack as is
        i, ch = found.start(), found.group()
        if ch == "\n":
            if stack:
                _close(text, stack[0][1], i, spans)
            stack.clear()
        elif (ch == OPENING or text.startswith("``", i)) and not _curly_closes(text, i, stack):
            stack.append((OPENING, i + (1 if ch == OPENING else 2)))
        elif ch in (OPENING, CLOSING) or (_two_apostrophes(text, i) and _open(stack, OPENING)):
            # A closing curly mark ends a quote its writer opened with a straight one.
            mark = OPENING if _open(stack, OPENING) else STRAIGHT
            _pop_to(stack, mark, text, i, spans)
        elif ch == STRAIGHT or _two_apostrophes(text, i):
            if stack and stack[-1][0] == STRAIGHT:
                _pop_to(stack, STRAIGHT, text, i, spans)
            elif stack and _closes(text, i, i + (1 if ch == STRAIGHT else 2)):
                _pop_to(stack, OPENING, text, i, spans)  # “…," said X: mixed marks
            else:
                stack.append((STRAIGHT, i + (1 if ch == STRAIGHT else 2)))
    if stack:
        _close(text, stack[0][1], len(text), spans)
    return spans


def _two_apostrophes(text: str, i: int) -> bool:
    """Two apostrophes standing for a double mark at ``i``. Of three in a row (a single quote
    ending where the double one does) the first is the single mark and the last two the double."""
    return text.startswith("''", i) and not text.startswith("'" * 3, i)


def _closes(text: str, start: int, end: int) -> bool:
    """Whether a mark at ``text[start:end]`` sits where a quote ends: after a word or punctuation
    and before a space, punctuation or the end (a quote opens before a word)."""
    before = text[start - 1 : start]
    after = text[end : end + 1]
    return before != "" and not before.isspace() and (after == "" or not after.isalnum())


def _curly_closes(text: str, i: int, stack: list[tuple[str, int]]) -> bool:
    """An opening curly mark typed where an open quote ends ("“Not now,“ he said") closes it."""
    return bool(stack) and text[i] == OPENING and _closes(text, i, i + 1)


def _open(stack: list[tuple[str, int]], mark: str) -> bool:
    return any(kind == mark for kind, _ in stack)


def _pop_to(
    stack: list[tuple[str, int]], mark: str, text: str, i: int, spans: list[tuple[int, int]]
) -> None:
    """Close the innermost open ``mark``; the quote counts only when it was the outermost."""
    depth = next((d for d in range(len(stack) - 1, -1, -1) if stack[d][0] == mark), None)
    if depth is None:
        return  # a stray closing mark
    start = stack[depth][1]
    del stack[depth:]
    if depth == 0:
        _close(text, start, i, spans)


def _close(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    """Record a quote's content without the spaces inside its marks ("`` words ''")."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


#: Words at most in a title that carries the sentence's comma or period inside its closing
#: mark, as American style does ('told "Face the Nation."', 'in "Doomed to Succeed,"').
MAX_PUNCTUATED_TITLE = 6


#: Words just before a quotation that name a programme, book or paper it is the title of
#: ('told "Face the Nation."', 'appeared on "Meet the Press,"', 'wrote in "Doomed to Succeed,"',
#: 'an interview with "Fox News Sunday."', 'on the network's "Morning Hour."').
TITLE_CUES = frozenset({"on", "in", "told", "with", "of", "'s", "’s"})


#: Punctuation that ends or splits a sentence: a quotation holding it is said, not a name.
SENTENCE_MARKS = ".?!,;:"


def _long_words(text: str) -> list[str]:
    """The words of more than three letters, which headline case capitalises."""
    return [w for w in text.split() if len(w) > 3 and w[0].isalpha()]


def is_title(content: str) -> bool:
    """Headline-case words without closing punctuation: "Children of the Dry River"."""
    if content.rstrip()[-1:] in SENTENCE_MARKS:
        return False
    long_words = _long_words(content)
    capital = [w for w in long_words if w[0].isupper()]
    return len(long_words) >= 2 and len(capital) * 3 >= len(long_words) * 2


def is_named_title(doc: Doc, span: SpacySpan, content: str) -> bool:
    """A short headline-case title with only the sentence's comma or period inside the marks,
    after a word that names one ('told "Meet the Press."'); a slogan that opens its sentence
    or follows a verb of saying is said (""Black Lives Matter," the crowd chanted")."""
    text = content.rstrip()
    if text[-1:] not in ",." or len(text.split()) > MAX_PUNCTUATED_TITLE:
        return False
    return _word_before(doc, span) in TITLE_CUES and _punctuated_title(text[:-1])


def is_markup(text: str, start: int) -> bool:
    """Whether the quotation starting at ``start`` is the value of a markup attribute
    (``<tweet tweet-date="May 2, 2016">``): its opening mark right after an equals sign."""
    return start >= 2 and text[start - 2] == "="


def _punctuated_title(text: str) -> bool:
    """Every long word capitalised and no sentence punctuation inside: a name, not a sentence
    ("Everything. Everything is on the table," and "Hello, it's me." are said)."""
    if any(c in text for c in SENTENCE_MARKS):
        return False
    long_words = _long_words(text)
    return len(long_words) >= 2 and all(w[0].isupper() for w in long_words)


def _word_before(doc: Doc, span: SpacySpan) -> str:
    """The word just before the opening mark; none when other punctuation comes between
    (the quote then starts a sentence or follows a colon or comma)."""
    i = span.start - 1
    while i >= 0 and (doc[i].is_quote or doc[i].is_space):
        i -= 1
    return doc[i].lower_ if i >= 0 and not doc[i].is_punct else ""


def designates(doc: Doc, span: SpacySpan) -> bool:
    """Whether the quoted words are a name given to something rather than words said.

    A determiner or naming word just before the mark ("a "special operation"", "dubbed",
    "so-called", "the documentary") or a naming verb governing the quote ("labelled the workers
    "enemies of the state"").
    """
    before = _word_before(doc, span)
    if before in DETERMINERS or before in words("designate") or before in words("title_noun"):
        return True
    heads = [t.head for t in span if not (span.start <= t.head.i < span.end)]
    return any(h.lemma_.lower() in words("designate") and _near(h, span) for h in heads)


def _near(head: Token, span: SpacySpan) -> bool:
    """Whether ``head`` is in the quote's paragraph: a parse that hangs a quotation on a verb
    of the paragraph before ("The speech called to mind …" above ""We will rebuild …," she
    said") names nothing."""
    lo, hi = sorted((head.i, span.start))
    return not any(t.is_space and "\n" in t.text for t in head.doc[lo:hi])


def is_fragment(span: SpacySpan) -> bool:
    """A short quoted phrase without final punctuation: a scare quote or a slogan ("Water is
    life") when nobody is said to say it."""
    if len([t for t in span if not t.is_punct]) > MAX_FRAGMENT_WORDS:
        return False
    return span.text.rstrip()[-1:] not in ".?!,"


def word_count(content: str) -> int:
    return len(content.split())
