"""Body integrity of web copies of wire stories: share buttons, galleries, bylines, times.

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


def kinds(article: wireparse.Article) -> list[tuple[str, str]]:
    """The (kind, text) of each block, in order."""
    return [(b.kind.value, b.text) for b in article.blocks]


# --------------------------------------------------------------------------
# A run of share buttons between paragraphs
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Share on Facebook", "Share on Twitter"),
        ("Share on X", "Share via Email"),
        ("Auf Facebook teilen", "Auf X teilen"),
        ("Per WhatsApp teilen", "Auf Facebook teilen"),
        ("Partager sur Facebook", "Partager par courriel"),
        ("Compartir en Facebook", "Compartir en WhatsApp"),
    ],
)
def test_a_run_of_share_buttons_is_furniture(first: str, second: str) -> None:
    text = (
        "Ferry fares to rise in May\n\n"
        "PORTVALE — Ferry fares will rise by a tenth in May, the harbour board said on Tuesday.\n\n"
        f"{first}\n\n{second}\n\n"
        "The board blamed the price of fuel.\n"
    )
    article = wireparse.parse(text)
    assert kinds(article)[2:] == [
        ("furniture", first),
        ("furniture", second),
        ("paragraph", "The board blamed the price of fuel."),
    ]
    assert article.sections[0].heading is None
    assert len(article.sections) == 1


def test_a_subheading_about_sharing_stays_a_subheading() -> None:
    text = (
        "Clubs to share the town pitch\n\n"
        "PORTVALE — Two clubs will share the town pitch from next season, the council said.\n\n"
        "Share and share alike\n\n"
        "The clubs agreed to split the cost of a new stand between them.\n"
    )
    article = wireparse.parse(text)
    assert [s.heading for s in article.sections] == [None, "Share and share alike"]


# --------------------------------------------------------------------------
# A German gallery's link between paragraphs
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "link",
    [
        "Fotos: So sieht es in der Altstadt aus",
        "Bilderstrecke: Die schönsten Kostüme",
        "Bildergalerie: Der erste Messetag",
        "Fotostrecke: Der Umzug durch Kelbach",
    ],
)
def test_a_german_gallery_link_is_furniture(link: str) -> None:
    text = (
        "Hochwasser in Kelbach\n\n"
        "KELBACH (dpa) - Das Hochwasser der Aller hat in Kelbach mehrere Straßen überflutet.\n\n"
        "Die Feuerwehr pumpte die Keller aus.\n\n"
        f"{link}\n\n"
        "Am Abend sank der Pegel wieder.\n"
    )
    article = wireparse.parse(text)
    assert kinds(article)[3:] == [
        ("furniture", link),
        ("paragraph", "Am Abend sank der Pegel wieder."),
    ]
    assert [s.heading for s in article.sections] == [None]


def test_a_caption_labelled_foto_stays_a_caption() -> None:
    text = (
        "Hochwasser in Kelbach\n\n"
        "KELBACH (dpa) - Das Hochwasser der Aller hat in Kelbach mehrere Straßen überflutet.\n\n"
        "Foto: Die überflutete Altstadt am Montag.\n\n"
        "Am Abend sank der Pegel wieder.\n"
    )
    article = wireparse.parse(text)
    assert kinds(article)[2][0] == "caption"


# --------------------------------------------------------------------------
# A byline without ``By`` set over two lines
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "title"),
    [("Ada Roe", "Staff Writer"), ("Tom Hale", "Transport Reporter")],
)
def test_a_name_over_a_job_title_is_the_byline(name: str, title: str) -> None:
    text = (
        "Harbour wall to be rebuilt\n\n"
        f"{name}\n\n{title}\n\n"
        "PORTVALE — The harbour wall will be rebuilt next year, the council said on Monday.\n\n"
        "The work will take six months.\n"
    )
    article = wireparse.parse(text)
    assert rules_of(article)[1:4] == [
        ("byline", "byline.titled"),
        ("byline", "byline.continued"),
        ("paragraph", "paragraph.lead"),
    ]
    assert article.byline is not None
    assert article.byline.names == (name,)
    assert article.byline.title == title


def test_a_by_line_over_a_job_title_keeps_its_name() -> None:
    byline = parse_byline("By Ada Roe\nStaff Writer")
    assert byline is not None
    assert byline.names == ("Ada Roe",)
    assert byline.title == "Staff Writer"
    assert byline.organisation is None


def test_a_name_over_a_picture_credit_is_no_byline() -> None:
    text = (
        "Harbour wall to be rebuilt\n\n"
        "Ada Roe\n\nStaff Photographer\n\n"
        "PORTVALE — The harbour wall will be rebuilt next year, the council said on Monday.\n"
    )
    assert wireparse.parse(text).byline is None


# --------------------------------------------------------------------------
# The update on the publication's line, a time alone
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "published", "updated"),
    [
        (
            "Publié le 9 mars 2026 à 18h05, mis à jour à 21h15",
            dt.datetime(2026, 3, 9, 18, 5),
            dt.datetime(2026, 3, 9, 21, 15),
        ),
        (
            "Publié le 12 avril 2026 à 07h30 - Mis à jour à 09h45",
            dt.datetime(2026, 4, 12, 7, 30),
            dt.datetime(2026, 4, 12, 9, 45),
        ),
        (
            "Publié le 9 mars 2026 à 18h05, mis à jour le 10 mars 2026 à 08h00",
            dt.datetime(2026, 3, 9, 18, 5),
            dt.datetime(2026, 3, 10, 8, 0),
        ),
        (
            "Publié le 9 mars 2026 à 23h50, mis à jour à 00h15",
            dt.datetime(2026, 3, 9, 23, 50),
            None,
        ),
    ],
)
def test_the_update_on_the_publication_line(
    line: str, published: dt.datetime, updated: dt.datetime | None
) -> None:
    text = (
        "Incendie dans un entrepôt de Portvale\n\n"
        f"{line}\n\n"
        "PORTVALE (AFP) - Un incendie a détruit un entrepôt du port lundi soir.\n\n"
        "Aucun blessé n'est à déplorer.\n"
    )
    article = wireparse.parse(text)
    assert article.published == published
    assert article.updated == updated
