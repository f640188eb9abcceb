"""eventwire_places: toponym recognition and resolution, on hand-made Docs and on the real model."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc
from tests.nlp.places.conftest import make_doc

from eventwire.nlp.places import resolve as geo_resolve
from eventwire.nlp.places.component import PlacesComponent, precision_of
from eventwire.nlp.places.event_places import dominant_place
from eventwire.nlp.places.gazetteer import GazEntry, MemoryGazetteer
from eventwire.nlp.places.resolve import Evidence, resolve
from eventwire.nlp.places.tables import publisher_country
from eventwire.records import Article, Place

_GID = iter(range(1000, 10_000))


def _e(
    name: str,
    kind: str,
    iso3: str,
    lat: float,
    lon: float,
    pop: int,
    admin1: str | None = None,
    code: str | None = None,
) -> GazEntry:
    codes = {
        "country": "PCLI",
        "admin1": "ADM1",
        "admin2": "ADM2",
        "city": "PPL",
        "continent": "CONT",
        "water": "OCN",
    }
    return GazEntry(next(_GID), name, lat, lon, iso3, admin1, code or codes[kind], pop, kind)  # type: ignore[arg-type]


IRAQ = _e("Iraq", "country", "IRQ", 33.0, 43.7, 38_000_000)
BAGHDAD = _e("Baghdad", "city", "IRQ", 33.34, 44.40, 7_216_000, code="PPLC")
BAGHDAD_IR = _e("Baghdadeh", "city", "IRN", 33.77, 58.32, 1_800)
FRANCE = _e("France", "country", "FRA", 46.6, 2.4, 67_000_000)
PARIS = _e("Paris", "city", "FRA", 48.85, 2.35, 2_138_000, "Île-de-France", "PPLC")
TEXAS = _e("Texas", "admin1", "USA", 31.2, -99.3, 22_000_000, "Texas")
PARIS_TX = _e("Paris", "city", "USA", 33.66, -95.56, 24_800, "Texas")
LEBANON = _e("Lebanon", "country", "LBN", 33.9, 35.9, 6_800_000)
LEBANON_PA = _e("Lebanon", "city", "USA", 40.34, -76.41, 26_000, "Pennsylvania")
PENNSYLVANIA = _e("Pennsylvania", "admin1", "USA", 40.9, -77.8, 9_000_000, "Pennsylvania")
GEORGIA = _e("Georgia", "country", "GEO", 42.3, 43.3, 3_700_000)
GEORGIA_US = _e("Georgia", "admin1", "USA", 32.5, -83.3, 4_800_000, "Georgia")
ATLANTA = _e("Atlanta", "city", "USA", 33.75, -84.39, 463_000, "Georgia")
NIGERIA = _e("Nigeria", "country", "NGA", 9.1, 8.7, 195_000_000)
CHAD = _e("Chad", "country", "TCD", 15.4, 18.7, 15_000_000)
WASHINGTON_ST = _e("Washington", "admin1", "USA", 47.4, -121.1, 6_500_000, "Washington")
WASHINGTON_DC = _e(
    "Washington", "city", "USA", 38.9, -77.04, 690_000, "District of Columbia", "PPLC"
)

GAZ = MemoryGazetteer(
    [
        IRAQ,
        BAGHDAD,
        FRANCE,
        PARIS,
        TEXAS,
        PARIS_TX,
        LEBANON,
        LEBANON_PA,
        PENNSYLVANIA,
        GEORGIA,
        GEORGIA_US,
        ATLANTA,
        NIGERIA,
        CHAD,
        WASHINGTON_ST,
        WASHINGTON_DC,
    ],
    aliases=[("Baghdad", BAGHDAD_IR)],  # a far village that only shares an alternate name
)


@pytest.fixture(scope="module")
def component() -> PlacesComponent:
    return PlacesComponent(gazetteer=GAZ)


def places_of(component: PlacesComponent, doc: Doc) -> list[Place]:
    return list(component(doc)._.ew_places)


def by_name(places: list[Place], name: str) -> Place:
    [place] = [p for p in places if p.name == name]
    return place


@pytest.mark.parametrize(
    ("text", "ents", "country", "precision"),
    [
        ("Fighting resumed in Lebanon on Monday.", [("Lebanon", "GPE")], "LBN", "country"),
        (
            "The plant in Lebanon, Pennsylvania closed.",
            [("Lebanon", "GPE"), ("Pennsylvania", "GPE")],
            "USA",
            "city",
        ),
    ],
)
def test_places_country_beats_a_same_named_town_unless_qualified(
    blank: Language,
    component: PlacesComponent,
    text: str,
    ents: list[tuple[str, str]],
    country: str,
    precision: str,
) -> None:
    place = by_name(places_of(component, make_doc(blank, text, ents)), "Lebanon")
    assert (place.country, place.precision) == (country, precision)


@pytest.mark.parametrize(
    ("text", "ents", "country"),
    [
        ("Protesters marched in Paris on Sunday.", [("Paris", "GPE")], "FRA"),
        (
            "Storms hit Texas overnight. In Paris, the roof of a school collapsed.",
            [("Texas", "GPE"), ("Paris", "GPE")],
            "USA",
        ),
        (
            "Storms hit Texas and France. In Paris, police closed the roads.",
            [("Texas", "GPE"), ("France", "GPE"), ("Paris", "GPE")],
            "FRA",
        ),
    ],
)
def test_places_context_chooses_among_same_named_places(
    blank: Language,
    component: PlacesComponent,
    text: str,
    ents: list[tuple[str, str]],
    country: str,
) -> None:
    assert by_name(places_of(component, make_doc(blank, text, ents)), "Paris").country == country


@pytest.mark.parametrize(
    ("text", "ents", "country"),
    [
        (
            "Georgian officials said Georgia will hold talks.",
            [("Georgian", "NORP"), ("Georgia", "GPE")],
            "GEO",
        ),
        (
            "Police in Atlanta, Georgia made arrests.",
            [("Atlanta", "GPE"), ("Georgia", "GPE")],
            "USA",
        ),
    ],
)
def test_places_demonyms_and_cities_are_context(
    blank: Language,
    component: PlacesComponent,
    text: str,
    ents: list[tuple[str, str]],
    country: str,
) -> None:
    assert by_name(places_of(component, make_doc(blank, text, ents)), "Georgia").country == country


def test_places_demonym_is_not_a_place(blank: Language, component: PlacesComponent) -> None:
    text = "Iraqi officials met in Baghdad."
    doc = component(make_doc(blank, text, [("Iraqi", "NORP"), ("Baghdad", "GPE")]))
    assert [p.name for p in doc._.ew_places] == ["Baghdad"]
    assert 0 not in doc._.ew_place_of  # the token "Iraqi"


def test_places_alternate_name_of_a_village_loses(
    blank: Language, component: PlacesComponent
) -> None:
    doc = make_doc(blank, "A bomb exploded in Baghdad.", [("Baghdad", "GPE")])
    place = by_name(places_of(component, doc), "Baghdad")
    assert (place.country, place.feature_code, place.precision) == ("IRQ", "PPLC", "city")


@pytest.mark.parametrize(
    ("text", "ents"),
    [
        (
            "Shots were fired at Al-Noor Square in Baghdad on Friday.",
            [("Al-Noor Square", "FAC"), ("Baghdad", "GPE")],
        ),
        (
            "Crowds gathered in Baghdad's crowded Al-Noor Square.",
            [("Baghdad", "GPE"), ("Al-Noor Square", "FAC")],
        ),
        (
            "Crowds gathered at Al-Noor Square, downtown the Iraqi capital Baghdad.",
            [("Al-Noor Square", "LOC"), ("Iraqi", "NORP"), ("Baghdad", "GPE")],
        ),
    ],
)
def test_places_landmark_next_to_a_city_is_sublocal(
    blank: Language, component: PlacesComponent, text: str, ents: list[tuple[str, str]]
) -> None:
    places = places_of(component, make_doc(blank, text, ents))
    square = by_name(places, "Al-Noor Square")
    assert square.precision == "sublocal"
    assert (square.lat, square.lon, square.country) == (BAGHDAD.lat, BAGHDAD.lon, "IRQ")
    assert square.id != by_name(places, "Baghdad").id


def test_places_landmark_alone_is_not_placed(blank: Language, component: PlacesComponent) -> None:
    doc = make_doc(blank, "Shots were fired at Al-Noor Square.", [("Al-Noor Square", "FAC")])
    assert places_of(component, doc) == []


def test_places_listed_landmark_resolves_to_its_city(
    blank: Language, component: PlacesComponent
) -> None:
    doc = make_doc(blank, "A drone hit a house inside the Green Zone.", [("the Green Zone", "LOC")])
    [zone] = places_of(component, doc)
    assert (zone.name, zone.precision, zone.country) == ("Green Zone", "sublocal", "IRQ")


@pytest.mark.parametrize(
    ("text", "placed"),
    [
        ("Hundreds rallied outside the Kremlin on Sunday.", True),
        ("Envoys flew to the Kremlin for talks.", True),
        ("The Kremlin said the talks had failed.", False),
        ("A Kremlin spokesman declined to comment.", False),
        ("The offer was rejected by the Kremlin.", False),
    ],
)
def test_places_a_seat_of_power_is_a_place_only_where_something_is_located(
    blank: Language, text: str, placed: bool
) -> None:
    moscow = _e("Moscow", "city", "RUS", 55.75, 37.62, 10_000_000, code="PPLC")
    component = PlacesComponent(gazetteer=MemoryGazetteer([moscow]))
    places = places_of(component, make_doc(blank, text, [("Kremlin", "FAC")]))
    assert [p.name for p in places] == (["Kremlin"] if placed else [])


NEW_YORK = _e("New York City", "city", "USA", 40.71, -74.01, 8_300_000, "New York")
HARLEM_GA = _e("Harlem", "city", "USA", 33.41, -82.31, 3_000, "Georgia")
GROVETON_GA = _e("Grovedale", "city", "USA", 33.45, -82.20, 15_000, "Georgia")
GEORGIA_STATE = _e("Georgia", "admin1", "USA", 32.5, -83.3, 10_000_000, "Georgia")


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        (  # the article's state and neighbour town: the namesake town of local news
            "A Harlem woman was arrested in Grovedale, Georgia, after a chase.",
            [("Harlem", "LOC"), ("Grovedale", "GPE"), ("Georgia", "GPE")],
            ("Georgia", "city"),
        ),
        (  # nothing says where: the landmark, at its city
            "Jazz clubs in Harlem stayed open late on Saturday.",
            [("Harlem", "LOC")],
            ("New York", "sublocal"),
        ),
    ],
)
def test_places_a_landmark_named_like_a_town_weighed_against_it(
    blank: Language, text: str, ents: list[tuple[str, str]], expected: tuple[str, str]
) -> None:
    gaz = MemoryGazetteer([NEW_YORK, HARLEM_GA, GROVETON_GA, GEORGIA_STATE])
    places = places_of(PlacesComponent(gazetteer=gaz), make_doc(blank, text, ents))
    harlem = by_name(places, "Harlem")
    assert (harlem.admin1, harlem.precision) == expected


def test_places_every_mention_grouped_with_exact_spans(
    blank: Language, component: PlacesComponent
) -> None:
    text = (
        "Baghdad's governor said Iraq would rebuild. Iraq has asked for help, "
        "and the Green Zone in Baghdad was closed. Later the Green Zone reopened."
    )
    ents = [
        ("Baghdad", "GPE"),
        ("Iraq", "GPE"),
        ("Iraq", "GPE"),
        ("the Green Zone", "FAC"),
        ("Baghdad", "GPE"),
        ("the Green Zone", "FAC"),
    ]
    doc = component(make_doc(blank, text, ents))
    places = doc._.ew_places
    assert [p.id for p in places] == ["p1", "p2", "p3"]  # in order of first mention
    assert [p.name for p in places] == ["Baghdad", "Iraq", "Green Zone"]
    assert [len(p.mentions) for p in places] == [2, 2, 2]
    for place in places:
        for m in place.mentions:
            assert m.text == text[m.start : m.end]
            assert m.text in ("Baghdad", "Iraq", "Green Zone")  # no "the", no "'s"
    tokens = {i: pid for i, pid in doc._.ew_place_of.items()}
    assert tokens[0] == "p1" and doc[0].text == "Baghdad"
    assert {doc[i].text for i, pid in tokens.items() if pid == "p3"} == {"Green", "Zone"}


def test_places_scan_finds_country_names_the_ner_missed(
    blank: Language, component: PlacesComponent
) -> None:
    doc = make_doc(blank, "Aid reached Nigeria after the floods.", [])
    [place] = places_of(component, doc)
    assert place.name == "Nigeria" and place.mentions[0].text == "Nigeria"


@pytest.mark.parametrize(
    ("text", "ents"),
    [
        (
            "Paris Hilton arrived late. Paris smiled.",
            [("Paris Hilton", "PERSON"), ("Paris", "PERSON")],
        ),
        ("Chad Smith said the vote was fair.", []),  # a given name, not the country
        ("Officials said the talks would go on.", []),
    ],
)
def test_places_scan_leaves_people_and_words_alone(
    blank: Language, component: PlacesComponent, text: str, ents: list[tuple[str, str]]
) -> None:
    assert places_of(component, make_doc(blank, text, ents)) == []


def test_places_dateline_names_a_city(blank: Language, component: PlacesComponent) -> None:
    text = "WASHINGTON (AP) — Lawmakers met on Tuesday."
    doc = make_doc(blank, text, [("WASHINGTON", "GPE")])
    [place] = places_of(component, doc)
    assert (place.precision, place.admin1) == ("city", "District of Columbia")


def test_places_component_runs_without_entities(
    blank: Language, component: PlacesComponent
) -> None:
    doc = component(blank("nothing to see here"))
    assert doc._.ew_places == [] and doc._.ew_place_of == {}


def test_places_dominant_place_prefers_most_mentioned_then_finer(
    blank: Language, component: PlacesComponent
) -> None:
    text = "Iraq said Baghdad was calm. Baghdad and Iraq voted."
    doc = component(
        make_doc(
            blank, text, [("Iraq", "GPE"), ("Baghdad", "GPE"), ("Baghdad", "GPE"), ("Iraq", "GPE")]
        )
    )
    assert by_name(doc._.ew_places, "Baghdad").id == dominant_place(doc)
    empty = component(blank("no places"))
    assert dominant_place(empty) is None


@pytest.mark.parametrize(
    ("code", "kind", "precision"),
    [
        ("PCLI", "country", "country"),
        ("ADM1", "admin1", "admin1"),
        ("ADM2", "admin2", "admin2"),
        ("PPLC", "city", "city"),
        ("PPL", "city", "city"),
        ("CONT", "continent", "country"),
        ("RGN", "admin1", "admin1"),
        ("RGN", "continent", "country"),
    ],
)
def test_places_precision_follows_feature_code(code: str, kind: str, precision: str) -> None:
    entry = GazEntry(1, "X", 0.0, 0.0, "XXX", None, code, 0, kind)  # type: ignore[arg-type]
    assert precision_of(entry) == precision


@pytest.mark.parametrize(
    ("cands", "evidence", "expected"),
    [
        ({"paris": [PARIS, PARIS_TX]}, None, {"paris": PARIS}),
        ({"paris": [PARIS, PARIS_TX]}, Evidence(Counter({"USA": 3})), {"paris": PARIS}),
        (
            {"paris": [PARIS, PARIS_TX], "texas": [TEXAS]},
            Evidence(qualifiers={"paris": {"texas"}}),
            {"paris": PARIS_TX, "texas": TEXAS},
        ),
        ({"georgia": [GEORGIA, GEORGIA_US]}, None, {"georgia": GEORGIA}),
        ({"georgia": [GEORGIA, GEORGIA_US]}, Evidence(fixed=[ATLANTA]), {"georgia": GEORGIA_US}),
    ],
)
def test_places_resolve_weighs_prior_against_evidence(
    cands: dict[str, list[GazEntry]], evidence: Evidence | None, expected: dict[str, GazEntry]
) -> None:
    assert resolve(cands, Counter(list(cands)), evidence) == expected


@pytest.mark.parametrize("name", ["GazEntry", "MemoryGazetteer", "fold", "is_place_name"])
def test_places_package_exports_the_gazetteer_api(name: str) -> None:
    from eventwire.nlp import places
    from eventwire.nlp.places import gazetteer, tables

    assert getattr(places, name) is getattr(gazetteer, name, getattr(tables, name, None))


def test_places_factory_is_registered(blank: Language) -> None:
    nlp = spacy.blank("en")
    pipe = nlp.add_pipe("eventwire_places")
    assert isinstance(pipe, PlacesComponent)
    pipe.gazetteer = GAZ
    doc = nlp("Aid reached Nigeria.")
    assert [p.name for p in doc._.ew_places] == ["Nigeria"]


# --------------------------------------------------------------------------- real model + gazetteer


@pytest.fixture(scope="module")
def real() -> Any:
    from eventwire.nlp.pipeline import load_base

    nlp = load_base()
    nlp.add_pipe("eventwire_places")
    return nlp


def test_places_real_baghdad_is_in_iraq(real: Any) -> None:
    doc = real("A drone struck a house in Baghdad early on Sunday, Iraqi officials said.")
    place = by_name(doc._.ew_places, "Baghdad")
    assert place.country == "IRQ" and place.precision == "city"
    assert place.lat is not None and place.lon is not None
    assert abs(place.lat - 33.34) < 0.2 and abs(place.lon - 44.40) < 0.2


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Thousands of people marched through Paris on Saturday to protest the pension reform.",
            "FRA",
        ),
        (
            "A tornado damaged homes in Paris, Texas, and the mayor of Paris asked the Texas "
            "governor for help.",
            "USA",
        ),
    ],
)
def test_places_real_paris_is_french_unless_texan(real: Any, text: str, country: str) -> None:
    doc = real(text)
    [paris] = [p for p in doc._.ew_places if p.name == "Paris"]
    assert paris.country == country
    assert all(m.text == "Paris" for m in paris.mentions)


UTAH = _e("Utah", "admin1", "USA", 39.3, -111.7, 3_200_000, "Utah")
OHIO = _e("Ohio", "admin1", "USA", 40.3, -82.8, 11_700_000, "Ohio")
PACIFIC = _e("Pacific Ocean", "water", "", 0.0, -160.0, 0, code="OCN")
PACIFIC_MO = _e("Pacific", "city", "USA", 38.48, -90.74, 7_000, "Missouri")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of states: Washington is the state, and Georgia the state too
        ("Cases rose in Ohio, Utah, Washington and Georgia.", {"Washington": "admin1"}),
        ("Cases rose in Ohio, Utah, Washington and Georgia.", {"Georgia": "admin1"}),
        # no list: the country wins
        ("Talks opened in Georgia on Monday.", {"Georgia": "country"}),
    ],
)
def test_places_list_members_are_alike(
    blank: Language, text: str, expected: dict[str, str]
) -> None:
    gaz = MemoryGazetteer([UTAH, OHIO, WASHINGTON_ST, WASHINGTON_DC, GEORGIA, GEORGIA_US])
    names = [n for n in ("Ohio", "Utah", "Washington", "Georgia") if n in text]
    doc = make_doc(blank, text, [(n, "GPE") for n in names])
    places = places_of(PlacesComponent(gazetteer=gaz), doc)
    for name, precision in expected.items():
        place = by_name(places, name)
        assert place.precision == precision
        assert place.country == ("GEO" if precision == "country" else "USA")


def test_places_oceans_resolve_coarsely(blank: Language) -> None:
    gaz = MemoryGazetteer([PACIFIC, PACIFIC_MO], aliases=[("Pacific", PACIFIC)])
    doc = make_doc(blank, "Ships crossed the Pacific in May.", [("Pacific", "LOC")])
    [place] = places_of(PlacesComponent(gazetteer=gaz), doc)
    assert (place.name, place.precision, place.lat) == ("Pacific Ocean", "country", 0.0)


SMALLTOWN = _e("Kelberg", "city", "DEU", 50.29, 6.92, 2_000)
TINY_ADM1 = _e("Orvania", "admin1", "ZZZ", 1.0, 1.0, 0, "Orvania")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The outbreak began in the town of Kelberg last week.", True),
        ("Health workers reached a village called Kelberg on foot.", True),
        ("The island of Kelberg reported no cases.", True),
        ("Kelberg said the results were clear.", False),  # no place words: a surname
        ("The head of Kelberg Holdings resigned.", False),  # "head of" is no place noun
    ],
)
def test_places_scan_takes_small_places_named_as_places(
    blank: Language, text: str, found: bool
) -> None:
    component = PlacesComponent(gazetteer=MemoryGazetteer([SMALLTOWN]))
    names = [p.name for p in places_of(component, make_doc(blank, text, []))]
    assert names == (["Kelberg"] if found else [])


@pytest.mark.parametrize(
    ("text", "ents", "found"),
    [
        ("Samples came from Kelberg, Germany, on Monday.", [("Germany", "GPE")], True),
        ("Samples came from Kelberg, France, on Monday.", [("France", "GPE")], False),
    ],
)
def test_places_scan_takes_small_places_qualified_by_their_country(
    blank: Language, text: str, ents: list[tuple[str, str]], found: bool
) -> None:
    germany = _e("Germany", "country", "DEU", 51.0, 10.0, 83_000_000)
    component = PlacesComponent(gazetteer=MemoryGazetteer([SMALLTOWN, germany, FRANCE]))
    names = {p.name for p in places_of(component, make_doc(blank, text, ents))}
    assert ("Kelberg" in names) is found


def test_places_unweighted_subdivision_is_not_scanned(blank: Language) -> None:
    # A subdivision of population 0 (named by a secondary source only) needs an NER label.
    component = PlacesComponent(gazetteer=MemoryGazetteer([TINY_ADM1]))
    assert places_of(component, make_doc(blank, "Orvania reported no cases.", [])) == []
    doc = make_doc(blank, "Orvania reported no cases.", [("Orvania", "GPE")])
    assert [p.precision for p in places_of(component, doc)] == ["admin1"]


@pytest.mark.parametrize(
    ("tokens", "spots", "expected"),
    [
        (["Paris", ",", "Texas"], [(0, 1, "paris"), (2, 3, "texas")], {"paris": {"texas"}}),
        (["Paris", "and", "Texas"], [(0, 1, "paris"), (2, 3, "texas")], {}),
    ],
)
def test_places_qualifiers_read_from_token_texts(
    tokens: list[str], spots: list[geo_resolve.Spot], expected: dict[str, set[str]]
) -> None:
    assert geo_resolve.qualifiers(tokens, spots) == expected


def test_places_a_country_name_is_the_country_even_beside_its_capital(run_text: Any) -> None:
    result = run_text(
        "The outbreak began in Mexico City in April. Officials in Mexico asked people to stay home."
    )
    mexico = [p for p in result.places if any(m.text == "Mexico" for m in p.mentions)]
    assert [p.precision for p in mexico] == ["country"]


def test_places_mislabelled_town_in_a_place_slot_is_a_place(run_text: Any) -> None:
    result = run_text("Horses stabled at Randwick racecourse were tested on Monday.")
    assert any(p.name == "Randwick" and p.country == "AUS" for p in result.places)


def test_places_institution_after_at_is_no_town(run_text: Any) -> None:
    result = run_text("She studied at Harvard before joining the ministry.")
    assert not any(p.name == "Harvard" for p in result.places)


@pytest.mark.parametrize(
    ("text", "abbreviation", "province"),
    [
        ("They bought a brick home in Barrie, Ont., last spring.", "Ont.", "Ontario"),
        ("She sold her house in Gatineau, Que., and moved away.", "Que.", "Quebec"),
    ],
)
def test_places_province_abbreviation_after_a_town_keeps_its_dot(
    run_text: Any, text: str, abbreviation: str, province: str
) -> None:
    result = run_text(text)
    [place] = [p for p in result.places if any(m.text == abbreviation for m in p.mentions)]
    assert (place.name, place.country, place.precision) == (province, "CAN", "admin1")


def test_places_a_short_name_ending_a_sentence_is_no_abbreviation(run_text: Any) -> None:
    result = run_text("The talks were chaired by Ana. Nobody else spoke.")
    assert not result.places


@pytest.mark.parametrize(
    ("url", "country"),
    [
        ("http://www.localpaper.co.uk/article.cfm?id=1", "GBR"),
        ("https://www.cbc.ca/news/canada", "CAN"),
        ("https://www.example.com/news", None),
        ("https://radio.example.fm/news", None),  # a ccTLD sold for generic use
        ("http://[::1", None),  # not a URL
        ("mailto:desk@example.co.uk", None),
        (None, None),
    ],
)
def test_places_publisher_country_from_the_domain(url: str | None, country: str | None) -> None:
    assert publisher_country(url) == country


def test_places_publisher_country_settles_a_local_name(pipeline: Any) -> None:
    text = "Pupils planted bulbs at a primary school in Edmonton on Friday."
    uk = Article(id="uk", text=text, url="http://www.northlondonnews.co.uk/a?id=7")
    ca = Article(id="ca", text=text, url="https://www.edmontonnews.ca/a/7")
    [in_uk] = [p.country for p in pipeline(uk).places if p.name == "Edmonton"]
    [in_ca] = [p.country for p in pipeline(ca).places if p.name == "Edmonton"]
    assert (in_uk, in_ca) == ("GBR", "CAN")


def test_places_a_local_body_names_its_county(run_text: Any) -> None:
    result = run_text(
        "A man was arrested in Kentucky on Tuesday, the Adair County Sheriff's Office said."
    )
    [county] = [p for p in result.places if p.name == "Adair County"]
    assert (county.country, county.admin1, county.precision) == ("USA", "Kentucky", "admin2")


def test_places_a_hamlet_sharing_a_name_does_not_name_a_body(run_text: Any) -> None:
    result = run_text("Doctors at the Thomas Memorial Hospital in Oklahoma treated three men.")
    assert not any(p.name == "Thomas" for p in result.places)


def test_places_a_capitalised_dateline_names_a_town(run_text: Any) -> None:
    result = run_text(
        "KATHERINE (AAP) — Floodwaters rose on Monday.\n\nMILDURA — The river peaked overnight."
    )
    found = {m.text: p.name for p in result.places for m in p.mentions}
    assert (found.get("KATHERINE"), found.get("MILDURA")) == ("Katherine", "Mildura")


def test_places_a_misspelt_country_is_the_country(run_text: Any) -> None:
    result = run_text("Pakistan rejected a fresh offer from Afganistan for direct talks.")
    [place] = [p for p in result.places if any(m.text == "Afganistan" for m in p.mentions)]
    assert (place.name, place.precision) == ("Afghanistan", "country")


def test_places_a_river_resolves_to_its_mouth(run_text: Any) -> None:
    result = run_text("Flood waters on the Mekong River rose near Can Tho on Sunday.")
    [river] = [p for p in result.places if p.name == "Mekong River"]
    assert (river.feature_code, river.precision) == ("STM", "admin1")


def test_places_dominant_place_is_in_the_story_country_not_at_a_venue(run_text: Any) -> None:
    result = run_text(
        "Talks ended in Luanda on Friday and will resume in Luanda next month. Fighting near "
        "Goma and Bukavu continued, and residents of Goma fled across Lake Kivu. Rebels "
        "shelled army positions overnight."
    )
    by_id = {p.id: p for p in result.places}
    inferred = [by_id[e.place] for e in result.events if e.place_inferred and e.place]
    assert inferred and all(p.country == "COD" for p in inferred)


EU_TOWN = _e("Eu", "city", "FRA", 50.05, 1.42, 8_400, "Normandy")
EUROPE = _e("Europe", "continent", "", 48.69, 9.14, 741_000_000)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The EU agreed on new rules.", ["Europe"]),  # the continent's alias, not the town
        ("Tourists visited Eu in Normandy.", ["Eu"]),  # the town by its own spelling
    ],
)
def test_places_acronym_is_not_the_town_spelt_alike(
    blank: Language, text: str, expected: list[str]
) -> None:
    gaz = MemoryGazetteer([EU_TOWN, EUROPE], aliases=[("EU", EUROPE)])
    surface = "EU" if "EU" in text else "Eu"
    doc = make_doc(blank, text, [(surface, "GPE")])
    places = places_of(PlacesComponent(gazetteer=gaz, scan=False), doc)
    assert [p.name for p in places] == expected


def test_places_acronym_alone_takes_no_town(blank: Language) -> None:
    gaz = MemoryGazetteer([EU_TOWN])
    doc = make_doc(blank, "The EU agreed on new rules.", [("EU", "GPE")])
    assert places_of(PlacesComponent(gazetteer=gaz, scan=False), doc) == []


def test_places_real_eu_is_europe() -> None:
    from eventwire.nlp.places import default_gazetteer

    [first, *_] = default_gazetteer().candidates("EU")
    assert (first.name, first.kind) == ("Europe", "continent")


_OHIO = _e("Ohio", "admin1", "USA", 40.4, -82.7, 11_600_000, "Ohio")
_SMALLTON = _e("Smallton", "city", "USA", 40.1, -82.9, 5_000, "Ohio")
_SMALL = MemoryGazetteer([_OHIO, _SMALLTON])


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        ("Smallton residents packed the Ohio statehouse.", [("Ohio", "GPE")], ["Smallton", "Ohio"]),
        ("Smallton packed the Ohio statehouse.", [("Ohio", "GPE")], ["Ohio"]),  # no cue
    ],
)
def test_places_a_name_before_residents_is_a_town_of_the_articles_country(
    blank: Language, text: str, ents: list[tuple[str, str]], expected: list[str]
) -> None:
    component = PlacesComponent(gazetteer=_SMALL)
    assert [p.name for p in places_of(component, make_doc(blank, text, ents))] == expected


FORT_TOWN = _e("Fort Cavazos", "city", "USA", 31.13, -97.78, 29_600, "Texas")
BASES = MemoryGazetteer([TEXAS, ATLANTA, GEORGIA_US, FORT_TOWN], aliases=[("Fort Hood", FORT_TOWN)])


@pytest.mark.parametrize(
    ("text", "ents"),
    [
        ("A soldier opened fire at Fort Hood on Monday.", [("Fort Hood", "FAC")]),
        (
            "Troops in Texas were put on alert. A soldier opened fire at Fort Hood.",
            [("Texas", "GPE"), ("Fort Hood", "FAC")],
        ),
    ],
)
def test_places_facility_named_as_a_town_is_that_town(
    blank: Language, text: str, ents: list[tuple[str, str]]
) -> None:
    places = places_of(PlacesComponent(gazetteer=BASES), make_doc(blank, text, ents))
    base = by_name(places, "Fort Hood")
    assert (base.lat, base.lon, base.country) == (FORT_TOWN.lat, FORT_TOWN.lon, "USA")


def test_places_installation_named_as_a_town_abroad_is_that_town(blank: Language) -> None:
    # the article's other places are in another country: the base is still the Texas town
    text = "Troops from Fort Hood landed in Baghdad on Monday."
    doc = make_doc(blank, text, [("Fort Hood", "FAC"), ("Baghdad", "GPE")])
    gaz = MemoryGazetteer([FORT_TOWN, BAGHDAD], aliases=[("Fort Hood", FORT_TOWN)])
    base = by_name(places_of(PlacesComponent(gazetteer=gaz), doc), "Fort Hood")
    assert (base.lat, base.lon, base.country) == (FORT_TOWN.lat, FORT_TOWN.lon, "USA")


def test_places_other_facility_named_as_a_far_town_is_not_that_town(blank: Language) -> None:
    gate = _e("Golden Gate", "city", "USA", 26.19, -81.7, 23_000, "Florida")
    gaz = MemoryGazetteer([gate, ATLANTA, GEORGIA_US])
    doc = make_doc(
        blank, "Protesters blocked the Golden Gate on Saturday.", [("Golden Gate", "FAC")]
    )
    assert places_of(PlacesComponent(gazetteer=gaz), doc) == []


def test_places_facility_named_as_a_far_town_stays_in_the_articles_town(
    blank: Language,
) -> None:
    text = "Police in Atlanta arrested a man on Monday. He once served at Fort Hood."
    doc = make_doc(blank, text, [("Atlanta", "GPE"), ("Fort Hood", "FAC")])
    base = by_name(places_of(PlacesComponent(gazetteer=BASES), doc), "Fort Hood")
    assert (base.lat, base.lon, base.precision) == (ATLANTA.lat, ATLANTA.lon, "sublocal")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a common word before a place noun is no name ("Olympic", "Federal")
        ("Athletes moved into the Olympic village on Monday.", set()),
        ("Residents of the Federal district protested in Brazil.", {"Brazil"}),
        # "Daily" in a title-case headline is an adjective, not a newspaper's title
        ("Floods Hit Workers as the Kerala Daily Wage Crisis Deepens.", {"Kerala"}),
    ],
)
def test_places_common_words_before_place_nouns_and_in_headlines(
    run_text: Any, text: str, names: set[str]
) -> None:
    assert {p.name for p in run_text(text).places if p.mentions} == names
