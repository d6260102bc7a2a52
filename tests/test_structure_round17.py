"""Body integrity of web pages, round 17: wire copy on sites around the world.

Every text here is invented: it imitates a convention of news sites and
none is copied from a real article.
"""

from __future__ import annotations

import pytest

import wireparse
from tests.structure_helpers import line_kind, rules_of

# --------------------------------------------------------------------------
# An agency's initials alone under the headline name the wire
# --------------------------------------------------------------------------


@pytest.mark.parametrize(("initials", "agency"), [("PTI", "PTI"), ("AAP", "AAP"), ("IANS", "IANS")])
def test_an_agencys_initials_under_the_headline_are_a_tagline(initials: str, agency: str) -> None:
    article = wireparse.parse(
        "Tea growers in Vellam seek support after hailstorm\n"
        f"{initials}\n"
        "Share\n\n"
        "Growers in the hill district of Vellam have asked for help after a hailstorm "
        "flattened young tea bushes across 3,000 hectares on Thursday.\n\n"
        "The district collector said a survey of the damage would begin next week.\n"
    )
    assert line_kind(article, f"{initials}\n") == ("tagline", "tagline.agency")
    assert article.agency == agency


def test_initials_that_name_no_agency_stay_furniture() -> None:
    article = wireparse.parse(
        "Tea growers in Vellam seek support after hailstorm\n"
        "NRI\n\n"
        "Growers in the hill district of Vellam have asked for help after a hailstorm "
        "flattened young tea bushes across 3,000 hectares on Thursday.\n"
    )
    assert line_kind(article, "NRI\n") == ("furniture", "furniture.above_lead")


def test_an_agencys_initials_under_a_byline_stay_furniture() -> None:
    article = wireparse.parse(
        "Tea growers in Vellam seek support after hailstorm\n"
        "PTI\n"
        "By Anand Kelkar\n\n"
        "Growers in the hill district of Vellam have asked for help after a hailstorm "
        "flattened young tea bushes across 3,000 hectares on Thursday.\n"
    )
    assert line_kind(article, "PTI\n")[0] != "tagline"


# --------------------------------------------------------------------------
# A related link's label in title case
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "link",
    [
        "Also Read: Vellam tea auction prices fall for third week",
        "See Also: Growers count cost of early frost in the hills",
        "Read More: Tea board weighs aid for small estates",
    ],
)
def test_a_title_case_link_label_is_furniture(link: str) -> None:
    article = wireparse.parse(
        "Tea growers in Vellam seek support after hailstorm\n\n"
        "VELLAM, Dec 4 (PTI) Growers in the hill district of Vellam have asked for help "
        "after a hailstorm flattened young tea bushes.\n\n"
        f"{link}\n\n"
        "The district collector said a survey of the damage would begin next week.\n"
    )
    assert line_kind(article, link) == ("furniture", "furniture")


# --------------------------------------------------------------------------
# The Canadian Press's note of first publication
# --------------------------------------------------------------------------

_FERRY = (
    "Ferry service to Île Brune suspended for the winter\n\n"
    "PORT ALDER, N.S. — The ferry to Île Brune will stop running on Monday for the "
    "winter, the province said, three weeks earlier than last year.\n\n"
    "Islanders will rely on a water taxi until the spring.\n\n"
)


@pytest.mark.parametrize(
    "note",
    [
        "This report by The Canadian Press was first published Nov. 29, 2026.",
        "This story by The Canadian Press was first published on Nov. 29, 2026.",
    ],
)
def test_the_canadian_press_note_of_first_publication_is_a_credit(note: str) -> None:
    article = wireparse.parse(_FERRY + note + "\n")
    assert rules_of(article)[-1] == ("credit", "credit")


def test_a_report_by_someone_first_published_in_prose_stays_a_paragraph() -> None:
    article = wireparse.parse(
        _FERRY + "A report by the harbour board was first published in 2019 and is still cited "
        "by islanders who want a bridge.\n"
    )
    assert rules_of(article)[-1] == ("paragraph", "paragraph")


# --------------------------------------------------------------------------
# A page's date line of parts set apart by bullets or bars
# --------------------------------------------------------------------------

_CURLING = (
    "Curling club in Hatchet Lake gets new ice plant\n"
    "{row}\n\n"
    "HATCHET LAKE, Sask. — The curling club in Hatchet Lake will keep its four sheets "
    "open all winter after the town paid for a new ice plant.\n"
)


@pytest.mark.parametrize(
    "row",
    [
        "Published Nov 28, 2026 • Last updated 3 hours ago • 4 minute read",
        "Updated 9:40 a.m. | 3 min read",
        "Nov. 28, 2026 · 12 comments",
    ],
)
def test_a_date_line_of_parts_set_apart_is_a_timestamp(row: str) -> None:
    article = wireparse.parse(_CURLING.format(row=row))
    assert line_kind(article, row) == ("timestamp", "timestamp")


def test_the_date_line_gives_the_publication_day() -> None:
    article = wireparse.parse(
        _CURLING.format(row="Published Nov 28, 2026 • Last updated 3 hours ago • 4 minute read")
    )
    assert str(article.published) == "2026-11-28"


@pytest.mark.parametrize(
    "row", ["Sports | Nov. 28, 2026", "B2 | The Prairie Ledger | Nov. 28, 2026"]
)
def test_a_row_with_words_of_no_date_is_no_timestamp(row: str) -> None:
    article = wireparse.parse(_CURLING.format(row=row))
    assert line_kind(article, row)[0] != "timestamp"


def test_india_standard_time_dates_a_story() -> None:
    article = wireparse.parse(
        "Tea growers in Vellam seek support after hailstorm\n"
        "Updated: Nov 28, 2026, 09:05 IST\n\n"
        "VELLAM, Nov 28 (PTI) Growers in the hill district of Vellam have asked for help "
        "after a hailstorm flattened young tea bushes.\n"
    )
    assert line_kind(article, "Updated: Nov 28") == ("timestamp", "timestamp")
    assert str(article.updated) == "2026-11-28 09:05:00+05:30"


# --------------------------------------------------------------------------
# A section's name with an ampersand over the headline
# --------------------------------------------------------------------------


@pytest.mark.parametrize("section", ["Nation & World", "Arts & Culture", "Food & Drink"])
def test_a_sections_name_with_an_ampersand_is_not_the_headline(section: str) -> None:
    article = wireparse.parse(
        f"{section}\n\n"
        "Orchard town hosts its first cider fair\n\n"
        "APPLEGATE, Ore. (AP) — Cider makers from three states poured their first pressings "
        "in Applegate on Saturday at a fair the town hopes to hold every autumn.\n"
    )
    assert article.headline is not None
    assert article.headline == "Orchard town hosts its first cider fair"
    assert rules_of(article)[0] == ("furniture", "furniture.above_lead")


def test_a_headline_with_an_ampersand_and_three_words_stays_the_headline() -> None:
    article = wireparse.parse(
        "Cider & cheese fair draws crowds\n\n"
        "APPLEGATE, Ore. (AP) — Cider makers from three states poured their first pressings "
        "in Applegate on Saturday at a fair the town hopes to hold every autumn.\n"
    )
    assert article.headline is not None
    assert article.headline == "Cider & cheese fair draws crowds"


# --------------------------------------------------------------------------
# A British regional page's head: a standfirst with no stop, a name over a
# desk's title, a caption with no stop over its bracketed credit
# --------------------------------------------------------------------------

_LIDO_HEAD = (
    "Lido in Pellbury to reopen after winter of repairs\n\n"
    "{standfirst}\n\n"
    "Corin Waddell\n"
    "{title}\n"
    "10:02, 3 DEC 2026\n\n"
)
_LIDO_BODY = (
    "The open-air lido in Pellbury will reopen in May after a winter of repairs to its "
    "tiled pool and changing rooms, the town council has said.\n\n"
    "The work cost £1.2 million and was paid for from the council's reserves.\n"
)


@pytest.mark.parametrize(
    "title", ["Local Democracy Reporter", "Crime Reporter", "Property Correspondent"]
)
def test_a_name_over_a_desks_title_is_the_byline(title: str) -> None:
    article = wireparse.parse(
        _LIDO_HEAD.format(standfirst="Swimmers can return in spring.", title=title) + _LIDO_BODY
    )
    assert line_kind(article, "Corin Waddell") == ("byline", "byline.titled")
    assert line_kind(article, title) == ("byline", "byline.continued")
    assert article.byline is not None
    assert article.byline.names == ("Corin Waddell",)
    assert article.byline.title == title


def test_a_standfirst_with_no_stop_over_the_byline_is_a_highlight() -> None:
    standfirst = (
        "Swimmers have waited two years for the pool to open again after cracks were "
        "found in its floor"
    )
    article = wireparse.parse(
        _LIDO_HEAD.format(standfirst=standfirst, title="Chief Reporter") + _LIDO_BODY
    )
    assert line_kind(article, standfirst) == ("highlight", "standfirst.above_byline")


def test_a_line_in_title_case_over_the_byline_is_no_standfirst() -> None:
    line = "Pellbury Lido Swimming Club Summer Gala And Open Day Tickets On Sale Now"
    article = wireparse.parse(
        _LIDO_HEAD.format(standfirst=line, title="Chief Reporter") + _LIDO_BODY
    )
    assert line_kind(article, line) == ("furniture", "furniture.above_lead")


_LIDO_PICTURE = (
    "Lido in Pellbury to reopen after winter of repairs\n\n{caption}\n{credit}\n\n"
) + _LIDO_BODY


@pytest.mark.parametrize("credit", ["(Image: Pellbury Weekly Gazette)", "(Picture: Ottilie Shaw)"])
def test_a_caption_with_no_stop_over_its_bracketed_credit_is_a_caption(credit: str) -> None:
    caption = "The lido on Marsh Road has been closed since the summer of 2024"
    article = wireparse.parse(_LIDO_PICTURE.format(caption=caption, credit=credit))
    assert line_kind(article, caption) == ("caption", "caption.credited")
    assert line_kind(article, credit) == ("caption", "caption")
    assert article.headline == "Lido in Pellbury to reopen after winter of repairs"


def test_a_headline_over_a_bracketed_credit_stays_the_headline() -> None:
    article = wireparse.parse(
        "Lido in Pellbury to reopen after winter of repairs\n"
        "(Image: Pellbury Weekly Gazette)\n\n" + _LIDO_BODY
    )
    assert article.headline == "Lido in Pellbury to reopen after winter of repairs"


# --------------------------------------------------------------------------
# An Irish or British paper's "Picture:" credit after a caption
# --------------------------------------------------------------------------

_QUAY = (
    "Quay wall at Dunlish to be rebuilt after storm damage\n\n"
    "The quay wall at Dunlish will be rebuilt next year after it was breached in "
    "two storms last winter, the county council said.\n\n"
    "{caption}\n\n"
    "The work is expected to take eight months.\n"
)


@pytest.mark.parametrize(
    "caption",
    [
        "Fishing boats moored at Dunlish quay. Picture: Deaglán Moynihan",
        "The damaged section of the wall. Pic: Orla Kennefick",
    ],
)
def test_a_caption_ending_with_a_picture_credit_is_a_caption(caption: str) -> None:
    article = wireparse.parse(_QUAY.format(caption=caption))
    assert line_kind(article, caption) == ("caption", "caption")


def test_picture_and_a_phrase_in_lower_case_is_prose() -> None:
    line = "The council wants a wall that lasts. Picture: a quay without cracks"
    article = wireparse.parse(_QUAY.format(caption=line))
    assert line_kind(article, line)[0] != "caption"


# --------------------------------------------------------------------------
# A name under the story's date in the head is the byline
# --------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["Niamh Corcoran", "Tadhg Ó Fearraigh", "Sinéad Moloney"])
def test_a_name_under_the_date_is_the_byline(name: str) -> None:
    article = wireparse.parse(
        "Quay wall at Dunlish to be rebuilt after storm damage\n\n"
        "Tue, 1 Dec, 2026 - 07:30\n"
        f"{name}\n\n"
        "The quay wall at Dunlish will be rebuilt next year after it was breached in "
        "two storms last winter, the county council said.\n"
    )
    assert line_kind(article, name) == ("byline", "byline.dated")
    assert article.byline is not None
    assert article.byline.names == (name,)


def test_a_places_name_under_the_date_is_no_byline() -> None:
    article = wireparse.parse(
        "Quay wall at Dunlish to be rebuilt after storm damage\n\n"
        "Tue, 1 Dec, 2026 - 07:30\n"
        "West Cork\n\n"
        "The quay wall at Dunlish will be rebuilt next year after it was breached in "
        "two storms last winter, the county council said.\n"
    )
    assert line_kind(article, "West Cork")[0] != "byline"


# --------------------------------------------------------------------------
# A list of links under its label between paragraphs
# --------------------------------------------------------------------------

_SURF = (
    "Surf club in Marlin Heads marks a century of patrols\n\n"
    "The surf life saving club at Marlin Heads celebrated 100 years of beach patrols "
    "on Saturday with a march past on the sand.\n\n"
    "{label}\n"
    "Shark nets to stay at northern beaches for summer\n"
    "Council approves new lifeguard tower at Coral Point\n\n"
    "More than 400 members past and present joined the celebration.\n"
)


@pytest.mark.parametrize(
    "label", ["READ ALSO:", "Read Also", "More in this section", "You may also like"]
)
def test_every_link_under_a_list_label_is_furniture(label: str) -> None:
    article = wireparse.parse(_SURF.format(label=label))
    assert line_kind(article, "Shark nets")[0] == "furniture"
    assert line_kind(article, "Council approves") == ("furniture", "furniture.related_link")
    assert line_kind(article, "More than 400") == ("paragraph", "paragraph")


def test_a_link_label_before_a_bar_is_furniture() -> None:
    link = "Also Read | Marlin Heads pier to close for repairs"
    article = wireparse.parse(
        "Surf club in Marlin Heads marks a century of patrols\n\n"
        "The surf life saving club at Marlin Heads celebrated 100 years of beach patrols "
        "on Saturday with a march past on the sand.\n\n"
        f"{link}\n\n"
        "More than 400 members past and present joined the celebration.\n"
    )
    assert line_kind(article, link) == ("furniture", "furniture")


# --------------------------------------------------------------------------
# An Indian site's note that agency copy ran unedited
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "(Only the headline of this report may have been reworked by Deccan Ledger staff; "
        "the rest of the content is auto-generated from a syndicated feed.)",
        "(This story has not been edited by Deccan Ledger staff and is auto-generated "
        "from a syndicated news feed.)",
    ],
)
def test_the_note_of_copy_auto_generated_from_a_feed_is_a_disclaimer(note: str) -> None:
    article = wireparse.parse(
        "Temple town of Kavalur gets new bus stand\n\n"
        "Kavalur, Dec 2 (PTI) The temple town of Kavalur got a new bus stand on Wednesday, "
        "ending years of traffic jams on its main street.\n\n"
        "The bus stand has 40 bays and a waiting hall for pilgrims.\n\n"
        f"{note}\n"
    )
    assert rules_of(article)[-1] == ("disclaimer", "disclaimer")


# --------------------------------------------------------------------------
# PA's picture service named under a caption
# --------------------------------------------------------------------------

_MILL_FIRE = (
    "Fire crews tackle blaze at disused mill in Ostwick\n\n"
    "Firefighters spent the night tackling a large fire at a disused textile mill in "
    "Ostwick, the fire service said.\n\n"
)


@pytest.mark.parametrize("service", ["PA Wire", "(PA Wire)", "PA Media"])
def test_pas_service_under_a_caption_is_part_of_the_caption(service: str) -> None:
    article = wireparse.parse(
        _MILL_FIRE + "Smoke rises over the mill on Tuesday (Ada Marsh/PA)\n"
        f"{service}\n\n"
        "Nobody was hurt, and the cause of the fire is not yet known.\n"
    )
    assert line_kind(article, f"{service}\n") == ("caption", "caption.agency")
    assert line_kind(article, "Smoke rises")[0] == "caption"


def test_pa_wire_alone_under_the_story_stays_a_tagline() -> None:
    article = wireparse.parse(
        _MILL_FIRE + "Nobody was hurt, and the cause of the fire is not yet known.\n\nPA Wire\n"
    )
    assert rules_of(article)[-1] == ("tagline", "tagline")


# --------------------------------------------------------------------------
# Australian and New Zealand given names open a byline over the date
# --------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["Kirsty Brennan", "Lachlan Moyes"])
def test_an_australian_name_over_the_date_is_the_byline(name: str) -> None:
    article = wireparse.parse(
        "Surf club in Marlin Heads marks a century of patrols\n\n"
        f"{name}\n"
        "December 5 2026 - 6:00am\n\n"
        "The surf life saving club at Marlin Heads celebrated 100 years of beach patrols "
        "on Saturday with a march past on the sand.\n"
    )
    assert line_kind(article, name) == ("byline", "byline.dated")


# --------------------------------------------------------------------------
# A caption naming no day over a lead that names it
# --------------------------------------------------------------------------

_RINK_HEAD = "Outdoor rink opens in Larchmont Commons\n\nBy Staff\nPublished: Dec. 5, 2026\n\n"
_RINK_REST = "\n\nSkate rentals cost $5, and the rink will stay open until February.\n"


def test_a_caption_naming_no_day_over_a_lead_naming_it_is_a_caption() -> None:
    caption = "Children glide across the new rink at Larchmont Commons under the lights."
    lead = (
        "Larchmont opened its first outdoor skating rink in decades on Friday night, "
        "and hundreds of families turned out despite the cold."
    )
    article = wireparse.parse(_RINK_HEAD + caption + "\n\n" + lead + _RINK_REST)
    assert line_kind(article, caption) == ("caption", "caption.above_lead")
    assert line_kind(article, lead) == ("paragraph", "paragraph.lead")


@pytest.mark.parametrize(
    "lead",
    [
        # The lead points back to the opening: a feature's first lines.
        "She opened the rink in 2019, and on Friday she welcomed its ten thousandth skater "
        "with a cake shaped like a pair of skates.",
        # The lead opens with the opening's name.
        "Voss opened the rink in 2019, and on Friday she welcomed its ten thousandth skater "
        "with a cake shaped like a pair of skates.",
        # The lead names no day.
        "Larchmont opened the rink in 2019, and this winter it welcomed its ten thousandth "
        "skater with a cake shaped like a pair of skates.",
    ],
)
def test_a_features_present_opening_stays_the_lead(lead: str) -> None:
    opening = "Greta Voss runs the outdoor rink at Larchmont Commons every winter."
    article = wireparse.parse(_RINK_HEAD + opening + "\n\n" + lead + _RINK_REST)
    assert line_kind(article, opening) == ("paragraph", "paragraph.lead")


# --------------------------------------------------------------------------
# The reader's boxes under the story: comments, sign-up, newsletter
# --------------------------------------------------------------------------

_GULLS = (
    "Seaside town of Penmorrow tries fake hawks to scare off gulls\n\n"
    "Shopkeepers in Penmorrow have put up plastic hawks along the promenade in a bid "
    "to stop gulls snatching food from visitors.\n\n"
    "The town council paid for 30 of the decoys after a summer of complaints.\n\n"
    "{line}\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Have gulls stolen your chips? Let us know in the comments below.",
        "Join the debate in the comments.",
        "We take your data seriously. Read our Privacy Notice.",
        "By signing up, you agree to our Terms of Use and acknowledge the data practices.",
        "Get the best of the coast's food and drink in our Weekend newsletter every Saturday.",
    ],
)
def test_a_line_of_a_readers_box_under_the_story_is_furniture(line: str) -> None:
    article = wireparse.parse(_GULLS.format(line=line))
    assert rules_of(article)[-1][0] == "furniture"


@pytest.mark.parametrize(
    "line",
    [
        "The council said it would review its privacy policy after a complaint about the "
        "cameras on the promenade.",
        "Traders say the gulls have learnt to ignore the decoys within a week.",
    ],
)
def test_prose_about_privacy_or_comments_stays_a_paragraph(line: str) -> None:
    article = wireparse.parse(_GULLS.format(line=line))
    assert rules_of(article)[-1] == ("paragraph", "paragraph")


# --------------------------------------------------------------------------
# A New Zealand paper's "Photo / Supplied"; a page's "Advertise with" link
# --------------------------------------------------------------------------

_TUI = (
    "Tui numbers climb in Waikere bush after pest trapping\n\n"
    "Tui numbers in the Waikere bush have doubled in five years after volunteers "
    "trapped thousands of rats and possums, a survey has found.\n\n"
    "{line}\n\n"
    "The trapping group now has 120 members.\n"
)


@pytest.mark.parametrize(
    "caption",
    [
        "A tui feeds on flax flowers in the Waikere bush. Photo / Supplied",
        "Volunteers check a trap line near Waikere. Photo / Hemi Walker",
    ],
)
def test_a_caption_ending_with_a_spaced_slash_credit_is_a_caption(caption: str) -> None:
    article = wireparse.parse(_TUI.format(line=caption))
    assert line_kind(article, caption) == ("caption", "caption")


def test_a_sentence_with_a_spaced_slash_stays_a_paragraph() -> None:
    line = "Volunteers split the week between the ridge and the valley traps / huts."
    article = wireparse.parse(_TUI.format(line=line))
    assert line_kind(article, line) == ("paragraph", "paragraph")


@pytest.mark.parametrize("link", ["Advertise with us", "Advertise with Harbour Media."])
def test_a_pages_advertise_with_link_is_furniture(link: str) -> None:
    article = wireparse.parse(_TUI.format(line="The survey counted birds at 40 stations.") + link)
    assert rules_of(article)[-1] == ("furniture", "furniture")


# --------------------------------------------------------------------------
# The BBC's "Image source," credit label
# --------------------------------------------------------------------------


def test_the_image_source_label_over_a_caption_is_a_caption() -> None:
    article = wireparse.parse(
        "Otters seen on the River Welland for the first time in decades\n\n"
        "Image source, Welland Rivers Trust\n"
        "Image caption, An otter on the bank near Stowford last month\n\n"
        "Otters have been seen on the River Welland for the first time in decades, a "
        "rivers trust has said.\n"
    )
    assert line_kind(article, "Image source") == ("caption", "caption")
    assert line_kind(article, "Image caption") == ("caption", "caption")


def test_image_source_in_prose_stays_a_paragraph() -> None:
    line = "The image source was never traced, the trust said."
    article = wireparse.parse(_TUI.format(line=line))
    assert line_kind(article, line) == ("paragraph", "paragraph")


# --------------------------------------------------------------------------
# "Staff writers" alone as the byline; "Picture:" crediting an agency
# --------------------------------------------------------------------------


def test_staff_writers_alone_under_the_headline_is_the_byline() -> None:
    article = wireparse.parse(
        "Croc sighting closes swimming hole near Barrow Creek\n"
        "Staff writers\n"
        "AAP\n\n"
        "Rangers have closed a popular swimming hole near Barrow Creek after a "
        "saltwater crocodile was seen in the water on Friday.\n"
    )
    assert line_kind(article, "Staff writers") == ("byline", "byline")
    assert line_kind(article, "AAP")[0] == "byline"
    assert article.byline is not None
    assert article.byline.names == ()
    assert article.byline.title == "Staff writers"


def test_a_picture_credit_naming_an_agency_with_and_is_a_caption() -> None:
    caption = "A crocodile in the shallows. Picture: Parks and Wildlife Service"
    article = wireparse.parse(_TUI.format(line=caption))
    assert line_kind(article, caption) == ("caption", "caption")


# --------------------------------------------------------------------------
# An author box over the story's tags
# --------------------------------------------------------------------------


@pytest.mark.parametrize("label", ["Tags", "Topics", "Filed under:"])
def test_an_author_box_over_a_list_of_tags_is_the_author_box(label: str) -> None:
    article = wireparse.parse(
        "Grain elevator in Dunford to become a climbing gym\n\n"
        "By Pia Sandoval\n\n"
        "The old grain elevator in Dunford will become an indoor climbing gym after the "
        "city council approved the sale of the building on Monday.\n\n"
        "The gym is expected to open next winter.\n\n"
        "Pia Sandoval\n"
        "Business Reporter\n"
        "psandoval@example.com\n\n"
        f"{label}\n"
        "Dunford\n"
        "City Council\n"
        "Climbing\n"
        "Business\n"
    )
    assert line_kind(article, "Pia Sandoval\nBusiness") == ("byline", "byline.author_box")
    assert line_kind(article, "Business Reporter") == ("byline", "byline.author_box")
    assert line_kind(article, "psandoval@") == ("contact", "contact.author_box")
    assert rules_of(article)[-1][0] == "furniture"


# --------------------------------------------------------------------------
# A caption with no full stop right above the lead, under the date
# --------------------------------------------------------------------------

_TRAWLER_LEAD = (
    "A trawler that ran aground off Inishcarn on Friday has been towed free by a "
    "salvage tug, the coast guard said.\n"
)


def test_a_caption_with_no_stop_under_the_date_above_the_lead_is_a_caption() -> None:
    caption = "The trawler was pulled off the rocks at high tide on Saturday evening"
    article = wireparse.parse(
        "Stranded trawler towed free off Inishcarn\n\n"
        "Saturday, 5 Dec 2026 21:10\n\n"
        f"{caption}\n\n" + _TRAWLER_LEAD
    )
    assert line_kind(article, caption) == ("caption", "caption.above_lead")


def test_a_list_of_links_above_the_lead_stays_furniture() -> None:
    article = wireparse.parse(
        "Stranded trawler towed free off Inishcarn\n\n"
        "Saturday, 5 Dec 2026 21:10\n\n"
        "Lifeboat crew called out twice in one night off the west coast\n"
        "Fishing fleet stays in port as gales sweep in from the Atlantic\n\n" + _TRAWLER_LEAD
    )
    assert line_kind(article, "Fishing fleet")[0] == "furniture"


def test_a_line_with_no_stop_right_under_the_headline_is_no_caption() -> None:
    line = "The trawler was pulled off the rocks at high tide on Saturday evening"
    article = wireparse.parse(
        "Stranded trawler towed free off Inishcarn\n\n" + f"{line}\n\n" + _TRAWLER_LEAD
    )
    assert line_kind(article, line)[0] != "caption"
