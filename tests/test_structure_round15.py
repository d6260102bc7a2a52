"""Body integrity of web pages, round 15: national papers, opinion, live pages, galleries.

Every text here is invented: it imitates a convention of news sites and
none is copied from a real article.
"""

from __future__ import annotations

import pytest

import wireparse


def kinds(article: wireparse.Article) -> list[tuple[str, str]]:
    """The (kind, text) of each block, in order."""
    return [(b.kind.value, b.text) for b in article.blocks]


def rules_of(article: wireparse.Article) -> list[tuple[str, str]]:
    """The (kind, rule) of each block, in order."""
    return [(b.kind.value, b.rule) for b in article.blocks]


# --------------------------------------------------------------------------
# A picture's credit labelled "Photograph:"
# --------------------------------------------------------------------------

_QUAY_HEAD = (
    "Ferry returns to Tolland Quay\n\n"
    "By Imke Sallow\n\n"
    "The island ferry made its first crossing in five months on Monday, "
    "the harbour company said.\n\n"
)
_QUAY_TAIL = "\n\nTickets for the winter timetable go on sale at the quay office on Friday.\n"


@pytest.mark.parametrize(
    "credit",
    ["Photograph: Orla Fenn", "Photograph: Orla Fenn/Tolland Post", "Photographs: Orla Fenn"],
)
def test_a_photograph_credit_alone(credit: str) -> None:
    article = wireparse.parse(_QUAY_HEAD + credit + _QUAY_TAIL)
    assert rules_of(article)[3] == ("caption", "caption")
    assert kinds(article)[3] == ("caption", credit)
    assert [s.heading for s in article.sections] == [None]


def test_a_photograph_credit_under_its_caption() -> None:
    text = (
        _QUAY_HEAD + "Passengers wave from the upper deck as the ferry leaves.\n"
        "Photograph: Orla Fenn" + _QUAY_TAIL
    )
    article = wireparse.parse(text)
    assert kinds(article)[3:] == [
        ("caption", "Passengers wave from the upper deck as the ferry leaves."),
        ("caption", "Photograph: Orla Fenn"),
        ("paragraph", "Tickets for the winter timetable go on sale at the quay office on Friday."),
    ]


def test_a_photograph_credit_after_the_captions_sentence() -> None:
    caption = "Passengers wave from the upper deck. Photograph: Orla Fenn/Tolland Post"
    article = wireparse.parse(_QUAY_HEAD + caption + _QUAY_TAIL)
    assert kinds(article)[3] == ("caption", caption)


def test_a_gallery_link_labelled_photographs_is_no_caption() -> None:
    link = "Photographs: Islanders welcome the ferry home"
    article = wireparse.parse(_QUAY_HEAD + link + _QUAY_TAIL)
    assert kinds(article)[3][0] != "caption"
