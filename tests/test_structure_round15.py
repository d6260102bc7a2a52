"""Body integrity of web pages, round 15: national papers, opinion, live pages, galleries.

Every text here is invented: it imitates a convention of news sites and
none is copied from a real article.
"""

from __future__ import annotations

import pytest

import wireparse
from tests.structure_helpers import rules_of
from wireparse.metadata.bylines import is_job_title_line, parse_byline


def kinds(article: wireparse.Article) -> list[tuple[str, str]]:
    """The (kind, text) of each block, in order."""
    return [(b.kind.value, b.text) for b in article.blocks]


# --------------------------------------------------------------------------
# A picture's credit labelled "Photograph:"
# --------------------------------------------------------------------------

_QUAY_HEAD = (
    "Ferry returns to Tolland Quay\n\n"
    "By Imke Sallow\n\n"
    "The island ferry made its first crossing in five months on Monday, "
    "the harbour company said.\n\n"
)
_QUAY_TAIL = "\n\nTickets for the winter timetable go on sale at the quay office on Friday.\n"


@pytest.mark.parametrize(
    "credit",
    ["Photograph: Orla Fenn", "Photograph: Orla Fenn/Tolland Post", "Photographs: Orla Fenn"],
)
def test_a_photograph_credit_alone(credit: str) -> None:
    article = wireparse.parse(_QUAY_HEAD + credit + _QUAY_TAIL)
    assert rules_of(article)[3] == ("caption", "caption")
    assert kinds(article)[3] == ("caption", credit)
    assert [s.heading for s in article.sections] == [None]


def test_a_photograph_credit_under_its_caption() -> None:
    text = (
        _QUAY_HEAD + "Passengers wave from the upper deck as the ferry leaves.\n"
        "Photograph: Orla Fenn" + _QUAY_TAIL
    )
    article = wireparse.parse(text)
    assert kinds(article)[3:] == [
        ("caption", "Passengers wave from the upper deck as the ferry leaves."),
        ("caption", "Photograph: Orla Fenn"),
        ("paragraph", "Tickets for the winter timetable go on sale at the quay office on Friday."),
    ]


def test_a_photograph_credit_after_the_captions_sentence() -> None:
    caption = "Passengers wave from the upper deck. Photograph: Orla Fenn/Tolland Post"
    article = wireparse.parse(_QUAY_HEAD + caption + _QUAY_TAIL)
    assert kinds(article)[3] == ("caption", caption)


def test_a_gallery_link_labelled_photographs_is_no_caption() -> None:
    link = "Photographs: Islanders welcome the ferry home"
    article = wireparse.parse(_QUAY_HEAD + link + _QUAY_TAIL)
    assert kinds(article)[3][0] != "caption"


# --------------------------------------------------------------------------
# A box of the story's points between the headline and the lead
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "label", ["Key points:", "Key takeaways", "AT A GLANCE", "What you need to know"]
)
def test_the_points_of_a_box_over_the_lead_are_highlights(label: str) -> None:
    text = (
        "Orchard towns vote to share one fire service\n\n"
        "By Lio Benedek\n\n"
        f"{label}\n"
        "• Three brigades merge in April\n"
        "• No station will close.\n"
        "- The levy rises by 2 per cent\n\n"
        "ASHCOMBE (Valley Wire) — Voters in three orchard towns agreed on Tuesday to merge "
        "their volunteer fire brigades into one service.\n\n"
        "The new service will answer about 900 calls a year.\n"
    )
    article = wireparse.parse(text)
    assert rules_of(article)[:6] == [
        ("headline", "headline"),
        ("byline", "byline"),
        ("furniture", "furniture.above_lead"),
        ("highlight", "highlight.key_points"),
        ("highlight", "highlight.key_points"),
        ("highlight", "highlight.key_points"),
    ]
    assert [h.text for h in article.highlights] == [
        "• Three brigades merge in April",
        "• No station will close.",
        "- The levy rises by 2 per cent",
    ]
    assert article.dateline is not None
    assert article.dateline.place == "ASHCOMBE"


def test_items_with_no_box_label_over_the_lead_are_left_alone() -> None:
    text = (
        "Orchard towns vote to share one fire service\n\n"
        "By Lio Benedek\n\n"
        "Sponsored links\n"
        "• Three brigades merge in April\n\n"
        "ASHCOMBE (Valley Wire) — Voters in three orchard towns agreed on Tuesday to merge "
        "their volunteer fire brigades into one service.\n"
    )
    article = wireparse.parse(text)
    assert article.highlights == ()
    assert rules_of(article)[3] == ("furniture", "furniture.above_lead")


# --------------------------------------------------------------------------
# A job title in sentence case under a name with no "By"
# --------------------------------------------------------------------------


@pytest.mark.parametrize("title", ["Political correspondent", "Senior health editor"])
def test_a_name_over_a_job_title_in_sentence_case_is_the_byline(title: str) -> None:
    text = (
        "Ministers agree to keep rural bus grants for another year\n\n"
        "The money had been due to run out in March.\n\n"
        "Noor Halvard\n"
        f"{title}\n\n"
        "Grants that keep 200 rural bus routes running will be paid for another year, "
        "ministers said on Wednesday.\n\n"
        "Councils had warned that a third of the routes would close without them.\n"
    )
    article = wireparse.parse(text)
    assert rules_of(article)[:5] == [
        ("headline", "headline"),
        ("highlight", "standfirst.above_byline"),
        ("byline", "byline.titled"),
        ("byline", "byline.continued"),
        ("paragraph", "paragraph.lead"),
    ]
    assert article.byline is not None
    assert article.byline.names == ("Noor Halvard",)
    assert article.byline.title == title


def test_a_byline_over_a_job_title_in_sentence_case() -> None:
    text = (
        "Ministers agree to keep rural bus grants\n\n"
        "By Noor Halvard\nTransport correspondent\n\n"
        "Grants that keep 200 rural bus routes running will be paid for another year, "
        "ministers said on Wednesday.\n"
    )
    article = wireparse.parse(text)
    assert article.byline is not None
    assert article.byline.names == ("Noor Halvard",)
    assert article.byline.title == "Transport correspondent"


@pytest.mark.parametrize("line", ["Staff photographer", "Sports Reporter of the year"])
def test_other_lines_under_a_name_are_no_job_title(line: str) -> None:
    assert not is_job_title_line(line)


# --------------------------------------------------------------------------
# A breadcrumb trail over the headline
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "trail", ["Home › Local › Transport", "News > Regions > Upper Vale", "HOME » SPORT"]
)
def test_a_breadcrumb_trail_is_no_headline(trail: str) -> None:
    text = (
        f"{trail}\n\n"
        "Upper Vale buses to run on hydrogen from spring\n\n"
        "By Selma Tauber\n\n"
        "Twelve hydrogen buses will replace the diesel fleet in Upper Vale from April, "
        "the transport authority said on Monday.\n"
    )
    article = wireparse.parse(text)
    assert rules_of(article)[0] == ("furniture", "furniture")
    assert article.headline == "Upper Vale buses to run on hydrogen from spring"


def test_a_headline_comparing_with_an_arrow_stays_the_headline() -> None:
    text = (
        "Q3 > Q2 as chip sales rise at Vantor\n\n"
        "By Selma Tauber\n\n"
        "Vantor sold more chips in its third quarter than in its second, "
        "the company said on Monday.\n"
    )
    assert wireparse.parse(text).headline == "Q3 > Q2 as chip sales rise at Vantor"


# --------------------------------------------------------------------------
# PA's credit in brackets after a caption with no stop
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "caption",
    [
        "The restored signal box at Hollin Junction (Hollin Rail Trust/PA)",
        "Volunteers repaint the signal box (Ines Darrow/PA Wire)",
        "The signal box before the work began (PA Media)",
    ],
)
def test_a_caption_with_pas_credit_in_brackets(caption: str) -> None:
    text = (
        "Signal box reopens as a museum\n\n"
        "By Press Association reporter\n\n"
        "A Victorian signal box at Hollin Junction has reopened as a museum after "
        "a four-year restoration, its trust said.\n\n"
        f"{caption}\n\n"
        "Visitors can try the levers on guided tours at weekends.\n"
    )
    article = wireparse.parse(text)
    assert kinds(article)[3:] == [
        ("caption", caption),
        ("paragraph", "Visitors can try the levers on guided tours at weekends."),
    ]


# --------------------------------------------------------------------------
# A bare name over the story's date
# --------------------------------------------------------------------------


@pytest.mark.parametrize("date", ["7 December 2026", "Dec. 7, 2026, 9:10 a.m."])
def test_a_bare_name_over_the_date_is_the_byline(date: str) -> None:
    text = (
        "Library to open on Sundays from January\n"
        "Fenwick Gazette · 3 min read\n"
        "Helena Barrow\n"
        f"{date}\n\n"
        "Fenwick's central library will open on Sundays from January after the town "
        "council found money for two more staff.\n\n"
        "The library has been closed on Sundays since 2019.\n"
    )
    article = wireparse.parse(text)
    assert rules_of(article)[2:4] == [("byline", "byline.dated"), ("timestamp", "timestamp")]
    assert article.byline is not None
    assert article.byline.names == ("Helena Barrow",)


@pytest.mark.parametrize("name", ["Harbor Park", "Main Street", "Breaking News"])
def test_a_place_or_label_over_the_date_is_no_byline(name: str) -> None:
    text = (
        "Library to open on Sundays from January\n\n"
        f"{name}\n"
        "7 December 2026\n\n"
        "Fenwick's central library will open on Sundays from January after the town "
        "council found money for two more staff.\n"
    )
    assert wireparse.parse(text).byline is None


# --------------------------------------------------------------------------
# The title of a live page's first entry
# --------------------------------------------------------------------------


def test_the_first_live_entrys_title_is_a_subheading() -> None:
    text = (
        "Harbour regatta live: wind delays the first race\n"
        "Updated 10:20 a.m.\n\n"
        "10:20 a.m.\n"
        "Race officials postpone the start\n"
        "The first race will start an hour late because gusts on the bay are too strong, "
        "officials said.\n\n"
        "9:45 a.m.\n"
        "Crews have been rigging their boats along the west pontoons since dawn.\n"
    )
    article = wireparse.parse(text)
    assert rules_of(article)[2:5] == [
        ("timestamp", "timestamp"),
        ("heading", "heading.above_lead"),
        ("paragraph", "paragraph.lead"),
    ]
    assert [s.heading for s in article.sections][:1] == ["Race officials postpone the start"]


def test_a_label_under_a_dated_timestamp_stays_furniture() -> None:
    text = (
        "Harbour regatta moves to Sunday\n"
        "December 6, 2026\n"
        "Harbour news\n"
        "The regatta will be held on Sunday because gusts on the bay are too strong, "
        "officials said.\n\n"
        "Updated 9:45 a.m.\n"
    )
    article = wireparse.parse(text)
    assert rules_of(article)[2] == ("furniture", "furniture.above_lead")


# --------------------------------------------------------------------------
# A list of the most read stories between paragraphs
# --------------------------------------------------------------------------


@pytest.mark.parametrize("label", ["Most Read", "Most popular", "MOST VIEWED"])
def test_a_most_read_list_between_paragraphs_is_links(label: str) -> None:
    text = (
        "Toll bridge fares to rise in March\n\n"
        "By Selma Tauber\n\n"
        "Fares on the Ostry toll bridge will rise by 40 cents in March, the bridge "
        "authority said on Tuesday.\n\n"
        f"{label}\n"
        "Bakery on Quay Road wins national prize\n"
        "Two hurt in crash near Ostry roundabout\n\n"
        "The authority said the money would pay for new cables on the bridge's east side.\n"
    )
    article = wireparse.parse(text)
    assert [kind for kind, _ in rules_of(article)[3:7]] == [
        "furniture",
        "furniture",
        "furniture",
        "paragraph",
    ]
    assert rules_of(article)[5] == ("furniture", "furniture.related_link")
    assert [s.heading for s in article.sections] == [None]


# --------------------------------------------------------------------------
# An opinion page's section after a byline's bar
# --------------------------------------------------------------------------


@pytest.mark.parametrize("section", ["Opinion", "Guest column", "ANALYSIS"])
def test_a_section_after_the_bar_is_no_place(section: str) -> None:
    byline = parse_byline(f"Teodor Varga | {section}")
    assert byline is not None
    assert byline.names == ("Teodor Varga",)
    assert (byline.location, byline.organisation, byline.title) == (None, None, None)


def test_a_place_after_the_bar_stays_the_location() -> None:
    byline = parse_byline("Teodor Varga | Kessel Bay")
    assert byline is not None
    assert byline.location == "Kessel Bay"


def test_a_body_before_a_section_after_the_bar_is_no_byline() -> None:
    assert parse_byline("Harbor Board | Opinion") is None


# --------------------------------------------------------------------------
# A guest writer's bio telling what the writer does
# --------------------------------------------------------------------------

_COLUMN = (
    "Keep the ferry timetable as it is\n\n"
    "By Oskar Lindqvist\n\n"
    "The harbour company wants to cut the last evening crossing to save fuel.\n\n"
    "Islanders who work late on the mainland would have no way home.\n\n"
)


@pytest.mark.parametrize(
    "bio",
    [
        "Oskar Lindqvist runs a boatyard on Tern Island.",
        "Oskar Lindqvist teaches maths at Tern Island school.",
        "Oskar Lindqvist lives on Tern Island with his family.",
    ],
)
def test_a_guest_writers_bio_of_what_the_writer_does_is_a_credit(bio: str) -> None:
    article = wireparse.parse(_COLUMN + bio + "\n")
    assert rules_of(article)[-1] == ("credit", "credit.bio")


def test_another_persons_doing_stays_a_paragraph() -> None:
    article = wireparse.parse(_COLUMN + "Mara Holm runs the ferry office on the quay.\n")
    assert rules_of(article)[-1][0] == "paragraph"


# --------------------------------------------------------------------------
# An opinion page's call for the reader's view
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "call",
    [
        "Have an opinion on this column? Write to us at views@ternpost.example.",
        "Got something to say? Email us at letters@ternpost.example.",
    ],
)
def test_a_call_for_the_readers_view_is_furniture(call: str) -> None:
    article = wireparse.parse(_COLUMN + call + "\n")
    assert rules_of(article)[-1] == ("furniture", "furniture.promotion")


def test_a_question_in_the_column_stays_a_paragraph() -> None:
    line = "Have an opinion on the timetable? Islanders were never asked for one."
    article = wireparse.parse(_COLUMN + line + "\n")
    assert rules_of(article)[-1][0] == "paragraph"
