"""Events: a span told between two acts that the events stage holds as one happening, an act
told days before an undated one, and a "when" clause told of a time."""

from __future__ import annotations

from typing import Any


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
