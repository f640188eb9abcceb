"""Sports teams named with a title in the plural, for ``eventwire_actors``.

"The Kansas City Chiefs", "the Sacramento Kings": a town's name before a title in the plural
names a team, whose players hold no office; and the team's last word alone later ("Chiefs coach
Andy Reid") is the team, not its chiefs. Only in a story about sport (a word of sport or another
team's name, from the places stage's lists): "Two Texas Senators", "Khartoum Generals" and "the
Kings of the region" are officials.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from eventwire.nlp.actors.coref import ActorNoun, Mention
from eventwire.nlp.actors.titles import title_of
from eventwire.nlp.places import is_place_name, load_sport_words, load_team_names
from eventwire.ontology import country_code


def plural_title(word: Token) -> bool:
    """A title in the plural ("Chiefs", "Kings", "Senators")."""
    found = title_of([word])
    plural = word.tag_ in ("NNS", "NNPS") or (word.pos_ == "PROPN" and word.lower_.endswith("s"))
    return found is not None and found[1].title and plural


def sport_story(doc: Doc) -> bool:
    """Whether a story is about sport: it has a word of sport ("coach", "season", "game") or
    the name of a team that is no title ("Broncos", "Bills")."""
    words = load_sport_words()
    teams = load_team_names()
    return any(t.lower_ in words or ((t.text,) in teams and title_of([t]) is None) for t in doc)


def _of_follows(word: Token) -> bool:
    """ "the Kings of the region": a title with its domain after it names officials."""
    return word.i + 1 < len(word.doc) and word.nbor(1).lower_ == "of"


def team_name(name: SpacySpan) -> bool:
    """A name of a town or region followed by a title in the plural: a sports team ("the Kansas
    City Chiefs", "the Sacramento Kings"), whose players hold no office; not a country's
    ("U.S. Marshals") nor a body's ("Joint Chiefs")."""
    words = [t for t in name if t.dep_ != "det" and t.lower_ != "the"]
    if len(words) < 2 or not words[-1].text[:1].isupper() or not plural_title(words[-1]):
        return False
    town = " ".join(t.text for t in words[:-1])
    if not is_place_name(town) or country_code(town) is not None or _of_follows(words[-1]):
        return False
    return sport_story(name.doc)


def team_word(noun: Token, actor: ActorNoun, cased: bool) -> bool:
    """A capitalised title in the plural in the middle of a sentence, after a town's name ("beat
    the Sacramento Kings") or alone after "the" ("The Chiefs beat …"): a team's name the NER
    missed, in a text that capitalises names only."""
    if not actor.title or noun.is_sent_start or not noun.text[:1].isupper():
        return False
    if not plural_title(noun) or not cased or _of_follows(noun):
        return False
    if not sport_story(noun.doc):
        return False
    lefts = list(noun.lefts)
    if [c.lower_ for c in lefts] == ["the"] and noun.i > 0 and noun.nbor(-1).lower_ == "the":
        return True
    towns = [c for c in lefts if c.dep_ == "compound"]
    return bool(towns) and team_name(noun.doc[towns[0].left_edge.i : noun.i + 1])


def short_team_names(doc: Doc, named: list[Mention]) -> list[Mention]:
    """ "Chiefs coach Andy Reid" after "the Kansas City Chiefs": the team's last word alone,
    capitalised, is the team (a mention under its full name), not its chiefs."""
    teams = {
        doc[m.end - 1].text: m
        for m in named
        if m.label == "ORG" and team_name(doc[m.start : m.end])
    }
    taken = {i for m in named for i in range(m.start, m.end)}
    return [
        Mention(t.i, t.i + 1, "ORG", team.text, country=team.country)
        for t in doc
        if t.i not in taken and (team := teams.get(t.text)) is not None
    ]
