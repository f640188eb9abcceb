"""Parse helpers several stages share: which actors a word of the dependency tree refers to,
whether a noun phrase points back at people told of before, where an article's datelines are,
and which verbs tell a war's running toll.

Reads ``doc._.ew_actor_of`` as the callers pass it (token index → actor id, from
``eventwire_actors``); used by the events stage for an event's source and target and by the
quotes stage for a quote's speaker. Imports no stage, so every stage may use it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Token

from eventwire.datafiles import word_group
from eventwire.records import Actor


def to_infinitive(verb: Token) -> bool:
    """A verb with its "to" ("to remind", "to disperse")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def split_infinitive(tok: Token) -> bool:
    """A subjectless infinitive the parser hung as an adverbial clause because a time came
    between ("threatened on Monday to attack the airport"): the verb's complement all the same.
    The events stage reads it as part of the threat; the quotes stage as the threat's words."""
    return (
        tok.dep_ == "advcl"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children)
        and any(c.dep_ == "prep" and tok.head.i < c.i < tok.i for c in tok.head.children)
    )


#: Relative pronouns ("the council, which said …", "firms that supplied …").
RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom"})


def dated_prep(prep: Token) -> bool:
    """A preposition whose objects are all dates or times ("on Monday", "until Saturday")."""
    objects = [o for o in prep.children if o.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ in ("DATE", "TIME") for o in objects)


def english_words(nlp: Language | None, kinds: Iterable[str]) -> frozenset[str]:
    """Words the model's lemmatizer knows as ``kinds`` ("noun", "verb", "adj", "adv": WordNet's
    index): common words a lower-case place name may not be ("mobile", "split"), nor a given
    name the NER left out ("Executive" of "Chief Executive Tim Cook"). WordNet's noun index
    holds place names too ("delhi")."""
    if nlp is None or "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    index = lookups.get_table("lemma_index")
    return frozenset(w for pos in kinds for w in index.get(pos, ()))


#: What armed men hold and others strike ("a military checkpoint", "militant hideouts"): the
#: nouns whose actor adjective names the holder (the actors stage reads them too).
HOLDINGS = word_group("eventwire.nlp", "holdings")


def _held_by(noun: Token, adjective: Token) -> bool:
    """An actor adjective naming who holds the noun ("militant targets"), not one a noun merely
    bears: "anti-Trump delegates", "pro-Kremlin bloggers", "Grad missiles"."""
    if adjective.lower_ == "military":
        return True  # "a military checkpoint", as "an army base"
    hyphened = adjective.i > 0 and adjective.nbor(-1).lower_ == "-"
    return noun.lemma_.lower() in HOLDINGS and adjective.pos_ == "ADJ" and not hyphened


def actors_at(tok: Token, actor_of: dict[int, str], depth: int = 0) -> list[str]:
    """Actor ids an argument head refers to, following conjunctions, appositions and possessors."""
    found: list[str] = []
    if tok.i in actor_of:
        found.append(actor_of[tok.i])
    else:
        for child in tok.children:
            if child.dep_ in ("poss", "compound", "nmod") and child.i in actor_of:
                found.append(actor_of[child.i])
            elif child.dep_ == "amod" and child.i in actor_of and _held_by(tok, child):
                # "a military checkpoint", as "an army base"; "militant targets"
                found.append(actor_of[child.i])
        if not found and depth < 2:
            found += _of_phrase_actors(tok, actor_of, depth)
        if not found and tok.pos_ == "VERB" and depth < 2:
            # "The Red Cross operating in Iraq said": a misparsed reduced relative as subject
            subjects = [c for c in tok.children if c.dep_ == "nsubj"]
            found += [a for c in subjects for a in actors_at(c, actor_of, depth + 1)]
    for child in tok.children:
        if child.dep_ in ("conj", "appos") and depth < 4 and not trailing_speaker(child):
            found += actors_at(child, actor_of, depth + 1)
    return list(dict.fromkeys(found))


#: Verbs a trailing attribution ends on (", the U.N. refugee agency said on Friday").
SAYING = word_group("eventwire.nlp", "saying")


def trailing_speaker(word: Token) -> bool:
    """Whether an apposition or a conjunct is the speaker of the words before it, misparsed:
    "... towards Goma, the U.N. refugee agency said" is no second name for Goma, and "...
    fighting with the army, residents and a rebel spokesman said" fought no residents. A
    conjunct is so only after a comma, before a saying verb with no subject of its own."""
    doc = word.doc
    if word.dep_ not in ("appos", "conj") or word.right_edge.i + 1 >= len(doc):
        return False
    after = doc[word.right_edge.i + 1]
    if not (after.pos_ in ("VERB", "AUX") and after.lemma_.lower() in SAYING):
        return False
    if word.dep_ == "appos":
        return True
    comma = word.left_edge.i > 0 and doc[word.left_edge.i - 1].text == ","
    return comma and not any(c.dep_ in ("nsubj", "nsubjpass") for c in after.children)


#: Words by which a noun phrase points back at people told of before ("the attackers", "both",
#: "their supporters", "three of them").
POINTING = frozenset({"the", "these", "those", "both", "all", "their", "its"})
#: Pronouns that stand for people told of before.
POINTING_PRONOUNS = frozenset({"they", "them", "these", "those", "both", "all"})


def points_back(noun: Token) -> bool:
    """Whether a noun phrase points back at people told of before ("the attackers", "they",
    "both", "the two men", "three of the victims"), not naming them afresh ("gunmen", "a
    guard", "Russian forces")."""
    if noun.lower_ in POINTING_PRONOUNS:
        return True
    if any(c.dep_ in ("det", "predet", "poss") and c.lower_ in POINTING for c in noun.children):
        return True
    group = [g for p in noun.children if p.lower_ == "of" for g in p.children]
    return any(points_back(g) for g in group)


def actor_at(tok: Token) -> Actor | None:
    """The actor record a token belongs to, if any."""
    actor_id = (tok.doc._.ew_actor_of or {}).get(tok.i)
    return next((a for a in tok.doc._.ew_actors or [] if a.id == actor_id), None)


def _of_phrase_actors(tok: Token, actor_of: dict[int, str], depth: int) -> list[str]:
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "for"):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return actors_at(obj, actor_of, depth + 1)
    return []


@dataclass(frozen=True, slots=True)
class Dateline:
    """A line opening with the place a story is filed from: ``doc[start:end]`` is the town in
    capitals, ``mark`` the token that ends the dateline (a dash, a colon, or the bracket or dash
    after a news agency's name)."""

    start: int
    end: int
    mark: int


#: What ends a dateline: "RAIPUR: Two jawans …", "KYIV — …", "GAZA (AP) …".
DATELINE_MARKS = frozenset({":", "\u2014", "\u2013", "-", "--", "("})
#: Words after a dateline town's comma: a state or country, perhaps a date ("BAMAKO, Mali,
#: Dec. 3 (Reuters) -").
MAX_REGION_WORDS = 6
_KEY = "eventwire.datelines"
_TOKENS_KEY = "eventwire.dateline_tokens"


def datelines(doc: Doc) -> list[Dateline]:
    """The datelines of an article: a town in capitals opening a line, perhaps followed by a
    comma and its state or country, then a dash, a colon or "(" ("YANGON, Myanmar — …").
    Read once per doc: the events stage asks for every verb."""
    cached = doc.user_data.get(_KEY)
    if cached is None:
        cached = doc.user_data[_KEY] = [d for t in doc if (d := _dateline_at(doc, t)) is not None]
    return list(cached)


def dateline_tokens(doc: Doc) -> frozenset[int]:
    """The token indices of the article's datelines, marks included: read once per doc, for
    every stage that leaves the reporter's words out."""
    cached = doc.user_data.get(_TOKENS_KEY)
    if cached is None:
        cached = doc.user_data[_TOKENS_KEY] = frozenset(
            i for d in datelines(doc) for i in range(d.start, d.mark + 1)
        )
    return cached


def _dateline_at(doc: Doc, tok: Token) -> Dateline | None:
    if tok.i > 0 and "\n" not in doc[tok.i - 1].text_with_ws:
        return None
    end = _capitals_end(doc, tok.i)
    if end == tok.i:
        return _lower_dateline(doc, tok)
    return capitals_dateline(doc, tok.i)


def capitals_dateline(doc: Doc, i: int) -> Dateline | None:
    """A dateline in capitals opening at ``i`` ("GAZA CITY —", "BAMAKO, Mali (Reuters) -"),
    read from the tokens alone, so before any tagger or parser has run; else None."""
    tok = doc[i]
    end = _capitals_end(doc, tok.i)
    if end == tok.i or len(doc[tok.i : end].text) < 3:
        return None
    k = end
    if k < len(doc) and doc[k].text == ",":
        k += 1
        while k < min(len(doc), end + 1 + MAX_REGION_WORDS) and _region_word(doc[k]):
            k += 1
    if k < len(doc) and doc[k].text in DATELINE_MARKS:
        return Dateline(tok.i, end, _past_agency(doc, k))
    return None


def _capitals_end(doc: Doc, i: int) -> int:
    """Where a town in capitals starting at ``i`` ends: words in capitals, joined by hyphens
    written without spaces ("PORT-AU-PRINCE", "WINSTON-SALEM")."""
    end = i
    while end < len(doc):
        tok = doc[end]
        word = _capitals_word(tok)
        hyphen = tok.text == "-" and end > i and not doc[end - 1].whitespace_
        if not (word or (hyphen and _capitals_go_on(tok))):
            break
        end += 1
    return end


def _capitals_word(tok: Token) -> bool:
    """A word in capitals, an apostrophe allowed inside ("N'DJAMENA", "D'IVOIRE")."""
    letters = tok.text.replace("'", "").replace("\u2019", "")
    return letters.isalpha() and tok.text.isupper() and letters != ""


def _capitals_go_on(hyphen: Token) -> bool:
    """Whether a hyphen joins two words of a name in capitals ("AU-PRINCE", not "KYIV -")."""
    after = hyphen.nbor() if hyphen.i + 1 < len(hyphen.doc) else None
    return not hyphen.whitespace_ and after is not None and after.is_alpha and after.is_upper


#: Words of a lower-case dateline's town ("new delhi: …", as lower-cased feeds send them).
MAX_LOWER_TOWN_WORDS = 3


def _lower_dateline(doc: Doc, tok: Token) -> Dateline | None:
    """A town in lower case opening a line before a colon, perhaps with a date ("patna: …",
    "new delhi, march 3: …"), or before an agency's name in brackets and a dash ("kabul,
    afghanistan (reuters) - …"): a bare dash is as often a sentence's."""
    end = tok.i
    while end < min(len(doc), tok.i + MAX_LOWER_TOWN_WORDS) and _lower_name(doc[end]):
        end += 1
    if end == tok.i or len(doc[tok.i : end].text) < 3:
        return None
    k = end
    if k < len(doc) and doc[k].text == ",":  # ", march 3" or ", afghanistan"
        last = min(len(doc), k + 1 + MAX_REGION_WORDS)
        k = next((j for j in range(k + 1, last) if doc[j].text in (":", "(")), k)
    if k < len(doc) and doc[k].text == ":":
        return Dateline(tok.i, end, k)
    return Dateline(tok.i, end, _past_agency(doc, k)) if _agency_dash(doc, k) else None


def _agency_dash(doc: Doc, k: int) -> bool:
    """Whether an agency's name in brackets at ``k`` is followed by a dash ("(reuters) -"):
    one or two words, no aside ("police (the local force) - …")."""
    if k >= len(doc) or doc[k].text != "(":
        return False
    last = _past_agency(doc, k)
    name = doc[k + 1 : last - 1]
    if not 1 <= len(name) <= 2 or any(t.is_stop or not t.is_alpha for t in name):
        return False
    return doc[last].text in DATELINE_MARKS - {":", "("} and doc[last - 1].text == ")"


def _lower_name(tok: Token) -> bool:
    """A word of a lower-case town's name, no verb ("rahul gandhi said:" is a speaker's line)."""
    return tok.is_lower and tok.is_alpha and tok.pos_ in ("NOUN", "PROPN", "ADJ")


def _past_agency(doc: Doc, k: int) -> int:
    """The last token of a dateline whose mark at ``k`` opens a news agency's name: "(Reuters) -"
    ends at the dash, "(AP)" alone at its bracket."""
    if doc[k].text != "(":
        return k
    close = next((j for j in range(k + 1, min(len(doc), k + 6)) if doc[j].text == ")"), None)
    if close is None:
        return k
    after = close + 1
    return after if after < len(doc) and doc[after].text in DATELINE_MARKS - {"("} else close


def _region_word(tok: Token) -> bool:
    """A word between a dateline's town and its mark: its state or country, and the date an
    agency adds after a second comma ("ADDIS ABABA, Ethiopia, March 3 (Reuters) -"), with
    the small words of a country's name ("GOMA, Democratic Republic of Congo (Reuters) -")."""
    capitals = tok.is_alpha and tok.text.isupper()
    small = tok.text in NAME_LINKS
    return tok.is_title or tok.text in (".", ",") or tok.is_digit or capitals or small


#: Lower-case words inside a country's or state's name ("Bosnia and Herzegovina").
NAME_LINKS = frozenset({"of", "and", "the"})


def headline(doc: Doc) -> range:
    """The token range of the article's headline: a first line that ends at a blank line
    without a full stop ("Soldiers killed in ambush", "Why did the truce collapse?"); a quoted
    line opens a story, it heads none. Empty when the article opens otherwise."""
    # Only the first sentence is read: asked for by several steps of every article.
    first = next(iter(doc.sents), None) if doc.has_annotation("SENT_START") else None
    if first is None:
        return range(0)
    words = [t for t in first if not t.is_space]
    breaks = "\n\n" in first[-1].text_with_ws or (first[-1].is_space and "\n" in first[-1].text)
    if not words or not breaks or words[-1].text in (".", '"', "\u201d"):
        return range(0)
    return range(first.end)


#: Nouns of a conflict that runs for months or years: what such a noun "has killed" is its
#: running toll, told as background ("the war, which has killed more than 500,000 people"),
#: not the act of a day. "Fighting" and "violence" are as often one day's, and stay out.
RUNNING_CONFLICTS = word_group("eventwire.nlp", "running_conflicts")
#: Nouns measuring how long something lasted ("two years of war").
SPAN_NOUNS = word_group("eventwire.nlp", "span_nouns")


def running_toll(verb: Token) -> bool:
    """Whether a verb tells what a long-running conflict has done ("the insurgency has killed
    40,000", "a war that has displaced millions"), as its subject or its relative clause's
    noun: in the perfect or a relative clause, with no day of its own ("the war killed 12
    soldiers on Monday" tells that day's act)."""
    if verb.pos_ != "VERB" or told_of_a_day(verb):
        return False
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    if not (perfect or verb.dep_ == "relcl"):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.tag_ in ("WDT", "WP"):
        subject = verb.head if verb.dep_ == "relcl" else None
    conflict = _conflict_above(subject) if subject is not None else None
    if conflict is None or conflict.lemma_.lower() not in RUNNING_CONFLICTS:
        return False
    # "attacked a bus during the war, which killed 30": the relative clause may tell the act's
    # toll; only the perfect, or years of the war, tell the war's own
    return perfect or conflict.dep_ != "pobj" or _over_years(conflict) or _told_over_years(verb)


#: Spans that outlast any one act even when single ("a decade of conflict").
LONG_SPANS = frozenset({"decade", "century"})


def _over_years(noun: Token) -> bool:
    """Whether a noun is what a long span measures ("years of war", "a decade of conflict"),
    not one year of it ("in the third year of the insurgency")."""
    prep = noun.head
    span = prep.head
    long_span = span.tag_ == "NNS" or span.lemma_.lower() in LONG_SPANS
    return prep.lower_ == "of" and span.lemma_.lower() in SPAN_NOUNS and long_span


def _told_over_years(verb: Token) -> bool:
    """Whether the verb's own time spans years ("killed 400,000 between 2013 and 2018")."""
    # anywhere under the verb: the parser hangs "between 2013 and 2018" on the count too
    years = [t for t in verb.subtree if t.like_num and len(t.text) == 4 and t.ent_type_ == "DATE"]
    return len(years) >= 2 or any(t.head.lower_ == "since" for t in years)


#: Words of a time that spans more than a few days ("in recent months", "since last year");
#: "since 2011" shows by its year.
SPAN_TIME_WORDS = word_group("eventwire.nlp", "span_time_words")


def told_of_a_day(verb: Token) -> bool:
    """Whether a time of the verb's own names a day or so ("on Monday", "since Friday"): the
    toll of days is news of those days."""
    for child in verb.children:
        if child.dep_ not in ("prep", "npadvmod", "tmod"):
            continue
        words = list(child.subtree)
        dated = any(t.ent_type_ in ("DATE", "TIME") for t in words)
        if dated and not any(
            t.lower_ in SPAN_TIME_WORDS or (t.like_num and len(t.text) == 4) for t in words
        ):
            return True
    return False


def _conflict_above(noun: Token) -> Token:
    """The conflict a relative clause's noun belongs to: "war" for "the war in Gaza, which",
    "the war between the army and the RSF, which", "two years of war that"."""
    tok = noun
    for _ in range(5):
        if tok.lemma_.lower() in RUNNING_CONFLICTS:
            return tok
        if tok.lemma_.lower() in SPAN_NOUNS and (measured := _measured(tok)) is not None:
            return measured
        if tok.dep_ not in ("pobj", "conj", "prep") or tok.head.i == tok.i:
            break
        tok = tok.head
    return noun


def _measured(span: Token) -> Token | None:
    """What a span noun measures: "war" in "two years of war"."""
    preps = [c for c in span.children if c.dep_ == "prep" and c.lower_ == "of"]
    return next((o for p in preps for o in p.children if o.dep_ == "pobj"), None)
