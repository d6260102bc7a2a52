"""Speaker conventions of round 22's English leftovers: a ticker before an
appositive, a name and its role without commas, groups joined by ``and``, a
role's compound, ``And`` in a body's name, a contact clause, a place's word
ending a person's name (invented)."""

from __future__ import annotations

import wireparse
from tests.speaker_helpers import last_quote, quote_speakers
from wireparse import SourceKind

#: The headline and dateline of a business press release.
RELEASE = "Tollbridge to buy Marrow Labs\n\nSTOWELL, Conn. (Business Wire) — A deal was signed.\n\n"


def test_a_ticker_before_an_appositive_gives_the_company() -> None:
    """``Tollbridge Grain, Inc. (Nasdaq: TLGR), a miller of ..., announced``: the company."""
    speaker, kind, rules = last_quote(
        RELEASE,
        "Tollbridge Grain, Inc. (Nasdaq: TLGR), a miller of oats for the northeast, announced "
        'on Monday that the purchase was "the next step for our mills."\n',
    )
    assert (speaker, kind) == ("Tollbridge Grain Inc.", SourceKind.ORGANISATION)
    assert rules == ("cue.before", "mention.appositive", "resolve.organisation_name")


def test_a_ticker_without_a_space_before_an_appositive_gives_the_company() -> None:
    """``Marrow Labs Ltd. (TSX:MRW), a maker of ..., said``: the company, not ``TSX:MRW``."""
    speaker, _, _ = last_quote(
        RELEASE,
        'Marrow Labs Ltd. (TSX:MRW), a maker of soil tests, said the offer was "fair to all."\n',
    )
    assert speaker == "Marrow Labs Ltd."


def test_two_listings_before_an_appositive_give_the_company() -> None:
    """``Marrow Labs (TSX-V: MRW) (OTCQB: MRWLF), a maker of ..., said``: the company."""
    speaker, _, _ = last_quote(
        RELEASE,
        "Marrow Labs (TSX-V: MRW) (OTCQB: MRWLF), a maker of soil tests, said its board "
        'backed the deal "without reservation."\n',
    )
    assert speaker == "Marrow Labs"


def test_a_defined_short_name_before_the_ticker_is_no_quotation_of_the_company() -> None:
    """``Tollbridge Grain Inc. (the "Buyer") (NYSE: TLGR), a miller, said``: no words of it."""
    article = wireparse.parse(
        RELEASE + 'Tollbridge Grain Inc. (the "Buyer") (NYSE: TLGR), a miller of oats, said '
        'it would keep every mill "open and busy."\n'
    )
    assert [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes] == [
        ("open and busy.", "Tollbridge Grain Inc.")
    ]


#: The headline and dateline of a farm story.
FARM = "Growers back the levy\n\nFENNMOOR, Idaho (Wire) — The vote was close.\n\n"


def test_a_name_then_a_role_of_a_body_without_commas_before_the_cue_is_the_name() -> None:
    """``Odile Brask CEO of Fennmoor Growers Union said``: Odile Brask, not ``Growers Union``."""
    speaker, kind, rules = last_quote(
        FARM, 'Odile Brask CEO of Fennmoor Growers Union said the levy was "a fair price."\n'
    )
    assert (speaker, kind) == ("Odile Brask", SourceKind.PERSON)
    # (Read as a credit line's appositive without its commas, see
    # test_speaker_conventions_round22f.)
    assert rules == ("cue.before", "mention.appositive", "resolve.name_as_written")


def test_a_name_then_a_two_word_title_of_a_body_after_a_quotation_is_the_name() -> None:
    """``"...," Wendel Oyelaran Managing Director of Pike Valley Seeds said``: the name."""
    speaker, _, _ = last_quote(
        FARM,
        '"The levy pays for itself," Wendel Oyelaran Managing Director of Pike Valley '
        "Seeds said.\n",
    )
    assert speaker == "Wendel Oyelaran"


def test_a_name_then_a_role_of_a_body_after_an_inverted_cue_is_the_name() -> None:
    """``"...," said Odile Brask CEO of Fennmoor Growers Union.``: the name, then her surname."""
    assert quote_speakers(
        FARM,
        '"We counted every vote," said Odile Brask CEO of Fennmoor Growers Union. '
        '"It was close," Brask said.\n',
    ) == ["Odile Brask", "Odile Brask"]


def test_a_body_then_a_title_of_a_portfolio_and_a_name_is_still_the_name() -> None:
    """``On Friday, Pike Valley Seeds President of Sales Ada Roe said``: Ada Roe."""
    speaker, _, _ = last_quote(
        FARM,
        "On Friday, Pike Valley Seeds President of Sales Ada Roe said orders were "
        '"up by a third."\n',
    )
    assert speaker == "Ada Roe"


#: The headline and dateline of a school story.
SCHOOL = "Board weighs bus cuts\n\nORVILLE, Minn. (Wire) — The board met late.\n\n"


def test_two_groups_of_people_joined_by_and_before_the_cue_are_the_source() -> None:
    """``Drivers and mechanics said``: the whole group, not ``mechanics``."""
    speaker, kind, rules = last_quote(
        SCHOOL, 'Drivers and mechanics said the new routes were "simply not safe."\n'
    )
    assert (speaker, kind) == ("Drivers and mechanics", SourceKind.GROUP)
    assert rules == ("cue.before", "mention.phrase_before", "resolve.description")


def test_a_list_of_groups_keeps_its_commas() -> None:
    """``Parents, bus drivers and staff say``: the list as written, then its ``they``."""
    assert quote_speakers(
        SCHOOL,
        'Parents, bus drivers and staff say the cuts are "a step too far." '
        '"We will be at every meeting," they said.\n',
    ) == ["Parents, bus drivers and staff", "Parents, bus drivers and staff"]


def test_groups_joined_by_and_after_a_quotation_are_the_source() -> None:
    """``"...," drivers and mechanics said.``: the group; it had no speaker."""
    speaker, _, rules = last_quote(
        SCHOOL, '"Nobody asked us about the routes," drivers and mechanics said.\n'
    )
    assert speaker == "drivers and mechanics"
    assert rules[0] == "cue.after"


def test_groups_joined_by_and_after_an_adverbial_and_its_comma() -> None:
    """``On Monday, drivers and mechanics said``: the comma ends the adverbial."""
    speaker, _, _ = last_quote(
        SCHOOL, 'On Monday, drivers and mechanics said the buses were "falling apart."\n'
    )
    assert speaker == "drivers and mechanics"


#: The headline and dateline of a basketball story.
HOOPS = "Otters roll on\n\nBRISTOW, Okla. (Wire) — The Otters won again.\n\n"


def test_a_plural_compound_title_before_two_names_is_left_out() -> None:
    """``All-Stars Nell Okoro and Ravi Dunn said``: the two, without the title."""
    speaker, kind, rules = last_quote(
        HOOPS, 'All-Stars Nell Okoro and Ravi Dunn said the streak was "just the start."\n'
    )
    assert (speaker, kind) == ("Nell Okoro and Ravi Dunn", SourceKind.GROUP)
    assert rules == ("cue.before", "mention.phrase_before", "resolve.coordinated_names")


def test_a_compound_title_before_one_name_is_its_title() -> None:
    """``Co-captain Nell Okoro said ... the co-captain said``: Nell Okoro both times."""
    assert quote_speakers(
        HOOPS,
        'Co-captain Nell Okoro said the gym was "loud all night." '
        '"We fed off it," the co-captain said.\n',
    ) == ["Nell Okoro", "Nell Okoro"]


def test_a_plural_compound_title_after_an_inverted_cue() -> None:
    """``"...," said co-captains Nell Okoro and Ravi Dunn.``: the two."""
    speaker, _, _ = last_quote(
        HOOPS, '"We are not done yet," said co-captains Nell Okoro and Ravi Dunn.\n'
    )
    assert speaker == "Nell Okoro and Ravi Dunn"


#: The headline and dateline of a works story.
WORKS = "Quay repairs finish early\n\nBRADDOCK, Wash. (Wire) — The quay reopened.\n\n"


def test_a_capital_and_inside_a_bodys_name_is_part_of_it() -> None:
    """``Braddock Quay And Crane Services said``: the whole body, not ``Crane Services``."""
    speaker, kind, rules = last_quote(
        WORKS, 'Braddock Quay And Crane Services said the repairs were "ahead of plan."\n'
    )
    assert (speaker, kind) == ("Braddock Quay And Crane Services", SourceKind.ORGANISATION)
    assert rules == ("cue.before", "mention.phrase_before", "resolve.organisation_name")


def test_a_name_of_a_body_with_a_capital_and_leaves_the_person_named() -> None:
    """``Marta Fairweather of Braddock Quay And Crane Services said``: Marta Fairweather."""
    speaker, _, _ = last_quote(
        WORKS,
        "Marta Fairweather of Braddock Quay And Crane Services said the cranes were "
        '"back at full speed."\n',
    )
    assert speaker == "Marta Fairweather"


def test_a_capital_and_between_two_names_is_not_a_bodys() -> None:
    """``Ada Roe And Tom Hale said`` (a title-case line): not one body's name."""
    speaker, _, _ = last_quote(WORKS, 'Ada Roe And Tom Hale said the quay was "like new."\n')
    assert speaker == "Tom Hale"


#: The headline and dateline of a memoir piece.
MEMOIR = "Years on the night desk\n\nCALDER, Ohio (Wire) — The paper turns 100.\n\n"


def test_a_contact_clause_before_a_name_opening_the_sentence_gives_the_name() -> None:
    """``The editor I worked under, Bram Osei, stopped the press to announce, "..."``."""
    speaker, kind, rules = last_quote(
        MEMOIR,
        "The editor I worked under, Bram Osei, stopped the press at midnight to announce, "
        '"Hold the front page for the mayor."\n',
    )
    assert (speaker, kind) == ("Bram Osei", SourceKind.PERSON)
    assert rules[1:] == ("mention.name_after_role", "resolve.name_as_written")


def test_a_contact_clause_with_another_pronoun_gives_the_name() -> None:
    """``The reporter she trained with, Ines Lomax, rose to say, "..."``: Ines Lomax."""
    speaker, _, _ = last_quote(
        MEMOIR,
        'The reporter she trained with, Ines Lomax, rose from her desk to say, "Count me in."\n',
    )
    assert speaker == "Ines Lomax"


#: The headline and dateline of a clinic story.
CLINIC = "Night clinic to close\n\nHARLOW BEND, Neb. (Wire) — The clinic will close.\n\n"


def test_a_name_ending_in_a_place_word_described_as_a_person_is_a_person() -> None:
    """``Orsolya Bay, a retired nurse, said ... "...," Bay said.``: Orsolya Bay both times."""
    article = wireparse.parse(
        CLINIC + 'Orsolya Bay, a retired nurse, said the closure was "a blow to the valley." '
        '"People will drive an hour for stitches," Bay said.\n'
    )
    assert [(q.speaker.name, q.speaker.kind) for q in article.quotes if q.speaker] == [
        ("Orsolya Bay", SourceKind.PERSON),
        ("Orsolya Bay", SourceKind.PERSON),
    ]


def test_a_name_ending_in_a_place_word_with_an_age_is_a_person() -> None:
    """``Wilmar Park, 61, said ... "...," Park said.``: Wilmar Park, not a park."""
    assert quote_speakers(
        CLINIC,
        'Wilmar Park, 61, said the clinic had "saved my life twice." "I owe them," Park said.\n',
    ) == ["Wilmar Park", "Wilmar Park"]


def test_a_place_described_as_a_place_stays_a_place() -> None:
    """``Cedar Park, a quiet suburb, said`` is no person (no person's noun follows)."""
    speaker, kind, _ = last_quote(
        CLINIC, 'Cedar Park, a quiet suburb, said the clinic was "a lifeline."\n'
    )
    assert (speaker, kind) == ("Cedar Park", SourceKind.ORGANISATION)
