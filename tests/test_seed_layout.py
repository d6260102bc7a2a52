"""The project's seed layout: CNN Wire copy as a local TV station's page shows it.

The fixture is our own story set out the way that page is: menu labels, the
headline, empty "Posted" labels, lines of non-breaking spaces around the
subheadings, a developing-story note, the ``The-CNN-Wire`` tagline and a
copyright notice on the line after it.
"""

from __future__ import annotations

import pathlib

import pytest

import wireparse
from wireparse import Article

FIXTURE = pathlib.Path(__file__).parent / "fixtures" / "layouts" / "cnn_wire_local_tv.txt"


@pytest.fixture(scope="module")
def article() -> Article:
    return wireparse.parse(FIXTURE.read_bytes())


def test_headline(article: Article) -> None:
    assert (
        article.headline == "Ministers agree grain corridor deal after overnight talks in Valletta"
    )


def test_sections(article: Article) -> None:
    assert [(s.heading, len(s.paragraphs)) for s in article.sections] == [
        (None, 5),
        ("A harbor under pressure", 2),
        ("What comes next", 3),
    ]
    assert len(article.paragraphs) == 10
    assert article.paragraphs[0].text.startswith("Foreign ministers from six Mediterranean states")
    assert article.paragraphs[-1].text == "Cargo rates fell sharply on the news."


def test_furniture_and_trailers(article: Article) -> None:
    assert [b.text for b in article.boilerplate] == [
        "NewsWorld News",
        "Actions",
        "Posted",
        "and last updated",
    ]
    assert [n.text for n in article.notes] == ["This story is breaking and will be updated."]
    assert [t.text for t in article.taglines] == ["The-CNN-Wire"]
    assert article.copyright is not None
    assert article.copyright.year == 2019
    assert article.copyright.holder == "Cable News Network, Inc."
    assert article.copyright.text.endswith("All rights reserved.")


def test_nothing_else_in_the_body(article: Article) -> None:
    outside = [b.text for b in article.boilerplate] + ["This story is breaking", "The-CNN-Wire"]
    outside.append("All rights reserved")
    for paragraph in article.paragraphs:
        for text in outside:
            assert text not in paragraph.text


def test_paragraph_that_ends_with_a_comma_stays_body(article: Article) -> None:
    assert article.paragraphs[-2].text.endswith("would stay high,")


def test_no_defects(article: Article) -> None:
    assert article.defects == ()
