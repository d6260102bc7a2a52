"""Body integrity of web copies of wire stories: credits, bylines, links, calls.

Every text here is invented: it imitates a convention of news sites (local
papers, stations, aggregators) and none is copied from a real article.
"""

from __future__ import annotations

import pytest

import wireparse


def kinds(article: wireparse.Article) -> list[tuple[str, str]]:
    """The (kind, text) of each block, in order."""
    return [(b.kind.value, b.text) for b in article.blocks]


# --------------------------------------------------------------------------
# A photographer's credit alone, and the caption over it
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "credit",
    [
        "Ola Brenner/Tidewater Gazette",
        "Ola Brenner / Tidewater Gazette",
        "OLA BRENNER/TIDEWATER GAZETTE",
        "(Ola Brenner/Gazette)",
    ],
)
def test_a_photographer_credit_and_its_caption(credit: str) -> None:
    text = (
        "Pier reopens after storm repairs\n\n"
        "CALLOWAY — The town pier reopened on Friday after three months of repairs, "
        "the harbor office said.\n\n"
        "Crews paid for by a state grant replaced 40 of its wooden posts.\n\n"
        f"Anglers cast lines from the end of the pier at dusk.\n{credit}\n\n"
        "The pier will stay open until 10 p.m. through the summer.\n"
    )
    article = wireparse.parse(text)
    assert kinds(article)[3:] == [
        ("caption", "Anglers cast lines from the end of the pier at dusk."),
        ("caption", credit),
        ("paragraph", "The pier will stay open until 10 p.m. through the summer."),
    ]
    assert [s.heading for s in article.sections] == [None]


def test_a_caption_over_a_courtesy_credit() -> None:
    text = (
        "Pier reopens after storm repairs\n\n"
        "CALLOWAY — The town pier reopened on Friday after three months of repairs, "
        "the harbor office said.\n\n"
        "A heron waits on a post of the old pier in 2019.\n"
        "Photo: Courtesy of the Calloway Historical Society\n\n"
        "The pier will stay open until 10 p.m. through the summer.\n"
    )
    article = wireparse.parse(text)
    assert [k for k, _ in kinds(article)[2:]] == ["caption", "caption", "paragraph"]


def test_a_quoting_sentence_over_a_credit_stays_a_paragraph() -> None:
    text = (
        "Pier reopens after storm repairs\n\n"
        "CALLOWAY — The town pier reopened on Friday after three months of repairs, "
        "the harbor office said.\n\n"
        '"It is safer than it has been in decades," harbor master Juno Pell said.\n'
        "Ola Brenner/Tidewater Gazette\n\n"
        "The pier will stay open until 10 p.m. through the summer.\n"
    )
    article = wireparse.parse(text)
    assert [k for k, _ in kinds(article)[2:]] == ["paragraph", "caption", "paragraph"]


@pytest.mark.parametrize("line", ["Harbor Board/City Hall", "Main Street/Dock Road"])
def test_a_slash_between_names_no_person_is_no_photographer_credit(line: str) -> None:
    article = wireparse.parse(f"{line}\n")
    block = article.blocks[0]
    assert block.rule != "caption"
