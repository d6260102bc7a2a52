"""One example per rule: the block it claims and the name it records."""

from __future__ import annotations

import pytest

import wireparse
from wireparse import BlockKind
from wireparse.structure.rules import is_agate_summary, make_candidate

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
        ("This story has been corrected to show that the vote was 7-2.", "note", "note"),
        ("An earlier version of this story misstated the vote.", "note", "note"),
        ("Corrections & Clarifications: The gates open at 6 a.m.", "note", "note"),
        ("(Corrects spelling of harbor master's name in paragraph 3)", "note", "note"),
        ("This interview has been edited for length and clarity.", "note", "note"),
        ("This conversation has been condensed and lightly edited.", "note", "note"),
        ("UPDATE: The harbor gates reopened at noon.", "note", "note"),
        ("UPDATE (9:10 a.m.): The harbor gates reopened.", "note", "note"),
        ("Answers have been edited for length.", "note", "note"),
        ("___", "separator", "separator"),
        ("* * *", "separator", "separator"),
        ("----", "separator", "separator"),
        ("To contact the reporter on this story: Jane Roe in Valletta at jroe@example.net",
         "contact", "contact"),
        ("To contact the editors responsible for this story: John Doe at jdoe@example.net",
         "contact", "contact"),
        ("Contact the reporter at jroe@example.net or 555-0142.", "contact", "contact.reporter"),
        ("Reach reporter Jane Roe at jroe@example.net.", "contact", "contact.reporter"),
        ("Jane Roe covers the harbor. Email her at jroe@example.net.", "contact",
         "contact.reporter"),
        ("Reach Jane Roe at (207) 555-0142.", "contact", "contact.reporter"),
        ("Jane Roe can be reached at jroe@example.net.", "contact", "contact.reporter"),
        ("She can be reached at 555-0142.", "contact", "contact.reporter"),
        ("Media contact:", "contact", "contact.release"),
        ("Press contact: Jane Roe, 555-0142", "contact", "contact.release"),
        ("Our Standards: The Example Wire Trust Principles.", "disclaimer", "disclaimer"),
        ("The views expressed are the author's own.", "disclaimer", "disclaimer"),
        ("Opinions expressed by Example Wire columnists are their own.", "disclaimer",
         "disclaimer"),
        ("All quotes delayed a minimum of 15 minutes.", "disclaimer", "disclaimer"),
        ("The Example Press receives support from the Harbor Fund for its coverage of coasts. "
         "The Example Press is solely responsible for all content.", "disclaimer", "disclaimer"),
        ("Jane Roe of Example News contributed to this report.", "credit", "credit"),
        ("(Reporting by Jane Roe; editing by John Doe)", "credit", "credit"),
        ("Additional reporting by Jane Roe in Valletta", "credit", "credit"),
        ("--With assistance from Jane Roe.", "credit", "credit"),
        ("Contributing: Jane Roe, Example Today", "credit", "credit"),
        ("CONTRIBUTING: Jane Roe and John Doe.", "credit", "credit"),
        ("Associated Press writer Jane Roe contributed from Valletta.", "credit", "credit"),
        ("AP writers Jane Roe and John Doe contributed.", "credit", "credit"),
        ("Image caption The gates will swing shut at high tide", "caption", "caption"),
        ("The gates at high tide. (AP Photo/Jane Roe)", "caption", "caption"),
        ("Divers check the gate hinges on Monday. Jane Roe/Portvale Courier", "caption",
         "caption"),
        ("This undated photo provided by the harbor board shows the old gates.", "caption",
         "caption"),
        ("In this image released by the coast guard, a tug pulls the gate into place.",
         "caption", "caption"),
        ("Jane Roe, 17, in a photo provided by her family.", "caption", "caption"),
        ("Divers check the gate hinges on Monday. Courtesy of the Portvale Harbor Board",
         "caption", "caption"),
        ("— Jane Roe (@janeroe) March 7, 2019", "furniture", "embed"),
        ("Share", "furniture", "furniture"),
        ("MORE: Harbor master retires after 30 years", "furniture", "furniture"),
        ("Advertisement", "furniture", "furniture"),
        ("Subscribe to The Courier", "furniture", "furniture"),
        ("Have a story idea? Email us at tips@example.net.", "furniture", "furniture.promotion"),
        ("Watch the full report in the video player above.", "furniture", "furniture.promotion"),
        ("Get the latest harbor news delivered to your inbox.", "furniture",
         "furniture.promotion"),
        ("The harbor master at the new gates. (Courtesy: Portvale Harbor Board)", "caption",
         "caption"),
        ("The harbor master in 1990. (Courtesy of the Finch family)", "caption", "caption"),
        ("NewsWorld News", "furniture", "furniture"),
        ("87comments", "furniture", "furniture"),
        ("1 of 4.", "furniture", "furniture"),
        ("Advertise | AdChoices", "furniture", "furniture"),
        ("Related: Storm floods the old town", "furniture", "furniture"),
        ("Watch the gates close »", "furniture", "furniture"),
        ("Share your photos with us on Example iReport.", "furniture", "furniture"),
        ("Now playing", "furniture", "furniture"),
        ("(Story continues below)", "furniture", "furniture.promotion"),
        ("Listen: Hear the harbor board's vote.", "furniture", "furniture"),
        ("Watch 7 News at 5", "furniture", "furniture"),
        ("Watch Harbor 4 News at 10 p.m.", "furniture", "furniture"),
        ("We use cookies to give you the best experience on our site.", "furniture", "furniture"),
        ("Cookie settings", "furniture", "furniture"),
        ("Like this:", "furniture", "furniture"),
        ("Send us your photos and videos", "furniture", "furniture"),
        ("Have a news tip? Email us at tips@example.net.", "furniture", "furniture.promotion"),
        ("Get the Harbor Briefing in your inbox. Sign up here.", "furniture",
         "furniture.promotion"),
        ("Did the storm flood your street? Tell us about it.", "furniture",
         "furniture.promotion"),
        ("Get storm alerts on your phone. Download our app.", "furniture",
         "furniture.promotion"),
        ("14 minutes ago", "timestamp", "timestamp"),
        ("Last updated 2 hours ago", "timestamp", "timestamp"),
        ("Updated: 3 hours ago", "timestamp", "timestamp"),
        ("24TH JULY 2012 - 19:55", "timestamp", "timestamp"),
        ("Posted 3:54 PM, July 7, 2017", "timestamp", "timestamp"),
        ("updated 6:40 PM EST, Wed March 4, 2026", "timestamp", "timestamp"),
        ("Tuesday, 03.10.2026 / 4:10 PM", "timestamp", "timestamp"),
        ("07.13", "timestamp", "timestamp"),
    ],
)  # fmt: skip
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


ABOVE = "The ferry stopped running on Monday when the pier cracked under the tide."
BACK = "It was the third closure of the pier this year, the harbour master said."
UNDER = "Engineers from the city will inspect the pier on Friday and report next month."


def _story(line: str, after: str, *, attached: bool = False) -> str:
    gap = "\n" if attached else "\n\n"
    return "\n\n".join(["Harbor gates approved", LEAD, ABOVE]) + f"\n\n{line}{gap}{after}\n"


@pytest.mark.parametrize(
    "line",
    [
        "Watch the ferry dock at dawn",
        "Listen to the harbour master describe the storm",
        "Check out our best harbour pictures",
        "Five things to know about the harbour vote",
        "7 ways to beat the ferry queue",
        "3 simple ways to beat the ferry queue",
        "Road closures: See the latest on our map",
        "School closings: Check the full list",
    ],
)
def test_a_call_to_the_reader_or_a_listed_story_is_a_related_headline(line: str) -> None:
    found = blocks_of(_story(line, UNDER))
    assert ("furniture", "furniture.related_headline", line) in found


def test_a_headline_over_a_paragraph_that_points_back_is_a_related_headline() -> None:
    found = blocks_of(_story("Storm closes two more piers", BACK))
    assert ("furniture", "furniture.related_headline", "Storm closes two more piers") in found
    assert [k for k, _, _ in found].count("heading") == 0


@pytest.mark.parametrize(
    ("line", "after", "attached"),
    [
        ("Storm closes two more piers", UNDER, False),  # the paragraph names its subject
        ("Pier repairs", BACK, False),  # a short label
        ("STORM CLOSES TWO MORE PIERS", BACK, False),  # capitals
        ("2 (3) - Ada Finch", BACK, True),  # runs straight into its entry
    ],
)
def test_subheadings_stay_subheadings(line: str, after: str, attached: bool) -> None:
    assert ("heading", "heading", line) in blocks_of(_story(line, after, attached=attached))


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


@pytest.mark.parametrize("line", ["Call 555-0134 for tickets", "(207) 555-0134", "0 0"])
def test_phone_numbers_and_bare_figures_are_no_timestamps(line: str) -> None:
    assert kind_of(line, where="before")[0] != "timestamp"


@pytest.mark.parametrize(
    "line", ["by On the waterfront", "By 2030 the gates will be finished", "By contrast"]
)
def test_by_without_names_is_not_a_byline(line: str) -> None:
    assert kind_of(line, where="before")[0] != "byline"


def test_byline_continued_on_lines_of_its_own() -> None:
    text = "Harbor gates approved\nBy JANE ROE\nAssociated Press Writer\nStaff Writer\n" + (
        f"VALLETTA (AP) — {LEAD}\n{MORE}\n"
    )
    found = blocks_of(text)
    assert found[1:4] == [
        ("byline", "byline", "By JANE ROE"),
        ("byline", "byline.continued", "Associated Press Writer"),
        ("byline", "byline.continued", "Staff Writer"),
    ]
    byline = wireparse.parse(text).byline
    assert byline is not None
    assert byline.names == ("JANE ROE",)
    # Pinned: the lines under "By JANE ROE" were left out of the parsed byline.
    assert byline.text == "By JANE ROE\nAssociated Press Writer\nStaff Writer"
    assert byline.organisation == "Associated Press"
    assert byline.agency == "AP"


def test_byline_continued_after_blank_lines() -> None:
    text = "Harbor gates approved\n\nBy JANE ROE\n\nAP Sports Writer\n\n" + (
        f"VALLETTA (AP) — {LEAD}\n\n{MORE}\n"
    )
    byline = wireparse.parse(text).byline
    assert byline is not None
    assert (byline.names, byline.title, byline.agency) == (("JANE ROE",), "AP Sports Writer", "AP")


def test_a_second_byline_is_not_a_continuation() -> None:
    text = "Harbor gates approved\n\nBy JANE ROE\n\nBy JOHN DOE\n\n" + (
        f"VALLETTA (AP) — {LEAD}\n\n{MORE}\n"
    )
    byline = wireparse.parse(text).byline
    assert byline is not None
    assert byline.text == "By JANE ROE"


def test_separators_stay_out_of_the_body() -> None:
    text = "\n\n".join(["Harbor gates approved", LEAD, "___", "WHAT COMES NEXT", MORE, "___",
                        "Jane Roe contributed to this report."])  # fmt: skip
    article = wireparse.parse(text)
    assert [s.heading for s in article.sections] == [None, "WHAT COMES NEXT"]
    assert "___" not in article.body
    assert [p.text for p in article.paragraphs] == [LEAD, MORE]
    assert [b.rule for b in article.blocks_of(BlockKind.SEPARATOR)] == ["separator"] * 2
    assert not article.boilerplate
    assert [c.text for c in article.credits] == ["Jane Roe contributed to this report."]


def test_contact_footer_is_read_as_credits() -> None:
    text = "\n\n".join(
        [
            "Harbor gates approved",
            LEAD,
            MORE,
            "To contact the reporter on this story:",
            "Jane Roe in Valletta at jroe@example.net",
            "To contact the editors responsible for this story:",
            "John Doe at jdoe@example.net",
            "Ann Poe, Piet Ostrander",
        ]
    )
    article = wireparse.parse(text)
    assert [(k, r) for k, r, _ in blocks_of(text)[3:]] == [
        ("contact", "contact"),
        ("contact", "contact.continued"),
        ("contact", "contact"),
        ("contact", "contact.continued"),
        ("contact", "contact.continued"),
    ]
    assert [p.text for p in article.paragraphs] == [LEAD, MORE]
    assert len(article.credits) == 5
    assert all(c.span is not None for c in article.credits)


def test_contact_lines_set_under_their_heading_are_one_block() -> None:
    footer = (
        "To contact the editors responsible for this story:\n"
        "John Doe at jdoe@example.net\nAnn Poe, Piet Ostrander"
    )
    article = wireparse.parse("\n".join(["Harbor gates approved", LEAD, MORE, footer]))
    assert [(b.kind.value, b.rule) for b in article.blocks][-1:] == [("contact", "contact")]
    assert article.blocks[-1].text == footer
    (credit,) = article.credits
    assert credit.names("editor contact") == ("John Doe", "Ann Poe", "Piet Ostrander")


def test_contact_line_with_its_names_gives_roles() -> None:
    line = "To contact the reporter on this story: Jane Roe in Valletta at jroe@example.net"
    article = wireparse.parse("\n\n".join(["Harbor gates approved", LEAD, MORE, line]))
    (credit,) = article.credits
    assert [(r.role, r.names) for r in credit.roles] == [("reporter contact", ("Jane Roe",))]
    assert article.body == f"{LEAD}\n\n{MORE}"


def test_a_name_after_a_paragraph_is_no_contact() -> None:
    text = "\n\n".join(["Harbor gates approved", LEAD, MORE, "Jane Roe, John Doe"])
    assert not any(k == "contact" for k, _, _ in blocks_of(text))


def test_disclaimers_go_to_boilerplate_not_the_body() -> None:
    footer = "Our Standards: The Example Wire Trust Principles."
    article = wireparse.parse("\n\n".join(["Harbor gates approved", LEAD, MORE, footer]))
    assert [f.text for f in article.boilerplate] == [footer]
    assert article.body == f"{LEAD}\n\n{MORE}"


def test_views_expressed_in_a_sentence_is_prose() -> None:
    line = "The views expressed by residents at the meeting were mixed, officials said."
    assert kind_of(line) == ("paragraph", "paragraph")


@pytest.mark.parametrize(
    ("dateline", "place", "agency"),
    [
        ("VALLETTA (AP) —", "VALLETTA", "AP"),
        ("VALLETTA, Examplia (Example Wire) --", "VALLETTA, Examplia", "Example Wire"),
        ("VALLETTA March 3, 2026 (AP)", "VALLETTA", "AP"),
    ],
)
def test_dateline_alone_above_the_lead_is_joined_to_it(
    dateline: str, place: str, agency: str
) -> None:
    text = "\n\n".join(["Harbor gates approved", dateline, LEAD, MORE])
    article = wireparse.parse(text)
    assert article.headline == "Harbor gates approved"
    assert [(b.kind.value, b.rule) for b in article.blocks] == [
        ("headline", "headline"),
        ("paragraph", "paragraph.lead_dateline"),
        ("paragraph", "paragraph"),
    ]
    assert article.paragraphs[0].text == f"{dateline} {LEAD}"
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency) == (place, agency)
    assert article.dateline.span.of(article.source) == dateline


def test_dateline_alone_is_not_joined_to_a_dated_lead() -> None:
    text = "\n\n".join(["Harbor gates approved", "March 3, 2026 (AP)", f"VALLETTA (AP) — {LEAD}"])
    article = wireparse.parse(text)
    assert article.paragraphs[0].text == f"VALLETTA (AP) — {LEAD}"
    assert article.dateline is not None
    assert article.dateline.place == "VALLETTA"


def test_a_dash_in_a_sentence_is_no_dateline() -> None:
    first = "His team - and any other team - will have thirty days to sign up for the race."
    text = "\n\n".join(["Harbor race announced", LEAD, first, MORE])
    found = blocks_of(text)
    assert found[1][:2] == ("paragraph", "paragraph.lead")
    assert found[2][:2] == ("paragraph", "paragraph")


CNN_LEAD = (
    "PORTVALE, Examplia (CNN) -- The harbor bridge reopened on Tuesday after a week "
    "of repairs, city officials said."
)


@pytest.mark.parametrize(
    ("after_lead", "kind"),
    [
        # A short statement after a CNN story file's lead is its photo's caption ...
        ("The bridge was built in 1911.", "caption"),
        ("The council will have the final say on the tolls.", "caption"),
        # ... but not when it quotes or reports speech (a finite cue verb, ``according``).
        ("The mayor warned of delays on the bridge.", "paragraph"),
        ("The bridge had been shut, the engineer told reporters.", "paragraph"),
        ("Tolls will rise in May, according to the council.", "paragraph"),
        ('The bridge is "sound," the engineer said.', "paragraph"),
    ],
)
def test_cnn_story_caption_after_the_lead(after_lead: str, kind: str) -> None:
    text = "\n\n".join([CNN_LEAD, after_lead, MORE, "@highlight", "Harbor bridge reopens"])
    assert blocks_of(text)[1] == (
        kind,
        "caption.cnn_story" if kind == "caption" else "paragraph",
        after_lead,
    )


@pytest.mark.parametrize(
    "title",
    [
        "Harbour Board Will Vote On The Pier Plan.",
        "Mayor: Pier Repairs Are ‘Long Overdue.’",
        "The Rise of Portvale’s Harbour Board.",
    ],
)
def test_a_title_case_line_with_a_full_stop_is_the_headline(title: str) -> None:
    text = (
        f"{title}\n\nThe harbour board of Portvale voted on Tuesday to repair the old pier, "
        "ending two years of debate over the cost of the work.\n"
    )
    article = wireparse.parse(text)
    assert article.headline == title
    assert article.paragraphs[0].text.startswith("The harbour board")


@pytest.mark.parametrize(
    "line",
    [
        "Reyes has won Leeds, York, Hull and Portvale on Tuesday.",
        "It’s a win for Ada Marsh in Portvale.",
        "Thunder: Host the Lakers on Friday.",
    ],
)
def test_a_sentence_with_short_words_in_lower_case_stays_prose(line: str) -> None:
    text = (
        "Harbour board votes\n\nPORTVALE (AP) — The harbour board voted on Tuesday to repair "
        f"the old pier.\n\n{line}\n"
    )
    assert line in [p.text for p in wireparse.parse(text).paragraphs]


@pytest.mark.parametrize(
    "line",
    [
        "Have a news tip? Email us at tips@example.net.",
        "Call the harbor office at 555-0100 for tide times.",
        "Contact: the gates close at high tide, the board said.",
    ],
)
def test_a_line_with_an_address_naming_no_reporter_is_no_contact(line: str) -> None:
    assert kind_of(line)[0] != "contact"


def test_a_release_contact_carries_on_over_its_name_number_and_address() -> None:
    text = (
        "Harbor Widgets names new chief\n\n"
        "PORTVALE, Maine, May 4, 2026 -- Harbor Widgets today named Jane Roe its chief "
        "executive.\n\nShe joins from Example Mills, where she ran the plants for a decade.\n\n"
        "Media contact:\nJohn Doe\n555-0142\njdoe@example.net\n"
    )
    last = blocks_of(text)[-1]
    assert last == (
        "contact",
        "contact.release",
        "Media contact: John Doe 555-0142 jdoe@example.net",
    )


@pytest.mark.parametrize("label", ["Media Contact", "MEDIA CONTACTS", "Investor Relations Contact"])
def test_a_release_contact_label_without_a_colon_carries_on_over_its_lines(label: str) -> None:
    text = (
        "Harbor Widgets names new chief\n"
        "PORTVALE, Maine, May 4, 2026 -- Harbor Widgets today named Jane Roe its chief "
        "executive.\nShe joins from Example Mills, where she ran the plants for a decade.\n"
        f"{label}\nJohn Doe\nHarbor Widgets\njdoe@example.net\n(207) 555-0142\n###\n"
    )
    found = blocks_of(text)
    tail = [(k, r) for k, r, _ in found[-6:-1]]
    assert tail == [("contact", "contact.release")] + [("contact", "contact.continued")] * 4


def test_a_contact_menu_link_alone_is_no_release_contact() -> None:
    story = ["Harbor gates approved", LEAD, "Contact", MORE]
    found = [(k, r) for k, r, t in blocks_of("\n\n".join(story)) if t == "Contact"]
    assert found
    assert found[0][1] != "contact.release"


def test_an_interviewers_marked_question_is_no_subheading() -> None:
    text = (
        "Q&A: The harbor master on the new gates\n\n"
        "Jane Roe has run the harbor for ten years. We asked her about the gates.\n\n"
        "Q: Will the gates hold?\n\n"
        "A: They are built for a storm twice the size of the last one.\n\n"
        "Q. Who pays?\n\n"
        "A. The state pays two thirds and the town the rest, she said.\n"
    )
    kinds = {t: (k, r) for k, r, t in blocks_of(text)}
    assert kinds["Q: Will the gates hold?"] == ("paragraph", "paragraph")
    assert kinds["Q. Who pays?"] == ("paragraph", "paragraph")


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Photos: Divers inspect the new harbor gates", "furniture"),
        ("PHOTOS: Crowds line the quay as the gates close", "furniture"),
        ("Photos: Jane Roe/Portvale Courier", "caption"),
        ("Photo: Divers check the gate hinges on Monday.", "caption"),
    ],
)
def test_a_gallery_link_is_no_caption(line: str, kind: str) -> None:
    story = ["Harbor gates approved", LEAD, line, MORE]
    found = [k for k, _, t in blocks_of("\n\n".join(story)) if t == line]
    assert found == [kind]


@pytest.mark.parametrize(
    "line", ["Check our list of harbor closings", "Read the full harbor report here (PDF)"]
)
def test_a_call_to_the_reader_between_paragraphs_is_a_link(line: str) -> None:
    story = ["Harbor gates approved", LEAD, line, MORE]
    found = [(k, r) for k, r, t in blocks_of("\n\n".join(story)) if t == line]
    assert found == [("furniture", "furniture.related_headline")]


@pytest.mark.parametrize("label", ["More news:", "RELATED STORIES", "See also"])
def test_the_last_link_of_a_list_under_a_label_is_no_subheading(label: str) -> None:
    story = [
        "Harbor gates approved",
        LEAD,
        label,
        "Storm floods the old town",
        "Ferry fares to rise in May",
        MORE,
    ]
    kinds = {t: (k, r) for k, r, t in blocks_of("\n\n".join(story))}
    assert kinds["Storm floods the old town"] == ("furniture", "furniture.related_link")
    assert kinds["Ferry fares to rise in May"] == ("furniture", "furniture.related_link")


def test_a_subheading_after_a_single_labelled_link_stays_a_subheading() -> None:
    story = ["Harbor gates approved", LEAD, "Related: Storm floods the old town", "What next", MORE]
    kinds = {t: k for k, _, t in blocks_of("\n\n".join(story))}
    assert kinds["What next"] == "heading"


def test_a_line_under_a_reporters_contact_sentence_does_not_carry_it_on() -> None:
    story = ["Harbor gates approved", LEAD, MORE, "Jane Roe can be reached at jroe@example.net."]
    found = blocks_of("\n\n".join([*story, "Sponsored Content"]))
    assert found[-2][:2] == ("contact", "contact.reporter")
    assert found[-1][:2] == ("furniture", "furniture")


@pytest.mark.parametrize("label", ["Correction", "CLARIFICATION", "Editor's note"])
def test_a_note_label_alone_at_the_top_heads_the_note_under_it(label: str) -> None:
    text = "\n\n".join(
        [
            label,
            "A story on Monday gave the wrong height for the gates. They are 12 feet high.",
            "Harbor gates approved",
            LEAD,
            MORE,
        ]
    )
    found = blocks_of(text)
    assert [k for k, _, _ in found[:2]] == ["note", "note"]
    assert found[1][1] == "note.labelled"
    assert found[2][:2] == ("headline", "headline")


def test_a_bare_correction_between_paragraphs_is_left_alone() -> None:
    story = ["Harbor shares slide", LEAD, MORE, "Correction", MORE.replace("six", "five"), MORE]
    story[5] = "Traders said the fall in harbor shares was a correction after a long rise."
    assert not any(r.startswith("note") for _, r, _ in blocks_of("\n\n".join(story)))


def test_a_question_answered_in_a_word_is_no_subheading() -> None:
    text = "\n\n".join(
        [
            "Harbor master answers readers",
            LEAD,
            "Will the gates close in a storm?",
            "Yes.",
            "Did the town pay for them?",
            "Not yet.",
            "What comes next",
            MORE,
        ]
    )
    kinds = {t: k for k, _, t in blocks_of(text)}
    assert kinds["Will the gates close in a storm?"] == "paragraph"
    assert kinds["Did the town pay for them?"] == "paragraph"
    assert kinds["What comes next"] == "heading"


@pytest.mark.parametrize("line", ["Was it too late?", "Could they have known sooner?"])
def test_a_rhetorical_question_asking_back_is_no_subheading(line: str) -> None:
    text = "\n\n".join(["Harbor gates approved", LEAD, line, MORE])
    kinds = {t: k for k, _, t in blocks_of(text)}
    assert kinds[line] == "paragraph"


@pytest.mark.parametrize("line", ["March 2026 issue", "The Winter 2025 Issue"])
def test_a_magazines_issue_line_is_a_timestamp(line: str) -> None:
    text = "\n\n".join(["Harbor gates approved", "By Ada Roe", line, LEAD, MORE])
    assert (("timestamp", "timestamp.issue", line)) in blocks_of(text)


@pytest.mark.parametrize("second", ["Photographs by Tom Hale", "Illustrations by Mia Lund"])
def test_a_magazines_picture_byline_under_words_by_is_a_byline(second: str) -> None:
    text = "\n\n".join(["Harbor gates approved", "Words by Ada Roe", second, LEAD, MORE])
    assert ("byline", "byline.pair", second) in blocks_of(text)


@pytest.mark.parametrize("credit", ["Bloomberg/Getty Images.", "Ada Marsh/AP."])
def test_a_picture_credit_alone_with_a_full_stop_is_a_caption(credit: str) -> None:
    text = "\n\n".join(
        ["Harbor gates approved", "By Ada Roe", "The gates at high tide on Monday.", credit, LEAD]
    )
    assert ("caption", "caption", credit) in blocks_of(text)


@pytest.mark.parametrize("mark", ["(Schluss) spo/mk", "(Schluss)"])
def test_a_german_wires_end_mark_is_a_signoff(mark: str) -> None:
    text = "\n\n".join(
        [
            "Stadtrat beschließt neue Radwege",
            "Kiel (dpa) - Der Stadtrat hat am Montag neue Radwege am Hafen beschlossen.",
            "Die Arbeiten sollen im April beginnen und zwei Jahre dauern.",
            mark,
        ]
    )
    assert ("signoff", "signoff.end_mark", mark) in blocks_of(text)


def test_an_agencys_name_alone_under_the_headline_is_its_byline() -> None:
    text = "\n\n".join(["Harbor gates approved", "Associated Press", LEAD, MORE])
    assert ("byline", "byline.agency", "Associated Press") in blocks_of(text)
    article = wireparse.parse(text)
    assert article.byline is not None
    assert (article.byline.organisation, article.byline.agency) == ("Associated Press", "AP")
    assert article.agency == "AP"


def test_an_agencys_name_under_a_reporters_byline_is_no_second_byline() -> None:
    text = "\n\n".join(["Harbor gates approved", "By Ada Roe", "Associated Press", LEAD, MORE])
    assert not any(r == "byline.agency" for _, r, _ in blocks_of(text))


def test_a_wires_standfirst_over_its_datelined_lead_is_a_highlight() -> None:
    deck = "La medida costará 300 millones de euros y durará cinco años."
    text = "\n\n".join(
        [
            "El Gobierno aprueba un plan para el puerto",
            deck,
            "Madrid, 7 dic (EFE).- El Gobierno aprobó este lunes un plan para ampliar el puerto.",
            "Las obras empezarán en primavera, según dijo la ministra.",
        ]
    )
    assert ("highlight", "standfirst.wire", deck) in blocks_of(text)


def test_a_photo_caption_over_a_wires_lead_stays_a_caption() -> None:
    line = "This undated photo shows the old harbor gates at low tide."
    text = "\n\n".join(["Harbor gates approved", line, "PORTVALE (AP) - " + LEAD, MORE])
    assert [k for k, _, t in blocks_of(text) if t == line] == ["caption"]


def test_a_question_over_a_heading_with_a_full_stop_stays_a_subheading() -> None:
    text = "\n\n".join(
        ["Harbor gates approved", LEAD, "What is going on here?", "The Facts.", MORE]
    )
    kinds = {t: k for k, _, t in blocks_of(text)}
    assert kinds["What is going on here?"] == "heading"


@pytest.mark.parametrize(
    "line",
    [
        "A photo released by the harbor board shows the gates at high tide.",
        "Jane Roe, 17, was seen in a photo posted by her family on Monday.",
    ],
)
def test_prose_about_a_photo_stays_a_paragraph(line: str) -> None:
    story = ["Harbor gates approved", LEAD, line, MORE]
    found = [k for k, _, t in blocks_of("\n\n".join(story)) if t == line]
    assert found == ["paragraph"]


@pytest.mark.parametrize("where", ["middle", "foot"])
def test_a_fact_box_is_part_of_the_story(where: str) -> None:
    box = ["Fast facts", "Built: 1961", "Length: 420 feet", "Gates: 12"]
    story = (
        ["Harbor gates approved", LEAD, *box, MORE]
        if where == "middle"
        else ["Harbor gates approved", LEAD, MORE, *box]
    )
    kinds = {t: k for k, _, t in blocks_of("\n\n".join(story))}
    assert kinds["Fast facts"] == "heading"
    assert [kinds[row] for row in box[1:]] == ["paragraph"] * 3


def test_one_labelled_row_alone_is_no_fact_box() -> None:
    story = ["Harbor gates approved", LEAD, MORE, "Tags: harbor, gates 2026"]
    assert blocks_of("\n\n".join(story))[-1][0] == "furniture"


def test_every_short_question_of_an_interview_is_a_turn() -> None:
    text = "\n\n".join(
        [
            "The harbor master at 70",
            LEAD,
            "Why stay so long?",
            "I never found a better view than the one from the gatehouse.",
            "Will you retire?",
            '"Never," she said.',
            MORE,
        ]
    )
    kinds = {t: k for k, _, t in blocks_of(text)}
    assert kinds["Why stay so long?"] == "paragraph"
    assert kinds["Will you retire?"] == "paragraph"


def test_question_subheadings_of_an_explainer_stay_subheadings() -> None:
    text = "\n\n".join(
        [
            "What the gates mean for you",
            LEAD,
            "Why now?",
            "The last storm flooded 300 homes along the harbor front.",
            "Who pays?",
            MORE,
        ]
    )
    kinds = {t: k for k, _, t in blocks_of(text)}
    assert kinds["Why now?"] == "heading"
    assert kinds["Who pays?"] == "heading"


def test_a_sentence_opening_now_playing_stays_prose() -> None:
    line = "Now playing at the harbor cinema is a film about the old gates."
    story = ["Harbor gates approved", LEAD, line, MORE]
    assert [k for k, _, t in blocks_of("\n\n".join(story)) if t == line] == ["paragraph"]


def test_a_standfirst_between_the_headline_and_the_byline_is_a_highlight() -> None:
    dek = "The town will spend $40 million on gates. Not everyone thinks they will work."
    text = "\n\n".join(["Harbor gates approved", dek, "By Jane Roe", LEAD, MORE])
    found = blocks_of(text)
    assert found[1] == ("highlight", "standfirst.above_byline", dek)
    assert found[3][:2] == ("paragraph", "paragraph.lead")


def test_running_text_under_the_byline_and_over_the_lead_stays_a_caption() -> None:
    line = "Divers check the gate hinges on Monday morning before the vote."
    text = "\n\n".join(["Harbor gates approved", "By Jane Roe", line, "PORTVALE — " + LEAD, MORE])
    assert [k for k, _, t in blocks_of(text) if t == line] == ["caption"]


def test_an_author_box_under_the_story_repeats_the_byline() -> None:
    text = "\n\n".join(
        [
            "Harbor gates approved",
            "By Jane Roe | Staff Writer",
            LEAD,
            MORE,
            "Jane Roe",
            "Staff Writer",
            "jroe@example.net",
            "Jane covers the harbor for the Courier.",
        ]
    )
    found = blocks_of(text)
    assert [r for _, r, _ in found[4:7]] == [
        "byline.author_box",
        "byline.author_box",
        "contact.author_box",
    ]
    article = wireparse.parse(text)
    assert article.byline is not None
    assert article.byline.names == ("Jane Roe",)


def test_a_name_under_the_story_that_is_not_the_bylines_is_left_alone() -> None:
    text = "\n\n".join(["Harbor gates approved", "By Jane Roe", LEAD, MORE, "John Doe"])
    assert blocks_of(text)[-1][1] != "byline.author_box"


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement posters from the 1920s hang in the harbor master's office.",
        "Subscribe to the county's text alerts, the harbor master urged residents.",
        "Donations to the gate fund contributed from every town on the bay.",
        "Advertisements for the gate fund will run on local radio.",
        "Watch 7 News at 5 for the full story, a station spokesman said.",
        "Share your views during the hearing, either in writing or in person, the chair said.",
    ],
)
def test_sentences_opening_like_furniture_or_credits_stay_prose(line: str) -> None:
    story = ["Harbor gates approved", LEAD, line, MORE]
    assert [k for k, _, t in blocks_of("\n\n".join(story)) if t == line] == ["paragraph"]


def test_the_reporters_address_under_the_byline_is_a_contact() -> None:
    text = "\n\n".join(
        [
            "Harbor gates approved",
            "By Jane Roe",
            "Staff Writer",
            "jroe@example.net",
            "@janeroe",
            LEAD,
            MORE,
        ]
    )
    found = blocks_of(text)
    assert [(k, r) for k, r, _ in found[1:5]] == [
        ("byline", "byline"),
        ("byline", "byline.continued"),
        ("contact", "contact.byline"),
        ("contact", "contact.byline"),
    ]
    assert found[5][:2] == ("paragraph", "paragraph.lead")


@pytest.mark.parametrize(
    "byline",
    [
        "By Staff Reports",
        "By the Courier staff",
        "Jane Roe | The Harbor Courier",
        "By the staff of the Harbor Courier",
        "From staff reports",
        "Staff and wire reports",
    ],
)
def test_web_bylines_sign_the_story_and_keep_the_standfirst(byline: str) -> None:
    dek = "The town will spend $40 million on gates. Not everyone thinks they will work."
    text = "\n\n".join(["Harbor gates approved", dek, byline, LEAD, MORE])
    found = blocks_of(text)
    assert found[1][:2] == ("highlight", "standfirst.above_byline")
    assert found[2] == ("byline", "byline", byline)
    assert found[3][:2] == ("paragraph", "paragraph.lead")


def test_a_name_and_outlet_in_the_body_is_no_byline() -> None:
    credit = "Jane Roe | The Harbor Courier"
    caption = "Divers check the gate hinges on Monday morning."
    text = "\n\n".join(
        ["Harbor gates approved", "By John Doe", LEAD, caption + "\n" + credit, MORE]
    )
    assert [k for k, _, t in blocks_of(text) if credit in t] != ["byline"]


def test_the_outlet_under_the_byline_carries_it_on() -> None:
    text = "\n".join(["Harbor gates approved", "", "By Jane Roe", "The Harbor Courier", ""])
    found = blocks_of(text + "\n".join(["", LEAD, "", MORE]))
    assert [(k, r) for k, r, _ in found[1:3]] == [
        ("byline", "byline"),
        ("byline", "byline.continued"),
    ]
    byline = wireparse.parse(text + "\n\n" + LEAD).byline
    assert byline is not None
    assert (byline.names, byline.organisation) == (("Jane Roe",), "The Harbor Courier")


def test_a_bare_name_over_an_address_under_the_headline_is_the_byline() -> None:
    text = "\n".join(
        ["Harbor gates approved", "", "Jane Roe", "jroe@example.net", "", LEAD, "", MORE]
    )
    found = blocks_of(text)
    assert [(k, r) for k, r, _ in found[1:3]] == [
        ("byline", "byline.named"),
        ("contact", "contact.byline"),
    ]
    byline = wireparse.parse(text).byline
    assert byline is not None
    assert byline.names == ("Jane Roe",)


def test_a_name_over_an_address_after_the_story_is_no_named_byline() -> None:
    text = "\n\n".join(["Harbor gates approved", LEAD, MORE, "Jane Roe\njroe@example.net"])
    assert all(r != "byline.named" for _, r, _ in blocks_of(text))


def test_a_read_more_label_heads_the_links_under_it() -> None:
    text = "\n\n".join(
        [
            "Harbor gates approved",
            LEAD,
            "Read More",
            "Harbor master retires after 30 years",
            "Ferry fares rise for the summer",
            MORE,
        ]
    )
    kinds = {t: k for k, _, t in blocks_of(text)}
    assert kinds["Harbor master retires after 30 years"] == "furniture"
    assert kinds["Ferry fares rise for the summer"] == "furniture"


def test_a_title_over_a_list_of_marked_items_is_a_subheading() -> None:
    text = "\n\n".join(
        [
            "Harbor gates approved",
            LEAD,
            "Closed",
            "- The ferry landing",
            "- The north pier",
            "Open",
            "- The fish market",
            "- The harbor walk",
            MORE,
        ]
    )
    kinds = {t: k for k, _, t in blocks_of(text)}
    assert kinds["Closed"] == "heading"
    assert kinds["Open"] == "heading"
    assert kinds["- The north pier"] == "paragraph"


def test_an_interviewers_first_question_is_no_teaser() -> None:
    text = "\n\n".join(
        [
            "Readers ask: Why do the harbor gates close at night?",
            "Q. Why do the gates close every night in the summer?",
            "A. The tide runs highest after dark in July and August, the harbor master says, "
            "and the gates keep it out of the fish market.",
            "Q. Who pays for the gates?",
            "A. The city and the state share the cost.",
        ]
    )
    found = blocks_of(text)
    assert found[1][0] == "paragraph"


def test_a_wrapped_list_item_closing_a_quotation_heads_nothing() -> None:
    text = "\n\n".join(
        ["Harbor gates approved", LEAD, "* Map of the gates, «Where the", "Water Goes»",
         "* Video of the vote", MORE]
    )  # fmt: skip
    kinds = {t: k for k, _, t in blocks_of(text)}
    assert kinds["Water Goes»"] != "heading"


def test_a_live_page_heads_its_first_section_too() -> None:
    text = "\n\n".join(
        [
            "Harbor day: live from the pier",
            "Updated 9:40 a.m.",
            "Gates close for the first time",
            LEAD,
            "Ferries wait outside",
            MORE,
        ]
    )
    found = blocks_of(text)
    assert found[2][:2] == ("heading", "heading.above_lead")
    assert found[4][:2] == ("heading", "heading")


def test_a_line_above_the_lead_stays_furniture_without_subheadings() -> None:
    text = "\n\n".join(
        ["Harbor day: live from the pier", "Updated 9:40 a.m.", "Gates close", LEAD, MORE]
    )
    assert blocks_of(text)[2][:2] == ("furniture", "furniture.above_lead")


def test_a_stations_name_line_is_not_the_headline() -> None:
    text = "\n\n".join(["WKRV 7 News", "Harbor gates approved", "Posted 9:40 AM", LEAD, MORE])
    found = blocks_of(text)
    assert found[0][:2] == ("furniture", "furniture.above_lead")
    assert found[1][:2] == ("headline", "headline")
    assert wireparse.parse(text).headline == "Harbor gates approved"


def test_a_newscast_promo_above_the_headline_is_furniture() -> None:
    text = "\n\n".join(["Watch 7 News at 5", "Harbor gates approved", LEAD, MORE])
    assert blocks_of(text)[:2] == [
        ("furniture", "furniture", "Watch 7 News at 5"),
        ("headline", "headline", "Harbor gates approved"),
    ]


def test_a_subheading_with_a_colon_is_no_teaser() -> None:
    line = "Next steps: a public hearing"
    assert ("heading", "heading", line) in blocks_of(_story(line, UNDER))


def test_a_recipe_and_a_box_of_figures_are_part_of_the_story() -> None:
    ingredients = ["2 cups flour", "1 egg, beaten", "3 tablespoons butter"]
    figures = ["4,210: runners", "2:09:51: winning time, by Ola Brenner"]
    story = ["Harbor bakers share a recipe", LEAD, "Ingredients", *ingredients, MORE]
    story += ["By the numbers", *figures, "The race raised $80,000 for the harbor school."]
    kinds = {t: (k, r) for k, r, t in blocks_of("\n\n".join(story))}
    assert kinds["Ingredients"] == ("heading", "heading")
    assert kinds["By the numbers"] == ("heading", "heading")
    assert [kinds[row] for row in ingredients + figures] == [("paragraph", "paragraph")] * 5


def test_a_box_score_line_score_is_a_row() -> None:
    rows = ["Portvale 010 200 04x — 7 9 1", "Dover 001 000 100 — 2 5 2"]
    story = ["Portvale wins the title", LEAD, "Line score", *rows, MORE]
    kinds = {t: k for k, _, t in blocks_of("\n\n".join(story))}
    assert [kinds["Line score"], *(kinds[r] for r in rows)] == ["heading", *["paragraph"] * 2]


def test_one_line_opening_with_a_figure_is_no_list() -> None:
    story = ["Harbor gates approved", LEAD, MORE, "5 things to know about the gates"]
    assert blocks_of("\n\n".join(story))[-1][:2] == ("furniture", "furniture.below_body")


def test_the_turns_of_a_transcript_are_paragraphs() -> None:
    turns = ["ADA MARSH: Will the gates hold?", "TOM REYES: Yes.", "ADA MARSH: Who pays?"]
    story = ["The harbor master on the gates", LEAD, "Transcript", *turns, MORE]
    kinds = {t: k for k, _, t in blocks_of("\n\n".join(story))}
    assert [kinds["Transcript"], *(kinds[t] for t in turns)] == ["heading", *["paragraph"] * 3]


def test_one_label_in_capitals_is_no_transcript() -> None:
    story = ["Harbor gates approved", LEAD, "WHAT NEXT: Who pays?", MORE]
    kinds = {t: k for k, _, t in blocks_of("\n\n".join(story))}
    assert kinds["WHAT NEXT: Who pays?"] == "heading"


def test_a_printed_page_furniture_is_no_part_of_the_story() -> None:
    story = [
        "A4 | The Portvale Courier | Tuesday, March 3, 2026",
        "Harbor gates approved",
        LEAD,
        "See GATES, Page A6",
        "A6",
        "GATES",
        "Continued from Page A4",
        MORE,
        "THE PORTVALE COURIER • PAGE A6",
    ]
    found = blocks_of("\n\n".join(story))
    assert found[1] == ("headline", "headline", "Harbor gates approved")
    assert [r for k, r, t in found if k == "furniture"] == ["furniture.page"] * 6


@pytest.mark.parametrize(
    "slug", ["BC-Harbor Gates, 2nd Ld-Writethru", "PORTVALE-HARBOR/GATES (UPDATE 2)"]
)
def test_a_wire_slug_line_is_not_the_headline(slug: str) -> None:
    found = blocks_of("\n\n".join([slug, "Harbor gates approved", LEAD, MORE]))
    assert found[0] == ("furniture", "furniture.slug", slug)
    assert found[1] == ("headline", "headline", "Harbor gates approved")


def test_a_subheading_in_capitals_with_a_hyphen_stays_one() -> None:
    story = ["Harbor gates approved", LEAD, "TIDE-WATCH", MORE]
    kinds = {t: k for k, _, t in blocks_of("\n\n".join(story))}
    assert kinds["TIDE-WATCH"] == "heading"


def test_a_table_row_with_a_bar_is_no_running_head() -> None:
    story = ["Harbor gates approved", LEAD, "Ada Finch | Treasurer", MORE]
    assert "furniture.page" not in [r for _, r, _ in blocks_of("\n\n".join(story))]


@pytest.mark.parametrize(
    ("line", "kind", "rule"),
    [
        ("View in browser", "furniture", "furniture"),
        ("View this email in your browser", "furniture", "furniture"),
        ("You are receiving this email because you signed up.", "furniture", "furniture"),
        ("Forward this email to a friend.", "furniture", "furniture"),
        ("This newsletter is supported by Harbor Bank.", "furniture", "furniture"),
        ("Presented by Harbor Bank", "furniture", "furniture"),
        ("From: The Tide <tide@example.com>", "furniture", "furniture"),
        ("Refresh this page for the latest updates.", "furniture", "furniture"),
        ("Page 2 of 6", "furniture", "furniture"),
        ("(Adds comment from the harbor board in paragraph 4)", "note", "note"),
        ("Advisory: The Wire will move a weekend package at 6 p.m.", "note", "note"),
        ("Update: The board has since delayed the vote to May.", "note", "note"),
    ],
)
def test_newsletter_and_wire_lines(line: str, kind: str, rule: str) -> None:
    assert kind_of(line) == (kind, rule)


def test_an_update_headline_with_no_full_stop_stays_the_headline() -> None:
    found = blocks_of("\n\n".join(["Update: Harbor gates approved", LEAD, MORE]))
    assert found[0] == ("headline", "headline", "Update: Harbor gates approved")


def test_a_sentence_presented_by_someone_stays_prose() -> None:
    line = "Presented by the mayor, the plan drew cheers from the harbor crowd."
    assert kind_of(line, where="before")[0] == "paragraph"


@pytest.mark.parametrize(
    "bio",
    [
        "Ada Finch is a reporter covering the harbor for the Portvale Courier.",
        "Ada Finch is a freelance writer based in Portvale. She has written for us since 2019.",
    ],
)
def test_an_author_bio_at_the_foot_is_a_credit(bio: str) -> None:
    assert kind_of(bio) == ("credit", "credit.bio")


def test_a_reporter_in_the_story_stays_in_it() -> None:
    line = '"She never missed a meeting," said Tom Reyes. Ada Finch is a reporter at the Courier.'
    assert kind_of(line)[0] == "paragraph"
    early = "Ada Finch is a reporter who has covered the harbor board for twenty years."
    story = ["Harbor gates approved", LEAD, early, MORE, MORE, MORE, MORE, MORE, MORE]
    assert blocks_of("\n\n".join(story))[2][0] == "paragraph"


def test_a_title_over_a_lead_set_as_a_list_item_heads_it() -> None:
    points = ["• The gates close at high tide.", "• The ferry runs every hour until dusk."]
    text = "\n".join(["Live: Storm reaches the harbor", "Updated 3:20 p.m.", "Key points", *points])
    text += "\n\n" + MORE
    found = blocks_of(text)
    assert ("heading", "heading.above_lead", "Key points") in found
    assert [k for k, _, t in found if t in points] == ["paragraph", "paragraph"]


def test_a_line_over_a_lead_in_prose_stays_header_furniture() -> None:
    text = "\n\n".join(["Storm reaches the harbor", "Updated 3:20 p.m.", "Map of the gates", LEAD])
    assert ("furniture", "furniture.above_lead", "Map of the gates") in blocks_of(text)


def test_a_box_score_summary_line_is_a_paragraph() -> None:
    rows = ["Portvale 010 200 04x — 7 9 1", "Dover 001 000 100 — 2 5 2"]
    summary = "WP: Roe. LP: Marsh. 2B: Finch 2, Reyes (D). HR: Brenner (P)."
    story = ["Portvale wins the title", LEAD, "Box score", *rows, summary, MORE]
    kinds = {t: k for k, _, t in blocks_of("\n\n".join(story))}
    assert [kinds["Box score"], kinds[summary]] == ["heading", "paragraph"]


@pytest.mark.parametrize(
    ("line", "summary"),
    [
        ("E: Roe. LOB: Portvale 7, Dover 5. DP: Dover 2.", True),
        ("E—Roe. LOB—Portvale 7, Dover 5. DP—Dover 2.", True),
        ("E: Roe. LOB: Portvale 7, Dover 5.", False),
        ("Q: Who pays? A: The port. Q: When?", False),
    ],
)
def test_three_labels_make_a_box_score_summary(line: str, summary: bool) -> None:
    assert is_agate_summary(make_candidate(line, [(0, len(line))], 0, 0)) is summary


@pytest.mark.parametrize(
    "deck",
    [
        "$40 million site will make ferry parts for the East Coast",
        "New site will make ferry parts for the whole East Coast",
    ],
)
def test_a_deck_between_the_headline_and_a_datelined_lead_is_a_highlight(deck: str) -> None:
    text = (
        "FOR IMMEDIATE RELEASE\n\n"
        "Harbor Widgets Opens Plant in Portvale\n\n"
        f"{deck}\n\n"
        "PORTVALE, Maine, May 4, 2026 /PRNewswire/ -- Harbor Widgets today opened a plant "
        "that will employ 120 people.\n\n"
        "Hiring begins in June.\n"
    )
    kinds = {t: (k, r) for k, r, t in blocks_of(text)}
    assert kinds[deck] == ("highlight", "standfirst.deck")
    assert kinds["Harbor Widgets Opens Plant in Portvale"] == ("headline", "headline")


def test_a_short_label_over_a_datelined_lead_is_no_deck() -> None:
    text = (
        "Harbor Widgets Opens Plant in Portvale\n\n"
        "Business\n\n"
        "PORTVALE, Maine (AP) -- Harbor Widgets opened a plant on Tuesday that will employ "
        "120 people.\n"
    )
    kinds = {t: (k, r) for k, r, t in blocks_of(text)}
    assert kinds["Business"][1] != "standfirst.deck"
