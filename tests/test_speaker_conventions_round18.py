"""Speaker conventions of round 18 of the English probes: leftovers of documents,
South Asian names, roundup labels and posts (invented)."""

from __future__ import annotations

import pytest

import wireparse
from tests.speaker_helpers import last_quote
from wireparse import SourceKind

#: The headline and dateline of a local government story.
CIVIC = "Fees go up\n\nALDERMOOR, Ore. (Wire) — The water rates will rise in June.\n\n"


@pytest.mark.parametrize("participle", ["released", "issued", "circulated", "signed"])
def test_an_inverted_cue_names_a_document_and_its_issuer(participle: str) -> None:
    """``"...," said a statement released by the Alder Valley Water Trust.``: the trust."""
    speaker, kind, rules = last_quote(
        CIVIC,
        f'"The pipes under Mill Street are a century old," said a notice {participle} '
        "by the Alder Valley Water Trust.\n",
    )
    assert (speaker, kind) == ("the Alder Valley Water Trust", SourceKind.ORGANISATION)
    assert rules == ("cue.after_inverted", "mention.phrase_after", "resolve.document_author")


def test_an_inverted_cue_names_a_document_and_its_issuer_before_an_aside() -> None:
    """``"...," said the report issued by the Gannet Audit Office, which ...``: the office."""
    speaker, kind, _ = last_quote(
        CIVIC,
        '"Two meters in five read wrong," said the report issued by the Gannet Audit '
        "Office, which reviewed the billing.\n",
    )
    assert (speaker, kind) == ("the Gannet Audit Office", SourceKind.ORGANISATION)


@pytest.mark.parametrize(
    "when",
    ["issued on Monday", "released late Tuesday", "posted overnight", "sent to members on Friday"],
)
def test_the_document_is_its_issuer_after_in_a_document_issued_on_a_day(when: str) -> None:
    """``In a memo issued on Monday, the Orlen Ferry Union said ... "...," the memo said``."""
    speaker, kind, rules = last_quote(
        CIVIC,
        f"In a memo {when}, the Orlen Ferry Union said crews would work to rule.\n\n"
        '"No crew will sail short-handed again," the memo said.\n',
    )
    assert (speaker, kind) == ("the Orlen Ferry Union", SourceKind.ORGANISATION)
    assert rules[-1] == "resolve.document_author"


def test_the_document_issued_by_a_named_body_is_that_body() -> None:
    """``In a letter issued by the Kell Rowing Club, ...``: the issuer after ``by`` (as before)."""
    speaker, _, _ = last_quote(
        CIVIC,
        "In a letter issued by the Kell Rowing Club, the coaches said the regatta was off.\n\n"
        '"The river is too high to row," the letter said.\n',
    )
    assert speaker == "the Kell Rowing Club"


#: The headline and dateline of a South Asian ministry story.
MINISTRY = "Canal works begin\n\nHAVELIPUR, May 2 (Wire) — A canal project started on Monday.\n\n"


@pytest.mark.parametrize(
    ("given", "title"),
    [
        ("Syed Kamran", "Federal Minister for Water Resources"),
        ("Shahid Nadeem", "Provincial Minister for Irrigation"),
        ("Sunil Amit", "Union Minister of State for Ports"),
    ],
)
def test_a_south_asian_given_name_opens_the_name_after_a_title(given: str, title: str) -> None:
    """``Federal Minister for Water Resources Syed Kamran Jatoi ... Jatoi said``: the name."""
    speaker, kind, _ = last_quote(
        MINISTRY,
        f"{title} {given} Jatoi opened the sluice gates.\n\n"
        '"Farmers will have water by the summer," Jatoi said.\n',
    )
    assert (speaker, kind) == (f"{given} Jatoi", SourceKind.PERSON)


def test_a_south_asian_womans_given_name_tells_her_gender() -> None:
    """``Nirmala Oberai ... She said``: the given name tells a woman."""
    article = wireparse.parse(
        MINISTRY + "Nirmala Oberai and Tarun Vel toured the canal on Monday.\n\n"
        'She said: "The lining is finished on the first ten kilometres."\n'
    )
    speaker = article.quotes[-1].speaker
    assert speaker is not None
    assert speaker.name == "Nirmala Oberai"


#: The headline and dateline of a broadcast script.
BROADCAST = "Fair opens\n\nGRANVILLE, Kan. (Wire) — The county fair opened on Thursday.\n\n"


@pytest.mark.parametrize(
    "tail",
    [
        "Gov. Nell Arden speaking at the county fair",
        "Nell Arden talking with farmers in the cattle barn",
        "Sheriff Nell Arden responding at the sheep pens",
    ],
)
def test_that_was_names_the_voice_with_a_participle_and_no_comma(tail: str) -> None:
    """``"..." That was Gov. Nell Arden speaking at the county fair.``: Nell Arden."""
    speaker, kind, rules = last_quote(
        BROADCAST, f'"The pie contest is the real election here." That was {tail}.\n'
    )
    assert (speaker, kind) == ("Nell Arden", SourceKind.PERSON)
    assert rules[0] == "cue.back_reference"


def test_that_was_and_a_participle_of_a_thing_names_no_one() -> None:
    """``"..." That was the year the fair moved.``: no one (as before)."""
    speaker, _, _ = last_quote(
        BROADCAST,
        '"The pie contest is the real election here." That was the year the fair moved.\n',
    )
    assert speaker is None


#: The headline and dateline of a labour story.
LABOUR = "Dock talks stall\n\nWEXHAM, Sept. 2 (Wire) — Talks at the ferry port broke down.\n\n"


@pytest.mark.parametrize(
    ("sharer", "expected"),
    [
        ("Shop steward Rina Calloway posted a letter on the union's website", "Rina Calloway"),
        ("The Wexham Pilots Guild circulated a memo to members", "the Wexham Pilots Guild"),
    ],
)
def test_it_read_quotes_the_document_of_the_subject_before(sharer: str, expected: str) -> None:
    """``Rina Calloway posted a letter ... It read: ¶ "..."``: the one who posted it."""
    speaker, _, rules = last_quote(
        LABOUR, f'{sharer}. It read:\n\n"No pilot boards a ship after a double shift."\n'
    )
    assert speaker == expected
    assert rules[0] == "cue.colon_subject"


def test_it_read_after_a_sentence_naming_no_document_gives_no_one() -> None:
    """``Rina Calloway walked to the gate. It read: ¶ "..."``: no document, no one."""
    speaker, _, _ = last_quote(
        LABOUR, 'Rina Calloway walked to the gate. It read:\n\n"No entry after dark."\n'
    )
    assert speaker is None


#: The headline and dateline of a roundup of reactions.
ROUNDUP = "Town counts the cost\n\nBRACKEN FALLS, Ore. (Wire) — The river fell back on Sunday.\n\n"


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Pastor Odile Brandvold, at the riverside service", "Odile Brandvold"),
        ("Shopkeeper Femi Oyelaran, outside his shuttered shop", "Femi Oyelaran"),
    ],
)
def test_a_calling_before_the_name_makes_a_label_with_a_place(label: str, expected: str) -> None:
    """``Pastor Odile Brandvold, at the riverside service: "..."``: Odile Brandvold."""
    speaker, kind, rules = last_quote(ROUNDUP, f'{label}: "The water took the lower street."\n')
    assert (speaker, kind) == (expected, SourceKind.PERSON)
    assert rules[0] == "cue.speaker_label"


def test_a_place_and_a_time_are_no_label() -> None:
    """``Bracken Falls, at dawn on Sunday: "..."``: a place, no one (as before)."""
    speaker, _, _ = last_quote(
        ROUNDUP, 'Bracken Falls, at dawn on Sunday: "The water took the lower street."\n'
    )
    assert speaker is None
