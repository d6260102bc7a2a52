"""Speaker conventions of military ranks with a class, a number or a grade (invented text only)."""

from __future__ import annotations

import pytest

import wireparse
from tests.speaker_helpers import quote_speakers
from wireparse.quotations import people

#: The headline and dateline of a story from a base.
BASE = "Crews return from exercise\n\nFORT ALDER, Texas (AP) — "


def speakers(body: str) -> list[str | None]:
    """Parse a story from a base of *body*; return the speakers of its quotations, in order."""
    return quote_speakers(BASE, body)


@pytest.mark.parametrize(
    ("rank", "name"),
    [
        ("Petty Officer 1st Class", "Wren Oakley"),
        ("Sgt. 1st Class", "Milo Hartzell"),
        ("Airman 1st Class", "Jada Pruett"),
        ("Airman First Class", "Jada Pruett"),
        ("Chief Warrant Officer 2", "Amos Kettering"),
        ("Lt. j.g.", "Selma Tandy"),
        ("Pfc.", "Rory Vantassel"),
    ],
)
def test_rank_with_its_grade_before_a_cue(rank: str, name: str) -> None:
    """``Petty Officer 1st Class Wren Oakley said``: the grade is the title's; the name follows."""
    body = f'The convoy rolled in after dark.\n\n"The roads held up fine," {rank} {name} said.'
    assert speakers(body) == [name]


@pytest.mark.parametrize(
    ("rank", "name"),
    [
        ("Petty Officer 3rd Class", "Wren Oakley"),
        ("Sgt. 1st Class", "Milo Hartzell"),
        ("Chief Warrant Officer 4", "Amos Kettering"),
        ("Lt. j.g.", "Selma Tandy"),
        ("Pfc.", "Rory Vantassel"),
    ],
)
def test_rank_with_its_grade_after_an_inverted_cue(rank: str, name: str) -> None:
    """``"...," said Sgt. 1st Class Milo Hartzell.``: the phrase read forward runs to the name."""
    body = f'The convoy rolled in after dark.\n\n"The roads held up fine," said {rank} {name}.'
    assert speakers(body) == [name]


def test_rank_with_its_grade_and_an_age() -> None:
    """``Sgt. 1st Class Milo Hartzell, 41, said``: the age after the name changes nothing."""
    body = (
        "Sgt. 1st Class Milo Hartzell, 41, said the trucks needed new tires. "
        '"We patched what we could," he said.'
    )
    assert speakers(body) == ["Milo Hartzell"]


def test_graded_rank_is_called_back_by_surname_and_rank() -> None:
    """``Petty Officer 2nd Class Wren Oakley ... Oakley said ... the petty officer said``."""
    body = (
        '"We lost power twice," Petty Officer 2nd Class Wren Oakley said.\n\n'
        "The storm passed by noon.\n\n"
        '"The generators saved us," Oakley said.\n\n'
        'Mayor Dell Finch thanked the crew. "They never stopped," Finch said.\n\n'
        '"It was a long night," the petty officer said.'
    )
    assert speakers(body) == ["Wren Oakley", "Wren Oakley", "Dell Finch", "Wren Oakley"]


def test_lance_corporal_is_called_back() -> None:
    """``Lance Cpl. Ezra Moffitt ... the lance corporal said``: ``Cpl.`` is a corporal."""
    body = (
        '"I carried the radio," Lance Cpl. Ezra Moffitt said.\n\n'
        'Capt. Iris Lund praised the unit. "They were ready," Lund said.\n\n'
        '"It weighed a ton," the lance corporal said.'
    )
    assert speakers(body) == ["Ezra Moffitt", "Iris Lund", "Ezra Moffitt"]


def test_person_keeps_the_graded_rank_as_title() -> None:
    """The person named ``Sgt. 1st Class Milo Hartzell`` is Milo Hartzell, titled by the rank."""
    article = wireparse.parse(
        BASE + '"We patched what we could," said Sgt. 1st Class Milo Hartzell.\n'
    )
    assert [(p.name, p.title) for p in article.people] == [("Milo Hartzell", "Sgt. 1st Class")]


@pytest.mark.parametrize(
    ("before", "token", "after", "expected"),
    [
        ("Officer", "2nd", "Class", True),
        ("Sgt.", "First", "Class", True),
        ("Officer", "3", "Lee", True),
        ("Lt.", "j.g.", "Nora", True),
        ("officer", "2nd", "Class", False),  # a lower-case noun is no rank
        ("Officer", "2nd", "Street", False),  # an ordinal needs its "Class"
        ("Mayor", "3", "Lee", False),  # a number grades a warrant officer only
        ("Gov.", "j.g.", "Nora", False),
    ],
)
def test_rank_grade(before: str, token: str, after: str, expected: bool) -> None:
    """:func:`people.rank_grade` tells a rank's grade from other words after a title."""
    assert people.rank_grade(before, token, after) is expected


@pytest.mark.parametrize(
    "body",
    [
        '"The bus left without us," said Private 1st Class Odile Fenn.',
        '"The bus left without us," Private First Class Odile Fenn said.',
    ],
)
def test_private_first_class_spelled_out(body: str) -> None:
    """``Private 1st Class Odile Fenn``: the spelled-out rank with its class is the title."""
    assert speakers(body) == ["Odile Fenn"]


def test_private_without_a_class_is_no_rank() -> None:
    """``Private`` without an ordinal and ``Class`` stays a word of a body's name."""
    assert people.rank_grade("Private", "1st", "Street") is False
