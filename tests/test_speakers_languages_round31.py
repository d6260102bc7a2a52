"""Conventions of German, French and Spanish speakers from the lead's round 31.

Every article here is invented; each test pins one convention of the
language's wire copy with the exact speaker expected.
"""

from __future__ import annotations

from tests.speaker_helpers import quote_rules as rules
from tests.speaker_helpers import speakers

# ------------------------------------------------ a new source in a sentence of her own


def test_german_new_source_named_in_a_sentence_of_her_own_after_a_speaker() -> None:
    text = (
        "Lübeck (dpa/lno) - Der Umbau des Bahnhofs verzögert sich.\n\n"
        "„Wir brauchen mehr Zeit“, sagte Baudezernent Falk Rosswinkel am Dienstag.\n\n"
        "Die Pendlerin Wiebke Harms fährt jeden Tag nach Hamburg. „Seit Monaten fallen "
        "die Züge aus.“\n"
    )
    assert speakers(text, "de") == ["Falk Rosswinkel", "Wiebke Harms"]
    assert rules(text, "de")[-1] == ("carry.sentence_subject",)


def test_german_first_source_named_in_a_sentence_of_her_own() -> None:
    text = (
        "Lübeck (dpa/lno) - Der Umbau des Bahnhofs verzögert sich.\n\n"
        "Die Pendlerin Wiebke Harms fährt jeden Tag nach Hamburg. „Seit Monaten fallen "
        "die Züge aus.“\n"
    )
    assert speakers(text, "de") == ["Wiebke Harms"]


def test_french_new_source_named_in_a_sentence_of_her_own() -> None:
    text = (
        "RENNES, 7 déc 2026 (AFP) - Les travaux de la gare prennent du retard.\n\n"
        "« Il nous faut du temps », a déclaré l'adjoint Paul Lemarec mardi.\n\n"
        "La navetteuse Odile Kerbrat prend le train chaque matin. « Depuis des mois, "
        "les trains sont annulés. »\n"
    )
    assert speakers(text, "fr") == ["Paul Lemarec", "Odile Kerbrat"]


def test_spanish_new_source_named_in_a_sentence_of_her_own() -> None:
    text = (
        "BILBAO, 7 dic (EFE).- Las obras de la estación se retrasan.\n\n"
        "«Necesitamos más tiempo», afirmó el concejal Iker Zubiaur el martes.\n\n"
        "La viajera Nerea Olabarri toma el tren cada mañana. «Desde hace meses se "
        "cancelan los trenes».\n"
    )
    assert speakers(text, "es") == ["Iker Zubiaur", "Nerea Olabarri"]


def test_a_sentence_naming_someone_as_an_object_gives_no_new_source() -> None:
    text = (
        "Lübeck (dpa/lno) - Der Umbau des Bahnhofs verzögert sich.\n\n"
        "„Wir brauchen mehr Zeit“, sagte Baudezernent Falk Rosswinkel am Dienstag.\n\n"
        "Der Stadtrat hat Wiebke Harms angehört. „Der Zeitplan war nie realistisch.“\n"
    )
    assert speakers(text, "de")[-1] != "Wiebke Harms"


# ------------------------------------------------ German tags of reported speech


def test_german_tag_in_the_perfect_names_the_reported_speaker() -> None:
    text = (
        "Lübeck (dpa/lno) - Der Umbau des Bahnhofs verzögert sich.\n\n"
        "Der Plan sei zu knapp, hat auch Wiebke Harms vom Fahrgastverband festgestellt. "
        "„Niemand hat uns gefragt.“\n"
    )
    assert speakers(text, "de") == ["Wiebke Harms"]


def test_german_affiliation_between_name_and_verb() -> None:
    text = (
        "Lübeck (dpa/lno) - Der Umbau des Bahnhofs verzögert sich.\n\n"
        "„Wir brauchen mehr Zeit“, sagte Baudezernent Falk Rosswinkel am Dienstag. "
        "Wiebke Harms vom Fahrgastverband Lübeck sagt, der Plan sei zu knapp. "
        "„Niemand hat uns gefragt.“\n"
    )
    assert speakers(text, "de") == ["Falk Rosswinkel", "Wiebke Harms"]
