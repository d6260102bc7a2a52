"""Body integrity of web pages, round 18: British regional page furniture.

Every text here is invented: it imitates a convention of news sites and
none is copied from a real article.
"""

from __future__ import annotations

import pytest

import wireparse
from tests.structure_helpers import line_kind

# --------------------------------------------------------------------------
# A caption with its bracketed credit on the same line
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "caption",
    [
        "Owen Tarrant beside the pond the volunteers cleared (Image: Harbury Evening Star)",
        "Floodwater across the towpath at Ferring Lock (Picture: Lisa Brandt)",
        "Players of Harbury Rovers celebrate the late winner (Photo: Harbury Rovers FC)",
    ],
)
def test_a_caption_ending_with_its_bracketed_credit_is_a_caption(caption: str) -> None:
    article = wireparse.parse(
        "Volunteers bring village pond back to life after years of neglect\n"
        "By Sian Caddick\n"
        "09:12, 4 DEC 2026\n"
        f"{caption}\n\n"
        "A group of volunteers has cleared a village pond in Harbury that had been "
        "choked with weeds and rubbish for more than a decade.\n\n"
        "The work took eleven weekends, the group's chairman said.\n"
    )
    assert line_kind(article, caption) == ("caption", "caption")
    assert line_kind(article, "A group of volunteers") == ("paragraph", "paragraph.lead")


def test_a_sentence_quoting_someone_before_a_bracketed_credit_is_no_caption() -> None:
    article = wireparse.parse(
        "Volunteers bring village pond back to life after years of neglect\n"
        "By Sian Caddick\n\n"
        "A group of volunteers has cleared a village pond in Harbury that had been "
        "choked with weeds and rubbish for more than a decade.\n\n"
        '"It was a jungle," said Owen Tarrant (Image: Harbury Evening Star)\n\n'
        "The work took eleven weekends, the group's chairman said.\n"
    )
    assert line_kind(article, '"It was a jungle,"')[0] != "caption"


# --------------------------------------------------------------------------
# A short standfirst with no full stop over the byline
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "standfirst",
    [
        "The gate was locked without any notice, he says",
        "Volunteers cleared the whole pond in a weekend",
        "Nobody has asked the parents yet, they claim",
    ],
)
def test_a_short_standfirst_over_the_byline_is_a_highlight(standfirst: str) -> None:
    article = wireparse.parse(
        "Allotment holders locked out of their plots by new owners\n"
        f"{standfirst}\n"
        "By Sian Caddick\n"
        "09:12, 4 DEC 2026\n\n"
        "Allotment holders in Ferring say they were locked out of their plots on Monday "
        "after the land was sold to a developer.\n\n"
        "The new owners have not commented.\n"
    )
    assert line_kind(article, standfirst) == ("highlight", "standfirst.above_byline")


@pytest.mark.parametrize(
    "label",
    [
        "Sign up for our daily news email",
        "More stories from around the county",
        "News from your area today",
    ],
)
def test_a_short_menu_label_over_the_byline_stays_furniture(label: str) -> None:
    article = wireparse.parse(
        "Allotment holders locked out of their plots by new owners\n"
        f"{label}\n"
        "By Sian Caddick\n\n"
        "Allotment holders in Ferring say they were locked out of their plots on Monday "
        "after the land was sold to a developer.\n"
    )
    assert line_kind(article, label)[0] != "highlight"


# --------------------------------------------------------------------------
# A caption with no verb over a lead that names no day
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "caption",
    [
        "Cyclists on a resurfaced stretch of the Ferring boardwalk at dusk.",
        "Families walking along the reopened Ferring boardwalk at low tide.",
    ],
)
def test_a_verbless_caption_over_an_undated_lead_is_a_caption(caption: str) -> None:
    article = wireparse.parse(
        "Boardwalk reopens after two years of repairs\n"
        "By Niamh Carrow\n\n"
        f"{caption}\n\n"
        "The Ferring boardwalk has reopened to walkers and cyclists after two years "
        "of repairs to its storm-damaged timbers.\n\n"
        "The borough council said the work had cost about two million euro.\n"
    )
    assert line_kind(article, caption) == ("caption", "caption.above_lead")
    assert line_kind(article, "The Ferring boardwalk has") == ("paragraph", "paragraph.lead")


def test_a_sentence_with_its_verb_over_an_undated_lead_stays_the_lead() -> None:
    article = wireparse.parse(
        "Boardwalk reopens after two years of repairs\n"
        "By Niamh Carrow\n\n"
        "Cyclists on the Ferring boardwalk said the wait had been too long.\n\n"
        "The Ferring boardwalk has reopened to walkers and cyclists after two years "
        "of repairs to its storm-damaged timbers.\n\n"
        "The borough council said the work had cost about two million euro.\n"
    )
    assert line_kind(article, "Cyclists on the") == ("paragraph", "paragraph.lead")


# --------------------------------------------------------------------------
# A caption with no stop over its picture's source, a bare name
# --------------------------------------------------------------------------


def test_a_caption_and_its_bare_source_line_are_captions() -> None:
    article = wireparse.parse(
        "Lighthouse keepers' cottages to open as museum\n"
        "By Rhodri Vance\n"
        "Volunteers painting the keepers' cottages below the lighthouse\n"
        "Friends of Carreg Point\n\n"
        "The former keepers' cottages at Carreg Point are to open as a museum next "
        "summer, a volunteer group has announced.\n\n"
        "The lighthouse was automated in 1989.\n"
    )
    assert line_kind(article, "Volunteers painting") == ("caption", "caption.above_lead")
    assert line_kind(article, "Friends of Carreg Point") == ("caption", "caption.above_lead")
    assert line_kind(article, "The former keepers") == ("paragraph", "paragraph.lead")


def test_a_short_line_over_a_name_with_no_byline_above_stays_furniture() -> None:
    article = wireparse.parse(
        "Lighthouse keepers' cottages to open as museum\n"
        "More news from the coast today\n"
        "Carreg Point\n\n"
        "The former keepers' cottages at Carreg Point are to open as a museum next "
        "summer, a volunteer group has announced.\n"
    )
    assert line_kind(article, "Carreg Point\n")[0] != "caption"
