"""Body integrity of web pages, round 16: columns, transcripts, key points.

Every text here is invented: it imitates a convention of news sites and
none is copied from a real article.
"""

from __future__ import annotations

import pytest

import wireparse
from tests.structure_helpers import rules_of

# --------------------------------------------------------------------------
# A column's own prose naming its writer is no bio
# --------------------------------------------------------------------------

_MILL_COLUMN = (
    "Save the old mill on the Brenn\n\n"
    "By Ilse Marrow\n\n"
    "The county wants to pull down the water mill at Ostby to widen the road.\n\n"
    "It has stood over the river since before the village had a church.\n\n"
)


@pytest.mark.parametrize(
    "prose",
    [
        "Ilse Marrow lives near the mill, where the wheel still turns on feast days, "
        "and she has walked past it every morning for thirty years.",
        "Ilse Marrow teaches at Ostby school, which takes its pupils to the mill each spring.",
        "Ilse Marrow works in the village bakery - the one that grinds its flour at the mill.",
    ],
)
def test_a_columns_prose_naming_its_writer_stays_a_paragraph(prose: str) -> None:
    article = wireparse.parse(_MILL_COLUMN + prose + "\n")
    assert rules_of(article)[-1] == ("paragraph", "paragraph")


@pytest.mark.parametrize(
    "bio",
    [
        "Ilse Marrow lives in Ostby.",
        "Ilse Marrow teaches at Ostby school. Her history of the valley is out in May.",
    ],
)
def test_a_bare_short_sentence_of_what_the_writer_does_stays_a_bio(bio: str) -> None:
    article = wireparse.parse(_MILL_COLUMN + bio + "\n")
    assert rules_of(article)[-1] == ("credit", "credit.bio")


# --------------------------------------------------------------------------
# A quoted turn of an exchange under a role's label in mixed case
# --------------------------------------------------------------------------

_BRIEFING_HEAD = (
    "Council defends closure of Pell Street pool\n\n"
    "The council defended its decision to close the Pell Street pool at a "
    "briefing on Wednesday, saying repairs would cost more than a new building.\n\n"
)
_BRIEFING_TAIL = "\n\nThe pool shuts at the end of the month, the council said.\n"


@pytest.mark.parametrize(
    "turn",
    [
        'Reporter: "Will the swimming club get a new home?"',
        'Audience member: "Who decided this?"',
        'Moderator: "Is there time for one more?"',
    ],
)
def test_a_quoted_turn_under_a_role_label_is_a_paragraph(turn: str) -> None:
    article = wireparse.parse(_BRIEFING_HEAD + turn + _BRIEFING_TAIL)
    assert rules_of(article)[2] == ("paragraph", "paragraph")
    assert article.blocks[2].text == turn


def test_a_quoted_turn_keeps_its_quotation() -> None:
    turn = 'Reporter: "Will the swimming club get a new home?"'
    article = wireparse.parse(_BRIEFING_HEAD + turn + _BRIEFING_TAIL)
    assert [q.text for q in article.quotes] == ["Will the swimming club get a new home?"]


def test_a_short_question_with_no_label_still_heads_a_section() -> None:
    article = wireparse.parse(
        _BRIEFING_HEAD + "What happens to the swimming club?\n\n"
        "The club has asked to share the pool at Harrow Road school for a year." + _BRIEFING_TAIL
    )
    assert rules_of(article)[2] == ("heading", "heading")


# --------------------------------------------------------------------------
# A key-points box set right under the lead
# --------------------------------------------------------------------------

_TRAM_LEAD = (
    "Tram fares in Welby to rise in April\n\n"
    "By Noor Castell\n\n"
    "Tram fares in Welby will rise by a fifth in April, the transport board said on Monday.\n\n"
)
_TRAM_BODY = "\n\nThe board said the money would pay for six new trams on the river line.\n"


def test_a_key_points_box_under_the_lead_is_highlights() -> None:
    article = wireparse.parse(
        _TRAM_LEAD + "Key points\n\n"
        "• A single ticket will cost 2.40 euros\n\n"
        "• Pupils keep their free pass\n\n"
        "• Six new trams arrive in 2028" + _TRAM_BODY
    )
    assert rules_of(article)[3:] == [
        ("furniture", "furniture.key_points"),
        ("highlight", "highlight.key_points"),
        ("highlight", "highlight.key_points"),
        ("highlight", "highlight.key_points"),
        ("paragraph", "paragraph"),
    ]


def test_a_key_points_label_further_down_is_left_alone() -> None:
    article = wireparse.parse(
        _TRAM_LEAD + "Riders on the river line have waited years for new trams.\n\n"
        "Key points\n\n"
        "• A single ticket will cost 2.40 euros\n\n"
        "• Pupils keep their free pass" + _TRAM_BODY
    )
    assert ("furniture", "furniture.key_points") not in rules_of(article)
    assert ("highlight", "highlight.key_points") not in rules_of(article)


# --------------------------------------------------------------------------
# PA's picture credit without brackets at the end of a caption
# --------------------------------------------------------------------------

_DOCK_HEAD = (
    "New lock gates fitted at Harlow Dock\n\n"
    "By Press Association reporter\n\n"
    "New lock gates have been fitted at Harlow Dock, ending a year of closures for barges.\n\n"
)
_DOCK_TAIL = (
    "\n\nThe gates were built in a yard on the Tees and brought in by crane, the trust said.\n\n"
    "Barges will use the lock again from Friday.\n"
)


@pytest.mark.parametrize(
    "caption",
    [
        "A crane lowers the upper gate on Tuesday Femi Okoro/PA Wire",
        "A crane lowers the upper gate on Tuesday Femi Okoro/PA Media",
        "A crane lowers the upper gate on Tuesday Femi Okoro/PA Wire/PA Images",
    ],
)
def test_a_caption_ending_in_pas_credit_without_brackets_is_a_caption(caption: str) -> None:
    article = wireparse.parse(_DOCK_HEAD + caption + _DOCK_TAIL)
    assert rules_of(article)[3][0] == "caption"
    assert article.blocks[3].text == caption
