"""Speaker conventions of round 23: negated cues and single marks in
Australian copy (invented)."""

from __future__ import annotations

import pytest

import wireparse
from tests.speaker_helpers import last_quote, quote_speakers

#: The headline and dateline of a story from a port town.
PORT = (
    "Lock repairs stall\n\nDUNMERE (Wirenews) - Repairs to the Dunmere lock stalled on Monday.\n\n"
)


def test_did_not_say_names_its_subject_as_didn_t_does() -> None:
    """``The canal trust did not say "how soon" ...``: the trust, as with ``didn't``."""
    for verb in ("did not say", "didn't say"):
        speaker, _, rules = last_quote(
            PORT, f'The canal trust {verb} "how soon" the barges could pass again.\n'
        )
        assert speaker == "the canal trust"
        assert "cue.before" in rules


def test_a_negated_cue_keeps_a_short_quotation_after_it() -> None:
    """``Rolf Abney did not say "Tarrow Marine" would pay``: kept, and Abney's."""
    assert quote_speakers(
        PORT,
        "The trust's engineer Rolf Abney spoke to reporters.\n\n"
        'Abney did not say "Tarrow Marine" would pay for the repairs.\n',
    ) == ["Rolf Abney"]


def test_does_not_and_would_not_are_read_over() -> None:
    """``Lock keeper Wenna Odell does not say "never"``; ``would not say "when"``."""
    article = wireparse.parse(
        PORT + 'Lock keeper Wenna Odell does not say "never" about a night crossing.\n\n'
        'Her deputy Cai Brannock would not say "when" the gates would open.\n'
    )
    assert [(q.speaker.name if q.speaker else None, q.cue) for q in article.quotes] == [
        ("Wenna Odell", "say"),
        ("Cai Brannock", "say"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The canal trust has not said whether the lock will reopen.",
        "The canal trust hasn't said whether the lock will reopen.",
        "Ines Varga did not immediately say when the lock will reopen.",
        "Ines Varga has never said the lock would reopen.",
    ],
)
def test_a_negated_cue_attributes_no_statement(sentence: str) -> None:
    """``The trust has not said whether ...``: nothing is attributed to the trust."""
    article = wireparse.parse(PORT + sentence + "\n")
    assert article.attributions == ()


#: The headline and dateline of a story as Australian Associated Press sends it.
AAP = "Wheat growers angry\n\nWAGGA WAGGA, Dec 8 AAP - Wheat growers met on Monday.\n\n"


def test_a_single_marked_phrase_closes_before_a_word_no_possessive_takes() -> None:
    """``called the levy 'a slap in the face' for growers' families``: the phrase."""
    article = wireparse.parse(
        AAP + "Growers' council chief Ned Pellow called the levy 'a slap in the face' "
        "for growers' families.\n\n"
        "He said the rules were 'written in Canberra' by officials' friends.\n"
    )
    assert [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes] == [
        ("a slap in the face", "Ned Pellow"),
        ("written in Canberra", "Ned Pellow"),
    ]


def test_a_possessive_inside_single_marks_still_reads_on() -> None:
    """``'The growers' trucks will stay home,' Pellow said``: one quotation."""
    article = wireparse.parse(
        AAP + "Ned Pellow chairs the growers' council.\n\n"
        "'The growers' trucks will stay home,' Pellow said.\n"
    )
    assert [q.text for q in article.quotes] == ["The growers' trucks will stay home,"]


def test_single_marks_of_aap_copy_are_quotations() -> None:
    """``'We will not back down,' the minister said.``: AAP's single marks."""
    article = wireparse.parse(
        AAP + "Agriculture Minister Tilda Rourke described the levy as 'a fair price'.\n\n"
        "'We will not back down,' the minister said.\n"
    )
    assert [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes] == [
        ("a fair price", "Tilda Rourke"),
        ("We will not back down,", "Tilda Rourke"),
    ]
