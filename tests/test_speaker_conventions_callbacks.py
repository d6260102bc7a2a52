"""Speaker conventions: bodies called back by the last words of their names (invented text only)."""

from __future__ import annotations

import pytest

import wireparse
from wireparse.quotations.people import phrase_after

#: The lead of the stories below.
LEAD = "Hikers rescued\n\nMILLBROOK (Wire) — Two hikers were found on Sunday.\n\n"


def speakers(body: str) -> list[tuple[str | None, tuple[str, ...]]]:
    """Parse a story of *body* after :data:`LEAD`; return its quotations' speakers and rules."""
    article = wireparse.parse(LEAD + body + "\n")
    return [(q.speaker.name if q.speaker else None, q.rules) for q in article.quotes]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The road was closed, the Millbrook Fire Department said.\n\n"
            '"Stay away from the river," the fire department said.',
            "the Millbrook Fire Department",
        ),
        (
            "The pair were found at dawn, the Grand Mesa County Sheriff's Office said.\n\n"
            '"They stayed put, and that saved them," the sheriff\'s office said.',
            "the Grand Mesa County Sheriff's Office",
        ),
        (
            "The Portvale Harbor Authority met on Monday.\n\n"
            '"We agree with the plan," the harbor authority said.',
            "the Portvale Harbor Authority",
        ),
        # Named after the callback: the name is found after it too.
        (
            '"We will reopen the trail," the parks department said. Trail work is '
            "paid for by the Millbrook Parks Department.",
            "the Millbrook Parks Department",
        ),
    ],
)
def test_a_body_is_called_back_by_the_last_words_of_its_name(body: str, expected: str) -> None:
    """``the Millbrook Fire Department`` ... ``"...," the fire department said``."""
    rules = ("cue.after", "mention.phrase_before", "resolve.role_noun")
    assert speakers(body) == [(expected, rules)]


@pytest.mark.parametrize(
    "body",
    [
        # No body of that name in the story: the words stay a description.
        "The Millbrook Fire Department closed the road.\n\n"
        '"Stay home," the health department said.',
        # The name written in lower case is no name.
        'The fire department closed the road.\n\n"Stay home," the fire department said.',
    ],
)
def test_a_callback_with_no_name_to_match_stays_a_description(body: str) -> None:
    """The words after ``the`` must end a capitalised name of the story."""
    [(name, rules)] = speakers(body)
    assert name is not None
    assert name.startswith("the ")
    assert name.islower()
    assert rules[-1] == "resolve.description"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The would-be buyer, Tom Hale, said the city had \u201cmoved the goalposts\u201d "
            "in the final week.",
            "Tom Hale",
        ),
        ('A long-time trucker, Ned Hall, said: "The gate is shut."', "Ned Hall"),
    ],
)
def test_a_hyphenated_word_may_stand_in_a_calling_before_a_name(body: str, expected: str) -> None:
    """``The would-be buyer, Tom Hale, said``: the name between commas is the source."""
    assert [name for name, _ in speakers(body)] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The company, Midwest Axle Corp., said it was \u201cdisappointed\u201d by the vote.",
            "Midwest Axle Corp.",
        ),
        ('The company, Acme Docks, said: "We are disappointed."', "Acme Docks"),
        ('"We are sad," the company, Acme Docks, said.', "Acme Docks"),
        # A clause that does not open with the description names no body.
        ('The storm hit the harbor, Tom Hale said: "We are ready."', "Tom Hale"),
    ],
)
def test_a_body_named_after_its_kind_between_commas_is_the_source(body: str, expected: str) -> None:
    """``The company, Acme Docks, said``: the name, not the kind, is the source."""
    assert [name for name, _ in speakers(body)] == [expected]


@pytest.mark.parametrize("role", ["Her husband", "Molina's husband"])
def test_a_kin_noun_gives_a_name_alone_its_gender(role: str) -> None:
    """``Her husband, Tom, said ... "...," he said``: Tom, not the man named before."""
    body = (
        "Fire chief Aaron Pike said the fire had burned 4,000 acres.\n\n"
        f"{role}, Tom, said they did not know whether the house still stood. "
        '"We just pray," he said.'
    )
    assert [name for name, _ in speakers(body)] == ["Tom"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('Ada Quinn chairs the union. "We are ready," she said.', ["Ada Quinn"]),
        ('Tom Hale heads the harbor board. "We are ready," he said.', ["Tom Hale"]),
        ('Ada Quinn coaches the Portvale team. "We are ready," she said.', ["Ada Quinn"]),
    ],
)
def test_an_office_noun_in_s_after_a_name_is_its_verb(body: str, expected: list[str]) -> None:
    """``Ada Quinn chairs the union``: the subject is Ada Quinn, not a group."""
    assert [name for name, _ in speakers(body)] == expected


def test_a_plural_after_a_name_or_a_body_stays_in_the_phrase() -> None:
    """``Union chairs met``, ``Ada Quinn supporters``: no verb of an office."""
    tokens = "Union chairs met on Monday."
    mention, _ = phrase_after(tokens, 0, len(tokens))
    assert mention is not None
    assert mention.words == ("Union", "chairs")
    tokens = "Ada Quinn supporters rallied."
    mention, _ = phrase_after(tokens, 0, len(tokens))
    assert mention is not None
    assert mention.words == ("Ada", "Quinn", "supporters")


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Brightwater Energy", "organisation"),
        ("Kestrel Mining", "organisation"),
        # A given name or a title opens a person's name, whatever its last word.
        ("Samantha Power", "person"),
        ("Sen. Tom Mining", "person"),
    ],
)
def test_a_name_ending_in_a_business_word_is_a_business(name: str, kind: str) -> None:
    """``"...," Brightwater Energy said``: a business, which ``it`` may call back."""
    article = wireparse.parse(LEAD + f'"We regret the cuts," {name} said.\n')
    [quote] = article.quotes
    assert quote.speaker is not None
    assert quote.speaker.kind.value == kind


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('"We won," said Ada Park.', ("Ada Park", "person")),
        ('"We won," Tom Bay said.', ("Tom Bay", "person")),
        # A calling in capitals opening the sentence is left out.
        ('Librarian Ada Park said she cried. "We won," she said.', ("Ada Park", "person")),
        # No given name opens it: a place's name.
        ('"We won," Cedar Park said.', ("Cedar Park", "organisation")),
    ],
)
def test_a_given_name_before_a_places_last_word_is_a_person(
    body: str, expected: tuple[str, str]
) -> None:
    """``Ada Park``, ``Tom Bay``: a person whose surname ends places' names too."""
    [quote] = wireparse.parse(LEAD + body + "\n").quotes
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.kind.value) == expected
