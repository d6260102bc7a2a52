"""Speaker conventions of round 12 of the English probes: local and regional copy.

Invented text only: council, school, court, police, labour, business and
high-school sports stories of the kind local newspapers and TV sites run.
"""

from __future__ import annotations

import pytest

from tests.speaker_helpers import last_quote
from wireparse import SourceKind, lexicon

#: The lead of a local story.
LOCAL = "Board votes\n\nPORTVALE, Ore. — "


def last(body: str) -> tuple[str | None, SourceKind | None, tuple[str, ...]]:
    """Parse a local story of *body*; return its last quotation's speaker, kind and rules."""
    return last_quote(LOCAL, body)


# -- given names that are also words ------------------------------------------


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # A month that is a woman's given name, before a surname that ends
        # the names of places.
        (
            "June Park, a parent of two at Alder Elementary, backs the plan.\n\n"
            '"My kids are worn out by Thursday," Park said.',
            "June Park",
        ),
        (
            'Gail Park runs the parent-teacher group.\n\n"We were never asked," Park said.',
            "Gail Park",
        ),
        (
            'Tammy Lake runs the parent-teacher group.\n\n"We were never asked," she said.',
            "Tammy Lake",
        ),
    ],
)
def test_a_given_name_that_is_also_a_word_opens_a_persons_name(body: str, speaker: str) -> None:
    """``June Park``, ``Gail Hill``: a known given name makes the pair a person, not a place."""
    name, kind, _ = last(body)
    assert name == speaker
    assert kind is SourceKind.PERSON


def test_a_mans_given_name_tells_his_pronoun() -> None:
    """``Earl Dunn`` is a man: a ``she`` after him is not his (here no one's)."""
    body = 'Earl Dunn runs the bakery with Kerry Roe.\n\n"We start at 4 a.m.," she said.'
    assert last(body)[0] is None


# -- players' positions before a name ---------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Starter Kyle Dorn gave up four runs in five innings.", "Kyle Dorn"),
        ("Reliever Kyle Dorn walked three in the eighth.", "Kyle Dorn"),
        ("Defenseman Kyle Dorn scored the winner in overtime.", "Kyle Dorn"),
    ],
)
def test_a_players_position_opening_a_sentence_is_no_part_of_the_name(
    sentence: str, speaker: str
) -> None:
    """``Starter Kyle Dorn gave up four runs``: the position, capitalised, is no given name."""
    body = f'The Rivets lost 6-2.\n\n{sentence}\n\n"That one is on me," Dorn said.'
    assert last(body)[0] == speaker


# -- an absolute with-clause -------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            'Tom Vance, 58, pleaded guilty in May, with prosecutors calling him "a man '
            'who stole from children."',
            "prosecutors",
        ),
        (
            "The board approved the budget 5-2, with the mayor calling it "
            '"a fair deal for taxpayers."',
            "the mayor",
        ),
    ],
)
def test_a_with_clause_gives_its_participle_its_own_subject(body: str, speaker: str) -> None:
    """``X pleaded guilty, with prosecutors calling him "..."``: the prosecutors' words."""
    name, _, rules = last(body)
    assert name == speaker
    assert "mention.with_participle" in rules


def test_a_name_in_a_with_clause_stays_its_subject() -> None:
    """A name after ``with`` was read so already; a sentence without ``with`` is unchanged."""
    body = 'Tom Vance pleaded guilty in May, calling the theft "the worst thing I ever did."'
    assert last(body)[0] == "Tom Vance"


# -- a union local by its number -----------------------------------------------------


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("the union said in a statement", "Local 14"),
        ("it said in a statement", "Local 14"),
    ],
)
def test_a_union_local_named_by_its_number_is_the_union(cue: str, speaker: str) -> None:
    """``The union, Local 14, said ... "...," the union said``: Local 14, a body."""
    body = (
        "Bus drivers voted Sunday to authorize a strike.\n\n"
        "The union, Local 14, said 92 percent of members backed the move.\n\n"
        f'"Our drivers have gone three years without a raise," {cue}.'
    )
    name, kind, _ = last(body)
    assert name == speaker
    assert kind is SourceKind.ORGANISATION


def test_a_union_local_with_its_unions_name() -> None:
    """``The union, Teamsters Local 727,`` keeps the union's name before the number."""
    body = (
        "Drivers walked out on Monday.\n\n"
        "The union, Teamsters Local 727, said talks had stalled.\n\n"
        '"We are ready to talk," the union said.'
    )
    assert last(body)[:2] == ("Teamsters Local 727", SourceKind.ORGANISATION)


# -- a business named as the subject of a sentence that closes "the company said" ----


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "SkyWest Regional will add two daily flights between St. George and Denver, "
            'the company said Tuesday.\n\n"Demand keeps growing," it said in a statement.',
            "SkyWest Regional",
        ),
        (
            "Flights resume in March.\n\nPortvale Shuttle will add a second van, the company "
            'said.\n\n"Riders asked for it," the company said.',
            "Portvale Shuttle",
        ),
    ],
)
def test_the_company_is_the_subject_of_its_closing_cue(body: str, speaker: str) -> None:
    """``X will add flights, the company said. ¶ "...," it said``: X, whatever its last word."""
    assert last(body)[:2] == (speaker, SourceKind.ORGANISATION)


@pytest.mark.parametrize(
    "sentence",
    [
        # A person's name opens the sentence: no company is named.
        "Ada Finch will retire in May, the company said.",
        # A calling with a hyphen before the name: not read as a name.
        "St. George-based SkyWest Regional will add two flights, the company said.",
    ],
)
def test_no_company_from_a_person_or_an_unclear_opening(sentence: str) -> None:
    """A known given name, or a word in lower case inside the opening, names no company."""
    body = f'Flights resume Monday.\n\n{sentence}\n\n"It is time," the company said.'
    assert last(body)[0] == "the company"


# -- an age in words and a class year before a name ------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Ninety-one-year-old Opal Hinds got her diploma on Saturday.", "Opal Hinds"),
        ("Six-year-old Ben Vance found the puppy.", "Ben Vance"),
        ("Senior Addie Sutton scored 19 points in her last game.", "Addie Sutton"),
        ("Junior Addie Sutton scored 19 points.", "Addie Sutton"),
    ],
)
def test_an_age_in_words_or_a_class_year_is_no_part_of_the_name(
    sentence: str, speaker: str
) -> None:
    """``Ninety-one-year-old Opal Hinds``, ``Senior Addie Sutton``: the name starts after."""
    surname = speaker.rsplit(" ", 1)[1]
    body = f'The town turned out.\n\n{sentence}\n\n"It was time," {surname} said.'
    assert last(body)[0] == speaker


# -- the company of the lead, of an appositive with a relative clause -------------


def test_the_company_is_the_lead_subject_that_owns_something() -> None:
    """``X will close its plant. ¶ The company said ... "...," it said``: X."""
    body = (
        "Trinity Towers will close its Newton plant in April, cutting 120 jobs.\n\n"
        "The company said in a notice to the state that it could not compete.\n\n"
        '"This decision was not easy," it said.'
    )
    assert last(body)[:2] == ("Trinity Towers", SourceKind.ORGANISATION)


@pytest.mark.parametrize(
    "lead",
    [
        # No "its": nothing tells a body.
        "Trinity Towers will close the Newton plant in April.",
        # A public body, by its last word.
        "Newton City Council will close its pool in April.",
    ],
)
def test_no_lead_company_without_its_or_for_a_public_body(lead: str) -> None:
    """The lead's subject is the company only with ``its`` and no body's or place's word."""
    body = f'{lead}\n\n"This decision was not easy," the company said.'
    assert last(body)[0] == "the company"


def test_a_role_closed_by_a_relative_clause_is_in_apposition() -> None:
    """``Bremner Group, the company that makes the bar,``: ``the company`` is Bremner Group."""
    body = (
        "Fans of the Alpine bar are upset about its new shape.\n\n"
        "Bremner Group, the company that makes the bar, blamed costs.\n\n"
        '"Like many firms, we face higher costs," the company said.'
    )
    assert last(body)[:2] == ("Bremner Group", SourceKind.ORGANISATION)


def test_a_pair_of_names_in_the_sentence_leaves_the_company_unresolved() -> None:
    """``Harbor Mart and Delta Foods clashed after the company said``: either; none is chosen."""
    body = (
        "Bremner Group, the company that makes the bar, blamed costs.\n\n"
        "In May, Harbor Mart and Delta Foods clashed after the company said it "
        'would raise prices "to stay afloat."'
    )
    assert last(body)[0] == "the company"


# -- a document and whom it went to ------------------------------------------------


def test_a_documents_issuer_after_whom_it_went_to() -> None:
    """``In an email to families, the district said ... "...," the email said``: the district."""
    body = (
        "Twelve bus routes will be cut next month.\n\n"
        "In an email to families, the district said students would get transit passes.\n\n"
        '"We know this is a hardship," the email said.'
    )
    name, _, rules = last(body)
    assert name == "the district"
    assert "resolve.document_author" in rules


# -- a player called back by class year or height ------------------------------------


@pytest.mark.parametrize(
    "epithet",
    ["the senior", "the 6-foot-8 senior", "the sophomore", "the 6-foot-2 quarterback"],
)
def test_a_player_is_called_back_by_class_year_or_height(epithet: str) -> None:
    """``Male forward Jalen Vance committed to Kentucky. ¶ "...," the 6-foot-8 senior said``."""
    body = (
        "Male High School forward Jalen Vance committed to Kentucky on Saturday.\n\n"
        f'"It has always been my dream," {epithet} said.'
    )
    name, _, rules = last(body)
    assert name == "Jalen Vance"
    assert "resolve.callback_noun" in rules


def test_a_class_year_introduced_with_a_name_is_that_person() -> None:
    """``A senior at the school, Ann Vale,`` holds the role: ``the senior`` is Ann Vale."""
    body = (
        "Coach Tom Reyes praised his team.\n\n"
        "A senior at the school, Ann Vale, led the way.\n\n"
        '"It was our year," the senior said.'
    )
    assert last(body)[0] == "Ann Vale"


# -- a compound surname called back whole ----------------------------------------------


@pytest.mark.parametrize(
    ("intro", "callback", "speaker"),
    [
        ("Ana Garcia Lopez runs the shelter.", "Garcia Lopez", "Ana Garcia Lopez"),
        (
            "Parish President Cynthia Lee Sheng spoke on Monday.",
            "Lee Sheng",
            "Cynthia Lee Sheng",
        ),
    ],
)
def test_a_compound_surname_called_back_whole(intro: str, callback: str, speaker: str) -> None:
    """``Ana Garcia Lopez ... "...," Garcia Lopez said``: the person named in full."""
    body = f'{intro}\n\n"We are full every night," {callback} said.'
    assert last(body)[0] == speaker


@pytest.mark.parametrize(
    ("intro", "quote", "speaker"),
    [
        # A relative introduced with his own two names after a role.
        (
            "Ada Haidar Fauzi was among the crew.",
            'Her father, Haidar Fauzi, said: "We only want her home."',
            "Haidar Fauzi",
        ),
        # A given name before the two words: a different person.
        ("Mary Ann Roe spoke on Monday.", '"We are full," Ann Roe said.', "Ann Roe"),
        # An adjective before a title, not a person's full name.
        (
            "Two magazines, German daily Bild and French Paris Match, had the video.",
            '"We are sure," Paris Match said.',
            "Paris Match",
        ),
    ],
)
def test_no_compound_surname_for_an_introduction_a_given_name_or_an_adjective(
    intro: str, quote: str, speaker: str
) -> None:
    """Two words stay as written after a role, after a given name, or after an adjective."""
    assert last(f"{intro}\n\n{quote}")[0] == speaker


# -- a rank in a family or group as an aside after the subject -------------------------


@pytest.mark.parametrize("aside", ["the younger of the two", "the oldest of five children"])
def test_a_rank_after_the_subject_is_an_aside(aside: str) -> None:
    """``Marcus Lyles, the younger of the two, cut hair ... "...," he said``: Marcus Lyles."""
    body = (
        "Brothers Andre Lyles and Marcus Lyles opened a barbershop on Saturday.\n\n"
        '"We grew up on this street," Andre Lyles said.\n\n'
        f"Marcus Lyles, {aside}, cut hair in Chicago for 10 years.\n\n"
        '"I always wanted to come home," he said.'
    )
    assert last(body)[0] == "Marcus Lyles"


# -- given names of either sex ----------------------------------------------------------


@pytest.mark.parametrize(
    ("intro", "callback", "speaker"),
    [
        ("Pat Park runs the parent-teacher group.", "Park", "Pat Park"),
        ("Chris Bay coaches the girls' team.", "Bay", "Chris Bay"),
    ],
)
def test_a_given_name_of_either_sex_opens_a_persons_name(
    intro: str, callback: str, speaker: str
) -> None:
    """``Pat Park``, ``Chris Bay``: a given name of either sex makes the pair a person."""
    name, kind, _ = last(f'{intro}\n\n"We were never asked," {callback} said.')
    assert (name, kind) == (speaker, SourceKind.PERSON)


def test_a_given_name_of_either_sex_tells_no_gender() -> None:
    """``Pat Hensley ... she said``: the pronoun, not the name, tells the gender."""
    body = 'Pat Hensley runs the parent-teacher group.\n\n"We were never asked," she said.'
    assert last(body)[0] == "Pat Hensley"


def test_the_unisex_list_shares_no_name_with_the_gendered_lists() -> None:
    """A name in ``given_names_unisex`` is in neither gendered list."""
    unisex = lexicon.words("en", "given_names_unisex")
    assert not unisex & lexicon.words("en", "given_names_male")
    assert not unisex & lexicon.words("en", "given_names_female")


# -- the union called back when its name ends in another word ---------------------------


@pytest.mark.parametrize(
    ("named", "speaker"),
    [
        ("The Harbor Pilots Guild said talks had failed.", "Harbor Pilots Guild"),
        (
            "The Portvale Nurses Association said 90 percent backed a strike.",
            "Portvale Nurses Association",
        ),
        ("Teamsters Local 727 represents the drivers.", "Teamsters Local 727"),
    ],
)
def test_the_union_is_the_one_union_named(named: str, speaker: str) -> None:
    """``The Harbor Pilots Guild voted ... "...," the union said``: the guild."""
    body = f'Workers voted on Sunday.\n\n{named}\n\n"We are ready to walk out," the union said.'
    assert last(body)[:2] == (speaker, SourceKind.ORGANISATION)


def test_two_unions_named_give_none() -> None:
    """Two bodies of the union's words: ``the union`` stays a description."""
    body = (
        "Workers voted on Sunday.\n\n"
        "The Portvale Nurses Association and the Harbor Pilots Guild met.\n\n"
        '"We are ready to walk out," the union said.'
    )
    assert last(body)[0] == "the union"


# -- a post given by an appointing verb -----------------------------------------------


@pytest.mark.parametrize(
    ("lead", "role", "speaker"),
    [
        (
            "Delaware Hayes named Mike Ross its new football coach on Wednesday.",
            "the new coach",
            "Mike Ross",
        ),
        ("The board hired Ann Vale as its superintendent.", "the superintendent", "Ann Vale"),
    ],
)
def test_an_appointing_verb_gives_the_named_person_the_post(
    lead: str, role: str, speaker: str
) -> None:
    """``named Mike Ross its new football coach ... "...," the new coach said``: Mike Ross."""
    body = f'{lead}\n\n"This is a dream job for me," {role} said.'
    name, _, rules = last(body)
    assert name == speaker
    assert "resolve.role_noun" in rules


def test_a_verb_that_gives_no_post_gives_no_holder() -> None:
    """``praised Mike Ross, its coach`` is an apposition; ``met Mike Ross its coach`` nothing."""
    body = 'Fans met Mike Ross its coach on Wednesday.\n\n"This is a dream job," the coach said.'
    assert last(body)[0] == "the coach"


# -- the district named without the noun --------------------------------------------------


@pytest.mark.parametrize(
    ("named", "speaker"),
    [
        ("Harbor City Schools sent students home early on Tuesday.", "Harbor City Schools"),
        ("Frenship ISD will put a guard at every campus.", "Frenship ISD"),
        ("Newton USD 373 closed two schools.", "Newton USD 373"),
    ],
)
def test_the_district_is_the_one_school_district_named(named: str, speaker: str) -> None:
    """``Harbor City Schools sent students home. ¶ "...," the district said``: that body."""
    body = f'{named}\n\n"Our older buildings have no air conditioning," the district said.'
    assert last(body)[:2] == (speaker, SourceKind.ORGANISATION)


def test_two_school_districts_named_give_none() -> None:
    """Two districts named so: ``the district`` stays a description."""
    body = (
        "Frenship ISD and Harbor City Schools will add guards.\n\n"
        '"Safety comes first," the district said.'
    )
    assert last(body)[0] == "the district"


# -- a local government named in lower case by its kind and place ------------------------


@pytest.mark.parametrize(
    ("named", "noun", "speaker"),
    [
        (
            "The city of Harborton will pay $1.2 million to settle.",
            "the city",
            "the city of Harborton",
        ),
        ("The town of Carver closed Plymouth Street again.", "the town", "the town of Carver"),
    ],
)
def test_a_local_government_by_its_kind_and_place(named: str, noun: str, speaker: str) -> None:
    """``The city of Harborton will pay ... "...," the city said``: the city of Harborton."""
    body = f'{named}\n\n"We regret what happened," {noun} said in a statement.'
    assert last(body)[:2] == (speaker, SourceKind.ORGANISATION)
