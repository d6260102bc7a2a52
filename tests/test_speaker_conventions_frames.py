"""Speaker conventions of court, sport, business, council and rescue copy (invented text only)."""

from __future__ import annotations

import pytest

import wireparse

#: The lead of the stories below.
LEAD = (
    "Dockers vote on offer\n\n"
    "PORTVALE (Wire) -- Dock union leader Grace Okafor met members on Monday.\n\n"
)


def last(body: str, lead: str = LEAD) -> tuple[str | None, tuple[str, ...]]:
    """Parse a story of *lead* and *body*; return its last quotation's speaker and rules."""
    article = wireparse.parse(lead + body + "\n")
    assert article.quotes
    quote = article.quotes[-1]
    return (quote.speaker.name if quote.speaker else None), quote.rules


@pytest.mark.parametrize(
    "body",
    [
        'In Okafor\'s words, the deal was "a trap."',
        'In Okafor’s words, the harbour board\'s offer was "a trap for every young docker."',
        'To Okafor, the offer was "an insult."',
        'To Okafor, the offer was "an insult to every docker." She called a vote for Friday.',
    ],
)
def test_view_frame_opening_the_sentence_gives_the_source(body: str) -> None:
    speaker, rules = last(body)
    assert speaker == "Grace Okafor"
    assert rules[0] == "partial.view_frame"


@pytest.mark.parametrize(
    "body",
    [
        # A place the story never gave a person.
        'To Lisbon, the new ferry was "a lifeline for the islands."',
        # A cue of the sentence's own comes first.
        'To Okafor, the offer was "an insult to every docker," Bell said.',
    ],
)
def test_view_frame_needs_a_source_and_no_cue(body: str) -> None:
    speaker, rules = last(body)
    assert "partial.view_frame" not in rules
    assert speaker != "Grace Okafor"


#: A story of a queue at a port gate, for descriptions by a calling.
PORT = "Trucks queue at port\n\nPORTVALE (Wire) -- Trucks lined up for three miles on Monday.\n\n"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # A calling no list holds, with a complement that names a place.
        ('"We have sat here since four," said a trucker from Ohio.', "a trucker from Ohio"),
        ('"We have sat here since four," said one trucker at the gate.', "one trucker at the gate"),
        # The name in apposition after the described calling.
        ('"We have sat here since four," said a trucker at the gate, Ned Hall.', "Ned Hall"),
        ('"We have sat here since four," said a trucker from Ohio, Ned Hall.', "Ned Hall"),
    ],
)
def test_calling_with_its_complement_is_one_person_described(body: str, speaker: str) -> None:
    assert last(body, PORT)[0] == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('"It costs me eighty dollars now," a woman in Worcester, Massachusetts, said.', "a woman"),
        (
            '"It costs me eighty dollars now," one farmer near Ames, Iowa, told the paper.',
            "one farmer",
        ),
        # After a name the description is its appositive.
        (
            '"It costs me eighty dollars now," Ann Cole, a nurse in Dover, Delaware, said.',
            "Ann Cole",
        ),
    ],
)
def test_description_placed_by_town_and_state(body: str, speaker: str) -> None:
    assert last(body, PORT)[0] == speaker


#: A health story, for employers placed by their campus.
TRIAL = "Drug trial questioned\n\nBOSTON (Wire) -- The trial was paid for by the drug's maker.\n\n"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Dr. Rita Redberg of the University of California, San Francisco, said that was "
            'reason for caution. "Paid trials tend to find what the payer hopes," she said.',
            "Rita Redberg",
        ),
        (
            "Dr. Ken Ota of the Mercy Clinic at Harborton, Maine, urged caution. "
            '"One trial proves little," he said.',
            "Ken Ota",
        ),
        # A home town, as before.
        ('"It is hard," Ada Keel of Eastbridge, Ohio, says.', "Ada Keel"),
    ],
)
def test_employer_placed_by_campus_stands_before_the_verb(body: str, speaker: str) -> None:
    assert last(body, TRIAL)[0] == speaker


#: A harvest story, for one person picked out of a group.
HARVEST = "Harvest crews return\n\nYAKIMA (Wire) -- Migrant workers make up most of the crew.\n\n"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "One of them, Jesus Ortiz, has come every autumn for 15 years. "
            '"The sisters treat us like people," he said.',
            "Jesus Ortiz",
        ),
        (
            'One of the pickers, Jesus Ortiz, 40, had worked in Texas - "nine months of mud" - '
            "before he came north.",
            "Jesus Ortiz",
        ),
        ('One of them, Luis Ortiz, said the sisters were "kind to every one of us."', "Luis Ortiz"),
        # A place set between the commas is no one.
        ('One of them, Harbor Street, was closed. "We will reopen it," he said.', None),
    ],
)
def test_one_of_a_group_named_between_commas_is_the_subject(body: str, speaker: str | None) -> None:
    assert last(body, HARVEST)[0] == speaker


#: A results story.
MARKET = "Engineer warns again\n\nLONDON (Wire) -- "


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Shares in Pellman Group fell 11% after the engineering firm issued a profit "
            'warning.\n\nThe company blamed "cost overruns on two of its rail contracts."',
            "Pellman Group",
        ),
        (
            "Shares of Velora rose 9% in late trading.\n\n"
            '"Demand has never been stronger," the company said.',
            "Velora",
        ),
        # Two listed companies: the company is neither.
        (
            "Shares in Pellman Group fell and shares in Orrin Group rose.\n\n"
            '"Demand has never been stronger," the company said.',
            "the company",
        ),
    ],
)
def test_company_introduced_by_its_shares(body: str, speaker: str) -> None:
    assert last(body, MARKET)[0] == speaker


#: A flood story.
FLOOD = "Floods displace thousands\n\nSUKKUR (Wire) -- Floodwaters rose again on Tuesday.\n\n"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            '"We have nothing now," said a farmer sheltering under a tarpaulin by the road, '
            "Abdul Razzaq.",
            "Abdul Razzaq",
        ),
        (
            '"The water came at night," said a teacher from the school near the river, '
            "Maria Lodhi.",
            "Maria Lodhi",
        ),
        # No given name: an organisation's name is no one's apposition.
        (
            '"We have nothing now," said a spokesman for the firm that runs the port, '
            "Harbor Docks.",
            None,
        ),
    ],
)
def test_long_description_then_a_name(body: str, speaker: str | None) -> None:
    assert last(body, FLOOD)[0] == speaker


#: A story of voters at the polls.
POLLS = "Voters weigh prices\n\nBERWYN (Wire) -- Voters lined up early on Tuesday.\n\n"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "A man outside a polling place in Berwyn, Illinois, who would give only his first "
            'name, Luis, said he had voted. "My daughter made me," he said.',
            "Luis",
        ),
        ('"It will drive people away," said a baker who gave only her first name, Maria.', "Maria"),
        (
            "Another voter, a nurse who declined to give her last name, Dana, said prices were "
            '"out of control."',
            "Dana",
        ),
    ],
)
def test_first_name_only(body: str, speaker: str) -> None:
    speaker_found, rules = last(body, POLLS)
    assert speaker_found == speaker
    assert "mention.first_name_only" in rules or "resolve.pronoun_antecedent" in rules


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('"Prices are crazy," said a man from Albany, New York.', "a man from Albany"),
        ('"Prices are crazy," said a trucker from Albany, New York.', "a trucker from Albany"),
        # A person's name after the comma still is the holder.
        ('"Prices are crazy," said a spokesman for Acme, Tom Hale.', "Tom Hale"),
    ],
)
def test_state_after_a_placed_description_is_no_name(body: str, speaker: str) -> None:
    assert last(body, POLLS)[0] == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            '"Prices are crazy," said a retired teacher in Oak Lawn, Margaret Dunne.',
            "Margaret Dunne",
        ),
        (
            'Ann Roe said she was "gutted."\n\n"It is the end of an era," said another '
            "regular, retired postman Keith Doyle.",
            "Keith Doyle",
        ),
        # A state after the town is no name.
        (
            '"Prices are crazy," said a retired teacher in Worcester, Massachusetts.',
            "a retired teacher",
        ),
    ],
)
def test_name_after_a_placed_description_or_a_calling(body: str, speaker: str) -> None:
    assert last(body, POLLS)[0] == speaker


#: A transport story.
BUS = "Bus route cut\n\nDERBY (Wire) -- The number 38 bus will stop running in May.\n\n"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "A spokesman for the operator, Trentline, said the route lost money. "
            '"We cannot run empty buses," he said.',
            "a spokesman for the operator",
        ),
        (
            '"We cannot run empty buses," a spokesman for the company, Orrin Group, said.',
            "a spokesman for the company",
        ),
        # A person's name there is the spokesman's.
        ('"We cannot run empty buses," a spokesman for the company, Tom Hale, said.', "Tom Hale"),
    ],
)
def test_business_named_after_its_noun_is_no_spokesman(body: str, speaker: str) -> None:
    assert last(body, BUS)[0] == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('To councillor Amir Shah, the cut was "short-sighted and cruel."', "Amir Shah"),
        ('To Grace Okafor, the cut was "short-sighted and cruel."', "Grace Okafor"),
        ('To the north, the cut was "short-sighted and cruel."', None),
    ],
)
def test_view_frame_with_a_role_or_a_full_name(body: str, speaker: str | None) -> None:
    article = wireparse.parse(BUS + body + "\n")
    found = [q for q in article.quotes if q.text.startswith("short-sighted")]
    assert (found[0].speaker.name if found and found[0].speaker else None) == speaker


def test_a_panel_is_a_body() -> None:
    body = (
        'The three-judge panel wrote that the department had "exceeded the authority it was given."'
    )
    assert last(body, "Rule blocked\n\nRICHMOND (Wire) -- A court blocked the rule.\n\n")[0] == (
        "the three-judge panel"
    )
