"""Body integrity of web pages, round 19: conventions read on real pages without gold.

Every text here is invented: it imitates a convention of news sites and
none is copied from a real article.
"""

from __future__ import annotations

import pytest

import wireparse
from tests.structure_helpers import line_kind

# --------------------------------------------------------------------------
# A caption ending with a picture agency's name in brackets, no full stop
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "caption",
    [
        "Volunteers stack sandbags along the river wall at Ferring Quay (EPA)",
        "A rescue boat tows a stranded yacht back into Harbury marina (AFP/Getty)",
        "Supporters of the mayor gather outside the town hall in Portvale (Rex Features)",
        "Firefighters damp down the remains of the warehouse on Mill Lane (AP)",
    ],
)
def test_a_caption_ending_with_a_bracketed_picture_agency_is_a_caption(caption: str) -> None:
    article = wireparse.parse(
        "Floods close Ferring Quay for a second day\n\n"
        "Ferring Quay stayed closed on Wednesday as the river rose for a second day, "
        "the harbour board said.\n\n"
        f"{caption}\n\n"
        "Shops along the quay were told to expect water by the evening.\n"
    )
    assert line_kind(article, caption) == ("caption", "caption")
    assert line_kind(article, "Shops along the quay") == ("paragraph", "paragraph")


def test_a_dateline_with_its_agency_in_brackets_is_no_such_caption() -> None:
    article = wireparse.parse(
        "Floods close Ferring Quay for a second day\n\n"
        "FERRING, Maine, March 3, 2026 (AP)\n\n"
        "Ferring Quay stayed closed on Wednesday as the river rose for a second day, "
        "the harbour board said.\n\n"
        "Shops along the quay were told to expect water by the evening.\n"
    )
    assert line_kind(article, "FERRING, Maine")[0] != "caption"
    assert article.dateline is not None


def test_a_quoted_sentence_before_a_bracketed_agency_is_no_caption() -> None:
    article = wireparse.parse(
        "Floods close Ferring Quay for a second day\n\n"
        "Ferring Quay stayed closed on Wednesday as the river rose for a second day, "
        "the harbour board said.\n\n"
        '"We have never seen the water this high," a shop owner told reporters (AP)\n\n'
        "Shops along the quay were told to expect water by the evening.\n"
    )
    assert line_kind(article, '"We have never seen')[0] != "caption"


# --------------------------------------------------------------------------
# A wire picture's caption above the lead: a slideshow's place, a bare date
# --------------------------------------------------------------------------


def test_a_slideshow_caption_over_the_lead_is_a_caption_and_no_headline() -> None:
    article = wireparse.parse(
        "1 of 6. Workers repair the sea wall in Portvale, Maine March 3, 2026.\n\n"
        "PORTVALE, Maine (Reuters) - Engineers began repairing the Portvale sea wall "
        "on Tuesday, a week after a storm breached it in two places.\n\n"
        "The work is expected to take a month, the town said.\n"
    )
    assert line_kind(article, "1 of 6.") == ("caption", "caption")
    assert line_kind(article, "PORTVALE, Maine") == ("paragraph", "paragraph.lead")
    assert article.headline is None


@pytest.mark.parametrize(
    "caption",
    [
        "Commuters walk past the Harbury stock exchange building in Harbury March 3, 2026.",
        "A general view of the Ferring power plant is seen in Ferring, Norland December 9, 2025.",
    ],
)
def test_a_wire_caption_ending_with_place_and_bare_date_is_a_caption(caption: str) -> None:
    article = wireparse.parse(
        f"{caption}\n\n"
        "HARBURY (Reuters) - Shares in Harbury ended flat on Tuesday as gains in banks "
        "offset losses in energy stocks.\n\n"
        "The index rose 0.1 percent, dealers said.\n"
    )
    assert line_kind(article, caption) == ("caption", "caption")
    assert line_kind(article, "HARBURY (Reuters)") == ("paragraph", "paragraph.lead")


def test_a_sentence_dating_an_event_with_on_is_no_wire_caption() -> None:
    article = wireparse.parse(
        "Harbury to host regional games\n\n"
        "HARBURY (Reuters) - Harbury will host the regional games next year, "
        "organisers said on Tuesday.\n\n"
        "The torch relay ends in Harbury on March 3, 2027.\n\n"
        "The city last hosted the games in 1998.\n"
    )
    assert line_kind(article, "The torch relay")[0] == "paragraph"


# --------------------------------------------------------------------------
# A row of a site's footer links is furniture, never the headline
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "row",
    [
        "Terms of Use Privacy Policy",
        "Privacy Policy | Cookie Policy | Contact Us",
        "About Us  Terms & Conditions  Site Map",
    ],
)
def test_a_row_of_footer_links_over_the_story_is_furniture(row: str) -> None:
    article = wireparse.parse(
        f"{row}\n\n"
        "Boatbuilders in Harbury cheer new export rules\n\n"
        "Boatbuilders in Harbury welcomed new export rules on Tuesday that will let "
        "them sell small craft abroad without a licence.\n\n"
        "Source: Norland Wire\n"
    )
    assert line_kind(article, row) == ("furniture", "furniture")
    assert article.headline == "Boatbuilders in Harbury cheer new export rules"


def test_a_headline_naming_a_privacy_policy_stays_the_headline() -> None:
    article = wireparse.parse(
        "Harbury council rewrites its privacy policy after data leak\n\n"
        "Harbury council has rewritten its privacy policy after the addresses of "
        "2,000 residents were published by mistake.\n"
    )
    assert article.headline == "Harbury council rewrites its privacy policy after data leak"


# --------------------------------------------------------------------------
# The story's foot: the reporter's addresses, a typo link, a call for more
# --------------------------------------------------------------------------

_MILL_STORY = (
    "Harbury mill to reopen as a museum\n\n"
    "The old Harbury flour mill will reopen as a museum next spring after a "
    "three-year restoration, the town council said on Friday.\n\n"
    "The council will pay for half of the work, and a heritage fund the rest.\n\n"
)


def test_the_reporters_addresses_over_a_typo_link_and_a_call_for_more_are_furniture() -> None:
    article = wireparse.parse(
        _MILL_STORY + "rtallis@harburygazette.example\n\n"
        "twitter.com/rosstallis\n\n"
        "CLICK HERE to report a typo in this story.\n\n"
        "Is there more to the story? Tell us what you know. "
        "Email tips@harburygazette.example.\n"
    )
    assert line_kind(article, "rtallis@")[0] == "furniture"
    assert line_kind(article, "twitter.com/rosstallis")[0] == "furniture"
    assert line_kind(article, "The council will pay")[0] == "paragraph"


@pytest.mark.parametrize(
    "line",
    [
        "CLICK HERE to report a typo in this story.",
        "Is there more to the story? Tell us what you know. Email us.",
    ],
)
def test_a_typo_link_and_a_call_for_more_on_the_story_are_furniture(line: str) -> None:
    article = wireparse.parse(_MILL_STORY + f"{line}\n")
    assert line_kind(article, line)[0] == "furniture"
    assert line_kind(article, "The council will pay")[0] == "paragraph"


# --------------------------------------------------------------------------
# A sentence pointing at its picture in the passive is a caption
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "caption",
    [
        "Lighthouse keeper Mara Quint is shown here with the lamp her grandfather lit.",
        "The founders of the Harbury rowing club are shown in this photo from 1921.",
        "The restored steam crane is pictured here lifting its first load since 1960",
        "The same crane is here shown at the end of the quay",
    ],
)
def test_a_sentence_pointing_at_its_picture_is_a_caption(caption: str) -> None:
    article = wireparse.parse(
        "Harbury quay reopens after restoration\n\n"
        "Harbury's old quay reopened on Saturday after a two-year restoration paid "
        "for by the town's heritage fund.\n\n"
        f"{caption}\n\n"
        "Hundreds of people came to watch the first boats tie up.\n"
    )
    assert line_kind(article, caption) == ("caption", "caption")
    assert line_kind(article, "Hundreds of people") == ("paragraph", "paragraph")


@pytest.mark.parametrize(
    "sentence",
    [
        "Quint is seen as the favourite to take over the lighthouse trust next year.",
        '"She is shown here at her best," the trust\'s chairman said of the portrait.',
    ],
)
def test_a_sentence_of_the_story_is_no_such_caption(sentence: str) -> None:
    article = wireparse.parse(
        "Harbury quay reopens after restoration\n\n"
        "Harbury's old quay reopened on Saturday after a two-year restoration paid "
        "for by the town's heritage fund.\n\n"
        f"{sentence}\n\n"
        "Hundreds of people came to watch the first boats tie up.\n"
    )
    assert line_kind(article, sentence)[0] == "paragraph"


# --------------------------------------------------------------------------
# A sports site's slashed date line, and the agency's name under it
# --------------------------------------------------------------------------


def test_a_slashed_date_line_is_the_timestamp_and_the_agency_under_it_the_byline() -> None:
    article = wireparse.parse(
        "Harbury Hawks sign veteran goalie for one season\n"
        "Thursday, 03.05.2026 / 2:17 PM / News\n"
        "Associated Press\n\n"
        "HARBURY, Norland (AP) - The Harbury Hawks signed veteran goalie Piet Varga "
        "to a one-year contract on Thursday.\n\n"
        "Varga, 36, played the last four seasons in Ferring.\n"
    )
    assert line_kind(article, "Thursday, 03.05.2026") == ("timestamp", "timestamp")
    assert line_kind(article, "Associated Press") == ("byline", "byline.agency")
    assert article.byline is not None
    assert article.byline.agency == "AP"


@pytest.mark.parametrize(
    "line",
    [
        "Goals / assists / points",
        "Thursday, 03.05.2026 / 2:17 PM / Harbury Arena",
    ],
)
def test_a_slashed_row_of_other_words_is_no_timestamp(line: str) -> None:
    article = wireparse.parse(
        "Harbury Hawks sign veteran goalie for one season\n"
        f"{line}\n\n"
        "The Harbury Hawks signed veteran goalie Piet Varga to a one-year contract "
        "on Thursday.\n"
    )
    assert line_kind(article, line)[0] != "timestamp"


# --------------------------------------------------------------------------
# A sentence reporting speech with a picture's credit glued on is a paragraph
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Owner Lena Brook said the shop had survived two floods and a fire (Picture: Tom Reddan)",
        "The landlord told the council he would repair the roof by May (Image: Harbury Gazette)",
    ],
)
def test_a_sentence_reporting_speech_before_a_picture_credit_is_a_paragraph(
    sentence: str,
) -> None:
    article = wireparse.parse(
        "Harbury bakery marks fifty years\n\n"
        "A family bakery in Harbury has marked fifty years on the high street with a "
        "party for its customers.\n\n"
        f"{sentence}\n\n"
        "She thanked her staff and the town for their loyalty.\n"
    )
    assert line_kind(article, sentence) == ("paragraph", "paragraph")


# --------------------------------------------------------------------------
# A staff title alone under the headline is the byline
# --------------------------------------------------------------------------


@pytest.mark.parametrize("title", ["Staff Writer", "STAFF REPORTER", "Staff Correspondent"])
def test_a_staff_title_alone_under_the_headline_is_the_byline(title: str) -> None:
    article = wireparse.parse(
        "Ferring ferry fares to rise in spring\n"
        f"{title}\n\n"
        "Fares on the Ferring ferry will rise by a tenth in April, the operator said "
        "on Monday.\n\n"
        "A return crossing will cost £6.60.\n"
    )
    assert line_kind(article, title) == ("byline", "byline.staff")
    assert article.byline is not None
    assert article.byline.names == ()
    assert article.byline.title == title


def test_a_staff_title_under_a_name_stays_the_names_title() -> None:
    article = wireparse.parse(
        "Ferring ferry fares to rise in spring\n"
        "By Mara Quint\n"
        "Staff Writer\n\n"
        "Fares on the Ferring ferry will rise by a tenth in April, the operator said "
        "on Monday.\n"
    )
    assert article.byline is not None
    assert article.byline.names == ("Mara Quint",)
    assert article.byline.title == "Staff Writer"


# --------------------------------------------------------------------------
# A caption with no verb over a lead that tells what is to come
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "lead",
    [
        "The Harbury lido will reopen in May after a repair costing £3m, the town council says.",
        "The Harbury lido is set to reopen in May after a repair costing £3m, the town "
        "council says.",
    ],
)
def test_a_verbless_caption_over_a_lead_in_the_future_is_a_caption(lead: str) -> None:
    article = wireparse.parse(
        "Harbury lido to reopen in May\n\n"
        "Swimmers in the old outdoor pool at the Harbury lido beside the river.\n\n"
        f"{lead}\n\n"
        "The pool has been shut since a storm cracked its walls.\n"
    )
    assert line_kind(article, "Swimmers in the old") == ("caption", "caption.above_lead")
    assert line_kind(article, lead) == ("paragraph", "paragraph.lead")


def test_a_lead_in_the_present_over_a_future_paragraph_stays_the_lead() -> None:
    article = wireparse.parse(
        "Harbury lido to reopen in May\n\n"
        "Swimmers love the old outdoor pool at the Harbury lido beside the river.\n\n"
        "The Harbury lido will reopen in May after a repair costing £3m, the town "
        "council says.\n"
    )
    assert line_kind(article, "Swimmers love") == ("paragraph", "paragraph.lead")


# --------------------------------------------------------------------------
# A wire's long credit in brackets is a credit however long
# --------------------------------------------------------------------------


def test_a_long_bracketed_wire_credit_is_a_credit() -> None:
    names = ", ".join(
        f"{first} {last}"
        for first, last in [
            ("Ada", "Finch"),
            ("Ola", "Brenner"),
            ("Tom", "Hale"),
            ("Ann", "Vole"),
            ("Piet", "Varga"),
            ("Lena", "Brook"),
            ("Mara", "Quint"),
            ("Ross", "Tallis"),
        ]
    )
    credit = (
        f"(Additional reporting by {names} in PORTVALE, Ines Vale and Corin Marsh in "
        "FERRING, Lev Marr in HARBURY, Jan Roth and Eda Kern in NORLAND, Sam Idris in "
        "WESTMERE and Kit Arden, Bo Lind and Ulla Sand in EASTPORT; Writing by Noor "
        "Hadley; Editing by Gil Moran and Pia Stone)"
    )
    article = wireparse.parse(
        "Search for missing ferry widens\n\n"
        "PORTVALE (Reuters) - Ships from four countries joined the search for a missing "
        "ferry on Tuesday as the weather cleared.\n\n"
        "The ferry lost contact with the coast early on Sunday.\n\n"
        f"{credit}\n"
    )
    assert len(credit.split()) > 60
    assert line_kind(article, credit) == ("credit", "credit")


# --------------------------------------------------------------------------
# A business paper's deck in title case under the headline
# --------------------------------------------------------------------------


def test_a_title_case_deck_under_the_headline_and_over_the_byline_is_a_highlight() -> None:
    deck = "Lender Sees Slower Loan Growth; Shares Slide in Early Trading"
    article = wireparse.parse(
        "Harbor Bank Cuts Its Forecast\n"
        f"{deck}\n\n"
        "BY ADA FINCH\n\n"
        "PORTVALE—Harbor Bank cut its profit forecast for the year on Monday, citing "
        "weaker demand for mortgages.\n\n"
        "The bank's shares fell 4% in early trading.\n"
    )
    assert line_kind(article, deck) == ("highlight", "standfirst.above_byline")
    assert article.headline == "Harbor Bank Cuts Its Forecast"
    assert article.byline is not None


def test_a_title_case_line_apart_from_the_headline_is_no_deck() -> None:
    article = wireparse.parse(
        "Harbor Bank Cuts Its Forecast\n\n"
        "Markets Banking Personal Finance Real Estate Careers\n\n"
        "BY ADA FINCH\n\n"
        "PORTVALE—Harbor Bank cut its profit forecast for the year on Monday, citing "
        "weaker demand for mortgages.\n"
    )
    assert line_kind(article, "Markets Banking")[0] != "highlight"


# --------------------------------------------------------------------------
# A pointer to the whole story elsewhere is furniture
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "pointer",
    [
        "Read the full story on lighthouse keeper Mara Quint:",
        "Read the full interview with the harbour master here.",
    ],
)
def test_a_pointer_to_the_full_story_is_furniture(pointer: str) -> None:
    article = wireparse.parse(
        "Harbury keeper lights the lamp for the last time\n\n"
        "Mara Quint lit the Harbury lighthouse lamp for the last time on Friday after "
        "forty years as its keeper.\n\n"
        f"{pointer}\n\n"
        "A Harbury keeper's forty years in the tower\n\n"
        "The lighthouse will be run from Portvale from next month.\n"
    )
    assert line_kind(article, pointer) == ("furniture", "furniture")
