"""Speaker conventions of round 16 of the English probes: business, courts, sports (invented)."""

from __future__ import annotations

import pytest

from tests.speaker_helpers import quote_speakers

#: The headline and dateline of a business story.
MARKETS = "Shares slide\n\nPORTVALE (Wire) — "
#: The headline and dateline of a court or sports story.
LOCAL = "Late verdict\n\nHARBORTON, Maine — "


@pytest.mark.parametrize(
    ("lead", "noun", "speaker"),
    [
        (
            "Brightwater Securities cut its forecast. Pellman Shipping, which owns the "
            "ferries, dropped 5% on Monday.",
            "the company",
            "Pellman Shipping",
        ),
        (
            "Brightwater Securities lowered its rating. Dunmore Motors, which builds vans "
            "in Ohio, fell 4%.",
            "the carmaker",
            "Dunmore Motors",
        ),
        (
            "Oakhurst Recycling, which runs the depot, said it would shut it in May.",
            "the company",
            "Oakhurst Recycling",
        ),
    ],
)
def test_company_noun_calls_back_the_last_business_subject(
    lead: str, noun: str, speaker: str
) -> None:
    """``Pellman Shipping, which owns the ferries, dropped 5%. "...," the company said.``"""
    body = f'{lead}\n\n"We expect a hard winter," {noun} said in a statement.'
    assert quote_speakers(MARKETS, body) == [speaker]


@pytest.mark.parametrize(
    "lead",
    [
        # A person's relative: "who", not "which".
        "Corin Halvard, who founded the firm, said it would appeal.",
        # A public body, not a business.
        "Portvale Harbor Commission, which runs the docks, said it would appeal.",
    ],
)
def test_company_noun_after_no_business_subject_stays_a_description(lead: str) -> None:
    """``Corin Halvard, who founded the firm, said ...``: no business opens the sentence."""
    body = f'{lead}\n\n"We expect a hard winter," the company said in a statement.'
    assert quote_speakers(MARKETS, body) == ["the company"]


@pytest.mark.parametrize("clause", ["as the ruling was read", "when the judgment was read"])
def test_text_read_out_in_the_passive_is_no_cue(clause: str) -> None:
    """``Ann Roe wept as the ruling was read. "...," she said.``: the subject is the antecedent."""
    body = (
        '"We will appeal," defense lawyer Tom Hale said.\n\n'
        f'Ann Roe, the victim\'s aunt, wept {clause}. "It was hard to hear," she said.'
    )
    assert quote_speakers(LOCAL, body) == ["Tom Hale", "Ann Roe"]


def test_age_epithet_is_the_person_just_introduced() -> None:
    """``Rookie guard Sam Okoro scored 21. "...," the 22-year-old said.`` after a coach's quote."""
    body = (
        '"We were flat all night," coach Ed Lamer said.\n\n'
        'Rookie guard Sam Okoro scored 21 points. "I just played my game," the 22-year-old said.'
    )
    assert quote_speakers(LOCAL, body) == ["Ed Lamer", "Sam Okoro"]


def test_age_epithet_after_a_quotation_is_its_speaker() -> None:
    """``"...," said Abel Ruiz. ¶ "...," the 58-year-old added.``: the one just quoted."""
    body = (
        'The storm took six boats. "We lost everything," said Abel Ruiz.\n\n'
        '"It will take years," the 58-year-old added.'
    )
    assert quote_speakers(LOCAL, body) == ["Abel Ruiz", "Abel Ruiz"]


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        # Two businesses introduced by their trade: the later opened the sentence.
        (
            "Rival retailer Fresh Basket cut prices in May. Discount chain Brightmart said "
            "on Monday it would match them.",
            "Brightmart",
        ),
        ("Coffee chain Brewster Beans said it would close 40 stores.", "Brewster Beans"),
    ],
)
def test_company_noun_calls_back_a_business_introduced_by_its_trade(
    lead: str, speaker: str
) -> None:
    """``Discount chain Brightmart said ... "...," the company said.``: ``chain`` is a trade."""
    body = f'{lead}\n\n"Shoppers want value," the company said.'
    assert quote_speakers(MARKETS, body) == [speaker]


@pytest.mark.parametrize("initials", ["U.N.", "U.S.", "U.K."])
def test_role_with_dotted_initials_before_a_name_is_the_subject(initials: str) -> None:
    """``The U.N. envoy, Lena Voss, welcomed the truce. "...," she said.``"""
    body = (
        'The rebels\' spokeswoman, Mira Haddad, said the group was "committed."\n\n'
        f'The {initials} envoy for the region, Lena Voss, welcomed the truce. "Time is short," '
        "she said."
    )
    assert quote_speakers(LOCAL, body) == ["Mira Haddad", "Lena Voss"]


@pytest.mark.parametrize(
    ("epithet", "speaker"),
    [
        ("the 24-year-old Czech", "Pavel Hruby"),
        ("the Slovak", "Pavel Hruby"),
        ("the Egyptian", "Pavel Hruby"),
        ("the top-ranked Korean", "Pavel Hruby"),
    ],
)
def test_more_nationality_nouns_call_back_the_player_just_named(epithet: str, speaker: str) -> None:
    """``Pavel Hruby won in four sets. ¶ "...," the 24-year-old Czech said.``"""
    body = f'Pavel Hruby won in four sets.\n\n"I served well all day," {epithet} said.'
    assert quote_speakers(LOCAL, body) == [speaker]


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("Brenner's said in a statement", "Brenner's"),
        ("said Fairlow's Analytics, a research firm", "Fairlow's Analytics"),
        ("Quillan's Brewing said", "Quillan's Brewing"),
        ("said Hensley's Department Stores", "Hensley's Department Stores"),
        ("Dorrit's told investors", "Dorrit's"),
    ],
)
def test_business_by_its_founders_name_in_the_possessive(cue: str, speaker: str) -> None:
    """``"...," Brenner's said.``: a business by its founder's name keeps the possessive."""
    body = f'Holiday sales fell 4%.\n\n"The season was hard," {cue}.'
    assert quote_speakers(MARKETS, body) == [speaker]


def test_possessive_of_a_person_named_in_full_is_no_business() -> None:
    """``Ada Marsh won. ¶ "...," Marsh's aide said.``: the aide of a person, described."""
    body = 'Ada Marsh won the seat.\n\n"It was a long night," Marsh\'s aide said.'
    assert quote_speakers(LOCAL, body) == ["Marsh's aide"]


@pytest.mark.parametrize(
    ("lead", "noun", "speaker"),
    [
        (
            "Sales missed the forecast of the Portvale Retail Federation.",
            "the trade group",
            "the Portvale Retail Federation",
        ),
        (
            "The Harbor Growers Association asked the state for aid on Monday.",
            "the group",
            "the Harbor Growers Association",
        ),
        (
            "Ferry fares rose 9%, said Tidewater Riders Alliance, which counts 4,000 members.",
            "the advocacy group",
            "Tidewater Riders Alliance",
        ),
        # A group introduced with "a group" is the group's own.
        (
            "The Harbor Growers Association asked for aid. A group of residents marched "
            "to city hall.",
            "the group",
            "the group",
        ),
    ],
)
def test_group_calls_back_the_association_named_before(lead: str, noun: str, speaker: str) -> None:
    """``... the Portvale Retail Federation. ¶ "...," the trade group said.``"""
    body = f'{lead}\n\n"Members are worried," {noun} said.'
    assert quote_speakers(MARKETS, body) == [speaker]


@pytest.mark.parametrize(
    ("lead", "epithet", "speaker"),
    [
        (
            "Mayor Olaf Strand opened the meeting. His daughter, Ingrid Strand, spoke next.",
            "the younger Strand",
            "Ingrid Strand",
        ),
        (
            "Mayor Olaf Strand opened the meeting. His daughter, Ingrid Strand, spoke next.",
            "the elder Strand",
            "Olaf Strand",
        ),
        (
            "Olaf Strand, 71, and Ingrid Strand, 44, run the farm.",
            "the younger Strand",
            "Ingrid Strand",
        ),
        (
            "Ingrid Strand, 44, and Olaf Strand, 71, run the farm.",
            "the older Strand",
            "Olaf Strand",
        ),
    ],
)
def test_younger_or_elder_tells_apart_two_of_a_family(
    lead: str, epithet: str, speaker: str
) -> None:
    """``His daughter, Ingrid Strand, spoke next. ¶ "...," the younger Strand said.``"""
    body = f'{lead}\n\n"We waited too long," {epithet} said.'
    assert quote_speakers(LOCAL, body) == [speaker]
