"""German perfect tags, compound cues as written, the gender given names tell (issue 14)."""

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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kelbach (dpa) - Jan Ott und Ilse Brandt haben am Montag den Hafen besucht. "
            "Auch Tobias Krämer kam.\n\n„Wir bleiben“, sagte sie.\n\n„Ich auch“, sagte er.\n",
            ["Ilse Brandt", "Tobias Krämer"],
        ),
        (
            "Kelbach (dpa) - Der Stadtrat tagte am Montag. Jan Ott sprach zuerst. "
            "Auch Ilse Brandt kam.\n\n„Wir halten durch“, sagte er.\n",
            ["Jan Ott"],
        ),
        (
            "BREST (AFP) - Paul Roux et Odile Martin ont visité le port lundi matin.\n\n"
            "« Nous resterons », a-t-elle dit.\n\n« Moi aussi », a-t-il ajouté.\n",
            ["Odile Martin", "Paul Roux"],
        ),
    ],
)
def test_a_given_name_tells_a_pronouns_antecedent(text: str, expected: list[str]) -> None:
    # With no article, honorific or title, a common given name tells the
    # person's gender (lists given_names_female, given_names_male).
    assert speakers(text) == expected


def test_a_surname_alone_tells_no_gender() -> None:
    # "Otto" is a man's given name but here a woman's surname: only the first
    # word of a full name is read.
    text = (
        "Kelbach (dpa) - Die Ärztin Carla Otto hat am Montag die Klinik eröffnet. "
        "Otto kam mit dem Rad.\n\n„Wir sind bereit“, sagte sie.\n"
    )
    assert speakers(text) == ["Carla Otto"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "MADRID, 3 ene (EFE).- Luis Gil y Ana Pardo visitaron el puerto el lunes.\n\n"
            "«Seguimos», dijo él.\n\n«Yo también», dijo ella.\n",
            ["Luis Gil", "Ana Pardo"],
        ),
        (
            "MADRID, 3 ene (EFE).- El filósofo Tomás Ortega y Gasset escribió mucho.\n\n"
            "«La vida es así», dijo Ortega y Gasset.\n",
            ["Tomás Ortega y Gasset"],
        ),
    ],
)
def test_a_given_name_after_y_is_a_second_person(text: str, expected: list[str]) -> None:
    # "y" joins two surnames ("Ortega y Gasset"), but a given name and a
    # surname after it are a second person.
    assert speakers(text) == expected
