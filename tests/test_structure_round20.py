"""Body integrity of feed captures, round 20: conventions read on feed captures without gold.

Every text here is invented: it imitates a convention of wire copy and
none is copied from a real story.
"""

from __future__ import annotations

import wireparse
from tests.structure_helpers import line_kind

# --------------------------------------------------------------------------
# Double-spaced ANPA copy: a blank line between a paragraph's wrapped lines
# --------------------------------------------------------------------------

_DOUBLE_SPACED = (
    "\x16\x16\x01a0031\x1fhbrp-\n"
    "d n\x13\x11 bc-QUAY     06-11 0210   \r\n"
    "\x02\r\n"
    "HBR31:UPDATE:CRANE TIPS OVER ON NORTH QUAY\r\n"
    "\r\n"
    "\t   HBR31             -CRANE\r\n"
    "\t   \r\n"
    "\t   PORTVALE (BCN)\r\n"
    "\r\n"
    "\t   Harbour police closed the north quay this afternoon after a \r\n"
    "\r\n"
    "loading crane tipped over onto an empty barge.\r\n"
    "\r\n"
    "\t   Nobody was hurt, said Sgt. Ines Varga, who added that the \r\n"
    "\r\n"
    "crane's operator had climbed down minutes before it fell.  Divers \r\n"
    "\r\n"
    "will inspect the quay wall on Thursday.\r\n"
    "\r\n"
    "\t   The quay will stay closed until the barge is towed away.\r\n"
    "\r\n"
    "\t   L.Moreno/T.Adair512p6/11/96  \r\n"
    "\t   \r\n"
    "\t   CONTACT: Harbour police (555) 014-2200\r\n"
    "\r\n"
    "\x03\x04\r\n"
)


def test_double_spaced_anpa_paragraphs_run_on_over_their_blank_lines() -> None:
    article = wireparse.parse(_DOUBLE_SPACED)
    body = [(b.kind.value, b.rule) for b in article.blocks if b.kind.value == "paragraph"]
    assert body == [
        ("paragraph", "paragraph.lead_dateline"),
        ("paragraph", "paragraph"),
        ("paragraph", "paragraph"),
    ]
    assert [p.text for p in article.paragraphs] == [
        "PORTVALE (BCN) Harbour police closed the north quay this afternoon after a "
        "loading crane tipped over onto an empty barge.",
        "Nobody was hurt, said Sgt. Ines Varga, who added that the crane's operator had "
        "climbed down minutes before it fell.  Divers will inspect the quay wall on Thursday.",
        "The quay will stay closed until the barge is towed away.",
    ]
    assert not any(b.kind.value == "furniture" for b in article.blocks)


def test_the_dateline_alone_over_double_spaced_copy_is_the_dateline() -> None:
    article = wireparse.parse(_DOUBLE_SPACED)
    assert article.headline == "CRANE TIPS OVER ON NORTH QUAY"
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency) == ("PORTVALE", "BCN")
    assert line_kind(article, "PORTVALE (BCN)") == ("paragraph", "paragraph.lead_dateline")


def test_single_spaced_anpa_paragraphs_stop_at_a_blank_line() -> None:
    # One TAB line broken off mid-sentence is no double spacing: the
    # untagged line after the blank line is a block of its own.
    story = (
        "\x16\x16\x01a0032\x1fhbrp-\n"
        "d n\x13\x11 bc-QUAY     06-11 0120   \r\n"
        "\x02\r\n"
        "HBR32:CRANE TIPS OVER ON NORTH QUAY\r\n"
        "\r\n"
        "\t   Harbour police closed the north quay this afternoon after a\r\n"
        "loading crane tipped over onto an empty barge.\r\n"
        "\t   Nobody was hurt, police said, and the quay reopens on\r\n"
        "\r\n"
        "Thursday morning.\r\n"
        "\r\n"
        "\x03\x04\r\n"
    )
    article = wireparse.parse(story)
    start = story.index("Nobody was hurt")
    block = next(b for b in article.blocks if b.span.start <= start < b.span.end)
    assert block.text.endswith("the quay reopens on")
    assert "Thursday" not in block.text


def test_a_bay_city_sign_off_of_two_staffers_or_on_the_hour_is_a_sign_off() -> None:
    article = wireparse.parse(_DOUBLE_SPACED)
    assert line_kind(article, "L.Moreno/T.Adair512p6/11/96") == ("signoff", "anpa.signoff")
    on_the_hour = _DOUBLE_SPACED.replace("L.Moreno/T.Adair512p6/11/96", "L.Moreno4p6/11/96")
    assert line_kind(wireparse.parse(on_the_hour), "L.Moreno4p6/11/96") == (
        "signoff",
        "anpa.signoff",
    )


# --------------------------------------------------------------------------
# A contact list runs on: numbers of any country, names over an address
# --------------------------------------------------------------------------


def test_a_release_contact_list_runs_on_over_its_organisation_and_numbers() -> None:
    article = wireparse.parse(
        "Salt Harbor Ferries Adds a Night Crossing\n\n"
        "SALT HARBOR, Maine, June 2, 2026 /PRNewswire/ -- Salt Harbor Ferries will run a "
        "night crossing to Keston from July, the company said on Tuesday.\n\n"
        "The crossing will leave Salt Harbor at 11 p.m. every day but Sunday.\n\n"
        "Media contact:\n"
        "Rhea Solberg\n\n"
        "Salt Harbor Ferries\n\n"
        "press@saltharborferries.example\n\n"
        "+47 22 55 01 42\n\n"
        "SOURCE Salt Harbor Ferries\n"
    )
    assert [(b.kind.value, b.rule) for b in article.blocks[-4:]] == [
        ("contact", "contact.continued"),
        ("contact", "contact.continued"),
        ("contact", "contact.continued"),
        ("furniture", "furniture.release"),
    ]
    assert line_kind(article, "Salt Harbor Ferries\n\npress")[0] == "contact"


def test_a_bare_contact_label_or_a_name_only_label_over_an_address_is_a_contact() -> None:
    article = wireparse.parse(
        "Keston Orchards Joins Growers' Cooperative\n\n"
        "KESTON, Norway, May 5, 2026 /PRNewswire/ -- Keston Orchards has joined the "
        "regional growers' cooperative, the two said on Monday.\n\n"
        "The orchard's apples will be sold under the cooperative's name from the autumn.\n\n"
        "Contact\n\n"
        "Ivar Dahl\n\n"
        "ivar@kestonorchards.example\n\n"
        "P: +47 55 01 42 19\n\n"
        "Contact: Sunniva Berg, COO\n\n"
        "(E) sunniva@cooperative.example\n\n"
        "(P) Bergen: +47 55 30 11 20\n"
    )
    kinds = [(b.kind.value, b.rule) for b in article.blocks[-7:]]
    assert kinds == [
        ("contact", "contact.release"),
        ("contact", "contact.continued"),
        ("contact", "contact.continued"),
        ("contact", "contact.continued"),
        ("contact", "contact.release"),
        ("contact", "contact.continued"),
        ("contact", "contact.continued"),
    ]


def test_a_bare_contact_label_with_no_address_under_it_stays_furniture() -> None:
    article = wireparse.parse(
        "Keston Orchards Joins Growers' Cooperative\n\n"
        "Keston Orchards has joined the regional growers' cooperative, the two said on "
        "Monday.\n\n"
        "The orchard's apples will be sold under the cooperative's name from the autumn.\n\n"
        "Contact\n\n"
        "About us\n\n"
        "Privacy\n"
    )
    assert line_kind(article, "Contact")[0] != "contact"


def test_a_closing_call_to_the_press_is_a_contact_label() -> None:
    article = wireparse.parse(
        "Ferry Fares Held for Another Year\n\n"
        "The Keston ferry board will keep fares at this year's level until next June, "
        "it said on Friday.\n\n"
        "The board said a rise in fuel prices had been offset by more passengers.\n\n"
        "For more information, please contact:\n\n"
        "Tove Aalberg, head of communications, 0412 555 019\n"
    )
    assert line_kind(article, "For more information") == ("contact", "contact.release")
    assert line_kind(article, "Tove Aalberg")[0] == "contact"


def test_datebook_contact_lines_with_a_name_and_a_number_carry_the_contact_on() -> None:
    story = (
        "\x16\x16\x01a0062\x1fhbrp-\n"
        "d c\x13\x11 bc-DATEBOOK     07-03 0300   \r\n"
        "\x02\r\n"
        "KST62:DATEBOOK FOR FRIDAY, JULY 4\r\n"
        "\r\n"
        "\t   KST62             -DATEBOOK\r\n"
        "\t   \r\n"
        "\t   10 A.M.    THE HARBOUR BOARD OPENS THE NEW FISH MARKET.\r\n"
        "\t   PIER 3, PORTVALE\r\n"
        "\t   CONTACT: ANA PEREIRA (555) 014-3300\r\n"
        "\t            TOMAS REYES (555) 014-3301, EXT. 12\r\n"
        "\t            DAY OF THE EVENT (555) 014-3499\r\n"
        "\t   \r\n"
        "\t   NOON    LIGHTHOUSE OPEN DAY WITH GUIDED TOURS.\r\n"
        "\t   \r\n"
        "\t   K.Lund214p7/3/97\r\n"
        "\r\n"
        "\x03\x04\r\n"
    )
    article = wireparse.parse(story)
    assert line_kind(article, "TOMAS REYES") == ("contact", "contact.continued")
    assert line_kind(article, "DAY OF THE EVENT") == ("contact", "contact.continued")
    assert line_kind(article, "NOON")[0] == "paragraph"


def test_a_year_or_a_post_code_under_a_contact_is_no_number() -> None:
    article = wireparse.parse(
        "Ferry Fares Held for Another Year\n\n"
        "The Keston ferry board will keep fares at this year's level until next June, "
        "it said on Friday.\n\n"
        "Media contact: Tove Aalberg, 0412 555 019\n\n"
        "Fares were last raised in 2019 and 2021 after long debates\n"
    )
    assert line_kind(article, "Fares were last raised")[0] != "contact"


# --------------------------------------------------------------------------
# Feed copy carries no related links
# --------------------------------------------------------------------------

_FORM_GUIDE = (
    "ZCZC AAP\r\n"
    "%A\r\n"
    "#Keston preview\r\n"
    "$Keston Cup preview panel\r\n"
    ":(KESTON)\r\n"
    "\r\n"
    "KESTON, July 3 AAP - A preview of Saturday's Keston Cup meeting (all times local):\r\n"
    "\r\n"
    "Harbour Handicap at Keston Park 1.10pm\r\n"
    "\r\n"
    "Last start: Salt Wind won by a length at Portvale\r\n"
    "\r\n"
    "Salt Wind has won three of her last four starts and drew the inside gate.\r\n"
    "\r\n"
    "Tip: Salt Wind by two lengths\r\n"
    "\r\n"
    "Orchard Plate at Keston Park 1.45pm\r\n"
    "\r\n"
    "Last start: Ferry Bell third at Salt Harbor\r\n"
    "\r\n"
    "Ferry Bell should relish the longer trip after a slow start to the season.\r\n"
    "\r\n"
    "Tip: Ferry Bell by a neck\r\n"
    "\r\n"
    "AAP RTV\r\n"
    "NNNN\r\n"
)


def test_a_title_like_line_in_feed_copy_is_no_related_link() -> None:
    article = wireparse.parse(_FORM_GUIDE)
    assert article.format == "zczc"
    lines = [b for b in article.blocks if b.kind.value in ("paragraph", "heading", "furniture")]
    assert not any(b.rule.startswith("furniture.related") for b in lines)
    assert line_kind(article, "Tip: Salt Wind") == ("paragraph", "paragraph.feed_line")
    assert line_kind(article, "Harbour Handicap at Keston Park") == (
        "paragraph",
        "paragraph.feed_line",
    )
    # A line over running text heads it, as on a page.
    assert line_kind(article, "Last start: Salt Wind") == ("heading", "heading")


def test_the_same_lines_on_a_web_page_are_still_read_as_links() -> None:
    page = (
        "Keston Cup preview panel\n\n"
        "KESTON, July 3 (AAP) - A preview of Saturday's Keston Cup meeting.\n\n"
        "Salt Wind has won three of her last four starts and drew the inside gate.\n\n"
        "Harbour board approves a new ferry timetable for the summer season\n\n"
        "Ferry Bell should relish the longer trip after a slow start to the season.\n"
    )
    article = wireparse.parse(page)
    assert line_kind(article, "Harbour board approves")[0] == "furniture"


# --------------------------------------------------------------------------
# One story, one headline: the feed's headline is not given a second time
# --------------------------------------------------------------------------


def test_a_roundups_first_item_under_the_feed_headline_is_a_subheading() -> None:
    story = (
        "\x16\x16\x01W3001\x1fasian\nr a\x13\x11 BC-FiveThings     09-05 0400\r\n"
        "\x02^BC-Five Things-Today,300<\r\n"
        "^Three Things to Know for Today<\r\n"
        "^By The Associated Press=\r\n"
        "\t   1. FERRY STRIKE ENDS IN KESTON\r\n"
        "\t   The ferry crews of Keston vote to go back to work after a week on strike.\r\n"
        "\t   2. HARBOUR BRIDGE REOPENS\r\n"
        "\t   Engineers in Portvale reopen the old harbour bridge after six months.\r\n"
        "\t   3. ORCHARD HARVEST STARTS EARLY\r\n"
        "\t   Growers around Salt Harbor begin picking apples two weeks early.\r\n"
        "\t   \x03AP-WF-09-05-26 1029GMT<\r\n"
        "\r\n\x0c\r\n\x04"
    )
    article = wireparse.parse(story)
    assert article.headline == "Three Things to Know for Today"
    assert [b.rule for b in article.blocks if b.kind.value == "headline"] == ["anpa.headline"]
    assert line_kind(article, "1. FERRY STRIKE") == ("heading", "heading.second_title")


def test_a_headline_list_under_the_feed_headline_is_its_items() -> None:
    story = (
        "\x16\x16\x01V4700\x1f-----\nr e\x13\x11 AP-Top-Harbour-Headlines     02-09 0121\r\n"
        "\x02^AP-Top-Harbour-Headlines,0176<\r\n"
        "^AP Top Harbour News at 9:05 a.m. EST<\r\n"
        "^Keston ferry crews vote to end strike after a week\r\n"
        "^Portvale reopens its old harbour bridge after repairs\r\n"
        "^Lighthouse keeper hands over the keys after forty years\r\n"
        "\x03AP-WF-02-10-26 1423GMT<\r\n\r\n\x0c\r\n\x04"
    )
    article = wireparse.parse(story)
    assert article.headline == "AP Top Harbour News at 9:05 a.m. EST"
    items = [b.rule for b in article.blocks if b.kind.value in ("headline", "paragraph")]
    assert items == [
        "anpa.headline",
        "paragraph.no_prose",
        "paragraph.no_prose",
        "paragraph.no_prose",
    ]


def test_the_feed_headline_repeated_above_the_copy_is_furniture() -> None:
    story = (
        "ZCZC AAP\r\n"
        "%A\r\n"
        "#Ferry fares\r\n"
        "$Ferry fares held for another year\r\n"
        ":(KESTON)\r\n"
        "\r\n"
        "Ferry fares held for another year\r\n"
        "\r\n"
        "The Keston ferry board will keep fares at this year's level until next June, "
        "it said on Friday.\r\n"
        "\r\n"
        "The board said a rise in fuel prices had been offset by more passengers.\r\n"
        "\r\n"
        "AAP RTV\r\n"
        "NNNN\r\n"
    )
    article = wireparse.parse(story)
    assert article.headline == "Ferry fares held for another year"
    assert line_kind(article, "Ferry fares held for another year\r\n\r\nThe") == (
        "furniture",
        "furniture.repeated_headline",
    )


# --------------------------------------------------------------------------
# A feed story's teaser over the datelined lead is its standfirst
# --------------------------------------------------------------------------

_TEASER = (
    "\x01bdt0000 4 vm 71  dpa 0000\n"
    "Verkehr/Bahn/Niedersachsen/\n"
    "\x02Fähre fällt wegen Sturm aus - Pendler warten\n"
    "(Foto Archiv) =\n"
    "\n"
    "Die Fähre zwischen Nordby und Süderhafen fährt am Montag nicht. Pendler "
    "sollen auf den Bus ausweichen.\n"
    "\n"
    "Nordby (dpa) - Wegen eines Sturms ist die Fähre zwischen Nordby und "
    "Süderhafen am Montag ausgefallen. Das teilte die Reederei mit.\n"
    "\n"
    "dpa xy yyno n1 abc\n"
    "\x03251852 Sep 24\n"
    "\x7f\n"
    "\x7f\x04"
)


def test_the_teaser_between_a_feed_headline_and_the_dateline_lead_is_a_standfirst() -> None:
    article = wireparse.parse(_TEASER)
    assert article.format == "iptc7901"
    assert line_kind(article, "Die Fähre zwischen Nordby") == ("highlight", "standfirst.feed")
    assert line_kind(article, "Nordby (dpa)")[0] == "paragraph"
    regional = wireparse.parse(_TEASER.replace("Nordby (dpa) -", "Nordby (dpa/lno) -"))
    assert line_kind(regional, "Die Fähre zwischen Nordby") == ("highlight", "standfirst.feed")


def test_a_picture_sentence_over_the_dateline_lead_is_no_teaser() -> None:
    story = _TEASER.replace(
        "Die Fähre zwischen Nordby und Süderhafen fährt am Montag nicht. Pendler "
        "sollen auf den Bus ausweichen.",
        "This undated photo shows the ferry at Nordby.",
    )
    article = wireparse.parse(story)
    assert line_kind(article, "This undated photo")[0] != "highlight"


# --------------------------------------------------------------------------
# AP's UP NEXT section in capitals over labelled notes is a subheading
# --------------------------------------------------------------------------

_GAME_STORY = (
    "Harbour City beats Portvale 98-91\n\n"
    "KESTON, Maine (AP) _ Ada Finch scored 31 points and Harbour City beat "
    "Portvale 98-91 on Wednesday night.\n\n"
    "Portvale led by nine at halftime before Finch scored 14 in the third quarter.\n\n"
    "UP NEXT\n\n"
    "Harbour City: Host Salt Harbor on Saturday night.\n\n"
    "Portvale: Visit Keston on Monday night.\n"
)


def test_an_up_next_heading_over_labelled_notes_is_a_heading() -> None:
    article = wireparse.parse(_GAME_STORY)
    assert line_kind(article, "UP NEXT") == ("heading", "heading")
    assert line_kind(article, "Portvale: Visit Keston")[0] == "paragraph"


def test_a_pages_up_next_label_stays_furniture() -> None:
    page = _GAME_STORY.replace(
        "UP NEXT\n\nHarbour City: Host Salt Harbor on Saturday night.\n\n"
        "Portvale: Visit Keston on Monday night.\n",
        "Up next\n\nWatch: the best plays of the week\n",
    )
    assert line_kind(wireparse.parse(page), "Up next")[0] == "furniture"


# --------------------------------------------------------------------------
# A picture's web address alone on its line, and its label, are furniture
# --------------------------------------------------------------------------


def test_a_pictures_web_address_and_its_label_are_furniture() -> None:
    article = wireparse.parse(
        "Keston Ferries Names New Chief Executive\n\n"
        "KESTON, Norway, May 6, 2026 /PRNewswire/ -- Keston Ferries has named Ivar Dahl "
        "its chief executive, the company said on Wednesday.\n\n"
        "(Photo 1:\n\n"
        "http://media.example.com/keston/ivar_dahl.jpg)\n\n"
        "Photo -\n\n"
        "http://media.example.com/keston/fleet.png\n\n"
        "Dahl has run the company's northern routes since 2019.\n"
    )
    assert line_kind(article, "(Photo 1:")[0] == "furniture"
    assert line_kind(article, "http://media.example.com/keston/ivar_dahl.jpg)")[0] == "furniture"
    assert line_kind(article, "http://media.example.com/keston/fleet.png")[0] == "furniture"
    assert line_kind(article, "Dahl has run")[0] == "paragraph"


def test_a_web_address_of_a_page_alone_is_no_picture_link() -> None:
    article = wireparse.parse(
        "Keston Ferries Names New Chief Executive\n\n"
        "KESTON, Norway, May 6, 2026 /PRNewswire/ -- Keston Ferries has named Ivar Dahl "
        "its chief executive, the company said on Wednesday.\n\n"
        "http://www.kestonferries.example/timetable\n\n"
        "Dahl has run the company's northern routes since 2019.\n"
    )
    assert line_kind(article, "http://www.kestonferries.example/timetable")[0] == "paragraph"


# --------------------------------------------------------------------------
# Contact labels of German, French and Spanish copy
# --------------------------------------------------------------------------


def test_a_german_contact_label_heads_the_desks_number_and_address() -> None:
    article = wireparse.parse(
        "Tagesvorschau Wirtschaft für Montag\n\n"
        "Auf unserer Seite finden Sie einen laufend aktualisierten Überblick über die "
        "Termine des Tages.\n\n"
        "Ansprechpartner:\n\n"
        "Redaktion Wirtschaft - Tel.: +49 40 555 0142\n\n"
        "E-Mail: wirtschaft@redaktion.example\n\n"
        "Die Hafenbehörde stellt am Vormittag ihre Bilanz für das Jahr vor.\n"
    )
    assert line_kind(article, "Ansprechpartner:") == ("contact", "contact.release")
    assert line_kind(article, "Redaktion Wirtschaft")[0] == "contact"
    assert line_kind(article, "E-Mail: wirtschaft")[0] == "contact"
    assert line_kind(article, "Die Hafenbehörde")[0] == "paragraph"


def test_french_and_spanish_press_contact_labels_are_contacts() -> None:
    fr = wireparse.parse(
        "Le port de Keston ouvre un nouveau quai\n\n"
        "Le port de Keston a ouvert lundi un nouveau quai pour les ferries, a annoncé "
        "la direction.\n\n"
        "Contact presse :\n\n"
        "Claire Morvan, +33 2 98 55 01 42\n"
    )
    assert line_kind(fr, "Contact presse :") == ("contact", "contact.release")
    es = wireparse.parse(
        "El puerto de Keston abre un nuevo muelle\n\n"
        "El puerto de Keston abrió el lunes un nuevo muelle para los transbordadores, "
        "informó la dirección.\n\n"
        "Contacto de prensa:\n\n"
        "Lucía Ortega, +34 91 555 01 42\n"
    )
    assert line_kind(es, "Contacto de prensa:") == ("contact", "contact.release")


# --------------------------------------------------------------------------
# A feed roundup's introduction above its first item is the story's
# --------------------------------------------------------------------------


def test_a_feed_roundups_introduction_is_no_page_furniture() -> None:
    story = (
        "\x16\x16\x01W3002\x1fasian\nr a\x13\x11 BC-ThreeThings     09-05 0400\r\n"
        "\x02^BC-Three Things-Today,300<\r\n"
        "^Three Things to Know for Today<\r\n"
        "^By The Associated Press=\r\n"
        "\t   Your morning look at the harbour news and the stories that will be "
        "talked about today:\r\n"
        "\t   1. FERRY STRIKE ENDS IN KESTON\r\n"
        "\t   The ferry crews of Keston vote to go back to work after a week on strike.\r\n"
        "\t   2. HARBOUR BRIDGE REOPENS\r\n"
        "\t   Engineers in Portvale reopen the old harbour bridge after six months.\r\n"
        "\t   \x03AP-WF-09-05-26 1029GMT<\r\n"
        "\r\n\x0c\r\n\x04"
    )
    article = wireparse.parse(story)
    assert line_kind(article, "Your morning look") == ("paragraph", "paragraph.feed_intro")
    assert line_kind(article, "1. FERRY STRIKE") == ("heading", "heading.second_title")
