"""Format detection, read_feed, read_story dispatch, and robustness properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.feed_samples import (
    ALL_STORIES,
    ANPA_STORY,
    IPTC_STORY,
    PLAIN_TEXT,
    ZCZC_BOB,
    assert_lossless,
)
from wireparse.feeds import (
    FORMAT_NAMES,
    Detection,
    detect,
    normalise_anpa,
    read_feed,
    read_story,
)

EXPECTED = {
    "anpa_story": "anpa1312",
    "anpa_agate": "anpa1312",
    "anpa_baycity": "anpa1312",
    "anpa_wrapped": "anpa1312",
    "iptc_story": "iptc7901",
    "iptc_digitalwires": "iptc7901",
    "iptc_no_year": "iptc7901",
    "zczc_bob": "zczc",
    "zczc_aap": "zczc",
    "zczc_medianet": "zczc",
    "zczc_racing": "zczc",
    "zczc_pagemasters": "zczc",
    "zczc_newsbites": "zczc",
    "plain_text": "text",
}


@pytest.mark.parametrize("name", sorted(ALL_STORIES))
def test_detects_each_sample(name: str) -> None:
    detection = detect(ALL_STORIES[name])
    assert detection.format == EXPECTED[name]
    if detection.format != "text":
        assert detection.evidence
        assert detection.score > 0


def test_evidence_names_what_was_seen() -> None:
    evidence = detect(ANPA_STORY).evidence
    assert "SYN SYN SOH at 0" in evidence
    assert "ETX trailer 'AP-WF-03-14-18 1642GMT'" in evidence
    evidence = detect(IPTC_STORY).evidence
    assert "ETX trailer '141642 GMT Mar 18'" in evidence
    assert any(e.startswith("IPTC 7901 header 'eca042 4 i 180") for e in evidence)
    assert detect(ZCZC_BOB).evidence[0] == "ZCZC start line at 0"


def test_plain_text() -> None:
    assert detect(PLAIN_TEXT) == Detection("text")
    assert detect("") == Detection("text")


def test_trailer_alone_is_enough() -> None:
    tail = ANPA_STORY[ANPA_STORY.index("\t   PORTVALE") :]
    assert detect(tail).format == "anpa1312"


def test_detect_reads_bytes_read_story_does_not() -> None:
    # detect() decodes bytes as a capture is decoded, like parse(); read_story() takes text.
    assert detect(ANPA_STORY.encode("utf-8")) == detect(ANPA_STORY)
    assert detect(IPTC_STORY.encode("cp1252")) == detect(IPTC_STORY)
    assert detect(bytearray(b"\x16\x16\x01")).format == "anpa1312"
    with pytest.raises(TypeError, match="detect\\(\\) takes str or bytes, not int"):
        detect(42)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        read_story(b"x", "text")  # type: ignore[arg-type]


def test_unknown_format_name() -> None:
    with pytest.raises(ValueError, match="unknown feed format"):
        read_story("x", "nitf")


def test_read_feed() -> None:
    story = read_feed(IPTC_STORY)
    assert story.format == "iptc7901"
    assert story.headline is not None


def test_text_format() -> None:
    story = read_story(PLAIN_TEXT, "text")
    assert story.envelope is None
    assert story.trailer is None
    assert len(story.segments) == 1
    assert story.segments[0].kind is None


# --------------------------------------------------------------------------
# Properties: any text, any format: no exception, lossless, in order, deterministic.

FEED_PIECES = [
    *"\x16\x01\x02\x03\x04\x07\x08\x0c\x10\x1e\x1f\x7f^<=\t\r\n _`'#$%:*@~+-()/0123456789",
    *("ZCZC", "NNNN", "AP-WF-", " GMT Nov 13", "\x16\x16\x01W1234\x1fab\n", "r a\x13\x11 "),
    *("\x01eca01 4 i 9 ", "By X=", "^Eds: ", "# Notebook\n", "* * * *\n", "dpa ab\n"),
    *("a", "B", "\u00fc", "\ufffd", "\x85", "\u2028"),
]
FEED_ALPHABET = st.sampled_from(FEED_PIECES)
feed_texts = st.one_of(
    st.text(),
    st.lists(FEED_ALPHABET, max_size=80).map("".join),
    st.tuples(st.sampled_from(sorted(ALL_STORIES)), st.integers(0, 2000), st.integers(0, 2000)).map(
        lambda t: ALL_STORIES[t[0]][t[1] : t[1] + t[2]]
    ),
    st.tuples(st.sampled_from(sorted(ALL_STORIES)), st.integers(0, 2000), st.text(max_size=5)).map(
        lambda t: ALL_STORIES[t[0]][: t[1]] + t[2] + ALL_STORIES[t[0]][t[1] :]
    ),
)


@given(feed_texts)
def test_any_text_reads_losslessly_in_every_format(text: str) -> None:
    detection = detect(text)
    assert detection.format in FORMAT_NAMES
    assert detect(text) == detection
    for name in FORMAT_NAMES:
        story = read_story(text, name)
        assert_lossless(text, story.segments)
        assert read_story(text, name) == story
        for defect in story.defects:
            if defect.span is not None:
                assert 0 <= defect.span.start <= defect.span.end <= len(text)
        if story.trailer is not None:
            assert story.trailer.span.of(text) == story.trailer.text


@given(feed_texts)
def test_normalise_anpa_keeps_length(text: str) -> None:
    assert len(normalise_anpa(text)) == len(text)
