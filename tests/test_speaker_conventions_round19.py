"""Speaker conventions of round 19 of the English probes: attribution forms
(callings called back, pupils by grade, documents and posts; invented)."""

from __future__ import annotations

import pytest

import wireparse
from tests.speaker_helpers import last_quote
from wireparse import SourceKind

#: The headline and dateline of a local story.
LOCAL = "Harvest fair opens\n\nWELLMARSH, Vt. (Wire) — The fair opened on Saturday.\n\n"


@pytest.mark.parametrize(
    ("title", "noun"),
    [("Sister", "nun"), ("Brother", "monk"), ("Brother", "friar")],
)
def test_a_religious_calling_before_the_name_is_called_back_by_its_noun(
    title: str, noun: str
) -> None:
    """``Sister Odile Fenwick ran the jam stall. "...," the nun said.``: Odile Fenwick."""
    speaker, kind, rules = last_quote(
        LOCAL,
        f"{title} Odile Fenwick ran the jam stall with two volunteers.\n\n"
        f'"We sold out of plum by noon," the {noun} said.\n',
    )
    assert (speaker, kind) == ("Odile Fenwick", SourceKind.PERSON)
    assert rules[-1] == "resolve.role_noun"


@pytest.mark.parametrize("grade", ["Eighth-grader", "Fifth-grader", "11th-grader"])
def test_a_pupil_by_grade_before_the_name_is_called_back_by_the_grade(grade: str) -> None:
    """``Eighth-grader Milo Tarrant won the bake-off. "...," the eighth-grader said.``"""
    speaker, kind, rules = last_quote(
        LOCAL,
        f"{grade} Milo Tarrant won the bake-off with a rhubarb pie.\n\n"
        f'"My aunt taught me the crust," the {grade.lower()} said.\n',
    )
    assert (speaker, kind) == ("Milo Tarrant", SourceKind.PERSON)
    assert rules[-1] == "resolve.role_noun"


@pytest.mark.parametrize("grade", ["12th-graders", "third-graders"])
def test_pupils_by_grade_are_a_group(grade: str) -> None:
    """``"...," the 12th-graders wrote.``: the pupils, a group (the figures too)."""
    speaker, kind, _ = last_quote(
        LOCAL,
        f"A class of {grade} at Wellmarsh High painted the fair's banner.\n\n"
        f'"We used every color in the art room," the {grade} wrote on the back.\n',
    )
    assert (speaker, kind) == (f"the {grade}", SourceKind.GROUP)


#: A disaster story's head, naming a county official first.
FLOOD = (
    "River floods farms\n\nTOLLAND, Kan. (Wire) — The Kettle River left its banks on Sunday. "
    "County Commissioner Dorrit Hasse said the levee failed overnight.\n\n"
)


@pytest.mark.parametrize("title", ["the Rev.", "the Very Rev.", "the Hon."])
def test_a_description_then_a_title_after_the_keeps_the_name(title: str) -> None:
    """``said the pastor of the chapel, the Rev. Cosmo Arvidson, as ...``: the pastor named."""
    speaker, kind, rules = last_quote(
        FLOOD,
        '"We brought blankets and soup," said the pastor of the chapel, '
        f"{title} Cosmo Arvidson, as he carried crates from a van.\n",
    )
    assert (speaker, kind) == ("Cosmo Arvidson", SourceKind.PERSON)
    assert rules[-1] == "resolve.role_noun"


@pytest.mark.parametrize(
    "aside",
    [
        "who would only be identified by her first name, Wren",
        "who asked to be identified by her first name, Wren",
        "who wanted to be identified only by her first name, Wren",
    ],
)
def test_a_description_identified_by_a_first_name_is_that_name(aside: str) -> None:
    """``added another neighbor, who would only be identified by her first name, Wren.``"""
    speaker, kind, rules = last_quote(
        FLOOD, f'"The water took the hen house first," added another neighbor, {aside}.\n'
    )
    assert (speaker, kind) == ("Wren", SourceKind.PERSON)
    assert rules[-1] == "resolve.named_only_as"


#: A farm story's head.
FARM = "Dry summer hits farms\n\nOSTLER, Wis. (Wire) — The county had its driest August.\n\n"


def test_a_calling_never_written_with_the_name_calls_back_the_person_just_named() -> None:
    """``Pell Haverty hauled nets for 20 years. "...," the former fisherman said.``"""
    speaker, kind, rules = last_quote(
        FARM,
        "Pell Haverty hauled nets off Bayfield for 20 years before he bought a hog farm. "
        '"The lake was kinder than this weather," the former fisherman said.\n',
    )
    assert (speaker, kind) == ("Pell Haverty", SourceKind.PERSON)
    assert rules[-1] == "resolve.calling_callback"


def test_a_calling_calls_back_the_person_of_the_paragraph_before() -> None:
    """``Junia Steck has grown barley here since 1998. ¶ "...," the grower said.``"""
    speaker, _, rules = last_quote(
        FARM,
        "Junia Steck has grown barley on the same ground since 1998. "
        "This year she cut half of it for hay.\n\n"
        '"I have never seen the heads this small," the grower said.\n',
    )
    assert speaker == "Junia Steck"
    assert rules[-1] == "resolve.calling_callback"


@pytest.mark.parametrize("noun", ["woman", "victim", "narrator"])
def test_a_noun_of_no_calling_stays_a_description(noun: str) -> None:
    """``Pell Haverty ... "...," the woman said.``: someone else, not Pell Haverty."""
    speaker, _, rules = last_quote(
        FARM,
        "Pell Haverty sold his hogs in July. "
        f'"Nobody here has seen a year like it," the {noun} said.\n',
    )
    assert speaker == f"the {noun}"
    assert rules[-1] == "resolve.description"


def test_a_calling_far_from_the_name_stays_a_description() -> None:
    """A name three paragraphs before the calling is not called back."""
    speaker, _, _ = last_quote(
        FARM,
        "Pell Haverty sold his hogs in July.\n\n"
        "The county fair was cancelled.\n\nThe feed mill cut its hours.\n\n"
        '"We will get through it," the grower said.\n',
    )
    assert speaker == "the grower"


#: A city-hall story's head.
CITY = "Budget fight\n\nMARROWAY, Ore. (Wire) — The council delayed its budget vote.\n\n"


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Councilwoman Ysolde Brannock posted on Facebook on Saturday.", "The post read:"),
        (
            "Councilwoman Ysolde Brannock wrote on X about the library late Sunday.",
            "The post said:",
        ),
        (
            "Councilwoman Ysolde Brannock shared a photo of the shut branch on Instagram.",
            "The post read:",
        ),
        ("Councilwoman Ysolde Brannock tweeted on Friday night.", "The tweet said:"),
    ],
)
def test_the_post_is_its_poster_s(sentence: str, cue: str) -> None:
    """``Ysolde Brannock posted on Facebook. The post read: "..."``: Ysolde Brannock."""
    speaker, kind, rules = last_quote(
        CITY, f'{sentence} {cue} "The east branch stays open as long as I sit here."\n'
    )
    assert (speaker, kind) == ("Ysolde Brannock", SourceKind.PERSON)
    assert rules[-1] == "resolve.document_author"


def test_a_post_deleted_then_quoted_is_its_poster_s() -> None:
    """``Brannock wrote on X ... She later deleted the post. The post read: "..."``."""
    speaker, _, _ = last_quote(
        CITY,
        "Councilwoman Ysolde Brannock wrote on X that the cuts were a betrayal. "
        'She later deleted the post. The post read: "Shame on every one of them."\n',
    )
    assert speaker == "Ysolde Brannock"


@pytest.mark.parametrize("noun", ["mailer", "flyer", "leaflet", "pamphlet", "brochure"])
def test_campaign_literature_is_a_document_of_its_sender(noun: str) -> None:
    """``A mailer sent by the Marroway Library Friends ... "...," the mailer says.``"""
    speaker, kind, rules = last_quote(
        CITY,
        f"A {noun} sent by the Marroway Library Friends shows a padlocked door. "
        f'"Do not let them lock it," the {noun} says.\n',
    )
    assert (speaker, kind) == ("the Marroway Library Friends", SourceKind.ORGANISATION)
    assert rules[-1] == "resolve.document_author"


def test_a_document_mailed_by_a_body_is_that_body_s() -> None:
    """``The Marroway Library Friends mailed a leaflet ... "...," the leaflet says.``"""
    speaker, _, _ = last_quote(
        CITY,
        "The Marroway Library Friends mailed a leaflet to every home on Tuesday. "
        '"Do not let them lock it," the leaflet says.\n',
    )
    assert speaker == "the Marroway Library Friends"


@pytest.mark.parametrize("noun", ["campaign", "administration"])
def test_a_politician_s_body_by_the_possessive_is_called_back_by_its_noun(noun: str) -> None:
    """``Brannock's campaign answered with a statement. "...," the campaign said.``"""
    speaker, kind, rules = last_quote(
        CITY,
        "Mayor Ottoline Vesey wants the branch closed. Councilwoman Ysolde Brannock does not.\n\n"
        f"Brannock's {noun} answered with a statement on Monday. "
        f'"The mayor has the numbers wrong," the {noun} said.\n',
    )
    assert (speaker, kind) == (f"Brannock's {noun}", SourceKind.ORGANISATION)
    assert rules[-1] == "resolve.role_noun"


#: A briefing story's head, naming the official who took questions.
BRIEFING = (
    "Bus routes change\n\nGRANFORD, N.H. (Wire) — Transit director Ulla Brekke took "
    "questions at City Hall. An edited transcript follows.\n\n"
)


@pytest.mark.parametrize(
    ("label", "speaker"),
    [("Reporter", "Reporter"), ("Moderator", "Moderator"), ("Audience member", "Audience member")],
)
def test_a_label_that_is_a_role_alone_is_that_unnamed_person(label: str, speaker: str) -> None:
    """``Reporter: "Will you bring the old route back?"``: the reporter, unnamed."""
    found, kind, rules = last_quote(BRIEFING, f'{label}: "Will you bring the old route back?"\n')
    assert (found, kind) == (speaker, SourceKind.PERSON)
    assert rules[0] == "cue.speaker_label"


def test_a_label_that_is_no_role_names_no_one() -> None:
    """``Update: "..."``: no person's label."""
    found, _, _ = last_quote(BRIEFING, 'Update: "The board meets again in March."\n')
    assert found is None


@pytest.mark.parametrize(
    ("written", "title"),
    [
        ("Rival Orsolya Pennant", None),
        ("Challenger Orsolya Pennant", None),
        ("Democratic rival Orsolya Pennant", None),
        ("Incumbent Mayor Orsolya Pennant", "Mayor"),
    ],
)
def test_a_place_in_a_race_is_no_title(written: str, title: str | None) -> None:
    """``Rival Orsolya Pennant said``: no title; ``Incumbent Mayor Orsolya Pennant``: Mayor."""
    article = wireparse.parse(
        f'{CITY}"The numbers are wrong," {written} said at a forum on Thursday.\n'
    )
    (person,) = article.people
    assert (person.name, person.title) == ("Orsolya Pennant", title)


@pytest.mark.parametrize("noun", ["lobsterman", "retiree"])
def test_a_calling_in_man_or_a_retiree_calls_back_the_person_just_named(noun: str) -> None:
    """``Quill Ambrose has set traps off the point since 1983. "...," the lobsterman said.``"""
    speaker, _, rules = last_quote(
        FARM,
        "Quill Ambrose has set traps off the point since 1983. "
        f'"The water was never this warm," the {noun} said.\n',
    )
    assert speaker == "Quill Ambrose"
    assert rules[-1] == "resolve.calling_callback"


def test_a_calling_in_its_own_paragraph_beats_the_person_quoted_before() -> None:
    """``Quill Ambrose drove a bus for 22 years. "...," the former driver said.``: not Ada Pell.

    The person quoted in the paragraph before (``"...," said Ada Pell.``) is
    the epithet's otherwise.
    """
    speaker, _, rules = last_quote(
        FARM,
        '"We have eleven drivers now," said Pastor Ottilie Brann.\n\n'
        "Quill Ambrose drove a school bus in Ostler for 22 years before he retired. "
        '"Route 9 was the one I worried about," the former driver said.\n',
    )
    assert speaker == "Quill Ambrose"
    assert rules[-1] == "resolve.calling_callback"


@pytest.mark.parametrize("participle", ["distributed", "mailed"])
def test_a_document_distributed_by_a_body_is_that_body_s(participle: str) -> None:
    """``A flyer distributed by the Vesey campaign ... "...," the flyer asks.``"""
    speaker, _, rules = last_quote(
        CITY,
        f"A flyer {participle} by the Marroway Library Friends shows a padlocked door. "
        '"Who locked it?" the flyer asks.\n',
    )
    assert speaker == "the Marroway Library Friends"
    assert rules[-1] == "resolve.document_author"


@pytest.mark.parametrize("opening", ["Retired poll worker", "Licensed master electrician"])
def test_an_adjective_in_ed_before_a_calling_and_a_name_opens_no_participle_phrase(
    opening: str,
) -> None:
    """``Retired poll worker Bertil Ashgrove, 79, has ... "...," he said.``: Bertil Ashgrove."""
    speaker, _, rules = last_quote(
        CITY,
        f"{opening} Bertil Ashgrove, 79, has worked every election in the county since 1984. "
        '"I have seen every kind of count there is," he said.\n',
    )
    assert speaker == "Bertil Ashgrove"
    assert rules[-1] == "resolve.pronoun_antecedent"


def test_a_participle_phrase_before_its_comma_still_opens_the_sentence() -> None:
    """``Pressed on the cost, Mayor Ottoline Vesey declined ... "...," she said.``"""
    speaker, _, _ = last_quote(
        CITY,
        "Pressed on the cost, Mayor Ottoline Vesey declined to give a figure. "
        '"We will see in June," she said.\n',
    )
    assert speaker == "Ottoline Vesey"


@pytest.mark.parametrize("participle", ["started", "written", "drafted", "launched"])
def test_a_document_written_or_started_by_someone_is_theirs(participle: str) -> None:
    """``A petition started by nurses at the clinic ... "...," the petition says.``"""
    speaker, _, rules = last_quote(
        CITY,
        f"A petition {participle} by the Marroway Library Friends has 900 names. "
        '"Keep the east branch open," the petition says.\n',
    )
    assert speaker == "the Marroway Library Friends"
    assert rules[-1] == "resolve.document_author"


@pytest.mark.parametrize("network", ["Instagram account", "Facebook page", "TikTok channel"])
def test_a_post_on_an_owner_s_account_is_the_owner_s(network: str) -> None:
    """``A post on the Marroway Library Friends' Instagram account ... the post read``."""
    speaker, _, rules = last_quote(
        CITY,
        f"A post on the Marroway Library Friends' {network} drew 600 comments. "
        '"Keep the east branch open," the post read.\n',
    )
    assert speaker == "the Marroway Library Friends"
    assert rules[-1] == "resolve.document_author"


@pytest.mark.parametrize("noun", ["senior", "firefighter", "welder"])
def test_a_role_after_a_name_and_an_age_is_the_name_s(noun: str) -> None:
    """``Bertil Ashgrove, 17, a senior, said ... "...," the senior said.``: Bertil Ashgrove."""
    speaker, _, rules = last_quote(
        CITY,
        f"Bertil Ashgrove, 17, a {noun}, said the branch had saved his grades. "
        f'"I did all my homework there," the {noun} said.\n',
    )
    assert speaker == "Bertil Ashgrove"
    assert rules[-1] == "resolve.role_noun"


@pytest.mark.parametrize(
    "introduced",
    [
        "Ingmar Toll, a veterinarian who treats cattle on 40 farms, said the herds were weak.",
        "Veterinarian Ingmar Toll checked the herds on Monday.",
    ],
)
def test_the_vet_is_the_veterinarian(introduced: str) -> None:
    """``Ingmar Toll, a veterinarian, ... "...," the vet said.``: Ingmar Toll."""
    speaker, _, rules = last_quote(FARM, f'{introduced} "The cows are thin," the vet said.\n')
    assert speaker == "Ingmar Toll"
    assert rules[-1] == "resolve.role_noun"


#: A court story's head.
COURT = "Tenants sue\n\nMARROWAY, Ore. (Wire) — The case goes to court in May.\n\n"


@pytest.mark.parametrize(
    ("sued", "noun"),
    [
        ("sued the city on Wednesday", "lawsuit"),
        ("filed suit on Wednesday", "suit"),
        ("filed suit on Wednesday", "filing"),
        ("filed a federal lawsuit on Wednesday", "complaint"),
    ],
)
def test_the_lawsuit_is_its_plaintiff_s(sued: str, noun: str) -> None:
    """``The Marroway Tenants Union sued the city. "...," the lawsuit says.``: the union."""
    speaker, _, rules = last_quote(
        COURT,
        f'The Marroway Tenants Union {sued}. "The boilers failed in January," the {noun} says.\n',
    )
    assert speaker == "the Marroway Tenants Union"
    assert rules[-1] == "resolve.document_author"


def test_a_passive_suit_names_no_plaintiff() -> None:
    """``Harbor Gas was sued. "...," the lawsuit says.``: the lawsuit, not Harbor Gas."""
    speaker, _, _ = last_quote(
        COURT,
        'Harbor Gas was sued on Wednesday. "The boilers failed in January," the lawsuit says.\n',
    )
    assert speaker == "the lawsuit"
