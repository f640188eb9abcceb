"""eventwire_times: find time expressions in a doc and normalise them TIMEX3-style.

Reads ``doc.ents`` (DATE, TIME), its own token patterns (``times/data/patterns.json``) for
what the NER misses (weekday names, "earlier today", "recently"), the parse (for the tense of the
governing verb) and ``doc._.published`` (without one, the date alone on a line of the story's
header, its dateline). Writes ``doc._.ew_times`` (``TimeExpr`` in text order)
and ``doc._.ew_time_of`` (token index → index in ``ew_times``).

The values come from :func:`eventwire.nlp.times.timex.normalize`, given the tense that
:func:`tense_of` reads off the parse (both exported by :mod:`eventwire.nlp.times`).
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan
from spacy.util import filter_spans

from eventwire.datafiles import word_group
from eventwire.nlp.extensions import register_extensions
from eventwire.nlp.parse import SAYING, dateline_tokens
from eventwire.nlp.times.anchored import AnchoredMatcher
from eventwire.nlp.times.basics import Norm
from eventwire.nlp.times.periods import is_year_shift, reporting_period
from eventwire.nlp.times.timex import DATA, as_date, grammar, lexicon, normalize
from eventwire.records import TimeExpr

__all__ = ["TimesComponent", "make_times", "tense_of"]


def tense_of(span: SpacySpan) -> str:
    """Tense of the verb governing a time expression: "past", "present" or "future".

    "will meet on Friday", "plans to meet on Friday", "may be signed on Friday" and "closed until
    Friday" are future; "met on Friday" is past; "agreed to meet on Friday" is the Friday
    nearest publication ("present"). Without a verb (headlines, fragments) news text is taken
    to report the past.
    """
    verb: Token | None = span.root
    crossed: list[Token] = []
    while verb is not None and verb.pos_ not in ("VERB", "AUX"):
        crossed.append(verb)
        verb = verb.head if verb.head.i != verb.i else None
    if verb is None:
        return "past"
    verb = _saying_verb(span, verb) or verb
    tense = _verb_tense(verb, depth=0)
    if tense == "present" and any(_looks_ahead(t, crossed) for t in crossed):
        return "future"  # "the payment is due on the 20th": the 20th to come
    prep = span.root.head
    if span.root.dep_ == "pobj" and prep.lower_ in lexicon()["open_end_prepositions"]:
        # "closed until Friday": the end of a state that still holds unless told in the past.
        chain = [verb, *list(verb.ancestors)[:2]]
        if not any(_has_tag(v, "VBD") for v in chain):
            return "future"
    return tense


def _looks_ahead(word: Token, crossed: list[Token]) -> bool:
    """An adjective that faces ahead ("due"), between a time and its verb in the
    present: the time is still to come. Not when the time is told inside its causal
    preposition ("The delay is due to a strike on the 20th": because of it)."""
    if word.pos_ != "ADJ" or word.lemma_.lower() not in lexicon()["future_adjectives"]:
        return False
    causal = lexicon()["causal_prepositions"]
    return not any(t.head.i == word.i and t.pos_ == "ADP" and t.lower_ in causal for t in crossed)


def _saying_verb(span: SpacySpan, verb: Token) -> Token | None:
    """The verb of saying a time told between it and its reported clause's subject belongs to,
    though the parser hung it on the clause: "said on Tuesday they would block the bill" was
    said on Tuesday, the blocking is still to come."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.lemma_.lower() not in SAYING or not head.i < span.start:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return head if subject is not None and span.end <= subject.i else None


def _strictly_past(span: SpacySpan) -> bool:
    """ "since January": a time whose preposition puts it before publication, whatever the
    verb's tense ("have captured … since January", "the deadliest since March")."""
    prep = span.root.head
    return span.root.dep_ == "pobj" and prep.lower_ in lexicon()["strict_past_prepositions"]


#: Prepositions by which a month says when a deed was done ("suspended the talks in January").
_WHEN_PREPOSITIONS = frozenset({"in", "during"})


def _month_of_a_deed(span: SpacySpan) -> bool:
    """A month alone, or a day of a month, that a verb in the simple past says it was done in
    or on ("suspended the talks in January", "declared an emergency on Jan. 5", written in
    December): that day or month before publication, however far back. A month after a noun
    or a "said" ("elections in September") may lie ahead."""
    if not any(t.lower_.rstrip(".") in _MONTH_NAMES for t in span) or len(span) > 2:
        return False
    root = span.root
    prep = root.head
    day = any(t.like_num for t in span)
    if root.dep_ == "npadvmod" and day:
        verb = prep  # "declared it Jan. 5": the day hangs on the verb itself
    elif root.dep_ == "pobj" and (
        prep.lower_ in _WHEN_PREPOSITIONS or (day and prep.lower_ == "on")
    ):
        verb = prep.head
    else:
        return False
    return _done_in_the_past(verb) or (day and _past_participle(verb))


#: Verbs that set a date for something still to come ("scheduled a vote on Jan. 10", "the vote
#: scheduled on Jan. 12"): the day is the thing's, not the deed's.
_SCHEDULING = frozenset({"schedule", "reschedule", "slate", "postpone", "delay"})


def _done_in_the_past(verb: Token) -> bool:
    """A verb in the simple past, active or passive ("declared", "was declared"), that is no
    saying, being or scheduling."""
    if verb.lemma_ in ("say", "be") or verb.lemma_.lower() in _SCHEDULING:
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not auxes:
        return verb.tag_ == "VBD"
    passive = len(auxes) == 1 and auxes[0].dep_ == "auxpass" and auxes[0].tag_ == "VBD"
    return passive and verb.tag_ == "VBN"


def _past_participle(verb: Token) -> bool:
    """A past participle after its noun, done on a day ("the record set on Aug. 6"), not one
    that schedules ("the vote scheduled on Jan. 12")."""
    return (
        verb.tag_ == "VBN"
        and verb.lemma_.lower() not in _SCHEDULING
        and verb.dep_ == "acl"
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


_MONTH_NAMES = frozenset(
    m.lower() for m in [*calendar.month_name[1:], *calendar.month_abbr[1:], "Sept"]
)


#: Days after publication a deed told on a day without its year may still have been done.
_TIME_ZONE_SLACK = 1


def _year_before_if_ahead(text: str, value: str | None, published: dt.date | None) -> str | None:
    """A month or day without its year read after publication, a year back ("since January"
    in December is this January, not next). The day after publication is kept: a story
    stamped in one time zone tells a deed done in another that is already a day ahead
    ("arrested on Dec. 4" in a story stamped Dec. 3)."""
    if value is None or published is None or re.search(r"\d{4}", text):
        return value
    m = re.fullmatch(r"(\d{4})(-\d\d(?:-\d\d)?)", value)
    latest = published + dt.timedelta(days=_TIME_ZONE_SLACK) if len(value) == 10 else published
    if m is None or value <= latest.isoformat()[: len(value)]:
        return value
    return f"{int(m[1]) - 1}{m[2]}"


def _future_lemma(verb: Token) -> bool:
    """A verb that sets something ahead ("plan", "schedule"), read off its lemma or, where the
    lemmatiser strips too much ("slated" → "slat"), off its "-ed" form."""
    lemmas = lexicon()["future_lemmas"]
    word = verb.lower_
    return verb.lemma_ in lemmas or (word.endswith("ed") and word[:-1] in lemmas)


def _could_not(verb: Token, auxes: set[str]) -> bool:
    """ "could not be reached on Wednesday": a "could" denied tells what was not done then."""
    denied_past = set(lexicon()["denied_past_modals"])
    return bool(auxes & denied_past) and any(c.dep_ == "neg" for c in verb.children)


def _has_tag(verb: Token, tag: str) -> bool:
    """Whether the verb or one of its auxiliaries carries ``tag``."""
    return verb.tag_ == tag or any(
        c.tag_ == tag for c in verb.children if c.dep_ in ("aux", "auxpass")
    )


def _verb_tense(verb: Token, depth: int) -> str:
    lex = lexicon()
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    lowers = {a.lower_ for a in auxes}
    perfect = any(a.lemma_ == "have" for a in auxes)
    if lowers & set(lex["future_auxiliaries"]):
        return "future"
    if lowers & set(lex["future_modals"]) and not perfect and not _could_not(verb, lowers):
        return "future"  # "may be signed on Friday"
    tags = {verb.tag_} | {a.tag_ for a in auxes}
    if _future_lemma(verb):  # "plans to meet", "is scheduled for Monday"
        return "past" if "VBD" in tags else "future"
    head = verb.head
    untensed = verb.tag_ == "VB" or "TO" in tags
    if (
        untensed
        and verb.dep_ in ("xcomp", "advcl", "conj", "ccomp")
        and depth < 3
        and head.pos_ in ("VERB", "AUX")
    ):
        if _future_lemma(head) and head.tag_ != "VBD":
            return "future"
        if "TO" in tags and head.lemma_ in lex["commitment_lemmas"] and head.tag_ == "VBD":
            # "agreed to buy it in February": ahead when agreed, maybe still ahead now; the
            # day nearest publication.
            return "present"
        return _verb_tense(head, depth + 1)
    if "TO" in tags:  # "an event to be held on ...", "markets to reopen on Monday"
        return "future"
    if "VBD" in tags or ("VBN" in tags and perfect):
        return "past"
    if tags & {"VBZ", "VBP", "VBG"}:
        return "present"
    return "past"


#: Named periods the NER rightly calls dates though the normaliser gives them no value.
NAMED_PERIODS = word_group("eventwire.nlp.times", "named_periods")


def _bare_name(span: SpacySpan) -> bool:
    """A span of capitalised names with no digit and no word of time ("Amhara"), which the
    NER took for a date."""
    words = _time_words()
    return all(t.pos_ == "PROPN" and t.is_title for t in span) and not any(
        t.lower_ in words or t.lower_ in NAMED_PERIODS for t in span
    )


@lru_cache(maxsize=1)
def _time_words() -> frozenset[str]:
    lex = lexicon()
    keys = ("months", "weekdays", "seasons", "parts_of_day", "units", "decade_words")
    words = {w for k in keys for w in lex[k]}
    return frozenset(words | {w for name in lex["holidays"] for w in name.split()})


#: "the 12th", "the 3rd": an ordinal the NER may take for a day of the month.
_ORDINAL = re.compile(r"the \d{1,2}(?:st|nd|rd|th)", re.IGNORECASE)


def _rank_of(span: SpacySpan) -> bool:
    """An ordinal that ranks the noun after it ("on the 12th floor", "the 3rd battalion"), which
    the NER may label DATE: no day of the month."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is None or _ORDINAL.fullmatch(span.text) is None:
        return False
    # a ranked noun is singular ("the 12th floor", "the 3rd battalion"), while a plural after
    # the day is the subject of what follows ("On the 28th troops opened fire"): the parser
    # hangs the ordinal on both
    return after.tag_ in ("NN", "NNP")


def _is_age(span: SpacySpan) -> bool:
    """NER often labels ages ("a 5-year-old", "aged 25") as DATE; they are not times."""
    doc = span.doc
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    text = span.text.lower()
    if _appositive_age(span, before, after) or _listed_age(span) or _age_range(span):
        return True
    owner, _, rest = text.partition(" ")
    if (before in OWNERS and _DECADE_OF_LIFE.fullmatch(text)) or (
        owner in OWNERS and _DECADE_OF_LIFE.fullmatch(rest)
    ):
        return True  # "men in their 20s", "in her early thirties": an age, no decade
    opens = span[0].lower_ in AGE_WORDS  # the NER took "ages 16" as one span
    return (
        bool(grammar().age.search(text)) or after in ("old", "-old") or before in AGE_WORDS or opens
    )


AGE_WORDS = frozenset({"aged", "age", "ages"})
OWNERS = frozenset({"their", "his", "her", "my", "our", "your"})
_DECADE_OF_LIFE = re.compile(
    r"(?:(?:early|mid|late)[- ]?)?(?:\d0'?s|twenties|thirties|forties|fifties|sixties|seventies"
    r"|eighties|nineties|teens)"
)


def _listed_age(span: SpacySpan) -> bool:
    """A later number of a list of ages ("the men, ages 24 and 31")."""
    doc = span.doc
    k = span.start - 1
    while k > 0 and (doc[k].lower_ in (",", "and", "or", "to") or doc[k].like_num):
        k -= 1
    return k < span.start - 1 and doc[k].lower_ in AGE_WORDS


def _age_range(span: SpacySpan) -> bool:
    """Bare numbers an "age" takes by a preposition ("raises the retirement age from 62 to
    64", "lowers the voting age to 16"): ages, not years (years have four digits)."""
    numbers = [t for t in span if t.like_num]
    if not numbers or any(len(t.text) > 3 for t in numbers):
        return False
    if any(not t.like_num and t.lower_ not in ("to", "and", "-") for t in span):
        return False
    prep = span.root.head
    if prep.dep_ != "prep":
        return False
    # "raises the age from 62": the parser hangs the range on the verb beside its object
    owners = [prep.head, *(c for c in prep.head.children if c.dep_ == "dobj")]
    return any(o.lemma_.lower() in AGE_WORDS for o in owners)


def _appositive_age(span: SpacySpan, before: str, after: str) -> bool:
    """ "Jane Doe, 47, was detained": a bare number set off by commas after a name is an age,
    not a year (years have four digits, a two-digit year its apostrophe)."""
    if len(span) != 1 or not span[0].text.isdigit() or len(span[0].text) > 3:
        return False
    named = span.start > 1 and span.doc[span.start - 2].pos_ in ("PROPN", "NOUN")
    return before == "," and after in (",", ".") and named


def _edge_junk(token: Token, at_start: bool) -> bool:
    """Tokens a time expression does not begin or end with: punctuation, prepositions, 's."""
    if token.lower_ in lexicon()["relative_offsets"]:  # "next year": "next" is no preposition
        return False
    if not at_start and _closes_relative(token):
        return False
    if token.is_space or token.pos_ in ("ADP", "CCONJ", "SCONJ") or token.tag_ == "POS":
        return True
    if at_start and token.text in ("'", "’") and not token.whitespace_:
        return not token.nbor(1).like_num if token.i + 1 < len(token.doc) else True  # '82
    return token.is_punct


def _closes_relative(token: Token) -> bool:
    """ "the day before," / "the morning after": a "before" without an object after a unit of
    time counts from the last day mentioned; it is part of the expression, not a preposition."""
    lex = lexicon()
    if token.lower_ not in _CLOSING_WORDS or token.i == 0:
        return False
    unit = token.nbor(-1).lower_
    if unit not in lex["units"] and unit not in lex["parts_of_day"]:
        return False
    return not any(c.dep_ == "pobj" for c in token.children)


_CLOSING_WORDS = {"before", "after"}


def _trim(span: SpacySpan) -> SpacySpan | None:
    """Drop punctuation, spaces, prepositions and a possessive 's at the edges of a span."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and _edge_junk(doc[start], at_start=True):
        start += 1
    while end > start and _edge_junk(doc[end - 1], at_start=False):
        end -= 1
    return doc[start:end] if end > start else None


def _split_lines(span: SpacySpan) -> list[SpacySpan]:
    """NER sometimes runs a dateline into the next line; a time never spans a line break."""
    cuts = [t.i for t in span if t.is_space and "\n" in t.text]
    bounds = [span.start, *cuts, span.end]
    return [span.doc[a:b] for a, b in zip(bounds, bounds[1:], strict=False) if b > a]


def _split_list(span: SpacySpan, published: dt.date | None) -> list[SpacySpan]:
    """ "between 2014 and 2016", "from 2009 to 2011": one time each, when each stands alone."""
    cuts = [t.i for t in span if _lists(t) and span.start < t.i < span.end - 1]
    if not cuts:
        return [span]
    bounds = [span.start, *cuts, span.end]
    parts = [_trim(span.doc[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]
    if any(p is None or normalize(p.text, published)[1] is None for p in parts):
        return [span]
    return [p for p in parts if p is not None]


def _lists(token: Token) -> bool:
    """Whether a token joins two times: "and", "to"; a hyphen only between numbers ("2014-16"),
    not inside a word ("year-earlier")."""
    if token.lower_ not in _LIST_WORDS:
        return False
    if token.text != "-" or token.whitespace_ or token.nbor(-1).whitespace_:
        return True
    return token.nbor(-1).like_num and token.nbor(1).like_num


def _split_ended(span: SpacySpan) -> list[SpacySpan]:
    """ "the quarter ended Sept. 30": a period and the day it ends are two times."""
    cut = next((t.i for t in span if t.lower_ in _END_WORDS and span.start < t.i), None)
    if cut is None or cut >= span.end - 1:
        return [span]
    parts = [_trim(span.doc[span.start : cut]), _trim(span.doc[cut + 1 : span.end])]
    return [p for p in parts if p is not None]


_END_WORDS = {"ended", "ending", "ends"}


def _trim_context(pattern_id: str, start: int, end: int) -> tuple[int, int]:
    """Drop the tokens a pattern only reads as context: "_trim1" marks a first token ("in the
    past"), "_trimlast" a last one ("now" but not "now-defunct")."""
    if pattern_id.endswith("_trim1"):
        start += 1
    if pattern_id.endswith("_trimlast"):
        end -= 1
    return start, end


_LIST_WORDS = {"and", "or", "to", "through", "until", "till", "-", "–", "—"}


#: Spans of months an earnings report gives figures for besides its quarter.
_REPORT_SPANS = frozenset({"P6M", "P9M"})


@dataclass
class _Mentioned:
    """What the time expressions read so far set for those after them: "the next day" counts
    from the last day, "a year earlier" from the last date or the quarter reported on."""

    published: dt.date | None
    parsed: bool  # whether the doc has a parse to read tenses from
    anchor: dt.date | None = None  # the last day mentioned
    period: str | None = None  # the quarter the article reports on
    last: str | None = None  # the last calendar value mentioned

    def resolve(self, span: SpacySpan) -> Norm:
        if _some_weekday(span):
            return "DATE", None
        tense = tense_of(span) if self.parsed else "past"
        kind, value = normalize(
            span.text, self.published, tense, self.anchor, period=self.period, last=self.last
        )
        if self.parsed and (_strictly_past(span) or _month_of_a_deed(span)):
            value = _year_before_if_ahead(span.text, value, self.published)
        return kind, value

    def update(self, text: str, kind: str, value: str | None) -> None:
        if kind == "DURATION" and value in _REPORT_SPANS:
            # "For the nine months, net rose ... from a year earlier": the report has moved on
            # from its quarter, so what counts back from the quarter counts from the year.
            self.period = None
        if not value or not value[:4].isdigit():
            return
        if re.match(r"\d{4}-\d\d-\d\d", value):
            self.anchor = dt.date.fromisoformat(value[:10])
        if kind == "DATE" and not is_year_shift(text):
            self.last = value
            self.period = reporting_period(value, self.published, self.period)


def _some_weekday(span: SpacySpan) -> bool:
    """A weekday told with "a" or "one": some such day, no day to date ("on a Friday in
    late October"); not one that tells which thing a noun is ("set a Friday deadline")."""
    doc = span.doc
    some = set(lexicon()["indefinite_determiners"])
    words = [t for t in span if t.lower_ not in some]
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    if not (span[0].lower_ in some or before in some) or len(words) != 1:
        return False
    day = words[0]
    noun_after = day.i + 1 < len(doc) and doc[day.i + 1].pos_ == "NOUN"
    return day.lower_ in lexicon()["weekdays"] and day.dep_ != "compound" and not noun_after


def _salvage(span: SpacySpan, mentioned: _Mentioned) -> list[tuple[SpacySpan, Norm]]:
    """A span without a value loses the words before its last datable part: "coup d'etat last
    year" → "last year"; "the first nine months of 1997" → "the first nine months", "1997"."""
    norm = mentioned.resolve(span)
    if norm[1] is not None or grammar().month_day.fullmatch(span.text.lower()):
        return [(span, norm)]  # "the 30th of February" is no day: not "the 30th" of this month
    doc = span.doc
    for i in range(span.start + 1, span.end):
        if _edge_junk(doc[i], at_start=True):
            continue
        tail = doc[i : span.end]
        found = mentioned.resolve(tail)
        if not (found[1] or "")[:1].isdigit():  # "two hours later" is no FUTURE_REF
            continue
        head = _trim(doc[span.start : i]) if doc[i - 1].lower_ == "of" else None
        return ([(head, mentioned.resolve(head))] if head else []) + [(tail, found)]
    return [(span, norm)]


def _day_told_after(
    clock: SpacySpan, after: list[SpacySpan], mentioned: _Mentioned
) -> dt.date | None:
    """The day a clock time is on when that day comes right after it ("until 6 p.m. EST,
    Dec. 2", "at 9 a.m. on Tuesday"): the NER parts the two, and a clock time alone would
    take the last day mentioned before it."""
    if not after or not (_clock_alone(clock) or _part_alone(clock)):
        return None
    between = clock.doc[clock.end : after[0].start]
    if len(between) > 2 or not all(t.is_punct or t.lower_ == "on" for t in between):
        return None
    value = mentioned.resolve(after[0])[1]
    return dt.date.fromisoformat(value) if value and _DAY.fullmatch(value) else None


def _part_alone(span: SpacySpan) -> bool:
    """A part of day told without its day ("at dawn", "in the morning")."""
    words = [t.lower_ for t in span if t.lower_ not in ("the", "early", "late")]
    return len(words) == 1 and words[0] in lexicon()["parts_of_day"]


def _clock_alone(span: SpacySpan) -> bool:
    """A clock time told without its day ("6 p.m. EST", "noon")."""
    if grammar().clock.search(span.text.lower()) is None:  # the cheap test first
        return False
    return normalize(span.text, None) == ("TIME", None)


_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def _dateline(spans: list[SpacySpan]) -> dt.date | None:
    """The day a story without a publication date gives in its dateline: a full calendar date
    alone on one of its first lines ("Quake hits coast\nMarch 3, 2009\nA strong ..."), which
    "today" and "on Monday" then count from."""
    text = spans[0].doc.text if spans else ""  # Doc.text joins every token: read it once
    for span in spans:
        before = text[: span.start_char]
        if before.count("\n") >= _DATELINE_LINES:
            return None
        line_start = before.rfind("\n") + 1
        line_end = text.find("\n", span.end_char)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        if line.strip(" ,.-") != span.text.strip(" ,.-"):
            continue  # a date inside a sentence may be any day the story tells of
        value = normalize(span.text, None)[1]
        if value and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
            return dt.date.fromisoformat(value)
    return None


# How many lines (title, dateline) a story's header may take before its first sentence.
_DATELINE_LINES = 3


@lru_cache(maxsize=1)
def _patterns() -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads((DATA / "patterns.json").read_text(encoding="utf-8"))
    return data


class TimesComponent:
    """Finds time expressions and writes ``doc._.ew_times`` and ``doc._.ew_time_of``."""

    def __init__(self, nlp: Language, name: str = "eventwire_times") -> None:
        register_extensions()
        self.name = name
        # Patterns that read part-of-speech tags only run on tagged docs.
        self.matcher = AnchoredMatcher(nlp.vocab)
        self.tagged_matcher = AnchoredMatcher(nlp.vocab)
        for entry in _patterns():
            tagged = any("POS" in token or "TAG" in token for token in entry["pattern"])
            (self.tagged_matcher if tagged else self.matcher).add(entry["id"], [entry["pattern"]])
        # The NER knows Christmas but seldom "Thanksgiving Day": every holiday the normaliser
        # can date is looked for by name.
        relative: dict[str, Any] = {"LOWER": {"IN": ["last", "next", "this"]}, "OP": "?"}
        self.matcher.add(
            "holiday",
            [
                [relative, *({"LOWER": t.lower_} for t in nlp.make_doc(name))]
                for name in lexicon()["holidays"]
            ],
        )

    def __call__(self, doc: Doc) -> Doc:
        parsed = doc.has_annotation("DEP")
        times: list[TimeExpr] = []
        time_of: dict[int, int] = {}
        spans = self.find_spans(doc)
        published = as_date(doc._.published) or _dateline(spans)
        mentioned = _Mentioned(published, parsed)
        spans = [q for s in spans for p in _split_ended(s) for q in _split_list(p, published)]
        dated = dateline_tokens(doc)
        for k, whole in enumerate(spans):
            day = _day_told_after(whole, spans[k + 1 : k + 2], mentioned)
            mentioned.anchor = day or mentioned.anchor
            for span, (kind, value) in _salvage(whole, mentioned):
                if value is None and _bare_name(span):
                    continue  # "in Amhara in August": the NER's DATE ran over a region's name
                times.append(TimeExpr(span.text, span.start_char, span.end_char, kind, value))
                time_of.update({i: len(times) - 1 for i in range(span.start, span.end)})
                mentioned.update(span.text, kind, value)
                if span.start in dated and value and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
                    # "MOSUL, Iraq, Feb. 12 (Reuters) - ... on Sunday": the story's own day
                    mentioned.published = dt.date.fromisoformat(value)
        doc._.ew_times = times
        doc._.ew_time_of = time_of
        return doc

    def find_spans(self, doc: Doc) -> list[SpacySpan]:
        """Time expression spans: DATE/TIME entities plus pattern matches, longest first."""
        ents = [e for e in doc.ents if e.label_ in ("DATE", "TIME")]
        # Pattern matches inside other named entities ("Sunday Times", "Christmas Island") lose,
        # but for those that still name a day (_names_a_day).
        blocked = {
            i: e.label_
            for e in doc.ents
            if e.label_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY")
            for i in range(e.start, e.end)
        }
        found: list[SpacySpan] = []
        matches = list(self.matcher(doc))
        if doc.has_annotation("POS"):
            matches += self.tagged_matcher(doc)
        for match_id, start, end in matches:
            pattern_id = doc.vocab.strings[match_id]
            start, end = _trim_context(pattern_id, start, end)
            labels = {blocked[i] for i in range(start, end) if i in blocked}
            if not labels or _names_a_day(pattern_id, labels):
                found.append(doc[start:end])
        joined = _join_of(
            sorted(filter_spans(ents + found), key=lambda s: s.start), as_date(doc._.published)
        )
        spans = [_trim(p) for s in joined for p in _split_lines(s)]
        kept = [s for s in spans if s is not None and not _is_age(s) and not _rank_of(s)]
        return _with_parts_of_day(sorted(kept, key=lambda s: s.start))


def _join_of(spans: list[SpacySpan], published: dt.date | None) -> list[SpacySpan]:
    """A time and the time its "of" opens, one expression: the NER parts "the summer of" from
    "2022", or "October" from "next year" in "October of next year". Not where the first part
    has a value the whole lacks ("the first nine months" of "the preceding fiscal year")."""
    out: list[SpacySpan] = []
    for span in spans:
        last = out[-1] if out else None
        doc = span.doc
        if last is not None and (
            (doc[last.end - 1].lower_ == "of" and span.start == last.end)
            or (span.start == last.end + 1 and doc[last.end].lower_ == "of")
        ):
            joined = doc[last.start : span.end]
            if _join_keeps_value(last, joined, published):
                out[-1] = joined
                continue
        out.append(span)
    return out


def _join_keeps_value(first: SpacySpan, joined: SpacySpan, published: dt.date | None) -> bool:
    """Whether joining keeps what the first part tells: the whole has a value, or the first
    part alone has none ("the summer of" without its year)."""
    tense = tense_of(joined) if joined.doc.has_annotation("DEP") else "past"
    if normalize(joined.text, published, tense)[1] is not None:
        return True
    part = first[:-1] if first[-1].lower_ == "of" else first
    return len(part) == 0 or normalize(part.text, published, tense)[1] is None


def _part_of_day_start(span: SpacySpan) -> int | None:
    """Where "the night of" or "the early hours of" starts before a day ("the night of March
    3", "the early hours of Sunday"), which the NER leaves apart from the day or unmarked."""
    doc, i = span.doc, span.start - 2
    if i < 0 or doc[i + 1].lower_ != "of":
        return None
    if doc[i].lower_ == "hours" and i > 0 and doc[i - 1].lower_ in _SMALL_HOURS:
        i -= 1
    elif doc[i].lower_ in lexicon()["parts_of_day"]:
        i -= 1 if i > 0 and doc[i - 1].lower_ in ("early", "late") else 0
    else:
        return None
    return i - 1 if i > 0 and doc[i - 1].lower_ in ("the", "that") else i


_SMALL_HOURS = frozenset({"early", "small", "wee"})


def _with_parts_of_day(spans: list[SpacySpan]) -> list[SpacySpan]:
    """Each day after "the night of" takes those words in; a span of them alone is dropped."""
    out: list[SpacySpan] = []
    for span in spans:
        start = _part_of_day_start(span)
        if start is not None:
            out = [s for s in out if s.end <= start]
            span = span.doc[start : span.end]
        out.append(span)
    return out


def _names_a_day(pattern_id: str, labels: set[str]) -> bool:
    """Whether a pattern match inside another named entity still names a day: a holiday the
    NER calls an EVENT ("Thanksgiving Day"), or a month written with its day, a date even
    inside a name ("the March 3 consulate attack", which the NER may call an EVENT)."""
    if pattern_id == "holiday":
        return labels == {"EVENT"}
    return pattern_id in _WRITTEN_DAYS


#: Patterns of a month written with its day: a date wherever they stand.
_WRITTEN_DAYS = frozenset({"month_day", "month_day_year", "day_month_year"})


@Language.factory("eventwire_times")
def make_times(nlp: Language, name: str) -> TimesComponent:
    """spaCy factory for :class:`TimesComponent`."""
    return TimesComponent(nlp, name)
