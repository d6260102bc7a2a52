"""Block conventions probed in stop 30 (invented pages only)."""

from __future__ import annotations

import pytest

import wireparse

#: A local TV page's story with a numbered list of the site's most read stories under it.
PAGE = (
    "Bridge reopens after repairs\n"
    "By Staff Reports\n\n"
    "MILLBROOK, Ohio (WKMB) - The Cedar Street bridge reopened on Friday after eight "
    "months of repairs, the city said.\n\n"
    '"It feels like a long time coming," said Ada Roe, who runs a bakery by the bridge.\n\n'
    "{label}\n"
    "1. Man charged after chase on Route 9\n"
    "2) School closings for Friday\n"
    "3. Who won the county fair pie contest?\n"
)


@pytest.mark.parametrize("label", ["Most Read", "LATEST NEWS", "Top Stories"])
def test_numbered_links_under_a_label_are_links(label: str) -> None:
    """``Most Read`` / ``1. Man charged after chase on Route 9``: links, not paragraphs."""
    article = wireparse.parse(PAGE.format(label=label))
    tail = [(b.kind.value, b.rule) for b in article.blocks[-3:]]
    assert tail == [("furniture", "furniture.related_link")] * 3
    assert [str(p.text)[:6] for p in article.paragraphs] == ["MILLBR", '"It fe']
    assert article.blocks[-4].kind.value == "furniture"


def test_numbered_rows_without_a_label_stay_the_storys() -> None:
    """A list of figures or steps in the body, with no link label over it, stays paragraphs."""
    text = (
        "How to save water this summer\n\n"
        "MILLBROOK, Ohio (WKMB) - The city asked residents on Friday to cut their water use.\n\n"
        "The utility gave three steps:\n"
        "1. Water lawns before 8 a.m.\n"
        "2. Fix dripping taps\n"
        "3. Run dishwashers only when full\n"
    )
    article = wireparse.parse(text)
    assert "furniture.related_link" not in [b.rule for b in article.blocks]
