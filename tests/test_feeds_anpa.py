"""ANPA-1312 reader: envelope, segments, trailer, defects, normalisation."""

from __future__ import annotations

import datetime as dt
import pickle

import pytest

from tests.feed_samples import (
    ANPA_AGATE,
    ANPA_BAYCITY,
    ANPA_STORY,
    ANPA_WRAPPED,
    assert_lossless,
    rules,
)
from wireparse.feeds import FeedStory, normalise_anpa, read_story
from wireparse.model import AnpaEnvelope, BlockKind


def read(text: str) -> FeedStory:
    story = read_story(text, "anpa1312")
    assert_lossless(text, story.segments)
    return story


def test_envelope_fields() -> None:
    env = read(ANPA_STORY).envelope
    assert isinstance(env, AnpaEnvelope)
    assert env.service_level == "W"
    assert env.story_number == "1234"
    assert env.selector == "world"
    assert env.priority == "b"
    assert env.priority_name == "bulletin"
    assert env.category == "i"
    assert env.format_code == "\x13\x11"
    assert not env.tabular
    assert env.keyword == "BC-EU--Harbor-Bridge"
    assert env.version == "1stLd-Writethru"
    assert env.reference is None
    assert env.date_text == "03-14"
    assert env.word_count == 412
    assert env.subject == "BC-EU--Harbor Bridge, 1st Ld-Writethru,389"
    assert env.raw.startswith("\x16\x16\x01W1234")
    assert env.span.of(ANPA_STORY) == env.raw


def test_story_segments() -> None:
    story = read(ANPA_STORY)
    assert rules(story.segments) == [
        "anpa.header",
        "anpa.keyword",
        "anpa.headline",
        "anpa.photo-note",
        "anpa.eds-note",
        "anpa.byline",
        "anpa.byline-title",
        "anpa.paragraph",
        "anpa.paragraph",
        "anpa.paragraph",
        "anpa.paragraph",
        "anpa.trailer",
    ]
    assert story.headline is not None
    assert story.headline.content == "Engineers reopen the old harbor bridge after storm repairs"
    assert story.headline.text.startswith("^")
    assert story.headline.text.endswith("<")
    bylines = [s.content for s in story.segments_of(BlockKind.BYLINE)]
    assert bylines == ["By MAREN HOLT", "Associated Press"]
    notes = [s.content for s in story.segments_of(BlockKind.NOTE)]
    assert notes[0] == "AP Photo HB101, HB102"
    assert notes[1].startswith("Eds: Updates")
    generic = list(story.segments_of(None))
    assert generic[0].content.startswith("PORTVALE, Norway (AP) _ Engineers")
    assert generic[-1].content.endswith("contributed to this report.")
    assert story.defects == ()


def test_trailer() -> None:
    story = read(ANPA_STORY)
    trailer = story.trailer
    assert trailer is not None
    assert trailer.text == "AP-WF-03-14-18 1642GMT"
    assert trailer.span.of(ANPA_STORY) == trailer.text
    assert trailer.agency == "AP"
    assert trailer.circuit == "WF"
    assert trailer.zone == "GMT"
    assert trailer.timestamp == dt.datetime(2018, 3, 14, 16, 42, tzinfo=dt.UTC)
    last = story.segments[-1]
    assert last.kind is BlockKind.FRAMING
    assert last.text.startswith("\x03")
    assert last.text.endswith("\x04")


def test_local_zone_and_wrapped_paragraphs() -> None:
    story = read(ANPA_WRAPPED)
    assert story.trailer is not None
    assert story.trailer.timestamp is not None
    assert story.trailer.timestamp.utcoffset() == dt.timedelta(hours=-4)
    assert story.trailer.timestamp.year == 1994
    assert story.headline is not None
    assert story.headline.content == "Here is the latest valley news from The Associated\r\nPress"
    paragraphs = [s.content for s in story.segments_of(None)]
    assert paragraphs[0].startswith("(Riverton) -- The council")
    assert paragraphs[0].endswith("after a long debate.")
    assert "anpa.mark" in rules(story.segments)


def test_agate() -> None:
    story = read(ANPA_AGATE)
    env = story.envelope
    assert isinstance(env, AnpaEnvelope)
    assert env.tabular
    assert env.word_count == 210
    agate = [s for s in story.segments if s.rule == "anpa.agate"]
    assert len(agate) == 2
    assert all(s.kind is BlockKind.PARAGRAPH for s in agate)
    assert agate[0].text.count("\x08") == 3
    assert "Ferry;12;8;.600" in agate[1].text
    headings = [s.content for s in story.segments_of(BlockKind.HEADING)]
    assert headings == ["NORTH DIVISION", "Tuesday's Games"]
    assert story.headline is not None
    assert story.headline.content == "Harbor League Standings"
    assert [s.content for s in story.segments_of(BlockKind.BYLINE)] == ["By The Associated Press"]


def test_bay_city() -> None:
    story = read(ANPA_BAYCITY)
    assert story.trailer is None
    assert story.defects == ()
    assert story.headline is not None
    assert story.headline.rule == "anpa.slug-headline"
    assert story.headline.content == "FERRY SERVICE RESUMES ACROSS THE BAY"
    by_rule = {s.rule: s for s in story.segments}
    assert by_rule["anpa.slug-line"].kind is BlockKind.FRAMING
    assert by_rule["anpa.signoff"].kind is BlockKind.SIGNOFF
    assert by_rule["anpa.contact"].kind is BlockKind.CONTACT
    assert by_rule["anpa.trailer"].text == "\x03\x04"
    paragraphs = [s.content for s in story.segments_of(None)]
    assert paragraphs[0] == (
        "Ferry service across the bay resumed this morning after the \r\n"
        "storm passed, a port spokesman said."
    )


def test_summary_line_becomes_highlight() -> None:
    text = ANPA_STORY.replace(
        "^AP Photo",
        "^Engineers reopened the harbor bridge after a week of repairs to its cables.<\r\n"
        "^AP Photo",
    )
    story = read(text)
    highlights = list(story.segments_of(BlockKind.HIGHLIGHT))
    assert [h.rule for h in highlights] == ["anpa.summary"]


def test_several_display_lines_stay_generic() -> None:
    text = ANPA_STORY.replace(
        "^AP Photo HB101, HB102<\r\n",
        "^Ferry resumes\r\n^Market opens\r\n^Council meets\r\n",
    )
    story = read(text)
    lines = [s for s in story.segments if s.rule == "anpa.display-line"]
    assert [s.content for s in lines] == ["Ferry resumes", "Market opens", "Council meets"]
    assert all(s.kind is None for s in lines)


def test_missing_etx_is_a_defect() -> None:
    text = ANPA_STORY[: ANPA_STORY.index("\x03")]
    story = read(text)
    assert [d.code for d in story.defects] == ["feed-missing-etx"]
    assert story.trailer is None


def test_missing_header_is_a_defect() -> None:
    text = ANPA_STORY[ANPA_STORY.index("\t   PORTVALE") :]
    story = read(text)
    assert "feed-missing-header" in [d.code for d in story.defects]
    assert story.envelope is None
    assert story.trailer is not None


def test_broken_header_line() -> None:
    text = ANPA_STORY.replace("b i\x13\x11 ", "?? ")
    story = read(text)
    assert "feed-broken-header" in [d.code for d in story.defects]
    env = story.envelope
    assert isinstance(env, AnpaEnvelope)
    assert env.story_number == "1234"
    assert env.keyword is None


def test_impossible_signature_date() -> None:
    text = ANPA_STORY.replace("AP-WF-03-14-18", "AP-WF-13-44-18")
    story = read(text)
    assert story.trailer is not None
    assert story.trailer.timestamp is None
    assert "feed-bad-trailer" in [d.code for d in story.defects]


def test_text_before_header() -> None:
    text = "\x07connected\r\n\x00TAIL OF AN EARLIER STORY\r\n" + ANPA_STORY
    story = read(text)
    assert story.segments[0].rule == "anpa.control"
    assert "feed-leading-text" in [d.code for d in story.defects]
    assert story.envelope is not None


def test_pickles() -> None:
    story = read(ANPA_STORY)
    assert pickle.loads(pickle.dumps(story)) == story


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("said ``Hello.''", "said  \u201cHello.\u201d "),
        ("``It was `fine,''' he said", " \u201cIt was \u2018fine,'\u201d  he said"),
        ("(AP) _ The", "(AP) \u2014 The"),
        ("no marks here", "no marks here"),
        ("a___b", "a___b"),
    ],
)
def test_normalise_anpa(raw: str, expected: str) -> None:
    out = normalise_anpa(raw)
    assert out == expected
    assert len(out) == len(raw)


def test_normalise_keeps_offsets_on_a_story() -> None:
    out = normalise_anpa(ANPA_STORY)
    assert len(out) == len(ANPA_STORY)
    start = out.index("\u201cWe built")
    assert ANPA_STORY[start] == "`"
