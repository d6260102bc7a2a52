"""Conventions of Spanish and French speakers probed in stop 30.

Every article here is invented; each test pins one convention of the
language's wire copy with the exact speaker expected.
"""

from __future__ import annotations

import pytest

from tests.speaker_helpers import speakers


@pytest.mark.parametrize("connector", ["Por su parte", "Por otro lado", "Asimismo"])
def test_spanish_subject_after_a_connector_takes_the_subjectless_tag(connector: str) -> None:
    """``Por su parte, la portavoz ..., Elena Ríos, acusó ... «…», dijo.``: Elena Ríos."""
    text = (
        "Valdemora, 4 mar (EFE).- El alcalde de Valdemora, Tomás Ureña, defendió el plan. "
        "«Es lo que necesita el pueblo», aseguró Ureña.\n\n"
        f"{connector}, la concejala de la oposición, Marta Ibarra, acusó al alcalde de "
        "actuar tarde. "
        "«Nadie ha visto las cuentas», dijo.\n"
    )
    assert speakers(text, "es") == ["Tomás Ureña", "Marta Ibarra"]


def test_french_subject_after_a_connector_takes_the_pronoun_tag() -> None:
    """``De son côté, l'adjointe, Claire Vasseur, a critiqué ... « … », a-t-elle dit.``.

    (The French pronoun finds her by its gender already; pinned beside the
    Spanish case.)
    """
    text = (
        "Rivemont (AFP) - Le maire de Rivemont, Paul Ferrand, a défendu le projet. "
        "« C'est une chance pour la ville », a déclaré M. Ferrand.\n\n"
        "De son côté, l'adjointe à l'urbanisme, Claire Vasseur, a critiqué le calendrier. "
        "« Rien n'est prêt », a-t-elle dit.\n"
    )
    assert speakers(text, "fr") == ["Paul Ferrand", "Claire Vasseur"]


def test_spanish_long_role_before_the_name_in_commas() -> None:
    """A role with two complements (``del partido en el Parlamento``) before the name."""
    text = (
        "Valdemora, 4 mar (EFE).- El Gobierno regional aprobó el presupuesto. "
        "«Son unas cuentas realistas», afirmó el consejero Luis Prado.\n\n"
        "La portavoz del Partido Verde en el Parlamento regional, Nerea Olaso, votó en contra. "
        "«Se olvidan del campo», señaló.\n"
    )
    assert speakers(text, "es") == ["Luis Prado", "Nerea Olaso"]


def test_spanish_agency_called_back_by_its_noun() -> None:
    """``la agencia`` after ``la Agencia Regional del Agua`` is that agency."""
    text = (
        "Valdemora, 4 mar (EFE).- Los embalses están al 30 %, según la Agencia Regional "
        "del Agua. La agencia advirtió de que «no se esperan lluvias en marzo».\n"
    )
    assert speakers(text, "es") == ["Agencia Regional del Agua"]
