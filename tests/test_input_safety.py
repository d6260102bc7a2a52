"""The safety net at the input: binary data, several feed stories, HTML pages."""

from __future__ import annotations

import pathlib
import random

import pytest

import wireparse
from wireparse.reading.source import check_is_text

STORY = (
    "Harbour gates approved\n\n"
    "The council approved the new harbour gates on Tuesday after a long debate.\n\n"
    "Work is to start in the spring and take six years, officials said.\n"
)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR", "PNG signature"),
        (b"GIF89a" + STORY.encode(), "GIF signature"),
        (b"GIF87a" + STORY.encode(), "GIF signature"),
        (b"\xff\xd8\xff\xe0" + STORY.encode(), "JPEG signature"),
        (b"%PDF-1.7\n" + STORY.encode(), "PDF signature"),
        (b"\x1f\x8b\x08\x00" + STORY.encode(), "gzip signature"),
        (b"PK\x03\x04" + STORY.encode(), "zip signature"),
        ("%PDF-1.4\n" + STORY, "PDF signature"),
    ],
)
def test_file_signatures_raise_not_text(data: str | bytes, reason: str) -> None:
    with pytest.raises(wireparse.NotTextError) as caught:
        wireparse.parse(data)
    assert caught.value.reason == reason
    assert isinstance(caught.value, wireparse.WireparseError)


def test_nul_characters_raise_not_text() -> None:
    data = ("word\x00" * 20 + STORY).encode()
    with pytest.raises(wireparse.NotTextError, match="20 NUL characters"):
        wireparse.parse(data)


def test_a_stray_nul_in_a_long_text_is_text() -> None:
    text = STORY.replace("council", "coun\x00cil") + "More words follow here.\n" * 60
    assert wireparse.parse(text).headline == "Harbour gates approved"


def test_random_bytes_raise_not_text() -> None:
    rng = random.Random(7)
    for size in (80, 400, 4000):
        data = bytes(rng.randrange(256) for _ in range(size))
        with pytest.raises(wireparse.NotTextError):
            wireparse.parse(data)


def test_high_share_of_control_characters_raises_not_text() -> None:
    text = "ab\x07\x08cd\x0e\x0f" * 10
    with pytest.raises(wireparse.NotTextError, match="control characters"):
        check_is_text(text)


def test_feed_framing_characters_do_not_count_as_control_characters() -> None:
    text = "\x16\x16\x01\x1f\x1e" * 5 + STORY
    check_is_text(text)


def test_few_control_characters_are_text() -> None:
    check_is_text("Bell\x07 rings\x08")


def test_several_feed_stories_carry_a_defect_pointing_to_iter_articles() -> None:
    one = (
        "\x16\x16\x01a0001 r bc-gates 03-03 0100\n\x02 Harbour gates approved\n"
        "\tThe council approved the new harbour gates on Tuesday.\n\x03\n"
    )
    two = one.replace("a0001", "a0002").replace("gates 03", "lights 03")
    article = wireparse.parse(one + two + two.replace("a0002", "a0003"))
    found = [d for d in article.defects if d.code == "several-stories"]
    assert len(found) == 1
    assert "3 feed stories" in found[0].message
    assert "iter_articles" in found[0].message
    assert found[0].span == wireparse.Span(len(one), len(one))
    assert not [d for d in wireparse.parse(one).defects if d.code == "several-stories"]


def test_html_page_carries_an_html_markup_defect() -> None:
    page = "<!DOCTYPE html>\n<html><body><h1>Harbour gates approved</h1>\n</body></html>\n"
    article = wireparse.parse(page)
    found = [d for d in article.defects if d.code == "html-markup"]
    assert len(found) == 1
    assert found[0].span == wireparse.Span(0, 15)
    assert "extract" in found[0].message


def test_html_fragment_with_many_tags_carries_the_defect() -> None:
    body = "".join(f"<p>Sentence number {n} of the story.</p>\n" for n in range(8))
    article = wireparse.parse("<div>" + body + "</div>")
    assert [d.code for d in article.defects][:1] == ["html-markup"]


def test_angle_bracketed_companies_are_no_html() -> None:
    text = "<ACME CORP> SETS DIVIDEND\n    PORTVALE, March 3 - Acme Corp <ACM> said ...\n"
    assert "html-markup" not in [d.code for d in wireparse.parse(text).defects]


def test_a_few_tags_in_a_story_are_no_html_page() -> None:
    text = STORY + "\nThe plan <b>was</b> approved, <i>officials</i> said.\n"
    assert "html-markup" not in [d.code for d in wireparse.parse(text).defects]


def test_command_line_reports_binary_input(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from wireparse.cli import main

    path = tmp_path / "picture.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert main([str(path)]) == 1
    assert "input is not text (PNG signature)" in capsys.readouterr().err
