"""Body integrity of web copies of wire stories: rows, bylines, captions, furniture.

Every text here is invented: it imitates a convention of news sites and of
agency copy (AP, Reuters, dpa, AFP, EFE), and none is copied from a real
article.
"""

from __future__ import annotations

import datetime as dt

import pytest

import wireparse
from tests.structure_helpers import rules_of
from wireparse.metadata.bylines import parse_byline
from wireparse.metadata.datelines import language_timestamp


def headings(article: wireparse.Article) -> list[str | None]:
    """The heading of each section."""
    return [s.heading for s in article.sections]


# --------------------------------------------------------------------------
# A roster set as ``Name | Role`` rows
# --------------------------------------------------------------------------

COUNCIL = (
    "Meet the new Portvale council\n\n"
    "By Lena Moss\n\n"
    "PORTVALE — Five new members took their seats on the Portvale council on Monday.\n\n"
    "The council will elect its chair next week.\n\n"
    "Who sits on it\n\n"
    "Ada Roe | Finance\n\n"
    "Tom Hale | Harbours and transport\n\n"
    "Ivo Brenner | Housing\n\n"
    "The members serve four-year terms.\n"
)


def test_roster_rows_are_paragraphs_under_their_subheading() -> None:
    article = wireparse.parse(COUNCIL)
    assert rules_of(article)[4:8] == [
        ("heading", "heading"),
        ("paragraph", "paragraph"),
        ("paragraph", "paragraph"),
        ("paragraph", "paragraph"),
    ]
    assert headings(article) == [None, "Who sits on it"]
    assert [p.text for p in article.sections[1].paragraphs] == [
        "Ada Roe | Finance",
        "Tom Hale | Harbours and transport",
        "Ivo Brenner | Housing",
        "The members serve four-year terms.",
    ]


def test_scores_in_a_roster_are_paragraphs() -> None:
    text = (
        "Chess open ends in a tie\n\n"
        "KELBACH — Three players shared first place at the Kelbach chess open on Sunday.\n\n"
        "Top finishers\n\n"
        "Ada Roe | 6.5 points\n\n"
        "Tom Hale | 6 points\n\n"
        "The prize money was split.\n"
    )
    article = wireparse.parse(text)
    assert headings(article) == [None, "Top finishers"]
    assert len(article.paragraphs) == 4


def test_a_name_and_an_outlet_under_the_headline_stays_the_byline() -> None:
    text = (
        "Chess open ends in a tie\n\n"
        "Ada Roe | The Daily Star\n\n"
        "Tom Hale | Kelbach Chess Club\n\n"
        "Three players shared first place at the Kelbach chess open on Sunday.\n\n"
        "The prize money was split between the three of them.\n"
    )
    article = wireparse.parse(text)
    assert rules_of(article)[1] == ("byline", "byline")
    assert article.byline is not None
    assert article.byline.names == ("Ada Roe",)


def test_a_menu_with_several_bars_is_no_roster() -> None:
    text = (
        "Chess open ends in a tie\n\n"
        "KELBACH — Three players shared first place at the Kelbach chess open on Sunday.\n\n"
        "The prize money was split between the three of them.\n\n"
        "Ada Roe | Tom Hale | Ivo Brenner\n\n"
        "Lena Moss | Ada Roe | Tom Hale\n"
    )
    kinds = rules_of(wireparse.parse(text))
    assert kinds[3:] == [
        ("furniture", "furniture.below_body"),
        ("furniture", "furniture.below_body"),
    ]


# --------------------------------------------------------------------------
# An agency's schedule of the day, one event a line
# --------------------------------------------------------------------------

DAYBOOK = (
    "Tagesvorschau für Kelbach am Montag\n\n"
    "Kelbach (dpa/lkb) - Die Redaktion plant für Montag unter anderem folgende Themen:\n\n"
    "Politik\n\n"
    "10.00 Uhr Kelbach: Sitzung des Stadtrats\n\n"
    "11.30 Uhr Mühlheim: Besuch der Ministerin in der neuen Schule am Markt\n\n"
    "Justiz\n\n"
    "09.30 Uhr Kelbach: Prozess um Betrug\n\n"
    "13.00 Uhr Kelbach: Urteil im Fall des Bauunternehmers aus dem Nachbarort Mühlheim\n"
)


def test_schedule_rows_are_paragraphs_and_their_titles_subheadings() -> None:
    article = wireparse.parse(DAYBOOK)
    assert rules_of(article)[2:] == [
        ("heading", "heading"),
        ("paragraph", "paragraph"),
        ("paragraph", "paragraph"),
        ("heading", "heading"),
        ("paragraph", "paragraph"),
        ("paragraph", "paragraph"),
    ]
    assert headings(article) == [None, "Politik", "Justiz"]


def test_a_list_of_latest_stories_with_bare_times_is_no_schedule() -> None:
    text = (
        "Ferry fares to rise\n\n"
        "PORTVALE — Ferry fares will rise in April, the harbour board said on Tuesday.\n\n"
        "The board blamed the cost of fuel.\n\n"
        "14:05 Storm cuts power to thousands on the coast\n\n"
        "13:40 Harbour tolls to rise next month after vote\n"
    )
    assert rules_of(wireparse.parse(text))[3:] == [
        ("furniture", "furniture.below_body"),
        ("furniture", "furniture.below_body"),
    ]


# --------------------------------------------------------------------------
# A web byline with no ``By``: names, a comma, a reporter's title
# --------------------------------------------------------------------------


def _headed(line: str) -> str:
    return (
        "School board delays vote on budget\n\n"
        f"{line}\n\n"
        "The Portvale school board put off a vote on next year's budget on Monday night.\n\n"
        "Board members said they needed more time to study the cuts.\n"
    )


@pytest.mark.parametrize(
    ("line", "names", "title", "organisation"),
    [
        ("Ada Roe, Staff Writer", ("Ada Roe",), "Staff Writer", None),
        ("Ada Roe and Tom Hale, Staff Writers", ("Ada Roe", "Tom Hale"), "Staff Writers", None),
        ("ADA ROE, SENIOR REPORTER", ("ADA ROE",), "SENIOR REPORTER", None),
        (
            "Ada Roe, Education Reporter, The Portvale Herald",
            ("Ada Roe",),
            "Education Reporter",
            "The Portvale Herald",
        ),
        ("Ada Roe — Staff Writer", ("Ada Roe",), "Staff Writer", None),
        ("Ada Roe | Staff Writer", ("Ada Roe",), "Staff Writer", None),
        ("Ada Roe, Associated Press", ("Ada Roe",), None, "Associated Press"),
        ("Ada Roe and Tom Hale, The Daily Star", ("Ada Roe", "Tom Hale"), None, "The Daily Star"),
        ("Anna Weber, dpa", ("Anna Weber",), None, "dpa"),
        ("Ada Roe for The Daily Star", ("Ada Roe",), None, "The Daily Star"),
    ],
)
def test_a_web_byline_without_by_is_the_byline(
    line: str, names: tuple[str, ...], title: str, organisation: str | None
) -> None:
    article = wireparse.parse(_headed(line))
    assert rules_of(article)[1] == ("byline", "byline")
    assert article.byline is not None
    assert article.byline.names == names
    assert article.byline.title == title
    assert article.byline.organisation == organisation


@pytest.mark.parametrize(
    "line",
    [
        "Ada Roe, mayor",
        "Ada Roe, Staff Photographer",
        "Ada Roe, 17, Portvale",
        "Ada Roe, Portvale",
        "Ada Roe, Kelbach Chess Club",
        "Ada Roe for the council",
        "Ada Roe | Treasurer",
    ],
)
def test_a_name_and_no_reporters_title_is_no_byline(line: str) -> None:
    assert parse_byline(line) is None
    assert wireparse.parse(_headed(line)).byline is None


def test_a_titled_name_in_the_body_is_no_byline() -> None:
    text = (
        "School board delays vote on budget\n\n"
        "By Lena Moss\n\n"
        "The Portvale school board put off a vote on next year's budget on Monday night.\n\n"
        "Tom Hale, Staff Writer\n\n"
        "Board members said they needed more time to study the cuts.\n"
    )
    article = wireparse.parse(text)
    assert article.byline is not None
    assert article.byline.names == ("Lena Moss",)
    assert [b.kind.value for b in article.blocks].count("byline") == 1


# --------------------------------------------------------------------------
# A page's reading time
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "headline", "lead", "more"),
    [
        (
            "Lesezeit: 2 Min.",
            "Stadtwerke erhöhen die Gaspreise",
            "Kelbach (dpa) - Die Stadtwerke Kelbach erhöhen zum 1. April die Gaspreise.",
            "Ein Haushalt zahlt damit rund 180 Euro mehr, teilte das Unternehmen mit.",
        ),
        (
            "Temps de lecture : 3 min",
            "La piscine de Brivaux ferme pour travaux",
            "Brivaux (AFP) - La piscine de Brivaux fermera en avril, a annoncé la mairie.",
            "Les travaux dureront dix-huit mois.",
        ),
        (
            "Lectura: 3 min.",
            "El puerto de Valdemora amplía su muelle",
            "Valdemora, 5 mar (EFE).- El puerto ampliará su muelle principal en junio.",
            "Las obras durarán un año.",
        ),
        (
            "5-minute read",
            "Gas prices to rise in Kelbach",
            "Gas prices in Kelbach will rise by a tenth in April, the city utility said.",
            "A household will pay about 180 euros more a year.",
        ),
    ],
)
def test_a_reading_time_is_furniture(line: str, headline: str, lead: str, more: str) -> None:
    article = wireparse.parse(f"{headline}\n\n{line}\n\n{lead}\n\n{more}\n")
    assert rules_of(article)[:3] == [
        ("headline", "headline"),
        ("furniture", "furniture"),
        ("paragraph", "paragraph.lead"),
    ]
    assert article.paragraphs[0].text == lead


# --------------------------------------------------------------------------
# A caption's credit with a short name in capitals before the slash
# --------------------------------------------------------------------------


def test_a_caption_credited_agency_first_is_a_caption() -> None:
    text = (
        "Valdemora cierra la playa por la contaminación\n\n"
        "Bañistas en la playa de Valdemora, en una imagen de archivo. EFE/Ana Ruiz\n\n"
        "Valdemora, 9 mar (EFE).- El ayuntamiento de Valdemora ha cerrado este lunes la "
        "playa del Puerto por la presencia de bacterias en el agua.\n\n"
        "Los análisis se repetirán el miércoles.\n"
    )
    assert rules_of(wireparse.parse(text))[1] == ("caption", "caption")


def test_a_poster_credited_source_first_is_a_caption() -> None:
    text = (
        "Harbor party fights the ferry tax\n\n"
        "The Harbor party has run many campaigns against the ferry tax since 2010.\n\n"
        '"No tax on the tide!" (2015). (PDQ/Harbor Review)\n\n'
        "The party won a third of the vote in the last election.\n"
    )
    article = wireparse.parse(text)
    assert rules_of(article)[2] == ("caption", "caption")
    assert [q.text for q in article.quotes] == []


# --------------------------------------------------------------------------
# A caption's own label for what its picture shows, or where each one stands
# --------------------------------------------------------------------------

SKATE_LEAD = (
    "Portvale opened its first public skate park on Sunday after a six-year campaign "
    "by local teenagers."
)


@pytest.mark.parametrize(
    "line",
    [
        "Pictured: Ada Roe at the opening of the park on Sunday.",
        "Above: Skaters try out the new ramps at Harbour Park.",
        "From left, Ada Roe, Tom Hale and Ivo Brenner cut the ribbon on Sunday.",
        "(L-R) Ada Roe, Tom Hale and Ivo Brenner.",
        "Left to right: Ada Roe, Tom Hale and Ivo Brenner.",
        "Main picture: The new ramps at Harbour Park on Sunday.",
    ],
)
def test_a_labelled_caption_above_the_lead_is_no_lead(line: str) -> None:
    text = (
        "Portvale opens its first skate park\n\n"
        "By Tom Hale\n\n"
        f"{line}\n\n"
        f"{SKATE_LEAD}\n\n"
        "The park cost $1.2 million.\n"
    )
    article = wireparse.parse(text)
    assert rules_of(article)[2:4] == [("caption", "caption"), ("paragraph", "paragraph.lead")]
    assert article.paragraphs[0].text == SKATE_LEAD


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("Im Bild: Die neue Brücke über den Fluss am Freitag.", "de"),
        ("Von links: Eva Kranz, Jan Roth und Anna Weber.", "de"),
        ("De gauche à droite : Paul Durand, Claire Dubois et Jean Martin.", "fr"),
        ("De izquierda a derecha, Lucía Pardo, Mario Gil y Ana Ruiz.", "es"),
    ],
)
def test_a_labelled_caption_between_paragraphs_is_a_caption(line: str, language: str) -> None:
    body = {
        "de": ("Die Brücke ist seit Freitag offen.", "Sie kostete zwölf Millionen Euro."),
        "fr": ("Le pont est ouvert depuis vendredi.", "Il a coûté douze millions d'euros."),
        "es": ("El puente está abierto desde el viernes.", "Costó doce millones de euros."),
    }[language]
    text = f"Neue Brücke\n\n{body[0]}\n\n{line}\n\n{body[1]}\n"
    assert rules_of(wireparse.parse(text))[2] == ("caption", "caption")


@pytest.mark.parametrize(
    "line",
    [
        "From left to right, politicians condemned the plan on Sunday.",
        "Above all, the teenagers never gave up on the park.",
    ],
)
def test_a_sentence_opening_like_a_label_is_no_caption(line: str) -> None:
    text = f"Portvale opens its first skate park\n\nBy Tom Hale\n\n{line}\n\n{SKATE_LEAD}\n"
    assert rules_of(wireparse.parse(text))[2] == ("paragraph", "paragraph.lead")


# --------------------------------------------------------------------------
# A caption's credit after a note in brackets on what the picture is
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Die Altstadt von Kelbach. (Archivbild) Foto: Jan Roth/dpa",
        "Ein Bus in der Altstadt. (Symbolbild) Foto: Anna Weber/dpa",
    ],
)
def test_a_credit_after_an_archive_note_ends_a_caption(line: str) -> None:
    text = (
        "Kelbach sperrt die Altstadt für Autos\n\n"
        "Von Anna Weber\n\n"
        f"{line}\n\n"
        "Die Altstadt von Kelbach wird vom Sommer an für Autos gesperrt. Das hat der "
        "Stadtrat am Donnerstag beschlossen.\n\n"
        "Anwohner dürfen weiter zu ihren Häusern fahren.\n"
    )
    article = wireparse.parse(text)
    assert rules_of(article)[2:4] == [("caption", "caption"), ("paragraph", "paragraph.lead")]


# --------------------------------------------------------------------------
# Timestamp lines of French, German and Spanish pages
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Le 9 mars 2026 à 18h05", dt.datetime(2026, 3, 9, 18, 5)),
        ("Am 9. März 2026, 18:05 Uhr", dt.datetime(2026, 3, 9, 18, 5)),
        ("El 9 de marzo de 2026 a las 18:05", dt.datetime(2026, 3, 9, 18, 5)),
        ("Publié le 10/03/2026 à 09h30, mis à jour à 11h15", dt.datetime(2026, 3, 10, 9, 30)),
        ("Publié le 10/03/2026 à 09h30", dt.datetime(2026, 3, 10, 9, 30)),
    ],
)
def test_a_language_timestamp_line_dates_the_story(line: str, published: dt.datetime) -> None:
    text = (
        "Brivaux : le tramway prolongé jusqu'à la gare\n\n"
        f"{line}\n\n"
        "La ligne de tramway de Brivaux sera prolongée jusqu'à la gare d'ici 2028, "
        "a annoncé mardi la métropole.\n\n"
        "Les travaux commenceront en 2027.\n"
    )
    article = wireparse.parse(text)
    assert rules_of(article)[1] == ("timestamp", "timestamp.language")
    assert article.published == published


@pytest.mark.parametrize(
    "line", ["Le 9 mars, la ville a voté.", "Am 9. März 2026 hat der Stadtrat entschieden"]
)
def test_a_sentence_opening_with_a_date_is_no_timestamp(line: str) -> None:
    assert language_timestamp(line) is None


# --------------------------------------------------------------------------
# A picture's caption with no credit over an undated lead
# --------------------------------------------------------------------------


def _over_lead(first: str, second: str) -> str:
    return (
        "Portvale opens its first skate park\n\n"
        "By Tom Hale\n\n"
        f"{first}\n\n"
        f"{second}\n\n"
        "The park cost $1.2 million and was paid for in part by a bake sale.\n"
    )


@pytest.mark.parametrize(
    ("caption", "lead"),
    [
        (
            "Skaters try out the new ramps at Harbour Park on Sunday.",
            "Portvale opened its first public skate park on Sunday after a six-year "
            "campaign by local teenagers.",
        ),
        (
            "Residents clear mud from a street in Dover on Friday.",
            "Floodwaters receded on Friday, leaving residents of Dover to clear mud "
            "and count the cost.",
        ),
        (
            "Voters queue outside a school in Kelbach on March 8.",
            "Voters in Kelbach approved a new dam on March 8 after a decade of argument.",
        ),
    ],
)
def test_a_scene_caption_over_the_lead_is_a_caption(caption: str, lead: str) -> None:
    article = wireparse.parse(_over_lead(caption, lead))
    assert rules_of(article)[2:4] == [
        ("caption", "caption.above_lead"),
        ("paragraph", "paragraph.lead"),
    ]
    assert article.paragraphs[0].text == lead


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # A day to come, in the present.
        (
            "The fair opens on Saturday with more rides.",
            "Organisers said they expect 40,000 visitors on Saturday alone, up from last year.",
        ),
        # The past.
        (
            "Skaters tried out the new ramps on Sunday.",
            "Portvale opened its first public skate park on Sunday after a long campaign.",
        ),
        # The paragraph under it names no day.
        (
            "Skaters try out the new ramps at Harbour Park on Sunday.",
            "The park was paid for in part by a bake sale run by local teenagers.",
        ),
        # A quotation.
        (
            '"We never gave up," skaters say on Sunday.',
            "Portvale opened its first public skate park on Sunday after a long campaign.",
        ),
        # A past spelt as the present.
        (
            "Portvale beat Kelbach 3-1 at the harbour ground on Sunday.",
            "Ada Roe scored twice on Sunday as Portvale climbed to second place in the table.",
        ),
        # Too short: a sentence summing the story up.
        (
            "Markets fall sharply on Monday.",
            "Stock markets fell sharply on Monday as investors worried about rates.",
        ),
    ],
)
def test_the_lead_stays_the_lead(first: str, second: str) -> None:
    article = wireparse.parse(_over_lead(first, second))
    assert rules_of(article)[2] == ("paragraph", "paragraph.lead")
    assert article.paragraphs[0].text == first


# --------------------------------------------------------------------------
# Sentences of the story that open like a label or a credit
# --------------------------------------------------------------------------


def _in_body(line: str) -> str:
    return (
        "Ferry fares to rise\n\n"
        "By Tom Hale\n\n"
        "PORTVALE — Ferry fares will rise in April, the harbour board said on Tuesday.\n\n"
        f"{line}\n\n"
        "The board blamed fuel costs for the rise, the first in three years.\n"
    )


@pytest.mark.parametrize(
    "line",
    [
        "Sponsored by the harbour board, the race draws 400 rowers each year.",
        "Reporting by the Gazette prompted the inquiry.",
        "Reporting by the Courier led to the harbour master's arrest.",
    ],
)
def test_a_sentence_opening_like_a_label_or_credit_is_a_paragraph(line: str) -> None:
    article = wireparse.parse(_in_body(line))
    assert rules_of(article)[3] == ("paragraph", "paragraph")
    assert article.paragraphs[1].text == line


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Sponsored by Harbor Bank", ("furniture", "furniture")),
        ("Sponsored by Harbor Bank, Portvale Ferries and the Gazette", ("furniture", "furniture")),
        ("Reporting by Ada Roe; Editing by Tom Hale", ("credit", "credit")),
        (
            "(Reporting by Ada Roe; additional reporting by Ivo Brenner; edited by Tom Hale)",
            ("credit", "credit"),
        ),
    ],
)
def test_labels_and_credits_stay_so(line: str, kind: tuple[str, str]) -> None:
    assert rules_of(wireparse.parse(_in_body(line)))[3] == kind


# --------------------------------------------------------------------------
# A caption's label in German or Spanish
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line", ["Foto: Die Brücke im Bau.", "Bild: Die Brücke im Bau", "Imagen: El puente en obras."]
)
def test_a_picture_label_in_another_language_opens_a_caption(line: str) -> None:
    text = (
        "Neue Brücke eröffnet\n\n"
        "Mühlheim (dpa) - Die neue Brücke in Mühlheim ist am Freitag eröffnet worden.\n\n"
        f"{line}\n\n"
        "Die alte Brücke war 2019 gesperrt worden, sagte ein Sprecher.\n"
    )
    assert rules_of(wireparse.parse(text))[2] == ("caption", "caption")


# --------------------------------------------------------------------------
# The labels of a page's buttons and notices
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Join the conversation",
        "Report an error",
        "Link copied",
        "Gift this article",
        "Editor's picks",
        "Continue reading",
        "Show comments",
        "Hide caption",
        "Enlarge this image",
        "Already a subscriber? Log in",
        "Article continues below",
        "Your browser does not support the video tag.",
        "JOIN THE CONVERSATION",
        "Newsletter abonnieren",
        "Partager cet article",
    ],
)
def test_a_button_or_notice_between_paragraphs_is_furniture(line: str) -> None:
    article = wireparse.parse(_in_body(line))
    assert rules_of(article)[3] == ("furniture", "furniture")
    assert headings(article) == [None]


def test_a_sentence_about_reading_is_a_paragraph() -> None:
    line = "Continue reading the report and you find the ferry lost money in 2025."
    assert rules_of(wireparse.parse(_in_body(line)))[3] == ("paragraph", "paragraph")
