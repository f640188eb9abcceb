"""Events: a span told between two acts that the events stage holds as one happening, an act
told days before an undated one, and a "when" clause told of a time; a second act told a span
before or after the main clause's act (with its own doers, day and toll), and a clause told a
span away that is the same act (a blast after its bomber, a campaign launched the day before);
a year naming another act, which does not date the verb; and a toll told in the next sentence,
which joins the act before it unless its sentence places it in another country. Every sentence
here is invented."""

from __future__ import annotations

from typing import Any

import pytest
from tests.nlp.events.wire import names_of


def test_events_a_span_between_two_mentions_of_one_act_dates_neither(run_text: Any) -> None:
    """The attack and the killing are one happening here: "two days after" does not move the
    killing two days past the (undated) attack, into the days after publication."""
    text = (
        "Gunmen attacked a church in Kaya. Two days after the attack, soldiers killed four"
        " militants."
    )
    [killed] = [e for e in run_text(text).events if e.trigger.text == "killed"]
    assert killed.date is not None
    assert (killed.date.value, killed.date.precision) == ("2024-03-06", "day")


def test_events_a_day_told_of_the_act_beats_a_span_from_its_own_subject(run_text: Any) -> None:
    """ "A drone strike killed five ... on Friday, a day after gunmen attacked": where the
    strike and the attack are held as one happening, it keeps the day told, Friday."""
    text = (
        "A drone strike killed five soldiers near Gao on Friday, a day after gunmen attacked a"
        " checkpoint in the same district."
    )
    events = run_text(text).events
    killing = [e for e in events if e.casualties.killed and e.casualties.killed.min == 5]
    assert killing and killing[0].date is not None
    assert killing[0].date.value == "2024-03-01"


def test_events_an_act_told_days_before_an_undated_one_is_no_later_than_the_story(
    run_text: Any,
) -> None:
    """Both acts undated: the withdrawal came three days after the shelling, which was done by
    the story's day, so the withdrawal was too; not in the month after."""
    text = "Rebels shelled the town three days before the army withdrew from the area."
    [withdrew] = [e for e in run_text(text, "2024-03-30").events if e.trigger.text == "withdrew"]
    assert withdrew.date is not None
    assert (withdrew.date.value, withdrew.date.precision) == ("2024-03", "month")


def test_events_a_when_clause_told_of_a_time_is_on_that_time(run_text: Any) -> None:
    text = "Students have been protesting since Oct. 12, when police shot a classmate."
    [shot] = [e for e in run_text(text).events if e.trigger.text == "shot"]
    assert shot.date is not None and shot.date.value == "2023-10-12"


def test_events_a_when_clause_told_of_a_year_is_in_that_year(run_text: Any) -> None:
    text = "The crisis began in 2019, when soldiers fired on protesters in the capital."
    [fired] = [e for e in run_text(text).events if e.trigger.text == "fired"]
    assert fired.date is not None and fired.date.value == "2019"


@pytest.mark.parametrize(
    ("text", "main", "other"),
    [
        (
            "A drone strike killed five soldiers near Velm on Friday, a day after gunmen"
            " attacked a checkpoint in the same district.",
            "strike",
            "attacked",
        ),
        (
            "An air strike killed 12 fighters in Kandor on Sunday, hours after rebels shelled a"
            " government post nearby.",
            "strike",
            "shelled",
        ),
        (
            "A roadside bomb killed three policemen in Kandor on Monday, two days after"
            " militants ambushed a convoy in the province.",
            "killed",
            "ambushed",
        ),
    ],
)
def test_an_act_told_a_span_after_another_is_a_second_act(
    run_text: Any, text: str, main: str, other: str
) -> None:
    result = run_text(text, published="2024-03-06")
    acts = {e.trigger.text: e for e in result.events if e.type == "ASSAULT"}
    assert set(acts) == {main, other}, [e.to_dict() for e in result.events]
    # the main clause's act is not the other clause's doers'
    assert not names_of(result, acts[main].source) & names_of(result, acts[other].source)
    first, second = acts[main].date, acts[other].date
    assert first is not None and second is not None and second.value <= first.value


def test_the_main_clause_keeps_its_own_day_and_toll(run_text: Any) -> None:
    text = (
        "A drone strike killed five soldiers near Velm on Friday, a day after gunmen attacked"
        " a checkpoint in the same district."
    )
    result = run_text(text, published="2024-03-06")
    strike = next(e for e in result.events if e.trigger.text == "strike")
    assert strike.date is not None and strike.date.value == "2024-03-01"
    assert strike.casualties.killed is not None and strike.casualties.killed.min == 5
    attack = next(e for e in result.events if e.trigger.text == "attacked")
    assert attack.date is not None and attack.date.value == "2024-02-29"
    assert names_of(result, attack.source) == {"gunmen"}
    assert attack.acled is None or attack.acled.sub_event_type != "Air/drone strike"


def test_a_blast_told_after_its_bomber_stays_one_act(run_text: Any) -> None:
    text = "The blast killed five people after a suicide bomber blew himself up at a market."
    assert len([e for e in run_text(text).events if e.type == "ASSAULT"]) == 1


def test_a_campaign_launched_a_day_before_is_the_same_act(run_text: Any) -> None:
    result = run_text(
        "The shelling killed three civilians in Varda on Tuesday, a day after Ruritanian troops"
        " launched the offensive."
    )
    assaults = [e for e in result.events if e.type == "ASSAULT"]
    assert len(assaults) == 1
    assert names_of(result, assaults[0].source) == {"troops"}


def test_a_year_naming_another_act_does_not_date_the_verb(run_text: Any) -> None:
    text = "The government apologised to the families of victims of the 1972 massacre."
    result = run_text(text, published="2024-03-06")
    apology = next(e for e in result.events if e.type == "CONCEDE")
    assert apology.date is not None and apology.date.value == "2024-03-06"


def test_a_toll_told_next_in_another_country_is_another_act(run_text: Any) -> None:
    """A toll with no doer of its own in the next sentence joins the act before it, unless its
    sentence places it in another country."""
    result = run_text(
        "Protesters marched to Tahrir Square on Friday, in which three people were killed. "
        "A suicide bomber died in the blast amid clashes with police in Quetta, which killed "
        "four officers."
    )
    places = {p.id: p.country for p in result.places}
    quetta = [e for e in result.events if e.casualties.killed and e.casualties.killed.min == 4]
    assert len(quetta) == 1 and places[quetta[0].place or ""] == "PAK"
    march = next(e for e in result.events if e.type == "PROTEST")
    assert march.date is not None and quetta[0].date is not None
    assert quetta[0].date.value != march.date.value  # not the march's Friday


def test_a_toll_told_next_in_the_same_country_joins_the_act(run_text: Any) -> None:
    result = run_text(
        "Militants clashed with soldiers in Borno state on Friday. Five militants were killed "
        "near Gwoza, the army said."
    )
    assert len([e for e in result.events if e.type == "ASSAULT"]) == 1


def test_a_country_that_condemns_is_no_other_setting(run_text: Any) -> None:
    """Only a place told as where something was ("in Borno") places a sentence's act in a
    country; "condemned by Ghana" names who condemned."""
    result = run_text(
        "Gunmen killed six villagers in Borno on Sunday. The killings were condemned by Ghana."
    )
    assert len([e for e in result.events if e.type == "ASSAULT"]) == 1
