"""Body integrity of web copies of wire stories: credits, bylines, links, calls.

Every text here is invented: it imitates a convention of news sites (local
papers, stations, aggregators) and none is copied from a real article.
"""

from __future__ import annotations

import datetime as dt

import pytest

import wireparse
from tests.structure_helpers import rules_of
from wireparse.metadata.bylines import parse_byline
from wireparse.metadata.dates import is_timestamp_line, parse_timestamp


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


def _library_story(line: str) -> str:
    """A short story with *line* between its headline and its lead."""
    return (
        "Library to open on Sundays\n\n"
        f"{line}\n\n"
        "The town library will open on Sunday afternoons from January, "
        "its trustees decided on Monday.\n\n"
        "The change costs about $30,000 a year.\n"
    )


@pytest.mark.parametrize(
    ("line", "location"),
    [
        ("Wendell Prior | Ashcombe", "Ashcombe"),
        ("Wendell Prior | Port Ellery", "Port Ellery"),
        ("Wendell Prior | Ashcombe, Vt.", "Ashcombe, Vt."),
    ],
)
def test_a_name_and_a_place_after_a_bar_is_the_byline(line: str, location: str) -> None:
    article = wireparse.parse(_library_story(line))
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
    article = wireparse.parse(_library_story(line))
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


def _line_kind(line: str) -> tuple[str, str]:
    """The kind and text of *line* set alone between the story's head and its last paragraph."""
    article = wireparse.parse(_STORY_HEAD + f"{line}\n\nSailings at night stay hourly.\n")
    return kinds(article)[4]


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
        ("This story was produced in partnership with the Island News Project.", "credit"),
        ("Support local journalism", "furniture"),
        ("Subscribe for unlimited access to island news.", "furniture"),
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
    assert _line_kind(line) == ("paragraph", line)


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


# --------------------------------------------------------------------------
# Captions naming where each person stands; the writer who took the pictures
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Nell Ostrand, left, and Ira Vance sort donated coats at the church hall.",
        "Coach Ira Vance, center, talks to his players before the final.",
        "Nell Ostrand, second from right, cuts the ribbon at the new clinic.",
    ],
)
def test_a_caption_naming_where_people_stand_is_a_caption(line: str) -> None:
    assert _line_kind(line) == ("caption", line)


@pytest.mark.parametrize(
    "line",
    [
        '"We have nothing left, nothing," said Nell Ostrand, who runs the shelter.',
        "Nell Ostrand, left, without a car when the bridge closed, now takes the ferry.",
    ],
)
def test_a_sentence_with_left_after_a_name_stays_a_paragraph(line: str) -> None:
    assert _line_kind(line) == ("paragraph", line)


@pytest.mark.parametrize(
    "line", ["Story and photos by Nell Ostrand", "Text and photographs by Nell Ostrand"]
)
def test_story_and_photos_by_is_the_byline(line: str) -> None:
    text = (
        "Island chapel gets a new roof\n\n"
        f"{line}\n\n"
        "ASHCOMBE — Volunteers finished the chapel's new slate roof on Saturday.\n\n"
        "The work took two summers.\n"
    )
    article = wireparse.parse(text)
    assert kinds(article)[1] == ("byline", line)
    assert article.byline is not None
    assert article.byline.names == ("Nell Ostrand",)


# --------------------------------------------------------------------------
# The author's box under the story
# --------------------------------------------------------------------------


def test_an_author_box_with_the_outlet_and_the_beat() -> None:
    text = (
        "Island chapel gets a new roof\n\n"
        "By Nell Ostrand\n\n"
        "ASHCOMBE — Volunteers finished the chapel's new slate roof on Saturday.\n\n"
        "The work took two summers.\n\n"
        "Recommended Videos\n\n"
        "The chapel reopens for services at Christmas.\n\n"
        "Nell Ostrand, Ashcombe Herald\n"
        "Nell Ostrand covers island towns for the Ashcombe Herald.\n"
        "Contact the writer: nostrand@mercury.example\n"
    )
    article = wireparse.parse(text)
    assert rules_of(article)[4:] == [
        ("furniture", "furniture"),
        ("paragraph", "paragraph"),
        ("byline", "byline.author_box"),
        ("credit", "credit.bio"),
        ("contact", "contact.reporter"),
    ]
    assert article.byline is not None
    assert article.byline.text == "By Nell Ostrand"


@pytest.mark.parametrize(
    "line",
    [
        "Share your memories of Ira Vance in the comments below.",
        "Share your thoughts",
        "Get island news in your inbox every morning. Sign up for free Herald newsletters.",
    ],
)
def test_comment_and_newsletter_calls_are_furniture(line: str) -> None:
    assert _line_kind(line) == ("furniture", line)


def test_posted_by_is_the_byline() -> None:
    text = (
        "Island chapel gets a new roof\n\n"
        "Posted by Nell Ostrand, Ashcombe Staff\n\n"
        "ASHCOMBE — Volunteers finished the chapel's new slate roof on Saturday.\n\n"
        "The work took two summers.\n"
    )
    article = wireparse.parse(text)
    assert kinds(article)[1][0] == "byline"
    assert article.byline is not None
    assert article.byline.names == ("Nell Ostrand",)


@pytest.mark.parametrize(
    "line",
    [
        "Crews lift the old span off its piers at dawn. (KWRV)",
        "The new terminal seen from the water. (WKAS-TV Photo)",
    ],
)
def test_a_caption_ending_with_a_station_call_sign(line: str) -> None:
    assert _line_kind(line) == ("caption", line)


def test_a_caption_with_a_copyright_marked_credit() -> None:
    line = "Crews lift the old span off its piers at dawn. © Ira Vance/Ashcombe Herald"
    text = (
        _STORY_HEAD
        + f"{line}\n\nSailings at night stay hourly.\n\n"
        + "© 2026 Ashcombe Herald. All rights reserved.\n"
    )
    article = wireparse.parse(text)
    assert kinds(article)[4] == ("caption", line)
    assert article.copyright is not None
    assert article.copyright.holder == "Ashcombe Herald"
    assert article.copyright.year == 2026


# --------------------------------------------------------------------------
# A live page's controls and short relative times
# --------------------------------------------------------------------------


def test_live_page_controls_and_short_times() -> None:
    text = (
        "Show key events only\n\n"
        "Storm closes the island ferry for a second day\n\n"
        "By Nell Ostrand\n\n"
        "ASHCOMBE — The island ferry stayed in port on Tuesday as gales battered the coast.\n\n"
        "Pinned post\n\n"
        "The port authority will decide at noon whether the evening sailing runs.\n\n"
        "25m ago\n\n"
        "Winds at the harbor mouth reached 60 mph.\n\n"
        "Skip past newsletter promotion\n\n"
        "after newsletter promotion\n\n"
        "Schools on the island stay open.\n\n"
        "Explore more on these topics\n\n"
        "Reuse this content\n"
    )
    article = wireparse.parse(text)
    assert article.headline == "Storm closes the island ferry for a second day"
    assert [k for k, _ in kinds(article)] == [
        "furniture",
        "headline",
        "byline",
        "paragraph",
        "furniture",
        "paragraph",
        "timestamp",
        "paragraph",
        "furniture",
        "furniture",
        "paragraph",
        "furniture",
        "furniture",
    ]
    assert [s.heading for s in article.sections] == [None]


@pytest.mark.parametrize(
    ("line", "days"), [("1h ago", 0), ("25m ago", 0), ("2d ago", 2), ("1w ago", 7)]
)
def test_a_short_relative_time_is_a_timestamp(line: str, days: int) -> None:
    reference = dt.date(2026, 12, 7)
    assert is_timestamp_line(line)
    assert parse_timestamp(line, reference_date=reference) == reference - dt.timedelta(days=days)


@pytest.mark.parametrize("banner", ["2 Alerts In Effect", "1 weather alert"])
def test_a_weather_banner_above_the_headline_is_furniture(banner: str) -> None:
    text = (
        f"{banner}\n\n"
        "Storm closes the island ferry for a second day\n\n"
        "By Nell Ostrand\n\n"
        "ASHCOMBE — The island ferry stayed in port on Tuesday as gales battered the coast.\n\n"
        "Schools on the island stay open.\n"
    )
    article = wireparse.parse(text)
    assert kinds(article)[0] == ("furniture", banner)
    assert article.headline == "Storm closes the island ferry for a second day"


@pytest.mark.parametrize(
    ("middle", "caption_blocks"),
    [
        ("Crews lift the old span at dawn.\n© Ira Vance/Ashcombe Herald", 2),
        ("Crews lift the old span at dawn. (© Ira Vance/Ashcombe Herald)", 1),
        ("© Ira Vance/Ashcombe Herald", 1),
    ],
)
def test_a_copyright_marked_picture_credit_is_no_story_copyright(
    middle: str, caption_blocks: int
) -> None:
    text = (
        _STORY_HEAD
        + f"{middle}\n\nSailings at night stay hourly.\n\n"
        + "© 2026 Ashcombe Herald. All rights reserved.\n"
    )
    article = wireparse.parse(text)
    assert [k for k, _ in kinds(article)[4 : 5 + caption_blocks]] == [
        *["caption"] * caption_blocks,
        "paragraph",
    ]
    assert article.copyright is not None
    assert article.copyright.holder == "Ashcombe Herald"
