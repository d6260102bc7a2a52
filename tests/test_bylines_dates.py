"""A date after a byline's names ends them and is no title."""

from __future__ import annotations

import datetime as dt

import pytest

import wireparse
from wireparse.metadata.bylines import stated_time

HEAD = "Harbor ferry fares to rise\n\n"
LEAD = "\n\nFerry fares will rise 10% next year, the harbour board said on Tuesday.\n"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("By Ada Roe on Dec 3, 2026", None),
        ("Posted by Ada Roe on Dec. 3, 2026 at 4:15 p.m.", None),
        ("By Ada Roe at 4:15 p.m. Dec. 3", None),
        ("By Ada Roe, Staff Writer on Dec 3, 2026", "Staff Writer"),
    ],
)
def test_date_after_names(line: str, title: str | None) -> None:
    byline = wireparse.parse(HEAD + line + LEAD).byline
    assert byline is not None
    assert byline.names == ("Ada Roe",)
    assert byline.title == title


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("By Ada Roe on Dec 3, 2026", dt.date(2026, 12, 3)),
        ("Posted by Ada Roe on Dec. 3, 2026 at 4:15 p.m.", dt.datetime(2026, 12, 3, 16, 15)),
        ("By Ada Roe, Staff Writer", None),
    ],
)
def test_byline_date_gives_publication(line: str, published: dt.date | None) -> None:
    assert wireparse.parse(HEAD + line + LEAD).published == published


def test_the_update_time_comes_before_the_byline_date() -> None:
    text = HEAD + "By Ada Roe on Dec 3, 2026\nUpdated 9:40 a.m. Nov. 30, 2026" + LEAD
    assert wireparse.parse(text).published == dt.datetime(2026, 11, 30, 9, 40)


def test_stated_time() -> None:
    assert stated_time("By Ada Roe | Dec. 3, 2026") == "Dec. 3, 2026"
    assert stated_time("By Ada Roe and Tom Hale") is None
