"""Lower-cased articles: when the scan reads lower-case words, and what it takes from them."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy

from eventwire.nlp.places.lower import is_lowered
from eventwire.nlp.places.scan import View
from eventwire.records import ArticleResult

RunText = Callable[..., ArticleResult]

NLP = spacy.blank("en")
NLP.add_pipe("sentencizer")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("two men were held on friday. the court set bail. they left.", True),
        ("Two men were held on Friday. The court set bail in Ranchi.", False),
        ("two men were held. The court set bail. they left. we saw.", True),  # 3 of 4 starts
        (
            "two men met Ravi Kumar and Sunita Devi in Ranchi. they left.",
            False,
        ),  # names capitalised
        ("", False),
    ],
)
def test_lower_is_lowered(text: str, expected: bool) -> None:
    assert is_lowered(View(NLP(text))) is expected


def _places(run_text: RunText, text: str) -> dict[str, str | None]:
    return {m.text: p.country for p in run_text(text).places for m in p.mentions}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("three men were arrested in ranchi on sunday. the police seized a car.", "ranchi", "IND"),
        ("the suspects came from bhagalpur district, the officer said.", "bhagalpur", "IND"),
        ("villagers near dhanbad blocked the road. the police arrived late.", "dhanbad", "IND"),
        ("a youth was detained at bokaro, jharkhand. he was questioned.", "bokaro", "IND"),
        ("a youth was detained at bokaro, jharkhand. he was questioned.", "jharkhand", "IND"),
    ],
)
def test_lower_takes_names_with_evidence(
    run_text: RunText, text: str, name: str, country: str
) -> None:
    assert _places(run_text, text).get(name) == country


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("the mobile phones of the accused were seized. he said so.", "mobile"),
        ("the reading of the charges was put off. the men were freed.", "reading"),
        ("the case was split in two. the judge said it was a surprise.", "split"),
        ("crowds gathered in hope of news. officers stood by.", "hope"),
    ],
)
def test_lower_leaves_common_words(run_text: RunText, text: str, word: str) -> None:
    assert word not in _places(run_text, text)


def test_lower_one_sense_per_article(run_text: RunText) -> None:
    text = "two shops were looted in hazaribagh. hazaribagh police have filed a case."
    mentions = [m.text for p in run_text(text).places for m in p.mentions]
    assert mentions.count("hazaribagh") == 2


def test_lower_capitalised_text_unchanged(run_text: RunText) -> None:
    # in ordinary text the lower-case scan stays off: "from bokaro" is no place in lower case
    text = "Officers said the car came from bokaro. The Police Chief spoke in Ranchi."
    assert "bokaro" not in _places(run_text, text)


def _named(run_text: RunText, text: str) -> dict[str, tuple[str | None, str | None]]:
    return {m.text: (p.country, p.admin1) for p in run_text(text).places for m in p.mentions}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a dateline names the town the story is filed from, however small
        ("dumka: two men were held on monday. the police said so.", "dumka", "IND"),
        # ... even where the tagger reads the name as a verb
        ("patna: a man was shot dead on monday. the police said so.", "patna", "IND"),
        ("new delhi, april 4: the minister left. he said so later.", "new delhi", "IND"),
        # a country or a first-level subdivision needs no cue
        ("aid arrived from kenya on monday. the trucks were late.", "kenya", "KEN"),
        ("the plan for kentucky schools was delayed. officials said so.", "kentucky", "USA"),
        ("the philippines sent doctors. they arrived on monday.", "philippines", "PHL"),
        # a short country name the tagger reads as a name; "us" only after "the"
        ("exports to the uk fell. traders said so on monday.", "uk", "GBR"),
        ("the us sent aid. officials said so on monday.", "us", "USA"),
        # a local body named after its town, or its people
        ("the tempe police said the car was stolen. they found it.", "tempe", "USA"),
        ("flagstaff residents were told to boil water. the pipes burst.", "flagstaff", "USA"),
        # a qualifier outweighs a plural's look
        ("samples were tested at a lab in ames, iowa. results came monday.", "ames", "USA"),
        # a famous city's other name before a local body; a small state with no cue
        ("the bangalore police held two men. they were freed on monday.", "bangalore", "IND"),
        ("floods hit sikkim on monday. roads were closed.", "sikkim", "IND"),
        # a state's abbreviation after "in" when the article names its country
        ("a man was held in ky on monday. officials in the us said so.", "ky", "USA"),
    ],
)
def test_lower_takes_names_on_wider_evidence(
    run_text: RunText, text: str, name: str, country: str
) -> None:
    assert _places(run_text, text).get(name) == country


def test_lower_abbreviated_state_qualifies_the_town(run_text: RunText) -> None:
    # "x, ky." is Kentucky's x, and the abbreviation is Kentucky
    named = _named(run_text, "paris, ky. (ap) -- a barn burned. no one was hurt.")
    assert named.get("paris") == ("USA", "Kentucky")
    assert named.get("ky") == ("USA", "Kentucky")


def test_lower_small_town_in_a_named_subdivision(run_text: RunText) -> None:
    # "in x": a small town, taken because the article names its state
    text = (
        "storms hit queensland on monday. power lines fell in cardwell overnight. crews were sent."
    )
    assert _named(run_text, text).get("cardwell") == ("AUS", "Queensland")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("he told us the plan was late. they left on monday.", "us"),  # a pronoun
        ("president vladimir putin spoke on monday. he left.", "vladimir"),  # a given name
        ("she bought a car on monday. it was red.", "car"),  # a common noun, not the CAR
        ("they cooked a turkey on sunday. it was late.", "turkey"),  # the bird
        ("the family ran a turkey farm. it closed on monday.", "turkey"),  # a compound
        ("the bill was passed in the lok sabha. members left.", "sabha"),  # a small unit
        ("a case was filed at the kotwali police station. he left.", "kotwali"),
        ("a man was shot dead in sector 62. police came.", "sector"),
        ("anita (35) was found dead on monday. police came.", "anita"),  # name, age
        # a state's abbreviation after "in" only where the article's places are in its country
        ("new delhi, march 3: smog in ncr rose. officials in delhi said so.", "ncr"),
        ("lucknow: a case was filed in sc/st act. police said so on monday.", "sc"),
    ],
)
def test_lower_leaves_words_on_wider_evidence(run_text: RunText, text: str, word: str) -> None:
    assert word not in _places(run_text, text)


def test_lower_demonyms_link_to_their_country(run_text: RunText) -> None:
    text = "russian troops crossed the river. officials said so. the polish of the car."
    by_country = {
        p.country: [m.text for m in p.demonym_mentions]
        for p in run_text(text).places
        if p.demonym_mentions
    }
    assert by_country.get("RUS") == ["russian"]
    assert "POL" not in by_country  # "polish" is a verb too


def test_lower_demonym_of_two_words_stays_whole(run_text: RunText) -> None:
    # "north" alone opens no demonym, but "north korean" is one
    text = "north korean troops crossed the river. officials said so on monday."
    countries = {p.country for p in run_text(text).places if p.demonym_mentions}
    assert countries == {"PRK"}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a noun for the town's people after an article, a number or a sentence's start
        ("a huntsville man was held on friday. he was freed.", "huntsville", "USA"),
        ("two gainesville teens were held. they were freed.", "gainesville", "USA"),
        ("huntsville man held after standoff. he was freed.", "huntsville", "USA"),
        # more place prepositions
        ("a plant outside chattanooga closed on monday. it was late.", "chattanooga", "USA"),
        # a US politician's party letter and home state or town
        ("rep. jo doe, d-n.y., voted no. the bill passed.", "n.y.", "USA"),
        ("sen. al roe (r-ocilla) voted no. the bill passed.", "ocilla", "USA"),
        # a list before a plural unit noun
        ("fires burned in eastland and callahan counties. crews came.", "callahan", "USA"),
        # an abbreviated saint, mount or fort, which the NER cuts off
        ("officers met in st. louis, missouri, on monday. they left.", "st. louis", "USA"),
        ("the meeting was held in ft. worth on monday. it went well.", "ft. worth", "USA"),
        ("the meeting was in st. louis, missouri. it went well.", "st. louis", "USA"),
        # a name that ends in its unit word
        (
            "a spill in texas was small. officials called hall county health on monday.",
            "hall county",
            "USA",
        ),
    ],
)
def test_lower_takes_towns_by_their_people_party_tags_and_lists(
    run_text: RunText, text: str, name: str, country: str
) -> None:
    assert _places(run_text, text).get(name) == country


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("he was a union man all his life. he left on monday.", "union"),  # no town's people
        ("young man held after a fight. he was freed.", "young"),  # an adjective
        ("the team, d-league winners, left. fans cheered.", "league"),  # no politician's tag
        ("the two counties agreed on monday. rural counties lost.", "rural"),  # no unit's name
        # a surname's family; a person rallied around or owning an office
        ("the hampton family thanked firefighters. they left.", "hampton"),
        ("the team rallied around irving after his injury. he left.", "irving"),
        ("reporters waited outside hayward's office. he left.", "hayward"),
        # a party tag needs a politician's title: a store, a singer
        ("shoppers crowded big bazaar, d-mart and other stores. they left.", "mart"),
        # a saint's church or hospital
        ("he was treated at st. john's hospital. he left.", "st. john"),
        ("the body was found near st. thomas church. police came.", "st. thomas"),
        # one name before a plural unit noun, or a list no state shares
        ("the valley counties were hit by smoke. crews came.", "valley"),
        ("the police district was closed on monday. a rural county lost.", "police district"),
        # a unit word after a common word, a description, or a unit of another country
        ("protesters marched through the financial district. police came.", "financial district"),
        ("the green county of kerry draws tourists to ireland. they stay.", "green county"),
        ("residents of the hill county in uttarakhand fled on monday.", "hill county"),
    ],
)
def test_lower_leaves_words_before_people_nouns_and_tags(
    run_text: RunText, text: str, word: str
) -> None:
    assert word not in _places(run_text, text)


def test_lower_unit_list_needs_neighbours(run_text: RunText) -> None:
    # Gulf County and Atlantic County lie in different states: no list of one state's units
    text = "the gulf and atlantic counties braced for the storm. crews came."
    names = {p.name for p in run_text(text).places}
    assert not names & {"Gulf County", "Atlantic County"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("two men were arrested in elyria on sunday. the police seized a car.", "elyria"),
        ("a grain truck overturned near elyria on monday. the driver was unhurt.", "elyria"),
    ],
)
def test_lower_takes_a_smaller_town_right_after_in(run_text: RunText, text: str, name: str) -> None:
    # "in x" and "near x" put something in x: a town of IN_MIN_POP will do
    assert _places(run_text, text).get(name) == "USA"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a word WordNet knows as a noun still needs a town most readers would know
        ("the two unions said they would act in union from now on. they left.", "union"),
        # other prepositions keep the higher bar ("from", "at")
        ("the letter came from elyria last week. the men read it aloud.", "elyria"),
    ],
)
def test_lower_smaller_town_needs_in_and_a_name(run_text: RunText, text: str, word: str) -> None:
    assert word not in _places(run_text, text)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [  # the model reads "cedar" as a date; the name runs past it
        (
            "a man was arrested in cedar rapids on tuesday. police said he fled.",
            "cedar rapids",
            "USA",
        ),
        ("the men fled in may and came back at christmas. police said so.", "may", None),
        ("the men fled in may and came back at christmas. police said so.", "christmas", None),
    ],
)
def test_lower_name_past_a_misread_date(
    run_text: RunText, text: str, name: str, expected: str | None
) -> None:
    assert _places(run_text, text).get(name) == expected
