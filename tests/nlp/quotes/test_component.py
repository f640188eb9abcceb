"""eventwire_quotes: direct and indirect quotes, speakers, channels, scare quotes, event links."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.nlp.quotes.marks import is_title, marked_spans
from eventwire.records import ArticleResult, Quote


def _speaker_name(result: ArticleResult, quote: Quote) -> str | None:
    actor = result.actor(quote.speaker) if quote.speaker else None
    return actor.name if actor else None


def _direct(result: ArticleResult) -> list[Quote]:
    return [q for q in result.quotes if q.direct]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said: "We will stay here for a long time."', ["We will stay here for a long time."]),
        ("He said: “We will stay here.”", ["We will stay here."]),
        # A straight quote nested in a curly one stays part of it.
        (
            '“A note said "pay or we come back" on the gate,” he said.',
            ['A note said "pay or we come back" on the gate,'],
        ),
        # Single marks inside double ones are content, not quotes of their own.
        ("\"They shouted 'get out' at us,\" she said.", ["They shouted 'get out' at us,"]),
        # A quote left open ends with its paragraph (wire copy reopens it on the next one).
        (
            '"First paragraph goes on\n\n"Second one closes."',
            ["First paragraph goes on", "Second one closes."],
        ),
        # Two apostrophes stand for a straight mark when no `` is open.
        ("''We will win,'' she said.", ["We will win,"]),
        ("``We will win,'' she said.", ["We will win,"]),
        ("No quotation here.", []),
        # Mixed marks: a curly quote closed by a straight mark, and the reverse.
        (
            '“We are not leaving," said the mayor. "Not this year.”',
            ["We are not leaving,", "Not this year."],
        ),
        ('"We are not leaving,” she said.', ["We are not leaving,"]),
        # An opening curly mark typed where the quote ends closes it.
        ("“Not this year,“ she said. “Maybe next.”", ["Not this year,", "Maybe next."]),
    ],
)
def test_quotes_marked_spans_pairs_outermost_marks(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in marked_spans(text)] == expected


@pytest.mark.parametrize(
    ("content", "title"),
    [
        ("Children of the Dry River", True),
        ("Freedom Is Coming Home", True),
        ("we will fight on until the end", False),
        ("The talks were useful.", False),
    ],
)
def test_quotes_is_title_by_headline_case(content: str, title: bool) -> None:
    assert is_title(content) is title


def test_quotes_direct_after_speaker_with_channel(run_text: Any) -> None:
    text = (
        'President Amina Sule tweeted on Monday, "We will rebuild every school that was destroyed."'
    )
    result = run_text(text)
    [q] = _direct(result)
    assert _speaker_name(result, q) == "Amina Sule"
    assert q.channel == "tweet"
    assert text[q.content.start : q.content.end] == q.content.text


def test_quotes_standalone_quote_continues_the_speaker(run_text: Any) -> None:
    text = (
        '"The talks were useful," spokesman Omar Diallo said in a statement. '
        '"We expect a second round very soon."'
    )
    result = run_text(text)
    direct = _direct(result)
    assert len(direct) == 2
    assert {_speaker_name(result, q) for q in direct} == {"Omar Diallo"}
    assert [q.channel for q in direct] == ["statement", "statement"]


@pytest.mark.parametrize(
    "text",
    [
        'The minister called the protest "illegal" and left.',
        'Officials describe the raid as a "limited security operation" in the north.',
        'The so-called "caravan of peace and hope" reached the capital on Monday.',
        'The state broadcaster aired the film "Voices From the Old Harbour" on Friday.',
        'The governor labelled the strikers "enemies of the state" and ordered arrests.',
    ],
)
def test_quotes_scare_quotes_and_titles_are_left_alone(run_text: Any, text: str) -> None:
    assert not _direct(run_text(text))


def test_quotes_headline_colon_needs_a_source_and_a_clause(run_text: Any) -> None:
    for text in (
        "Update: the road has been reopened to traffic.",
        "He had one goal: win the election by a wide margin.",
    ):
        assert not [q for q in run_text(text).quotes if not q.direct]


@pytest.mark.parametrize(
    ("text", "speaker", "content_start"),
    [
        (
            "Diallo said the security forces need to take charge of the city.",
            "Diallo",
            "the security forces need",
        ),
        (
            "Mayor Lena Brandt said that the bridge would reopen in June.",
            "Lena Brandt",
            "the bridge would reopen",
        ),
        (
            "Four civilians died in the shelling overnight, according to local officials.",
            None,
            "Four civilians died",
        ),
        # A headline's "Source: claim", without quotation marks.
        (
            "Kremlin: peace talks with Kyiv will resume next week\nMoscow, Monday.",
            "Kremlin",
            "peace talks with Kyiv will resume",
        ),
    ],
)
def test_quotes_indirect_reported_statement(
    run_text: Any, text: str, speaker: str | None, content_start: str
) -> None:
    result = run_text(text)
    [q] = [q for q in result.quotes if not q.direct]
    assert q.content.text.startswith(content_start)
    assert not q.content.text.startswith("that")
    if speaker is not None:
        assert _speaker_name(result, q) == speaker
    else:
        assert q.speaker_span is not None and q.speaker_span.text == "local officials"


@pytest.mark.parametrize(
    "text",
    [
        # a dateline, and a topic label, before the colon: no one speaks
        "Clashes in the hills\n\nJAGDALPUR: Two constables were hurt when rebels opened fire.",
        "Peru: miners block the main highway to the port for a third day",
    ],
)
def test_quotes_a_place_before_a_colon_is_no_speaker(run_text: Any, text: str) -> None:
    assert not run_text(text).quotes


def test_quotes_a_transcript_label_that_is_also_a_place_still_speaks(run_text: Any) -> None:
    result = run_text("JORDAN: We were there when the shooting started.")
    assert [q.speaker_span.text for q in result.quotes if q.speaker_span] == ["JORDAN"]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a dateline before a spaced dash is no part of the speaker; a hyphen in a name is
        ("ACCRA, Ghana - Traders are convinced that the new levy will fail.", "Traders"),
        ("The Indo-Pak talks chief said the border would reopen soon.", "The Indo-Pak talks chief"),
    ],
)
def test_quotes_the_speaker_span_stops_at_a_dateline_dash(
    run_text: Any, text: str, span: str
) -> None:
    [q] = run_text(text).quotes
    assert q.speaker_span is not None and q.speaker_span.text == span


def test_quotes_colon_after_a_non_reporting_verb(run_text: Any) -> None:
    text = (
        '"The border stays closed," said Colonel Ana Vidal. Trade Minister Jorge Pinto '
        'disagreed: "Every day of closure costs our farmers dearly."'
    )
    result = run_text(text)
    assert [_speaker_name(result, q) for q in _direct(result)] == ["Ana Vidal", "Jorge Pinto"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Minister Sara Okafor met her counterpart, Mr. Paul Mensah, in Accra. "
            '"We agreed to reopen the border next month," she told reporters.',
            "Sara Okafor",
        ),
        (
            "Ms. Nadia Haddad welcomed the envoy Peter Lund to the town hall. "
            '"Norway will fund the new water network," he said.',
            "Peter Lund",
        ),
    ],
)
def test_quotes_pronoun_speaker_is_the_compatible_antecedent(
    run_text: Any, text: str, speaker: str
) -> None:
    result = run_text(text)
    [q] = _direct(result)
    assert _speaker_name(result, q) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A relative, counsel or employer speaks for themselves, not for "his" or "her".
        # The lawyer is an actor of its own (a legal body's person): it speaks.
        ("The court jailed Omar Diaz on Monday, his lawyer said.", "lawyers"),
        ("Omar Diaz was in hospital, his wife said.", None),
        ("Omar Diaz was in hospital, his wife Ana Diaz said.", "Ana Diaz"),
        ("Omar Diaz was freed, his attorney, Jane Park, said.", "Jane Park"),
        ("Lena Ortiz was jailed for six years, her employer Radio Harbour said.", "Radio Harbour"),
        # An office or campaign speaks for its holder.
        ("Omar Diaz will run again next year, his office said.", "Omar Diaz"),
    ],
)
def test_quotes_kin_speaks_not_the_possessor(run_text: Any, text: str, speaker: str | None) -> None:
    result = run_text(text)
    [q] = result.quotes
    assert _speaker_name(result, q) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Her boss fired her on Monday, she told reporters.", None),
        ("Ms. Ana Ruiz worked at the bank. Her boss fired her on Monday, she said.", "Ana Ruiz"),
    ],
)
def test_quotes_he_or_she_is_who_his_or_her_stands_for_not_whom_it_owns(
    run_text: Any, text: str, speaker: str | None
) -> None:
    result = run_text(text)
    [q] = result.quotes
    assert _speaker_name(result, q) == speaker


def test_quotes_they_is_people_named_in_the_plural_not_the_paper_that_reported_them(
    run_text: Any,
) -> None:
    text = (
        "The Harbour Gazette reported on Sunday that the senators met in private. "
        '"The plan will fail," they said.'
    )
    result = run_text(text)
    [q] = _direct(result)
    assert _speaker_name(result, q) == "senator"


def test_quotes_spokesperson_speaks_for_the_organisation(run_text: Any) -> None:
    text = (
        "The Foreign Ministry condemned the strike on the convoy. "
        '"This attack on aid workers is a heinous crime," spokeswoman Elena Ruiz said in '
        "a statement."
    )
    result = run_text(text)
    [q] = _direct(result)
    assert _speaker_name(result, q) == "Elena Ruiz"
    assert q.channel == "statement"
    org = result.actor(q.speaking_for or "")
    assert org is not None and "Ministry" in org.name
    accuse = {e.id for e in result.events if e.type == "ACCUSE" and q.speaking_for in e.source}
    assert accuse and accuse <= set(q.events)


def test_quotes_cue_that_is_an_event_links_it(run_text: Any) -> None:
    text = (
        '"If the wages are not paid by Friday, we will shut down the oil fields," '
        "union leader Kofi Mensah threatened."
    )
    result = run_text(text)
    [q] = _direct(result)
    threats = [e for e in result.events if e.trigger.text == "threatened"]
    assert threats and q.events == [threats[0].id]


def test_quotes_split_quote_has_one_speaker(run_text: Any) -> None:
    text = (
        '"The ceasefire is holding," said Colonel Idris Bello, "but our units remain on '
        'high alert along the river."'
    )
    result = run_text(text)
    direct = _direct(result)
    assert len(direct) == 2
    assert {_speaker_name(result, q) for q in direct} == {"Idris Bello"}


def test_quotes_seed_article_speakers(seed_result: ArticleResult) -> None:
    r = seed_result

    def quotes_of(surname: str) -> list[Quote]:
        return [q for q in r.quotes if surname in (_speaker_name(r, q) or "")]

    salih = quotes_of("Salih")
    assert len(salih) >= 2 and any(q.channel == "tweet" for q in salih)
    price = quotes_of("Ned Price")
    assert price and all(q.channel == "statement" for q in price)
    org = r.actor(price[0].speaking_for or "")
    assert org is not None and "State" in org.name
    assert any(q.channel == "tweet" for q in quotes_of("Shamkhani"))
    assert any("portends dire consequences" in q.content.text for q in quotes_of("Barzani"))


@pytest.mark.parametrize(
    "text",
    [
        '"We reject these claims," a foreign ministry spokeswoman told reporters in Lima.',
        '"The sanctions will fail," said Olga Petrova, the Russian foreign ministry spokeswoman.',
    ],
)
def test_quotes_spokesperson_speaks_for_the_ministry_in_her_title(run_text: Any, text: str) -> None:
    result = run_text(text)
    (quote,) = _direct(result)
    org = result.actor(quote.speaking_for) if quote.speaking_for else None
    assert org is not None and org.kind == "organization" and "ministry" in org.name


@pytest.mark.parametrize(
    "text",
    [
        'Speaking to Reuters on Monday, the governor said: "We will not back down on this."',
        'Asked by reporters about the strike, the minister replied: "Talks will resume next week."',
    ],
)
def test_quotes_speaking_to_the_media_is_an_interview(run_text: Any, text: str) -> None:
    (quote,) = [q for q in run_text(text).quotes if q.direct]
    assert quote.channel == "interview"


@pytest.mark.parametrize(
    ("text", "source", "content_start"),
    [
        # Stances: an object, an infinitive, a clause, a particle phrase.
        (
            "Senator Ruth Okafor described the governor's housing plan as reckless.",
            "Ruth Okafor",
            "the governor's housing plan",
        ),
        (
            "The mayor wants to rebuild the harbour before winter.",
            "The mayor",
            "to rebuild the harbour",
        ),
        (
            "Most farmers believe the new tariff will ruin them.",
            "Most farmers",
            "the new tariff will ruin",
        ),
        ("The farmers focused on the price of seed.", "The farmers", "on the price"),
        # A reporting verb after the clause it reports.
        (
            "The ceasefire will not hold, the colonel said on Friday.",
            "the colonel",
            "The ceasefire will not hold",
        ),
        # A relative "who" is the source of what its clause says.
        ("Lena Brandt, who doubted the merger, stayed on the board.", "who", "the merger"),
    ],
)
def test_quotes_indirect_stances_and_clause_orders(
    run_text: Any, text: str, source: str, content_start: str
) -> None:
    result = run_text(text)
    found = [q for q in result.quotes if not q.direct and q.content.text.startswith(content_start)]
    assert found, [q.content.text for q in result.quotes]
    assert found[0].speaker_span is not None and found[0].speaker_span.text.endswith(source)


def test_quotes_reported_clause_with_a_scare_quote_is_reported_speech(run_text: Any) -> None:
    text = 'The minister said the so-called "rescue package" would cost billions.'
    result = run_text(text)
    [q] = result.quotes
    assert not q.direct
    assert q.content.text.startswith('the so-called "rescue package" would cost')
    assert q.speaker_span is not None and q.speaker_span.text == "The minister"


def test_quotes_reported_clause_with_a_direct_quote_is_left_to_it(run_text: Any) -> None:
    text = 'The minister said the reform was "the most important law we have passed in years."'
    result = run_text(text)
    assert [q.direct for q in result.quotes] == [True]


def test_quotes_stance_object_of_a_coded_event_is_no_quote(run_text: Any) -> None:
    # "condemned the bombing" is an ACCUSE event: the event records it, not a quote.
    result = run_text("The Foreign Ministry condemned the bombing of the hospital in Aleppo.")
    assert result.quotes == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A cue missing from older lists, and a cue that needs its object ("put it").
        (
            'Governor Ana Lima spoke for an hour. "The roads come first," Lima continued.',
            "Lima",
        ),
        ('As Senator Tom Reyes put it, "nobody wins a trade war against a neighbour."', "Reyes"),
        # The attribution split off into a sentence of its own after a closing question mark.
        ('"Who will pay for the new bridge?" Ruth Keller asked.', "Ruth Keller"),
        # A colon that ends the paragraph before the quote.
        ('Mayor Dan Ortiz continued:\n\n"We will rebuild the market within a year."', "Dan Ortiz"),
        # A quotation signed on the line after it.
        ('"We will rebuild the market within a year."\n\n- Dan Ortiz.', "Ortiz"),
        # The cue right after a quote ending in a comma beats the clause before a colon.
        ('The governor saw it differently: "We are not done with this," she said.', "she"),
        # A quote inside a clause is that clause's speaker's, not the nearer "said" in it.
        ('Nothing the mayor said "will calm the residents," the senator said.', "the senator"),
        # A title the tagger reads as a verb before the name after the quote.
        ('"I am impressed by the plan," screenwriter Tom Bell wrote on Twitter.', "Tom Bell"),
        # A time the parser hangs on the cue is no speaker.
        ('No wonder Governor Lima said, "We will not raise taxes this year."', "Lima"),
        # A time the parser takes for the subject: a date before the name, a live blog's time line.
        (
            'Saturday at the state party convention Sen. Ana Lima (D-MA) said the bill was "a '
            'proven failure" for farmers.',
            "Ana Lima",
        ),
        (
            "Polls closed early.\n\n6:50 p.m.\n\nWith her husband beside her, Senator Ruth Okafor"
            ' has told her supporters that "we will win this state in November."',
            "Ruth Okafor",
        ),
        # A transcript line quoted whole is its label's.
        ('"MORALES: We have the votes and we will pass the bill this week."', "MORALES"),
        # A name after a dash, or a document after "from", before the colon.
        ('Wages rose again - Jane Roe and John Poe: "We found that wages rose everywhere."', "Poe"),
        ('From the report: "Wages rose in every county last year."', "the report"),
        # A digest quoting the story its heading in capitals names.
        ("STORM CLOSES THE OLD PORT “The harbour will stay shut for at least a week.”", "PORT"),
        # A quote with no cue near it is the previous sentence's subject's.
        (
            'Senator Ruth Okafor singled out young voters. "They are tired of the old politics."',
            "Ruth Okafor",
        ),
    ],
)
def test_quotes_speaker_found_through_the_cue_around_the_quote(
    run_text: Any, text: str, speaker: str
) -> None:
    [q] = _direct(run_text(text))
    assert q.speaker_span is not None and speaker in q.speaker_span.text


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ('"Absolutely not," the mayor replied.', "Absolutely not,", "the mayor"),
        ('"Out!" the crowd yelled at the speaker.', "Out!", "the crowd"),
    ],
)
def test_quotes_short_quote_with_its_cue_right_after_it(
    run_text: Any, text: str, quote: str, speaker: str
) -> None:
    [q] = _direct(run_text(text))
    assert q.content.text == quote
    assert q.speaker_span is not None and q.speaker_span.text == speaker


def test_quotes_short_quote_without_a_cue_after_it_is_left_alone(run_text: Any) -> None:
    assert not _direct(run_text('The plan was "too little," and the vote failed on Monday.'))


def test_quotes_split_quote_with_a_short_first_part(run_text: Any) -> None:
    text = '"The risk," said Edward Lane, an economist at the college, "is that we lose the jobs."'
    direct = _direct(run_text(text))
    assert [q.content.text for q in direct] == ["The risk,", "is that we lose the jobs."]
    assert all(q.speaker_span is not None and "Edward Lane" in q.speaker_span.text for q in direct)


def test_quotes_three_apostrophes_close_a_single_and_a_double_mark() -> None:
    text = "''I would use the word 'old-school,''' said Ms. Lee. ''It fits.''"
    assert [text[s:e] for s, e in marked_spans(text)] == [
        "I would use the word 'old-school,'",
        "It fits.",
    ]


def test_quotes_according_to_a_second_source_is_a_second_attribution(run_text: Any) -> None:
    text = '"The talks failed," the minister said, according to the Daily Ledger.'
    result = run_text(text)
    by = {q.direct: q.speaker_span.text for q in result.quotes if q.speaker_span}
    assert by == {True: "the minister", False: "the Daily Ledger"}


def test_quotes_relative_pronoun_speaker_is_its_antecedent(run_text: Any) -> None:
    # The words stay "which" (where the clause names its source); the actor is the bank.
    result = run_text("The World Bank, which said the economy would shrink, cut its forecast.")
    found = [q for q in result.quotes if q.speaker_span and q.speaker_span.text == "which"]
    assert found and _speaker_name(result, found[0]) == "World Bank"


def test_quotes_attacking_what_someone_holds_is_words_their_car_is_not(run_text: Any) -> None:
    held = run_text("The governor attacked the senator's record on taxes.")
    assert [q.content.text for q in held.quotes] == ["the senator's record on taxes"]
    assert run_text("Protesters threw stones and attacked the senator's car.").quotes == []


def test_quotes_name_before_an_aside_the_parser_cut_from_the_cue(run_text: Any) -> None:
    # The parser leaves "had said" without a subject: the name before the aside speaks.
    result = run_text(
        "The dispute began after Mr. Okafor, asked about the harbour deal, had said, "
        '"We will never sell the port to anyone."'
    )
    direct = _direct(result)
    assert [q.speaker_span.text if q.speaker_span else None for q in direct] == ["Mr. Okafor"]


def test_quotes_title_colon_claim_needs_a_verb(run_text: Any) -> None:
    # A title's "Source: claim" with a verb is a claim.
    result = run_text("Senator Okafor: Harbour Tax Will Rise\n\nThe senator spoke on Monday.")
    indirect = [q for q in result.quotes if not q.direct]
    assert [q.content.text for q in indirect] == ["Harbour Tax Will Rise"]
    assert indirect[0].speaker_span is not None
    assert indirect[0].speaker_span.text.endswith("Okafor")
    # Without one it is a profile's, a book's or a topic's title; a section label is no
    # source; a question claims nothing.
    for title in (
        "Senator Okafor: A Life In The Harbour",
        "Senator Okafor: Time For A New Harbour Tax",
        "Factbox: What The Harbour Tax Will Cost",
        "Transcript: Senator Okafor Speaks On The Harbour",
        "Senator Okafor: Will The Harbour Tax Rise?",
    ):
        assert not [q for q in run_text(title + "\n\nMore soon.").quotes if not q.direct], title


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ('The crowd grew louder. Some chanted "Out! Out!" as the mayor left.', "Some", "Out! Out!"),
        ('The anchor paused. She then asked, "Really?"\n\nThe guest laughed.', "She", "Really?"),
        ('The crowd chanted "Resign!" Police then fired tear gas.', "The crowd", "Resign!"),
        ('Protesters shouted "Go home!" repeatedly at the soldiers.', "Protesters", "Go home!"),
    ],
)
def test_quotes_short_cry_after_its_cue(
    run_text: Any, text: str, speaker: str, content: str
) -> None:
    result = run_text(text)
    found = [q for q in _direct(result) if q.content.text == content]
    assert found, [q.content.text for q in result.quotes]
    assert found[0].speaker_span is not None and found[0].speaker_span.text == speaker


def test_quotes_short_scare_quote_after_a_cue_is_no_cry(run_text: Any) -> None:
    result = run_text('The senator called him a "liar" on Monday.')
    assert not _direct(result)


@pytest.mark.parametrize(
    "text",
    [
        'She told "Harbour Nights!" viewers that the show would end.',
        'The band sang "Sail Away!" to open the festival.',
        'The analyst said "Quickbuy!" would cut 300 jobs.',
    ],
)
def test_quotes_a_title_ending_in_a_cry_mark_is_no_cry(run_text: Any, text: str) -> None:
    # The sentence goes on with the quoted words as a part of it: a show's or a firm's name.
    result = run_text(text)
    assert not _direct(result), [q.content.text for q in result.quotes]


def test_quotes_partial_quote_deep_in_a_charge_is_the_accusers(run_text: Any) -> None:
    text = (
        "Senator Tom Reyes accused him of preventing voters from being able to "
        '"stand together on the real issues."'
    )
    [q] = _direct(run_text(text))
    assert q.speaker_span is not None and q.speaker_span.text == "Senator Tom Reyes"


def test_quotes_partial_quote_in_a_far_adverbial_clause_is_not_the_verbs(run_text: Any) -> None:
    # Past the first steps only complements lead up: the clause of "after" is not what the
    # warning holds.
    text = (
        "The mayor believes the town will recover after the storm had left the old port with "
        'piles of "broken boats and empty streets everywhere we looked."'
    )
    for q in _direct(run_text(text)):
        assert q.cue is None or q.cue.text != "believes"


def test_quotes_quote_of_a_released_letter_is_its_publishers(run_text: Any) -> None:
    text = (
        "The governor released a letter from her doctor on Friday that says she is in "
        '"excellent health for her age."'
    )
    [q] = _direct(run_text(text))
    assert q.speaker_span is not None and q.speaker_span.text == "The governor"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A name between the closing mark and the cue is the subject; the noun after the verb
        # is whom it is told to.
        (
            '"Yes, I back the new harbour plan," Tom Reyes, founder of the Harbour Trust, tells'
            " the Gazette in an interview.",
            "Tom Reyes",
        ),
        # Right after the mark the cue may still come before its speaker.
        ('"We will win this county," said the campaign chief.', "the campaign chief"),
    ],
)
def test_quotes_name_between_the_quote_and_its_cue_is_the_speaker(
    run_text: Any, text: str, speaker: str
) -> None:
    [q] = _direct(run_text(text))
    assert q.speaker_span is not None and q.speaker_span.text == speaker


def test_quotes_words_on_a_sign_deep_in_a_finding_are_not_the_finders(run_text: Any) -> None:
    # a noun's phrase ("a placard reading "…"") holds words no verb above it says
    text = 'Guards found him carrying a bag with a placard reading "Down with the council" at noon.'
    result = run_text(text)
    assert all(_speaker_name(result, q) != "Guards" for q in _direct(result))


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # the reporting verb's subject is who "he" is, whatever gender the list knows
        (
            "The envoy Dario Quell said he was shocked by the raid and called for calm.",
            "called",
            "Dario Quell",
        ),
        # not so outside a report: the pronoun follows the older rule, the subject before
        ("Ada Quist attacked Brandt, and she said his plan had failed.", "said", "Ada Quist"),
    ],
)
def test_quotes_a_pronoun_the_reporting_verb_binds(
    run_text: Any, text: str, cue: str, speaker: str
) -> None:
    result = run_text(text)
    quote = next(q for q in result.quotes if q.cue.text == cue)
    assert _speaker_name(result, quote) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The mayor urged both sides to show restraint.",
        "Villagers beat a man suspected of stealing a goat.",
    ],
)
def test_quotes_asked_stances_and_suspects_are_no_attributions(run_text: Any, text: str) -> None:
    cues = [q.cue.text for q in run_text(text).quotes]
    assert not {"show", "suspected"} & set(cues), cues


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Rebels shelled the town on Friday and killed six farmers, police and witnesses said.",
            "police",
        ),
        ("Gunmen kidnapped 12 pupils, officials said.", "officials"),
    ],
)
def test_quotes_the_object_before_the_speakers_is_no_speaker(
    run_text: Any, text: str, speaker: str
) -> None:
    result = run_text(text)
    quote = next(q for q in result.quotes if q.cue.text == "said")
    assert _speaker_name(result, quote) == speaker
    assert speaker not in quote.content.text  # what was said, without who said it


def test_quotes_it_in_a_what_clause_is_the_clauses_subject(run_text: Any) -> None:
    text = (
        "China launched military drills around Taiwan on Monday, deploying warships in what it "
        "called a stern warning."
    )
    result = run_text(text)
    [q] = [q for q in result.quotes if q.cue.text == "called"]
    assert _speaker_name(result, q) == "China"


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        # a ceasefire observed is kept, not said; calling off talks says nothing
        ("Rebel commanders said they would observe a ceasefire.", ["said"]),
        ("The two sides called off the talks on Monday.", []),
        # a debt written off or down is cancelled, not written; a report written up is words
        ("The government wrote off debt owed by farmers.", []),
        ("The bank wrote down the value of its loans by a third.", []),
        ("The inspector wrote up a report on the flooding.", ["wrote"]),
        # "observed that …" still speaks
        ("The senator observed that the bill had no support.", ["observed"]),
        # a meeting, an election or a strike called is convened, not said
        ("The prime minister called an emergency meeting.", []),
        ("The union called a general strike for Friday.", []),
        # but an election called a sham is judged
        ("The opposition called the election a sham.", ["called"]),
        # a verdict is a ruling, no view held; a judge's finding of another kind stays
        ("A court in Kano found the former governor guilty of graft.", []),
        ("The jury found the two guards not guilty of assault.", []),
        ("A tribunal found the shipping firm liable for the spill.", []),
        ("The auditors found that the agency had lost the files.", ["found"]),
        ("His supporters believe the former governor innocent.", ["believe"]),
        # a verb of finding holds a view unless a court, judge, jury or panel finds
        ("Most voters find the minister guilty of betraying the party.", ["find"]),
        ("The former governor was found guilty of graft on Monday.", []),
    ],
)
def test_quotes_a_verb_of_saying_used_for_doing_holds_no_words(
    run_text: Any, text: str, cues: list[str]
) -> None:
    assert [q.cue.text for q in run_text(text).quotes if q.cue] == cues


def test_quotes_a_poll_told_alone_still_speaks(run_text: Any) -> None:
    result = run_text("In the latest poll, the senator leads by six points.")
    assert [q.cue.text for q in result.quotes if q.cue] == ["In"]
