"""Body integrity of web copies of wire stories: credits, bylines, links, calls.

Every text here is invented: it imitates a convention of news sites (local
papers, stations, aggregators) and none is copied from a real article.
"""

from __future__ import annotations

import pytest

import wireparse
from wireparse.metadata.bylines import parse_byline


def kinds(article: wireparse.Article) -> list[tuple[str, str]]:
    """The (kind, text) of each block, in order."""
    return [(b.kind.value, b.text) for b in article.blocks]


# --------------------------------------------------------------------------
# A photographer's credit alone, and the caption over it
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "credit",
    [
        "Ola Brenner/Tidewater Gazette",
        "Ola Brenner / Tidewater Gazette",
        "OLA BRENNER/TIDEWATER GAZETTE",
        "(Ola Brenner/Gazette)",
    ],
)
def test_a_photographer_credit_and_its_caption(credit: str) -> None:
    text = (
        "Pier reopens after storm repairs\n\n"
        "CALLOWAY — The town pier reopened on Friday after three months of repairs, "
        "the harbor office said.\n\n"
        "Crews paid for by a state grant replaced 40 of its wooden posts.\n\n"
        f"Anglers cast lines from the end of the pier at dusk.\n{credit}\n\n"
        "The pier will stay open until 10 p.m. through the summer.\n"
    )
    article = wireparse.parse(text)
    assert kinds(article)[3:] == [
        ("caption", "Anglers cast lines from the end of the pier at dusk."),
        ("caption", credit),
        ("paragraph", "The pier will stay open until 10 p.m. through the summer."),
    ]
    assert [s.heading for s in article.sections] == [None]


def test_a_caption_over_a_courtesy_credit() -> None:
    text = (
        "Pier reopens after storm repairs\n\n"
        "CALLOWAY — The town pier reopened on Friday after three months of repairs, "
        "the harbor office said.\n\n"
        "A heron waits on a post of the old pier in 2019.\n"
        "Photo: Courtesy of the Calloway Historical Society\n\n"
        "The pier will stay open until 10 p.m. through the summer.\n"
    )
    article = wireparse.parse(text)
    assert [k for k, _ in kinds(article)[2:]] == ["caption", "caption", "paragraph"]


def test_a_quoting_sentence_over_a_credit_stays_a_paragraph() -> None:
    text = (
        "Pier reopens after storm repairs\n\n"
        "CALLOWAY — The town pier reopened on Friday after three months of repairs, "
        "the harbor office said.\n\n"
        '"It is safer than it has been in decades," harbor master Juno Pell said.\n'
        "Ola Brenner/Tidewater Gazette\n\n"
        "The pier will stay open until 10 p.m. through the summer.\n"
    )
    article = wireparse.parse(text)
    assert [k for k, _ in kinds(article)[2:]] == ["paragraph", "caption", "paragraph"]


@pytest.mark.parametrize("line", ["Harbor Board/City Hall", "Main Street/Dock Road"])
def test_a_slash_between_names_no_person_is_no_photographer_credit(line: str) -> None:
    article = wireparse.parse(f"{line}\n")
    block = article.blocks[0]
    assert block.rule != "caption"


# --------------------------------------------------------------------------
# Web bylines without "By": the place after a bar, a desk's title
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "location"),
    [
        ("Wendell Prior | Ashcombe", "Ashcombe"),
        ("Wendell Prior | Port Ellery", "Port Ellery"),
        ("Wendell Prior | Ashcombe, Vt.", "Ashcombe, Vt."),
    ],
)
def test_a_name_and_a_place_after_a_bar_is_the_byline(line: str, location: str) -> None:
    text = (
        "Library to open on Sundays\n\n"
        f"{line}\n\n"
        "The town library will open on Sunday afternoons from January, "
        "its trustees decided on Monday.\n\n"
        "The change costs about $30,000 a year.\n"
    )
    article = wireparse.parse(text)
    assert [b.rule for b in article.blocks[1:3]] == ["byline", "paragraph.lead"]
    assert article.byline is not None
    assert article.byline.names == ("Wendell Prior",)
    assert article.byline.location == location


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Wendell Prior, Crime Reporter", "Crime Reporter"),
        ("Wendell Prior, City Hall Reporter", "City Hall Reporter"),
        ("Wendell Prior, Courts and Crime Editor", "Courts and Crime Editor"),
    ],
)
def test_a_name_and_a_desk_title_is_the_byline(line: str, title: str) -> None:
    text = (
        "Library to open on Sundays\n\n"
        f"{line}\n\n"
        "The town library will open on Sunday afternoons from January, "
        "its trustees decided on Monday.\n\n"
        "The change costs about $30,000 a year.\n"
    )
    article = wireparse.parse(text)
    assert [b.rule for b in article.blocks[1:3]] == ["byline", "paragraph.lead"]
    assert article.byline is not None
    assert article.byline.names == ("Wendell Prior",)
    assert article.byline.title == title


@pytest.mark.parametrize("line", ["Wendell Prior | Treasurer", "Wendell Prior | Updated"])
def test_a_name_and_a_role_after_a_bar_is_no_byline(line: str) -> None:
    assert parse_byline(line) is None


def test_rows_of_names_and_places_are_no_byline() -> None:
    text = (
        "Ashcombe names its new trustees\n\n"
        "Wendell Prior | Ashcombe\nNell Ostrand | Port Ellery\nIra Vance | Dunmere\n\n"
        "The three will sit from May.\n"
    )
    article = wireparse.parse(text)
    assert article.byline is None
    assert "byline" not in [b.kind.value for b in article.blocks]


# --------------------------------------------------------------------------
# Links, calls and credits between and under the paragraphs
# --------------------------------------------------------------------------

_STORY_HEAD = (
    "Ferry timetable changes in March\n\n"
    "By Wendell Prior\n\n"
    "ASHCOMBE — The island ferry will sail twice an hour from March, "
    "the port authority said on Monday.\n\n"
    "The change adds eleven sailings a day.\n\n"
)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("SEE ALSO: Port authority raises parking fees", "furniture"),
        ("ALSO READ: Island school gets new roof", "furniture"),
        ("Letters: Readers on the ferry fare rise", "furniture"),
        ("Follow Wendell Prior on X @wprior.", "furniture"),
        ("Follow Nell Ostrand on Bluesky for more island news.", "furniture"),
        ("Keep up to date with island news by signing up for our newsletter.", "furniture"),
        ("Stay informed by downloading our free news app.", "furniture"),
        ("Want to respond? Send a letter to the editor at letters@ashcombe.example.", "furniture"),
        ("Send us your ferry photos", "furniture"),
        ("This article originally appeared in The Ashcombe Mercury.", "credit"),
        ("This story was first published by Island Review.", "credit"),
        ("Republished with permission of the Ashcombe Mercury.", "credit"),
    ],
)
def test_links_calls_and_credits_are_no_paragraphs(line: str, kind: str) -> None:
    text = _STORY_HEAD + f"{line}\n\nSailings at night stay hourly.\n"
    article = wireparse.parse(text)
    assert kinds(article)[4:] == [
        (kind, line),
        ("paragraph", "Sailings at night stay hourly."),
    ]
    assert [s.heading for s in article.sections] == [None]


@pytest.mark.parametrize(
    "line",
    [
        "Follow the signs to the new ferry terminal, the authority said.",
        "Stay off the pier in storms, the harbor master warned.",
        "The story first appeared in rumours last spring, officials said.",
    ],
)
def test_sentences_like_calls_and_credits_stay_paragraphs(line: str) -> None:
    text = _STORY_HEAD + f"{line}\n\nSailings at night stay hourly.\n"
    article = wireparse.parse(text)
    assert kinds(article)[4] == ("paragraph", line)


def test_a_guest_writer_bio_under_the_column_is_a_credit() -> None:
    text = (
        "Keep the night ferry\n\n"
        "By Nell Ostrand\n\n"
        "The night ferry is the only way home for nurses on the late shift.\n\n"
        "Cutting it would save little and cost the island a great deal.\n\n"
        "Nell Ostrand is a retired midwife who lives in Ashcombe.\n"
    )
    article = wireparse.parse(text)
    assert article.blocks[-1].kind.value == "credit"
    assert article.blocks[-1].rule == "credit.bio"


def test_a_sentence_on_someone_else_under_a_column_stays_a_paragraph() -> None:
    text = (
        "Keep the night ferry\n\n"
        "By Nell Ostrand\n\n"
        "The night ferry is the only way home for nurses on the late shift.\n\n"
        "Cutting it would save little and cost the island a great deal.\n\n"
        "Ira Vance is a nurse who takes it every week.\n"
    )
    article = wireparse.parse(text)
    assert article.blocks[-1].kind.value == "paragraph"
