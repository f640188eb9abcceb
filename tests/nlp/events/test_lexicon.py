"""The event lexicon: parsing, patterns, user files before built-ins, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from eventwire.errors import LexiconError
from eventwire.nlp.events.lexicon import NO_EVENT, builtin_entries, load_lexicon, parse_lexicon
from eventwire.nlp.pipeline import load_base


@pytest.fixture(scope="module")
def model() -> Language:
    return load_base()


def test_lexicon_builtin_covers_all_types() -> None:
    from eventwire.ontology import PLOVER_TYPES

    assert {e.type for e in builtin_entries()} - {NO_EVENT} == set(PLOVER_TYPES)


@pytest.mark.parametrize(
    ("text", "word", "type_"),
    [
        ("The minister called for calm.", "called", "REQUEST"),
        # calling off or leaving talks halts negotiations (CAMEO 164), no retreat
        ("The two sides called off the talks.", "called", "SANCTION"),
        ("The rebels pulled out of the peace talks.", "pulled", "SANCTION"),
        ("The rebels withdrew from the dialogue.", "withdrew", "SANCTION"),
        # a NONE row: so used, the word is no event
        ("The president is seeking a third term.", "seeking", None),
        ("Kenya sought the extradition of the suspects.", "sought", "REQUEST"),
        # money given is aid; a speech given is not
        ("The EU gave Moldova 60 million euros on Monday.", "gave", "AID"),
        ("The World Bank provided $5 million to Haiti.", "provided", "AID"),
        # an envoy ordered out is a break in relations
        ("The junta ordered the French ambassador to leave.", "ordered", "SANCTION"),
        ("The president ordered the army to withdraw.", "ordered", "REQUEST"),
        ("The court ordered the diplomat to pay damages.", "ordered", "REQUEST"),
        ("The minister gave a speech in Paris.", "gave", None),
        ("The government offered aid to the villagers.", "offered", "AID"),
        ("The army pulled out of the city.", "pulled", "RETREAT"),
        ("Police arrested ten people.", "arrested", "COERCE"),
        ("Soldiers found a cache of rifles near the border.", "found", "COERCE"),
        ("Two hand grenades were discovered in a field.", "discovered", "COERCE"),
        ("Engineers cleared the landmines from the road.", "cleared", "COERCE"),
        ("The company found a new buyer.", "found", None),
        ("The army built a new base near the river.", "built", "MOBILIZE"),
        ("Dozens of soldiers defected to the rebels.", "defected", "RETREAT"),
        # who gathers makes a gathering a protest, counted or not
        ("Protesters gathered outside the town hall.", "gathered", "PROTEST"),
        ("Thousands of demonstrators converged on the capital.", "converged", "PROTEST"),
        ("Fans gathered outside the stadium.", "gathered", None),
        ("Thousands of fans gathered outside the stadium.", "gathered", None),
        # a gunshot or stab wound tells someone shot or stabbed; a wound alone tells nothing
        ("The driver died of a gunshot wound to the chest.", "wound", "ASSAULT"),
        ("She was treated for stab wounds at the clinic.", "wounds", "ASSAULT"),
        ("The old wound healed slowly.", "wound", None),
        ("The guard died of a self-inflicted gunshot wound.", "wound", None),
        # shutting something down restricts; shutting down (a government, a factory) does not
        ("Authorities shut down the internet in the region.", "shut", "COERCE"),
        ("The government shut down at midnight.", "shut", None),
        # what a strike does tells which strike it is
        ("The strike killed four soldiers.", "strike", "ASSAULT"),
        ("The strike paralysed the ports.", "strike", "PROTEST"),
        # one new drone, drone models, delivery drones or missile boats are products (a salvo
        # by an armed body is tested in test_component)
        ("The firm launched a new drone for farmers.", "launched", None),
        ("The firm launched three new drone models.", "launched", None),
        ("The startup launched two new drones for spraying crops.", "launched", None),
        ("The agency launched two rockets carrying satellites.", "launched", None),
        ("The airline fired three drone pilots.", "fired", None),
        ("The retailer launched three delivery drones.", "launched", None),
        # a count of the weapons downed is read through to the weapons
        ("Air defences shot down 24 of 30 drones overnight.", "shot", "COERCE"),
        ("The navy launched two missile boats at a shipyard.", "launched", None),
        ("The navy fired two drones at the ship.", "fired", "ASSAULT"),
    ],
)
def test_lexicon_patterns_decide_the_entry(
    model: Language, text: str, word: str, type_: str | None
) -> None:
    lex = load_lexicon()
    tok = next(t for t in model(text) if t.text == word)
    entry = lex.lookup(tok)
    assert (entry.type if entry else None) == type_


def test_lexicon_user_file_overrides_builtin(model: Language, tmp_path: Path) -> None:
    path = tmp_path / "mine.tsv"
    path.write_text("# mine\narrest\tV\t-\t111\tACCUSE\t-\t0.9\n", encoding="utf-8")
    tok = next(t for t in model("Police arrested ten people.") if t.text == "arrested")
    entry = load_lexicon([path]).lookup(tok)
    assert entry is not None and entry.type == "ACCUSE"


@pytest.mark.parametrize(
    "row",
    [
        "attack\tV\t-\t190\t-\t-",
        "attack\tX\t-\t190\t-\t-\t0.5",
        "attack\tV\tfoo:bar:baz:q\t190\t-\t-\t0.5",
        "attack\tV\t-\t999\t-\t-\t0.5",
        "attack\tV\t-\t190\tBOGUS\t-\t0.5",  # no PLOVER type
        "attack\tV\t-\t190\t-\t-\tabc",  # weights are numbers from 0 to 1
        "attack\tV\t-\t190\t-\t-\tnan",
        "attack\tV\t-\t190\t-\t-\t7",
        "seize\tV\tdobj:@CIVILIANS\t181\t-\t-\t0.5",  # a sector is a PLOVER code
        "launch\tV\tpobj:into:@PLAC\t190\t-\t-\t0.5",  # a misspelt place tag
        "launch\tV\tpassive:x\t190\t-\t-\t0.5",  # passive takes no words
        "seek\tV\tdobj:office\t100\tNONE\t-\t0",  # a NONE row has no CAMEO code
        "order\tV\txcomp:@GOV\t161\t-\t-\t0.5",  # xcomp names verbs, not sectors
        "remove\tV\tbare:office\t160\t-\t-\t0.5",  # bare names its preposition
        "cancel\tV\tcause:@NATUR\t164\t-\t-\t0.5",  # a misspelt cause tag
        "cancel\tV\tdobj:@NATURE\t164\t-\t-\t0.5",  # @NATURE is a cause, no object
    ],
)
def test_lexicon_bad_rows_raise_with_line(row: str) -> None:
    with pytest.raises(LexiconError, match="mine.tsv:2"):
        parse_lexicon("# header\n" + row + "\n", "mine.tsv")


def test_lexicon_a_misspelt_tag_lists_the_tags_it_may_be() -> None:
    with pytest.raises(LexiconError, match="@NATURE"):
        parse_lexicon("cancel\tV\tcause:@NATUR\t164\t-\t-\t0.5\n", "mine.tsv")


def test_lexicon_a_user_none_row_silences_a_word_so_used(model: Language, tmp_path: Path) -> None:
    path = tmp_path / "mine.tsv"
    path.write_text("hold\tV\tdobj:talk\t-\tNONE\t-\t0\n", encoding="utf-8")
    lexicon = load_lexicon([path])
    held = next(t for t in model("The two sides held talks in Doha.") if t.text == "held")
    assert lexicon.lookup(held) is None and lexicon.refuses(held)
    other = next(t for t in model("Police held ten people.") if t.text == "held")
    assert not lexicon.refuses(other)


def test_lexicon_missing_user_file_raises(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="cannot read"):
        load_lexicon([tmp_path / "absent.tsv"])


def test_lexicon_user_file_not_utf8_raises(tmp_path: Path) -> None:
    path = tmp_path / "latin1.tsv"
    path.write_bytes("attaqu\xe9\tV\t-\t190\t-\t-\t0.5\n".encode("latin-1"))
    with pytest.raises(LexiconError, match="not UTF-8"):
        load_lexicon([path])
