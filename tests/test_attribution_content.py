"""An attribution's statement: after the lead's dateline, and after an opening adverbial."""

from __future__ import annotations

import pytest

import wireparse


@pytest.mark.parametrize(
    ("lead", "content"),
    [
        (
            "AMMAN (Wire) - Rebels fought troops near the border on Sunday, residents said.",
            "Rebels fought troops near the border on Sunday",
        ),
        (
            "KESTON, March 31 - The ferry fleet carried more passengers last year than ever "
            "before, the harbour board said.",
            "The ferry fleet carried more passengers last year than ever before",
        ),
    ],
)
def test_the_statement_of_a_lead_attribution_leaves_out_the_dateline(
    lead: str, content: str
) -> None:
    text = f"Harbour news\n\n{lead}\n\nMore is expected next week.\n"
    article = wireparse.parse(text)
    assert article.dateline is not None
    (attribution,) = article.attributions
    assert attribution.content is not None
    assert attribution.content.of(text) == content
    # The sentence is the paragraph's, dateline and all.
    assert attribution.span.of(text).startswith(article.dateline.text)


def test_an_attribution_after_the_lead_is_untouched() -> None:
    text = (
        "Harbour news\n\nKESTON (Wire) - The harbour reopened on Monday.\n\n"
        "The board said the gates would hold through the winter.\n"
    )
    (attribution,) = wireparse.parse(text).attributions
    assert attribution.content is not None
    assert attribution.content.of(text) == "the gates would hold through the winter"


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "However, the harbour board said ferry numbers rose by a tenth last year.",
            "ferry numbers rose by a tenth last year",
        ),
        (
            "On Thursday, Ines Varga said the gates would hold through the winter.",
            "the gates would hold through the winter",
        ),
        (
            "Now, Ines Varga said, the gates will hold through the winter.",
            "the gates will hold through the winter",
        ),
        ("Reluctantly, Ines Varga said she would step down in May.", "she would step down in May"),
        # Not an opener: the statement is before the tag, or split around it.
        ("Ferry numbers rose last year, Ines Varga said.", "Ferry numbers rose last year"),
        ("This plan, Ines Varga said, is dead.", "This plan"),
    ],
)
def test_an_opening_adverbial_is_no_part_of_the_statement(sentence: str, content: str) -> None:
    # "However, the company said profit rose.": the statement follows the cue.
    text = f"Harbour news\n\nThe harbour board met in Keston on Monday.\n\n{sentence}\n"
    (attribution,) = wireparse.parse(text).attributions
    assert attribution.content is not None
    assert attribution.content.of(text) == content


def test_a_cue_before_a_colon_alone_has_no_statement() -> None:
    # "Varga said:" closing its paragraph: the words follow in the next one;
    # the attribution's statement is no colon.
    text = (
        "Harbour news\n\nThe harbour board met in Keston on Monday.\n\n"
        "In a letter to members, Ines Varga said:\n\n"
        "The gates will hold through the winter, and the quay will open in May.\n"
    )
    article = wireparse.parse(text)
    (attribution,) = article.attributions
    assert attribution.speaker.name == "Ines Varga"
    assert attribution.content is None


@pytest.mark.parametrize(
    ("sentence", "attributed"),
    [
        ("The ferry line has maintained a lead over the bus company for years.", []),
        ("Keston maintains close ties with the island ports.", []),
        ("Ines Varga maintains that the gates will hold.", ["the gates will hold"]),
    ],
)
def test_maintain_attributes_only_a_statement(sentence: str, attributed: list[str]) -> None:
    # "maintain" is to keep as often as to insist: only a clause after it is a statement.
    text = f"Harbour news\n\nThe harbour board met in Keston on Monday.\n\n{sentence}\n"
    article = wireparse.parse(text)
    assert [a.content.of(text) for a in article.attributions if a.content] == attributed
