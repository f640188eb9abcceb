"""Which country an actor belongs to, read off the words around its mentions.

Nationality words and possessives ("Iraqi", "Iran's", "of Iraq"), "X-led" forces, ethnic groups
coded by where they live (as CAMEO does), countries named in organisation names, and, for
domestic actors with nothing better, the country the article is mostly about.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Token

from eventwire.nlp.parse import dateline_tokens
from eventwire.ontology import capital_country, country_code, country_name
from eventwire.records import Actor

POSSESSIVE = ("'s", "’s", "'", "’")


LOCATING_PREPS = frozenset({"in", "throughout", "across", "inside"})
#: Prepositions before the state or body an actor belongs to or comes from.
OWNING_PREPS = frozenset({"of"})


def strip_name(text: str) -> str:
    """A mention's name without a leading article or trailing possessive."""
    for suffix in POSSESSIVE:
        if text.endswith(suffix) and len(text) > len(suffix) + 1:
            text = text[: -len(suffix)]
            break
    for prefix in ("the ", "The "):
        text = text.removeprefix(prefix)
    return text.strip()


def _told_apart(word: Token, name: range) -> bool:
    """Whether the article names the country of a given name outside the name too ("Israel Katz
    said Israel would respond"): then it is likelier the person's own."""
    return any(t.text == word.text and t.i not in name and t.ent_type_ == "GPE" for t in word.doc)


def _a_country_itself(word: str) -> bool:
    code = country_code(word)
    return code is not None and country_name(code) == word


def modifier_country(head: Token, depth: int = 0, name: range = range(0)) -> str | None:
    """Country given by the words that modify ``head``: "Iraqi", "Iran's", "of Iraq"; not the
    words of a person's own ``name`` ("Chad Miller", "Israel Adesanya")."""
    for child in head.children:
        if child.i in name and _a_country_itself(child.text) and not _told_apart(child, name):
            continue  # "Chad Miller": a given name; "Bosnian Serbs" read as a name is still Bosnian
        if child.dep_ in ("amod", "compound", "poss", "nmod") and child.i < head.i:
            if opposed(child) or child.i in dateline_tokens(child.doc):
                continue  # "an anti-Syria journalist" is not Syrian; "KYIV — Russian missiles"
            code = (
                word_country(child)
                or _led_by(child)
                or _capitalised_name_country(child)
                or (
                    # "Iran's ...", "U.N. mediator Diego Cordovez": the title's own modifier
                    modifier_country(child, depth + 1)
                    if depth < 2 and child.dep_ in ("poss", "compound")
                    else None
                )
            )
            if code is None and child.ent_type_ == "ORG":
                code = org_name_country(
                    ent_text(child)
                )  # "Montenegro Municipality Association officials"
            if code:
                return ethnic_residence(child, code) or code
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in LOCATING_PREPS and depth < 2:
            # "students throughout Indonesia", "refugees in Chad": a country named where they are
            code = next((phrase_country(o) for o in child.children if o.dep_ == "pobj"), None)
            if code:
                return code
        if child.dep_ == "prep" and child.lower_ in OWNING_PREPS and depth < 2:
            # "troops of Chad"
            for obj in child.children:
                if obj.dep_ == "pobj":
                    code = phrase_country(obj) or modifier_country(obj, depth + 1)
                    if code:
                        return code
        if child.dep_ == "prep" and child.lower_ == "from" and depth < 2:
            code = _from_state(child)
            if code:
                return code
    return None


def _from_state(prep: Token) -> str | None:
    """ "fighters from Chad", "peacekeepers from the United Nations mission": the state or
    union of states named right after "from", not a body it owns ("officials from Mexico's
    Club America" are the club's; "from Japan's ministry" is read by the possessive)."""
    for obj in (o for o in prep.children if o.dep_ == "pobj"):
        if any(c.dep_ == "poss" for c in obj.children):
            return None
        words = [c for c in obj.lefts if c.dep_ in ("compound", "amod")]
        code = country_code(ent_text(obj)) if obj.pos_ == "PROPN" else None
        if code is None and words and obj.pos_ == "NOUN":  # "the United Nations mission"
            code = country_code(obj.doc[words[0].left_edge.i : obj.i].text)
        if code:
            return code
    return None


#: Possessive pronouns that point back at a state or body named earlier ("its troops").
OWNER_PRONOUNS = frozenset({"its", "their"})


def pronoun_owner_country(head: Token) -> str | None:
    """For "its troops", "their envoy": the country of the subject of a clause above the
    pronoun, named before it ("Kenya's defence ministry said its troops would withdraw")."""
    pronoun = next(
        (c for c in head.children if c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS), None
    )
    if pronoun is None:
        return None
    verb = head.head
    for _ in range(4):  # a few clauses up is enough; deeper antecedents are guesses
        for subj in verb.children:
            if subj.dep_ in ("nsubj", "nsubjpass") and subj.i < pronoun.i and subj.i != head.i:
                code = modifier_country(subj) or phrase_country(subj)  # "Bosnian Serbs"
                code = code or capital_country(ent_text(subj))  # "Baku said its forces …"
                if code and code not in ("IGO", "NGO"):
                    return code
                return None  # the nearest subject is the antecedent, even without a country
        if verb.head.i == verb.i:
            break
        verb = verb.head
    return None


#: Prepositions before the body a spokesman speaks for ("a spokesman for the mission").
SPOKEN_FOR = frozenset({"for", "of"})


def spoken_for_country(title: Token) -> str | None:
    """For "a spokesman for the mission": the country of the body spoken for, from its own
    modifiers or those of the same noun named before it ("the United Nations mission" … "a
    spokesman for the mission": IGO), not the country where the body works."""
    bodies = [
        o
        for p in title.children
        if p.dep_ == "prep" and p.lower_ in SPOKEN_FOR
        for o in p.children
        if o.dep_ == "pobj" and o.pos_ == "NOUN"
    ]
    for body in bodies:
        earlier = [t for t in title.doc[: body.i + 1] if t.lemma_ == body.lemma_]
        for named in reversed(earlier):
            code = modifier_country(named, 1)
            if code:
                return code
    return None


def opposed(word: Token) -> bool:
    """Whether a country word is the object of "anti-"/"pro-" ("anti-Syria", "pro-Iran")."""
    doc = word.doc
    before = doc[word.i - 2 : word.i]
    if word.lower_.startswith(("anti-", "pro-")):
        return True
    return len(before) == 2 and before[1].text == "-" and before[0].lower_ in ("anti", "pro")


def _led_by(word: Token) -> str | None:
    # "Vietnamese-led forces" are Vietnam's; "Iran-backed militias" are not Iran's.
    if word.lower_.endswith("-led"):
        return country_code(word.text[: -len("-led")])
    if word.lower_ == "led":  # tokenised "Vietnamese - led"
        leader = [c for c in word.children if c.dep_ in ("npadvmod", "compound", "nmod")]
        return next((c for c in map(_country_of_word, leader) if c), None)
    return None


def _capitalised_name_country(word: Token) -> str | None:
    """The country or union of states a capitalised name the NER missed ends in ("European
    Union foreign ministers"), read from the word and the capitalised words before it."""
    words = [c for c in word.lefts if c.dep_ in ("compound", "nmod", "amod")]
    if not words or not all(t.text[:1].isupper() for t in [*words, word]):
        return None
    return country_code(" ".join(t.text for t in [*words, word]))


def _country_of_word(tok: Token) -> str | None:
    return country_code(tok.text)


def ethnic_residence(demonym: Token, own: str) -> str | None:
    """For "ethnic Albanians": the other country the sentence names, where they live (CAMEO
    codes an ethnic group by its country of residence), else None."""
    if not any(c.lower_ == "ethnic" for c in [*demonym.children, *demonym.head.children]):
        return None
    for ent in demonym.sent.ents:
        code = country_code(strip_name(ent.text)) if ent.label_ in ("GPE", "NORP") else None
        if code and code not in (own, "IGO", "NGO"):
            return code
    return None


def phrase_country(head: Token) -> str | None:
    """Country named inside the proper-noun phrase headed by ``head`` ("United States ...")."""
    if head.ent_type_ in ("GPE", "NORP"):
        code = country_code(ent_text(head))
        if code:
            return code
    left = [t for t in head.lefts if t.dep_ == "compound"]
    tokens = [*left, head]
    for n in (3, 2, 1):
        for i in range(len(tokens) - n + 1):
            code = country_code(" ".join(t.text for t in tokens[i : i + n]))
            if code and code not in ("IGO", "NGO"):
                return code
    return None


def word_country(word: Token) -> str | None:
    """The country a word names through its entity ("Iraqi"), or as the first word of a longer
    one ("Bosnian" in "Bosnian Serbs"); not as a later word ("South American" is no American)."""
    name = ent_text(word)
    code = country_code(name)
    if code is None and word.ent_iob_ in ("B", "O", ""):
        code = country_code(word.text)
    return code


def ent_text(token: Token) -> str:
    """The name of the entity a token is in ("Bosnian Serbs"), else the token's text."""
    if not token.ent_type_:
        return token.text  # most tokens: no need to walk the document's entities
    # Walk the IOB tags out from the token, as Doc.ents reads them: Doc.ents rebuilds every
    # entity of the document on each call, which made this quadratic on long articles.
    doc = token.doc
    start = token.i
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    if doc[start].ent_iob_ != "B" or not doc[start].ent_type_:
        return token.text
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return strip_name(doc[start:end].text)


def org_name_country(name: str) -> str | None:
    words = name.split()
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            code = country_code(" ".join(words[i : i + n]))
            if code:
                return code
    return None


DOMESTIC_SECTORS = frozenset(
    {"GOV", "MIL", "COP", "CVL", "PTY", "PRM", "LEG", "JUD", "OPP", "REB"}
    | {"EDU", "LAB", "JRN", "MED", "BUS", "AGR", "REL"}
    # "gunmen", "armed men", "people", "gang members": unnamed attackers, criminals and
    # bystanders are, unless the text says otherwise, from where the story happens
    | {"UAF", "UNK", "CRM"}
)


def dominant_country(doc: Doc) -> str | None:
    """The country an article is mostly about: the majority of its country and demonym mentions."""
    counts = Counter(
        code
        for ent in doc.ents
        if ent.label_ in ("GPE", "NORP")
        and not opposed(ent[0])
        and (code := country_code(strip_name(ent.text))) not in (None, "IGO", "NGO")
    )
    if not counts:
        return None
    code, n = counts.most_common(1)[0]
    return code if n * 2 >= sum(counts.values()) else None


def infer_countries(actors: list[Actor]) -> None:
    """Fill missing countries a spokesman's words give: he speaks for the organisation just
    named. Other domestic actors (police, ministers, protesters) wait for the resolved places
    (:func:`eventwire.nlp.actors.located.fill_actor_countries`): a venue's capital named twice
    ("talks in Luanda") must not outvote the towns the story is about."""
    for actor in actors:
        if actor.country or not actor.mentions:
            continue
        if actor.role and actor.role.lower().startswith("spokes"):
            actor.country = _previous_org_country(actor, actors)


def _previous_org_country(speaker: Actor, actors: list[Actor]) -> str | None:
    first = speaker.mentions[0].start
    best: tuple[int, str] | None = None
    for other in actors:
        if other.kind != "organization" or not other.country:
            continue
        for m in other.mentions:
            if m.start < first and (best is None or m.start > best[0]):
                best = (m.start, other.country)
    return best[1] if best else None
