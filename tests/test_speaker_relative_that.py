"""A restrictive relative clause on ``that`` between a described source and its cue.

News copy describes a body or a group by what it does, in a clause on
``that`` without commas: ``the union that represents the drivers said``.
The cue's subject is the phrase before ``that``, not the clause's object.
"""

from __future__ import annotations

import pytest

from tests.speaker_helpers import last_quote

LEAD = "Ferrow Shipping said Monday it would close two depots.\n\n"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            'The union that represents the loaders said the plan was "a slap in the face."',
            "the union",
        ),
        ('"We will take this to court," the union that represents the loaders said.', "the union"),
        (
            'A coalition that speaks for the river towns called the closures "a quiet disaster."',
            "a coalition",
        ),
        (
            'The agency that runs the port said the move was "regrettable but long expected."',
            "the agency",
        ),
        # "the company" is then the company of the lead.
        (
            'The company that owns both depots said it was "reviewing every lease."',
            "Ferrow Shipping",
        ),
    ],
)
def test_that_clause_is_skipped_back_to_its_subject(body: str, speaker: str) -> None:
    name, _, rules = last_quote(LEAD, body)
    assert name == speaker
    assert "mention.subject_relative" in rules


def test_an_object_clause_keeps_its_own_subject() -> None:
    body = 'It was a plan that analysts said was "dead on arrival at the harbour board."'
    name, _, rules = last_quote(LEAD, body)
    assert name == "analysts"
    assert "mention.subject_relative" not in rules


def test_a_subject_pronoun_inside_the_clause_is_its_own_subject() -> None:
    body = (
        "Dockworker Ilse Varo spoke first.\n\n"
        'She said a board that moves as slowly as it talks had "no right to decide this."'
    )
    name, _, _ = last_quote(LEAD, body)
    assert name == "Ilse Varo"


def test_a_complement_clause_is_no_relative_clause() -> None:
    body = 'The mayor told the union that dockers would be "the first to be rehired in spring."'
    name, _, rules = last_quote(LEAD, body)
    assert name == "the mayor"
    assert "mention.subject_relative" not in rules
