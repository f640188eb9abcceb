"""Coreference inside an article: surnames, titles and pronouns join the right actor."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from eventwire.nlp.actors.component import find_actors
from eventwire.nlp.actors.coref import _first_name
from eventwire.nlp.pipeline import load_base


@pytest.fixture(scope="module")
def model() -> Language:
    return load_base()


def test_actor_coref_pronoun_joins_the_nearest_state(model: Language) -> None:
    actors, _ = find_actors(model("Syria says it is willing to withdraw its troops."))
    syria = next(a for a in actors if a.name == "Syria")
    assert [m.text for m in syria.mentions] == ["Syria", "it", "its"]


def test_actor_coref_missed_surname_is_found_again(model: Language) -> None:
    text = "President Amina Sule visited Kano. Sule promised new schools."
    actors, _ = find_actors(model(text))
    sule = next(a for a in actors if a.name == "Amina Sule")
    assert sum(m.text == "Sule" for m in sule.mentions) == 1


def test_actor_coref_ambiguous_surname_joins_nobody(model: Language) -> None:
    text = "Maria Lopez and Carlos Lopez signed the letter. Lopez later resigned."
    actors, _ = find_actors(model(text))
    lopez = [a for a in actors if a.name.endswith("Lopez")]
    assert len(lopez) == 2
    assert all(all(m.text != "Lopez" for m in a.mentions) for a in lopez)


@pytest.mark.parametrize(
    ("name", "first"),
    [
        ("Yoon Suk Yeol", "yoon"),
        ("Prince Mohammed bin Nayef", "mohammed"),  # after the honorific
        ("Sheikh Tamim", ""),  # one word once the honorific is gone
        ("Madonna", ""),
    ],
)
def test_actor_coref_first_name_skips_honorifics(name: str, first: str) -> None:
    assert _first_name(name) == first


def test_actor_coref_a_passive_pronoun_stays_with_the_nearest(model: Language) -> None:
    text = "The guards detained the villagers. They were freed the next morning."
    actors, _ = find_actors(model(text))
    villagers = next(a for a in actors if a.name == "villagers")
    assert "They" in [m.text for m in villagers.mentions], actors


@pytest.mark.parametrize(
    ("text", "they"),
    [
        # a subject and an object pronoun retell the sentence before with its roles
        ("The bandits stopped the traders at a bridge. They robbed them of everything.", "bandits"),
        ("The gunmen seized a bus of pupils. They released six of them at night.", "gunmen"),
    ],
)
def test_actor_coref_parallel_pronouns_keep_their_roles(
    model: Language, text: str, they: str
) -> None:
    actors, _ = find_actors(model(text))
    doer = next(a for a in actors if a.name == they)
    assert "They" in [m.text for m in doer.mentions], actors


def test_actor_coref_a_lone_subject_pronoun_takes_the_nearest(model: Language) -> None:
    actors, _ = find_actors(model("Police cornered the students. They threw bottles."))
    students = next(a for a in actors if a.name == "students")
    assert "They" in [m.text for m in students.mentions], actors


def test_actor_coref_it_with_them_keeps_the_nearest(model: Language) -> None:
    actors, _ = find_actors(model("Chad accused Sudan of raids. It denied them."))
    sudan = next(a for a in actors if a.name == "Sudan")
    assert "It" in [m.text for m in sudan.mentions], actors


def test_actor_coref_the_group_is_the_armed_group_told_before(run_text: Any) -> None:
    result = run_text("The army clashed with Boko Haram on Monday. The group lost 12 men.")
    group = next(a for a in result.actors if a.name == "Boko Haram")
    assert "group" in [m.text for m in group.mentions]


@pytest.mark.parametrize(
    "text",
    [
        # a group of people is no named group
        "A group of students marched to parliament. The group was dispersed.",
        # too far back: two sentences between
        "Boko Haram held talks. Rain fell. Roads closed. The group left.",
        # a name that only says whom a group is tied to is not that group
        "The al-Qaida-linked group claimed the raid. Troops pursued the group.",
    ],
)
def test_actor_coref_the_group_needs_a_named_group_close_by(run_text: Any, text: str) -> None:
    actors = run_text(text).actors
    assert all("group" not in [m.text for m in a.mentions] for a in actors)


def test_actor_coref_the_attackers_are_the_insurgents_told_before(run_text: Any) -> None:
    result = run_text(
        "Suspected jihadists killed 14 herders near a well on Sunday. The attackers arrived on"
        " motorcycles and opened fire."
    )
    jihadists = next(a for a in result.actors if a.name == "jihadists")
    assert "attackers" in [m.text for m in jihadists.mentions]


@pytest.mark.parametrize(
    "text",
    [
        # the insurgents were attacked, not attacking
        "Soldiers killed 12 jihadists in an ambush. The attackers later burned a village.",
        "Gunmen stormed a militant hideout, killing six militants. The attackers later fled.",
    ],
)
def test_actor_coref_the_attackers_are_not_insurgents_attacked(run_text: Any, text: str) -> None:
    for actor in run_text(text).actors:
        if actor.name in ("jihadists", "militants"):
            assert "attackers" not in [m.text for m in actor.mentions]


def test_actor_coref_the_movement_told_alone_is_the_group_before(run_text: Any) -> None:
    result = run_text(
        "Hamas fighters attacked an army post on Monday. The movement said it had captured two"
        " soldiers."
    )
    hamas = next(a for a in result.actors if a.name == "Hamas")
    assert "movement" in [m.text for m in hamas.mentions]
    assert not any(a.name == "movement" for a in result.actors)


def test_actor_coref_they_is_the_armed_group_that_said_it(run_text: Any) -> None:
    result = run_text("The Houthis said they had targeted a cargo ship near Hodeidah on Monday.")
    houthis = next(a for a in result.actors if a.name == "Houthis")
    assert "they" in [m.text for m in houthis.mentions]


def test_actor_security_service_is_a_spy_agency(run_text: Any) -> None:
    result = run_text("Ukraine's security service said it had detained a man in Lviv.")
    service = next(a for a in result.actors if a.name == "security service")
    assert (service.country, service.sector) == ("UKR", "SPY")


def test_actor_coref_they_after_two_sides_is_not_one_group(run_text: Any) -> None:
    result = run_text(
        "Hamas and Israel exchanged accusations on Monday. They traded fire across the border."
    )
    hamas = next(a for a in result.actors if a.name == "Hamas")
    assert "They" not in [m.text for m in hamas.mentions]


def test_actor_a_banks_security_service_is_no_spy_agency(run_text: Any) -> None:
    result = run_text("The bank's security service said it had foiled a robbery.")
    assert not any(a.sector == "SPY" for a in result.actors)


def _mentions_of(result: Any, word: str) -> set[str]:
    return {a.name for a in result.actors if any(m.text == word for m in a.mentions)}


def test_actor_coref_it_in_a_clause_of_time_is_the_group_told_there(run_text: Any) -> None:
    text = (
        "The ELN kidnapped two soldiers on Saturday, the army said. The president suspended "
        "talks with the group in January after it attacked civilians."
    )
    assert _mentions_of(run_text(text), "it") == {"National Liberation Army"}


def test_actor_coref_a_pronoun_in_a_clause_of_a_noun_is_not_that_noun(run_text: Any) -> None:
    text = "The United States imposed sanctions on three firms it accused of supplying parts."
    assert _mentions_of(run_text(text), "it") == {"United States"}


@pytest.mark.parametrize(
    ("text", "word", "group"),
    [
        ("Hezbollah fighters fired rockets on Monday.", "Hezbollah fighters", "Hezbollah"),
        ("Boko Haram militants stormed a village in Borno.", "Haram militants", "Boko Haram"),
    ],
)  # fmt: skip
def test_actor_coref_a_named_groups_members_are_the_group(
    run_text: Any, text: str, word: str, group: str
) -> None:
    assert _mentions_of(run_text(text), word) == {group}


def test_actor_coref_the_group_with_an_affiliation_is_the_group_told_before(
    run_text: Any,
) -> None:
    text = (
        "Al Shabaab militants stormed a hotel in Mogadishu on Tuesday, police said. "
        "The al Qaeda-linked group claimed responsibility."
    )
    result = run_text(text)
    [claim] = [q for q in result.quotes if q.cue and q.cue.text == "claimed"]
    speaker = result.actor(claim.speaker) if claim.speaker else None
    assert speaker is not None and speaker.name == "al-Shabaab"


def test_actor_coref_the_group_named_by_its_kind_is_the_group_told_before(
    run_text: Any,
) -> None:
    text = (
        "The Rapid Support Forces killed more than 100 people in an attack on a village on "
        "Wednesday, activists said. The paramilitary group denied targeting civilians."
    )
    result = run_text(text)
    [denial] = [q for q in result.quotes if q.cue and q.cue.text == "denied"]
    speaker = result.actor(denial.speaker) if denial.speaker else None
    assert speaker is not None and speaker.name == "Rapid Support Forces"


def test_actor_coref_he_in_a_when_clause_is_the_person_the_clause_hangs_on(
    model: Language,
) -> None:
    """ "the officer had used excessive force when he fired": the officer, not the judge."""
    text = (
        "Judge Grace Mwangi said the officer had used excessive force when he fired at unarmed"
        " demonstrators."
    )
    actors, _ = find_actors(model(text))
    he = next(a for a in actors if any(m.text == "he" for m in a.mentions))
    assert "officer" in [m.text for m in he.mentions]


def test_actor_coref_forces_a_named_group_owns_are_that_group(run_text: Any) -> None:
    """ "The RSF said its forces had withdrawn": the group's forces, not a state's army."""
    actors = run_text("The RSF said its forces had withdrawn from the palace.").actors
    forces = next(a for a in actors if any(m.text == "forces" for m in a.mentions))
    assert forces.sector == "PRM" and "RSF" in [m.text for m in forces.mentions]


def test_actor_coref_a_fronted_when_clause_leaves_he_alone(model: Language) -> None:
    """The person the clause hangs on is told after "he": no actor may start with a pronoun."""
    actors, _ = find_actors(model("When he arrived at the scene, the officer shot the man."))
    officer = next(a for a in actors if a.sector == "COP")
    assert [m.text for m in officer.mentions] == ["officer"]


@pytest.mark.parametrize(
    "text",
    [
        "The soldier arrested the boy after he threw stones at the patrol.",
        "The woman told police that the officer hit her when she refused to leave.",
    ],
)
def test_actor_coref_a_rival_person_leaves_the_pronoun_alone(model: Language, text: str) -> None:
    """Another person named in the clause before the pronoun may be the one it stands for."""
    actors, _ = find_actors(model(text))
    host = next(a for a in actors if a.sector in ("MIL", "COP") and a.name != "police")
    assert all(m.text not in ("he", "she") for m in host.mentions)


@pytest.mark.parametrize(
    "text",
    ["Hamas said its fighters had killed them.", "The RSF said its fighters had attacked them."],
)
def test_actor_coref_pronouns_of_a_noun_that_moved_name_no_one(run_text: Any, text: str) -> None:
    """ "them" took "fighters", which joined the group: no actor is left of pronouns alone."""
    actors = run_text(text).actors
    assert all(any(m.text not in ("them", "its") for m in a.mentions) for a in actors)


def test_actor_coref_forces_join_a_group_only_as_its_own_words(run_text: Any) -> None:
    """ "Israel said Hamas had fired rockets, and its troops …": Israel speaks, so "its troops"
    are not joined to Hamas."""
    actors = run_text("Israel said Hamas had fired rockets, and its troops had struck back.").actors
    hamas = next(a for a in actors if a.name == "Hamas")
    assert "troops" not in [m.text for m in hamas.mentions]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Interior Minister Karim al-Obeidi visited the port on Monday. Obeidi said the "
            "smugglers had fled.",
            "Karim al-Obeidi",
        ),
        (
            "Governor Samir el-Badawi opened the bridge. Badawi said traffic would ease.",
            "Samir el-Badawi",
        ),
    ],
)
def test_actor_coref_a_surname_without_its_article_is_the_same_person(
    model: Language, text: str, name: str
) -> None:
    actors, _ = find_actors(model(text))
    person = next(a for a in actors if a.name == name)
    bare = name.split("-")[-1]
    assert bare in [m.text for m in person.mentions]
    assert [a.name for a in actors if a.kind == "person"] == [name]


def test_actor_coref_a_bare_surname_borne_plain_is_not_the_article_form(run_text: Any) -> None:
    """ "Amin" is the one named "Youssef Amin", not "Khalid el-Amin": one target, not two."""
    text = (
        "Khalid el-Amin, a farmer near Minya, said the canal had dried. "
        "Police arrested Amin's neighbour, Youssef Amin, on Tuesday."
    )
    result = run_text(text)
    names = {a.id: a.name for a in result.actors}
    arrest = next(e for e in result.events if e.trigger.text == "arrested")
    assert [names[a] for a in arrest.target].count("Amin") == 0
