"""AAP ZCZC reader: dialects, header fields, headline, sign-off, end line."""

from __future__ import annotations

import pickle

import pytest

from tests.feed_samples import (
    ZCZC_AAP,
    ZCZC_BOB,
    ZCZC_MEDIANET,
    ZCZC_NEWSBITES,
    ZCZC_PAGEMASTERS,
    ZCZC_RACING,
    assert_lossless,
)
from wireparse.feeds import FeedStory, read_story
from wireparse.model import BlockKind, ZczcEnvelope


def read(text: str) -> tuple[FeedStory, ZczcEnvelope]:
    story = read_story(text, "zczc")
    assert_lossless(text, story.segments)
    assert isinstance(story.envelope, ZczcEnvelope)
    assert story.trailer is None
    return story, story.envelope


def test_bob_dialect() -> None:
    story, env = read(ZCZC_BOB)
    assert env.dialect == "bob"
    assert env.originator == "AAP"
    assert env.category == "A"
    assert env.keyword == "Harbor_Bridge_BC1"
    assert env.headline == "Harbor bridge reopens after repairs"
    assert env.take_key == "(PORTVALE)"
    assert env.subject == "04000000"
    assert env.place == "NSW"
    assert [f.marker for f in env.fields] == ["%", "#", "$", ":", "&", "*", "@"]
    assert env.end_span is not None
    assert env.end_span.of(ZCZC_BOB) == "NNNN"
    assert story.headline is not None
    assert story.headline.content == "Harbor bridge reopens after repairs"
    assert story.headline.text.startswith("$")
    body = next(story.segments_of(None))
    assert body.content.startswith("The old harbor bridge")
    assert body.content.endswith("first cars crossed.")
    assert next(story.segments_of(BlockKind.SIGNOFF)).content == "AAP HLT"
    assert story.segments[-1].rule == "zczc.end"
    assert story.defects == ()


def test_aap_dialect_with_cr_breaks() -> None:
    story, env = read(ZCZC_AAP)
    assert env.dialect == "aap"
    assert env.category == "T"
    assert env.keyword == "Harbor League"
    assert env.take_key == "Round 9"
    assert env.get("format") == "X"
    assert env.get("service_level") == "A"
    assert env.subject == "15073000"
    assert env.end_span is None
    assert story.headline is not None
    assert story.headline.content == "LEAGUE: Harbor League round 9 preview"
    body = next(story.segments_of(None))
    assert body.content.startswith("PORTVALE, June 3 AAP - Preview")
    assert next(story.segments_of(BlockKind.SIGNOFF)).content == "AAP"


def test_medianet_dialect() -> None:
    story, env = read(ZCZC_MEDIANET)
    assert env.dialect == "medianet"
    assert env.get("selectors") == "MNETHB PVX"
    assert env.category == "J"
    assert env.take_key == "Portvale Harbor Board"
    assert story.headline is None
    source = next(story.segments_of(BlockKind.CREDIT))
    assert source.rule == "zczc.source"
    assert source.content == "SOURCE: Portvale Harbor Board"


def test_racing_dialect() -> None:
    story, env = read(ZCZC_RACING)
    assert env.dialect == "racing"
    assert env.originator == "FMG042"
    assert env.routing == "YY HBR PTV"
    assert story.headline is not None
    assert story.headline.content == "Portvale - Brief Form Friday"
    assert story.headline.text.startswith(":SPORT")
    assert next(story.segments_of(BlockKind.SIGNOFF)).content == "AAP COMMENT"


def test_racing_headline_from_first_line() -> None:
    text = "ZCZC FMG042\nHH PVCom\nPortvale Comment Friday races 1-4\n   Race One - Plate\n"
    story, env = read(text)
    assert env.routing == "HH PVCom"
    assert story.headline is not None
    assert story.headline.rule == "zczc.racing-headline"
    assert story.headline.content == "Portvale Comment Friday races 1-4"


def test_pagemasters_date_is_not_a_headline() -> None:
    story, env = read(ZCZC_PAGEMASTERS)
    assert env.dialect == "pagemasters"
    assert env.keyword == "Portvale Grey"
    assert env.get("date") == "14/03/2018"
    assert env.headline is None
    assert story.headline is None
    assert next(story.segments_of(BlockKind.SIGNOFF)).content == "AAP FIELDS"


def test_newsbites() -> None:
    story, env = read(ZCZC_NEWSBITES)
    assert env.dialect == "newsbites"
    assert env.headline == "Harbor board lifts dividend"
    assert env.get("published") == "14 March 2018 10:00:00"
    assert env.get("abstract") == "The harbor board lifted its dividend."
    assert [f.marker for f in env.fields][:2] == ["AN#", "KN#"]
    assert story.headline is not None
    assert next(story.segments_of(BlockKind.HIGHLIGHT)).rule == "zczc.abstract"
    body = next(story.segments_of(None))
    assert body.content == "The harbor board lifted its dividend after a strong year."


def test_bullet_body_is_not_a_header_field() -> None:
    text = "ZCZC AAP\n#Slug\n* First point of the story\n* Second point\nNNNN\n"
    story, env = read(text)
    assert [f.marker for f in env.fields] == ["#"]
    assert next(story.segments_of(None)).content.startswith("* First point")


@pytest.mark.parametrize(
    "text", ["No start line here\n", "junk\nZCZC AAP\n^Headline\nBody.\nNNNN\ntrailing\n"]
)
def test_damage_is_reported(text: str) -> None:
    story = read_story(text, "zczc")
    assert_lossless(text, story.segments)
    assert story.defects


def test_pickles() -> None:
    story, _ = read(ZCZC_BOB)
    assert pickle.loads(pickle.dumps(story)) == story
