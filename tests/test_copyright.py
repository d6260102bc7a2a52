"""Copyright notices in the spellings seen on syndicated copy."""

from __future__ import annotations

import pytest

import wireparse
from wireparse.metadata.copyright import find_notice


@pytest.mark.parametrize(
    ("text", "year", "end_year", "holder"),
    [
        (
            "™ & © 2017 Example News Network, Inc., a Fictional Media Company. "
            "All rights reserved.",
            2017,
            None,
            "Example News Network, Inc.",
        ),
        (
            "Copyright 2019 The Associated Press. All rights reserved. This material may not be "
            "published, broadcast, rewritten or redistributed.",
            2019,
            None,
            "The Associated Press",
        ),
        ("(c) Copyright Thomson Reuters 2018.", 2018, None, "Thomson Reuters"),
        ("© 2024 AFP", 2024, None, "AFP"),
        ("Copyright © 2015-2017 Example Media Ltd.", 2015, 2017, "Example Media Ltd."),
        ("© 2015–17 Example Media", 2015, 2017, "Example Media"),
        ("Copyright 2019 by Jane Doe", 2019, None, "Jane Doe"),
        ("© Reuters", None, None, "Reuters"),
        ("COPYRIGHT 2001 EXAMPLE WIRE", 2001, None, "EXAMPLE WIRE"),
        ("(C) 1999 Example Press Co.", 1999, None, "Example Press Co."),
    ],
)
def test_spellings(text: str, year: int | None, end_year: int | None, holder: str) -> None:
    notice = find_notice(text)
    assert notice is not None
    assert (notice.year, notice.end_year, notice.holder) == (year, end_year, holder)
    assert (notice.start, notice.end) == (0, len(text))


@pytest.mark.parametrize(
    "text",
    [
        "The band sued over copyright of the song.",
        "Copyright infringement cases rose sharply last year, the office said in its report.",
        "Photo (c) and more",
        "",
    ],
)
def test_prose_about_copyright_is_not_a_notice(text: str) -> None:
    assert find_notice(text) is None


def test_notice_glued_to_the_next_sentence() -> None:
    text = "Copyright 2007 Example Wire. All rights reserved.This material may not be published."
    notice = find_notice(text)
    assert notice is not None
    assert notice.end == len(text)


def test_notice_at_the_end_of_a_paragraph_is_cut_out() -> None:
    text = (
        "Ferry back in service\n\nThe ferry returned to service on Friday after a long repair. "
        "Copyright 2021 The Associated Press. All rights reserved.\n"
    )
    article = wireparse.parse(text)
    assert [p.text for p in article.paragraphs] == [
        "The ferry returned to service on Friday after a long repair."
    ]
    assert article.copyright is not None
    assert article.copyright.text == "Copyright 2021 The Associated Press. All rights reserved."
    assert article.copyright.span.of(text) == article.copyright.text


def test_notice_glued_to_a_following_paragraph_is_cut_out() -> None:
    text = (
        "Ferry back in service\n\n© 2021 Example Wire. All rights reserved.The ferry returned "
        "to service on Friday after a long repair that took two years.\n"
    )
    article = wireparse.parse(text)
    assert article.copyright is not None
    assert article.copyright.holder == "Example Wire"
    assert [p.text for p in article.paragraphs] == [
        "The ferry returned to service on Friday after a long repair that took two years."
    ]


def test_only_the_first_notice_is_the_copyright() -> None:
    text = (
        "Headline here now\n\nA paragraph of story text.\n\n"
        "© 2020 First Wire\n\n© 2021 Second Wire\n"
    )
    article = wireparse.parse(text)
    assert article.copyright is not None
    assert article.copyright.holder == "First Wire"
    assert sum(b.kind is wireparse.BlockKind.COPYRIGHT for b in article.blocks) == 2


@pytest.mark.parametrize(
    ("prefix", "mark"),
    [("", "©"), ("TM & ", "©"), ("(tm)   &   ", "(c)"), ("™&", "Copyright"), ("", "Copr.")],
)
def test_find_notice_starts_at_the_trademark_before_the_mark(prefix: str, mark: str) -> None:
    """The search skips ahead to the first mark, and reads the ``TM &`` before it."""
    lead = "Copy editors checked this story before it ran. " * 3
    text = lead + prefix + mark + " 2026 Example Wire Media. All rights reserved."
    notice = find_notice(text)
    assert notice is not None
    assert notice.start == len(lead)
    assert notice.year == 2026
    assert notice.holder == "Example Wire Media"


def test_find_notice_without_a_mark() -> None:
    assert find_notice("Copyediting and copyright law were on the agenda in 2026.") is None
    assert find_notice("© ", 0, 1) is None
