"""One example per rule: the block it claims and the name it records."""

from __future__ import annotations

import pytest

import wireparse
from wireparse import BlockKind

LEAD = "The council approved the new harbor gates on Tuesday after a long debate."
MORE = "Work on the gates is to start in the spring and take six years, officials said."


def blocks_of(text: str) -> list[tuple[str, str, str]]:
    article = wireparse.parse(text)
    return [(b.kind.value, b.rule, " ".join(b.text.split())) for b in article.blocks]


def kind_of(line: str, *, where: str = "after") -> tuple[str, str]:
    """Classify *line* set after (or before) a short story."""
    story = ["Harbor gates approved", LEAD, MORE]
    parts = [*story, line] if where == "after" else [story[0], line, *story[1:]]
    found = [(k, r) for k, r, t in blocks_of("\n\n".join(parts)) if t == " ".join(line.split())]
    assert found, f"{line!r} is not a block of its own"
    return found[0]


@pytest.mark.parametrize(
    ("line", "kind", "rule"),
    [
        ("Reuter", "signoff", "signoff"),
        ("REUTER", "signoff", "signoff"),
        ("-0-", "signoff", "signoff"),
        ("###", "signoff", "signoff"),
        ("The-CNN-Wire", "tagline", "tagline"),
        ("-- The Associated Press", "tagline", "tagline"),
        ("This story is breaking and will be updated.", "note", "note"),
        ("Editor's note: An earlier version gave the wrong date.", "note", "note"),
        ("Correction: The council vote was 7-2, not 6-3.", "note", "note"),
        ("Jane Roe of Example News contributed to this report.", "credit", "credit"),
        ("(Reporting by Jane Roe; editing by John Doe)", "credit", "credit"),
        ("Additional reporting by Jane Roe in Valletta", "credit", "credit"),
        ("--With assistance from Jane Roe.", "credit", "credit"),
        ("Image caption The gates will swing shut at high tide", "caption", "caption"),
        ("The gates at high tide. (AP Photo/Jane Roe)", "caption", "caption"),
        ("— Jane Roe (@janeroe) March 7, 2019", "furniture", "embed"),
        ("Share", "furniture", "furniture"),
        ("NewsWorld News", "furniture", "furniture"),
        ("149comments", "furniture", "furniture"),
        ("1 of 4.", "furniture", "furniture"),
        ("Advertise | AdChoices", "furniture", "furniture"),
        ("Related: Storm floods the old town", "furniture", "furniture"),
        ("Watch the gates close »", "furniture", "furniture"),
        ("Share your photos with us on Example iReport.", "furniture", "furniture"),
        ("14 minutes ago", "timestamp", "timestamp"),
        ("24TH JULY 2012 - 19:55", "timestamp", "timestamp"),
        ("Posted 3:54 PM, July 7, 2017", "timestamp", "timestamp"),
        ("updated 5:15 PM EST, Wed November 7, 2012", "timestamp", "timestamp"),
        ("Monday, 11.05.2012 / 3:41 PM", "timestamp", "timestamp"),
    ],
)
def test_block_rules(line: str, kind: str, rule: str) -> None:
    assert kind_of(line) == (kind, rule)


@pytest.mark.parametrize(
    "line",
    ["By Jane Roe and John Doe", "By JANE ROE, Associated Press", "By the CNN Wire Staff"],
)
def test_byline(line: str) -> None:
    assert kind_of(line, where="before") == ("byline", "byline")


def test_by_in_a_sentence_is_not_a_byline() -> None:
    line = "By the end of the day, the council had voted for the gates."
    assert kind_of(line, where="before")[0] == "paragraph"


def test_signoff_only_near_the_end() -> None:
    text = "\n\n".join(["Harbor gates approved", LEAD, "Reuters", MORE, MORE, MORE, MORE])
    assert ("signoff", "signoff", "Reuters") not in blocks_of(text)


def test_highlights() -> None:
    text = "\n\n".join([LEAD, MORE, "@highlight", "Gates approved after debate"])
    assert blocks_of(text)[-2:] == [
        ("furniture", "highlight", "@highlight"),
        ("highlight", "highlight", "Gates approved after debate"),
    ]


def test_headline_above_datelined_lead_and_caption_between() -> None:
    text = "\n\n".join(
        [
            "Harbor gates approved after long debate",
            "The gates seen from the quay on Monday.",
            "Harbor Report",
            "VALLETTA (AP) — " + LEAD,
            MORE,
        ]
    )
    assert [k for k, _, _ in blocks_of(text)] == [
        "headline",
        "caption",
        "furniture",
        "paragraph",
        "paragraph",
    ]


def test_headline_with_a_full_stop_before_a_dateline() -> None:
    text = "\n\n".join(["Harbor gates approved in close vote.", "VALLETTA (AP) — " + LEAD, MORE])
    assert blocks_of(text)[0][:2] == ("headline", "headline")


def test_headline_ending_in_an_abbreviation() -> None:
    text = "\n\n".join(["Harbor gates approved in Seattle, Wash.", LEAD, MORE])
    assert blocks_of(text)[0][:2] == ("headline", "headline")


def test_subheadings_between_paragraphs() -> None:
    text = "\n\n".join(["Harbor gates approved", LEAD, "What comes next", MORE, MORE])
    article = wireparse.parse(text)
    assert [s.heading for s in article.sections] == [None, "What comes next"]


def test_related_links_between_paragraphs() -> None:
    link = "Storm floods the old town as river bursts its banks for the third time this year"
    text = "\n\n".join(["Harbor gates approved", LEAD, link, MORE, "Short link here", MORE])
    found = blocks_of(text)
    assert ("furniture", "furniture.related_link", link) in found
    assert ("furniture", "furniture.related_link", "Short link here") in found


def test_heading_attached_to_its_paragraph_on_a_page_with_links() -> None:
    link = "Storm floods the old town as river bursts its banks for the third time this year"
    text = f"Harbor gates approved\n\n{LEAD}\n\n{link}\n\nWhat comes next\n{MORE}\n\n{MORE}\n"
    assert ("heading", "heading", "What comes next") in blocks_of(text)


def test_comments_section_is_furniture() -> None:
    text = "\n\n".join(
        [
            "Harbor gates approved",
            LEAD,
            MORE,
            "COMMENTS",
            "reader99",
            "Great news at last.",
            "1 hour ago",
        ]
    )
    found = blocks_of(text)
    assert [k for k, r, _ in found[3:]] == ["furniture"] * 4
    assert {r for _, r, _ in found[4:]} == {"furniture.comments"}


def test_fold_out_box_is_furniture() -> None:
    box = "The harbor gates will be the largest of their kind in the region. They will cost a lot."
    text = "\n\n".join(
        [box, box[:40] + "... Read More", box + " Close", "Harbor gates approved", LEAD, MORE]
    )
    kinds = [k for k, _, _ in blocks_of(text)]
    assert kinds[:3] == ["furniture", "furniture", "furniture"]


def test_no_prose_at_all() -> None:
    text = "Harbor gates approved\n\nGates approved\n\nVote on Tuesday\n"
    article = wireparse.parse(text)
    assert article.headline == "Harbor gates approved"
    assert [b.rule for b in article.blocks][1:] == ["paragraph.no_prose"] * 2


def test_every_block_names_a_known_kind_and_rule() -> None:
    article = wireparse.parse("\n\n".join(["Harbor gates approved", LEAD, MORE, "Reuter"]))
    for block in article.blocks:
        assert isinstance(block.kind, BlockKind)
        assert block.rule
