"""Speaker conventions of regional and US political copy (invented text only)."""

from __future__ import annotations

import pytest

import wireparse
from wireparse.quotations.people import is_party_epithet

#: The leads of the stories below: a briefing story and a Capitol story.
BRIEFING = "Tariffs paused\n\nWASHINGTON — The White House paused new tariffs on Monday.\n\n"
CAPITOL = "Spending deal\n\nWASHINGTON — The Senate took up the spending deal on Thursday.\n\n"


def last(lead: str, body: str) -> tuple[str | None, tuple[str, ...]]:
    """Parse a story of *lead* and *body*; return its last quotation's speaker and rules."""
    article = wireparse.parse(lead + body + "\n")
    assert article.quotes
    quote = article.quotes[-1]
    return (quote.speaker.name if quote.speaker else None), quote.rules


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # Words of rank and office between the article and the noun.
        (
            '"Talks go on," press secretary Ana Whitlock said.\n\n'
            "A senior administration official, who spoke on condition of anonymity, "
            'said the pause could last. "It depends on Beijing," the official said.',
            "a senior administration official",
        ),
        # Introduced after a clause and its comma, not beside a name.
        (
            "Two aides have left after a dispute over the budget, a White House official "
            'confirmed.\n\n"It was a mutual decision," the official said.\n\n'
            "One of them, deputy budget director Jo Carver, thanked her staff.",
            "a White House official",
        ),
    ],
)
def test_an_unnamed_source_introduced_with_modifiers_is_called_back(
    body: str, speaker: str
) -> None:
    """``A senior administration official said ... "...," the official said``: that official."""
    assert last(BRIEFING, body)[0] == speaker


def test_an_appositive_of_a_name_is_no_introduction() -> None:
    """``Tom Reyes, a senior official,`` holds the role: ``the official`` is Tom Reyes."""
    body = 'Tom Reyes, a senior official, met the envoys.\n\n"We made progress," the official said.'
    assert last(BRIEFING, body)[0] == "Tom Reyes"


def test_a_place_and_party_epithet_calls_back_the_person_just_named() -> None:
    """``Frank Devlin took the floor. ¶ "...," the Kentucky Republican said``: Devlin."""
    body = (
        "Senate Minority Leader Frank Devlin took to the floor to denounce the deal.\n\n"
        '"This bill is a monument to waste," the Kentucky Republican said.'
    )
    assert last(CAPITOL, body) == (
        "Frank Devlin",
        ("cue.after", "mention.phrase_before", "resolve.party_epithet"),
    )


def test_a_party_epithet_with_no_one_named_before_stays_a_description() -> None:
    body = 'The vote was delayed.\n\n"This bill is waste," the Kentucky Republican said.'
    assert last(CAPITOL, body)[0] == "the Kentucky Republican"


@pytest.mark.parametrize(
    ("words", "epithet"),
    [
        (["the", "Kentucky", "Republican"], True),
        (["The", "New", "York", "Democrat"], True),
        (["the", "Republican"], False),
        (["the", "veteran", "Republican"], False),
        (["the", "Kentucky", "senator"], False),
    ],
)
def test_party_epithet_shape(words: list[str], epithet: bool) -> None:
    assert is_party_epithet(words) is epithet


#: The lead of a local television story.
COUNCIL = (
    "Cameras near schools\n\nSPRINGVALE, Texas (KTNB) — Police will add speed cameras "
    "near four schools this fall.\n\n"
)


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # A district or ward before a city council title.
        ('"Kids should not dodge cars," District 3 Councilmember Omar Haddad said.', "Omar Haddad"),
        ('"Kids should not dodge cars," Ward 3 Councilor Omar Haddad said.', "Omar Haddad"),
        ('"It will pass," Assemblymember Lin Tran said.', "Lin Tran"),
        # The title called back as a role.
        (
            'Councilmember Rosa Ibarra voted no.\n\n"It is a bad budget," the councilmember said.',
            "Rosa Ibarra",
        ),
    ],
)
def test_city_council_titles(body: str, speaker: str) -> None:
    """``District 3 Councilmember Omar Haddad said``: the title of a US city council."""
    assert last(COUNCIL, body)[0] == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            '"We saw rotation on radar," said meteorologist Carl Engstrom of the weather '
            "service's Green Bay office.",
            "Carl Engstrom",
        ),
        (
            '"The roads are icy," said spokeswoman Ada Marsh with the county highway department.',
            "Ada Marsh",
        ),
    ],
)
def test_a_lower_case_title_before_a_name_and_its_employer(body: str, speaker: str) -> None:
    """``said meteorologist Carl Engstrom of the weather service's office``: the person."""
    assert last(COUNCIL, body)[0] == speaker


def test_a_name_after_a_role_and_its_complement_holds_the_role() -> None:
    """``the prime minister of Canada, Louise Tremblay,`` ... ``the prime minister said``."""
    body = (
        "The president met the prime minister of Canada, Louise Tremblay, on Thursday.\n\n"
        '"Friends can disagree about lumber," the prime minister said.'
    )
    assert last(BRIEFING, body)[0] == "Louise Tremblay"


def test_a_company_after_a_role_and_its_complement_holds_no_role() -> None:
    """``A representative of the tower company, Summit Wireless,``: no person's name."""
    body = (
        "A representative of the tower company, Summit Wireless, spoke to the board.\n\n"
        '"Calls will stop dropping," the representative said.'
    )
    assert last(COUNCIL, body)[0] == "a representative of the tower company"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # One of a group, then a titled name between commas.
        (
            "One of the aides, former deputy budget director Jo Carver, said she was "
            '"proud of the work we did."',
            "Jo Carver",
        ),
        # A member of a party, then a name between commas.
        (
            'The panel\'s top Democrat, Nia Carter, called the subpoena "a fishing trip."',
            "Nia Carter",
        ),
        (
            'The committee\'s top Republican, Rep. Tom Hale, said: "We will not vote."',
            "Tom Hale",
        ),
    ],
)
def test_a_name_between_commas_after_one_of_a_group_or_a_party_member(
    body: str, speaker: str
) -> None:
    assert last(CAPITOL, body)[0] == speaker


def test_a_transcript_label_in_capitals_is_the_person_named_so() -> None:
    """``WHITLOCK: "..."``: the press secretary the story names ``Dana Whitlock``."""
    body = (
        "Q: Will the president veto the bill?\n\n"
        'WHITLOCK: "I\'m not going to get ahead of the president."\n\n'
        "Q: And the amendment?\n\n"
        'MS. WHITLOCK: "We will see what passes."\n\n'
        "The briefing, led by press secretary Dana Whitlock, lasted an hour."
    )
    article = wireparse.parse(BRIEFING + body + "\n")
    assert [(q.speaker.name if q.speaker else None) for q in article.quotes] == [
        "Dana Whitlock",
        "Dana Whitlock",
    ]
    assert article.quotes[0].rules[0] == "cue.speaker_label"


def test_a_label_in_capitals_the_story_never_names_is_no_one() -> None:
    body = 'NOTE: "Times are local."'
    article = wireparse.parse(BRIEFING + body + "\n")
    assert all(q.speaker is None for q in article.quotes)


#: The lead of a British regional story.
BYPASS = "Bypass approved\n\nTHORNBURY, England — Plans for the bypass were approved.\n\n"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # Letters after the name: the MP.
        (
            'Luke Harrington MP welcomed the decision.\n\n"It becomes real," the MP said.',
            "Luke Harrington",
        ),
        # A title before the name.
        ('Local MPP Janet Orsini spoke first.\n\n"We are here," the MPP said.', "Janet Orsini"),
        # The role and its named complement, then the name.
        (
            "The Liberal MLA for Cariboo North, Jim Tate, called it overdue.\n\n"
            '"We have waited years," the MLA said.',
            "Jim Tate",
        ),
    ],
)
def test_a_legislator_by_letters_is_called_back_as_a_role(body: str, speaker: str) -> None:
    """``Luke Harrington MP ... "...," the MP said``: the member, not an organisation."""
    assert last(BYPASS, body)[0] == speaker


@pytest.mark.parametrize(
    "aside", ["a Democrat", "a two-term Democrat", "the Republican", "a first-term Republican"]
)
def test_a_party_member_between_commas_after_the_subject_is_an_aside(aside: str) -> None:
    """``Ruiz, a two-term Democrat, did not flinch. "...," she said``: Ana Ruiz."""
    body = (
        "Residents came to see Rep. Ana Ruiz.\n\n"
        f'Ruiz, {aside}, did not flinch. "I fought for the pensions," she said.'
    )
    assert last(CAPITOL, body)[0] == "Ana Ruiz"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            'Coun. Lee Park, who represents Ward 4, disagreed. "It is a photo op," Park said.',
            "Lee Park",
        ),
        ('Grace Hill voted no.\n\n"We walk there daily," Hill said.', "Grace Hill"),
        # No one of the article has the word as a surname: a place's word.
        ('Central Park was closed.\n\n"It is shut," Park officials said.', "Park officials"),
    ],
)
def test_a_surname_that_ends_a_place_name_is_the_person(body: str, speaker: str) -> None:
    """``Coun. Lee Park ... Park said``: the councillor, not a park."""
    assert last(COUNCIL, body)[0] == speaker


def test_one_and_a_noun_is_called_back_by_the_noun() -> None:
    """``"...?" shouted one man. ¶ "Show me," the man replied``: that man."""
    body = (
        '"Where were you when the plant closed?" shouted one man.\n\n'
        '"I was in Trenton," Rep. Ana Ruiz said.\n\n"Show me," the man replied.'
    )
    assert last(CAPITOL, body)[0] == "one man"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "The Millbrook Police Department said in a Facebook post that drivers should "
            'avoid Route 9. "Turn around, don\'t drown," the post said.',
            "the Millbrook Police Department",
        ),
        ('Police said in a post that Route 9 was shut. "Turn around," the post said.', "Police"),
    ],
)
def test_a_post_is_its_issuer_s_channel(body: str, speaker: str) -> None:
    """``Police said in a Facebook post ... "...," the post said``: police."""
    assert last(COUNCIL, body)[0] == speaker


def test_a_name_ending_the_main_clause_is_the_source_of_its_who_clause() -> None:
    """``The only no vote came from Commissioner Alice Yoder, who said ...``: Yoder."""
    body = (
        '"Our dispatchers are stretched thin," Commissioner Ray Dunn said.\n\n'
        "The only no vote came from Commissioner Alice Yoder, who said the price was too "
        'high. "I support dispatchers," she said.'
    )
    article = wireparse.parse(COUNCIL + body + "\n")
    assert [a.speaker.name for a in article.attributions if a.speaker][-1] == "Alice Yoder"
    assert article.quotes[-1].speaker is not None
    assert article.quotes[-1].speaker.name == "Alice Yoder"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # A legislator's state after the name is left out.
        (
            "The top Democrat in the House, Rep. Tanya Brooks of California, called the "
            'demand "a hostage note."',
            "Tanya Brooks",
        ),
        (
            'Her opponent, state Sen. Paul Ortega of New Mexico, said: "We will win."',
            "Paul Ortega",
        ),
        # A party's member with a complement, then the name.
        ('The ranking Republican on the panel, Sen. Tom Hale, said: "No."', "Tom Hale"),
    ],
)
def test_a_party_member_s_complement_and_a_state_after_the_name(body: str, speaker: str) -> None:
    assert last(CAPITOL, body)[0] == speaker


def test_a_moderator_is_a_title_and_a_role() -> None:
    """``Moderator Jan Cole cut in``: the title is no part of the name."""
    body = (
        '"Four, actually," Greg Hale said.\n\nModerator Jan Cole cut in. "Let us move on," '
        'she said.\n\n"Next question," the moderator said.'
    )
    article = wireparse.parse(CAPITOL + body + "\n")
    assert [q.speaker.name for q in article.quotes if q.speaker] == [
        "Greg Hale",
        "Jan Cole",
        "Jan Cole",
    ]


#: The lead of an Australian or Canadian regional story.
FIRE = "Fire relief\n\nBENDIGO, Victoria — Crews worked through the night.\n\n"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('Premier Grace Fox visited the site. "We are strong," the premier said.', "Grace Fox"),
        ('Premier Grace Fox visited the site. "We are strong," Fox said.', "Grace Fox"),
        # No one of the article is named Fox: the broadcaster.
        ('The story aired on Fox. "We are strong," Fox said.', "Fox"),
    ],
)
def test_a_surname_that_ends_a_company_s_name_after_a_given_name(body: str, speaker: str) -> None:
    """``Premier Grace Fox ... Fox said``, ``the premier said``: the premier."""
    assert last(FIRE, body)[0] == speaker


@pytest.mark.parametrize("rank", ["Det.-Sgt.", "Det.-Const.", "Det.-Insp."])
def test_two_ranks_joined_by_a_hyphen_are_a_title(rank: str) -> None:
    """``Det.-Sgt. Anne Roy said``: Canadian police copy."""
    body = f'{rank} Anne Roy said charges were likely. "We are close," {rank} Roy said.'
    assert last(FIRE, body)[0] == "Anne Roy"


@pytest.mark.parametrize("noun", ["former assistant", "roommate", "boss", "co-worker"])
def test_a_tie_to_the_person_a_story_is_about_is_a_role(noun: str) -> None:
    """``Adler's former assistant, Ron Keel, put it simply: "..."``: Ron Keel, not Adler."""
    body = (
        "Coach Vernon Adler died on Sunday. He was 84.\n\n"
        f'Adler\'s {noun}, Ron Keel, put it simply: "There will never be another."'
    )
    assert last(FIRE, body)[0] == "Ron Keel"


def test_a_reflexive_after_the_subject_s_name_keeps_it_the_subject() -> None:
    """``Hensley himself was defiant. "...," he told reporters``: Hensley."""
    body = (
        "Sen. Rod Hensley, R-Texas, faces a complaint.\n\n"
        '"We expect a probe," said Tom Boyd.\n\n'
        'Hensley himself was defiant. "Bring it on," he told reporters.'
    )
    assert last(CAPITOL, body)[0] == "Rod Hensley"


def test_a_relative_described_after_a_named_speaker_is_no_epithet() -> None:
    """``"...," Capt. Richard Hale told KXYZ. ¶ The victim's sister said ...``: the sister."""
    body = (
        '"It started over a parking spot," Capt. Richard Hale told KXYZ.\n\n'
        "The victim's sister, who did not want to be identified, said her brother was a "
        'father of three. "He was just getting gas," she said.'
    )
    article = wireparse.parse(COUNCIL + body + "\n")
    assert [q.speaker.name if q.speaker else None for q in article.quotes] == [
        "Richard Hale",
        "the victim's sister",
    ]
