"""Feed end signatures have one grammar: the feed readers and parse_timestamp read it alike."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from wireparse.feeds import read_story
from wireparse.metadata.dates import parse_timestamp, signature_month

if TYPE_CHECKING:
    from collections.abc import Callable

UTC = dt.UTC


@pytest.mark.parametrize(
    ("word", "month"),
    [("Mar", 3), ("mär", 3), ("Okt", 10), ("Dez", 12), ("Sept", 9), ("March", 3),
     ("September", 9), ("Mai", 5), ("dec.", 12), ("Foo", None), ("Marc", None)],
)  # fmt: skip
def test_signature_month(word: str, month: int | None) -> None:
    assert signature_month(word) == month


def _anpa(signature: str) -> str:
    return (
        "\x16\x16\x01W0042\x1fworld\n"
        "r a\x13\x11 BC-Ferry-Timetable   03-03 0120\n"
        "\x02^Island ferry to sail twice a day<\n"
        "\t   PORTVALE (AP) _ The island ferry will sail twice a day from April.\n"
        f"\t   \x03{signature}<\n"
        "\x0c\n\x04"
    )


def _iptc(signature: str) -> str:
    return (
        "\x01eca417 4 i 186 ccccb   dpa 214\n\n"
        "Ferry/Timetable/\n"
        "\x02Island ferry to sail twice a day =\n\n"
        "   Portvale (dpa) - The island ferry will sail twice a day from April.\n"
        f"\x03{signature}\n\x7f\x04"
    )


@pytest.mark.parametrize(
    ("story", "signature", "moment"),
    [
        (_anpa, "AP-WF-03-04-26 0517GMT", dt.datetime(2026, 3, 4, 5, 17, tzinfo=UTC)),
        (_anpa, "03-04-26 0517GMT", dt.datetime(2026, 3, 4, 5, 17, tzinfo=UTC)),
        (_anpa, "AP-WF-03-04-26 0517", dt.datetime(2026, 3, 4, 5, 17)),
        (_iptc, "141530 GMT Okt 26", dt.datetime(2026, 10, 14, 15, 30, tzinfo=UTC)),
        (_iptc, "141530 GMT September 26", dt.datetime(2026, 9, 14, 15, 30, tzinfo=UTC)),
    ],
)
def test_the_feed_trailer_and_parse_timestamp_agree(
    story: Callable[[str], str], signature: str, moment: dt.datetime
) -> None:
    text = story(signature)
    read = read_story(text, "anpa1312" if story is _anpa else "iptc7901")
    assert read.trailer is not None
    assert read.trailer.text == signature
    assert read.trailer.timestamp == moment
    assert parse_timestamp(signature) == moment
    assert not [d for d in read.defects if d.code == "feed-bad-trailer"]


def test_a_signature_without_a_year_needs_a_reference() -> None:
    assert parse_timestamp("141530 Mar") is None
    assert parse_timestamp("141530 Mar", reference_date=dt.date(2026, 3, 1)) == dt.datetime(
        2026, 3, 14, 15, 30
    )
    read = read_story(_iptc("141530 Mar"), "iptc7901", reference_date=dt.date(2026, 3, 1))
    assert read.trailer is not None
    assert read.trailer.timestamp == dt.datetime(2026, 3, 14, 15, 30)
