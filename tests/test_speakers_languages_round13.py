"""Thirteenth round of probed conventions of German, French and Spanish speakers.

Every article here is invented; each test pins one convention of the
language's wire copy (a German relative clause after the speaker's role)
with the exact speaker expected.
"""

from __future__ import annotations

import wireparse


def speakers(text: str, language: str | None = None) -> list[str | None]:
    article = wireparse.parse(text, language=language)
    return [q.speaker.name if q.speaker else None for q in article.quotes]


# ------------------------------------------------ German


def test_german_relative_clause_after_an_epithet_names_someone_else() -> None:
    text = (
        "Kelbach (dpa) - Der SC Kelbach hat sein Heimspiel verloren. Trainer Holger "
        "Amselfeld blieb gelassen. „Wir lernen daraus“, sagte der 61-Jährige, den "
        "Klubchef Udo Brenner erst im Mai geholt hatte.\n"
    )
    assert speakers(text, "de") == ["Holger Amselfeld"]


def test_german_relative_clause_in_the_dative_after_a_role() -> None:
    text = (
        "Kelbach (dpa) - Die Stadt Kelbach baut ein neues Bad. „Wir sind im Zeitplan“, "
        "sagte der Bauleiter, dem Stadtrat Ole Wendel am Montag gedankt hatte.\n"
    )
    assert speakers(text, "de") == ["der Bauleiter"]


def test_german_apposition_in_the_nominative_still_names_the_role() -> None:
    text = (
        "Kelbach (dpa) - Die Stadt Kelbach baut ein neues Bad. „Wir sind im Zeitplan“, "
        "sagte der Bauleiter, Ole Wendel, am Montag.\n"
    )
    assert speakers(text, "de") == ["Ole Wendel"]
