"""eventwire_events: types, arguments, one event per happening, modes, aux modes, confidence."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.records import ArticleResult, Event


def _names(result: ArticleResult, ids: list[str]) -> set[str]:
    return {a.name for i in ids if (a := result.actor(i))}


def _only(result: ArticleResult, type_: str) -> Event:
    events = [e for e in result.events if e.type == type_]
    assert len(events) == 1, [e.to_dict() for e in result.events]
    return events[0]


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Egypt and Sudan agreed to share water data.", "AGREE"),
        ("The regional bloc suspended Guinea from its summits.", "SANCTION"),
        ("The lender suspended new loans to Laos.", "SANCTION"),
        ("The Kenyan president met his Ugandan counterpart in Kampala on Tuesday.", "CONSULT"),
        ("The Brazilian government praised the Chilean election commission.", "SUPPORT"),
        ("The French minister apologized to Algeria for the remarks.", "CONCEDE"),
        ("India and Japan shared intelligence on maritime traffic last year.", "COOPERATE"),
        ("Germany sent humanitarian aid to Turkey.", "AID"),
        ("Russian troops withdrew from the village.", "RETREAT"),
        ("The opposition demanded the release of political prisoners.", "REQUEST"),
        ("Nigeria condemned the attack on its embassy.", "ACCUSE"),
        ("Israel rejected the Egyptian proposal.", "REJECT"),
        ("North Korea threatened to strike American bases.", "THREATEN"),
        ("Thousands of students protested in Dhaka on Sunday.", "PROTEST"),
        ("The European Union imposed sanctions on Belarus.", "SANCTION"),
        ("Pakistan deployed troops along the border.", "MOBILIZE"),
        ("Police arrested twelve activists in Harare.", "COERCE"),
        ("Gunmen attacked a police station in Kano.", "ASSAULT"),
    ],
)
def test_events_each_plover_type(run_text: Any, text: str, type_: str) -> None:
    result = run_text(text)
    top = max(result.events, key=lambda e: e.confidence)
    assert top.type == type_


def test_events_active_source_and_target(run_text: Any) -> None:
    result = run_text("Nigeria condemned Niger over the border closure.")
    e = _only(result, "ACCUSE")
    assert _names(result, e.source) == {"Nigeria"} and _names(result, e.target) == {"Niger"}


def test_events_passive_with_by(run_text: Any) -> None:
    result = run_text("Three soldiers were killed by rebels near Goma.")
    e = _only(result, "ASSAULT")
    assert "rebels" in _names(result, e.source) and "soldiers" in _names(result, e.target)


def test_events_conjoined_verbs_share_the_subject(run_text: Any) -> None:
    result = run_text("Canada condemned the attack and offered assistance with the investigation.")
    assert "Canada" in _names(result, _only(result, "ACCUSE").source)
    assert "Canada" in _names(result, _only(result, "AID").source)


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Iran threatened to attack ships in the Gulf.", "THREATEN"),
        # an act noun threatened or demanded has not happened: no attack, no release
        ("The militia threatened attacks on the port.", "THREATEN"),
        # an act rejected or condemned was reported done
        ("The UN rejected the attack on the aid convoy as a crime.", "REJECT ASSAULT"),
        ("The army threatened airstrikes against the insurgents.", "THREATEN"),
    ],
)
def test_events_threat_to_attack_is_one_threat(run_text: Any, text: str, type_: str) -> None:
    result = run_text(text)
    assert [e.type for e in result.events] == type_.split()


def test_events_definite_noun_joins_the_earlier_event(run_text: Any) -> None:
    text = (
        "A car bomb killed four people in Mogadishu on Monday. The attack was condemned by Kenya."
    )
    result = run_text(text)
    assert len([e for e in result.events if e.type == "ASSAULT"]) == 1


def test_events_mode_from_weapon_words(run_text: Any) -> None:
    result = run_text("A drone laden with explosives targeted the governor's house in Erbil.")
    e = _only(result, "ASSAULT")
    assert e.mode == "drone"
    assert e.acled is not None and e.acled.sub_event_type == "Air/drone strike"


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        (
            "No group claimed responsibility for the attack, and police have not arrested anyone.",
            "negated",
        ),
        ("If troops cross the border, the army could attack the capital.", "hypothetical"),
        ("The two leaders will meet in Geneva next month.", "future"),
        ("In 2019 soldiers killed forty protesters in Khartoum.", "historical"),
        ("The talks in Doha ended without agreement on Sunday.", "negated"),
        ("Officials warned that an attack on the dam would flood the valley.", "hypothetical"),
        # an act one would not allow, or stopped others from doing, did not happen
        ("The army would not allow armed groups to seize the border post.", "negated"),
        ("Police prevented the strikers from marching on the parliament.", "negated"),
        ("The guards failed to disperse the crowd at the gate.", "negated"),
    ],
)
def test_events_aux_modes(run_text: Any, text: str, flag: str) -> None:
    result = run_text(text)
    assert any(getattr(e.aux, flag) for e in result.events), [e.to_dict() for e in result.events]


@pytest.mark.parametrize(
    "text",
    [
        "An attack may have killed up to 30 people in the village, officials said.",
        "A raid on the house could have been avoided, the inquiry found.",
    ],
)
def test_events_a_modal_over_a_past_or_given_act_is_not_hypothetical(
    run_text: Any, text: str
) -> None:
    events = run_text(text).events
    assert events and not any(e.aux.hypothetical for e in events)


def test_events_a_report_event_needs_a_content_word(run_text: Any) -> None:
    assert not run_text("Officials were adamant that the vote would go ahead.").events


def test_events_without_warning_is_a_manner(run_text: Any) -> None:
    result = run_text("Soldiers opened fire without warning on the crowd in Goma.")
    assert "THREATEN" not in {e.type for e in result.events}


def test_events_without_in_a_negative_clause_affirms(run_text: Any) -> None:
    result = run_text("Not a week passes without an attack on farmers in Benue.")
    attacks = [e for e in result.events if e.type == "ASSAULT"]
    assert attacks and not any(e.aux.negated for e in attacks)


def test_events_date_from_clause_and_publication_fallback(run_text: Any) -> None:
    result = run_text("Rebels attacked Beni on Friday. Uganda condemned it.", "2024-03-06")
    attack = _only(result, "ASSAULT")
    assert (
        attack.date is not None
        and attack.date.value == "2024-03-01"
        and attack.date.text == "Friday"
    )
    accuse = _only(result, "ACCUSE")
    assert (
        accuse.date is not None and accuse.date.text is None and accuse.date.value == "2024-03-06"
    )


def test_events_spans_and_confidence_range(run_text: Any) -> None:
    text = "Police arrested twelve activists in Harare on Tuesday."
    result = run_text(text)
    for e in result.events:
        assert text[e.trigger.start : e.trigger.end] == e.trigger.text
        assert text[e.sentence.start : e.sentence.end] == e.sentence.text
        assert 0.0 <= e.confidence <= 1.0


def test_events_condemning_statement_is_accuse(run_text: Any) -> None:
    text = 'Minister Omar Diallo tweeted, "This cowardly attack is a heinous crime against us."'
    result = run_text(text)
    accuse = [e for e in result.events if e.type == "ACCUSE"]
    assert accuse and "Omar Diallo" in _names(result, accuse[0].source)


@pytest.mark.parametrize(
    ("text", "accuses"),
    [
        ("The minister said the gunmen were terrorists.", True),
        # a report naming who acted: no accusation
        ("A trader was shot dead by unidentified criminals, police said.", False),
        ("The army said it had killed 30 terrorists near the border.", False),
        # a nationality makes it a label again
        ("Moscow said Ukrainian terrorists shelled a power station.", True),
    ],
)
def test_events_a_condemning_noun_naming_the_doer_is_no_accusation(
    run_text: Any, text: str, accuses: bool
) -> None:
    said = [e for e in run_text(text).events if e.trigger.text == "said"]
    assert bool(said and said[0].type == "ACCUSE") is accuses


def test_events_announced_retreat_is_concede_and_future_aid_is_agree(run_text: Any) -> None:
    retreat = run_text("Kenya announced that it would withdraw its troops from Somalia.")
    assert "CONCEDE" in {e.type for e in retreat.events}
    aid = run_text("Japan will provide emergency aid to the flood victims.")
    assert max(aid.events, key=lambda e: e.confidence).type == "AGREE"


def test_events_must_clause_is_a_request(run_text: Any) -> None:
    result = run_text("Britain said Libya must hand over the two suspects.")
    e = _only(result, "REQUEST")
    assert _names(result, e.source) == {"Britain"} and _names(result, e.target) == {"Libya"}


def test_events_light_verb_carries_the_noun_event(run_text: Any) -> None:
    result = run_text("Thousands of students staged demonstrations in Dhaka to demand reforms.")
    assert [e.type for e in result.events] == ["PROTEST"]
    assert "students" in _names(result, result.events[0].source)


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Oman launched a mediation effort between Yemen and Saudi Arabia.", "CONSULT"),
        ("Rebel commanders have sworn to attack the capital.", "THREATEN"),
        ("Norway is ready to contribute 500 troops to the peacekeeping force.", "AGREE"),
        ("Indian and French warships began war games in the Arabian Sea.", "COOPERATE"),
    ],
)
def test_events_frames_intentions_and_joint_exercises(run_text: Any, text: str, type_: str) -> None:
    result = run_text(text)
    assert max(result.events, key=lambda e: e.confidence).type == type_


def test_events_next_sentence_with_shared_actor_continues_the_date(run_text: Any) -> None:
    text = (
        "Protesters pelted police with stones in Lagos on Friday. "
        "The police responded with live fire, killing two demonstrators."
    )
    result = run_text(text, "2024-03-06")
    killing = next(e for e in result.events if e.trigger.text == "killing")
    assert killing.date is not None and killing.date.value == "2024-03-01"
    assert killing.date.text == "Friday"


@pytest.mark.parametrize(
    ("when", "value"),
    [
        ("The next morning", "2024-02-27"),  # a part of day: the event is on its day
        ("That night", "2024-02-26"),
        ("That Friday", "2024-03-01"),
        ("The day before,", "2024-02-25"),
    ],
)
def test_events_date_counts_from_the_day_the_story_has_got_to(
    run_text: Any, when: str, value: str
) -> None:
    text = (
        "Police arrested two opposition leaders in Lagos on Monday, February 26. "
        f"{when} protesters attacked a police station in the city."
    )
    attack = _only(run_text(text, "2024-03-06"), "ASSAULT")
    assert attack.date is not None and attack.date.value == value
    assert attack.date.text == when.rstrip(",")


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        # willingness to concede is an offer (AGREE); a declared withdrawal stays CONCEDE
        ("Ethiopia says it is willing to pull its troops out of the border town.", "AGREE"),
        ("The governor said he is prepared to lift the ban on night markets.", "AGREE"),
        ("Chad announced it would withdraw its troops from the border.", "CONCEDE"),
        # a future act conditional on the other side ("unless") is a threat
        ("Kenya said it will withdraw its soldiers from Somalia unless it is paid.", "THREATEN"),
        # getting ready to use force is mobilization, not a threat
        ("The Ugandan army prepared to resume shelling the rebel camps.", "MOBILIZE"),
        # an announced resignation is still a resignation (RETREAT), not a concession
        ("The Bolivian interior minister will resign next week.", "RETREAT"),
        ("Red Cross helicopters evacuated the wounded from the besieged town.", "AID"),
        ("The United Nations will deploy peacekeepers to the Central African Republic.", "AGREE"),
        ("The African Union deployed peacekeeping troops to Darfur.", "AID"),
        ("Italy is pushing hard for the European Union to fund the rescue missions.", "REQUEST"),
        ("Officials have been pressuring the miners to end their strike.", "REQUEST"),
        ("Ghana opened its borders to refugees fleeing the fighting.", "AID"),
        ("The junta forced the aid agency out of the country.", "SANCTION"),
        ("Turkey offered its warships to Libya.", "AGREE"),
    ],
)
def test_events_intentions_offers_and_object_rules(run_text: Any, text: str, type_: str) -> None:
    result = run_text(text)
    assert max(result.events, key=lambda e: e.confidence).type == type_, [
        (e.type, e.trigger.text, e.confidence) for e in result.events
    ]


def test_events_the_wounded_as_people_is_no_assault(run_text: Any) -> None:
    result = run_text("Volunteers carried the wounded to the hospital.")
    assert all(e.type != "ASSAULT" for e in result.events)


def test_events_allegations_are_an_accusation(run_text: Any) -> None:
    result = run_text("Police jailed 12 activists on allegations of sedition.")
    assert {e.type for e in result.events} >= {"COERCE", "ACCUSE"}


def test_events_a_toll_in_the_next_sentence_joins_the_attack(run_text: Any) -> None:
    result = run_text(
        "Rebels clashed with army troops near the border on Monday. Four soldiers were killed."
    )
    assaults = [e for e in result.events if e.type == "ASSAULT"]
    assert len(assaults) == 1
    assert assaults[0].acled is not None and assaults[0].acled.sub_event_type == "Armed clash"


def test_events_force_after_a_protest_sentence_is_part_of_the_protest(run_text: Any) -> None:
    result = run_text(
        "Students protested outside the ministry on Monday. "
        "Police fired tear gas and arrested twelve of them."
    )
    subs = {e.acled.sub_event_type for e in result.events if e.acled and e.type != "PROTEST"}
    assert subs == {"Protest with intervention"}


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Militiamen raped several women near the camp.", "ASSAULT"),  # lemmatised "rap"
        ("Retired nurses held a sit-in outside the hospital.", "PROTEST"),
        ("Engineers defused a bomb planted under the bridge.", "COERCE"),
    ],
)
def test_events_triggers_the_lemmatizer_or_tokenizer_splits(
    run_text: Any, text: str, type_: str
) -> None:
    assert type_ in {e.type for e in run_text(text).events}


def test_events_a_conjoined_verb_is_no_intention(run_text: Any) -> None:
    result = run_text("Rioters set fire to the town hall and clashed with police.")
    clash = next(e for e in result.events if e.trigger.text == "clashed")
    assert clash.type == "ASSAULT" and not clash.aux.future


def test_events_a_month_last_year_dates_the_detention_after_an_age(run_text: Any) -> None:
    text = (
        "A court in Samara on Monday jailed the blogger Pavel Orlov for five years. "
        "Orlov, 38, was detained in Samara in October last year."
    )
    detention = next(e for e in run_text(text, "2024-08-19").events if e.trigger.text == "detained")
    assert detention.date is not None and detention.date.value == "2023-10"


@pytest.mark.parametrize(
    "text",
    [
        "The president thanked Norway for its support during last year's floods.",
        "The minister praised the rescuers for their work in the floods of 2019.",
    ],
)
def test_events_a_time_naming_a_noun_in_an_argument_does_not_date_the_verb(
    run_text: Any, text: str
) -> None:
    result = run_text(text, "2024-03-06")
    verb = next(e for e in result.events if e.trigger.text in ("thanked", "praised"))
    assert verb.date is not None and verb.date.value == "2024-03-06" and verb.date.text is None
    assert not verb.aux.historical


def test_events_a_reported_act_takes_the_time_of_its_report(run_text: Any) -> None:
    text = (
        "Gunmen attacked an army post near Gao on Saturday, security sources said. "
        "Two days later, the army said it had killed 30 militants in air strikes."
    )
    result = run_text(text, "2024-09-10")
    killing = next(e for e in result.events if e.trigger.text == "killed")
    assert killing.date is not None and killing.date.value == "2024-09-09"


@pytest.mark.parametrize(
    ("text", "trigger", "value"),
    [
        # A noun that is the act's setting or subject lends it its time.
        ("Police detained 20 marchers at Friday's rally in Kisumu.", "detained", "2024-04-26"),
        ("Friday's bombing in the market killed 30 people.", "bombing", "2024-04-26"),
        ("Twelve people were killed in the riots of 2019, officials said.", "killed", "2019"),
        # "N months later" past publication, counted from when something was said: no date.
        (
            "Rebels took the town in January. The army said on Monday that it had recaptured "
            "it two months later.",
            "recaptured",
            "2024-05-01",
        ),
        # "The following Friday" with no day before it: the Friday just past.
        ("The following Friday, police detained the organisers.", "detained", "2024-04-26"),
    ],
)
def test_events_times_of_settings_and_counted_on_times(
    run_text: Any, text: str, trigger: str, value: str
) -> None:
    event = next(e for e in run_text(text, "2024-05-01").events if e.trigger.text == trigger)
    assert event.date is not None and event.date.value == value
    assert event.type in ("COERCE", "ASSAULT")  # a past act, not a threat


def _place_name(result: ArticleResult, event: Event) -> str | None:
    place = next((p for p in result.places if p.id == event.place), None)
    return place.name if place is not None else None


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # a town attacked is where the attack happened, though it is also an actor
        ("Russian rockets hit Kharkiv on Friday, killing two people.", "hit", "Kharkiv"),
        # a town naming where the acting body sits
        ("A Minsk court sentenced the blogger to four years on Monday.", "sentenced", "Minsk"),
        ("Lviv police detained three men on Tuesday.", "detained", "Lviv"),
        # the place the verb names, for the attack noun it re-tells
        ("An air strike killed nine people in Deir al-Balah on Sunday.", "strike", "Deir al-Balah"),
        # a town named as where, though the actor coder took it for an actor
        (
            "Gunmen attacked an army post near the town of Djibo in northern Burkina Faso.",
            "attacked",
            "Djibo",
        ),
        # a finer place in the same country, named by a later mention of the same act
        (
            "Two blasts near the shrine of Iran's late general killed 20 people and wounded 50 "
            "others in the southeastern city of Kerman on Wednesday.",
            "wounded",
            "Kerman",
        ),
        # a place named as where beats a nearer one naming where the parties come from
        ("Delegations from Rabat and Algiers met in Geneva on Monday.", "met", "Geneva"),
        ("Talks between Baku and Yerevan in Almaty opened on Friday.", "Talks", "Almaty"),
        # not a place said of someone in an aside
        (
            "The president, who was in Brussels for a summit, ordered troops into Niamey.",
            "ordered",
            "Niamey",
        ),
        # the name of a place noun is named as where too, and is finer than its container
        (
            "Rebels opened fire on a patrol in Bijapur district of Chhattisgarh on Friday.",
            "opened",
            "Bījāpur",
        ),
    ],
)
def test_events_a_place_that_is_an_actor_can_be_where_it_happened(
    run_text: Any, text: str, trigger: str, place: str
) -> None:
    result = run_text(text)
    event = next(e for e in result.events if e.trigger.text == trigger)
    assert (_place_name(result, event), event.place_inferred) == (place, False)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a place in a relative clause about the act is where it was judged, not done
        (
            "A bomb exploded at a market in Afghanistan on Monday. The blast, which officials "
            "in Kabul condemned, killed eight people.",
            "Afghanistan",
        ),
        # a finer place must lie inside the first: Abuja is not in Lagos state
        (
            "Protesters rallied in Lagos on Monday. The protests, which police in Abuja called "
            "illegal, drew thousands.",
            "Lagos",
        ),
    ],
)
def test_events_a_later_place_said_about_the_act_is_not_its_place(
    run_text: Any, text: str, place: str
) -> None:
    result = run_text(text)
    assert _place_name(result, result.events[0]) == place


@pytest.mark.parametrize(
    ("text", "trigger", "not_place"),
    [
        ("Ghana criticized Togo on Monday.", "criticized", "Togo"),  # a statement's addressee
        ("Ghana criticized Togo on Monday.", "criticized", "Ghana"),  # the country acting
        ("French troops killed two militants in Mali.", "killed", "France"),  # a nationality
        ("Chad's shelling killed four herders in Darfur.", "shelling", "Chad"),  # the owner
    ],
)
def test_events_a_party_to_the_act_is_not_its_place(
    run_text: Any, text: str, trigger: str, not_place: str
) -> None:
    result = run_text(text)
    event = next(e for e in result.events if e.trigger.text == trigger)
    assert event.place_inferred or _place_name(result, event) != not_place


@pytest.mark.parametrize(
    "text",
    [
        "Students protesting against the fee rise clashed with police in Accra.",
        "Protesters against the new tax rioted in Quito on Friday.",
        "Thousands of teachers protested in Lima on Monday.",
    ],
)
def test_events_a_protest_keeps_a_protest_cameo_code(run_text: Any, text: str) -> None:
    protests = [e for e in run_text(text).events if e.type == "PROTEST"]
    assert protests
    for e in protests:
        assert e.cameo.startswith("14"), e.to_dict()
        if e.mode == "riot":
            assert e.cameo.startswith("145")


def test_events_a_word_inside_an_institutions_name_is_no_trigger(run_text: Any) -> None:
    result = run_text("The judges upheld an earlier Court of Appeal decision on Tuesday.")
    assert not any(e.trigger.text == "Appeal" for e in result.events)
    result = run_text("The ministry will appeal the ruling.")
    assert any(e.trigger.text == "appeal" and e.type == "REQUEST" for e in result.events)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # the parser reads these verbs as participles of the crowd noun; no one is protested
        ("Thousands of nurses protested in Accra on Monday.", "nurses"),
        ("Hundreds of farmers marched in Lahore on Tuesday.", "farmers"),
    ],
)
def test_events_a_crowd_read_as_a_participle_is_who_protests(
    run_text: Any, text: str, who: str
) -> None:
    result = run_text(text)
    protest = _only(result, "PROTEST")
    assert _names(result, protest.source) == {who}


@pytest.mark.parametrize(
    "text",
    [
        # the parser hangs the verb on the noun of "on motorbikes" as if the trucks were killed
        "Bandits on motorcycles killed at least six herders in the north on Friday.",
        "Gunmen in pickup trucks killed at least four soldiers and wounded two others at a "
        "checkpoint, officials said, the third such raid this month.",
    ],
)
def test_events_a_verb_read_as_a_participle_with_an_object_is_done_by_the_sentence_noun(
    run_text: Any, text: str
) -> None:
    result = run_text(text)
    attack = _only(result, "ASSAULT")
    sources = _names(result, attack.source)
    assert sources and sources <= {"bandits", "gunmen"}, attack.to_dict()
    assert _names(result, attack.target) & {"herders", "soldiers"}


def test_events_the_accused_of_a_coordinated_object_did_the_act(run_text: Any) -> None:
    result = run_text(
        "Activists accused the police and their informants of torturing two students."
    )
    torture = next(e for e in result.events if e.trigger.text == "torturing")
    assert _names(result, torture.source) == {"police"}, torture.to_dict()


def test_events_neutralised_fighters_were_killed(run_text: Any) -> None:
    result = run_text("The army said troops neutralised eleven insurgents in the forest.")
    assert _only(result, "ASSAULT").trigger.text == "neutralised"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Two men were held on suspicion of planning bombings, officials said.", "bombings"),
        ("The cell was plotting attacks on the railway.", "attacks"),
    ],
)
def test_events_acts_planned_or_plotted_lie_ahead(run_text: Any, text: str, trigger: str) -> None:
    result = run_text(text)
    planned = next(e for e in result.events if e.trigger.text == trigger)
    assert planned.aux.future, planned.to_dict()


def test_events_a_plan_that_was_carried_out_is_no_future(run_text: Any) -> None:
    result = run_text("The commander planned the ambush that killed nine soldiers.")
    assert not any(e.aux.future for e in result.events), [e.to_dict() for e in result.events]


def test_events_each_side_of_a_clash_in_one_sentence_has_its_own_act(run_text: Any) -> None:
    text = "Riot police fired tear gas to disperse students who set fire to two police vans."
    result = run_text(text)
    doers = [{a.sector for i in e.source if (a := result.actor(i))} for e in result.events]
    assert {"COP"} in doers and {"EDU"} in doers, [e.to_dict() for e in result.events]


def test_events_a_dateline_with_its_country_is_no_doer(run_text: Any) -> None:
    result = run_text("KISUMU, Kenya — Kenyan police arrested nine fishermen on Monday.")
    arrest = _only(result, "COERCE")
    assert _names(result, arrest.source) == {"police"}, arrest.to_dict()


def test_events_sanctions_announced_are_imposed_by_who_announced_them(run_text: Any) -> None:
    result = run_text("Canada announced new sanctions against three Iranian banks on Friday.")
    sanction = _only(result, "SANCTION")
    assert _names(result, sanction.source) == {"Canada"}, sanction.to_dict()


def test_events_a_subject_set_beside_a_dateline_is_the_doer(run_text: Any) -> None:
    text = (
        "GULU, Uganda (Reuters) - Ugandan federal troops and local militiamen clashed in the "
        "northern town of Kitgum on Sunday, residents said."
    )
    result = run_text(text)
    clash = _only(result, "ASSAULT")
    assert _names(result, clash.source) == {"troops", "militiamen"}, clash.to_dict()


def test_events_the_place_named_in_the_text_beats_the_dateline(run_text: Any) -> None:
    result = run_text("AMMAN, Jordan — An air strike killed a smuggler in southern Syria.")
    strike = next(e for e in result.events if e.type == "ASSAULT")
    place = result.place(strike.place) if strike.place else None
    assert place is not None and place.country == "SYR", strike.to_dict()


def test_events_a_dateline_town_is_the_place_when_no_other_is_named(run_text: Any) -> None:
    result = run_text("ODESA — Missiles hit the port overnight, killing two dockers.")
    strike = next(e for e in result.events if e.type == "ASSAULT")
    place = result.place(strike.place) if strike.place else None
    assert place is not None and place.name.startswith("Odes"), strike.to_dict()


def test_events_a_planned_act_stays_apart_from_a_done_one(run_text: Any) -> None:
    result = run_text("The gunman shot dead in the raid had planned attacks on pilgrims.")
    planned = next(e for e in result.events if e.trigger.text == "attacks")
    assert planned.aux.future, [e.to_dict() for e in result.events]


def test_events_an_arrest_announced_is_still_the_polices(run_text: Any) -> None:
    result = run_text("The interior ministry announced the arrest of six smugglers in Tunis.")
    arrest = _only(result, "COERCE")
    assert all((a := result.actor(i)) and a.sector == "COP" for i in arrest.source)


def test_events_a_conjunct_with_its_own_subject_is_not_denied(run_text: Any) -> None:
    result = run_text("No arrests were made, and the police are urging witnesses to come forward.")
    urging = next(e for e in result.events if e.trigger.text == "urging")
    assert not urging.aux.negated, urging.to_dict()


def test_events_aid_pledged_is_one_event(run_text: Any) -> None:
    result = run_text("The premier visited Kyiv and pledged more aid.")
    assert [e.type for e in result.events].count("AID") == 1, [e.to_dict() for e in result.events]


def test_events_a_done_act_and_its_repeat_promised_stay_two(run_text: Any) -> None:
    result = run_text("The army shelled the port and will shell it again, the general said.")
    assert len([e for e in result.events if e.trigger.text in ("shelled", "shell")]) == 2


def test_events_mode_from_the_acts_own_clause(run_text: Any) -> None:
    # the helicopter brought the police after the fire: the arson is no air strike
    result = run_text(
        "The gang set fire to six houses before police reinforcements arrived by helicopter."
    )
    assert all(e.mode != "aerial" for e in result.events), [e.to_dict() for e in result.events]
    aerial = run_text("Three people were killed when warplanes struck the market.")
    assert any(e.mode == "aerial" for e in aerial.events)


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        # what an amount measures is the act of whoever gives it
        ("Japan announced $40 million in humanitarian aid.", "aid", "Japan"),
        (
            "Norway called on both sides to talk and announced $5 million in new aid.",
            "aid",
            "Norway",
        ),
    ],
)
def test_events_who_does_an_embedded_act(
    run_text: Any, text: str, trigger: str, source: str
) -> None:
    result = run_text(text)
    event = next(e for e in result.events if e.trigger.text == trigger)
    assert [a.name for i in event.source if (a := result.actor(i))] == [source]


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        # a state or its officials protesting complain officially (CAMEO 114)
        ("Japan protested to China over the incursion of its patrol boats.", "ACCUSE"),
        ("The foreign ministry protested that a border post had been shelled.", "ACCUSE"),
        # people in the street demonstrate
        ("Thousands of teachers protested in the capital on Friday.", "PROTEST"),
    ],
)
def test_events_a_states_protest_is_a_complaint(run_text: Any, text: str, type_: str) -> None:
    result = run_text(text)
    event = next(e for e in result.events if e.trigger.text == "protested")
    assert event.type == type_
    if type_ == "ACCUSE":
        assert event.cameo == "114" and (event.acled is None)


def test_events_each_sides_act_in_a_sentence_is_its_own(run_text: Any) -> None:
    # the officers' firing and the crowd's storming are two acts, each with its own means
    result = run_text("Officers fired tear gas after demonstrators stormed the town hall.")
    by_trigger = {e.trigger.text: e for e in result.events}
    assert {"fired", "stormed"} <= set(by_trigger), [e.to_dict() for e in result.events]
    assert by_trigger["fired"].mode == "crowd-control"
    assert by_trigger["stormed"].mode != "crowd-control"


@pytest.mark.parametrize(
    "text",
    [
        "Thousands took to the streets of the capital on Sunday.",
        "Striking teachers took to the streets again.",
    ],
)
def test_events_taking_to_the_streets_is_a_protest(run_text: Any, text: str) -> None:
    assert [e.type for e in run_text(text).events] == ["PROTEST"]


@pytest.mark.parametrize(
    "text",
    [
        # who takes to the streets, and why, says whether it is a protest
        "Fans took to the streets to celebrate the title.",
        "The governor took to the streets to inspect the damage.",
        "The company used force majeure to cancel the contract.",
    ],
)
def test_events_streets_and_force_that_are_no_protest_or_assault(run_text: Any, text: str) -> None:
    assert not [e.type for e in run_text(text).events if e.type in ("PROTEST", "ASSAULT", "ACCUSE")]


@pytest.mark.parametrize(
    "text",
    [
        "Police fired tear gas at the crowd outside the stadium.",
        "Riot police used water cannon to clear the square.",
        "Officers used force to disperse the strikers.",
    ],
)
def test_events_crowd_control_is_an_assault(run_text: Any, text: str) -> None:
    modes = [(e.type, e.mode) for e in run_text(text).events]
    assert ("ASSAULT", "crowd-control") in modes, modes


@pytest.mark.parametrize(
    "text",
    [
        # a prevention that failed, was not done or only tried leaves the act as told
        "Security forces failed to prevent militants from attacking the village.",
        "Police could not stop the mob from burning the church.",
        "Nobody knows whether the army would prevent the rebels from entering the town.",
        # a definite act named under an embedded verb is not denied with it
        "The government did not allow the inspectors to investigate the killings.",
    ],
)
def test_events_an_act_not_prevented_is_not_negated(run_text: Any, text: str) -> None:
    result = run_text(text)
    words = ("attacking", "burning", "killings", "entering")
    acts = [e for e in result.events if e.trigger.text in words]
    assert acts and not any(e.aux.negated for e in acts), [e.to_dict() for e in result.events]


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        # a past tense joined to what the caller asks is the caller's own act
        (
            "The EU called on Russia to withdraw and imposed new sanctions.",
            "imposed",
            "European Union",
        ),
        (
            "The minister called on the army to protect civilians and accused rebels of looting.",
            "accused",
            "minister",
        ),
    ],
)
def test_events_the_callers_own_act_after_a_request(
    run_text: Any, text: str, trigger: str, source: str
) -> None:
    result = run_text(text)
    event = next(e for e in result.events if e.trigger.text == trigger)
    assert [a.name for i in event.source if (a := result.actor(i))] == [source]


def test_events_what_one_is_urged_to_do_is_no_event_of_its_own(run_text: Any) -> None:
    result = run_text("The bishop urged the leaders to seek peace.")
    assert [e.trigger.text for e in result.events] == ["urged"]


def test_events_a_states_protest_is_one_event(run_text: Any) -> None:
    result = run_text("The Interior Ministry protested against the report.")
    assert [(e.type, e.cameo) for e in result.events] == [("ACCUSE", "114")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # summoning an envoy is an official complaint (PLOVER manual, ACCUSE), done "in protest"
        ("Norway summoned Chile's ambassador in protest.", [("ACCUSE", "114")]),
        ("The senator resigned in protest over the vote.", [("RETREAT", "0831")]),
        # with no act of its own, "in protest" is the protest
        ("Dockers walked off the job in protest.", [("PROTEST", "141")]),
    ],
)
def test_events_an_act_done_in_protest_is_one_event(
    run_text: Any, text: str, expected: list[tuple[str, str]]
) -> None:
    result = run_text(text)
    assert [(e.type, e.cameo) for e in result.events] == expected


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("The regime hanged three protesters at dawn.", True),
        ("Ruritania hanged two men convicted of smuggling.", True),
        ("The caretaker hanged the banner over the gate.", False),
    ],
)
def test_events_hanging_people_is_an_execution(run_text: Any, text: str, killed: bool) -> None:
    events = [e for e in run_text(text).events if e.trigger.text == "hanged"]
    assert bool(events) == killed
    if killed:
        assert events[0].type == "ASSAULT" and events[0].cameo == "1823"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("LIMA, Peru (AP) — Police fired tear gas at protesters on Monday.", "Lima"),
        # a part of the country the text does not name: the country, not the filing town
        ("LIMA, Peru (AP) — Farmers blocked roads in the north of the country.", "Peru"),
    ],
)
def test_events_a_dateline_places_the_act_when_nothing_else_does(
    run_text: Any, text: str, place: str
) -> None:
    result = run_text(text)
    places = {p.id: p.name for p in result.places}
    assert [places.get(e.place or "") for e in result.events] == [place]


def test_events_a_lynching_is_an_assault(run_text: Any) -> None:
    result = run_text("A mob lynched a suspected thief in the market.")
    assert [(e.type, e.cameo) for e in result.events] == [("ASSAULT", "1823")]


def test_events_a_refusal_told_is_a_rejection_not_denied(run_text: Any) -> None:
    result = run_text("The opposition leader said she would not accept the result.")
    [event] = result.events
    assert event.type == "REJECT" and not event.aux.negated


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a past tense joined to a negated or future verb is a statement of its own
        (
            "The leader said she would not accept the result and accused Russia of meddling.",
            "accused",
        ),
        ("The rebels will not attend the talks and vowed to fight on.", "vowed"),
        ("The activist did not attend the hearing and was arrested on Friday.", "arrested"),
    ],
)
def test_events_a_conjunct_with_its_own_tense(run_text: Any, text: str, trigger: str) -> None:
    event = next(e for e in run_text(text).events if e.trigger.text == trigger)
    assert not (event.aux.negated or event.aux.future), event.to_dict()


def test_events_no_act_inside_an_organisations_name(run_text: Any) -> None:
    # the list of known groups names it; the NER does not tag it
    result = run_text(
        "Observers from the Organization for Security and Co-operation in Europe reported fraud."
    )
    assert "COOPERATE" not in [e.type for e in result.events]


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("Kidnappers seized 30 pupils from a school.", ["ASSAULT"]),
        ("Police seized ten dock workers at the port.", ["COERCE"]),
        ("The family used gas to cook dinner.", []),
        ("Police used tear gas against the strikers.", ["ASSAULT"]),
        # whom the row lists by sector, not by noun
        ("Gunmen seized twelve worshippers from a mosque.", ["ASSAULT"]),
        ("Soldiers seized three journalists at the border.", ["COERCE"]),
    ],
)
def test_events_seizing_people_and_using_gas(run_text: Any, text: str, types: list[str]) -> None:
    assert [e.type for e in run_text(text).events] == types


def test_events_seizing_people_is_coded_by_who_seizes(run_text: Any) -> None:
    abduction = _only(run_text("Gunmen seized twelve worshippers from a mosque."), "ASSAULT")
    arrest = _only(run_text("Soldiers seized three journalists at the border."), "COERCE")
    assert (abduction.cameo, arrest.cameo) == ("181", "173")


def test_events_a_definite_act_of_another_side_is_another_event(run_text: Any) -> None:
    result = run_text(
        "Hamas fired rockets at Israeli towns on Monday. "
        "Egypt called on Israel to halt its air strikes on Gaza."
    )
    fired = next(e for e in result.events if e.trigger.text == "fired")
    assert _names(result, fired.source) == {"Hamas"}


def test_events_a_headline_tells_the_leads_first_act(run_text: Any) -> None:
    result = run_text(
        "Turkish strike kills four in northern Iraq after PKK rocket fire\n\n"
        "ERBIL (Reuters) — A Turkish drone strike on a car near Sinjar killed four people on "
        "Sunday, hours after PKK fighters fired rockets at a Turkish base.\n\n"
        "The Turkish defence ministry said the strike had hit a PKK commander."
    )
    assault = [e for e in result.events if e.type == "ASSAULT"]
    turkish = [e for e in assault if e.trigger.text in ("strike", "kills")]
    assert len(turkish) == 1, assault  # the headline's strike joined the lead's
    strike = turkish[0]
    assert not any(e.trigger.start < 60 for e in assault)
    # "the strike" later is the drone strike told again, not a labour strike nor the rockets
    assert "commanders" in _names(result, strike.target) or "commander" in _names(
        result, strike.target
    )
    fired = next(e for e in assault if e.trigger.text == "fired")
    assert _names(result, fired.source) == {"Kurdistan Workers' Party"}  # its fighters
    assert not any(e.type == "PROTEST" for e in result.events)


@pytest.mark.parametrize(
    ("text", "word", "type_"),
    [
        ("An air strike hit a market in Idlib. The strike killed nine people.", "strike", None),
        ("Dockers began a general strike on Monday. The strike shut the ports.", "strike", None),
        ("A strike killed five militants near the border.", "strike", "ASSAULT"),
    ],
)
def test_events_a_strike_is_read_as_first_told(
    run_text: Any, text: str, word: str, type_: str | None
) -> None:
    result = run_text(text)
    types = {e.type for e in result.events}
    assert len(result.events) == 1, result.events
    if type_ is not None:
        assert types == {type_}


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("The injured boy was admitted to a district hospital.", []),
        ("Doctors admitted the wounded to the intensive care unit.", []),
        ("The minister admitted to taking bribes.", ["CONCEDE"]),
    ],
)
def test_events_admitted_for_care_is_no_concession(
    run_text: Any, text: str, types: list[str]
) -> None:
    assert [e.type for e in run_text(text).events] == types


@pytest.mark.parametrize(
    "text",
    [
        # a headline's passive without "were": its subject undergoes the act
        "Police officers killed in attack\n\nKANO, Nigeria — Four police officers were killed "
        "on Sunday when gunmen attacked a checkpoint, police said.",
        # a headline's time without a value dates nothing
        "Hunger strike enters third week\n\nLONDON — A jailed activist's hunger strike entered "
        "its third week on Monday, her family said.",
        # a question is a headline too
        "Why did the truce collapse?\n\nGAZA — The truce collapsed on Tuesday.",
        # two sides' one act
        "Thai army, Cambodian troops clash at border\n\nBANGKOK — Thai and Cambodian troops "
        "clashed near a disputed temple on Monday.",
    ],
)
def test_events_a_headline_and_its_lead_are_one_event(run_text: Any, text: str) -> None:
    result = run_text(text)
    lead = text.index("\n\n")
    headline_only = [e for e in result.events if e.trigger.start < lead]
    assert headline_only == [], result.events


def test_events_the_attack_told_again_joins_its_target(run_text: Any) -> None:
    result = run_text(
        "Russian missiles hit Kyiv on Tuesday. Ukrainian drones attacked a Russian refinery. "
        "The attack on Kyiv killed five."
    )
    hit = next(e for e in result.events if e.trigger.text == "hit")
    assert hit.casualties.killed is not None and hit.casualties.killed.min == 5


def test_events_a_strike_by_workers_owned_is_a_labour_strike(run_text: Any) -> None:
    result = run_text(
        "A teachers' strike closed schools in Lagos on Monday. "
        "The strike targeted the state education board."
    )
    assert [e.type for e in result.events] == ["PROTEST"]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # each side's act in a two-sided headline joins the same doers' act in the lead
        (
            "Militants attack police station; police kill four attackers\n\n"
            "LAGOS — Militants attacked a police station on Sunday and police killed four of "
            "the attackers, a spokesman said.",
            [4],
        ),
        # a headline noun joins the lead's, though the lead's first act is a noun too
        (
            "Junta air strike kills 17 in village\n\nYANGON — A military air strike hit a "
            "village on Tuesday, killing 17 people, residents said.",
            [17],
        ),
        # the place told picks the blast, over the same word
        (
            "A bomb exploded at a market in Kirkuk on Monday. A second blast hit a checkpoint "
            "in Baghdad. The blast in Kirkuk killed four.",
            [4],
        ),
    ],
)
def test_events_a_toll_is_told_once(run_text: Any, text: str, killed: list[int]) -> None:
    result = run_text(text)
    counts = [e.casualties.killed.min for e in result.events if e.casualties.killed]
    assert counts == killed, result.events


def test_events_the_blast_in_a_place_is_the_blast_there(run_text: Any) -> None:
    result = run_text(
        "A bomb exploded at a market in Kirkuk on Monday. A second blast hit a checkpoint "
        "in Baghdad. The blast in Kirkuk killed four."
    )
    dead = next(e for e in result.events if e.casualties.killed)
    assert dead.trigger.text == "exploded"


def test_events_whoever_comments_on_a_strike_did_not_strike(run_text: Any) -> None:
    result = run_text("The group did not comment on the strike.")
    assert all(not e.source for e in result.events), result.events


def test_events_a_place_before_an_attack_word_is_no_attacker(run_text: Any) -> None:
    result = run_text(
        "Two journalists killed in Gaza strike\n\nGAZA CITY — Two journalists were killed on "
        "Monday when an Israeli air strike hit their car."
    )
    [event] = result.events
    assert {a.country for i in event.source if (a := result.actor(i))} == {"ISR"}


@pytest.mark.parametrize(
    ("text", "trigger", "town"),
    [
        # the lead's own act, or what its reporting verb reports, happened in the town
        (
            "Vote count\n\nLIMA, Peru — Police fired tear gas at protesters on Monday.",
            "fired",
            True,
        ),
        (
            "Ambush\n\nBAMAKO, Mali — Seven soldiers were killed on Tuesday, the army said.",
            "killed",
            True,
        ),
        # what someone is accused of did not happen in the capital that files the story
        (
            "Warning\n\nMOSCOW — Russia accused Ukraine of attacking a nuclear plant.",
            "attacking",
            False,
        ),
    ],
)
def test_events_a_dateline_town_places_only_the_leads_own_act(
    run_text: Any, text: str, trigger: str, town: bool
) -> None:
    result = run_text(text)
    event = next(e for e in result.events if e.trigger.text == trigger)
    place = next((p for p in result.places if p.id == event.place), None)
    assert (place is not None and place.precision == "city") == town, place


@pytest.mark.parametrize(
    "text",
    [
        "Mali and the rebels signed an agreement in Algiers on Friday.",
        "The two parties signed a peace accord on Friday.",
    ],
)
def test_events_signing_an_agreement_is_one_act(run_text: Any, text: str) -> None:
    assert len(run_text(text).events) == 1


def test_events_an_owned_object_of_a_listed_verb_stays_its_owners_act(run_text: Any) -> None:
    result = run_text("The government accepted the rebels' demand on Friday.")
    assert len(result.events) == 2


def test_events_an_actors_name_is_no_reports_trigger(run_text: Any) -> None:
    # The ACLED report classifier may point at any word of a short report; an actor's name
    # ("government") tells no act.
    for text in (
        "The government accepted the rebels' demand on Friday.",
        "Police said the government would not negotiate with the protesters.",
    ):
        assert "government" not in [e.trigger.text for e in run_text(text).events]


def test_events_the_strike_after_a_verb_struck_is_that_attack(run_text: Any) -> None:
    result = run_text(
        "Drones struck a depot in Odesa on Friday. Kyiv did not comment on the strike."
    )
    assert [e.type for e in result.events] == ["ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Nurses struck on Monday.",
        "Teachers struck over pay on Monday.",  # "over" read as a particle with an object
        # the noun is the verb's row's own word: one walkout, whatever "strike in" reads alone
        "Thousands of workers went on strike in Kolkata on Monday.",
        # a strike begun by workers, teachers or doctors is theirs: no attack
        "Teachers began a strike in Accra on Monday.",
        "Doctors started a strike in Lagos over unpaid wages.",
    ],
)
def test_events_workers_who_strike_walk_out(run_text: Any, text: str) -> None:
    assert [e.type for e in run_text(text).events] == ["PROTEST"]


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("Protesters blocked a highway last week.", "2024-02", "month"),  # Feb 26 - Mar 3
        ("Protesters blocked a highway last summer.", "2023", "year"),
    ],
)
def test_events_a_week_or_a_season_dates_the_act_coarsely(
    run_text: Any, text: str, value: str, precision: str
) -> None:
    # Not the publication day, which the text does not give; published Wednesday 2024-03-06.
    date = run_text(text).events[0].date
    assert date is not None and (date.value, date.precision) == (value, precision)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # no time of its own: the dateline's day, not the publication day (2024-03-06)
        ("LUSAKA, Zambia, Feb. 28 (AP) — Police arrested 15 traders, their lawyers said.", "02-28"),
        # a weekday counts back from the dateline's day (Monday 2024-02-12)
        ("HARARE, Zimbabwe, Feb. 12 (Reuters) - Gunmen killed two guards on Sunday.", "02-11"),
    ],
)
def test_events_a_datelines_day_is_the_storys_day(run_text: Any, text: str, day: str) -> None:
    date = run_text(text).events[0].date
    assert date is not None and date.value == f"2024-{day}"


def test_events_a_march_led_by_an_official_stays_a_protest(run_text: Any) -> None:
    result = run_text("The march, led by the mayor, drew thousands in Lyon on Sunday.")
    assert [e.type for e in result.events] == ["PROTEST"]


def test_events_the_strike_reads_as_the_nearest_strike_before(run_text: Any) -> None:
    result = run_text(
        "Missiles struck a depot in Lviv on Tuesday. Dockers went on strike in Odesa. "
        "The strike has lasted three days."
    )
    assert [e.type for e in result.events if e.trigger.text == "strike"] == ["PROTEST"]


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # what the noun does or who called it tells which strike it is, whatever came before
        (
            "Jets struck a house in Rafah. Dockers in Haifa went on strike. "
            "The strike killed six members of one family.",
            ["ASSAULT", "PROTEST"],
        ),
        (
            "Dockers went on strike in Antwerp. A missile strike hit Sumy. "
            "The strike, organised by the dockers' union, halted shipping.",
            ["PROTEST", "ASSAULT"],
        ),
    ],
)
def test_events_a_strikes_own_words_beat_the_strike_before(
    run_text: Any, text: str, types: list[str]
) -> None:
    assert [e.type for e in run_text(text).events] == types


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Students struck a police officer near the campus.", "ASSAULT"),
        ("Miners struck a deal with the company on Friday.", "AGREE"),
    ],
)
def test_events_workers_who_strike_something_do_not_walk_out(
    run_text: Any, text: str, type_: str
) -> None:
    assert [e.type for e in run_text(text).events] == [type_]


def test_events_a_datelines_later_day_makes_no_act_future(run_text: Any) -> None:
    # Published 2024-03-06, filed on 2024-03-09: Friday is 2024-03-08, already past.
    text = "KANO, Nigeria, March 9 (Reuters) - Police arrested 30 traders on Friday."
    event = run_text(text).events[0]
    assert (event.type, event.aux.future) == ("COERCE", False)


@pytest.mark.parametrize(
    "text",
    [
        "Ruritanian jets struck rebel camps on Sunday in retaliation for an ambush that killed"
        " six Ruritanian soldiers.",
        "Ruritanian jets struck rebel camps to avenge the killing of six Ruritanian soldiers.",
    ],
)
def test_events_an_act_answered_is_kept_apart_with_its_toll(run_text: Any, text: str) -> None:
    result = run_text(text)
    strike = next(e for e in result.events if e.trigger.text == "struck")
    assert not strike.casualties.killed, strike.to_dict()
    answered = [e for e in result.events if e is not strike and e.type == "ASSAULT"]
    assert answered and not (set(answered[0].source) & set(strike.source))


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("The two sides exchanged 40 hostages for 90 prisoners on Friday.", "RETREAT"),
        ("Rebel fighters advanced towards the provincial capital on Tuesday.", "MOBILIZE"),
    ],
)
def test_events_swaps_and_advances(run_text: Any, text: str, type_: str) -> None:
    assert type_ in [e.type for e in run_text(text).events]


def test_events_a_team_that_advances_is_no_force(run_text: Any) -> None:
    assert not run_text("The home team advanced to the final on Sunday.").events


@pytest.mark.parametrize(
    ("text", "type_", "cameo"),
    [
        # ending a ceasefire is no ceasefire
        ("The president suspended a ceasefire with the rebels on Sunday.", "SANCTION", "160"),
        # forces promised to a named country are an intent to cooperate militarily ...
        ("The alliance will deploy 3,000 more troops to Estonia.", "AGREE", "0312"),
        # ... forces moved towards a front, a threat
        ("The army will deploy more troops to the border.", "THREATEN", "138"),
    ],
)
def test_events_ceasefires_ended_and_deployments_promised(
    run_text: Any, text: str, type_: str, cameo: str
) -> None:
    events = run_text(text).events
    assert [(e.type, e.cameo) for e in events][:1] == [(type_, cameo)]


@pytest.mark.parametrize(
    ("text", "mobilized"),
    [
        ("The army reinforced its positions along the border.", True),
        ("The vote reinforced his grip on power.", False),
    ],
)
def test_events_reinforcing_forces_not_views(run_text: Any, text: str, mobilized: bool) -> None:
    assert ("MOBILIZE" in [e.type for e in run_text(text).events]) == mobilized


def test_events_the_town_of_a_hospital_is_not_where_harm_was_done(run_text: Any) -> None:
    result = run_text(
        "Gunmen killed 12 worshippers at a church in northern Burkina Faso on Sunday. The"
        " attackers arrived on motorcycles and opened fire on the congregation, said a church"
        " official. Three people were wounded and taken to a hospital in Dori."
    )
    places = {p.id: p.name for p in result.places}
    assert "Dori" in places.values()
    assert all(places.get(e.place or "") != "Dori" for e in result.events)


def test_events_the_attackers_act_told_on_is_the_same_attack(run_text: Any) -> None:
    # "the attackers" are the gunmen told of before; their act in the next sentence, at a clock
    # time whose day the text does not tell, is more of the same attack, with its wounded
    result = run_text(
        "Gunmen killed at least 12 worshippers at a church in northern Burkina Faso on Sunday,"
        " an official said Monday.\n\nThe attackers arrived on motorcycles around 9 a.m. and"
        " opened fire on the congregation. Three people were wounded.\n\nLast month, soldiers"
        " killed dozens of civilians in another village."
    )
    attacks = [
        e for e in result.events if "gunmen" in {a.name for i in e.source if (a := result.actor(i))}
    ]
    assert len(attacks) == 1, [e.to_dict() for e in result.events]
    casualties = attacks[0].casualties
    assert casualties.killed and casualties.killed.min == 12
    assert casualties.injured and casualties.injured.min == 3


def test_events_a_further_act_of_the_same_doers_stays_apart(run_text: Any) -> None:
    result = run_text(
        "Gunmen attacked a police post in the village on Sunday. The gunmen also attacked a school."
    )
    assert len([e for e in result.events if e.type == "ASSAULT"]) == 2


@pytest.mark.parametrize(
    "text",
    [
        # doers named afresh may be at another act
        "Ruritanian forces shelled Varno overnight, killing two. Ruritanian forces struck Kell"
        " with drones, injuring five.",
        "Police arrested five protesters on Monday. Police arrested 20 more people in a"
        " separate raid.",
    ],
)
def test_events_doers_named_afresh_tell_another_act(run_text: Any, text: str) -> None:
    verbs = {e.trigger.text for e in run_text(text).events if e.type in ("ASSAULT", "COERCE")}
    assert len([e for e in run_text(text).events if e.trigger.text in verbs]) >= 2


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a hospital the act hit, or where it was done, is where it happened
        ("A missile struck a hospital in Kyiv on Monday, killing two doctors.", "Kyiv"),
        ("Two people were shot outside a hospital in Chicago on Sunday.", "Chicago"),
    ],
)
def test_events_a_hospital_hit_is_where_it_happened(run_text: Any, text: str, place: str) -> None:
    result = run_text(text)
    places = {p.id: p.name for p in result.places}
    assert [places.get(e.place or "") for e in result.events][:1] == [place]


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Ruritania will send more troops to Ukraine.", "THREATEN"),
        ("Turkey will deploy troops to Syria to fight Kurdish militants.", "THREATEN"),
        ("The United States will send 2,000 troops to Poland to reassure its allies.", "AGREE"),
    ],
)
def test_events_forces_sent_to_help_are_no_threat(run_text: Any, text: str, type_: str) -> None:
    assert run_text(text).events[0].type == type_


@pytest.mark.parametrize(
    "text",
    [
        "The court summoned the former ambassador to testify.",
        "The president summoned his envoys to the capital for consultations.",
    ],
)
def test_events_a_summons_of_no_foreign_envoy_is_no_complaint(run_text: Any, text: str) -> None:
    assert "ACCUSE" not in [e.type for e in run_text(text).events]


def test_events_a_crowds_force_in_protest_is_still_a_protest(run_text: Any) -> None:
    types = {e.type for e in run_text("Residents burned tyres in protest on Monday.").events}
    assert "PROTEST" in types


@pytest.mark.parametrize(
    ("text", "source", "victims"),
    [
        (
            "Three policemen were injured in a clash between police and protesters.",
            "protesters",
            "police",
        ),
        (
            "Five protesters were injured in a clash between police and protesters.",
            "police",
            "protesters",
        ),
    ],
)
def test_events_the_hurt_side_of_a_clash_is_no_doer(
    run_text: Any, text: str, source: str, victims: str
) -> None:
    result = run_text(text)
    event = next(e for e in result.events if e.casualties.injured)
    assert _names(result, event.source) == {source}
    assert victims in _names(result, event.target)


@pytest.mark.parametrize(
    "text",
    [
        # the same doers' act with its own counted victims, place or clock time is another act
        "Gunmen killed three villagers on Sunday. The gunmen then killed two soldiers at a"
        " checkpoint.",
        "A bomb exploded at a market at 8:30 a.m. on Monday, killing four people. A second bomb"
        " went off at 10 a.m., wounding six.",
        "Two soldiers were killed on Monday. Two soldiers were injured in a separate attack.",
    ],
)
def test_events_an_act_with_its_own_victims_or_time_is_another(run_text: Any, text: str) -> None:
    events = [e for e in run_text(text).events if e.type == "ASSAULT"]
    assert len(events) == 2, [e.to_dict() for e in events]


def test_events_both_sides_hurt_in_a_clash_have_no_one_doer(run_text: Any) -> None:
    result = run_text(
        "Three protesters and two policemen were injured in a clash between police and protesters."
    )
    event = next(e for e in result.events if e.casualties.injured)
    assert not event.source
    assert {"police", "protesters"} <= _names(result, event.target)


@pytest.mark.parametrize(
    "text",
    [
        # the same doers' next act with victims of its own, or told as later, is another act
        "Gunmen stormed a village on Sunday, killing five people. The gunmen killed a policeman"
        " at a checkpoint.",
        "Gunmen stormed a village on Sunday, killing five people. The gunmen subsequently"
        " attacked a police post.",
        "A car bomb exploded near the port on Monday, killing four. A third blast hit the port,"
        " wounding two.",
        # a victim or a place no actor or gazetteer names is still the act's own
        "Gunmen killed six people in a village on Monday. The gunmen killed a motorcyclist.",
        "Gunmen killed six people in a village on Monday. The gunmen struck the neighbouring"
        " village of Bandogo.",
    ],
)
def test_events_the_same_doers_next_act_with_its_own_victims_is_another(
    run_text: Any, text: str
) -> None:
    events = [e for e in run_text(text).events if e.type == "ASSAULT"]
    assert len(events) == 2, [e.to_dict() for e in events]
    assert not (events[0].casualties.injured and events[0].casualties.killed)


def test_events_it_was_the_third_attack_is_the_attack_told(run_text: Any) -> None:
    events = run_text(
        "Gunmen stormed a village on Sunday, killing five people. It was the third attack on"
        " the area this month."
    ).events
    assert len(events) == 1


def test_events_a_day_told_beats_a_clock_time_alone(run_text: Any) -> None:
    text = "Gunmen stormed a church at 9 a.m. on Sunday, killing six worshippers."
    events = run_text(text).events
    assert len(events) == 1 and events[0].date is not None
    assert events[0].date.text == "Sunday"


def test_events_a_participle_without_a_time_is_dated_by_its_verb(run_text: Any) -> None:
    result = run_text(
        "Thousands of farmers marched on the capital on Thursday, throwing eggs at the"
        " parliament and setting fires."
    )
    assert len(result.events) >= 2
    assert all(e.date is not None and e.date.text == "Thursday" for e in result.events)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Gunmen attacked a bus at about 10 p.m. on Friday in Kabul.", "Friday"),
        ("The attack on the market took place on Sunday at around 9 a.m.", "Sunday"),
    ],
)
def test_events_a_clock_time_is_on_the_day_told_beside_it(
    run_text: Any, text: str, day: str
) -> None:
    # the times stage anchors a clock time on the day last told, not the one beside it
    events = run_text(text).events
    assert len(events) == 1 and events[0].date is not None
    assert events[0].date.text == day


def test_events_a_side_named_by_another_noun_is_still_the_hurt_side(run_text: Any) -> None:
    result = run_text("Five soldiers were killed in a clash between troops and rebels.")
    event = next(e for e in result.events if e.casualties.killed)
    assert _names(result, event.source) == {"rebels"}


def test_events_a_side_named_as_the_victims_is_not_the_doer(run_text: Any) -> None:
    result = run_text("Three Fulani herders were killed in a clash between herders and farmers.")
    event = next(e for e in result.events if e.casualties.killed)
    assert "farmers" in _names(result, event.source)
    assert "herders" not in _names(result, event.source)


@pytest.mark.parametrize(
    "text",
    [
        "Police detained 40 students ahead of a planned rally in Dakar.",
        "The army braced for the upcoming offensive on the city.",
    ],
)
def test_events_a_planned_act_is_future(run_text: Any, text: str) -> None:
    result = run_text(text)
    planned = [e for e in result.events if e.trigger.text in ("rally", "offensive")]
    assert planned and all(e.aux.future for e in planned)


def test_events_activists_gathering_is_a_demonstration(run_text: Any) -> None:
    result = run_text("Activists of the opposition gathered in Harare on Saturday.")
    assert [e.type for e in result.events] == ["PROTEST"]


def test_events_a_planned_act_told_as_done_is_not_future(run_text: Any) -> None:
    result = run_text("The scheduled protest went ahead in Lima on Tuesday.")
    assert [e.aux.future for e in result.events] == [False]
    # foiled or called off, it never happened
    assert [e.aux.future for e in run_text("The planned attack was foiled.").events] == [True]


@pytest.mark.parametrize(
    "text",
    [
        "Farmers condemned a strike on their village that killed six.",
        "Doctors condemned the strike on the hospital, which killed 15.",
    ],
)
def test_events_whoever_condemns_a_strike_did_not_walk_out(run_text: Any, text: str) -> None:
    strike = next(e for e in run_text(text).events if e.trigger.text == "strike")
    assert strike.type == "ASSAULT"


@pytest.mark.parametrize(
    "text",
    [
        "The militia threatened on Monday to attack the port.",
        "The rebels threatened to attack the port.",
    ],
)
def test_events_a_threatened_act_is_part_of_the_threat_with_a_time_between(
    run_text: Any, text: str
) -> None:
    assert [e.type for e in run_text(text).events] == ["THREATEN"]


@pytest.mark.parametrize(
    "text",
    [
        "The army launched 35 drones overnight.",
        "The militia launched a rocket at the base.",
        "The militia launched dozens of rockets at the town.",
        "Russia launched 40 drones at the port overnight.",
        "Kyiv launched 30 drones at Moscow overnight.",
    ],
)
def test_events_a_salvo_launched_by_armed_men_or_a_state_is_an_attack(
    run_text: Any, text: str
) -> None:
    assert "ASSAULT" in [e.type for e in run_text(text).events]


@pytest.mark.parametrize(
    "text",
    [
        "North Korea launched three ballistic missiles into the sea on Tuesday.",
        "China launched 11 missiles into waters near the island during drills.",
        "The army launched two missiles in a test.",
        "Pyongyang launched two ballistic missiles toward the sea on Thursday.",
        "North Korea launched two missiles off its east coast.",
    ],
)
def test_events_missiles_launched_in_a_test_show_force(run_text: Any, text: str) -> None:
    assert [e.type for e in run_text(text).events] == ["MOBILIZE"]


@pytest.mark.parametrize(
    "text",
    [
        "The company launched 12 drones in a light show over the harbour.",
        "Students launched two rockets at a science fair.",
        "Officials launched two drones to survey the flood damage.",
        "The city council launched 200 drones for a light show.",
    ],
)
def test_events_drones_and_rockets_launched_for_show_attack_no_one(
    run_text: Any, text: str
) -> None:
    assert not any(e.type == "ASSAULT" for e in run_text(text).events)


@pytest.mark.parametrize(
    "text",
    [
        "The militia launched dozens of rockets into northern Chad on Sunday.",
        "Dozens of drones were launched at Odesa overnight.",
        "Two missiles were launched at the port of Aden on Friday.",
        "Rockets were launched into southern Lebanon from the hills on Monday.",
    ],
)
def test_events_weapons_launched_into_a_place_or_at_a_target_attack(
    run_text: Any, text: str
) -> None:
    assert "ASSAULT" in [e.type for e in run_text(text).events]


@pytest.mark.parametrize(
    "text",
    [
        "Three missiles were launched toward the sea on Friday.",
        "North Korea launched two missiles into the Pacific on Tuesday.",
    ],
)
def test_events_missiles_launched_into_the_sea_passive_or_ocean_named_show_force(
    run_text: Any, text: str
) -> None:
    assert [e.type for e in run_text(text).events] == ["MOBILIZE"]


@pytest.mark.parametrize(
    "text",
    [
        "Two satellites were launched into orbit on Tuesday.",
        "Students launched model rockets into the sky at a school fair.",
    ],
)
def test_events_rockets_into_orbit_or_the_sky_attack_no_one(run_text: Any, text: str) -> None:
    assert not any(e.type == "ASSAULT" for e in run_text(text).events)


@pytest.mark.parametrize(
    "text",
    [
        "The firm is fighting a legal battle with regulators in Lisbon.",
        "Beijing launched a charm offensive in the Pacific islands this year.",
        "The two rivals waged a price war over cheap flights.",
        "The minister launched a media blitz to defend the budget.",
    ],
)
def test_events_a_figurative_battle_or_offensive_is_no_force(run_text: Any, text: str) -> None:
    assert not any(e.type in ("ASSAULT", "MOBILIZE") for e in run_text(text).events)


@pytest.mark.parametrize(
    "text",
    [
        "The army launched an offensive against rebels in Darfur on Monday.",
        "Rebels attacked the trade ministry in Bangui on Monday.",
    ],
)
def test_events_a_real_offensive_or_an_attack_on_a_trade_office_stays(
    run_text: Any, text: str
) -> None:
    assert "ASSAULT" in [e.type for e in run_text(text).events]


def test_events_sides_that_traded_fire_attack(run_text: Any) -> None:
    event = _only(run_text("Indian and Chinese troops traded fire on the border."), "ASSAULT")
    assert event.mode == "firearms"


def test_events_dissolving_parties_restricts_political_freedom(run_text: Any) -> None:
    event = _only(run_text("The junta dissolved all political parties on Wednesday."), "COERCE")
    assert event.cameo == "1722"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Police cleared the roadblocks but made no arrests.", "made"),
        ("Troops fired no shots at the crowd on Friday.", "fired"),
        ("The rebels have no plans to attack the capital.", "attack"),
    ],
)
def test_events_an_object_of_none_denies_its_verb(run_text: Any, text: str, trigger: str) -> None:
    result = run_text(text)
    event = next(e for e in result.events if e.trigger.text == trigger)
    assert event.aux.negated


def test_events_an_object_of_none_leaves_the_rest_of_the_clause(run_text: Any) -> None:
    result = run_text("Troops fired no shots during the protest in Nakuru on Friday.")
    protest = next(e for e in result.events if e.type == "PROTEST")
    assert not protest.aux.negated


def test_events_a_group_saying_it_carried_out_the_attack_did_it(run_text: Any) -> None:
    text = (
        "A car bomb exploded outside a hotel in Baidoa on Saturday, killing six people. "
        "Al-Shabaab said it carried out the attack."
    )
    event = _only(run_text(text), "ASSAULT")
    assert _names(run_text(text), event.source) == {"al-Shabaab"}


def test_events_a_report_of_aid_announced_is_no_armed_groups_change(run_text: Any) -> None:
    text = "Canada announced $50 million in new military aid for Moldova on Tuesday."
    assert [e.type for e in run_text(text).events] == ["AID"]


def test_events_talks_begun_are_one_event_not_an_agreement_beside(run_text: Any) -> None:
    text = "Serbia and Kosovo began talks in Brussels on Monday aimed at a peace treaty."
    assert [e.type for e in run_text(text).events] == ["CONSULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Authorities suspended mobile internet services in Imphal on Friday.",
        "The government cut internet access in the region in November.",
        "Iran blocked WhatsApp and Telegram in 2022.",
    ],
)
def test_events_an_internet_shutdown_by_a_state_is_censorship(run_text: Any, text: str) -> None:
    assert [(e.type, e.mode) for e in run_text(text).events] == [("COERCE", "censor")]


def test_events_a_firm_suspending_its_website_censors_no_one(run_text: Any) -> None:
    assert run_text("The bank suspended its website for maintenance on Sunday.").events == []


def test_events_an_act_told_after_another_with_its_own_subject_is_another(run_text: Any) -> None:
    text = (
        "The army said it struck militant targets in the hills after rockets were fired at the"
        " town of Arba."
    )
    assert len([e for e in run_text(text).events if e.type == "ASSAULT"]) == 2


@pytest.mark.parametrize(
    "text",
    [
        "The cabinet approved a ceasefire deal with the rebels on Tuesday.",
        "The two sides began ceasefire talks in Doha on Monday.",
    ],
)
def test_events_a_noun_that_qualifies_another_act_is_no_act_of_its_own(
    run_text: Any, text: str
) -> None:
    assert len(run_text(text).events) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The Pentagon's firing of the Navy secretary surprised lawmakers.",
        "The junta dissolved the Soviet-era union of municipalities.",
        "The drone was launched at the airport to inspect the runway.",
    ],
)
def test_events_a_dismissal_a_union_of_towns_or_an_inspection_drone_is_no_force(
    run_text: Any, text: str
) -> None:
    assert not any(e.type in ("ASSAULT", "COERCE") for e in run_text(text).events)


@pytest.mark.parametrize(
    "text",
    [
        "Nine people were killed after a militia attacked a bus near Bunia on Monday.",
        "Gunmen shot dead a police officer after they stormed the station in Kano.",
    ],
)
def test_events_an_outcome_or_the_same_doers_after_an_act_are_one_act(
    run_text: Any, text: str
) -> None:
    assert len([e for e in run_text(text).events if e.type == "ASSAULT"]) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The regulator cut internet prices by 10 percent on Monday.",
        "The government suspended internet curbs in the region on Friday.",
    ],
)
def test_events_internet_prices_or_curbs_lifted_censor_no_one(run_text: Any, text: str) -> None:
    assert not any(e.mode == "censor" for e in run_text(text).events)


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("The union called a strike for Monday at all refineries.", ["PROTEST"]),
        ("Hamas called a ceasefire on Sunday.", ["RETREAT"]),
        ("The union called off its strike on Friday.", ["CONCEDE"]),
    ],
)
def test_events_a_strike_or_truce_called_is_started_not_asked_for(
    run_text: Any, text: str, types: list[str]
) -> None:
    assert [e.type for e in run_text(text).events] == types


def test_events_fighting_between_two_sides_beats_a_borrowed_subject(run_text: Any) -> None:
    text = (
        "The EU pledged aid for Sudan, as fighting between the army and the Rapid Support "
        "Forces entered its second year."
    )
    result = run_text(text)
    fight = _only(result, "ASSAULT")
    assert _names(result, fight.source) == {"army"}
    assert _names(result, fight.target) == {"Rapid Support Forces"}


@pytest.mark.parametrize(
    "text",
    [
        "The Supreme Court struck down a law that let military courts try civilians.",
        "The law was struck down by the Supreme Court on Monday.",
        "Opposition senators attacked the budget on Tuesday.",
    ],
)
def test_events_a_law_struck_down_or_attacked_is_no_force(run_text: Any, text: str) -> None:
    assert not [e for e in run_text(text).events if e.type in ("ASSAULT", "MOBILIZE")]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Germany postponed a planned visit by its foreign minister.", "visit"),
        ("Talks between the government and the rebels were called off on Saturday.", "Talks"),
    ],
)
def test_events_an_act_cancelled_or_banned_does_not_take_place(
    run_text: Any, text: str, trigger: str
) -> None:
    event = next(e for e in run_text(text).events if e.trigger.text == trigger)
    assert event.aux.negated


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The president did not cancel his visit to Kyiv.", "visit"),
        # put off to a new time, or banned and held anyway
        ("The union postponed the march until Saturday.", "march"),
        ("Protesters who defied a ban on demonstrations clashed with police.", "demonstrations"),
    ],
)
def test_events_an_act_not_cancelled_takes_place(run_text: Any, text: str, trigger: str) -> None:
    events = [e for e in run_text(text).events if e.trigger.text == trigger]
    assert all(not e.aux.negated for e in events)


def test_events_a_charge_named_for_its_offence_condemns_no_one(run_text: Any) -> None:
    text = "A court jailed 14 journalists on terrorism charges, their lawyers said."
    assert [e.type for e in run_text(text).events] == ["COERCE"]


def test_events_a_statement_calling_an_attack_terrorism_still_condemns(run_text: Any) -> None:
    text = "The bombing of the market was an act of terrorism, the president said."
    assert "ACCUSE" in [e.type for e in run_text(text).events]


@pytest.mark.parametrize(
    "text",
    [
        "Fierce battles raged between the army and the rebels near Omdurman on Sunday.",
        "The arrest sparked gun battles between cartel gunmen and soldiers in Culiacan.",
        "Troops battled Islamist militants near the border on Friday.",
    ],
)
def test_events_a_battle_between_sides_is_an_assault(run_text: Any, text: str) -> None:
    assert "ASSAULT" in [e.type for e in run_text(text).events]


@pytest.mark.parametrize(
    "text",
    [
        "Firefighters battled the blaze for hours.",
        "The two parties are locked in a battle over the budget.",
        "She lost her battle with cancer last year.",
    ],
)
def test_events_a_battle_of_words_fire_or_illness_is_none(run_text: Any, text: str) -> None:
    assert run_text(text).events == []


def test_events_seeking_office_asks_nothing(run_text: Any) -> None:
    assert run_text("The president is seeking a third term in office.").events == []


@pytest.mark.parametrize(
    "text",
    [
        "Mobile internet was suspended in parts of the city on Friday.",
        "Internet services were cut in Imphal on Friday.",
    ],
)
def test_events_internet_cut_told_without_its_doer_is_censorship(run_text: Any, text: str) -> None:
    assert [(e.type, e.mode) for e in run_text(text).events] == [("COERCE", "censor")]


def test_events_leaving_talks_halts_negotiations(run_text: Any) -> None:
    text = "Opposition parties pulled out of the national dialogue on Thursday."
    [event] = run_text(text).events
    assert (event.type, event.cameo) == ("SANCTION", "164")


def test_events_the_deadliest_attack_since_a_month_is_the_attack_told(run_text: Any) -> None:
    text = (
        "Military jets bombed a village in Sagaing region on Wednesday, killing 23 civilians. It "
        "was the deadliest attack in the region since January."
    )
    result = run_text(text, published="2026-12-01")
    attacks = [e for e in result.events if e.type == "ASSAULT"]
    assert len(attacks) == 1 and not attacks[0].aux.future
    assert attacks[0].date is not None and attacks[0].date.value == "2026-11-25"


def test_events_the_sayer_does_not_do_the_act_told_beside_its_verb(run_text: Any) -> None:
    text = (
        "Jihadists attacked a police school in Bamako early Tuesday, the army said, in a rare "
        "assault on the capital."
    )
    result = run_text(text)
    assert all("army" not in _names(result, e.source) for e in result.events)


def test_events_an_object_misread_as_an_adverb_is_the_target(run_text: Any) -> None:
    text = "Security forces detained opposition leader Maria Corina Machado briefly on Thursday."
    result = run_text(text)
    arrest = _only(result, "COERCE")
    assert _names(result, arrest.target) == {"María Corina Machado"}


@pytest.mark.parametrize(
    "text",
    [
        "At least 19 people were killed when a fire swept through a building in Dhaka on Thursday.",
        "A fire killed 12 patients at a hospital in Delhi on Friday.",
    ],
)
def test_events_a_blaze_no_one_set_is_no_attack(run_text: Any, text: str) -> None:
    assert not [e for e in run_text(text).events if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers were killed by heavy fire from the rebels near Goma.",
        "Militants set fire to a police station in Bannu, killing two officers.",
        # an article that speaks of arson, or a suspicious fire
        "A suspicious fire destroyed the church early Saturday.",
        "A fire destroyed the church early Saturday. Police said the fire was arson.",
    ],
)
def test_events_fire_someone_set_or_shot_is_an_attack(run_text: Any, text: str) -> None:
    assert [e for e in run_text(text).events if e.type == "ASSAULT"]


def test_events_a_gunman_told_after_the_toll_did_that_shooting(run_text: Any) -> None:
    text = (
        "Two people were killed in a shooting in Chicago on Sunday, police said. A gunman opened "
        "fire after an argument, police said."
    )
    result = run_text(text)
    [attack] = [e for e in result.events if e.type == "ASSAULT"]
    assert _names(result, attack.source) == {"gunmen"}


@pytest.mark.parametrize(
    "text",
    [
        "Two people were killed in a shooting in Chicago on Sunday. A gunman also killed a guard "
        "in Gary on Monday.",
        "Two people were killed in a shooting in Chicago on Sunday. A gunman opened fire at a bar "
        "in Detroit.",
    ],
)
def test_events_a_gunman_at_others_or_elsewhere_after_a_toll_is_another_act(
    run_text: Any, text: str
) -> None:
    assert len([e for e in run_text(text).events if e.type == "ASSAULT"]) == 2


def test_events_a_death_in_police_firing_is_no_blaze(run_text: Any) -> None:
    text = "ahmedabad: one person was killed in police firing and two others were injured."
    assert "ASSAULT" in [e.type for e in run_text(text).events]


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("China launched large-scale military drills around Taiwan on Monday.", "150"),
        ("India and France held joint naval exercises in the Arabian Sea.", "062"),
    ],
)
def test_events_drills_alone_show_force_joint_ones_cooperate(
    run_text: Any, text: str, cameo: str
) -> None:
    assert [e.cameo for e in run_text(text).events] == [cameo]


@pytest.mark.parametrize(
    "text",
    [
        "Police in riot gear stood guard outside the parliament on Monday.",
        "Riot police stood by as the crowd dispersed.",
        "The crowd dispersed peacefully after the speeches.",
    ],
)
def test_events_keeping_watch_or_a_crowd_leaving_is_no_act(run_text: Any, text: str) -> None:
    assert run_text(text).events == []


@pytest.mark.parametrize(
    "text",
    ["Police dispersed the crowd with tear gas.", "The protesters were dispersed by police."],
)
def test_events_a_crowd_dispersed_by_force_is_still_force(run_text: Any, text: str) -> None:
    assert [e.type for e in run_text(text).events] == ["ASSAULT"]


def test_events_an_act_remembered_is_not_the_act_of_the_day(run_text: Any) -> None:
    text = (
        "Police fired tear gas at protesters in Nairobi on Tuesday, as thousands marched to mark "
        "the anniversary of last year's deadly demonstrations."
    )
    protests = [e for e in run_text(text).events if e.type == "PROTEST"]
    by_word = {e.trigger.text: e for e in protests}
    assert set(by_word) == {"marched", "demonstrations"}
    [fired] = [e for e in run_text(text).events if e.type == "ASSAULT"]
    assert by_word["marched"].date == fired.date
    assert by_word["demonstrations"].date != fired.date


def test_events_a_clause_of_the_same_moment_takes_its_verbs_day(run_text: Any) -> None:
    text = "Soldiers opened fire on Friday while protesters marched through the town."
    events = {e.trigger.text: e for e in run_text(text).events}
    assert events["marched"].date is not None and events["marched"].date.text == "Friday"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "The United States imposed sanctions on three firms it accused of supplying parts.",
            "company",
        ),
        ("Rebels freed the journalist the army arrested last year.", "journalists"),
    ],
)
def test_events_a_relative_clause_acts_on_the_noun_it_tells_of(
    run_text: Any, text: str, target: str
) -> None:
    result = run_text(text)
    verb = "accused" if "accused" in text else "arrested"
    event = next(e for e in result.events if e.trigger.text == verb)
    assert target in _names(result, event.target)


def test_events_what_someone_is_accused_of_is_the_accuseds(run_text: Any) -> None:
    text = "The United States imposed sanctions on three firms it accused of supplying parts."
    result = run_text(text)
    supply = next(e for e in result.events if e.trigger.text == "supplying")
    assert _names(result, supply.source) == {"company"}


def test_events_a_participle_before_a_trailing_speaker_is_the_doers(run_text: Any) -> None:
    text = (
        "Authorities arrested an opposition campaign manager on Wednesday, accusing him of "
        "plotting a coup, the opposition said."
    )
    result = run_text(text)
    accuse = next(e for e in result.events if e.trigger.text == "accusing")
    assert _names(result, accuse.source) == {"authorities"}


def test_events_a_charge_a_court_names_is_no_speakers_condemnation(run_text: Any) -> None:
    text = (
        "A court sentenced a journalist to six years in prison on Thursday for justifying "
        "terrorism in a post, her lawyer said."
    )
    assert "ACCUSE" not in [e.type for e in run_text(text).events]


def test_events_measures_aimed_at_a_trade_are_no_attack(run_text: Any) -> None:
    text = "The EU imposed sanctions on Russia on Monday, targeting its oil exports and banks."
    assert "ASSAULT" not in [e.type for e in run_text(text).events]


def test_events_an_act_awaited_until_something_is_not_done(run_text: Any) -> None:
    text = "Union leaders said the strike would continue until the government withdrew the plan."
    withdrew = next(e for e in run_text(text).events if e.trigger.text == "withdrew")
    assert withdrew.aux.hypothetical


def test_events_an_act_that_ended_another_was_done(run_text: Any) -> None:
    text = "Fighting went on until the army withdrew from the town on Sunday."
    withdrew = next(e for e in run_text(text).events if e.trigger.text == "withdrew")
    assert not withdrew.aux.hypothetical


def test_events_fire_returned_by_police_is_their_own_act(run_text: Any) -> None:
    text = (
        "A police officer was shot and wounded Saturday night in Dayton, authorities said. The "
        "suspect, a 34-year-old man, was killed when officers returned fire."
    )
    result = run_text(text)
    attacks = [e for e in result.events if e.type == "ASSAULT"]
    assert len(attacks) == 2
    assert any(_names(result, e.source) == {"officers"} and e.casualties.killed for e in attacks)
    assert not any("officers" in _names(result, e.source) and e.casualties.injured for e in attacks)


@pytest.mark.parametrize(
    "text",
    [
        "Police detained 35 people in raids across 10 provinces on Tuesday targeting suspected "
        "militants.",
        "Police arrested 12 activists on Monday in a crackdown targeting the opposition.",
    ],
)
def test_events_raids_and_their_aim_are_the_arrests_own(run_text: Any, text: str) -> None:
    assert [e.type for e in run_text(text).events] == ["COERCE"]


def test_events_a_raid_that_kills_stays_an_attack(run_text: Any) -> None:
    text = "Troops killed five militants in a raid on a hideout on Sunday."
    assert "ASSAULT" in [e.type for e in run_text(text).events]


def test_events_a_vow_to_go_on_attacking_is_a_threat_not_an_agreement(run_text: Any) -> None:
    text = "The Houthis vowed to continue attacking ships linked to Israel in the Red Sea."
    assert [e.type for e in run_text(text).events] == ["THREATEN"]


def test_events_a_vow_to_rebuild_stays_a_promise(run_text: Any) -> None:
    assert [e.type for e in run_text("The government vowed to rebuild the town.").events] == [
        "AGREE"
    ]


def test_events_an_act_a_court_suspends_does_not_take_place(run_text: Any) -> None:
    text = "The High Court on Friday suspended the deployment of police officers to Haiti."
    [deploy] = [e for e in run_text(text).events if e.type == "MOBILIZE"]
    assert deploy.aux.negated


@pytest.mark.parametrize(
    "text",
    [
        "The president ordered the army to withdraw from the border region.",
        "The government ordered police to arrest the protest leaders.",
        # the asked-for act is the request's, not a deployment done
        "The president asked the army to deploy more troops.",
    ],
)
def test_events_an_act_ordered_is_not_reported_done(run_text: Any, text: str) -> None:
    assert [e.type for e in run_text(text).events] == ["REQUEST"]


@pytest.mark.parametrize(
    "text",
    [
        "The Pentagon sent military trucks and ammunition to Ukraine on Monday.",
        "Germany delivered more weapons to Kyiv last week.",
    ],
)
def test_events_arms_sent_or_delivered_are_military_aid(run_text: Any, text: str) -> None:
    assert [e.cameo for e in run_text(text).events] == ["072"]


@pytest.mark.parametrize(
    "text",
    [
        "police lathi-charged the protesters near the collectorate on monday.",
        "Police lathicharged the crowd.",
    ],
)
def test_events_a_lathi_charge_is_force_on_a_crowd(run_text: Any, text: str) -> None:
    assert [(e.type, e.cameo) for e in run_text(text).events] == [("ASSAULT", "175")]


def test_events_cases_someone_is_wanted_in_tell_no_deed(run_text: Any) -> None:
    text = "The man was wanted in several cases of robbery and murder, police said."
    assert run_text(text).events == []


def test_events_a_case_of_murder_told_as_the_deed_stays(run_text: Any) -> None:
    text = "In a shocking case of murder, a man killed his neighbour in Pune on Sunday."
    assert "ASSAULT" in [e.type for e in run_text(text).events]


@pytest.mark.parametrize(
    "text",
    [
        "The opposition called for the president to resign.",
        "The UN called for the army to withdraw from the city.",
    ],
)
def test_events_an_act_called_for_with_its_own_subject_is_only_asked(
    run_text: Any, text: str
) -> None:
    assert [e.type for e in run_text(text).events] == ["REQUEST"]


def test_events_an_arrest_warrant_accuses_and_arrests_no_one(run_text: Any) -> None:
    text = "The International Criminal Court issued an arrest warrant on Thursday for the leader."
    assert [(e.type, e.cameo) for e in run_text(text).events] == [("ACCUSE", "115")]


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Hackers stole data from the energy ministry, officials said.", "172"),
        ("Troops blocked an aid convoy from entering the town on Tuesday.", "191"),
    ],
)
def test_events_data_stolen_and_convoys_blocked(run_text: Any, text: str, cameo: str) -> None:
    assert [e.cameo for e in run_text(text).events] == [cameo]


def test_events_a_missile_test_a_leader_oversaw_shows_force(run_text: Any) -> None:
    text = "North Korean leader Kim Jong Un oversaw the test of a new cruise missile on Tuesday."
    result = run_text(text)
    [test] = result.events
    assert (test.type, test.cameo) == ("MOBILIZE", "150") and test.source


def test_events_strikes_told_after_an_air_attack_are_attacks(run_text: Any) -> None:
    text = (
        "Israeli jets struck military sites near Damascus overnight, in the latest of a series "
        "of strikes since the fall of the government."
    )
    assert "PROTEST" not in [e.type for e in run_text(text).events]


def test_events_what_a_charge_says_was_done_is_no_deed_told(run_text: Any) -> None:
    text = "Police detained an opposition leader on Thursday on charges of organising mass unrest."
    assert [e.type for e in run_text(text).events] == ["COERCE"]


def test_events_a_reaction_drawn_from_others_is_theirs(run_text: Any) -> None:
    text = "The government raised fuel prices on Monday, drawing criticism from the opposition."
    result = run_text(text)
    [accuse] = [e for e in result.events if e.type == "ACCUSE"]
    assert _names(result, accuse.source) == {"opposition"}


def test_events_condemnation_drawn_is_not_the_speakers(run_text: Any) -> None:
    text = (
        "Britain and France said on Monday they would recognise a Palestinian state, drawing "
        "condemnation from Israel."
    )
    result = run_text(text)
    assert not any(e.trigger.text == "said" for e in result.events)


def test_events_a_charge_hung_on_the_convicted_is_no_condemnation(run_text: Any) -> None:
    text = "A court on Monday sentenced a journalist for justifying terrorism, her lawyer said."
    assert "ACCUSE" not in [e.type for e in run_text(text).events]
