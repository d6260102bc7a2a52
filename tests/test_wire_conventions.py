"""Wire copy conventions: Reuters tables and sign-offs, other agencies' sign-offs.

Every story here is invented; each imitates one convention of wire copy.
"""

from __future__ import annotations

import wireparse

_TABLE = (
    "<PORTVALE HARBOUR CO> 2ND QTR NET\n"
    "    KINGSBRIDGE, April 7 -\n"
    "    Shr 18 cts vs 11 cts\n"
    "    Net 3,410,000 vs 2,080,000\n"
    "    Revs 41.2 mln vs 37.9 mln\n"
    "    Six mths\n"
    "    Shr 30 cts vs 22 cts\n"
    " Reuter\n"
)


def _rules(article: wireparse.Article) -> list[tuple[str, str]]:
    return [(b.kind.value, b.rule) for b in article.blocks]


def test_title_opening_with_company_in_angle_brackets_is_the_headline() -> None:
    article = wireparse.parse(_TABLE)
    assert article.headline == "<PORTVALE HARBOUR CO> 2ND QTR NET"


def test_dateline_alone_above_a_results_table_opens_the_first_row() -> None:
    article = wireparse.parse(_TABLE)
    assert article.dateline is not None
    assert article.dateline.place == "KINGSBRIDGE"
    assert [p.text for p in article.paragraphs] == [
        "KINGSBRIDGE, April 7 - Shr 18 cts vs 11 cts",
        "Net 3,410,000 vs 2,080,000",
        "Revs 41.2 mln vs 37.9 mln",
        "Six mths",
        "Shr 30 cts vs 22 cts",
    ]
    assert article.blocks[1].rule == "paragraph.lead_dateline"
    assert article.agency == "Reuters"


def test_table_rows_without_a_full_stop_stay_paragraphs_between_sentences() -> None:
    text = (
        "HARBOUR OFFICE SETS NEW LIGHT DUES\n"
        "    KINGSBRIDGE, April 7 - The harbour office set new light dues\n"
        "for the coming season, in pence a tonne:\n"
        "    Coasters 4.5 (4.1)\n"
        "    Tankers 6.0 (5.2)\n"
        "    The office said the dues would be reviewed again in the autumn.\n"
        "    Ferries nil (nil)\n"
        " Reuter\n"
    )
    article = wireparse.parse(text)
    texts = [p.text for p in article.paragraphs]
    assert texts[1:] == [
        "Coasters 4.5 (4.1)",
        "Tankers 6.0 (5.2)",
        "The office said the dues would be reviewed again in the autumn.",
        "Ferries nil (nil)",
    ]
    assert ("paragraph", "paragraph.row") in _rules(article)


def test_lower_case_reuter_sign_off_is_recognised_with_its_agency() -> None:
    text = (
        "PORTVALE MILL WINS CLOTH ORDER\n"
        "    KINGSBRIDGE, April 7 - Portvale Mill has won an order for\n"
        "two mln yards of cloth, the supply office said.\n"
        " reuter\n"
    )
    article = wireparse.parse(text)
    assert _rules(article)[-1] == ("signoff", "signoff")
    assert article.agency == "Reuters"
    assert article.paragraphs[-1].text.endswith("the supply office said.")


def test_reuter_sign_off_trailing_the_last_line_is_cut_out() -> None:
    text = (
        "PORTVALE GRAIN FIGURES\n"
        "    KINGSBRIDGE, April 7 - Grain shipments in the week were, in\n"
        "tonnes, with last year's in brackets:\n"
        "    Wheat 12.5 (9.8), barley 3.1 (2.2).        REUTER\n"
    )
    article = wireparse.parse(text)
    assert article.paragraphs[-1].text == "Wheat 12.5 (9.8), barley 3.1 (2.2)."
    assert ("signoff", "signoff.inline") in _rules(article)
    assert article.agency == "Reuters"


def test_dashed_agency_at_the_end_of_the_last_paragraph_is_a_tagline() -> None:
    text = (
        "Harbour gates approved\n\n"
        "The council approved the new harbour gates on Tuesday after a long debate.\n\n"
        "Work is to start in the spring, officials said. -- Reuters.\n"
    )
    article = wireparse.parse(text)
    assert article.paragraphs[-1].text == "Work is to start in the spring, officials said."
    assert ("tagline", "tagline.inline") in _rules(article)
    assert article.agency == "Reuters"


def test_dashed_agency_on_a_line_of_its_own_with_a_full_stop() -> None:
    text = (
        "Harbour gates approved\n\n"
        "The council approved the new harbour gates on Tuesday after a long debate.\n\n"
        "- Reuters.\n"
    )
    article = wireparse.parse(text)
    assert _rules(article)[-1] == ("tagline", "tagline")
    assert article.agency == "Reuters"


def test_slashed_sign_off_names_the_agency() -> None:
    text = (
        "Harbour gates approved\n\n"
        "The council approved the new harbour gates on Tuesday after a long debate.\n\n"
        "Work is to start in the spring and take six years, officials said.\n\n"
        "The Courier/AFP/jd\n"
    )
    article = wireparse.parse(text)
    assert _rules(article)[-1] == ("signoff", "signoff.slashed")
    assert article.agency == "AFP"
    assert len(article.paragraphs) == 2


def test_slashed_line_naming_no_agency_is_no_sign_off() -> None:
    text = (
        "Harbour gates approved\n\n"
        "The council approved the new harbour gates on Tuesday after a long debate.\n\n"
        "Work is to start in the spring and take six years, officials said.\n\n"
        "Harbour News/Weekly/jd\n"
    )
    article = wireparse.parse(text)
    assert _rules(article)[-1][0] != "signoff"
    assert article.agency is None


def test_reporting_and_editing_credit_names_reuters() -> None:
    text = (
        "Harbour gates approved\n\n"
        "The council approved the new harbour gates on Tuesday after a long debate.\n\n"
        "Work is to start in the spring and take six years, officials said.\n\n"
        "(Reporting by Ann Vole; Editing by Tom Wren)\n"
    )
    article = wireparse.parse(text)
    assert _rules(article)[-1] == ("credit", "credit")
    assert article.agency == "Reuters"
    assert len(article.paragraphs) == 2


def test_reporting_credit_at_the_end_of_the_last_paragraph_is_cut_out() -> None:
    text = (
        "Harbour gates approved\n\n"
        "The council approved the new harbour gates on Tuesday after a long debate.\n\n"
        "Work is to start in the spring, officials said. "
        "(Reporting by Ann Vole; Editing by Tom Wren)\n"
    )
    article = wireparse.parse(text)
    assert article.paragraphs[-1].text == "Work is to start in the spring, officials said."
    assert _rules(article)[-1] == ("credit", "credit.inline")
    assert article.agency == "Reuters"


def test_quote_text_of_hard_wrapped_copy_reads_as_its_paragraph() -> None:
    text = (
        "HARBOUR GATES APPROVED\n"
        '    KINGSBRIDGE, April 7 - "The gates will keep the old town dry\n'
        'for a hundred years," the harbour master said on Tuesday.\n'
        " Reuter\n"
    )
    article = wireparse.parse(text)
    quote = article.quotes[0]
    assert quote.text == "The gates will keep the old town dry for a hundred years,"
    assert "\n" in quote.span.of(article.source)
    assert quote.text in article.paragraphs[0].text


_AGATE = (
    "\x16\x16\x01w0816\x1fweather\n"
    "a i\x13\x12 BC-EX--Harbor-Tides   03-03 0120\r\n"
    "\x02^BC-EX--Harbor Tides<\r\n"
    "\x08HARBOR TIDE TABLE\r\n"
    "\x08\r\n"
    "\x08PORT              HIGH    LOW\r\n"
    "\x08GULL ISLAND       6:12    0:40\r\n"
    "\x08PORTVALE          6:30    0:58\r\n"
    "\x03AP-WF-03-03-26 1705GMT<\r\n"
)


def test_agate_table_is_one_paragraph_a_row_in_text_output() -> None:
    from wireparse.cli import render_text

    article = wireparse.parse(_AGATE)
    assert article.format == "anpa1312"
    assert [p.text for p in article.paragraphs] == [
        "HARBOR TIDE TABLE",
        "PORT              HIGH    LOW",
        "GULL ISLAND       6:12    0:40",
        "PORTVALE          6:30    0:58",
    ]
    assert "GULL ISLAND       6:12    0:40\n\nPORTVALE" in render_text(article)


def test_control_characters_are_left_out_of_paragraph_text_but_kept_in_spans() -> None:
    text = (
        "Harbour gates approved\n\n"
        "\x08The council approved the new \x08gates on Tuesday after a long\x13\x11 debate.\n"
    )
    article = wireparse.parse(text)
    paragraph = article.paragraphs[0]
    assert paragraph.text == "The council approved the new gates on Tuesday after a long debate."
    assert paragraph.span.of(article.source).startswith("\x08The council")


_ROUNDUP = (
    "\x16\x16\x01v0421\x1f0ca-n\n"
    "r g\x13\x11 AP-EX--ValleyWatch     03-03 0250\r\n"
    "\x02^AP-EX--ValleyWatch<\r\n"
    "^Here is the latest valley news from The Associated Press<\r\n"
    "\t   Ferry Fares, from Ann Vole, KXYZ<\r\n"
    "\t   (Portvale) -- The harbor council raised ferry fares by a quarter on\r\n"
    "Tuesday, the first rise in six years.\r\n"
    "\t   The new fares start on the first of next month.\r\n"
    "\t   Orchard Fire, from Tom Wren, KABC<\r\n"
    "\t   (Gull Island) -- Firefighters put out a blaze in an orchard\r\n"
    "outside town on Tuesday night.\r\n"
    "\x03AP-NY-03-03-26 1705EST<\r\n"
)


def test_roundup_item_slugs_are_all_subheadings() -> None:
    article = wireparse.parse(_ROUNDUP)
    assert article.headline == "Here is the latest valley news from The Associated Press"
    assert [s.heading for s in article.sections] == [
        "Ferry Fares, from Ann Vole, KXYZ",
        "Orchard Fire, from Tom Wren, KABC",
    ]
    assert [len(s.paragraphs) for s in article.sections] == [2, 1]
    assert [b.rule for b in article.blocks if b.kind.value == "heading"] == [
        "heading.slug",
        "heading.slug",
    ]


def test_indented_paragraphs_set_apart_by_blank_lines_keep_their_related_links() -> None:
    text = (
        "Harbour gates approved\n\n"
        "  The council approved the new harbour gates on Tuesday after a long debate.\n\n"
        "  Ferry operators on the northern coast brace for a long and costly summer season\n\n"
        "  Work is to start in the spring and take six years, officials said.\n"
    )
    article = wireparse.parse(text)
    assert ("furniture", "furniture.related_link") in _rules(article)
    assert len(article.paragraphs) == 2
