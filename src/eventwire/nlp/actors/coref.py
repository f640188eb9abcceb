"""Coreference inside one article for ``eventwire_actors``: which mentions are one actor.

Mentions are grouped by exact name and by surname (only a bare surname joins a full name, so
"Maria Lopez" and "Carlos Lopez" stay apart), a bare title ("the Prime Minister") joins the one
person who holds it, bare surnames the NER missed are found again in the text, pronouns join
the nearest earlier compatible actor in the same or the previous sentence, and "the attackers"
joins the unnamed armed men told of before ("Gunmen killed …").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from eventwire.datafiles import word_group
from eventwire.nlp.actors.dictionary import HONORIFICS
from eventwire.nlp.parse import RELATIVE_PRONOUNS, SAYING
from eventwire.ontology import country_code
from eventwire.records import ActorKind


@dataclass(frozen=True, slots=True)
class ActorNoun:
    sector: str
    kind: ActorKind
    title: bool
    canonical: str
    #: Hardware that stands for its operator only when the owner is named ("British aircraft",
    #: "Israeli tanks"); a bare "a drone" is no actor.
    needs_owner: bool = False


@dataclass(slots=True)
class Mention:
    start: int  # token indices, end exclusive
    end: int
    label: str  # PERSON, ORG, NORP, GPE or NOUN
    text: str
    noun: ActorNoun | None = None
    owner: Mention | None = None  # for a title written next to a name: that name's mention
    plural: bool = False
    from_dictionary: bool = False  # attributes come from a user dictionary and win
    builtin: bool = False  # from the built-in known-people list: the text still gives the role
    country: str | None = None
    role: str | None = None
    sector: str | None = None
    private: bool = False  # a title of a body that is no state's ("FNSEA head"): no office


@dataclass(slots=True)
class Cluster:
    mentions: list[Mention] = field(default_factory=list)

    @property
    def label(self) -> str:
        labels = [m.label for m in self.mentions]
        return "PERSON" if "PERSON" in labels else labels[0]


#: Articles an Arabic family name is written with or without ("Muqtada al-Sadr … Sadr said").
NAME_ARTICLES = word_group("eventwire.nlp.actors", "name_articles")


def _last_word(name: str) -> str:
    return name.split()[-1].lower() if name.split() else ""


def surname(name: str) -> str:
    """The last word of a name, lower-cased, without an article joined to it by a hyphen."""
    last = _last_word(name)
    article, dash, rest = last.partition("-")
    return rest if dash and rest and article in NAME_ARTICLES else last


def cluster_mentions(doc: Doc, mentions: list[Mention]) -> list[Cluster]:
    persons: list[Cluster] = []
    others: dict[tuple[str, str | None], Cluster] = {}
    ordered = sorted(mentions, key=lambda m: (m.label != "PERSON", -len(m.text.split()), m.start))
    for m in ordered:
        if m.owner is not None:
            continue
        person = _match_person(m, persons)
        if person is not None:
            person.mentions.append(m)
        elif m.label == "PERSON":
            persons.append(Cluster([m]))
        else:
            key = (m.noun.canonical if m.noun else m.text.lower(), m.country if m.noun else None)
            others.setdefault(key, Cluster()).mentions.append(m)
    for m in mentions:
        if m.owner is not None:
            owner = next((c for c in persons if m.owner in c.mentions), None)
            if owner is not None:
                owner.mentions.append(m)
    clusters = persons + list(others.values())
    for c in clusters:
        c.mentions.sort(key=lambda m: m.start)
    return sorted(clusters, key=lambda c: c.mentions[0].start)


def join_appositions(doc: Doc, clusters: list[Cluster]) -> list[Cluster]:
    """A collective noun set beside an organisation's name is that organisation: "Khan's
    party, the Movement for Justice, said" is one actor, not a party and a movement. Only
    that mention moves; other mentions of the noun may name other parties."""
    names = {  # not a headline's capitals ("POLICE IN ROXBURY ARREST TWO MEN")
        m.end - 1: c
        for c in clusters
        for m in c.mentions
        if m.label == "ORG" and m.noun is None and not m.text.isupper()
    }
    # a name right after the noun, an acronym too ("news agency IRNA")
    next_names = {m.start: c for c in clusters for m in c.mentions if _bare_name(m)}
    for c in clusters:
        for m in list(c.mentions):
            if m.label != "NOUN" or m.noun is None or m.noun.kind == "person":
                continue
            head = doc[m.end - 1]
            if head.dep_ == "compound":
                head = head.head  # "the rebel group, the Allied Democratic Forces"
            apposed = [t for t in head.children if t.dep_ == "appos"]
            if head.dep_ == "appos":
                apposed.append(head.head)
            owner = next((names[t.i] for t in apposed if t.i in names), None)
            if owner is None and m.noun.kind == "organization" and _named_after(doc, m):
                owner = next_names.get(m.end)  # "the state news agency IRNA said": no comma
            if owner is not None and owner is not c:
                c.mentions.remove(m)
                owner.mentions.append(m)
                owner.mentions.sort(key=lambda x: x.start)
    return [c for c in clusters if c.mentions]


def _named_after(doc: Doc, m: Mention) -> bool:
    """Whether the word after the noun stands beside it as its name: hung on the noun, or on
    the noun's own verb ("the news agency IRNA accused …"), not opening a clause of its own
    ("the health ministry Hamas runs said": Hamas is another actor)."""
    if m.end >= len(doc):
        return False
    name, noun = doc[m.end], doc[m.end - 1]
    return name.head.i == noun.i or (name.head.i == noun.head.i and noun.head.i != name.i)


def _bare_name(m: Mention) -> bool:
    """An organisation's name with no noun of its own, or a name the NER missed: a headline's
    capitals only as one word."""
    named = m.label in ("ORG", "UNKNOWN") and m.noun is None
    return named and not (m.text.isupper() and " " in m.text)


#: Nouns for a named group's members: "Shabaab militants stormed a hotel" is al-Shabaab acting.
MEMBER_NOUNS = word_group("eventwire.nlp.actors", "member_nouns")


#: Nouns for the members of a named movement or campaign group that has no armed or political
#: sector ("Greenpeace activists", "members of Extinction Rebellion").
CIVIC_MEMBER_NOUNS = word_group("eventwire.nlp.actors", "civic_member_nouns")


def join_member_nouns(doc: Doc, clusters: list[Cluster]) -> list[Cluster]:
    """A noun for members or forces modified by a named armed or political group's name
    ("Hezbollah fighters", "Shabaab militants", "Houthi forces"), or told as its members
    ("rebels of the M23", "fighters of Hamas"), is that group, not another actor beside it; so
    is a noun for the members of a named movement the dictionary gives no sector ("Greenpeace
    activists"). Only that mention moves: a later "the militants" may be anyone's."""
    armed = {
        m.end - 1: c for c in clusters if _named_group(c) for m in c.mentions if m.label == "ORG"
    }
    civic = {
        m.end - 1: c
        for c in clusters
        for m in c.mentions
        if m.label == "ORG" and m.from_dictionary and m.sector is None
    }
    for c in clusters:
        for m in list(c.mentions):
            head = doc[m.end - 1]
            lemma = _noun_key(head)
            if m.label != "NOUN" or lemma not in MEMBER_NOUNS | CIVIC_MEMBER_NOUNS | FORCE_NOUNS:
                continue
            named = {
                **(civic if lemma in CIVIC_MEMBER_NOUNS else {}),
                **(armed if lemma in MEMBER_NOUNS | FORCE_NOUNS else {}),
            }
            names = (t.i for t in _member_group_words(head) if t.i in named)
            owner = next((named[i] for i in names), None)
            if owner is not None and owner is not c:
                c.mentions.remove(m)
                owner.mentions = sorted([*owner.mentions, m], key=lambda x: x.start)
    return [c for c in clusters if c.mentions]


def _noun_key(noun: Token) -> str:
    """The lemma of a noun, also of a plural the tagger read as a name ("Rebels of the M23 …"
    opening a sentence: rebel)."""
    lemma = noun.lemma_.lower()
    return lemma[:-1] if noun.pos_ == "PROPN" and lemma.endswith("s") else lemma


def _member_group_words(noun: Token) -> list[Token]:
    """The words that may name the group a noun of members belongs to: its compounds ("M23
    rebels", or a name the tagger read as an adjective: "Greenpeace activists") and the object
    of its "of" ("rebels of the M23")."""
    compounds = [t for t in noun.children if t.dep_ in ("compound", "amod")]
    owners = [
        o
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return compounds + owners


#: Sectors of the named armed groups a story's bare "the rebels" points back at.
ARMED_GROUPS = frozenset({"REB", "PRM"})


def join_group_members(doc: Doc, clusters: list[Cluster]) -> list[Cluster]:
    """ "M23 rebels seized a town … On Wednesday the rebels shelled …": a definite plural noun of
    armed members with no modifier of its own ("the rebels", "the fighters") is the one named
    armed group the story tells of before it, when it tells of one only. An actor all of whose
    mentions are such bare nouns joins it whole."""
    groups = [c for c in clusters if _named_group(c) and _armed(c)]
    if len(groups) != 1:
        return clusters  # "M23 … the ADF … the rebels": either
    group = groups[0]
    first_named = min(m.start for m in group.mentions if m.label == "ORG")
    home = next((m.country for m in group.mentions if m.country), None)
    for c in clusters:
        if c is group or not c.mentions or not all(_bare_members(doc, m) for m in c.mentions):
            continue
        first = c.mentions[0]
        if first.start <= first_named or doc[first.start - 1].lower_ != "the":
            continue
        last = max(m.start for m in group.mentions if m.start < first.start)
        if _sentences_after(doc, last, first.start) > GROUP_MEMBERS_REACH:
            continue  # "M23 … (four sentences) … the rebels": any rebels by then
        if _told_elsewhere(doc[first.start], home):
            continue  # "Houthi rebels fired … In Sudan the fighters shelled a market"
        group.mentions = sorted([*group.mentions, *c.mentions], key=lambda x: x.start)
        c.mentions = []
    return [c for c in clusters if c.mentions]


#: Entity labels of places, for a fronted "In Ituri,".
PLACE_LABELS = frozenset({"GPE", "LOC"})

#: Sentences a bare "the rebels" may come after the named armed group was last told of.
GROUP_MEMBERS_REACH = 3


def _sentences_after(doc: Doc, start: int, end: int) -> int:
    """How many sentences begin after token ``start`` up to token ``end``."""
    return sum(1 for s in doc.sents if start < s.start <= end)


def _told_elsewhere(noun: Token, home: str | None) -> bool:
    """The noun's sentence is set in a place of its own, so its armed men may be others: a
    fronted "In Ituri," or a country other than the group's ("In Sudan the fighters …")."""
    sent = noun.sent
    other = any(e.label_ == "GPE" and country_code(e.text) not in (None, home) for e in sent.ents)
    fronted = any(
        t.dep_ == "prep" and t.lower_ == "in" and t.head == noun.head and t.i < noun.i
        for t in sent
        if any(
            o.dep_ == "pobj" and (o.pos_ == "PROPN" or o.ent_type_ in PLACE_LABELS)
            for o in t.children
        )
    )
    return other or fronted


def _armed(c: Cluster) -> bool:
    return any(m.sector in ARMED_GROUPS for m in c.mentions if m.label == "ORG")


def _bare_members(doc: Doc, m: Mention) -> bool:
    """A plural noun of armed members ("rebels", "fighters"; not "gunmen") with no modifier."""
    head = doc[m.end - 1]
    return (
        m.label == "NOUN"
        and m.plural
        and m.noun is not None
        and m.noun.sector in ARMED_GROUPS
        and _noun_key(head) in MEMBER_NOUNS
        and head.dep_ != "attr"  # "the Kurds are the fighters": a predicate
        and not any(t.dep_ in MEMBER_MODIFIERS for t in head.children)
    )


#: Dependents that make a noun of members some particular men ("the fighters who will take
#: back the town", "the fighters best placed"), not the story's named group.
MEMBER_MODIFIERS = frozenset({"amod", "compound", "poss", "nmod", "prep", "relcl", "acl"})


#: Nouns for an armed body's own people or units ("its forces", "their men"), besides the
#: nouns for members.
FORCE_NOUNS = word_group("eventwire.nlp.actors", "force_nouns")


def _says(group: Cluster, noun: Token) -> bool:
    """Whether the group is the subject of the verb of saying that reports the noun's clause
    ("The RSF said its forces …"; not "Israel said Hamas had fired, and its troops …")."""
    said = next((a for a in noun.ancestors if a.lemma_.lower() in SAYING), None)
    subject = next((c for c in said.children if c.dep_ == "nsubj"), None) if said else None
    return subject is not None and any(m.start <= subject.i < m.end for m in group.mentions)


def join_owned_forces(doc: Doc, clusters: list[Cluster]) -> list[Cluster]:
    """ "The RSF said its forces had withdrawn": forces owned by a pronoun that stands for a
    named armed or political group are that group, not a state's army. Run after pronouns
    joined their actors."""
    owner = {m.start: c for c in clusters for m in c.mentions if m.label == "PRON"}
    for c in clusters:
        for m in list(c.mentions):
            head = doc[m.end - 1]
            if m.label != "NOUN" or head.lemma_.lower() not in FORCE_NOUNS | MEMBER_NOUNS:
                continue
            poss = [t for t in head.children if t.dep_ == "poss" and t.pos_ == "PRON"]
            group = owner.get(poss[0].i) if poss else None
            if group is not None and group is not c and _named_group(group) and _says(group, head):
                c.mentions.remove(m)
                group.mentions = sorted([*group.mentions, m], key=lambda x: x.start)
    # pronouns left alone pointed at the noun that moved ("its fighters had killed them"):
    # they name no one the text names
    return [c for c in clusters if any(m.label != "PRON" for m in c.mentions)]


#: Insurgents named only by their kind, whom "the attackers" points back at when they were told
#: attacking ("Suspected jihadists killed 30 … The attackers"), not attacked or talking.
INSURGENTS = frozenset({"REB"})
#: Verbs of attack whose subject "the attackers" may be.
ATTACK_VERBS = word_group("eventwire.nlp.actors", "attack_verbs")


def _attacked(doc: Doc, c: Cluster) -> bool:
    """Whether one of an actor's mentions is the subject of a verb of attack."""
    heads = [doc[m.end - 1] for m in c.mentions]
    return any(h.dep_ == "nsubj" and h.head.lemma_.lower() in ATTACK_VERBS for h in heads)


def join_definite_attackers(doc: Doc, clusters: list[Cluster]) -> list[Cluster]:
    """ "Gunmen killed 12 worshippers … The attackers arrived on motorcycles": a definite noun
    of unnamed armed men (``UAF``: attackers, assailants, gunmen) that no earlier mention of its
    own noun introduced points back to the armed men told of before by a noun (gunmen,
    jihadists, militants), and is that actor."""

    def unnamed_armed(c: Cluster, sectors: frozenset[str] = frozenset({"UAF"})) -> bool:
        return all(
            m.label == "NOUN" and m.noun is not None and m.noun.sector in sectors
            for m in c.mentions
        )

    for c in sorted(clusters, key=lambda c: c.mentions[0].start):
        first = c.mentions[0]
        det = doc[first.start - 1] if first.start > 0 else None  # mentions leave out "the"
        if not unnamed_armed(c) or det is None or det.lower_ != "the":
            continue
        earlier = [
            o
            for o in clusters
            if o is not c
            and o.mentions
            and (unnamed_armed(o) or (unnamed_armed(o, INSURGENTS) and _attacked(doc, o)))
            and o.mentions[0].start < first.start
        ]
        if earlier:
            target = max(earlier, key=lambda o: o.mentions[0].start)
            target.mentions = sorted([*target.mentions, *c.mentions], key=lambda m: m.start)
            c.mentions = []
    return [c for c in clusters if c.mentions]


def _match_person(m: Mention, persons: list[Cluster]) -> Cluster | None:
    """The one person cluster this mention refers to by name, surname or title, if any."""
    if m.label in ("PERSON", "ORG"):
        low = m.text.lower()
        hits = [c for c in persons if any(p.text.lower() == low for p in c.mentions)]
        if not hits and len(m.text.split()) == 1:
            # A bare surname; "Maria Lopez" and "Carlos Lopez" are different people.
            hits = [c for c in persons if _last_word(c.mentions[0].text) == low]
            # "Karim al-Obeidi … Obeidi", only when no one bears the bare form itself
            hits = hits or [c for c in persons if surname(c.mentions[0].text) == surname(m.text)]
        if not hits and len(m.text.split()) == 1:
            # A family name written first ("Yoon Suk Yeol ... Yoon said", "Kishida Fumio"),
            # or a first name, when one person alone bears it there
            hits = [c for c in persons if _first_name(c.mentions[0].text) == low]
        if m.label == "ORG" and len(m.text.split()) > 1:
            hits = [c for c in hits if any(p.text.lower() == low for p in c.mentions)]
        return hits[0] if len(hits) == 1 else None
    if m.label == "NOUN" and m.noun is not None and m.noun.title and m.noun.kind == "person":
        hits = [
            c
            for c in persons
            if any(p.role and p.role.lower() == _title_key(m) for p in c.mentions)
        ]
        return hits[0] if len(hits) == 1 else None
    return None


def _first_name(name: str) -> str:
    """The first word of a name of two words or more after any honorific ("Prince Mohammed bin
    Nayef": mohammed), lower-cased; "" for one word."""
    words = name.split()
    while words and words[0].rstrip(".") in HONORIFICS:
        words = words[1:]
    return words[0].lower() if len(words) > 1 else ""


def _title_key(m: Mention) -> str:
    words = [w for w in m.text.split() if country_code(w) is None]
    return " ".join(words).lower()


def _by_surname(clusters: list[Cluster]) -> dict[str, list[Cluster]]:
    """Surname → the persons bearing it; one written with an article ("el-Amin") counts for
    the bare form only when no one bears that form itself ("Youssef Amin")."""
    plain: dict[str, list[Cluster]] = {}
    bare: dict[str, list[Cluster]] = {}
    for c in clusters:
        if c.label == "PERSON":
            names = [m.text for m in c.mentions if m.label == "PERSON"]
            for name in {_last_word(n) for n in names}:
                plain.setdefault(name, []).append(c)
            for name in {surname(n) for n in names} - {_last_word(n) for n in names}:
                bare.setdefault(name, []).append(c)
    return {**bare, **plain}


def add_surname_mentions(doc: Doc, clusters: list[Cluster]) -> None:
    """Bare surnames the NER missed ("Salih tweeted") join the one person with that surname."""
    text = doc.text  # Doc.text joins every token: read it once
    taken = {i for c in clusters for m in c.mentions for i in range(m.start, m.end)}
    for name, owners in _by_surname(clusters).items():
        if len(owners) != 1 or len(name) < 3:
            continue
        for match in re.finditer(rf"\b{re.escape(name)}\b", text, flags=re.IGNORECASE):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is None or any(i in taken for i in range(span.start, span.end)):
                continue
            if not text[match.start()].isupper():
                continue
            owners[0].mentions.append(Mention(span.start, span.end, "PERSON", match.group()))
            taken.update(range(span.start, span.end))
    for c in clusters:
        c.mentions.sort(key=lambda m: m.start)


PRONOUNS = {
    "he": "PERSON",
    "him": "PERSON",
    "his": "PERSON",
    "she": "PERSON",
    "her": "PERSON",
    "it": "STATE_ORG",
    "its": "STATE_ORG",
    "they": "GROUP",
    "their": "GROUP",
    "them": "GROUP",
}


def _pronoun_fits(cluster: Cluster, kind: str) -> bool:
    label = cluster.label
    if kind == "PERSON":
        return label == "PERSON"
    if kind == "STATE_ORG":
        return label in ("GPE", "ORG") or (
            label == "NOUN"
            and not cluster.mentions[0].plural
            and cluster.mentions[0].noun is not None
            and cluster.mentions[0].noun.kind == "organization"
        )
    first = cluster.mentions[0]
    # an armed or political group is "they" too: "the Houthis said they had targeted a ship",
    # "Labour said they would vote against"
    group = label == "ORG" and first.sector in GROUP_SECTORS
    return label in ("NORP",) or (label == "NOUN" and first.plural) or group


def add_pronoun_mentions(doc: Doc, clusters: list[Cluster]) -> None:
    """Pronouns join the nearest earlier compatible actor in the same or the previous sentence,
    when exactly one candidate is that close ("Syria says it will ..." → Syria)."""
    taken = {i for c in clusters for m in c.mentions for i in range(m.start, m.end)}
    for tok in doc:
        kind = PRONOUNS.get(tok.lower_)
        if kind is None or tok.i in taken or tok.pos_ != "PRON":
            continue
        host = _host_of_clause(tok, clusters) if kind == "PERSON" else None
        if host is not None:
            host.mentions = sorted(
                [*host.mentions, Mention(tok.i, tok.i + 1, "PRON", tok.text)], key=lambda m: m.start
            )
            taken.add(tok.i)
            continue
        window_start = _previous_sentence_start(tok)
        best: tuple[tuple[bool, bool, bool, int], Cluster] | None = None
        parallel = _parallel_roles(tok)
        # in an adverbial clause, one told in its own sentence comes first ("Petro suspended
        # talks with the group after it attacked civilians": the group)
        local = _in_adverbial_clause(tok)
        speaker = _speaker_of_clause(tok)
        for c in clusters:
            if not _pronoun_fits(c, kind):
                continue
            before = [
                (
                    speaker is not None and m.start <= speaker.i < m.end,
                    local and m.start >= tok.sent.start,
                    parallel and _role(doc[m.end - 1]) == _role(tok),
                    m.start,
                )
                for m in c.mentions
                if window_start <= m.start < tok.i
                # a pronoun points past other pronouns; "the group" pointing back is a noun
                and (m.label != "PRON" or doc[m.start].pos_ == "NOUN")
                # "Hamas and Israel … they traded fire": both sides, not the group alone
                and not (kind == "GROUP" and c.label == "ORG" and _coordinated(doc[m.end - 1]))
                and not _modified_by_its_clause(tok, m)
            ]
            if before and (best is None or max(before) > best[0]):
                best = (max(before), c)
        if best is not None:
            best[1].mentions.append(Mention(tok.i, tok.i + 1, "PRON", tok.text))
            best[1].mentions.sort(key=lambda m: m.start)
            taken.add(tok.i)


def _host_of_clause(pronoun: Token, clusters: list[Cluster]) -> Cluster | None:
    """The one person a "he" or "she" opening a clause of time or reason stands for when the
    clause it hangs on has a singular noun of a person as its subject ("the officer had used
    excessive force when he fired": the officer, not a judge named before); else None."""
    if not _in_adverbial_clause(pronoun):
        return None
    host = pronoun.head.head
    subject = next((c for c in host.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "NOUN" or subject.tag_ != "NN" or subject.i > pronoun.i:
        return None  # told before the pronoun: "When he fired, the officer …" is left alone
    if _rival_person(host, pronoun, clusters) or _other_gender(subject, pronoun):
        return None  # "arrested the boy after he threw stones": either may have thrown
    for c in clusters:
        for m in c.mentions:
            if m.start <= subject.i < m.end and m.label == "NOUN" and _one_by_role(m):
                return c
    return None


#: Nouns of a person whose gender a pronoun must fit.
FEMALE_NOUNS = word_group("eventwire.nlp.actors", "female_nouns")
MALE_NOUNS = word_group("eventwire.nlp.actors", "male_nouns")
#: Nouns of people that name no actor of their own, but may be whom "he" or "she" stands for.
PLAIN_PEOPLE = word_group("eventwire.nlp.actors", "plain_people")


def _rival_person(host: Token, pronoun: Token, clusters: list[Cluster]) -> bool:
    """Whether the host clause names another actor before the pronoun, as an object or a
    prepositional object ("arrested the boy after he …", "hit her when she …")."""
    actors = {i for c in clusters for m in c.mentions for i in range(m.start, m.end)}
    people = FEMALE_NOUNS | MALE_NOUNS | PLAIN_PEOPLE
    return any(
        t.i < pronoun.i
        and t.dep_ in ("dobj", "pobj", "dative")
        and (t.pos_ == "PRON" or t.i in actors or t.lemma_.lower() in people)
        for t in host.subtree
    )


def _other_gender(subject: Token, pronoun: Token) -> bool:
    lemma = subject.lemma_.lower()
    if pronoun.lower_ == "he":
        return lemma in FEMALE_NOUNS
    return pronoun.lower_ == "she" and lemma in MALE_NOUNS


def _one_by_role(m: Mention) -> bool:
    """Whether a noun mention names one kind of person by role ("the officer", "the gunman")."""
    return m.noun is not None and not m.plural and m.noun.sector not in (None, "UNK")


def _speaker_of_clause(pronoun: Token) -> Token | None:
    """The subject of the saying verb whose reported clause a subject pronoun opens: "Al
    Shabaab, the group fighting the government, said it carried out the attack" tells of
    itself, not of the government named nearer."""
    clause = pronoun.head
    verb = clause.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp":
        return None
    if verb.lemma_.lower() not in SAYING:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _in_adverbial_clause(pronoun: Token) -> bool:
    """Whether a subject pronoun is in a clause of time or reason hung on its sentence's verb."""
    clause = pronoun.head
    return pronoun.dep_ in ("nsubj", "nsubjpass") and clause.dep_ == "advcl"


def _modified_by_its_clause(pronoun: Token, m: Mention) -> bool:
    """Whether the pronoun is inside a clause that tells of the mention's noun: in "three firms
    it accused of smuggling" (or "the men they arrested"), "it" is not the firms."""
    clause = next((a for a in pronoun.ancestors if a.dep_ in ("relcl", "acl")), None)
    if clause is None or not m.start <= clause.head.i < m.end:
        return False
    # "Hamas, which said it had fired …": the noun is the clause's subject, and may be "it"
    return not any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVE_PRONOUNS for c in clause.children
    )


def _coordinated(word: Token) -> bool:
    """A name told with another ("Hamas and Israel"): a plural pronoun after it means both."""
    return word.dep_ == "conj" or any(c.dep_ == "conj" for c in word.children)


#: Nouns by which a story points back at a named armed or political group ("after the group
#: attacked a base", "the movement said").
GROUP_NOUNS = word_group("eventwire.nlp.actors", "group_nouns")
#: Sectors of the named bodies such a noun points back at; not a state, a firm or a crowd.
GROUP_SECTORS = frozenset({"REB", "PRM", "UAF", "CRM", "OPP", "PTY", "SOC"})


def add_group_mentions(doc: Doc, clusters: list[Cluster]) -> list[Cluster]:
    """A bare "the group" (no modifier, no "of": not "the group of students") joins the nearest
    named armed or political group told in the same or the previous sentence ("suspended talks
    with the ELN after the group attacked a base"); so does an actor made of such nouns alone
    ("Hamas fighters attacked … The movement said it had …": "the movement" and "it")."""
    groups = [c for c in clusters if _named_group(c)]
    owner = {i: c for c in clusters for m in c.mentions for i in range(m.start, m.end)}
    for tok in doc:
        if tok.lemma_.lower() not in GROUP_NOUNS or not _bare_definite(tok):
            continue
        own = owner.get(tok.i)
        if own is not None and (own in groups or not _group_nouns_only(doc, own)):
            continue
        window_start = _previous_sentence_start(tok)
        near = [
            (m.start, c)
            for c in groups
            for m in c.mentions
            if window_start <= m.start < tok.i and m.label != "PRON" and not _affiliation(doc, m)
        ]
        described = any(_affiliating(c) for c in tok.children)
        if not near or (described and len({id(c) for _, c in near}) > 1):
            continue  # "the militant group" after two named groups: either
        cluster = max(near, key=lambda x: x[0])[1]
        moved = own.mentions if own is not None else [Mention(tok.i, tok.i + 1, "PRON", tok.text)]
        cluster.mentions = sorted([*cluster.mentions, *moved], key=lambda m: m.start)
        if own is not None:
            own.mentions = []
        for m in moved:
            owner.update({i: cluster for i in range(m.start, m.end)})
    return [c for c in clusters if c.mentions]


def join_named_heads(doc: Doc, clusters: list[Cluster]) -> list[Cluster]:
    """A bare definite singular noun ("the agency", "the commission") joins the body told just
    before it whose name ends in that noun ("the United Nations Relief and Works Agency", written
    "UNRWA"): the story speaks of it again. An actor made of such nouns alone joins it whole."""
    for c in clusters:
        nouns = [m for m in c.mentions if m.label == "NOUN"]
        if not nouns or len(nouns) != len(c.mentions):
            continue
        first = doc[nouns[0].end - 1]
        if not _bare_definite(first):
            continue
        window = _previous_sentence_start(first)
        named = [
            (m.start, other)
            for other in clusters
            if other is not c
            for m in other.mentions
            if m.label == "ORG"
            and window <= m.start < first.i
            and m.text.split()[-1].lower() == first.lemma_.lower()
        ]
        if named:
            owner = max(named, key=lambda x: x[0])[1]
            owner.mentions = sorted([*owner.mentions, *c.mentions], key=lambda m: m.start)
            c.mentions = []
    return [c for c in clusters if c.mentions]


#: Participles by which a name only qualifies another group ("the al-Qaida-linked group",
#: "an Iran-backed militia"): that name is not the group a later "the group" means.
AFFILIATING = word_group("eventwire.nlp.actors", "affiliating")


def _affiliation(doc: Doc, m: Mention) -> bool:
    return _affiliating(doc[m.end - 1].head)


def _group_nouns_only(doc: Doc, c: Cluster) -> bool:
    """An actor told only as "the movement" (and pronouns for it): no name of its own."""
    return all(
        m.label == "PRON" or (m.label == "NOUN" and doc[m.end - 1].lemma_.lower() in GROUP_NOUNS)
        for m in c.mentions
    )


def _named_group(c: Cluster) -> bool:
    named = [m for m in c.mentions if m.label == "ORG"]
    return bool(named) and any(m.sector in GROUP_SECTORS for m in named)


def _bare_definite(tok: Token) -> bool:
    """ "the group", singular, with nothing but its article, or an affiliation besides
    ("the al-Qaida-linked group", "the Iran-backed movement"): still the group told before."""
    children = [c for c in tok.children if not _affiliating(c)]
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or len(children) != 1:
        return False
    article = children[0]
    affiliation = {t.i for c in tok.children if _affiliating(c) for t in c.subtree}
    between = range(article.i + 1, tok.i)
    return article.lower_ == "the" and article.i < tok.i and all(i in affiliation for i in between)


#: Words of a group's kind that a definite "the … group" may carry and still point back at the
#: named group ("the paramilitary group", "the rebel movement").
GROUP_KINDS = word_group("eventwire.nlp.actors", "group_kinds")


def _affiliating(word: Token) -> bool:
    """An affiliation ("al-Qaida-linked") or a word of the group's kind ("paramilitary")."""
    if word.dep_ in ("amod", "compound") and word.lower_ in GROUP_KINDS:
        return True
    return word.dep_ == "amod" and word.lemma_.lower() in AFFILIATING


#: Object pronouns that, beside a subject pronoun, show a sentence retelling the one before
#: with the same roles ("Soldiers stopped the farmers. They beat them").
OBJECT_PRONOUNS = frozenset({"them", "him", "her"})


def _parallel_roles(pronoun: Token) -> bool:
    """Whether a pronoun's verb has both a subject and an object pronoun: then each takes up
    the actor in its own role before ("Chancellor Scholz called President Biden. He urged him
    to …"). Otherwise the nearest actor is likelier ("Police confronted the students. They
    threw stones": the students)."""
    if pronoun.dep_ != "nsubj" or pronoun.lower_ not in ("they", "he", "she"):
        return False  # "India accused Pakistan. It denied them": "them" are the claims
    after = (t for t in pronoun.head.subtree if t.i > pronoun.i)  # "killed 12 of them"
    return any(t.lower_ in OBJECT_PRONOUNS and t.pos_ == "PRON" for t in after)


def _role(tok: Token) -> str:
    return "subject" if tok.dep_ in ("nsubj", "nsubjpass") else "other"


def _previous_sentence_start(tok: Token) -> int:
    sent = tok.sent
    return sent.start if sent.start == 0 else tok.doc[sent.start - 1].sent.start
