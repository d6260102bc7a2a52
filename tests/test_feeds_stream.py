"""Splitting streams of stories, reading them incrementally, decoding feed bytes."""

from __future__ import annotations

import codecs
import io
from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.feed_samples import (
    ANPA_BAYCITY,
    ANPA_STORY,
    ANPA_WRAPPED,
    IPTC_STORY,
    PLAIN_TEXT,
    ZCZC_BOB,
    ZCZC_RACING,
    assert_lossless,
)
from wireparse.feeds import decode_feed, detect, iter_stories, read_story, split_stories
from wireparse.reading.source import BLANK_CHARS

STREAM = "\x07connected\r\n\x00TAIL OF A STORY\r\n" + ANPA_STORY + ANPA_WRAPPED + ANPA_BAYCITY
MIXED = ANPA_STORY + "\r\n" + IPTC_STORY + "\r\n" + ZCZC_BOB + "\n" + ZCZC_RACING


def pieces(data: str) -> list[str]:
    return [data[a:b] for a, b in split_stories(data)]


def test_split_anpa_capture() -> None:
    parts = pieces(STREAM)
    assert len(parts) == 4
    assert parts[0] == "\x07connected\r\n\x00TAIL OF A STORY\r\n"
    assert parts[1] == ANPA_STORY
    assert parts[2] == ANPA_WRAPPED
    assert parts[3] == ANPA_BAYCITY
    for part in parts:
        story = read_story(part, detect(part).format)
        assert_lossless(part, story.segments)


def test_split_mixed_formats() -> None:
    parts = pieces(MIXED)
    assert [detect(p).format for p in parts] == ["anpa1312", "iptc7901", "zczc", "zczc"]
    assert "".join(parts) == MIXED


def test_blank_prefix_is_skipped_and_plain_text_is_one_story() -> None:
    assert list(split_stories("\r\n  " + IPTC_STORY)) == [(4, 4 + len(IPTC_STORY))]
    assert list(split_stories(PLAIN_TEXT)) == [(0, len(PLAIN_TEXT))]
    assert list(split_stories("")) == []
    assert list(split_stories(" \n\t")) == []


def test_split_is_lazy() -> None:
    iterator = split_stories(STREAM)
    assert next(iterator) == (0, STREAM.index("\x16"))


def test_iter_stories_text_file() -> None:
    assert list(iter_stories(io.StringIO(STREAM), chunk_size=7)) == pieces(STREAM)
    assert list(iter_stories(io.StringIO(MIXED))) == pieces(MIXED)


def test_iter_stories_lines() -> None:
    assert list(iter_stories(MIXED.splitlines(keepends=True))) == pieces(MIXED)


def test_iter_stories_bytes_decodes_each_story() -> None:
    latin = IPTC_STORY.replace("Farrow", "M\u00fcller").encode("latin-1")
    utf8 = ANPA_STORY.replace("MAREN", "M\u00c4REN").encode("utf-8")
    data = utf8 + latin
    stories = list(iter_stories(io.BytesIO(data), chunk_size=5))
    assert len(stories) == 2
    assert "M\u00c4REN" in stories[0]
    assert "M\u00fcller" in stories[1]


def test_iter_stories_reads_at_most_one_story_ahead() -> None:
    consumed: list[int] = []

    def lines() -> Iterator[str]:
        for n, line in enumerate(MIXED.splitlines(keepends=True)):
            consumed.append(n)
            yield line

    expected = pieces(MIXED)
    for story in iter_stories(lines()):
        read_so_far = sum(len(x) for x in MIXED.splitlines(keepends=True)[: len(consumed)])
        done = MIXED.index(story) + len(story)
        # What has been read beyond this story is less than the next story plus a chunk.
        nxt = expected[expected.index(story) + 1] if story != expected[-1] else ""
        assert read_so_far - done <= len(nxt) + 200


def test_iter_stories_rejects_mixed_types() -> None:
    with pytest.raises(TypeError):
        list(iter_stories(["ZCZC\n", b"NNNN\n"]))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        list(iter_stories([1, 2]))  # type: ignore[arg-type]


def test_decode_feed() -> None:
    assert decode_feed(ANPA_STORY.encode()) == (ANPA_STORY, "utf-8")
    text = "Portvale \u2013 M\u00fcller \u2019s"
    assert decode_feed(text.encode("cp1252")) == (text, "cp1252")
    assert decode_feed(codecs.BOM_UTF8 + b"abc") == ("abc", "utf-8-sig")
    mixed = ANPA_STORY.replace("MAREN", "M\u00c4REN").encode() + IPTC_STORY.replace(
        "Farrow", "M\u00fcller"
    ).encode("latin-1")
    text, encoding = decode_feed(mixed)
    assert encoding == "utf-8+cp1252"
    assert "M\u00c4REN" in text
    assert "M\u00fcller" in text
    with pytest.raises(TypeError):
        decode_feed("text")  # type: ignore[arg-type]


@given(st.binary(max_size=400))
def test_any_bytes_decode(data: bytes) -> None:
    text, encoding = decode_feed(data)
    assert isinstance(text, str)
    assert encoding


@given(
    st.lists(
        st.sampled_from(
            [
                ANPA_STORY,
                ANPA_WRAPPED,
                ANPA_BAYCITY,
                IPTC_STORY,
                ZCZC_BOB,
                ZCZC_RACING,
                "junk\n",
                "\r\n",
            ]
        ),
        max_size=6,
    ),
    st.integers(1, 64),
)
def test_streams_split_the_same_every_way(parts: list[str], chunk: int) -> None:
    data = "".join(parts)
    spans = list(split_stories(data))
    expected = [data[a:b] for a, b in spans]
    assert list(iter_stories(io.StringIO(data), chunk_size=chunk)) == expected
    assert list(iter_stories(io.BytesIO(data.encode()), chunk_size=chunk)) == expected
    covered = "".join(expected)
    assert all(c in BLANK_CHARS for c in data.replace(covered, "", 1)) or covered == data


@given(
    st.text(alphabet=st.sampled_from(list("\x16\x01\x04\r\n \tZCzcNAb1 ")), max_size=120),
    st.integers(1, 40),
)
def test_split_properties(data: str, chunk: int) -> None:
    spans = list(split_stories(data))
    pos = 0
    for a, b in spans:
        assert pos <= a < b <= len(data)
        assert all(c in BLANK_CHARS for c in data[pos:a])
        pos = b
    assert all(c in BLANK_CHARS for c in data[pos:])
    assert list(iter_stories(io.StringIO(data), chunk_size=chunk)) == [data[a:b] for a, b in spans]
