"""A date after a byline's names ends them and is no title."""

from __future__ import annotations

import pytest

import wireparse

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
