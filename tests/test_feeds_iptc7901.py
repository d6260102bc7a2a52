"""IPTC 7901 reader: envelope, headline block, notebook, trailer, defects."""

from __future__ import annotations

import datetime as dt
import pickle

from tests.feed_samples import (
    IPTC_DIGITALWIRES,
    IPTC_NO_YEAR,
    IPTC_STORY,
    assert_lossless,
    rules,
)
from wireparse.feeds import FeedStory, decode_feed, read_story
from wireparse.model import BlockKind, Iptc7901Envelope


def read(text: str, reference_date: dt.date | None = None) -> FeedStory:
    story = read_story(text, "iptc7901", reference_date=reference_date)
    assert_lossless(text, story.segments)
    return story


def test_envelope() -> None:
    env = read(IPTC_STORY).envelope
    assert isinstance(env, Iptc7901Envelope)
    assert env.service == "eca"
    assert env.sequence == "042"
    assert env.priority == 4
    assert env.category == "i"
    assert env.word_count == 180
    assert env.optional == "ccccb"
    assert env.agency == "dpa"
    assert env.agency_sequence == "077"
    assert env.keyword_line == "Norway-transport/Bridge/"
    assert env.keywords == ("Norway-transport", "Bridge")
    assert env.keyword_span is not None
    assert env.keyword_span.of(IPTC_STORY) == env.keyword_line
    assert env.raw == "\x01eca042 4 i 180 ccccb   dpa 077"


def test_segments() -> None:
    story = read(IPTC_STORY)
    assert rules(story.segments) == [
        "iptc7901.header",
        "iptc7901.keywords",
        "iptc7901.stx",
        "iptc7901.signal",
        "iptc7901.headline",
        "iptc7901.byline",
        "iptc7901.body",
        "iptc7901.notebook",
        "iptc7901.notebook-section",
        "iptc7901.not-for-publication",
        "iptc7901.contacts",
        "iptc7901.signoff",
        "iptc7901.trailer",
    ]
    assert story.headline is not None
    assert story.headline.content == "Harbor bridge reopens after storm repairs"
    byline = next(story.segments_of(BlockKind.BYLINE))
    assert byline.content == "By Leonie Farrow, dpa"
    assert byline.text.endswith("=")
    body = next(story.segments_of(None))
    assert body.content.startswith("Portvale (dpa) - The old harbor bridge")
    assert body.content.endswith("the chief engineer said.")
    kinds = {s.rule: s.kind for s in story.segments}
    assert kinds["iptc7901.contacts"] is BlockKind.CONTACT
    assert kinds["iptc7901.not-for-publication"] is BlockKind.NOTE
    assert kinds["iptc7901.signoff"] is BlockKind.SIGNOFF
    assert story.defects == ()


def test_trailer_with_year() -> None:
    trailer = read(IPTC_STORY).trailer
    assert trailer is not None
    assert trailer.text == "141642 GMT Mar 18"
    assert trailer.zone == "GMT"
    assert trailer.timestamp == dt.datetime(2018, 3, 14, 16, 42, tzinfo=dt.UTC)


def test_digitalwires_variant() -> None:
    story = read(IPTC_DIGITALWIRES)
    notes = [s for s in story.segments if s.rule == "iptc7901.signal"]
    assert len(notes) == 2
    assert notes[0].content.startswith("(Berichtigung:")
    assert notes[0].content.endswith(".)")
    assert "\x07" in notes[1].text
    assert story.headline is not None
    assert story.headline.content == "Alte Hafenbrücke wieder offen"
    assert next(story.segments_of(BlockKind.BYLINE)).content == "Von Piet Ostrander, dpa"
    ednote = next(s for s in story.segments if s.rule == "iptc7901.ednote")
    assert ednote.content == "(Foto Produktion)"
    nfp = next(s for s in story.segments if s.rule == "iptc7901.not-for-publication")
    assert "Veröffentlichung" in nfp.text
    assert next(story.segments_of(BlockKind.SIGNOFF)).content == "dpa pos hbzz n1 lön"
    trailer = story.trailer
    assert trailer is not None
    # German month, no zone: a naive datetime.
    assert trailer.timestamp == dt.datetime(2024, 10, 14, 16, 42)
    assert trailer.zone is None


def test_year_from_reference_date() -> None:
    assert read(IPTC_NO_YEAR).trailer is not None
    assert read(IPTC_NO_YEAR).trailer.timestamp is None  # type: ignore[union-attr]
    story = read(IPTC_NO_YEAR, dt.date(2019, 1, 3))
    assert story.trailer is not None
    assert story.trailer.timestamp == dt.datetime(2019, 1, 2, 18, 5, tzinfo=dt.UTC)
    # Early January signature read at the end of December: the nearer year.
    story = read(IPTC_NO_YEAR, dt.date(2018, 12, 31))
    assert story.trailer is not None
    assert story.trailer.timestamp is not None
    assert story.trailer.timestamp.year == 2019


def test_unterminated_headline() -> None:
    text = IPTC_STORY.replace("By Leonie Farrow, dpa =", "By Leonie Farrow, dpa")
    story = read(text)
    assert "feed-headline-unterminated" in [d.code for d in story.defects]
    assert story.headline is not None


def test_missing_etx() -> None:
    text = IPTC_STORY[: IPTC_STORY.index("\x03")]
    story = read(text)
    assert [d.code for d in story.defects] == ["feed-missing-etx"]
    assert story.trailer is None


def test_missing_header_and_stx() -> None:
    text = "Just a line\n\nand another\n"
    story = read(text)
    codes = [d.code for d in story.defects]
    assert "feed-missing-header" in codes
    assert "feed-missing-stx" in codes


def test_broken_header() -> None:
    text = IPTC_STORY.replace("eca042 4 i 180", "eca042 x")
    story = read(text)
    assert "feed-broken-header" in [d.code for d in story.defects]
    env = story.envelope
    assert isinstance(env, Iptc7901Envelope)
    assert env.service is None


def test_latin1_bytes() -> None:
    data = IPTC_STORY.replace("Farrow", "M\u00fcller").encode("latin-1")
    text, encoding = decode_feed(data)
    assert encoding == "cp1252"
    story = read(text)
    assert next(story.segments_of(BlockKind.BYLINE)).content == "By Leonie M\u00fcller, dpa"
    assert story.defects == ()


def test_undecodable_is_reported() -> None:
    text = IPTC_STORY.replace("reopened", "re\ufffdopened")
    story = read(text)
    assert "feed-undecodable" in [d.code for d in story.defects]


def test_pickles() -> None:
    story = read(IPTC_STORY)
    assert pickle.loads(pickle.dumps(story)) == story


def test_copyright_year_completes_a_signature_without_one() -> None:
    """The dpa signature ``021805 GMT Jan`` takes its year from ``© 2019 dpa``."""
    import wireparse

    text = IPTC_NO_YEAR.replace("dpa lf\r\n", "dpa lf\r\n\r\n© 2019 dpa\r\n")
    article = wireparse.parse(text)
    assert article.trailer is not None
    assert article.trailer.text == "021805 GMT Jan"
    assert article.trailer.timestamp == dt.datetime(2019, 1, 2, 18, 5, tzinfo=dt.UTC)
    assert article.published == article.trailer.timestamp
    # A reference date given by the caller wins over the notice.
    given = wireparse.parse(text, reference_date=dt.date(2021, 1, 10))
    assert given.trailer is not None
    assert given.trailer.timestamp == dt.datetime(2021, 1, 2, 18, 5, tzinfo=dt.UTC)
    # Without a notice the signature stays without a moment.
    alone = wireparse.parse(IPTC_NO_YEAR)
    assert alone.trailer is not None
    assert alone.trailer.timestamp is None


def test_complete_trailer() -> None:
    from wireparse.feeds.iptc7901 import complete_trailer
    from wireparse.model import Span, Trailer

    bare = Trailer(text="131137 GMT Nov", span=Span(0, 14))
    done = complete_trailer(bare, dt.date(2026, 7, 1))
    assert done.timestamp == dt.datetime(2026, 11, 13, 11, 37, tzinfo=dt.UTC)
    assert (done.text, done.span) == (bare.text, bare.span)
    assert complete_trailer(done, dt.date(2030, 1, 1)) is done  # a moment is kept
    odd = Trailer(text="not a signature", span=Span(0, 15))
    assert complete_trailer(odd, dt.date(2026, 7, 1)) is odd
