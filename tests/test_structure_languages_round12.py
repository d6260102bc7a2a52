"""Twelfth round of probed structure conventions of German, French and Spanish copy.

Every text here is invented: it imitates a convention of dpa, APA, AFP,
Belga, EFE and Europa Press copy as web pages carry it, and none is copied
from a real article.
"""

from __future__ import annotations

import pytest

import wireparse


def kinds(article: wireparse.Article) -> list[tuple[str, str]]:
    """The (kind, text) of each block, in order."""
    return [(b.kind.value, b.text) for b in article.blocks]


# --------------------------------------------------------------------------
# A German caption of a series of pictures, labelled "Fotos:"
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Fotos: Die neue Fähre bei ihrer ersten Fahrt über den Kelbacher See.",
        "Bilder: Helfer räumen am Montag die Uferstraße in Kelbach.",
        "Fotos: Ina Vogt/dpa",
    ],
)
def test_a_german_caption_of_a_series_is_a_caption(line: str) -> None:
    text = (
        "Neue Fähre für Kelbach\n\n"
        "Kelbach (dpa) - Auf dem Kelbacher See fährt seit Montag eine neue Fähre.\n\n"
        f"{line}\n\n"
        "Sie bietet Platz für 40 Autos.\n"
    )
    article = wireparse.parse(text)
    assert kinds(article)[2:] == [
        ("caption", line),
        ("paragraph", "Sie bietet Platz für 40 Autos."),
    ]
    assert [p.text for p in article.paragraphs][-1] == "Sie bietet Platz für 40 Autos."
    assert len(article.paragraphs) == 2


def test_a_german_gallery_link_is_still_no_caption() -> None:
    text = (
        "Neue Fähre für Kelbach\n\n"
        "Kelbach (dpa) - Auf dem Kelbacher See fährt seit Montag eine neue Fähre.\n\n"
        "Fotos: So sieht die neue Fähre von innen aus\n\n"
        "Sie bietet Platz für 40 Autos.\n"
    )
    article = wireparse.parse(text)
    assert kinds(article)[2] == ("furniture", "Fotos: So sieht die neue Fähre von innen aus")


# --------------------------------------------------------------------------
# Spanish and French gallery and video links between the paragraphs
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "link",
    [
        "GALERÍA: Así quedó el paseo marítimo tras el temporal",
        "Fotogalería: Los vecinos achican agua en Puertolindo",
        "EN IMÁGENES - El temporal en la costa de Puertolindo",
        "Vídeo: Las olas superan el espigón",
    ],
)
def test_a_spanish_gallery_link_is_furniture(link: str) -> None:
    text = (
        "El temporal deja daños en Puertolindo\n\n"
        "Puertolindo, 7 dic (EFE).- El temporal de viento dejó este lunes daños en el "
        "paseo marítimo de Puertolindo, según informó el ayuntamiento.\n\n"
        f"{link}\n\n"
        "Los bomberos realizaron más de cuarenta salidas durante la noche.\n"
    )
    article = wireparse.parse(text)
    assert kinds(article)[2:] == [
        ("furniture", link),
        ("paragraph", "Los bomberos realizaron más de cuarenta salidas durante la noche."),
    ]
    assert [s.heading for s in article.sections] == [None]


@pytest.mark.parametrize(
    "link",
    [
        "DIAPORAMA : Le port de Kervallec sous la neige",
        "EN VIDÉO - Les chasse-neige dégagent la route du col",
    ],
)
def test_a_french_gallery_link_is_furniture(link: str) -> None:
    text = (
        "La neige paralyse Kervallec\n\n"
        "KERVALLEC, 7 décembre 2026 (AFP) - La neige est tombée en abondance lundi sur "
        "Kervallec, où les écoles sont restées fermées.\n\n"
        f"{link}\n\n"
        "Les services de la ville ont salé les routes pendant toute la nuit.\n"
    )
    article = wireparse.parse(text)
    assert kinds(article)[2:] == [
        ("furniture", link),
        ("paragraph", "Les services de la ville ont salé les routes pendant toute la nuit."),
    ]
    assert [s.heading for s in article.sections] == [None]
