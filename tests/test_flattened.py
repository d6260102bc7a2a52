"""Pages flattened to one line: the furniture cut out, the paragraphs recovered."""

from __future__ import annotations

import itertools

import wireparse
from wireparse.model import BlockKind
from wireparse.structure import flattened

#: Running text of invented sentences, long enough to make a flattened page.
FILLER = (
    "The harbour board met for six hours on Tuesday and heard from forty residents. "
    "Most of them asked for the old pier to be kept as it is. "
    "The board will vote on the plan again at the end of the month. "
    "Fishermen who use the pier every morning said a new deck would cost them a season. "
    "A shop owner near the harbour said trade had fallen since the pier was closed in June."
)


def _blocks(text: str) -> list[tuple[str, str, str]]:
    article = wireparse.parse(text)
    return [(b.kind.value, b.rule, " ".join(b.text.split())) for b in article.blocks]


def _kinds_of(text: str, piece: str) -> list[str]:
    return [kind for kind, _rule, t in _blocks(text) if t == piece]


def test_player_buttons_and_a_dateline_inside_open_the_lead() -> None:
    text = (
        "Skip Ad Ad Loading... x Embed x Share "
        "Harbour officials explain the new pier plan to residents. "
        "PORTVALE -- The harbour board approved a new pier on Tuesday after a long debate. "
        + FILLER
        + " "
        + FILLER
        + " "
        + FILLER
        + " "
        + FILLER
    )
    blocks = _blocks(text)
    assert blocks[0] == ("furniture", "furniture.player", "Skip Ad Ad Loading... x Embed x Share")
    assert blocks[1][0] != "paragraph"
    lead = next(b for b in blocks if b[0] == "paragraph")
    assert lead[1] == "paragraph.lead"
    assert lead[2].startswith("PORTVALE -- The harbour board approved")
    article = wireparse.parse(text)
    assert article.dateline is not None
    assert article.dateline.place == "PORTVALE"


def test_caption_labels_links_and_reporter_box_split_the_paragraphs() -> None:
    text = (
        'Media caption Jane Roe: "We kept the pier. We won" '
        "The harbour board kept the old pier on Tuesday after a long debate. "
        + FILLER
        + " Pier vote: The basics The vote came after two years of talks. "
        + FILLER
        + " Image copyright AP Image caption The old pier in the morning fog "
        + "In Portvale, residents cheered the decision outside the hall. "
        + FILLER
        + " Analysis - John Roe, Portvale News, Portvale The vote was closer than it looked. "
        + FILLER
        + " Share this story on your page"
    )
    blocks = _blocks(text)
    assert blocks[0] == (
        "caption",
        "caption.flattened",
        'Media caption Jane Roe: "We kept the pier. We won"',
    )
    assert _kinds_of(text, "Pier vote: The basics") == ["furniture"]
    assert _kinds_of(text, "Image copyright AP") == ["caption"]
    assert _kinds_of(text, "Image caption The old pier in the morning fog") == ["caption"]
    assert _kinds_of(text, "Analysis - John Roe, Portvale News, Portvale") == ["heading"]
    assert _kinds_of(text, "Share this story on your page") == ["furniture"]
    article = wireparse.parse(text)
    assert len(article.paragraphs) == 4
    assert article.paragraphs[0].text.startswith("The harbour board kept the old pier")
    assert article.paragraphs[1].text.startswith("The vote came after two years")
    assert article.paragraphs[2].text.startswith("In Portvale, residents cheered")
    assert article.paragraphs[3].text.startswith("The vote was closer")
    assert [s.heading for s in article.sections] == [
        None,
        "Analysis - John Roe, Portvale News, Portvale",
    ]


def test_embedded_post_takes_whole_sentences_within_its_length() -> None:
    post = "What a day at the pier. Cannot believe it. -- Jane Roe (@janeroe) March 7, 2016"
    text = (
        FILLER + " The mayor said the pier would reopen in the spring after repairs to its deck,"
        " which the council will pay for out of next year's harbour budget. "
        + post
        + " "
        + FILLER
        + " "
        + FILLER
        + " "
        + FILLER
    )
    assert _kinds_of(text, post) == ["furniture"]
    article = wireparse.parse(text)
    assert article.paragraphs[0].text.endswith("out of next year's harbour budget.")
    assert len(article.paragraphs) == 2


def test_bracketed_link_gallery_and_photo_credit_are_cut_out() -> None:
    gallery = (
        "1 of 9 Full Screen Autoplay Close Skip Ad x The pier through the years View Photos "
        "Caption The pier in 1950. Wait 1 second to continue."
    )
    caption = "A crowd gathers at the pier on Tuesday. (Photo: Jane Roe, AP)"
    text = (
        FILLER
        + " "
        + FILLER
        + " [Portvale votes to keep its old pier] "
        + FILLER
        + " "
        + gallery
        + " "
        + FILLER
        + " "
        + caption
        + " "
        + FILLER
    )
    assert _kinds_of(text, "[Portvale votes to keep its old pier]") == ["furniture"]
    assert _kinds_of(text, gallery) == ["furniture"]
    assert _kinds_of(text, caption) == ["caption"]
    assert len(wireparse.parse(text).paragraphs) == 4


def test_headline_opening_the_page_and_capitals_heading() -> None:
    text = (
        "Portvale keeps its old pier after a long vote The harbour board kept the pier. "
        + FILLER
        + " PIER TO REOPEN IN SPRING The mayor said repairs would start soon. "
        + FILLER
        + " "
        + FILLER
    )
    article = wireparse.parse(text)
    assert article.headline == "Portvale keeps its old pier after a long vote"
    assert [s.heading for s in article.sections] == [None, "PIER TO REOPEN IN SPRING"]


def test_title_of_a_work_and_speech_are_no_glued_break() -> None:
    text = (
        "The festival will show the film The Long Pier on Friday. "
        "She told The Portvale Courier that tickets had sold out. "
        "Making Of The Pier is a short film about the old deck. " + FILLER + " " + FILLER
    )
    text = text + " " + FILLER + " " + FILLER
    article = wireparse.parse(text)
    assert len(article.paragraphs) == 1
    assert all(b.kind is not BlockKind.FURNITURE for b in article.blocks)


def test_pieces_are_in_order_and_do_not_overlap() -> None:
    text = "Skip Ad x Share " + FILLER + " [A link between sentences here] " + FILLER + " Read more"
    found = flattened.pieces(text, 0, len(text))
    assert found == sorted(found)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(found))
    assert found[0][:2] == (0, len("Skip Ad x Share"))


#: Invented sentences for a long stretch that lost its paragraph breaks.
_LONG = [
    "The harbour board met for six hours on Tuesday and heard from forty residents.",
    '"We will keep the pier. It has stood for a century," Ada Finch, the board\'s chair, said.',
    "It was the third meeting on the pier this year.",
    "Fishermen who use the pier every morning said a new deck would cost them a season.",
    "Why would anyone pay for that?",
    "A shop owner near the harbour said trade had fallen since the pier was closed in June.",
]


def _long_page() -> str:
    """One line of running text longer than ``FLAT_PARAGRAPH_MAX``, no piece in it."""
    text = " ".join(_LONG)
    n = flattened.FLAT_PARAGRAPH_MAX // len(text) + 1
    return " ".join([text] * n)


def test_a_long_stretch_is_cut_into_its_sentences() -> None:
    page = _long_page()
    paragraphs = [p.text for p in wireparse.parse(page).paragraphs]
    assert " ".join(paragraphs) == page
    assert paragraphs[:4] == [
        _LONG[0],
        # The quotation's inner full stop cuts nothing; ``It`` stays with it.
        f"{_LONG[1]} {_LONG[2]}",
        _LONG[3],
        # A question stays with the sentence after it.
        f"{_LONG[4]} {_LONG[5]}",
    ]


def test_a_stretch_within_the_paragraph_length_is_one_paragraph() -> None:
    text = " ".join(_LONG * 3)
    assert len(text) <= flattened.FLAT_PARAGRAPH_MAX
    assert [p.text for p in wireparse.parse(text).paragraphs] == [text]


def test_a_quotation_carried_over_paragraphs_is_cut_where_each_opens() -> None:
    quote = (
        'The chair said: "The pier stays. We have the money for it. '
        '"The work starts in May and ends in June. '
        '"Nobody will lose a season." '
    )
    page = quote + _long_page()
    paragraphs = [p.text for p in wireparse.parse(page).paragraphs]
    assert paragraphs[:3] == [
        'The chair said: "The pier stays. We have the money for it.',
        '"The work starts in May and ends in June.',
        '"Nobody will lose a season."',
    ]


def test_a_capitals_subheading_bounds_the_stretches_and_is_kept() -> None:
    half = " ".join(_LONG * 5)
    page = f"{half} WHAT COMES NEXT {half}"
    assert len(page) > flattened.FLAT_PARAGRAPH_MAX >= len(half)
    article = wireparse.parse(page)
    assert [s.heading for s in article.sections] == [None, "WHAT COMES NEXT"]
    assert [p.text for p in article.paragraphs] == [half, half]


def test_a_subheading_inside_a_cut_stretch_is_kept() -> None:
    page = _long_page() + " WHAT COMES NEXT " + _long_page()
    article = wireparse.parse(page)
    assert [s.heading for s in article.sections] == [None, "WHAT COMES NEXT"]


def test_german_quotation_marks_close_where_they_close() -> None:
    sentence = "Der Rat tagte am Dienstag. „Der Steg bleibt. Wir warten“, sagte Ada Finch. "
    page = (sentence + "Die Fähre fährt ab Montag wieder. ") * 40
    paragraphs = [p.text for p in wireparse.parse(page.strip()).paragraphs]
    assert paragraphs[:3] == [
        "Der Rat tagte am Dienstag.",
        "„Der Steg bleibt. Wir warten“, sagte Ada Finch.",
        "Die Fähre fährt ab Montag wieder.",
    ]
