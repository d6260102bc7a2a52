"""Speaker conventions of briefing, health and weather copy (invented text only)."""

from __future__ import annotations

import pytest

import wireparse

#: The lead of the stories below.
LEAD = "Storm warning\n\nHARBORTON (Wire) — A storm is due on Thursday.\n\n"


def speakers(body: str) -> list[str | None]:
    """Parse a story of *body* after :data:`LEAD`; return its quotations' speakers."""
    article = wireparse.parse(LEAD + body + "\n")
    return [q.speaker.name if q.speaker else None for q in article.quotes]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The role's employer after "with" ends the sentence.
        (
            '"Stay off the roads," said Carl Engstrom, a forecaster with the Harborton '
            'Weather Office.\n\n"If you can, stay home," the forecaster said.',
            ["Carl Engstrom", "Carl Engstrom"],
        ),
        # After "for", also ending the sentence.
        (
            '"The pumps held," said Ada Marsh, an engineer for the county.\n\n'
            '"They will hold again," the engineer said.',
            ["Ada Marsh", "Ada Marsh"],
        ),
        # A copula after the name's comma gives the role to no name.
        (
            'A lawyer for the tenants said the owner had stalled. "We will sue," the lawyer '
            "said.\n\nThe owner's wife, Ann Roe, is a lawyer with a firm in Boston.",
            ["a lawyer for the tenants"],
        ),
    ],
)
def test_a_role_in_apposition_with_its_employer_is_called_back(
    body: str, expected: list[str | None]
) -> None:
    """``said Tom Hale, a forecaster with the weather office. ¶ "...," the forecaster said``."""
    assert speakers(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            '"We are years behind," Adm. Lena Varga told the committee.\n\n'
            'Varga was pressed on costs. "That is a fair question," the admiral replied.',
            ["Lena Varga", "Lena Varga"],
        ),
        (
            '"The base is secure," Col. Tom Reyes said.\n\n'
            'Reyes said more troops would come. "We are ready," the colonel said.',
            ["Tom Reyes", "Tom Reyes"],
        ),
        # The meteorologist of a weather office is its forecaster.
        (
            '"Expect a foot of snow," said meteorologist Ben Okafor.\n\n'
            'Okafor said the worst would come overnight. "Stay home," the forecaster said.',
            ["Ben Okafor", "Ben Okafor"],
        ),
        # A generational suffix is no surname: "Gen. Tom Hale Jr. ... Hale".
        (
            '"We have a recruiting problem," said Gen. Tom Hale Jr., the chief of staff.\n\n'
            'Hale said fewer recruits qualified. "One in four," the general said.',
            ["Tom Hale Jr.", "Tom Hale Jr."],
        ),
    ],
)
def test_an_abbreviated_rank_is_called_back_by_its_noun(
    body: str, expected: list[str | None]
) -> None:
    """``Adm. Lena Varga ... Varga ... "...," the admiral replied``: Lena Varga."""
    assert speakers(body) == expected


@pytest.mark.parametrize(
    "aside",
    [
        "a cardiologist at Mercy Hospital",
        "a cardiologist at Mercy Hospital who was not involved in the study",
        "an epidemiologist with the Harborton Health Department",
    ],
)
def test_a_subject_described_at_its_employer_is_a_pronoun_antecedent(aside: str) -> None:
    """``Dr. Ada Roe, a cardiologist at Mercy Hospital, was cautious. "...," she said``."""
    body = (
        '"The results are strong," said Dr. Tom Hale, who led the trial.\n\n'
        f'Dr. Ada Roe, {aside}, was more cautious. "It is one trial," she said.'
    )
    assert speakers(body) == ["Tom Hale", "Ada Roe"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Three men were hurt in the crash.\n\nA relative of one of the victims, who asked "
            'not to be named, said: "We only want answers."',
            "a relative of one of the victims",
        ),
        (
            'The mother of two of the boys told the court: "They were good sons."',
            "the mother of two of the boys",
        ),
        # A count alone is still the group's member.
        ('One of the passengers said: "We saw it coming."', "One of the passengers"),
    ],
)
def test_a_person_tied_to_a_counted_group_is_the_source(body: str, expected: str) -> None:
    """``A relative of one of the victims said``: the relative, not ``one of the victims``."""
    assert speakers(body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Harbor Minister Ong Wei Ming said on Monday the rules would change.\n\n"
            '"We have learned hard lessons," Ong told parliament.',
            "Ong Wei Ming",
        ),
        (
            "Ong Wei Ming, the harbor minister, said the rules would change.\n\n"
            '"We have learned hard lessons," Ong said.',
            "Ong Wei Ming",
        ),
        # A third word written with the name only once is no given name.
        (
            "Ada Marsh, the harbor minister, spoke on Monday. Minister Ada said the rules "
            'would change. Ada Marsh Welcomes Ferry Plan was the headline.\n\n"We have '
            'learned," Ada said.',
            "Ada Marsh",
        ),
    ],
)
def test_a_surname_written_first_may_lead_two_given_names(body: str, expected: str) -> None:
    """``Manpower Minister Ong Wei Ming ... Ong told parliament``: Ong Wei Ming."""
    assert speakers(body)[-1] == expected


def test_the_holder_of_an_abbreviated_rank_quoted_once_is_called_back() -> None:
    """``"...," Adm. Lena Varga told the committee. ... "...," the admiral replied``."""
    body = (
        '"We are years behind," Adm. Lena Varga, the chief of naval operations, told the '
        'committee.\n\nSen. Tom Ruiz pressed her on costs. "Why should we pay?" Ruiz asked.'
        '\n\n"That is a fair question, senator," the admiral replied.'
    )
    assert speakers(body) == ["Lena Varga", "Tom Ruiz", "Lena Varga"]


def test_a_holder_named_once_in_passing_is_not_called_back() -> None:
    """``Sen. Rand Hale (Ky.) has a video out. ... the senator said``: no one named."""
    body = 'Sen. Rand Hale (Ky.) has a video out.\n\n"We are done," the senator said.'
    assert speakers(body) == ["the senator"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Ferry operator Skerrylink cancelled all sailings to the islands.\n\n"
            '"We apologise for the disruption," the company said.',
            "Skerrylink",
        ),
        (
            "Shares of chipmaker Velora Semiconductor rose 9% after the results.\n\n"
            '"Demand is strong," the company said.',
            "Velora Semiconductor",
        ),
        # A business in the possessive is named in passing.
        (
            "The deal hinged on music publisher Bertelwood's stake in the venture.\n\n"
            '"We are pleased," the company said.',
            "the company",
        ),
        # Two businesses introduced so give none.
        (
            "Carmaker Ostrava and chipmaker Velora signed a supply deal.\n\n"
            '"It is a long-term deal," the company said.',
            "the company",
        ),
    ],
)
def test_the_company_is_the_one_business_introduced_by_its_trade(body: str, expected: str) -> None:
    """``Ferry operator Skerrylink cancelled sailings. ¶ "...," the company said``: Skerrylink."""
    assert speakers(body) == [expected]


@pytest.mark.parametrize(
    "role",
    [
        "The EU envoy",
        "The US ambassador",
        "The NATO spokesman",
        # An acronym that spells a pronoun is no pronoun inside the phrase.
        "The IT minister",
        "Portvale's IT minister",
    ],
)
def test_a_role_with_an_acronym_before_a_name_gives_the_subject(role: str) -> None:
    """``The EU envoy, Tom Hale, welcomed the plan, saying it would "help."``: Tom Hale."""
    body = f'{role}, Tom Hale, welcomed the plan, saying it would "help the ports."'
    assert speakers(body) == ["Tom Hale"]
