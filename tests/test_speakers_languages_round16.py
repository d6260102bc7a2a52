"""Sixteenth round of probed conventions of German, French and Spanish speakers.

Every article here is invented; each test pins one convention of the
language's wire copy (unions and strikes, transport, churches) with the
exact speaker expected.
"""

from __future__ import annotations

import wireparse


def speakers(text: str, language: str | None = None) -> list[str | None]:
    article = wireparse.parse(text, language=language)
    return [q.speaker.name if q.speaker else None for q in article.quotes]


# ------------------------------------------------ a participle as the demonstrative


def test_spanish_dichas_fuentes_opening_the_sentence_call_back_the_sources() -> None:
    text = (
        "Valdora, 7 dic (EFE).- El alcalde de Valdora, Tomás Ribera, inauguró el "
        "nuevo puerto deportivo. «Es un día histórico», dijo Ribera.\n\n"
        "Fuentes de la Autoridad Portuaria confirmaron el retraso de las obras del "
        "dique. Dichas fuentes aseguraron que el dique estará listo «en primavera».\n"
    )
    assert speakers(text, "es") == ["Tomás Ribera", "fuentes de la Autoridad Portuaria"]


def test_spanish_dicho_portavoz_in_the_tag_calls_back_the_spokesman() -> None:
    text = (
        "Valdora, 7 dic (EFE).- La consejera Elena Bravo visitó la planta. «Hay "
        "futuro», dijo Bravo.\n\n"
        "Un portavoz de la empresa Ferralia explicó la situación. «Nadie perderá "
        "su empleo», precisó dicho portavoz.\n"
    )
    assert speakers(text, "es") == ["Elena Bravo", "un portavoz de la empresa Ferralia"]
