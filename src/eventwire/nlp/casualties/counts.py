"""How many people a phrase stands for: "at least one" → 1..None, "two policemen and a child"
→ 3, "a 17-year-old" → 1, "protesters" → 2..None, "no one" → 0.

Used by :mod:`eventwire.nlp.casualties.readings` and :mod:`eventwire.nlp.casualties.nouns` for the
victims of each casualty word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Token

from eventwire.datafiles import word_group
from eventwire.nlp.casualties.lexicon import bound_words, lexicon, lexicon_words
from eventwire.nlp.casualties.victims import age_noun, is_determined, vague_number
from eventwire.nlp.parse import trailing_speaker
from eventwire.records import Count


def parse_quantity(text: str) -> tuple[int | None, int | None] | None:
    """Bounds of a quantity phrase: "at least one" → (1, None), "nearly 600" → (None, 600).

    Returns None when the phrase holds no number or quantifier.
    """
    lex = lexicon()
    s = re.sub(r"\s+", " ", text.lower()).strip()
    mode = "exact"
    for key, name in (
        ("lower_bound_words", "min"),
        ("upper_bound_words", "max"),
        ("approximate_words", "exact"),
        ("additive_words", "exact"),  # "another 17": seventeen more people
    ):
        for w in sorted(lex[key], key=len, reverse=True):
            if s.startswith(w + " "):
                strict = (
                    w in lex[f"strict_{'lower' if name == 'min' else 'upper'}_bound_words"]
                    if name != "exact"
                    else False
                )
                mode = f"{name}{'!' if strict else ''}"
                s = s[len(w) + 1 :]
                break
        if mode != "exact":
            break
    span = _range(s)
    if span is not None and mode == "exact":  # "10 to 15", "between 10 and 15"
        return span
    n = _number(s)
    if n is None and s in lex["exact_quantifiers"]:  # "both": a number said without digits
        n = int(lex["exact_quantifiers"][s])
    if n is None:
        return _vague(re.sub(r" of$", "", s))
    if mode.startswith("min"):
        return (n + 1 if mode.endswith("!") else n), None
    if mode.startswith("max"):
        return None, (n - 1 if mode.endswith("!") else n)
    return n, n


def _range(s: str) -> tuple[int, int] | None:
    """ "10 to 15" → (10, 15), "between 10 and 15" → (10, 15), "two or three" → (2, 3):
    two numbers, the first the smaller, joined by a word of a range."""
    between = s.startswith("between ")
    s = s.removeprefix("between ")
    joins = (" and ",) if between else (" to ", " or ", "-")
    for join in joins:
        low, sep, high = s.partition(join)
        if not sep or (join == "-" and not (low.isdigit() and high.isdigit())):
            continue
        lo, hi = _number(low), _number(high)
        if lo is not None and hi is not None and lo < hi:
            return lo, hi
    return None


#: What a vague plural of a round number counts in ("tens of thousands": tens × 1,000).
_ROUND_PLURALS = {"hundreds": 100, "thousands": 1_000, "millions": 1_000_000}


def _vague(s: str) -> tuple[int | None, int | None] | None:
    """ "dozens" → (24, None); "tens of thousands" → (20000, None): a vague count of a vague
    round number multiplies the two."""
    vague = lexicon()["vague_quantities"]
    if s in vague:
        return int(vague[s]), None
    nested = re.fullmatch(r"(.+) of (\w+)", s)
    if nested and nested[1] in vague and nested[2] in _ROUND_PLURALS:
        return int(vague[nested[1]]) * _ROUND_PLURALS[nested[2]], None
    return None


def _number(s: str) -> int | None:
    """ "600" → 600, "1,200" → 1200, "twenty-five" → 25, "two dozen" → 24, "a dozen" → 12."""
    s = s.strip()
    if re.fullmatch(r"\d{1,3}(,\d{3})+|\d+", s):
        return int(s.replace(",", ""))
    numbers = lexicon()["numbers"]
    total, current = 0, 0
    words = [w for w in re.split(r"[ -]", s) if w and w != "and"]
    if not words:
        return None
    for w in words:
        if w.isdigit():
            current += int(w)
        elif w in ("hundred", "thousand", "million", "dozen") and w in numbers:
            current = max(current, 1) * int(numbers[w])
            if w in ("thousand", "million"):
                total, current = total + current, 0
        elif w in numbers:
            current += int(numbers[w])
        else:
            return None
    return total + current


def phrase(doc: Doc, tokens: Iterable[Token]) -> tuple[int, int]:
    idx = [t.i for t in tokens]
    return min(idx), max(idx) + 1


#: Words after a number that say the people are more of them, not how many ("20 more").
ADDED_AFTER = frozenset({"more", "additional", "extra", "further"})


#: Nouns of a band of people whose size an "of" tells ("a family of five").
SIZED_BY_OF = word_group("eventwire.nlp.casualties", "sized_by_of")


def _sized_by_of(noun: Token) -> Count | None:
    """ "killed a family of five", "a crew of 12": as many as the bare number after "of"."""
    if noun.lemma_.lower() not in SIZED_BY_OF:
        return None
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for number in (o for o in prep.children if o.dep_ == "pobj" and o.like_num):
            bounds = parse_quantity(number.text)
            if bounds is not None:
                start, end = phrase(noun.doc, [noun.left_edge, number])
                return Count(bounds[0], bounds[1], noun.doc[start:end].text)
    return None


def single_count(noun: Token, cue: bool = False) -> Count | None:
    """How many people one noun phrase stands for, or None if it is not about people.

    With ``cue`` the noun is the casualty word itself ("12 deaths", "a homicide").
    """
    doc, lower = noun.doc, noun.lower_
    det = {c.lower_ for c in noun.children if c.dep_ in ("det", "neg", "preconj")}
    if lower in lexicon_words("none_words") or det & lexicon_words("none_determiners"):
        start, end = phrase(doc, [noun, *(c for c in noun.children if c.dep_ == "det")])
        return Count(0, 0, doc[start:end].text)
    if not cue and _ordinal_person(noun):
        start, end = phrase(doc, [noun, *(c for c in noun.children if c.dep_ == "det")])
        return Count(1, 1, doc[start:end].text)
    if (
        not cue
        and not age_noun(noun)
        and not vague_number(noun)  # "wounded dozens overnight", all one TIME to the NER
        and (
            noun.lemma_.lower() in lexicon_words("non_person_nouns")
            or noun.ent_type_ in lexicon_words("non_person_entities")
        )
    ):  # NER calls ages DATE
        return None
    if not cue and _of_things(noun):
        return None
    if noun.lower_ in lexicon_words("collective_nouns") and not is_determined(noun):
        return None  # "Police: man shot" — the police are not the victims
    sized = _sized_by_of(noun)
    if sized is not None:
        return sized
    quantifiers = {*lexicon()["vague_quantities"], *lexicon()["exact_quantifiers"]}
    quantity = [
        c
        for c in noun.children
        if c.dep_ in ("nummod", "quantmod")
        or (c.dep_ in ("amod", "det", "predet") and c.lower_ in quantifiers)
    ]
    if noun.like_num or noun.lower_ in quantifiers or noun.lower_ == "dozen":
        quantity = [noun]  # "Both died", "Three of the victims"
    for q in quantity:
        # The noun itself as a number ("Three of the victims"): its left modifiers only.
        words = _number_words(q) if q.i == noun.i else list(q.subtree)
        # "20 more people", "five additional officers": the number, not a phrase with "more"
        words = [w for w in words if not (w.i > q.i and w.lower_ in ADDED_AFTER)] or [q]
        start, end = phrase(doc, words)
        start = _with_between(doc, start, end)
        bounds = parse_quantity(doc[start:end].text)
        if bounds is None and q.i == noun.i and len(words) > 1:
            # "and injuring scores", the gerund parsed as the quantity's modifier
            start, end = q.i, q.i + 1
            bounds = parse_quantity(q.text)
        if bounds is not None:
            return Count(bounds[0], bounds[1], doc[start:end].text)
    return _implied_count(noun)


def _ordinal_person(noun: Token) -> bool:
    """ "a third was critically injured", "another fourth": an ordinal standing for one more
    person, not a share ("a third of the passengers")."""
    return (
        noun.ent_type_ == "ORDINAL"
        and noun.pos_ in ("NOUN", "ADJ")
        and any(c.dep_ == "det" for c in noun.children)
        and not any(c.dep_ == "prep" for c in noun.children)
    )


def _number_words(number: Token) -> list[Token]:
    """The words of a number standing for its people ("at least three", "another two"): its
    left modifiers, less a pointer that adds no quantity ("All four died", "the two were
    taken to a hospital": the four, the two) and less anything before a comma, which is
    another phrase ("Two dead, one hurt": "one" is one, not "two dead one")."""
    head = number.head
    if number.dep_ == "pobj" and head.i == number.i - 1 and head.lower_ in bound_words():
        return [head, number]  # "injured around 50", the bound parsed as a preposition
    left = [t for c in number.lefts for t in c.subtree]
    cut = max((t.i for t in left if t.is_punct), default=-1)
    left = [t for t in left if t.i > cut]
    pointers = lexicon_words("pointing_determiners")
    while left and left[0].lower_ in pointers and left[0].dep_ in ("det", "predet"):
        left = left[1:]
    return [*left, number]


def _of_things(noun: Token) -> bool:
    """ "five out of the nine puppies", "two of the cars": a number of a group that is not
    people."""
    if not (noun.like_num or noun.pos_ == "NUM"):
        return False
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "out")]
    preps += [g for p in preps if p.lower_ == "out" for g in p.children if g.dep_ == "prep"]
    groups = [g for p in preps for g in p.children if g.dep_ == "pobj"]
    return any(g.lemma_.lower() in lexicon_words("non_person_nouns") for g in groups)


def _implied_count(noun: Token) -> Count | None:
    """ "a man" / "he" → 1..1; "protesters" / "they" → 2..None; other words → None."""
    lower, doc = noun.lower_, noun.doc
    left = min(
        (c.i for c in noun.children if c.dep_ in ("det", "poss", "amod", "compound")),
        default=noun.i,
    )
    text = doc[left : noun.i + 1].text
    if lower in lexicon_words("singular_pronouns"):
        return Count(1, 1, noun.text)
    if lower in lexicon_words("plural_pronouns"):
        return Count(2, None, noun.text)
    if age_noun(noun):
        return Count(1, 1, text) if noun.lower_ == "old" else Count(2, None, text)
    if noun.pos_ == "PRON" or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if noun.tag_ in ("NNS", "NNPS"):
        return Count(2, None, text)
    return Count(1, 1, text)


def _unnamed_things(noun: Token) -> bool:
    """A second act the parser read as a victim: "killing 15 civilians and burning granaries"
    (a gerund after "and", taken for an adjective) counts 15, not 17, unless the actors stage
    names someone there."""
    actor_of = noun.doc._.ew_actor_of or {}
    gerund = any(c.dep_ == "amod" and c.tag_ == "VBG" and c.i < noun.i for c in noun.children)
    after_and = noun.left_edge.i > 0 and noun.doc[noun.left_edge.i - 1].lower_ in ("and", "or")
    numbered = any(c.dep_ in ("nummod", "quantmod") for c in noun.children)
    return gerund and after_and and not numbered and noun.i not in actor_of


def _victims_only(conjuncts: list[Token]) -> list[Token]:
    """The coordinated victims to add up: not a second act (:func:`_unnamed_things`), not the
    speakers the parser joined on ("killing 12 civilians, residents and an aid worker said":
    12), and not a bare plural the first number counts too ("around 40 soldiers and volunteer
    fighters": 40, where "40 soldiers and a civilian" are 41)."""
    first, rest = conjuncts[0], []
    for t in conjuncts[1:]:
        if trailing_speaker(t):
            break
        if not _unnamed_things(t) and not _counted_with(first, t):
            rest.append(t)
    return [first, *rest]


def _counted_with(first: Token, noun: Token) -> bool:
    numbered = any(c.dep_ in ("nummod", "quantmod") for c in first.children)
    own = ("det", "nummod", "quantmod", "poss", "predet")
    bare = noun.tag_ in ("NNS", "NNPS") and not any(c.dep_ in own for c in noun.children)
    return numbered and bare and noun.pos_ == "NOUN"


def told_total(tok: Token) -> tuple[Token, Count] | None:
    """The number a total is told to be: "the death toll rose to 12", "a death toll of 12",
    "raising the toll to 12", "the number of people killed stood at 12"."""
    places = [tok, tok.head] if tok.dep_ in ("nsubj", "nsubjpass", "dobj") else [tok]
    for holder in places:
        for c in holder.children:
            nums = [c] if c.dep_ in ("nummod", "appos", "dobj", "attr") else []
            if c.dep_ == "prep" and c.lower_ in ("of", "to", "at"):
                nums = [g for g in c.children if g.dep_ == "pobj"]
            for num in (n for n in nums if n.like_num):
                start, end = phrase(tok.doc, num.subtree)
                bounds = parse_quantity(tok.doc[start:end].text)
                if bounds is not None:
                    return num, Count(bounds[0], bounds[1], tok.doc[start:end].text)
    return None


def _tallied(victim: Token) -> Token | None:
    """The tally a victim phrase is counted by ("the number of people killed", "the total of
    dead"), not a vague amount ("a number of people")."""
    of = victim.head
    if victim.dep_ != "pobj" or of.lower_ != "of" or of.head.i == of.i:
        return None
    tally = of.head
    if tally.lemma_.lower() not in lexicon_words("tally_nouns"):
        return None
    vague = any(c.dep_ in ("det", "amod") and c.lower_ not in ("the",) for c in tally.children)
    return None if vague else tally


def _with_between(doc: Doc, start: int, end: int) -> int:
    """Where a range "12 and 15" starts: at the "between" before it, which the parser may hang
    elsewhere ("killing between 12 and 15 soldiers", "between" read as a preposition)."""
    ranged = any(t.lower_ == "and" for t in doc[start:end])
    return start - 1 if ranged and start > 0 and doc[start - 1].lower_ == "between" else start


def victim_count(victim: Token, conjuncts: list[Token] | None = None) -> Count | None:
    """Count of a victim phrase, adding up coordinated victims ("two policemen and a child").

    ``conjuncts`` are the coordinated victims to add up, when not all of them share one cue.
    A victim counted by a tally takes the tally's number, or none ("the number of people
    killed rose to 21": 21).
    """
    tally = _tallied(victim)
    if tally is not None:
        told = told_total(tally)
        return told[1] if told is not None else None
    conjuncts = conjuncts or [victim, *(t for t in victim.conjuncts if t.i > victim.i)]
    conjuncts = _victims_only(conjuncts)
    if any(t.text == "|" for t in victim.doc[victim.left_edge.i : conjuncts[-1].i + 1]):
        return None  # a web page's title bar, not a sentence
    if _denied_pair(victim):
        start, end = phrase(victim.doc, [victim.left_edge, conjuncts[-1]])
        return Count(0, 0, victim.doc[start:end].text)
    counts = [single_count(t) for t in conjuncts]
    known = [c for c in counts if c is not None]
    if not known:
        return None
    if len(known) == 1:
        return known[0]
    lo = sum(c.min or 0 for c in known) if all(c.min is not None for c in known) else None
    hi = sum(c.max or 0 for c in known) if all(c.max is not None for c in known) else None
    if lo is None and any(c.min for c in known):
        lo = sum(c.min or 0 for c in known)
    start = min(t.left_edge.i for t in conjuncts)
    end = max(t.i for t in conjuncts) + 1
    return Count(lo, hi, victim.doc[start:end].text)


def _denied_pair(victim: Token) -> bool:
    """ "Neither the driver nor the passenger was hurt": the coordination says none of them.
    (The parser hangs "neither" on the first noun as a pre-conjunction, not a determiner.)"""
    return any(
        c.dep_ == "preconj" and c.lower_ in lexicon_words("none_determiners")
        for c in victim.children
    )
