"""Credit lines: roles and names in each wire's house style."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from wireparse.metadata.credits import parse_credit
from wireparse.model import Credit, CreditRole


def roles(credit: Credit) -> list[tuple[str, tuple[str, ...]]]:
    return [(r.role, r.names) for r in credit.roles]


# (text, roles, agency, organisations, house style)
EXAMPLES = [
    ("(Reporting by Maren Holt; editing by Tobias Reyes)",
     [("reporting", ("Maren Holt",)), ("editing", ("Tobias Reyes",))], None, (), "Reuters"),
    ("(Reporting by Maren Holt in Oslo and Ilse Varga in Tromso, Norway; "
     "Editing by Piet Ostrander)",
     [("reporting", ("Maren Holt", "Ilse Varga")), ("editing", ("Piet Ostrander",))], None, (),
     "Reuters"),
    ("(Additional reporting by Jonas Pell in Quito; Writing by Odile Marsh and Kofi Brandt; "
     "Editing by Signe Okafor)",
     [("additional reporting", ("Jonas Pell",)), ("writing", ("Odile Marsh", "Kofi Brandt")),
      ("editing", ("Signe Okafor",))], None, (), "Reuters"),
    ("(Reporting By Maren Holt, Editing by Tobias Reyes)",
     [("reporting", ("Maren Holt",)), ("editing", ("Tobias Reyes",))], None, (), "Reuters"),
    ("Additional reporting by Jonas Pell",
     [("additional reporting", ("Jonas Pell",))], None, (), None),
    ("Compiled by Jonas Pell", [("compiling", ("Jonas Pell",))], None, (), None),
    ("Writing by Maren Holt; Editing by Tobias Reyes",
     [("writing", ("Maren Holt",)), ("editing", ("Tobias Reyes",))], None, (), "Reuters"),
    ("(Editing by Tobias Reyes)", [("editing", ("Tobias Reyes",))], None, (), "Reuters"),
    ("Associated Press writers Maren Holt and Tobias Reyes contributed to this report.",
     [("contributing", ("Maren Holt", "Tobias Reyes"))], "AP", (), None),
    ("AP writers Maren Holt in Oslo, Ilse Varga in Lima and Piet Ostrander contributed to this "
     "report.",
     [("contributing", ("Maren Holt", "Ilse Varga", "Piet Ostrander"))], "AP", (), None),
    ("CNN's Jonas Pell contributed to this report.",
     [("contributing", ("Jonas Pell",))], "CNN", (), None),
    ("CNN's Jonas Pell, Odile Marsh and Kofi Brandt contributed to this report.",
     [("contributing", ("Jonas Pell", "Odile Marsh", "Kofi Brandt"))], "CNN", (), None),
    ("NBC News' Signe Okafor, The Associated Press and Reuters contributed to this report.",
     [("contributing", ("Signe Okafor",))], "NBC News", ("The Associated Press", "Reuters"),
     None),
    ("APTN contributor Lucian Dray in Lima helped with this story.",
     [("contributing", ("Lucian Dray",))], "AP", (), None),
    ("The Associated Press contributed to this report.", [], None, ("The Associated Press",),
     None),
    ("Maren Holt and Tobias Reyes contributed reporting.",
     [("contributing", ("Maren Holt", "Tobias Reyes"))], None, (), None),
    ("--With assistance from Maren Holt and Tobias Reyes.",
     [("assistance", ("Maren Holt", "Tobias Reyes"))], None, (), "Bloomberg"),
    ("To contact the reporter on this story: Jonas Pell in Oslo at jpell7@bloomberg.net",
     [("reporter contact", ("Jonas Pell",))], "Bloomberg", (), "Bloomberg"),
    ("Contributing: Maren Holt, The Associated Press",
     [("contributing", ("Maren Holt",))], None, ("The Associated Press",), None),
    ("- Reporting by: Maren Holt", [("reporting", ("Maren Holt",))], None, (), "dpa"),
    ("- Editing by: Tobias More, +49 30 1234 5678", [("editing", ("Tobias More",))], None, (),
     "dpa"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected", "agency", "orgs", "style"), EXAMPLES)
def test_spellings(
    text: str,
    expected: list[tuple[str, tuple[str, ...]]],
    agency: str | None,
    orgs: tuple[str, ...],
    style: str | None,
) -> None:
    c = parse_credit(text)
    assert c is not None
    assert roles(c) == expected
    assert (c.agency, c.organisations, c.house_style) == (agency, orgs, style)
    assert c.text == text


def test_names_by_role() -> None:
    c = parse_credit("(Reporting by Maren Holt and Ilse Varga; Editing by Maren Holt)")
    assert c is not None
    assert c.names() == ("Maren Holt", "Ilse Varga")
    assert c.names("editing") == ("Maren Holt",)
    assert c.names("writing") == ()


def test_clause_text() -> None:
    c = parse_credit("(Reporting by Maren Holt; editing by Tobias Reyes)")
    assert c is not None
    assert c.roles[1] == CreditRole("editing", ("Tobias Reyes",), "editing by Tobias Reyes")


NOT_CREDITS = [
    "He contributed to the campaign in 2012.",
    "The company contributed to this report's funding.",
    "Reporting by the numbers shows that prices rose.",
    "Editing by hand is slow.",
    "The harbor reopened on Monday.",
    "",
    "x" * 1000,
]


@pytest.mark.parametrize("text", NOT_CREDITS)
def test_not_credits(text: str) -> None:
    assert parse_credit(text) is None


def test_a_role_clause_with_a_unit_separator_reads_as_the_flat_text() -> None:
    # Found by hypothesis: str.split takes "\x1f" for white space.
    credit = parse_credit("EDITINGBYB\x1fB")
    assert credit is not None
    assert [r.text for r in credit.roles] == ["EDITINGBYB B"]


def test_a_role_followed_only_by_a_control_character_names_no_one() -> None:
    # Found by hypothesis: str.strip keeps "\x1f" and str.split drops it.
    assert parse_credit("EDITINGBY\x1f:") is None


def test_pickles() -> None:
    c = parse_credit("(Reporting by Maren Holt; editing by Tobias Reyes)")
    assert c is not None
    assert pickle.loads(pickle.dumps(c)) == c


# --------------------------------------------------------------------------
# Properties
# --------------------------------------------------------------------------

FIRST = ["Maren", "Tobias", "Ilse", "Piet", "Leonie", "Jonas", "Odile", "Kofi", "Signe"]
LAST = ["Holt", "Reyes", "Varga", "Ostrander", "Farrow", "Pell", "Marsh", "Brandt", "Okafor"]
PLACES = ["Oslo", "Quito", "Lima", "Tromso"]
ROLE_WORDS = {"Reporting": "reporting", "Editing": "editing", "Writing": "writing",
              "Additional reporting": "additional reporting", "Compiled": "compiling"}  # fmt: skip


#: Every role a credit can give, as :attr:`CreditRole.role` spells it.
ALL_ROLES = frozenset({
    "reporting", "additional reporting", "writing", "editing", "compiling", "production",
    "contributing", "assistance", "reporter contact", "editor contact",
})  # fmt: skip
CREDIT_TEXT = st.text(max_size=300) | st.builds(
    lambda lead, rest: f"{lead} {rest}",
    st.sampled_from(["(Reporting by", "Editing by", "Contributing:", "--With assistance from"]),
    st.text(max_size=80),
)


@given(CREDIT_TEXT)
@example("CONTRIBUTING:B\x1fÀ")  # a unit separator between role and name
def test_never_raises_and_reads_only_what_is_written(text: str) -> None:
    c = parse_credit(text)
    if c is None:
        return
    assert c.text == text
    assert c.roles or c.organisations
    flat = " ".join(text.split()).casefold()
    for r in c.roles:
        assert r.role in ALL_ROLES
        assert r.names
        # Both sides read with whitespace as str.split reads it (a \x1f
        # separates words there too).
        assert " ".join(r.text.split()).casefold() in flat
        for name in r.names:
            assert " ".join(name.split()).casefold() in flat


names = st.builds(lambda f, last: f"{f} {last}", st.sampled_from(FIRST), st.sampled_from(LAST))


@given(
    st.lists(
        st.tuples(
            st.sampled_from(sorted(ROLE_WORDS)),
            st.lists(names, min_size=1, max_size=3, unique=True),
            st.none() | st.sampled_from(PLACES),
        ),
        min_size=1,
        max_size=4,
    ),
    st.booleans(),
)
def test_round_trip(clauses: list[tuple[str, list[str], str | None]], brackets: bool) -> None:
    parts = []
    for role, people, place in clauses:
        listed = people[0] if len(people) == 1 else ", ".join(people[:-1]) + " and " + people[-1]
        if place:
            listed += f" in {place}"
        parts.append(f"{role} by {listed}")
    text = "; ".join(parts)
    if brackets:
        text = f"({text})"
    c = parse_credit(text)
    assert c is not None
    assert roles(c) == [(ROLE_WORDS[r], tuple(p)) for r, p, _ in clauses]


@given(st.sampled_from(["CNN's", "Associated Press writers", "AP writers", "NBC News'"]),
       st.lists(names, min_size=1, max_size=3, unique=True))  # fmt: skip
def test_contributor_round_trip(prefix: str, people: list[str]) -> None:
    listed = people[0] if len(people) == 1 else ", ".join(people[:-1]) + " and " + people[-1]
    c = parse_credit(f"{prefix} {listed} contributed to this report.")
    assert c is not None
    assert c.names() == tuple(people)
    assert c.agency in {"CNN", "AP", "NBC News"}
