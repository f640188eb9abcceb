"""Plain wordings of a main act: the lexicon rows that give a lead's verb its type, trigger and
CAMEO code in diplomatic, legal, military, labour, security and aid news, and whom debt written
off aids. Every sentence here is invented."""

from __future__ import annotations

from typing import Any

import pytest
from tests.nlp.events.wire import names_of, top_act, top_type

from eventwire.eval.base import top_event


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("The army returned 300 hectares of farmland to the villagers.", "RETREAT"),
        ("The government allowed relief trucks to enter the besieged town.", "RETREAT"),
        ("Three states withdrew from the regional bloc on Sunday.", "SANCTION"),
        ("The junta suspended broadcasts of two foreign radio stations.", "COERCE"),
        ("A pro-Russian group disrupted the websites of several ministries.", "COERCE"),
        ("Kenyans took to the streets of Nairobi on Friday.", "PROTEST"),
        ("Students blockaded the main bridge of the city for a third day.", "PROTEST"),
        ("The appeals court upheld the death sentence of the singer.", "SANCTION"),
        ("Parliament voted down the proposal to extend the president's term.", "REJECT"),
        ("The junta ended its military cooperation agreement with Paris.", "SANCTION"),
        ("Border guards pushed the migrants back across the river.", "COERCE"),
        ("The government said it would open talks with the strikers.", "AGREE"),
    ],
)
def test_general_rows_code_the_lead(run_text: Any, text: str, type_: str) -> None:
    assert top_type(run_text, text) == type_


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("The rebels handed back the town of Kibati to the army on Monday.", "0842"),
        ("The two countries exchanged intelligence on the smuggling networks.", "064"),
    ],
)
def test_rows_read_the_act_not_a_guess(run_text: Any, text: str, cameo: str) -> None:
    top = top_event(run_text(text).events)
    assert top is not None and top.cameo == cameo


def test_an_inquiry_into_a_massacre_is_an_investigation(run_text: Any) -> None:
    text = "The regional bloc launched an inquiry on Tuesday into the massacre of 30 herders."
    assert top_type(run_text, text) == "ACCUSE"


def test_giving_in_to_demands_is_a_concession(run_text: Any) -> None:
    text = "The governor gave in to the strikers' demands on Friday and agreed to raise pay."
    assert top_type(run_text, text) == "CONCEDE"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The European Union froze 200 million euros in aid to Niger on Sunday.",
            ("SANCTION", "froze"),
        ),
        (
            "South Korea and the United States held joint military drills off the Korean"
            " peninsula on Monday.",
            ("MOBILIZE", "held"),
        ),
        (
            "Peru's Congress impeached the president on Wednesday over corruption allegations.",
            ("ACCUSE", "impeached"),
        ),
        (
            "Russia pulled out of a landmark arms control treaty with the United States on"
            " Tuesday.",
            ("SANCTION", "pulled"),
        ),
        (
            "Burkina Faso withdrew from the defence pact with France on Friday.",
            ("SANCTION", "withdrew"),
        ),
        (
            "India cancelled a planned visit by its foreign minister to Pakistan on Wednesday.",
            ("SANCTION", "cancelled"),
        ),
        (
            "France postponed talks with Algeria on Friday over a row about visas.",
            ("SANCTION", "postponed"),
        ),
        (
            "Greece declared a Turkish diplomat persona non grata on Tuesday.",
            ("SANCTION", "declared"),
        ),
        (
            "The army evacuated 3,000 villagers from the flooded districts on Saturday.",
            ("AID", "evacuated"),
        ),
        (
            "Kenya suspended a fishing accord with Somalia on Monday after gunmen killed six"
            " fishermen.",
            ("SANCTION", "suspended"),
        ),
        (
            "Kenya recalled its high commissioner from Uganda on Monday after police shot two"
            " traders.",
            ("SANCTION", "recalled"),
        ),
        (
            "The court removed the governor from office on Monday for abuse of power.",
            ("SANCTION", "removed"),
        ),
        (
            "Zambia's president sacked the army chief on Sunday, a day after soldiers clashed"
            " with police.",
            ("SANCTION", "sacked"),
        ),
        (
            "The Nepali king dismissed the government on Tuesday and assumed direct power.",
            ("SANCTION", "dismissed"),
        ),
        (
            "Malaysia's king dissolved parliament on Thursday, paving the way for early elections.",
            ("COERCE", "dissolved"),
        ),
    ],
)
def test_plain_wordings_of_diplomatic_legal_and_military_moves(
    run_text: Any, text: str, expected: tuple[str, str]
) -> None:
    assert top_act(run_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The US Treasury blacklisted five Iranian oil companies on Tuesday.", "SANCTION"),
        ("The United States beefed up security at its embassy in Baghdad on Friday.", "MOBILIZE"),
        ("Police tightened security around the parliament on Monday.", "MOBILIZE"),
        ("Norway cancelled $80 million of debt owed by Malawi on Thursday.", "AID"),
        ("The European Union pressed Serbia to arrest the fugitive general.", "REQUEST"),
    ],
)
def test_plain_wordings_of_sanctions_security_aid_and_requests(
    run_text: Any, text: str, expected: str
) -> None:
    top = top_act(run_text, text)
    assert top is not None and top[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The government wrote off debt owed by farmers.", ("AID", "wrote")),
        ("Norway forgave $2 billion in debt owed by Zambia.", ("AID", "forgave")),
        (
            "A court in Kandor acquitted the former governor of graft charges.",
            ("CONCEDE", "acquitted"),
        ),
        ("Prosecutors dropped charges against the journalist on Monday.", ("CONCEDE", "dropped")),
        ("Rebels ousted the regional governor last month.", ("COERCE", "ousted")),
        ("The army toppled the president in July.", ("COERCE", "toppled")),
        (
            "Parliament ousted the prime minister in a no-confidence vote on Thursday.",
            ("SANCTION", "ousted"),
        ),
        (
            "The president fired the army chief after a string of military setbacks.",
            ("SANCTION", "fired"),
        ),
        (
            "The junta ignored calls from regional leaders to restore civilian rule.",
            ("REJECT", "ignored"),
        ),
        (
            "Russia reduced its diplomatic staff in Lithuania after a row over spying.",
            ("SANCTION", "reduced"),
        ),
        (
            "The Security Council extended the mandate of its peacekeeping force in Cyprus.",
            ("AID", "extended"),
        ),
        ("The government legalised the main opposition party on Friday.", ("CONCEDE", "legalised")),
        (
            "The authorities granted the opposition permission to hold a rally in the capital.",
            ("CONCEDE", "granted"),
        ),
        ("Ruritania broke off negotiations with its creditors on Friday.", ("SANCTION", "broke")),
        (
            "Authorities restored internet access in the region on Thursday.",
            ("CONCEDE", "restored"),
        ),
        ("The militia disbanded after the peace accord was signed.", ("RETREAT", "disbanded")),
        ("Moscow slashed gas deliveries to its neighbour by 40 percent.", ("SANCTION", "slashed")),
        ("Qatar brokered a truce between the government and the rebels.", ("CONSULT", "brokered")),
        (
            "The defence minister held a telephone conversation with his Iranian counterpart.",
            ("CONSULT", "held"),
        ),
        ("UN peacekeepers arrived in the town after the clashes.", ("AID", "arrived")),
        (
            "The first batch of donated vaccines arrived in the capital on Monday.",
            ("AID", "arrived"),
        ),
        ("The UN refugee agency resettled 500 refugees in Canada.", ("AID", "resettled")),
    ],
)
def test_plain_wordings_of_a_main_act(run_text: Any, text: str, expected: tuple[str, str]) -> None:
    assert top_act(run_text, text) == expected


def test_debt_written_off_is_aid_to_whom_it_was_owed_by(run_text: Any) -> None:
    result = run_text("The government wrote off debt owed by farmers.")
    aid = result.events[0]
    assert names_of(result, aid.target) == {"farmers"}
