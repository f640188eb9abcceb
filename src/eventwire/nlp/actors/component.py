"""``eventwire_actors``: who is who in an article.

Reads: the parse and ``doc.ents``. Adds: ``doc._.ew_actors`` (``Actor`` records, ids ``a1``…
in order of first mention) and ``doc._.ew_actor_of`` (token index → actor id).

Mentions come from named entities (people, organisations, nationalities used as nouns, countries
in argument positions) and from actor nouns in ``actors/data/actor_nouns.tsv`` ("the police",
"protesters", "the Prime Minister"). Mentions are grouped by exact name and surname, and a bare
title ("the Prime Minister") joins the one person in the article who holds it. Country, sector and
role come from the words around a mention: nationality adjectives, possessives ("Iran's Supreme
National Security Council"), appositions ("The Iraqi President, Barham Salih"), the
organisation a title belongs to, the subject a possessive pronoun points back at ("Kenya's
ministry said its troops") and the person a body is named after ("the Biden administration").
"""

from __future__ import annotations

import calendar
from collections import Counter
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from eventwire.datafiles import ordered_list, word_group
from eventwire.nlp.actors.coref import (
    ActorNoun,
    Cluster,
    Mention,
    add_group_mentions,
    add_pronoun_mentions,
    add_surname_mentions,
    cluster_mentions,
    join_appositions,
    join_definite_attackers,
    join_group_members,
    join_member_nouns,
    join_named_heads,
    join_owned_forces,
)
from eventwire.nlp.actors.countries import (
    ent_text,
    ethnic_residence,
    infer_countries,
    modifier_country,
    org_name_country,
    phrase_country,
    pronoun_owner_country,
    spoken_for_country,
    strip_name,
)
from eventwire.nlp.actors.dictionary import (
    HONORIFICS,
    ActorDictionary,
    builtin_entries,
    load_dictionary,
)
from eventwire.nlp.actors.teams import short_team_names, team_name, team_word
from eventwire.nlp.actors.titles import (
    ANY_BODYS_TITLES,
    FORMER_SECTOR,
    GENERIC_TITLES,
    STATE_NAME_WORDS,
    attach_titles,
    former_title,
    hyphenated,
    organisation,
    private_owner,
    title_of,
    title_organisation,
)
from eventwire.nlp.extensions import register_extensions
from eventwire.nlp.parse import HOLDINGS, dateline_tokens, datelines, english_words
from eventwire.nlp.places import is_place_name
from eventwire.ontology import (
    capital_country,
    country_code,
    country_name,
    is_capital,
    misspelt_country,
)
from eventwire.records import Actor, ActorKind, Span

ARG_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "agent", "attr"})
PLACE_PREPS = frozenset(
    {"in", "at", "from", "near", "into", "across", "inside", "outside", "through"}
)
#: How a capital stands when it means its government: subject, object, or after these words.
CAPITAL_ARG_DEPS = frozenset({"nsubj", "dobj", "nsubjpass"})
CAPITAL_ARG_PREPS = frozenset({"by", "to", "with", "against", "toward", "towards"})
#: Nouns whose "between" joins parties, not places ("talks between Kyiv and Moscow", not "the
#: road between Kabul and Jalalabad" or "buses between Jerusalem and Tel Aviv").
DEALINGS_NOUNS = word_group("eventwire.nlp.actors", "dealings_nouns")
#: Verbs whose object is a place gone to or from, not a government ("fled Moscow").
MOTION_VERBS = word_group("eventwire.nlp.actors", "motion_verbs")
#: Entity labels whose name may be a misspelt country (never a person's name: "Roland").
TYPO_LABELS = frozenset({"GPE", "ORG", "LOC"})
STATE_LABELS = frozenset({"GPE", "PERSON", "ORG", "LOC", "FAC"})


def _title_word(ent: SpacySpan) -> bool:
    """A one-word organisation that is the first word of a two-word title ("Interior" of
    "Interior Minister", "Defense" of "Defense Minister")."""
    doc = ent.doc
    if len(ent) != 1 or ent.end >= len(doc):
        return False
    found = title_of([ent[0], doc[ent.end]])
    return found is not None and " " in found[0] and found[1].title


def _is_country(name: str) -> bool:
    code = country_code(name)
    return code is not None and code not in ("IGO", "NGO") and not is_capital(name)


def _country_itself(name: str) -> bool:
    """A country's own name ("Tajikistan"), not its people's ("Tajiks", "Tajik")."""
    code = country_code(name)
    return code is not None and country_name(code) == name


#: Prepositions of where one is, not of whom one deals with ("a letter from Ortega").
WHERE_PREPS = frozenset({"in", "near", "outside", "inside", "into", "across", "through"})


def _placed_town(ent: SpacySpan) -> bool:
    """A "person" or "organisation" the text puts someone in ("arrested at his home in
    Valencia", "protests in Kisumu"): a place the gazetteer knows by that very name, after a
    preposition of where."""
    root = ent.root
    where = root.dep_ == "pobj" and root.head.lower_ in WHERE_PREPS
    return where and is_place_name(strip_name(ent.text))


def _capitalised_actor_noun(ent: SpacySpan, dated: frozenset[int]) -> bool:
    """A one-word entity opening a sentence, or the story after its dateline ("HAVANA (AP) —
    Soldiers ..."), that is one of the actor nouns, or an adjective the parser hangs on the
    noun after it ("Communal clashes left six dead")."""
    word = ent[0]
    opens = bool(word.is_sent_start) or word.i - 1 in dated
    adjective = word.tag_ == "JJ" and word.dep_ == "amod"
    return len(ent) == 1 and opens and (title_of([word]) is not None or adjective)


def typo_country(name: str) -> str | None:
    """The country a name misspells ("Ethopia"), unless the name is a place of its own
    ("Granada" is a Spanish city, not Grenada)."""
    code = misspelt_country(name)
    return None if code is None or is_place_name(name) else code


def _capital_mislabelled(ent: SpacySpan, filed_from: set[str]) -> bool:
    """A capital the NER took for an organisation ("Baku said"), or for a person beside
    another capital ("talks between Baku and Yerevan"), in a story filed from it ("KYIV
    (Reuters) - Missiles struck Kyiv") or naming its country; a lone person named Lima stays
    one."""
    if ent.label_ in TYPO_LABELS:
        return True
    if ent.label_ == "NORP":  # no people is named after a capital: "accused Kigali"
        return capital_country(strip_name(ent.text)) is not None
    if ent.label_ != "PERSON":
        return False
    root = ent.root
    joined = root.dep_ == "conj" and root.head.ent_type_ == "GPE"
    return joined or strip_name(ent.text).lower() in filed_from or _capital_of_named(ent)


def _capital_of_named(ent: SpacySpan) -> bool:
    """A one-word "person" that is the capital of a country the text names elsewhere ("Yerevan
    said …" in a story of Armenia): the capital, not a namesake; nor a word of a person's
    longer name ("Victoria Mensah … Victoria said")."""
    name = strip_name(ent.text)
    code = capital_country(name) if len(ent) == 1 else None
    if code is None:  # most persons: no capital's name
        return False
    people = [e for e in ent.doc.ents if e.label_ == "PERSON" and len(e) > 1]
    if any(name in e.text.split() for e in people):
        return False
    named = [e for e in ent.doc.ents if e.label_ in ("GPE", "NORP", "ORG", "LOC")]
    words = [t for t in ent.doc if t.text[:1].isupper() and t.text != name]  # NER missed
    return any(
        country_code(strip_name(e.text)) == code for e in named if e.start != ent.start
    ) or any(country_code(t.text) == code for t in words)


def _named_mentions(doc: Doc, common: frozenset[str] = frozenset()) -> list[Mention]:
    mentions = []
    filed_from = _dateline_names(doc)
    dated = dateline_tokens(doc)
    cased = _cased(doc)
    for ent in doc.ents:
        if cased and ent.label_ in ("PERSON", "ORG") and ent.text.islower():
            continue  # "came from the bush": a lower-case word in a cased text names no one
        if ent.start in dated:
            continue  # "NEW DELHI (AP) —": where the story was filed from, and who sent it
        name = strip_name(ent.text)
        country = _is_country(name) or (ent.label_ in TYPO_LABELS and typo_country(name))
        # "Baku said": a capital the NER took for an organisation stands for its government
        # ... only where it acts or is acted on: elsewhere the NER's label stands
        mislabelled = _capital_mislabelled(ent, filed_from) and _state_as_actor(ent)
        country = country or (mislabelled and capital_country(name) is not None)
        state = ent.label_ in STATE_LABELS or (ent.label_ == "NORP" and mislabelled)
        # "Kyrgyzstan and Tajikistan signed": a country's own name the NER took for a people
        named_country = ent.label_ == "NORP" and _country_itself(name)
        label = "GPE" if (state and country) or named_country else ent.label_
        if label not in ("PERSON", "ORG", "NORP", "GPE"):
            continue
        if not name or not any(c.isalpha() for c in name):
            continue
        if label == "GPE" and not _state_as_actor(ent):
            continue
        if label == "NORP" and not _norp_as_actor(ent):
            continue
        if label in ("PERSON", "ORG") and _capitalised_actor_noun(ent, dated):
            continue  # "Missiles struck ...": a common noun capitalised by its place
        if label == "PERSON" and _placed_town(ent):
            continue  # "at his home in Valencia": a town the NER took for a surname
        if label == "ORG" and _placed_town(ent) and title_of([ent[-1]]) is None:
            continue  # "protests in Kisumu": a town the NER took for an organisation
        if label == "ORG" and _title_word(ent):
            continue  # "Interior Minister Kithure Kindiki": a word of the title, no body
        if label == "ORG" and _place_division(ent[-1]):
            continue  # "the Artibonite department": a place, which the places stage reads
        if name.lower() in filed_from and not (_is_country(name) or capital_country(name)):
            continue  # "RAIPUR: …": the town the story is filed from, not a person
        start = _given_names(ent, common) if label == "PERSON" and cased else ent.start
        if start < ent.start:  # "Attorney General Tarek [William Saab]"
            name = strip_name(doc[start : ent.end].text)
        mentions.append(Mention(start, ent.end, label, name))
    taken = set(dated) | {i for m in mentions for i in range(m.start, m.end)}
    mentions += _missed_countries(doc, taken)
    return mentions + _missed_names(
        doc, taken | {i for m in mentions for i in range(m.start, m.end)}
    )


#: Given names the NER may leave out before a person's name, at most.
MAX_GIVEN_NAMES = 2


def _given_names(ent: SpacySpan, common: frozenset[str]) -> int:
    """Where a person's name starts, with the given names the NER left out before it ("Attorney
    General Tarek [William Saab]"): up to two capitalised words hung on the name that are no
    English word (``common``: "Chief Executive [Tim Cook]", "Homicide"), title, place or
    entity of their own. Only in normally cased text, where capitals mark names."""
    doc = ent.doc
    start = ent.start
    while start > 0 and ent.start - start < MAX_GIVEN_NAMES:
        word = doc[start - 1]
        if word.lower_ in common:
            break
        hung = word.dep_ == "compound" and ent.start <= word.head.i < ent.end
        plain = word.tag_ == "NNP" and word.is_alpha and word.is_title and not word.ent_type_
        if not (hung and plain) or title_of([word]) is not None or word.text in HONORIFICS:
            break
        if word.is_sent_start or _is_country(word.text) or is_place_name(word.text):
            break
        start -= 1
    return start


def _cased(doc: Doc) -> bool:
    """Whether the text is written in normal case: most sentences open with a capital (a
    lower-cased article, as some feeds send, names everyone in lower case)."""
    opening = [next((t for t in s if t.is_alpha), None) for s in doc.sents]
    firsts = [t for t in opening if t is not None]
    return bool(firsts) and sum(t.text[:1].isupper() for t in firsts) * 2 > len(firsts)


def _dateline_names(doc: Doc) -> set[str]:
    """Towns in capitals opening a dateline: where the story was filed from ("RAIPUR: Two
    jawans were killed … airlifted to Raipur", "YANGON, Myanmar — …"), which the NER takes for
    an organisation or, written normally later, a person."""
    return {doc[d.start : d.end].text.lower() for d in datelines(doc)}


CALENDAR = frozenset(n.lower() for n in [*calendar.day_name, *calendar.month_name] if n)


#: Words counting a crowd, which open a story in capitals and are tagged as names there.
CROWD_COUNTS = word_group("eventwire.nlp.actors", "crowd_counts")
#: Actor nouns that name people only as plain common nouns of their own (``common_only``).
COMMON_ONLY = word_group("eventwire.nlp.actors", "common_only")


def _missed_names(doc: Doc, taken: set[int]) -> list[Mention]:
    """Proper names the NER missed that act as a verb's subject ("Salih met ..."), as actors of
    unknown kind; the corpus registry may know who they are."""
    found = []
    # surnames of named people are left to coreference ("Barham Salih ... Salih tweeted")
    surnames = {e[-1].lower_ for e in doc.ents if e.label_ == "PERSON"}
    for tok in doc:
        if tok.dep_ != "nsubj" or tok.pos_ != "PROPN" or tok.ent_type_ or tok.i in taken:
            continue
        if tok.lower_ in surnames:
            continue
        if tok.head.pos_ != "VERB" or not tok.text[:1].isupper() or tok.lower_ in CALENDAR:
            continue
        if tok.lower_ in CROWD_COUNTS:
            continue  # "YEREVAN - Thousands of Armenians rallied": a count, tagged a name
        if title_of([tok]) is not None or any(c.dep_ == "appos" for c in tok.children):
            continue  # "The Iraqi President, Barham Salih, said": the title of a named person
        start = min(
            [tok.i, *(c.i for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN")]
        )
        span = doc[start : tok.i + 1]
        if any(i in taken or doc[i].ent_type_ for i in range(start, tok.i + 1)):
            continue
        if country_code(span.text) is None and not is_capital(span.text):
            found.append(Mention(start, tok.i + 1, "UNKNOWN", span.text))
    return found


def _missed_countries(doc: Doc, taken: set[int]) -> list[Mention]:
    """Country and capital names the NER missed ("Nigeria condemned ...", "accused Kyiv"), in
    argument positions."""
    found = []
    for tok in doc:
        if tok.pos_ != "PROPN" or tok.i in taken or tok.ent_type_:
            continue
        for n in (3, 2, 1):
            span = doc[tok.i : tok.i + n]
            free = span.end <= len(doc) and not any(i in taken for i in range(span.start, span.end))
            named = _is_country(span.text) or capital_country(span.text) is not None
            if free and named and _state_as_actor(span):
                found.append(Mention(span.start, span.end, "GPE", span.text))
                taken.update(range(span.start, span.end))
                break
    return found


def _state_as_actor(ent: SpacySpan) -> bool:
    """A country or capital that acts ("Jordan agreed", "talks with Iran"), not a location."""
    root = ent.root
    name = strip_name(ent.text)
    if is_capital(name) or capital_country(name):
        # "Moscow said", "an admission by Moscow", "accused Kyiv", "protested to Tokyo": a
        # capital acting or acted on by words is its government; "in Kyiv" is a place
        moved = root.dep_ == "dobj" and root.head.lemma_ in MOTION_VERBS  # "fled Moscow"
        argument = (root.dep_ in CAPITAL_ARG_DEPS and not moved) or _addressed(root)
        argument = argument or _deed_owner(root)
        if root.dep_ == "conj" and (root.head.dep_ in CAPITAL_ARG_DEPS or _addressed(root.head)):
            # "Moscow and Washington agreed", "talks between Kyiv and Moscow": the second
            # capital stands as the first does
            argument = capital_country(ent_text(root.head)) is not None
        return argument and capital_country(name) is not None
    if country_code(name) is None and typo_country(name) is None:
        return False
    if root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPS:
        return False
    return root.dep_ in ARG_DEPS or root.dep_ == "ROOT"


#: Nouns of what a state does or says to others, whose owner before them is its government
#: ("Tallinn's expulsion of a diplomat", "Beijing's response"; not "Kabul's streets", nor a
#: city's own "plan" or "decision": "Paris's plan to ban cars" is the city's).
DEED_NOUNS = word_group("eventwire.nlp.actors", "deed_nouns")


def _deed_owner(word: Token) -> bool:
    """A capital owning a deed ("Tallinn's expulsion of an official"), or dealings ("Kyiv's
    talks with Moscow")."""
    deed = word.head.lemma_.lower()
    return word.dep_ == "poss" and (deed in DEED_NOUNS or deed in DEALINGS_NOUNS)


def _addressed(word: Token) -> bool:
    """A capital after a word of dealings ("an admission by Moscow", "protested to Tokyo",
    "talks between Kyiv and Moscow"), not of a route ("the road between Kabul and Herat")."""
    if word.dep_ != "pobj":
        return False
    prep = word.head
    if prep.lower_ == "between":
        return prep.head.lemma_.lower() in DEALINGS_NOUNS
    return prep.lower_ in CAPITAL_ARG_PREPS


def _norp_as_actor(ent: SpacySpan) -> bool:
    """Nationality words used as nouns ("Iraqis protested"), not adjectives ("Iraqi police")."""
    root = ent.root
    if title_of([root]) is not None:
        return False  # "Maoists", "Islamists": an actor noun, read with its own sector
    # The tagger often reads a plural name of a people as singular ("Georgians" NNP)
    plural_form = root.lower_.endswith("s") and not root.lower_.endswith("ss")
    plural = root.tag_ in ("NNS", "NNPS") or (root.tag_ == "NNP" and plural_form)
    if root.pos_ == "ADJ" and root.dep_ in ("nsubj", "nsubjpass"):
        return True  # "Congolese protested": a people named by its adjective, as a subject
    return root.pos_ in ("NOUN", "PROPN") and root.dep_ in ARG_DEPS and plural


def _named_bodies(named: list[Mention]) -> dict[int, Mention]:
    """Token → mention of the named bodies with a sector or country ("Hamas", "M23", "UNRWA"),
    not of people or places: a title or a collective after such a name is of its body ("Hamas
    commanders", "M23 fighters", "UNRWA chief")."""
    bodies = [m for m in named if (m.sector or m.country) and m.label not in ("PERSON", "GPE")]
    return {i: m for m in bodies for i in range(m.start, m.end)}


def _noun_mentions(
    doc: Doc, taken: set[int], bodies: dict[int, Mention] | None = None
) -> list[Mention]:
    mentions = []
    cased = _cased(doc)
    for tok in doc:
        if tok.i in taken or (tok.pos_ not in ("NOUN", "PROPN") and not _holder_adjective(tok)):
            continue
        own_actor = _speaks_for_others(tok.head) and organisation(tok)
        if tok.dep_ == "compound" and title_of([tok.head]) is not None and not own_actor:
            continue  # "police officers": the head noun names the actor
        # "European Union leaders": no "union leaders" when "Union" ends a union of states
        pair = tok.i > 0 and not _ends_union_of_states(doc[tok.i - 1])
        found = title_of([doc[tok.i - 1], tok] if pair else [tok])
        if found is None:
            continue
        key, noun = found
        if key.endswith("group") and _group_named_otherwise(tok, taken):
            continue
        if _place_division(tok) or _physical_force(tok) or _title_chain(tok, noun.title):
            continue
        if _other_sense(tok) or _name_or_modifier_word(tok):
            continue  # "a house party", "a search party": no political party
        if team_word(tok, noun, cased):
            continue  # "the Sacramento Kings": a team, no kings
        if key in KIN_GROUPS and _kin_of_an_actor(tok):
            continue  # "the family of a man police shot": the man keeps his role
        start = tok.i - 1 if " " in key else tok.i - 2 if key == hyphenated(tok) else tok.i
        lefts = [c for c in tok.lefts if c.dep_ in ("amod", "compound")]
        start = min([start, *(c.i for c in lefts)])
        if _speaks_for_others(tok):
            # "the Russian foreign ministry spokeswoman": the ministry is an actor of its own
            orgs = [c.right_edge.i + 1 for c in lefts if organisation(c)]
            start = max([start, *orgs])
        while start < tok.i and doc[start].dep_ == "det":
            start += 1
        country = modifier_country(tok) or modifier_country(doc[start])
        if country is None and (tok.dep_ == "compound" or tok.pos_ == "ADJ"):
            # "Ugandan opposition candidates", "a Kenyan military base"
            country = modifier_country(tok.head)
        if country is None:
            country = pronoun_owner_country(tok)  # "Kenya's ministry said its troops ..."
        if country is None and _speaks_for_others(tok):
            country = spoken_for_country(tok)  # "a spokesman for the (U.N.) mission"
        body = _named_body(tok, bodies or {})
        if country is None and body is not None and (noun.title or noun.sector in FORCE_SECTORS):
            # "UNRWA chief Philippe Lazzarini": the agency's official; "NATO peacekeeping
            # troops": the alliance's
            country = body.country
        owned = _named_body_sector(noun, body)
        if noun.needs_owner and country is None and not _state_owned(tok):
            continue
        # "Houthi military spokesman": the armed group's, over the word of its kind
        sector = owned if owned in NONSTATE_ARMED else None
        sector = sector or (_modifier_sector(tok) if noun.title else _members_sector(tok))
        sector = sector or owned
        if noun.title and sector not in STATE_OFFICES:
            # "the Awami League general secretary, who is also the finance minister": the state
            # office wins
            sector = _office_also_held(tok) or sector
        sector = sector or _armed_side_sector(tok, noun)
        if noun.title and former_title(tok):
            sector = FORMER_SECTOR
        private = sector is None and _private_title(tok, noun, body)
        text = doc[start : tok.i + 1].text
        mentions.append(
            Mention(
                start,
                tok.i + 1,
                "NOUN",
                text,
                noun=noun,
                country=country,
                sector=sector or (None if private else noun.sector),
                plural=tok.tag_ in ("NNS", "NNPS"),
                private=private,
            )
        )
    return mentions


def _private_title(title: Token, actor: ActorNoun, body: Mention | None) -> bool:
    """A title any body's head bears after the name of a body that is no state's: one the
    dictionary lists with no sector ("Greenpeace Nordic head", "Amnesty International chief"),
    or an organisation named by no state's words ("FNSEA head")."""
    if not actor.title or actor.canonical not in ANY_BODYS_TITLES:
        return False
    listed = body is not None and body.from_dictionary and body.sector is None
    return listed or private_owner(title)


#: What armed forces hold and are attacked at: "a military checkpoint" is the military's.
MILITARY_HOLDINGS = HOLDINGS


#: Words of attacking what forces hold ("stormed a military post", "an attack on a base").
ATTACKING = word_group("eventwire.nlp.actors", "attacking")


#: Actor nouns of someone's kin, who speak and act for themselves ("the victim's family said").
KIN_GROUPS = frozenset({"family", "relative"})


def _kin_of_an_actor(noun: Token) -> bool:
    """Whether kin are told as the kin of someone a clause tells of ("the family of a man who
    police shot"): that someone is who the sentence's acts are about. "The family of the slain
    journalist demanded justice" is the family's demand."""
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
    owners = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    told = [o for o in owners if any(c.dep_ in ("relcl", "acl") for c in o.children)]
    return any(title_of([o]) is not None for o in told)


def _holder_adjective(tok: Token) -> bool:
    """ "military" told of what forces hold, attacked ("attacked a military checkpoint", "an
    assault on a military base"): the military, an actor as "army" is in "an army base"; so is
    a noun of armed men read as an adjective ("struck militant targets"); not
    "military aid", "a military operation" nor "set up a new military base"."""
    holding = tok.head
    if not (tok.lower_ == "military" or _armed_adjective(tok)) or tok.dep_ != "amod":
        return False
    if holding.lemma_.lower() not in MILITARY_HOLDINGS:
        return False
    act = holding.head
    if holding.dep_ == "pobj" and act.lower_ in ("on", "at", "against"):
        act = act.head
    elif holding.dep_ not in ("dobj", "nsubjpass"):
        return False
    opened_fire = act.lemma_ == "open" and any(c.lemma_ == "fire" for c in act.children)
    return act.lemma_.lower() in ATTACKING or opened_fire


def _armed_adjective(tok: Token) -> bool:
    """A noun of armed men outside the state the tagger read as an adjective ("struck Kurdish
    militant targets", "shelled rebel positions"): the holder, as "military" is."""
    found = title_of([tok]) if tok.pos_ == "ADJ" else None
    return found is not None and not found[1].title and found[1].sector in NONSTATE_ARMED


#: Words before hardware that name its owner as a state's armed body: "military jets",
#: "government warplanes", "army helicopters" (the article's country, as for "troops").
STATE_OWNERS = word_group("eventwire.nlp.actors", "state_owners")


def _state_owned(noun: Token) -> bool:
    """Hardware of a state's armed body told acting ("Military jets bombed …"); as what was hit
    or crashed it names no one ("the crash of a military helicopter")."""
    owned = any(c.dep_ in ("amod", "compound") and c.lower_ in STATE_OWNERS for c in noun.lefts)
    return owned and noun.dep_ == "nsubj"


@cache
def other_senses() -> dict[str, frozenset[str]]:
    """Actor noun → the modifiers that give it a sense naming no actor (``other_senses.tsv``)."""
    rows = (
        line.split("\t")
        for line in ordered_list("eventwire.nlp.actors", "data", "other_senses.tsv")
    )
    return {r[0]: frozenset(r[1].split("|")) for r in rows if len(r) == 2}


@cache
def object_senses() -> dict[str, frozenset[str]]:
    """Actor noun → the verbs whose object it names a thing as (``object_senses.tsv``)."""
    rows = (
        line.split("\t")
        for line in ordered_list("eventwire.nlp.actors", "data", "object_senses.tsv")
    )
    return {r[0]: frozenset(r[1].split("|")) for r in rows if len(r) == 2}


def _other_sense(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    verbs = object_senses().get(lemma, frozenset())
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in verbs:
        return True  # "sharing intelligence with Kyiv"
    modifiers = other_senses().get(lemma)
    if not modifiers:
        return False
    return any(c.dep_ in ("compound", "amod") and c.lower_ in modifiers for c in noun.lefts)


def _name_or_modifier_word(noun: Token) -> bool:
    """ "the Republican National Committee", "the National News desk", "a citizen meeting": a
    word that names people only as a plain noun of its own is here part of a name or a
    modifier of another noun."""
    if noun.lemma_.lower() not in COMMON_ONLY and noun.lower_ not in COMMON_ONLY:
        return False
    if noun.dep_ == "compound" or noun.ent_type_ not in ("", "NORP"):
        return True
    return not noun.is_lower and not noun.is_sent_start


def _title_chain(tok: Token, title: bool) -> bool:
    """A title word followed by another title or by "Chief": the first word of one title
    ("Lt. Gov.", "Maj. Gen.", "Detective Chief Inspector"), which the last word names."""
    if not title or tok.i + 1 >= len(tok.doc):
        return False
    after = tok.doc[tok.i + 1]
    if after.text == "Chief":
        return True
    found = title_of([after]) if after.text[:1].isupper() else None
    return found is not None and found[1].title


def _physical_force(noun: Token) -> bool:
    """ "used excessive force", "by force": "force" as a mass noun names no armed force ("a
    joint force", "the force", "security force", "Israeli force" do)."""
    if noun.lemma_.lower() != "force" or noun.tag_ != "NN":
        return False
    kinds = ("det", "poss", "compound", "nummod", "nmod")
    if any(c.dep_ in kinds for c in noun.children):
        return False
    return not any(c.dep_ == "amod" and modifier_country(c) for c in noun.children)


def _place_division(noun: Token) -> bool:
    """ "the Centre department", "Cauca department": a country's division named after its
    place, as Colombia, Haiti or France write it, not an office ("the Justice Department",
    "the police department")."""
    if noun.text != "department":
        return False
    names = [c for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return bool(names) and all(
        (c.ent_type_ in ("GPE", "LOC") or is_place_name(c.text))
        and c.lower_ not in STATE_NAME_WORDS
        and title_of([c]) is None
        for c in names
    )


def _group_named_otherwise(group: Token, taken: set[int]) -> bool:
    """A group noun that says what a name or a noun of members says ("the M23 armed group",
    "an armed group of settlers"): those name the actor."""
    if any(c.i in taken for c in group.children if c.dep_ in ("compound", "nmod", "appos")):
        return True
    members = [
        o for p in group.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
    ]
    return any(title_of([m]) is not None for m in members)


#: Bodies that are what their members are ("a coalition of rights groups", "an alliance of
#: militias"), unlike a union (labour) or a delegation (who sends it).
BODIES_OF_MEMBERS = word_group("eventwire.nlp.actors", "bodies_of_members")


#: Sectors of the armed bodies whose men a body named before them sends ("NATO troops").
FORCE_SECTORS = frozenset({"MIL", "COP"})


#: Sectors of armed bodies outside the state, whose ranks a title after their name holds.
NONSTATE_ARMED = frozenset({"REB", "PRM", "UAF", "CRM"})
#: Sectors a rank or office noun has by default: a state's ("commander", "official").
STATE_ROLES = frozenset({"MIL", "GOV"})


def _named_body(noun: Token, bodies: dict[int, Mention]) -> Mention | None:
    """The named body written right before a noun ("Hamas commanders"), or before the words of
    its organ or kind that are ("ECOWAS Commission president", "Houthi military spokesman"),
    read off the word order: the parse of such runs of names is unreliable."""
    doc = noun.doc
    for k in range(noun.i - 1, max(noun.sent.start, noun.i - BODY_REACH) - 1, -1):
        if k in bodies:
            return bodies[k]
        if doc[k].pos_ not in ("PROPN", "NOUN", "ADJ"):
            return None
    return None


#: Words a body's name may stand before the noun of its official ("ECOWAS Commission president").
BODY_REACH = 3


def _named_body_sector(actor: ActorNoun, body: Mention | None) -> str | None:
    """The sector of the armed group named before a rank or office: "Hamas commanders", "M23
    officials" (REB), not a state's; of any body named before a title any body's head or
    spokesman holds ("UNRWA chief", "Awami League general secretary"). Not its hostages or
    supporters, nor "U.N. peacekeepers"."""
    if body is None or body.sector is None:
        return None
    if actor.title and actor.canonical in ANY_BODYS_TITLES:
        return body.sector
    return body.sector if actor.sector in STATE_ROLES and body.sector in NONSTATE_ARMED else None


def _armed_side_sector(force: Token, actor: ActorNoun) -> str | None:
    """The side of an armed body its modifier names: "rebel forces", "insurgent troops" (REB),
    "police forces" (COP), "opposition forces" (the armed opposition, REB; "opposition forces
    won a majority" is the figurative use, which this misreads); not a state's.
    Not a unit named for whom it fights ("a gang task force", "anti-rebel forces"). Officers
    of the armed forces are theirs: "an army officer", "military officers" (MIL, not COP)."""
    if actor.sector not in ("MIL", "COP") or actor.title:
        return None
    lefts = list(force.lefts)
    if any(c.lower_ == "task" or c.lower_.startswith(AGAINST) for c in lefts):
        return None
    for child in lefts:
        found = title_of([child]) if child.dep_ in ("amod", "compound") else None
        if found is None or found[1].title or _against(child):
            continue
        if actor.sector == "COP":
            if found[1].sector == "MIL":
                return "MIL"
            continue
        if found[1].sector in NONSTATE_ARMED | {"COP"}:
            return found[1].sector
        if found[1].sector == "OPP":
            return "REB"  # "forces" name an armed body: the armed opposition
    return None


#: Prefixes of a unit named for whom it fights ("anti-rebel", "counter-insurgency").
AGAINST = ("anti", "counter")


def _against(modifier: Token) -> bool:
    doc = modifier.doc
    k = modifier.i
    before = doc[k - 2].lower_ if k >= 2 and doc[k - 1].text == "-" else ""
    return before.startswith(AGAINST) or any(c.lower_.startswith(AGAINST) for c in modifier.lefts)


def _members_sector(body: Token) -> str | None:
    """The sector of a body named by its members: "a coalition of rights groups" (not MIL),
    "a federation of trade unions" (LAB), or by them before it: "a gang coalition" (CRM)."""
    if body.lemma_.lower() not in BODIES_OF_MEMBERS:
        return None  # "a union of police officers" is labour, "police of the opposition" a misparse
    for child in body.lefts:
        found = title_of([child]) if child.dep_ == "compound" and child.pos_ == "NOUN" else None
        if found is not None and not found[1].title and found[1].sector != "UNK":
            return found[1].sector
    members = [
        o
        for p in body.children
        if p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj" and o.tag_ in ("NNS", "NNPS")
    ]
    for member in members:
        found = title_of([member.doc[member.i - 1], member]) or title_of([member])
        if found is not None and not found[1].title and found[1].sector != "UNK":
            return found[1].sector
    return None


@cache
def _community_words() -> dict[str, str]:
    """Words naming the community a generic title leads, with its sector
    (``data/modifier_sectors.tsv``)."""
    rows = ordered_list("eventwire.nlp.actors", "data", "modifier_sectors.tsv")
    pairs = (row.partition("\t") for row in rows)
    return {word.strip(): sector.strip() for word, _, sector in pairs if sector.strip()}


def _speaks_for_others(title: Token) -> bool:
    return title.lemma_.lower().startswith("spokes")


def _modifier_sector(title: Token) -> str | None:
    """The sector of a collective named before a title: "rebel leaders" (REB), "opposition
    leaders" (OPP), "army commanders" (MIL), "students' leader" (EDU), or after it: "the
    commissioner of police" (COP)."""
    own = title_of([title])
    modifiers = [c for c in title.children if c.dep_ in ("compound", "amod") and c.i < title.i]
    # "Teachers' union chief" leads the union: an owner counts after the words beside the title
    owners = [c for c in title.lefts if c.dep_ == "poss" and c.tag_ in ("NNS", "NNPS")]
    body = _heading_body(modifiers)
    if body is not None:
        return body
    for child in modifiers + owners:
        if _ends_union_of_states(child):
            continue  # "European Union leaders" lead no labour union
        found = title_of([child])
        if found is not None and not found[1].title:
            return None if _party_of_officer(found[1].sector, own) else found[1].sector
    org = title_organisation(title)
    found = title_of([org]) if org is not None else None
    if found is not None and not found[1].title and found[1].sector != "UNK":
        return found[1].sector
    if own is not None and own[0] in GENERIC_TITLES:
        # "tribal chiefs", "Muslim leaders"; not "the village police chief" (above), nor a word
        # of a name ("Community Party leaders")
        words = _community_words()
        community = [c for c in modifiers if c.lower_ in words and _no_longer_name(c)]
        return words[community[0].lower_] if community else None
    return None


def _no_longer_name(word: Token) -> bool:
    """Whether a word is in no name longer than itself: "Mafia boss" (the NER's one-word
    organisation) leads the Mafia; "Community Party leaders" lead a party."""
    if word.ent_type_ in ("", "NORP"):
        return True
    nxt = word.nbor(1) if word.i + 1 < len(word.doc) else None
    return word.ent_iob_ == "B" and (nxt is None or nxt.ent_iob_ != "I")


def _heading_body(modifiers: list[Token]) -> str | None:
    """The sector of the body named right before a title, which it heads, over its members named
    before it: "Nurses union chief" leads the union (LAB); not over an armed or out-of-office side
    ("rebel army commander", "opposition party leader")."""
    if not modifiers or _ends_union_of_states(modifiers[-1]):
        return None
    nearest = title_of([modifiers[-1]])
    if nearest is None or nearest[1].title or nearest[1].kind != "organization":
        return None
    found = [title_of([c]) for c in modifiers]
    sides = NONSTATE_ARMED | OUT_OF_OFFICE
    if any(f is not None and f[1].sector in sides for f in found):
        return None
    return nearest[1].sector


#: Sectors of the collectives out of office, whose word before a body makes it theirs.
OUT_OF_OFFICE = frozenset({"OPP"})


#: Titles a party's own people hold ("party officials", "Labour members").
PARTY_ROLES = frozenset({"official", "member", "spokesman", "spokeswoman", "spokesperson"})
#: Sectors of state offices, which a party label before them does not change.
STATE_OFFICES = frozenset({"GOV", "LEG", "JUD"})


def _office_also_held(title: Token) -> str | None:
    """The sector of a state office a relative clause gives the holder of a title ("…, who is
    also the transport minister", "…, who also serves as finance minister"), else None."""
    for clause in (c for c in title.children if c.dep_ == "relcl"):
        for word in clause.subtree:
            if word.dep_ not in ("attr", "pobj") or word.pos_ != "NOUN":
                continue
            found = title_of([word])
            if found is not None and found[1].title and found[1].sector in STATE_OFFICES:
                return found[1].sector
    return None


def _ends_union_of_states(word: Token) -> bool:
    """Whether a word ends the longer name of an international body or a state ("European
    Union", "African Union"), not of a party, a police force or a trade union."""
    return word.ent_iob_ == "I" and country_code(ent_text(word)) is not None


def _party_of_officer(modifier: str, title: tuple[str, ActorNoun] | None) -> bool:
    """ "a Republican senator", "Democratic governors": a party's member holding a state office
    acts in that office."""
    if modifier != "PTY" or title is None or title[0] in GENERIC_TITLES | PARTY_ROLES:
        return False  # "party leaders" lead the party, "party officials" serve it
    return title[1].sector in STATE_OFFICES


def _to_actor(doc: Doc, idx: int, cluster: Cluster) -> Actor:
    known = next((m for m in cluster.mentions if m.from_dictionary), None)
    if known is not None:
        return Actor(
            id=f"a{idx}",
            name=known.text,
            kind="person" if known.label == "PERSON" else "organization",
            country=known.country,
            sector=known.sector,
            role=known.role,
            mentions=[_span(doc, m) for m in cluster.mentions],
        )
    label = cluster.label
    named = [m for m in cluster.mentions if m.label not in ("NOUN", "PRON") and m.owner is None]
    if label == "PERSON":
        name = max(
            (m.text for m in named if m.label == "PERSON"), key=lambda t: (len(t.split()), len(t))
        )
    elif named:
        name = max((m.text for m in named), key=len)
    else:
        noun = next((m.noun for m in cluster.mentions if m.noun is not None), None)
        name = noun.canonical if noun is not None else cluster.mentions[0].text
    return Actor(
        id=f"a{idx}",
        name=name,
        kind=_kind(cluster),
        country=_vote([m.country for m in cluster.mentions]),
        sector=_vote([m.sector for m in cluster.mentions]),
        role=_vote([m.role for m in cluster.mentions]),
        mentions=[_span(doc, m) for m in cluster.mentions],
        # Titles beside a name ("The Iraqi President, Barham Salih") are mentions of that person.
    )


def _kind(cluster: Cluster) -> ActorKind:
    label = cluster.label
    if label == "PERSON":
        return "person"
    if label == "GPE":
        return "state"
    if label == "ORG":
        return "organization"
    if label == "NORP":
        return "group"
    noun = cluster.mentions[0].noun
    if noun and noun.kind == "person" and all(m.plural for m in cluster.mentions):
        return "group"  # "local leaders"
    return noun.kind if noun else "unknown"


def _vote(values: list[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    return counts.most_common(1)[0][0] if counts else None


def _span(doc: Doc, m: Mention) -> Span:
    start = doc[m.start].idx
    text = doc[m.start : m.end].text  # Doc.text rebuilds the whole string on every access
    stripped = strip_name(text)
    offset = text.find(stripped)
    start += max(offset, 0)
    return Span(stripped, start, start + len(stripped))


def _fill_named(doc: Doc, mentions: list[Mention]) -> None:
    for m in mentions:
        head = doc[m.end - 1]
        if m.label == "GPE":
            # "Beirut rejected ...": a capital that acts is its country's government
            m.country = country_code(m.text) or capital_country(m.text) or typo_country(m.text)
            capital = is_capital(strip_name(m.text)) or capital_country(m.text) is not None
            # "moscow denied …" in a lower-cased text names the capital all the same
            capital = capital or (m.text.islower() and capital_country(m.text.title()) is not None)
            m.sector = "GOV" if capital and m.country else None
        elif m.label == "NORP":
            # "Iraqi Kurds": the country they live in, over the one their name may suggest;
            # a people named by nationality or ethnicity is civilians unless a noun says more
            own = country_code(m.text)
            m.country = modifier_country(head) or (own and ethnic_residence(head, own)) or own
            m.sector = "CVL"
        elif m.label == "ORG":
            head = doc[m.start : m.end].root
            m.country = phrase_country(head) or modifier_country(head) or org_name_country(m.text)
            found = title_of([head]) if not team_name(doc[m.start : m.end]) else None
            m.sector = found[1].sector if found else None
        elif m.label == "PERSON":
            m.country = modifier_country(head, name=range(m.start, m.end))


def _dictionary_mentions(doc: Doc, dictionary: ActorDictionary | None) -> list[Mention]:
    if dictionary is None:
        return []
    mentions = []
    for start, end, e in dictionary.matches(doc):
        name, country = e.name, e.country
        section = _national_section(doc, end) if e.country == "IGO" else None
        if section is not None:  # "Amnesty International Kenya": the body's Kenyan section
            name = f"{e.name} {doc[end : section[0]].text}"
            end, country = section
        mentions.append(
            Mention(
                start,
                end,
                "PERSON" if e.kind == "person" else "ORG",
                name,
                from_dictionary=True,
                builtin=e.builtin,
                country=country,
                sector=e.sector,
                role=e.role,
            )
        )
    return mentions


def _national_section(doc: Doc, end: int) -> tuple[int, str] | None:
    """The end and country of a country's name written right after an international body's
    ("Amnesty International Kenya", "Save the Children UK", "Oxfam South Africa"): the body's
    section in that country, which speaks for it there. A name after a comma or a break is not."""
    for size in (3, 2, 1):
        words = doc[end : end + size]
        if len(words) < size or any(t.is_sent_start or not t.text[:1].isupper() for t in words):
            continue
        if any(not (t.is_alpha or t.text == ".") for t in words):
            continue
        if _is_country(words.text):
            code = country_code(words.text)
            return (end + size, code) if code is not None else None
    return None


def find_actors(
    doc: Doc, dictionary: ActorDictionary | None = None, common: frozenset[str] = frozenset()
) -> tuple[list[Actor], dict[int, str]]:
    """Actors of a parsed doc and the token → actor id map; dictionary names are found first.
    ``common`` are the English words no left-out given name is (none joined without them)."""
    known = _dictionary_mentions(doc, dictionary)
    known_tokens = {i for m in known for i in range(m.start, m.end)}
    named = [
        m for m in _named_mentions(doc, common) if not known_tokens & set(range(m.start, m.end))
    ]
    _fill_named(doc, named)
    named = known + named
    named += short_team_names(doc, named)
    taken = {i for m in named for i in range(m.start, m.end)}
    nouns = _noun_mentions(doc, taken, _named_bodies(named))
    persons = [m for m in named if m.label == "PERSON"]
    nouns = attach_titles(doc, persons, nouns)
    clusters = join_appositions(doc, cluster_mentions(doc, named + nouns))
    clusters = join_definite_attackers(doc, join_member_nouns(doc, clusters))
    clusters = join_group_members(doc, clusters)
    add_surname_mentions(doc, clusters)
    # "the group" joins its named group first, so that "it" after it points at the group
    clusters = add_group_mentions(doc, clusters)
    clusters = join_named_heads(doc, clusters)
    add_pronoun_mentions(doc, clusters)
    clusters = join_owned_forces(doc, clusters)
    # an actor is named by a word of the text, never by pronouns alone; and a pronoun that
    # the text tells before its noun does not open the actor
    clusters = [c for c in clusters if any(m.label != "PRON" for m in c.mentions)]
    actors = [_to_actor(doc, i, c) for i, c in enumerate(clusters, start=1)]
    _leader_countries(doc, actors)
    infer_countries(actors)
    actor_of = {
        i: actor.id
        for actor, c in zip(actors, clusters, strict=True)
        for m in c.mentions
        for i in range(m.start, m.end)
    }
    return actors, actor_of


def _leader_countries(doc: Doc, actors: list[Actor]) -> None:
    """ "The Biden administration", "Putin's government": a body named after a person is of
    that person's country (before the places stage fills it from the article's country)."""
    person_at = {
        tok.i: person
        for person in actors
        if person.kind == "person" and person.country
        for m in person.mentions
        if (span := doc.char_span(m.start, m.end, alignment_mode="expand")) is not None
        for tok in span
    }
    if not person_at:
        return
    for actor in actors:
        if actor.country or actor.kind not in ("organization", "group"):
            continue
        for m in actor.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            owners = (
                []
                if span is None
                else [
                    person_at[c.i]
                    for c in span.root.children
                    if c.dep_ in ("compound", "poss") and c.i in person_at
                ]
            )
            if owners:
                actor.country = owners[0].country
                break


class ActorsComponent:
    """Pipeline component wrapper around :func:`find_actors`."""

    def __init__(self, nlp: Language, name: str, dictionaries: list[str], builtin: bool) -> None:
        register_extensions()
        self.name = name
        # The user's entries first: on the same words they win over the built-in list.
        entries = [*load_dictionary(dictionaries), *(builtin_entries() if builtin else [])]
        self.dictionary = ActorDictionary(nlp, entries) if entries else None
        self.common = english_words(nlp, ("noun", "verb", "adj", "adv"))

    def __call__(self, doc: Doc) -> Doc:
        doc._.ew_actors, doc._.ew_actor_of = find_actors(doc, self.dictionary, self.common)
        return doc


@Language.factory("eventwire_actors", default_config={"dictionaries": [], "builtin": True})
def make_actors(
    nlp: Language, name: str, dictionaries: list[str], builtin: bool
) -> ActorsComponent:
    return ActorsComponent(nlp, name, dictionaries, builtin)
