"""The quotation stage's shortcuts of the speed-quotes round answer as the long way.

Each cheap test that lets the quotation stage skip a pattern's search (a
string the pattern's every match holds, looked for first) is pinned here
to the search it skips, on invented text: property tests of output only,
never timed.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from wireparse.model import Paragraph, Span
from wireparse.quotations import people, quotes

#: Pieces of a possessive noun of speech with a ``that`` clause.
_THAT_PIECES = st.sampled_from(
    [
        "Hale", "Roe", "Lee", "'s", "’s", " ", "  ", "claim", "charge", " that", "that ",
        "the", "mayor", "thatch", "A", "x", "-", ".", ",",
    ]
)  # fmt: skip
_THAT_TEXTS = st.one_of(st.text(max_size=40), st.lists(_THAT_PIECES, max_size=14).map("".join))


@given(_THAT_TEXTS)
def test_possessive_that_pattern_needs_that_in_its_window(window: str) -> None:
    # _possessive_owner searches _POSSESSIVE_THAT only in a window holding " that ".
    if " that " not in window:
        assert quotes._POSSESSIVE_THAT.search(window) is None


def test_possessive_that_owner_still_found() -> None:
    text = 'Roe mocked Hale’s claim that the mayor "lied to us" at the meeting.'
    result = quotes.analyse(text, [Paragraph(text, Span(0, len(text)))])
    assert [q.speaker.name if q.speaker else None for q in result.quotes] == ["Hale"]


#: Pieces of company names: capitalised words, joints, suffixes and tails,
#: and words that only open like them (``Council``, ``Mining-town``).
_NAME_PIECES = st.sampled_from(
    [
        "Acme", "Docks", "Harbor", "Gas", "Kestrel", "The", "the", " ", " ", " ", "&", "and",
        "Inc", "Inc.", "Co", "Co.", "Corp", "Council", "Ltd", "plc", "AG", "SAX", "Mining",
        "Mining-town", "Airlines", "Energy", "Energy_", "x", ",", ".", "’", "-", "9",
        "Longwordwithoutanyspaceinsideitatallreally",
    ]
)  # fmt: skip
_NAME_TEXTS = st.one_of(st.text(max_size=60), st.lists(_NAME_PIECES, max_size=40).map("".join))


@given(_NAME_TEXTS, st.integers(0, 3))
def test_name_search_from_the_tail_start_finds_every_name(text: str, cut: int) -> None:
    # Resolver._one_named and _one_business start a name pattern's search
    # where _tail_start says, and skip it at -1: the names found are those
    # a search over the whole body finds.
    lo = min(cut, len(text))
    resolver = people.Resolver(text, [(lo, len(text))])
    for pattern, tails in people._NAME_TAILS.items():
        everywhere = [m.span() for m in pattern.finditer(text, lo, len(text))]
        start = resolver._tail_start(tails)
        if start < 0:
            assert everywhere == []
        else:
            assert start >= lo
            assert [m.span() for m in pattern.finditer(text, start, len(text))] == everywhere


def test_name_far_after_a_tail_word_is_found() -> None:
    # A body whose first tail-like word comes long before the name.
    filler = "Tugs idled at the pier all week while the Council met. " * 6
    text = filler + "Acme Docks Inc. was fined on Monday."
    resolver = people.Resolver(text, [(0, len(text))])
    ent = resolver._incorporated()
    assert ent is not None
    assert ent.name == "Acme Docks Inc."
    assert resolver._one_business() is None  # a company with a suffix is named


def test_business_without_suffix_is_found() -> None:
    text = "Ferries stopped on Monday, and Kestrel Mining shut its pier after the storm."
    resolver = people.Resolver(text, [(0, len(text))])
    assert resolver._incorporated() is None
    ent = resolver._one_business()
    assert ent is not None
    assert ent.name == "Kestrel Mining"
