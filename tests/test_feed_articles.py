"""Raw feeds through parse() and iter_articles(): envelope, trailer, blocks."""

from __future__ import annotations

import datetime as dt
import io

import pytest

import wireparse
from wireparse import BlockKind
from wireparse.model import AnpaEnvelope, Iptc7901Envelope

from .feed_samples import ANPA_AGATE, ANPA_STORY, IPTC_STORY, PLAIN_TEXT
from .test_properties import assert_lossless


def test_anpa_story() -> None:
    article = wireparse.parse(ANPA_STORY)
    assert article.format == "anpa1312"
    assert isinstance(article.envelope, AnpaEnvelope)
    assert article.envelope.keyword == "BC-EU--Harbor-Bridge"
    assert article.headline == "Engineers reopen the old harbor bridge after storm repairs"
    assert [p.text for p in article.paragraphs] == [
        "PORTVALE, Norway (AP) _ Engineers reopened the old harbor bridge on Tuesday after a "
        "week of storm repairs.",
        "``We built it to last,'' said Tobias Reyes, the chief engineer. ``It did.''",
    ]
    assert [b.text for b in article.bylines] == ["By MAREN HOLT", "Associated Press"]
    assert [c.text for c in article.credits] == [
        "Associated Press writer Ilse Varga contributed to this report."
    ]
    assert article.trailer is not None
    assert article.trailer.timestamp == dt.datetime(2018, 3, 14, 16, 42, tzinfo=dt.UTC)
    assert article.defects == ()
    assert_lossless(article)


def test_iptc_story() -> None:
    article = wireparse.parse(IPTC_STORY, reference_date=dt.date(2018, 6, 1))
    assert article.format == "iptc7901"
    assert isinstance(article.envelope, Iptc7901Envelope)
    assert article.headline == "Harbor bridge reopens after storm repairs"
    assert article.paragraphs[0].text.startswith("Portvale (dpa) - The old harbor bridge")
    assert article.trailer is not None
    assert article.trailer.timestamp is not None
    assert article.trailer.timestamp.date() == dt.date(2018, 3, 14)
    assert_lossless(article)


def test_agate_rows_are_paragraphs() -> None:
    article = wireparse.parse(ANPA_AGATE)
    body = [b for b in article.blocks if b.kind is BlockKind.PARAGRAPH]
    assert body
    assert {b.rule for b in body} <= {"anpa.agate", "paragraph.agate"}


def test_format_can_be_forced() -> None:
    assert wireparse.parse(ANPA_STORY, format="text").format == "text"
    with pytest.raises(ValueError, match="unknown format"):
        wireparse.parse(PLAIN_TEXT, format="nitf")


def test_detect_names_format_and_evidence() -> None:
    detection = wireparse.detect(ANPA_STORY)
    assert detection.format == "anpa1312"
    assert detection.evidence
    assert wireparse.detect(PLAIN_TEXT).format == "text"


def test_iter_articles_over_a_binary_stream() -> None:
    data = (ANPA_STORY + "\r\n" + ANPA_STORY.replace("MAREN HOLT", "TOBIAS REYES")).encode()
    articles = list(wireparse.iter_articles(io.BytesIO(data)))
    assert [a.format for a in articles] == ["anpa1312", "anpa1312"]
    assert [a.bylines[0].text for a in articles] == ["By MAREN HOLT", "By TOBIAS REYES"]
    for article in articles:
        assert_lossless(article)
        assert article.source.count("\x16\x16\x01") == 1


def test_iter_articles_is_lazy() -> None:
    pieces = [ANPA_STORY, ANPA_STORY]
    read: list[int] = []

    def stream() -> object:
        for n, piece in enumerate(pieces):
            read.append(n)
            yield piece

    articles = wireparse.iter_articles(stream())  # type: ignore[arg-type]
    first = next(articles)
    assert first.format == "anpa1312"
    assert read == [0, 1]  # one story ahead at most
    assert len(list(articles)) == 1


def test_iter_articles_goes_on_after_a_broken_story() -> None:
    broken = ANPA_STORY.replace("\x03AP-WF-03-14-18 1642GMT<", "")
    articles = list(wireparse.iter_articles([broken, ANPA_STORY]))
    assert len(articles) == 2
    assert "feed-missing-etx" in [d.code for d in articles[0].defects]
    assert articles[1].defects == ()
