"""German tags in the perfect, and the cue of a compound tense as written (issue 14)."""

from __future__ import annotations

import pytest

import wireparse

from .speaker_helpers import speakers

DE_LEAD = (
    "Kelbach (dpa) - Der Bürgermeister Jan Ott hat am Montag vor dem Rat der Stadt "
    "den Haushalt verteidigt. Auch die Kämmerin Ilse Brandt sprach.\n\n"
)


@pytest.mark.parametrize(
    ("tag", "speaker"),
    [
        ("hat Bürgermeister Jan Ott gesagt", "Jan Ott"),
        ("hat Ott am Abend gesagt", "Jan Ott"),
        ("hat Brandt dem Sender erklärt", "Ilse Brandt"),
        ("hat er gesagt", "Jan Ott"),
        ("haben die Stadtwerke mitgeteilt", "die Stadtwerke"),
    ],
)
def test_a_german_tag_in_the_perfect_names_its_subject(tag: str, speaker: str) -> None:
    # "„…“, hat Jan Ott gesagt.": the auxiliary first, the subject, the
    # participle of a cue verb last.
    text = DE_LEAD + f"„Wir sparen nicht an den Schulen“, {tag}.\n"
    assert speakers(text) == [speaker]


def test_a_german_auxiliary_without_a_cue_participle_is_no_tag() -> None:
    # "hat Ott das Ziel genannt" is no speech tag ("genannt" is no cue verb).
    text = DE_LEAD + "„Wir sparen nicht an den Schulen“, hat Ott das Ziel genannt.\n"
    assert speakers(text) == [None]


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        (
            "PARIS (AFP) - Le maire a parlé lundi devant le conseil municipal réuni.\n\n"
            "« Nous tiendrons », a déclaré le maire Paul Roux.\n\n"
            "« Rien ne change », a-t-il ajouté.\n\n« Non », dit-il.\n",
            ["a déclaré", "a-t-il ajouté", "dit-il"],
        ),
        (
            "MADRID, 3 ene (EFE).- El alcalde habló el lunes ante el pleno reunido.\n\n"
            "«Resistiremos», ha declarado el alcalde Luis Gil.\n\n"
            "«Nada cambia», ha añadido.\n\n«No», dijo.\n",
            ["ha declarado", "ha añadido", "dijo"],
        ),
        (DE_LEAD + "„Wir sparen nicht“, hat Ott gesagt.\n", ["hat"]),
    ],
)
def test_the_cue_of_a_compound_tense_is_the_auxiliary_and_its_participle(
    text: str, cues: list[str]
) -> None:
    article = wireparse.parse(text)
    assert [q.cue for q in article.quotes] == cues
    for quote in article.quotes:
        assert quote.cue_span is not None
        assert article.source[quote.cue_span.start : quote.cue_span.end] == quote.cue
