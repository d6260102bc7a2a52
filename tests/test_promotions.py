"""Promotions, continuation lines and repeated widget labels inside the body are furniture."""

from __future__ import annotations

import pytest

import wireparse

HEAD = (
    "Portvale keeps its pier\n\n"
    "PORTVALE, Maine (AP) — The harbour board voted on Tuesday to keep the old pier, "
    "ending two years of debate over its future.\n\n"
)
TAIL = "\n\nThe vote was five to two. The mayor said repairs would start in the spring.\n"


def after_a_paragraph(line: str) -> str:
    """A story with *line* between two paragraphs of the body."""
    return HEAD + "The board met for six hours.\n\n" + line + TAIL


def between_quotations(line: str) -> str:
    """A story with *line* between two paragraphs that quote Tom Reyes."""
    return HEAD + '"We will rebuild," Tom Reyes said.\n\n' + line + '\n\n"It will cost a lot."\n'


def _block(text: str, line: str) -> tuple[str, str]:
    article = wireparse.parse(text)
    found = [(b.kind.value, b.rule) for b in article.blocks if b.text == line]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize(
    "line",
    [
        "Catch up on the harbour vote with our weekly council podcast, “Pier Talk.”",
        "Story continues below",
        "Story continues below…",
        "Also on The Portvale Courier:",
        "Tap here to read the full report.",
        "Want more news like this? Sign up for our morning newsletter.",
        "Listen to our reporters discuss the vote in the podcast above. Subscribe here.",
        "For more, sign up for the Courier's harbour newsletter.",
    ],
)
def test_promotion_lines_are_furniture(line: str) -> None:
    text = HEAD + line + TAIL
    assert _block(text, line) == ("furniture", "furniture.promotion")
    assert line not in [p.text for p in wireparse.parse(text).paragraphs]


def test_a_sentence_about_a_podcast_is_still_a_paragraph() -> None:
    line = "The mayor, who hosts a podcast about fishing, said he had voted for the pier."
    assert _block(HEAD + line + TAIL, line) == ("paragraph", "paragraph")


def test_a_repeated_title_case_label_is_furniture() -> None:
    label = "Declared Harbour Board Candidates."
    text = HEAD + label + "\n\nThe board will meet again in May.\n\n" + label + TAIL
    article = wireparse.parse(text)
    kinds = [(b.kind.value, b.rule) for b in article.blocks if b.text == label]
    assert kinds == [("furniture", "furniture.repeated")] * 2


def test_a_label_set_once_or_a_repeated_sentence_stays() -> None:
    label = "Declared Harbour Board Candidates."
    text = HEAD + label + TAIL
    assert _block(text, label)[0] != "furniture"
    sentence = "It takes five votes to pass."
    text = HEAD + sentence + "\n\nThe board will meet again in May.\n\n" + sentence + TAIL
    article = wireparse.parse(text)
    assert [p.text for p in article.paragraphs].count(sentence) == 2


@pytest.mark.parametrize(
    "line",
    [
        "Opinion: Why the harbour needs its pier",
        "Analysis: The vote that saved the pier",
        "Logo - https://media.example.com/portvale/pier_logo.jpg",
        "Photo - http://media.example.com/portvale/pier.jpg",
        "(Logo: www.example.com/portvale/logo)",
    ],
)
def test_a_labelled_line_between_paragraphs_is_a_related_link(line: str) -> None:
    text = after_a_paragraph(line)
    assert _block(text, line) == ("furniture", "furniture.related_link")
    assert [s.heading for s in wireparse.parse(text).sections] == [None]


def test_an_unlabelled_short_line_between_paragraphs_stays_a_heading() -> None:
    line = "Repairs start in spring"
    text = after_a_paragraph(line)
    assert _block(text, line) == ("heading", "heading")


def test_a_line_that_only_mentions_a_site_by_name_stays_a_heading() -> None:
    line = "Portvale.com readers vote"
    text = after_a_paragraph(line)
    assert _block(text, line) == ("heading", "heading")


@pytest.mark.parametrize(
    "line",
    [
        'Tom Reyes asked the board: "Who pays?"',
        '"Who pays for the pier?" Tom Reyes asked.',
        "“Who pays?” asked Tom Reyes, a harbour pilot.",
    ],
)
@pytest.mark.parametrize("after", ["", "\n\nThe vote was close."])
def test_a_quoted_question_with_its_cue_is_a_paragraph(line: str, after: str) -> None:
    text = HEAD + "The board met for six hours.\n\n" + line + after + "\n"
    assert _block(text, line) == ("paragraph", "paragraph")
    assert [q.speaker.name if q.speaker else None for q in wireparse.parse(text).quotes] == [
        "Tom Reyes"
    ]


@pytest.mark.parametrize(
    "line", ["Who pays for the pier?", '"Who pays for the pier?"', "Are the Reyes' boats safe?"]
)
def test_a_short_question_alone_stays_a_heading(line: str) -> None:
    text = after_a_paragraph(line)
    assert _block(text, line) == ("heading", "heading")


@pytest.mark.parametrize("line", ["Why?", "Really?", '"Why?"'])
def test_a_question_of_one_word_is_a_paragraph(line: str) -> None:
    """``Why?`` names no topic: the writer's rhetorical question, not a subheading."""
    text = after_a_paragraph(line)
    assert _block(text, line) == ("paragraph", "paragraph")


@pytest.mark.parametrize(
    "line",
    [
        "Photo by Tom Reyes/Courier",
        "Photo courtesy of the Reyes family",
        "Courtesy of the harbour board",
        "Credit: Tom Reyes",
        "(Photo: Portvale Courier)",
        "Tom Reyes/AP",
        "Ada Marsh/Getty Images",
    ],
)
def test_a_photo_credit_between_paragraphs_is_a_caption(line: str) -> None:
    text = between_quotations(line)
    assert _block(text, line) == ("caption", "caption")
    assert [s.heading for s in wireparse.parse(text).sections] == [None]
    assert [q.speaker.name if q.speaker else None for q in wireparse.parse(text).quotes] == [
        "Tom Reyes",
        "Tom Reyes",
    ]


_CAPTION = "The old pier at dawn, a week before the vote."


@pytest.mark.parametrize(
    "credit",
    [
        "Photo by Tom Reyes",
        "Photos by Tom Reyes and Ada Finch",
        "Photograph by Tom Reyes",
        "(Photo by Tom Reyes)",
        "Photo: Tom Reyes/Portvale Courier",
    ],
)
@pytest.mark.parametrize("where", ["head", "body"])
def test_a_caption_over_its_photo_credit_line_is_a_caption(credit: str, where: str) -> None:
    """The caption set right over its credit line is a caption, not the lead or a paragraph."""
    picture = f"{_CAPTION}\n{credit}\n\n"
    if where == "head":
        text = "Portvale keeps its pier\n\n" + picture + HEAD.split("\n\n", 1)[1] + TAIL
    else:
        text = HEAD + picture + "The board met for six hours." + TAIL
    assert _block(text, _CAPTION) == ("caption", "caption.credited")
    assert _block(text, credit) == ("caption", "caption")
    article = wireparse.parse(text)
    assert article.paragraphs[0].text.startswith("PORTVALE, Maine (AP)")
    assert _CAPTION not in [p.text for p in article.paragraphs]


@pytest.mark.parametrize(
    "line",
    [
        "Photos by local children hang in the hall.",
        "Photos by Ada Finch hang in the hall of the harbour office until May.",
        "By Tom Reyes",
    ],
)
def test_a_sentence_or_byline_under_a_paragraph_makes_no_caption(line: str) -> None:
    text = HEAD + "The board met for six hours.\n" + line + TAIL
    assert _block(text, "The board met for six hours.") == ("paragraph", "paragraph")


def test_a_paragraph_with_a_blank_line_over_a_credit_stays_a_paragraph() -> None:
    text = HEAD + "The board met for six hours.\n\nPhoto by Tom Reyes" + TAIL
    assert _block(text, "The board met for six hours.") == ("paragraph", "paragraph")


@pytest.mark.parametrize(
    "line",
    [
        "Courtesy of the board, the crews got a hot lunch every day of the strike.",
        "Photo by photo, the exhibit tells the story of the pier over a century.",
        "Credit: the board deserves it, Reyes said of the rescue.",
    ],
)
def test_a_sentence_that_opens_like_a_credit_stays_a_paragraph(line: str) -> None:
    text = between_quotations(line)
    assert _block(text, line) == ("paragraph", "paragraph")


@pytest.mark.parametrize(
    "line",
    ["Download the WXYZ app for breaking news alerts.", "Follow us on Facebook for updates."],
)
def test_an_app_or_social_call_is_a_promotion(line: str) -> None:
    """``Download the WXYZ app ...``, ``Follow us on Facebook``: furniture, not a paragraph."""
    article = wireparse.parse(
        "Fire closes bakery\n\nMILLBROOK (WXYZ) — A fire closed a bakery on Tuesday.\n\n"
        "Crews arrived within minutes.\n\n" + line + "\n\nThe owner said she would rebuild.\n"
    )
    (block,) = [b for b in article.blocks if b.text == line]
    assert block.kind.value == "furniture"
    assert [p.text for p in article.paragraphs][-1] == "The owner said she would rebuild."


@pytest.mark.parametrize(
    "link", ["Skip to content", "Skip to main content", "Skip navigation", "Skip to the article"]
)
def test_a_skip_link_above_the_headline_is_furniture(link: str) -> None:
    """A page's ``Skip to content`` link is never the headline."""
    text = (
        f"{link}\n\nPortvale keeps its pier\n\nBy Ada Finch\n\n"
        "PORTVALE, Maine (AP) — The harbour board voted on Tuesday to keep the old pier.\n"
    )
    article = wireparse.parse(text)
    assert article.headline == "Portvale keeps its pier"
    assert [b.kind.value for b in article.blocks if b.text == link] == ["furniture"]


@pytest.mark.parametrize(
    "line",
    [
        "The old pier, seen here in 2024, will close for repairs. (Photo: Ada Finch/Courier)",
        "The old pier will close for repairs. (Ada Finch/Portvale Courier)",
        "The old pier will close for repairs. (Ada Finch / Portvale Courier)",
        "Ferries wait out the storm at the east dock on Monday. Ada Finch / Courier",
        "The old pier will close for repairs. Photo by Ada Finch",
    ],
)
def test_a_caption_ending_in_a_credit_is_a_caption(line: str) -> None:
    """``... (Photo: Ada Finch/Courier)``: a caption, not a link or a subheading."""
    assert _block(after_a_paragraph(line), line)[0] == "caption"


def test_photos_by_in_a_sentence_is_no_credit() -> None:
    """``Photos by local artists will be on display.``: a sentence of the story."""
    line = "The show opens Friday. Photos by local artists will be on display."
    assert _block(after_a_paragraph(line), line)[0] == "paragraph"


@pytest.mark.parametrize(
    "box",
    [
        ["Newsletter", "Sign up for The Harbor Brief, our weekly guide to the waterfront."],
        [
            "Sign up for our Harbor newsletter",
            "Get the week's harbour news in your inbox every Friday.",
        ],
        ["Newsletters", "Receive the Morning Courier in your inbox."],
    ],
)
def test_a_newsletter_box_between_paragraphs_is_furniture(box: list[str]) -> None:
    """A newsletter box's label, call and promise are page furniture, not subheading or story."""
    text = (
        HEAD + "The board met for six hours.\n" + "\n".join(box) + "\nThe vote is in June.\n" + TAIL
    )
    article = wireparse.parse(text)
    kinds = {b.text: b.kind.value for b in article.blocks}
    assert [kinds[line] for line in box] == ["furniture"] * len(box)
    assert kinds["The vote is in June."] == "paragraph"
    assert [s.heading for s in article.sections] == [None]


def test_a_sentence_about_an_inbox_stays_a_paragraph() -> None:
    line = "Residents get the alerts in their inbox, the sheriff said."
    assert _block(after_a_paragraph(line), line)[0] == "paragraph"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Crews clear the ferry pier in Portvale, Maine, on Friday, March 6, 2026.", "caption"),
        ("Ada Finch speaks to reporters in Dover on Tuesday, Sept. 8, 2026.", "caption"),
        ("The trial is set to open in Dover on Monday, June 1, 2026.", "paragraph"),
        ("She died at home in Dover on Tuesday, March 3, 2026.", "paragraph"),
        ("Crews cleared the pier in Portvale on Friday.", "paragraph"),
    ],
)
def test_a_wire_photo_dated_in_full_is_a_caption(line: str, kind: str) -> None:
    """An AP caption ends with the place and the weekday, date and year; story copy does not."""
    assert _block(after_a_paragraph(line), line)[0] == kind


_FEATURE = (
    "The keepers of Harbor Row\n\n"
    "By Ada Finch\n\n"
    "The first hive came to Harbor Row in 2019, in the yard of a retired ferry pilot.\n\n"
    '"I thought the old man had gone soft," said Ola Brenner, who lives next door. '
    '"Then I tried the honey."\n\n'
    "{middle}\n\n"
    "Today there are nine hives on the street.\n"
)


def test_a_pull_quote_repeating_the_story_is_furniture() -> None:
    line = '"I thought the old man had gone soft. Then I tried the honey."'
    assert _block(_FEATURE.format(middle=line), line) == ("furniture", "furniture.pull_quote")


@pytest.mark.parametrize(
    "line",
    [
        '"We will keep the hives as long as the bees will have us."',
        '"I thought the old man had gone soft"',
    ],
)
def test_a_quotation_the_story_has_not_given_is_no_pull_quote(line: str) -> None:
    """A quotation not read above, or one with no stop (a quoted subheading), is left alone."""
    assert _block(_FEATURE.format(middle=line), line)[1] != "furniture.pull_quote"


def test_a_quotation_repeated_below_stays_a_paragraph() -> None:
    text = (
        HEAD
        + '"She is a fighter and she deserves a quiet life."\n\n'
        + "The board met for six hours.\n\n"
        + '"She is a fighter and she deserves a quiet life," says Ola Brenner, her keeper.\n'
    )
    line = '"She is a fighter and she deserves a quiet life."'
    assert _block(text, line) == ("paragraph", "paragraph")


@pytest.mark.parametrize(("line", "kind"), [("Loading...", "furniture"), ("Loading…", "furniture")])
def test_a_scripts_placeholder_is_furniture(line: str, kind: str) -> None:
    assert _block(after_a_paragraph(line), line)[0] == kind


def test_a_sentence_opening_with_loading_stays_a_paragraph() -> None:
    line = "Loading the ferry took two hours, the captain said."
    assert _block(after_a_paragraph(line), line)[0] == "paragraph"
