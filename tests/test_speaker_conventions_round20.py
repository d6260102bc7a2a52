"""Speaker conventions of round 20 of the English leftovers: a candidate's
running mate named between commas, a body's description with a thing's
possessive (invented)."""

from __future__ import annotations

import wireparse
from tests.speaker_helpers import last_quote
from wireparse import SourceKind

#: The headline and dateline of a campaign story.
CAMPAIGN = "Ticket tours the valley\n\nBRENMOOR, Ore. (Wire) — The campaign reached the coast.\n\n"

#: The headline and dateline of a labour story.
LABOUR = "Cannery to shut\n\nSALTHAVEN, Wash. (Wire) — The cannery will shut in May.\n\n"


def test_a_running_mate_between_commas_before_a_name_is_the_name() -> None:
    """``Holm's running mate, Rita Vance-Oyelaran, posted on X: "..."``: Rita Vance-Oyelaran."""
    speaker, kind, rules = last_quote(
        CAMPAIGN,
        "Governor Ned Holm toured two mills.\n\n"
        "Holm's running mate, Rita Vance-Oyelaran, posted on X: "
        '"The valley has waited long enough for a bridge."\n',
    )
    assert (speaker, kind) == ("Rita Vance-Oyelaran", SourceKind.PERSON)
    assert "mention.name_after_role" in rules


def test_a_running_mate_with_a_titled_name_is_the_pronoun_that_follows() -> None:
    """``Her running mate, Sen. Cal Drummond, spoke next. "...," he said.``: Cal Drummond."""
    speaker, kind, _ = last_quote(
        CAMPAIGN,
        "Her running mate, Sen. Cal Drummond, spoke next. "
        '"Nobody here should pay more for water," he said.\n',
    )
    assert (speaker, kind) == ("Cal Drummond", SourceKind.PERSON)


def test_a_running_mate_before_a_name_without_commas_gives_no_title_mate() -> None:
    """``his running mate Cal Drummond`` is Cal Drummond; ``mate`` alone is no title."""
    article = wireparse.parse(
        CAMPAIGN + '"We start in the north," her running mate Cal Drummond said.\n'
    )
    speaker = article.quotes[-1].speaker
    assert speaker is not None
    assert speaker.name == "Cal Drummond"
    assert getattr(speaker, "title", None) != "mate"


def test_a_union_local_after_a_things_possessive_description_is_the_local() -> None:
    """``The cannery's union, Harbor Packers Local 305, said: "..."``: the local."""
    speaker, kind, rules = last_quote(
        LABOUR,
        "The cannery's union, Harbor Packers Local 305, said in a statement that "
        '"no one on the line was asked before the vote."\n',
    )
    assert (speaker, kind) == ("Harbor Packers Local 305", SourceKind.ORGANISATION)
    assert "mention.name_after_role" in rules


def test_a_calling_after_a_things_possessive_is_the_name_after_it() -> None:
    """``The ferry's skipper, Jonas Whitlake, said`` is Jonas Whitlake."""
    speaker, kind, _ = last_quote(
        LABOUR,
        'The ferry\'s skipper, Jonas Whitlake, said: "We had no warning at all."\n',
    )
    assert (speaker, kind) == ("Jonas Whitlake", SourceKind.PERSON)


def test_a_first_name_given_after_a_second_relative_clause_is_the_source() -> None:
    """``said a ferryman who ran the last crossing, who asked to be identified ..., Anselm``."""
    speaker, kind, rules = last_quote(
        LABOUR,
        '"The tide was the worst I have seen," said a ferryman who ran the last '
        "crossing, who asked to be identified by his first name, Anselm.\n",
    )
    assert (speaker, kind) == ("Anselm", SourceKind.PERSON)
    assert rules[-1] == "resolve.named_only_as"


def test_a_first_name_after_a_packers_relative_clause_is_the_source() -> None:
    """``said a packer who worked the cold room, who would only be identified ..., Oriel``."""
    speaker, kind, rules = last_quote(
        LABOUR,
        '"The line never stopped," said a packer who worked the cold room, who '
        "would only be identified by her first name, Oriel.\n",
    )
    assert (speaker, kind) == ("Oriel", SourceKind.PERSON)
    assert rules[-1] == "resolve.named_only_as"
