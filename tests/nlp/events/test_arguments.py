"""Event arguments read off the parse: sources, targets and who they are."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.records import ArticleResult, Event


def _event(result: ArticleResult, trigger: str) -> Event:
    return next(e for e in result.events if e.trigger.text == trigger)


def _names(result: ArticleResult, ids: list[str]) -> set[str]:
    return {a.name for i in ids if (a := result.actor(i))}


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("The rebels rejected an offer from President Samuel Mwangi.", "rejected", "Mwangi"),
        ("Kenya dismissed an appeal by the United Nations.", "dismissed", "United Nations"),
    ],
)
def test_arguments_object_from_someone_targets_them(
    run_text: Any, text: str, trigger: str, target: str
) -> None:
    result = run_text(text)
    assert any(target in n for n in _names(result, _event(result, trigger).target))


def test_arguments_own_forces_are_no_target(run_text: Any) -> None:
    result = run_text("Turkey has strengthened its forces in Cyprus.")
    event = _event(result, "strengthened")
    assert _names(result, event.target) == {"Cyprus"}


def test_arguments_capital_as_subject_is_its_government(run_text: Any) -> None:
    result = run_text("Nairobi rejected the proposal on Friday.")
    (source,) = [result.actor(i) for i in _event(result, "rejected").source]
    assert source is not None and (source.name, source.country) == ("Nairobi", "KEN")


def test_arguments_unrecognised_subject_name_is_an_actor_but_surnames_corefer(
    run_text: Any,
) -> None:
    result = run_text("Gabriel Okonjo resigned on Monday. Okonjo said he was tired.")
    assert [a.name for a in result.actors if "Okonjo" in a.name] == ["Gabriel Okonjo"]


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("The union reiterated its demand that Kenya raise wages.", "demand", "Kenya"),
        ("Italy is pushing for Germany to fund the rescue missions.", "pushing", "Germany"),
        (
            "Students began a sit-in to demand the resignation of President Amadou Diallo.",
            "began",
            "Amadou Diallo",
        ),
    ],
)
def test_arguments_who_must_act_is_the_target(
    run_text: Any, text: str, trigger: str, target: str
) -> None:
    result = run_text(text)
    event = next(e for e in result.events if e.trigger.text == trigger)
    assert target in _names(result, event.target), event.to_dict()


def test_arguments_country_of_a_compound_actor_noun(run_text: Any) -> None:
    result = run_text("The president banned Ugandan opposition candidates from the vote.")
    assert any(a.name == "opposition" and a.country == "UGA" for a in result.actors)


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        # the act bears on the subject's own pledge; whom it was made to is the target
        ("The governor reneged on his pledge to the Malawian farmers.", "reneged", "farmers"),
        ("Police cracked down on protests by Chilean students.", "cracked", "students"),
    ],
)
def test_arguments_whom_a_prepositional_object_concerns_is_the_target(
    run_text: Any, text: str, trigger: str, target: str
) -> None:
    result = run_text(text)
    assert target in _names(result, _event(result, trigger).target)


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        # whom a protest's demand is aimed at
        (
            "Thousands of students staged rallies to demand reforms by the Kenyan government.",
            "staged",
            "government",
        ),
        # "after talks with X": the counterpart of a concession
        (
            "The teachers' union called off its strike after talks with the Ghanaian government.",
            "called",
            "government",
        ),
    ],
)
def test_arguments_whom_a_purpose_or_a_preceding_talk_concerns(
    run_text: Any, text: str, trigger: str, target: str
) -> None:
    result = run_text(text)
    assert target in _names(result, _event(result, trigger).target)


def test_arguments_a_past_participle_noun_is_the_target(run_text: Any) -> None:
    result = run_text("Two militants arrested on Tuesday in Kano were charged with murder.")
    (event,) = [e for e in result.events if e.mode == "arrest"]
    assert [result.actor(i).name for i in event.target] == ["militants"]  # type: ignore[union-attr]
    assert all(result.actor(i).name != "militants" for i in event.source)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "one person was killed in police firing on tuesday.",
        "Three people were injured in police firing on Monday.",
        "Three people were injured in police firing as a mob ransacked the station.",
    ],
)
def test_arguments_a_harm_in_an_actors_armed_act_is_by_that_actor(run_text: Any, text: str) -> None:
    result = run_text(text)
    sources = {
        a.sector
        for e in result.events
        if e.type == "ASSAULT"
        for i in e.source
        if (a := result.actor(i)) is not None
    }
    assert "COP" in sources


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        # the subject of a passive governing verb does what it embeds
        ("Ghana and Togo are expected to sign a border accord next month.", "sign", "Ghana"),
        ("Peruvian troops were forced to retreat from the valley.", "retreat", "troops"),
        # a light verb's subject, or its passive agent, does what its object names (the verb
        # carries the event: "held" over a quantity of talks, "imposed" by its agent, "gave"
        # an ultimatum)
        (
            "Bolivian negotiators held several rounds of talks with the miners' union.",
            "held",
            "negotiators",
        ),
        (
            "A curfew was imposed on the town by the Malian authorities on Sunday.",
            "imposed",
            "authorities",
        ),
        ("The Sudanese government gave the militia a final ultimatum.", "gave", "government"),
    ],
)
def test_arguments_who_does_an_embedded_or_named_act_is_the_source(
    run_text: Any, text: str, trigger: str, source: str
) -> None:
    result = run_text(text)
    event = _event(result, trigger)
    assert any(source in n for n in _names(result, event.source)), event.to_dict()


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Fighting between the Sudanese army and the Rapid Support Forces killed 12 "
            "civilians in Omdurman.",
            "Sudanese Armed Forces",
            "Rapid Support Forces",
        ),
        ("Clashes between police and protesters left three dead in Dakar.", "police", "protesters"),
        ("Clashes erupted between the army and rebels near Bunia.", "army", "rebels"),
    ],
)
def test_arguments_an_act_between_two_sides(
    run_text: Any, text: str, source: str, target: str
) -> None:
    result = run_text(text)
    (event,) = [e for e in result.events if e.type == "ASSAULT"]
    assert _names(result, event.source) == {source}
    assert target in _names(result, event.target)


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        # the act someone is accused, blamed or arrested for is theirs, not the speaker's
        ("Hamas accused Israel of killing 30 civilians in Rafah.", "killing", "Israel"),
        ("The opposition blamed the police for killing two students.", "killing", "police"),
        ("The rebels accused government troops of shelling the town.", "shelling", "troops"),
        (
            "The militia accused the army of bombing the market, killing nine people.",
            "killing",
            "army",
        ),
        ("The minister apologized for attacking the press.", "attacking", "minister"),
        # the critic is not the one criticised
        ("The minister was criticised for attacking the press.", "attacking", "minister"),
        # an act told as what came before: the same doer
        ("The rebels freed the hostage two weeks after kidnapping him.", "kidnapping", "rebels"),
        # a verb hung on a copula inside what was said is the speaker's
        (
            "The governor said the verdict was a disgrace and urged the court to reconsider.",
            "urged",
            "governor",
        ),
        # a deed stays with the copula's subject
        ("The army said the rebels were desperate and attacked a village.", "attacked", "rebels"),
        # a thing said to have done something calls on no one: the speaker does
        (
            "The mayor said the flooding had overwhelmed the city and called on the army to help.",
            "called",
            "mayor",
        ),
        (
            "The union said the reform failed to create jobs and accused the minister of lying.",
            "accused",
            "union",
        ),
        # someone said to have done something may also threaten
        (
            "The minister said the rebels had attacked the town and threatened to return.",
            "threatened",
            "rebels",
        ),
        # not a full verb: the gunmen demand, not the police who report it
        ("Police said the kidnappers had fled and demanded a ransom.", "demanded", "kidnappers"),
    ],
)
def test_arguments_the_doer_of_an_embedded_act(
    run_text: Any, text: str, trigger: str, doer: str
) -> None:
    result = run_text(text)
    assert _names(result, _event(result, trigger).source) == {doer}


@pytest.mark.parametrize(
    ("text", "trigger", "undergoer"),
    [
        # a passive with no subject of its own undergoes what the verb it hangs on tells of
        ("The activist was hospitalised after being beaten by police.", "beaten", "activists"),
        ("The journalist died after being shot by soldiers.", "shot", "journalists"),
        ("Three students were arrested and charged with arson.", "charged", "students"),
    ],
)
def test_arguments_a_subjectless_passive_borrows_its_undergoer(
    run_text: Any, text: str, trigger: str, undergoer: str
) -> None:
    result = run_text(text)
    assert undergoer in _names(result, _event(result, trigger).target)


@pytest.mark.parametrize(
    ("text", "trigger", "role", "wrong"),
    [
        # acquitted of it: no doer
        (
            "The court acquitted the officers of killing the protester.",
            "killing",
            "source",
            "officers",
        ),
        # a finite verb the parser hung on the gerund is the accuser's
        (
            "The union accused police of beating strikers and blamed the governor for it.",
            "blamed",
            "source",
            "police",
        ),
        # a clause of its own: the brother is arrested, not the man
        ("The man was shot by police and his brother was arrested.", "arrested", "target", "man"),
        (
            "The reporter was detained after police raided his flat and was charged.",
            "charged",
            "target",
            "police",
        ),
    ],
)
def test_arguments_no_argument_across_a_clause_or_a_clearing(
    run_text: Any, text: str, trigger: str, role: str, wrong: str
) -> None:
    result = run_text(text)
    events = [e for e in result.events if e.trigger.text == trigger]
    assert all(wrong not in _names(result, getattr(e, role)) for e in events)


def test_arguments_the_main_verb_is_the_event_not_its_time_phrase(run_text: Any) -> None:
    result = run_text("The refugees were deported after being detained in Libya.")
    assert [e.trigger.text for e in result.events if e.type == "COERCE"] == ["deported"]


def test_arguments_who_undergoes_an_act_holds_no_shooting(run_text: Any) -> None:
    text = "A guard was wounded in a shooting at a depot on Friday, Reno police said."
    result = run_text(text)
    shooting = next(e for e in result.events if e.type == "ASSAULT")
    assert all((a := result.actor(i)) and a.sector != "COP" for i in shooting.source)


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        # who claims an act did it
        ("A bombing claimed by the Islamic State killed six guards in Herat.", "bombing", "State"),
        ("The ambush, claimed by al-Shabaab, killed four drivers.", "ambush", "al-Shabaab"),
        ("The walkout was called by the dockers' union.", "walkout", "union"),
        # who trades or levels accusations accuses
        ("Chile and Peru traded accusations on Monday.", "accusations", "Chile"),
        ("The opposition levelled accusations of fraud at the board.", "accusations", "opposition"),
    ],
)
def test_arguments_the_doer_a_participle_or_a_light_verb_names(
    run_text: Any, text: str, trigger: str, source: str
) -> None:
    result = run_text(text)
    assert any(source in n for n in _names(result, _event(result, trigger).source))


def test_arguments_who_condemns_an_act_did_not_do_it(run_text: Any) -> None:
    result = run_text("The ambush, condemned by the United Nations, killed four drivers.")
    assert not _names(result, _event(result, "ambush").source)


@pytest.mark.parametrize(
    ("text", "trigger", "target", "source"),
    [
        # a person's possessive on an act done to someone names who underwent it
        ("Lawyers said Okafor's arrest was unlawful.", "arrest", "okafor", None),
        ("Lawyers condemned the activists' detention.", "detention", "activists", None),
        # with an "of" object the possessor does it
        ("The army's arrest of the mayor angered residents.", "arrest", "mayor", "army"),
    ],
)
def test_arguments_a_possessor_of_an_act_done_to_someone_underwent_it(
    run_text: Any, text: str, trigger: str, target: str, source: str | None
) -> None:
    result = run_text(text)
    event = _event(result, trigger)
    targets = {m.text.lower() for i in event.target if (a := result.actor(i)) for m in a.mentions}
    assert target in targets, event.to_dict()
    sources = {m.text.lower() for i in event.source if (a := result.actor(i)) for m in a.mentions}
    assert target not in sources
    if source is not None:
        assert any(source in s for s in sources), event.to_dict()


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        # a counterpart is another party, though "his"
        (
            "Foreign Minister Ana Duarte met her Chilean counterpart Jorge Vial.",
            "met",
            None,
            "Vial",
        ),
        # whom a taking verb takes "from" loses it
        ("The army recaptured the town from the rebels on Monday.", "recaptured", "army", "rebels"),
        # who answers "with" an act does it
        ("The army responded with air strikes on rebel positions.", "strikes", "army", "rebel"),
        (
            "Ruritania retaliated with a wave of strikes on militia bases.",
            "strikes",
            "Ruritania",
            None,
        ),
        # who does something "in protest" protests
        ("Thousands of farmers banged pots in protest in the capital.", "protest", "farmers", None),
    ],
)
def test_arguments_counterparts_losers_answerers_and_protesters(
    run_text: Any, text: str, trigger: str, source: str | None, target: str | None
) -> None:
    result = run_text(text)
    event = _event(result, trigger)
    if source is not None:
        assert any(source in n for n in _names(result, event.source)), event.to_dict()
    if target is not None:
        names = _names(result, event.target)
        assert any(target in n for n in names), event.to_dict()


@pytest.mark.parametrize(
    ("text", "source", "victims"),
    [
        # the other side of an encounter, a clash or a gunfight did the harm
        (
            "Two militants were killed in an encounter with security forces.",
            "security forces",
            "militants",
        ),
        ("Two policemen were killed in a clash with Maoists on Sunday.", "Maoists", "police"),
        ("Three soldiers were killed in a gunfight with militants.", "militants", "soldiers"),
    ],
)
def test_arguments_the_other_side_of_a_fight_did_the_harm(
    run_text: Any, text: str, source: str, victims: str
) -> None:
    result = run_text(text)
    killings = [e for e in result.events if e.casualties.killed]
    assert len(killings) == 1, [e.to_dict() for e in result.events]
    assert any(source in n for n in _names(result, killings[0].source))
    assert not any(victims in n for n in _names(result, killings[0].source))


def test_arguments_who_died_in_an_attack_did_not_attack(run_text: Any) -> None:
    result = run_text("Three soldiers died in an attack by militants on Monday.")
    event = _event(result, "attack")
    assert _names(result, event.source) == {"militants"}


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        # an armed or state body owns the acts its possessive names
        ("Rights groups condemned the army's arrests of journalists.", "arrests", "army"),
        ("Rights groups condemned the militia's abductions in the north.", "abductions", "militia"),
        # the attackers who died in their own attack did it
        ("Two suicide bombers died in the attack on the base.", "attack", "bombers"),
    ],
)
def test_arguments_acts_owned_by_armed_bodies_and_dead_attackers(
    run_text: Any, text: str, trigger: str, source: str
) -> None:
    result = run_text(text)
    event = _event(result, trigger)
    assert any(source in n for n in _names(result, event.source)), event.to_dict()


def test_arguments_a_joint_operation_with_allies_is_not_done_by_them(run_text: Any) -> None:
    result = run_text("Three soldiers were killed in a joint operation with Ruritanian forces.")
    killings = [e for e in result.events if e.casualties.killed]
    assert killings and not any("forces" in n for e in killings for n in _names(result, e.source))


@pytest.mark.parametrize(
    "text",
    [
        "The Houthis claimed responsibility for a missile attack on a cargo ship.",
        "Al-Shabaab claimed the bombing of a hotel in the capital.",
        "The Islamic State group took credit for the attack on the church.",
    ],
)
def test_arguments_who_claims_an_attack_did_it(run_text: Any, text: str) -> None:
    result = run_text(text)
    act = next(e for e in result.events if e.type == "ASSAULT")
    assert {a.sector for i in act.source if (a := result.actor(i))} == {"REB"}


@pytest.mark.parametrize(
    "text",
    [
        "The government condemned the attack on the church.",
        "The Taliban did not claim the attack on the checkpoint.",
        "Hamas said Israel bears full responsibility for the attack on the camp.",
        "The Taliban denied claiming the attack on the checkpoint.",
        "The Taliban declined to claim responsibility for the bombing of the market.",
    ],
)
def test_arguments_who_condemns_or_denies_an_attack_did_not_do_it(run_text: Any, text: str) -> None:
    result = run_text(text)
    act = next(e for e in result.events if e.type == "ASSAULT")
    assert act.source == []


def test_arguments_a_claim_of_the_attack_told_before_is_one_attack(run_text: Any) -> None:
    result = run_text(
        "A suicide bomber killed 10 people in Kabul. Islamic State claimed the attack."
    )
    assert [e.type for e in result.events].count("ASSAULT") == 1


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("The union called a general strike effective Monday across Ghana.", {"union"}),
        ("The minister called the strike politically motivated.", set()),
    ],
)
def test_arguments_who_calls_a_strike_does_it_but_not_who_names_one(
    run_text: Any, text: str, doer: set[str]
) -> None:
    result = run_text(text)
    strike = next(e for e in result.events if e.type == "PROTEST")
    assert {a.name for i in strike.source if (a := result.actor(i))} == doer


@pytest.mark.parametrize(
    "text",
    [
        "A suicide bomber killed 10 people in Kabul. Islamic State claimed the attack.",
        "Gunmen killed five villagers in Zamfara on Monday. Islamic State West Africa Province "
        "claimed responsibility for the attack.",
    ],
)
def test_arguments_who_claims_an_attack_told_before_is_its_doer(run_text: Any, text: str) -> None:
    result = run_text(text)
    [attack] = [e for e in result.events if e.type == "ASSAULT"]
    assert "REB" in {a.sector for i in attack.source if (a := result.actor(i))}


@pytest.mark.parametrize(
    "text",
    [
        "Rebel commanders said they would observe a ceasefire starting Friday.",
        "The rebels said they would respect the truce.",
    ],
)
def test_arguments_who_keeps_a_truce_holds_it(run_text: Any, text: str) -> None:
    result = run_text(text)
    [truce] = [e for e in result.events if e.type == "RETREAT"]
    assert {a.sector for i in truce.source if (a := result.actor(i))} == {"REB"}


def test_arguments_who_observes_a_protest_does_not_protest(run_text: Any) -> None:
    result = run_text("Election monitors observed the protest in the capital.")
    assert all(not e.source for e in result.events if e.type == "PROTEST")
