"""An attribution's statement starts after the lead's dateline; its sentence keeps it."""

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
