"""Sixteenth round of probed structure conventions of German, French and Spanish copy.

Every text here is invented: it imitates a convention of Mexican, Argentine
and Canadian wire copy, and none is copied from a real article.
"""

from __future__ import annotations

import wireparse

# --------------------------------------------------------------------------
# Latin American and Canadian agencies: Notimex, Télam, La Presse Canadienne
# --------------------------------------------------------------------------


def test_a_notimex_dateline_with_the_month_written_out() -> None:
    text = (
        "Cierran por lluvias el puerto de Bahía Serena\n\n"
        "Monterrey, 3 de marzo (Notimex).- La Capitanía de Puerto cerró este "
        "martes la navegación a embarcaciones menores por las lluvias en la costa.\n"
    )
    article = wireparse.parse(text)
    assert article.dateline is not None
    assert article.dateline.text == "Monterrey, 3 de marzo (Notimex).-"
    assert article.dateline.place == "Monterrey"
    assert article.agency == "Notimex"
    assert article.language == "es"


def test_a_telam_dateline_with_the_accent_or_without() -> None:
    for tag in ("Télam", "Telam"):
        text = (
            "Reabren el paso fronterizo de Los Cóndores\n\n"
            f"Mendoza, 12 de enero ({tag}).- El paso fronterizo de Los Cóndores "
            "volvió a habilitarse este domingo tras la nevada del fin de semana.\n"
        )
        article = wireparse.parse(text)
        assert article.dateline is not None
        assert article.dateline.text == f"Mendoza, 12 de enero ({tag}).-"
        assert article.agency == "Télam"


def test_a_short_brief_of_notimex_is_spanish_by_its_agency() -> None:
    article = wireparse.parse("Toluca, 4 de mayo (Notimex).- La obra sigue.\n")
    assert article.agency == "Notimex"
    assert article.language == "es"


def test_la_presse_canadienne_signing_a_french_story_is_the_canadian_press() -> None:
    text = (
        "Le traversier du Cap-Blanc reprend du service\n\n"
        "RIMOUSKI, Québec — Le traversier reliant Rimouski au Cap-Blanc a repris "
        "du service lundi, après trois semaines de réparations au chantier de "
        "Lévis.\n\n"
        "La société de traversiers prévoit six départs par jour jusqu'en avril.\n\n"
        "La Presse Canadienne\n"
    )
    article = wireparse.parse(text)
    assert article.agency == "Canadian Press"
    assert [p.text for p in article.paragraphs][-1] == (
        "La société de traversiers prévoit six départs par jour jusqu'en avril."
    )
