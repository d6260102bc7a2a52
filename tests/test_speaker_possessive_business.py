"""A business by its founder's name in the possessive (`Ridley's Analytics`) is no person."""

from __future__ import annotations

from tests.speaker_helpers import last_quote, quote_speakers
from wireparse import SourceKind

LEAD = "Home prices in the county rose for a sixth month in May.\n\n"


def test_a_possessive_brand_is_a_business() -> None:
    body = 'Ridley\'s Analytics said prices would "level off by the end of next year."\n'
    name, kind, rules = last_quote(LEAD, body)
    assert (name, kind) == ("Ridley's Analytics", SourceKind.ORGANISATION)
    assert "resolve.organisation_name" in rules


def test_an_epithet_after_a_business_is_no_person_of_it() -> None:
    body = (
        'Ridley\'s Analytics said prices would "level off by the end of next year."\n\n'
        'The No. 3 Republican in the House said the bill was "dead on arrival in the Senate."\n'
    )
    assert quote_speakers(LEAD, body) == ["Ridley's Analytics", "the No. 3 Republican"]


def test_an_outlet_and_its_reporter_stay_a_person() -> None:
    body = (
        "KXLT's Jana Tapp pressed the mayor on the budget.\n\n"
        '"Is that a yes or a no?" KXLT\'s Tapp asked.\n'
    )
    name, kind, _ = last_quote(LEAD, body)
    assert (name, kind) == ("Jana Tapp", SourceKind.PERSON)
