"""Speaker conventions of round 22 of the feed-capture audit: wire copy from
ANPA, IPTC 7901 and ZCZC feeds and press releases (invented)."""

from __future__ import annotations

import wireparse
from tests.speaker_helpers import last_quote
from wireparse import SourceKind

#: The headline and dateline of a story from a court, as an ANPA feed sends it.
COURT = "Driver sentenced over crash\n\nLOWMARSH, Ore. (AP) _ A driver was sentenced on Monday.\n\n"


def test_a_prayer_introduces_the_words_prayed() -> None:
    """``A believer, she prayed: ``...''``: the pronoun's antecedent prays."""
    speaker, kind, rules = last_quote(
        COURT,
        "Ilka Morrow waited for the verdict in the front row.\n\n"
        "A believer, she prayed: ``Give him one more chance.''\n",
    )
    assert (speaker, kind) == ("Ilka Morrow", SourceKind.PERSON)
    assert "cue.before" in rules


def test_an_apology_in_a_relative_clause_is_the_apologizer_s() -> None:
    """``The clerk read a letter in which Tavin Holt apologized ``...''``: Tavin Holt."""
    speaker, _, _ = last_quote(
        COURT,
        "Tavin Holt, 31, pleaded no contest to two counts of reckless driving.\n\n"
        "The clerk read a letter in which Holt apologized ``for every hour of worry'' "
        "he caused the families.\n",
    )
    assert speaker == "Tavin Holt"


def test_an_apology_alone_is_no_attribution() -> None:
    """``Holt apologized for the delay.`` reports no claim: no attribution."""
    article = wireparse.parse(COURT + "Tavin Holt apologized for the delay to the court.\n")
    assert [a.cue for a in article.attributions] == []


def test_an_apology_is_a_cue_an_epithet_calls_back() -> None:
    """``its chief, Ola Brandt, apologised. ¶ "...," the 52-year-old engineer said``."""
    speaker, _, rules = last_quote(
        "Ferry line fined\n\nKESTON (Wire) — Keston Ferries Ltd. was fined on Friday over a "
        "ramp failure, and its chief executive, Ola Brandt, apologised.\n\n",
        '"We let our passengers down," the 52-year-old engineer said.\n',
    )
    assert speaker == "Ola Brandt"
    assert "resolve.epithet" in rules
