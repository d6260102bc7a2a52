"""Fifteenth round of probed structure conventions of German, French and Spanish copy.

Every text here is invented: it imitates a convention of dpa, AFP and EFE
interviews, and none is copied from a real article.
"""

from __future__ import annotations

import wireparse
from wireparse.structure.rules import INTERVIEW_QUESTION

# --------------------------------------------------------------------------
# An interview run as questions and answers: the question's label
# --------------------------------------------------------------------------


def _kinds(text: str) -> list[str]:
    return [b.kind.value for b in wireparse.parse(text).blocks]


def test_a_german_interviewers_question_is_a_paragraph_not_a_subheading() -> None:
    text = (
        "Vulkanologe: „Der Berg bleibt unruhig“\n\n"
        "Lindholm (dpa) - Der Vulkanologe Sören Thalacker beobachtet seit Jahren den "
        "Feuerberg auf der Insel Varnø. Im dpa-Interview spricht er über die Gefahr.\n\n"
        "Frage: Wie gefährlich ist der Berg?\n\n"
        "Antwort: „Im Moment besteht keine akute Gefahr für die Bewohner.“\n\n"
        "Frage: Wann bricht er aus?\n\n"
        "Antwort: „Das kann niemand seriös vorhersagen.“\n"
    )
    assert _kinds(text) == ["headline"] + ["paragraph"] * 5


def test_a_spanish_interviewers_question_under_its_letter_is_a_paragraph() -> None:
    text = (
        "Rocío Albarracín: «El lince ya no está en peligro crítico»\n\n"
        "Córdoba, 7 dic (EFE).- La bióloga Rocío Albarracín dirige desde hace "
        "doce años el programa de cría del lince en Sierra Morena.\n\n"
        "Pregunta: ¿Cuántos ejemplares hay hoy?\n\n"
        "Respuesta: «Más de dos mil, cuando en 2002 no llegaban a cien.»\n\n"
        "P: ¿Qué amenaza queda?\n\n"
        "R: «Los atropellos, sobre todo en las carreteras comarcales.»\n"
    )
    article = wireparse.parse(text)
    assert [b.kind.value for b in article.blocks] == ["headline"] + ["paragraph"] * 5
    assert article.paragraphs[3].text == "P: ¿Qué amenaza queda?"


def test_the_letter_alone_before_no_question_marks_no_question() -> None:
    text = (
        "Festival de Otoño presenta su cartel\n\n"
        "Madrid, 7 dic (EFE).- El Festival de Otoño ha presentado su cartel. Habrá 40 "
        "funciones.\n\n"
        "Contacto de prensa: Lucía Ferrer\n\n"
        "P: +34 600 000 000\n"
    )
    article = wireparse.parse(text)
    # A press contact and its number (round 20: "Contacto de prensa:" is a
    # contact label), no interview question and answer.
    assert [(b.kind.value, b.rule) for b in article.blocks[2:]] == [
        ("contact", "contact.release"),
        ("contact", "contact.continued"),
    ]
    assert INTERVIEW_QUESTION.match("P: ¿Y el precio?") is not None


def test_the_french_question_label_is_still_the_interviewers() -> None:
    text = (
        "Glaciers: « Le recul s'accélère »\n\n"
        "SION, 7 déc 2026 (ATS) - La glaciologue Mathilde Zufferey mesure chaque "
        "année le glacier de la Vièze.\n\n"
        "Question : Combien a-t-il perdu ?\n\n"
        "Réponse : « Quarante mètres en un seul été. »\n"
    )
    assert _kinds(text) == ["headline", "paragraph", "paragraph", "paragraph"]
